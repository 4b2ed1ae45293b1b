"""Classify every block and divide the page into front, headnote, body, notes and back.

Order of rules per block: section break, last update, provenance line, information
field, credit, periodical line, letter greeting; then speaker turns, decided for the whole
page from the evidence each candidate label collects (``speaker_turn.decide``), or, when no
label is established on an interview page, unlabelled questions and answers
(``unlabelled.py``); anything else is a paragraph. The
front matter runs to the last provenance/credit/periodical line before the text
(plus title-like lines right after it, unless a title stands above a provenance or credit
line: the headings below it then open the text), or, without such lines, over the leading
title-like lines. The headnote is what stands between the front matter and the
first speaker turn (or a first ``* * *``). The back is a notes section and the
trailing colophon lines (last update, credits).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import pairwise

from tei.dates import parse_date
from tei.readers.transcription import periodical_line, provenance
from tei.readers.transcription.block_splits import join_broken_titles, split_mastheads
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.bylines import BY_LINE
from tei.readers.transcription.context import OPENING_CHARS, Context
from tei.readers.transcription.described_labels import mark_described_turns
from tei.readers.transcription.field_lines import join_wrapped_fields, mark_unknown_fields
from tei.readers.transcription.footnotes import NOTES_HEADING, entry_number
from tei.readers.transcription.front import (
    classify_title_line,
    is_numbered_heading,
)
from tei.readers.transcription.label_shapes import (
    NOT_SPEAKERS,
    Label,
    bare_label,
    bare_name,
    candidate,
    two_line_label,
)
from tei.readers.transcription.letter import datelines, is_salute
from tei.readers.transcription.line_starts import LABEL_ALONE, is_field_line
from tei.readers.transcription.masthead import split_masthead
from tei.readers.transcription.paired_turns import split_paired_turns
from tei.readers.transcription.record_lines import split_record_lines
from tei.readers.transcription.run_on_turns import split_run_on_turns
from tei.readers.transcription.section_break import is_section_break
from tei.readers.transcription.spaced_labels import (
    mark_bare_names,
    mark_period_labels,
    mark_spaced_labels,
    mark_stopped_initials,
    spaced_label,
)
from tei.readers.transcription.speaker_turn import (
    DIALOGUE_DASHES,
    decide,
    role_field,
    title_like,
)
from tei.readers.transcription.stopped_names import mark_stopped_names
from tei.readers.transcription.table_fields import author_field, field_line
from tei.readers.transcription.title_shapes import (
    headline_over_lines,
    is_long_first_title,
    work_sentence,
)
from tei.readers.transcription.unlabelled import is_question, number_of
from tei.readers.transcription.unlabelled_turns import mark_unlabelled_turns

META_KINDS = {"provenance", "info", "credit", "periodical"}
COLOPHON_KINDS = {"updated", "credit", "info", "provenance"}
FRONT_WINDOW = 30
#: how far down the page a title with its author or date line may start
LATE_TITLE = 4


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


#: candidate labels in the first blocks whose text reads as a title are titles
FRONT_LABELS = 4
#: the words of a paragraph after which a name alone on its line may label a turn
BARE_AFTER_WORDS = 15
#: the most words of a short line above a long heading (a kicker, an epigraph, a rubric)
KICKER_WORDS = 25
#: how many blocks before the first label the page's opening (title, headnote) may hold
OPENING_BLOCKS = 15


def classify(blocks: list[Block], ctx: Context) -> None:
    """Set ``kind`` (and ``data``) on every block."""
    split_mastheads(blocks)
    join_broken_titles(blocks)
    join_wrapped_fields(blocks, is_field_line)
    split_record_lines(blocks)
    split_run_on_turns(blocks)
    split_paired_turns(blocks)
    mark_spaced_labels(blocks)
    mark_stopped_initials(blocks)
    mark_period_labels(blocks)
    mark_bare_names(blocks)
    mark_stopped_names(blocks)
    split_masthead(blocks)
    for block in blocks:
        text = block.text
        row = field_line(block.first) if len(block.lines) == 1 else None
        first = row or block.first
        if (
            row is None
            and len(block.lines) > 1
            and (block.data.get("value_below") or LABEL_ALONE.fullmatch(first.strip()))
        ):
            # "Source:" / "Lenin" / "Collected Works, …": a field's value on the lines below
            first, block.data["value_below"] = " ".join(text.split()), True
        if row is not None:
            block.note("a row of the header block laid out as a table: read as " + repr(row))
        if row is not None and (author := author_field(block.first)):
            block.kind, block.data["info"] = "info", ("Author(s)", author)
            block.data["author"] = author
        elif is_section_break(text):
            block.kind = "break"
        elif (updated := provenance.match_updated(text)) is not None:
            block.kind, block.data["date"] = "updated", updated
        elif (cite := provenance.match_provenance(first)) is not None:
            block.kind, block.data["citation"] = "provenance", replace(cite, text=block.first)
        elif (info := provenance.match_info(first)) is not None:
            block.kind, block.data["info"] = "info", info
        elif (credit := provenance.match_credit(first)) is not None:
            block.kind, block.data["credit"] = "credit", credit
        elif (masthead := periodical_line.match_masthead(text)) is not None:
            # (before the periodical line: "The Militant. Vol. 5. No. 15. April 12, 1941." is
            # a masthead, not "The Militant. Vol. 5. No. 15. April 12" dated 1941)
            block.kind = "periodical"
            block.data["periodical"] = (masthead.journal, masthead.date_text, masthead.date)
            block.data["masthead"] = masthead
        elif (
            not parse_date(text)
            and not entry_number(text)  # "1. Völkischer Beobachter, 3 February 1943.": a note
            and not BY_LINE.match(text)  # "By Sam Marcy (June 27, 1991)": a byline
            and (periodical := periodical_line.match_periodical(text)) is not None
        ):
            block.kind, block.data["periodical"] = "periodical", periodical
        elif is_salute(block):
            block.kind = "salute"
    for before, block in pairwise(blocks):
        if block.kind == "salute" and before.kind == "periodical" and "masthead" not in before.data:
            before.kind = "para"  # "Москва, 12 мая 1927 г." / "Dear comrades!": a dateline
            before.data.pop("periodical")
            before.note("a place and a date just before a letter's greeting: not a periodical")
    mark_unknown_fields(blocks)
    found: dict[int, Label] = {}
    told = False
    for index, block in enumerate(blocks):
        if block.kind == "para" and (label := block_label(block)) is not None:
            if label.rest or len(block.lines) > block.data.get("label_lines", 1):
                found[index] = label
            elif (
                index + 1 < len(blocks)
                and blocks[index + 1].kind == "para"
                and candidate(blocks[index + 1].first) is None
                and bare_label(blocks[index + 1].first) is None
            ):
                found[index] = label  # a label alone in its block: the next block is its text
            else:
                block.data.pop("label_lines", None)
        elif (
            block.kind == "para"
            and told  # (after a paragraph of text: a name at the top is a title or byline)
            and len(block.lines) == 1
            and index + 1 < len(blocks)
            and blocks[index + 1].kind == "para"
            and (label := bare_name(block.first)) is not None
        ):
            found[index] = label  # a name alone on its line: perhaps the next block's speaker
        told = told or (block.kind == "para" and block.words >= BARE_AFTER_WORDS)
    texts = {i: blocks[i].text[len(lab.label) :].strip() for i, lab in found.items()}
    for i, lab in found.items():
        if lab.form == "bare":
            texts[i] = blocks[i + 1].text  # a name alone on its line: its text is the next block
    # (a label right below a question answers it: its short text is no title)
    answering = frozenset(i for i in found if i and is_question(blocks[i - 1]))
    first = next(
        (
            i
            for i, lab in found.items()
            if lab.key.casefold() not in NOT_SPEAKERS
            and lab.form != "bare"
            and not role_field(lab.key, texts[i])
            and not (
                i < FRONT_LABELS
                and texts[i]
                and title_like(texts[i])
                and i not in answering
                and not lab.label.startswith(DIALOGUE_DASHES)
            )
        ),
        len(blocks),
    )
    opening = "\n".join(b.text for b in blocks[: min(first, OPENING_BLOCKS)])[:OPENING_CHARS]
    ctx.opening = opening
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"]
    every = len(paras) >= 2 and set(paras) == set(found)
    decided = decide(
        found,
        ctx.config,
        opening=opening,
        front_limit=FRONT_LABELS,
        texts=texts,
        every=every,
        last_block=len(blocks) - 1,
        page_text="\n".join(b.text for b in blocks if b.kind == "para")[: OPENING_CHARS * 4],
        asked_above=frozenset(i for i in answering if number_of(blocks[i - 1])),
        answering=answering,
    )
    for index, weighed in decided.items():
        block = blocks[index]
        block.data["label_evidence"] = weighed.evidence
        if weighed.accepted:
            block.kind = "turn"
            block.data["label"] = weighed.label
            if weighed.same_as:
                block.data["same_as"] = weighed.same_as
    mark_described_turns(blocks)
    mark_unlabelled_turns(blocks, decided, found, opening, ctx)


def block_label(block: Block) -> Label | None:
    """The label a block starts with, if any (over its first two lines when it is broken)."""
    if found := spaced_label(block):
        return found
    if block.data.get("label_lines") == 2 and len(block.lines) > 1:
        return two_line_label(block.lines[0], block.lines[1])
    found = candidate(block.first) or bare_label(block.first)
    if found is not None and not found.rest:
        block.data["label_lines"] = 1
    return found


def layout(blocks: list[Block]) -> Layout:
    """Divide classified blocks into the parts of the document."""
    n = len(blocks)
    first_turn = next((i for i, b in enumerate(blocks) if b.kind == "turn"), None)
    limit = min(first_turn if first_turn is not None else n, FRONT_WINDOW)
    # a letter's greeting opens its text: the front matter never runs past it
    limit = next((i for i in range(limit) if blocks[i].kind == "salute"), limit)
    meta = [i for i in range(limit) if blocks[i].kind in META_KINDS]
    front_end = max(meta) if meta else -1
    while meta and front_end + 1 < limit and blocks[front_end + 1].kind == "updated":
        front_end += 1  # "Laatste bewerking: 18 juli 2008" closing the MIA header block
    j = front_end + 1
    # below a provenance or credit line, under a title already given, headings open the text
    titled = (
        meta
        and blocks[front_end].kind in ("provenance", "credit", "info")
        and any(b.kind == "para" and classify_title_line(b) == "title" for b in blocks[:front_end])
    )
    if (
        not titled
        and j + 1 < limit
        and headline_over_lines(blocks[j])
        and BY_LINE.match(blocks[j + 1].text.strip())
    ):  # "Socialist Workers Party holds convention" / "Delegates chart course on …" / "BY …"
        blocks[j].data["long_title"] = True
        blocks[j].note("a headline over lines, its byline below it: the title and subtitle")
    while (
        not titled
        and j < limit
        and (_title_like(blocks[j]) or blocks[j].data.get("long_title"))
        and (meta or j < 6)
        and not NOTES_HEADING.match(blocks[j].text)
        and not (front_end >= 0 and _dateline_before_salute(blocks, j))
    ):
        front_end = j
        j += 1
    while front_end >= 0 and front_end + 1 < limit and blocks[front_end + 1].kind == "updated":
        front_end += 1  # "dernière modification le 17 février 2017" right under the title
    if front_end < 0 and not meta:
        front_end = _late_title(blocks, limit)
    unread = n > 1 and blocks[0].kind == "para" and classify_title_line(blocks[0]) == "para"
    if unread and ((front_end < 0 and not meta) or (meta and meta[0] >= 1)):
        if is_long_first_title(blocks[0], blocks[1], above_meta=bool(meta)):
            blocks[0].data["long_title"] = True
            blocks[0].note("the page's first line, a long heading above the text: the title")
            front_end = max(front_end, 0)
        elif work_sentence(blocks[0]):
            blocks[0].data["long_title"] = True
            blocks[0].note("the page's first line names the kind of work: the title")
            front_end = max(front_end, 0)
        elif (
            n > 2
            and blocks[0].words <= KICKER_WORDS
            and blocks[1].kind == "para"
            and is_long_first_title(blocks[1], blocks[2], above_meta=bool(meta))
        ):  # "Entrevista amb el vicesecretari …" / "Perelló: “Volen acabar amb …”"
            blocks[1].data["long_title"] = True
            blocks[1].note("a long heading under the page's short first line: the title")
            front_end = max(front_end, 1)
    if front_end < 0 and not meta and n > 1 and classify_title_line(blocks[0]) in _ALONE_ABOVE:
        front_end = 0  # the author's name or the date alone above the text (no title)
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


#: what may stand alone above the text of a page with no title: its author, its date
_ALONE_ABOVE = ("author", "date")
#: what stands under a title on its title page: its author, a byline (``par Penelope
#: Duggan``), its date
_UNDER_TITLE = ("author", "byline", "date")


def _late_title(blocks: list[Block], limit: int) -> int:
    """A title block (followed by its author or date line) after a line or two that the
    page puts above it (an epigraph, a series line): the end of that front matter, or -1."""
    for j in range(min(LATE_TITLE, limit - 1)):
        if _title_like(blocks[j]) and classify_title_line(blocks[j + 1]) in _UNDER_TITLE:
            end = j + 1
            while end + 1 < limit and classify_title_line(blocks[end + 1]) in _UNDER_TITLE:
                end += 1
            # the author's name above the title (``Œuvres – septembre 1929`` / ``Léon
            # Trotsky`` / ``Pas de réponse ?`` / ``22 septembre 1929``): the title and its
            # date belong to the title page too
            if (
                classify_title_line(blocks[end]) == "author"
                and end + 2 < limit
                and classify_title_line(blocks[end + 1]) == "title"
                and classify_title_line(blocks[end + 2]) == "date"
                and not _dateline_before_salute(blocks, end + 2)
            ):
                end += 2
            return end
    return -1


def _dateline_before_salute(blocks: list[Block], j: int) -> bool:
    """A place-and-date line (not a date alone) just above a letter's greeting, below the
    title: it opens the letter (``opener/dateline``), not the front matter."""
    block = blocks[j]
    if j + 1 >= len(blocks) or blocks[j + 1].kind != "salute" or parse_date(block.text):
        return False
    found = datelines([block, blocks[j + 1]])
    if found:
        block.note("a place and a date just above the greeting: the letter's dateline")
    return found is not None


def _title_like(block: Block) -> bool:
    if block.kind in META_KINDS:
        return True
    return (
        block.kind == "para"
        and not is_numbered_heading(block)
        and classify_title_line(block) != "para"
    )
