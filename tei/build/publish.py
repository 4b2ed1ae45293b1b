"""Never half-written: a build is made beside the site and then put in place.

Two ways, one guarantee (the previous site stays whole until the new one is complete):

* **Swap** (a first build, or one where many documents changed): the whole site is
  written to a temporary folder, unchanged documents hard-linked from the previous
  site (copied where links are not possible), and the two folders are exchanged
  atomically where Linux can (``renameat2``), else with two renames; if a build dies
  between those, the next build puts the previous site back before it starts.
* **Update** (a few documents changed, :func:`update`): only what differs is written
  to the temporary folder — the changed documents' folders, the site pages whose bytes
  changed, the changed shards of the search index, the manifest and the build state.
  A journal listing those paths is written (atomically) first: from then on the build
  is committed. Each path is then put in place with one atomic rename (a document's
  folder by one atomic exchange), in an order that never leaves a published page
  linking to a missing file: everything new first (only new things link to it), then
  what replaces an existing file, the manifest and the state last; only then are the
  removed documents and pages deleted. A reader sees every file whole, and for the
  milliseconds of the renames may see some pages of the new build beside some of the
  old one — as a reader who loads a page before a swap and the next after it does. If a
  build dies after writing its journal, the next build finishes the renames before it
  starts (:func:`recover`); before that, nothing on the site was touched. Unchanged
  documents cost nothing: no link, no removal.

Temporaries are named after their owner's PID (``.<site>.building-<pid>``) and only a
dead owner's are removed; the build holds the site's lock (:func:`tei.safety.exclusive`)
throughout.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from tei.safety import (
    alive,
    exchange,
    fault,
    load_record,
    remove_tree,
    temp_name,
    temporaries,
)
from tei.xmlio import atomic_write

MARKER = ".tei-site"  # in every site tei build makes: the folder may be replaced
JOURNAL = ".tei-update.json"  # in an update's temporary folder: the renames it commits to
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
            if (path / JOURNAL).is_file() and site.is_dir():  # a committed update: finish it
                _apply(path, site, load_record(path / JOURNAL))
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


def update(staged: Path, site: Path, moves: list[str], remove: list[str]) -> None:
    """Put the paths ``moves`` (relative to both folders, in this order) from ``staged``
    in place of the live ones in ``site``, then delete ``remove`` from ``site``.

    The journal written first commits the build: an update cut short is finished by the
    next build's :func:`recover`. ``staged`` is left holding what was replaced."""
    entries = [[rel, (staged / rel).lstat().st_ino] for rel in moves]
    journal = {"moves": entries, "remove": remove}
    atomic_write(staged / JOURNAL, json.dumps(journal, ensure_ascii=False).encode("utf-8"))
    _apply(staged, site, journal)


def _apply(staged: Path, site: Path, journal: dict[str, Any]) -> None:
    """Carry out (or finish) a journal; a path already in place (its inode is the staged
    one's) is skipped, so running it twice does no harm."""
    for rel, inode in journal.get("moves", []):
        new, live = staged / rel, site / rel
        try:
            if live.lstat().st_ino == inode:
                continue  # done before the cut
        except FileNotFoundError:
            pass
        if not os.path.lexists(new):
            continue
        if live.is_dir() and not live.is_symlink():
            if not (new.is_dir() and exchange(new, live)):  # else: put it aside, then rename
                aside = staged / ".replaced" / rel
                aside.parent.mkdir(parents=True, exist_ok=True)
                remove_tree(aside)
                live.rename(aside)
                new.rename(live)
        else:
            live.parent.mkdir(parents=True, exist_ok=True)
            os.replace(new, live)
        fault("build.mid-update")  # after each move: a cut here is finished by recover
    for rel in journal.get("remove", []):
        remove_tree(site / rel)
    fault("build.after-update")
    (staged / JOURNAL).unlink(missing_ok=True)
