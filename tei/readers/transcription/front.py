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

_NAME_STOP = {
    "with",
    "of",
    "the",
    "and",
    "for",
    "on",
    "in",
    "at",
    "to",
    "a",
    "an",
    "versus",
    "from",
    "by",
    "how",
    "why",
    "what",
    "is",
    "are",
    "der",
    "die",
    "das",
    "und",
    "le",
    "la",
    "les",
    "et",
    "el",
    "los",
    "y",
    "mein",
    "meine",
    "my",
    "our",
    "unser",
    "dear",
    "editor",
    "editors",
    # the nouns of a title, never of a name ("Readers’ Notes", "Two Letters")
    "notes",
    "note",
    "review",
    "reviews",
    "letter",
    "letters",
    "reply",
    "report",
    "interview",
    "transcript",
    "history",
    "oral",
    "archive",
    "archives",
    "collection",
    "project",
    "speech",
    "questions",
    "answers",
    "resolution",
    "statement",
    "introduction",
    "preface",
    # the parts of a work or a proceeding ("First Session", "Part Two")
    "session",
    "sitting",
    "hearing",
    "part",
    "chapter",
    "section",
    "appendix",
    "sitzung",
    "sesión",
    "séance",
    # the same nouns in the family's languages ("Письмо В. И. Невскому" is no name)
    "письмо",
    "статья",
    "речь",
    "интервью",
    "беседа",
    "brief",
    "rede",
    "carta",
    "discurso",
    "lettre",
    "discours",
    "lettera",
    "discorso",
    "entrevista",
    "entretien",
    "intervista",
    "gespräch",
}
#: words with these endings name things, not people (``Socialism Reaffirmed``)
_NOT_NAME_ENDING = re.compile(
    r"(?i)(?:ism|isms|ismus|ismo|isme|ed|tion|tions|ung|ity|ies|ment|ness|ship|ique|ics)$"
)
_PARTICLES = {"de", "di", "da", "du", "del", "della", "van", "von", "der", "la", "le", "ben", "al"}
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


#: ``By LEON TROTSKY``, ``Realizada por Ana Souza`` (an interview's): a byline
def bylined_name(text: str) -> bool:
    """A name after ``By``/``Por``/``Par``/``Von`` of up to five words, each capitalised
    (particles aside): ``Eduardo Abusada Franco``, ``Brais Fernández y Xaquín Pastoriza`` — the
    byline's word says it is a name, so three words need no initial."""
    names = re.split(r"\s+(?i:&|and|und|et|y|e)\s+", text.strip())
    return len(names) <= 3 and all(
        2 <= len(words := [w for w in n.split() if w not in _PARTICLES]) <= 5
        and all(re.fullmatch(r"[A-ZÀ-ÝА-ЯЁ][\w'’.-]*", w) for w in words)
        and not any(w.casefold() in _NAME_STOP for w in words)
        for n in names
    )


#: a date after a title's full stop (the MIA's ``Speech at … Marx. May 1, 1920``)
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


def is_heading_like(block: Block) -> bool:
    """Short, with no closing full stop: a title, subtitle, name or section heading."""
    text = block.text.strip()
    if len(text) > 140:  # (first: the search below is slow on a long paragraph)
        return False
    if (dated := _DATE_AFTER.search(text)) and parse_date(dated["date"]):
        text = text[: dated.start()]  # "Speech at the … to Karl Marx. May 1, 1920": its date
    if SENTENCE_INSIDE.search(text):  # a sentence ends inside: prose, not a title
        return False
    return (
        block.words <= 14
        and len(text) <= 140
        and not re.search(r"[.!?;,]$", text.replace("\n", " "))
        and not text.lstrip("([“‘\"'")[:1].islower()  # "(interviewed by …)" is no heading
    ) or bool(re.fullmatch(r"[^.!?]{1,100}\?", text) and block.words <= 14)


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


