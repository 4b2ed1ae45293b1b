"""Rule: site navigation lines are not part of the work.

Accepted forms (removed from the text, listed in the header):

* segments separated by ``|`` that are all navigation phrases
  (``ISR Index | Main Newspaper Index``,
  ``Encyclopedia of Trotskyism | Marxists’ Internet Archive``), near the edges perhaps with one
  personal name among them, the link to the author's index (``Ian Birchall | ETOL Main Page``);
* a lone navigation phrase (``Top of page``, ``ETOL Home Page``);
* a breadcrumb (``Leon Trotsky > 1938 >``, ``Home » Library » Articles``);
* download chrome (``Format RTF (Microsoft word) Format PDF (Adobe Acrobat)``);
* a menu: four or more consecutive short lines at the top of the page, one of which is a
  navigation phrase (``Current Issue``, ``Back Issues``, …);
* web chrome of the family's sites and mirrors (:data:`CHROME`): share and feed widgets
  (``RSS Feed``, ``Facebook``, ``Print this article``, ``Share:``), "You are here" trails,
  logos, a lone ``|``, e-mail lines,
  document viewers' lines (``Size: px``, ``Start display at page:``, ``Total Page:16``,
  ``File Type:pdf``), download lines (``Download "…"``, ``Format ODT …``, ``Cliquer sur le
  format …``), table-like wiki navigation (``Category | Template | Form |``);
* near the top: a lone year (the archive's year crumb: ``1930``), the archive's page-title
  line ``Leon Trotsky 19380812 Answers to …`` (author, eight-digit date, title), and every
  earlier copy of a line that the top of the page repeats before its text begins (the last
  copy is the work's; a letter's signature repeating the author line is no copy) — but never
  a line ending in a colon (a speaker label alone on its line, ``QUESTION:``);
* at the top or bottom of the page, a blog's lines: ``Posted by admin on 3 March 2015``,
  ``Tags: Trotsky, Spain``, ``Filed under: …``, ``Comments (0)``, ``Leave a comment``;
* menus of the sites' pages in their languages (``Home | About | Archive | Contact``,
  ``Inicio | Biblioteca | Contacto``, ``Accueil``, ``Startseite``, ``Αρχική | Αρχείο``,
  ``Главная | Архив``), ``Skip to content``, ``Share this:``;
* a ``|`` line of the page's widgets, perhaps beside navigation phrases
  (``RSS Feed | Print this page | E-mail this page``);
* a wiki's chrome rendered as a table at the top of the page: a run of rows of short label
  cells (one to three words, no digit) from the first line, with a row of the wiki's tabs
  (``Catégorie | Modèle | Formulaire |``) or two rows of one repeated cell
  (``Text | Text | Text |``), separator rows (``---|---|``) and chrome lines among them — never
  a row of the header block (``Author(s) | Leon Trotsky |``, read by ``table_fields``) nor a
  table of the work (no tabs row, no repeated-cell rows);
* MediaWiki's lines: the jump links in the page's language, anywhere (``Jump to navigation
  Jump to search``, ``Aller à la recherche``, ``Zur Navigation springen``), the tagline just
  above them (``From Marxists-en``), the toolbox (``Special pages :``), near the edges a
  namespace page on its own line (``Template:GalleryAuthors``); a pop-up's ``[Close]`` button
  (``[Закрыть]``, ``[Fermer]``) anywhere;
* near the edges: a breadcrumb of ``:`` or ``/`` (four or more short segments, or three from
  a navigation phrase: ``MIA: History: ETOL: Documents``, ``Home / Library / Articles``); a
  menu that repeats a word between capitalised items (``Obra Menu Biblioteca Menu Estudios``);
  navigation phrases strung together without separators, three or more or one of several
  words (``Début Précédent Haut de la page Sommaire Suite Fin``, ``Archives Trotsky Archives
  Internet des marxistes``; never ``Back Home``); ``Top of page`` in the sites' languages
  anywhere (``Haut de la page``, ``Nach oben``);
* an e-book reading site's lines about the book, two or more at the top (``Автор книги: …``,
  ``Жанр: …``, ``Текущая страница: 10 (…)``, ``сообщить о неприемлемом содержимом``);
* a blog's comment lines in the sites' languages (``Schreibe einen Kommentar``, ``Laisser un
  commentaire``); a bare comments heading (``Kommentare``, ``Commentaires``) only when nothing
  but chrome follows it.
"""

