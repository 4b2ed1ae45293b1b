"""Build ``<text>`` (front, body, back) from the laid-out blocks.

Every block becomes an element in document order; lines within a block are joined
with ``<lb/>``; inline content goes through the bracket and footnote rules.
"""

from __future__ import annotations

import re

from lxml import etree

from tei.dates import find_date
from tei.elements import E, Inline, at_line, editorial_note, milestone, supplied
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.bracket_lines import BREAK, runs, with_breaks
from tei.readers.transcription.brackets import parse_line
from tei.readers.transcription.context import Context
from tei.readers.transcription.footnotes import entry_number
from tei.readers.transcription.front import (
    is_heading_like,
    is_numbered_heading,
)
from tei.readers.transcription.letter import closing, datelines, signature
from tei.readers.transcription.participants import Participants
from tei.readers.transcription.structure import Layout
from tei.xmlio import TEI_NS


def inline(lines: list[str], first_line: int, ctx: Context, first_column: int = 0) -> list[Inline]:
    """Mixed content for some lines: interpolations encoded, ``<lb/>`` between lines.
    The first line starts at 0-based ``first_column`` of its source line (after a label)."""
    items: list[Inline] = []
    for offset, text in runs(lines):
        if offset:
            items.append(E("lb"))
        parsed = parse_line(text, first_line + offset, ctx, 0 if offset else first_column)
        items.extend(with_breaks(parsed) if BREAK in text else parsed)
    return items


def plain(lines: list[str]) -> list[Inline]:
    """Lines as text only (brackets kept as written), ``<lb/>`` between lines."""
    items: list[Inline] = []
    for offset, text in enumerate(lines):
        if offset:
            items.append(E("lb"))
        items.append(text)
    return items


#: a paragraph that is one bracketed note (``[Note: There frequently is a loud machine …]``)
_BRACKETED_BLOCK = re.compile(r"^\[[^\[\]]+\]$")
NOTE_BLOCK_WORDS = 6


def paragraph(
    block: Block, ctx: Context, lines: list[str] | None = None, first_column: int = 0, **attrs: str
) -> etree._Element:
    """A ``p`` of the block's lines; a block that is all one bracketed note of six words or
    more (about the recording, the page, the source) is an editorial note of the document."""
    text = block.text.strip()
    if lines is None and _BRACKETED_BLOCK.match(text) and block.words >= NOTE_BLOCK_WORDS:
        parts = [block.lines[0][1:], *block.lines[1:]]
        parts[-1] = parts[-1][:-1]
        note = editorial_note(plain(parts), ctx.resp, subtype="comment")
        note.set("place", "block")
        ctx.brackets["comment"] += 1
        return at_line(note, block.line)
    column = first_column or block.data.get("column", 0)  # a block cut from inside a line
    content = inline(lines or block.lines, block.line, ctx, column)
    return at_line(E("p", *content, **attrs), block.line)


# --- body ----------------------------------------------------------------------------


def credit_content(block: Block, credit) -> list[Inline]:
    """A credit line's text, the names it credits marked as ``persName``."""
    text = block.first
    items: list[Inline] = []
    pos = 0
    for name in credit.names:
        at = text.find(name, pos)
        if at < 0:
            continue
        items += [text[pos:at], E("persName", name)]
        pos = at + len(name)
    items.append(text[pos:])
    return items + plain(["", *block.lines[1:]])[1:]


_SPEAKER = f"{{{TEI_NS}}}speaker"


def body_block(block: Block, ctx: Context) -> etree._Element:
    if block.kind == "break":
        return at_line(milestone(block.text), block.line)
    return paragraph(block, ctx)


