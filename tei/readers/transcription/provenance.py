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
* the periodical/issue line: ``International Socialist Review, Winter 1965``, or a
  catalogue's genre line ``Magazine article Monthly Review``;
* a masthead: ``The Militant (logo)`` / ``Vol.66/No.35   September 23, 2002``, or
  ``Platypus Review 157 | June 2023``, or ``Vol. 9 No. 1, 1 January 1945`` / ``Labor Action``,
  or an issue line without a date, perhaps after the site's name (``Encyclopedia of
  Trotskyism On-Line: Revolutionary History, Vol. 6 No. 4``) → the journal, volume, issue
  and date of the printed original (a provenance line, when the page has one too, is
  preferred).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.dates import DATE_PHRASE, find_date, parse_date

_PROVENANCE = re.compile(
    r"^(?P<lead>From|Source\s?:|Sources?\s?:|Quelle\s?:|Fuente\s?:|Fonte\s?:|Источник\s?:|Πηγή\s?:|"
    # the MIA's other language sections: ro, lt, nl, sv, pl, cs, ca, tr, id, fi, da/no, hu,
    # hr/sr, uk
    r"(?:Sursa|Šaltinis|Bron|Källa|Źródło|Zdroj|Font|Kaynak|Sumber|Lähde|Kilde|Forrás|Izvor|"
    r"Джерело|Publicat|Išspausdinta|Eerste publicatie|Gepubliceerd|Först publicerad|"
    r"Pierwsze wydanie|Poprvé publikováno|Publicat per primera vegada|Primera publicació)\s?:|"
    r"Originally published in|"
    r"First [Pp]ublished(?: in)?\s?:?|Published(?: in)?\s?:|Reprinted from|"
    r"(?:Primera vez publicado|Publicado por primera vez|Primera edición|Première publication|"
    r"Publié pour la première fois|Erstveröffentlichung|Erstmals veröffentlicht|"
    r"Prima pubblicazione|Primeira publicação|Publicado pela primeira vez|Πρώτη δημοσίευση)"
    r"(?: en| em| in)?\s?:?|"
    r"Publicad[oa] en:?|Publicad[oa] em:?|Publié dans|Paru dans|Pubblicat[oa] (?:in|su)|"
    r"Erschienen in|Veröffentlicht in|(?:Da|Aus|De|Nach):?(?=\s+[A-ZÀ-Ý][^,]{2,60},.*\b\d{4}\b)|"
    # "Propos recueillis par NAME pour Rouge, n° 210, …": who asked, for which periodical
    r"(?P<asked>(?:Propos recueillis|Interview(?:ed)?|Interview conducted|Entrevista realizada|"
    r"Intervista raccolta|Entrevista feita)\s+(?:par|by|por|da|von)\s+[^,.]{3,60}?\s+"
    r"(?:pour|for|para|per|für)(?:\s+(?:le journal|la revue|the|el|la|le|il|o|a))?))"
    r"\s+(?P<rest>\S.*)$"
)
_FIRST = re.compile(r"(?i)first|primer|premi|erst|prima|primeir|πρώτη")
#: "from" in Italian, German, Spanish/Portuguese: a citation only with an issue, volume or pages
_WEAK_LEADS = {"Da", "Aus", "De", "Nach"}
_INFO = re.compile(
    r"^(?P<field>Written|Delivered|Translated|Translation|Transcription(?:/Mark-?up)?|Написано|"
    r"HTML(?: Mark-?up)?|Mark-?up|Proofread|Online Version|Copyleft|Public Domain|Editor|"
    r"Escrito|Pronunciado|Traducci[óo]n|Traducido|Esta edici[óo]n|Edici[óo]n digital|"
    r"[ÉE]crit|Traduction|Cette [ée]dition|Version en ligne|Geschrieben|Gehalten|[ÜU]bersetzung|"
    r"Online-Version|Scritto|Traduzione|Questa edizione|Tradu[çc][ãa]o|Esta edi[çc][ãa]o|"
    r"Scris|Traducere|Parašė|Vertimas|Išleista|Geschreven|Vertaling|Skriven|Översättning|"
    r"Napisane|Tłumaczenie|Napsáno|Překlad|Escrit|Traducció|Yazıldı|Çeviri|Ditulis|"
    r"Terjemahan|Kirjoitettu|Suomennos|Skrevet|Oversættelse|Oversettelse|Írta|Fordítás|"
    r"Napisano|Prijevod|Написано|Переклад)"
    r"\s?:\s*(?P<value>\S.*)$"
)
_CREDIT = re.compile(
    r"^(?:Transcribed|Transcription|Marked[ -]up|Mark-?up|Markup|HTML|Proof-?read|Proofed|"
    r"Copied|Thanks to|With thanks|Copyright|©|Scanned|Edited|Translated|Translation|OCR|"
    r"Prepared|Digiti[sz]ed|Converted|Typed|Formatted|Transcripci[óo]n|Transcri[çc][ãa]o|"
    r"Trascrizione|Trascritto|Digitali[sz]za(?:zione|to)|Digitalizaci[óo]n|Digitaliza[çc][ãa]o|"
    r"Edici[óo]n|HTML-Markierung|Transkription|Transkribiert|Mise en ligne|Num[ée]risation|"
    r"Saisie|Transcriere|Suskaitmenino|Transcriptie|Transkrypcja|Transkripce|Transcripció|"
    r"This (?:article|text|document) "
    r"(?:can|may) also be found|Originally|Licen[cs]ed?)\b"
)
_BY = re.compile(
    r"^(?P<role>.+?)(?:\s+(?:by|por|par|von|a cura di|da)\s+|\s?:\s+)(?P<names>.+?)"
    r"(?:\s+(?:for|para|pour|für|per)\s+(?:the\s+|el\s+|la\s+|le\s+|l[’']|das\s+|den\s+|il\s+|o\s+)?"
    r"(?P<site>[^.]+?))?\.?$"
)
_UPDATED = re.compile(r"^Last (?:updated|modified|revised)(?: on)?:?\s*(?P<date>.+?)\.?$", re.I)
_PERIODICAL = re.compile(r"^(?P<journal>[^,|]{3,80}),\s+(?P<date>[^,]{4,40})$")
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
    r"\b(?:pp?\.?|p[áa]gs?\.|pagg?\.|S\.|σσ?\.|с\.)\s*(?P<from>\d+)"
    r"(?:\s*(?P<sep>[-–]|&|and)\s*(?P<to>\d+))?",
    re.I,
)


