"""The register's matcher (a trie regex, compiled once per set of forms) finds exactly
what the plain alternation of every form, longest first, finds; the memoised paths are the
plain paths. No timing here: bench/bench_build.py --register measures the cost."""

from __future__ import annotations

import random
import re

from lxml import etree

from tei.names.register import Entry, Register
from tei.names.tagging import _Steps, name_pattern, path_of
from tei.xmlio import parse_file

from .conftest import DEMO_TEI


def _alternation(forms: list[str]) -> re.Pattern[str]:
    """How the matcher was written before: one alternative per form, longest first."""
    ordered = sorted(forms, key=lambda s: (-len(s), s))
    alts = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in ordered)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _register(forms: list[str]) -> Register:
    return Register(entries=[Entry("person", f"e{i}", f) for i, f in enumerate(forms)])


def test_the_trie_matches_what_the_alternation_matches() -> None:
    rng = random.Random(4)
    alphabet = "abAB -.ñ"
    for _ in range(300):
        forms = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))).strip()
                        for _ in range(rng.randint(1, 12))} - {""})
        forms = [f for f in forms if f.split()]
        if not forms:
            continue
        text = "".join(rng.choice(alphabet + "\n\t,") for _ in range(200))
        expected = [(m.start(), m.end()) for m in _alternation(forms).finditer(text)]
        got = [(m.start(), m.end()) for m in name_pattern(_register(forms)).finditer(text)]
        assert got == expected, (forms, text)


def test_real_forms_and_one_pattern_per_set_of_forms() -> None:
    forms = ["Lora", "Guillermo Lora", "Siglo Veinte", "Siglo XX", "Sora-Sora", "Sora Sora",
             "POR", "Partido Obrero Revolucionario", "CP", "PCB", "Ordoñez", "Ordonez"]
    text = ("Guillermo  Lora and Lora of the POR met at Siglo\nXX (Siglo Veinte), "
            "near Sora-Sora and Sora Sora; the CPs, the PCB, Ordoñez, Ordonezes.")
    expected = [m.group() for m in _alternation(forms).finditer(text)]
    assert [m.group() for m in name_pattern(_register(forms)).finditer(text)] == expected
    assert expected[:2] == ["Guillermo  Lora", "Lora"] and "Siglo\nXX" in expected
    assert name_pattern(_register(forms)) is name_pattern(_register(list(reversed(forms))))
    assert name_pattern(Register()) is None


def test_memoised_paths_are_the_plain_paths() -> None:
    tree = parse_file(DEMO_TEI)
    elements = [e for e in tree.iter() if isinstance(e.tag, str)]
    steps = _Steps()
    plain = [path_of(e) for e in elements]
    assert [path_of(e, steps) for e in elements] == plain
    first_p = next(e for e in elements if etree.QName(e).localname == "p")
    first_p.insert(0, etree.Element(first_p.tag))
    steps.forget(first_p)  # tagging changed its children
    assert path_of(first_p[0], steps) == path_of(first_p[0])
