"""Blocks: the transcription's lines grouped into paragraphs.

A web transcription puts one paragraph per line, with or without blank lines
between paragraphs. When the page separates paragraphs by blank lines, or when
its text is hard-wrapped (lines of one paragraph separated by single newlines,
often indented: see :func:`is_hard_wrapped`), consecutive non-blank lines form one
block (a title over two lines, a signature, a wrapped paragraph) and a paragraph
ends at a blank or whitespace-only line, or where a line indented deeper than the lines
around it follows a full stop, on a page whose paragraphs open so (:func:`indented_starts`);
otherwise every line is a block. A line
for which ``alone`` is true starts a block of its own; a speaker label standing
alone on its line (``Question:``) starts a block that its text continues. Every
block keeps its lines, so the original line breaks stay recoverable (``<lb/>``).
Nothing is dropped: every non-blank line belongs to exactly one block.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Block:
    """One paragraph-like unit of the transcription."""

    lines: list[str]
    line: int  # 1-based number of the first line
    kind: str = "para"
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The block's text, lines joined by newlines."""
        return "\n".join(self.lines)

    @property
    def first(self) -> str:
        return self.lines[0]

    def note(self, evidence: str) -> None:
        """Record what a rule saw about the block (``tei convert --explain`` prints it)."""
        seen = self.data.setdefault("evidence", [])
        if evidence not in seen:
            seen.append(evidence)

    def split_off(self, lines: list[str], line: int, column: int = 0, evidence: str = "") -> Block:
        """A block cut from this one: its ``lines`` from 1-based source ``line``, the first
        from 0-based ``column``; it keeps whether the page is hard-wrapped."""
        piece = Block(lines, line, data={d: v for d, v in self.data.items() if d == "wrapped"})
        if column:
            piece.data["column"] = column
        if evidence:
            piece.note(evidence)
        return piece

    def cut(self, at: list[tuple[int, int, str]]) -> list[Block]:
        """The block cut before each (0-based line, column, evidence) of ``at``, as new blocks
        (this one is left as it is): the first holds the text before the first cut (none when
        that is empty), each piece after a cut notes its evidence. No word is dropped or
        moved."""
        if not at:
            return [self]
        cuts: dict[int, dict[int, str]] = {}
        for k, column, evidence in at:
            cuts.setdefault(k, {}).setdefault(column, evidence)
        pieces: list[tuple[int, int, str, list[str]]] = [(0, 0, "", [])]
        for k, line in enumerate(self.lines):
            here = cuts.get(k, {})
            bounds = [0, *sorted(here), len(line)]
            for n, (a, b) in enumerate(itertools.pairwise(bounds)):
                if n:
                    pieces.append((k, a, here[a], []))
                if part := line[a:b].rstrip():
                    pieces[-1][3].append(part)
        out = []
        for n, (k, column, evidence, lines) in enumerate(pieces):
            if not lines:
                continue
            if n == 0:
                out.append(Block(lines, self.line, self.kind, dict(self.data)))
            else:
                out.append(self.split_off(lines, self.line + k, column, evidence))
        return out

    @property
    def words(self) -> int:
        """Number of words, counted up to 100 (rules only ask "at most N" for small N)."""
        return len(self.text.split(maxsplit=100)[:100])


def uses_blank_separators(lines: list[str]) -> bool:
    """True when most paragraph breaks in the page are blank lines."""
    non_blank = [i for i, line in enumerate(lines) if line.strip()]
    if len(non_blank) < 2:
        return True
    gaps = sum(1 for a, b in itertools.pairwise(non_blank) if b - a > 1)
    return gaps >= (len(non_blank) - 1) / 2


