"""The participant rules' word filter (``ROLE_PATTERNS``' third member) never hides a
match: on every string of the family's fixtures and every dev page, each match of a rule
holds one of the rule's words, so skipping a rule whose words are absent changes nothing."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tei.readers.transcription.role_patterns import ROLE_PATTERNS
from tei.readers.transcription.speaker_names import roles
from tests.conftest import SHARED, need_shared

TESTS = Path(__file__).parent


def fixture_texts() -> list[str]:
    """Every string literal of the tests (the family's small fixtures)."""
    texts = []
    for path in sorted(TESTS.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) > 20
            ):
                texts.append(node.value)
    return texts


def unhidden(texts: list[str]) -> list[str]:
    misses = []
    for text in texts:
        flat = re.sub(r"[ \t]+", " ", text)
        for pattern, _kinds, words in ROLE_PATTERNS:
            for m in pattern.finditer(flat):
                if not any(w in m.group(0).lower() for w in words):
                    misses.append(f"{pattern.pattern[:50]!r} matched {m.group(0)!r}")
    return misses


def test_every_rule_has_words() -> None:
    assert all(words and all(w == w.lower() for w in words) for _p, _k, words in ROLE_PATTERNS)


def test_words_never_hide_a_fixture_match() -> None:
    texts = fixture_texts()
    assert len(texts) > 500
    assert unhidden(texts) == []


def test_words_never_hide_a_dev_page_match() -> None:
    pages = sorted(need_shared(SHARED / "dev-samples").rglob("*.txt"))
    assert len(pages) >= 57
    assert unhidden([p.read_text(encoding="utf-8") for p in pages]) == []


def test_the_filter_is_applied_and_keeps_roles() -> None:
    """A page without any rule's words names nobody; one with them still does."""
    assert roles("The strike at the mine went on for a week.\n") == []
    assert ("Ernest Mandel", "interviewee") in roles("An interview with Ernest Mandel\n")


def test_a_rule_without_its_words_is_not_run(monkeypatch) -> None:
    """The filter is what decides: a rule given words the text lacks finds nothing."""
    import tei.readers.transcription.speaker_names as names

    text = "An interview with Ernest Mandel\n"
    changed = [(p, k, ("no-such-word",)) for p, k, _w in ROLE_PATTERNS]
    monkeypatch.setattr(names, "ROLE_PATTERNS", changed)
    assert names.roles(text) == []