from __future__ import annotations

import re

from tei.readers.transcription import table_fields
from tei.readers.transcription.nav_lists import bullet_menu, bullet_meta, top_chrome
from tei.readers.transcription.nav_words import FILE_VIEW, PHRASE, WIDGET
from tei.readers.transcription.record_lines import is_record_line

_BREADCRUMB = re.compile(
    r"^[^<>]{1,60}(?:\s>\s[^<>]{1,60})*\s>\s*$|^[^<>]{1,40}(?:\s>\s[^<>]{1,40}){2,}$"
    r"|^[^»›\n]{1,40}(?:\s[»›]\s[^»›\n]{1,40}){2,}$"  # "Home » Library » Articles"
    # "Inicio »Noticias, Historia »": no space after the sign, one closing the line (never
    # a line with «: German quotation marks »…« look the same)
    r"|^(?!.*[«‹])[^»›\n]{1,40}(?:\s[»›][^»›\n]{1,40}){1,}\s[»›]$"
)
_DOWNLOAD = re.compile(
    r"(?i)^(?:t[ée]l[ée]chargement|download|t[ée]l[ée]charger)\b.{0,80}$"
    r"|^(?:format\s+(?:rtf|pdf|html|epub|doc|mobi)\b[^.]{0,40}){1,4}$"
    # the MIA's line of the page's other formats ("Other Formats: Text README")
    r"|^(?:other formats?|formatos? alternativos?|autres formats|andere formate|altri formati|"
    r"outros formatos|другие форматы)\s*:.{0,160}$",
)


