"""Rule: a question and its answer in one paragraph, parted by a dash (the press's
question-and-answer layout: ``- Em que bairro morava? - No Ipiranga. Depois entrei …``,
``— Вы были там? — Да, в 1937 году …``).

Accepted syntax: a paragraph that opens with a question of at most
:data:`MAX_QUESTION_WORDS` words (a dialogue dash before it or not), ending in ``?``, then a
spaced dash and the answer. Evidence needed: the page's opening says it is an interview
(:data:`tei.readers.transcription.label_shapes.INTERVIEW`) and at least :data:`MIN_PAIRS`
paragraphs are laid out so. Each is cut before the answer's dash; the answer becomes a block
of its own (its column kept), so that the unlabelled-interview rule finds a question and the
answer after it. No word is dropped or moved.
"""

from __future__ import annotations

import re

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.context import OPENING_CHARS
from tei.readers.transcription.label_shapes import INTERVIEW

#: the question (to its "?" and a closing quote), a spaced dash, the answer's first letter
_PAIR = re.compile(
    r"^(?P<q>\s*(?:[-–—]\s*)?[¿¡«\"“]?[^\W\d_][^?\n]{0,400}?\?[\"”»]?)"
    r"\s+[-–—]\s*(?=[^\W\d_]|[¿¡«\"“])"
)
#: a question mark, then a spaced dash: what any paired paragraph holds
_ASKED_THEN_DASH = re.compile(r"\?[\"”»]?\s+[-–—]")
MAX_QUESTION_WORDS = 60
MIN_PAIRS = 3
#: how many blocks at the top may be the page's opening (title, names, headnote)
OPENING = 8


def split_paired_turns(blocks: list[Block]) -> None:
    """Cut the paragraphs that hold a question and its answer, where the page has enough of
    them (in place)."""
    opening = "\n".join(b.text for b in blocks[:OPENING])[:OPENING_CHARS]
    if not INTERVIEW.search(opening):
        return
    cuts = {}
    for index, block in enumerate(blocks):
        head = block.first[:500]
        if not _ASKED_THEN_DASH.search(head):  # (cheap: most paragraphs hold no "? -")
            continue
        m = _PAIR.match(head)
        if m and len(m["q"].split()) <= MAX_QUESTION_WORDS:
            cuts[index] = m.end("q")
    if len(cuts) < MIN_PAIRS:
        return
    for index in sorted(cuts, reverse=True):
        block, cut = blocks[index], cuts[index]
        first = block.first
        rest = first[cut:]
        column = cut + len(rest) - len(rest.lstrip())
        answer = Block([first[column:], *block.lines[1:]], block.line)
        answer.data = {d: v for d, v in block.data.items() if d == "wrapped"}
        answer.data["column"] = column
        answer.note("the answer after a question in the same paragraph, a dash between them")
        block.lines = [first[:cut]]
        block.note("a question, its answer after a dash in the same paragraph: cut there")
        blocks.insert(index + 1, answer)
