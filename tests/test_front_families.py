"""Title pages and header blocks as pages of the family lay them out (issue #13): rules found
missing on real pages the converter had never seen. Small fixtures written for the test."""

from __future__ import annotations

import re

from tei.xmlio import NSMAP
from tests.reading_helpers import root_of as _root
from tests.reading_helpers import texts as _x

SERIES_MONTH = """Œuvres – mars 1931

Léon Trotsky

Une lettre en retard

12 mars 1931

Cher camarade,

Je vous réponds enfin, avec beaucoup de retard, sur la question que vous m'avez posée.

Salutations fraternelles.
"""


def test_a_works_volume_by_month_is_the_collection_not_the_title():
    root = _root(SERIES_MONTH)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == ["Une lettre en retard"]
    assert _x(root, "//tei:titleStmt/tei:author") == ["Léon Trotsky"]
    # the title page holds the title and its date: not paragraphs of the letter
    assert not _x(root, "//tei:body//tei:p[. = 'Une lettre en retard']")
    assert _x(root, "//tei:front//tei:bibl[@type='source']/tei:title") == ["Œuvres – mars 1931"]


EMPTY_FIELD = """A Forgotten Strike

Primeira Edição:

Fonte: Jornal Operário, n.º 12, 1931

The strike began on a Monday, and by Wednesday the whole valley had stopped work.
"""


def test_a_field_label_with_no_value_is_never_a_title():
    root = _root(EMPTY_FIELD)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == ["A Forgotten Strike"]
    assert not _x(root, "//tei:titleStmt/tei:title[@type='sub']")


ROMANIAN_BLOCK = """V. I. Lenin

Despre sindicate

      Scris: 30 decembrie 1920
      Publicat: Pravda nr. 12, 1921
      Sursa: V. I. Lenin, Opere alese, 1970, p. 100-110
      Transcriere: Ion Popescu, martie 2009

Tovarăşi, trebuie mai întâi să-mi cer scuze pentru că am încălcat regulamentul.
"""


def test_the_mia_header_block_in_another_language_section():
    root = _root(ROMANIAN_BLOCK)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == ["Despre sindicate"]
    assert _x(root, "//tei:titleStmt/tei:author") == ["V. I. Lenin"]
    credits = " ".join(_x(root, "//tei:sourceDesc/tei:bibl[@type='digital']//tei:persName"))
    assert "Ion Popescu" in credits
    body = " ".join(_x(root, "//tei:body//tei:p"))
    assert "Scris" not in body and "Sursa" not in body


BRACKETED_PERIODICAL = """Ein Nachwort zur Lage

[Nach Die Fackel, 12. Jahrgang, Heft 3-4 (März 1930) Spalte 20-31, Dort unter einem anderen \
Titel. Mit kleinen Korrekturen]

Die Lage hat sich seit dem Frühjahr nicht verbessert, sondern verschlechtert.
"""


def test_a_bracketed_citation_of_a_periodical_is_parsed_as_a_source_line():
    root = _root(BRACKETED_PERIODICAL)
    monogr = "//tei:sourceDesc//tei:monogr"
    assert _x(root, f"{monogr}/tei:title[@level='j']") == ["Die Fackel"]
    assert _x(root, f"{monogr}//tei:biblScope[@unit='volume']") == ["12"]
    assert _x(root, f"{monogr}//tei:biblScope[@unit='issue']") == ["3-4"]


def test_a_page_range_written_short_ends_on_the_full_page():
    page = (
        "A Message\n\nSource: Fourth International, Vol. VI No. 8, August 1945, pp. 229–30.\n\n"
        "Dear friends, I thank you for your letter and for all that you have done.\n"
    )
    scope = _root(page).xpath("//tei:biblScope[@unit='page']", namespaces=NSMAP)[0]
    assert (scope.get("from"), scope.get("to")) == ("229", "230")


