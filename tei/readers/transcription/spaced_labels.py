"""Rule: speaker turns labelled without a colon — bare initials (an interviewer's working
notes: ``PF what was state of unionization?`` / ``EL  nothing excepting the Communists …``)
initials with a full stop (``POM. In the last year …`` / ``CS. What we have …``) and a name
with a full stop (``Fossa. Cuál será …?`` / ``Trotsky. Es posible …``).

Accepted syntax: two or three capitals at the start of a paragraph, then a space and the
text (``PF what …``, ``EL  nothing …``). Evidence needed, since ``US troops …`` or ``TUC
leaders …`` open paragraphs of prose too: two such initials, each opening two paragraphs or
more, take turns (each followed by the other at least 85% of the time), they open four
paragraphs at least, and half the paragraphs from the first to the last of them; the same
for initials with a full stop, of two to four speakers. A block
that passes is marked ``spaced_label`` (its initials), which
:func:`tei.readers.transcription.structure.block_label` turns into a candidate label of form
``spaced`` for the speaker-turn rule to weigh. No word is dropped or moved.

A full name run into the text (a bold label that lost its colon: ``Studs Terkel Mr. Thomas,
as you're talking …`` / ``Norman Thomas Yeah, oh, yeah …``): two or three capitalised words,
then the text from a capital. Evidence needed, since ``Leon Trotsky The …`` may open a
paragraph of prose: two or three such names, each opening two paragraphs or more, taking
turns as initials must, and one of them named above the first (in the title or headnote).

A name with a full stop: one capitalised word, a full stop, then a capital (``Fossa. Cuál
…``). Evidence needed, since ``Stalin. The name …`` may open prose: two such names or more,
each named inside a sentence above the first of them (``… Fossa visitó al camarada Trotsky
…``: after a word in lower case or a comma), no name twice in a row.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.context import OPENING_CHARS
from tei.readers.transcription.label_shapes import Label

#: initials, then the text after a space (no colon, full stop or dash between)
_SPACED = re.compile(r"(?P<key>[A-Z]{2,3})\s{1,3}(?=[^\W\d_]|[(\[“\"'‘])")
#: initials and a full stop, then the text (``POM. I'm meeting …``)
_STOPPED = re.compile(r"(?P<key>[A-Z]{2,4})\.\s{1,3}(?=[^\W\d_]|[(\[“\"'‘])")
MIN_LABELS = 4
#: how often one speaker's initials are followed by the other's
MIN_TAKING_TURNS = 0.85
#: how many of the paragraphs from the first label to the last they open at least
MIN_SHARE = 0.5


def mark_spaced_labels(blocks: list[Block]) -> None:
    """Mark the paragraphs opened by bare initials where two speakers take turns (in place)."""
    _mark_initials(
        blocks, _SPACED, "", "without a colon: initials that take turns with the other's"
    )


def mark_stopped_initials(blocks: list[Block]) -> None:
    """Mark the paragraphs opened by initials and a full stop (``POM. I'm meeting …`` /
    ``MS. My name is …`` / ``CS. I am …``) where two speakers or more take turns."""
    _mark_initials(blocks, _STOPPED, ".", "initials and a full stop that take turns", most=4)


def take_turns(found: list[tuple[int, str]]) -> bool:
    """The labels (block index, key) take turns (each followed by another's at least
    :data:`MIN_TAKING_TURNS` of the time) and open :data:`MIN_SHARE` of the paragraphs
    from the first of them to the last."""
    changes = sum(a != b for (_, a), (_, b) in pairwise(found))
    span = found[-1][0] - found[0][0] + 1
    return changes >= MIN_TAKING_TURNS * (len(found) - 1) and len(found) >= MIN_SHARE * span


def _mark_initials(
    blocks: list[Block], shape: re.Pattern[str], stop: str, why: str, most: int = 2
) -> None:
    seen = [(i, m["key"]) for i, b in enumerate(blocks) if (m := shape.match(b.first))]
    counts = Counter(key for _, key in seen)
    keys = {key for key, n in counts.items() if n >= 2}
    found = [(i, key) for i, key in seen if key in keys]
    if not 2 <= len(keys) <= most or len(found) < MIN_LABELS:
        return
    if most > 2:  # among three speakers or more, one may speak once, between the others
        found = [(i, k) for i, k in seen if k in keys or found[0][0] < i < found[-1][0]]
        if len({k for _, k in found}) > most:
            return
    if not take_turns(found):
        return
    for i, key in found:
        blocks[i].data["spaced_label"] = key + stop
        blocks[i].note(f"{key + stop!r} {why}")


#: a name and a full stop, then a capital
_PERIOD = re.compile(r"(?P<key>[A-ZÀ-ÖØ-Þ][^\W\d_]{2,20})\.\s+(?=[¿¡«\"“]?[A-ZÀ-ÖØ-Þ])")


def mark_period_labels(blocks: list[Block]) -> None:
    """Mark the paragraphs opened by a name and a full stop where the evidence holds."""
    found = [(i, m["key"]) for i, b in enumerate(blocks) if (m := _PERIOD.match(b.first))]
    keys = {key for _, key in found}
    if len(keys) < 2 or any(a == b for (_, a), (_, b) in pairwise(found)):
        return
    above = "\n".join(b.text for b in blocks[: found[0][0]])[:OPENING_CHARS]
    if not all(re.search(rf"(?<=[^\W\d_A-ZÀ-ÖØ-Þ] |, ){re.escape(k)}\b", above) for k in keys):
        return
    for i, key in found:
        blocks[i].data["spaced_label"] = key + "."
        blocks[i].note(f"{key + '.'!r}: a name and a full stop, named in the text above")


#: a capitalised word of a run-in name (``Studs``, ``O'Brien``, ``Jean-Paul``)
_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*(?:['’-][^\W\d_]+)*"
#: two or three such words, then a space and a capital (or an opening quote)
_BARE = re.compile(rf"(?P<key>{_WORD}\s{_WORD}(?:\s{_WORD})?)\s+(?=[¿¡«\"“‘]?[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def mark_bare_names(blocks: list[Block]) -> None:
    """Mark the paragraphs opened by a full name without a colon where the evidence holds."""
    counts: Counter[str] = Counter()
    options: list[tuple[int, list[str]]] = []
    for i, b in enumerate(blocks):
        if not (m := _BARE.match(b.first)):
            continue
        words = m["key"].split()
        prefixes = [" ".join(words[:n]) for n in range(2, len(words) + 1)]
        options.append((i, prefixes))
        counts.update(prefixes)
    # each paragraph's name: its opening that most paragraphs share (then the shorter)
    seen = [(i, max(p, key=lambda k: (counts[k], -len(k)))) for i, p in options]
    found = [(i, k) for i, k in seen if counts[k] >= 2]
    keys = {k for _, k in found}
    if not 2 <= len(keys) <= 3 or len(found) < MIN_LABELS:
        return
    if not take_turns(found):
        return
    above = "\n".join(b.text for b in blocks[: found[0][0]])[:OPENING_CHARS]
    if not any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", above) for k in keys):
        return
    for i, key in found:
        blocks[i].data["spaced_label"] = key
        blocks[i].note(f"{key!r}: a full name without a colon, taking turns, named above")


def spaced_label(block: Block) -> Label | None:
    """The label without a colon :func:`mark_spaced_labels` or :func:`mark_period_labels`
    found on ``block``, if any."""
    label = block.data.get("spaced_label")
    if label is None:
        return None
    key = " ".join(label.rstrip(".").split())
    last = label.count("\n")  # (a label broken over two lines: "Humanité" / "Dimanche.")
    rest = block.lines[last][len(label.split("\n")[-1]) :].strip()
    return Label(label, key, rest, "spaced", name=key)
