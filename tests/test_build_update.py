"""A build that changed few documents updates the live site in place: the same site as
a fresh full build, unchanged documents untouched, and a cut at any point either leaves
the previous site or (once committed) is finished by the next build."""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

import pytest

from tei.build import build, publish, search

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

FAST = ("tei", "html", "text")


def site_digest(folder: Path) -> dict[str, str]:
    """Every file's digest, except the search index's: Pagefind's filter and metadata
    files differ from run to run, and so do their names (Pagefind/pagefind#638);
    :func:`shards` compares what the bundles hold."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.relative_to(folder).parts[0].startswith("pagefind")
    }


def shards(folder: Path) -> dict[str, int]:
    """The search index's bundles and how many documents each holds."""
    found = {}
    for bundle in sorted(folder.glob("pagefind*")):
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        found[bundle.name] = sum(lang["page_count"] for lang in entry["languages"].values())
    return found


def inodes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def temporaries(site: Path) -> list[str]:
    return sorted(
        p.name
        for p in site.parent.iterdir()
        if p.name.startswith(f".{site.name}.") and not p.name.endswith((".json", ".lock"))
    )


def edit(source: Path, old: str, new: str) -> None:
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new, 1), encoding="utf-8")


def fresh(editions: Path, where: Path) -> dict[str, str]:
    """The digest of a full build of ``editions`` into a new folder."""
    build(editions, where, jobs=1, formats=FAST)
    return site_digest(where)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setattr(search, "SHARD_SIZE", 3)  # 9 documents in 4 shards
    editions, site = tmp_path / "editions", tmp_path / "_site"
    generate(editions, 9)
    build(editions, site, jobs=2, formats=FAST)
    return editions, site


def no_swap(monkeypatch: pytest.MonkeyPatch) -> None:
    def swap(new: Path, site: Path) -> None:
        raise AssertionError("a build with few changes must update the site in place")

    monkeypatch.setattr(publish, "swap", swap)


def test_an_update_in_place_gives_the_site_a_full_build_gives(project, tmp_path, monkeypatch):
    """Text, title changed, a document added, one removed, one broken: each an update in
    place, and after each the site equals, file by file, what a full build (a swap, every
    document built again) makes from the same previous site — and, but for the broken
    document's last good outputs that the site keeps, what a fresh build makes."""
    editions, site = project

    def add() -> None:
        generate(tmp_path / "more", 10)
        shutil.move(tmp_path / "more" / "interview-00010", editions / "interview-00010")

    steps = [
        lambda: edit(editions / "interview-00002" / "interview-00002.txt", "Q: ", "Q: Well, "),
        lambda: edit(
            editions / "interview-00003" / "interview-00003.txt",
            "\nInterview With ",
            "\nInterview With Revised ",
        ),
        add,
        lambda: shutil.rmtree(editions / "interview-00005"),
        lambda: (editions / "interview-00006" / "interview-00006.txt").write_bytes(b""),
    ]
    for n, step in enumerate(steps):
        step()
        full = tmp_path / f"full-{n}"
        shutil.copytree(site, full)
        build(editions, full, jobs=1, formats=FAST, force=True)
        before = inodes(site)
        with monkeypatch.context() as m:
            no_swap(m)
            report = build(editions, site, jobs=2, formats=FAST)
        assert len(report.built) + len(report.failed) <= 1, n
        assert site_digest(site) == site_digest(full), n
        assert shards(site) == shards(full)
        if not report.failed:
            assert site_digest(site) == fresh(editions, tmp_path / f"fresh-{n}"), n
        assert temporaries(site) == []
        after = inodes(site)
        kept = [
            k
            for k in before
            if k.split("/")[0].startswith("interview-0000")
            and k.split("/")[0] not in {*report.built, *report.failed}
            and not k.endswith("index.html")
            and k in after
        ]
        assert kept and all(after[k] == before[k] for k in kept), n  # not touched at all


HREF = re.compile(r'(?:href|src)="([^"]*)"')


def dangling(site: Path, roots: list[str]) -> list[str]:
    """The relative links that lead to no file, on every page a reader can reach from
    ``roots`` (pages as bookmarked), and the search page's bundles that are missing."""
    missing, seen = [], set()
    todo = [site / r for r in roots]
    while todo:
        page = todo.pop()
        if page in seen or not page.is_file() or page.suffix != ".html":
            continue
        seen.add(page)
        if page.relative_to(site).parts[0].startswith("pagefind"):
            continue
        for link in map(html.unescape, HREF.findall(page.read_text(encoding="utf-8"))):
            path = unquote(link.split("#")[0].split("?")[0])
            if not path or ":" in link.split("/")[0] or link.startswith("/"):
                continue
            target = Path(os.path.normpath(page.parent / path))
            if not target.exists():
                missing.append(f"{page.relative_to(site)} -> {link}")
            todo.append(target)
    for bundles in re.findall(r'data-bundles="([^"]*)"', (site / "search.html").read_text()):
        missing += [b for b in bundles.split() if not (site / b / "pagefind-entry.json").is_file()]
    return missing


