"""Pathological documents (thousands of attributes on one element, thousands of invalid
siblings) are validated on a plain ElementTree copy and with memoised element paths; these
tests show that neither changes a single finding (no timing here: see
bench/bench_validate.py --pathological)."""

from __future__ import annotations

import copy
import random

import pytest
from lxml import etree

import tei.validate.xsd as xsd
from tei.validate.base import element_path, path_memo
from tei.validate.engine import Validator, ValidatorSpec
from tei.xmlio import TEI_NS, parse_bytes, parse_file

from .conftest import DEMO_TEI, SHARED, need_shared
from .test_validate_fast import _mutate
from .test_validate_support import KITCHEN_SINK

T = f"{{{TEI_NS}}}"


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator.from_spec(ValidatorSpec())


def _both_ways(validator: Validator, tree: etree._ElementTree,
               monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    normal = validator.validate_tree(tree, "doc.xml")
    with monkeypatch.context() as m:
        m.setattr(xsd, "WIDE_ELEMENT", -1)
        m.setattr(xsd, "LONG_ELEMENT", -1)  # every document goes through the copy
        copied = validator.validate_tree(tree, "doc.xml")
    return normal, copied


def test_the_copy_gives_the_same_findings_on_mutants(validator: Validator,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    original = parse_file(KITCHEN_SINK)
    original.getroot().find(f"{T}text").insert(0, etree.Comment(" a comment "))
    rng = random.Random(1717)
    invalid = 0
    for round_ in range(60):
        tree = copy.deepcopy(original)
        for _ in range(rng.randint(1, 3)):
            _mutate(tree, rng)
        normal, copied = _both_ways(validator, tree, monkeypatch)
        assert copied == normal, f"mutant {round_}"
        invalid += bool(normal)
    assert invalid > 30


@pytest.mark.shared
def test_the_copy_gives_the_same_findings_on_other_projects_tei(
    validator: Validator, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in sorted(need_shared(SHARED / "tei-samples").glob("*.xml"))[:8]:
        tree = parse_file(path)
        normal, copied = _both_ways(validator, tree, monkeypatch)
        assert copied == normal, path.name


def _demo_with(markup_in_first_p: str, attributes: str = "") -> etree._ElementTree:
    data = DEMO_TEI.read_bytes().replace(b"<p>", f"<p{attributes}>{markup_in_first_p}".encode(), 1)
    return parse_bytes(data)


def test_an_element_with_thousands_of_attributes_reports_each(validator: Validator) -> None:
    tree = _demo_with("", "".join(f' a{i}="v"' for i in range(1500)))
    found = [d for d in validator.validate_tree(tree, "doc.xml") if d.code == "profile-attribute"]
    assert [d.message.split(" is not")[0] for d in found] == [
        f"attribute @a{i}" for i in range(1500)
    ]
    assert found[0].xpath == "/TEI/teiHeader/encodingDesc/projectDesc/p"


def test_thousands_of_invalid_siblings_are_each_reported_with_their_path(
    validator: Validator,
) -> None:
    tree = _demo_with("<bogus/>" * 3000)
    found = [d for d in validator.validate_tree(tree, "doc.xml") if d.code == "profile-element"]
    assert len(found) == 3000
    assert found[0].xpath.endswith("/p/bogus[1]") and found[-1].xpath.endswith("/p/bogus[3000]")


def test_memoised_paths_are_the_plain_paths() -> None:
    tree = parse_file(DEMO_TEI)
    tree.getroot().find(f"{T}text").append(etree.Comment("c"))
    elements = [e for e in tree.iter() if isinstance(e.tag, str)]
    plain = [element_path(e) for e in elements]
    with path_memo():
        assert [element_path(e) for e in elements] == plain
    assert len(set(plain)) == len(plain)  # every path names one element
