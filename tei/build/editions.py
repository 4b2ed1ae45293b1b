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
    for folder in sorted(
        p for p in editions_dir.iterdir() if p.is_dir() and not p.name.startswith(".")
    ):
        edition = load(folder)
        if edition is not None:
            found.append(edition)
    return found


def load(folder: Path) -> Edition | None:
    config = folder / CONFIG
    texts = sorted(folder.glob("*.txt"))
    xmls = sorted(p for p in folder.glob("*.xml") if not p.name.startswith("."))
    if not config.exists() and not texts and not xmls:
        return None
    declared = _declared_master(config) if config.exists() else None
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
    registers = tuple(p for p in (folder / REGISTER, folder.parent / REGISTER) if p.is_file())
    return Edition(
        folder.name, folder, config if config.exists() else None, source, master, registers
    )


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
