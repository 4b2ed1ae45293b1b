"""Which lines begin a block, stand alone as one, or hold the next line: the callbacks
:func:`tei.readers.transcription.blocks.split_blocks` asks while it groups lines (a header
field, a section break, a date alone on its line, a speaker label, a field's label alone)."""

from __future__ import annotations

import re

from tei.dates import parse_date, to_the_month
from tei.readers.transcription import provenance
from tei.readers.transcription.label_shapes import (
    TIME_STAMP,
    bare_label,
    candidate,
    two_line_label,
)
from tei.readers.transcription.section_break import is_section_break
from tei.readers.transcription.table_fields import field_line

NUMBERED_HEADING_LINE = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,6})\.\s+[A-Z][^.!?]{0,100}$")


def stands_alone(line: str) -> bool:
    """Lines that never merge with their neighbours into one block (a header field, a
    section break, a date alone on its line: ``21 Eylül 2019`` under a byline)."""
    if (
        len(line) <= MAX_DATE_LINE
        and line[:1].isdigit()
        and (attrs := parse_date(line)) is not None
        and to_the_month(attrs)  # a month at least: not "1971,"
    ):
        return True
    return not field_label_alone(line) and is_field_line(line)


#: the longest line that stands alone for its date (``Wednesday, 28 September 1938``)
MAX_DATE_LINE = 40


def field_label_alone(line: str) -> bool:
    """A header field's label alone on its line (``Source:``, ``Transcription\\Markup:``):
    its value is on the lines below, so it opens a block that they continue."""
    return bool(
        line.endswith(":")
        and len(line) <= MAXLABEL_ALONE
        and LABEL_ALONE.fullmatch(line)
        and is_field_line(line + " X")
    )


#: the longest field label alone on its line (``Transcription/Markup:``, ``Public Domain:``)
MAXLABEL_ALONE = 60


def is_field_line(line: str) -> bool:
    """A line of the header block (provenance, information field, credit) or a section break."""
    return bool(
        is_section_break(line)
        or provenance.match_updated(line)
        or provenance.match_provenance(line)
        or provenance.match_info(line)
        or provenance.match_credit(line)
        or NUMBERED_HEADING_LINE.match(line)
        or field_line(line) is not None
    )


def opens(line: str, following: str) -> int:
    """How many lines of a speaker label start a block here that the next lines continue:
    1 for a label at the start of the line (``PB: For a number …``, ``Question:`` alone),
    2 for a label broken over two lines (``New`` / ``Times: What is …``), else 0."""
    if candidate(line) is not None or bare_label(line) is not None or field_label_alone(line):
        return 1
    if line[:1] == "(" and TIME_STAMP.fullmatch(line.strip()):
        return 1  # "(00:27):": the same speaker goes on, in a paragraph of its own
    return 2 if two_line_label(line, following) is not None else 0


#: a field's label alone on its line (``Source:``, ``Transcription/Markup:``)
LABEL_ALONE = re.compile(r"\S+(?: \S+){0,2}:")
