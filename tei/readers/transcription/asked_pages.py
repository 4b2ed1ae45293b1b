"""Rules: unlabelled interviews read without an opening that says so — questions put to
someone (:func:`addressed_questions`) — and interviews whose every answer is a quotation
(:func:`quoted_answers`). Used by :mod:`tei.readers.transcription.unlabelled_turns`."""

from __future__ import annotations

import re

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.unlabelled import (
    DIALOGUE_DASH,
    MAX_QUESTION_WORDS,
    YOU,
    is_question,
    numbered_questions,
)

#: without an opening that says it is an interview, how many questions it takes
MIN_ADDRESSED = 3
#: a paragraph that is one quotation (``« Il n'y a pas vraiment un chef … »``)
_QUOTED = re.compile(r"^\s*(?:«[^«»]+»|“[^“”]+”|\"[^\"]+\"|„[^„“]+“)\s*$", re.S)
#: a bullet before a paragraph (``• Vous étiez un proche …?``)
_BULLET = re.compile(r"^\s*[•◦▪■●·]\s")


def addressed_questions(
    blocks: list[Block], turns: list[tuple[int, str, str]]
) -> tuple[list[tuple[int, str, str]], str]:
    """The turns of :func:`question_answers` on a page whose opening does not say it is an
    interview, kept only when three questions or more alternate with answers and every one of
    them is put to someone (``you``, ``vous``, ``usted``, ``Sie``, ``вы`` …): rhetorical
    questions of an article are not. Two are enough when the page's text opens with one; and
    questions the page marks with a bullet (two or more, no other paragraph bulleted) are
    asked whatever their words, and so are questions numbered in sequence."""
    asks = [i for i, role, _ in turns if role == "interviewer"]
    answers = [i for i, role, _ in turns if role == "interviewee"]
    if asks and all(DIALOGUE_DASH.match(blocks[i].text) for i in asks + answers):
        return turns, "dialogue dashes open the questions and the answers"
    if len(answers) >= 2 and all(_QUOTED.match(blocks[i].text) for i in answers):
        return turns, "every answer is quoted: the words of the one who answers"
    bulleted = [i for i in asks if _BULLET.match(blocks[i].text)]
    if len(bulleted) >= 2 and not any(
        _BULLET.match(b.text) for i, b in enumerate(blocks) if b.kind == "para" and i not in asks
    ):
        return turns, "the page marks its questions with a bullet"
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"]
    if len(asks) >= 2 and asks == numbered_questions(blocks, paras):
        return turns, "the page numbers its questions, an answer after each"
    # a page that opens with a question put to someone needs one more to be an interview
    least = 2 if paras and asks and asks[0] == paras[0] else MIN_ADDRESSED
    if len(asks) < least or not all(YOU.search(blocks[i].text) for i in asks):
        return [], ""
    return turns, "questions put to someone (you, your …)"


#: the fewest prompts answered by a quotation that make a dialogue, and the fewest of them
#: that are questions
MIN_QUOTED = 3
MIN_QUOTED_QUESTIONS = 2


def quoted_answers(blocks: list[Block]) -> list[tuple[int, str, str]]:
    """An interview whose every answer is a quotation (``O que o leva a essa certeza?`` /
    ``"Se o capitalismo é incapaz …"``; an imagined interview answered in the subject's own
    words): from the first question on (and the remark-and-quotation pairs just before it),
    each short unquoted paragraph followed by a wholly
    quoted one is a prompt of the interviewer (a question or a remark) and the quotation the
    answer — three such pairs or more, two of the prompts questions, and no unquoted
    paragraph left between them. [] otherwise."""
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"]
    first = next((n for n, i in enumerate(paras) if is_question(blocks[i])), None)
    if first is None:
        return []
    while (  # the pairs just before the first question: a remark, then its quoted answer
        first >= 2
        and _QUOTED.match(blocks[paras[first - 1]].text)
        and not _QUOTED.match(blocks[paras[first - 2]].text)
        and blocks[paras[first - 2]].words <= MAX_QUESTION_WORDS
    ):
        first -= 2
    pairs: list[tuple[int, int]] = []
    rest = paras[first:]
    n = 0
    while n + 1 < len(rest):
        prompt, answer = rest[n], rest[n + 1]
        if _QUOTED.match(blocks[prompt].text) or not _QUOTED.match(blocks[answer].text):
            break
        if blocks[prompt].words > MAX_QUESTION_WORDS:
            break
        pairs.append((prompt, answer))
        n += 2
    asked = sum(1 for prompt, _ in pairs if is_question(blocks[prompt]))
    if len(pairs) < MIN_QUOTED or asked < MIN_QUOTED_QUESTIONS:
        return []
    why = ("a prompt before a quoted answer", "the quoted answer")
    found = [(p, "interviewer", why[0]) for p, _ in pairs]
    return sorted(found + [(a, "interviewee", why[1]) for _, a in pairs])
