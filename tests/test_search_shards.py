"""The search index in shards: a changed document re-indexes its own shard only."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from tei.build import build, search

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

FAST = ("html", "tei")

pytestmark = pytest.mark.skipif(
    search.executable() is None, reason="the pagefind package (pagefind[bin]) is not installed"
)


def test_shard_count_grows_in_powers_of_two():
    size = search.SHARD_SIZE
    assert [search.shard_count(n) for n in (0, 1, size)] == [1, 1, 1]
    assert [search.shard_count(n) for n in (size + 1, 2 * size, 2 * size + 1)] == [2, 2, 4]
    assert search.shard_count(10_000) == 32 if size == 500 else True
    slugs = [f"doc-{n}" for n in range(200)]
    assert [search.shard_of(s, 4) for s in slugs] == [search.shard_of(s, 4) for s in slugs]
    assert set(search.shard_of(s, 4) for s in slugs) == {0, 1, 2, 3}


def _pages(site: Path, name: str) -> int:
    entry = json.loads((site / name / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(lang["page_count"] for lang in entry["languages"].values())


def _inodes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def test_shards_hold_every_document_once_and_only_the_changed_one_is_indexed_again(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(search, "SHARD_SIZE", 2)
    editions, site = tmp_path / "editions", tmp_path / "site"
    sources = generate(editions, 7)  # 7 documents, 2 a shard: 4 shards
    report = build(editions, site, jobs=2, formats=FAST)
    assert report.notes == []
    page = (site / "search.html").read_text(encoding="utf-8")
    names = re.search(r'data-bundles="([^"]*)"', page).group(1).split()
    numbers = sorted({search.shard_of(p.parent.name, 4) for p in sources})
    assert names == [search.bundle_name(k, numbers[0]) for k in numbers]
    assert names[0] == "pagefind" and len(names) >= 2
    assert sum(_pages(site, n) for n in names) == 7
    state = json.loads((site / ".tei-build.json").read_text(encoding="utf-8"))
    assert sorted(state["search"]["shards"]) == sorted(names)
    before = {n: _inodes(site / n) for n in names}

    changed = sources[3]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nZanzibarite cheese.\n",
                       encoding="utf-8")
    report = build(editions, site, jobs=2, formats=FAST)
    assert report.built == [changed.parent.name] and report.notes == []
    mine = search.bundle_name(search.shard_of(changed.parent.name, 4), numbers[0])
    for name in names:
        after = _inodes(site / name)
        if name == mine:  # indexed again: new files
            assert after != before[name]
        else:  # carried over: the very same files (hard links)
            assert after == before[name], name
    assert sum(_pages(site, n) for n in names) == 7


def test_a_damaged_shard_is_indexed_again(tmp_path, monkeypatch):
    monkeypatch.setattr(search, "SHARD_SIZE", 2)
    editions, site = tmp_path / "editions", tmp_path / "site"
    sources = generate(editions, 5)
    build(editions, site, jobs=1, formats=FAST)
    (site / "pagefind" / "pagefind-entry.json").unlink()
    shutil.rmtree(site / "pagefind" / "fragment")
    sources[0].write_text(sources[0].read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.notes == [] and (site / "pagefind" / "pagefind-entry.json").is_file()
    assert list((site / "pagefind" / "fragment").glob("*.pf_fragment"))
