"""Every transcription of the family converts: TEI-All-valid, no word lost, turns found.

The pages are those of ``../shared/dev-samples/etol/`` and ``etol-more/``. The tables say what
a reader of each page sees (the constructs), not the accuracy benchmark's figures
(``bench/accuracy.py``)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tei.convert import convert
from tei.xmlio import NSMAP

from .conftest import SHARED, assert_tei_all_valid, dev_sample_paths, need_shared

MORE = SHARED / "dev-samples" / "etol-more"
SAMPLES = dev_sample_paths() + sorted(MORE.glob("*.txt"))

#: what a reader of each page sees: number of speaker turns and their labels' participants
EXPECTED_TURNS = {
    "009": (6, {"#interviewer", "#interviewee"}),
    "010": (7, {"#trotsky", "#rechendorff"}),  # T: = Trotsky:, R: = Rechendorff:
    "011": (2, {"#eat", "#pms"}),
    "012": (2, {"#left-voice", "#emilio-albamonte"}),  # each speaks once, named in the subtitle
    "013": (12, {"#interviewer", "#interviewee"}),  # unlabelled; a quick exchange of 4 remarks
    "020": (2, {"#interviewer", "#mandel"}),  # labels alone on their line, wrapped text
    "023": (1, {"#p-1st-independent-speaker"}),
    "024": (1, {"#alan-spector"}),
    "027": (5, {"#interviewer", "#interviewee"}),
    "031": (2, {"#desmund-hui", "#dan-la-botz"}),
    "032": (4, {"#young-socialist", "#malcolm-x"}),
    "033": (4, {"#young-socialist", "#malcolm-x"}),
    "034": (3, {"#pb", "#hb"}),  # initials
    "035": (2, {"#world-war-4-report", "#hugo-blanco"}),
    "045": (16, {"#dewey", "#goldman", "#finerty", "#lafollette", "#trotsky"}),
    "046": (2, {"#tariq-ali", "#c-l-r-james"}),
    "047": (2, {"#interviewer", "#interviewee"}),  # the written question before the answer
    "055": (4, {"#interviewer", "#interviewee"}),  # unlabelled questions and answers
    "058": (2, {"#new-times", "#ernst-mandel"}),  # labels broken over two lines
    "059": (6, {"#st", "#mg", "#sg"}),  # initials labels run on inside flattened paragraphs
}
#: pages whose turns are not read right yet (labels inside one flattened line)
UNREAD_TURNS = {"036"}
#: participants named as the page names them (id → persName), and roles the page states
EXPECTED_PEOPLE = {
    "010": {"trotsky": ("Leon Trotsky", None)},
    "031": {"desmund-hui": ("Desmund Hui", "interviewer"), "dan-la-botz": ("Dan La Botz", None)},
    "034": {"pb": ("Pedro Brieger", "interviewer"), "hb": ("Hugo Blanco", "interviewee")},
    "055": {
        "interviewer": ("Joseph Choonara", "interviewer"),
        "interviewee": ("Ian Birchall", None),
    },
    "058": {"ernst-mandel": ("Ernst Mandel", None)},
    "012": {"left-voice": ("Left Voice", "interviewer")},
    # the headnote signed "—DON McINTOSH"; "Photograph by Scott Heins" names no one who speaks
    "013": {
        "interviewer": ("DON McINTOSH", "interviewer"),
        "interviewee": ("Bhaskar Sunkara", "interviewee"),
    },
    "059": {  # the cover's participants lines: "… Narrators", "Steven Trimble Interviewer"
        "st": ("Steven Trimble", "interviewer"),
        "mg": ("Max Geldman", "interviewee"),
        "sg": ("Shevi Geldman", "interviewee"),
    },
}
#: title and authors of the header, as the page states them (author line, then title line;
#: "Author: Title" on one line; a letter's signature)
EXPECTED_TITLES = {
    "009": ("Answers to the Questions of Lloyd Tupling", ["Leon Trotsky"]),
    "016": ("Socialism Reaffirmed", ["Lily Roy"]),
    "025": ("La \"troisième période\" d'erreurs de l'Internationale Communiste", ["Léon Trotsky"]),
    "029": ("Trotzkis Marxismus", ["Duncan Hallas"]),
    "030": ("Mein Leben", ["Leo Trotzki"]),
    "034": ("Interview with Hugo Blanco", ["Pedro Brieger"]),
    "039": ("Periodicals in Review", ["Maria di Savio"]),
    "003": ("The Next Ten Years", ["Bert Cochran"]),  # "by Bert Cochran"
    "013": ("Interviewing Jacobin‘s Bhaskar Sunkara", ["DON McINTOSH"]),  # rubric; signed intro
    "024": ('Talk at "Rethinking the New Left"', ["Alan Spector"]),  # "Author - Title Date"
    "032": ("‘Overturning system of exploitation by any means necessary’", []),  # title over lines
    "049": ("Ложное сообщение", ["Л. Троцкий"]),  # a title with a full stop; signed letter
    # under the collection line (whose writings they are: the author), repeated titles
    "051": ("Tras la muerte de Sedov", ["León Trotsky"]),
    "054": ("Ten Years for the Locust", ["Jim Higgins"]),
    "046": ("A Conversation", ["Tariq Ali", "C.L.R. James"]),  # author line over the title
}
#: letters: the signature closes them
SIGNED = {"048": "L. Trotsky", "049": "Л. Троцкий."}
#: journal, volume, issue, date/@when (or @from), pages of the printed original
EXPECTED_CITATION = {
    "001": ("Fourth International", "13", "1", "1952-01", ("26", "31")),
    # a bracketed citation of the collected writings: their volume and pages (the imprint's
    # "New York 1973" is the book's, the bracket's "1932" the text's year)
    "010": ("Writing of Leon Trotsky", "4", None, "1932", ("315", "317")),
    "014": ("The New International", "XI", "7", "1945-10", ("207", "212")),
    "048": ("Writing of Leon Trotsky", "14", None, None, ("847", "847")),
    "019": ("International Socialism", None, "147", "2015", None),
    "021": ("Labor Action", "14", "15", "1950-04-10", ("6", "8")),
    "037": ("International Socialist Review", "21", "2", "1960", ("34", "34")),
    "042": ("International Socialism", None, "8", "1962", ("13", "14")),
    "050": ("New International", "4", "2", "1938-02", ("34", "34")),
    "060": ("Labor Action", "X", "2", "1946-01-14", ("3", "3")),
    "026": ("Cahiers Léon trotsky", None, "6", "1980", None),
    "047": ("Socialist Appeal", "III", "2", "1939-01-14", (None, None)),  # "pp. 1 & 3": no range
    "002": ("The New International", "XX", "4", "1954-07", ("183", "202")),
    "003": ("American Socialist", None, None, "1955-06", None),
    "006": ("International Socialist Review", "20", "4", "1959", ("102", "106")),
    "015": ("The New International", "XIV", "1", "1948-01", ("14", "18")),
    "016": ("Fourth International", "6", "3", "1945-03", ("91", "95")),
    "018": ("International Socialism", None, "8", "1980", ("95", "104")),
    "022": ("The New International", "X", "8", "1944-08", ("265", "269")),
    "038": ("International Socialist Review", "26", "1", "1965", ("29", "29")),
    "039": ("International Socialist Review", "23", "3", "1962", ("93", "94")),
    "040": ("International Socialism", None, "18", "1964", ("23", "23")),
    "044": ("International Socialist Review", None, None, "1970-03", None),
    # "Source: Tariq Ali, ‘A Conversation with C.L.R. James’, Socialist Challenge, …, pp 8-9."
    "046": ("Socialist Challenge", None, None, "1980-07-03", ("8", "9")),
    "055": ("International Socialism", None, "131", "2011", None),
    "031": ("Platypus Review", None, "157", "2023-06", None),  # masthead "… 157 | June 2023"
    "032": ("The Militant", "70", "9", "2006-03-06", None),  # masthead "Vol. 70/No. 9 …"
    "033": ("The Militant", "66", "35", "2002-09-23", None),  # masthead atop the title lines
    "011": ("Monthly Review", None, None, None, None),  # genre line "Magazine article …"
    "043": ("Labor Action", "9", "1", "1945-01-01", None),  # "Vol. 9 No. 1, …" / "Labor Action"
    "004": ("Revolutionary History", "6", "4", None, None),  # "ETOL: Revolutionary History, Vol. …"
    "056": ("International Socialism", None, "132", "2011", None),
    "061": ("Fourth International", "7", "9", "1946-09", ("284", "284")),
}


@pytest.fixture(scope="module", params=SAMPLES, ids=[p.name[:3] for p in SAMPLES])
def converted(request):
    path = need_shared(request.param)
    return path, convert(path)


def test_valid_against_tei_all(converted, tei_all):
    path, result = converted
    assert_tei_all_valid(tei_all, result.tree, path.name)


def test_no_word_lost_or_added(converted):
    path, result = converted
    assert result.fidelity.source_words > 100  # many pages are cut short
    assert result.fidelity.lost == [], path.name
    assert result.fidelity.added == [], path.name


def test_interviews_get_their_turns(converted):
    path, result = converted
    root = result.tree.getroot()
    turns = root.xpath("//tei:body//tei:sp", namespaces=NSMAP)
    if path.name[:3] in UNREAD_TURNS:
        return
    expected = EXPECTED_TURNS.get(path.name[:3])
    if expected is None:
        assert turns == [], f"{path.name} is not an interview"
        return
    count, who = expected
    assert len(turns) == count
    assert {t.get("who") for t in turns} == who
    declared = {
        f"#{i}" for i in root.xpath("//tei:particDesc//tei:person/@xml:id", namespaces=NSMAP)
    }
    assert who <= declared


def test_printed_original_is_cited(converted):
    path, result = converted
    expected = EXPECTED_CITATION.get(path.name[:3])
    structs = result.tree.getroot().xpath("//tei:sourceDesc/tei:biblStruct", namespaces=NSMAP)
    if expected is None:
        assert structs == [], f"{path.name} has no provenance line: no citation may be invented"
        return
    journal, volume, issue, when, pages = expected
    monogr = result.tree.getroot().xpath(
        "//tei:sourceDesc/tei:biblStruct/tei:monogr", namespaces=NSMAP
    )[0]
    get = lambda xpath: monogr.xpath(f"string({xpath})", namespaces=NSMAP) or None  # noqa: E731
    assert get("tei:title[1]") == journal  # level j, or m for collected works
    assert get("tei:biblScope[@unit='volume']") == volume
    assert get("tei:biblScope[@unit='issue']") == issue
    assert (get("tei:imprint/tei:date/@when") or get("tei:imprint/tei:date/@from")) == when
    scope = monogr.xpath("tei:biblScope[@unit='page']", namespaces=NSMAP)
    assert ((scope[0].get("from"), scope[0].get("to")) if scope else None) == pages


def test_navigation_is_removed_from_the_text(converted):
    path, result = converted
    root = result.tree.getroot()
    text = "".join(root.xpath("//tei:text", namespaces=NSMAP)[0].itertext())
    raw = Path(path).read_text(encoding="utf-8")
    body = root.xpath("//tei:text", namespaces=NSMAP)[0]
    kept = {(t or "").strip() for el in body.iter() for t in (el.text, el.tail)}
    for item in root.xpath("//tei:list[@type='removed']/tei:item", namespaces=NSMAP):
        repeated = [ln for ln in raw.splitlines() if ln.strip() == item.text]
        assert item.text not in kept or len(repeated) > 1  # the last copy is the work's
    if "Main Newspaper Index" in raw:
        assert "Main Newspaper Index" not in text


def test_conversion_is_deterministic(converted):
    path, result = converted
    assert convert(path).data == result.data


def test_participants_are_named_as_the_page_names_them(converted):
    path, result = converted
    expected = EXPECTED_PEOPLE.get(path.name[:3], {})
    root = result.tree.getroot()
    for pid, (name, role) in expected.items():
        person = root.xpath(f"//tei:person[@xml:id='{pid}']", namespaces=NSMAP)[0]
        assert person.findtext("tei:persName", namespaces=NSMAP) == name
        if role:
            assert person.get("role") == role


def test_title_and_author_as_the_page_orders_them(converted):
    path, result = converted
    expected = EXPECTED_TITLES.get(path.name[:3])
    root = result.tree.getroot()
    title = root.xpath("string(//tei:titleStmt/tei:title[@type='main'])", namespaces=NSMAP)
    assert title.strip() not in {"|", "Logo Logo Logo", "Size: px", "Dear Sir:"}
    if expected is None:
        return
    authors = [a.text for a in root.xpath("//tei:titleStmt/tei:author", namespaces=NSMAP)]
    assert (title, authors) == expected


def test_a_made_up_title_is_supplied_and_never_cited(converted):
    _path, result = converted
    root = result.tree.getroot()
    title = root.xpath("//tei:titleStmt/tei:title[@type='main']", namespaces=NSMAP)[0]
    if any(d.code == "title-missing" for d in result.diagnostics):
        assert title.find("tei:supplied", NSMAP) is not None
        cited = root.xpath("//tei:biblStruct//tei:title[@level='a']", namespaces=NSMAP)
        assert cited == []
    else:
        assert title.find("tei:supplied", NSMAP) is None


def test_no_paragraph_is_split_inside_a_sentence(converted):
    """Hard-wrapped text is unwrapped: a paragraph never ends mid-sentence at a line break
    with the next one going on in lower case."""
    _path, result = converted
    paras = result.tree.getroot().xpath("//tei:body//tei:p", namespaces=NSMAP)
    for a, b in itertools.pairwise(paras):
        ta, tb = "".join(a.itertext()).strip(), "".join(b.itertext()).strip()
        if ta and tb and a.getparent() is b.getparent():
            assert re.search(r"[.!?:;…\"”’»)\]–—-]$", ta) or not tb[0].islower(), (
                ta[-40:],
                tb[:40],
            )


def test_letters_are_signed(converted):
    path, result = converted
    signed = result.tree.getroot().xpath("//tei:body//tei:closer/tei:signed", namespaces=NSMAP)
    expected = SIGNED.get(path.name[:3])
    assert [s.text for s in signed] == ([expected] if expected else [])
