"""Rule: notes this edition adds, without changing a word of the text.

* A bracket closed by the other kind (``(adherents … Guillermo Lora].``: a parenthesis closed
  by a square bracket) is kept as written, and a ``note`` right after the closing bracket says
  so (``@resp`` points at the converter, ``encodingDesc/appInfo/application``, that noticed it).
* An editor's note from the edition config (``[[editorial_notes]]``: ``anchor``, the phrase as
  the text writes it; ``note``; ``occurrence``; ``resp``, an ``[[editors]]`` id, else the
  publisher) is a ``note`` after the phrase, which is wrapped in ``seg`` for the note's
  ``@target`` to point at. A phrase the text does not hold is warned about
  (``editorial-note-anchor``), never guessed.

Both are ``note[@type='editorial'][@subtype='edition']``: the edition's own words, which the
fidelity check does not count as the transcription's, and which a renderer shows as a note
(the page's bracketed interpolations are ``note[@place='inline']`` with other subtypes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from tei.config import EditorialNote
from tei.elements import E
from tei.readers.transcription.context import Context
from tei.xmlio import TEI_NS

_T = f"{{{TEI_NS}}}"
#: the converter as the agent of the notes it adds (``appInfo/application/@xml:id``)
CONVERTER_ID = "converter"
PUBLISHER_ID = "publisher"
_PAIRS = {")": "(", "]": "["}
_BRACKET = re.compile(r"[()\[\]]")
_FIRST_WORD = re.compile(r"\s*([^\s()\[\]]+)")
_NAMES = {"(": "parenthesis", "[": "square bracket", ")": "parenthesis", "]": "square bracket"}
#: blocks whose direct text is scanned for brackets
_BLOCKS = frozenset(_T + n for n in "p ab head item l stage titlePart docAuthor byline".split())
#: where notes are never anchored (a note's own text, glosses, descriptions)
_SKIP = frozenset(_T + n for n in ("note", "gloss", "desc", "expan", "speaker", "label"))


def _slots(el: etree._Element) -> Iterator[tuple[etree._Element, bool]]:
    """(element, is_tail) for every text node directly in ``el``: its text, its children's tails."""
    yield el, False
    for child in el:
        yield child, True


def _get(node: etree._Element, tail: bool) -> str:
    return (node.tail if tail else node.text) or ""


def _insert_after(node: etree._Element, tail: bool, at: int, new: etree._Element) -> None:
    """Insert ``new`` into the text node (``node``'s text or tail) after character ``at``."""
    value = _get(node, tail)
    before, after = value[:at], value[at:]
    if tail:
        node.tail = before
        node.addnext(new)
        new.tail = after
    else:
        node.text = before
        node.insert(0, new)
        new.tail = after


def note_mismatched_brackets(text: etree._Element, ctx: Context) -> int:
    """A note after each closing bracket of the other kind than the one it closes."""
    found = []
    for block in text.iter(*_BLOCKS):
        stack: list[tuple[str, str]] = []
        for node, tail in _slots(block):
            value = _get(node, tail)
            for m in _BRACKET.finditer(value):  # linear: no slice of the rest per bracket
                i, ch = m.start(), m[0]
                if ch in "([":
                    word = _FIRST_WORD.match(value, i + 1)
                    stack.append((ch, word[1].strip(".,;:") if word else ""))
                elif stack:
                    opened, first = stack.pop()
                    if opened != _PAIRS[ch]:
                        found.append((node, tail, i, opened, ch, first))
    for node, tail, i, opened, closed, first in reversed(found):  # later first: offsets hold
        where = f" before ‘{first}’" if first else ""
        message = (
            f"The {_NAMES[opened]} opened{where} is closed by a {_NAMES[closed]} "
            f"(‘{closed}’), as in the transcription."
        )
        note = E("note", message, type_="editorial", subtype="edition", resp=f"#{CONVERTER_ID}")
        _insert_after(node, tail, i + 1, note)
    return len(found)


def _text_nodes(text: etree._Element) -> Iterator[tuple[etree._Element, bool]]:
    """Every text node of ``text`` in document order, outside notes, glosses and labels."""

    def walk(el: etree._Element) -> Iterator[tuple[etree._Element, bool]]:
        if el.tag in _SKIP:
            return
        yield el, False
        for child in el:
            if isinstance(child.tag, str):
                yield from walk(child)
            yield child, True

    yield from walk(text)


def add_config_notes(text: etree._Element, notes: list[EditorialNote], ctx: Context) -> int:
    """The config's ``[[editorial_notes]]``, each after the phrase it is anchored on."""
    added = 0
    for number, wanted in enumerate(notes, start=1):
        seen = 0
        for node, tail in list(_text_nodes(text)):
            value, start = _get(node, tail), 0
            while (at := value.find(wanted.anchor, start)) >= 0:
                seen += 1
                start = at + len(wanted.anchor)
                if seen == wanted.occurrence:
                    _anchor(node, tail, at, wanted, f"edn-{number}", ctx)
                    added += 1
                    break
            if seen >= wanted.occurrence:
                break
        else:
            ctx.warn(
                "editorial-note-anchor",
                f"editorial note {number}: the text has no occurrence {wanted.occurrence} of "
                f"{wanted.anchor!r}; the note was not added",
            )
    return added


def _anchor(
    node: etree._Element, tail: bool, at: int, wanted: EditorialNote, ident: str, ctx: Context
) -> None:
    value = _get(node, tail)
    end = at + len(wanted.anchor)
    seg = E("seg", wanted.anchor, xml_id=f"{ident}-anchor")
    resp = wanted.resp or (PUBLISHER_ID if ctx.config.publisher else CONVERTER_ID)
    note = E(
        "note",
        wanted.text,
        type_="editorial",
        subtype="edition",
        resp=f"#{resp}",
        target=f"#{ident}-anchor",
        xml_id=ident,
    )
    if tail:
        node.tail = value[:at]
        node.addnext(seg)
        seg.addnext(note)
    else:
        node.text = value[:at]
        node.insert(0, seg)
        seg.addnext(note)
    note.tail = value[end:]
