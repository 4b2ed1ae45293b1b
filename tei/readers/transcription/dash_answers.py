"""Rule: an unlabelled interview whose answers alone open with a dialogue dash (``Du har
varit fackligt aktiv … Varför då?`` / ``– Jag har inte tyckt …``).

Evidence needed: two paragraphs or more that open with a dash, each right after a paragraph
that does not, holds a question mark and is short (:data:`MAX_ASKED_WORDS` words at most: a
question, perhaps with a remark after it). Each such pair is a question of the interviewer
and the interviewee's answer; the paragraphs after an answer continue it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tei.readers.transcription.blocks import Block

#: a paragraph opened by a dash, as the answers of such a page are
_DASH = re.compile(r"^\s*(?:[–—―]\s*|-\s+)[^\W\d_]")  # (the space may be lost: "–Strejken")
#: the longest question (a remark after it included)
MAX_ASKED_WORDS = 40
MIN_PAIRS = 2


def dash_answers(blocks: list[Block], paras: list[int]) -> list[tuple[int, str]]:
    """(block index, role) of the question/answer pairs, or [] when there are too few."""
    turns: list[tuple[int, str]] = []
    for i, j in pairwise(paras):
        asked, answer = blocks[i], blocks[j]
        if (
            j == i + 1
            and _DASH.match(answer.first)
            and not _DASH.match(asked.first)
            and "?" in asked.text
            and asked.words <= MAX_ASKED_WORDS
        ):
            turns += [(i, "interviewer"), (j, "interviewee")]
    return turns if len(turns) >= 2 * MIN_PAIRS else []
