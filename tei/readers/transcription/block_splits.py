"""Rules: a block that holds two things the page typed together — a masthead over the title
lines, a masthead's two lines in two blocks, a byline over the text's first lines — is split
(or joined) before the blocks are classified."""

from __future__ import annotations

import re

from tei.readers.transcription import periodical_line
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.bylines import BY_LINE
from tei.readers.transcription.front import classify_title_line

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


#: words a title line cannot end with: the title goes on in the next block
DANGLING = {
    # (not the words that may end one as adverbs: "One Year On", "What We Stand For")
    *"by of with and the a an".split(),
    *"de du des la le les et von mit und der die das del di da y con por para".split(),
    *"по с и в на о об к".split(),
}


def join_broken_titles(blocks: list[Block]) -> None:
    """A title line ending in a word that cannot end one (``In Reply To Questions Put By`` /
    ``A Correspondent Of The Daily Express``), a blank line between its parts: one block."""
    index = 0
    while index < min(TOP_BLOCKS, len(blocks) - 1):
        a, b = blocks[index], blocks[index + 1]
        words = a.first.split()
        if (
            len(a.lines) == 1
            and 2 <= len(words) <= 12
            and words[-1].lower() in DANGLING
            and len(b.lines) <= 2
            and len(b.text.split()) <= 14
            and b.first[:1].isupper()
            and not re.search(r"[.!?;:,]$", b.text.strip())
            and not b.data.get("alone")
        ):
            a.lines.extend(b.lines)
            a.note("a title line ending in a word that cannot end one: the next block goes on")
            del blocks[index + 1]
        index += 1
