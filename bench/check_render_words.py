"""Print, per TEI sample, how much of its text each rendering kept (and render times).

    .venv/bin/python bench/check_render_words.py [--no-pdf] [FILES…]

FILES default to ../shared/tei-samples/*.xml and ../shared/tei-samples-more/*.xml. Two
measures: the letters and digits of the outermost ``text`` elements (or of the root where there
is none) against those of the HTML body and of the plain text, as multisets (``% kept``); and
the words of the text against the HTML's diplomatic view and the plain text (``lost``).

Exit status 1 when any letter is lost.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tei.render import render
from tei.render.textcheck import (
    compare,
    html_words,
    output_letter_loss,
    tei_text_words,
    text_words,
)
from tei.xmlio import parse_file

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SAMPLE_DIRS = (SHARED / "tei-samples", SHARED / "tei-samples-more")


def main(argv: list[str]) -> int:
    with_pdf = "--no-pdf" not in argv
    files = [Path(a) for a in argv if not a.startswith("--")] or sorted(
        p for d in SAMPLE_DIRS for p in d.glob("*.xml")
    )
    print(
        f"{'sample':44} {'letters':>8} {'html %':>7} {'text %':>7} {'words':>6} "
        f"{'h lost':>6} {'t lost':>6} {'html s':>6} {'text s':>6} {'pdf s':>6}"
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
        hl = output_letter_loss(tree, "html", page)  # the page's chrome taken away first
        tl = output_letter_loss(tree, "text", text)
        # each HTML view against what that view shows (a switched choice: one member each)
        h = compare(
            tei_text_words(tree, view="diplomatic"), html_words(page, diplomatic=True)
        ) + compare(tei_text_words(tree, view="reading"), html_words(page, reading_only=True))
        t = compare(expected, text_words(text))
        bad += hl.lost_count + tl.lost_count
        print(
            f"{path.name[:44]:44} {hl.total:8} {100 * hl.kept:7.2f} {100 * tl.kept:7.2f} "
            f"{h.total:6} {h.lost_count:6} {t.lost_count:6} "
            f"{t1 - t0:6.2f} {t2 - t1:6.2f} {pdf_s:6.2f}"
        )
        for label, loss in (("html letters", hl), ("text letters", tl)):
            if loss.lost_count:
                print(f"    {label} lost: {dict(loss.lost.most_common(12))}")
        for label, wloss in (("html words", h), ("text words", t)):
            if wloss.lost_count:
                print(f"    {label} lost: {dict(wloss.lost.most_common(8))}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
