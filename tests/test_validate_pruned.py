"""TEI All through cut-down grammars: the same verdicts and messages as the whole grammar.

The proof is by comparison on every sample corpus (tei-samples, tei-samples-more,
bench-samples, the demo edition, the dev samples' conversions) and on seeded mutants of
each (elements deleted, unwrapped, renamed, inserted, emptied, swapped; stray text, bad
attributes, foreign elements, a missing header): every diagnostic — message, line,
column, path — must be the one the whole ``tei_all.rng`` gives.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from lxml import etree

from tei.validate.prune import (
    Grammar,
    cache_dir,
    element_names,
    names_in_bytes,
    prunable,
)
from tei.validate.relaxng import PrunedRelaxNGLayer, RelaxNGLayer, _diagnostics
from tei.xmlio import parse_bytes, parse_file

from .conftest import DEMO, DEV_SAMPLES, SHARED, TEI_ALL_RNG, need_shared

R = "{http://relaxng.org/ns/structure/1.0}"
SMALL = b"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:x">
  <start><ref name="doc"/></start>
  <define name="doc"><element name="doc"><oneOrMore><ref name="model.part"/></oneOrMore>
    </element></define>
  <define name="model.part"><choice><ref name="a"/><ref name="b"/></choice></define>
  <define name="a"><element name="a"><optional><ref name="att.n"/></optional><text/></element>
  </define>
  <define name="b"><element name="b"><ref name="c"/></element></define>
  <define name="c"><element name="c"><empty/></element></define>
  <define name="att.n"><attribute name="n"/></define>
  <define name="unused"><element name="zzz"><text/></element></define>
</grammar>"""


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Grammar:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "small.rng"
    path.write_bytes(SMALL)
    return Grammar(path)


def _elements(tree: etree._ElementTree) -> dict[str, etree._Element]:
    return {e.get("name"): e for e in tree.getroot().iter(R + "element")}


def test_verdict_cut_blocks_absent_elements_and_drops_unreachable_defines(small: Grammar) -> None:
    cut = small.pruned(frozenset({"a"}), "verdict")
    assert set(_elements(cut)) == {"doc", "a"}  # b and c are notAllowed now, zzz gone
    defines = {d.get("name") for d in cut.getroot().iter(R + "define")}
    assert defines == {"doc", "model.part", "a", "b", "att.n"}  # c and unused: unreachable
    assert cut.getroot().find(f"{R}define[@name='b']/{R}notAllowed") is not None


def test_messages_cut_keeps_absent_names_with_empty_content(small: Grammar) -> None:
    cut = small.pruned(frozenset({"a"}), "messages")
    elements = _elements(cut)
    assert set(elements) == {"doc", "a", "b"}
    assert [child.tag for child in elements["b"]] == [R + "empty"]  # no ref to c any more
    assert elements["a"].find(f"{R}optional/{R}ref") is not None  # present: untouched


def test_start_elements_are_always_kept(small: Grammar) -> None:
    assert small.start_names == {"doc"}
    assert "doc" in _elements(small.pruned(frozenset(), "verdict"))


def test_cuts_give_the_whole_grammars_findings(small: Grammar) -> None:
    whole = etree.RelaxNG(etree.ElementTree(small.root))
    documents = [b'<doc xmlns="urn:x"><a n="1">x</a></doc>', b'<doc xmlns="urn:x"><b/></doc>',
                 b'<doc xmlns="urn:x"><a><a/></a></doc>', b'<doc xmlns="urn:x"/>',
                 b'<doc xmlns="urn:x"><b><c/></b><a m="2"/></doc>', b'<a xmlns="urn:x"/>']
    for data in documents:
        tree = parse_bytes(data)
        names = element_names(tree)
        expected = whole.validate(tree), _diagnostics(whole, tree, "f", "S", "rng")
        verdict = etree.RelaxNG(small.pruned(names, "verdict"))
        messages = etree.RelaxNG(small.pruned(names, "messages"))
        assert verdict.validate(tree) == expected[0], data
        assert (messages.validate(tree), _diagnostics(messages, tree, "f", "S", "rng")) == (
            expected
        ), data


def test_cuts_are_cached_on_disk_and_a_damaged_entry_is_rebuilt(small: Grammar) -> None:
    first = etree.tostring(small.pruned(frozenset({"b"}), "verdict"))
    entries = list(cache_dir().glob("*.rng"))
    assert len(entries) == 1 and not list(cache_dir().glob(".tmp-*"))
    assert etree.tostring(small.pruned(frozenset({"b"}), "verdict")) == first
    entries[0].write_bytes(b"<grammar")  # damaged: not trusted, cut again and rewritten
    assert etree.tostring(small.pruned(frozenset({"b"}), "verdict")) == first
    assert entries[0].read_bytes().startswith(b"<?xml")
    small.pruned(frozenset({"b"}), "messages")
    assert len(list(cache_dir().glob("*.rng"))) == 2  # the mode is part of the key


