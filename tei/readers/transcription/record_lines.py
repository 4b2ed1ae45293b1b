"""Rule: an archive's catalogue record run on one line (an oral history's page: ``Title:
Interview with Randell Hines Identifier: 1997oh035 Date: 12 Dec 1996 Interviewer: Jerrell
Reynolds Project: Blue Diamond …``).

Accepted syntax: a line that opens with a record's field name and a colon and holds two more
of them, each after a space (``Identifier:``, ``Date:``, ``Interviewer:``, ``Narrator:``,
``Project:``, ``Subject:`` …). The line is cut before each field, each field a block of its own
(its column kept), which the header's rules then read as any field alone on its line (``Date:``
dates the text, ``Interviewer: NAME`` names who asks). No word is dropped or moved.
"""

from __future__ import annotations

import itertools
import re

from tei.readers.transcription.blocks import Block

_FIELDS = (
    r"Title|Identifier|Date|Interviewer|Interviewee|Narrator|Project|Location|Place|Subject|"
    r"Duration|Creator|Contributor|Collection|Format|Language|Rights|Description"
)
_OPENS = re.compile(rf"(?i:{_FIELDS}):\s")
_INSIDE = re.compile(rf"(?<=\s)(?i:{_FIELDS}):\s")
#: the fewest fields after the first that make a line a record
MIN_MORE = 2
#: how far down the page a record may stand
TOP_BLOCKS = 8


def is_record_line(line: str) -> bool:
    """A catalogue record run on one line (see module docstring): never navigation."""
    return bool(_OPENS.match(line)) and len(_INSIDE.findall(line[:2000])) >= MIN_MORE


def split_record_lines(blocks: list[Block]) -> None:
    """Cut the run-on record lines at the top of the page into one block per field (in place)."""
    index = 0
    while index < min(len(blocks), TOP_BLOCKS):
        block = blocks[index]
        line = block.first
        cuts = [m.start() for m in _INSIDE.finditer(line[:2000])] if _OPENS.match(line) else []
        if len(block.lines) != 1 or len(cuts) < MIN_MORE:
            index += 1
            continue
        bounds = [0, *cuts, len(line)]
        pieces = []
        for a, b in itertools.pairwise(bounds):
            evidence = "a field of a catalogue record run on one line: cut before each field"
            pieces.append(block.split_off([line[a:b].rstrip()], block.line, a, evidence))
        blocks[index : index + 1] = pieces
        index += len(pieces)