#: a line that ends a sentence or a clause: the next line may start a paragraph
_CLOSED = re.compile(r"[.!?:;…\"”’»)\]]\s*$")


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when the page's paragraphs run over several lines. Evidence: line ends inside a
    sentence (no closing punctuation, and the next line goes on in lower case or the line
    ends on a hyphen or comma) — three and a quarter of the line pairs, or two and half of
    them; or most lines indented (text flattened from a web page's markup) with at least
    one line end inside a sentence."""
    pairs = inside = 0
    for a, b in itertools.pairwise(lines):
        a, b = a.strip(), b.strip()
        if not a or not b:
            continue
        pairs += 1
        if not _CLOSED.search(a) and (b[:1].islower() or a.endswith(("-", ","))):
            inside += 1
    filled = [line for line in lines if line.strip()]
    indented = sum(1 for line in filled if line.startswith(("   ", "\t")))
    return (
        (inside >= 3 and inside * 4 >= pairs)
        or (inside >= 2 and inside * 2 >= pairs)
        or (inside >= 1 and len(filled) >= 3 and indented * 10 >= len(filled) * 6)
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


#: how many paragraphs a page must open with a first-line indent for the indent to count
MIN_INDENTED_STARTS = 2


def _first_line_indents(lines: list[str]) -> tuple[set[int], int]:
    """(lines that open a paragraph by their indentation alone, how many paragraphs open with
    a first-line indent): a line indented two or more columns deeper than the line below,
    which continues its sentence, after a blank line or the page's start, or after a line
    that ends a sentence and stands two columns or more less deep (only these are cuts)."""
    cuts: set[int] = set()
    seen = 0
    for i in range(len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        above = lines[i - 1] if i else ""
        if not (line.strip() and below.strip()) or _indent(line) < _indent(below) + 2:
            continue
        if _CLOSED.search(line):  # a one-line paragraph (an indented quotation): no wrapping
            continue
        if not above.strip():
            seen += 1
        elif _indent(line) >= _indent(above) + 2 and _CLOSED.search(above):
            seen += 1
            cuts.add(i)
    return cuts, seen


def indented_starts(lines: list[str]) -> set[int]:
    """Lines that open a paragraph by their indentation alone (hard-wrapped text with no
    blank line between paragraphs): indented two or more columns deeper than the line above,
    which ends a sentence, and than the line below, which continues the paragraph. They count
    only when at least :data:`MIN_INDENTED_STARTS` paragraphs of the page open with such a
    first-line indent (after a blank line too), else none."""
    cuts, seen = _first_line_indents(lines)
    return cuts if seen >= MIN_INDENTED_STARTS else set()


#: how many lines must show the page's wrap width (a line broken inside a sentence)
MIN_FULL_LINES = 4
#: the share of the wrap width under which a closed line with room for the next word ends
SHORT_LINE = 0.8
#: the longest line the short-line rule looks at
WRAPPED_MAX = 1000


def short_line_ends(lines: list[str]) -> set[int]:
    """Lines after which a paragraph ends on a hard-wrapped page with no blank line between
    paragraphs (text flattened from a PDF): the line ends a sentence and is short — the next
    line's first word would have fitted on it, well within the page's wrap width (the median
    length of the lines broken inside a sentence, :data:`MIN_FULL_LINES` of them at least).
    Not where most lines are indented: that is a web page's markup flattened, whose line
    breaks are the markup's, not the printed page's.
    A short line that asks (``Come è composta la sua famiglia?``) after a line that ends a
    sentence is a paragraph of its own: the paragraph ends before it too."""
    full = []
    for a, b in itertools.pairwise(lines):
        if len(a) > WRAPPED_MAX or len(b) > WRAPPED_MAX:
            continue  # (a wrapped line is short; a long one is no line of a wrapped page)
        a, b = a.rstrip(), b.strip()
        if a and b and not _CLOSED.search(a) and (b[:1].islower() or a.endswith(("-", ","))):
            full.append(len(a))
    filled = [line for line in lines if line.strip()]
    indented = sum(1 for line in filled if line.startswith((" ", "\t")))
    if len(full) < MIN_FULL_LINES or indented * 2 > len(filled):
        return set()
    width = sorted(full)[len(full) // 2]
    ends = set()
    for i, (a, b) in enumerate(itertools.pairwise(lines)):
        if len(a) > WRAPPED_MAX or len(b) > WRAPPED_MAX:
            continue
        a, b = a.rstrip(), b.strip()
        if a and b and _CLOSED.search(a) and len(a) + 1 + len(b.split()[0]) <= SHORT_LINE * width:
            ends.add(i)
            if a.endswith("?") and i and _CLOSED.search(lines[i - 1]):
                ends.add(i - 1)
    return ends


#: a line longer than this is a paragraph of its own, never a wrapped line
PARAGRAPH_LINE = 160
#: a paragraph opened by a number (``1.``, ``2)``, ``3-``, ``4.-``): its number
NUMBERED = re.compile(r"^\s*(\d{1,2})\s?(?:\.-|[.)]|-|–)\s*[^\W\d_¿¡]|^\s*(\d{1,2})[.)]\s*[¿¡]")
#: an answer's dash opening a line (``- Acredito que a``, ``– Jag …``, a bare ``-``)
_ANSWER_DASH = re.compile(r"\s*(?:[–—―]|-(?=\s|$))")


def dialogue_lines(lines: list[str]) -> set[int]:
    """Lines of a hard-wrapped page that open a turn of a numbered dialogue: the questions
    numbered 1, 2, 3 … in order (``1) Ivan,quais as`` / ``perspectivas … hoje?``) and the dash
    that opens the line after a question mark (``- Acredito que a``), two of each at least."""
    numbered: list[int] = []
    for i, line in enumerate(lines):
        m = NUMBERED.match(line[:16])
        if m and int(m.group(1) or m.group(2)) == len(numbered) + 1:
            numbered.append(i)
    dashes = {
        i + 1
        for i, (a, b) in enumerate(itertools.pairwise(lines))
        if a[-3:].rstrip().endswith("?") and _ANSWER_DASH.match(b[:4])
    }
    return set(numbered) | dashes if len(numbered) >= 2 and len(dashes) >= 2 else set()


def paragraph_lines(lines: list[str]) -> set[int]:
    """Lines that open a paragraph because the line above is one: longer than
    :data:`PARAGRAPH_LINE` characters, ending a sentence, and the line itself long too
    (60 characters or more) and opening with a capital, a quote or a dash — a page of one
    paragraph a line, its paragraphs not parted by blank lines (``     Po roce … štvanic?`` /
    ``     Budou pokračovat …``)."""
    opens = set()
    for i, (a, b) in enumerate(itertools.pairwise(lines)):
        # (ends and starts only: a line may be megabytes long)
        if (
            (len(a) > WRAPPED_MAX or len(a.strip()) > PARAGRAPH_LINE)
            and _CLOSED.search(a[-40:])
            and len(b[:200].strip()) >= 60
            and _OPENS.match(b[:80].lstrip())
        ):
            opens.add(i + 1)
    return opens


#: a line that ends on a word a sentence cannot end on: the next line goes on with it
_GOES_ON = re.compile(
    r"(?i)\b(?:and|or|of|the|a|an|to|in|with|for|by|is|are|was|were|his|her|their|its|our|"
    r"de|la|el|y|und|der|die|das|et|le|les|des)$"
)
#: a word and a colon opening a line (``Money: A Marxist Theory …``): a label only by its shape
_ONE_WORD_LABEL = re.compile(r"[^\W\d_][\w'’-]*\s?:\s")
_OPENS = re.compile(r"[\"“„«‘'–—-]?\s?[^\W\d_]")


def split_blocks(
    lines: list[str],
    keep: list[bool],
    alone: Callable[[str], bool] = lambda _: False,
    opens: Callable[[str, str], int] = lambda _a, _b: 0,
    holds_next: Callable[[str], bool] = lambda _: False,
) -> list[Block]:
    """Group the kept, non-blank lines into blocks (see module docstring).

    ``keep[i]`` is False for lines already claimed by another rule (navigation);
    such a line also ends the current block. A line for which ``alone`` is true
    (a provenance or credit line, a section break) is always a block of its own.
    ``opens(line, next_line)`` is non-zero for a line that starts a block which the
    following lines continue (a speaker label), 2 when the label goes on over the
    next line, which then always joins the block. So does the line after one for which
    ``holds_next`` is true (a header field's label alone on its line, ``Source:``).
    """
    kept_lines = [ln if k else "" for ln, k in zip(lines, keep, strict=True)]
    wrapped = is_hard_wrapped(kept_lines)
    indented = indented_starts(kept_lines)
    blank = uses_blank_separators(kept_lines)
    # paragraphs opened by first-line indents: the lines between them are one paragraph
    grouped = blank or wrapped or bool(indented)
    # (the line after a short closed line opens a paragraph, as an indent does)
    short_ends = set()
    if wrapped and not blank:
        short_ends = {i + 1 for i in short_line_ends(kept_lines)} - indented
    if grouped:
        short_ends |= paragraph_lines(kept_lines) - indented
    dialogue = dialogue_lines(kept_lines) if wrapped else set()
    indented |= short_ends | dialogue
    blocks: list[Block] = []
    current: Block | None = None
    broken_label = joins = False
    for index, (raw, kept) in enumerate(zip(lines, keep, strict=True)):
        text = raw.strip()
        if not kept or not text:
            current, broken_label, joins = None, False, False
            continue
        following = kept_lines[index + 1].strip() if index + 1 < len(lines) else ""
        single = alone(text)
        held = holds_next(text)
        opening = 0 if single or broken_label else opens(text, following)
        if (
            opening == 1
            and wrapped
            and current is not None
            and _GOES_ON.search(current.lines[-1][-12:])  # (the line's last word only)
            and _ONE_WORD_LABEL.match(text)
        ):
            opening = 0  # "… the most recent in English is Power and" / "Money: A Marxist …"
        if broken_label and current is not None:
            current.lines.append(text)
            broken_label = False
        elif current is not None and (
            (joins and not single and not held)  # the value of a label above
            or (
                grouped
                and not single
                and not opening
                and not current.data.get("alone")
                and index not in indented
            )
        ):
            current.lines.append(text)
        else:
            current = Block([text], index + 1)
            if single:
                current.data["alone"] = True
            if wrapped:
                current.data["wrapped"] = True
            if index in dialogue:
                current.note("a numbered question, or the dash of the answer after it")
            elif index in short_ends:
                current.note("after a line that ends a paragraph: short, or a paragraph long")
            elif index in indented:
                current.note(
                    "indented deeper than the lines around it, after a full stop: a new paragraph"
                )
            if opening == 2:
                current.data["label_lines"] = 2
                broken_label = True
            blocks.append(current)
        joins = held and not broken_label
    return blocks
