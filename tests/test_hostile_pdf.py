"""The PDF edition fetches nothing but the toolkit's own assets and ``data:`` URLs.

WeasyPrint's default URL fetcher reads any ``file:`` URL and any web address, and embeds what
``<link rel="attachment">`` and ``<a rel="attachment">`` name in the PDF. These tests read
the PDFs back with pypdf (embedded files, file-attachment annotations, link targets, text)
and assert that no secret file beside the input or elsewhere got in, that the loopback
listener saw no connection, and that no ``javascript:`` or local ``file:`` link is left.
A first test shows the same reading finds the secret when WeasyPrint's own fetcher is used.
"""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import weasyprint
from pypdf import PdfReader

from tei.render.pdf import write_pdf
from tei.render.xslt import TRANSFORMS_DIR

from .test_hostile import SECRET, TEI, hostile_documents


@dataclass
class PdfContents:
    """What a PDF holds that a reader could see or extract."""

    text: str
    files: dict[str, bytes] = field(default_factory=dict)  # embedded files and attachments
    uris: list[str] = field(default_factory=list)  # link targets

    def everything(self) -> str:
        blobs = "".join(data.decode("utf-8", "replace") for data in self.files.values())
        return self.text + blobs + " ".join(self.uris)


def read_pdf(data: bytes) -> PdfContents:
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    contents = PdfContents(" ".join(page.extract_text() for page in reader.pages))
    for name, versions in reader.attachments.items():
        contents.files[f"embedded:{name}"] = b"".join(versions)
    for number, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/FileAttachment":
                stream = annot["/FS"].get_object()["/EF"]["/F"].get_object()
                contents.files[f"annotation:{number}:{annot.get('/T')}"] = stream.get_data()
            action = annot.get("/A")
            if action is not None and "/URI" in action.get_object():
                contents.uris.append(str(action.get_object()["/URI"]))
    return contents


def hostile_page(secret: Path, port: int) -> str:
    """Paged HTML that asks for local files and loopback URLs in every way WeasyPrint fetches."""
    url = f"http://127.0.0.1:{port}"
    return f"""<!DOCTYPE html>
<html><head><title>t</title>
<link rel="attachment" href="file://{secret}" title="secret">
<link rel="attachment" href="file:///etc/passwd">
<link rel="attachment" href="{TRANSFORMS_DIR.as_uri()}/../tests/conftest.py">
<link rel="attachment" href="../../../../../../../..{secret}">
<link rel="attachment" href="{url}/attachment.txt">
<link rel="stylesheet" href="file://{secret}">
<link rel="stylesheet" href="{url}/linked.css">
<style>
@import url("{url}/imported.css");
@font-face {{ font-family: Remote; src: url("{url}/font.woff2") }}
body {{ background: url("file://{secret}") }}
p {{ background-image: url("{url}/background.png") }}
</style></head>
<body><p>visible text</p>
<a rel="attachment" href="file://{secret}">attached</a>
<a rel="attachment" href="{url}/attached.txt">remote attachment</a>
<img src="file://{secret}" alt="local image"><img src="{url}/image.png" alt="remote image">
<object data="file://{secret}"></object><embed src="file://{secret}">
<iframe src="file://{secret}"></iframe>
<svg width="10" height="10"><image href="file://{secret}" width="10" height="10"/></svg>
<a href="javascript:alert(1)">script link</a> <a href="JaVaScRiPt&#x3a;alert(2)">mixed case</a>
<a href="relative/file.html">relative link</a>
</body></html>"""


