"""Finding editions: ``editions/<slug>/`` with an ``edition.toml`` and a source or a TEI master.

An edition is built from its TEI master when one is declared (``[edition] master =
"file.xml"``), when the folder holds TEI but no transcription, or when the TEI beside the
transcription was edited by hand (it differs from what ``tei convert`` last wrote).
Otherwise the transcription is converted on every build (in memory; sources are never
written by ``tei build``). A ``register.toml`` in the folder (or one folder up, for the
whole collection) is applied to the TEI on every build: names are tagged in memory.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tei.errors import ConfigError
from tei.xmlio import sha256

CONFIG = "edition.toml"
REGISTER = "register.toml"  # names register (docs/names.md); one folder up: the collection's


@dataclass(frozen=True)
class Edition:
    """One edition folder and the files it is built from."""

    slug: str
    folder: Path
    config: Path | None
    source: Path | None  # the transcription, when the TEI is made from it
    master: Path | None  # the TEI used as is
    registers: tuple[Path, ...] = ()  # names registers: the edition's, then the collection's

    @property
    def inputs(self) -> list[Path]:
        """Every file whose content decides the edition's outputs."""
        files = [p for p in (self.config, self.source, self.master) if p is not None]
        return files + list(self.registers)


def discover(editions_dir: Path) -> list[Edition]:
    """Every edition below ``editions_dir``, sorted by slug (a folder holding edition.toml,
    a transcription or TEI)."""
    found: list[Edition] = []
    shared = _collection_register(editions_dir)
    for folder in sorted(
        p for p in editions_dir.iterdir() if p.is_dir() and not p.name.startswith(".")
    ):
        edition = load(folder, shared)
        if edition is not None:
            found.append(edition)
    return found


def load(folder: Path, shared: tuple[Path, ...] | None = None) -> Edition | None:
    """The edition in ``folder`` (None when it holds none); ``shared``: the collection's
    register, when the caller has looked it up already."""
    names = {entry.name for entry in os.scandir(folder) if entry.is_file()}  # one listing
    config = folder / CONFIG
    has_config = CONFIG in names
    texts = [folder / n for n in sorted(names) if n.endswith(".txt")]
    xmls = [folder / n for n in sorted(names) if n.endswith(".xml") and not n.startswith(".")]
    if not has_config and not texts and not xmls:
        return None
    declared = _declared_master(config) if has_config else None
    source = texts[0] if texts else None
    master: Path | None = None
    if declared is not None:
        master, source = folder / declared, None
    elif source is None and xmls:
        master = xmls[0]
    elif source is not None:
        converted = source.with_suffix(".xml")
        if converted.exists() and _hand_edited(converted):
            master, source = converted, None
    own = (folder / REGISTER,) if REGISTER in names else ()
    registers = own + (_collection_register(folder.parent) if shared is None else shared)
    return Edition(folder.name, folder, config if has_config else None, source, master, registers)


def _collection_register(editions_dir: Path) -> tuple[Path, ...]:
    """The collection's register, if the editions folder has one."""
    path = editions_dir / REGISTER
    return (path,) if path.is_file() else ()


def _declared_master(config: Path) -> str | None:
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"cannot read edition config: {exc}", file=str(config), code="config-syntax"
        ) from None
    master = data.get("edition", {}).get("master")
    return master if isinstance(master, str) else None


def _hand_edited(tei: Path) -> bool:
    """True when ``tei`` differs from what ``tei convert`` recorded writing."""
    state = tei.parent / ".tei-convert.json"
    try:
        recorded = json.loads(state.read_text(encoding="utf-8")).get(tei.name, {}).get("sha256")
    except (OSError, ValueError, AttributeError):
        recorded = None
    return recorded != sha256(tei.read_bytes())