#: the tabs of a MediaWiki page rendered as a table (``Category | Template | Form |``)
_WIKI_TAB = (
    r"category|template|form|page|discussion|view|edit|history|cat[ée]gorie|mod[èe]le|formulaire|"
    r"kategorie|vorlage|formular|categor[íi]a|plantilla|formulario|modello|modulo|predefini[çc][ãa]o|"
    r"категория|шаблон|форма|обсуждение|править|история"
)
#: MediaWiki's accessibility links in the page's language (``Jump to navigation Jump to search``)
_JUMP_TO = (
    r"jump to (?:navigation|search|content)|aller (?:[àa] la (?:navigation|recherche)|au contenu)|"
    r"zur (?:navigation|suche) springen|(?:ir|saltar) a (?:la )?(?:navegaci[óo]n|b[úu]squeda)|"
    r"vai alla (?:navigazione|ricerca)|ir para (?:a )?(?:navega[çc][ãa]o|pesquisa)|"
    r"перейти к (?:навигации|поиску)"
)
_WIKI_ROW = re.compile(
    r"(?i)^(?:" + _WIKI_TAB + r")(?:\s*\|\s*(?:" + _WIKI_TAB + r"|source))+\s*\|?$"
)
_JUMP = re.compile(r"(?i)^(?:(?:" + _JUMP_TO + r")\s*)+$")
#: MediaWiki's tagline above the jump links: ``From Marxists-en``, ``De Wikirouge``
_TAGLINE = re.compile(r"(?i)^(?:from|de|aus|da|материал из)\s+\S+(?:,\s[^.]{1,40})?$")
CHROME = re.compile(
    r"(?i)^(?:\|\s*)+$|^(?:logo\s*)+$|^(?:logo|logotipo|logotype)\s+\S.{0,30}$"
    r"|^[\w.-]{2,30}[-_](?:logo|logotipo|logotype)$"  # an image's name: "trybunna-logo"
    r"|^\|\s*\d{1,6}\s*\|$"  # a share counter between bars: "| 69 |"
    r"|^(?:(?:rss feed|rss|syndication|youtube|twitter|facebook(?: group)?|whatsapp|linkedin|"
    r"instagram|telegram|mastodon|share|tweet|print|e-?mail)\s*)+$"
    r"|^(?:print|e-?mail|share|save|recommend) this (?:page|article|post|story)$|^share\s*:$"
    r"|^(?:recommander|imprimer|envoyer|partager) cette (?:page|article)$"
    r"|^(?:cat[ée]gories|categories|categor[íi]as|kategorien|categorie|tags|étiquettes)\s*:?$"
    r"|^(?:tag|category|author|monthly) archives\s*:|^archivi (?:tag|categoria)\s*:"  # (archives)
    # a blog's page-view counter ("Total Pageviews", "Total de visualizações de página")
    r"|^(?:total pageviews|total de visualiza[çc][õo]es de p[áa]gina|p[áa]ginas vistas en total|"
    r"seitenaufrufe insgesamt|nombre total de pages vues|visualizzazioni totali)$"
    # a content system's "who is online" box
    r"|^(?:who'?s online|kto przegl[ąa]da|wer ist online|qui est en ligne|"
    r"qui[ée]n est[áa] en l[íi]nea|chi [èe] online)$"
    r"|^(?:we have|there (?:are|is)) \d+ (?:guests?|members?|users?)\b.{0,40}online\.?$"
    r"|^w tej chwili stron[ęe] przegl[ąa]da \d+ u[żz]ytkownik\w* i \d+ go[śs]ci\.?$"
    r"|^(?:aktuell sind|nous avons|tenemos|abbiamo) \d+ "
    r"(?:g[äa]ste?|invit[ée]s|invitados|ospiti)\b.{0,40}$"
    r"|^(?:recomendar|imprimir|compartir|enviar) esta p[áa]gina$"
    r"|^diese seite (?:empfehlen|drucken)$"
    r"|^you are here\s*:|^skip to (?:the )?(?:main )?(?:content|navigation)$"
    r"|^(?:share|like) this\s*:(?:\s*(?:facebook|twitter|e-?mail|reddit|whatsapp|telegram|"
    r"linkedin|tumblr|pinterest|print|more|x))*\s*$|^(?:e-?mail|courriel)\s*:?\s*\S+@\S+$|^\S+@\S+\.\w+$"
    r"|^size\s*:\s*\w*px\b|^start display at page\s*:?$|^total pages?\s*:\s*\d+$"
    # a document host's lines about the upload ("Upload: khangminh22", "Post on 07-Feb-2023",
    # "0 views", "0 download")
    r"|^upload(?:ed by)?\s*:\s*\S{1,40}$|^post(?:ed)? on \d{1,2}-\w{3}-\d{4}$"
    r"|^[\d,.]+\s*[km]?\s+(?:views?|downloads?)$|^downloading pdf\.? please wait\b"
    # a document viewer's page counter ("Sei sulla pagina 1di 14", "You are on page 1 of 14")
    r"|^(?:you are on|sei sulla|vous [êe]tes (?:sur la|à la)|est[áa]s? en la|voc[êe] est[áa] na|"
    r"sie sind auf)\s+(?:page|pagina|p[áa]gina|seite)\s*\d+\s*(?:of|di|de|sur|von)\s*\d+$"
    r"|^вы находитесь на странице\s*:?\s*\d+\s*из\s*\d+$"
    r"|^file type\s*:\s*\w+(?:,\s*size\s*:\s*[\d.,]+\s*[kmg]?b)?$|^download\s+[\"“]"
    r"|^(?:format\s+(?:odt|rtf|pdf|html|epub|doc|mobi|acrobat)\S*\s*)+.{0,60}$"
    r"|^cliquer sur le format\b|" + _WIKI_ROW.pattern[4:] + "|" + _JUMP.pattern[4:] + "|"
    r"^\[(?:закрыть|close|fermer|cerrar|schlie(?:ß|ss)en|chiudi|fechar)\]$"
    r"|^(?:special pages|pages sp[ée]ciales|spezialseiten|p[áa]ginas especiales|pagine speciali|"
    r"служебные страницы|what links here|related changes|permanent link|page information)\s*:?$"
)
#: a blog's lines around the post (only at the top or bottom of the page)
_BLOG = re.compile(
    r"(?i)^(?:posted (?:by|on|in)\b.{0,80}|tags?\s*:.{0,160}|filed under\s*:?.{0,120}|"
    r"categor(?:y|ies)\s*:.{0,120}|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave a (?:comment|reply)|"
    r"no comments(?: yet)?|comments are closed\.?|related(?: (?:articles|posts|stories))?|"
    r"you may also like|(?:schreibe|hinterlasse) einen kommentar|"
    r"(?:laisser|ajouter) un commentaire|"
    r"(?:deja|dejar|añadir) un comentario|lascia un commento|deixe (?:um|seu) coment[áa]rio|"
    r"(?:оставить|добавить) комментарий)$"
)
#: a link's prompt, the site's about link (``Click here for Overview of the year``), a tab of
#: the page alone on its line (``Transcript``)
_LINK_PROMPT = re.compile(
    r"(?i)^(?:(?:click|tap) here\b.{0,100}|about this (?:site|website)|transcript)$"
)
#: the blog's comments heading in the page's language: only as the page's last lines
_COMMENTS = re.compile(
    r"(?i)^(?:kommentare|commentaires|comentarios|commenti|coment[áa]rios|комментарии)"
    r"(?:\s*\(\d+\))?$"
)
#: a page of a wiki's namespace named on a line of its own (``Template:GalleryAuthors``)
_NAMESPACE = re.compile(
    r"(?i)^(?:template|mod[èe]le|vorlage|plantilla|predefini[çc][ãa]o|шаблон|category|"
    r"cat[ée]gorie|kategorie|categor[íi]a|категория|special|sp[ée]cial|spezial|especial|"
    r"служебная):\S+$"
)
#: an e-book reading site's lines about the book (counted only two or more at the top)
_READER = re.compile(
    r"(?i)^(?:(?:автор книги|жанр|возрастные ограничения|book author|genre|age (?:restrictions?|"
    r"rating))\s*:\s*\S.{0,120}|(?:текущая страница|current page|page actuelle|p[áa]gina actual)"
    r"\s*:\s*\d+\b.{0,120}|сообщить о неприемлемом содержимом|report inappropriate content)$"
)
#: the pieces a line of page navigation strings together without separators
#: (``Début Précédent Haut de la page Sommaire Suite Fin``,
#: ``Archives Trotsky Archives Internet des marxistes``)
_PIECE = (
    r"haut de (?:la )?page|d[ée]but|pr[ée]c[ée]dent|suivant|suite|fin|sommaire|retour|accueil|"
    r"top of (?:the )?page|back to top|contents|index|home|next|previous|first|last|up|back|"
    r"inicio|anterior|siguiente|arriba|[íi]ndice|volver|anfang|zur[üu]ck|weiter|nach oben|"
    r"seitenanfang|inhalt|startseite|inizio|precedente|successivo|indice|torna su|in[íi]cio|"
    r"pr[óo]ximo|topo|archives? internet des marxistes|marxists[’'`]? internet archive|"
    r"archivo (?:de )?internet de los marxistas|marxists internet archiv|"
    r"encyclop(?:a)?edia of trotskyism(?: on-?line)?|etol|mia|"
    r"archiv(?:es?|o)\s+(?-i:[A-ZÀ-Ý])[\w’'-]+|(?-i:[A-ZÀ-Ý])[\w’'-]+(?: internet)? archive"
)
_SEQUENCE = re.compile(r"(?i)^(?:(?:" + _PIECE + r")\s+){1,9}(?:" + _PIECE + r")$")
#: words a menu repeats between its items (``Obra Menu Biblioteca Menu Estudios``)
_MENU_WORD = {"menu", "menú", "menü", "меню", "μενού", "home", "inicio", "accueil", "startseite"}
_ANYWHERE = re.compile(
    r"(?i)^(?:top of (?:the )?page|back to top|haut de (?:la )?page|retour en haut(?: de la page)?|"
    r"volver arriba|nach oben|seitenanfang|torna su|voltar ao topo|наверх)\.?$"
)
#: a segment of a ``|`` line of the archive's links that names a part of its works or a year
#: (``Works Index | Volume 42 | Collected Works | L.I.A. Index``, ``1940 |``)
_SEGMENT = re.compile(
    r"(?i)^(?:(?:volume|vol\.?|tome|band|tomo|том)\s+[\dIVXLC]+|(?:collected|selected)\s+works|"
    r"(?:1[6-9]|20)\d\d)$"
)
#: the archive's arrows to the pages before and after (``< backward   forward >``)
_ARROWS = re.compile(r"(?i)^<?\s*(?:backward|back|previous|prev)\s+(?:forward|next)\s*>?$")
#: the separator row of a table rendered as text (``---|---|``, ``|:---|---:|``)
_SEPARATOR_ROW = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
#: a personal name as a link of a ``|`` line of the archive's links
_LINKED_NAME = re.compile(r"(?:[A-ZÀ-ÝА-Я][\w'’.-]+\s+){1,3}[A-ZÀ-ÝА-Я][\w'’-]+")
#: lone phrases ("Index", "Next") count only this close to the top or bottom of the page
EDGE_LINES = 15