def test_weasyprints_own_fetcher_would_embed_the_secret(tmp_path):
    """The reading below is able to fail: with WeasyPrint's default fetcher, it finds the
    secret file attached twice."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    page = (
        f'<html><head><link rel="attachment" href="file://{secret}"></head>'
        f'<body><a rel="attachment" href="file://{secret}">a</a></body></html>'
    )
    found = read_pdf(weasyprint.HTML(string=page).write_pdf())
    assert sorted(data.decode() for data in found.files.values()) == [SECRET, SECRET]


def test_write_pdf_fetches_no_file_and_no_url(tmp_path, listener):
    port, connections = listener
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    found = read_pdf(write_pdf(hostile_page(secret, port)))
    assert "visible text" in found.text and "relative link" in found.text
    assert found.files == {}
    everything = found.everything()
    assert SECRET not in everything and "root:" not in everything
    assert found.uris == []  # javascript: and the relative link are gone; nothing else linked
    assert connections == []


def test_render_pdf_of_tei_pointing_at_local_files_and_the_network(tmp_path, listener):
    """``tei render --to pdf`` of TEI whose pointers, rendition and processing instructions
    name a secret beside it, /etc/passwd and a loopback URL; also with the linked stylesheet
    pointed at them."""
    port, connections = listener
    url = f"http://127.0.0.1:{port}"
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    body = (
        f'text <graphic url="file://{secret}"/> <graphic url="secret.txt"/> '
        f'<graphic url="{url}/image.png"/> <figure><graphic url="/etc/passwd"/></figure> '
        f'<ref target="secret.txt">relative</ref> <ref target="file:///etc/passwd">file</ref> '
        f'<ptr target="javascript:alert(1)"/> <ref target=" JavaScript:alert(2)">js</ref> '
        f'<ref target="{url}/page">remote</ref> '
        f'<hi rend="background:url({url}/rend.png)" style="background:url(file://{secret})">'
        "styled</hi> "
        '&lt;link rel="attachment" href="file:///etc/passwd"&gt;'
    )
    doc = tmp_path / "doc.xml"
    doc.write_text(
        f'<?xml-stylesheet href="{url}/pi.css"?>'
        + TEI.format(body).replace("<TEI ", f'<TEI facs="file://{secret}" ', 1),
        encoding="utf-8",
    )
    runs = {
        "default": (),
        "linked css (local)": ("--param", "css=link", "--param", f"css-href=file://{secret}"),
        "linked css (loopback)": ("--param", "css=link", "--param", f"css-href={url}/x.css"),
        "linked css (relative)": ("--param", "css=link", "--param", "css-href=../../secret.txt"),
    }
    for name, params in runs.items():
        out = tmp_path / "doc.pdf"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "tei",
                "render",
                str(doc),
                "--to",
                "pdf",
                "-o",
                str(out),
                *params,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (name, proc.stderr)
        found = read_pdf(out.read_bytes())
        assert found.files == {}, name
        assert SECRET not in found.everything() + proc.stdout + proc.stderr, name
        assert '<link rel="attachment" href="file:///etc/passwd">' in found.text, name
        assert "relative" in found.text and "styled" in found.text, name
        # links: only the web addresses written in the TEI; never a script, never a local file
        assert sorted(found.uris) == [f"{url}/image.png", f"{url}/page"], (name, found.uris)
    assert connections == []


@pytest.mark.parametrize("to", ["print", "pdf"])
def test_hostile_xml_through_render_print_and_pdf(to, tmp_path, listener):
    """The hostile documents of test_hostile.py through the paged outputs: refused in one line
    with the file named and exit code 2, or rendered with no secret and no connection."""
    port, connections = listener
    for name, (content, code) in hostile_documents(tmp_path, port).items():
        path = tmp_path / f"{name}.xml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        out = tmp_path / f"{name}.{to}"
        proc = subprocess.run(
            [sys.executable, "-m", "tei", "render", str(path), "--to", to, "-o", str(out)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "Traceback" not in proc.stderr, (name, proc.stderr)
        if code is not None:
            errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
            assert proc.returncode == 2 and not out.exists(), (name, proc.stderr)
            assert len(errors) == 1 and str(path) in errors[0], (name, errors)
            assert errors[0].endswith(f"[{code}]"), (name, errors)
            continue
        assert proc.returncode == 0, (name, proc.stderr)
        data = out.read_bytes()
        shown = read_pdf(data).everything() if to == "pdf" else data.decode("utf-8")
        assert SECRET not in shown + proc.stderr, name
        if to == "pdf":
            assert read_pdf(data).files == {}, name
    assert connections == []
