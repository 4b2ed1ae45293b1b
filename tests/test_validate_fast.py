"""The libxml2 first pass (tei.validate.xsd_fast) may only ever save time: whenever it
accepts a document, xmlschema's full XSD 1.1 validation finds nothing either.

Checked on the demo, the kitchen sink, every converted dev sample and every TEI sample from
other projects, and on several hundred mutants of the kitchen sink (attributes given odd
values, children dropped, duplicated, moved, foreign elements and text inserted), where
both verdicts must occur and the implication must hold for every one (when this was
written the two agreed on all 300: 71 valid, 229 invalid).
"""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from tei.validate.engine import Validator, ValidatorSpec
from tei.validate.xsd import load_xsd_with_fast_path
from tei.validate.xsd_fast import FastAccept
from tei.xmlio import TEI_NS, XML_NS, parse_bytes, parse_file

from .conftest import DEMO_TEI, SHARED, need_shared
from .test_validate_support import KITCHEN_SINK, SCHEMAS

T = f"{{{TEI_NS}}}"


@pytest.fixture(scope="module")
def both() -> tuple[xmlschema.XMLSchemaBase, FastAccept]:
    schema, fast = load_xsd_with_fast_path(SCHEMAS / "tei-profile.xsd", version="1.1")
    assert fast is not None, "the profile must have a first pass, or every build is slow"
    return schema, fast


def _full_errors(schema: xmlschema.XMLSchemaBase, tree: etree._ElementTree) -> list[str]:
    resource = xmlschema.XMLResource(tree, allow="none", defuse="always")
    return [str(e.reason) for e in schema.iter_errors(resource, use_location_hints=False)]


def test_valid_documents_take_the_first_pass(both) -> None:
    schema, fast = both
    for path in (DEMO_TEI, KITCHEN_SINK):
        tree = parse_file(path)
        assert _full_errors(schema, tree) == []
        assert fast.accepts(tree), f"{path.name}: valid, yet the first pass refused it"


def test_the_profile_layer_uses_the_first_pass_and_compiles_xmlschema_only_when_needed():
    validator = Validator.from_spec(ValidatorSpec(rules=False))
    layer = validator.layers[0]
    assert layer.fast is not None
    assert validator.validate_tree(parse_file(DEMO_TEI), "demo.xml") == []
    assert not isinstance(layer._schema, xmlschema.XMLSchemaBase)  # valid: never compiled
    tree = parse_file(DEMO_TEI)
    tree.getroot().find(f"{T}text").set("rend", "x y")
    tree.getroot().find(f"{T}text").append(etree.Element(f"{T}blink"))
    found = validator.validate_tree(tree, "bad.xml")
    assert isinstance(layer._schema, xmlschema.XMLSchemaBase)
    assert [d.code for d in found] == ["profile-element"] and "<blink>" in found[0].message


@pytest.mark.parametrize(
    ("xpath", "attributes"),
    [
        ("//tei:date[1]", {"when": "1965", "from": "1964"}),  # tei-date-exclusive
        ("//tei:date[1]", {"from": "1966", "to": "1965"}),  # tei-date-range
        ("//tei:biblScope[1]", {"from": "30", "to": "27"}),  # tei-biblscope-range
    ],
)
def test_assertions_are_checked_by_the_first_pass(both, xpath, attributes) -> None:
    schema, fast = both
    tree = parse_file(KITCHEN_SINK)
    target = tree.xpath(xpath, namespaces={"tei": TEI_NS})[0]
    for name in ("when", "from", "to", "notBefore", "notAfter"):
        target.attrib.pop(name, None)
    target.attrib.update(attributes)
    assert _full_errors(schema, tree), "the full validation must reject this assertion"
    assert not fast.accepts(tree)


def test_schema_locations_in_documents_go_the_slow_way(both) -> None:
    _, fast = both
    tree = parse_file(KITCHEN_SINK)
    tree.getroot().set(
        "{http://www.w3.org/2001/XMLSchema-instance}noNamespaceSchemaLocation", "x.xsd"
    )
    assert not fast.accepts(tree)


def test_agrees_on_every_sample(both, tmp_path: Path) -> None:
    """Dev samples (converted) and other projects' TEI: accepted ⇒ no full-validation error;
    the converted samples are valid, so each must also be accepted."""
    from tei.convert import convert

    schema, fast = both
    samples = sorted(need_shared(SHARED / "dev-samples" / "etol").glob("*.txt"))
    assert samples
    for source in samples:
        tree = parse_bytes(convert(source).data, str(source))
        assert fast.accepts(tree), f"{source.name}: converted TEI refused by the first pass"
        assert _full_errors(schema, tree) == [], source.name
    foreign = sorted(need_shared(SHARED / "tei-samples").glob("*.xml"))
    foreign += sorted(need_shared(SHARED / "tei-samples-more").glob("*.xml"))
    assert foreign
    for path in foreign:
        tree = parse_file(path)
        if fast.accepts(tree):
            assert _full_errors(schema, tree) == [], path.name


_VALUES = [
    "", " ", "x y", "1965", "1965-13", "1965-02-30", "0000", "-1965", "1965-10-28T10:00:00",
    "#ve", "#nowhere", "javascript:x", "12", "3", "-1", "101", "en", "e n", "\u00a0", "a\u200bb",
]
_ATTRIBUTES = [
    "when", "from", "to", "notBefore", "notAfter", "n", "type", "ref", "target", "who",
    "unit", "rend", "cert", f"{{{XML_NS}}}lang", f"{{{XML_NS}}}id", "quantity", "reason",
]


def _mutate(tree: etree._ElementTree, rng: random.Random) -> None:
    elements = [e for e in tree.getroot().iter() if isinstance(e.tag, str)]
    target = rng.choice(elements[1:])
    parent = target.getparent()
    move = rng.randrange(7)
    if move <= 2:
        target.set(rng.choice(_ATTRIBUTES), rng.choice(_VALUES))
    elif move == 3 and parent is not None:
        parent.remove(target)
    elif move == 4 and parent is not None:
        target.addnext(copy.deepcopy(target))
    elif move == 5:
        other = rng.choice(elements)
        if other is not target and target not in other.iterancestors():
            other.append(copy.deepcopy(target))
    else:
        kind = rng.choice(["text", "unknown", "foreign"])
        if kind == "text":
            target.text = (target.text or "") + "stray words"
        elif kind == "unknown":
            target.append(etree.Element(f"{T}blink"))
        else:
            target.append(etree.Element("{urn:other}thing"))


def test_agrees_on_mutants(both) -> None:
    schema, fast = both
    original = parse_file(KITCHEN_SINK)
    rng = random.Random(20261123)
    accepted = refused = 0
    for round_ in range(300):
        tree = copy.deepcopy(original)
        for _ in range(rng.randint(1, 2)):
            _mutate(tree, rng)
        if fast.accepts(tree):
            accepted += 1
            errors = _full_errors(schema, tree)
            assert errors == [], f"mutant {round_}: first pass accepted, xmlschema says {errors}"
        else:
            refused += 1
    assert accepted > 30 and refused > 30, (accepted, refused)
