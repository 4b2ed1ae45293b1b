"""A names register in the metadata: schema.org `mentions`, DataCite subjects, DC subject/coverage.

A TEI tagged by ``tei tag-names`` declares persons, places and organisations (``standOff``
register lists, participants) with authority URIs (``ptr[@type='authority']``); every entry
the text mentions appears in the JSON-LD (Python) and in the oai_dc and DataCite crosswalks
(XSLT), in the same order, with its authority URIs. Entries the text does not mention, and
documents without a register, give none of it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from tei.convert import convert
from tei.exchange.crosswalk import crosswalk
from tei.exchange.header import read_record
from tei.exchange.mentions import authority
from tei.names import load_register, tag_tree
from tei.names.register import parse_register
from tei.xmlio import NSMAP, parse_bytes, parse_file

from .conftest import DEMO, DEMO_TEI, DEV_SAMPLES, need_shared
from .test_exchange_crosswalk import (
    CONTRIBUTOR_TYPES,
    DATACITE,
    DATACITE_TOP,
    DC_ELEMENTS,
    FIXTURE,
    NS,
)

NAMES = Path(__file__).parent / "fixtures" / "names"
DEWEY_SAMPLE = DEV_SAMPLES / "045-mia-trotsky-dewey-commission-session02-caps-speakers.txt"
BASE = "https://editions.example.org/names-test/"
WD = "https://www.wikidata.org/wiki/"
#: attributes DataCite 4.6 allows on subject
SUBJECT_ATTRIBUTES = {"subjectScheme", "schemeURI", "valueURI", "classificationCode"}
#: a DataCite record needs a DOI (DataCite's test prefix here)
PARAMS: dict[str, dict[str, str]] = {"datacite": {"doi": "10.5072/names.1"}}
#: DataCite 4.6 contributor: its children in schema order
CONTRIBUTOR_ORDER = ["contributorName", "givenName", "familyName", "nameIdentifier", "affiliation"]

#: a short text naming a participant (Trotsky) and three places of the Dewey register
SMALL_TEI = f"""<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title type="main">Names test</title></titleStmt>
      <publicationStmt>
        <publisher>Test Press</publisher>
        <idno type="URL">{BASE}</idno>
        <date when="2024-01-01">2024</date>
      </publicationStmt>
      <sourceDesc><p>Made for this test.</p></sourceDesc>
    </fileDesc>
    <profileDesc>
      <particDesc><listPerson>
        <person xml:id="trotsky"><persName>Trotsky</persName></person>
      </listPerson></particDesc>
    </profileDesc>
  </teiHeader>
  <text><body>
    <p>Trotsky left Oslo for Mexico; Norway had interned him and Moscow accused him.</p>
  </body></text>
