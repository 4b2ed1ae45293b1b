"""What the text edition's speed changes (issue 17) must keep: the same text, in linear time.

text.xsl writes its paragraphs marked, straight into its output, and tei.render.wrap collapses,
drops, wraps and underlines them; a run of inline nodes between blocks is opened and closed by
its first and last node (it used to be gathered by counting the blocks before every node of
the run: quadratic). The expected strings are the former stylesheet's output.
"""

from __future__ import annotations

import time

from tei.render import render
from tei.render.wrap import wrap_marked
from tei.xmlio import parse_bytes

TEI = (
    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
    "</titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc>"
    "</fileDesc></teiHeader><text><body>{body}</body></text></TEI>"
)


def text(body: str, **params: object) -> str:
    tree = parse_bytes(TEI.format(body=body).encode("utf-8"))
    return str(render(tree, "text", {"view": "diplomatic", **params}))  # type: ignore[arg-type]


def test_runs_between_blocks_are_paragraphs_as_before() -> None:
    body = (
        "<div><head>H</head>Intro <hi>bold</hi> text<lb/>more <!-- c --> words <p>A para.</p>"
        " tail <hi>x</hi>  <?pi x?> end<p>B</p>  <hi>last</hi></div>"
    )
    expected = "H\n-\n\nIntro bold text\nmore words\n\nA para.\n\ntail x end\n\nB\n\nlast\n"
    assert text(body) == expected
    body = (
        "<div><list><item>lead <hi>x</hi> y<p>para in item</p> z</item><item>two</item></list>"
        "</div>"
    )
    assert text(body) == "- lead x y\n\npara in item\n\nz\n- two\n"


def test_a_long_run_is_linear() -> None:
    # 16,000 inline nodes in one run before a block: the counting took over a minute
    body = "<div>" + "".join(f"w{i} <hi>h{i}</hi> " for i in range(8000)) + "<p>p</p></div>"
    start = time.perf_counter()
    out = text(body, **{"wrap-width": 0})
    assert time.perf_counter() - start < 5
    assert out.startswith("w0 h0 w1 h1 ") and out.endswith(" w7999 h7999\n\np\n")


def test_turns_keep_their_labels() -> None:
    body = (
        '<div><sp who="#a"><speaker>A.</speaker><p>One.</p><p>Two.</p></sp>'
        '<sp><speaker>B.</speaker><l>Line one</l><l>line two</l></sp></div>'
    )
    assert text(body) == "A. One.\n\nTwo.\nB. Line one\nline two\n"


def test_marked_paragraphs() -> None:
    o, t, m, c, h, lb = "\ue001", "\ue004", "\ue002", "\ue003", "\ue005", "\ue000"
    # a blank line before a paragraph, none before a tight one; white space collapsed
    assert wrap_marked(f"{o}{m}  a \n b {c}{t}{m}c\u00a0d{c}", 72) == "\n\na b\nc d"
    # nothing but spaces and line breaks: dropped, with its blank line
    assert wrap_marked(f"x{o}{m} {lb} {c}y", 72) == "xy"
    # a heading is underlined, at most the width (at most 96)
    assert wrap_marked(f"{o}{m}Title{h}", 72) == "\n\nTitle\n-----"
    assert wrap_marked(f"{o}{m}{'x ' * 10}{h}", 8).endswith("\n--------")
    assert wrap_marked(f"{o}{m}{'x' * 120}{h}", 0) == "\n\n" + "x" * 120 + "\n" + "-" * 96
    # continuation lines indented by rest; a paragraph inside another wrapped first
    assert wrap_marked(f"{o}   {m}1. aaa bbb ccc{c}", 8) == "\n\n1. aaa\n   bbb\n   ccc"
    assert wrap_marked(f"{o}{m}a {o}{m}b{c} c{c}", 72) == "\n\na b c"
    # the input's own marker characters: no paragraph is made of them
    assert wrap_marked(f"{o}{m}a{o}b{c}", 72) == "ab"