def is_navigation(line: str, *, at_edge: bool = True) -> bool:
    """True when a single line is site navigation (see module docstring).

    ``at_edge`` says whether the line stands near the top or bottom of the page; a lone
    phrase in the middle of the text (an answer that says "Next.") is never navigation.
    """
    text = line.strip()
    if not text:
        return False
    if text in ("|", ":") or _SEPARATOR_ROW.fullmatch(text):  # a table's "---|---|", a lone
        return True  # widget's "|" or ":": markup left over
    if len(text) > 160 or is_record_line(text):
        return False  # (a record's fields run on one line: "Title: … Date: … Interviewer: …")
    if "|" in text:
        if CHROME.match(text):  # table-like wiki navigation: ``Category | Template | Form |``
            return True
        segments = [s.strip() for s in text.split("|") if s.strip()]
        nav = [bool(PHRASE.match(s) or WIDGET.match(s) or _SEGMENT.match(s)) for s in segments]
        if segments and all(nav):
            return True
        # the author's index beside the archive's links (``Ian Birchall | ETOL Main Page``),
        # or the browser's title bar, the page's title and the site's (``| Rosa Luxemburg |
        # MR Online``)
        return at_edge and (
            (
                len(segments) >= 2
                and nav.count(False) == 1
                and bool(_LINKED_NAME.fullmatch(segments[nav.index(False)]))
            )
            or (text[0] == "|" and len(segments) == 2 and all(len(s) <= 60 for s in segments))
        )
    if _ANYWHERE.match(text) or CHROME.match(text) or _ARROWS.match(text):
        return True
    if not at_edge:
        return False
    # (each test only where it can match: a phrase is short, a breadcrumb has its signs)
    return bool(
        # (a link's address may make a phrase's line long: "Pokračování … https://…")
        ((len(text) <= MAX_PHRASE or (len(text) <= 300 and "://" in text)) and PHRASE.match(text))
        or (any(sign in text for sign in ">»›") and _BREADCRUMB.match(text))
        or (" - " in text and _dashed_crumb(text))
        or _DOWNLOAD.match(text)
        or _BLOG.match(text)
        or _LINK_PROMPT.match(text)
        or _NAMESPACE.match(text)
        or _sequence(text)
        or ((text.count(":") >= 2 or text.count("/") >= 2) and _crumb(text))
        or _menu_line(text)
        or FILE_VIEW.match(text)
    )


