r"""Interpolations that run across a hard line break (``[the`` / ``strike of 1934]``).

A paragraph's lines are parsed one by one, so a bracket opened on one line and closed on a
later one was kept as two stray brackets. Such lines are parsed as one run instead, joined by
a newline (which no line holds; ``\s`` and ``str.split`` read it as white space, so the
rules see one interpolation); each newline becomes ``<lb/>`` again afterwards, inside the
interpolation where the break fell, so the page's line breaks stay recoverable.
"""

from __future__ import annotations

from lxml import etree

from tei.elements import E, Inline, tag

#: joins the lines of one run
BREAK = "\n"
#: lines a bracket may span (a longer span is a stray bracket, kept as written)
MAX_SPAN = 4
_GAP = tag("gap")


def _opens(line: str) -> bool:
    """The line leaves a ``[`` open at its end."""
    at = line.rfind("[")
    return at >= 0 and line.find("]", at) < 0


def _closes(line: str) -> bool:
    """The line closes a bracket opened above it: a ``]`` before any ``[``."""
    close = line.find("]")
    return close >= 0 and not 0 <= line.find("[") < close


def _closing(lines: list[str], at: int) -> int:
    """The line below ``at`` that closes its open bracket, with no bracket between (0: none)."""
    for j in range(at + 1, min(at + MAX_SPAN, len(lines))):
        if _closes(lines[j]):
            return j
        if "[" in lines[j] or "]" in lines[j]:
            return 0
    return 0


def runs(lines: list[str]) -> list[tuple[int, str]]:
    """``(offset, text)`` of each run of lines to parse together: one line, or the lines
    from one that leaves a bracket open to the one that closes it (and on, while that line
    leaves one open in turn), with none between holding a bracket."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        end = i
        while _opens(lines[end]) and (close := _closing(lines, end)):
            end = close
        out.append((i, BREAK.join(lines[i : end + 1])))
        i = end + 1
    return out


def _split(text: str) -> list[Inline]:
    parts: list[Inline] = []
    for n, piece in enumerate(text.split(BREAK)):
        if n:
            parts.append(E("lb"))
        parts.append(piece)
    return parts


def _break_inside(el: etree._Element) -> None:
    """Turn the marks inside ``el`` (its text and its descendants' text and tails) into
    ``<lb/>``."""
    for node in list(el.iter()):
        if node.text and BREAK in node.text:
            first, *rest = node.text.split(BREAK)
            node.text = first
            for n, piece in enumerate(rest):
                lb = E("lb")
                lb.tail = piece
                node.insert(n, lb)
        if node is not el and node.tail and BREAK in node.tail:
            first, *rest = node.tail.split(BREAK)
            node.tail = first
            at = node
            for piece in rest:
                lb = E("lb")
                lb.tail = piece
                at.addnext(lb)
                at = lb


def with_breaks(items: list[Inline]) -> list[Inline]:
    """``items`` with every join mark turned back into ``<lb/>``."""
    out: list[Inline] = []
    for item in items:
        if isinstance(item, str):
            out.extend(_split(item) if BREAK in item else [item])
        elif item.tag == _GAP:  # a gap's description holds no <lb/>: the break follows it
            breaks = 0
            for node in item.iter():
                breaks += (node.text or "").count(BREAK)
                node.text = node.text and node.text.replace(BREAK, " ")
            out += [item, *(E("lb") for _ in range(breaks))]
        else:
            _break_inside(item)
            out.append(item)
    return out
