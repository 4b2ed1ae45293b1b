"""Rules: where the text came from.

Accepted syntax:

* provenance line: ``From <Journal>, Vol.26 No.1, Winter 1965, p.27.`` (also ``Source:``,
  ``Quelle:``, ``Fuente:``, ``First published:``, ``Publicado en``, ``Publié dans``,
  ``Pubblicato in``, ``Erschienen in`` …; ``Da``/``Aus``/``De`` only before a name, a comma
  and a year: ``Da Bandiera Rossa, anno VII n. 5, marzo 1977``) → a structured citation
  (``anno``/``año``/``Jahrgang`` give the volume, ``n.º``/``n.``/``núm.`` the issue);
* MIA information fields: ``Written: …``, ``Translated: …``, ``Online Version: …``, and in the
  family's languages (``Escrito:``, ``Traducción:``, ``Esta edición:``, ``Écrit :``,
  ``Geschrieben:``, ``Übersetzung:``, ``Scritto:``, ``Traduzione:``, ``Tradução:`` …); a
  ``First Published:`` line (``Primera vez publicado:``, ``Première publication :``,
  ``Erstveröffentlichung:``, ``Prima pubblicazione:`` …) cites the printed original even
  below a ``Source:`` line (which then names a later collection);
* transcription credits: ``Transcribed & marked up by … for ETOL.``, ``Transcription &
  mark-up by …``, ``Transcribed by …``, ``Marked up by …``, ``Proofread by …``, ``Thanks to …``,
  ``Copyright …``, ``Copied with thanks from …``, and the family's languages
  (``Transcripción: … para …``, ``Trascrizione a cura di …``, ``HTML-Markierung: … für …``:
  the names after ``by``/``por``/``par``/``von``/``a cura di`` or a colon); picture credits
  (``Photograph by …``, ``Illustration: …``), which name no author;
* ``Last updated on 4 June 2009``;
* the periodical's line and masthead: see ``periodical_line.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.dates import DATE_PHRASE, MONTHS, parse_date
from tei.readers.transcription.name_shapes import is_name_like

_PROVENANCE = re.compile(
    r"^(?P<lead>From|Source\s?:|Sources?\s?:|Quelle\s?:|Fuente(?: del texto)?\s?:|"
    r"Edici[óo]n impresa\s?:|Edi[çc][ãa]o impressa\s?:|"
    r"Fonte(?: do texto)?\s?:|Источник\s?:|Πηγή\s?:|"
    # the MIA's other language sections: ro, lt, nl, sv, pl, cs, ca, tr, id, fi, da/no, hu,
    # hr/sr, uk
    r"(?:Sursa|Šaltinis|Bron|Källa|Źródło|Zdroj|Font|Kaynak|Sumber|Lähde|Kilde|Forrás|Izvor|"
    r"Джерело|Publicat|Išspausdinta|Eerste publicatie|Gepubliceerd|Först publicerad|"
    r"Pierwsze wydanie|Poprvé publikováno|Publicat per primera vegada|Primera publicació)\s?:|"
    r"Originally published in|Published originally in|"
    r"First [Pp]ublished(?: in)?\s?:?|Published(?: in)?\s?:|Reprinted from|"
    r"(?:Primera vez publicado|Publicado por primera vez|Primera edición|Première publication|"
    r"Publié pour la première fois|Erstveröffentlichung|Erstmals veröffentlicht|"
    r"Prima pubblicazione|Primeira publicação|Primeira [Ee]dição|Publicado pela primeira vez|"
    r"Πρώτη δημοσίευση)"
    r"(?: en| em| in)?\s?:?|"
    r"Publicad[oa] en:?|Publicad[oa] em:?|Publié dans|Paru dans|"
    # "Article de Claude Lefort paru dans Jeune Révolution, …, n° 2, juin 1946, p. 1-9"
    r"(?:Article|Texte|Text|Artículo|Articolo|Artikel)\s+(?:de|by|von|di|van|por)\s+[^,]{3,60}?\s+"
    r"(?:paru|publié|published|publicado|pubblicato|erschienen|verschenen)\s+(?:dans|in|en|su|em)|"
    r"Pubblicat[oa] (?:in|su)|"
    r"Erschienen in|Veröffentlicht in|"
    # the Nordic languages: "Trykt under tittelen "Vår nye avis" i Oktober nr. 1, 1937."
    r"(?:Trykt|Trykket|Tryckt|Publisert|Publicerad|Offentliggjort)(?:\s+under\s+(?:tittelen|titeln)"
    r"\s+[\"“«][^\"”»]{1,80}[\"”»])?\s+i|"
    # "Con la amable autorización de la revista Contretemps": the periodical reprinted from
    r"(?:With the kind permission of|By kind permission of|Con la amable autorizaci[óo]n de|"
    r"Con la autorizaci[óo]n de|Avec l[’']aimable autorisation de|Mit freundlicher Genehmigung "
    r"(?:der|des|von)|Per gentile concessione d(?:i|ella|el))|"
    r"(?:Da|Aus|De|Nach):?(?=\s+[A-ZÀ-Ý][^,]{2,60},.*\b\d{4}\b)|"
    # "Propos recueillis par NAME pour Rouge, n° 210, …": who asked, for which periodical
    r"(?P<asked>(?:Propos recueillis|Interview(?:ed)?|Interview conducted|Entrevista realizada|"
    r"Intervista raccolta|Entrevista feita)\s+(?:par|by|por|da|von)\s+[^,.]{3,60}?\s+"
    r"(?:pour|for|para|per|für)(?:\s+(?:le journal|la revue|the|el|la|le|il|o|a))?))"
    r"(?:(?<=:)\s*|\s+)(?P<rest>\S.*)$"  # (after a colon, a space may be lost in the copy)
)
_FIRST = re.compile(r"(?i)first|primer|premi|erst|prima|primeir|πρώτη")
#: the leads that name the edition the transcription was made from
_SOURCE_LEAD = re.compile(
    r"(?i)(?:sources?|quelle|fuente(?: del texto)?|fonte(?: do texto)?|edici[óo]n impresa|"
    r"edi[çc][ãa]o impressa|источник|πηγή|sursa|"
    r"šaltinis|bron|källa|źródło|"
    r"zdroj|font|kaynak|sumber|lähde|kilde|forrás|izvor|джерело)\s?:"
)
#: "from" in Italian, German, Spanish/Portuguese: a citation only with an issue, volume or pages
_WEAK_LEADS = {"Da", "Aus", "De", "Nach"}
_INFO = re.compile(
    r"^(?P<field>Written|Delivered|Adopted|Adoptée|Adoptad[oa]|Angenommen|Interviewed|"
    r"Date of [Ii]nterview|Date [Pp]ublished|Publisher|"
    r"Date|DATE|"
    r"Translated|Translation|Transcription(?:[/\\]Mark-?up)?|Написано|"
    r"HTML(?: Mark-?up)?|Mark-?up|Proofread|Online Version|Copyleft|Public Domain|Editor|"
    r"Escrito|Pronunciado|Traducci[óo]n|Traducido|Esta edici[óo]n|Edici[óo]n digital|"
    r"Versi[óo]n digital|"
    r"[ÉE]crit|Traduction|Cette [ée]dition|Version en ligne|Geschrieben|Gehalten|[ÜU]bersetzung|"
    r"Online-Version|Scritto|Traduzione|Questa edizione|Tradu[çc][ãa]o|Esta edi[çc][ãa]o|"
    r"Scris|Traducere|Parašė|Vertimas|Išleista|Geschreven|Vertaling|Deze (?:versie|editie)|"
    r"Skriven|Skrivet|Översättning|"
    r"Napisane|Tłumaczenie|Napsáno|Překlad|Escrit|Traducció|Yazıldı|Çeviri|Ditulis|"
    r"Terjemahan|Kirjoitettu|Suomennos|Skrevet|Oversættelse|Oversettelse|Írta|Fordítás|"
    r"Napisano|Prijevod|Написано|Переклад)"
    r"\s?:\s*(?P<value>\S.*)$"
)
_CREDIT = re.compile(
    r"^(?:Transcribed|Transcription|Marked[ -]up|Mark-?up|Markup|HTML|Proof-?read|Proofed|"
    r"Copied|Thanks to|With thanks|Copyright|Scanned|Edited|Translated|Translation|OCR|"
    # (a reviser or transcriber named after "by" or a colon: "Revised Interview …" is a title)
    r"(?:Revised|Reviewed|Revisad[oa]|Revisão|Revisión|Rivisto|Revisionato|Révisée?|"
    r"Transcrit[oa])(?=\s+(?:by|por|da|par)\s|\s?:)|"
    r"Prepared|Preparad[oa]|Digiti[sz]ed|Converted|Typed|Formatted|Transcripci[óo]n|Transcri[çc][ãa]o|"
    r"Trascrizione|Trascritto|Digitali[sz]za(?:zione|to)|Digitalizaci[óo]n|Digitaliza[çc][ãa]o|"
    r"Edici[óo]n|HTML-Markierung|Transkription|Transkribiert|Mise en ligne|Num[ée]risation|"
    r"Saisie|Transcriere|Suskaitmenino|Transcriptie|Transkrypcja|Transkripce|Transcripció|"
    r"Adaptacja|Расшифровка|Транскрипция|Оцифровка|Digitalisering|Digitalisierung|"
    r"Direitos de [Rr]eprodu[çc][ãa]o|Derechos de [Rr]eproducci[óo]n|"
    r"This (?:article|text|document) "
    r"(?:can|may) also be found|Originally|Licen[cs]ed?)\b"
    r"|^©"  # (a sign, not a word: no word boundary after it)
)
_BY = re.compile(
    r"^(?P<role>.+?)(?:\s+(?:by|por|par|von|a cura di|da)\s+|\s?:\s+)(?P<names>.+?)"
    r"(?:\s+(?:for|para|pour|für|per)\s+(?:the\s+|el\s+|la\s+|le\s+|l[’']|das\s+|den\s+|il\s+|o\s+)?"
    r"(?P<site>[^.]+?))?\.?$"
)
_UPDATED = re.compile(
    r"^(?:Last (?:updated|modified|revised)(?: on)?|Laatste bewerking|Laatst bijgewerkt(?: op)?|"
    r"Zuletzt (?:aktualisiert|geändert)(?: am)?|Letzte (?:Aktualisierung|Änderung)|"
    r"Derni[èe]re (?:mise [àa] jour|modification)(?: le)?|[ÚU]ltima modificaci[óo]n|"
    r"Ultima modifica|Zuletzt bearbeitet(?: am)?|[ÚU]ltima actualizaci[óo]n|Ultimo aggiornamento|"
    r"[ÚU]ltima atualiza[çc][ãa]o|Senast uppdaterad|Sist oppdatert|Sidst opdateret|"
    r"Последнее обновление|Остання редакція)\s?:?\s*(?P<date>.+?)\.?$",
    re.I,
)
_VOLUME = re.compile(
    r"\bVol(?:ume)?\.?\s*(?P<v>[IVXLC]+|\d+)\b|\b(?:anno|año|ano|Jahrgang|Jg\.|tome|tomo|t\.|том|"
    r"Bd\.|Band)\s+(?P<v2>[IVXLC]+\b|\d{1,3}(?:\.\d{1,2})?\b)|"
    r"\b(?P<v4>\d{1,3})\.\s+(?:Jahrgang|Jg\.)",  # "18. Jahrgang": the German ordinal first
    re.I,
)
_ISSUE = re.compile(
    r"(?:\bNo\.?|\bNr\.?|\bn°|\bn\.?º|\bnº|\bn\.|\bnum\.|\bnúm\.|\bIssue|\bαρ\.|№|\bHeft)\s*"
    r"(?P<n>\d+(?:[-–]\d+)?)\b",
    re.I,
)
_SERIES_ISSUE = re.compile(r"^(?P<journal>.+?)\s+(?P<series>\d+)\s*:\s*(?P<n>\d+)$")
#: ``tei.dates.DATE_PHRASE`` never starting inside a word: the same first date (a phrase found
#: from inside a word is also found from the word's start), in linear time instead of quadratic
_DATE_PHRASE = re.compile(rf"(?:(?<![A-Za-zÀ-ÿ])|(?=\d))(?:{DATE_PHRASE.pattern})")
#: a provenance or credit line longer than this is text (the longest seen is under 100)
MAX_LINE = 1_000
_PAGES = re.compile(
    r"\b(?:pp?\.?|p[áa]gs?\.|pagg?\.|S\.|σσ?\.|с\.|pages?)\s*(?P<from>\d+[ab]?)"
    r"(?:\s*(?P<sep>[-–]|&|and)\s*(?P<to>\d+[ab]?))?",
    re.I,
)


#: a personal name with an initial (``James P. Cannon``, ``C.L.R. James``) opening a citation
_AUTHOR_FIRST = re.compile(r"^(?:[A-Z][a-z]+\s)?(?:[A-Z]\.\s?)+[A-Z][a-z’'-]+$")
#: a book's title after its author: three words or more, one in lower case, no figure
#: (``Tres años de lucha``; never ``año III`` or ``New York``)
_TITLE_AFTER_NAME = re.compile(r"(?=.*\b[^\W\d_A-ZÀ-Þ]{2,}\b)[^\W\d_][^\d\s]*(?:\s[^\d\s]+){2,}")
_ONLINE = re.compile(r"(?i)\s*\[(?:en l[íi]nea|online|en ligne|on-?line|in rete|em linha)\]\s*$")
#: "36 | 2018": an online journal's number and year, as OpenEdition cites them
_NUMBER_YEAR = re.compile(r"^(?P<n>\d{1,4})\s*\|\s*(?:1[89]|20)\d{2}\b")
_QUOTED_TITLE = re.compile(r"^[^,‘“\"«„]{2,60},\s*[‘“\"«„][^’”\"»“]{2,200}[’”\"»“],\s*")
#: what a credit may add after the names: a year, a site, thanks
#: the site before the people: ``Translated and transcribed: for marxists.org by Mitch Abidor``
_SITE_FIRST = re.compile(
    r"^(?:for|para|pour|für|per)\s+(?P<site>\S[^,;]{1,60}?)\s+(?:by|por|par|von|da)\s+(?P<names>\S.*)$"
)
#: what a credit lists beside its people: thanks, a year, the site it was done for and the
#: month (``…, voor het Marxists Internet Archive, juli 2008``)
_NOT_A_NAME = re.compile(
    r"(?i)with thanks|in \d{4}|(?:for|voor|pour|para|für|per|f[öo]r)\s|"
    r"(?:[^\W\d_]+\.?\s+)?\d{4}\.?$|\d{1,2}[./ ]"
)
_NAME_TAIL = re.compile(r"\s+(?:in\s+\d{4}|with thanks to\b.*|\(\d{4}\)|on\s+\d.*)$", re.I)


@dataclass
class Citation:
    """The printed original, as parsed from the provenance line."""

    text: str
    journal: str | None = None
    volume: str | None = None
    issue: str | None = None
    series: str | None = None
    date_text: str | None = None
    date: dict[str, str] = field(default_factory=dict)
    pages: tuple[str, str] | None = None
    page_text: str | None = None
    page_range: str | None = None
    #: the line says where the text was first published (``First Published:``, ``Primera vez
    #: publicado:``): the printed original, over another provenance line
    first: bool = False
    #: the line names the edition the transcription was made from (``Source:``, ``Fuente:``):
    #: the source of the digital text, over a first publication
    transcribed: bool = False
    #: the segment after the journal's, when it holds no number (``Leo Trotzki, Schriften,
    #: …``: the title, if the first segment is the author's name)
    second: str | None = None


@dataclass
class Credit:
    """A responsibility stated by the transcription: who did what."""

    text: str
    role: str | None = None
    names: list[str] = field(default_factory=list)
    site: str | None = None


#: a citation line with no lead word: the journal, then its volume or number, and a date
#: (``Fourth International, Vol. 10 No. 4, April 1949, pp. 110–114.``, ``Бюллетень
#: оппозиции, № 28, 1932, с. 12–13.``)
_BARE = re.compile(r"^(?P<rest>[A-ZÀ-ÝА-ЯΑ-Ω][^,\d|:;?!]{2,60},\s*(?P<next>[^,]+),.*)$")
#: the kind of periodical before its name (``la revista Cambio 16``): not part of the name
_KIND_WORD = re.compile(
    r"^(?:(?:[Ll]a|[Ee]l|[Tt]he|[Ll]e|[Dd]er|[Dd]ie|[Dd]as|[Ii]l|[Oo]|[Aa])\s+)?(?:revista|"
    r"peri[óo]dico|diario|magazine|newspaper|journal|revue|zeitschrift|zeitung|rivista|"
    r"giornale|jornal|газета|журнал)\s+(?=[A-ZÀ-ÝА-Я«“\"])"
)


def _bare_citation(text: str) -> str | None:
    """The line as a citation's body when it is a bare citation line (see ``_BARE``)."""
    m = _BARE.match(text.strip()) if len(text) <= MAX_LINE // 5 else None
    if m is None or len(m["rest"].split(",")[0].split()) > 6 or len(text.split()) > 25:
        return None
    marked = _VOLUME.match(m["next"].strip()) or _ISSUE.match(m["next"].strip())
    return m["rest"] if marked and _find_date(m["rest"], place_year=True) else None