def test_no_page_links_to_a_missing_file_at_any_moment_of_an_update(project, tmp_path, monkeypatch):
    """A document of a new year added (new year and decade pages, new neighbours) and one
    removed: after every rename of the update, every link on the site leads somewhere."""
    editions, site = project
    generate(tmp_path / "more", 10)
    shutil.move(tmp_path / "more" / "interview-00010", editions / "interview-00010")
    source = editions / "interview-00010" / "interview-00010.txt"
    text = source.read_text(encoding="utf-8")
    year = re.search(r"\b(19\d\d)\b", text).group(1)
    source.write_text(text.replace(year, "2031"), encoding="utf-8")
    shutil.rmtree(editions / "interview-00004")
    roots = sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))
    assert dangling(site, roots) == []
    moments = []

    def check(point: str) -> None:
        if point == "build.mid-update":
            assert dangling(site, roots) == [], f"after move {len(moments) + 1}"
            moments.append(point)

    no_swap(monkeypatch)
    monkeypatch.setattr(publish, "fault", check)
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.built == ["interview-00010"] and len(moments) > 5
    assert dangling(site, ["index.html"]) == []
    assert (site / "browse" / "year-2031-date-1.html").is_file()
    assert not (site / "interview-00004").exists()


def test_an_update_leaves_unchanged_documents_and_shards_alone(project, monkeypatch):
    editions, site = project
    before = inodes(site)
    edit(editions / "interview-00004" / "interview-00004.txt", "Q: ", "Q: So, ")
    with monkeypatch.context() as m:
        no_swap(m)
        assert build(editions, site, jobs=1, formats=FAST).built == ["interview-00004"]
    after = inodes(site)
    changed = {k.split("/")[0] for k in after if before.get(k) != after[k]}
    state = json.loads((site / ".tei-build.json").read_text(encoding="utf-8"))
    count = search.shard_count(len(state["documents"]))
    mine = search.shard_of("interview-00004", count)
    indexes = {k for k in changed if k.startswith("pagefind")}
    assert len(indexes) == 1 and indexes <= {"pagefind", f"pagefind-{mine}"}
    assert changed - indexes <= {
        "interview-00004",
        "manifest.json",
        ".tei-build.json",
        "report.html",
        "report-page-1.html",
    }


def test_a_failure_before_the_update_is_committed_leaves_the_site(project, monkeypatch):
    editions, site = project
    before = site_digest(site)
    edit(editions / "interview-00002" / "interview-00002.txt", "Q: ", "Q: Well, ")
    monkeypatch.setenv("TEI_FAULT", "build.before-publish:bug")
    with pytest.raises(RuntimeError):
        build(editions, site, jobs=1, formats=FAST)
    assert site_digest(site) == before and temporaries(site) == []


def test_an_update_cut_after_its_journal_is_finished_by_the_next_build(
    project, tmp_path, monkeypatch
):
    editions, site = project
    edit(
        editions / "interview-00002" / "interview-00002.txt",
        "\nInterview With ",
        "\nInterview With Revised ",
    )
    monkeypatch.setenv("TEI_FAULT", "build.mid-update:bug")
    with pytest.raises(RuntimeError):
        build(editions, site, jobs=1, formats=FAST)
    assert len(temporaries(site)) == 1  # the journal and what it has yet to put in place
    monkeypatch.delenv("TEI_FAULT")
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.built == [] and temporaries(site) == []
    assert site_digest(site) == fresh(editions, tmp_path / "fresh")


@pytest.mark.parametrize("no_exchange", ["", "1"])
def test_a_build_killed_in_the_middle_of_an_update_is_finished(tmp_path, no_exchange):
    """Killed between two renames of the update (with and without the atomic exchange of
    folders): the next build finishes it, and the site is the one a full build makes."""
    editions, site = tmp_path / "editions", tmp_path / "_site"
    generate(editions, 9)
    env = {**os.environ, "TEI_FAULT_NO_EXCHANGE": no_exchange}
    command = [
        sys.executable,
        "-m",
        "tei",
        "build",
        str(editions),
        "-o",
        str(site),
        "--formats",
        ",".join(FAST),
        "-j",
        "1",
        "-q",
    ]
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr  # built as the next runs will build (same code)
    edit(editions / "interview-00007" / "interview-00007.txt", "Q: ", "Q: Then, ")
    env["TEI_FAULT"] = "build.mid-update:kill"
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == -9, proc.stderr
    assert len(temporaries(site)) == 1
    env.pop("TEI_FAULT")
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert temporaries(site) == []
    expected = tmp_path / "fresh"  # built by the same code (the state holds its digest)
    command[command.index(str(site))] = str(expected)
    assert subprocess.run(command, env=env, timeout=300).returncode == 0
    assert site_digest(site) == site_digest(expected)
    assert shards(site) == shards(expected)


def children() -> list[str]:
    """The names of this process's child processes (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            name, rest = stat.read_text().rsplit(")", 1)
        except OSError:
            continue
        if int(rest.split()[1]) == os.getpid():
            found.append(name.split("(", 1)[1])
    return found


def test_an_interrupted_build_stops_the_search_index_with_it(tmp_path, monkeypatch):
    """The search index is made in a thread while the pages are: Ctrl-C during the pages
    stops Pagefind (here one that would take a minute) at once, and leaves no process and
    no temporary behind."""
    from tei.build import site as site_module

    editions, site = tmp_path / "editions", tmp_path / "_site"
    generate(editions, 3)
    slow = tmp_path / "pagefind"
    slow.write_text("#!/bin/sh\nexec sleep 60\n")
    slow.chmod(0o755)
    monkeypatch.setattr(search, "executable", lambda: slow)

    def interrupted(docs: list[dict[str, object]]) -> dict[str, bytes]:
        deadline = time.monotonic() + 20
        while not children() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise KeyboardInterrupt

    monkeypatch.setattr(site_module, "site_pages", interrupted)
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        build(editions, site, jobs=1, formats=FAST)
    assert time.monotonic() - start < 20
    assert children() == [] and not site.exists() and temporaries(site) == []
