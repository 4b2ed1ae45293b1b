"""What the rendering-speed changes (issue 17) must keep: the same output, by other means.

No timings here (they live in bench/): these tests pin the behaviour of the cheaper code paths
- the note-call tightening, the report of unhandled elements without a key over every element,
the index keys without predicates in their match - against what the old code produced.
"""

from __future__ import annotations

import random
import re

from tei.render import render, render_report
from tei.render.notecalls import tighten
from tei.xmlio import parse_bytes

# the former implementation: a regular expression tried at every white-space run
_OLD = re.compile(r'(?<![ \t\r\n])[ \t\r\n]+(?=<sup class="noteref">|<span class="footnote[ "])')

TEI = (
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
    "</titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc>"
    "</fileDesc></teiHeader>{body}</TEI>"
)


def doc(body: str):  # type: ignore[no-untyped-def]
    return parse_bytes(TEI.format(body=body).encode("utf-8"))


def test_tighten_matches_the_former_expression_on_random_pages() -> None:
    pieces = [" ", "\n", "\t", "a", '"', "<sup class=\"noteref\">", '<span class="footnote ',
              '<span class="footnote"', '<span class="footnotes', '<span class="footnote']
    rng = random.Random(17)
    for _ in range(3000):
        page = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert tighten(page) == _OLD.sub("", page), repr(page)


def test_tighten_removes_the_space_before_a_call_only() -> None:
    page = 'up.  \n<sup class="noteref">1</sup> The <span class="footnotes">x</span>'
    assert tighten(page) == 'up.<sup class="noteref">1</sup> The <span class="footnotes">x</span>'
    assert tighten("no calls at all  ") == "no calls at all  "


def test_unhandled_report_counts_each_name_once_outside_the_header() -> None:
    tree = doc(
        "<text><body><p><zork>a</zork> <zork>b</zork> <formula>c</formula></p></body></text>"
    )
    report = render_report(tree, "html", {"report-unhandled": True})
    messages = sorted(d.message for d in report.diagnostics)
    assert messages == [
        "formula (1 in text) kept as text with class tei-formula",
        "zork (2 in text) kept as text with class tei-zork",
    ]
    assert render_report(tree, "html").diagnostics == []


def test_index_mentions_only_inside_text_and_only_with_a_hash_ref() -> None:
    tree = doc(
        "<text><body><p><persName ref=\"#ann\">Ann</persName>, <persName ref=\"ann\">Ann</persName>"
        ' and <persName ref="http://x/ann">Ann</persName> met <persName>Ann</persName>.</p>'
        '</body></text><standOff><listPerson type="register"><person xml:id="ann">'
        "<persName>Ann Smith</persName></person></listPerson></standOff>"
    )
    html = render(tree, "html")
    assert html.count('class="mention tei-persName"') == 1  # only the '#ann' one links
    index = html[html.index('id="index"') :]
    assert index.count('href="#mention-') == 1  # and only it is in the index


def test_a_person_without_a_mention_has_no_entry_and_no_empty_key_leaks() -> None:
    tree = doc(
        '<text><body><p><persName ref="#bob">Bob</persName> and <placeName>Nowhere</placeName>'
        '</p></body></text><standOff><listPerson type="register"><person xml:id="bob">'
        '<persName>Bob</persName></person><person xml:id="eve"><persName>Eve</persName></person>'
        "</listPerson></standOff>"
    )
    html = render(tree, "html")
    assert 'id="index-bob"' in html
    assert 'id="index-eve"' not in html
