"""``build``: a folder of editions → a static site, incremental and parallel.

For every edition (see :mod:`tei.build.editions`) the pipeline converts or reads the
TEI, validates it and renders each format (:mod:`tei.build.pipeline`), in worker
processes. Only documents whose inputs changed are rebuilt (:mod:`tei.build.state`).
The site — index, document pages, validation report, manifest — is written to a
temporary folder and swapped into place; when few documents changed, only what changed
is written there and renamed into the live site (:mod:`tei.build.publish`).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from tei.build import publish
from tei.build.assemble import Target, fill
from tei.build.editions import Edition, discover
from tei.build.pipeline import FORMATS, build_document
from tei.build.state import (
    document_key,
    load_stamps,
    load_state,
    options_digest,
    save_stamps,
)
from tei.errors import BuildError, ReadError, UsageError
from tei.safety import (
    check_output_folder,
    die_with_parent,
    environmental,
    exclusive,
    fault,
    io_error,
    remove_tree,
)
from tei.xmlio import atomic_write

Progress = Callable[[int, int, str], None]
#: a build changing at most one document in this many updates the live site in place
IN_PLACE_SHARE = 4


@dataclass
class BuildReport:
    """What a build did."""

    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # failed slug → its one-line error
    warnings: int = 0
    errors: int = 0
    seconds: float = 0.0
    site: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)
    changed: bool = False
    notes: list[str] = field(default_factory=list)  # site-level remarks (e.g. what was left out)
    unhandled: dict[str, int] = field(default_factory=dict)  # TEI elements kept as text only

    def summary(self) -> str:
        from tei.build.browse import plural

        return (
            f"{len(self.built)} built, {len(self.skipped)} unchanged, {len(self.failed)} failed, "
            f"{plural(self.errors, 'error')}, {plural(self.warnings, 'warning')} "
            f"in {self.seconds:.2f} s"
        )


def build(
    editions_dir: str | os.PathLike[str] = "editions",
    out_dir: str | os.PathLike[str] = "_site",
    *,
    jobs: int | None = None,
    formats: tuple[str, ...] = FORMATS,
    force: bool = False,
    params: dict[str, dict[str, str]] | None = None,
    tei_all: str | os.PathLike[str] | None = None,
    names: bool = True,
    progress: Progress | None = None,
    symlinks: bool = False,
) -> BuildReport:
    """Build every edition in ``editions_dir`` into the static site ``out_dir``.

    When at most one document in ``IN_PLACE_SHARE`` changed, only what changed is
    written and renamed into the live site; else (and with ``force``, which builds every
    document again) a whole new site is swapped in (:mod:`tei.build.publish`). Either
    way the site is the same, byte for byte (but for Pagefind's files).
    ``names``: tag mentions with each edition's ``register.toml`` (docs/names.md).
    ``symlinks``: accept symbolic links that resolve inside ``editions_dir`` (others are
    refused, naming the file). The site folder is refused when it is, holds or lies in
    the editions folder, holds the current folder, or is an existing folder tei did not
    make; one build at a time writes it (a second gets a one-line error naming the PID)."""
    start = time.perf_counter()
    src, out = Path(editions_dir), Path(out_dir)
    if not src.is_dir():
        raise ReadError("no such editions folder", file=str(src), code="build-no-editions")
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise UsageError(
            f"unknown format(s) {', '.join(sorted(unknown))}; choose from {', '.join(FORMATS)}",
            code="build-format",
        )
    markers = ((publish.MARKER,), *publish.LEGACY_MARKERS)
    check_output_folder(out, inputs=[src], markers=markers, what="site", code="build-output")
    try:
        with exclusive(out, "site"):
            return _build(
                src, out, jobs, formats, force, params, tei_all, names, progress, symlinks, start
            )
    except OSError as exc:
        if not environmental(exc):
            raise
        raise io_error(exc, out) from None
    except BrokenProcessPool:
        raise BuildError(
            "a worker process died (killed, or out of memory?); nothing was published",
            file=str(src),
            code="build-worker-died",
        ) from None


def _build(
    src: Path,
    out: Path,
    jobs: int | None,
    formats: tuple[str, ...],
    force: bool,
    params: dict[str, dict[str, str]] | None,
    tei_all: str | os.PathLike[str] | None,
    names: bool,
    progress: Progress | None,
    symlinks: bool,
    start: float,
) -> BuildReport:
    publish.recover(out)
    editions = discover(src, symlinks=symlinks)
    options = {
        "formats": list(formats),
        "params": params or {},
        "tei_all": str(tei_all) if tei_all else None,
        "names": names,
        "site_url": os.environ.get("TEI_SITE_URL", ""),  # in each document's OAI-PMH record
    }
    state = load_state(out)
    previous: dict[str, Any] = state.get("documents", {})
    start_key = options_digest(options)
    keys = {e.slug: document_key(e, start_key) for e in editions}
    stamps = load_stamps(out)
    todo = [
        e
        for e in editions
        if force
        or not _current(previous.get(e.slug), keys[e.slug], out, e.slug, stamps.get(e.slug))
    ]
    report = BuildReport(site=out)
    report.timings["check"] = time.perf_counter() - start  # wall: what changed, and the site
    if not todo and set(previous) == set(keys) and (out / "index.html").exists():
        report.skipped = sorted(keys)
        _tally(report, [previous[s] for s in report.skipped])
        report.seconds = time.perf_counter() - start
        return report

    tmp = publish.temp_dir(out)
    remove_tree(tmp)  # our PID's, from a process long dead: never a reason to fail
    tmp.mkdir(parents=True)
    removed = len(set(previous) - set(keys))
    in_place = (  # few changes: update the live site (tei.build.publish), else swap it whole
        not force
        and len(todo) + removed <= max(1, len(editions) // IN_PLACE_SHARE)
        and (out / publish.MARKER).is_file()
        and (out / "manifest.json").is_file()
    )
    target = Target(tmp, out if in_place else None)
    try:
        from tei.exchange.oai import MAX_RECORDS

        oai = len(editions) <= MAX_RECORDS
        began = time.perf_counter()
        results = _run(todo, tuple(formats), options, keys, tmp, oai, jobs, progress)
        report.timings["documents"] = time.perf_counter() - began  # wall; stages: CPU
        report.changed = True
        documents = fill(
            target,
            out,
            editions,
            results,
            previous,
            report,
            options,
            state.get("search") or {},
            jobs,
        )
        fault("build.before-publish")
        began = time.perf_counter()
        if in_place:
            publish.update(tmp, out, target.moves(), target.remove)
        else:
            publish.swap(tmp, out)
        save_stamps(out, {s: d.pop("stamps") or stamps.get(s, {}) for s, d in documents.items()})
        report.timings["publish"] = time.perf_counter() - began
    finally:
        if not (tmp / publish.JOURNAL).exists():  # else committed: the next build finishes it
            remove_tree(tmp)
    _tally(report, list(documents.values()))
    report.seconds = time.perf_counter() - start
    return report


def _current(
    doc: dict[str, Any] | None, key: str, site: Path, slug: str, stamps: dict[str, Any] | None
) -> bool:
    """True when the document's outputs on the site are what the manifest lists: the same
    inode, size and time stamp as when written, else the same SHA-256 (a damaged file is
    rebuilt); and its page is there."""
    if not doc or doc.get("key") != key or doc.get("status") == "failed":
        return False
    folder = os.path.join(site, slug)  # strings, not Paths: this runs for every document
    if not os.path.isfile(os.path.join(folder, "index.html")):
        return False
    stamps = stamps or {}
    for name, info in doc.get("files", {}).items():
        path = os.path.join(folder, name)
        try:
            stat = os.stat(path)
        except OSError:
            return False
        if stat.st_size != info.get("bytes"):
            return False
        if stamps.get(name) == [stat.st_ino, stat.st_size, stat.st_mtime_ns]:
            continue
        try:
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            return False
        if digest != info.get("sha256"):
            return False
    return True


def _run(
    todo: list[Edition],
    formats: tuple[str, ...],
    options: dict[str, Any],
    keys: dict[str, str],
    folder: Path,
    oai: bool,
    jobs: int | None,
    progress: Progress | None,
) -> dict[str, tuple[dict[str, Any], dict[str, float]]]:
    """Build ``todo`` into ``folder`` (in worker processes when there are several jobs)."""
    workers = max(1, jobs or os.cpu_count() or 1)
    results: dict[str, tuple[dict[str, Any], dict[str, float]]] = {}
    args = (
        todo,
        repeat(formats),
        repeat(options),
        [keys[e.slug] for e in todo],
        repeat(folder),
        repeat(oai),
    )
    if workers == 1 or len(todo) <= 1:
        outcomes: Iterator[tuple[dict[str, Any], dict[str, float]]] = map(build_document, *args)
        for n, outcome in enumerate(outcomes, start=1):
            results[outcome[0]["slug"]] = outcome
            if progress:
                progress(n, len(todo), outcome[0]["slug"])
        return results
    chunk = max(1, min(16, len(todo) // (workers * 4)))
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)
    )
    try:
        for n, outcome in enumerate(pool.map(build_document, *args, chunksize=chunk), start=1):
            results[outcome[0]["slug"]] = outcome
            if progress:
                progress(n, len(todo), outcome[0]["slug"])
    except BaseException:  # interrupted, or a worker died: stop the others now, not later
        for process in list((pool._processes or {}).values()):  # no public way to kill them
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return results


def unhandled_line(report: BuildReport) -> str:
    """The TEI elements without a template of their own, for the summary line ("" if none)."""
    from tei.build.browse import plural

    if not report.unhandled:
        return ""
    ranked = sorted(report.unhandled.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = ", ".join(f"{name} ({n:,})" for name, n in ranked[:5])
    more = f" and {len(ranked) - 5} more" if len(ranked) > 5 else ""
    return (
        f"{plural(len(ranked), 'TEI element')} kept as text only: {shown}{more} "
        "(report.html#unhandled)"
    )


def _tally(report: BuildReport, docs: list[dict[str, Any]]) -> None:
    from tei.build.report import unhandled_counts

    report.unhandled = {name: n for name, (n, _) in unhandled_counts(docs).items()}
    report.errors = sum(d.get("errors", 0) for d in docs)
    report.warnings = sum(d.get("warnings", 0) for d in docs)


__all__ = ["FORMATS", "BuildReport", "atomic_write", "build", "unhandled_line"]
