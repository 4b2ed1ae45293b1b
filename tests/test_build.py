"""``tei build``: the site, incremental rebuilds, parallel determinism, failures, interruption."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tei.build import build, publish

from .conftest import DEMO

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

FAST = ("tei", "html", "text")


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file's digest, except Pagefind's search index (pagefind/): its filter and
    metadata files differ from run to run (upstream, Pagefind/pagefind#638);
    tests/test_site.py checks what it holds."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.relative_to(folder).parts[0] != "pagefind"
    }


def at_publish(monkeypatch: pytest.MonkeyPatch, hook: Callable[[], object]) -> None:
    """Call ``hook`` when a build publishes, by a swap or by an update in place."""
    for name in ("swap", "update"):
        real = getattr(publish, name)

        def wrapped(*args: object, real: Callable[..., None] = real) -> None:
            hook()
            real(*args)

        monkeypatch.setattr(publish, name, wrapped)


@pytest.fixture
def editions(tmp_path: Path) -> Path:
    folder = tmp_path / "editions"
    generate(folder, 3)
    shutil.copytree(DEMO, folder / DEMO.name)
    return folder


def test_site_lists_every_document_with_formats_and_status(editions, tmp_path):
    site = tmp_path / "_site"
    report = build(editions, site, jobs=1, formats=FAST)
    assert sorted(report.built) == [
        "bolivian-miner-1965",
        "interview-00001",
        "interview-00002",
        "interview-00003",
    ]
    assert report.failed == []
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr>") == 5  # header + 4 documents
    assert "Interview With Bolivian Miner" in index
    assert "International Socialist Review, Vol. 26, No. 1, Winter 1965" in index
    assert "Special correspondent of World Outlook, V.E." in index
    assert 'href="bolivian-miner-1965/bolivian-miner-1965.txt"' in index
    assert '<span class="status valid">' in index
    page = (site / "bolivian-miner-1965" / "index.html").read_text(encoding="utf-8")
    assert 'href="bolivian-miner-1965.xml"' in page and 'href="../index.html"' in page
    assert "report.html" in index and (site / "report.html").exists()
    oai = (site / "oai-pmh.xml").read_text(encoding="utf-8")
    assert oai.count("<oai:record>") == 4 and "Interview With Bolivian Miner" in oai


def test_manifest_checksums_match_the_files(editions, tmp_path):
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    assert [d["slug"] for d in manifest["documents"]] == sorted(d.name for d in editions.iterdir())
    for doc in manifest["documents"]:
        assert len(doc["files"]) == 3
        for name, info in doc["files"].items():
            data = (site / name).read_bytes()
            assert info == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def test_only_the_changed_document_is_rebuilt(editions, tmp_path):
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    before = tree_digest(site)
    again = build(editions, site, jobs=1, formats=FAST)
    assert again.built == [] and not again.changed and tree_digest(site) == before
    source = editions / "interview-00002" / "interview-00002.txt"
    source.write_text(
        source.read_text(encoding="utf-8").replace("Q: ", "Q: Well, ", 1), encoding="utf-8"
    )
    third = build(editions, site, jobs=1, formats=FAST)
    assert third.built == ["interview-00002"]
    assert sorted(third.skipped) == ["bolivian-miner-1965", "interview-00001", "interview-00003"]
    after = tree_digest(site)
    changed = {k for k in after if after[k] != before.get(k)}
    touched = {k.split("/")[0] for k in changed}
    assert {"interview-00002", "manifest.json"} <= touched
    assert touched <= {
        "interview-00002",
        "index.html",
        "report.html",
        "manifest.json",
        ".tei-build.json",
    }


def test_oai_records_kept_from_earlier_builds_match_the_published_tei(editions, tmp_path):
    """Each document's OAI-PMH record is made once, in its worker, and kept in the build
    state: after an incremental build the file equals one made afresh from the site's TEI."""
    from tei.exchange.oai import site_documents, static_repository

    site = tmp_path / "_site"
    build(editions, site, jobs=2, formats=FAST)
    source = editions / "interview-00002" / "interview-00002.txt"
    text = source.read_text(encoding="utf-8")
    source.write_text(
        text.replace("\nInterview With ", "\nInterview With Revised ", 1), encoding="utf-8"
    )
    assert build(editions, site, jobs=1, formats=FAST).built == ["interview-00002"]
    oai = (site / "oai-pmh.xml").read_bytes()
    assert oai == static_repository(site_documents(site))
    assert oai.count(b"<oai:record>") == 4 and b"<dc:title>Interview With Revised" in oai


