"""One titled case per construct: a small transcription and the body it must give.

Cases live in tests/fixtures/convert/*.txt as markdown-it-py style fixtures:
a title line, then ``.``, the input, ``.``, the expected children of the body's
first ``div`` (TEI namespace implied), ``.``. The runner puts a title line
("A Title") before each input, as real pages have one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from tei.fidelity import check
from tei.readers.transcription import read
from tei.xmlio import NSMAP, TEI_NS

FIXTURES = Path(__file__).parent / "fixtures" / "convert"


def load_cases() -> list[tuple[str, str, str]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.txt")):
        chunks = re.split(r"^\.\n", path.read_text(encoding="utf-8"), flags=re.M)
        for i in range(0, len(chunks) - 2, 3):
            title, given, expected = chunks[i].strip(), chunks[i + 1], chunks[i + 2].strip()
            cases.append((title, given, expected))
    return cases


CASES = load_cases()


def body_fragment(tree: etree._ElementTree) -> str:
    div = tree.getroot().find("tei:text/tei:body/tei:div", NSMAP)
    xml = "".join(etree.tostring(child, encoding="unicode") for child in div)
    return xml.replace(f' xmlns="{TEI_NS}"', "")


def test_fixture_file_has_cases():
    assert len(CASES) >= 15


@pytest.mark.parametrize(("title", "given", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_construct(title: str, given: str, expected: str) -> None:
    # real pages open with a title line; without one a short first line would be taken as it
    reading = read(("A Title\n\n" + given).encode("utf-8"), source_name="case.txt")
    assert body_fragment(reading.tree) == expected
    report = check(reading.source.lines, dict(reading.removed), reading.tree)
    assert report.ok, report.lost
