"""Rules: title lines that the heading test alone does not take — a long two-part press
title first on the page, a headline and its deck over lines, a first line that names the kind
of work with a full stop (decided in ``structure.layout``)."""

from __future__ import annotations

import re

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.front import (
    LONG_TITLE_WORDS,
    QUOTED_LINE,
    RECORD_FIELD,
    SENTENCE_INSIDE,
)

#: (a last part in parentheses too: ``… con CBS en 1964 (+ Fotos y Video)``)
_TWO_PARTS = re.compile(r"[„“”\"«»]\s|\s[–—-]\s|\S:\s|\S\s\([^()]{2,40}\)$")


def is_long_first_title(block: Block, after: Block, *, above_meta: bool = False) -> bool:
    """A page's first line that is a heading too long for :func:`is_heading_like` (a press
    title quoting its subject: ``„Trotzki hätte die Macht … können“ – Interview mit dem
    Enkelsohn Leo Trotzkis``): one line of up to 24 words, in two parts (a quotation, a
    spaced dash or a colon), no closing punctuation and no sentence ending inside, above a
    longer paragraph (or anything, above the page's header lines: ``above_meta``). A line of
    prose is in one part. A line that quotes its subject whole (``'El edificio de UGT …'``) is
    a headline above anything."""
    text = block.text.strip()
    quoted = bool(QUOTED_LINE.fullmatch(text))
    return (
        len(block.lines) == 1
        and bool(quoted or _TWO_PARTS.search(text))
        and block.words <= LONG_TITLE_WORDS
        and len(text) <= 200
        and (quoted or above_meta or after.words > block.words or after.kind != "para")
        and not SENTENCE_INSIDE.search(text)
        and not re.search(r"[.!?;,:…]$", text.rstrip("\"”’'»"))
        and not text.lstrip("([“‘\"'„«")[:1].islower()
        and not RECORD_FIELD.match(text)
    )


def headline_over_lines(block: Block) -> bool:
    """A newspaper's headline and deck over two or three lines, none ending in a stop
    (``Socialist Workers Party holds convention`` / ``Delegates chart course on socialist
    workers’`` / ``growing responsibilities as part of labor resistance``)."""
    lines = [line.strip() for line in block.lines]
    return (
        2 <= len(lines) <= 3
        and all(0 < len(line.split()) <= 10 for line in lines)
        and not any(re.search(r"[.!?;:,]$", line) for line in lines)
        and not SENTENCE_INSIDE.search(" ".join(lines))
        and lines[0][:1].isupper()
    )


#: the words that open a work's title by naming its kind (``Ответы на вопросы …``)
_WORK_KIND = re.compile(
    r"(?i)^(?:answers?|replies|reply|ответы|ответ|antworten?|réponses?|respuestas?|risposte|"
    r"respostas|interview|entretien|entrevista|intervista|gespräch|интервью|беседа|letter|"
    r"lettre|brief|carta|lettera|письмо|speech|discours|rede|discurso|discorso|речь|"
    r"statement|déclaration|erklärung|declaración|заявление|telegram|télégramme|телеграмма)\b"
)


def work_sentence(block: Block) -> bool:
    """``Ответы на вопросы Луизы Брайант.``: one short line that names the kind of work and
    ends with a full stop — a title written as a sentence."""
    text = block.text.strip()
    return (
        "\n" not in text
        and text.endswith(".")
        and not text.endswith("..")
        and block.words <= 14
        and bool(_WORK_KIND.match(text))
        and not SENTENCE_INSIDE.search(text[:-1])
    )
