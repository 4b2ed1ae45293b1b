"""Rules that name a speaker from what the page says.

A narration inside the first answers names their speaker (``- Naturalmente … -contesta
Trotsky- pero …``); the person an interview's opening presents by name and age (``Mario
Speranza`` / ``47 anni, diploma di …``) is the interviewee.

A speaker labelled only by initials (``POM.``, ``MS.``) is named by the one name the
page gives whose initials they are — in its opening (``… compiled and authored by Padraig
O’Malley``) or in the speaker's own first turns (``MS. My name is Mahlmola Skhosana``).

Initials are read as :func:`tei.readers.transcription.label_shapes.initials_of` reads them
(``O’Malley``: O, M; ``Kulbaczewska-Figat``: K, F; ``KW`` = ``Kenneth B. West``). A name is
two or three capitalised words; two different names with the same initials name nobody.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Protocol

from tei.readers.transcription.label_shapes import initials_of
from tei.readers.transcription.name_shapes import CAPITALS, is_name_like
from tei.readers.transcription.role_names import NAME

#: two or three capitalised words (a middle initial allowed), apostrophes and hyphens inside
_NAME = re.compile(
    rf"(?<![\w’'-])[{CAPITALS}][\w’'-]+(?:\s+(?:[{CAPITALS}]\.|[{CAPITALS}][\w’'-]+)){{1,2}}"
    r"(?![\w’'-])"
)
_KEY = re.compile(r"[A-Z]{2,4}")


class _Person(Protocol):
    id: str
    name: str
    evidence: list[str]


def _names(text: str) -> set[str]:
    return {m.group(0) for m in _NAME.finditer(text)}


def name_by_initials(people: list[_Person], opening: str, said: dict[str, list[str]]) -> None:
    """Name each speaker labelled by initials alone (in place) where the page holds one
    name with those initials."""
    for person in people:
        if person.name != person.id.upper() or not _KEY.fullmatch(person.name):
            continue
        found = {
            n
            for n in _names(opening) | _names(" ".join(said.get(person.id, [])))
            if initials_of(n, person.name)
        }
        if len(found) == 1:
            person.name = found.pop()
            person.evidence.append(f"the page names {person.name!r}, whose initials label it")


#: how many of a speaker's first turns, and how much of each, are kept for :func:`narrated`
NARRATED_TURNS = 3
NARRATED_CHARS = 400
#: a speech verb in a dashed narration inside an answer, then who says it
_NARRATED = re.compile(
    r"[-–—]\s?(?:contesta|responde|respondió|dice|dijo|afirma|explica|says|said|replies|"
    r"replied|answers|answered|répond|répondit|dit|antwortet|sagt|risponde|diz|disse|"
    r"отвечает|говорит|ответил)\s+(?:el\s+|le\s+|o\s+)?"
    rf"(?P<name>(?:{NAME}))"
)


def narrated(texts: list[str] | None) -> str:
    """The name a narration inside the first answers gives their speaker (``-contesta
    Trotsky-``), or ""."""
    for text in texts or []:
        if m := _NARRATED.search(text):
            return m["name"].strip()
    return ""


#: a line that opens with someone's age (``47 anni, diploma di …``, ``35 years old``)
_AGE = re.compile(
    r"^\d{1,3}\s+(?:anni|years?|ans|años|anos|jahre|лет|år|yaşında|lat)\b", re.IGNORECASE
)


def presented(opening: str) -> str:
    """The person an interview's opening presents: a name alone on its line, the line after
    it opening with the person's age (``Mario Speranza`` / ``47 anni, diploma di …``), or
    ""."""
    lines = [line.strip() for line in opening.splitlines()]
    for name, below in pairwise(lines):
        if _AGE.match(below) and 2 <= len(name.split()) <= 4 and is_name_like(name):
            return name
    return ""
