"""Rules: a block that holds two things the page typed together — a masthead over the title
lines, a masthead's two lines in two blocks, a byline over the text's first lines, a date line
over another line of the front, a line of names over a subtitle, the page's heading repeated
over the text — is split (or joined) before the blocks are classified."""

from __future__ import annotations

import re

from tei.dates import parse_date
from tei.readers.transcription import periodical_line
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.bylines import BY_LINE
from tei.readers.transcription.front import classify_title_line
from tei.readers.transcription.name_shapes import is_name_like

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
            _split_off(blocks, index, 2, "a masthead (journal, volume, issue, date)")
    for index, block in enumerate(blocks[:TOP_BLOCKS]):
        if (
            len(block.lines) > 1
            and classify_title_line(Block(block.lines[:1], block.line)) == ("byline")
            and BY_LINE.match(block.lines[0].strip())
        ):
            # "BY MARTÍN KOPPEL" / "OBERLIN, Ohio—Coming out …": the text typed under its byline
            _split_off(blocks, index, 1, "a byline")
        elif (
            index
            and len(block.lines) > 1
            and len(block.lines[0]) <= 40
            and parse_date(block.lines[0].strip())
            and not parse_date(block.lines[1].strip())
        ):
            # "May 11, 1994" / "Interview with Subcomandante Marcos, …": a date line above
            _split_off(blocks, index, 1, "a date line")
        elif (
            index
            and len(block.lines) > 1
            and len(block.lines[1]) > 60
            and is_name_like(block.lines[0].strip())
        ):
            # "Andoni Baserrigorri / Quim Boix" / "Conversación con Quim Boix, dirigente …"
            _split_off(blocks, index, 1, "a line of names")


def split_repeated_title(blocks: list[Block], removed: set[str]) -> None:
    """A short line heading a block of the top that repeats a line removed above it as chrome
    (the browser's title, then the page's heading over the text typed under it: ``perché io
    sono una ragazza`` / ``Franco Soldà`` / …) is the title: split it off, in place."""
    for index, block in enumerate(blocks[:TOP_BLOCKS]):
        first = block.first.strip()
        if first in removed and len(first.split()) <= 20:
            if len(block.lines) > 1:
                _split_off(blocks, index, 1, "the page's heading, repeating a line above it,")
            else:
                block.note("repeats a line removed above it (the browser's title)")
            block.data["repeated_title"] = True
            return


def _split_off(blocks: list[Block], index: int, keep: int, what: str) -> None:
    """The block at ``index`` keeps its first ``keep`` lines; the rest is a block of its own."""
    block = blocks[index]
    rest = Block(block.lines[keep:], block.line + keep, data=dict(block.data))
    block.lines = block.lines[:keep]
    block.note(f"{what} heading the block: split off")
    blocks.insert(index + 1, rest)


#: words a title line cannot end with: the title goes on in the next block
DANGLING = {
    # (not the words that may end one as adverbs: "One Year On", "What We Stand For")
    *"by of with and the a an".split(),
    *"de du des la le les et von mit und der die das del di da y con por para sobre".split(),
    *"sur über sul sulla su em".split(),
    *"по с и в на о об к".split(),
}


#: words a title line's continuation opens with (``… Young People`` / ``Of Kijamovniki …``)
#: the words a title's continuation in lower case opens with (never a byline's, ``by``, ``a
#: cura di``, nor a dateline's or a widget's: ``dans Paris-Midi``, ``compartilhe``)
_GOES_ON_LOWER = {"about", "of", "and", "on", "for", "in", "with", "against"}
#: (never ``By``, ``Von``, ``Di``, ``De``: a byline's words)
_GOES_ON = {"of", "and", "du", "des", "et", "und", "del", "y"}


#: the longest title part the join looks at
MAX_TITLE_CHARS = 300


def join_broken_titles(blocks: list[Block]) -> None:
    """A title line ending in a word that cannot end one (``In Reply To Questions Put By`` /
    ``A Correspondent Of The Daily Express``), or followed by a line opening with one that
    goes on (``… Young People`` / ``Of Kijamovniki District, …``), a blank line between its
    parts: one block."""
    index = 0
    while index < min(TOP_BLOCKS, len(blocks) - 1):
        a, b = blocks[index], blocks[index + 1]
        if len(a.text) > MAX_TITLE_CHARS or len(b.text) > MAX_TITLE_CHARS:
            index += 1  # (a title is short: never split a paragraph into its words)
            continue
        words = a.lines[-1].split()
        opening = b.first.split()[0].lower() if b.first.split() else ""
        if (
            len(a.lines) <= 3
            and 2 <= len(words) <= 12
            and len(a.text.split()) <= 30
            and (
                words[-1].lower() in DANGLING
                # "(Entrevista a … sobre" / "«Nuestro Marx …»)": a bracket left open above
                or (a.text.count("(") > a.text.count(")") and b.text.rstrip().endswith(")"))
                or opening in _GOES_ON
                # "Frequently Asked Questions" / "about the": a title going on in lower case
                or (b.first[:1].islower() and opening in _GOES_ON_LOWER)
            )
            and not re.search(r"[.!?;:]$", a.text.strip())
            and len(b.lines) <= 2
            and len(b.text.split()) <= 14
            # (the part below may open with a quotation mark: ``sobre`` / ``«Nuestro Marx …»)``)
            and b.first.lstrip("«“\"‘„")[:1].isalpha()
            and not re.search(r"[.!?;:,]$", b.text.strip())
            and not b.data.get("alone")
        ):
            a.lines.extend(b.lines)
            a.data["joined_title"] = True
            a.note("a title line ending in a word that cannot end one, or the next opening with")
            del blocks[index + 1]
            continue  # (the joined title may go on in the block after)
        index += 1
