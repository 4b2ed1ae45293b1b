"""Dialogues, rubrics, bylines and issue lines as pages of the family print them (issue #13):
rules found missing on the sixth blind set of real pages. Small fixtures written for the
test."""

from __future__ import annotations

from tei.readers.transcription.speaker_turn import slug
from tei.xmlio import NSMAP
from tests.reading_helpers import root_of as _root
from tests.reading_helpers import texts as _x
from tests.reading_helpers import who as _who


def _removed(root) -> str:
    return " ".join(_x(root, "//tei:p[@xml:id='removed-lines']"))


LONG_TITLE_ABOVE_ISSUE = """“We should not look back to the old movements”: An interview with \
Rosa Lind

Anna Kern and Paul A. Weiss

Review Monthly 121 | November 2019

On September 26, 2019, Anna Kern and Paul A. Weiss conducted an interview with Rosa Lind.

Paul A. Weiss: You studied literature in graduate school. What drew you to politics?

Rosa Lind: I and my classmates had all become interested in politics through the movements.
"""


def test_a_long_title_above_the_issue_line_is_the_title_and_the_names_under_it_the_authors():
    root = _root(LONG_TITLE_ABOVE_ISSUE)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "“We should not look back to the old movements”: An interview with Rosa Lind"
    ]
    assert _x(root, "//tei:titleStmt/tei:author") == ["Anna Kern and Paul A. Weiss"]


RUBRIC = """Perspektive

„Mit seinem Tod verlor die Bewegung einen großen Strategen“

Zum 85. Jahrestag der Ermordung von Leo Trotzki

Vor 85 Jahren wurde er ermordet. Die Veranstaltung erinnerte daran, was er hinterließ.
"""


def test_a_one_word_section_above_the_title_is_a_rubric_and_von_after_a_noun_names_no_author():
    root = _root(RUBRIC)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "„Mit seinem Tod verlor die Bewegung einen großen Strategen“"
    ]
    assert _x(root, "//tei:titleStmt/tei:title[@type='sub']") == [
        "Zum 85. Jahrestag der Ermordung von Leo Trotzki"
    ]
    assert not _x(root, "//tei:titleStmt/tei:author")
    assert _x(root, "//tei:titlePart[@type='desc']") == ["Perspektive"]


NUMBERED_ISSUE = """Workers Review No. 1169

7 February 2020


The Press and the Working Masses


Dear friends and comrades at Workers Review,

I am happy with your excellent paper. I see much insight in it.
"""


def test_a_journal_and_its_number_is_the_issue_line():
    root = _root(NUMBERED_ISSUE)
    monogr = "//tei:sourceDesc//tei:monogr"
    assert _x(root, f"{monogr}/tei:title[@level='j']") == ["Workers Review"]
    assert _x(root, f"{monogr}/tei:biblScope[@unit='issue']") == ["1169"]
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "The Press and the Working Masses"
    ]


NUMBERED_TEXT = """Open Letter No. 3

To the members of the union, who have waited long enough for an answer from us.
"""


def test_a_numbered_letter_is_no_periodical():
    root = _root(NUMBERED_TEXT)
    assert not _x(root, "//tei:sourceDesc//tei:monogr/tei:title[@level='j']")


ARTICLE_IN = """Catégories

Jean Roux : Double et triple jeu. Réponse à M. Dupont et à P. Martin

Article de Jean Roux paru dans Jeune Révolution, Revue des étudiants, n° 2, juin 1946, p. 1-9

LE stalinisme n’avait pas besoin de l’existentialisme pour instiller son double jeu.
"""


def test_author_title_and_subtitle_on_one_line_and_an_article_paru_dans_citation():
    root = _root(ARTICLE_IN)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == ["Double et triple jeu"]
    assert _x(root, "//tei:titleStmt/tei:title[@type='sub']") == [
        "Réponse à M. Dupont et à P. Martin"
    ]
    assert _x(root, "//tei:titleStmt/tei:author") == ["Jean Roux"]
    monogr = "//tei:sourceDesc//tei:monogr"
    assert _x(root, f"{monogr}/tei:title[@level='j']") == ["Jeune Révolution"]
    assert _x(root, f"{monogr}/tei:biblScope[@unit='issue']") == ["2"]
    assert root.xpath(f"{monogr}//tei:date/@when", namespaces=NSMAP) == ["1946-06"]
    assert "Catégories" in _removed(root)


