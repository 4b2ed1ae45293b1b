"""Rule: a periodical's masthead laid out over separate blocks.

A newspaper page often opens with the paper's name on a line of its own, perhaps its motto
below it, and then the issue line with no name in it::

    The Militant

    Published weekly in the interests of the working people

    Vol. 41 No. 20, May 27, 1977, p. 14.

The issue line (``Vol. N No. N, date``, perhaps pages) is read as the masthead of the name
standing one or two blocks above it, at the top of the page (a short line of capitalised words,
no digits, no final punctuation); what stands between them is the masthead's motto. All of
them become ``periodical`` blocks (``docImprint`` in the front), the issue line's citation
the printed source.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tei.readers.transcription import provenance
from tei.readers.transcription.blocks import Block

_ISSUE_ONLY = re.compile(
    r"^Vol(?:ume)?\.?\s*(?P<v>[IVXLC]+|\d+)\s*[,/]?\s*(?:No|Nr|Issue)\.?\s*(?P<n>\d+)\s*,\s*"
    r"(?P<rest>.{4,60}?)\.?$",
    re.I,
)
_NAME = re.compile(r"^(?:[A-ZÀ-ÝА-Я][\w’'-]*|the|of|and|de|la|el|der|die)(?:\s+\S+){0,4}$")
#: the name stands at the top of the page: among its first blocks
TOP_BLOCKS = 4
#: blocks between the name and the issue line (the motto)
BETWEEN = 1


def _journal_name(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind == "para"
        and len(block.lines) == 1
        and bool(_NAME.match(text))
        and not re.search(r"[\d.:;,!?]$|\d", text)
        and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in text.split())
    )


def split_masthead(blocks: list[Block]) -> None:
    """Mark the blocks of a masthead laid out over blocks (see module docstring), in place."""
    for index, block in enumerate(blocks[: TOP_BLOCKS + BETWEEN + 1]):
        m = _ISSUE_ONLY.match(block.text.strip()) if len(block.lines) == 1 else None
        if m is None or block.kind != "para":
            continue
        cite = provenance.match_provenance(f"From X, {block.text.strip()}")
        if cite is None or not cite.date:
            continue
        for up in range(max(0, index - 1 - BETWEEN), index):
            name = blocks[up]
            if up >= TOP_BLOCKS or not _journal_name(name):
                continue
            journal = name.text.strip()
            masthead = replace(cite, text=f"{journal} {block.text.strip()}", journal=journal)
            for part in blocks[up : index + 1]:
                part.kind = "periodical"
                part.data["periodical"] = (journal, masthead.date_text or "", masthead.date)
                part.data["masthead"] = masthead
            name.note("a periodical's name on its own line above its issue line: the masthead")
            block.note(f"an issue line below the periodical's name {journal!r}: the masthead")
            return