</TEI>
"""


def tagged(tei: str | bytes, register: Any) -> etree._ElementTree:
    tree = parse_bytes(tei.encode() if isinstance(tei, str) else tei)
    tag_tree(tree, register)
    return tree


@pytest.fixture(scope="module")
def small() -> etree._ElementTree:
    return tagged(SMALL_TEI, load_register(NAMES / "dewey-register.toml"))


@pytest.fixture(scope="module")
def demo_tagged() -> etree._ElementTree:
    tree = parse_file(DEMO_TEI)
    tag_tree(tree, load_register(DEMO / "register.toml"))
    return tree


def jsonld(tree: etree._ElementTree) -> dict[str, Any]:
    return json.loads(crosswalk(tree, "schema.org", slug="t"))


def xml(tree: etree._ElementTree, target: str) -> etree._Element:
    return parse_bytes(crosswalk(tree, target, PARAMS.get(target), slug="t")).getroot()


def subjects(tree: etree._ElementTree) -> list[tuple[str, ...]]:
    """DataCite subjects as (text, subjectScheme, schemeURI, valueURI) ('' when absent)."""
    return [
        (s.text or "", *(s.get(a, "") for a in ("subjectScheme", "schemeURI", "valueURI")))
        for s in xml(tree, "datacite").iterfind(f"{{{DATACITE}}}subjects/{{{DATACITE}}}subject")
    ]


def dc(tree: etree._ElementTree, element: str) -> list[str]:
    return [e.text or "" for e in xml(tree, "oai_dc").xpath(f"dc:{element}", namespaces=NS)]


# -- what appears where -------------------------------------------------------------------


def test_schema_org_mentions_every_mentioned_entry_with_authority_and_id(small) -> None:
    data = jsonld(small)
    assert data["mentions"] == [
        {
            "@type": "Person",
            "@id": f"{BASE}#trotsky",
            "name": "Trotsky",
            "sameAs": [f"{WD}Q33391"],
        },
        {"@type": "Place", "@id": f"{BASE}#oslo", "name": "Oslo", "sameAs": [f"{WD}Q585"]},
        {"@type": "Place", "@id": f"{BASE}#norway", "name": "Norway", "sameAs": [f"{WD}Q20"]},
        {"@type": "Place", "@id": f"{BASE}#moscow", "name": "Moscow", "sameAs": [f"{WD}Q649"]},
    ]
    # the participant is also a contributor: the same @id links the two, with its authority
    assert data["contributor"] == [
        {
            "@type": "Person",
            "@id": f"{BASE}#trotsky",
            "name": "Trotsky",
            "sameAs": [f"{WD}Q33391"],
        }
    ]
    assert "about" not in data  # the register says what is named, not what the text is about


def test_schema_org_without_a_base_url_has_no_local_ids(small) -> None:
    tree = parse_bytes(etree.tostring(small))
    for idno in tree.getroot().iterfind(".//{*}publicationStmt/{*}idno"):
        idno.getparent().remove(idno)
    mentions = jsonld(tree)["mentions"]
    assert [m["name"] for m in mentions] == ["Trotsky", "Oslo", "Norway", "Moscow"]
    assert all("@id" not in m for m in mentions)


def test_datacite_subjects_carry_scheme_and_value_uri(small) -> None:
    wikidata = ("Wikidata", WD)
    assert subjects(small) == [
        ("Trotsky", *wikidata, f"{WD}Q33391"),
        ("Oslo", *wikidata, f"{WD}Q585"),
        ("Norway", *wikidata, f"{WD}Q20"),
        ("Moscow", *wikidata, f"{WD}Q649"),
    ]
    (trotsky,) = xml(small, "datacite").xpath("d:contributors/d:contributor", namespaces=NS)
    assert trotsky.get("contributorType") == "RelatedPerson"
    (ident,) = trotsky.xpath("d:nameIdentifier", namespaces=NS)
    assert (ident.text, ident.get("nameIdentifierScheme"), ident.get("schemeURI")) == (
        f"{WD}Q33391",
        "Wikidata",
        WD,
    )


def test_oai_dc_persons_and_organisations_are_subjects_places_coverage(small) -> None:
    # each authority URI, then the name right after it (OpenAIRE's oai_dc convention)
    assert dc(small, "subject") == [f"{WD}Q33391", "Trotsky"]
    assert dc(small, "coverage") == [
        f"{WD}Q585",
        "Oslo",
        f"{WD}Q20",
        "Norway",
        f"{WD}Q649",
        "Moscow",
    ]
    assert dc(small, "contributor") == ["Trotsky"]  # the participant, as before


def test_entries_the_text_does_not_mention_are_left_out(small) -> None:
    # the Dewey register has 13 entries; the short text names 4 of them
    outputs = b"".join(
        crosswalk(small, t, PARAMS.get(t), slug="t") for t in ("schema.org", "datacite", "oai_dc")
    )
    for absent in ("John Dewey", "Dewey", "Goldman", "Finerty", "Solow", "Wolf", "Commission"):
        assert absent.encode() not in outputs, absent
    assert [e.id for e in read_record(small).entities] == ["trotsky", "oslo", "norway", "moscow"]


def test_demo_register_without_authority_gives_plain_names(demo_tagged) -> None:
    persons = ["V.E.", "Ordoñez", "Guillermo Lora"]
    places = ["Catavi", "Siglo Veinte", "Huanuni", "Oruro", "Sora-Sora", "Machacamarca"]
    orgs = [
        "Partido Obrero Revolucionario",
        "Fourth International",
        "Communist Party of Bolivia",
        "World Outlook",
        "Masas",
    ]
    mentions = jsonld(demo_tagged)["mentions"]
    assert [(m["@type"], m["name"]) for m in mentions] == (
        [("Person", n) for n in persons]
        + [("Place", n) for n in places]
        + [("Organization", n) for n in orgs]
    )
    assert all(set(m) == {"@type", "name"} for m in mentions)  # no URL, no authority
    assert subjects(demo_tagged) == [(n, "", "", "") for n in persons + places + orgs]
    assert dc(demo_tagged, "subject") == persons + orgs
    assert dc(demo_tagged, "coverage") == places


def test_a_tei_without_a_register_has_no_names_in_its_metadata() -> None:
    for tree in (parse_file(DEMO_TEI), parse_file(FIXTURE)):
        assert "mentions" not in jsonld(tree)
        assert subjects(tree) == []
        assert xml(tree, "datacite").find(f"{{{DATACITE}}}subjects") is None
        assert dc(tree, "subject") == dc(tree, "coverage") == []
        assert read_record(tree).entities == []


def test_mentions_count_every_token_of_ref_in_python_and_xslt(small) -> None:
    tree = parse_bytes(etree.tostring(small))
    (oslo,) = tree.getroot().xpath("//tei:text//tei:placeName[@ref='#oslo']", namespaces=NSMAP)
    oslo.set("ref", "#oslo #trotsky")  # one name pointing to two entries
    for other in tree.getroot().xpath("//tei:text//*[@ref='#trotsky']", namespaces=NSMAP):
        other.set("ref", "#nobody")
    assert [m["name"] for m in jsonld(tree)["mentions"]] == ["Trotsky", "Oslo", "Norway", "Moscow"]
    assert [s[0] for s in subjects(tree)] == ["Trotsky", "Oslo", "Norway", "Moscow"]


# -- schemes --------------------------------------------------------------------------------

#: fictitious entities with dummy identifiers: they test the mapping of hosts to schemes only
SCHEME_CASES = [
    ("https://www.wikidata.org/wiki/Q1", "Wikidata", "https://www.wikidata.org/wiki/"),
    ("http://wikidata.org/entity/Q2", "Wikidata", "https://www.wikidata.org/wiki/"),
    ("https://viaf.org/viaf/123456789", "VIAF", "https://viaf.org/viaf/"),
    ("https://www.geonames.org/1234567", "GeoNames", "https://www.geonames.org/"),
    ("http://sws.geonames.org/7654321/", "GeoNames", "https://www.geonames.org/"),
    ("https://d-nb.info/gnd/123456789", "GND", "https://d-nb.info/gnd/"),
    (
        "https://id.loc.gov/authorities/names/n12345678",
        "LCNAF",
        "https://id.loc.gov/authorities/names/",
    ),
    ("https://example.org/authority/42", "", ""),
]


@pytest.mark.parametrize(("uri", "scheme", "scheme_uri"), SCHEME_CASES)
def test_python_scheme_of_an_authority_uri(uri: str, scheme: str, scheme_uri: str) -> None:
    assert (authority(uri).scheme, authority(uri).scheme_uri) == (scheme, scheme_uri)


def test_xslt_and_python_agree_on_every_scheme() -> None:
    register = parse_register(
        {
            "person": [
                {"id": "ada", "name": "Ada Example", "authority": [u for u, *_ in SCHEME_CASES]},
                {"id": "unnamed", "name": "Never Named", "authority": [SCHEME_CASES[0][0]]},
            ]
        }
    )
    tei = SMALL_TEI.replace("Trotsky left", "Ada Example and Trotsky left")
    tree = tagged(tei, register)
    assert subjects(tree) == [("Ada Example", s, su, u) for u, s, su in SCHEME_CASES]
    assert dc(tree, "subject") == [u for u, *_ in SCHEME_CASES] + ["Ada Example"]
    (ada,) = jsonld(tree)["mentions"]
    assert ada["sameAs"] == [u for u, *_ in SCHEME_CASES]


# -- invariants -----------------------------------------------------------------------------


def _assert_metadata_structure(tree: etree._ElementTree) -> None:
    """What tests/test_exchange_crosswalk.py checks of every output, for tagged documents."""
    for child in xml(tree, "oai_dc"):
        qname = etree.QName(child)
        assert qname.localname in DC_ELEMENTS and len(child) == 0 and (child.text or "").strip()
    r = xml(tree, "datacite")
    names = [etree.QName(c).localname for c in r]
    assert set(names) <= DATACITE_TOP and len(names) == len(set(names))
    for subject in r.iterfind(f"{{{DATACITE}}}subjects/{{{DATACITE}}}subject"):
        assert set(subject.attrib) <= SUBJECT_ATTRIBUTES and (subject.text or "").strip()
        assert bool(subject.get("subjectScheme")) == bool(subject.get("schemeURI"))
    for contributor in r.iterfind(f".//{{{DATACITE}}}contributors/{{{DATACITE}}}contributor"):
        assert contributor.get("contributorType") in CONTRIBUTOR_TYPES
        order = [CONTRIBUTOR_ORDER.index(etree.QName(c).localname) for c in contributor]
        assert order == sorted(order)
    for ident in r.iter(f"{{{DATACITE}}}nameIdentifier"):
        assert ident.get("nameIdentifierScheme") and ident.get("schemeURI") and ident.text


def test_tagged_metadata_keeps_the_crosswalk_structure(small, demo_tagged) -> None:
    _assert_metadata_structure(small)
    _assert_metadata_structure(demo_tagged)


def test_names_in_metadata_are_deterministic(small, demo_tagged) -> None:
    again = tagged(SMALL_TEI, load_register(NAMES / "dewey-register.toml"))
    tag_tree(again, load_register(NAMES / "dewey-register.toml"))  # a second run changes nothing
    for target in ("schema.org", "datacite", "oai_dc"):
        p = PARAMS.get(target)
        assert crosswalk(small, target, p, slug="t") == crosswalk(again, target, p, slug="t")
        assert crosswalk(demo_tagged, target, p, slug="t") == crosswalk(
            demo_tagged, target, p, slug="t"
        )


def test_dewey_session_mentions_its_register(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real hearing: speakers are participants; Lafollette speaks but is never named.
    (Its page carries no date: the conversion is dated as a build would date it.)"""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    tree = parse_bytes(convert(need_shared(DEWEY_SAMPLE)).data)
    tag_tree(tree, load_register(NAMES / "dewey-register.toml"))
    mentions = jsonld(tree)["mentions"]
    assert [(m["name"], m.get("sameAs", [])) for m in mentions] == [
        ("Dewey", []),
        ("Goldman", []),
        ("Finerty", []),
        ("Trotsky", [f"{WD}Q33391"]),
        ("Herbert Solow", []),
        ("Erwin Wolf", []),
        ("Jean van Heijenoort", []),
        ("Oslo", [f"{WD}Q585"]),
        ("Norway", [f"{WD}Q20"]),
        ("Moscow", [f"{WD}Q649"]),
        (
            "Commission of Inquiry into the Charges Made against Leon Trotsky in the Moscow Trials",
            [],
        ),
    ]
    assert [s[0] for s in subjects(tree)] == [m["name"] for m in mentions]
    assert "Lafollette" in dc(tree, "contributor") and "Lafollette" not in dc(tree, "subject")
    _assert_metadata_structure(tree)
