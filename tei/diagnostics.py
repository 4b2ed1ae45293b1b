"""Diagnostics as data: one record for every warning or error, whatever produced it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Diagnostic:
    """A finding about a file: where it is, how bad it is, which rule found it."""

    severity: Severity
    code: str
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    xpath: str | None = None

    def __str__(self) -> str:
        parts = [self.file or "<input>"]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        message = " ".join(self.message.splitlines())  # one line, whatever the source said
        return f"{':'.join(parts)}: {self.severity}: {message} [{self.code}]"

    def as_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (None fields included, so the shape is stable)."""
        return asdict(self)


def count(diagnostics: list[Diagnostic], severity: Severity) -> int:
    """How many diagnostics have the given severity."""
    return sum(1 for d in diagnostics if d.severity == severity)