#: a personal name with an initial (``James P. Cannon``, ``C.L.R. James``) opening a citation
_AUTHOR_FIRST = re.compile(r"^(?:[A-Z][a-z]+\s)?(?:[A-Z]\.\s?)+[A-Z][a-z’'-]+$")
_ONLINE = re.compile(r"(?i)\s*\[(?:en l[íi]nea|online|en ligne|on-?line|in rete|em linha)\]\s*$")
#: "36 | 2018": an online journal's number and year, as OpenEdition cites them
_NUMBER_YEAR = re.compile(r"^(?P<n>\d{1,4})\s*\|\s*(?:1[89]|20)\d{2}\b")
_QUOTED_TITLE = re.compile(r"^[^,‘“\"«„]{2,60},\s*[‘“\"«„][^’”\"»“]{2,200}[’”\"»“],\s*")
#: what a credit may add after the names: a year, a site, thanks
#: the site before the people: ``Translated and transcribed: for marxists.org by Mitch Abidor``
_SITE_FIRST = re.compile(
    r"^(?:for|para|pour|für|per)\s+(?P<site>\S[^,;]{1,60}?)\s+(?:by|por|par|von|da)\s+(?P<names>\S.*)$"
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
    #: publicado:``): that is the printed original, over a ``Source:`` (a later collection)
    first: bool = False
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
    return m["rest"] if marked and _find_date(m["rest"]) else None


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
    if rest.startswith(":"):
        rest = rest[1:].strip()
    return _parse_citation(text, rest, first=bool(_FIRST.match(m["lead"])))


def _parse_citation(text: str, rest: str, first: bool) -> Citation:
    """The journal, volume, issue, pages and date of a citation's body (after its lead)."""
    cite = Citation(text=text, first=first)
    rest = _KIND_WORD.sub("", rest)
    quoted = _QUOTED_TITLE.match(rest)  # "Author, ‘Title’, Journal, …": the journal follows
    if quoted:
        rest = rest[quoted.end() :]
    segments = [s.strip() for s in rest.rstrip(".").split(",")]
    if _AUTHOR_FIRST.match(segments[0]) and len(segments) > 2 and not re.search(r"\d", segments[1]):
        segments = segments[1:]  # "James P. Cannon, Letters from Prison, …": the author first
    if len(segments) > 2 and not re.search(r"\d", segments[1]):
        cite.second = segments[1]
    head = re.sub(r"\s*\([^)]*\)\s*$", "", segments[0]).strip()
    head = _ONLINE.sub("", head)  # "[En línea]", "[Online]": the citation style's, not the name
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
    cite.journal = head or None
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
    if len(last) < len(first) and int(first[-len(last) :]) < int(last):
        return first[: len(first) - len(last)] + last
    return last


def _find_date(text: str) -> tuple[str, dict[str, str]] | None:
    """The first date phrase in ``text`` that parses (``tei.dates.find_date``), in linear time."""
    for m in _DATE_PHRASE.finditer(text):
        attrs = parse_date(m.group(0))
        if attrs:
            return m.group(0), attrs
    return None


def match_info(text: str) -> tuple[str, str] | None:
    """An MIA information field (``Written: …``) as (field, value), or None."""
    m = _INFO.match(text)
    return (m["field"], m["value"]) if m else None


#: a credit for a picture of the page (never its author): ``Photograph by Scott Heins``
_PICTURE = re.compile(
    r"^(?:Photo(?:graph)?s?|Illustrations?|Cartoons?|Drawings?|Pictures?)"
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
            if n.strip() and not re.match(r"(?i)with thanks|in \d{4}", n.strip())
        ]
    return credit


def match_updated(text: str) -> tuple[str, dict[str, str]] | None:
    """``Last updated on 4 June 2009`` → (date text, ISO attributes)."""
    m = _UPDATED.match(text)
    if not m:
        return None
    attrs = parse_date(m["date"])
    return (m["date"], attrs) if attrs else None


#: a catalogue's genre line naming the periodical: ``Magazine article Monthly Review``
_GENRE = re.compile(
    r"^(?:Magazine|Journal|Newspaper|Periodical|Newsletter) article"
    r"\s+(?P<journal>[A-Z][^|\n]{2,80})$"
)


#: a work's title names its kind (a letter, a speech, an interview): never a periodical's name
_WORK_TITLE = re.compile(
    r"(?i)^(?:an?\s+|the\s+)?(?:open\s+)?(?:lettre|letter|brief|carta|lettera|письмо|speech|discours|"
    r"rede|discurso|discorso|речь|interview|entretien|entrevista|intervista|gespräch|интервью|"
    r"statement|declaration|déclaration|erklärung|declaración|telegram|télégramme|telegramm|"
    r"telegrama)\b"
)


#: a day written the Iberian way (``25 de maio de 1975``): after a single word, a date line
_PLACE_DAY = re.compile(r"^\d{1,2}º?\s+de\s+")


def match_periodical(text: str) -> tuple[str, str, dict[str, str]] | None:
    """``International Socialist Review, Winter 1965`` → (journal, date text, attributes);
    a genre line (``Magazine article Monthly Review``) gives the journal with no date."""
    if "\n" in text or len(text) > 200:
        return None
    if genre := _GENRE.match(text.strip()):
        return genre["journal"].strip(), "", {}
    m = _PERIODICAL.match(text)
    if m and _WORK_TITLE.match(m["journal"]):
        return None  # "Lettre à C. Charles, 16 août 1940": a work's title and its date
    if m and match_masthead(text) is not None:
        return None  # "The Militant. Vol. 5. No. 15. April 12, 1941.": a masthead, read as one
    if not m or (_PLACE_DAY.match(m["date"]) and len(m["journal"].split()) == 1):
        return None  # "Lisboa, 25 de maio de 1975": a place and the day, the letter's date line
    attrs = parse_date(m["date"])
    if not attrs:
        return None
    return m["journal"].strip(), m["date"].strip(), attrs


_MASTHEAD = re.compile(
    r"^(?P<journal>[^|\n\d]{3,60}?)(?:\s*\((?:logo|masthead)\))?\s*\n?\s*"
    r"Vol(?:ume)?\.?\s*(?P<v>[IVXLC]+|\d+)\s*[/,.]?\s*(?:No|Nr|Issue)\.?\s*(?P<n>\d+)\s*[,|.]?\s*"
    r"(?P<date>.{4,40}?)\s*$"
    r"|^(?P<journal2>[^|\n\d]{3,60}?)\s+(?P<n2>\d{1,4})\s*\|\s*(?P<date2>[^|\n]{4,40}?)\s*$"
    r"|^Vol(?:ume)?\.?\s*(?P<v3>[IVXLC]+|\d+)\s*[/,.]?\s*(?:No|Nr|Issue)\.?\s*(?P<n3>\d+)\s*[,|.]?\s*"
    r"(?P<date3>.{4,60}?)\s*\n\s*(?P<journal3>[^|\n\d]{3,60}?)\s*$"
    # a web magazine's issue line: "Issue 241 of SOCIALIST REVIEW Published May 2000 Copyright …"
    r"|^Issue\s+(?P<n4>\d{1,4})\s+of\s+(?P<journal4>[^|\n\d]{3,60}?)\s+Published\s+"
    r"(?P<date4>[^|\n]{4,40}?)(?:\s+Copyright\b[^\n]*)?$",
    re.I,
)


#: an issue line without a date, perhaps after the site's name (the web page's title):
#: ``Encyclopedia of Trotskyism On-Line: Revolutionary History, Vol. 6 No. 4``
_ISSUE_LINE = re.compile(
    r"^(?:(?:Encyclopedia of Trotskyism(?: On-?Line)?|ETOL|Marxists[’']? Internet Archive|MIA)"
    r"\s?:\s*)?(?P<journal>[A-Z][^,|:\n\d]{2,60}?),?\s+Vol(?:ume)?\.?\s*(?P<v>[IVXLC]+|\d+)"
    r"\s*[,/]?\s*(?:No|Nr|Issue)\.?\s*(?P<n>\d+)\.?$"
)


def match_masthead(text: str) -> Citation | None:
    """A periodical's masthead (see module docstring) as a :class:`Citation`, or None."""
    if len(text) > 200:
        return None
    if issue := _ISSUE_LINE.match(text.strip()):
        journal = " ".join(issue["journal"].split())
        return Citation(text=text.strip(), journal=journal, volume=issue["v"], issue=issue["n"])
    m = _MASTHEAD.match(text.strip())
    if not m:
        return None
    date_text = (m["date"] or m["date2"] or m["date3"] or m["date4"]).strip().rstrip(".")
    attrs = parse_date(date_text)
    if not attrs and m["date3"] and (dated := find_date(date_text)):
        date_text, attrs = dated  # "Friday, February 1, 1941, New York, NY": the place after it
    if not attrs:
        return None
    journal = (m["journal"] or m["journal2"] or m["journal3"] or m["journal4"]).rstrip(".,; ")
    return Citation(
        text=" ".join(text.split()),
        journal=" ".join(journal.split()),
        volume=m["v"] or m["v3"],
        issue=m["n"] or m["n2"] or m["n3"] or m["n4"],
        date_text=date_text,
        date=attrs,
    )