def build_body(layout: Layout, ctx: Context, people: Participants) -> etree._Element:
    letter = any(b.kind == "salute" for b in layout.body)
    outer = E("div", type_="interview" if layout.has_turns else "letter" if letter else "article")
    container = outer
    turn: etree._Element | None = None
    blocks = layout.body
    opening = datelines(blocks) if letter else None
    dated = set(opening[1]) if opening else set()
    closer_at = _closing_index(blocks) if letter else None
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if index in dated or index == closer_at:
            continue  # taken into the opener or the closer below
        if block.kind == "turn" and "unlabelled" in block.data:
            who = block.data["who"] = people.by_role(block.data["unlabelled"])
            people.note_said(who, block.text)
            turn = E("sp", paragraph(block, ctx), who=f"#{who}", xml_id=ctx.next_id("sp"))
            container.append(at_line(turn, block.line))
        elif block.kind == "turn" and block.data.get("implicit"):  # his answer, unlabelled
            who = people.resolve(block.data["label"], block.line)
            block.data["who"] = who
            turn = E("sp", paragraph(block, ctx), who=f"#{who}", xml_id=ctx.next_id("sp"))
            container.append(at_line(turn, block.line))
        elif block.kind == "turn":
            label = block.data["label"]
            who = people.resolve(label, block.line, block.data.get("same_as", ""))
            block.data["who"] = who
            people.note_turn(who, block.text)
            speaker = E("speaker", *_label_content(label, ctx))
            turn = E("sp", speaker, who=f"#{who}", xml_id=ctx.next_id("sp"))
            last = block.data.get("label_lines", 1) - 1  # the line on which the label ends
            if label.rest:
                column = len(block.lines[last]) - len(label.rest)  # the rest ends that line
                column += block.data.get("column", 0) if last == 0 else 0
                lines = [label.rest, *block.lines[last + 1 :]]
                content = inline(lines, block.line + last, ctx, column)
                turn.append(at_line(E("p", *content), block.line + last))
            elif len(block.lines) > last + 1:
                content = inline(block.lines[last + 1 :], block.line + last + 1, ctx)
                turn.append(at_line(E("p", *content), block.line + last + 1))
            container.append(at_line(turn, block.line))
        elif block.kind == "salute" and container is outer and len(outer) == 0:
            lines = [_dateline(blocks[i]) for i in sorted(dated)]
            first = blocks[min(dated)].line if dated else block.line
            opener = E("opener", *lines, E("salute", *plain(block.lines)))
            outer.append(at_line(opener, first))
        elif (
            following is None
            and turn is None
            and container is outer
            and any(b.kind == "salute" for b in blocks)
            and (signed := signature(block)) is not None
        ):
            phrase, name = signed
            ctx.signed = block.data["signed"] = name.rstrip(".")
            parts = [E("salute", phrase), *[E("lb")][: len(block.lines) - 1]] if phrase else []
            first = block.line
            if closer_at is not None and not phrase:
                before = blocks[closer_at]
                parts, first = (
                    [at_line(E("salute", *plain(before.lines)), before.line)],
                    before.line,
                )
                before.data["closing"] = name
            outer.append(at_line(E("closer", *parts, E("signed", name)), first))
        elif block.kind == "break":
            turn = None
            container.append(at_line(milestone(block.text), block.line))
        elif turn is not None and re.fullmatch(r"\([^()]{1,80}\)", block.text):
            turn.append(at_line(E("stage", *plain(block.lines)), block.line))
        elif (
            turn is not None
            and following is not None
            and following.kind == "turn"
            and is_heading_like(block)
            and block.words <= 8
            and any(child.tag != _SPEAKER for child in turn)  # a label alone: its text follows
        ):
            turn = None
            container.append(at_line(E("stage", *plain(block.lines)), block.line))
        elif turn is not None:
            block.data["continues"] = turn.get("who")
            turn.append(paragraph(block, ctx))
        elif _section_heading(block, following):
            container = E(
                "div",
                at_line(E("head", *inline(block.lines, block.line, ctx)), block.line),
                type_="section",
            )
            outer.append(container)
        else:
            container.append(paragraph(block, ctx))
    said = {f"{{{TEI_NS}}}{t}" for t in ("p", "ab", "lg", "l", "stage", "list", "table")}
    for sp in outer.iter(f"{{{TEI_NS}}}sp"):
        # a label with no text (perhaps a note after it, which no turn holds alone)
        if (
            len(sp)
            and sp[0].tag == f"{{{TEI_NS}}}speaker"
            and not any(c.tag in said for c in sp[1:])
        ):
            speaker = sp[0]
            sp.insert(
                1,
                at_line(E("p", *[c for c in [speaker.text] if c], *list(speaker)), sp.sourceline),
            )
            speaker.getparent().remove(speaker)
    if not len(outer):
        outer.append(E("p"))
    return E("body", outer)