def test_oai_repository_when_a_large_collection_shrinks(editions, tmp_path, monkeypatch):
    """Over MAX_RECORDS no repository (and no records are made); back under it, the records
    of documents built meanwhile are made from the site's TEI."""
    from tei.exchange import oai

    monkeypatch.setattr(oai, "MAX_RECORDS", 3)
    site = tmp_path / "_site"
    report = build(editions, site, jobs=1, formats=FAST)
    assert not (site / "oai-pmh.xml").exists() and "exceed the 3 records" in report.notes[0]
    shutil.rmtree(editions / "interview-00003")
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.built == [] and len(report.skipped) == 3
    oai_file = (site / "oai-pmh.xml").read_bytes()
    assert oai_file == oai.static_repository(oai.site_documents(site))
    assert oai_file.count(b"<oai:record>") == 3


def test_config_change_and_force_rebuild(editions, tmp_path):
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    config = editions / "bolivian-miner-1965" / "edition.toml"
    config.write_text(config.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert build(editions, site, jobs=1, formats=FAST).built == ["bolivian-miner-1965"]
    assert len(build(editions, site, jobs=1, formats=FAST, force=True).built) == 4


def test_one_job_and_two_jobs_give_identical_sites(editions, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    build(editions, one, jobs=1, formats=FAST)
    build(editions, two, jobs=2, formats=FAST)
    assert tree_digest(one) == tree_digest(two)


def test_a_failing_document_does_not_stop_the_others(editions, tmp_path):
    bad = editions / "broken"
    bad.mkdir()
    (bad / "broken.txt").write_bytes(b"")
    site = tmp_path / "_site"
    report = build(editions, site, jobs=2, formats=FAST)
    assert report.failed == ["broken"] and len(report.built) == 4
    assert "build failed" in (site / "index.html").read_text(encoding="utf-8")
    assert "empty file" in (site / "report.html").read_text(encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "tei", "build", str(editions), "-o", str(site), "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1 and "error: broken: " in proc.stderr
    assert "broken.txt" in proc.stderr and "empty file" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_document_that_breaks_keeps_its_last_good_outputs(editions, tmp_path, monkeypatch):
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    slug = "interview-00001"
    good = (site / slug / f"{slug}.html").read_bytes()
    before = tree_digest(site)
    (editions / slug / f"{slug}.txt").write_bytes(b"")
    seen: dict[str, dict[str, str]] = {}
    at_publish(monkeypatch, lambda: seen.setdefault("old site at publish time", tree_digest(site)))
    report = build(editions, site, jobs=2, formats=FAST)
    assert report.failed == [slug]
    assert seen["old site at publish time"] == before  # nothing written through hard links
    assert (site / slug / f"{slug}.html").read_bytes() == good
    page = (site / slug / "index.html").read_text(encoding="utf-8")
    assert "empty file" in page and f'href="{slug}.html"' in page


def test_interrupted_build_leaves_the_previous_site_intact(editions, tmp_path, monkeypatch):
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    before = tree_digest(site)
    source = editions / "interview-00001" / "interview-00001.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")

    def crash() -> None:
        raise KeyboardInterrupt

    at_publish(monkeypatch, crash)
    with pytest.raises(KeyboardInterrupt):
        build(editions, site, jobs=1, formats=FAST)
    assert tree_digest(site) == before
    monkeypatch.undo()
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.built == ["interview-00001"]
    assert not publish.temp_dir(site).exists()


def test_crash_between_the_two_renames_is_recovered(editions, tmp_path):
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    before = tree_digest(site)
    site.rename(publish.old_dir(site))  # as if killed after the first rename of the swap
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.built == [] and tree_digest(site) == before


def test_sources_are_never_modified(editions, tmp_path):
    before = tree_digest(editions)
    build(editions, tmp_path / "_site", jobs=2, formats=FAST)
    assert tree_digest(editions) == before


def test_hand_edited_tei_is_the_master(editions, tmp_path):
    tei_file = editions / "bolivian-miner-1965" / "interview-with-bolivian-miner-isr-1965.xml"
    tei_file.write_text(
        tei_file.read_text(encoding="utf-8").replace(
            "They began mobilizing", "They began mobilizing (hand-corrected)"
        ),
        encoding="utf-8",
    )
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    text = (site / "bolivian-miner-1965" / "bolivian-miner-1965.xml").read_text(encoding="utf-8")
    assert "(hand-corrected)" in text


def test_demo_edition_in_all_formats(tmp_path):
    site = tmp_path / "_site"
    report = build(DEMO.parent, site, jobs=1)
    assert report.failed == [] and report.errors == 0
    files = sorted(p.name for p in (site / "bolivian-miner-1965").iterdir())
    assert files == [
        "bolivian-miner-1965.html",
        "bolivian-miner-1965.pdf",
        "bolivian-miner-1965.txt",
        "bolivian-miner-1965.xml",
        "index.html",
    ]
    assert (
        (site / "bolivian-miner-1965" / "bolivian-miner-1965.pdf").read_bytes().startswith(b"%PDF")
    )