#: the longest line a navigation phrase fills (``Main Index of the … Reference Archive``)
MAX_PHRASE = 90


def _dashed_crumb(text: str) -> bool:
    """A trail of the site's words parted by spaced hyphens (``Startsida - Nyheter``)."""
    parts = text.split(" - ")
    return 2 <= len(parts) <= 4 and all(PHRASE.match(p.strip()) for p in parts)


def _sequence(text: str) -> bool:
    """Navigation phrases strung together: three or more, or two of which one has several
    words (``Archives Trotsky Archives Internet des marxistes``; never ``Back Home``)."""
    if not _SEQUENCE.match(text):
        return False
    pieces = re.findall(r"(?i)(?:" + _PIECE + r")(?=\s|$)", text)
    return len(pieces) >= 3 or any(" " in p for p in pieces)


def _short_segment(segment: str, words: int = 5) -> bool:
    return 0 < len(segment.split()) <= words and len(segment) <= 40 and segment[-1] not in ".,;!?"


def _crumb(text: str) -> bool:
    """A breadcrumb of ``:`` or ``/`` (``MIA: History: ETOL: Documents: FI: 1938-1949``):
    four or more short segments, or three from a navigation phrase (``Home / Library / …``)."""
    for sep in (r"\s*:\s+", r"\s+/\s+"):
        parts = [p.strip() for p in re.split(sep, text)]
        # (the last item of a long crumb may be longer: "1948 2nd Congress of the FI")
        long = len(parts) >= 5 and _short_segment(parts[-1], 8)
        if len(parts) < 3 or not all(map(_short_segment, parts[: -1 if long else None])):
            continue
        if (len(parts) >= 4 and len(parts[0].split()) <= 3) or PHRASE.match(parts[0]):
            return True
    return False


