"""Print, per TEI sample, how many words of its text each rendering lost (and render times).

    .venv/bin/python bench/check_render_words.py [--no-pdf] [FILES…]

FILES default to ../shared/tei-samples/*.xml.

Exit status 1 when any word is lost.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tei.render import render
from tei.render.textcheck import compare, html_words, tei_text_words, words
from tei.xmlio import parse_file

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "tei-samples"


def main(argv: list[str]) -> int:
    with_pdf = "--no-pdf" not in argv
    files = [Path(a) for a in argv if not a.startswith("--")] or sorted(SAMPLES.glob("*.xml"))
    print(
        f"{'sample':48} {'words':>7} {'html lost':>9} {'text lost':>9} "
        f"{'html s':>6} {'text s':>6} {'pdf s':>6}"
    )
    bad = 0
    for path in files:
        tree = parse_file(path)
        expected = tei_text_words(tree)
        t0 = time.perf_counter()
        page = str(render(tree, "html"))
        t1 = time.perf_counter()
        text = str(render(tree, "text"))
        t2 = time.perf_counter()
        pdf_s = float("nan")
        if with_pdf:
            render(tree, "pdf")
            pdf_s = time.perf_counter() - t2
        h = compare(expected, html_words(page, reading_only=True))
        t = compare(expected, words(text))
        bad += h.lost_count + t.lost_count
        print(
            f"{path.name[:48]:48} {h.total:7} {h.lost_count:9} {t.lost_count:9} "
            f"{t1 - t0:6.2f} {t2 - t1:6.2f} {pdf_s:6.2f}"
        )
        for label, loss in (("html", h), ("text", t)):
            if loss.lost_count:
                print(f"    {label} lost: {dict(loss.lost.most_common(12))}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
