"""Hostile and malformed XML through every entry point: no traceback, one line naming the
file, the documented exit code, no file read outside the inputs, no network connection
(the ``listener`` fixture, in conftest.py, is a loopback server that records connections)."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "TOPSECRET-7f3a"
TEI = (
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>'
    "</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>"
    "</fileDesc></teiHeader><text><body><p>{}</p></body></text></TEI>"
)


def hostile_documents(tmp: Path, port: int) -> dict[str, tuple[bytes, str | None]]:
    """name -> (bytes, expected error code or None when the document must be accepted safely)."""
    secret = tmp / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    dtd = tmp / "entities.dtd"
    dtd.write_text(f'<!ENTITY secret "{SECRET}">', encoding="utf-8")
    url = f"http://127.0.0.1:{port}/x"
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return {
        "xxe-local-file": (
            f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>' + TEI.format("&x;"),
            "xml-external-entity",
        ),
        "xxe-loopback": (
            f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "{url}">]>' + TEI.format("&x;"),
            "xml-external-entity",
        ),
        "parameter-entity": (
            f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{url}"> %p;]>' + TEI.format("x"),
            "xml-external-entity",
        ),
        "external-dtd-local": (
            f'<!DOCTYPE TEI SYSTEM "{dtd}">' + TEI.format("&secret;"),
            "xml-syntax",
        ),
        "external-dtd-loopback": (f'<!DOCTYPE TEI SYSTEM "{url}.dtd">' + TEI.format("x"), None),
        "billion-laughs": (
            '<!DOCTYPE TEI [<!ENTITY l0 "lol">' + laughs + "]>" + TEI.format("&l9;"),
            "xml-syntax",
        ),
        "quadratic-blowup": (
            f'<!DOCTYPE TEI [<!ENTITY a "{"x" * 50000}">]>' + TEI.format("&a;" * 20000),
            "xml-syntax",
        ),
        "deep-nesting": (TEI.format("<hi>" * 5000 + "x" + "</hi>" * 5000), "xml-syntax"),
        "xinclude": (
            TEI.format(
                f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret}" '
                'parse="text"/>'
            ),
            None,
        ),
        "not-well-formed": (TEI.format("<p>unclosed"), "xml-syntax"),
        "empty": ("", "xml-empty"),
        "not-xml": ("just some text\n", "xml-syntax"),
    } | {"gzip-by-path": (gzip.compress(TEI.format("x" * 10000).encode()), "xml-syntax")}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tei", *map(str, args)], capture_output=True, text=True, timeout=120
    )


def as_edition(path: Path, out: Path) -> Path:
    """An editions folder whose only edition has ``path`` as its TEI master."""
    folder = out / "editions" / path.stem
    folder.mkdir(parents=True)
    (folder / "x.xml").write_bytes(path.read_bytes())
    (folder / "edition.toml").write_text('[edition]\nmaster = "x.xml"\n', encoding="utf-8")
    return folder


ENTRY_POINTS = {
    "render-html": lambda f, out: run("render", f, "--to", "html", "-o", out / "o.html"),
    "render-text": lambda f, out: run("render", f, "--to", "text", "-o", out / "o.txt"),
    "fidelity": lambda f, out: run("fidelity", FIXTURE_SOURCE, f),
    "validate": lambda f, out: run("validate", f),
    "import": lambda f, out: run("import", f, "-e", out / "imported", "--slug", f.stem),
}
FIXTURE_SOURCE = Path(__file__).parent / "fixtures" / "convert" / "body.txt"


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
def test_hostile_xml(entry, tmp_path, listener):
    port, connections = listener
    out = tmp_path / "out"
    out.mkdir()
    for name, (content, code) in hostile_documents(tmp_path, port).items():
        path = tmp_path / f"{name}.xml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        proc = ENTRY_POINTS[entry](path, out)
        assert "Traceback" not in proc.stderr, (name, proc.stderr)
        produced = "".join(
            p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*") if p.is_file()
        )
        assert SECRET not in proc.stdout + proc.stderr + produced, name
        if code is not None:
            if entry == "validate":  # validate reports findings on stdout: FILE:LINE: error: …
                errors = [line for line in proc.stdout.splitlines() if ": error: " in line]
            else:
                errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
            assert proc.returncode == 2, (name, proc.returncode, proc.stderr)
            assert len(errors) == 1 and str(path) in errors[0] and f"[{code}]" in errors[0], (
                name,
                errors,
            )
        elif entry.startswith("render"):
            assert proc.returncode == 0, (name, proc.stderr)
    assert connections == []


def test_script_and_javascript_urls_are_neutralised(tmp_path):
    body = (
        '<ref target="javascript:alert(1)">click</ref> '
        '<hi style="background:url(http://x/)">s</hi> '
        "&lt;script&gt;alert(2)&lt;/script&gt;"
    )
    doc = tmp_path / "x.xml"
    doc.write_text(
        '<?xml-stylesheet href="http://127.0.0.1:9/x.xsl"?>' + TEI.format(body), encoding="utf-8"
    )
    proc = run("render", doc, "--to", "html", "-o", tmp_path / "x.html")
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert "javascript:" not in html and "url(http" not in html and "xml-stylesheet" not in html
    assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html
    assert "click" in html


def test_hostile_masters_fail_their_document_in_build_and_package(tmp_path, listener):
    """A build reports each hostile TEI master as a failed document (exit 1), builds the
    accepted ones, reads no secret and connects nowhere; package refuses them in one line."""
    port, connections = listener
    out = tmp_path / "out"
    out.mkdir()
    documents = hostile_documents(tmp_path, port)
    for name, (content, _code) in documents.items():
        path = tmp_path / f"{name}.xml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        as_edition(path, out)
    site = tmp_path / "_site"
    proc = run("build", out / "editions", "-o", site, "--formats", "tei,html,text", "-j", "2")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    failed = {
        line.split(":")[1].strip() for line in proc.stderr.splitlines() if line.startswith("error:")
    }
    assert failed == {name for name, (_, code) in documents.items() if code is not None}
    report = (site / "report.html").read_text(encoding="utf-8")
    assert "[xml-external-entity]" in report and "[xml-syntax]" in report
    everything = "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*") if p.is_file()
    )
    assert SECRET not in everything + proc.stdout + proc.stderr
    bad = run("package", out / "editions" / "xxe-local-file", "-o", tmp_path / "bag")
    assert bad.returncode in (1, 2) and "Traceback" not in bad.stderr
    assert len([line for line in bad.stderr.splitlines() if line.startswith("error:")]) == 1
    assert SECRET not in bad.stdout + bad.stderr
    assert connections == []
