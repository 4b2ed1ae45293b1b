"""Indexes in every edition, a dev sample of another kind, the command and the site index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tei.cli import cli
from tei.convert import convert
from tei.fidelity import tei_words
from tei.names import collection_index, load_register, mention_counts, tag_tree
from tei.render import render
from tei.validate import validate_tree
from tei.xmlio import parse_bytes, parse_file
from tests.conftest import DEMO, DEMO_TEI, DEV_SAMPLES, assert_tei_all_valid, need_shared

FIXTURES = Path(__file__).parent / "fixtures" / "names"
DEWEY = DEV_SAMPLES / "045-mia-trotsky-dewey-commission-session02-caps-speakers.txt"


@pytest.fixture(scope="module")
def demo() -> etree._ElementTree:
    tree = parse_file(DEMO_TEI)
    tag_tree(tree, load_register(DEMO / "register.toml"))
    return tree


@pytest.fixture(scope="module")
def dewey() -> etree._ElementTree:
    tree = parse_bytes(convert(need_shared(DEWEY)).data)
    tag_tree(tree, load_register(FIXTURES / "dewey-register.toml"))
    return tree


def _entry(html: str, ident: str) -> str:
    match = re.search(rf'<li class="index-entry" id="index-{ident}">(.*?)</li>', html)
    assert match, f"no index entry {ident}"
    return match.group(1)


def test_html_index_links_every_mention_and_mentions_link_back(demo) -> None:
    html = str(render(demo, "html"))
    assert '<h2 id="index-h">Index</h2>' in html
    catavi = _entry(html, "catavi")
    links = re.findall(r'<a href="#(mention-\d+)"[^>]*>([^<]*)</a>', catavi)
    # one locator per turn, consecutive turns as a range (11–12), each linked (no § on turns)
    assert [where for _, where in links] == ["intro", "2", "4", "11", "12", "20", "21"]
    assert "</a>–<a" in catavi and "</a>, <a" in catavi
    for anchor, _ in links:
        assert re.search(
            rf'<a class="mention tei-placeName" href="#index-catavi"[^>]* id="{anchor}">Catavi</a>',
            html,
        )
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert len(re.findall(r'<a class="mention ', html)) == 53


def test_html_index_groups_kinds_and_shows_variants_and_notes(demo) -> None:
    html = str(render(demo, "html"))
    order = [html.index(f'id="index-{k}-h"') for k in ("persons", "places", "orgs")]
    assert order == sorted(order)
    por = _entry(html, "por")
    assert "(Partido Revolucionario Obrero, POR)" in por
    assert "Bolivian section of the Fourth International" in por
    assert len(re.findall(r'href="#mention-', _entry(html, "pcb"))) == 5  # 8 mentions, 5 turns


def test_html_index_shows_authority_links(dewey) -> None:
    html = str(render(dewey, "html"))
    oslo = _entry(html, "oslo")
    assert (
        '<a class="authority" href="https://www.wikidata.org/wiki/Q585">wikidata.org/wiki/Q585</a>'
        in oslo
    )
    trotsky = _entry(html, "trotsky")  # a participant, enriched from the register
    assert "wikidata.org/wiki/Q33391" in trotsky


def test_show_index_false_leaves_plain_names(demo) -> None:
    html = str(render(demo, "html", {"show-index": False}))
    assert 'class="index"' not in html and 'class="mention' not in html
    assert '<span class="tei-placeName">Catavi</span>' in html


def test_text_edition_lists_the_index_at_the_end(demo) -> None:
    text = str(render(demo, "text"))
    tail = text[text.rindex("\nIndex\n") :]
    assert "\nPersons\n- Guillermo Lora (Lora): 4\n" in tail
    assert "- Catavi: intro, 2, 4, 11–12, 20–21" in tail
    assert "\nOrganisations\n" in tail and "- Masas: 4" in tail
    # each place once (Huanuni is named twice in turns 4, 10 and 12); wrapped lines indented
    assert "- Huanuni: 4, 10, 12, 14, 20\n" in tail
    assert "(Partido Comunista de Bolivia, CP, PCB): 4,\n  6, 10, 16, 22\n" in tail
    for line in tail.splitlines():
        places = line.split("): ")[-1].split(": ")[-1].split(", ")
        assert len(places) == len(set(places)), line
    # wrapped like the rest (text.xsl may end a line with a comma in column 73)
    assert all(len(line) <= 73 for line in tail.splitlines())
    assert "Catavi" in text and "<a" not in text


def test_text_diplomatic_view_has_no_index_and_unchanged_words(demo) -> None:
    plain = str(render(parse_file(DEMO_TEI), "text", {"view": "diplomatic"}))
    assert str(render(demo, "text", {"view": "diplomatic"})) == plain


def test_print_edition_has_a_back_of_book_index_with_page_counters(demo) -> None:
    page = str(render(demo, "print"))
    index = page[page.index('<section class="index print-index"') :]
    assert page.index('class="index print-index"') < page.index('class="colophon"')
    assert "target-counter(attr(href url), page)" in page
    catavi = re.search(r'<span class="index-name">Catavi</span>(.*?)</li>', index).group(1)
    targets = re.findall(r'<a class="index-page" href="#(mention-\d+)"></a>', catavi)
    assert len(targets) == 7 and all(f'id="{t}"' in page for t in targets)


def test_pdf_index_gets_page_numbers(demo) -> None:
    pytest.importorskip("weasyprint")
    pdf = render(demo, "pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")


def test_dewey_session_gets_its_own_register_and_index(dewey, tei_all) -> None:
    assert dict(mention_counts(dewey)) == {
        "commission": 3,
        "dewey": 2,
        "finerty": 1,
        "goldman": 1,
        "moscow": 1,
        "norway": 1,
        "oslo": 1,
        "solow": 1,
        "trotsky": 2,
        "van-heijenoort": 1,
        "wolf": 1,
    }
    dates = {
        d.get("when"): d.xpath("string()") for d in dewey.getroot().iterfind(".//{*}text//{*}date")
    }
    # the session's date line is the document's date (front matter), dated by the converter
    doc_dates = [d.get("when") for d in dewey.getroot().iterfind(".//{*}text//{*}docDate")]
    assert doc_dates == ["1937-04-10"]
    assert dates == {"1936-08-28": "the 28th of August"}
    assert [d for d in validate_tree(dewey, source="dewey") if d.severity == "error"] == []
    assert_tei_all_valid(tei_all, dewey, "tagged Dewey session")
    assert tei_words(dewey) == tei_words(parse_bytes(convert(DEWEY).data))
    html = str(render(dewey, "html"))
    assert "Commission of Inquiry into the Charges" in _entry(html, "commission")
    assert re.findall(r'href="#mention-\d+"[^>]*>([^<]*)<', _entry(html, "dewey")) == ["2", "5"]
    assert "- Herbert Solow (Mr. Herbert Solow): 1" in str(render(dewey, "text"))


def test_collection_index_merges_entries_across_documents(demo, dewey) -> None:
    index = collection_index({"bolivian-miner-1965": demo, "dewey-02": dewey})
    by_id = {i["id"]: i for i in index}
    assert by_id["catavi"]["documents"] == {"bolivian-miner-1965": 7}
    assert by_id["oslo"]["authority"] == ["https://www.wikidata.org/wiki/Q585"]
    assert by_id["trotsky"]["documents"] == {"dewey-02": 2}
    assert [i["kind"] for i in index] == sorted(i["kind"] for i in index)


def test_cli_tag_names_writes_a_separate_file_and_reports(tmp_path: Path) -> None:
    out = tmp_path / "tagged.xml"
    before = DEMO_TEI.read_bytes()
    runner = CliRunner()
    result = runner.invoke(cli, ["tag-names", str(DEMO), "-o", str(out), "--report"])
    assert result.exit_code == 0, result.output
    assert "53 mentions of 14 entries, 1 dates tagged; 0 candidates" in result.stderr
    assert f"{DEMO_TEI}:137: orgName #pcb: CP" in result.stdout
    assert DEMO_TEI.read_bytes() == before
    assert dict(mention_counts(parse_file(out))) == dict(mention_counts(parse_file(out)))
    assert sum(mention_counts(parse_file(out)).values()) == 53


def test_cli_dry_run_writes_nothing_and_bad_register_exits_2(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli, ["tag-names", str(DEMO_TEI), "--dry-run", "--register", str(DEMO / "register.toml")]
    )
    assert (
        result.exit_code == 0
        and not (DEMO / "interview-with-bolivian-miner-isr-1965.tagged.xml").exists()
    )
    bad = tmp_path / "register.toml"
    bad.write_text('[[place]]\nid = "x"\n', encoding="utf-8")
    from tei.cli import main  # noqa: F401  (the exit-code table lives there)

    result = runner.invoke(
        cli, ["tag-names", str(DEMO_TEI), "--register", str(bad)], standalone_mode=False
    )
    assert result.exception is not None and getattr(result.exception, "exit_code", 0) == 2
    assert str(result.exception).startswith(f"{bad}:2: place 'x' has no name")
