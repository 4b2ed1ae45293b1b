"""Rule: a question and its answer in one paragraph, parted by a dash (the press's
question-and-answer layout: ``- Em que bairro morava? - No Ipiranga. Depois entrei …``,
``— Вы были там? — Да, в 1937 году …``).

Accepted syntax: a paragraph that opens with a question of at most
:data:`MAX_QUESTION_WORDS` words (a dialogue dash before it or not), ending in ``?``, then a
spaced dash and the answer. Evidence needed: the page's opening says it is an interview
(:data:`tei.readers.transcription.label_shapes.INTERVIEW`) and at least :data:`MIN_PAIRS`
paragraphs are laid out so. Without the dash (``What is your party? The Socialist Party is
…``), a question of one sentence of at most :data:`MAX_BARE_QUESTION_WORDS` words and an
answer opening with a capital, :data:`MIN_BARE_PAIRS` paragraphs at least and
:data:`MIN_BARE_SHARE` of those from the first such pair to the last (a rhetorical question
opening a paragraph of prose is no pair). A question alone on the first line of a paragraph
whose next lines answer it (``Como foi a paralisação?`` / ``Entramos na Volks …``), three such
paragraphs at least, is cut after that line. Each is cut before the answer (its dash); the answer
becomes a block of its own (its column kept), so that the unlabelled-interview rule finds a
question and the answer after it. No word is dropped or moved.
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
#: the question, then the answer's first word, a capital (no dash between)
_BARE_PAIR = re.compile(
    r"^(?P<q>\s*[¿¡«\"“]?[^\W\d_][^?\n.!]{0,200}?\?[\"”»]?)\s+(?=[¡«\"“]?[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω])"
)
_ASKED = re.compile(r"\?[\"”»]?\s+\S")
MAX_BARE_QUESTION_WORDS = 25
MIN_BARE_PAIRS = 4
#: the share of the paragraphs from the first bare pair to the last that are pairs
MIN_BARE_SHARE = 0.6
#: how many blocks at the top may be the page's opening (title, names, headnote)
OPENING = 8


def split_paired_turns(blocks: list[Block]) -> None:
    """Cut the paragraphs that hold a question and its answer, where the page has enough of
    them (in place)."""
    opening = "\n".join(b.text for b in blocks[:OPENING])[:OPENING_CHARS]
    if not INTERVIEW.search(opening):
        return
    cuts = _cuts(blocks, _ASKED_THEN_DASH, _PAIR, MAX_QUESTION_WORDS)
    if len(cuts) < MIN_PAIRS:
        # no dash between: "What is your party? The Socialist Party is …", only where most
        # paragraphs from the first such pair to the last are laid out so
        cuts = _cuts(blocks, _ASKED, _BARE_PAIR, MAX_BARE_QUESTION_WORDS)
        span = max(cuts) - min(cuts) + 1 if cuts else 0
        if len(cuts) < MIN_BARE_PAIRS or len(cuts) < MIN_BARE_SHARE * span:
            if len(lines := _line_cuts(blocks)) >= MIN_PAIRS:
                _cut_after_first_lines(blocks, lines)
            return
    dash = "a dash" if any(_ASKED_THEN_DASH.search(blocks[i].first[:500]) for i in cuts) else ""
    for index in sorted(cuts, reverse=True):
        block, cut = blocks[index], cuts[index]
        first = block.first
        rest = first[cut:]
        column = cut + len(rest) - len(rest.lstrip())
        between = f", {dash} between them" if dash else ""
        answer = block.split_off(
            [first[column:], *block.lines[1:]],
            block.line,
            column,
            f"the answer after a question in the same paragraph{between}",
        )
        block.lines = [first[:cut]]
        block.note("a question, its answer after it in the same paragraph: cut there")
        blocks.insert(index + 1, answer)


def _cuts(
    blocks: list[Block], cheap: re.Pattern[str], pair: re.Pattern[str], words: int
) -> dict[int, int]:
    """Where each paragraph that opens with a question and goes on with its answer is cut."""
    cuts = {}
    for index, block in enumerate(blocks):
        head = block.first[:500]
        if not cheap.search(head):  # (cheap: most paragraphs hold no question so placed)
            continue
        m = pair.match(head)
        if m and len(m["q"].split()) <= words:
            cuts[index] = m.end("q")
    return cuts


#: the longest question on the first line of a block whose next lines answer it
MAX_LINE_QUESTION_WORDS = 40
MAX_LINE_QUESTION_CHARS = 400


def _line_cuts(blocks: list[Block]) -> set[int]:
    """The blocks whose first line is a question and whose next lines answer it (``Como foi
    a paralisação?`` / ``Entramos na Volks e ficamos parados. …``)."""
    return {
        index
        for index, block in enumerate(blocks)
        if len(block.lines) >= 2
        and len(block.first) <= MAX_LINE_QUESTION_CHARS
        and block.first.rstrip().endswith("?")
        and len(block.first.split()) <= MAX_LINE_QUESTION_WORDS
        and not block.lines[1].rstrip().endswith("?")
    }


def _cut_after_first_lines(blocks: list[Block], cuts: set[int]) -> None:
    """Cut each of ``cuts`` after its first line, the answer a block of its own."""
    for index in sorted(cuts, reverse=True):
        block = blocks[index]
        answer = block.split_off(
            block.lines[1:],
            block.line + 1,
            evidence="the answer on the lines below a question at the top of the paragraph",
        )
        block.lines = block.lines[:1]
        block.note("a question on its own line, its answer below it: cut there")
        blocks.insert(index + 1, answer)
