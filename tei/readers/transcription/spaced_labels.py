"""Rule: speaker turns labelled by bare initials, no colon (an interviewer's working notes:
``PF what was state of unionization?`` / ``EL  nothing excepting the Communists …``).

Accepted syntax: two or three capitals at the start of a paragraph, then a space and the
text (``PF what …``, ``EL  nothing …``). Evidence needed, since ``US troops …`` or ``TUC
leaders …`` open paragraphs of prose too: two such initials, each opening two paragraphs or
more, take turns (each followed by the other at least 85% of the time), they open four
paragraphs at least, and half the paragraphs from the first to the last of them. A block
that passes is marked ``spaced_label`` (its initials), which
:func:`tei.readers.transcription.structure.block_label` turns into a candidate label of form
``spaced`` for the speaker-turn rule to weigh. No word is dropped or moved.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.label_shapes import Label

#: initials, then the text after a space (no colon, full stop or dash between)
_SPACED = re.compile(r"(?P<key>[A-Z]{2,3})\s{1,3}(?=[^\W\d_]|[(\[“\"'‘])")
MIN_LABELS = 4
#: how often one speaker's initials are followed by the other's
MIN_TAKING_TURNS = 0.85
#: how many of the paragraphs from the first label to the last they open at least
MIN_SHARE = 0.5


def mark_spaced_labels(blocks: list[Block]) -> None:
    """Mark the paragraphs opened by bare initials where two speakers take turns (in place)."""
    found = [(i, m["key"]) for i, b in enumerate(blocks) if (m := _SPACED.match(b.first))]
    counts = Counter(key for _, key in found)
    keys = {key for key, n in counts.items() if n >= 2}
    found = [(i, key) for i, key in found if key in keys]
    if len(keys) != 2 or len(found) < MIN_LABELS:
        return
    changes = sum(a != b for (_, a), (_, b) in pairwise(found))
    span = found[-1][0] - found[0][0] + 1
    if changes < MIN_TAKING_TURNS * (len(found) - 1) or len(found) < MIN_SHARE * span:
        return
    for i, key in found:
        blocks[i].data["spaced_label"] = key
        blocks[i].note(f"{key!r} without a colon: initials that take turns with the other's")


def spaced_label(block: Block) -> Label | None:
    """The bare-initials label :func:`mark_spaced_labels` found on ``block``, if any."""
    key = block.data.get("spaced_label")
    if key is None:
        return None
    return Label(key, key, block.first[len(key) :].strip(), "spaced", name=key)
