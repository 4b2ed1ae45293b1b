"""Wrap the plain-text edition's paragraphs in Python, after ``text.xsl`` has marked them.

``text.xsl`` writes each paragraph as ``OPEN rest U+E002 text CLOSE``, straight into its output
(no result-tree fragment per paragraph): ``OPEN`` is U+E001 (a blank line before it) or U+E004
(tight: none), ``rest`` the indent of its continuation lines, ``text`` its text as rendered
(white space not yet collapsed, line breaks (``lb``) as U+E000), ``CLOSE`` U+E003, or U+E005
for a heading (a rule of ``-`` under it, as long as its text, at most ``width``, at most 96).
:func:`wrap_marked` replaces each such paragraph by its lines, as the stylesheet did: no-break
spaces become spaces and white space is collapsed (XPath ``normalize-space``), a paragraph with
nothing but spaces and line breaks is dropped (its blank line too), each ``lb`` segment starts
a line, lines break at a space or just after CJK/Arabic punctuation (``BREAKERS``), at most
``width`` characters, and a word longer than the line is never split. One pass, linear in the
text (XSLT 1.0 copied the rest of a paragraph for every line it cut; collapsing, testing and
measuring each paragraph in the stylesheet cost more than its wrapping here).
"""

from __future__ import annotations

import functools
import re

LB = "\ue000"
OPEN, MID, CLOSE = "\ue001", "\ue002", "\ue003"
OPEN_TIGHT, CLOSE_HEADING = "\ue004", "\ue005"
MARKERS = OPEN + MID + CLOSE + OPEN_TIGHT + CLOSE_HEADING
NBSP = "\u00a0"
RULE_MAX = 96  # the stylesheet's rule under a heading was at most this long
BREAKERS = "、。，．！？；：」』）,"
BREAK_CHARS = " " + BREAKERS
_INNER = re.compile(
    f"([{OPEN}{OPEN_TIGHT}])([^{MARKERS}]*){MID}([^{MARKERS}]*)([{CLOSE}{CLOSE_HEADING}])"
)
_XML_SPACE = re.compile("[ \t\r\n]+")
# what str.split() also takes for white space, besides XML's and the no-break space (which the
# text edition makes a space): where none occurs, split() collapses as normalize-space does
_OTHER_SPACE = re.compile(
    "[\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


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


def marked_paragraph(
    opener: str, rest: str, text: str, closer: str, width: int, split: bool = False
) -> str:
    """One marked paragraph as it is printed: '' when it has no text, else its blank line
    (unless tight), its lines, and the rule under a heading. ``split``: the text has no white
    space but XML's and no-break spaces (str.split() collapses it, faster than a regex)."""
    if split:
        flat = " ".join(text.split())
    else:
        if NBSP in text:
            text = text.replace(NBSP, " ")
        flat = _XML_SPACE.sub(" ", text).strip(" ")
    if LB in flat:
        if not flat.replace(LB, "").replace(" ", ""):
            return ""
        out = wrap_paragraph(flat, rest, width)
    elif not flat:
        return ""
    elif width <= 0 or len(flat) <= width:  # one line (most paragraphs: verse, turns, headings)
        out = "\n" + flat
    else:
        out = wrap_paragraph(flat, rest, width)
    if opener == OPEN:
        out = "\n" + out
    if closer == CLOSE_HEADING:
        n = len(flat)
        out += "\n" + "-" * min(n if n < width or width <= 0 else width, RULE_MAX)
    return out


def wrap_marked(text: str, width: int) -> str:
    """Replace every marked paragraph of ``text`` by its wrapped lines, innermost first.

    A paragraph inside another one (a note's paragraphs inside the endnote that numbers it) is
    wrapped first; the outer paragraph then collapses those lines into its own text, as the
    stylesheet did when it wrapped each paragraph where it was made."""
    split = _OTHER_SPACE.search(text) is None
    while OPEN in text or OPEN_TIGHT in text:
        done = _INNER.sub(lambda m: marked_paragraph(*m.groups(), width, split), text)
        if done == text:  # unbalanced markers (the input contained U+E001…U+E005)
            return text.translate({ord(c): None for c in MARKERS})
        text = done
    return text