def test_a_byline_names_three_words_and_two_people():
    page = (
        "Entrevista a Rosa Vidal: la tierra es de quien la trabaja\n\n"
        "Por Eduardo Abusada Franco\n\n"
        "Rosa Vidal habló con nosotros en su casa de Cuzco durante toda una tarde de julio.\n"
    )
    assert _x(_root(page), "//tei:titleStmt/tei:author") == ["Eduardo Abusada Franco"]
    page = page.replace("Por Eduardo Abusada Franco", "POR BRAIS FERNÁNDEZ Y XAQUÍN PASTORIZA /")
    byline = _x(_root(page), "//tei:front//tei:byline")
    assert byline == ["POR BRAIS FERNÁNDEZ Y XAQUÍN PASTORIZA /"]


def test_the_authors_index_beside_the_archives_links_is_chrome():
    page = (
        "Ana Torres   |   ETOL Main Page\n\n\nAna Torres\n\nA birthday for theory\n\n"
        "(Autumn 2008)\n\nFifty years ago a small group of socialists began a journal.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == ["A birthday for theory"]
    assert _x(root, "//tei:titleStmt/tei:author") == ["Ana Torres"]


def test_a_sic_with_who_wrote_it_and_a_starred_marker():
    root = _root(
        "A Note\n\nThey founded the Fourth Communist International [sic – MIA] in 1938, and "
        "they said so. [1*]\n\nThe rest of the story is long.\n"
    )
    assert root.xpath("count(//tei:body//tei:note[@subtype='sic'])", namespaces=NSMAP) == 1
    assert root.xpath("count(//tei:body//tei:ref)", namespaces=NSMAP) == 1
    ref_id = root.xpath("string(//tei:body//tei:ref/@xml:id)", namespaces=NSMAP)
    assert re.fullmatch(r"[A-Za-z_][\w.-]*", ref_id), ref_id  # an NCName: "1*" made it invalid


def test_a_bracket_that_opens_with_a_date_is_a_note_about_the_text_not_a_citation():
    root = _root(
        "[3. Mai 1934, eigene Übersetzung des englischen Textes]\n\nLieber Genosse Berg!\n\n"
        "Ich habe Ihren Brief erhalten und danke Ihnen dafür.\n\nIhr L. Trotzki\n"
    )
    assert not root.xpath("//tei:sourceDesc/tei:bibl[@type='printed']", namespaces=NSMAP)


def test_a_work_named_after_a_person_under_its_author_line():
    page = (
        "Mary Bell\n\nJohn Hart\n\nOrganiser and writer who built the union in the valley\n\n"
        "(11 April 2000)\n\nJohn Hart, who has died aged 82, was the finest organiser I knew.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == ["John Hart"]
    assert _x(root, "//tei:titleStmt/tei:author") == ["Mary Bell"]


def test_an_online_journal_cited_with_guillemets_and_number_year():
    page = (
        "Una entrevista\n\nFuente: Ana Ruiz y Luis Mora, «Una entrevista», Revista de Historia "
        "Obrera [En línea], 36 | 2018. Publicado el 24 enero 2019.\n\n"
        "Empezamos hablando de los años de la reforma agraria en el valle.\n"
    )
    root = _root(page)
    monogr = "//tei:sourceDesc//tei:monogr"
    assert _x(root, f"{monogr}/tei:title[@level='j']") == ["Revista de Historia Obrera"]
    assert _x(root, f"{monogr}//tei:biblScope[@unit='issue']") == ["36"]


def test_a_bracketed_note_that_opens_with_a_date_dates_the_text():
    root = _root(
        "[3. Mai 1934, eigene Übersetzung des englischen Textes]\n\nLieber Genosse Berg,\n\n"
        "ich habe Ihren Brief erhalten und danke Ihnen dafür.\n\nIhr L. Trotzki\n"
    )
    when = root.xpath("string(//tei:profileDesc/tei:creation/tei:date/@when)", namespaces=NSMAP)
    assert when == "1934-05-03"


def test_a_date_alone_above_the_text_dates_it():
    root = _root("12 March 1931\n\nThe strike is over, and the men went back on Monday.\n")
    when = root.xpath("string(//tei:profileDesc/tei:creation/tei:date/@when)", namespaces=NSMAP)
    assert when == "1931-03-12"
