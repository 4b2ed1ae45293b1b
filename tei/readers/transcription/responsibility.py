"""Who did what, and the rights the page states, as the header records them.

* An ``[[editors]]`` entry of the edition config is a ``respStmt``: ``resp`` says what was done
  (the entry's ``resp``; else a comment written in parentheses after its name, "World Outlook
  (translation of the interview …)", which is not part of the name; else its ``role``), and
  ``persName`` or ``orgName`` (``kind = "org"``) holds the name alone. An entry with
  ``of = "source"`` (the translator or editors of the printed text) is credited on the printed
  source's citation, not in ``titleStmt``.
* A credit line of the page is a ``respStmt`` of the web transcription, except a translator's
  (``Translated by Abe Stein.``: the printed text's, credited on the printed source) and a
  copyright line (``Copyright © International Socialism.``: a statement of rights, recorded in
  ``availability`` as the page states it, not a party).
"""

from __future__ import annotations

import re

from lxml import etree

from tei.config import Person
from tei.elements import E

_COMMENT = re.compile(r"^(?P<name>.+?)\s+\((?P<comment>[^()]+)\)$")
_COPYRIGHT = re.compile(r"^(?:Copyright\b|©|\(c\)\s)", re.I)
_TRANSLATOR = re.compile(r"^(?:Translat|Traduc|Tradu[çz]|Übersetz|Traduz)", re.I)
_ROLE_RESP = {
    "translator": "Translation",
    "editor": "Editing",
    "transcriber": "Transcription",
    "encoder": "Encoding",
}


def split_comment(name: str) -> tuple[str, str]:
    """``World Outlook (translation of …)`` → (``World Outlook``, ``translation of …``)."""
    m = _COMMENT.match(" ".join(name.split()))
    return (m["name"], m["comment"]) if m else (" ".join(name.split()), "")


def editor_resp(editor: Person) -> etree._Element:
    """A config ``[[editors]]`` entry as ``respStmt`` (``xml:id`` = its id, for ``@resp``)."""
    name, comment = split_comment(editor.name or editor.id)
    what = editor.resp or (comment[:1].upper() + comment[1:] if comment else "")
    what = what or _ROLE_RESP.get(editor.role.lower(), editor.role.capitalize() or "Editing")
    who = E("orgName" if editor.kind == "org" else "persName", name)
    return E("respStmt", E("resp", what), who, xml_id=editor.id)


def is_copyright(credit) -> bool:
    """A credit line that states rights (``Copyright © …``), not who did what."""
    return bool(_COPYRIGHT.match(credit.text.strip()))


def is_translator(credit) -> bool:
    """A credit line that names the translator (of the printed text)."""
    return bool(credit.names) and bool(_TRANSLATOR.match((credit.role or "").strip()))


def transcribes(credit) -> bool:
    """A credit whose role also names the transcription (``Translated and transcribed``):
    the same person is credited on the printed source and on the digital one."""
    return bool(re.search(r"(?i)transcri|mark-?up|digiti[sz]", credit.role or ""))


def credit_resp(credit) -> etree._Element:
    """A page credit with names as ``respStmt``: ``resp`` as written, a ``persName`` each."""
    return E(
        "respStmt",
        E("resp", credit.role or "Credit"),
        *[E("persName", name) for name in credit.names],
    )


def rights_lines(facts: dict, removed: list[tuple[int, str]]) -> list[str]:
    """The page's copyright lines as written: credits, and lines removed as the site's chrome."""
    lines = [c.text.strip() for c in facts.get("credits", []) if is_copyright(c)]
    lines += [text for _, text in removed if _COPYRIGHT.match(text) and text not in lines]
    return lines
