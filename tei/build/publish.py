"""Never half-written: a build goes to a temporary folder that replaces the site at once.

Unchanged documents are hard-linked from the previous site (copied where links are
not possible), so the swap stays cheap. The swap exchanges the two folders atomically
where Linux can (``renameat2``), else with two renames; if a build dies between those,
the next build puts the previous site back before it starts. Temporaries are named
after their owner's PID (``.<site>.building-<pid>``) and only a dead owner's are removed;
the build holds the site's lock (:func:`tei.safety.exclusive`) throughout.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tei.safety import alive, exchange, fault, remove_tree, temp_name, temporaries

MARKER = ".tei-site"  # in every site tei build makes: the folder may be replaced
#: what a site made by earlier versions (without the marker) holds
LEGACY_MARKERS = (("manifest.json", ".tei-build.json"),)


def temp_dir(site: Path) -> Path:
    return temp_name(site, "building")


def old_dir(site: Path) -> Path:
    return temp_name(site, "previous")


def recover(site: Path) -> None:
    """Undo what an interrupted build left: a half-built temp folder, a half-done swap.

    Only temporaries whose owner is dead are touched (the caller holds the lock, so a
    live owner can only be an older version without one); removing them never fails."""
    legacy = [site.parent / f".{site.name}.building", site.parent / f".{site.name}.previous"]
    previous = [p for p, _, pid in temporaries(site, ["previous"]) if _stale(pid)]
    previous += [p for p in legacy[1:] if p.is_dir()]
    if not site.exists() and previous:
        newest = max(previous, key=lambda p: p.stat().st_mtime_ns)
        newest.rename(site)
        previous.remove(newest)
    for path in previous:
        remove_tree(path)
    for path, _, pid in temporaries(site, ["building"]):
        if _stale(pid):
            remove_tree(path)
    remove_tree(legacy[0])


def _stale(pid: int) -> bool:
    """Left by a dead process, or by this one's earlier life (the PID was reused)."""
    return pid == os.getpid() or not alive(pid)


def carry_over(previous: Path, target: Path) -> None:
    """Bring a document's unchanged outputs from the previous site into the new one."""
    target.mkdir(parents=True, exist_ok=True)
    with os.scandir(previous) as entries:  # the type from the directory: no stat per file
        for item in entries:
            if item.is_file(follow_symlinks=False):
                try:
                    os.link(item.path, target / item.name)
                except OSError:
                    shutil.copy2(item.path, target / item.name)


def swap(new: Path, site: Path) -> None:
    """Put ``new`` in place of ``site``: one atomic exchange, or two renames."""
    (new / MARKER).write_text("made by tei build; this folder is replaced on every build\n")
    fault("build.before-swap")
    if site.exists() and exchange(new, site):
        fault("build.after-swap")
        remove_tree(new)  # now the previous site
        return
    old = old_dir(site)
    if site.exists():
        site.rename(old)
    fault("build.between-renames")
    new.rename(site)
    if old.exists():
        remove_tree(old)
