"""Property-based: random transcriptions never crash the reader, never lose a word,
and always give well-formed TEI that is valid against TEI All."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tei.errors import ReadError
from tei.fidelity import check
from tei.readers.transcription import read
from tei.xmlio import parse_bytes, serialize

WORDS = st.sampled_from(
    [
        "the",
        "miners",
        "Catavi",
        "CP",
        "POR",
        "of",
        "October",
        "Sora-Sora",
        "3,000",
        "O’Callaghan",
        "“quoted”",
        "–",
        "über",
        "Ñandú",
        "日本",
        "<tei:note>",
        "&amp;",
        "Vol.26",
        "Revolution.1",
        "a",
        "(adherents",
        "Lora].",
        "[",
        "]",
        "(",
        ")",
        "*",
        "|",
        ">",
        "Mr.",
        "p.27",
    ]
)
PHRASE = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)
BRACKETED = PHRASE.map(lambda p: f"[{p}]")
TEXT = st.lists(st.one_of(PHRASE, BRACKETED, st.text(max_size=20)), min_size=1, max_size=5).map(
    " ".join
)
LINE = st.one_of(
    TEXT,
    TEXT.map(lambda t: f"Question: {t}"),
    TEXT.map(lambda t: f"A: {t}"),
    TEXT.map(lambda t: f"Q. {t}"),
    TEXT.map(lambda t: f"DEWEY: {t}"),
    TEXT.map(lambda t: f"Hugo Blanco – {t}"),
    TEXT.map(lambda t: f"Paul M. Sweezy (PMS): {t}"),
    TEXT.map(lambda t: f"PB: {t}"),
    TEXT.map(lambda t: f"— Howard : {t}"),
    TEXT.map(lambda t: f"Tariq Ali.: {t}"),
    TEXT.map(lambda t: f"                {t}"),
    st.sampled_from(["Question:", "Mandel: ", "New", "Times:  What is", "Dear Sir:", "|"]),
    st.sampled_from(
        [
            "ISR Index | Main Newspaper Index",
            "Top of page",
            "Leon Trotsky > 1938 >",
            "* * *",
            "From International Socialist Review, Vol.26 No.1, Winter 1965, p.27.",
            "Transcribed & marked up by Einde O’Callaghan for ETOL.",
            "Last updated on 4 June 2009",
            "Notes",
            "1. A note.",
            "[1] Another note.",
            "International Socialist Review, Winter 1965",
            "[The Editors]",
            "(10 April 1950)",
            "",
            "",
            "",
        ]
    ),
)
PAGE = st.tuples(st.lists(LINE, min_size=1, max_size=25), st.sampled_from(["\n", "\r\n", "\r"]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=PAGE)
def test_reader_is_total_lossless_and_valid(page, tei_all):
    lines, newline = page
    data = newline.join(lines).encode("utf-8")
    try:
        reading = read(data, source_name="random.txt")
    except ReadError as exc:
        assert exc.code in {"text-empty", "text-binary"}, str(exc)
        # nothing left once the characters XML cannot hold are removed, or binary
        kept = re.sub(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", b"", data)
        assert not kept.strip() or data.count(b"\x00") * 100 > len(data)
        return
    reparsed = parse_bytes(serialize(reading.tree), "random.xml")  # what convert writes
    again = parse_bytes(serialize(reparsed), "again.xml")
    assert etree.tostring(again, method="c14n2") == etree.tostring(reparsed, method="c14n2")
    report = check(reading.source.lines, dict(reading.removed), reparsed)
    assert report.ok, (report.lost[:5], report.added[:5])
    assert tei_all.validate(reparsed), tei_all.error_log.last_error


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_never_escape_as_anything_but_read_error(data):
    try:
        reading = read(data, source_name="bytes.txt")
    except ReadError as exc:
        assert exc.file == "bytes.txt" and exc.code.startswith("text-")
        return
    parse_bytes(serialize(reading.tree), "bytes.xml")
    assert check(reading.source.lines, dict(reading.removed), reading.tree).ok


#: lines of a hard-wrapped page: indented, broken mid-sentence, labels alone or broken
WRAPPED_LINE = st.one_of(
    PHRASE,
    PHRASE.map(lambda p: f"    {p}"),
    PHRASE.map(lambda p: f"{p},"),
    PHRASE.map(lambda p: p.lower()),
    PHRASE.map(lambda p: f"PB: {p}"),
    PHRASE.map(lambda p: f"Ernst Mandel:  {p}"),
    PHRASE.map(lambda p: f"   {p}."),  # a first-line indent after a full stop
    PHRASE.map(lambda p: f"{p}."),
    PHRASE.map(lambda p: f"SW (Suzi Weissman): {p}"),
    PHRASE.map(lambda p: f"D: {p}"),
    PHRASE.map(lambda p: f"Q. — {p}"),
    PHRASE.map(lambda p: f"Written | {p} |"),
    st.sampled_from(
        ["", "   ", "Question:", "Mandel:", "New", "Times:  What is", "Ernst", "Author(s) | X Y |"]
    ),
)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(WRAPPED_LINE, max_size=30))
def test_unwrapping_and_label_detection_never_lose_or_reorder_a_word(lines):
    """Blocks hold every word of the kept lines in order, and a label plus the text after it
    is exactly the block's text: the label rules only cut, they never drop or move words."""
    from tei.readers.transcription.blocks import split_blocks
    from tei.readers.transcription.line_starts import opens, stands_alone
    from tei.readers.transcription.structure import block_label

    blocks = split_blocks(lines, [True] * len(lines), stands_alone, opens)
    assert [w for b in blocks for w in " ".join(b.lines).split()] == " ".join(lines).split()
    assert [b.line for b in blocks] == sorted(b.line for b in blocks)
    for block in blocks:
        label = block_label(block)
        if label is None:
            continue
        text = block.text
        assert text.startswith(label.label)
        after = text[len(label.label) :].split()
        if label.rest:
            assert after[: len(label.rest.split())] == label.rest.split()
        assert label.label.split() + after == text.split()


#: paragraphs of a flattened oral-history transcript: initials labels run on inside lines
RUN_ON_LINE = st.lists(
    st.one_of(
        PHRASE, st.sampled_from(["ST:", "MG:", "SG:", "ST: ", "MG:x", "The Militant (logo)"])
    ),
    min_size=1,
    max_size=8,
).map(" ".join)
OPENING = ["Max Geldman and Shevi Geldman Narrators", "", "Steven Trimble Interviewer", ""]


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.one_of(RUN_ON_LINE, st.just(""), WRAPPED_LINE), max_size=20))
def test_cutting_run_on_turns_and_mastheads_never_loses_or_reorders_a_word(lines):
    """The rules that cut blocks (run-on turns, a masthead heading a block) keep every word
    of the page, in order, and every block's line number in order."""
    from tei.readers.transcription.blocks import split_blocks
    from tei.readers.transcription.line_starts import opens, stands_alone
    from tei.readers.transcription.run_on_turns import split_run_on_turns
    from tei.readers.transcription.structure import split_mastheads

    page = OPENING + lines
    blocks = split_blocks(page, [True] * len(page), stands_alone, opens)
    split_mastheads(blocks)
    split_run_on_turns(blocks)
    assert [w for b in blocks for w in " ".join(b.lines).split()] == " ".join(page).split()
    assert [b.line for b in blocks] == sorted(b.line for b in blocks)
    assert all(b.lines and all(b.lines) for b in blocks)
