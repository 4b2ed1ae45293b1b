"""The build's report lists the TEI elements the stylesheets do not handle specifically."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from click.testing import CliRunner

from tei.build import build
from tei.cli import cli
from tei.render.report import handled_names

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

FAST = ("html", "tei")
CANDIDATES = ("damage", "metamark", "fw", "handShift", "event", "secl", "surplus")


def _odd_edition(folder: Path) -> list[str]:
    """A TEI master using elements no template names: two of them, one twice."""
    names = [n for n in CANDIDATES if n not in handled_names()][:2]
    assert len(names) == 2, "every candidate element has a template: pick others"
    first, second = names
    (folder / "odd").mkdir(parents=True)
    (folder / "odd" / "odd.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
        "<title>Odd</title></titleStmt><publicationStmt><p>Here.</p></publicationStmt>"
        "<sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader><text><body>"
        f"<p>A <{first}>torn</{first}> page, <{first}>twice</{first}>, and "
        f"<{second}>one more</{second}>.</p></body></text></TEI>",
        encoding="utf-8",
    )
    return names


def test_the_report_counts_unhandled_elements_per_document_and_collection_wide(tmp_path):
    editions, site = tmp_path / "editions", tmp_path / "site"
    generate(editions, 2)
    first, second = _odd_edition(editions)
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.failed == []
    page = (site / "report.html").read_text(encoding="utf-8")
    assert '<h2 id="unhandled">' in page
    assert f"<tr><td><code>{first}</code></td><td>2</td><td>1</td></tr>" in page
    assert f"<tr><td><code>{second}</code></td><td>1</td><td>1</td></tr>" in page
    assert page.index(f"<code>{first}</code></td>") < page.index(f"<code>{second}</code></td>")
    line = f"Without a template of their own: <code>{first}</code> (2), <code>{second}</code> (1)."
    assert page.count(line) == 1  # in the odd document's section only
    assert report.unhandled == {first: 2, second: 1}
    result = CliRunner().invoke(
        cli, ["build", str(editions), "-o", str(site), "--formats", "html,tei", "-j", "1"]
    )
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("0 built, 3 unchanged"), result.output
    assert lines[0].endswith(
        f"; 2 TEI elements kept as text only: {first} (2), {second} (1) (report.html#unhandled)"
    )


def test_a_collection_without_unhandled_elements_says_so(tmp_path):
    editions, site = tmp_path / "editions", tmp_path / "site"
    generate(editions, 2)
    report = build(editions, site, jobs=1, formats=FAST)
    page = (site / "report.html").read_text(encoding="utf-8")
    assert "Every TEI element of the texts has a template of its own." in page
    assert "Without a template" not in page and report.unhandled == {}


def test_an_unchanged_rebuild_keeps_the_counts(tmp_path):
    editions, site = tmp_path / "editions", tmp_path / "site"
    generate(editions, 1)
    first, _ = _odd_edition(editions)
    build(editions, site, jobs=1, formats=FAST)
    shutil.rmtree(site / "browse")  # force the site pages to be written again
    (site / "index.html").unlink()
    build(editions, site, jobs=1, formats=FAST)
    page = (site / "report.html").read_text(encoding="utf-8")
    assert f"<tr><td><code>{first}</code></td><td>2</td><td>1</td></tr>" in page


def test_the_summary_line_counts_in_the_singular_when_there_is_one():
    from tei.build import BuildReport

    one = BuildReport(built=["a"], errors=1, warnings=1, seconds=0.5)
    assert one.summary() == "1 built, 0 unchanged, 0 failed, 1 error, 1 warning in 0.50 s"
    many = BuildReport(errors=2, warnings=1_200)
    assert "2 errors, 1,200 warnings" in many.summary()
