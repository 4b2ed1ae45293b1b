#!/usr/bin/env python3
"""Benchmark ``tei validate``: documents/second for each layer (not a timed test).

Validates N interview-size documents (copies of the demo edition, each with its own
title so no two files are identical) and prints, for each layer on its own — profile
XSD, Schematron rules, TEI All — the one-off compile time and documents/second in one
process; then the default run (profile + rules) through ``validate_paths`` with a worker
pool, as ``tei validate editions/`` does it.

    .venv/bin/python bench/bench_validate.py            # 1,000 documents
    .venv/bin/python bench/bench_validate.py -n 200 --no-tei-all
    .venv/bin/python bench/bench_validate.py --pathological   # N vs 10 N rows only

``--pathological`` validates (default layers) one element with N and 10 N attributes and
N and 10 N invalid sibling elements, and prints the time ratio (linear: about 10).
TEI All goes through the cut-down grammars (tei.validate.prune): its "compile" is the
verdict cut for the batch's names.
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
from tei.xmlio import parse_bytes, parse_file  # noqa: E402

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


def pathological(n: int) -> None:
    validator = Validator.from_spec(ValidatorSpec())
    text = DEMO.read_text(encoding="utf-8")
    cases = {
        "attributes on one <p>": lambda k: text.replace(
            "<p>", "<p " + " ".join(f'a{i}="v"' for i in range(k)) + ">", 1),
        "invalid siblings in one <p>": lambda k: text.replace("<p>", "<p>" + "<bogus/>" * k, 1),
    }
    validator.validate_tree(parse_bytes(cases["attributes on one <p>"](1).encode()), "warm")
    for label, make in cases.items():
        seconds = []
        for k in (n, 10 * n):
            tree = parse_bytes(make(k).encode())
            start = time.perf_counter()
            found = validator.validate_tree(tree, "doc.xml")
            seconds.append(time.perf_counter() - start)
            print(f"{k:>7,} {label:<28} {seconds[-1]:7.2f} s  ({len(found)} findings)", flush=True)
        print(f"{'':7} {'10 N ÷ N':<28} {seconds[1] / seconds[0]:7.1f}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--tei-all", type=Path, default=TEI_ALL)
    parser.add_argument("--no-tei-all", action="store_true")
    parser.add_argument("--pathological", type=int, nargs="?", const=250, default=None,
                        metavar="N", help="only the N vs 10 N rows (default N: 250)")
    args = parser.parse_args()
    if args.pathological:
        pathological(args.pathological)
        return

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
