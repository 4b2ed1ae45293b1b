"""State shared by the rules while one transcription is read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from tei.config import EditionConfig
from tei.diagnostics import Diagnostic, Severity
from tei.textio import MAX_WARNINGS_PER_CODE

#: at most this many characters of the page's opening blocks are read for names and roles:
#: what a page says of its participants stands at its top, and the rules that read it must
#: not cost the size of a page that is one long line
OPENING_CHARS = 20_000


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
    #: the page's opening (title, author, headnote): the text before its first speaker turn
    opening: str = ""
    #: the name a letter is signed with (its author when the page names none)
    signed: str = ""
    #: diagnostics recorded by :meth:`warn`, by code (past the limit they are only counted)
    warned: Counter[str] = field(default_factory=Counter)

    def warn(
        self,
        code: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        severity: Severity = "warning",
    ) -> None:
        """Record a diagnostic about the source transcription (the first
        ``MAX_WARNINGS_PER_CODE`` of each code; :meth:`summarise` counts the rest)."""
        self.warned[code] += 1
        if self.warned[code] <= MAX_WARNINGS_PER_CODE:
            self.diagnostics.append(Diagnostic(severity, code, message, self.source, line, column))

    def summarise(self) -> None:
        """One diagnostic per code that was reported more often than the limit."""
        for code, n in sorted(self.warned.items()):
            if n > MAX_WARNINGS_PER_CODE:
                severity = next(d.severity for d in self.diagnostics if d.code == code)
                message = f"{n - MAX_WARNINGS_PER_CODE:,} more like this (not listed)"
                self.diagnostics.append(Diagnostic(severity, code, message, self.source))

    def next_id(self, prefix: str) -> str:
        """``prefix-1``, ``prefix-2``, … in document order."""
        self.counters[prefix] += 1
        return f"{prefix}-{self.counters[prefix]}"
