"""Rule: speaker turns — the passes after each candidate's own evidence is weighed.

:func:`tei.readers.transcription.speaker_turn.decide` weighs each candidate label on its own
evidence first; these passes then admit the labels that the accepted ones vouch for: short
forms (``T:`` beside ``Trotsky:``), full forms (``Shaun Illingworth:`` beside ``SI:``),
alternations on an interview's page, askers of a question another speaker answers, and full
names in capitals taking turns with an accepted one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tei.readers.transcription.label_shapes import NOT_SPEAKERS, Label, initials_of
from tei.readers.transcription.name_shapes import is_name_like


@dataclass
class Weighed:
    """A candidate label, the evidence about it, and the decision."""

    label: Label
    evidence: list[str] = field(default_factory=list)
    accepted: bool = False
    rejected: bool = False  # the evidence rules it out: no later pass may accept it
    same_as: str = ""  # the key of the longer label this one is the short form of


#: a question's end, a closing quotation mark aside
ASKS = re.compile(r"\?[\"”’»)]*\s*$")


def full_forms(out: dict[int, Weighed]) -> None:
    """``Shaun Illingworth:`` once, then ``SI:`` throughout: the full name whose initials
    are an accepted recurring label is that speaker's first turn (an oral history names
    each speaker in full once)."""
    counts = Counter(w.label.key for w in out.values() if w.accepted)
    short = [k for k, n in counts.items() if n >= 2 and re.fullmatch(r"[A-ZА-ЯЁ]{2,4}", k)]
    for w in out.values():
        lab = w.label
        if w.accepted or w.rejected or lab.form != "named" or len(lab.key.split()) < 2:
            continue
        for key in short:
            if initials_of(lab.key, key):
                w.evidence.append(f"its initials are the recurring label {key + ':'!r}")
                w.accepted = True
                break


def short_forms(out: dict[int, Weighed]) -> None:
    """``T:`` beside ``Trotsky:``, ``PB:`` for a two-word name: the same speaker."""
    accepted = [
        w.label
        for w in out.values()
        if w.accepted and w.label.form != "qa" and len(w.label.key) > 4
    ]
    for w in out.values():
        lab = w.label
        if len(lab.key) > 4 or w.same_as or w.rejected or (w.accepted and lab.form != "named"):
            continue
        for other in accepted:
            if other.key != lab.key and initials_of(other.key, lab.key):
                w.evidence.append(f"short form of {other.label.strip()!r}")
                w.accepted, w.same_as = True, other.key
                break


def alternations(out: dict[int, Weighed], interview: bool) -> None:
    """A named label between accepted turns of another speaker, on an interview page."""
    if not interview:
        return
    order = sorted(out)
    for _ in range(2):
        for n, i in enumerate(order):
            w = out[i]
            if (
                w.accepted
                or w.label.form not in ("named", "caps", "bare")
                or w.label.key.casefold() in (NOT_SPEAKERS)
            ):
                continue
            if w.rejected:
                continue
            near = [out[j] for j in order[max(0, n - 1) : n + 2] if j != i]
            if w.label.form == "bare":  # a name alone on its line answers the turn before it
                near = [out[order[n - 1]]] if n else []
            if any(o.accepted and o.label.key != w.label.key for o in near):
                w.evidence.append("alternates with another speaker on an interview page")
                w.accepted = True


def askers(out: dict[int, Weighed], texts: dict[int, str]) -> None:
    """A named label whose text is a question, right before an accepted label of another
    speaker (``Brais Fernández en Xaquín Pastoriza: Welke …?`` / ``Enzo Traverso: …``): the
    one who asks, on any page."""
    order = sorted(out)
    for n, i in enumerate(order[:-1]):
        w, after = out[i], out[order[n + 1]]
        if (
            not w.accepted
            and not w.rejected
            and w.label.form in ("named", "caps")
            and w.label.key.casefold() not in NOT_SPEAKERS
            and after.accepted
            and after.label.key != w.label.key
            and ASKS.search(texts.get(i, w.label.rest))
        ):
            w.evidence.append(f"asks a question that {after.label.key!r} answers")
            w.accepted = True


def caps_names(out: dict[int, Weighed], speech: frozenset[int]) -> None:
    """``AMY GOODMAN:`` right before or after an accepted ``PRESIDENT KWAME NKRUMAH:``: a
    full name in capitals, opening a paragraph of speech (``speech``: no title's text), next
    to an accepted capitals label of another speaker is a transcript's speaker, on any page."""
    order = sorted(out)
    for n, i in enumerate(order):
        w, lab = out[i], out[i].label
        if (
            w.accepted
            or w.rejected
            or lab.form != "caps"
            or i not in speech
            or lab.key.casefold() in NOT_SPEAKERS
            or not is_name_like(lab.key.title())
        ):
            continue
        near = [out[j] for j in order[max(0, n - 1) : n + 2] if j != i]
        if any(o.accepted and o.label.form == "caps" and o.label.key != lab.key for o in near):
            w.evidence.append("a full name in capitals taking turns with another speaker's")
            w.accepted = True
