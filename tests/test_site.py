"""The collection site: browse pages, paging, breadcrumbs and previous/next, the search
index and its page, the build's progress output, ``tei serve`` and its live reload."""

from __future__ import annotations

import io
import json
import re
import shutil
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei.build import browse, build
from tei.build.serve import RELOAD_SCRIPT, VERSION_PATH, Live, make_server
from tei.cli import cli
from tei.cli.progress import BuildProgress
from tests.conftest import DEMO

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

FAST = ("html", "tei")


@pytest.fixture
def editions(tmp_path: Path) -> Path:
    folder = tmp_path / "editions"
    generate(folder, 5)
    shutil.copytree(DEMO, folder / DEMO.name)
    return folder


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_one_document_is_one_document(tmp_path):
    editions = tmp_path / "editions"
    shutil.copytree(DEMO, editions / DEMO.name)
    build(editions, tmp_path / "site", jobs=1, formats=FAST)
    index = read(tmp_path / "site" / "index.html")
    assert "<p>1 document. Browse" in index and "1 documents" not in index


def test_browse_pages_are_paged_grouped_and_sorted(editions, tmp_path, monkeypatch):
    monkeypatch.setattr(browse, "PAGE_SIZE", 2)
    site = tmp_path / "site"
    build(editions, site, jobs=1, formats=FAST)
    pages = sorted(p.name for p in (site / "browse").glob("all-*.html"))
    assert pages == [f"all-{o}-{n}.html" for o in ("date", "title") for n in (1, 2, 3)]
    first = read(site / "browse" / "all-date-1.html")
    assert first.count("<tr>") == 3  # header + 2 rows
    assert 'href="all-date-2.html">Next →' in first and "page 1 of 3" in first
    assert 'href="all-title-1.html">by title' in first
    index = read(site / "index.html")
    assert index.count("<tr>") == 3 and 'href="browse/all-date-2.html"' in index
    # the date order runs through the pages; the title order too
    dated = [d for n in (1, 2, 3) for d in _column(read(site / "browse" / f"all-date-{n}.html"), 1)]
    assert dated == sorted(dated) and len(dated) == 6
    titled = [
        t for n in (1, 2, 3) for t in _column(read(site / "browse" / f"all-title-{n}.html"), 0)
    ]
    assert titled == sorted(titled, key=str.casefold)
    years = read(site / "browse" / "years.html")
    assert '<h2 id="d-1960s">1960s' in years and 'href="year-1965-date-1.html">1965</a>' in years
    assert "(2)" in years  # 1965: the demo and interview-00004
    year_page = read(site / "browse" / "year-1965-date-1.html")
    assert year_page.count("<tr>") == 3 and "Bolivian Miner" in year_page
    periodicals = read(site / "browse" / "periodicals.html")
    isr = browse.key("International Socialist Review")
    assert f'href="periodical-{isr}-date-1.html">International Socialist Review</a>' in periodicals
    listed = read(site / "browse" / f"periodical-{isr}-date-1.html")
    assert "Fourth International, Vol." not in listed and "<p>3 documents.</p>" in listed
    report = read(site / "report.html")
    assert (site / "report-page-3.html").is_file() and 'href="report-page-2.html"' in report
    assert "<code>bracket-mismatched</code>" in report and report.count("<section>") == 2
    people = read(site / "browse" / "people.html")
    assert "Special correspondent of World Outlook" in people and "participant" in people


def _column(html: str, n: int) -> list[str]:
    import re

    rows = re.findall(r"<tr><td>(.*?)</tr>", html)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", "<td>" + r) for r in rows]
    return [re.sub(r"<[^>]+>", "", c[n]) for c in cells]