def match_provenance(text: str) -> Citation | None:
    """Parse a provenance line into a :class:`Citation`, or None."""
    m = _PROVENANCE.match(text) if len(text) <= MAX_LINE else None
    bare = None if m else _bare_citation(text)
    if not m and bare is None:
        return None
    if bare is not None:
        return _parse_citation(text, bare, first=False)
    rest = m["rest"].strip()
    if (m["lead"] in _WEAK_LEADS or m["asked"]) and not (
        len(rest.split()) <= 25
        and (_ISSUE.search(rest) or _VOLUME.search(rest) or _PAGES.search(rest))
    ):
        return None  # "Da ich …", "Aus Moskau, 1937 …": a sentence, not a citation
    if m["lead"] == "From" and rest[:1].islower() and not rest.startswith("the "):
        return None  # "From early I realized …": a sentence, not a citation
    if rest.startswith(":"):
        rest = rest[1:].strip()
    cite = _parse_citation(text, rest, first=bool(_FIRST.match(m["lead"])))
    cite.transcribed = bool(_SOURCE_LEAD.fullmatch(m["lead"]))
    return cite


#: the issue before the journal's name (``numéro 31 de Quatrième Internationale``)
_ISSUE_OF = re.compile(
    r"(?i)^(?:num[ée]ro|n[°º]|no\.|nr\.|issue|number|heft)\s*(?P<n>\d{1,4})\s+"
    r"(?:de|of|di|von|der|des|du|do|da|del)\s+(?P<journal>[A-ZÀ-Ý].{2,60})$"
)
#: the issue named by its date before the journal's name (``the December 1931 issue of the
#: Socialist Standard``)
_DATED_ISSUE_OF = re.compile(
    r"(?i)^(?:the\s+)?(?P<date>(?:[^\W\d_]+\.?\s+)?(?:1[6-9]|20)\d\d)\s+(?:issue|number|edition)\s+"
    r"of\s+(?:the\s+)?(?P<journal>(?-i:[A-ZÀ-Ý]).{2,60})$"
)
#: a remark on the language of the text cited, after a dash (``— texto em Galego``)
_IN_LANGUAGE = re.compile(r"\s+[—–-]\s+(?i:texto|text|texte|testo)\s+(?i:em|en|in)\s+\w+$")


