"""Rules found missing on blind set O of real pages (issue #13): the person an interview's
opening is about (a name, then what the person is), a blog's page-view counter, a byline
with its date above a letter, a first-edition line that only dates the text beside the
line naming its source, an issue line ``X Issue N, date``. Small fixtures written for the
test."""

from __future__ import annotations

from tei.readers.transcription.navigation import is_navigation
from tei.readers.transcription.periodical_line import match_masthead
from tei.readers.transcription.speaker_names import headnote_subject
from tests.reading_helpers import root_of as _root
from tests.reading_helpers import texts as _x

VOLKOV = """„Der Großvater hätte es gekonnt“ – Interview mit dem Enkelsohn
Karl Brenner war 13, als Attentäter versuchten, ihn zu ermorden. Er lebt heute in Mexiko.
Wann hast du Deinen Großvater zum ersten Mal gesehen?
Auf der Insel in der Türkei. Aber ich war nur fünf Jahre alt und habe keine klaren
Erinnerungen an die Zeit dort, nur an das Meer.
Was sind Deine ersten Erinnerungen an ihn?
Ich war dreizehn, als ich hier in diesem Haus ankam, und er arbeitete jeden Tag an seinem Buch.
"""


def test_the_opening_about_a_person_names_the_interviewee():
    root = _root(VOLKOV)
    names = _x(root, "//tei:particDesc//tei:person[@role='interviewee']/tei:persName")
    assert names == ["Karl Brenner"]


def test_a_name_and_what_the_person_is_in_the_languages():
    assert headnote_subject("Ana Paredes is a teacher in Lima.") == "Ana Paredes"
    assert headnote_subject("Jorge Molina fue dirigente minero.") == "Jorge Molina"
    # a name in a sentence's middle, or one word, is not what the paragraph is about
    assert headnote_subject("The strike was long, and Ana Paredes was in Lima.") is None
    assert headnote_subject("Molina was there.") is None


def test_a_blogs_page_view_counter_is_chrome():
    for line in ("Total Pageviews", "Total de visualizações de página", "Páginas vistas en total"):
        assert is_navigation(line), line
    assert not is_navigation("Total de visualizações de página do meu livro sobre a greve")


LETTER = """An open letter to the mayor

By Peter Lindqvist (June 27, 1991)

Dear Mayor Jensen:

You have come to our town on June 18. This week marks the anniversary of the strike.
"""


def test_a_byline_with_its_date_above_a_letter():
    root = _root(LETTER)
    assert _x(root, "//tei:titleStmt/tei:author") == ["Peter Lindqvist"]
    assert root.xpath("//tei:dateline", namespaces={"tei": "http://www.tei-c.org/ns/1.0"}) == []
    dates = root.xpath(
        "//tei:sourceDesc//tei:date/@when | //tei:creation/tei:date/@when",
        namespaces={"tei": "http://www.tei-c.org/ns/1.0"},
    )
    assert "1991-06-27" in dates


FIRST_EDITION = """Entrevista a Carlos Lema

Xosé Manuel Pereira

25 de Agosto de 2004

Primeira Edição: 12 de Outubro de 2004

Fonte: Terra e Tempo em Rede — texto em Galego

Transcrição e HTML: Ana Sousa.

A luta continua nas fábricas e nos campos, e a organização cresce
todos os dias entre os trabalhadores.
"""


def test_a_first_edition_date_and_the_source_line_make_one_citation():
    root = _root(FIRST_EDITION)
    assert _x(root, "//tei:sourceDesc//tei:monogr/tei:title") == ["Terra e Tempo em Rede"]
    assert root.xpath(
        "//tei:sourceDesc//tei:monogr//tei:date/@when",
        namespaces={"tei": "http://www.tei-c.org/ns/1.0"},
    ) == ["2004-10-12"]
    assert _x(root, "//tei:titleStmt/tei:title[@type='sub']") == []
    assert _x(root, "//tei:titleStmt/tei:author") == ["Xosé Manuel Pereira"]


def test_an_issue_line_with_the_journal_its_number_and_date():
    cite = match_masthead("ISR Issue 61, September–October 2008")
    assert cite is not None
    assert (cite.journal, cite.issue, cite.date_text) == ("ISR", "61", "September–October 2008")
    assert match_masthead("Letter No. 3, to the comrades") is None


