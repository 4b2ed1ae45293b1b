"""Rules: the header block's field lines the line rules alone cannot read — a field's value
wrapped onto the short lines below it, and a ``Name: value`` line of a field the rules do not
know, between two fields they do."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from tei.readers.transcription.blocks import Block

#: a line that is a field of its own, known or not (``Enviado: Diego Grossi Pacheco``)
FIELD_SHAPE = re.compile(r"^[^\s:]+(?: [^\s:]+){0,3}\s?:\s")
#: the longest line, and the most lines, of a field's value wrapped below its line
WRAPPED_FIELD_CHARS = 70
WRAPPED_FIELD_LINES = 3


def join_wrapped_fields(blocks: list[Block], is_field: Callable[[str], bool]) -> None:
    """A header field's value wrapped onto the lines below it (``HTML: Maarten`` /
    ``Vanheuverswyn, voor het Marxists Internet Archive, januari`` / ``2006`` / ``Deze versie:
    …``): short lines typed between two field lines, with no blank line, belong to the first
    field; they are joined to its block, in place."""
    index = 0
    while index < len(blocks) - 2:
        head, run, end = blocks[index], [], index + 1
        last = head.line + len(head.lines)
        if not head.data.get("alone") or len(head.lines) != 1 or blocks[end].line != last:
            index += 1  # (a field line stands alone; a blank line below it ends its value)
            continue
        while (
            end < len(blocks)
            and end - index <= WRAPPED_FIELD_LINES
            and blocks[end].line == last
            and not is_field(blocks[end].first)
        ):
            run.append(blocks[end])
            last += len(blocks[end].lines)
            end += 1
        lines = [line for b in run for line in b.lines]
        if (
            run
            and is_field(head.first)
            and end < len(blocks)
            and blocks[end].line == last
            and is_field(blocks[end].first)
            and len(lines) <= WRAPPED_FIELD_LINES
            and all(
                len(line) <= WRAPPED_FIELD_CHARS and not FIELD_SHAPE.match(line) for line in lines
            )
        ):
            head.lines.extend(lines)
            head.data["value_below"] = True
            head.note("a field's value wrapped onto the short lines below it, up to the next field")
            del blocks[index + 1 : end]
        index += 1


#: the kinds of the header block's lines
_HEADER_KINDS = {"info", "credit", "provenance", "updated"}


def mark_unknown_fields(blocks: list[Block]) -> None:
    """A ``Name: value`` line typed between two fields of the header block, with no blank
    line (``Enviado: Diego Grossi Pacheco``), is a field too: an information field."""
    for (before, block), after in zip(pairwise(blocks), blocks[2:], strict=False):
        if (
            block.kind == "para"
            and len(block.lines) == 1
            and FIELD_SHAPE.match(block.first)
            and before.kind in _HEADER_KINDS
            and after.kind in _HEADER_KINDS
            and before.line + len(before.lines) == block.line == after.line - 1
        ):
            name, value = block.first.split(":", 1)
            block.kind, block.data["info"] = "info", (name.strip(), value.strip())
            block.note("a 'Name: value' line between two fields of the header block: a field")