#: a publisher named before the work it published
_PUBLISHER_FIRST = re.compile(
    r"^(?:Editorial|Ediciones|Editora|Edições|Éditions|Editions|Editori|Edizioni|Verlag|Dietz|"
    r"Progress Publishers|Издательство)\b"
)


def _parse_citation(text: str, rest: str, first: bool) -> Citation:
    """The journal, volume, issue, pages and date of a citation's body (after its lead)."""
    cite = Citation(text=text, first=first)
    rest = _KIND_WORD.sub("", rest)
    quoted = _QUOTED_TITLE.match(rest)  # "Author, ‘Title’, Journal, …": the journal follows
    if quoted:
        rest = rest[quoted.end() :]
    segments = [s.strip() for s in rest.rstrip(".").split(",")]
    if (
        len(segments) > 2
        and not re.search(r"\d", segments[1])
        and (
            _AUTHOR_FIRST.match(segments[0])
            # "José Díaz, Tres años de lucha, …": a name, then a title with words in lower
            # case (never "Socialist Appeal, New York, …": a journal and its place)
            or (is_name_like(segments[0]) and _TITLE_AFTER_NAME.fullmatch(segments[1]))
        )
    ):
        segments = segments[1:]  # "James P. Cannon, Letters from Prison, …": the author first
    if len(segments) > 1 and _PUBLISHER_FIRST.match(segments[0]):
        segments = segments[1:]  # "Editorial Akal, Obras Completas, Tomo 41": the publisher first
    if len(segments) > 2 and not re.search(r"\d", segments[1]):
        cite.second = segments[1]
    if len(segments) == 2 and parse_date(segments[0]) and not re.search(r"\d", segments[1]):
        segments = segments[::-1]  # "14 juni 1924, Pravda": the date, then the journal
    head = re.sub(r"\s*\([^)]*\)\s*$", "", segments[0]).strip()
    head = _ONLINE.sub("", head)  # "[En línea]", "[Online]": the citation style's, not the name
    head = _IN_LANGUAGE.sub("", head)  # "Primeira Linha em Rede — texto em Galego": a remark
    if first_issue := _ISSUE_OF.match(head):  # "numéro 31 de Quatrième Internationale"
        cite.issue, head = first_issue["n"], first_issue["journal"]
    elif (dated_issue := _DATED_ISSUE_OF.match(head)) and (
        when := parse_date(dated_issue["date"])
    ):  # "the December 1931 issue of the Socialist Standard"
        cite.date_text, cite.date, head = dated_issue["date"], when, dated_issue["journal"]
    series = _SERIES_ISSUE.match(head)
    if series:
        head, cite.series, cite.issue = series["journal"], series["series"], series["n"]
    issue_in_head = _ISSUE.search(head)
    if issue_in_head:
        cite.issue = issue_in_head["n"]
        head = head[: issue_in_head.start()].strip()
    volume_in_head = _VOLUME.search(head)
    if volume_in_head:
        cite.volume = volume_in_head["v"] or volume_in_head["v2"] or volume_in_head["v4"]
        head = head[: volume_in_head.start()].strip()
    dated = _find_date(head) if len(segments) == 1 else None
    if dated and head.endswith(dated[0]) and re.search(r"[^\W\d_]", head[: -len(dated[0])]):
        # "Militant 17 june 1988": the journal, then its date with no comma between
        cite.date_text, cite.date = dated
        head = head[: -len(dated[0])].strip()
    cite.journal = head or None
    if head and len(segments) == 1 and (when := parse_date(head)):
        # "Primeira Edição: 12 de Outubro de 2004": the date it was first published, no journal
        cite.journal, cite.date_text, cite.date = None, head, when
        return cite
    tail = ", ".join(segments[1:])
    if (v := _VOLUME.search(tail)) and not cite.volume:
        cite.volume = v["v"] or v["v2"] or v["v4"]
    if not cite.issue and (n := _ISSUE.search(tail) or _NUMBER_YEAR.match(tail.strip())):
        cite.issue = n["n"]
    if pages := _PAGES.search(tail):
        if pages["sep"] in (None, "-", "–"):
            cite.pages = (pages["from"], _full_page(pages["from"], pages["to"] or pages["from"]))
            # the range as written (``229–30``), its numbers in @from and @to
            cite.page_range = pages["from"] + (f"–{pages['to']}" if pages["to"] else "")
        cite.page_text = pages.group(0)
    whole = _find_date(_PAGES.sub("", _VOLUME.sub("", _ISSUE.sub("", tail))))
    if whole and "," in whole[0]:  # "May 27, 1977": a date over two of the segments
        cite.date_text, cite.date = whole
    for segment in segments[1:] if not cite.date else []:
        bare = _PAGES.sub("", _VOLUME.sub("", _ISSUE.sub("", segment))).strip()
        found = _find_date(bare)
        if found:
            cite.date_text, cite.date = found
            break
    if not cite.date:
        found = _find_date(_PAGES.sub("", rest))  # a page number is no year ("S. 1100")
        if found:
            cite.date_text, cite.date = found
    return cite


