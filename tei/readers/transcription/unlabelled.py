"""Rule: unlabelled interviews, where questions and answers alternate without labels.

Evidence: the page's opening says it is an interview (``interview``, ``spoke to``,
``talked with`` …: :data:`tei.readers.transcription.label_shapes.INTERVIEW`), no label was
established, and paragraphs ending in a question mark, each followed by a paragraph that is
not a question, make up a fair share of the text (two at least — or one numbered ``1.``, an
excerpt cut after its first question — and one paragraph in seven). Each such question opens
a turn of the interviewer; the paragraph after it opens a turn of the interviewee, which the
following paragraphs continue — unless they make a quick exchange with the interviewer (an
odd run of three short paragraphs or more up to the next question, where a later answer
opens as a reply does — ``Yeah, …`` — and no paragraph goes on with the one before it —
``But …``: they alternate, see :func:`_quick_exchanges`). An answer made of short paragraphs
stays one turn.

The turns of pages that label only one side are in
:mod:`tei.readers.transcription.half_labelled`.
"""

from __future__ import annotations

import re

from tei.readers.transcription.blocks import NUMBERED, Block
from tei.readers.transcription.dash_answers import dash_answers
from tei.readers.transcription.label_shapes import INTERVIEW

#: a question mark at the end, perhaps before a closing quote and a footnote marker
_QUESTION_END = re.compile(
    r"\?[\"”’»)\]–—]*(?:\s*\[\d{1,3}\]|\d{1,2})?\s*$"
    r"|(?<=[α-ωάέήίόύώϊϋΐΰΑ-ΩΆΈΉΊΌΎΏ])[;;][\"”’»)]*\s*$"  # Greek's question mark ("ΠΕΟ;")
)
#: a dialogue dash opening a paragraph (``– Do you …?``, ``— Верно ли …?``)
DIALOGUE_DASH = re.compile(r"^\s*[–—―]\s*[^\W\d_¿¡]|^\s*[–—―]\s*[¿¡]|^--?\s*(?=[¿¡]|[^\W\d_])")
#: the first sentence of a paragraph, to its end mark
_FIRST_SENTENCE = re.compile(r"^[^.!?…]*[.!?…]")
#: a quoted question, then the one who asks it says so (``"Have you been to Denmark before?" I
#: ask, after …``): the interviewer's narrated question
_ASKED = re.compile(
    r"^\s*[\"“«„][^\"”»“]{3,400}\?[\"”»]\s*,?\s*(?:(?:I|we)\s+(?:ask|asked|inquire|inquired|"
    r"enquire|enquired|wanted\s+to\s+know)\b|pregunt(?:é|o|amos)\b|demand(?:ai|e)-je\b|"
    r"je\s+demande\b|(?:frage|fragte)\s+ich\b|chie(?:do|si)\b|pergunt(?:ei|o)\b)"
)
MAX_QUESTION_WORDS = 90
#: the longest question put to someone (``… weist Du … zurück: … stärken?``)
MAX_ADDRESSED_WORDS = 140
#: a paragraph whose last sentence is a question opened by ``¿`` (``… complicada….¿ Piensas
#: que …?``)
_INVERTED_LAST = re.compile(r"¿[^¿?!]{3,400}\?[\"”’»)]*\s*$")
MIN_QUESTIONS = 2
#: the longest question that trails off (``… że wasza partia zagraża …``) instead of asking
MAX_TRAILING_WORDS = 40
#: the longest question an excerpt's last paragraph may answer alone
LAST_ASKED_WORDS = 20
MIN_SHARE = 1 / 7
#: a paragraph that ends a sentence (one that does not is cut short)
_CLOSED = re.compile(r"[.!?…\"”»’)\]]\s*$")
#: the longest paragraph of a quick exchange (see :func:`_quick_exchanges`)
QUICK_WORDS = 20


def is_question(block: Block) -> bool:
    """A short paragraph that ends in a question mark — or opens with a dialogue dash and a
    question (``— ¿Estuvo antes en Dinamarca? —pregunté, luego …``)."""
    if block.words > MAX_QUESTION_WORDS and not (
        block.words <= MAX_ADDRESSED_WORDS
        and _QUESTION_END.search(block.text[-12:])
        and YOU.search(block.text)
    ):
        return False
    if _QUESTION_END.search(block.text):
        return True
    if (
        block.text.rstrip().endswith(("…", "..."))
        and block.words <= MAX_TRAILING_WORDS  # (a long one trails off a statement)
        and YOU.search(block.text)
    ):
        return True  # "… twierdząc, że wasza partia zagraża …": put to someone, trailing off
    if _ASKED.match(block.text):
        return True
    first = _FIRST_SENTENCE.match(block.text)
    return bool(DIALOGUE_DASH.match(block.text) and first and first.group(0).endswith("?"))


