"""Rule: speaker turns on a page that labels only one side of the dialogue.

A page that labels only its questions (``Q:`` before each question, the answers plain): the
paragraph after each labelled question opens a turn of the interviewee
(:func:`answers_after_questions`). A page whose only labelled speaker answers (``Tariq Ali:``,
the questions put to him unlabelled): :func:`questions_to_the_one_labelled`. A page that
labels both, but leaves some answers plain: :func:`unlabelled_answers`. A page of several
labelled speakers who all answer, the questions plain: :func:`questions_to_the_labelled`.
Questions
opened by a dialogue dash or a number before labelled answers: :func:`dashed_questions`.
"""

from __future__ import annotations

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.label_shapes import initials_of
from tei.readers.transcription.unlabelled import (
    DIALOGUE_DASH,
    MAX_QUESTION_WORDS,
    MIN_QUESTIONS,
    YOU,
    is_question,
    number_of,
)

#: how many questions put to the one labelled speaker make any short paragraph between two
#: of his answers a question
MIN_BETWEEN = 3


def answers_after_questions(
    blocks: list[Block], asks: set[int], interview: bool = False
) -> list[int]:
    """The paragraphs that answer labelled questions on a page whose only accepted labels
    ask (``asks``: the indexes of those turns, two at least, or one on a page that says it is
    an interview — an excerpt may hold only its first question): the paragraph right after
    each question turn. None when any other label was accepted."""
    turns = [i for i, b in enumerate(blocks) if b.kind == "turn"]
    if len(asks) < (1 if interview else MIN_QUESTIONS) or set(turns) != asks:
        return []
    return [i + 1 for i in sorted(asks) if i + 1 < len(blocks) and blocks[i + 1].kind == "para"]


#: the fewest words of a plain answer to a labelled question
MIN_ANSWER_WORDS = 4


def unlabelled_answers(blocks: list[Block], asks: set[int]) -> list[tuple[int, int]]:
    """On a page whose labels ask and answer (``Question 1 :`` / ``Karl Marx:``, then ``Q 2 :``
    with the answer plain): (answer, labelled answer) block indexes — the paragraph right
    after a labelled question (ending in ``?``) where the one answering speaker's label does
    not follow, and one of that speaker's labelled turns, whose label it takes."""
    turns = [i for i, b in enumerate(blocks) if b.kind == "turn" and "label" in b.data]
    answers = [i for i in turns if i not in asks]
    keys = {blocks[i].data["label"].key.casefold() for i in answers}
    if not asks or len(keys) != 1:
        return []
    return [
        (i + 1, answers[0])
        for i in sorted(asks)
        if i + 1 < len(blocks)
        and blocks[i + 1].kind == "para"
        and is_question(blocks[i])
        and not is_question(blocks[i + 1])
        # (a sound, "(Laughter)", or a label cut short, "Antwo", answers nothing)
        and blocks[i + 1].words >= MIN_ANSWER_WORDS
    ]


#: the fewest words of a question put to the labelled speaker (``Why?`` in an answer is his)
MIN_PUT_WORDS = 6


def questions_to_the_one_labelled(blocks: list[Block]) -> list[tuple[int, int | None]]:
    """On a page whose turns are all one speaker's (``Tariq Ali:`` once, the questions put to
    him unlabelled): (question, answer) block indexes — each paragraph after his first turn
    that is a question put to someone (:func:`is_question`, a second-person word, six words or
    more) or asked right above one of his labelled turns, and the paragraph after it that
    answers (None when it is labelled or a question).
    The interviewer's questions are never the interviewee's paragraphs."""
    turns = [i for i, b in enumerate(blocks) if b.kind == "turn"]
    keys = {blocks[i].data["label"].key for i in turns if "label" in blocks[i].data}
    # (a short form is the one speaker too: "A.D :" after "Assane Diop :")
    keys = {k.casefold() for k in keys if not any(o != k and initials_of(o, k) for o in keys)}
    if not turns or len(keys) != 1 or any("label" not in blocks[i].data for i in turns):
        return []

    def put(i: int) -> bool:
        block = blocks[i]
        above = i + 1 in labelled and i not in labelled
        return (
            block.kind == "para"
            and is_question(block)
            # put to someone (a long question), or asked right above his labelled answer (a
            # question he asks himself goes on in his turn, no label of his follows it)
            and ((block.words >= MIN_PUT_WORDS and bool(YOU.search(block.text))) or above)
        )

    labelled = set(turns)

    asked = {i for i in range(turns[0] + 1, len(blocks)) if put(i)}
    if len(asked) >= MIN_BETWEEN:  # "Comment le travail est-il organisé … :" between two answers
        asked |= {
            i
            for i in range(turns[0] + 1, len(blocks) - 1)
            if i - 1 in labelled
            and i + 1 in labelled
            and blocks[i].kind == "para"
            and blocks[i].words <= MAX_QUESTION_WORDS
        }
    i = turns[0] - 1
    while i >= 0 and put(i):  # the questions just above the first answer
        asked.add(i)
        i -= 1
    found: list[tuple[int, int | None]] = []
    for i in sorted(asked):
        if i - 1 in asked:  # a second question in a row continues the interviewer's turn
            continue
        end = i
        while end + 1 in asked:
            end += 1
        nxt = end + 1 if end + 1 < len(blocks) else None
        answer = nxt if nxt is not None and blocks[nxt].kind == "para" else None
        if answer is not None and is_question(blocks[answer]):
            answer = None
        found.append((i, answer))
    return found


def questions_to_the_labelled(blocks: list[Block]) -> list[int]:
    """On a page of several labelled speakers (``Emel Karadeniz:``, ``Betül Celep:``) and no
    unlabelled turn: the questions put to them unlabelled — the paragraph right above each
    labelled turn, when every one of them has a question above it (none of them asks); or
    only the question right above the first, when it is put to someone (``… Wat maakte in
    jullie persoonlijk leven …?``) and the first labelled turn does not ask."""
    if any(b.kind == "turn" and "label" not in b.data for b in blocks):
        return []
    turns = [i for i, b in enumerate(blocks) if b.kind == "turn"]
    labels = [blocks[i].data["label"] for i in turns]
    if len({lab.key.casefold() for lab in labels}) < 2 or any(lab.form == "qa" for lab in labels):
        return []

    def asks(i: int) -> bool:
        return i >= 0 and blocks[i].kind == "para" and is_question(blocks[i])

    if is_question(blocks[turns[0]]):
        return []  # a labelled speaker asks first: the labels are both sides'
    if all(asks(i - 1) for i in turns) and not any(is_question(blocks[i]) for i in turns):
        return [i - 1 for i in turns]
    first = blocks[turns[0] - 1] if turns[0] else None
    if (
        asks(turns[0] - 1)
        and first is not None
        and first.text.rstrip().endswith("?")
        and first.words >= MIN_PUT_WORDS
        and YOU.search(first.text)
    ):
        return [turns[0] - 1]
    return []


def dashed_questions(blocks: list[Block]) -> list[int]:
    """On a page of labelled turns: the unlabelled paragraphs that open with a dialogue dash
    or a question's number and ask (``– Hva tror dere …?``, ``2- Est-ce que tu …?``), right
    before a labelled turn — the interviewer's questions, marked only by the dash or number."""
    if not any(b.kind == "turn" and "label" in b.data for b in blocks):
        return []
    return [
        i
        for i, block in enumerate(blocks[:-1])
        if block.kind == "para"
        and (DIALOGUE_DASH.match(block.text) or number_of(block) is not None)
        and is_question(block)
        and blocks[i + 1].kind == "turn"
        and "label" in blocks[i + 1].data
    ]
