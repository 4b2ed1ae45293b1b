"""``convert``: transcription → TEI file, with fidelity check and overwrite protection.

The TEI an editor corrects by hand is never lost: ``convert`` records the digest
of every file it writes (in ``.tei-convert.json`` beside the output) and refuses
to overwrite a file whose bytes differ from what it last wrote, unless ``force``.
All writes are atomic.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tei.config import EditionConfig, load_config
from tei.diagnostics import Diagnostic
from tei.errors import OverwriteRefused, ReadError
from tei.fidelity import FidelityReport, check
from tei.lazy import callable_module
from tei.readers import get_reader, reader_for
from tei.xmlio import atomic_write, read_bytes, serialize, sha256

STATE_FILE = ".tei-convert.json"


@dataclass
class ConversionResult:
    """What a conversion produced and noticed."""

    tree: etree._ElementTree
    data: bytes
    diagnostics: list[Diagnostic] = field(default_factory=list)
    fidelity: FidelityReport | None = None
    output: Path | None = None
    written: bool = False  # False when the output already held exactly these bytes

    @property
    def turns(self) -> int:
        return len(self.tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}sp"))


def find_config(source: Path) -> Path | None:
    """The ``edition.toml`` beside a source file, if there is one."""
    candidate = source.parent / "edition.toml"
    return candidate if candidate.is_file() else None


def convert(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str] | None = None,
    *,
    config: str | os.PathLike[str] | EditionConfig | None = None,
    force: bool = False,
    reader: str | None = None,
) -> ConversionResult:
    """Convert a transcription to TEI; write it to ``output`` when given.

    ``config`` is a path, a loaded :class:`EditionConfig`, or None (then an
    ``edition.toml`` beside the source is used when present). Raises
    :class:`ReadError` for unreadable input and :class:`OverwriteRefused` when the
    output holds hand edits.
    """
    src = Path(source)
    if not isinstance(config, EditionConfig):
        config = load_config(config if config is not None else find_config(src))
    data = read_bytes(src)
    reading = get_reader(reader or reader_for(src))(data, config, source_name=str(src))
    tei_bytes = serialize(reading.tree)
    fidelity = (
        check(reading.source.lines, dict(reading.removed), reading.tree) if reading.source else None
    )
    result = ConversionResult(reading.tree, tei_bytes, list(reading.diagnostics), fidelity)
    if fidelity is not None and not fidelity.ok:
        for word, line in fidelity.lost[:20]:
            result.diagnostics.append(
                Diagnostic("error", "fidelity-lost", f"word {word!r} lost", str(src), line)
            )
        if fidelity.added:
            result.diagnostics.append(
                Diagnostic(
                    "error",
                    "fidelity-added",
                    f"{len(fidelity.added)} words added: {fidelity.added[:10]}",
                    str(src),
                )
            )
    if output is not None:
        out = Path(output)
        result.output = out
        from tei.safety import check_output_file

        check_output_file(out, inputs=[src], force=True)  # never over its own source
        result.written = write_guarded(out, tei_bytes, force=force, source_digest=sha256(data))
    return result


def write_guarded(out: Path, data: bytes, *, force: bool = False, source_digest: str = "") -> bool:
    """Write TEI unless that would destroy hand edits; record what was written.

    The record (``.tei-convert.json``) is changed under its lock (parallel converts in one
    folder keep every entry) and in two steps around the write: first the new digest is
    recorded as pending (the old one still accepted), then the write, then the record is
    settled. A crash at any point leaves the file looking like what tei wrote, never like
    a hand edit, and a hand edit never looks like tei's."""
    from tei.safety import entry_digests, fault, locked_record

    if out.is_dir():
        raise ReadError("output is a directory", file=str(out), code="io-output")
    if out.exists() and not out.is_file():  # a device or a pipe: written to, not recorded
        atomic_write(out, data)
        return True
    digest = sha256(data)
    with locked_record(out.parent / STATE_FILE) as record:
        entry = record.get(out.name)
        if out.exists() and out.is_file():
            current = read_bytes(out)
            if current == data:
                record.done(out.name, digest, source_sha256=source_digest)
                return False
            if not force and sha256(current) not in entry_digests(entry):
                why = (
                    "differs from what tei convert last wrote"
                    if entry
                    else "was not written by tei convert"
                )
                raise OverwriteRefused(
                    f"refusing to overwrite: the file {why} (hand edits?); use --force to "
                    "replace it",
                    file=str(out),
                    code="overwrite-refused",
                )
        record.pending(out.name, digest, source_sha256=source_digest)
        fault("convert.before-write")
        atomic_write(out, data)
        fault("convert.before-record")
        record.done(out.name, digest, source_sha256=source_digest)
    return True


# ``tei.convert(...)`` is the API even after ``import tei.convert`` (see tei.lazy).
callable_module(__name__, convert)
