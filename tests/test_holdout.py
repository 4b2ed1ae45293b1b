"""The held-out pages of the family (tests/fixtures/convert/holdout*/, written for this test,
never tuned on one by one): each page's constructs as an editor reads them off the page.
``holdout2`` to ``holdout12`` were each measured before any rule changed for them (their
README.md has the figures); what they showed missing was then fixed by general rules, each
with its own test in ``test_constructs.py``.

``gold.json`` there has the shape of ``../shared/dev-samples/gold.json`` (see GOLD.md there):
per page the speaker turns and their label forms, the participants, the header fields, the
brackets and the navigation lines. This test asserts the constructs page by page (so a
regression names the page and the construct); ``bench/accuracy.py --corpus
tests/fixtures/convert/holdout`` prints the figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tei.convert import convert
from tei.validate import validate
from tei.xmlio import NSMAP, XML_NS

HOLDOUT = Path(__file__).parent / "fixtures" / "convert" / "holdout"
#: every batch in the order written: the first; then holdout2 to holdout12, each measured
#: after the fixes for the batches before it and before any fix of its own
FOLDERS = [HOLDOUT, *(HOLDOUT.parent / f"holdout{n}" for n in range(2, 13))]
BATCHES = tuple(
    (folder, json.loads((folder / "gold.json").read_text(encoding="utf-8"))) for folder in FOLDERS
)
GOLD, GOLD2 = BATCHES[0][1], BATCHES[1][1]
PAGES = [(folder, g) for folder, gold in BATCHES for g in gold]
#: gold values the converter is known to miss, and why (kept, not tuned away)
KNOWN_MISSES = {
    ("u01-ip-bare-source-interviewed-by.txt", "subtitle"): (
        "'Interviewed by NAME' under the title: a byline (the interviewer the author), as the gold "
        "of holdout9/r03 has it; this page's gold has a subtitle (the two golds disagree)"
    ),
    ("u01-ip-bare-source-interviewed-by.txt", "author"): ("the same line, see above"),
    ("n12-initials-expanded-first-use.txt", "periodical"): (
        "a periodical's name standing alone above the title, with nothing on the page that "
        "says it is one: read as a rubric"
    ),
}
SD = "//tei:teiHeader//tei:sourceDesc"
#: where the header holds each gold field
PLACES = {
    "title": ["//tei:titleStmt/tei:title[@type='main']"],
    "subtitle": ["//tei:titleStmt/tei:title[@type='sub']"],
    "author": ["//tei:titleStmt/tei:author"],
    "periodical": [f"{SD}//tei:monogr/tei:title"],
    "volume": [f"{SD}//tei:biblScope[@unit='volume']"],
    "issue": [f"{SD}//tei:biblScope[@unit='issue']"],
    "pages": [f"{SD}//tei:biblScope[@unit='page']"],
    "date_text": [f"{SD}//tei:imprint/tei:date", "//tei:profileDesc/tei:creation/tei:date"],
    "transcriber": [
        f"{SD}/tei:bibl[@type='digital']/tei:respStmt/tei:persName",
        f"{SD}/tei:bibl[@type='digital']/tei:note",
    ],
    "last_updated": [f"{SD}//tei:date[@type='last-updated']"],
}


def words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").casefold())


def text_of(el) -> str:
    return " ".join(" ".join(el.itertext()).split())


def key(label: str) -> str:
    return re.sub(r"[\W_]+", "", label.casefold())


@pytest.fixture(scope="module", params=PAGES, ids=[g["file"][:3] for _, g in PAGES])
def page(request):
    folder, gold = request.param
    result = convert(folder / gold["file"])
    return gold, result, result.tree.getroot()


def test_the_set_covers_the_family():
    kinds = {g["kind"] for g in GOLD}
    assert {"article", "letter", "interview-qa", "interview-named"} <= kinds
    assert sum(g["turns_unlabelled"] for g in GOLD) >= 2
    assert {g["language"] for g in GOLD} >= {"en", "de", "es", "it", "pt", "fr"}


def test_the_second_batch_covers_the_family():
    assert {g["kind"] for g in GOLD2} >= {"article", "letter", "speech", "interview-qa"}
    assert {g["language"] for g in GOLD2} >= {"en", "de", "es", "it", "pt", "fr", "ru", "el"}
    every = [g for _, gold in BATCHES for g in gold]
    assert len({g["file"][:3] for g in every}) == len(every)


def test_valid_and_lossless(page):
    gold, result, _ = page
    assert not [d for d in validate(result.tree) if d.severity == "error"], gold["file"]
    assert not result.fidelity.lost and not result.fidelity.added


def test_turns_and_speakers(page):
    gold, _, root = page
    turns = root.xpath("//tei:body//tei:sp", namespaces=NSMAP)
    assert len(turns) == gold["turns"], gold["file"]
    if not gold["turns"]:
        return
    if gold["turns_unlabelled"]:
        whos = [t.get("who") for t in turns]
        assert whos[0::2] == [whos[0]] * len(whos[0::2])  # questions and answers alternate
        assert whos[1::2] == [whos[1]] * len(whos[1::2]) and whos[0] != whos[1]
        return
    forms = {key(f): n for n, s in enumerate(gold["speakers"]) for f in s["label_forms"]}
    owner: dict[int, set[str]] = {}
    for turn in turns:
        label = text_of(turn.find("tei:speaker", NSMAP))
        assert key(label) in forms, (gold["file"], label)
        owner.setdefault(forms[key(label)], set()).add(turn.get("who"))
    # one participant per speaker, two speakers never one participant
    assert all(len(w) == 1 for w in owner.values()), owner
    assert len({next(iter(w)) for w in owner.values()}) == len(owner)


def test_participants(page):
    gold, _, root = page
    if not gold["kind"].startswith("interview"):
        return
    persons = root.xpath("//tei:particDesc//tei:person", namespaces=NSMAP)
    assert len(persons) == len(gold["speakers"]), gold["file"]
    for n, speaker in enumerate(gold["speakers"]):
        who = speaker["who"]
        role = next((r for r in ("interviewer", "chair") if r in who), "interviewee")
        cast = [p for p in persons if p.get("role") == role]  # (two may ask)
        assert cast, (gold["file"], role)
        head = speaker["who"].partition("(")[0]
        name = head.strip() if head[:1].isupper() else ""
        if name:
            want = set(words(name)) - {"of", "the"}
            texts = [text_of(p) for p in cast]
            assert any(want & set(words(t)) for t in texts), (gold["file"], name, texts)
        assert all(p.get(f"{{{XML_NS}}}id") for p in cast), n


def test_header_fields(page):
    gold, _, root = page
    for field, value in gold["header"].items():
        if (gold["file"], field) in KNOWN_MISSES:
            continue
        found = [text_of(el) for path in PLACES[field] for el in root.xpath(path, namespaces=NSMAP)]
        if value is None:
            if field in ("author", "subtitle"):
                assert not found, (gold["file"], field, found)  # nothing invented
            continue
        if field in ("title", "subtitle", "author", "periodical"):
            ok = any(words(v) == words(value) for v in found)
        elif field == "pages":
            ok = any(re.findall(r"\d+", v) == re.findall(r"\d+", value) for v in found)
        else:
            ok = any(set(words(value)) <= set(words(v)) for v in found)
        assert ok, (gold["file"], field, value, found)


def test_navigation_removed(page):
    gold, _, root = page
    removed = {
        int(n) for n in root.xpath("//tei:list[@type='removed']/tei:item/@n", namespaces=NSMAP)
    }
    assert removed == set(gold["nav_lines"]), gold["file"]


def test_brackets(page):
    gold, _, root = page
    kinds = {
        "footnote-marker": "ref",
        "supplied": "supplied",
        "unclear/gap": "gap",
        "sic": "note[@subtype='sic']",
        "editorial-comment": "note",
        "citation": "bibl",
    }
    for bracket in gold["brackets"]:
        inner = bracket["text"].strip("[]")
        tag = kinds[bracket["kind"]]
        hits = [el for el in root.xpath(f"//tei:text//tei:{tag}", namespaces=NSMAP)]
        assert any(  # "[...]" has no word: its text as written
            # (the gold keeps a bracket's first 60 characters: its first six words compare)
            words(text_of(el))[:6] == words(inner)[:6]
            if words(inner)
            else text_of(el) == inner.strip()
            for el in hits
        ), (gold["file"], bracket)
