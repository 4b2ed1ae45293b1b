"""Rules found missing on blind set Z4 of real pages (issue #13): a hearing's record
(``Mr. HAYWOOD.``), full names in capitals taking turns (``AMY GOODMAN:``), a broadcast
monitor's bracketed labels (``[Text] [Castro]``), a name alone on its line above a cut-off
text, a date line typed above the title's repetition. Small fixtures written for the test."""

from __future__ import annotations

from tei.readers.transcription.label_shapes import candidate
from tei.xmlio import NSMAP
from tests.reading_helpers import root_of as _root
from tests.reading_helpers import texts as _x
from tests.reading_helpers import who as _who


def test_a_hearings_record_labels_take_turns():
    root = _root(
        "Testimony of William D. Haywood\n\n"
        "Mr. HAYWOOD. Yes; but at the time of the 1903 strike they had joined.\n\n"
        "Commissioner GARRETSON. Which strike?\n\n"
        "Mr. HAYWOOD. In 1903.\n\n"
        "Commissioner GARRETSON. That embraced all of the mine owners?\n\n"
        "Chairman WALSH. I have three questions that I have been asked to put to you.\n"
    )
    assert _who(root) == [
        "#mr-haywood",
        "#commissioner-garretson",
        "#mr-haywood",
        "#commissioner-garretson",
        "#chairman-walsh",
    ]
    assert _x(root, "//tei:sp[1]/tei:p") == [
        "Yes; but at the time of the 1903 strike they had joined."
    ]


def test_a_hearings_label_needs_a_title_and_capitals():
    found = candidate("Senator McCARTHY. Who told you so?")
    assert found is not None and found.key == "Senator McCARTHY" and found.form == "caps"
    assert candidate("Mr. Haywood. Yes, he came.") is None  # the surname not in capitals
    assert candidate("Boston. Then we went on.") is None  # no title before it
    # a title and a word in capitals once, no other label beside it: prose
    root = _root("A Letter\n\nThe USA. Then came the war, and the long years after it.\n")
    assert _who(root) == []


def test_full_names_in_capitals_take_turns_on_a_transcript():
    root = _root(
        "Ghana Celebrates 50 Years: Kwame Nkrumah in His Own Words\n\n"
        "This is a rush transcript. Copy may not be in its final form.\n\n"
        "AMY GOODMAN: People across Ghana are celebrating the anniversary today.\n\n"
        "PRESIDENT KWAME NKRUMAH: I am convinced that it is dangerous for the independent "
        "states to stand apart.\n"
    )
    assert _who(root) == ["#amy-goodman", "#president-kwame-nkrumah"]
    # one name in capitals alone, nobody taking turns with it: no turn
    root = _root(
        "A Report\n\nAMY GOODMAN: People across Ghana are celebrating the anniversary.\n\n"
        "The streets were full.\n"
    )
    assert _who(root) == []


def test_a_broadcast_monitors_bracketed_labels():
    root = _root(
        "Castro in Santiago\n\n"
        "[Text] [Castro] Gentlemen journalists: we are here to answer your questions.\n\n"
        "[Reporter] You have often said that there are many paths to socialism.\n\n"
        "[Castro] Well, I do not believe that I said that there are many.\n"
    )
    assert _who(root) == ["#castro", "#reporter", "#castro"]
    assert _x(root, "//tei:sp[1]/tei:speaker") == ["[Text] [Castro]"]
    # "[Applause]" never speaks, though it stands between two turns
    root = _root(
        "A Speech\n\n[Castro] Comrades, we begin.\n\n[Applause] And the hall rose.\n\n"
        "[Castro] We go on.\n"
    )
    assert _who(root) == []


def test_a_name_alone_above_the_cut_off_text():
    root = _root(
        "Rosa Lives\n\nPaul Buhle\n\nInterview by\nAlec Hudson\n\n"
        "Chicago-based activist Alec Hudson spoke with Buhle for the magazine, to get a sense "
        "of her background and of why she still matters.\n\n"
        "Alec Hudson\n\nThough Luxemburg is remembered by many today as a revolutionary"
    )
    assert _who(root) == ["#alec-hudson"]
    # not the last block: a name alone before a statement is no label
    root = _root(
        "Rosa Lives\n\nInterview by\nAlec Hudson\n\nHudson spoke with Buhle for the magazine, to "
        "get a "
        "sense of her background and of why she still matters.\n\nAlec Hudson\n\n"
        "Though Luxemburg is remembered by many today.\n\nShe wrote much.\n"
    )
    assert _who(root) == []


def test_a_date_line_typed_above_a_line_is_split_off():
    root = _root(
        "Interview with Subcomandante Marcos\n\nMay 11, 1994\n"
        "Interview with Subcomandante Marcos, Zapatista National Liberation Army\n\n"
        "The first paragraph of the text, which goes on for a while.\n"
    )
    dates = root.xpath("//tei:teiHeader//tei:date/@when", namespaces=NSMAP)
    assert dates == ["1994-05-11"]
