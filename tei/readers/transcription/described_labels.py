"""Rule: speaker turns labelled by a description (a recording's transcript: ``Voices in crowd:
(too soft)``, ``Young girl 1: Father, I felt …``, ``Woman in crowd:``).

Accepted syntax: a capitalised word, up to three more words in lower case or a number, and a
colon, at the start of a paragraph (``Man 1:``, ``Woman in crowd:``). Such a shape opens
sentences of prose too (``In short: …``), so it is never a candidate label of its own: it
counts only on a page whose dialogue is established — a label accepted three times or more
(``Jones:``) — and where, from the first turn on, :data:`MIN_SHARE` of the paragraphs are
turns or open so. Each such paragraph then opens a turn of the speaker it describes. No word
is dropped or moved.
"""

from __future__ import annotations

import re
from collections import Counter

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.label_shapes import NOT_SPEAKERS, Label

_DESCRIBED = re.compile(
    r"(?P<label>(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?: (?:[a-zà-öø-ÿ]+|\d{1,2})){0,3}) ?:)"
    r"\s+(?P<rest>\S.*)",
    re.S,
)
#: how often the established label must recur
MIN_RECURRING = 3
#: the share of the paragraphs from the first turn on that are turns or described labels
MIN_SHARE = 0.6


def mark_described_turns(blocks: list[Block]) -> None:
    """Make turns of the paragraphs a description labels, where the dialogue is established."""
    turns = [i for i, b in enumerate(blocks) if b.kind == "turn" and "label" in b.data]
    counts = Counter(blocks[i].data["label"].key for i in turns)
    if not turns or counts.most_common(1)[0][1] < MIN_RECURRING:
        return
    region = [i for i in range(turns[0], len(blocks)) if blocks[i].kind in ("para", "turn")]
    found = {}
    for i in region:
        if blocks[i].kind != "para" or len(blocks[i].first) > 300:
            continue
        m = _DESCRIBED.match(blocks[i].first)
        if m and len(m["name"]) <= 30 and m["name"].split()[0].casefold() not in NOT_SPEAKERS:
            found[i] = m
    if not found or len(turns) + len(found) < MIN_SHARE * len(region):
        return
    for i, m in found.items():
        block = blocks[i]
        block.kind = "turn"
        block.data["label"] = Label(m["label"], m["name"], m["rest"], "described", name=m["name"])
        block.data["label_evidence"] = [
            f"{m['label']!r} describes a speaker, on a page whose dialogue is established"
        ]
