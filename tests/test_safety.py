"""Issue 14: never lose an editor's work, never publish what lies outside the editions.

Each test is named after what broke: every ``-o`` pointed at something valuable, symlinks
and ``master =`` paths out of the edition folder, one bad edition stopping the build,
odd folder names, local paths in published files, and the small ones (docs: SECURITY.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tei.build import build
from tei.errors import BuildError, OverwriteRefused, ReadError, TeiError, UsageError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

FAST = ("tei",)


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def tei(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "tei", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


def one_line_error(proc) -> str:
    assert "Traceback" not in proc.stderr + proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert errors, proc.stderr
    return errors[0]


@pytest.fixture
def editions(tmp_path: Path) -> Path:
    folder = tmp_path / "editions"
    generate(folder, 2)
    return folder


# -- 1. outputs that can only replace what the toolkit made ---------------------------------


def test_build_output_that_is_the_editions_folder_deletes_nothing(editions, tmp_path):
    before = digests(editions)
    inside = editions / "interview-00001"
    for target in (editions, inside, tmp_path, editions / "interview-00001" / "sub"):
        with pytest.raises(UsageError) as caught:
            build(editions, target, jobs=1, formats=FAST)
        assert caught.value.code == "build-output"
    assert digests(editions) == before
    proc = tei("build", str(editions), "-o", str(editions), "-q")
    assert proc.returncode == 2 and "refusing to write the site here" in one_line_error(proc)
    assert digests(editions) == before


def test_build_output_that_is_the_current_folder_or_an_unrelated_folder_is_refused(
    editions, tmp_path
):
    proc = tei("build", str(editions), "-o", ".", "-q", cwd=tmp_path / "editions")
    assert proc.returncode == 2 and "current folder" in one_line_error(proc)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.md").write_text("mine\n")
    with pytest.raises(OverwriteRefused) as caught:
        build(editions, docs, jobs=1, formats=FAST)
    assert "not a site made by tei" in str(caught.value)
    assert (docs / "notes.md").read_text() == "mine\n"
    a_file = tmp_path / "report.txt"
    a_file.write_text("mine\n")
    with pytest.raises(OverwriteRefused):
        build(editions, a_file, jobs=1, formats=FAST)
    assert a_file.read_text() == "mine\n"


def test_a_site_made_by_earlier_versions_and_an_empty_folder_are_replaced(editions, tmp_path):
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    assert (site / ".tei-site").is_file()
    (site / ".tei-site").unlink()  # as an earlier version left it: manifest + build state
    assert build(editions, site, jobs=1, formats=FAST, force=True).built
    empty = tmp_path / "empty"
    empty.mkdir()
    assert build(editions, empty, jobs=1, formats=FAST).built


def test_package_force_never_deletes_the_current_folder_or_the_editions(editions, tmp_path):
    from tei.exchange.bagit_package import package

    edition = editions / "interview-00001"
    before = digests(editions)
    for target in (editions, edition, edition / "bag", tmp_path):
        with pytest.raises(UsageError):
            package(edition, target, formats=("tei",), force=True)
    proc = tei("package", str(edition), "-o", ".", "--force", "--formats", "tei", cwd=tmp_path)
    assert proc.returncode == 2 and "current folder" in one_line_error(proc)
    assert digests(editions) == before and editions.is_dir()


def test_package_force_replaces_only_a_bag_tei_made_and_leaves_no_temporaries(
    editions, tmp_path
):
    from tei.exchange.bagit_package import package

    edition = editions / "interview-00001"
    other = tmp_path / "docs"
    other.mkdir()
    (other / "keep.txt").write_text("mine\n")
    with pytest.raises(OverwriteRefused):
        package(edition, other, formats=("tei",), force=True)
    junk = tmp_path / "j.zip"
    junk.write_bytes(b"not a zip")
    with pytest.raises(OverwriteRefused) as caught:
        package(edition, junk, fmt="zip", formats=("tei",), force=True)
    assert caught.value.code == "package-not-a-bag" and junk.read_bytes() == b"not a zip"
    bag = tmp_path / "bag"
    package(edition, bag, formats=("tei",))
    stale = tmp_path / ".bag.a1b2c3d4"  # what an older version's killed run left
    (stale / "interview-00001").mkdir(parents=True)
    (stale / "interview-00001" / "bagit.txt").write_text("BagIt-Version: 1.0\n")
    dead = tmp_path / ".bag.bag-999999999"
    dead.mkdir()
    package(edition, bag, formats=("tei",), force=True)
    assert (bag / "bagit.txt").is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    package(edition, tmp_path / "b.zip", fmt="zip", formats=("tei",))
    package(edition, tmp_path / "b.zip", fmt="zip", formats=("tei",), force=True)
    assert zipfile.is_zipfile(tmp_path / "b.zip")


def test_render_over_the_transcription_or_its_own_input_is_refused(tmp_path):
    from .conftest import DEMO_SOURCE, DEMO_TEI

    folder = tmp_path / "ed"
    folder.mkdir()
    source, master = folder / DEMO_SOURCE.name, folder / DEMO_TEI.name
    source.write_bytes(DEMO_SOURCE.read_bytes())
    master.write_bytes(DEMO_TEI.read_bytes())
    before = digests(folder)
    proc = tei("render", str(master), "--to", "text", "-o", str(source))
    assert proc.returncode == 3 and "not written by tei" in one_line_error(proc)
    proc = tei("render", str(master), "--to", "html", "-o", str(master), "--force")
    assert proc.returncode == 2 and "own input" in one_line_error(proc)
    assert digests(folder) == before
    out = tmp_path / "x.html"
    assert tei("render", str(master), "--to", "html", "-o", str(out)).returncode == 0
    assert tei("render", str(master), "--to", "html", "-o", str(out)).returncode == 0
    out.write_text(out.read_text() + "<!-- my edit -->")
    assert tei("render", str(master), "--to", "html", "-o", str(out)).returncode == 3
    assert out.read_text().endswith("<!-- my edit -->")
    assert tei("render", str(master), "--to", "html", "-o", str(out), "--force").returncode == 0
    assert tei("render", str(master), "--to", "text", "-o", "/dev/null").returncode == 0


def test_validate_report_over_a_hand_edited_tei_is_refused(tmp_path):
    from .conftest import DEMO_TEI

    master = tmp_path / "x.xml"
    master.write_bytes(DEMO_TEI.read_bytes() + b"<!-- hand edit -->\n")
    before = master.read_bytes()
    proc = tei("validate", str(tmp_path), "--format", "junit", "-o", str(master))
    assert proc.returncode == 3 and "not written by tei" in one_line_error(proc)
    assert master.read_bytes() == before
    report = tmp_path / "junit.out"
    assert tei("validate", str(master), "--format", "junit", "-o", str(report)).returncode == 0
    assert tei("validate", str(master), "--format", "junit", "-o", str(report)).returncode == 0


def test_tag_names_keeps_hand_edits_in_the_tagged_tei_and_the_transcription(tmp_path):
    from .conftest import DEMO

    folder = tmp_path / "ed"
    folder.mkdir()
    for path in DEMO.iterdir():
        if path.is_file() and not path.name.startswith("."):
            (folder / path.name).write_bytes(path.read_bytes())
    source = next(folder.glob("*.txt"))
    before = source.read_bytes()
    proc = tei("tag-names", str(folder), "-o", str(source))
    assert proc.returncode == 3 and source.read_bytes() == before
    assert tei("tag-names", str(folder)).returncode == 0
    tagged = next(folder.glob("*.tagged.xml"))
    assert tei("tag-names", str(folder)).returncode == 0  # its own output: rewritten
    tagged.write_bytes(tagged.read_bytes() + b"<!-- corrected by hand -->\n")
    proc = tei("tag-names", str(folder))
    assert proc.returncode == 3 and "hand edits" in one_line_error(proc)
    assert tagged.read_bytes().endswith(b"<!-- corrected by hand -->\n")
    assert tei("tag-names", str(folder), "--force").returncode == 0


def test_convert_over_its_own_source_is_refused(tmp_path):
    from tei.convert import convert

    from .conftest import DEMO_SOURCE

    source = tmp_path / "a.txt"
    source.write_bytes(DEMO_SOURCE.read_bytes())
    with pytest.raises(UsageError):
        convert(source, source, force=True)
    assert source.read_bytes() == DEMO_SOURCE.read_bytes()


# -- 3. inputs stay inside the editions ------------------------------------------------------


def published(site: Path) -> bytes:
    return b"".join(p.read_bytes() for p in site.rglob("*") if p.is_file())


def test_a_symlink_to_a_file_outside_publishes_nothing_of_it(editions, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE 4242\n")
    (editions / "interview-00001" / "zz-notes.txt").symlink_to(secret)
    (editions / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text("TOP-SECRET-LINE 4242\n")
    site = tmp_path / "_site"
    report = build(editions, site, jobs=1, formats=("tei", "html", "text"))
    assert sorted(report.failed) == ["interview-00001", "linked"]
    assert report.built == ["interview-00002"]
    assert "zz-notes.txt: a symbolic link" in report.reasons["interview-00001"]
    assert b"TOP-SECRET" not in published(site)
    proc = tei("build", str(editions), "-o", str(site), "-q")
    assert proc.returncode == 1
    assert "interview-00001/zz-notes.txt: a symbolic link; refused" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_symlinks_inside_the_editions_are_accepted_only_when_asked(editions, tmp_path):
    (editions / "alias").symlink_to(editions / "interview-00002", target_is_directory=True)
    site = tmp_path / "_site"
    assert "alias" in build(editions, site, jobs=1, formats=FAST).failed
    report = build(editions, site, jobs=1, formats=FAST, symlinks=True)
    assert "alias" in report.built and report.failed == []


@pytest.mark.parametrize(
    "master", ["/etc/hostname", "../../../../../../etc/hostname", "/dev/zero", "../other/x.xml"]
)
def test_a_master_outside_the_edition_folder_is_refused(editions, tmp_path, master):
    folder = editions / "imported"
    folder.mkdir()
    (folder / "edition.toml").write_text(f'[edition]\nmaster = "{master}"\n')
    (editions / "other").mkdir()
    (editions / "other" / "x.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'/>")
    report = build(editions, tmp_path / "_site", jobs=1, formats=FAST)
    assert "imported" in report.failed and "interview-00001" in report.built
    assert "outside the edition folder" in report.reasons["imported"]


def test_a_fifo_or_dev_zero_is_never_read_until_memory_runs_out(editions, tmp_path, monkeypatch):
    os.mkfifo(editions / "interview-00001" / "pipe.txt")
    report = build(editions, tmp_path / "_site", jobs=1, formats=FAST)
    assert "not a regular file" in report.reasons["interview-00001"]
    from tei.xmlio import read_bytes

    monkeypatch.setenv("TEI_MAX_INPUT_BYTES", "1000000")
    with pytest.raises(ReadError) as caught:
        read_bytes("/dev/zero")
    assert caught.value.code == "io-too-large"


def test_import_refuses_a_zip_bomb_before_extracting(tmp_path, monkeypatch):
    from tei.exchange.importer import import_tei

    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bag/data/tei/x.xml", b"\0" * 3_000_000)
    monkeypatch.setenv("TEI_MAX_INPUT_BYTES", "1000000")
    with pytest.raises(ReadError) as caught:
        import_tei(bomb, tmp_path / "editions")
    assert caught.value.code == "import-zip-too-large"
    assert not (tmp_path / "editions").exists()


def test_a_failed_import_leaves_no_edition_folder_and_the_retry_works(tmp_path, monkeypatch):
    from tei.exchange.importer import import_tei

    from .conftest import DEMO_TEI

    monkeypatch.setenv("TEI_FAULT", "import.before-rename:enospc")
    with pytest.raises(OSError):
        import_tei(DEMO_TEI, tmp_path / "editions", slug="demo")
    assert sorted(os.listdir(tmp_path / "editions")) == []
    monkeypatch.delenv("TEI_FAULT")
    result = import_tei(DEMO_TEI, tmp_path / "editions", slug="demo")
    assert result.tei.read_bytes() == DEMO_TEI.read_bytes()
    again = import_tei(DEMO_TEI, tmp_path / "editions", slug="demo", force=True)
    assert again.tei.is_file() and sorted(os.listdir(tmp_path / "editions")) == ["demo"]


# -- 6. per-edition failures stay per edition ------------------------------------------------


@pytest.mark.parametrize(
    "name", ["index.html", "report.html", "manifest.json", "oai-pmh.xml", "site.css", "names.html"]
)
def test_an_edition_named_like_a_site_file_fails_alone(editions, tmp_path, name):
    (editions / name).mkdir()
    (editions / name / "a.txt").write_bytes(
        (editions / "interview-00001" / "interview-00001.txt").read_bytes()
    )
    site = tmp_path / "_site"
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.failed == [name] and len(report.built) == 2
    assert "name is that of a site file" in report.reasons[name]
    assert (site / "interview-00001" / "interview-00001.xml").is_file()


def test_a_malformed_edition_toml_or_an_empty_edition_fails_alone(editions, tmp_path):
    (editions / "interview-00001" / "edition.toml").write_text("title = \n")
    (editions / "only-config").mkdir()
    (editions / "only-config" / "edition.toml").write_text("[edition]\n")
    report = build(editions, tmp_path / "_site", jobs=1, formats=FAST)
    assert sorted(report.failed) == ["interview-00001", "only-config"]
    assert report.built == ["interview-00002"]
    assert "[config-syntax]" in report.reasons["interview-00001"]
    assert "nothing to build" in report.reasons["only-config"]
    assert "internal error" not in json.dumps(report.reasons)


# -- 7. the small ones -----------------------------------------------------------------------


def test_odd_folder_names_get_url_encoded_links(editions, tmp_path):
    odd = editions / "a#b?c%d"
    odd.mkdir()
    (odd / "a.txt").write_bytes(
        (editions / "interview-00001" / "interview-00001.txt").read_bytes()
    )
    site = tmp_path / "_site"
    assert build(editions, site, jobs=1, formats=FAST).failed == []
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="a%23b%3Fc%25d/index.html"' in index
    assert 'href="a#b' not in index


def test_no_absolute_local_path_in_published_files(editions, tmp_path):
    (editions / "interview-00001" / "interview-00001.txt").write_text("\n\n")  # fails: empty
    site = tmp_path / "_site"
    report = build(editions.resolve(), site, jobs=1, formats=("tei", "html"))
    assert report.failed == ["interview-00001"]
    for path in site.rglob("*"):
        if path.is_file():
            assert str(tmp_path).encode() not in path.read_bytes(), path


def test_error_messages_are_one_line_even_when_libxml2_says_two():
    from tei.diagnostics import Diagnostic

    assert "\n" not in str(TeiError("first\nsecond", file="x.xml", code="xml-syntax"))
    assert "\n" not in str(Diagnostic("error", "c", "first\nsecond", "x.xml", 1))


def test_serve_answers_a_bad_request_with_400_and_no_traceback(tmp_path, capfd):
    from tei.build.serve import make_server

    (tmp_path / "index.html").write_text("<p>hi</p>")
    server = make_server(tmp_path, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/%00", timeout=10)
        assert caught.value.code == 400
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=10) as ok:
            assert ok.status == 200
    finally:
        server.shutdown()
        server.server_close()
    assert "Traceback" not in capfd.readouterr().err


def test_an_incremental_build_notices_a_damaged_output(editions, tmp_path):
    site = tmp_path / "_site"
    build(editions, site, jobs=1, formats=FAST)
    target = site / "interview-00001" / "interview-00001.xml"
    good = target.read_bytes()
    target.unlink()  # damage it the way an editor would: a new file, same size
    target.write_bytes(good.replace(b"<TEI", b"<TEX", 1))
    report = build(editions, site, jobs=1, formats=FAST)
    assert report.built == ["interview-00001"]
    assert target.read_bytes() == good
    assert build(editions, site, jobs=1, formats=FAST).built == []


@pytest.mark.parametrize(
    "line",
    [
        'source_url = "javascript:alert(1)"',
        'licence_url = "file:///etc/passwd"',
        '[edition.identifiers]\nurl = "data:text/html,x"',
    ],
)
def test_a_javascript_url_in_edition_toml_is_refused(editions, tmp_path, line):
    (editions / "interview-00001" / "edition.toml").write_text(f"[edition]\n{line}\n")
    report = build(editions, tmp_path / "_site", jobs=1, formats=FAST)
    assert report.failed == ["interview-00001"]
    assert "edition.toml" in report.reasons["interview-00001"]
    assert "[config-url]" in report.reasons["interview-00001"]


def test_a_second_writer_gets_a_one_line_error_naming_the_holder(tmp_path):
    from tei.safety import exclusive

    out = tmp_path / "_site"
    with exclusive(out, "site"), pytest.raises(BuildError) as caught, exclusive(out, "site"):
        pass
    assert f"PID {os.getpid()}" in str(caught.value) and "\n" not in str(caught.value)
    with exclusive(out, "site"):  # released: free again
        pass
    assert not (tmp_path / "._site.lock").exists()
