"""Rules: the title block and front matter.

Accepted syntax (before the text proper): the periodical/issue line; a date line
(``(10 April 1950)``, ``August 12, 1938``); a bracketed byline (``[The Editors]``) or source
citation (``[Writings of Leon Trotsky 1937-1938, …, p. 414-416]``); an author line (a personal
name such as ``Mary Bell``, or ``The Editors``); heading-like lines (short, no closing full
stop) that are the title and subtitle. Where the front matter ends is decided in
``structure.py``.
"""

from __future__ import annotations

import re

from tei.dates import parse_date
from tei.readers.transcription.blocks import Block

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
}
_SENTENCE_INSIDE = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bvs)(?<!\bNo)(?<!\bVol)"
    r"(?<=[^\W\d_]{2})[.!?]\s+\S"
)
_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,6})[.)]\s+\S")


def is_heading_like(block: Block) -> bool:
    """Short, with no closing full stop: a title, subtitle, name or section heading."""
    text = block.text.strip()
    if len(text) > 140:  # (first: the search below is slow on a long paragraph)
        return False
    if _SENTENCE_INSIDE.search(text):  # a sentence ends inside: prose, not a title
        return False
    return (
        block.words <= 14
        and len(text) <= 140
        and not re.search(r"[.!?;,]$", text.replace("\n", " "))
        and not text[:1].islower()
    ) or bool(re.fullmatch(r"[^.!?]{1,100}\?", text) and block.words <= 14)


def is_numbered_heading(block: Block) -> bool:
    """``1. The Founding of the Fourth International``: a section heading, not a title."""
    return bool(_NUMBERED_HEADING.match(block.text)) and is_heading_like(block)


def is_name_like(text: str) -> bool:
    """A personal name (``Mary Bell``, ``P. Broué``) or ``The Editors``."""
    if text.strip().casefold() in {
        "the editors",
        "editors",
        "editorial board",
        "the editorial board",
    }:
        return True
    if len(text) > 40 or "\n" in text:
        return False
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    if len(words) > 2 and not any(re.fullmatch(r"[A-Z]\.", w) for w in words):
        return False
    for word in words:
        if word.casefold() in _NAME_STOP:
            return False
        if not (
            word[0].isupper()
            and (
                word[1:].islower()
                or re.fullmatch(r"[A-Z]\.", word)
                or re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:[-’'][A-Z]?[a-zà-ÿ]+)*", word)
            )
        ):
            return False
    return True


def classify_title_line(block: Block) -> str:
    """One of ``date bracket-bibl byline bracket-note author title para``."""
    text = block.text.strip()
    if parse_date(text):
        return "date"
    if text.startswith("[") and text.endswith("]") and "]" not in text[1:-1]:
        inner = text[1:-1]
        if re.search(r"\d|\bpp?\.|©", inner):
            return "bracket-bibl"
        if len(inner.split(maxsplit=4)) <= 4:
            return "byline"
        return "bracket-note"
    if is_name_like(text):
        return "author"
    if is_heading_like(block):
        return "title"
    return "para"
