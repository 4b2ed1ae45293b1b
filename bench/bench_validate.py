#!/usr/bin/env python3
"""Benchmark ``tei validate``: documents/second for each layer (not a timed test).

Validates N interview-size documents (copies of the demo edition, each with its own
title so no two files are identical) and prints, for each layer on its own — profile
XSD, Schematron rules, TEI All — the one-off compile time and documents/second in one
process; then the default run (profile + rules) through ``validate_paths`` with a worker
pool, as ``tei validate editions/`` does it.

    .venv/bin/python bench/bench_validate.py            # 1,000 documents
    .venv/bin/python bench/bench_validate.py -n 200 --no-tei-all
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tei.validate.engine import Validator, ValidatorSpec  # noqa: E402
from tei.validate.runner import validate_paths  # noqa: E402
from tei.xmlio import parse_file  # noqa: E402

DEMO = ROOT / "editions" / "bolivian-miner-1965" / "interview-with-bolivian-miner-isr-1965.xml"
TEI_ALL = ROOT.parent / "shared" / "tei-all" / "tei_all.rng"


def make_documents(folder: Path, count: int) -> list[Path]:
    text = DEMO.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        path = folder / f"doc-{i:04}.xml"
        path.write_text(
            text.replace("Interview With Bolivian Miner", f"Interview {i}", 1), encoding="utf-8"
        )
        paths.append(path)
    return paths


def layer(name: str, spec: ValidatorSpec, paths: list[Path]) -> None:
    start = time.perf_counter()
    validator = Validator.from_spec(spec)
    compiled = time.perf_counter() - start
    trees = [parse_file(p) for p in paths]  # parsing is timed separately below
    start = time.perf_counter()
    errors = sum(len(validator.validate_tree(t, "doc")) for t in trees)
    seconds = time.perf_counter() - start
    print(
        f"{name:<22} compile {compiled:6.2f} s   {len(paths) / seconds:8.0f} docs/s"
        f"   ({seconds:.2f} s for {len(paths)}; {errors} findings)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--tei-all", type=Path, default=TEI_ALL)
    parser.add_argument("--no-tei-all", action="store_true")
    args = parser.parse_args()

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.system()}"
    )
    size = DEMO.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_documents(Path(tmp), args.count)
        print(f"documents: {args.count} copies of the demo edition ({size:,} bytes each)\n")
        start = time.perf_counter()
        for p in paths:
            parse_file(p)
        seconds = time.perf_counter() - start
        print(f"{'parse (hardened)':<22} {'':15} {args.count / seconds:8.0f} docs/s")
        layer("profile XSD", ValidatorSpec(profile=True, rules=False), paths)
        layer("Schematron rules", ValidatorSpec(profile=False, rules=True), paths)
        if not args.no_tei_all and args.tei_all.exists():
            layer(
                "TEI All (RELAX NG)",
                ValidatorSpec(profile=False, rules=False, tei_all=str(args.tei_all)),
                paths,
            )
        print()
        for jobs in sorted({1, args.jobs}):
            run = validate_paths([tmp], spec=ValidatorSpec(), jobs=jobs)
            print(
                f"tei validate (default, {jobs} job{'s' if jobs > 1 else ''}): "
                f"{args.count / run.seconds:6.0f} docs/s, {run.seconds:.2f} s in all "
                f"(read + parse + compile + profile + rules); exit {run.exit_code()}",
                flush=True,
            )


if __name__ == "__main__":
    main()
