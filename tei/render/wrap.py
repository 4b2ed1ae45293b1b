"""Wrap the plain-text edition's paragraphs in Python, after ``text.xsl`` has marked them.

``text.xsl``'s ``wrap-para`` writes each paragraph as ``U+E001 rest U+E002 text U+E003``: the
indent of its continuation lines, then its text with white space already collapsed and line
breaks (``lb``) as ``U+E000``. :func:`wrap_marked` replaces each such paragraph by its lines, as
the stylesheet's former recursive templates did: each ``lb`` segment starts a line, lines break at
a space or just after CJK/Arabic punctuation (``BREAKERS``), at most ``width`` characters, and a
word longer than the line is never split. One pass, linear in the text (XSLT 1.0 copied the rest
of a paragraph for every line it cut).
"""

from __future__ import annotations

import functools
import re

LB = "\ue000"
OPEN, MID, CLOSE = "\ue001", "\ue002", "\ue003"
BREAKERS = "、。，．！？；：」』）,"
BREAK_CHARS = " " + BREAKERS
_INNER = re.compile(f"{OPEN}([^{OPEN}{MID}{CLOSE}]*){MID}([^{OPEN}{MID}{CLOSE}]*){CLOSE}")
_XML_SPACE = re.compile("[ \t\r\n]+")


def normalize_space(text: str) -> str:
    """XPath ``normalize-space``: collapse and trim XML white space only."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        return _XML_SPACE.sub(" ", text).strip(" \t\r\n")
    return text.strip(" ")  # the stylesheet has collapsed it already


@functools.cache
def _window(room: int) -> re.Pattern[str]:
    """Up to ``room`` characters then a break: matched at a position, it ends just after the
    last break opportunity of the next ``room + 1`` characters (greedy, so the last one)."""
    return re.compile(f".{{0,{room}}}[{re.escape(BREAK_CHARS)}]", re.S)


_ANY_BREAK = re.compile(f"[{re.escape(BREAK_CHARS)}]")


def _wrap_line(text: str, prefix: str, rest: str, width: int, out: list[str]) -> None:
    """Cut one normalized segment into lines; a position moves along it (nothing is copied
    but the lines themselves)."""
    pos, end_of_text = 0, len(text)
    while True:
        room = width - len(prefix)
        out.append("\n" + prefix)
        if width <= 0 or end_of_text - pos <= room:
            out.append(text[pos:])
            return
        found = _window(room).match(text, pos) if room >= 0 else None
        if found is None:  # no break in reach: run on to the first break (never split a word)
            found = _ANY_BREAK.search(text, pos)
        if found is None:
            out.append(text[pos:])
            return
        cut = found.end() - 1
        out.append(text[pos : cut + (text[cut] != " ")])
        pos = cut + 1
        while pos < end_of_text and text[pos] in " \t\r\n":
            pos += 1
        if pos >= end_of_text:
            return
        prefix = rest


def wrap_paragraph(text: str, rest: str, width: int) -> str:
    """The lines of one marked paragraph (each starting with a newline)."""
    out: list[str] = []
    first = True
    for raw in text.split(LB):
        seg = normalize_space(raw)
        if seg or not first:
            _wrap_line(seg, "" if first else rest, rest, width, out)
        first = first and not seg
    return "".join(out)


def wrap_marked(text: str, width: int) -> str:
    """Replace every marked paragraph of ``text`` by its wrapped lines, innermost first.

    A paragraph inside another one (a note's paragraphs inside the endnote that numbers it) is
    wrapped first; the outer paragraph then collapses those lines into its own text, as the
    stylesheet did when it wrapped each paragraph where it was made."""
    while OPEN in text:
        done = _INNER.sub(lambda m: wrap_paragraph(m.group(2), m.group(1), width), text)
        if done == text:  # unbalanced markers (the input contained U+E001…U+E003)
            return text.translate({ord(OPEN): None, ord(MID): None, ord(CLOSE): None})
        text = done
    return text
