"""The TEI header says only what is known, with the right element (issue 15).

Each test states one claim of the header (or a note the edition adds) and checks it on the demo
edition and on a small page, converted with and without a config. The demo is converted fresh
from its source and config (the committed TEI is the golden file, tests/test_seed.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tei.config import ConfigError, config_from_dict, load_config
from tei.convert import convert
from tei.exchange.header import read_record
from tei.validate.engine import validate
from tei.xmlio import NSMAP, XML_NS

from .conftest import DEMO, DEMO_SOURCE, SHARED, need_shared

LANG = f"{{{XML_NS}}}lang"
DEV = SHARED / "dev-samples"

PAGE = """\
ISR Index | Main Newspaper Index

Encyclopedia of Trotskyism | Marxists’ Internet Archive

International Socialism, Summer 2015

Anna Weber

The Peasants Rise

From International Socialism 2 : 147, Summer 2015.
Copyright © International Socialism.
Transcribed, edited & formatted: by Christian Høgsbjerg in 2009, with thanks to Tariq Ali.
Translated by Abe Stein.

This article was translated from the German for the journal.

The peasants rose in 1381. They marched on London (and the king met them at Mile End].

The king promised them much, and the peasants went home. The lords then took back whic
"""


def xp(node, path: str):
    return node.xpath(path, namespaces=NSMAP)


def text_of(node) -> str:
    return " ".join("".join(node.itertext()).split())


@pytest.fixture(scope="module")
def demo():
    return convert(DEMO_SOURCE, config=DEMO / "edition.toml")


@pytest.fixture(scope="module")
def demo_root(demo):
    return demo.tree.getroot()


def convert_page(tmp_path: Path, text: str = PAGE, config: dict | None = None):
    src = tmp_path / "page.txt"
    src.write_text(text, encoding="utf-8")
    cfg = config_from_dict(config, "edition.toml") if config is not None else load_config(None)
    return convert(src, config=cfg)


@pytest.fixture
def page(tmp_path):
    return convert_page(tmp_path)


def assert_valid(result) -> None:
    errors = [d for d in validate(result.tree) if d.severity == "error"]
    assert not errors, errors[:3]
    assert result.fidelity.ok, result.fidelity.summary()


# --- 1. responsibility: resp + persName/orgName, no software, names alone ---------------------


def test_demo_translator_is_an_org_credited_on_the_printed_source(demo_root):
    title_stmt = xp(demo_root, "//tei:titleStmt")[0]
    assert not xp(title_stmt, "tei:editor")
    assert not xp(title_stmt, "tei:respStmt")  # no software, and World Outlook is the source's
    (wo,) = xp(demo_root, "//tei:sourceDesc/tei:biblStruct/tei:analytic/tei:respStmt")
    assert wo.get(f"{{{XML_NS}}}id") == "wo"
    assert xp(wo, "string(tei:resp)") == (
        "Translation from the Spanish, with the bracketed interpolations"
    )
    assert [el.text for el in xp(wo, "tei:orgName")] == ["World Outlook"]
    assert not xp(wo, "tei:persName | tei:name")
    # the interpolations still point at their translator
    assert {s.get("resp") for s in xp(demo_root, "//tei:body//tei:supplied")} == {"#wo"}


def test_no_name_in_the_header_holds_commentary_or_software(demo_root, page):
    for root in (demo_root, page.tree.getroot()):
        names = xp(root, "//tei:teiHeader//*[self::tei:persName or self::tei:orgName]")
        assert names
        assert not [n.text for n in names if "(" in text_of(n) or "tei " in text_of(n)]
        assert not xp(root, "//tei:titleStmt//*[contains(., 'tei-edition-toolkit')]")
        assert xp(root, "//tei:appInfo/tei:application/@ident") == ["tei-edition-toolkit"]


def test_a_config_name_with_a_comment_is_split_into_resp_and_name(tmp_path):
    config = {"editors": [{"id": "ed", "name": "Ada Lovelace (notes and corrections)"}]}
    root = convert_page(tmp_path, config=config).tree.getroot()
    (stmt,) = xp(root, "//tei:titleStmt/tei:respStmt[@xml:id='ed']")
    assert (xp(stmt, "string(tei:resp)"), xp(stmt, "string(tei:persName)")) == (
        "Notes and corrections",
        "Ada Lovelace",
    )


def test_page_credits_names_alone_and_the_translator_on_the_printed_source(page):
    root = page.tree.getroot()
    digital = xp(root, "//tei:bibl[@type='digital']")[0]
    assert [n.text for n in xp(digital, "tei:respStmt/tei:persName")] == ["Christian Høgsbjerg"]
    assert "Abe Stein" not in text_of(digital)
    (translator,) = xp(root, "//tei:biblStruct/tei:analytic/tei:respStmt")
    assert (xp(translator, "string(tei:resp)"), xp(translator, "string(tei:persName)")) == (
        "Translated",
        "Abe Stein",
    )
    record = read_record(page.tree)
    assert [(n.literal, n.role) for n in record.source.contributors] == [
        ("Abe Stein", "translator")
    ]
    assert [n.literal for n in record.digital.transcribers] == ["Christian Høgsbjerg"]


# --- 2. no placeholder prose -------------------------------------------------------------


PLACEHOLDER = re.compile(r"(?i)config|not named|guessed|\(unknown\)|no licence stated")


def test_no_placeholder_prose_in_a_header_converted_without_config(page, demo_root):
    for root in (page.tree.getroot(), demo_root):
        header = xp(root, "//tei:teiHeader")[0]
        found = [t for t in header.itertext() if PLACEHOLDER.search(t)]
        assert not found
    root = page.tree.getroot()
    pub = xp(root, "//tei:publicationStmt")[0]
    assert not xp(pub, "tei:publisher")  # none is known
    (unknown,) = xp(root, "//tei:respStmt[@xml:id='source-editors']/tei:name")
    assert (unknown.get("type"), unknown.text) == ("unknown", "unknown")
    assert read_record(page.tree).editors == []  # "unknown" names nobody


def test_unpublished_without_publisher_or_rights(tmp_path):
    text = PAGE.replace("Copyright © International Socialism.\n", "")
    root = convert_page(tmp_path, text).tree.getroot()
    assert [text_of(p) for p in xp(root, "//tei:publicationStmt/*")] == ["Unpublished."]


# --- 3. rights: what the licence covers; the page's copyright line ------------------------


def test_demo_licence_says_it_covers_the_encoding(demo_root):
    (licence,) = xp(demo_root, "//tei:publicationStmt/tei:availability/tei:licence")
    assert text_of(licence).startswith(
        "This TEI encoding (markup and header), not the text or its transcription: "
    )
    assert licence.get("target") == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert not xp(demo_root, "//tei:availability[@status='unknown']")


def test_page_copyright_line_is_recorded_as_stated(page, tmp_path):
    root = page.tree.getroot()
    assert [text_of(p) for p in xp(root, "//tei:publicationStmt/tei:p")] == [
        "Copyright © International Socialism."
    ]
    assert not xp(root, "//tei:bibl[@type='digital']//*[contains(., 'Copyright')]")
    assert read_record(page.tree).rights == ["Copyright © International Socialism."]
    config = {"edition": {"publisher": "Demo Press", "licence": "CC0 1.0"}}
    root = convert_page(tmp_path, config=config).tree.getroot()
    (avail,) = xp(root, "//tei:publicationStmt/tei:availability")
    assert [text_of(p) for p in xp(avail, "tei:p")] == ["Copyright © International Socialism."]
    assert text_of(xp(avail, "tei:licence")[0]).endswith(": CC0 1.0")


def test_a_copyright_line_removed_as_chrome_is_still_recorded():
    from tei.readers.transcription.provenance import Credit
    from tei.readers.transcription.responsibility import rights_lines

    removed = [(1, "ISR Index"), (40, "© 2012 International Socialism")]
    facts = {"credits": [Credit("Transcribed by A. B.", "Transcribed", ["A. B."])]}
    assert rights_lines(facts, removed) == ["© 2012 International Socialism"]


# --- 4. language: the original of a translation, the glossed word -------------------------


def test_demo_records_the_translation_from_spanish_and_pampa_is_spanish(demo_root):
    assert [(lang.get("ident"), lang.text) for lang in xp(demo_root, "//tei:langUsage/*")] == [
        ("en", "English"),
        ("es", "Spanish"),
    ]
    (term,) = xp(demo_root, "//tei:body//tei:term")
    assert (term.text, term.get(LANG)) == ("pampa", "es")
    assert [
        text_of(n) for n in xp(demo_root, "//tei:biblStruct/tei:note[@type='translation']")
    ] == ["Translated from Spanish."]


def test_page_saying_translated_from_the_german(page):
    root = page.tree.getroot()
    assert [text_of(n) for n in xp(root, "//tei:biblStruct/tei:note[@type='translation']")] == [
        "Translated from German."
    ]
    assert [lang.get("ident") for lang in xp(root, "//tei:langUsage/*")] == ["en"]  # no word in it


def test_a_guessed_language_is_marked_uncertain_not_commented(page):
    (lang,) = xp(page.tree.getroot(), "//tei:langUsage/tei:language")
    assert (lang.text, lang.get("cert"), lang.get("resp")) == ("English", "medium", "#converter")


# --- 5. a page cut short ends with a gap and a warning -------------------------------------


def test_truncated_page_ends_with_a_gap_and_a_warning(page):
    root = page.tree.getroot()
    last = xp(root, "//tei:body//tei:p")[-1]
    gap = last[-1]
    assert (gap.tag.split("}")[1], gap.get("reason"), gap.tail) == (
        "gap",
        "transcription-ends",
        None,
    )
    assert xp(gap, "string(tei:desc[@type='edition'])").startswith("the transcription ends here")
    assert last.text.endswith("took back whic")
    (warning,) = [d for d in page.diagnostics if d.code == "text-truncated"]
    assert (warning.severity, warning.line) == ("warning", 20)
    assert_valid(page)


@pytest.mark.parametrize(
    "ending",
    [
        "The lords then took back what they had granted.",
        "Browder",  # a heading the excerpt ends on
        "Mexico City, January 5, 1938",  # a date line
        "What did they want? “Freedom!”",
    ],
)
def test_a_page_ending_as_text_ends_is_not_flagged(tmp_path, ending):
    text = PAGE.replace(" The lords then took back whic", "\n\n" + ending)
    result = convert_page(tmp_path, text)
    assert not xp(result.tree.getroot(), "//tei:gap[@reason='transcription-ends']")
    assert not [d for d in result.diagnostics if d.code == "text-truncated"]


def test_a_list_of_headlines_is_not_flagged(tmp_path):
    headlines = "\n\n".join(
        ["Full Employment for All", "The UAW Convention Opens", "Frisco Protest Meeting on Greece"]
    )
    text = PAGE.split("The peasants rose")[0] + headlines + "\n"
    result = convert_page(tmp_path, text)
    assert not [d for d in result.diagnostics if d.code == "text-truncated"]


def test_demo_is_not_truncated(demo):
    assert not [d for d in demo.diagnostics if d.code == "text-truncated"]
    assert not xp(demo.tree.getroot(), "//tei:gap")


@pytest.mark.shared
def test_dev_pages_cut_short_are_flagged_and_complete_ones_not():
    need_shared(DEV)
    flagged = {}
    for path in sorted(DEV.glob("etol*/*.txt")):
        result = convert(path, config=load_config(None))
        flagged[path.name[:3]] = any(d.code == "text-truncated" for d in result.diagnostics)
        assert result.fidelity.ok
    assert len(flagged) == 57
    # complete (004, 048, 049), ending in a heading (021), a headline list (043: missed)
    assert sorted(k for k, cut in flagged.items() if not cut) == ["004", "021", "043", "048", "049"]
    assert all(flagged[k] for k in ("010", "020", "027", "060"))  # "whic", "hard t", "Antwo", ":"


# --- 7. notes an editor records without changing the text ----------------------------------


def test_mismatched_bracket_gets_a_note_and_the_text_is_unchanged(demo, page):
    root = demo.tree.getroot()
    (note,) = xp(root, "//tei:sp[@xml:id='sp-4']//tei:note[@subtype='edition'][not(@target)]")
    assert note.get("type") == "editorial" and note.get("resp") == "#converter"
    assert "parenthesis opened before ‘adherents’ is closed by a square bracket" in text_of(note)
    before = note.getprevious()
    assert (before.tail if before is not None else note.getparent().text).endswith("Lora]")
    assert note.tail == "."
    assert demo.fidelity.ok
    assert xp(root, "//tei:application[@xml:id='converter']")
    assert len(xp(page.tree.getroot(), "//tei:note[@subtype='edition']")) == 1


def test_demo_config_note_is_anchored_on_the_phrase(demo_root):
    (seg,) = xp(demo_root, "//tei:body//tei:seg")
    assert seg.text == "Partido Revolucionario Obrero"
    note = seg.getnext()
    assert (note.get("type"), note.get("subtype"), note.get("resp"), note.get("target")) == (
        "editorial",
        "edition",
        "#publisher",
        f"#{seg.get(f'{{{XML_NS}}}id')}",
    )
    assert "Partido Obrero Revolucionario" in text_of(note)
    assert xp(demo_root, "//tei:publicationStmt/tei:publisher[@xml:id='publisher']")


def test_config_note_resp_and_missing_anchor(tmp_path):
    config = {
        "editors": [{"id": "ab", "name": "A. B."}],
        "editorial_notes": [
            {"anchor": "Mile End", "note": "Now in east London.", "resp": "ab"},
            {"anchor": "Camelot", "note": "Never reached."},
        ],
    }
    result = convert_page(tmp_path, config=config)
    (note,) = xp(result.tree.getroot(), "//tei:note[@target]")
    assert (note.get("resp"), text_of(note), note.getprevious().text) == (
        "#ab",
        "Now in east London.",
        "Mile End",
    )
    (warning,) = [d for d in result.diagnostics if d.code == "editorial-note-anchor"]
    assert "'Camelot'" in warning.message
    assert_valid(result)


@pytest.mark.parametrize(
    ("notes", "code"),
    [
        ([{"note": "no anchor"}], "config-type"),
        ([{"anchor": "x", "note": "y", "occurrence": 0}], "config-type"),
        ([{"anchor": "x", "note": "y", "resp": "nobody"}], "config-notes-resp"),
    ],
)
def test_bad_editorial_notes_config_is_refused(notes, code):
    with pytest.raises(ConfigError) as caught:
        config_from_dict({"editorial_notes": notes}, "edition.toml")
    assert caught.value.code == code


def test_demo_and_page_stay_valid(demo, page):
    assert_valid(demo)
    assert_valid(page)


# --- 6. a periodical is a title, not an organisation ----------------------------------------


def test_periodicals_tagged_from_the_register_are_journal_titles(demo):
    import copy

    from tei.exchange.mentions import read_entities
    from tei.names import load_register, mention_counts, tag_tree

    tree = copy.deepcopy(demo.tree)
    tag_tree(tree, load_register(DEMO / "register.toml"))
    root = tree.getroot()
    titles = xp(root, "//tei:text//tei:title[@ref]")
    assert sorted((t.get("level"), t.get("ref"), t.text) for t in titles) == [
        ("j", "#masas", "Masas"),
        ("j", "#world-outlook", "World Outlook"),
    ]
    assert not xp(root, "//tei:text//tei:orgName[@ref='#masas' or @ref='#world-outlook']")
    counts = mention_counts(tree)
    assert (counts["masas"], counts["world-outlook"]) == (1, 1)
    assert "Masas" in {e.name for e in read_entities(root)}
    # the header names the journal as a title too, never as orgName type="periodical"
    assert not xp(root, "//tei:teiHeader//tei:orgName[@type='periodical']")
    assert (
        xp(root, "string(//tei:monogr/tei:title[@level='j'])") == "International Socialist Review"
    )
    # the edition's own notes are not tagged: "Partido Obrero Revolucionario (POR)" in the
    # demo's editorial note is no mention of the party
    assert not xp(root, "//tei:note[@subtype='edition']//*[@ref]")
