"""Reading transcriptions as text: decoding, line splitting, cleaning.

UTF-8 (with or without BOM) and UTF-16 with BOM are read as they are; other bytes
are read as cp1252 only when that decodes cleanly, with a warning. Characters XML
cannot hold (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates)
are removed with a warning naming the line (the first hundred such lines are listed, the
rest counted). Lines split on LF, CRLF and CR only, and text is normalised to Unicode NFC.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from tei.diagnostics import Diagnostic
from tei.errors import ReadError

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NOT_XML_CHARS = frozenset(
    chr(c) for c in [*range(0x20), 0xFFFE, 0xFFFF, *range(0xD800, 0xE000)] if c not in (9, 10, 13)
)
#: warnings of one kind listed for one file; the rest are counted in one summary line, so that
#: hostile input cannot make the list of diagnostics (and the memory it takes) grow without bound
MAX_WARNINGS_PER_CODE = 100
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass
class SourceText:
    """A decoded transcription: its lines (1-based via ``lines[n-1]``) and what was noticed."""

    lines: list[str]
    encoding: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def decode(data: bytes, source: str = "<input>") -> SourceText:
    """Decode transcription bytes into cleaned NFC lines, or raise :class:`ReadError`."""
    diagnostics: list[Diagnostic] = []
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8", source), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", source), "utf-16"
    else:
        if _looks_binary(data):
            raise ReadError("not a text file (binary content)", file=source, code="text-binary")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                raise _decode_error(data, exc, source) from None
            line, col = _position(data, exc.start, "utf-8")
            diagnostics.append(
                Diagnostic(
                    "warning",
                    "text-cp1252",
                    f"not UTF-8 (first bad byte at column {col}); read as Windows-1252",
                    source,
                    line,
                )
            )
    if not text.strip():
        raise ReadError("empty file: no text to convert", file=source, code="text-empty")
    lines = _LINE_BREAK.split(text)
    cleaned: list[str] = []
    dirty = 0
    for number, line in enumerate(lines, start=1):
        if _NOT_XML.search(line):
            dirty += 1
            if dirty <= MAX_WARNINGS_PER_CODE:
                bad = sorted(f"U+{ord(c):04X}" for c in set(line) & _NOT_XML_CHARS)
                diagnostics.append(
                    Diagnostic(
                        "warning",
                        "text-control-char",
                        f"removed characters XML cannot hold: {', '.join(bad)}",
                        source,
                        number,
                    )
                )
            line = _NOT_XML.sub("", line)
        cleaned.append(unicodedata.normalize("NFC", line))
    if dirty and not any(line.strip() for line in cleaned):
        raise ReadError(
            "empty file: no text to convert once the characters XML cannot hold are removed",
            file=source,
            code="text-empty",
        )
    if dirty > MAX_WARNINGS_PER_CODE:
        diagnostics.append(
            Diagnostic(
                "warning",
                "text-control-char",
                f"removed characters XML cannot hold from {dirty - MAX_WARNINGS_PER_CODE:,} more "
                "lines (not listed)",
                source,
            )
        )
    return SourceText(cleaned, encoding, diagnostics)


_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\xff\xd8\xff",
    b"BZh",
    b"\x7fELF",
    b"\xfd7zXZ",
)


def _looks_binary(data: bytes) -> bool:
    """A known binary signature, or NUL bytes in more than 1% of the file.

    (A stray NUL in a scraped text is removed with a warning like any control character.)
    """
    return data.startswith(_MAGIC) or data.count(b"\x00") * 100 > len(data)


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _decode_error(data, exc, source) from None


def _position(data: bytes, offset: int, encoding: str) -> tuple[int, int]:
    """Line and column (in characters, 1-based) of byte ``offset``, counted as :func:`decode`
    splits lines (LF, CRLF, CR), so they match the reader's line numbers in any encoding."""
    text = data[:offset].decode(encoding, errors="replace")
    before = _LINE_BREAK.split(text[1:] if text.startswith("\ufeff") else text)
    return len(before), len(before[-1]) + 1


def _decode_error(data: bytes, exc: UnicodeDecodeError, source: str) -> ReadError:
    line, col = _position(data, exc.start, exc.encoding)
    bad = data[exc.start : max(exc.end, exc.start + 1)][:4]
    shown = " ".join(f"0x{b:02x}" for b in bad)
    return ReadError(
        f"cannot decode as {exc.encoding}: {'byte' if len(bad) == 1 else 'bytes'} {shown}",
        file=source,
        line=line,
        column=col,
        code="text-undecodable",
    )
