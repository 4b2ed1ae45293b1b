"""``tei import``: every shared TEI sample imports and builds without losing a word; errors;
the OAI-PMH static repository of the resulting site lists every edition."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from lxml import etree

from tei.build import build
from tei.errors import OverwriteRefused, ReadError, UsageError
from tei.exchange.importer import import_tei, slugify
from tei.exchange.oai import FILE_NAME, OAI_NS, SR_NS, RepositoryInfo, write_static_repository
from tei.render import render
from tei.render.textcheck import compare_letters, html_letters, letters, tei_letters
from tei.xmlio import parse_file, sha256

from .conftest import DEMO, SHARED, TEI_ALL_RNG, need_shared

SAMPLES = SHARED / "tei-samples"
SAMPLE_DIRS = (SAMPLES, SHARED / "tei-samples-more")
PDF_SAMPLE = "15-correspDesc-example13-participDesc.xml"  # small: PDF stays fast


def sample_names() -> list[str]:
    names: list[str] = []
    for folder in SAMPLE_DIRS:
        index = folder / "index.tsv"
        if index.exists():
            with index.open(encoding="utf-8") as handle:
                names += [row["file"] for row in csv.DictReader(handle, delimiter="\t")]
    return names or ["missing.xml"]


def sample_path(name: str) -> Path:
    """Where a sample named in one of the index.tsv files is."""
    return next((d / name for d in SAMPLE_DIRS if (d / name).exists()), SAMPLES / name)


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[Path, Path, dict[str, str]]:
    """Every sample imported beside the demo edition, built as tei, html, text."""
    need_shared(SAMPLES / "index.tsv")
    root = tmp_path_factory.mktemp("import")
    editions = root / "editions"
    editions.mkdir()
    shutil.copytree(DEMO, editions / DEMO.name)
    slugs = {name: import_tei(sample_path(name), editions).slug for name in sample_names()}
    report = build(editions, root / "_site", jobs=2, formats=("tei", "html", "text"))
    assert report.failed == []
    return editions, root / "_site", slugs


@pytest.mark.shared
@pytest.mark.parametrize("name", sample_names())
def test_every_sample_imports_and_builds_without_losing_a_letter(imported, name):
    editions, site, slugs = imported
    slug = slugs[name]
    original = sample_path(name).read_bytes()
    assert (editions / slug / f"{slug}.xml").read_bytes() == original  # copied unchanged
    config = tomllib.loads((editions / slug / "edition.toml").read_text(encoding="utf-8"))
    assert config["edition"]["master"] == f"{slug}.xml"
    assert config["import"]["sha256"] == sha256(original)
    assert config["import"]["file"] == name
    assert (site / slug / f"{slug}.xml").read_bytes() == original
    tree = parse_file(sample_path(name))
    page = (site / slug / f"{slug}.html").read_text(encoding="utf-8")
    text = (site / slug / f"{slug}.txt").read_text(encoding="utf-8")
    want = tei_letters(tree)
    assert compare_letters(want, html_letters(page)).lost_count == 0
    assert compare_letters(want, letters(text)).lost_count == 0
    assert sum(want.values()) > 25


@pytest.mark.shared
def test_a_small_sample_renders_as_pdf(imported):
    editions, _, slugs = imported
    pdf = render(parse_file(editions / slugs[PDF_SAMPLE] / f"{slugs[PDF_SAMPLE]}.xml"), "pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF") and len(pdf) > 5000


@pytest.mark.shared
def test_static_repository_lists_every_edition(imported):
    _, site, slugs = imported
    info = RepositoryInfo(
        site_url="https://editions.example.org/tei",
        gateway_url="http://gw.example.net/oai",
        admin_email="me@example.org",
        name="Demo",
    )
    path = write_static_repository(site, info=info)
    assert path == site / FILE_NAME
    root = parse_file(path).getroot()
    ns = {"sr": SR_NS, "oai": OAI_NS, "dc": "http://purl.org/dc/elements/1.1/"}
    assert root.tag == f"{{{SR_NS}}}Repository"
    assert [etree.QName(c).localname for c in root] == [
        "Identify",
        "ListMetadataFormats",
        "ListRecords",
    ]
    assert root.xpath("string(sr:Identify/oai:baseURL)", namespaces=ns) == (
        "http://gw.example.net/oai/editions.example.org/tei/oai-pmh.xml"
    )
    assert root.xpath("string(sr:Identify/oai:granularity)", namespaces=ns) == "YYYY-MM-DD"
    assert root.xpath("string(sr:Identify/oai:deletedRecord)", namespaces=ns) == "no"
    assert root.xpath("string(sr:ListRecords/@metadataPrefix)", namespaces=ns) == "oai_dc"
    ids = root.xpath("sr:ListRecords/oai:record/oai:header/oai:identifier/text()", namespaces=ns)
    every = sorted([DEMO.name, *slugs.values()])
    assert ids == [f"oai:editions.example.org:{s}" for s in every]  # every edition, sorted
    stamps = root.xpath("//oai:datestamp/text()", namespaces=ns)
    assert all(len(s) == 10 and s[4] == s[7] == "-" for s in stamps)
    assert root.xpath("string(sr:Identify/oai:earliestDatestamp)", namespaces=ns) == min(stamps)
    titles = root.xpath("//oai:metadata/*/dc:title/text()", namespaces=ns)
    # a teiCorpus or a page whose root is not TEI (surface…) gets no title from the crosswalk yet
    other_roots = [
        n for n in slugs if etree.QName(parse_file(sample_path(n)).getroot()).localname != "TEI"
    ]
    assert len(titles) == len(every) - len(other_roots) and all(t.strip() for t in titles)
    demo = root.xpath(
        f"//oai:record[oai:header/oai:identifier='oai:editions.example.org:{DEMO.name}']",
        namespaces=ns,
    )[0]
    assert demo.xpath("string(oai:header/oai:datestamp)", namespaces=ns) == "2026-11-23"
    assert demo.xpath("oai:metadata/*/dc:identifier/text()", namespaces=ns)[0] == (
        f"https://editions.example.org/tei/{DEMO.name}/{DEMO.name}.html"
    )


@pytest.mark.shared
@pytest.mark.slow
def test_tei_all_failures_are_reported_not_fatal(tmp_path):
    need_shared(TEI_ALL_RNG)
    bad = import_tei(SAMPLES / "44-disco-disco408n.xml", tmp_path, tei_all=TEI_ALL_RNG)
    assert not bad.valid and bad.tei.exists()
    assert any(d.code.startswith("tei-all") and d.line == 6 for d in bad.diagnostics)
    good = import_tei(
        SAMPLES / "15-correspDesc-example13-participDesc.xml", tmp_path, tei_all=TEI_ALL_RNG
    )
    assert good.valid and good.diagnostics == []


def test_bad_input_is_one_clear_error(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        import_tei(tmp_path / "missing.xml", tmp_path / "editions")
    (tmp_path / "broken.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>")
    with pytest.raises(ReadError, match="not well-formed"):
        import_tei(tmp_path / "broken.xml", tmp_path / "editions")
    (tmp_path / "html.xml").write_text("<html><body/></html>")
    with pytest.raises(
        ReadError, match=r"not a TEI P5 document: root element is <html> \(no namespace\)"
    ):
        import_tei(tmp_path / "html.xml", tmp_path / "editions")
    with pytest.raises(UsageError, match="--slug"):
        import_tei(
            DEMO / "interview-with-bolivian-miner-isr-1965.xml", tmp_path / "e", slug="../up"
        )
    assert not (tmp_path / "editions").exists()


def test_existing_edition_is_never_overwritten(tmp_path):
    tei = DEMO / "interview-with-bolivian-miner-isr-1965.xml"
    first = import_tei(tei, tmp_path)
    assert first.slug == "bolivian-miner-1965"  # from publicationStmt/idno[@type='slug']
    (first.folder / "edition.toml").write_text("# mine\n")
    with pytest.raises(OverwriteRefused, match="edition folder exists"):
        import_tei(tei, tmp_path)
    assert (first.folder / "edition.toml").read_text() == "# mine\n"
    assert import_tei(tei, tmp_path, slug="other").folder == tmp_path / "other"


def test_slugify():
    assert slugify("10-ELTeC-eng-ENG18652_Carroll") == "10-eltec-eng-eng18652-carroll"
    assert slugify("Über Česká!") == "uber-ceska"
    assert slugify("!!!") == "edition"


def test_cli_import(tmp_path):
    tei = DEMO / "interview-with-bolivian-miner-isr-1965.xml"
    run = [sys.executable, "-m", "tei", "import", str(tei), "-e", str(tmp_path), "--slug", "demo"]
    done = subprocess.run(run, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"imported {tei} as {tmp_path / 'demo'} (sha256 ")
    again = subprocess.run(run, capture_output=True, text=True)
    assert again.returncode == 3
    assert again.stderr.strip() == (
        f"error: {tmp_path / 'demo'}: edition folder exists; refusing to overwrite it "
        "(use --force or --slug) [import-exists]"
    )
    (tmp_path / "x.xml").write_text("<a/>")
    bad = subprocess.run(
        [sys.executable, "-m", "tei", "import", str(tmp_path / "x.xml"), "-e", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "[import-not-tei]" in bad.stderr
