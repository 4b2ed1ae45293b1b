"""Names in ``tei build``: each edition's register tags its TEI in memory, every format gets
its index, the site gets an index of names across documents, and the register is an input
of the incremental build."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tei.build import build
from tei.fidelity import check_files
from tei.names import load_register, mention_counts, tag_tree
from tei.xmlio import parse_file

from .conftest import DEMO, DEMO_SOURCE, DEMO_TEI

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

FAST = ("tei", "html", "text")
SLUG = DEMO.name


@pytest.fixture
def editions(tmp_path: Path) -> Path:
    folder = tmp_path / "editions"
    folder.mkdir()
    shutil.copytree(DEMO, folder / SLUG)
    return folder


def _mention_counts_expected() -> dict[str, int]:
    tree = parse_file(DEMO_TEI)
    tag_tree(tree, load_register(DEMO / "register.toml"))
    return mention_counts(tree)


def test_demo_site_tei_is_tagged_and_keeps_every_word(editions, tmp_path) -> None:
    site = tmp_path / "_site"
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.built == [SLUG] and not report.failed
    tei = site / SLUG / f"{SLUG}.xml"
    counts = mention_counts(parse_file(tei))
    assert counts == _mention_counts_expected()
    assert counts["catavi"] == 7 and counts["por"] == 2  # spot checks, by name
    fidelity = check_files(DEMO_SOURCE, tei)
    assert not fidelity.lost and not fidelity.added
    html = (site / SLUG / f"{SLUG}.html").read_text(encoding="utf-8")
    assert '<li class="index-entry" id="index-catavi">' in html
    text = (site / SLUG / f"{SLUG}.txt").read_text(encoding="utf-8")
    assert "\nIndex\n" in text and "- Oruro: 2, 4, 19\n" in text


def test_site_index_of_names_links_each_entry_to_each_document(editions, tmp_path) -> None:
    generate(editions, 2)  # interviews without a register: no names, no links
    site = tmp_path / "_site"
    build(editions, site, jobs=2, formats=FAST)
    page = (site / "names.html").read_text(encoding="utf-8")
    entries = dict(re.findall(r'<li id="(?:person|place|org)-([\w.-]+)"><strong>([^<]+)<', page))
    register = load_register(DEMO / "register.toml")
    mentioned = {k for k, v in _mention_counts_expected().items() if v}
    assert set(entries) == {e.id for e in register.entries if e.id in mentioned}
    assert entries["ordonez"] == "Ordoñez"
    assert f'href="{SLUG}/{SLUG}.html#index-catavi"' in page
    assert "(7 mentions)" in page
    assert "interview-00001" not in page
    for name in ("index.html", "report.html", f"{SLUG}/index.html"):
        assert 'names.html">Index of names</a>' in (site / name).read_text(encoding="utf-8")
    assert "Index of names" not in (site / "interview-00001" / "index.html").read_text(
        encoding="utf-8"
    )
    manifest = (site / "manifest.json").read_text(encoding="utf-8")
    assert '"names.html"' in manifest


def test_register_change_rebuilds_only_its_edition(editions, tmp_path) -> None:
    generate(editions, 1)
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    register = editions / SLUG / "register.toml"
    text = register.read_text(encoding="utf-8")
    register.write_text(
        text.replace('name = "Catavi"', 'name = "Catavi"\nvariants = ["Katavi"]'),
        encoding="utf-8",
    )
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.built == [SLUG] and report.skipped == ["interview-00001"]
    tei = (site / SLUG / f"{SLUG}.xml").read_text(encoding="utf-8")
    assert '<placeName type="variant">Katavi</placeName>' in tei


def test_collection_register_applies_to_every_edition(tmp_path) -> None:
    editions = tmp_path / "editions"
    generate(editions, 2)
    text = (editions / "interview-00001" / "interview-00001.txt").read_text(encoding="utf-8")
    name = re.search(r"\b(Catavi|Huanuni|Oruro|Siglo Veinte)\b", text)
    assert name, "the generator names the seed's places"
    (editions / "register.toml").write_text(
        f'[[place]]\nid = "p1"\nname = "{name.group(1)}"\n', encoding="utf-8"
    )
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    tei = parse_file(site / "interview-00001" / "interview-00001.xml")
    assert mention_counts(tei)["p1"] == len(re.findall(rf"\b{name.group(1)}\b", text))


def test_no_names_and_a_broken_register(editions, tmp_path) -> None:
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST, names=False)
    assert not (site / "names.html").exists()
    assert mention_counts(parse_file(site / SLUG / f"{SLUG}.xml")) == {}
    (editions / SLUG / "register.toml").write_text('[[place]]\nid = "x"\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "tei", "build", str(editions), "-o", str(site), "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    report = (site / "report.html").read_text(encoding="utf-8")
    assert "register.toml" in report