def is_name_like(text: str) -> bool:
    """A personal name (``Mary Bell``, ``P. Broué``) or ``The Editors``."""
    if text.strip().casefold() in {
        "the editors",
        "editors",
        "editorial board",
        "the editorial board",
    }:
        return True
    if len(text) > 80 or "\n" in text or text.rstrip().endswith((":", ",")):
        return False
    names = re.split(r"\s+(?:&|and|und|et|y)\s+", text.strip())
    initials = re.search(r"\b[^\W\d_]\.", text)
    if len(names) > 1 and ("&" in text or initials):  # "Class Struggle and American Labor"
        return len(names) <= 4 and all(is_name_like(n) for n in names)
    words = [w for w in text.split() if w not in _PARTICLES]
    if not 2 <= len(words) <= 4 or len(text) > 40:
        return False
    if len(words) > 2 and not any(re.fullmatch(r"[^\W\d_]\.", w) for w in words):
        return False
    for word in words:
        if word.casefold() in _NAME_STOP or _NOT_NAME_ENDING.search(word):
            return False
        if word.endswith(("’", "'")):  # a possessive plural ("Readers’"), not a name
            return False
        if not (
            word[0].isupper()
            and (
                word[1:].islower()
                or re.fullmatch(r"(?:[^\W\d_]\.){1,4}", word)  # "P.", "C.L.R."
                or re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:[-’'][A-Z]?[a-zà-ÿ]+)*", word)
            )
        ):
            return False
    return True


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


def collection_line(text: str) -> bool:
    """The collected writings the text belongs to: ``Escritos de León Trotsky (1929-1940)``,
    ``Œuvres – septembre 1929``, ``Scritti sull'Italia``."""
    if COLLECTION_LINE.match(text) or COLLECTION_ON.match(text):
        return True
    m = COLLECTION_MONTH.match(text)
    return bool(m) and m["month"].casefold() in MONTHS


#: a block longer than this is never front matter (a title, byline, date or author line)
LONGEST_FRONT_LINE = 2_000


def _names_joined(text: str) -> bool:
    """``Suren Moodliar and Victor Wallis``: two or three personal names joined by ``and``."""
    names = re.split(r"\s+(?:&|and|und|et|y|e)\s+", text)
    return 2 <= len(names) <= 3 and all(is_name_like(n) for n in names)


#: a name given by its initials and surname (``K. Marx``, ``Fr. Engels``)
_INITIALLED = re.compile(r"(?:[A-ZÀ-Ý][a-z]?\.\s?){1,3}[A-ZÀ-Ý][\w'’-]+")


def _initialled_names(text: str) -> bool:
    """``C. MARX Y F. ENGELS``, ``K. Marx - F. Engels``: two or three names, each by its
    initials and surname, joined on one line (unlike ``Lenin and Trotsky``, never a title)."""
    cased = text.title() if text.isupper() else text
    names = re.split(r"\s+(?:(?i:&|and|und|et|y|e)|[-–])\s+", cased)
    return 2 <= len(names) <= 3 and all(_INITIALLED.fullmatch(n) for n in names)


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
        or (len(block.lines) == 2 and _names_joined(" ".join(text.split())))
        or ("\n" not in text and _initialled_names(text))
    ):
        return "author"  # (names the page broke over two lines: "Suren Moodliar and Victor")
    if NUMERIC_DATE.fullmatch(text):  # "26/6/07": a date line, dated when it is unambiguous
        return "date"
    if "\n" not in text and text.endswith(":"):  # a field's label with no value, a lead-in
        return "para"
    if is_heading_like(block):
        return "title"
    if "\n" not in text and (split := author_title(text)) and title_and_subtitle(split[1]):
        return "title"  # "Claude Lefort : Double et triple jeu. Réponse à M. Merleau-Ponty"
    return "para"


def author_name(text: str) -> str:
    """An author line's name, on one line and without a closing full stop (``Lew Trocki.``)
    unless the stop ends an initial (``Trotsky, L.``)."""
    name = " ".join(text.split())
    return name[:-1] if re.search(r"\w{2}\.$", name) else name