def test_an_unwritable_cache_is_not_an_error(small: Grammar, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert "a" in _elements(small.pruned(frozenset({"a"}), "verdict"))


def test_grammars_that_are_not_self_contained_are_not_cut() -> None:
    include = b'<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="x.rng"/>' \
              b'</grammar>'
    assert prunable(etree.fromstring(include)) == "the grammar uses <include>"
    assert prunable(etree.fromstring(b"<element xmlns='http://relaxng.org/ns/structure/1.0' "
                                     b"name='x'><empty/></element>"))


def test_tag_names_from_bytes_cover_the_parsed_names() -> None:
    data = b'<?xml version="1.0"?><TEI xmlns="t"><!-- <zz> --><x:p xmlns:x="t"><hi/></x:p></TEI>'
    assert element_names(parse_bytes(data)) <= names_in_bytes(data)
    assert {"TEI", "p", "hi"} <= names_in_bytes(data)


# ---------------------------------------------------------------- TEI All, on the corpora

NAMES = ["p", "div", "head", "note", "hi", "sp", "speaker", "l", "lg", "title", "date",
         "persName", "teiHeader", "text", "body", "fileDesc", "bogus", "ab", "seg", "list",
         "item", "table", "row", "cell", "q", "name", "ref", "figure", "graphic"]
KINDS = ["delete", "unwrap", "rename", "attr", "text", "insert", "swap", "drophead", "empty",
         "foreign"]


def _mutate(tree: etree._ElementTree, kind: str, rng: random.Random) -> None:
    elements = [e for e in tree.iter() if isinstance(e.tag, str)]
    el = rng.choice(elements[1:] or elements)
    ns = etree.QName(el).namespace or "http://www.tei-c.org/ns/1.0"
    parent = el.getparent()
    if kind == "delete" and parent is not None:
        parent.remove(el)
    elif kind == "unwrap" and parent is not None:
        at = parent.index(el)
        for child in reversed(list(el)):
            parent.insert(at, child)
        parent.remove(el)
    elif kind == "rename":
        el.tag = f"{{{ns}}}{rng.choice(NAMES)}"
    elif kind == "attr":
        el.set(rng.choice(["bogus", "n", "type", "when", "rend", "ana"]),
               rng.choice(["x", "1999-13-45", "#nowhere", "", " a b "]))
    elif kind == "text":
        el.text = (el.text or "") + "stray text"
    elif kind == "insert":
        child = etree.Element(f"{{{ns}}}{rng.choice(NAMES)}")
        child.text = "x"
        el.insert(rng.randint(0, len(el)), child)
    elif kind == "swap" and parent is not None and len(parent) > 1:
        other = parent[rng.randrange(len(parent))]
        if other is not el:
            a, b = parent.index(el), parent.index(other)
            parent.insert(b, el)
            parent.insert(a, other)
    elif kind == "drophead":
        root = tree.getroot()
        for child in root.findall("{http://www.tei-c.org/ns/1.0}teiHeader"):
            root.remove(child)
    elif kind == "empty":
        for child in list(el):
            el.remove(child)
        el.text = None
    elif kind == "foreign":
        el.append(etree.Element("{urn:x-other}thing"))


def _corpus(tmp: Path) -> list[tuple[str, etree._ElementTree]]:
    from tei.convert import convert

    sources = sorted(
        p for folder in ("tei-samples", "tei-samples-more", "bench-samples")
        for p in (need_shared(SHARED / folder)).glob("*.xml")
    ) + sorted(DEMO.glob("*.xml"))
    docs = [(p.name, parse_file(p)) for p in sources]
    for txt in sorted(need_shared(DEV_SAMPLES).glob("*.txt"))[:8]:
        docs.append((f"{txt.stem}.xml", parse_bytes(convert(txt).data, txt.name)))
    rng = random.Random(17)
    mutants = []
    for name, tree in docs:
        data = etree.tostring(tree)
        for k in range(3 if len(data) < 300_000 else 1):
            copy = etree.ElementTree(etree.fromstring(data, etree.XMLParser(huge_tree=True)))
            kinds = rng.sample(KINDS, rng.choice([1, 1, 2, 3]))
            for kind in kinds:
                _mutate(copy, kind, rng)
            mutants.append((f"{name}~{k}:{'+'.join(kinds)}", copy))
    root_only = parse_bytes(b'<surface xmlns="http://www.tei-c.org/ns/1.0"><zone/></surface>')
    return docs + mutants + [("surface-root", root_only)]


@pytest.mark.shared
@pytest.mark.slow
def test_cut_grammars_match_tei_all_on_every_sample_and_mutant(
    tei_all: etree.RelaxNG, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    whole = RelaxNGLayer(tei_all, "TEI All", code="tei-all")
    grammar = Grammar(need_shared(TEI_ALL_RNG))
    corpus = _corpus(tmp_path)
    union = frozenset().union(*(element_names(t) for _, t in corpus))
    messages = etree.RelaxNG(grammar.pruned(union, "messages"))  # a superset serves all
    valid = invalid = 0
    for name, tree in corpus:
        expected = whole.check(tree, name)
        verdict = etree.RelaxNG(grammar.pruned(element_names(tree), "verdict"))
        assert verdict.validate(tree) == (not expected), name
        got = [] if messages.validate(tree) else _diagnostics(messages, tree, name, "TEI All",
                                                              "tei-all")
        assert got == expected, name
        valid, invalid = valid + (not expected), invalid + bool(expected)
    assert valid > 40 and invalid > 100  # both verdicts are well represented


@pytest.mark.shared
@pytest.mark.slow
def test_the_layer_cuts_per_document_and_matches_tei_all(
    tei_all: etree.RelaxNG, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    whole = RelaxNGLayer(tei_all, "TEI All", code="tei-all")
    layer = PrunedRelaxNGLayer(need_shared(TEI_ALL_RNG), "TEI All", code="tei-all")
    chosen = [SHARED / "tei-samples" / "15-correspDesc-example13-participDesc.xml",
              SHARED / "tei-samples-more" / "69-schnitzler-briefe-data-L01062.xml",
              DEMO / "interview-with-bolivian-miner-isr-1965.xml"]
    layer.prepare(chosen)
    for path in chosen:
        tree = parse_file(path)
        assert layer.check(tree, path.name) == whole.check(tree, path.name), path.name
        _mutate(tree, "drophead", random.Random(1))
        tree.getroot().append(etree.Element("{http://www.tei-c.org/ns/1.0}bogus"))
        found = layer.check(tree, path.name)
        assert found and found == whole.check(tree, path.name), path.name
