"""Rules: the title block and front matter.

Accepted syntax (before the text proper): the periodical/issue line; a date line
(``(10 April 1950)``, ``August 12, 1938``); a bracketed byline (``[The Editors]``) or source
citation (``[Writings of Leon Trotsky 1937-1938, …, p. 414-416]``); an author line (a personal
name such as ``Mary Bell``, or ``The Editors``); heading-like lines (short, no closing full
stop) that are the title and subtitle; an oral history's participants lines (``Steven Trimble
Interviewer``), which name no title or author; a collection line (``Escritos de León Trotsky
(1929-1940)``: a collection word and a span of years), the printed source. Where the front
matter ends is decided in ``structure.py``.
"""

from __future__ import annotations

import re

from tei.dates import MONTHS, parse_date
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.bylines import byline_parts
from tei.readers.transcription.front_dates import NUMERIC_DATE, bracket_date, date_line
from tei.readers.transcription.label_shapes import INTERVIEW, ROLE_FIELDS
from tei.readers.transcription.name_shapes import (
    bylined_name,
    initialled_names,
    is_name_like,
    names_joined,
)

#: ``Leon Trotsky: Answers to …``, ``HOWARD Roy (1936) : Interview with J. Stalin``,
#: ``Alan Spector - Talk at …`` (a dash only after a personal name)
AUTHOR_TITLE = re.compile(
    r"^(?P<author>[^:\n]{3,60}?)(?:\s*\((?P<year>\d{4})\))?(?P<sep>\s?:|\s[-–—])"
    r"\s+(?P<title>[^\"“‘'«„\s].{2,200})$"
)
SENTENCE_INSIDE = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bvs)(?<!\bNo)(?<!\bVol)"
    r"(?<=[^\W\d_]{2})[.!?]\s+\S"
)
_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,6})[.)]\s+\S")


#: a date after a title's full stop (the MIA's ``Speech at … Marx. May 1, 1920``)
#: a title's date before it and a colon (``February 1, 2000: On the Great Tasks …``)
DATE_BEFORE = re.compile(r"(?P<date>[^:\n]{4,30}?\d{4})\s?:\s+(?=\S)")
_DATE_AFTER = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?P<date>[^.]{4,30}\d{4})$")


#: a byline listing three people or more, with commas (``Por A B, C D y E F``)
_BY_LIST = re.compile(
    r"^(?:By|BY|by|Por|POR|por|Par|PAR|par|Von|von|Di|di)\s+(?P<names>[^;:()/|]{5,120})$"
)


def byline_names(text: str) -> list[str]:
    """The people a byline lists with commas, every one a personal name; else []."""
    m = _BY_LIST.match(text.strip())
    if not m or "," not in m["names"]:
        return []
    parts = re.split(r",\s*|\s+(?:y|and|e|et|und|&)\s+", m["names"])
    names = [n.strip() for n in parts if n.strip()]
    ok = 3 <= len(names) <= 6 and all(is_name_like(n) for n in names)
    return names if ok else []


#: a field of an archive's record, never a heading (``INTERVIEWER: Kenneth B. West``)
RECORD_FIELD = re.compile(
    r"(?i)(?:"
    + "|".join(
        sorted(ROLE_FIELDS | {"date", "place", "location", "identifier", "duration", "subject"})
    )
    + r")\s?:\s*\S"
    # (a recording's fields: "Interview Date: December 21, 1992", "Camera Rolls: 315:67-73")
    r"|(?i:[^\W\d_]+\s)?(?i:date|rolls?|tapes?|reels?|cassettes?|recording)\s?:\s*(?=[^\n]*\d)"
)
#: the name of a record's field alone on its line, its value on the next (an oral history's
#: cover sheet: ``Narrator`` / ``William Aliff``), or the word over a transcript's text
RECORD_LABELS = ROLE_FIELDS | {
    "oral historian",
    "project director",
    "project sponsor",
    "project coordinator",
    "transcript",
    "transcriber",
    "transcription",
    "trascrizione",
    "transcripción",
    "transcrição",
}
#: a post's time stamp: a date in figures, then a clock time
_POSTED_AT = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\s*(?:-|,|–)?\s*\d{1,2}:\d{2}")


