"""Rule: speaker turns without labels — the turns a page marks by other means.

After the labels are weighed (:mod:`tei.readers.transcription.speaker_turn`), the paragraphs
that answer labelled questions, the questions put to a page's one labelled speaker, the
questions opened by a dialogue dash before labelled answers, and the questions and answers
of an unlabelled interview (:mod:`tei.readers.transcription.unlabelled`) become turns here,
each with its evidence.
"""

from __future__ import annotations

from tei.readers.transcription.asked_pages import addressed_questions, quoted_answers
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.context import Context
from tei.readers.transcription.dash_answers import dash_answers
from tei.readers.transcription.front import is_heading_like
from tei.readers.transcription.half_labelled import (
    answers_after_questions,
    dashed_questions,
    questions_to_the_labelled,
    questions_to_the_one_labelled,
    unlabelled_answers,
)
from tei.readers.transcription.label_shapes import INTERVIEW, Label
from tei.readers.transcription.speaker_names import roles
from tei.readers.transcription.speaker_turn import Weighed, default_role
from tei.readers.transcription.unlabelled import DIALOGUE_DASH, is_question, question_answers

#: on a page that does not say it is an interview, the question/answer pairs it takes where
#: the answers alone open with a dash
MIN_UNSAID_PAIRS = 3


def mark_unlabelled_turns(
    blocks: list[Block],
    decided: dict[int, Weighed],
    found: dict[int, Label],
    opening: str,
    ctx: Context,
) -> None:
    """Make turns of the paragraphs that the page marks as turns without a label."""
    asks = {i for i, w in decided.items() if w.accepted and default_role(w.label) == "interviewer"}
    accepted = {i: w.label for i, w in decided.items() if w.accepted}
    if not asks and len({lab.key.casefold() for lab in accepted.values()}) == 1:
        # the one labelled speaker is the one the opening says asks ("He spoke to Martin
        # Smith and …" / "Martin Smith: Can you give us …?"): his turns are the questions
        askers = {n.casefold() for n, r in roles(opening) if r == "interviewer"}
        asks = {
            i
            for i, lab in accepted.items()
            if lab.key.casefold() in askers and blocks[i].text.rstrip().endswith("?")
        }
    interview = bool(INTERVIEW.search(opening))
    for index in answers_after_questions(blocks, asks, interview):
        blocks[index].kind = "turn"
        blocks[index].data["unlabelled"] = "interviewee"
        blocks[index].data["label_evidence"] = [
            "the page labels only its questions: the paragraph after one answers it"
        ]
    for index, labelled in unlabelled_answers(blocks, asks):
        blocks[index].kind = "turn"
        blocks[index].data["implicit"] = True
        blocks[index].data["label"] = blocks[labelled].data["label"]
        blocks[index].data["label_evidence"] = [
            "the paragraph after a labelled question that no label answers: the one answering "
            "speaker's"
        ]
    one = next((b.data["label"] for b in blocks if b.kind == "turn" and "label" in b.data), None)
    for index, answer in questions_to_the_one_labelled(blocks):
        _asks(blocks[index], "a question put to the page's one labelled speaker")
        if answer is not None:
            blocks[answer].kind = "turn"
            blocks[answer].data["implicit"] = True
            blocks[answer].data["label"] = one
            blocks[answer].data["label_evidence"] = [
                "the paragraph after the interviewer's question: the labelled speaker answers"
            ]
    for index in questions_to_the_labelled(blocks):
        _asks(
            blocks[index], "a question right above a labelled turn, the labelled speakers answering"
        )
    for index in dashed_questions(blocks):
        _asks(
            blocks[index],
            "a question opened by a dialogue dash or a number, before a labelled answer",
        )
    if any(b.kind == "turn" for b in blocks):
        return
    # (the first block is the title, unless the page opens with a question of its text)
    opens_asking = (
        bool(blocks)
        and is_question(blocks[0])
        and (not is_heading_like(blocks[0]) or bool(DIALOGUE_DASH.match(blocks[0].text)))
    )
    turns = question_answers(blocks, 0 if opens_asking else 1)
    said = "the page says it is an interview"
    if quoted := quoted_answers(blocks):  # prompts, each answered by a quotation
        turns, said, interview = quoted, "every answer is a quotation after its prompt", True
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"]
    if not interview and len(dashed := dash_answers(blocks, paras)) >= 2 * MIN_UNSAID_PAIRS:
        why = {
            "interviewer": "a short paragraph ending in '?'",
            "interviewee": "the answer after it",
        }
        turns = [(i, role, why[role]) for i, role in dashed]
        said, interview = "answers alone open with a dash, each after a question", True
    if not interview:  # no word says so: only questions put to someone, three or more
        turns, said = addressed_questions(blocks, turns)
        if not turns:
            return
    questions = sum(1 for _, _, why in turns if why.endswith(("'?'", "a numbered question")))
    prompts = sum(1 for _, role, _ in turns if role == "interviewer")
    tally = (
        "(1 question and its answer)"
        if questions == 1
        else f"({questions} questions alternate with answers)"
        if questions
        else f"({len(turns)} dashed paragraphs)"
        if any(why.startswith("a dialogue dash") for _, _, why in turns)
        else f"({prompts} prompts alternate with quoted answers)"
    )
    for index, role, why in turns:
        blocks[index].kind = "turn"
        blocks[index].data["unlabelled"] = role
        blocks[index].data["label_evidence"] = [f"{said}; {why} {tally}"]
    rejected = [i for i, w in decided.items() if not w.evidence]  # no evidence, none against
    if not turns and rejected:
        ctx.warn(
            "dialogue-unlabelled",
            "the page says it is an interview, but no speaker labels could be established "
            f"(first candidate: {found[rejected[0]].label.strip()!r})",
            blocks[rejected[0]].line,
        )


def _asks(block: Block, why: str) -> None:
    """The block is an unlabelled turn of the interviewer, for the reason ``why``."""
    block.kind = "turn"
    block.data["unlabelled"] = "interviewer"
    block.data["label_evidence"] = [f"{why}: the interviewer asks"]
