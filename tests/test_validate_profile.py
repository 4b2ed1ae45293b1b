"""The profile XSD: what it accepts, what it rejects (with which code and line), and
that it is a true subset of TEI All — structurally, element by element, and on the
kitchen sink, the demo edition, every converted dev sample and every edge case."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from tei.validate.engine import Validator, ValidatorSpec
from tei.validate.xsd import XsdLayer, load_xsd
from tei.xmlio import TEI_NS, parse_file

from .conftest import DEMO_TEI, DEV_SAMPLES, TEI_ALL_RNG, assert_tei_all_valid, need_shared
from .test_validate_support import KITCHEN_SINK, SCHEMAS, Case, codes, only

RNG_NS = "{http://relaxng.org/ns/structure/1.0}"
XML_NS = "{http://www.w3.org/XML/1998/namespace}"


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchemaBase:
    return load_xsd(SCHEMAS / "tei-profile.xsd", version="1.1")


@pytest.fixture(scope="module")
def profile(schema: xmlschema.XMLSchemaBase) -> XsdLayer:
    return XsdLayer(schema, "profile", prefix="profile", root=f"{{{TEI_NS}}}TEI")


@pytest.fixture(scope="session")
def converted_samples(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Every dev sample converted to TEI once per session (tei.convert)."""
    from tei.convert import convert

    sources = sorted(need_shared(DEV_SAMPLES).glob("*.txt"))
    assert sources, f"no dev samples in {DEV_SAMPLES}"
    folder = tmp_path_factory.mktemp("converted")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    try:
        outputs = []
        for source in sources:
            target = folder / (source.stem + ".xml")
            convert(source, target)
            outputs.append(target)
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    return outputs


# --------------------------------------------------------------- what it accepts


def test_kitchen_sink_is_valid(profile: XsdLayer) -> None:
    assert profile.check(parse_file(KITCHEN_SINK), "k.xml") == []


def test_kitchen_sink_uses_every_profile_element(schema: xmlschema.XMLSchemaBase) -> None:
    """So the TEI All check on the kitchen sink covers every element of the profile."""
    declared = {
        etree.QName(name).localname
        for name in schema.maps.elements
        if etree.QName(name).namespace == TEI_NS
    }
    used = {etree.QName(e).localname for e in parse_file(KITCHEN_SINK).iter(f"{{{TEI_NS}}}*")}
    assert declared - used == set()
    assert used - declared == set()


def test_demo_edition_is_valid(profile: XsdLayer) -> None:
    assert profile.check(parse_file(DEMO_TEI), str(DEMO_TEI)) == []


def test_every_converted_dev_sample_is_valid(profile: XsdLayer, converted_samples) -> None:
    for path in converted_samples:
        assert profile.check(parse_file(path), path.name) == [], path.name


# --------------------------------------------------------------- what it rejects

REJECTED = [
    Case("profile-element", '<seg type="phrase">a segment</seg>', "<sense>a segment</sense>"),
    Case(
        "profile-element",
        '<seg type="phrase">a segment</seg>',
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd"/>',
    ),
    Case("profile-content", "<p>Body of a letter.</p>", "<p>Body <p>nested</p></p>"),
    Case(
        "profile-content",
        "<p>When did the miners begin to mobilize?</p>",
        "",
        at='<sp xml:id="sp-1"',
    ),
    Case("profile-attribute", '<seg type="phrase">', '<seg type="phrase" colour="red">'),
    Case(
        "profile-attribute", '<milestone unit="section" rend="* * *"/>', '<milestone rend="* * *"/>'
    ),
    Case("profile-attribute", "<p>A closing paragraph", '<p type="closing">A closing paragraph'),
    Case("profile-value", '<docDate when="1965-01">', '<docDate when="January 1965">'),
    Case("profile-value", '<title level="m">Masas</title>', '<title level="x">Masas</title>'),
    Case(
        "profile-content",
        '<body>\n      <pb n="27"/>',
        '<body>\n      stray text<pb n="27"/>',
        at="<body>",
    ),
    Case(
        "tei-date-exclusive",
        '<date when="1964-10-29">',
        '<date when="1964-10-29" from="1964-10-01">',
    ),
    Case(
        "tei-date-range", '<date from="1964-10" to="1964-11">', '<date from="1964-11" to="1964-10">'
    ),
    Case(
        "tei-biblscope-range",
        '<biblScope unit="page" from="27" to="28">',
        '<biblScope unit="page" from="28" to="27">',
    ),
]


@pytest.mark.parametrize("case", REJECTED, ids=[f"{c.code}-{i}" for i, c in enumerate(REJECTED)])
def test_rejects_with_code_and_line(profile: XsdLayer, case: Case) -> None:
    found = profile.check(case.tree(), "broken.xml")
    diagnostic = only(found, case.code)
    assert diagnostic.severity == "error"
    assert diagnostic.line == case.line(), str(diagnostic)
    assert diagnostic.file == "broken.xml"
    assert diagnostic.xpath and diagnostic.xpath.startswith("/TEI/")
    assert f"(at {diagnostic.xpath})" in diagnostic.message


def test_messages_name_the_element_and_attribute(profile: XsdLayer) -> None:
    unknown = profile.check(REJECTED[0].tree(), "b.xml")[0]
    assert "<sense> is not in the project profile" in unknown.message
    xinclude = profile.check(REJECTED[1].tree(), "b.xml")[0]
    assert "<xi:include>" in xinclude.message and "XInclude is never processed" in xinclude.message
    attribute = profile.check(REJECTED[4].tree(), "b.xml")[0]
    assert "@colour is not allowed on <seg>" in attribute.message
    date = profile.check(REJECTED[7].tree(), "b.xml")
    assert len(date) == 1 and '@when="January 1965" on <docDate>' in date[0].message
    incomplete = profile.check(REJECTED[3].tree(), "b.xml")[0]
    assert "<sp> is incomplete: expected <p>" in incomplete.message


