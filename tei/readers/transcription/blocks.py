"""Blocks: the transcription's lines grouped into paragraphs.

A web transcription puts one paragraph per line, with or without blank lines
between paragraphs. When the page separates paragraphs by blank lines,
consecutive non-blank lines form one block (a title over two lines, a
signature); otherwise every line is a block. Nothing is dropped: every
non-blank line belongs to exactly one block.
"""

from __future__ import annotations

import itertools
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


def split_blocks(
    lines: list[str], keep: list[bool], alone: Callable[[str], bool] = lambda _: False
) -> list[Block]:
    """Group the kept, non-blank lines into blocks (see module docstring).

    ``keep[i]`` is False for lines already claimed by another rule (navigation);
    such a line also ends the current block. A line for which ``alone`` is true
    (a provenance or credit line, a section break) is always a block of its own.
    """
    grouped = uses_blank_separators([ln if k else "" for ln, k in zip(lines, keep, strict=True)])
    blocks: list[Block] = []
    current: Block | None = None
    for index, (raw, kept) in enumerate(zip(lines, keep, strict=True)):
        text = raw.strip()
        if not kept or not text:
            current = None
            continue
        single = alone(text)
        if current is not None and grouped and not single and not current.data.get("alone"):
            current.lines.append(text)
        else:
            current = Block([text], index + 1)
            if single:
                current.data["alone"] = True
            blocks.append(current)
    return blocks
