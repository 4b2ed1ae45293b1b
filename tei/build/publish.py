"""Never half-written: a build goes to a temporary folder that replaces the site at once.

Unchanged documents are hard-linked from the previous site (copied where links are
not possible), so the swap stays cheap. If a build dies between the two renames of
the swap, the next build puts the previous site back before it starts.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def temp_dir(site: Path) -> Path:
    return site.parent / f".{site.name}.building"


def old_dir(site: Path) -> Path:
    return site.parent / f".{site.name}.previous"


def recover(site: Path) -> None:
    """Undo what an interrupted build left: a half-built temp folder, a half-done swap."""
    old = old_dir(site)
    if not site.exists() and old.exists():
        old.rename(site)
    elif old.exists():
        shutil.rmtree(old)
    shutil.rmtree(temp_dir(site), ignore_errors=True)


def carry_over(previous: Path, target: Path) -> None:
    """Bring a document's unchanged outputs from the previous site into the new one."""
    target.mkdir(parents=True, exist_ok=True)
    for item in previous.iterdir():
        if item.is_file():
            try:
                os.link(item, target / item.name)
            except OSError:
                shutil.copy2(item, target / item.name)


def swap(new: Path, site: Path) -> None:
    """Put ``new`` in place of ``site`` with two renames."""
    old = old_dir(site)
    if site.exists():
        site.rename(old)
    new.rename(site)
    if old.exists():
        shutil.rmtree(old)