def is_heading_like(block: Block) -> bool:
    """Short, with no closing full stop: a title, subtitle, name or section heading."""
    if block.data.get("joined_title") or block.data.get("repeated_title"):
        return True  # a title broken over blocks after a word that cannot end it, or repeated
        # below the browser's title (block_splits)
    text = block.text.strip()
    if len(text) > 140:  # (first: the search below is slow on a long paragraph)
        return False
    if not any(c.isalpha() for c in text):
        return False  # "0:00", "— 4 —", "| 69 |": a time or a page's number heads nothing
    if RECORD_FIELD.match(text) or _POSTED_AT.search(text):
        return False  # "INTERVIEWER: Kenneth B. West", "Wed, 06/05/2013 - 09:14 -- sewm"
    if text.casefold() in RECORD_LABELS:
        return False  # "Narrator" above the narrator's name, "Transcript" above the text
    if (dated := _DATE_AFTER.search(text)) and parse_date(dated["date"]):
        text = text[: dated.start()]  # "Speech at the … to Karl Marx. May 1, 1920": its date
    words = block.words
    if (dated := DATE_BEFORE.match(text)) and parse_date(dated["date"]):
        text = text[dated.end() :]  # "February 1, 2000: On the Great Tasks …": its date first
        words = len(text.split())
    if SENTENCE_INSIDE.search(text):  # a sentence ends inside: prose, not a title
        return False
    if _quoted_headline(text):
        return True
    return (
        words <= 14
        and len(text) <= 140
        and not re.search(r"[.!?;,]$", text.replace("\n", " "))
        and not text.lstrip("([“‘\"'")[:1].islower()  # "(interviewed by …)" is no heading
    ) or bool(re.fullmatch(r"[^.!?]{1,100}\?", text) and words <= 14)


#: the most words of a long heading (a title quoting its subject whole, or in two parts)
LONG_TITLE_WORDS = 24
#: a headline that quotes its subject whole (``'El edificio de UGT … en 2012'``, ``"A los
#: sectores populares … y luchar"``)
QUOTED_LINE = re.compile(
    r"'[^']{10,}'|‘[^’]{10,}’|“[^”]{10,}”|\"[^\"]{10,}\"|«[^»]{10,}»|„[^“]{10,}“"
)


def _quoted_headline(text: str) -> bool:
    return len(text) <= 200 and bool(QUOTED_LINE.fullmatch(text)) and (
        len(text.split()) <= LONG_TITLE_WORDS
    )


def is_numbered_heading(block: Block) -> bool:
    """``1. The Founding of the Fourth International``: a section heading, not a title
    (nor a date: ``12. August 1938``)."""
    return (
        bool(_NUMBERED_HEADING.match(block.text))
        and is_heading_like(block)
        and not date_line(block.text)
        and not is_name_like(block.text)  # "V. I. Lenin": initials, not a section's number
    )


def title_and_subtitle(text: str) -> tuple[str, str] | None:
    """``Double et triple jeu. Réponse à M. Merleau-Ponty et à P. Hervé``: a title, a full
    stop, a subtitle — each short and heading-like (the stop after an initial aside)."""
    m = re.match(r"^(?P<t>.{3,120}?(?<=[^\W\d_]{3}))\.\s+(?P<s>[A-ZÀ-ÝА-Я«“\"].{2,140})$", text)
    if not m or m["s"].rstrip().endswith("."):
        return None
    title, subtitle = m["t"].strip(), m["s"].strip()
    one = Block([title], 0)
    two = Block([re.sub(r"\b([A-Z])\.\s", r"\1 ", subtitle)], 0)  # "M. Merleau-Ponty", "P. Hervé"
    return (title, subtitle) if is_heading_like(one) and is_heading_like(two) else None


def author_title(text: str) -> tuple[str, str] | None:
    """``Author: Title`` on one line (author a personal name, the title not a quotation)."""
    m = AUTHOR_TITLE.match(text.strip())
    if not m:
        return None
    author = m["author"].strip()
    if m["year"] and ":" in m["sep"]:
        return author, m["title"].strip()
    return (author, m["title"].strip()) if is_name_like(author) else None


#: an oral history's cover lines: ``Max Geldman and Shevi Geldman Narrators``
PARTICIPANTS_LINE = re.compile(
    r"^(?P<names>[^\W\d].{2,120}?),?\s+(?P<role>Narrators?|Interviewers?|Interviewees?)$"
    # the field's order: "Interviewer: Peter Brabban"
    r"|^(?P<role2>Narrators?|Interviewers?|Interviewees?)\s*:\s*(?P<names2>[^\W\d].{2,120}?)$"
)


