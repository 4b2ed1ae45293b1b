"""Rule: speaker turns run on inside one paragraph (a transcript flattened from a PDF or
an oral-history page, where the line breaks between turns were lost).

Accepted syntax: an initials label (``ST:``, ``MG:``, 2–4 capitals and a colon) inside a
paragraph, after a space or a sentence's end: ``Minnesota ST: ...and stuff like that …
in MG: [Unclear] if my memory slips …``. Evidence needed before anything is split: the
page's opening says it is an interview, and inside its paragraphs at least three such labels
of two speakers or more occur whose initials are those of names the opening gives (``Steven
Trimble Interviewer``, ``Max Geldman and Shevi Geldman Narrators``). The same for a
broadcast monitor's bracketed labels run on (``… not an interview. [Unidentified
journalist] A talk? [Castro] I did not …``): two speakers' labels taking turns (A, B, A),
recording marks (``[Applause]``) aside. Each label then starts
a block of its own (the label's column kept), which the speaker-turn rule weighs as any other.
No word is dropped or moved: the text before a label stays in its block.
"""

from __future__ import annotations

import re
from collections import Counter

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.brackets import SOUNDS
from tei.readers.transcription.context import OPENING_CHARS
from tei.readers.transcription.label_shapes import INTERVIEW, candidate
from tei.readers.transcription.speaker_names import initials_name

_INLINE = re.compile(r"(?:(?<=\s)|(?<=[.!?\]…]))(?P<key>[A-Z]{2,4}):\s")
MIN_LABELS = 3
#: how many blocks at the top may be the page's opening (title, names, headnote)
OPENING = 6


def split_run_on_turns(blocks: list[Block]) -> None:
    """Split paragraphs at the run-on labels the evidence establishes (in place)."""
    opening = "\n".join(b.text for b in blocks[:OPENING])[:OPENING_CHARS]
    if not INTERVIEW.search(opening):
        return
    seen: dict[str, str] = {}
    count = 0
    for block in blocks:
        for line in block.lines:
            for m in _INLINE.finditer(line):
                if m.start() == 0:
                    continue
                key = m["key"]
                if key not in seen and (name := initials_name(key, opening)):
                    seen[key] = name
                count += key in seen
    if len(seen) < 2 or count < MIN_LABELS:
        _split_asked(blocks)
        _split_known(blocks)
        _split_bracketed(blocks)
        return
    _split_all(blocks, seen)


#: a question or answer word as a label after a sentence's end (``… New York. Q: What is …?
#: A: I would say …``), or a role word (``Facilitator:`` / ``Respondent:``)
_ASKED = re.compile(
    r"(?<=[.!?…:\"”’)\]] )(?P<key>Q|Question|Interviewer|Facilitator|P|Pregunta|Frage|Domanda|"
    r"Pergunta|Вопрос|A|Answer|Respondent|Interviewee|R|Respuesta|Antwort|Risposta|Resposta|"
    r"Ответ):\s"
)
_ASKS = frozenset(
    {"Q", "Question", "Interviewer", "Facilitator", "P", "Pregunta", "Frage", "Domanda"}
    | {"Pergunta", "Вопрос"}
)


def _split_asked(blocks: list[Block]) -> None:
    """Split paragraphs at run-on question and answer labels: one that asks, then one that
    answers right after a question mark, both inside the page's paragraphs."""
    found = [m for b in blocks for line in b.lines for m in _ASKED.finditer(line)]
    asks = [m for m in found if m["key"] in _ASKS]
    answers = [m for m in found if m["key"] not in _ASKS]
    if (
        not asks
        or not answers
        or not any(m.string[m.start() - 2] == "?" for m in answers)  # ("…? A: …")
    ):
        return
    if len({m["key"] for m in asks}) > 1 or len({m["key"] for m in answers}) > 1:
        return  # one word for each side
    keys = {m["key"]: "a question or answer word" for m in found}
    _split_all(blocks, keys, _ASKED, "after a sentence's end")


def _split_known(blocks: list[Block]) -> None:
    """Split paragraphs at the page's own name labels run on after a sentence's end
    (``… is about 350,000. GINWALA: Now the Portuguese …``): labels of two speakers or more
    that open two paragraphs each."""
    opened = Counter(
        found.key for b in blocks if (found := candidate(b.first)) and found.form in _NAMED_FORMS
    )
    keys = sorted((k for k, n in opened.items() if n >= 2), key=len, reverse=True)
    if len(keys) < 2:
        return
    shape = re.compile(rf"(?<=[.!?…\"”’)\]] )(?P<key>{'|'.join(map(re.escape, keys))})\s?:\s")
    named = dict.fromkeys(keys, "a label that opens paragraphs of the page")
    _split_all(blocks, named, shape, "after a sentence's end")


_NAMED_FORMS = ("named", "caps")
#: a bracketed label after a sentence's end or another bracket (``… interview. [Castro] I …``),
#: perhaps after the monitor's mark of where the text starts (``[Text] [Castro]``)
_BRACKETED = re.compile(
    r"(?:(?<=[.!?…\"”’)\]] )|(?<=^))(?:\[(?:Text|Excerpts?)\]\s+)?"
    r"\[(?P<key>[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3})\]\s(?=\S)"
)


def _split_bracketed(blocks: list[Block]) -> None:
    """Split paragraphs at a transcript's bracketed labels run on: two speakers' labels (no
    recording mark) taking turns, A, B, A, inside the page's paragraphs."""
    order = [
        m["key"]
        for b in blocks
        for line in b.lines
        if "[" in line
        for m in _BRACKETED.finditer(line)
        if not SOUNDS.match(m["key"].casefold())
    ]
    if not any(a == c != b for a, b, c in zip(order, order[1:], order[2:], strict=False)):
        return
    counts = Counter(order)
    keys = {k: "bracketed labels of two speakers taking turns" for k, n in counts.items() if n >= 2}
    if len(keys) >= 2:
        _split_all(blocks, keys, _BRACKETED, "after a sentence's end")


def _split_all(
    blocks: list[Block], keys: dict[str, str], shape: re.Pattern[str] = _INLINE, why: str = ""
) -> None:
    """Each block cut before its run-on labels of ``keys`` (in place)."""
    index = 0
    while index < len(blocks):
        pieces = _split(blocks[index], keys, shape, why)
        blocks[index : index + 1] = pieces
        index += len(pieces)


def _split(
    block: Block, keys: dict[str, str], shape: re.Pattern[str] = _INLINE, why: str = ""
) -> list[Block]:
    """The block cut before each run-on label of ``keys`` (the block itself when none)."""
    at = []
    for k, line in enumerate(block.lines):
        for m in shape.finditer(line):
            if not m.start() or (key := m["key"]) not in keys:
                continue
            evidence = (
                f"label {key}: inside a flattened paragraph, {why} ({keys[key]})"
                if why
                else f"label {key}: inside a flattened paragraph "
                f"(initials of {keys[key]!r}, named in the opening)"
            )
            at.append((k, m.start(), evidence))
    return block.cut(at)
