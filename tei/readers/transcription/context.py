"""State shared by the rules while one transcription is read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from tei.config import EditionConfig
from tei.diagnostics import Diagnostic, Severity


@dataclass
class Context:
    """What the rules know and have noticed about the page being read."""

    config: EditionConfig
    source: str = "<input>"
    resp: str = "source-editors"
    diagnostics: list[Diagnostic] = field(default_factory=list)
    counters: Counter[str] = field(default_factory=Counter)
    #: note numbers that have an entry in the notes section
    note_numbers: set[str] = field(default_factory=set)
    #: (line, column) of digits glued to words that are footnote markers
    glued_markers: set[tuple[int, int]] = field(default_factory=set)
    #: how many interpolations of each kind were encoded
    brackets: Counter[str] = field(default_factory=Counter)

    def warn(
        self,
        code: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        severity: Severity = "warning",
    ) -> None:
        """Record a diagnostic about the source transcription."""
        self.diagnostics.append(Diagnostic(severity, code, message, self.source, line, column))

    def next_id(self, prefix: str) -> str:
        """``prefix-1``, ``prefix-2``, … in document order."""
        self.counters[prefix] += 1
        return f"{prefix}-{self.counters[prefix]}"