def _full_page(first: str, last: str) -> str:
    """The last page of a range written short (``pp. 229–30`` ends on 230, ``1187–9`` on
    1189), as a number; a range that still ends before it starts is left as written."""
    if (first + last).isdigit() and len(last) < len(first) and int(first[-len(last) :]) < int(last):
        return first[: len(first) - len(last)] + last
    return last


def _find_date(text: str, place_year: bool = False) -> tuple[str, dict[str, str]] | None:
    """The first date phrase in ``text`` that parses (``tei.dates.find_date``), in linear time;
    with ``place_year``, also the year after a place (a book's imprint, ``New York 1979``)."""
    for m in _DATE_PHRASE.finditer(text):
        attrs = parse_date(m.group(0))
        if attrs:
            return m.group(0), attrs
        year = re.search(r"(?<!\d)\d{4}$", m.group(0)) if place_year else None
        if year and (attrs := parse_date(year.group(0))):  # "New York 1979": place and year
            return year.group(0), attrs
    return None


def match_info(text: str) -> tuple[str, str] | None:
    """An MIA information field (``Written: …``) as (field, value), or None."""
    m = _INFO.match(text)
    return (m["field"], m["value"]) if m else None


#: a credit for a picture of the page (never its author): ``Photograph by Scott Heins``
_PICTURE = re.compile(
    r"^(?:Photo(?:graph)?s?|Illustrations?|Cartoons?|Drawings?|Pictures?|Fotos?|Fotograf[íi]as?|"
    r"Bild(?:er)?|Φωτογραφία|Фото)"
    r"(?:\s+(?:by|courtesy)\b|\s?:)"
)