def number_of(block: Block) -> int | None:
    """The number a paragraph opens with (``2. Myslíte …?``), if it opens with one."""
    m = NUMBERED.match(block.text)
    return int(m.group(1) or m.group(2)) if m else None


def numbered_questions(blocks: list[Block], paras: list[int]) -> list[int]:
    """The page's numbered questions: paragraphs numbered 1, 2, 3 … in sequence, an
    unnumbered paragraph (the answer) after each but the last, most of them asking (a
    question mark) — a cut-off last one (``4. Co je nutné,``) included. The same questions
    may be put to one respondent after another (1, 2, 3, then 1, 2 …), listed once above
    them all (``1. Varför …?`` / ``2. Tycker …?`` …, no answer between). Numbered theses and
    sections do not ask."""
    numbered = [(pos, i, n) for pos, i in enumerate(paras) if (n := number_of(blocks[i]))]
    seq: list[int] = []
    count, last = 0, -2
    for pos, i, n in numbered[_listed_first(numbered) :]:
        if pos - last < 2:
            break
        if n == count + 1:
            count += 1
        elif n == 1 and count >= 2:
            count = 1  # the same questions, put to the next respondent
        else:
            break
        seq.append(i)
        last = pos
    asking = sum(1 for i in seq if "?" in blocks[i].text)
    return seq if seq and asking * 2 > len(seq) and asking >= min(2, len(seq)) else []


def _listed_first(numbered: list[tuple[int, int, int]]) -> int:
    """How many numbered paragraphs open the page as a list of the questions (1, 2, 3 …,
    one right after the other), put one by one afterwards (a ``1.`` again, later)."""
    run = 0
    while (
        run + 1 < len(numbered)
        and numbered[run + 1][0] == numbered[run][0] + 1
        and numbered[run + 1][2] == numbered[run][2] + 1
    ):
        run += 1
    if run and numbered[0][2] == 1 and any(n == 1 for _, _, n in numbered[run + 1 :]):
        return run + 1
    return 0


def question_answers(blocks: list[Block], start: int) -> list[tuple[int, str, str]]:
    """(block index, role, evidence) of the turns an unlabelled interview opens, or [] when
    the questions do not make a dialogue (see module docstring)."""
    paras = [i for i in range(start, len(blocks)) if blocks[i].kind == "para"]
    turns: list[tuple[int, str]] = []
    numbered = numbered_questions(blocks, paras)
    for n, i in enumerate(paras[:-1]):
        following = paras[n + 1]
        asks = i in numbered or (is_question(blocks[i]) and not numbered)
        if (
            asks
            and following == i + 1
            and following not in numbered
            and not (is_question(blocks[following]) and not numbered)
        ):
            turns += [(i, "interviewer"), (following, "interviewee")]
    if not numbered and (dashed_answers := dash_answers(blocks, paras)):
        turns = sorted(set(turns) | set(dashed_answers))  # "– Jag har …" after each question
    if numbered and numbered[-1] == paras[-1] and len(turns) >= 2:
        turns.append((paras[-1], "interviewer"))  # the last question, the page cut short
    elif _dashed_last(blocks, paras, turns):
        turns.append((paras[-1], "interviewer"))  # "-Els sindicats … les convoquen e"
    if not numbered and len(turns) >= 4:
        turns = _remarked_questions(blocks, paras, turns)
        turns += _closing_thanks(blocks, paras, turns)
    questions = sum(1 for _, role in turns if role == "interviewer")
    # an excerpt may end after its first question: one numbered ("1. Was ist …?"), put to
    # someone ("Comment as-tu découvert …?") or marked with a dialogue dash ("– ¿qué …?")
    asked = blocks[turns[0][0]].text if turns else ""
    first_only = questions == 1 and bool(
        (turns and number_of(blocks[turns[0][0]]) == 1)
        or YOU.search(asked)
        or DIALOGUE_DASH.match(asked)
        or asked.lstrip().startswith("¿")  # a paragraph that is one question from its start
        or bool(_INVERTED_LAST.search(asked[-400:]))  # or that ends with one
        # right below the short line that says it is an interview ("Συνέντευξη στην …")
        or (turns and _below_interview_line(blocks, turns[0][0]))
        # a short question answered by the page's last paragraph, or by its last paragraphs
        # when the page is cut short inside them: an excerpt cut short
        or (
            len(turns) >= 2
            and blocks[turns[0][0]].words <= LAST_ASKED_WORDS
            and (
                turns[1][0] == paras[-1]
                or (
                    not _CLOSED.search(blocks[paras[-1]].text)
                    and not any(is_question(blocks[j]) for j in paras if j > turns[1][0])
                )
            )
        )
    )
    # (a question and its answer both opened by a dialogue dash make a dialogue at any share)
    dashed = first_only and (
        all(DIALOGUE_DASH.match(blocks[i].text) for i, _ in turns[:2])
        # "¿Qué aportaciones …?" and a longer answer after it
        or (
            asked.lstrip().startswith("¿") and blocks[turns[1][0]].words > blocks[turns[0][0]].words
        )
    )
    # (an excerpt cut after its first question: the share counts from the question on, the
    # headnote above it aside)
    counted = [i for i in paras if i >= turns[0][0]] if first_only else paras
    if (questions < MIN_QUESTIONS and not first_only) or (
        questions < MIN_SHARE * len(counted) and not dashed
    ):
        return []
    if dashed or (questions >= 2 and all(DIALOGUE_DASH.match(blocks[i].text) for i, _ in turns)):
        exchange = _dashed_exchange(blocks, paras, turns)
        if exchange != turns:
            taking = "a dialogue dash opens the next turn, the speakers taking turns"
            return [(i, role, taking) for i, role in exchange]
    why = {
        "interviewer": "a numbered question" if numbered else "a short paragraph ending in '?'",
        "interviewee": "the answer after it",
    }
    found = [(i, role, why[role]) for i, role in turns]
    quick = "a short paragraph of a quick exchange after a question (an odd run of them)"
    found += [(i, role, quick) for i, role in _quick_exchanges(blocks, turns)]
    return sorted(found)


