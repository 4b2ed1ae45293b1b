"""Rule: numbered footnotes.

Markers: ``[1]`` anywhere in the text, or a digit glued to a word (``Revolution.1``)
when such digits run in sequence 1, 2, 3 … through the page (so ``Vol.26`` is not a
marker). Notes section: a ``Notes``/``Footnotes``/``Endnotes``/``Anmerkungen``/``Notas``
heading after the text, then entries starting ``1.``, ``[1]``, ``1)`` or ``1 ``. Each
marker becomes ``ref type="noteref"`` pointing at ``note type="footnote"`` in the back
(and the note points back); the marker's text is kept as written.
"""

from __future__ import annotations

import re

from lxml import etree

from tei.elements import E, Inline
from tei.readers.transcription.context import Context

NOTES_HEADING = re.compile(
    r"^(?:Notes?|Footnotes?|Endnotes?|Anmerkungen|Fußnoten|Notas|Références"
    r"|Notes? and references)"
    r"\s*:?$",
    re.I,
)
ENTRY = re.compile(
    r"^(?P<label>\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.)]|(?P<c>\d{1,3})(?=\s))\s*(?P<rest>.*)$", re.S
)
GLUED = re.compile(r"(?<=[^\W\d_][.,;:!?”’\"')]|[a-z]{2})(?P<n>\d{1,3})(?=[\s,;:.]|$)")
_DIGIT = re.compile(r"\d")  # GLUED tries its look-behind at every position: skip digitless text


def entry_number(text: str) -> tuple[str, str, str] | None:
    """(number, label as written, rest) for a notes-section entry, or None."""
    m = ENTRY.match(text)
    if not m:
        return None
    return (m["a"] or m["b"] or m["c"]), m["label"], m["rest"]


def find_glued_markers(lines: list[tuple[int, str]]) -> set[tuple[int, int]]:
    """Positions (line, 0-based column) of glued digits that run 1, 2, 3 … in order."""
    accepted: set[tuple[int, int]] = set()
    expected = 1
    for number, text in lines:
        if not _DIGIT.search(text):
            continue
        for m in GLUED.finditer(text):
            if int(m["n"]) == expected:
                accepted.add((number, m.start("n")))
                expected += 1
    return accepted if expected > 2 else set()


def split_glued_markers(text: str, line: int, offset: int, ctx: Context) -> list[Inline]:
    """Split plain text at accepted glued markers, encoding each as a note reference."""
    if not ctx.glued_markers or not text:
        return [text] if text else []
    items: list[Inline] = []
    pos = 0
    for m in GLUED.finditer(text):
        if (line, offset + m.start("n")) in ctx.glued_markers:
            items.append(text[pos : m.start("n")])
            items.append(marker_ref(m["n"], m["n"], line, ctx))
            pos = m.end("n")
    items.append(text[pos:])
    return [i for i in items if not isinstance(i, str) or i]


def marker_ref(number: str, written: str, line: int, ctx: Context) -> etree._Element:
    """``<ref type="noteref">`` for a marker; it points at its note when the page has one."""
    ctx.counters[f"noteref:{number}"] += 1
    seen = ctx.counters[f"noteref:{number}"]
    key = number.replace("*", "s")  # "1*", a transcriber's note: an id of name characters
    ref_id = f"noteref-{key}" if seen == 1 else f"noteref-{key}-{seen}"
    if number in ctx.note_numbers:
        return E("ref", written, type_="noteref", xml_id=ref_id, target=f"#note-{number}", n=number)
    ctx.warn(
        "footnote-missing",
        f"footnote marker {written} has no note in a notes section (page cut short?)",
        line,
        severity="info",
    )
    return E("ref", written, type_="noteref", xml_id=ref_id, n=number)
