#!/usr/bin/env python3
"""Side by side with the peers, in one run, interleaved: HTML, plain text, TEI All validation.

For every document (the demo edition's TEI and ../shared/bench-samples/*.xml by default)
each contender runs in turn, ``--repeat`` times, round-robin, so that a busy machine
slows everyone alike; the median is printed with ratios (peer time ÷ ours: above 1 means
we are faster).

- ours: ``tei.render.render`` (warm: stylesheets compiled once), ``tei validate
  --tei-all`` as a one-shot command (like jing's), for one file and for 100 files;
- the floor: lxml's XSLT identity transform of the same tree (warm);
- Saxon-HE (``pip install saxonche``) running the TEI Stylesheets' ``html/html.xsl`` and
  ``txt/tei-to-text.xsl`` from a checkout given with ``--tei-stylesheets DIR`` (warm);
- opm (TEI Publisher's processing model in Python), when importable;
- jing (Debian ``jing``) and xmllint (Debian ``libxml2-utils``) for TEI All, when on PATH.

A peer that is not installed is skipped and the run says so. Peers' code is never part of
this project: install them yourself.

    .venv/bin/python bench/peers.py --repeat 3
    .venv/bin/python bench/peers.py --tei-stylesheets ~/src/Stylesheets --skip-validation
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from tei.render import render  # noqa: E402
from tei.xmlio import parse_file  # noqa: E402

SHARED = ROOT.parent / "shared"
TEI_ALL = SHARED / "tei-all" / "tei_all.rng"
IDENTITY = etree.XSLT(etree.XML(
    b'<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    b'<xsl:template match="@*|node()"><xsl:copy><xsl:apply-templates select="@*|node()"/>'
    b"</xsl:copy></xsl:template></xsl:stylesheet>"
))

Runner = Callable[[], object]


def default_documents() -> list[Path]:
    docs = sorted((ROOT / "editions").glob("*/*.xml"))
    docs += sorted((SHARED / "bench-samples").glob("*.xml"))
    return [d for d in docs if not d.name.endswith(".tagged.xml")]


def median_ms(runners: dict[str, Runner], repeat: int) -> dict[str, float]:
    """Run each contender once per round, round-robin; the median per contender, in ms."""
    times: dict[str, list[float]] = {name: [] for name in runners}
    for _ in range(repeat):
        for name, run in runners.items():
            start = time.perf_counter()
            run()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


class Saxon:
    """The TEI Stylesheets on Saxon-HE (saxonche), compiled once."""

    def __init__(self, stylesheets: Path) -> None:
        from saxonche import PySaxonProcessor

        self.proc = PySaxonProcessor(license=False)
        compiler = self.proc.new_xslt30_processor()
        self.html = compiler.compile_stylesheet(
            stylesheet_file=str(stylesheets / "html" / "html.xsl"))
        self.text = compiler.compile_stylesheet(
            stylesheet_file=str(stylesheets / "txt" / "tei-to-text.xsl"))

    def runners(self, path: Path) -> tuple[Runner, Runner]:
        node = self.proc.parse_xml(xml_file_name=str(path))
        return (lambda: self.html.transform_to_string(xdm_node=node),
                lambda: self.text.transform_to_string(xdm_node=node))


def peers_available(args: argparse.Namespace) -> tuple[Saxon | None, list[str]]:
    notes: list[str] = []
    saxon = None
    if args.tei_stylesheets is None:
        notes.append("Saxon-HE: skipped (give --tei-stylesheets DIR, a TEI Stylesheets checkout)")
    elif importlib.util.find_spec("saxonche") is None:
        notes.append("Saxon-HE: skipped (saxonche is not installed: pip install saxonche)")
    else:
        saxon = Saxon(args.tei_stylesheets)
    if not any(importlib.util.find_spec(n) for n in ("opm", "open_processing_model")):
        notes.append("opm: skipped (not installed)")
    else:
        notes.append("opm: installed, but this benchmark does not drive it yet")
    for tool, package in (("jing", "jing"), ("xmllint", "libxml2-utils")):
        if shutil.which(tool) is None:
            notes.append(f"{tool}: skipped (not on PATH; Debian package {package})")
    return saxon, notes


def render_table(docs: list[Path], saxon: Saxon | None, repeat: int) -> None:
    print(f"\n{'document':44} {'KB':>6} | {'html':>8} {'floor':>7} {'×floor':>6} "
          f"{'saxon':>8} {'ratio':>6} | {'text':>8} {'saxon':>8} {'ratio':>6}   (ms, median)")
    for path in docs:
        tree = parse_file(path)
        render(tree, "html"), render(tree, "text")  # warm
        runners: dict[str, Runner] = {
            "html": lambda t=tree: render(t, "html"),
            "text": lambda t=tree: render(t, "text"),
            "floor": lambda t=tree: IDENTITY(t),
        }
        failed: list[str] = []
        if saxon is not None:
            for name, run in zip(("saxon-html", "saxon-text"), saxon.runners(path), strict=True):
                try:
                    run()  # warm; a stylesheet error on this document drops the contender
                except Exception as error:  # saxonche raises PySaxonApiError
                    failed.append(f"{name}: {str(error).strip().splitlines()[0][:100]}")
                else:
                    runners[name] = run
        ms = median_ms(runners, repeat)
        sh, st = ms.get("saxon-html"), ms.get("saxon-text")
        print(
            f"{path.name[:44]:44} {path.stat().st_size / 1024:6.0f} | {ms['html']:8.1f} "
            f"{ms['floor']:7.1f} {ms['html'] / ms['floor']:6.1f} "
            f"{_cell(sh)} {_ratio(sh, ms['html'])} | {ms['text']:8.1f} {_cell(st)} "
            f"{_ratio(st, ms['text'])}",
            flush=True,
        )
        for message in failed:
            print(f"    {message}", flush=True)


def _cell(value: float | None) -> str:
    return f"{value:8.1f}" if value is not None else f"{'-':>8}"


def _ratio(peer: float | None, ours: float) -> str:
    return f"{peer / ours:6.2f}" if peer is not None else f"{'-':>6}"


def _run(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=False)


def validation_table(one: Path, rng: Path, repeat: int, batch: int) -> None:
    tei = [sys.executable, "-m", "tei", "validate", "--no-profile", "--tei-all", str(rng)]
    with tempfile.TemporaryDirectory(prefix="tei-peers-") as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        text = one.read_text(encoding="utf-8")
        files = []
        for i in range(batch):
            path = folder / f"doc-{i:03}.xml"
            path.write_text(text.replace("<title>", f"<title>{i} ", 1), encoding="utf-8")
            files.append(str(path))
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        for label, targets in ((f"1 file ({one.name})", [str(one)]),
                               (f"{batch} files", files)):
            runners: dict[str, Runner] = {"ours": lambda t=targets: _run([*tei, *t], env)}
            if shutil.which("jing"):
                runners["jing"] = lambda t=targets: _run(["jing", str(rng), *t], env)
            if shutil.which("xmllint"):
                runners["xmllint"] = lambda t=targets: _run(
                    ["xmllint", "--noout", "--relaxng", str(rng), *t], env)
            _run([*tei, *targets], env)  # the first run cuts the grammar into the cache
            ms = median_ms(runners, repeat)
            cells = "  ".join(
                f"{name} {value / 1000:6.2f} s"
                + ("" if name == "ours" else f" ({value / ms['ours']:.2f}×)")
                for name, value in ms.items()
            )
            print(f"TEI All, {label:40} {cells}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", nargs="*", type=Path, help="default: demo + bench-samples")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tei-stylesheets", type=Path, default=None, metavar="DIR")
    parser.add_argument("--tei-all", type=Path, default=TEI_ALL)
    parser.add_argument("--batch", type=int, default=100, help="files in the validation batch")
    parser.add_argument("--skip-render", action="store_true")
    parser.add_argument("--skip-validation", action="store_true")
    args = parser.parse_args()
    docs = args.documents or default_documents()
    saxon, notes = peers_available(args)
    print(f"{len(docs)} documents, {args.repeat} interleaved rounds, {os.cpu_count()} CPUs")
    for note in notes:
        print(f"  {note}")
    if not args.skip_render:
        render_table(docs, saxon, args.repeat)
    if not args.skip_validation:
        if not args.tei_all.exists():
            print(f"\nTEI All: skipped ({args.tei_all} not found)")
        else:
            print()
            validation_table(docs[0], args.tei_all, args.repeat, args.batch)


if __name__ == "__main__":
    main()
