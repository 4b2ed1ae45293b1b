"""Benchmark of the whole pipeline, stage by stage, against the lxml floor.

    python bench/bench_build.py -n 10000 --pdf 20
    python bench/bench_build.py -n 1000 --register     # names from a collection register

``--register [FILE]`` puts a collection register (default: the demo edition's
``register.toml``, whose places the generated interviews mention) beside the editions, adds
the names stage (``tag_tree``) to the per-stage figures, and builds once without and once
with it, printing what the register costs.

Generates N interview transcriptions (bench/generate.py), then prints, side by side:
documents/second for each stage at one core (convert, validate, HTML, text, PDF on a
subset), the floor (lxml parsing and serialising the same TEI) and each stage as a
multiple of it; the whole build (convert + validate + HTML + text + TEI) at 1 job and at
all cores; a no-change rebuild; and a rebuild after one document changed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import generate

from tei.build import build
from tei.names import load_register, tag_tree
from tei.readers.transcription import read
from tei.render import render
from tei.xmlio import parse_bytes, serialize

DEMO_REGISTER = (
    Path(__file__).resolve().parent.parent / "editions" / "bolivian-miner-1965" / ("register.toml")
)


def rate(label: str, items: list, work: Callable[[object], object]) -> tuple[str, float]:
    start = time.perf_counter()
    for item in items:
        work(item)
    seconds = time.perf_counter() - start
    return label, len(items) / seconds if seconds else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument(
        "--stage-sample", type=int, default=500, help="documents per single-stage figure"
    )
    parser.add_argument("--pdf", type=int, default=20, help="documents for the PDF figure")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temp folder)")
    parser.add_argument(
        "--register",
        type=Path,
        nargs="?",
        const=DEMO_REGISTER,
        default=None,
        help="a collection register.toml (default when given: the demo's)",
    )
    parser.add_argument(
        "--whole-only",
        action="store_true",
        help="only the whole build at --jobs (with the register when given) and "
        "the rebuilds: no per-stage sample, no 1-job build, no baseline",
    )
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="tei-bench-"))
    editions, site = work / "editions", work / "_site"
    shutil.rmtree(editions, ignore_errors=True)
    t0 = time.perf_counter()
    sources = generate(editions, args.count)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.platform()}"
    )
    print(
        f"generated {args.count} transcriptions in {time.perf_counter() - t0:.1f} s "
        f"(mean {sum(p.stat().st_size for p in sources) / len(sources) / 1024:.1f} KiB)"
    )

    if args.whole_only:
        whole(args, editions, site, sources)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        return
    sample = sources[: args.stage_sample]
    data = [p.read_bytes() for p in sample]
    trees = [read(d).tree for d in data]
    tei_bytes = [serialize(t) for t in trees]
    render(trees[0], "html"), render(trees[0], "text")  # compile stylesheets once
    from tei.validate import validate_tree

    validate_tree(trees[0], source="warm-up")
    rows = [
        rate("floor (lxml parse + serialise)", tei_bytes, lambda b: serialize(parse_bytes(b))),
        rate("convert", data, lambda d: read(d)),
        rate("validate (profile + Schematron)", trees, lambda t: validate_tree(t, source="bench")),
        rate("html", trees, lambda t: render(t, "html")),
        rate("text", trees, lambda t: render(t, "text")),
    ]
    if args.pdf:
        rows.append(rate("pdf", trees[: args.pdf], lambda t: render(t, "pdf")))
    if args.register:
        register = load_register(args.register)
        tag_tree(parse_bytes(tei_bytes[0]), register)  # the matcher is compiled once
        rows.append(
            rate(
                "names (parse + tag_tree)", tei_bytes, lambda b: tag_tree(parse_bytes(b), register)
            )
        )
    floor = rows[0][1]
    print(f"\nper stage, 1 core, {len(sample)} documents (PDF: {min(args.pdf, len(sample))}):")
    print(f"{'stage':34} {'docs/s':>10} {'ms/doc':>9} {'× floor':>9}")
    for label, per_second in rows:
        print(f"{label:34} {per_second:10.1f} {1000 / per_second:9.2f} {floor / per_second:9.1f}")

    formats = ("tei", "html", "text")
    print(f"\nwhole build of {args.count} documents (convert + validate + HTML + text + TEI):")
    for jobs in sorted({1, args.jobs}):
        shutil.rmtree(site, ignore_errors=True)
        report = build(editions, site, jobs=jobs, formats=formats)
        print(
            f"  {jobs} job(s): {report.seconds:7.1f} s  {args.count / report.seconds:8.1f} docs/s  "
            f"({report.summary()})"
        )
    if args.register:
        without = report.seconds
        shutil.copyfile(args.register, editions / "register.toml")
        shutil.rmtree(site, ignore_errors=True)
        report = build(editions, site, jobs=args.jobs, formats=formats)
        print(
            f"  {args.jobs} job(s), names from {args.register.name}: {report.seconds:7.1f} s  "
            f"{args.count / report.seconds:8.1f} docs/s  (+{report.seconds / without - 1:.0%} "
            f"over no register; {report.summary()})"
        )
    report = build(editions, site, jobs=args.jobs, formats=formats)
    print(f"  no-change rebuild: {report.seconds:.2f} s ({len(report.skipped)} unchanged)")
    one = sources[len(sources) // 2]
    one.write_text(one.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    report = build(editions, site, jobs=args.jobs, formats=formats)
    print(f"  one document changed: {report.seconds:.2f} s ({len(report.built)} rebuilt)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


STAGES = ("convert", "parse", "names", "validate", "html", "text", "pdf", "other")


def whole(args: argparse.Namespace, editions: Path, site: Path, sources: list[Path]) -> None:
    """The whole build at --jobs, where its time goes, and the two rebuilds."""
    formats = ("tei", "html", "text")
    if args.register:
        shutil.copyfile(args.register, editions / "register.toml")
    shutil.rmtree(site, ignore_errors=True)
    cpu = time.process_time()
    report = build(editions, site, jobs=args.jobs, formats=formats)
    n = len(sources)
    load = os.getloadavg()[0]
    print(
        f"\nwhole build of {n} documents (convert + {'names + ' if args.register else ''}"
        f"validate + HTML + text + TEI), {args.jobs} jobs: {report.seconds:.1f} s, "
        f"{n / report.seconds:.1f} docs/s (load {load:.1f}); {report.summary()}"
    )
    t = report.timings
    staged = sum(t.get(s, 0.0) for s in STAGES)
    print("\n| stage | CPU s (all workers) | ms per document | share |\n|---|---:|---:|---:|")
    for stage in STAGES:
        if t.get(stage):
            print(
                f"| {stage} | {t[stage]:.1f} | {1000 * t[stage] / n:.2f} | "
                f"{t[stage] / staged:.0%} |"
            )
    print(f"| stages together | {staged:.1f} | {1000 * staged / n:.2f} | 100% |")
    for stage in ("site pages", "search index"):
        print(
            f"| {stage} (main process, wall) | {t.get(stage, 0):.1f} | "
            f"{1000 * t.get(stage, 0) / n:.2f} | |"
        )
    print(f"| main process CPU, all of it | {time.process_time() - cpu:.1f} | | |")
    again = build(editions, site, jobs=args.jobs, formats=formats)
    print(
        f"\nno-change rebuild: {again.seconds:.2f} s (load {os.getloadavg()[0]:.1f}); "
        f"{again.summary()}"
    )
    one = sources[len(sources) // 2]
    one.write_text(one.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    again = build(editions, site, jobs=args.jobs, formats=formats)
    t = again.timings
    print(
        f"one document changed: {again.seconds:.2f} s (load {os.getloadavg()[0]:.1f}; site "
        f"pages {t.get('site pages', 0):.2f} s, search index {t.get('search index', 0):.2f} s, "
        f"{t.get('search reindexed', 0):.0f} of {t.get('search shards', 0):.0f} shards); "
        f"{again.summary()}"
    )


if __name__ == "__main__":
    main()
