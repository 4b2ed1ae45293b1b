"""Rule: letters — the greeting and the signature.

* salute: a short line that greets the addressee, ending in ``:`` or ``,`` (``Dear Sir:``,
  ``Queridos amigos:``, ``Уважаемый господин:``, ``Lieber Genosse,``, ``Cher camarade,``;
  with a greeting word also ``!``: ``Дорогие товарищи!``, ``Liebe Genossen!``) →
  ``opener/salute`` at the start of the text;
* signature: on a page with a salute, the last paragraph when it is a personal name
  (``L. Trotsky``, ``Л. Троцкий.``), perhaps after a closing phrase on the line before
  (``Fraternally,``) → ``closer/signed``; the name is the letter's author when the page
  names none.
"""

from __future__ import annotations

import re

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
    r"avec mes salutations|salutations|saludos|fraternalmente|mit (?:kameradschaftlichen|"
    r"kommunistischen|besten) gr[üu](?:ß|ss)en|с (?:товарищеским |коммунистическим )?приветом)\b"
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