def participants_line(text: str) -> tuple[list[str], str] | None:
    """(names, role word) of a participants line (every name a personal name), or None."""
    m = PARTICIPANTS_LINE.match(text.strip())
    if not m or "\n" in text:
        return None
    names = [n for n in re.split(r"\s*(?:,|&|\band\b)\s*", m["names"] or m["names2"]) if n]
    role = m["role"] or m["role2"]
    return (names, role) if names and all(is_name_like(n) for n in names) else None


#: the collected writings a text belongs to: ``Escritos de León Trotsky (1929-1940)``
COLLECTION_LINE = re.compile(
    r"^(?=.*\b(?:Writings|Works|Collected|Selected|Escritos|Obras|Œuvres|Oeuvres|Werke|Schriften|"
    r"Opere|Scritti|Сочинения|Собрание)\b).{3,100}\(\d{4}\s*[-–]\s*\d{2,4}\)$"
)


#: the works' volume a page belongs to, by its month (``Œuvres – septembre 1929``: the
#: MIA's French archive): a collection word, a dash, a month and a year
COLLECTION_MONTH = re.compile(
    r"^(?:Writings|Works|Escritos|Obras|Œuvres|Oeuvres|Werke|Schriften|Opere|Scritti|"
    r"Сочинения)\s*[–—-]\s*(?P<month>[^\W\d_]+)\s+\d{4}$"
)


#: the writings on a subject (``Scritti sull'Italia``, ``Writings on Britain``)
COLLECTION_ON = re.compile(
    r"^(?:Writings|Escritos|Écrits|Ecrits|Scritti|Schriften|Textos|Textes)\s+"
    r"(?:on|sur(?:\s+l[ae]s?|\s+l[’'])?|sobre(?:\s+(?:el|la|los|las))?|su(?:l|ll[’']|lla|i|gli|lle)?|"
    r"über(?:\s+(?:den|die|das))?)\s*[A-ZÀ-Ý][^\d.:;!?]{2,40}$"
)


#: a volume of collected works, perhaps after its author (``Ленин В.И. Полное собрание
#: сочинений Том 7``, ``Lenin, Collected Works, Volume 30``, ``Obras Completas, Tomo 4``)
COLLECTED_VOLUME = re.compile(
    r"^(?:(?P<name>[^\d.,]{2,30}?(?:\s(?:[A-ZА-ЯЁ]\.\s?){1,3})?)[.,]?\s+)?"
    r"(?P<works>Полное собрание сочинений|Собрание сочинений|Сочинения|"
    r"(?:Collected|Selected) Works|"
    r"Obras (?:Completas|Escogidas|Escolhidas)|[ŒO]euvres(?: complètes| choisies)?|"
    r"(?:Gesammelte |Ausgewählte )?Werke|Opere(?: complete| scelte)?)[.,]?\s+"
    r"(?:Том|т\.|Volume|Vol\.|Tomo|Tome|t\.|Band|Bd\.)\s*(?P<volume>\d{1,3})\.?$"
)


def collected_volume(text: str) -> tuple[str, str] | None:
    """(the works' title, the volume) of a volume line of collected works (``Ленин В.И.
    Полное собрание сочинений Том 16``: ``Полное собрание сочинений``, ``16``), or None."""
    m = COLLECTED_VOLUME.match(" ".join(text.split()))
    return (m["works"], m["volume"]) if m else None


#: whose collected writings (``Escritos de León Trotsky (1929-1940)``, ``Writings of Leon
#: Trotsky``, ``Œuvres de …``, ``Werke von …``): the author of a text in them
_COLLECTION_OF = re.compile(
    r"^(?:[A-Z]\w+\s+)?(?:Writings|Works|Escritos|Obras|Œuvres|Oeuvres|Werke|Schriften|Opere|"
    r"Scritti)\s+(?:of|de|du|d[’']|von|di|do|da)\s*(?P<name>[^()\d,;:]+?)\s*(?:\(|,|$)"
)


#: a surname and its initials (``Ленин В.И.``, ``Trotsky, L.``)
_SURNAME_INITIALS = re.compile(r"[A-ZÀ-ÝА-ЯЁ][\w'’-]+,?\s(?:[A-ZÀ-ÝА-ЯЁ]\.\s?){1,3}")