def _menu_line(text: str) -> bool:
    """A menu that repeats a word between its items (``Obra Menu Biblioteca Menu Estudios``)."""
    folded = text.casefold()
    if not any(word in folded for word in _MENU_WORD):
        return False
    words = text.split()
    for word in {w for w in words if w.casefold() in _MENU_WORD}:
        if words.count(word) < 2:
            continue
        items = [i.strip() for i in re.split(rf"(?:^|\s){re.escape(word)}(?:\s|$)", text)]
        items = [i for i in items if i]
        if len(items) >= 3 and all(_short_segment(i, 4) and i[0].isupper() for i in items):
            return True
    return False


def _menu_item(line: str) -> bool:
    text = line.strip()
    return 0 < len(text.split(maxsplit=3)) <= 3 and not re.search(r"[.,;:!?\]\)”\"]$|\d", text)


def navigation_lines(lines: list[str]) -> set[int]:
    """0-based indices of every navigation line of the page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    top = set(filled[:EDGE_LINES])
    bottom = set(filled[-EDGE_LINES:])
    found = {
        i for i, line in enumerate(lines) if is_navigation(line, at_edge=i in top or i in bottom)
    }
    # a menu block at the top of the page (before any long line)
    run: list[int] = []
    for i, line in enumerate(lines):
        if not line.strip():
            if run:
                break
            continue
        if i in found or _menu_item(line):
            run.append(i)
            continue
        break
    if len(run) >= 4 and any(i in found for i in run):
        found.update(run)
    found |= _wiki_table(lines, filled, found)
    found |= bullet_meta(lines, filled)
    found |= bullet_menu(lines, filled)
    found |= top_chrome(lines, filled[:EDGE_LINES])
    reader = [i for i in filled[:EDGE_LINES] if _READER.match(lines[i].strip())]
    if len(reader) >= 2:
        found.update(reader)
    for k, i in enumerate(filled):
        # MediaWiki's "From <site>" between the page's title and its jump links
        if k < 2 or not _JUMP.match(lines[i].strip()):
            continue
        if _TAGLINE.match(lines[filled[k - 1]].strip()) and any(
            j not in found for j in filled[: k - 1]
        ):
            found.add(filled[k - 1])
    tail = [i for i in filled[-EDGE_LINES:] if _COMMENTS.match(lines[i].strip())]
    if tail and all(j in found for j in filled if j > tail[0]):
        found.add(tail[0])  # "Kommentare" with nothing but chrome after it
    return found


def _table_row(line: str) -> str | None:
    """``"sep"``, ``"same"`` (every cell alike) or ``"labels"`` for a row of short label
    cells (``Text | Text | Text |``, ``---|---|``) that is no row of the header block."""
    text = line.strip()
    if "|" not in text or table_fields.field_line(text):
        return None
    cells = [c.strip() for c in text.strip("|").split("|")]
    if len(cells) < 2:
        return None
    if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
        return "sep"
    if not all(_short_segment(c, 3) and not re.search(r"\d|[:)”\"]$", c) for c in cells):
        return None
    return "same" if len({c.casefold() for c in cells}) == 1 else "labels"


def _wiki_table(lines: list[str], filled: list[int], found: set[int]) -> set[int]:
    """A wiki's chrome rendered as a table at the top of the page: a run of short-cell rows
    from the first line, with a row of its tabs (``Category | Template | Form |``) or two rows
    of one repeated cell (``Text | Text | Text |``); lines already found may stand between."""
    run: list[int] = []
    kinds: list[str] = []
    for i in filled:
        kind = _table_row(lines[i])
        if kind is None and i not in found:
            break
        run.append(i)
        kinds.append("tabs" if _WIKI_ROW.match(lines[i].strip()) else kind or "")
    if "tabs" in kinds or kinds.count("same") >= 2:
        return set(run)
    return set()
