"""The toolkit's exceptions and the one table of exit codes.

Exceptions are for stopping, not reporting: warnings travel as
:class:`tei.diagnostics.Diagnostic` records. Every exception's ``str()`` reads
``file:line: message [code]`` so the command line can print it as one line.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Exit codes of the ``tei`` command, documented in README.md.
EXIT_OK = 0
EXIT_INVALID = 1  # the input was read but is invalid / lost words / a document failed
EXIT_USAGE = 2  # bad usage or unreadable input (missing, empty, not text, not XML)
EXIT_REFUSED = 3  # refused to overwrite hand-edited work (use --force)
EXIT_INTERNAL = 70  # a bug in the toolkit (EX_SOFTWARE); set TEI_DEBUG=1 for a traceback


@dataclass
class TeiError(Exception):
    """Base class: a problem that stops the current operation."""

    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    code: str = "error"

    exit_code = EXIT_INVALID

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        message = " ".join(self.message.splitlines())  # one line, whatever libxml2 said
        return f"{where}{message} [{self.code}]"


class ReadError(TeiError):
    """An input could not be read: missing, empty, undecodable, not well-formed."""

    exit_code = EXIT_USAGE


class ConfigError(ReadError):
    """An edition config (``edition.toml``) is unreadable or inconsistent."""


class UsageError(TeiError):
    """The caller asked for something that cannot be done (unknown format, bad parameter)."""

    exit_code = EXIT_USAGE


class OverwriteRefused(TeiError):
    """A write would destroy work that the toolkit did not produce (hand edits)."""

    exit_code = EXIT_REFUSED


class ValidationError(TeiError):
    """A document is invalid (raised only where a caller asked for strictness)."""


class FidelityError(TeiError):
    """The TEI lost or added words compared with its source transcription."""


class RenderError(TeiError):
    """A stylesheet or renderer failed."""


class BuildError(TeiError):
    """The build could not complete."""
