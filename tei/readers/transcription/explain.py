"""What each block of the page was taken for, and why: the reader's decisions as data.

``explain(blocks, layout, removed, front_kinds)`` gives one :class:`Decision` per removed
line and per block, in line order; ``tei convert --explain`` prints them. The reasons are
the evidence the rules recorded (``block.data``: ``label_evidence`` of a speaker label,
``evidence`` of the other rules), so an editor who disagrees can see which
signal to override (``[labels]`` in the edition config, for speaker turns).
"""

from __future__ import annotations

from dataclasses import dataclass

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.structure import Layout

_KIND_REASONS = {
    "break": "a section break (* * *)",
    "updated": "a 'Last updated' line",
    "provenance": "a provenance line (From …, Source: …) parsed into a citation",
    "info": "an information field of the header block (Written:, Translated: …)",
    "credit": "a transcription credit (Transcribed by …)",
    "periodical": "the periodical line (journal, date)",
    "salute": "a letter's greeting (Dear Sir:, Queridos amigos:, Уважаемый господин:)",
}
_FRONT_REASONS = {
    "title": "a short heading-like line at the top",
    "author": "a personal name (or 'The Editors') beside the title",
    "date": "a date line",
    "byline": "a bracketed byline",
    "address": "a letter's inside address",
    "names": "the author line's names above the title (the archive's page head)",
    "collection": "the collected writings the text belongs to (a collection word, years)",
    "participants": "an oral history's participants line (names and a role word)",
    "bracket-bibl": "a bracketed source citation",
}


@dataclass(frozen=True)
class Decision:
    """One line's (or block's) role, with the evidence for it."""

    line: int
    role: str
    reason: str
    text: str

    def __str__(self) -> str:
        text = self.text if len(self.text) <= 48 else self.text[:47] + "…"
        return f"{self.line:>5}  {self.role:<22} {text!r}: {self.reason}"


def explain(
    blocks: list[Block],
    parts: Layout,
    removed: list[tuple[int, str]],
    kinds: dict[int, str],
    participants: list[tuple[int, str, str, str]] = (),  # type: ignore[assignment]
) -> list[Decision]:
    """The decisions of one reading (``kinds``: front kind by block id), then how each
    participant was named and given a role (``participants``: line, role, reason, name)."""
    out = [
        Decision(n, "navigation", "site navigation or web chrome (removed)", t) for n, t in removed
    ]
    where = {}
    for name in ("front", "headnote", "body", "notes", "colophon"):
        for block in getattr(parts, name):
            where[id(block)] = name
    if parts.notes_heading is not None:
        where[id(parts.notes_heading)] = "notes heading"
    for block in blocks:
        part = where.get(id(block), "body")
        role, reason = _role(block, part, kinds.get(id(block)))
        if seen := block.data.get("evidence"):
            reason += "; " + "; ".join(seen)
        out.append(Decision(block.line, role, reason, block.first))
    return sorted(out, key=lambda d: d.line) + [Decision(*p) for p in participants]


def _role(block: Block, part: str, front_kind: str | None) -> tuple[str, str]:
    evidence = "; ".join(block.data.get("label_evidence", []))
    wrapped = (
        " (hard-wrapped lines joined)" if block.data.get("wrapped") and len(block.lines) > 1 else ""
    )
    if block.kind == "turn":
        who = block.data.get("who", "?")
        label = block.data.get("label")
        shown = " ".join(label.label.split()) if label is not None else "(no label)"
        return f"turn {shown} → #{who}", (evidence or "a speaker label") + wrapped
    if block.kind in _KIND_REASONS:
        return block.kind, _KIND_REASONS[block.kind]
    if part == "front":
        kind = front_kind or "paragraph"
        return kind, _FRONT_REASONS.get(kind, "front matter") + wrapped
    if part == "headnote":
        return "headnote", "stands between the title and the first turn or * * *" + wrapped
    if part in ("notes", "notes heading"):
        return part, "the notes section (a heading, then numbered entries)"
    if part == "colophon":
        return "colophon", "a trailing credit or date line"
    if "dateline" in block.data:
        return "dateline", "a place-and-date line before a letter's salute (opener/dateline)"
    if "closing" in block.data:
        return "closer", "a closing phrase before the signature (closer/salute)"
    if "signed" in block.data:
        return "closer", f"the last paragraph of a letter, a name: signed {block.data['signed']!r}"
    if "continues" in block.data:
        return "paragraph of the turn", f"continues the turn of {block.data['continues']}" + wrapped
    reason = "no other rule claims it" + wrapped
    if evidence:
        reason += f"; label not taken: {evidence}"
    return "paragraph", reason
