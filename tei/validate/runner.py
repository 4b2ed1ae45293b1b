"""Validate many files: collect them, compile once, fan out to worker processes.

Schemas are compiled once in the parent. On POSIX the pool forks, so workers inherit
the compiled schemas instead of compiling their own; elsewhere each worker compiles
once from the (picklable) spec. A run with few files stays in-process: no pool
start-up for a pre-commit hook's single file.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tei.errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError
from tei.validate.engine import FileResult, Validator, ValidatorSpec

#: Below this many files, validation stays in the calling process.
MIN_FILES_FOR_POOL = 8
XML_SUFFIXES = (".xml", ".tei")

_WORKER: Validator | None = None


@dataclass
class ValidationRun:
    """The outcome of validating a set of files."""

    results: list[FileResult]
    layers: list[str]
    seconds: float = 0.0
    jobs: int = 1
    strict: bool = False

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.results)

    @property
    def warnings(self) -> int:
        return sum(r.warnings for r in self.results)

    @property
    def unreadable(self) -> int:
        return sum(1 for r in self.results if not r.readable)

    @property
    def invalid(self) -> int:
        """Readable files that fail (errors, or warnings when strict)."""
        return sum(1 for r in self.results if r.readable and not r.valid(self.strict))

    def exit_code(self) -> int:
        """0 all valid, 1 some file invalid, 2 some file unreadable (wins over 1)."""
        if self.unreadable:
            return EXIT_USAGE
        return EXIT_INVALID if self.invalid else EXIT_OK


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders (recursively, ``*.xml``/``*.tei``, hidden folders skipped), keep order.

    A path that does not exist is kept: validating it reports it as unreadable. A folder
    without any XML file is a usage error.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            members = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in XML_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not members:
                raise UsageError(
                    "no XML files (*.xml, *.tei) in this folder", file=str(path), code="no-files"
                )
        else:
            members = [path]
        for member in members:
            if member not in seen:
                seen.add(member)
                found.append(member)
    return found


def validate_paths(
    paths: Sequence[str | Path],
    *,
    spec: ValidatorSpec | None = None,
    validator: Validator | None = None,
    jobs: int | None = None,
    strict: bool = False,
) -> ValidationRun:
    """Validate files and folders; results in input order whatever the parallelism."""
    start = time.perf_counter()
    files = collect_files(paths)
    if validator is None:
        validator = Validator.from_spec(spec or ValidatorSpec())
    for layer in validator.layers:  # a pruned grammar is cut once for the batch, pre-fork
        prepare = getattr(layer, "prepare", None)
        if prepare is not None:
            prepare(files)
    workers = _workers(jobs, len(files))
    if workers <= 1:
        results = [validator.validate_file(f) for f in files]
    else:
        results = _parallel(validator, files, workers)
    return ValidationRun(results, validator.layer_names, time.perf_counter() - start, workers,
                         strict)


def _workers(jobs: int | None, count: int) -> int:
    if jobs is not None and jobs <= 1:
        return 1
    if count < MIN_FILES_FOR_POOL:
        return 1
    wanted = jobs or os.cpu_count() or 1
    return max(1, min(wanted, count // 2))


def _parallel(validator: Validator, files: list[Path], workers: int) -> list[FileResult]:
    global _WORKER
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    _WORKER = validator  # inherited by forked workers: nothing is compiled again
    gc.freeze()  # keep the compiled schemas' pages shared (no copy-on-write by the collector)
    chunk = max(1, len(files) // (workers * 4))
    try:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(validator.spec,),
        ) as pool:
            return list(pool.map(_validate_one, files, chunksize=chunk))
    finally:
        _WORKER = None
        gc.unfreeze()


def _init_worker(spec: ValidatorSpec | None) -> None:
    """Spawned (non-fork) workers compile the schemas once, from the spec."""
    global _WORKER
    if _WORKER is None:
        if spec is None:
            raise UsageError("cannot rebuild a validator without its spec", code="internal")
        _WORKER = Validator.from_spec(spec)


def _validate_one(path: Path) -> FileResult:
    assert _WORKER is not None
    return _WORKER.validate_file(path)