POLITIKEN = """An Interview by Politiken

"Are there particular reasons why you accepted the invitation to speak in Copenhagen?"

"Naturally it's a long way up here," he replies, "but I wanted to take a trip at the moment,
and I am fond of Scandinavia."

"Have you been to Denmark before?" I ask, after promising not to touch on politics.

"In 1910 I took part in the international socialist congress in
Copenhagen. I came here from England."

"We ended the congress with a big banquet in the city hall, and that was
a magnificent experience."
"""


def test_a_quoted_question_the_interviewer_says_was_asked():
    from tests.reading_helpers import who as _who

    assert _who(_root(POLITIKEN)) == [
        "#interviewer",
        "#interviewee",
        "#interviewer",
        "#interviewee",
    ]


def test_a_headnote_says_when_the_letter_was_written():
    from tei.readers.transcription.headnote import circumstance_date

    said = "This letter, to the veteran revolutionary, dates from June 1992. It is printed here."
    assert circumstance_date(said) == ("June 1992", {"when": "1992-06"})
    assert circumstance_date("It was written on 3 May 1938 in Coyoacán.")[1] == {
        "when": "1938-05-03"
    }
    # a date that the clause gives to another event is not the letter's
    assert circumstance_date("It was written one year after the strike of June 1992.") is None


def test_a_title_blocks_last_line_in_parentheses_is_the_subtitle():
    from tei.readers.transcription.title_block import colon_break

    assert colon_break(["Intervju med Karl Marx i", "Chicago Tribune", "(Urval)"]) == 2
    assert colon_break(["The strike at Catavi", "(1965)"]) == 0  # a date, not a subtitle
    root = _root(
        "Interview with the miners of\nSiglo Veinte\n(Excerpts)\n\n"
        "The miners spoke to us for two hours in the union hall about the strike and the army.\n"
    )
    assert _x(root, "//tei:titleStmt/tei:title[@type='sub']") == ["(Excerpts)"]


def test_weekdays_of_more_languages_before_a_date():
    from tei.dates import parse_date

    assert parse_date("sexta-feira, 9 de fevereiro de 2018") == {"when": "2018-02-09"}
    assert parse_date("venerdì 9 febbraio 2018") == {"when": "2018-02-09"}
    assert parse_date("пятница, 9 февраля 2018") == {"when": "2018-02-09"}
    assert parse_date("sexta-feira") is None


def test_a_long_breadcrumbs_last_item_may_be_long():
    crumb = "MIA: History: ETOL: Documents: FI: 1938-1949: 1948 2nd Congress of the FI"
    assert is_navigation(crumb)
    assert not is_navigation("Trotsky: The Permanent Revolution: Results and Prospects of the War")


def test_a_blogs_archive_heading_is_chrome():
    for line in ("Tag Archives: intervista", "Category Archives: Interviews", "Archivi tag: 15-M"):
        assert is_navigation(line), line


SOURCE_BELOW = """Delivered: July 19, 1920
Published:
Petrogradskaya Pravda No. 59 July 21, 1920.
Source:
Lenin
Collected Works,
Progress Publishers,
1971,
Volume 42,
pages 204b-205a.

Comrades, the congress of the Communist International has opened today in the city of the workers.
"""


def test_a_field_label_alone_with_its_value_on_the_lines_below():
    root = _root(SOURCE_BELOW.replace("the city of the workers", "the city of\nthe workers"))
    cited = _x(root, "//tei:front//tei:bibl[@type='source']")
    assert len(cited) == 2 and cited[1].startswith("Source:Lenin")  # (lines kept as <lb/>)
    assert cited[1].endswith("pages 204b-205a.")
    # the Source: line names the edition transcribed: the printed source (set Q's rule)
    assert _x(root, "//tei:sourceDesc//tei:monogr/tei:title")[0] == "Lenin Collected Works"


def test_the_issue_before_the_journals_name_in_a_citation():
    from tei.readers.transcription.provenance import match_provenance

    cite = match_provenance("Source : numéro 31 de Quatrième Internationale, août-septembre 1946.")
    assert (cite.journal, cite.issue) == ("Quatrième Internationale", "31")
    assert match_provenance("Source: Issue 12 of Socialist Review, May 2000").issue == "12"


def test_an_archives_name_in_russian_is_chrome():
    assert is_navigation("Революционный архив")
    assert not is_navigation("Революционный архив Троцкого был продан в 1940 году")


def test_a_bracketed_year_after_a_day_and_month_is_supplied():
    from tei.readers.transcription.brackets import classify

    assert classify("London, den 18 december ", "1879") == "supplied"
    assert classify("Coyoacán, le 3 août ", "1940") == "supplied"
    assert classify("Volume 12 ", "1879") != "supplied"  # no month before it
