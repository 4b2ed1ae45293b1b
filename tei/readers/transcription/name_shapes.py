"""Rule: what a personal name looks like — ``Mary Bell``, ``P. Broué``, ``The Editors``, a
byline's name of up to five words, names joined on one line by ``and`` or by initials
(``C. MARX Y F. ENGELS``) — for the front matter's rules (``front.py``) and the others."""

from __future__ import annotations

import re

#: the capitals a name may open with, for a character class: Latin with its accented and
#: Extended-A capitals (``É``, ``Ç``, ``Ö``, ``Ł``, ``Š``, ``Ż``, ``İ``), Cyrillic (with
#: Ukrainian ``І``, ``Ї``, ``Є``, ``Ґ``) and Greek
CAPITALS = (
    "A-ZÀ-ÖØ-Þ"
    + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
    + "А-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ"
)

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


#: a name with another name of the same person in parentheses after it
_ALSO_KNOWN = re.compile(r"(?P<name>[^()]{3,40}?)\s+\((?P<also>[^()]{3,30})\)")


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
    if (m := _ALSO_KNOWN.fullmatch(text.strip())) and is_name_like(m["also"]):
        return is_name_like(m["name"])  # "Pieter Wiedijk (J. Saks)": a name and a pen name
    names = re.split(r"\s+(?:&|and|und|et|y|/)\s+", text.strip())
    initials = re.search(r"\b[^\W\d_]\.", text)
    # ("Class Struggle and American Labor" is no name; "Andoni Baserrigorri / Quim Boix",
    # "Earl Browder, C. Wright Mills & Max Shachtman" are names)
    if len(names) > 1 and ("&" in text or " / " in text or initials):
        names = [n for name in names for n in name.split(", ")]
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


def names_joined(text: str) -> bool:
    """``Suren Moodliar and Victor Wallis``: two or three personal names joined by ``and``."""
    names = re.split(r"\s+(?:&|and|und|et|y|e)\s+", text)
    return 2 <= len(names) <= 3 and all(is_name_like(n) for n in names)


#: a name given by its initials and surname (``K. Marx``, ``Fr. Engels``)
_INITIALLED = re.compile(r"(?:[A-ZÀ-Ý][a-z]?\.\s?){1,3}[A-ZÀ-Ý][\w'’-]+")


def initialled_names(text: str) -> bool:
    """``C. MARX Y F. ENGELS``, ``K. Marx - F. Engels``: two or three names, each by its
    initials and surname, joined on one line (unlike ``Lenin and Trotsky``, never a title)."""
    cased = text.title() if text.isupper() else text
    names = re.split(r"\s+(?:(?i:&|and|und|et|y|e)|[-–])\s+", cased)
    return 2 <= len(names) <= 3 and all(_INITIALLED.fullmatch(n) for n in names)
