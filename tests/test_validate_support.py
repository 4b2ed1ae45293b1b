"""Helpers shared by the tests/test_validate_*.py modules (no tests here).

Broken documents are made from the kitchen-sink fixture (pretty-printed, every profile
element) by replacing one unique string, so each case names the line it breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.xmlio import parse_bytes

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "validate"
KITCHEN_SINK = FIXTURES / "kitchen-sink.xml"
SCHEMAS = ROOT / "schemas"
BASE = KITCHEN_SINK.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Case:
    """A one-edit variant of the kitchen sink and the finding it must produce."""

    code: str
    old: str
    new: str
    severity: str = "error"
    #: the line of the finding: the line of this marker in the *original* (default: ``old``)
    at: str | None = None
    regex: bool = False
    #: (old id, new id): give an element a duplicate xml:id *in memory* (the hardened
    #: parser rejects duplicate xml:ids in files, so the Schematron rule sees only trees)
    rename_id: tuple[str, str] | None = None

    def text(self) -> str:
        if self.regex:
            result, n = re.subn(self.old, self.new, BASE, flags=re.S)
            assert n >= 1, f"{self.code}: pattern not found"
            return result
        assert BASE.count(self.old) == 1, f"{self.code}: {self.old!r} must occur once"
        return BASE.replace(self.old, self.new)

    def line(self) -> int:
        marker = self.at or self.old
        assert BASE.count(marker) >= 1, marker
        return BASE.count("\n", 0, BASE.index(marker)) + 1

    def tree(self) -> etree._ElementTree:
        if self.rename_id:
            tree = parse_bytes(BASE.encode("utf-8"), f"{self.code}.xml")
            xml_id = "{http://www.w3.org/XML/1998/namespace}id"
            node = tree.xpath("//*[@xml:id = $old]", old=self.rename_id[0])[0]
            node.set(xml_id, self.rename_id[1])
            return tree
        return parse_bytes(self.text().encode("utf-8"), f"{self.code}.xml")

    def write(self, folder: Path) -> Path:
        path = folder / f"{self.code}.xml"
        path.write_text(self.text(), encoding="utf-8")
        return path


def codes(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


def only(diagnostics: list[Diagnostic], code: str) -> Diagnostic:
    """The single diagnostic with ``code`` (fails listing all when not exactly one)."""
    found = [d for d in diagnostics if d.code == code]
    assert len(found) == 1, "\n".join(str(d) for d in diagnostics) or "no diagnostics"
    return found[0]
