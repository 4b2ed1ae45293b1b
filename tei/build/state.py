"""Incremental builds: what each document was built from, as content digests.

A document is rebuilt only when its key changes: the digest of its inputs (source
or TEI, config), of the transforms and schemas, of the toolkit's own code and
version, and of the build options (formats, parameters). Timestamps are never used.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import stat
from functools import cache
from pathlib import Path
from typing import Any

import tei
from tei.build.editions import Edition
from tei.errors import TeiError
from tei.resources import PACKAGE, data_dir
from tei.xmlio import atomic_write, max_input_bytes, read_bytes

STATE_NAME = ".tei-build.json"


@cache
def environment_digest() -> str:
    """Digest of everything shared by all documents: toolkit code, transforms, schemas."""
    h = hashlib.sha256(tei.__version__.encode())
    for folder, pattern in (
        (PACKAGE, "**/*.py"),
        (data_dir("transforms"), "**/*"),
        (data_dir("schemas"), "**/*"),
    ):
        for path in sorted(folder.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(folder)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()


@functools.lru_cache(maxsize=8)
def _options_digest(options: str) -> bytes:
    """The environment and the build options, hashed once per build, not per document."""
    return hashlib.sha256((environment_digest() + "\0" + options).encode()).digest()


def document_key(edition: Edition, options: dict[str, Any] | bytes) -> str:
    """The digest that decides whether ``edition`` must be rebuilt (``options``: the build
    options, or :func:`options_digest` of them, made once for many documents)."""
    start = options if isinstance(options, bytes) else options_digest(options)
    h = hashlib.sha256(start)
    if edition.problem is not None:
        h.update(str(edition.problem).encode())
    for path in edition.inputs:
        h.update(path.name.encode())
        try:
            h.update(hashlib.sha256(_contents(path)).digest())
        except TeiError as exc:  # the worker meets it again and fails this edition alone
            h.update(str(exc).encode())
    return h.hexdigest()


def options_digest(options: dict[str, Any]) -> bytes:
    """The environment and the build options: where every document's key starts."""
    return _options_digest(json.dumps(options, sort_keys=True, default=str))


def _contents(path: Path) -> bytes:
    """A regular file's bytes in one read (10,000 sources are read on every build);
    anything else (too large, not a file, unreadable) through :func:`read_bytes`, which
    refuses it with the one-line error the key then holds."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return read_bytes(path)
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and info.st_size <= max_input_bytes():
            data = os.read(fd, info.st_size + 1)
            if len(data) <= info.st_size:  # else it grew while read
                return data
    finally:
        os.close(fd)
    return read_bytes(path)


def load_state(site: Path) -> dict[str, Any]:
    try:
        value = json.loads((site / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def save_state(folder: Path, state: dict[str, Any]) -> None:
    # compact: json's C encoder serves only calls without ``indent`` (10,000 documents:
    # 3.6 s indented, a fraction of it compact); sorted keys keep it deterministic
    data = json.dumps(state, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    atomic_write(folder / STATE_NAME, (data + "\n").encode("utf-8"))


def stamps_path(site: Path) -> Path:
    """Beside the site, not in it: inode, size and time of each output as written
    (machine-specific, so never published; a stale or lost file only costs digests)."""
    return site.parent / f".{site.name}.stamps.json"


def load_stamps(site: Path) -> dict[str, Any]:
    try:
        value = json.loads(stamps_path(site).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def save_stamps(site: Path, stamps: dict[str, Any]) -> None:
    with contextlib.suppress(OSError):  # only an optimisation
        atomic_write(stamps_path(site), json.dumps(stamps, sort_keys=True).encode())