def test_document_pages_have_breadcrumbs_and_previous_next(editions, tmp_path):
    site = tmp_path / "site"
    build(editions, site, jobs=1, formats=FAST)
    state = json.loads(read(site / ".tei-build.json"))["documents"]
    order = sorted(state.values(), key=browse.by_date)
    slugs = [d["slug"] for d in order]
    first, second = (read(site / s / "index.html") for s in slugs[:2])
    assert 'rel="prev"' not in first and f'href="../{slugs[1]}/index.html">Next →' in first
    assert f'href="../{slugs[0]}/index.html">← Previous' in second
    last = read(site / slugs[-1] / "index.html")
    assert 'rel="next"' not in last
    demo = read(site / DEMO.name / "index.html")
    assert '<nav class="breadcrumbs" aria-label="Breadcrumb">' in demo
    isr = browse.key("International Socialist Review")
    assert f'href="../browse/periodical-{isr}-date-1.html">International Socialist Review' in demo
    assert 'href="../browse/year-1965-date-1.html">1965</a>' in demo
    assert '<li aria-current="page">Interview With Bolivian Miner</li>' in demo


def test_an_edit_rewrites_only_the_pages_whose_links_changed(editions, tmp_path):
    site = tmp_path / "site"
    build(editions, site, jobs=1, formats=FAST)
    inodes = {p.parent.name: p.stat().st_ino for p in site.glob("*/index.html")}
    source = editions / "interview-00002" / "interview-00002.txt"
    text = read(source)
    source.write_text(
        text.replace("\nInterview With ", "\nInterview With Revised ", 1), encoding="utf-8"
    )
    assert build(editions, site, jobs=1, formats=FAST).built == ["interview-00002"]
    state = json.loads(read(site / ".tei-build.json"))["documents"]
    near = browse.neighbours(list(state.values()))["interview-00002"]
    expected = {"interview-00002", near["prev"], near["next"]} - {""}
    rewritten = {
        p.parent.name for p in site.glob("*/index.html") if p.stat().st_ino != inodes[p.parent.name]
    }
    assert rewritten == expected
    for slug in expected - {"interview-00002"}:
        assert "Interview With Revised" in read(site / slug / "index.html")


def test_html_editions_are_marked_for_the_search_index(editions, tmp_path):
    site = tmp_path / "site"
    build(editions, site, jobs=1, formats=FAST)
    html = read(site / DEMO.name / f"{DEMO.name}.html")
    assert html.count("data-pagefind-body") == 1
    assert re.search(r'<main id="text"[^>]* data-pagefind-body>', html)
    for pair in (
        'data-pagefind-filter="year[content]" content="1965"',
        'data-pagefind-filter="decade[content]" content="1960s"',
        'data-pagefind-filter="periodical[content]" content="International Socialist Review"',
        'data-pagefind-filter="participant[content]" content="V.E."',
        'data-pagefind-filter="language[content]" content="en"',
        'data-pagefind-filter="kind[content]" content="interview"',
        'data-pagefind-meta="title[content]" content="Interview With Bolivian Miner"',
    ):
        assert pair in html, pair
    assert '<nav class="tei-site-bar"' in html and 'href="../search.html"' in html
    manifest = json.loads(read(site / "manifest.json"))
    assert "search.html" in manifest["site"] and "site-search.js" in manifest["site"]


def test_the_search_index_holds_every_document(editions, tmp_path):
    site = tmp_path / "site"
    report = build(editions, site, jobs=1, formats=FAST)
    assert not [n for n in report.notes if "search index" in n]
    entry = json.loads(read(site / "pagefind" / "pagefind-entry.json"))
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == 6
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert list((site / "pagefind" / "filter").glob("*.pf_filter"))
    assert len(list((site / "pagefind" / "fragment").glob("*.pf_fragment"))) == 6


def test_the_search_page_works_without_javascript_and_fetches_nothing(editions, tmp_path):
    site = tmp_path / "site"
    build(editions, site, jobs=1, formats=FAST)
    page = read(site / "search.html")
    assert '<form class="search" role="search" action="search.html" method="get">' in page
    assert "Search needs JavaScript" in page and 'href="browse/years.html"' in page
    for name in ("search.html", "site-search.js", "site.js", "index.html"):
        text = read(site / name)
        assert "https://" not in text and "http://" not in text, name


