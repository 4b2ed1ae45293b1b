"""Every transcription of the family converts: TEI-All-valid, no word lost, turns found."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.convert import convert
from tei.xmlio import NSMAP

from .conftest import assert_tei_all_valid, dev_sample_paths, need_shared

SAMPLES = dev_sample_paths()

#: what a reader of each page sees: number of speaker turns and their labels' participants
EXPECTED_TURNS = {
    "009": (6, {"#interviewer", "#interviewee"}),
    "011": (2, {"#eat", "#pms"}),
    "027": (5, {"#interviewer", "#interviewee"}),
    "035": (2, {"#world-war-4-report", "#hugo-blanco"}),
    "045": (16, {"#dewey", "#goldman", "#finerty", "#lafollette", "#trotsky"}),
    "047": (1, {"#interviewee"}),
}
#: journal, volume, issue, date/@when (or @from), pages of the printed original
EXPECTED_CITATION = {
    "001": ("Fourth International", "13", "1", "1952-01", ("26", "31")),
    "014": ("The New International", "XI", "7", "1945-10", ("207", "212")),
    "019": ("International Socialism", None, "147", "2015", None),
    "021": ("Labor Action", "14", "15", "1950-04-10", ("6", "8")),
    "037": ("International Socialist Review", "21", "2", "1960", ("34", "34")),
    "042": ("International Socialism", None, "8", "1962", ("13", "14")),
    "050": ("New International", "4", "2", "1938-02", ("34", "34")),
    "060": ("Labor Action", "X", "2", "1946-01-14", ("3", "3")),
    "026": ("Cahiers Léon trotsky", None, "6", "1980", None),
    "047": ("Socialist Appeal", "III", "2", "1939-01-14", (None, None)),  # "pp. 1 & 3": no range
}


@pytest.fixture(scope="module", params=SAMPLES, ids=[p.name[:3] for p in SAMPLES])
def converted(request):
    path = need_shared(request.param)
    return path, convert(path)


def test_valid_against_tei_all(converted, tei_all):
    path, result = converted
    assert_tei_all_valid(tei_all, result.tree, path.name)


def test_no_word_lost_or_added(converted):
    path, result = converted
    assert result.fidelity.source_words > 250
    assert result.fidelity.lost == [], path.name
    assert result.fidelity.added == [], path.name


def test_interviews_get_their_turns(converted):
    path, result = converted
    root = result.tree.getroot()
    turns = root.xpath("//tei:body//tei:sp", namespaces=NSMAP)
    expected = EXPECTED_TURNS.get(path.name[:3])
    if expected is None:
        assert turns == [], f"{path.name} is not an interview with labels"
        return
    count, who = expected
    assert len(turns) == count
    assert {t.get("who") for t in turns} == who
    declared = {
        f"#{i}" for i in root.xpath("//tei:particDesc//tei:person/@xml:id", namespaces=NSMAP)
    }
    assert who <= declared


def test_printed_original_is_cited(converted):
    path, result = converted
    expected = EXPECTED_CITATION.get(path.name[:3])
    structs = result.tree.getroot().xpath("//tei:sourceDesc/tei:biblStruct", namespaces=NSMAP)
    if expected is None:
        assert structs == [], f"{path.name} has no provenance line: no citation may be invented"
        return
    journal, volume, issue, when, pages = expected
    monogr = result.tree.getroot().xpath(
        "//tei:sourceDesc/tei:biblStruct/tei:monogr", namespaces=NSMAP
    )[0]
    get = lambda xpath: monogr.xpath(f"string({xpath})", namespaces=NSMAP) or None  # noqa: E731
    assert get("tei:title[@level='j']") == journal
    assert get("tei:biblScope[@unit='volume']") == volume
    assert get("tei:biblScope[@unit='issue']") == issue
    assert (get("tei:imprint/tei:date/@when") or get("tei:imprint/tei:date/@from")) == when
    scope = monogr.xpath("tei:biblScope[@unit='page']", namespaces=NSMAP)
    assert ((scope[0].get("from"), scope[0].get("to")) if scope else None) == pages


def test_navigation_is_removed_from_the_text(converted):
    path, result = converted
    root = result.tree.getroot()
    text = "".join(root.xpath("//tei:text", namespaces=NSMAP)[0].itertext())
    for item in root.xpath("//tei:list[@type='removed']/tei:item", namespaces=NSMAP):
        assert item.text not in text
    raw = Path(path).read_text(encoding="utf-8")
    if "Main Newspaper Index" in raw:
        assert "Main Newspaper Index" not in text


def test_conversion_is_deterministic(converted):
    path, result = converted
    assert convert(path).data == result.data
