"""Rule: speaker turns.

Accepted labels, at the start of a paragraph, kept exactly as written:

* question/answer words: ``Question:``, ``Answer:``, ``Q:``, ``A:``, ``Q.``, ``A.``, ``A –``,
  ``Frage:``, ``Antwort:``, ``Pregunta:``, ``Respuesta:``, ``Réponse :``;
* ``Name (ABBR):`` (``Paul M. Sweezy (PMS):``), which also declares ``ABBR:``;
* capitals: ``DEWEY:``, ``MR. FINERTY:``;
* a name and a colon or dash: ``Hugo Blanco –``, ``Leon Trotsky:``.

To keep titles such as ``Leon Trotsky: Answers to …`` out, named labels count only
when they recur (two turns or more), are declared in the config or by ``(ABBR)``, or
(capitals labels) once two other capitals labels recur on the page;
``Q.``/``A.`` count only when the page has both halves of the pair; dash labels only
when two paragraphs or more start with one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from tei.config import EditionConfig

QUESTION_WORDS = {"question", "q", "frage", "pregunta", "domanda", "pergunta", "interviewer"}
ANSWER_WORDS = {"answer", "a", "antwort", "respuesta", "réponse", "reponse", "risposta", "resposta"}

_QA = re.compile(
    r"^(?P<label>(?P<word>Question|Answer|QUESTION|ANSWER|Q|A|Frage|Antwort|Pregunta|Respuesta|"
    r"R[ée]ponse|Domanda|Risposta|Pergunta|Resposta)\s?(?P<sep>[:.]|[–—]|-(?=\s)))\s*(?P<rest>\S.*)$",
    re.S,
)
_ABBR = re.compile(
    r"^(?P<label>(?P<name>[A-Z][\w.'’ -]{1,60}?)\s*\((?P<abbr>[A-Z][A-Z.]{0,9})\)\s*:)"
    r"\s*(?P<rest>\S.*)$",
    re.S,
)
_CAPS = re.compile(
    r"^(?P<label>(?P<name>(?:(?:MR|MRS|MS|DR|PROF|GEN|COL)\.\s)?[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3})\s?:)"
    r"\s*(?P<rest>\S.*)$",
    re.S,
)
_NAMED = re.compile(
    r"^(?P<label>(?P<name>[A-Z][\w'’.-]*(?:\s(?:[A-Z0-9][\w'’.-]*|de|van|von|la|del|da|du)){0,4})"
    r"\s?(?P<sep>:|\s[–—]))\s+(?P<rest>\S.*)$",
    re.S,
)


@dataclass(frozen=True)
class Label:
    """A candidate speaker label found at the start of a paragraph."""

    label: str  # exactly as written, punctuation included
    key: str  # the name without punctuation ("Question", "Hugo Blanco", "PMS")
    rest: str  # the paragraph's text after the label
    form: str  # "qa", "abbr", "caps", "named", "dash"
    name: str = ""
    abbr: str = ""
    sep: str = ""


def candidate(text: str) -> Label | None:
    """The label at the start of ``text``, if it has the shape of one."""
    if m := _QA.match(text):
        return Label(m["label"], m["word"], m["rest"], "qa", sep=m["sep"])
    if m := _ABBR.match(text):
        name = m["name"].strip()
        return Label(m["label"], m["abbr"], m["rest"], "abbr", name=name, abbr=m["abbr"])
    if m := _CAPS.match(text):
        name = m["name"].strip()
        if sum(c.isupper() for c in name) >= 2:
            return Label(m["label"], name, m["rest"], "caps", name=name)
    if m := _NAMED.match(text):
        name = m["name"].strip()
        form = "named" if m["sep"] == ":" else "dash"
        return Label(m["label"], name, m["rest"], form, name=name)
    return None


def accepted_labels(texts: list[str], config: EditionConfig) -> dict[int, Label]:
    """Which paragraphs (by index in ``texts``) start a speaker turn, by the rules above."""
    found = {i: lab for i, t in enumerate(texts) if (lab := candidate(t)) is not None}
    counts = Counter(lab.key.casefold() for lab in found.values())
    declared = {lab.abbr.casefold() for lab in found.values() if lab.form == "abbr"}
    qa_words = {lab.key.casefold() for lab in found.values() if lab.form == "qa"}
    dash_count = sum(1 for lab in found.values() if lab.form == "dash")
    # a dialogue of capitals labels is established once two distinct ones recur
    caps_dialogue = (
        len(
            {
                k
                for k, n in counts.items()
                if n >= 2
                and any(lab.form == "caps" and lab.key.casefold() == k for lab in found.values())
            }
        )
        >= 2
    )
    accepted: dict[int, Label] = {}
    for i, lab in found.items():
        key = lab.key.casefold()
        if config.label_target(lab.key) is not None or lab.form == "abbr":
            accepted[i] = lab
        elif lab.form == "qa":
            if (
                len(key) > 1
                or lab.sep != "."
                or ({"q", "a"} <= qa_words)
                or ({"question", "answer"} & qa_words)
            ):
                accepted[i] = lab
        elif lab.form == "dash":
            if dash_count >= 2 and counts[key] >= 1:
                accepted[i] = lab
        elif counts[key] >= 2 or key in declared or (lab.form == "caps" and caps_dialogue):
            accepted[i] = lab
    return accepted


def default_role(label: Label) -> str | None:
    """``interviewer``/``interviewee`` for question/answer words, else None."""
    key = label.key.casefold()
    if label.form != "qa":
        return None
    if key in QUESTION_WORDS:
        return "interviewer"
    if key in ANSWER_WORDS:
        return "interviewee"
    return None


def slug(name: str) -> str:
    """An xml:id-safe identifier for a name (``Hugo Blanco`` → ``hugo-blanco``)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")
    if not value:
        value = "speaker"
    return value if value[0].isalpha() else f"p-{value}"
