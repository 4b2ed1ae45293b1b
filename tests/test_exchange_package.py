"""``tei package``: a valid, deterministic BagIt bag; errors; package → import → build."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import bagit
import pytest

from tei.build import build
from tei.errors import OverwriteRefused, ReadError
from tei.exchange.bagit_package import package
from tei.exchange.importer import import_tei

from .conftest import DEMO

FAST = ("tei", "html", "text")
SLUG = "bolivian-miner-1965"


def tei_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tei", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture(scope="module")
def bag(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bag") / "demo-bag"
    package(DEMO, out, formats=(*FAST, "pdf"))
    return out


def manifest(bag_dir: Path, alg: str = "sha256") -> dict[str, str]:
    lines = (bag_dir / f"manifest-{alg}.txt").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split("  ", 1) for line in lines)}


def test_demo_bag_validates_and_holds_every_part(bag):
    b = bagit.Bag(str(bag))
    b.validate(processes=1)  # raises on any fixity or completeness problem
    assert b.version_info == (1, 0) and sorted(b.algorithms) == ["sha256", "sha512"]
    assert sorted(manifest(bag)) == [
        f"data/metadata/{SLUG}.bib",
        f"data/metadata/{SLUG}.csl.json",  # no .datacite.xml: the demo has no DOI (a warning)
        f"data/metadata/{SLUG}.dc.xml",
        f"data/metadata/{SLUG}.schema.jsonld",
        f"data/renderings/{SLUG}.html",
        f"data/renderings/{SLUG}.pdf",
        f"data/renderings/{SLUG}.txt",
        "data/source/edition.toml",
        "data/source/interview-with-bolivian-miner-isr-1965.txt",
        f"data/tei/{SLUG}.xml",
    ]
    assert (bag / "data/source/edition.toml").read_bytes() == (DEMO / "edition.toml").read_bytes()
    assert (bag / f"data/renderings/{SLUG}.pdf").read_bytes().startswith(b"%PDF")
    assert manifest(bag)["data/source/interview-with-bolivian-miner-isr-1965.txt"] == (
        "5c55007118783320056427676612172b61da571c88871f9d2721214f1d18a488"
    )  # the digest the TEI header records for its source


def test_bag_info_from_the_header(bag):
    info = bagit.Bag(str(bag)).info
    assert info["Source-Organization"] == "TEI Edition Toolkit — demo editions"
    assert info["External-Identifier"] == SLUG
    assert info["External-Description"] == (
        "Digital edition (TEI P5) of: Interview With Bolivian Miner: Vivid Account of the "
        "Battle of Sora-Sora, International Socialist Review, vol. 26, no. 1, Winter 1965, p. 27"
    )
    assert info["Bagging-Date"] == "2026-11-23"  # the TEI's conversion date (no epoch set)
    assert info["Payload-Oxum"].endswith(".10")  # no .datacite.xml: the demo has no DOI


def test_bagging_date_comes_from_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")  # 2000-01-01
    package(DEMO, tmp_path / "b", formats=FAST)
    assert bagit.Bag(str(tmp_path / "b")).info["Bagging-Date"] == "2000-01-01"


def test_same_edition_same_bytes_folder_and_zip(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for n in (1, 2):
        package(DEMO, tmp_path / f"bag{n}", formats=FAST)
        package(DEMO, tmp_path / f"bag{n}.zip", fmt="zip", formats=FAST)
    for name in (
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "bag-info.txt",
    ):
        assert (tmp_path / "bag1" / name).read_bytes() == (tmp_path / "bag2" / name).read_bytes()
    first = (tmp_path / "bag1.zip").read_bytes()
    assert first == (tmp_path / "bag2.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "bag1.zip") as zf:
        names = zf.namelist()
        assert names == sorted(names) and all(n.startswith(f"{SLUG}-bag/") for n in names)
        assert {i.date_time for i in zf.infolist()} == {(2023, 11, 14, 0, 0, 0)}
        zf.extractall(tmp_path / "unzipped")
    bagit.Bag(str(tmp_path / "unzipped" / f"{SLUG}-bag")).validate(processes=1)


def test_missing_edition_and_existing_output(tmp_path):
    with pytest.raises(ReadError, match="no such edition folder"):
        package(tmp_path / "nope", tmp_path / "out")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ReadError, match="not an edition folder"):
        package(tmp_path / "empty", tmp_path / "out")
    out = tmp_path / "taken"
    out.write_text("keep me")
    with pytest.raises(OverwriteRefused, match="output exists"):
        package(DEMO, out, formats=FAST)
    assert out.read_text() == "keep me"


def test_cli_exit_codes_and_one_line_errors(tmp_path):
    done = tei_cli(
        "package",
        str(DEMO),
        "-o",
        str(tmp_path / "b.zip"),
        "--format",
        "zip",
        "--formats",
        "tei,html,text",
    )
    assert done.returncode == 0, done.stderr
    # 9 files: no .datacite.xml, the demo has no DOI
    assert done.stdout.startswith(f"{tmp_path / 'b.zip'}: bag of {SLUG}, 9 files")
    again = tei_cli("package", str(DEMO), "-o", str(tmp_path / "b.zip"), "--formats", "tei")
    assert again.returncode == 3
    assert again.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'b.zip'}: output exists; refusing to overwrite it "
        "(use --force) [package-exists]"
    ]
    missing = tei_cli("package", str(tmp_path / "nope"))
    assert missing.returncode == 2
    assert (
        missing.stderr.strip()
        == f"error: {tmp_path / 'nope'}: no such edition folder [package-no-edition]"
    )


def site_files(site: Path, slug: str) -> dict[str, dict[str, object]]:
    data = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    (doc,) = [d for d in data["documents"] if d["slug"] == slug]
    return doc["files"]


def _unzip(archive: Path, into: Path) -> Path:
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(into)
    return into / f"{SLUG}-bag"


def test_round_trip_package_import_rebuild(tmp_path):
    """A bag re-imported and rebuilt gives the same TEI, renderings and manifests."""
    originals = tmp_path / "editions"
    originals.mkdir()
    shutil.copytree(DEMO, originals / SLUG)
    build(originals, tmp_path / "site1", jobs=1, formats=FAST)
    package(originals / SLUG, tmp_path / "bag.zip", fmt="zip", formats=FAST)

    result = import_tei(tmp_path / "bag.zip", tmp_path / "reimported")
    assert result.slug == SLUG
    assert result.provenance["bag_external_identifier"] == SLUG
    build(tmp_path / "reimported", tmp_path / "site2", jobs=1, formats=FAST)
    tei1 = (tmp_path / "site1" / SLUG / f"{SLUG}.xml").read_bytes()
    assert (tmp_path / "site2" / SLUG / f"{SLUG}.xml").read_bytes() == tei1
    # the rebuilt site publishes the TEI and text the bag holds (same digests); its HTML is
    # the bag's rendering inside the site's page (search marks, breadcrumbs, previous/next)
    bag_manifest = manifest(_unzip(tmp_path / "bag.zip", tmp_path / "bag1"))
    rebuilt = site_files(tmp_path / "site2", SLUG)
    assert len(rebuilt) == 3
    for name, info in rebuilt.items():
        if name.endswith(".html"):
            continue
        folder = "tei" if name.endswith(".xml") else "renderings"
        assert bag_manifest[f"data/{folder}/{name.split('/')[-1]}"] == info["sha256"]
    site_html = (tmp_path / "site2" / SLUG / f"{SLUG}.html").read_text(encoding="utf-8")
    bag_dir = tmp_path / "bag1" / f"{SLUG}-bag"
    bag_html = (bag_dir / "data" / "renderings" / f"{SLUG}.html").read_text("utf-8")
    bag_body = bag_html.split("<main", 1)[1].split("</main>", 1)[0]
    assert len(bag_body) > 5000 and "data-pagefind" not in bag_html
    assert "Catavi" in bag_body and "Catavi" in site_html
    # and rebuilding again from the re-imported edition gives the same site manifest entries
    build(tmp_path / "reimported", tmp_path / "site3", jobs=1, formats=FAST, force=True)
    assert site_files(tmp_path / "site3", SLUG) == rebuilt

    package(tmp_path / "reimported" / SLUG, tmp_path / "bag2", formats=FAST)
    first, second = bag_manifest, manifest(tmp_path / "bag2")
    # everything but data/source/ (the re-imported edition's source is the TEI itself) is equal
    built = {k: v for k, v in first.items() if not k.startswith("data/source/")}
    assert built == {k: v for k, v in second.items() if not k.startswith("data/source/")}
    assert len(built) == 7  # no .datacite.xml: the demo has no DOI
    assert hashlib.sha256(tei1).hexdigest() == built[f"data/tei/{SLUG}.xml"] == result.sha256
