"""PDF: the same bytes in every process, with the toolkit's own fonts, on any machine.

Regression (issue 12): without the HarfBuzz-Subset library WeasyPrint subsets fonts with
fontTools, which stamped the current time into every embedded font, so two renders of the
same document a second apart differed. These tests render in separate processes, through
both subsetters where the machine has both, and check which fonts the PDF embeds.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from tests.conftest import DEMO_TEI, SHARED, need_shared

pytest.importorskip("weasyprint")
pytest.importorskip("pypdf")

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "transforms" / "fonts"

# One TEI with polytonic Greek, Cyrillic, Latin with diacritics, an arrow and a minus sign.
SCRIPTS_TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>Scripts</title></titleStmt><publicationStmt><p>test</p></publicationStmt>
<sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader><text><body>
<p xml:lang="grc">Ἐν ἀρχῇ ἦν ὁ λόγος, καὶ ὁ λόγος ἦν πρὸς τὸν θεόν.</p>
<p xml:lang="ru">Ложное сообщение: Лев Троцкий, Койоакан, 26 декабря 1939 г. Ёжик, ѣ.</p>
<p xml:lang="cs">Příliš žluťoučký kůň úpěl ďábelské ódy; Łódź, Ærø, Şişli, ẞ.</p>
<p>1965 → 1966 − 1 <hi rend="italic">italic</hi> <hi rend="bold">bold</hi></p>
</body></text></TEI>"""

RENDER_SCRIPT = """
import sys
from pathlib import Path
if sys.argv[2] == "fonttools":
    import weasyprint.pdf.fonts as fonts
    fonts.harfbuzz_subset = None  # as on a machine without libharfbuzz-subset
from tei.render import render
from tei.xmlio import parse_file
Path(sys.argv[3]).write_bytes(bytes(render(parse_file(sys.argv[1]), "pdf", {})))
"""


def subsetters() -> list[str]:
    """The subsetters WeasyPrint can use here: fontTools always, HarfBuzz where installed."""
    from weasyprint.text.ffi import harfbuzz_subset

    return ["fonttools", "harfbuzz"] if harfbuzz_subset else ["fonttools"]


