"""Finding editions: ``editions/<slug>/`` with an ``edition.toml`` and a source or a TEI master.

An edition is built from its TEI master when one is declared (``[edition] master =
"file.xml"``), when the folder holds TEI but no transcription, or when the TEI beside the
transcription was edited by hand (it differs from what ``tei convert`` last wrote).
Otherwise the transcription is converted on every build (in memory; sources are never
written by ``tei build``). A ``register.toml`` in the folder (or one folder up, for the
whole collection) is applied to the TEI on every build: names are tagged in memory.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tei.errors import ConfigError, ReadError, TeiError

CONFIG = "edition.toml"
REGISTER = "register.toml"  # names register (docs/names.md); one folder up: the collection's
#: slugs that would collide with the site's own files (index.html, manifest.json, ...)
RESERVED = re.compile(
    r"\.(html?|json|xml|css|js|txt|pdf|lock)$|^\.|^(browse|pagefind(-\d+)?)$", re.IGNORECASE
)  # browse/ and pagefind/, pagefind-N/: the site's browse pages and search index (shards)


@dataclass(frozen=True)
class Edition:
    """One edition folder and the files it is built from.

    ``problem``: why the edition cannot be built (a symlink, a master outside its folder, a
    malformed edition.toml, nothing to build); it then fails alone, the others build."""

    slug: str
    folder: Path
    config: Path | None
    source: Path | None  # the transcription, when the TEI is made from it
    master: Path | None  # the TEI used as is
    registers: tuple[Path, ...] = ()  # names registers: the edition's, then the collection's
    problem: TeiError | None = None

    @property
    def inputs(self) -> list[Path]:
        """Every file whose content decides the edition's outputs."""
        if self.problem is not None:
            return []
        files = [p for p in (self.config, self.source, self.master) if p is not None]
        return files + list(self.registers)


def discover(editions_dir: Path, *, symlinks: bool = False) -> list[Edition]:
    """Every edition below ``editions_dir``, sorted by slug (a folder holding edition.toml,
    a transcription or TEI). ``symlinks``: accept symlinks that resolve inside
    ``editions_dir`` (others are always refused)."""
    found: list[Edition] = []
    root = Path(os.path.realpath(editions_dir))
    shared = _collection_register(editions_dir, root, symlinks)
    for entry in sorted(os.scandir(editions_dir), key=lambda e: e.name):
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        folder = Path(entry.path)
        if entry.is_symlink() and not (symlinks and _within(folder, root)):
            found.append(_refused(folder, folder, "the edition folder is a symbolic link"))
            continue
        edition = load(folder, shared, root=root, symlinks=symlinks)
        if edition is not None:
            found.append(edition)
    return found


def load(
    folder: Path,
    shared: tuple[Path, ...] | None = None,
    *,
    root: Path | None = None,
    symlinks: bool = False,
) -> Edition | None:
    """The edition in ``folder`` (None when it holds none); ``shared``: the collection's
    register, when the caller has looked it up already. Inputs must be regular files inside
    the edition folder (``root``: the editions folder symlinks may point into)."""
    # realpath costs a system call per path component: only where a check needs it
    inside = root if root is not None else Path(os.path.realpath(folder))
    names: set[str] = set()
    problem: Edition | None = None
    for entry in os.scandir(folder):  # one listing; a Path only where a check needs one
        name = entry.name
        if name.startswith(".") or not (name.endswith((".txt", ".xml")) or name in _KNOWN):
            continue
        if entry.is_file(follow_symlinks=False):  # the type from the listing: no stat
            names.add(name)
            continue
        path = Path(entry.path)
        if entry.is_symlink():
            if not (symlinks and _within(path, inside) and path.is_file()):
                problem = problem or _refused(folder, path, "a symbolic link")
                continue
        elif entry.is_dir(follow_symlinks=False):
            continue
        else:
            problem = problem or _refused(folder, path, "not a regular file")
            continue
        names.add(name)
    config = folder / CONFIG
    has_config = CONFIG in names
    texts = [folder / n for n in sorted(names) if n.endswith(".txt")]
    xmls = [folder / n for n in sorted(names) if n.endswith(".xml")]
    if not has_config and not texts and not xmls and problem is None:
        return None
    if problem is not None:
        return problem
    if RESERVED.search(folder.name):
        return _refused(
            folder,
            folder,
            "the folder's name is that of a site file (it ends in .html, .json, .xml ...); "
            "refused (rename the folder)",
        )
    try:
        declared = _declared_master(config) if has_config else None
    except TeiError as exc:
        return Edition(folder.name, folder, None, None, None, problem=exc)
    source = texts[0] if texts else None
    master: Path | None = None
    if declared is not None:
        master, source = folder / declared, None
        real = Path(os.path.realpath(folder))
        real_master = Path(os.path.realpath(master))
        allowed = inside if symlinks else real
        if not _within(real_master, real) and not (symlinks and _within(real_master, allowed)):
            return _refused(folder, master, "the declared master lies outside the edition folder")
        if master.is_symlink() and not symlinks:
            return _refused(folder, master, "the declared master is a symbolic link")
        if master.exists() and not master.is_file():
            return _refused(folder, master, "the declared master is not a regular file")
    elif source is None and xmls:
        master = xmls[0]
    elif source is not None and source.name[:-4] + ".xml" in names:
        converted = source.with_suffix(".xml")
        if _hand_edited(converted):
            master, source = converted, None
    if source is None and master is None:
        return _refused(
            folder, config, "nothing to build (no transcription .txt or TEI .xml beside it)"
        )
    own = (folder / REGISTER,) if REGISTER in names else ()
    if shared is None:
        shared = _collection_register(folder.parent, inside, symlinks)
    registers = own + shared
    return Edition(folder.name, folder, config if has_config else None, source, master, registers)


_KNOWN = {CONFIG, REGISTER}


def _within(path: Path, folder: Path) -> bool:
    real = Path(os.path.realpath(path))
    return real == folder or folder in real.parents


def _refused(folder: Path, path: Path, why: str) -> Edition:
    """An edition that fails alone, naming the file and why."""
    if not why.endswith(")"):
        why += "; refused (inputs must be regular files inside the edition folder)"
    problem = ReadError(why, file=str(path), code="build-input-refused")
    return Edition(folder.name, folder, None, None, None, problem=problem)


def _collection_register(editions_dir: Path, root: Path, symlinks: bool) -> tuple[Path, ...]:
    """The collection's register, if the editions folder has one."""
    path = editions_dir / REGISTER
    if path.is_symlink() and not (symlinks and _within(path, root)):
        raise ReadError(
            "a symbolic link; refused (inputs must be regular files inside the editions folder)",
            file=str(path),
            code="build-input-refused",
        )
    return (path,) if path.is_file() else ()


def _declared_master(config: Path) -> str | None:
    from tei.xmlio import read_bytes

    try:
        data = tomllib.loads(read_bytes(config).decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        message = " ".join(str(exc).split())
        raise ConfigError(
            f"cannot read edition config: {message}", file=str(config), code="config-syntax"
        ) from None
    master = data.get("edition", {})
    master = master.get("master") if isinstance(master, dict) else None
    return master if isinstance(master, str) else None


def _hand_edited(tei: Path) -> bool:
    """True when ``tei`` differs from what ``tei convert`` recorded writing (a write cut
    by a crash still counts as tei's: see tei.convert.write_guarded)."""
    from tei.safety import recorded_digests
    from tei.xmlio import read_bytes, sha256

    try:
        current = sha256(read_bytes(tei))
    except TeiError:
        return True
    return current not in recorded_digests(tei.parent / ".tei-convert.json", tei.name)
