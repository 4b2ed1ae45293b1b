"""Rule: unlabelled interviews, where questions and answers alternate without labels.

Evidence: the page's opening says it is an interview (``interview``, ``spoke to``,
``talked with`` …: :data:`tei.readers.transcription.speaker_turn.INTERVIEW`), no label was
established, and paragraphs ending in a question mark, each followed by a paragraph
that is not a question, make up a fair share of the text (two at least, and one
paragraph in seven). Each such question opens a turn of the interviewer; the paragraph
after it opens a turn of the interviewee, which the following paragraphs continue.
"""

from __future__ import annotations

import re

from tei.readers.transcription.blocks import Block

#: a question mark at the end, perhaps before a closing quote and a footnote marker
_QUESTION_END = re.compile(r"\?[\"”’)\]]*(?:\s*\[\d{1,3}\]|\d{1,2})?\s*$")
MAX_QUESTION_WORDS = 90
MIN_QUESTIONS = 2
MIN_SHARE = 1 / 7


def is_question(block: Block) -> bool:
    """A short paragraph that ends in a question mark."""
    return bool(_QUESTION_END.search(block.text)) and block.words <= MAX_QUESTION_WORDS


def question_answers(blocks: list[Block], start: int) -> list[tuple[int, str]]:
    """(block index, role) of the turns an unlabelled interview opens, or [] when the
    questions do not make a dialogue (see module docstring)."""
    paras = [i for i in range(start, len(blocks)) if blocks[i].kind == "para"]
    turns: list[tuple[int, str]] = []
    for n, i in enumerate(paras[:-1]):
        following = paras[n + 1]
        if is_question(blocks[i]) and not is_question(blocks[following]) and following == i + 1:
            turns += [(i, "interviewer"), (following, "interviewee")]
    questions = len(turns) // 2
    if questions < MIN_QUESTIONS or questions < MIN_SHARE * len(paras):
        return []
    return turns
