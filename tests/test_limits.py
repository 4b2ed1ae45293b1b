"""Very large inputs either work in bounded time or stop with a clear message."""

from __future__ import annotations

import pytest

from tei.errors import ReadError
from tei.readers.transcription import read
from tei.xmlio import parse_bytes, serialize


def test_ten_thousand_turns():
    page = "A Title\n\n" + "\n\n".join(
        f"Q: Question {i}?\n\nA: Answer {i} [of October]." for i in range(5000)
    )
    tree = read(page.encode()).tree
    assert len(tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}sp")) == 10_000
    assert parse_bytes(serialize(tree)).getroot() is not None


def test_ten_thousand_turns_validate_and_render() -> None:
    """Validation and the HTML/text editions handle 10,000 turns (both were quadratic in the
    number of sibling turns: Schematron match predicates, xsl:number level="any")."""
    from tei.render import render
    from tei.validate import validate_tree

    page = "A Title\n\nFrom World Outlook, 1965.\n\n" + "\n\n".join(
        f"Q: Question {i} on #sp-x?\n\nA: Answer {i}." for i in range(5000)
    )
    tree = parse_bytes(serialize(read(page.encode()).tree))
    ids = tree.getroot().xpath("//@xml:id")
    ids[-1].getparent().set("{http://www.w3.org/XML/1998/namespace}id", str(ids[0]))
    ids[-2].getparent().set("who", "#nobody")
    codes = sorted(d.code for d in validate_tree(tree) if d.severity == "error")
    assert codes == ["tei-id-unique", "tei-who-resolves"]
    html = str(render(tree, "html"))
    assert html.count('class="turn"') == 10_000 and 'aria-label="Turn 10000">10000<' in html


def test_long_line_broken_by_brackets_reads_back():
    page = "A Title\n\n" + "word [of it] " * 200_000
    tree = read(page.encode()).tree
    assert len(tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}supplied")) == 200_000
    assert parse_bytes(serialize(tree)).getroot() is not None


def test_paragraph_over_the_parser_text_limit_is_refused_before_writing():
    page = "A Title\n\n" + "plain words here " * 700_000
    with pytest.raises(ReadError) as caught:
        read(page.encode(), source_name="huge.txt")
    assert caught.value.code == "text-too-long"
    assert str(caught.value).startswith("huge.txt:3: a paragraph holds 11,899,999 bytes")
