"""Readers: one module per input format, each producing a TEI tree.

``get_reader(name)`` returns the reader's ``read`` function; an unknown name
raises :class:`tei.errors.UsageError` naming the valid choices.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tei.errors import UsageError

#: reader name -> module providing ``read(data, config, *, source_name) -> Reading``
READERS: dict[str, str] = {
    "transcription": "tei.readers.transcription",
}

#: file suffix -> reader name
SUFFIXES: dict[str, str] = {".txt": "transcription", ".text": "transcription"}


def get_reader(name: str) -> Callable[..., Any]:
    """The ``read`` function of a reader, by name."""
    module = READERS.get(name)
    if module is None:
        choices = ", ".join(sorted(READERS))
        raise UsageError(
            f"unknown reader {name!r}; choose one of: {choices}", code="reader-unknown"
        )
    return importlib.import_module(module).read


def reader_for(path: str | Path) -> str:
    """The reader name for a file, by its suffix (plain text by default)."""
    return SUFFIXES.get(Path(path).suffix.lower(), "transcription")
