"""The register file: loading, checking (one failing example per rule), candidates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.errors import ConfigError
from tei.names import find_candidates, load_register
from tei.names.register import authority_problem
from tei.xmlio import parse_file
from tests.conftest import DEMO, DEMO_TEI

FIXTURES = Path(__file__).parent / "fixtures" / "names"


def test_demo_register_loads_with_every_kind() -> None:
    reg = load_register(DEMO / "register.toml")
    kinds = {k: [e.id for e in reg.entries if e.kind == k] for k in ("person", "place", "org")}
    assert kinds["person"] == ["ve", "ordonez", "lora"]
    assert kinds["place"] == [
        "catavi",
        "siglo-veinte",
        "huanuni",
        "oruro",
        "sora-sora",
        "machacamarca",
    ]
    assert kinds["org"] == ["por", "fourth-international", "pcb", "world-outlook", "masas"]
    surfaces = reg.surfaces()
    assert surfaces["Ordonez"].id == surfaces["Ordoñez"].id == "ordonez"
    assert surfaces["CP"].id == "pcb" and surfaces["POR"].id == "por"
    assert surfaces["Partido Revolucionario Obrero"].id == "por"
    assert [(d.text, d.when, d.confirmed) for d in reg.dates] == [
        ("twenty-eighth of October", "1964-10-28", True)
    ]
    assert reg.context == "1964-10"


def test_authority_identifiers_are_only_well_formed_uris() -> None:
    reg = load_register(FIXTURES / "dewey-register.toml")
    assert reg.by_id()["oslo"].authority == ("https://www.wikidata.org/wiki/Q585",)
    assert authority_problem("https://www.wikidata.org/wiki/Q20") == ""
    assert "wikidata.org" in authority_problem("https://www.wikidata.org/wiki/Oslo")
    assert "http(s)" in authority_problem("wikidata:Q20")


@pytest.mark.parametrize(
    ("toml", "code", "line"),
    [
        ('[[person]]\nid = "a"\nname = "A"\nnick = "x"\n', "register-key", 2),
        ('[[place]]\nid = "1x"\nname = "A"\n', "register-id", 2),
        ('[[org]]\nid = "a"\nname = ""\n', "register-name", 2),
        ('[[org]]\nid = "a"\nname = "A"\n[[place]]\nid = "a"\nname = "B"\n', "register-id", 2),
        (
            '[[org]]\nid = "a"\nname = "CP"\n[[org]]\nid = "b"\nname = "B"\n'
            'abbreviations = ["CP"]\n',
            "register-ambiguous",
            3,
        ),
        (
            '[[place]]\nid = "a"\nname = "A"\nauthority = ["https://viaf.org/x"]\n',
            "register-authority",
            4,
        ),
        ('[[date]]\ntext = "the fifth"\n', "register-date", 2),
        ('[[date]]\ntext = "May"\nwhen = "1964-13"\n', "register-date", 2),
        ('[[date]]\ntext = "x"\nwhen = "1964"\nconfirmed = "yes"\n', "register-date", 2),
        ("[persons]\n", "register-key", 1),
        ("[[person]\n", "register-toml", 1),
    ],
)
def test_register_problems_stop_with_file_line_and_code(
    tmp_path: Path, toml: str, code: str, line: int
) -> None:
    path = tmp_path / "register.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_register(path)
    assert info.value.code == code
    assert info.value.file == str(path)
    assert info.value.line == line
    assert str(info.value).startswith(str(path))


def test_demo_register_leaves_no_candidates() -> None:
    assert find_candidates(parse_file(DEMO_TEI), load_register(DEMO / "register.toml")) == []


def test_candidates_list_names_acronyms_initials_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "register.toml"
    path.write_text('[dates]\ncontext = "1964-10"\n[[place]]\nid = "oruro"\nname = "Oruro"\n')
    found = {
        (c.kind, c.text): c for c in find_candidates(parse_file(DEMO_TEI), load_register(path))
    }
    assert ("name", "Siglo Veinte") in found and ("name", "Fourth International") in found
    assert ("name", "Partido Obrero Revolucionario") in found
    assert ("name", "Guillermo Lora") in found and ("name", "Masas") in found
    assert ("name", "Partido Obrero Revolucionario") in found  # the comma ends the name
    assert found[("acronym", "CP")].count == 8  # the one in <abbr> too (not its expansion)
    assert ("initials", "V.E.") in found
    date = found[("date", "the twenty-eighth of October")]
    assert date.proposal == "1964-10-28"
    assert not any(text == "Oruro" for _, text in found)  # in the register
    assert not any(text in ("Question", "Answer", "Q", "A") for _, text in found)  # labels
    assert not any(text in ("The", "During", "Meanwhile") for _, text in found)  # sentence starts