def test_without_pagefind_the_build_says_so(editions, tmp_path, monkeypatch):
    from tei.build import search

    monkeypatch.setattr(search, "executable", lambda: None)
    report = build(editions, tmp_path / "site", jobs=1, formats=FAST)
    assert report.failed == [] and any("no search index" in n for n in report.notes)
    assert (tmp_path / "site" / "search.html").is_file()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_shows_position_and_rate():
    stream, ticks = _Terminal(), iter(range(100))
    progress = BuildProgress(stream=stream, clock=lambda: float(next(ticks)))  # 1 s a read
    for n in range(1, 4):
        progress(n, 3, f"doc-{n}")
    out = stream.getvalue()
    assert "building" in out and "2/3" in out and "3/3" in out
    assert "0.7 docs/s  doc-3" in out  # 2 documents after the first in 3 s
    assert out.endswith("search index…\n")


def test_progress_off_a_terminal_prints_nothing():
    stream = io.StringIO()
    progress = BuildProgress(stream=stream)
    for n in range(1, 4):
        progress(n, 3, f"doc-{n}")
    assert stream.getvalue() == ""


def test_build_in_ci_prints_one_summary_line(editions, tmp_path):
    result = CliRunner().invoke(
        cli,
        ["build", str(editions), "-o", str(tmp_path / "site"), "--formats", "html,tei", "-j", "1"],
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("6 built, 0 unchanged, 0 failed")


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # loopback only
        return response.read()


def test_serve_sends_the_site_and_reloads_it_when_live(editions, tmp_path):
    site = tmp_path / "site"
    build(editions, site, jobs=1, formats=FAST)
    for live in (None, Live()):
        server = make_server(site, 0, live)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            host, port = server.server_address[:2]
            assert host == "127.0.0.1"
            page = _get(f"http://{host}:{port}/index.html")
            assert b"<h1>Editions</h1>" in page
            assert (RELOAD_SCRIPT.encode() in page) == (live is not None)
            if live is not None:
                assert _get(f"http://{host}:{port}{VERSION_PATH}") == b"0"
                live.bump()
                assert _get(f"http://{host}:{port}{VERSION_PATH}") == b"1"
                assert RELOAD_SCRIPT.encode() in _get(f"http://{host}:{port}/")
        finally:
            server.shutdown()
            server.server_close()


def test_watch_rebuilds_what_changed_and_bumps_the_version(editions, tmp_path):
    from tei.build.watch import rebuild_options, watch

    site = tmp_path / "site"
    build(editions, site, jobs=1, formats=FAST)
    assert rebuild_options(site)["formats"] == FAST
    live, stop, said, reports = Live(), threading.Event(), [], []

    def rebuild():  # type: ignore[no-untyped-def]
        report = build(editions, site, jobs=1, **rebuild_options(site))
        reports.append(report)
        return report

    thread = threading.Thread(target=watch, args=(editions, rebuild, live, said.append, stop))
    thread.start()
    try:
        source = editions / "interview-00003" / "interview-00003.txt"
        edited = read(source).replace("\nInterview With ", "\nInterview With Watched ", 1)
        deadline = time.monotonic() + 60
        while live.version == 0 and time.monotonic() < deadline:
            source.write_text(edited, encoding="utf-8")  # again, if the watcher was not ready
            for _ in range(20):
                if live.version:
                    break
                time.sleep(0.2)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert live.version >= 1
    assert reports[0].built == ["interview-00003"]
    assert "Interview With Watched" in read(site / "interview-00003" / "index.html")
    assert said and "interview-00003.txt" in said[0] and "1 built" in said[0]


def test_serve_without_a_site_says_to_build_first(tmp_path):
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "tei", "serve", str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1
    assert "run 'tei build' first (or add --watch) [serve-no-site]" in done.stderr