def collection_author(text: str) -> str | None:
    """Whose collected writings a collection line names (``Writings of Leon Trotsky``, the
    name before a volume of collected works: ``Ленин В.И. Полное собрание …``), or None."""
    line = " ".join(text.split())
    m = _COLLECTION_OF.match(line)
    if m and is_name_like(m["name"]):
        return m["name"]
    v = COLLECTED_VOLUME.match(line)
    name = (v["name"] or "").strip() if v else ""
    return name if name and (is_name_like(name) or _SURNAME_INITIALS.fullmatch(name)) else None


def collection_line(text: str) -> bool:
    """The collected writings the text belongs to: ``Escritos de León Trotsky (1929-1940)``,
    ``Œuvres – septembre 1929``, ``Scritti sull'Italia``, ``Ленин В.И. Полное собрание
    сочинений Том 7``."""
    if COLLECTION_LINE.match(text) or COLLECTION_ON.match(text) or COLLECTED_VOLUME.match(text):
        return True
    m = COLLECTION_MONTH.match(text)
    return bool(m) and m["month"].casefold() in MONTHS


#: a block longer than this is never front matter (a title, byline, date or author line)
LONGEST_FRONT_LINE = 2_000


def classify_title_line(block: Block) -> str:
    """One of ``date bracket-bibl byline bracket-note participants collection author title
    para``."""
    text = block.text.strip()
    if len(text) > LONGEST_FRONT_LINE:  # titles, bylines, dates are short; this is text
        return "para"
    if re.match(r"[–—―]\s*\S.*\?$", text):  # "– Do you …?": a line of dialogue, no title
        return "para"
    if date_line(text):
        return "date"
    if "\n" not in text and collection_line(text):
        return "collection"
    if participants_line(text):
        return "participants"
    if text.startswith("[") and text.endswith("]") and "]" not in text[1:-1]:
        inner = text[1:-1]
        if bracket_date(text):
            return "bracket-note"  # "[19. November 1932, own translation of …]": about the text
        if re.search(r"\d|\bpp?\.|©", inner):
            return "bracket-bibl"
        if len(inner.split(maxsplit=4)) <= 4:
            return "byline"
        return "bracket-note"
    if byline_names(text):
        return "byline"  # "Por Florencia Reina, Florencia Valdiviezo y Maximiliano Vilca"
    if by := byline_parts(text):
        name = by[0].title() if by[0].isupper() else by[0]
        initials = re.fullmatch(r"(?:[A-ZÀ-Ý]\.\s?){1,3}", name)  # "Av H.": the initial only
        if initials or is_name_like(name.title()) or bylined_name(name):
            return "byline"
        return "title" if by[1] is None else "para"  # ("DATE, by the way": no title)
    if (
        is_name_like(text)
        or (len(block.lines) == 2 and names_joined(" ".join(text.split())))
        or ("\n" not in text and initialled_names(text))
    ):
        return "author"  # (names the page broke over two lines: "Suren Moodliar and Victor")
    if NUMERIC_DATE.fullmatch(text):  # "26/6/07": a date line, dated when it is unambiguous
        return "date"
    if "\n" not in text and (text.endswith(":") or RECORD_FIELD.match(text)):
        if len(text.split()) >= 3 and INTERVIEW.search(text) and is_heading_like(block):
            return "title"  # "Sinbo İşçisi Dilbent Türker ile Röportaj:": the interview's kicker
        return "para"  # a field's label with no value, a lead-in; a record's field
    if is_heading_like(block):
        return "title"
    if "\n" not in text and (split := author_title(text)) and title_and_subtitle(split[1]):
        return "title"  # "Claude Lefort : Double et triple jeu. Réponse à M. Merleau-Ponty"
    return "para"


def author_name(text: str) -> str:
    """An author line's name, on one line and without a closing full stop (``Lew Trocki.``)
    unless the stop ends an initial (``Trotsky, L.``), and without the word that says what
    the name did (``Söyleşi: Bekir Avcı``, ``Text: …``)."""
    name = _DID.sub("", " ".join(text.split()))
    return name[:-1] if re.search(r"\w{2}\.$", name) else name


#: the word before a byline's name that says what the person did, then a colon
_DID = re.compile(
    r"(?i)^(?:söyleşi|interview|entrevista|intervista|entretien|gespräch|wywiad|интервью|"
    r"συνέντευξη|intervju|text|texto|testo|texte|tekst|текст|by|por|par|von|di|av|door|af)"
    r"\s?:\s+(?=\S)"
)
