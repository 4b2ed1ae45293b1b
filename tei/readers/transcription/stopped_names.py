"""Rule: speaker turns labelled by a name and a full stop — a hearing's record in mixed case
(``Mr. Tavenner. Did he attend …?`` / ``Mr. Hayden. Yes; he did.``), a press interview's full
names (``Humanité Dimanche. Selon vous …?`` / ``Philippe Martinez. La période …``).

Accepted syntax: a title and a surname (or two names), or two or three capitalised words, then
a full stop, a space and a capital. Evidence needed, since ``Mr. Smith. He …`` or ``Karl
Marx. The …`` may open prose: two names or more, each labelling two paragraphs or more, taking
turns (as :func:`~tei.readers.transcription.spaced_labels.take_turns` says), four labels
at least; full names without
a title are named in the text above the first label too (``… la CGT, Philippe Martinez,
appelle …``). Where the page ran the labels on in one paragraph (a record flattened by OCR:
``… Party ? Mr. Hayden. Well, …``, after a sentence's end or a running head in capitals) or
broke one over two lines (``Humanité`` / ``Dimanche. Selon vous …``), the paragraph is cut
before each of them first. No word is dropped or moved. The blocks that pass are marked
``spaced_label``, which :func:`tei.readers.transcription.spaced_labels.spaced_label` reads.
"""

from __future__ import annotations

import re
from collections import Counter

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.context import OPENING_CHARS
from tei.readers.transcription.label_shapes import TITLES
from tei.readers.transcription.spaced_labels import take_turns

#: a capitalised word (``Martinez``, ``Humanité``, ``O'Brien``), never one in capitals
_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]+(?:['’-][^\W\d_]+)*"
_KEY = rf"(?:{TITLES}\.?\s{_WORD}(?:\s{_WORD})?|{_WORD}(?:\s{_WORD}){{1,2}})"
_TEXT = r"\.\s+(?=[¿¡«\"“‘]?[A-ZÀ-ÖØ-ÞА-ЯЁ])"
#: the label opening a line
_OPENS = re.compile(rf"(?P<key>{_KEY}){_TEXT}")
#: the label run on inside a line, after a sentence's end or a running head in capitals
_INSIDE = re.compile(rf"(?:(?<=[.!?…\"”’)] )|(?<=[A-Z]{{3}} ))(?P<key>{_KEY}){_TEXT}")
_TITLED = re.compile(rf"{TITLES}\b")
MIN_LABELS = 4


def mark_stopped_names(blocks: list[Block]) -> None:
    """Cut and mark the paragraphs opened by a name and a full stop where the evidence holds
    (in place; nothing is cut where it does not)."""
    keys = _keys(blocks)
    if len(keys) < 2:
        return
    pieces = [piece for block in blocks for piece in _cut(block, keys)]
    found = [(i, label) for i, b in enumerate(pieces) if (label := _label(b, keys))[1]]
    if len(found) < MIN_LABELS or not take_turns([(i, key) for i, (_, key) in found]):
        return
    blocks[:] = pieces
    for i, (label, _) in found:
        blocks[i].data["spaced_label"] = label
        if "\n" in label:
            blocks[i].data["label_lines"] = 2
        blocks[i].note(f"{' '.join(label.split())!r}: a name and a full stop, taking turns")


def _keys(blocks: list[Block]) -> set[str]:
    """The names that label two paragraphs or more (at a line's start, run on, or broken over
    two lines), each named above the first label unless a title opens it."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, block in enumerate(blocks):
        for k, line in enumerate(block.lines):
            following = block.lines[k + 1] if k + 1 < len(block.lines) else ""
            keys = [m["key"] for m in _INSIDE.finditer(line)]
            if m := _OPENS.match(line) or _broken(line, following):
                keys.append(" ".join(m["key"].split()))
            for key in keys:
                counts[key] += 1
                first.setdefault(key, n)
    keys = {k for k, c in counts.items() if c >= 2}
    if not keys:
        return keys
    start = min(first[k] for k in keys)
    above = "\n".join(b.text for b in blocks[: start + 1])[:OPENING_CHARS]
    named = {k for k in keys if re.search(rf"(?<=[^\W\d_A-ZÀ-ÖØ-Þ] |, ){re.escape(k)}\b", above)}
    untitled = {k for k in keys if not _TITLED.match(k)}
    return keys if not untitled or named else set()


def _broken(line: str, following: str) -> re.Match[str] | None:
    """A label's first word alone on its line, the label ending on the next (``Humanité`` /
    ``Dimanche. Selon vous …``)."""
    if not following or " " in line.strip() or len(line) > 20:
        return None
    m = _OPENS.match(f"{line.strip()}\n{following}")
    return m if m and "\n" in m["key"] else None


def _label(block: Block, keys: set[str]) -> tuple[str, str]:
    """(the label as written, its name) opening the block, or ("", "")."""
    following = block.lines[1] if len(block.lines) > 1 else ""
    m = _OPENS.match(block.first) or _broken(block.first, following)
    if m and (key := " ".join(m["key"].split())) in keys:
        return m.group(0)[: m.end("key") + 1], key
    return "", ""


def _cut(block: Block, keys: set[str]) -> list[Block]:
    """The block cut before each label of ``keys`` inside it (the block itself when none)."""
    why = "a name and a full stop inside the paragraph: the next speaker's label"
    at = []
    for k, line in enumerate(block.lines):
        following = block.lines[k + 1] if k + 1 < len(block.lines) else ""
        opens = _OPENS.match(line) or _broken(line, following)
        if k and opens and " ".join(opens["key"].split()) in keys:
            at.append((k, 0, why))
        at += [(k, m.start(), why) for m in _INSIDE.finditer(line) if m["key"] in keys]
    return block.cut(at)
