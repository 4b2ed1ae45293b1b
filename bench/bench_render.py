"""Rendering time against input size: each row renders a document and one ten times larger.

    .venv/bin/python bench/bench_render.py [--scale N] [--reps R] [FILES…]

Rows (generated documents, ``N`` = 500 × scale and ``10 N``): sibling ``p`` in one ``div``
(HTML, text), ``note`` without ``@n`` (HTML, text), ``p`` with a ``pb`` every 10 (text),
apparatus entries (HTML, text), speaker turns (HTML). The ratio column is the larger document's
time over the smaller one's: linear stylesheets give about 10 (a 2× allowance: up to 20).
FILES, when given, are timed too (HTML and text, best of R), for before/after comparisons,
with the floor: lxml's XSLT identity transform of the same tree, and the HTML's ratio to it
(issue 17's target: within 3× under 200 KB, 5× above).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from tei.render import render
from tei.xmlio import parse_bytes, parse_file

IDENTITY = etree.XSLT(etree.XML(
    b'<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    b'<xsl:template match="@*|node()"><xsl:copy><xsl:apply-templates select="@*|node()"/>'
    b"</xsl:copy></xsl:template></xsl:stylesheet>"
))

HEAD = (
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
    "</titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc>"
    "</fileDesc></teiHeader><text><body><div>"
)
TAIL = "</div></body></text></TEI>"

ROWS: dict[str, Callable[[int], str]] = {
    "sibling p": lambda n: "".join(f"<p>Paragraph {i} with a few words.</p>" for i in range(n)),
    "notes without @n": lambda n: "".join(
        f"<p>Text {i}<note>Note {i}.</note> more.</p>" for i in range(n)
    ),
    "pb every 10 p": lambda n: "".join(
        f"<p>Paragraph {i} with words.</p>" + (f'<pb n="{i}"/>' if i % 10 == 0 else "")
        for i in range(n)
    ),
    "apparatus entries": lambda n: "".join(
        f'<p>Text <app><lem wit="#A">lemma{i}</lem><rdg wit="#B">reading{i}</rdg></app>.</p>'
        for i in range(n)
    ),
    "speaker turns": lambda n: "".join(
        f'<sp who="#a"><speaker>A.</speaker><p>Speech {i}.</p></sp>' for i in range(n)
    ),
}
OUTPUTS = {
    "sibling p": ("html", "text"),
    "notes without @n": ("html", "text"),
    "pb every 10 p": ("text",),
    "apparatus entries": ("html", "text"),
    "speaker turns": ("html",),
}


def best(tree: etree._ElementTree, to: str, reps: int) -> float:
    """Best wall time of ``reps`` renderings (after one warm-up); ``to`` = "floor": the
    identity transform."""
    run = (lambda: IDENTITY(tree)) if to == "floor" else (lambda: render(tree, to))
    run()
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str]) -> int:
    scale, reps, files = 1, 2, []
    args = iter(argv)
    for arg in args:
        if arg == "--scale":
            scale = int(next(args))
        elif arg == "--reps":
            reps = int(next(args))
        else:
            files.append(Path(arg))
    small = 500 * scale
    print(f"{'row':20} {'out':5} {'N':>6} {'N s':>8} {'10N s':>8} {'ratio':>6}")
    for name, make in ROWS.items():
        trees = [parse_bytes((HEAD + make(n) + TAIL).encode(), name) for n in (small, 10 * small)]
        for to in OUTPUTS[name]:
            t1 = best(trees[0], to, reps)
            t10 = best(trees[1], to, max(1, reps - 1))
            print(f"{name:20} {to:5} {small:6} {t1:8.3f} {t10:8.3f} {t10 / t1:6.1f}", flush=True)
    for path in files:
        tree = parse_file(path)
        ms = {to: best(tree, to, reps) * 1000 for to in ("html", "text", "floor")}
        cells = [f"{to} {ms[to]:8.2f} ms" for to in ms]
        ratio = ms["html"] / ms["floor"]
        print(f"{path.name[:40]:40} " + "  ".join(cells) + f"  html/floor {ratio:5.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