WHO_IS_ONLINE = """Multimedia

Kto przegląda

W tej chwili stronę przegląda 0 użytkowników i 12 gości.

Odpowiedź byłemu staliniście - ocena jednostek i zadania marksistów

LIST NASZEGO CZYTELNIKA:

Witajcie! Aktualnie przeżywam mocny kryzys ideowy i piszę do was z pytaniami.
"""


def test_a_who_is_online_box_is_chrome_and_a_letters_heading_is_no_speaker():
    root = _root(WHO_IS_ONLINE)
    removed = _removed(root)
    assert "Kto przegląda" in removed and "12 gości" in removed
    assert not _who(root)


YEARS_FIRST = """1843-50

Le parti de classe

Les ouvriers de tous les pays se sont réunis pour discuter de leur organisation commune.
"""


def test_a_span_of_years_first_on_the_page_is_the_archives_period():
    root = _root(YEARS_FIRST)
    assert "1843-50" in _removed(root)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == ["Le parti de classe"]


ITALIAN_BYLINE = """IN CHE MODO STALIN HA SCONFITTO L'OPPOSIZIONE?

di Lev Trotsky

La questione è stata posta molte volte, e la risposta non è mai stata semplice.
"""


def test_di_before_a_name_under_the_title_is_the_byline():
    root = _root(ITALIAN_BYLINE)
    assert _x(root, "//tei:titleStmt/tei:author") == ["Lev Trotsky"]


NORDIC_SOURCE = """Jeanette Olsen

Finnes det "trotskister" i Norge?


Trykt under tittelen "Vår nye avis" i Oktober nr. 1, 1937.


Spørsmålet om det finnes "trotskister" i Norge har i det siste beskjeftiget offentligheten.
"""


def test_a_nordic_printed_in_line_cites_the_periodical():
    root = _root(NORDIC_SOURCE)
    monogr = "//tei:sourceDesc//tei:monogr"
    assert _x(root, f"{monogr}/tei:title[@level='j']") == ["Oktober"]
    assert _x(root, f"{monogr}/tei:biblScope[@unit='issue']") == ["1"]


ONE_QUESTION = """Darren Holt, jeune chercheur australien, vient de rédiger un livre sur un penseur.

Une version courte de cet entretien est parue dans la revue.

Comment as-tu découvert l’oeuvre de ce penseur ?

Je l’ai découverte par hasard en 2011, ayant trouvé un exemplaire dans une librairie.
"""


def test_one_question_put_to_someone_on_an_interview_page_and_the_headnotes_subject_answers():
    root = _root(ONE_QUESTION)
    assert _who(root) == ["#interviewer", "#interviewee"]
    assert _x(root, "//tei:person[@role='interviewee']/tei:persName") == ["Darren Holt"]


DASHES = """– Do you characterize yourself as a leftist and a Marxist today?

– In respect of beliefs, a worldview – definitely yes. However, one could reproach me.
"""


def test_dialogue_dashes_open_a_question_and_its_answer():
    root = _root(DASHES)
    assert _who(root) == ["#interviewer", "#interviewee"]
    assert root.xpath("//tei:titleStmt/tei:title/tei:supplied", namespaces=NSMAP)


DASH_RHETORIC = """The Question of Power

– What is to be done? The old question returns in every generation of the movement.

The answer has never been simple, and the movement has argued about it for a century.
"""


def test_a_dashed_question_that_goes_on_is_no_dialogue():
    assert not _who(_root(DASH_RHETORIC))


GREEK = """Ερ.: Γιατί θελήσατε να πάτε στον Τρότσκι;
Απ.: Από χαρά και ενθουσιασμό ότι θα τον συναντούσα.
Ερ.: Τι κινδύνους διέτρεχε;
Απ.: Απ’ την αστυνομοκρατία, μα περισσότερο απ’ τους Σταλινικούς.
"""


