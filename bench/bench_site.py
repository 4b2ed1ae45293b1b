"""Benchmark of the collection site: search index, browse pages, rebuilds.

    python bench/bench_site.py -n 10000

Generates N interviews (bench/generate.py), builds them (HTML + TEI, all cores), then
prints: the whole build; the Pagefind search index (time to make it again on the built
site, its size and file count, the bytes a first search loads); the number of site pages
and the largest (site page and HTML edition); a no-change rebuild (target: under 3 s)
and a rebuild after one document changed (target: under 5 s; only the changed document's
shard of the search index is indexed again).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import generate

from tei.build import build, search


def largest(paths: list[Path], root: Path) -> str:
    if not paths:
        return "none"
    biggest = max(paths, key=lambda p: p.stat().st_size)
    return f"{biggest.stat().st_size / 1024:,.1f} KiB ({biggest.relative_to(root)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temp folder)")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="tei-bench-site-"))
    editions, site = work / "editions", work / "_site"
    shutil.rmtree(editions, ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    generate(editions, args.count)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; {args.count:,} documents, {args.jobs} jobs"
    )
    try:
        start = time.perf_counter()
        report = build(editions, site, jobs=args.jobs, formats=("html", "tei"))
        whole = time.perf_counter() - start
        print(f"whole build (HTML + TEI + site + search index): {whole:.1f} s; {report.summary()}")
        print(
            f"  of which site pages {report.timings.get('site pages', 0):.1f} s, search index "
            f"{report.timings.get('search index', 0):.1f} s; load: {os.getloadavg()[0]:.1f}"
        )

        docs = list(json.loads((site / ".tei-build.json").read_text("utf-8"))["documents"].values())
        for name in search.bundles(docs):
            shutil.rmtree(site / name)
        notes, figures = search.index(site, docs, jobs=args.jobs)  # every shard, no carry-over
        if notes or not figures:  # no index, or nothing to index (every document failed)
            print("search index: " + ("; ".join(notes) or "none (no HTML edition)"))
        else:
            first = sum(
                p.stat().st_size
                for p in (site / search.FOLDER).iterdir()
                if p.is_file()
                and p.suffix in (".js", ".json", ".pf_meta", ".pagefind")
                and "ui" not in p.name
            )
            print(
                f"search index: {figures['seconds']:.1f} s ({figures['shards']:.0f} shards, "
                f"{args.jobs} at a time), {figures['bytes'] / 2**20:,.1f} MiB "
                f"in {figures['files']:,.0f} files "
                f"({figures['bytes'] / max(1, len(docs)) / 1024:.1f} KiB per document); "
                f"a first search loads about {first / 1024:,.0f} KiB before its results"
            )
        editions_html = [site / d["slug"] / f"{d['slug']}.html" for d in docs]
        pages = [p for p in site.rglob("*.html") if p not in set(editions_html)]
        print(f"site pages: {len(pages):,}; largest {largest(pages, site)}")
        print(f"largest HTML edition: {largest([p for p in editions_html if p.exists()], site)}")

        start = time.perf_counter()
        again = build(editions, site, jobs=args.jobs, formats=("html", "tei"))
        seconds = time.perf_counter() - start
        verdict = "met" if seconds < 3 else "MISSED"
        print(
            f"no-change rebuild: {seconds:.2f} s (target < 3 s: {verdict}; load "
            f"{os.getloadavg()[0]:.1f}); {again.summary()}"
        )

        source = next(iter(sorted(editions.glob("*/*.txt"))))
        source.write_text(source.read_text("utf-8").replace("Q: ", "Q: Well, ", 1), "utf-8")
        start = time.perf_counter()
        one = build(editions, site, jobs=args.jobs, formats=("html", "tei"))
        seconds = time.perf_counter() - start
        verdict = "met" if seconds < 5 else "MISSED"
        t = one.timings
        print(
            f"one document changed: {seconds:.2f} s (target < 5 s: {verdict}; load "
            f"{os.getloadavg()[0]:.1f}); finding what changed {t.get('check', 0):.2f} s, "
            f"building it {t.get('documents', 0):.2f} s, site pages {t.get('site pages', 0):.2f} s "
            f"while the search index {t.get('search index', 0):.2f} s "
            f"({t.get('search reindexed', 0):.0f} of {t.get('search shards', 0):.0f} shards "
            f"indexed again), publishing {t.get('publish', 0):.2f} s; {one.summary()}"
        )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