def render_in_process(tei: Path, subsetter: str, out: Path) -> bytes:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    subprocess.run(
        [sys.executable, "-c", RENDER_SCRIPT, str(tei), subsetter, str(out)],
        check=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    return out.read_bytes()


def embedded_font_names(pdf: bytes) -> set[str]:
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    return names


def bundled_cmap(name: str) -> set[int]:
    return set(TTFont(FONTS / name).getBestCmap())


def letters(text: str) -> set[str]:
    return {c for c in text if unicodedata.category(c)[0] in "LNMS" and not c.isascii()}


@pytest.fixture(scope="module")
def scripts_tei(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scripts") / "scripts.xml"
    path.write_text(SCRIPTS_TEI, encoding="utf-8")
    return path


@pytest.mark.parametrize("subsetter", subsetters())
def test_pdf_bytes_identical_across_processes(
    subsetter: str, scripts_tei: Path, tmp_path: Path
) -> None:
    first = render_in_process(scripts_tei, subsetter, tmp_path / "a.pdf")
    time.sleep(1.1)  # the font timestamp that broke this has a resolution of one second
    second = render_in_process(scripts_tei, subsetter, tmp_path / "b.pdf")
    assert first.startswith(b"%PDF-")
    assert first == second


def test_demo_pdf_identical_across_processes(tmp_path: Path) -> None:
    first = render_in_process(DEMO_TEI, "fonttools", tmp_path / "a.pdf")
    time.sleep(1.1)
    assert first == render_in_process(DEMO_TEI, "fonttools", tmp_path / "b.pdf")
    assert embedded_font_names(first) <= {
        "TEI-Noto-Serif",
        "TEI-Noto-Serif-Italic",
        "TEI-Noto-Serif-Bold",
        "TEI-Noto-Serif-Bold-Italic",
        "TEI-Noto-Sans",
        "TEI-Noto-Sans-Bold",
        "TEI-Noto-Sans-Mono",
        "TEI-Noto-Math",
    }


def test_bundled_fonts_cover_latin_greek_cyrillic() -> None:
    serif = bundled_cmap("TeiNotoSerif-Regular.ttf")
    sans = bundled_cmap("TeiNotoSans-Regular.ttf")
    missing = {c for c in letters(SCRIPTS_TEI) if ord(c) not in serif | sans}
    assert missing <= {"→", "−"}, missing  # those two come from the bundled math face
    assert {ord("→"), ord("−")} <= bundled_cmap("TeiNotoMath-Regular.ttf")
    for block in ((0x0391, 0x03A9), (0x1F00, 0x1F15), (0x0410, 0x044F), (0x0100, 0x017F)):
        assert all(cp in serif for cp in range(*block) if unicodedata.category(chr(cp)) != "Cn")


def test_pdf_embeds_only_bundled_fonts_for_these_scripts(scripts_tei: Path) -> None:
    from pypdf import PdfReader

    from tei.render import render
    from tei.xmlio import parse_file

    pdf = bytes(render(parse_file(scripts_tei), "pdf", {}))
    names = embedded_font_names(pdf)
    assert names, "no font embedded"
    assert all(name.startswith("TEI-Noto") for name in names), names
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for word in ("λόγος", "Троцкий", "žluťoučký", "Łódź"):
        assert word in text


def test_font_licence_and_source_are_shipped() -> None:
    assert "OFL-1.1" in (FONTS / "LICENSE.txt").read_text(encoding="utf-8")
    source = (FONTS / "SOURCE.md").read_text(encoding="utf-8")
    css = (FONTS / "fonts.css").read_text(encoding="utf-8")
    for ttf in sorted(FONTS.glob("*.ttf")):
        assert ttf.name in source, f"{ttf.name} has no provenance in SOURCE.md"
        assert f"url({ttf.name})" in css, f"{ttf.name} is not declared in fonts.css"


@pytest.mark.shared
@pytest.mark.parametrize(
    "sample",
    [
        "tei-samples-more/57-pta_data-pta0029-grc2.xml",
        "dev-samples/etol-more/049-ru-trotsky-lozhnoe-soobshchenie-1939-iskra-research.txt",
    ],
)
def test_greek_and_cyrillic_samples_render_with_bundled_fonts(sample: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from tei.render import render
    from tei.xmlio import parse_file

    path = need_shared(SHARED / sample)
    if path.suffix == ".txt":
        import tei

        tree = tei.convert(path, tmp_path / "page.xml").tree
    else:
        tree = parse_file(path)
    body = "".join(tree.getroot().itertext())
    pdf = bytes(render(tree, "pdf", {}))
    names = embedded_font_names(pdf)
    assert all(name.startswith("TEI-Noto") for name in names), names
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    script_letters = {c for c in letters(body) if "GREEK" in unicodedata.name(c, "")} or {
        c for c in letters(body) if "CYRILLIC" in unicodedata.name(c, "")
    }
    assert script_letters, "the sample has no Greek or Cyrillic letters"
    assert script_letters & set(text), "no letter of the script reached the PDF's text"
    serif = bundled_cmap("TeiNotoSerif-Regular.ttf")
    assert {c for c in script_letters if ord(c) not in serif} == set()


def test_pdf_is_tagged_and_pdfa_variant_declares_conformance(scripts_tei: Path) -> None:
    """Issue 15: a tagged PDF (structure tree for screen readers), and a PDF/A option."""
    from pypdf import PdfReader

    from tei.render import render
    from tei.xmlio import parse_file

    tree = parse_file(scripts_tei)
    root = PdfReader(io.BytesIO(bytes(render(tree, "pdf", {})))).trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    archival = PdfReader(io.BytesIO(bytes(render(tree, "pdf", {"pdf-variant": "pdf/a-3b"}))))
    xmp = archival.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert "pdfaid:part" in xmp and "3" in xmp.split("pdfaid:part", 1)[1][:12]