def test_greek_question_and_answer_words_label_turns():
    root = _root(GREEK)
    assert _who(root) == ["#interviewer", "#interviewee"] * 2
    assert _x(root, "//tei:sp[1]/tei:speaker") == ["Ερ.:"]


RADIO = """Е.КИСЕЛЕВ: Ну, вот, я даже не знаю, с чего начать наш разговор сегодня.
Л.МЛЕЧИН: Это сложный вопрос. Невозможно не ощущать этого.
"""


def test_an_initial_and_a_surname_in_capitals_label_two_speakers_with_two_ids():
    root = _root(RADIO)
    who = _who(root)
    assert len(who) == 2 and who[0] != who[1]
    assert len(root.xpath("//tei:person", namespaces=NSMAP)) == 2


def test_a_name_in_another_script_keeps_its_letters_in_its_id():
    assert slug("Л.МЛЕЧИН") == "л-млечин"
    assert slug("Hugo Blanco") == "hugo-blanco"
    assert slug("Е.КИСЕЛЕВ") != slug("Л.МЛЕЧИН")


INTERVIEWED_BY = """Alan Moor interviewed by the party's journal: the party needs a programme

"Aurora" is the daily paper of the party. Its Sunday edition has a wide circulation.

You are well known as a defender of the government. What was your relation with it?

My relation was always critical, and I said so in public from the first day onwards.

How would you rate the success of the reforms in improving the lives of the poor?

The reforms improved the lives of millions, though they were never carried through.
"""


def test_the_one_interviewed_by_someone_is_the_interviewee():
    root = _root(INTERVIEWED_BY)
    assert _x(root, "//tei:person[@role='interviewee']/tei:persName") == ["Alan Moor"]


ARCHIVE_CRUMB = """Leo Trotzki > 1938 >

Leo Trotzki 19380527 Brief an Kogan

Brief an Kogan

27. Mai 1938

Lieber Genosse Kogan,

ich habe Ihren Brief erhalten und danke Ihnen für die Nachrichten aus Paris.
"""


def test_the_authors_archive_in_the_breadcrumb_names_the_author_of_an_unsigned_page():
    root = _root(ARCHIVE_CRUMB)
    assert _x(root, "//tei:titleStmt/tei:author") == ["Leo Trotzki"]


AUTHOR_INDEX = """Anna Berg   |   ETOL Main Page

The Fiftieth Birthday of a Movement

(Autumn 2008)

The movement was fifty years old this autumn, and few of its founders are still with us.
"""


def test_the_authors_index_among_the_archives_links_names_the_author():
    root = _root(AUTHOR_INDEX)
    assert _x(root, "//tei:titleStmt/tei:author") == ["Anna Berg"]


TITLE_DATE = """Lettre à Auguste Dupont, 5 juillet 1931

Cher camarade,

Je vous remercie de votre lettre, qui m'est parvenue avec beaucoup de retard.

Votre L. Trotski.
"""


def test_a_title_that_ends_with_its_date_dates_the_text():
    root = _root(TITLE_DATE)
    assert root.xpath("//tei:profileDesc//tei:date/@when", namespaces=NSMAP) == ["1931-07-05"]


SENDER = """Trotsky ad Alfonso Rossi

Caro compagno,

ho ricevuto la vostra lettera e vi rispondo subito, per quanto posso.
"""


def test_a_letters_title_names_its_writer_before_the_addressee():
    root = _root(SENDER)
    assert _x(root, "//tei:titleStmt/tei:author") == ["Trotsky"]


MINER_NO_1 = """The New International, Spring 1960


Revised Interview With Siglo Veinte Miner No. 1

The strike began in the morning, and by noon the whole camp had stopped work.
"""


def test_a_title_ending_in_a_number_is_no_issue_line():
    root = _root(MINER_NO_1)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "Revised Interview With Siglo Veinte Miner No. 1"
    ]
