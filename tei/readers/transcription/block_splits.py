"""Rules: a block that holds two things the page typed together — a masthead over the title
lines, a masthead's two lines in two blocks, a byline over the text's first lines — is split
(or joined) before the blocks are classified."""

from __future__ import annotations

from collections.abc import Callable

from tei.readers.transcription import periodical_line
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.front import BY_LINE, classify_title_line

#: how many blocks at the top are looked at
TOP_BLOCKS = 4


def split_mastheads(blocks: list[Block]) -> None:
    """A masthead (two lines) heading a longer block of the front (the title lines typed
    right under it) is a block of its own: split it off, in place; a masthead whose two
    lines stand in two blocks (a page without blank lines) is joined into one."""
    for index in range(min(TOP_BLOCKS, len(blocks) - 1)):
        a, b = blocks[index], blocks[index + 1]
        if not a.lines or not b.lines:
            continue
        pair = f"{a.first}\n{b.first}"
        if len(a.lines) == 1 and b.line == a.line + 1 and periodical_line.match_masthead(pair):
            a.lines.append(b.lines.pop(0))
            b.line += 1
            a.note("a masthead over two lines: one block")
    blocks[:] = [b for b in blocks if b.lines]
    for index, block in enumerate(blocks[:TOP_BLOCKS]):
        if len(block.lines) > 2 and periodical_line.match_masthead("\n".join(block.lines[:2])):
            rest = Block(block.lines[2:], block.line + 2, data=dict(block.data))
            block.lines = block.lines[:2]
            block.note("a masthead (journal, volume, issue, date) heading the block: split off")
            blocks.insert(index + 1, rest)
    for index, block in enumerate(blocks[:TOP_BLOCKS]):
        if (
            len(block.lines) > 1
            and classify_title_line(Block(block.lines[:1], block.line)) == ("byline")
            and BY_LINE.match(block.lines[0].strip())
        ):
            # "BY MARTÍN KOPPEL" / "OBERLIN, Ohio—Coming out …": the text typed under its byline
            rest = Block(block.lines[1:], block.line + 1, data=dict(block.data))
            block.lines = block.lines[:1]
            block.note("a byline heading the block: split off")
            blocks.insert(index + 1, rest)


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
            and len(head.lines) == 1
            and end < len(blocks)
            and blocks[end].line == last
            and is_field(blocks[end].first)
            and len(lines) <= WRAPPED_FIELD_LINES
            and all(len(line) <= WRAPPED_FIELD_CHARS for line in lines)
        ):
            head.lines.extend(lines)
            head.data["value_below"] = True
            head.note("a field's value wrapped onto the short lines below it, up to the next field")
            del blocks[index + 1 : end]
        index += 1