def test_root_must_be_tei(profile: XsdLayer) -> None:
    tree = etree.ElementTree(etree.fromstring(f'<teiCorpus xmlns="{TEI_NS}"/>'))
    assert codes(profile.check(tree, "c.xml")) == ["profile-root"]


def test_instance_schema_location_is_ignored(tmp_path: Path) -> None:
    """A document naming its own schema (xsi:schemaLocation) is still checked against ours."""
    text = KITCHEN_SINK.read_text(encoding="utf-8").replace(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"',
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.tei-c.org/ns/1.0 http://127.0.0.1:9/evil.xsd"',
        1,
    )
    path = tmp_path / "located.xml"
    path.write_text(text, encoding="utf-8")
    result = Validator.from_spec(ValidatorSpec(rules=False)).validate_file(path)
    assert codes(result.diagnostics) == ["profile-attribute"]  # xsi:schemaLocation not allowed
    assert "@xsi:schemaLocation" in result.diagnostics[0].message


# ------------------------------------------------------- a true subset of TEI All


def _rng_index() -> tuple[dict[str, etree._Element], dict[str, list[etree._Element]]]:
    tree = parse_file(need_shared(TEI_ALL_RNG))
    elements = {e.get("name"): e for e in tree.iter(f"{RNG_NS}element") if e.get("name")}
    defines: dict[str, list[etree._Element]] = {}
    for d in tree.iter(f"{RNG_NS}define"):
        defines.setdefault(d.get("name"), []).append(d)
    return elements, defines


def _flatten(
    node: etree._Element,
    defines,
    seen: set[str],
    kids: set[str],
    attrs: set[str],
    required: set[str],
    optional_depth: int = 0,
) -> None:
    """Child element names, attribute names and required attributes of an RNG pattern."""
    for child in node:
        if not isinstance(child.tag, str) or not child.tag.startswith(RNG_NS):
            continue
        tag = child.tag[len(RNG_NS) :]
        if tag == "element":
            kids.add(child.get("name") or "*")
        elif tag == "attribute":
            name = child.get("name") or "*"
            attrs.add(name)
            if not optional_depth:
                required.add(name)
        elif tag == "text":
            kids.add("#text")
        elif tag == "ref":
            name = child.get("name")
            if name not in seen:
                seen.add(name)
                for d in defines.get(name, []):
                    _flatten(d, defines, seen, kids, attrs, required, optional_depth)
        else:
            depth = optional_depth + (tag in ("optional", "zeroOrMore", "choice"))
            _flatten(child, defines, seen, kids, attrs, required, depth)


def test_profile_elements_are_restrictions_of_tei_all(schema: xmlschema.XMLSchemaBase) -> None:
    """Element by element: children, attributes and text allowed by the profile are allowed
    by TEI All, and every attribute TEI All requires the profile requires too."""
    rng_elements, defines = _rng_index()
    problems = []
    for qname, element in schema.maps.elements.items():
        name = etree.QName(qname).localname
        if etree.QName(qname).namespace != TEI_NS:
            continue
        if name not in rng_elements:
            problems.append(f"<{name}> is not a TEI element")
            continue
        kids: set[str] = set()
        attrs: set[str] = set()
        required: set[str] = set()
        _flatten(rng_elements[name], defines, set(), kids, attrs, required)
        own_kids = set()
        if element.type.has_complex_content() or element.type.mixed:
            own_kids = {etree.QName(c.name).localname for c in element.type.content.iter_elements()}
        own_attrs = {a.replace(XML_NS, "xml:") for a in element.attributes}
        own_required = {
            n.replace(XML_NS, "xml:") for n, a in element.attributes.items() if a.use == "required"
        }
        if own_kids - kids:
            extra = sorted(own_kids - kids)
            problems.append(f"<{name}> allows children TEI All forbids: {extra}")
        if own_attrs - attrs:
            extra = sorted(own_attrs - attrs)
            problems.append(f"<{name}> allows attributes TEI All lacks: {extra}")
        if required - own_required:
            problems.append(f"<{name}> does not require {sorted(required - own_required)}")
        has_text = element.type.mixed or element.type.has_simple_content()
        if has_text and "#text" not in kids:
            problems.append(f"<{name}> allows text, TEI All does not")
    assert problems == []


@pytest.mark.slow
def test_kitchen_sink_and_demo_are_tei_all_valid(tei_all: etree.RelaxNG) -> None:
    assert_tei_all_valid(tei_all, parse_file(KITCHEN_SINK), KITCHEN_SINK.name)
    assert_tei_all_valid(tei_all, parse_file(DEMO_TEI), DEMO_TEI.name)


@pytest.mark.slow
def test_profile_valid_converted_samples_are_tei_all_valid(
    tei_all: etree.RelaxNG, profile: XsdLayer, converted_samples: list[Path]
) -> None:
    for path in converted_samples:
        tree = parse_file(path)
        assert profile.check(tree, path.name) == []
        assert_tei_all_valid(tei_all, tree, path.name)


@pytest.mark.slow
def test_profile_valid_edge_cases_are_tei_all_valid(
    tei_all: etree.RelaxNG, profile: XsdLayer
) -> None:
    """Every hand-made variant the profile grammar accepts (Schematron cases included)."""
    from .test_validate_schematron import FAILING, PASSING

    accepted = 0
    for case in [*REJECTED, *FAILING, *PASSING]:
        tree = case.tree()
        if not profile.check(tree, "case.xml"):
            accepted += 1
            assert_tei_all_valid(tei_all, tree, f"{case.code} variant")
    assert accepted >= len(FAILING)