#: the longest question that ends with a remark (``… op de site? Er zijn hier …``)
REMARKED_WORDS = 40
MIN_REMARKED_QUESTION = 6
MAX_REMARK = 15


def _remarked_questions(
    blocks: list[Block], paras: list[int], turns: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Where two questions at least alternate with answers: a short paragraph inside an
    answer whose first sentence asks and whose rest is a remark (``Wordt de staking ook breed
    gedragen …? Er zijn hier een heel aantal bedrijven natuurlijk.``) is a question too, the
    paragraph after it the answer."""
    starts = {i for i, _ in turns}
    found = list(turns)
    for n, i in enumerate(paras[:-1]):
        following = paras[n + 1]
        first = _FIRST_SENTENCE.match(blocks[i].text[:400])
        if (
            i not in starts
            and following not in starts
            and following == i + 1
            and blocks[i].words <= REMARKED_WORDS
            and first is not None
            and first.group(0).endswith("?")
            # a question of its own ("Why? Because …" answers itself), a short remark after it
            and len(first.group(0).split()) >= MIN_REMARKED_QUESTION
            and len(blocks[i].text[first.end() :].split()) <= MAX_REMARK
            and not is_question(blocks[following])
        ):
            found += [(i, "interviewer"), (following, "interviewee")]
            starts |= {i, following}
    return sorted(found)


#: the interviewer's closing thanks or wishes (``Wir wünschen euch viel Glück …``)
_THANKS = re.compile(
    r"(?i)\b(?:thank|thanks|danke|dank|wünsche|wünschen|merci|gracias|obrigad[oa]|grazie|"
    r"спасибо|благодарю|dziękuj|děkuj|tack|takk|bedankt|ευχαριστ|teşekkür)"
)


def _closing_thanks(
    blocks: list[Block], paras: list[int], turns: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The interviewer's thanks and the short reply that close an interview, after its last
    answer (``Wir wünschen euch viel Glück …`` / ``Genau, dankeschön!``): the page's last two
    paragraphs, the first thanking or wishing the one who answered (a second-person word, 30
    words at most), the reply twelve at most."""
    if len(paras) < 2 or paras[-2] <= turns[-1][0] or turns[-1][1] != "interviewee":
        return []
    thanks, reply = blocks[paras[-2]], blocks[paras[-1]]
    if (
        thanks.words <= 30
        and reply.words <= 12
        and _THANKS.search(thanks.text)
        and YOU.search(thanks.text)  # put to the one who answered ("… wünschen euch …")
    ):
        return [(paras[-2], "interviewer"), (paras[-1], "interviewee")]
    return []


def _dashed_last(blocks: list[Block], paras: list[int], turns: list[tuple[int, str]]) -> bool:
    """The page's last paragraph is a question cut short: opened by a dialogue dash, as every
    question of the page is (two at least) and no answer is, and ending mid-sentence."""
    if len(turns) < 4 or not paras or paras[-1] <= turns[-1][0]:
        return False
    last = blocks[paras[-1]]
    return (
        bool(DIALOGUE_DASH.match(last.text))
        and not _CLOSED.search(last.text)
        and all(
            bool(DIALOGUE_DASH.match(blocks[i].text)) == (role == "interviewer")
            for i, role in turns
        )
    )


def _below_interview_line(blocks: list[Block], index: int) -> bool:
    """The paragraph right below a short line that says the page is an interview."""
    above = blocks[index - 1] if index else None
    return above is not None and above.words <= 12 and bool(INTERVIEW.search(above.text))


def _dashed_exchange(
    blocks: list[Block], paras: list[int], turns: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Where questions and answers open with dialogue dashes, every dashed paragraph from
    the first question on opens the next turn, the two speakers taking turns (an
    interviewer's remark without a question mark too); a paragraph without a dash goes on
    with the turn before it. Kept only when every question found falls to the interviewer.
    An even run of dashed paragraphs right above the first question opens the exchange
    (``-- Κυρίες και κύριοι, γεια σας …`` / ``-- Καλώς σας βρήκα.``: a greeting and its reply)."""
    first = turns[0][0]
    listed = set(paras)
    above = first
    while above - 1 in listed and DIALOGUE_DASH.match(blocks[above - 1].text):
        above -= 1
    if (first - above) % 2 == 0:
        first = above
    dashed = [i for i in paras if i >= first and DIALOGUE_DASH.match(blocks[i].text)]
    roles = [(i, "interviewee" if n % 2 else "interviewer") for n, i in enumerate(dashed)]
    asks = {i for i, role in turns if role == "interviewer"}
    if len(roles) < len(turns) or any(role == "interviewee" for i, role in roles if i in asks):
        return turns
    return roles


def _quick_exchanges(blocks: list[Block], turns: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Turns of a quick exchange after a question: when the answer and the paragraphs after
    it, up to the next question, are an odd run of three or more short paragraphs (no
    question among them), they alternate — answer, remark of the interviewer, answer …
    (``JACK-o-bin`` / ``There’s been some controversy about that.`` / ``Yeah, …``)."""
    starts = {i for i, _ in turns}
    extra: list[tuple[int, str]] = []
    for i, role in turns:
        if role != "interviewee":
            continue
        run = [i]
        j = i + 1
        while j < len(blocks) and j not in starts and blocks[j].kind == "para":
            run.append(j)
            j += 1
        ended = j < len(blocks) and j in starts  # the run ends at the next question
        short = all(blocks[k].words <= QUICK_WORDS and not is_question(blocks[k]) for k in run)
        if ended and short and len(run) >= 3 and len(run) % 2 and _replies(blocks, run):
            extra += [(k, "interviewer" if n % 2 else "interviewee") for n, k in enumerate(run)][1:]
    return extra


#: how a reply to a remark opens (``Yeah, JACK-o-bin …``) …
_REPLY = re.compile(
    r"(?i)^(?:yeah|yes|yep|no|nope|well|sure|right|exactly|absolutely|indeed|okay|ok|oh|ah|"
    r"ha|true|of course|certainly|definitely|not really|sí|si|oui|non|ja|nein|sim|não)\b"
)
#: … and how a paragraph that goes on with the same speaker's thought opens
_GOES_ON = re.compile(
    r"(?i)^(?:but|and|or|so|because|yet|still|then|also|however|moreover|besides|therefore|"
    r"thus|which|that|even|nor|pero|y|mais|et|aber|und|ma|e|mas)\b"
)


def _replies(blocks: list[Block], run: list[int]) -> bool:
    """A run of short paragraphs alternates only on evidence: a later answer of the run opens
    as a reply does (``Yeah, …``), and no paragraph after the first goes on with the thought
    before it (``But nobody expected …``): an answer made of short paragraphs stays one turn."""
    later = [blocks[k].text.lstrip("\"“‘'«— ") for k in run[1:]]
    if any(_GOES_ON.match(t) for t in later):
        return False
    return any(_REPLY.match(t) for t in later[1::2])


#: the second person of the family's languages: a question put to someone
YOU = re.compile(
    r"(?i)\b(?:you|your|yours|vous|votre|vos|tu|ton|ta|tes|usted|ustedes|su|sus|vosotros|"
    r"du|dein|deine|ihr|euch|sie|ihnen|voi|vostro|vostra|vostri|vostre|tuo|tua|lei|você|vocês|senhor|senhora|вы|вас|ваш|ваша|ты|тебя|"
    r"wasza|wasz|wasze|waszej|waszego|pan|pani|państwo|ty|wy|twój|twoja|vy|váš|vaše|tvůj|"
    r"jij|jullie|uw|jouw|dere|dig|deg|ert|siz|sen|sizin|senin|εσείς|εσύ|σας|σου)\b"
)