def match_credit(text: str) -> Credit | None:
    """A transcription credit line, with the role and the people it names."""
    if len(text) > MAX_LINE or not (_CREDIT.match(text) or _PICTURE.match(text)):
        return None
    credit = Credit(text=text)
    m = _BY.match(" ".join(text.split()))  # one space between words: _BY backtracks on runs
    if m and len(m["role"].split()) <= 5:
        credit.role = m["role"]
        credit.site = m["site"]
        people = m["names"]
        if site_first := _SITE_FIRST.match(people):  # "…: for marxists.org by Mitch Abidor"
            credit.site, people = site_first["site"], site_first["names"]
        names = re.split(r"\s*(?:&|,|\band\b)\s*", _NAME_TAIL.sub("", people))
        credit.names = [
            _NAME_TAIL.sub("", re.sub(r"^(?:the late|by)\s+", "", n)).strip()
            for n in names
            if n.strip()
            and not _NOT_A_NAME.match(n.strip())
            and not _month_only(n)
        ]
    return credit


def _month_only(name: str) -> bool:
    """A month, perhaps with its preposition (``December``, ``febrero de`` before 2016): a
    credit's date, no person (``May Smith`` is one)."""
    words = name.casefold().rstrip(".").split()
    if words and re.fullmatch(r"\d{4}", words[-1]):
        words = words[:-1]  # "febrero de 2016"
    return bool(words) and words[0].rstrip(".") in MONTHS and words[1:] in ([], ["de"], ["of"])


def match_updated(text: str) -> tuple[str, dict[str, str]] | None:
    """``Last updated on 4 June 2009`` → (date text, ISO attributes)."""
    m = _UPDATED.match(text)
    if not m:
        return None
    attrs = parse_date(m["date"])
    return (m["date"], attrs) if attrs else None