def _label_content(label, ctx: Context) -> list[Inline]:
    """A speaker label as written; the name the editors supplied in brackets after initials
    (``VR [Vicente Romero].``), or as the whole label (``[Castro]``), is ``supplied``, as in
    the text."""
    m = re.fullmatch(r"(?s)(?P<a>[^\[\]]*)\[(?P<name>[^\[\]\n]+)\](?P<b>[^\[\]]*)", label.label)
    if label.form == "bracketed" and m is not None:  # "[Castro]": the transcript's editors'
        ctx.brackets["supplied"] += 1
        return [supplied(m["name"], ctx.resp)]
    if label.form != "abbr" or m is None:
        return plain(label.label.split("\n"))
    ctx.brackets["supplied"] += 1
    return [m["a"], supplied(m["name"], ctx.resp), m["b"]]


def _closing_index(blocks: list[Block]) -> int | None:
    """The block before a letter's last paragraph when that is a signature with no closing
    phrase of its own and this block is one (``Comradely yours,``)."""
    if len(blocks) < 3:
        return None
    last, before = blocks[-1], blocks[-2]
    if before.kind != "para" or not closing(before):
        return None
    signed = signature(last)
    return len(blocks) - 2 if signed is not None and not signed[0] else None


def _dateline(block: Block) -> etree._Element:
    """A dateline of the letter's opener, the date in it marked with its ISO value."""
    block.data["dateline"] = True
    items: list[Inline] = []
    for offset, text in enumerate(block.lines):
        if offset:
            items.append(E("lb"))
        found = find_date(text)
        if found is None:
            items.append(text)
            continue
        date_text, attrs = found
        head, _, tail = text.partition(date_text)
        items += [head, E("date", date_text, **attrs), tail]
    return at_line(E("dateline", *items), block.line)


def _section_heading(block: Block, following: Block | None) -> bool:
    if following is None or following.kind not in ("para", "turn"):
        return False
    text = block.text
    return is_numbered_heading(block) or (
        text.isupper() and block.words <= 8 and is_heading_like(block)
    )


# --- back ----------------------------------------------------------------------------


def build_back(layout: Layout, ctx: Context, facts: dict) -> etree._Element | None:
    back = E("back")
    if layout.notes_heading is not None:
        div = E("div", E("head", *plain(layout.notes_heading.lines)), type_="notes")
        note: etree._Element | None = None
        seen: set[str] = set()
        for block in layout.notes:
            entry = entry_number(block.text)
            if entry:
                number, label, _rest = entry
                first = block.first[len(label) :].lstrip()  # "1." alone: the note starts below
                lines = [first, *block.lines[1:]] if first else block.lines[1:]
                note_id = f"note-{number}" if number not in seen else None
                seen.add(number)
                note = E(
                    "note",
                    E("label", label),
                    type_="footnote",
                    place="end",
                    n=number,
                    xml_id=note_id,
                )
                if lines and any(line.strip() for line in lines):
                    column = len(block.first) - len(first) if first else 0
                    content = inline(lines, block.line + (0 if first else 1), ctx, column)
                    note.append(at_line(E("p", *content), block.line))
                div.append(at_line(note, block.line))
            elif note is not None:
                note.append(paragraph(block, ctx))
            else:  # pragma: no cover - layout() starts notes with an entry
                div.append(paragraph(block, ctx))
        back.append(div)
    if layout.colophon:
        div = E("div", type_="colophon")
        for block in layout.colophon:
            if block.kind == "updated":
                date_text, attrs = block.data["date"]
                facts.setdefault("updated", (date_text, attrs))
                head, _, tail = block.text.rpartition(date_text)
                div.append(at_line(E("p", head, E("date", date_text, **attrs), tail), block.line))
            elif block.kind == "credit":
                facts.setdefault("credits", []).append(block.data["credit"])
                div.append(
                    at_line(
                        E("ab", *credit_content(block, block.data["credit"]), type_="credit"),
                        block.line,
                    )
                )
            else:
                div.append(paragraph(block, ctx))
        back.append(div)
    return back if len(back) else None
