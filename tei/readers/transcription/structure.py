"""Classify every block and divide the page into front, headnote, body, notes and back.

Order of rules per block: section break, last update, provenance line, information
field, credit, periodical line, speaker turn; anything else is a paragraph. The
front matter runs to the last provenance/credit/periodical line before the text
(plus title-like lines right after it), or, without such lines, over the leading
title-like lines. The headnote is what stands between the front matter and the
first speaker turn (or a first ``* * *``). The back is a notes section and the
trailing colophon lines (last update, credits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.dates import parse_date
from tei.readers.transcription import provenance
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.context import Context
from tei.readers.transcription.footnotes import NOTES_HEADING, entry_number
from tei.readers.transcription.front import classify_title_line, is_numbered_heading
from tei.readers.transcription.section_break import is_section_break
from tei.readers.transcription.speaker_turn import accepted_labels, candidate

NUMBERED_HEADING_LINE = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,6})\.\s+[A-Z][^.!?]{0,100}$")
META_KINDS = {"provenance", "info", "credit", "periodical"}
COLOPHON_KINDS = {"updated", "credit", "info", "provenance"}
FRONT_WINDOW = 30


@dataclass
class Layout:
    """The page divided into its parts (lists of blocks, in order)."""

    front: list[Block] = field(default_factory=list)
    headnote: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    notes_heading: Block | None = None
    notes: list[Block] = field(default_factory=list)
    colophon: list[Block] = field(default_factory=list)

    @property
    def has_turns(self) -> bool:
        return any(b.kind == "turn" for b in self.body)


def stands_alone(line: str) -> bool:
    """Lines that never merge with their neighbours into one block."""
    return bool(
        is_section_break(line)
        or provenance.match_updated(line)
        or provenance.match_provenance(line)
        or provenance.match_info(line)
        or provenance.match_credit(line)
        or NUMBERED_HEADING_LINE.match(line)
        or candidate(line) is not None
    )


def classify(blocks: list[Block], ctx: Context) -> None:
    """Set ``kind`` (and ``data``) on every block."""
    for block in blocks:
        text = block.text
        if is_section_break(text):
            block.kind = "break"
        elif (updated := provenance.match_updated(text)) is not None:
            block.kind, block.data["date"] = "updated", updated
        elif (cite := provenance.match_provenance(block.first)) is not None:
            block.kind, block.data["citation"] = "provenance", cite
        elif (info := provenance.match_info(block.first)) is not None:
            block.kind, block.data["info"] = "info", info
        elif (credit := provenance.match_credit(block.first)) is not None:
            block.kind, block.data["credit"] = "credit", credit
        elif not parse_date(text) and (periodical := provenance.match_periodical(text)) is not None:
            block.kind, block.data["periodical"] = "periodical", periodical
    texts = [b.first if b.kind == "para" else "" for b in blocks]
    for index, label in accepted_labels(texts, ctx.config).items():
        blocks[index].kind = "turn"
        blocks[index].data["label"] = label


def layout(blocks: list[Block]) -> Layout:
    """Divide classified blocks into the parts of the document."""
    n = len(blocks)
    first_turn = next((i for i, b in enumerate(blocks) if b.kind == "turn"), None)
    limit = min(first_turn if first_turn is not None else n, FRONT_WINDOW)
    meta = [i for i in range(limit) if blocks[i].kind in META_KINDS]
    front_end = max(meta) if meta else -1
    j = front_end + 1
    while (
        j < limit
        and _title_like(blocks[j])
        and (meta or j < 6)
        and not NOTES_HEADING.match(blocks[j].text)
    ):
        front_end = j
        j += 1
    if not meta and front_end >= n - 1 and n > 1:
        front_end = 0  # a page of short lines only: its first line is the title, the rest is text
    result = Layout(front=blocks[: front_end + 1])
    start = front_end + 1

    end = n
    while end > start and blocks[end - 1].kind in COLOPHON_KINDS:
        end -= 1
    result.colophon = blocks[end:]
    for i in range(start, end - 1):
        if NOTES_HEADING.match(blocks[i].text) and entry_number(blocks[i + 1].text):
            result.notes_heading = blocks[i]
            result.notes = blocks[i + 1 : end]
            end = i
            break

    if first_turn is not None and start < first_turn <= end:
        lead = blocks[start:first_turn]
        if sum(b.kind != "break" for b in lead) <= 4:
            result.headnote, start = lead, first_turn
    else:
        breaks = [i for i in range(start, end) if blocks[i].kind == "break"]
        if breaks and 0 < breaks[0] - start <= 2 and end - breaks[0] > 2:
            result.headnote, start = blocks[start : breaks[0] + 1], breaks[0] + 1
    result.body = blocks[start:end]
    return result


def _title_like(block: Block) -> bool:
    if block.kind in META_KINDS:
        return True
    return (
        block.kind == "para"
        and not is_numbered_heading(block)
        and classify_title_line(block) != "para"
    )
