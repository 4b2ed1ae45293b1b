"""Rule: letters — the greeting and the signature.

* salute: a short line that greets the addressee, ending in ``:`` or ``,`` (``Dear Sir:``,
  ``Queridos amigos:``, ``Уважаемый господин:``, ``Lieber Genosse,``, ``Cher camarade,``;
  with a greeting word also ``!``: ``Дорогие товарищи!``, ``Liebe Genossen!``) →
  ``opener/salute`` at the start of the text;
* signature: on a page with a salute, the last paragraph when it is a personal name
  (``L. Trotsky``, ``Л. Троцкий.``), perhaps after a closing phrase on the line before
  (``Fraternally,``) → ``closer/signed``; the name is the letter's author when the page
  names none;
* dateline: the one or two short blocks before the salute when one of them holds a date and
  the others are a place (``Coyoacan, D.F.`` / ``May 3, 1938``, ``Prinkipo, le 4 janvier
  1930``) → ``opener/dateline``, the opener then ``dateline`` + ``salute``;
* closing: a one-line block just before the signature that is a closing phrase
  (``Comradely yours,``, ``С коммунистическим приветом``) → ``closer/salute`` with the name.
"""

from __future__ import annotations

import re

from tei.dates import find_date
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.front import is_name_like

SALUTE = re.compile(
    r"^(?:(?:my\s+)?dear|dearest|(?:mon\s+)?cher|ch[èe]re|chers|ch[èe]res|querid[oa]s?|"
    r"estimad[oa]s?|stimat[oa]|car[oa]|caros?|lieber?|liebe|sehr geehrter?|werte[rn]?|"
    r"уважаем\w*|дорог\w*|товарищи|comrades?|camarades?|compa[ñn]er[oa]s?|genossen|"
    r"gentlemen|sirs?|madam)\b[^.!?\n]{0,50}[:,]$"
    # "Дорогие товарищи!", "Liebe Genossen!": a greeting word, then an exclamation mark
    r"|^(?:(?:my\s+)?dear|dearest|(?:mon\s+)?cher|ch[èe]re?s?|querid[oa]s?|estimad[oa]s?|"
    r"car[oa]|caros?|lieber?|liebe|werte[rn]?|уважаем\w*|дорог\w*|αγαπητ\w*)\b[^.!?\n]{0,50}!$",
    re.I,
)
_CLOSING = re.compile(
    r"^(?:fraternally|yours|sincerely|comradely|with (?:comradely|revolutionary) greetings|"
    r"avec mes salutations|salutations|saludos|(?:with )?(?:best|warm|kind) (?:regards|wishes)|"
    r"greetings|cordially|respectfully|fraternalmente|mit (?:kameradschaftlichen|"
    r"kommunistischen|besten) gr[üu](?:ß|ss)en|mit [^\W\d_]+(?:em|en) gru(?:ß|ss)|saluti|"
    r"fraterni saluti|saudações|abra[çc]os|un abrazo|abrazos|cordialement|"
    r"fraternellement|с (?:товарищеским |коммунистическим )?приветом)\b"
    r".{0,40}[,.]?$",
    re.I,
)


def is_salute(block: Block) -> bool:
    """A greeting line (see module docstring)."""
    return len(block.lines) == 1 and block.words <= 6 and bool(SALUTE.match(block.text.strip()))


def signature(block: Block) -> tuple[str, str] | None:
    """(closing phrase, name) of a signature paragraph, the phrase "" when there is none."""
    lines = [line.strip() for line in block.lines]
    name = lines[-1].rstrip(".")
    if len(lines) > 2 or not is_name_like(name):
        return None
    if len(lines) == 2:
        return (lines[0], lines[-1]) if _CLOSING.match(lines[0]) else None
    return "", lines[-1]


#: a dateline's parts are short: ``Coyoacan, D.F.``, ``Prinkipo, le 4 janvier 1930``
DATELINE_WORDS = 10
#: the opener's datelines stand in the first blocks of the body, just before the salute
DATELINE_BLOCKS = 2


def _place_or_date(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind == "para"
        and len(block.lines) <= 2
        and block.words <= DATELINE_WORDS
        and not re.search(r"[?!:;]$|[^\W\d_]{3}\.\s", text)  # no sentence ends inside
        and not SALUTE.match(text)
    )


def datelines(blocks: list[Block]) -> tuple[int, list[int]] | None:
    """(index of the salute, indices of the dateline blocks before it) when the body opens
    with a place-and-date line (one or two short blocks, one with a date) and then the
    salute; None otherwise."""
    salute = next(
        (i for i, b in enumerate(blocks[: DATELINE_BLOCKS + 1]) if b.kind == "salute"), None
    )
    if not salute:
        return None
    before = blocks[:salute]
    if all(_place_or_date(b) for b in before) and any(find_date(b.text) for b in before):
        return salute, list(range(salute))
    return None


def closing(block: Block) -> bool:
    """A one-line closing phrase standing before the signature (``Comradely yours,``)."""
    return (
        block.kind == "para"
        and len(block.lines) == 1
        and block.words <= 8
        and bool(_CLOSING.match(block.text.strip()))
    )
