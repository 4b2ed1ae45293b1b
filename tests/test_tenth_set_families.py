"""Rules found missing on blind sets P and Q of real pages (issue #13): a header field's
label alone on its line above a value that looks like a label, the ``Source:`` line as the
printed source, a wiki's header table copied without its cell borders, numbered questions
before labelled answers, questions "put by" someone, Russian ordinal dates. Small fixtures
written for the test."""

from __future__ import annotations

from tei.dates import find_date, parse_date
from tei.readers.transcription.provenance import match_provenance
from tei.readers.transcription.table_fields import field_line
from tests.reading_helpers import root_of as _root
from tests.reading_helpers import texts as _x

CREDIT_BELOW = """Delivered: July 19, 1920
Translated: Bernard Isaacs
Transcription\\Markup:
D. Walters
Public Domain:
Lenin Internet Archive (2003).

Comrades, the congress of the Communist International has opened today in the city.
"""


def test_a_credit_label_alone_takes_the_line_below_even_when_it_looks_like_a_label():
    # "D. Walters" alone would read as an Italian "D." (domanda) label or as a title
    root = _root(CREDIT_BELOW)
    assert "D. Walters" not in _x(root, "//tei:titleStmt/tei:title")
    assert _x(root, "//tei:body//tei:sp") == []
    assert any("D. Walters" in n for n in _x(root, "//tei:sourceDesc//tei:note[@type='info']"))


PUBLISHED_AND_SOURCE = """Leon Trotsky

On the Events in Spain

First Published: The Militant, Vol. VI No. 12, March 19, 1933.
Source: Writings of Leon Trotsky 1932-33, Pathfinder Press, New York 1972, pages 118-121.

The events in Spain have shown once more that the revolution does not wait for anyone.
"""


def test_the_source_line_citing_an_edition_is_the_printed_source():
    root = _root(PUBLISHED_AND_SOURCE)
    monogr = "//tei:sourceDesc/tei:biblStruct/tei:monogr"
    assert _x(root, monogr + "/tei:title")[0] == "Writings of Leon Trotsky 1932-33"
    scope = root.xpath(monogr + "/tei:biblScope[@unit='page']", namespaces=_NS)[0]
    assert (scope.get("from"), scope.get("to")) == ("118", "121")


def test_a_source_line_naming_only_a_site_leaves_the_first_publication():
    text = PUBLISHED_AND_SOURCE.replace(
        "Source: Writings of Leon Trotsky 1932-33, Pathfinder Press, New York 1972, pages 118-121.",
        "Source: Marxists Internet Archive.",
    )
    root = _root(text)
    assert _x(root, "//tei:sourceDesc/tei:biblStruct/tei:monogr/tei:title")[0] == "The Militant"


def test_pages_with_a_column_letter_and_the_word_pages():
    cite = match_provenance("Source: Lenin Collected Works, 1971, Volume 42, pages 204b-205a.")
    assert (cite.journal, cite.volume, cite.pages) == (
        "Lenin Collected Works",
        "42",
        ("204b", "205a"),
    )


def test_a_wiki_header_table_without_its_cell_borders():
    assert field_line("Author(s) Lenin") == "Author(s): Lenin"
    assert field_line("Written 18 February 1920") == "Written: 18 February 1920"
    # a sentence that starts with the same word is no row
    assert field_line("Written in prison, the text reached us late.") is None
    assert field_line("Delivered by hand to the committee") is None


WIKI = """In Reply To Questions Put By Karl Wiegand

Author(s) Lenin
Written 18 February 1920

Berlin Correspondent Of Universal Service

1. Do we intend to attack Poland and Rumania?

No. We have declared most emphatically and officially our peaceful intentions to all.

2. What are our plans in Asia?

They are the same as in Europe: peaceful coexistence with all peoples of the world.
"""


def test_questions_put_by_a_named_person_and_an_author_row():
    root = _root(WIKI)
    asker = "//tei:particDesc//tei:person[@role='interviewer']/tei:persName"
    assert _x(root, asker) == ["Karl Wiegand"]  # not "Of Universal Service"
    assert _x(root, "//tei:titleStmt/tei:author") == ["Lenin"]
    assert "Author(s) Lenin" not in " ".join(_x(root, "//tei:titleStmt/tei:title"))


STRIKERS = """1- Est-ce que tu es en grève ? Pourquoi es-tu en grève ?
Grognon : Oui, je suis en grève contre la réforme des retraites, et contre sa politique.
Raph : Oui, trois jours de suite ! C'est historique dans notre secteur.
2- Est-ce que tu vas quand même au travail ? Et comment ?
Grognon : Je suis assistant d'éducation. J'y vais à pied, pour discuter avec les profs.
Raph : Oui, je vais au travail pour mobiliser et organiser des assemblées.
"""


def test_numbered_questions_before_labelled_answers_are_the_interviewers():
    root = _root(STRIKERS)
    turns = root.xpath("//tei:body//tei:sp", namespaces=_NS)
    assert len(turns) == 6
    assert [t.get("who") for t in turns[::3]] == ["#interviewer", "#interviewer"]


def test_a_russian_ordinal_day():
    assert parse_date("28-го августа 1940 г.") == {"when": "1940-08-28"}
    assert find_date("Нью Йорк, 28-го августа 1940 г.")[1] == {"when": "1940-08-28"}


def test_months_and_weekdays_of_more_languages():
    assert parse_date("4 de juliol de 1936") == {"when": "1936-07-04"}  # Catalan
    assert parse_date("Κυριακή 5 Νοέμβρη 2006") == {"when": "2006-11-05"}  # Greek, spoken form
    assert parse_date("12 května 1950") == {"when": "1950-05-12"}  # Czech
    assert parse_date("5 березня 1953") == {"when": "1953-03-05"}  # Ukrainian
    assert parse_date("3 listopada 1920") == {"when": "1920-11-03"}  # Polish, unchanged


WRAPPED_CREDIT = """Eerste publicatie: 14 juni 1924, Pravda
Vertaling: Peter den Haan, voor LSP, december 2005
HTML: Maarten
Vanheuverswyn, voor het Marxists Internet Archive, januari
2006
Deze versie: Spelling aangepast
Deze toespraak werd gegeven aan studenten van het district op 10 juni 1924, en later gedrukt.
"""


def test_a_fields_value_wrapped_onto_short_lines_up_to_the_next_field():
    root = _root(WRAPPED_CREDIT)
    infos = _x(root, "//tei:sourceDesc//tei:note[@type='info']")
    assert any("Maarten Vanheuverswyn, voor het Marxists Internet Archive" in n for n in infos)
    assert any(n.startswith("Deze versie:") for n in infos)
    assert _x(root, "//tei:titleStmt/tei:title[@type='sub']") == []
    monogr = "//tei:sourceDesc/tei:biblStruct/tei:monogr"
    assert _x(root, monogr + "/tei:title") == ["Pravda"]  # the date before the journal
    assert _x(root, monogr + "/tei:imprint/tei:date") == ["14 juni 1924"]


def test_credits_of_more_languages():
    from tei.readers.transcription.provenance import match_credit

    assert match_credit("Adaptacja: Wojtek - Polska Sekcja MIA - listopad 2002") is not None
    assert match_credit("Расшифровка М.В.Котова") is not None


STOPPED = """Leon Trotsky.

Three Years of Struggle and Learning.

Written: 6 November 1920

Comrades, three years have passed since the working class took power in this country.
"""


def test_front_lines_all_closed_by_a_full_stop_are_read_without_it():
    root = _root(STOPPED)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "Three Years of Struggle and Learning"
    ]
    assert _x(root, "//tei:titleStmt/tei:author") == ["Leon Trotsky"]


def test_a_stopped_line_above_an_unstopped_title_stays_what_it_was():
    kicker = STOPPED.replace("Three Years of Struggle and Learning.", "Three Years of Struggle")
    kicker = kicker.replace("Leon Trotsky.", "At the hour of the fight against the left course.")
    root = _root(kicker)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == ["Three Years of Struggle"]


def test_a_byline_of_an_initial_alone():
    from tei.readers.transcription.blocks import Block
    from tei.readers.transcription.front import classify_title_line

    assert classify_title_line(Block(["Av H."], 1)) == "byline"
    assert classify_title_line(Block(["By J. R."], 1)) == "byline"


def test_more_credit_and_field_words():
    from tei.readers.transcription.provenance import match_credit, match_info

    for line in (
        "© Direitos de tradução reservados por Edições Avante, 1977.",
        "Direitos de Reprodução: © Editorial Avante, 1982.",
        "Digitalisering: Martin Fahlgren",
    ):
        assert match_credit(line) is not None, line
    assert match_info("Skrivet: I juli-november 1914") == ("Skrivet", "I juli-november 1914")


PORTUGUESE = """Pronunciado: a 26 de Julho de 1918.
Primeira Edição: Publicado segundo o manuscrito. Primeira publicação integral em 1929.
Fonte: Obras Escolhidas em Três Tomos, 1978, Edições Avante! - Lisboa.
Transcrição: Partido Comunista Português
Enviado: Diego Grossi Pacheco
HTML: Fernando A. S. Araújo, março 2009.

Os Sovietes são a forma superior de governo do povo. Apareceram e cresceram na luta.
"""


def test_an_unknown_field_between_two_fields_and_no_wrapped_value_of_its_own():
    root = _root(PORTUGUESE)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']")[0] != "Enviado: Diego Grossi Pacheco"
    infos = _x(root, "//tei:sourceDesc//tei:note[@type='info']")
    assert "Enviado: Diego Grossi Pacheco" in infos
    # the source line names a book: it is the printed source, not the first edition's sentence
    monogr = "//tei:sourceDesc/tei:biblStruct/tei:monogr/tei:title"
    assert _x(root, monogr) == ["Obras Escolhidas em Três Tomos"]


HAGUE = """C. MARX Y F. ENGELS

DE LAS RESOLUCIONES DEL CONGRESO GENERAL CELEBRADO EN LA HAYA

2-7 de septiembre de 1872

El congreso se reunió en septiembre y resolvió lo que sigue sobre los estatutos.
"""


def test_names_by_initials_joined_on_one_line_are_the_authors():
    root = _root(HAGUE)
    title = "//tei:titleStmt/tei:title[@type='main']"
    assert _x(root, title) == ["DE LAS RESOLUCIONES DEL CONGRESO GENERAL CELEBRADO EN LA HAYA"]
    assert _x(root, "//tei:titleStmt/tei:author") == ["C. MARX Y F. ENGELS"]
    text = "K. Marx - F. Engels\n\nOn the Congress at The Hague\n\nThe congress met and resolved.\n"
    assert _x(_root(text), title) == ["On the Congress at The Hague"]
    # names without initials joined on one line may be a title ("Lenin and Trotsky")
    from tei.readers.transcription.name_shapes import initialled_names

    assert not initialled_names("Lenin and Trotsky")


BROKEN_TITLE = """V. I. Lenin

In Reply To Questions Put By

A Correspondent Of The Daily Express

Interviewed: 18 February, 1920

1. What is our attitude towards the raising of the blockade?

We consider it a big step forward, towards peaceful work and the electrification of Russia.
"""


def test_a_title_line_ending_in_a_preposition_goes_on_in_the_next_block():
    root = _root(BROKEN_TITLE)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "In Reply To Questions Put By A Correspondent Of The Daily Express"
    ]
    assert _x(root, "//tei:titleStmt/tei:title[@type='sub']") == []
    date = root.xpath("//tei:sourceDesc//tei:date | //tei:creation/tei:date", namespaces=_NS)
    assert "1920-02-18" in [d.get("when") for d in date]


DISCUSSION = """Дискуссии с Троцким

Делегация руководящих членов партии приехала в Мексику для серии дискуссий.

Троцкий: Во всех секциях обсуждались эти вопросы, и мы должны их решить сегодня.
"""


def test_a_russian_label_named_in_the_opening_in_another_case():
    root = _root(DISCUSSION)
    assert len(root.xpath("//tei:body//tei:sp", namespaces=_NS)) == 1
    from tei.readers.transcription.speaker_turn import _declined

    assert _declined("троцкий", "дискуссии с троцким") == "троцким"
    assert _declined("ленин", "статья о ленинизме и партии") is None  # another word


MOLL = """Intervista ad Arturo Moll

Luigi: Buongiorno, lei ha scritto il libro?
Arturo Moll: Sì, l'ho scritto io, molti anni fa, in un'altra città.
L.: Chi è Arturo Moll?
A.M.: E a lei cosa importa? Io scrivo, e basta.
"""


def test_dotted_initials_label_the_speaker_and_join_the_full_name():
    from tei.readers.transcription.label_shapes import candidate

    assert candidate("A.M.: E a lei cosa importa?").key == "A.M."
    assert candidate("A. It showed that a union can stand.").form == "qa"  # A. = answer
    root = _root(MOLL)
    turns = root.xpath("//tei:body//tei:sp", namespaces=_NS)
    assert [t.get("who") for t in turns] == ["#luigi", "#arturo-moll"] * 2


TRIBUTE = """A Tribute To The Fallen

Friday 9 May 2003, by Livio Maitan

Many comrades, men and women, have left us since the last world congress of our movement.
"""


def test_a_web_pages_date_and_byline_on_one_line():
    from tei.readers.transcription.bylines import byline_parts

    assert byline_parts("TUESDAY 9 JULY 2024, BY ANNA LIBERA") == (
        "ANNA LIBERA",
        "TUESDAY 9 JULY 2024",
    )
    assert byline_parts("24.08.2014 | Lev TROÇKİ") == ("Lev TROÇKİ", "24.08.2014")
    assert byline_parts("04.08.2014 | Lev TROÇKİ") is None  # (day and month ambiguous)
    assert byline_parts("In the spring, by the river") is None  # no date
    root = _root(TRIBUTE)
    assert _x(root, "//tei:titleStmt/tei:author") == ["Livio Maitan"]
    assert _x(root, "//tei:titleStmt/tei:title[@type='sub']") == []
    assert "2003-05-09" in [d.get("when") for d in root.xpath("//tei:date", namespaces=_NS)]


def test_search_and_print_words_and_glued_share_buttons_are_chrome():
    from tei.readers.transcription.navigation import is_navigation

    for line in (
        "RSS SyndicationTwitterFacebook",
        "Rechercher",
        "Imprimir",
        "Cerca nel sito",
        "Inicio »Noticias, Historia  »",
    ):
        assert is_navigation(line), line
    assert not is_navigation("Zeitschrift »outside the box« und »Phase 2« heute »")


LUDWIG = """J. V. Stalin

An Interview with the German Author Emil Ludwig

Date of Interview: December 13, 1931
Date Published: 1932
Publisher: Co-Operative Publishing Society of Foreign Workers in the U.S.S.R., Moscow
Transcription/Markup: Brian Reid

Ludwig: I am very much obliged to you for having found it possible to grant me this interview.

Stalin: You are very modest.
"""


def test_more_fields_of_the_mia_header_block():
    root = _root(LUDWIG)
    assert [t.get("who") for t in root.xpath("//tei:body//tei:sp", namespaces=_NS)] == [
        "#ludwig",
        "#stalin",
    ]  # "Publisher:" is a field, never a speaker
    assert "1931-12-13" in [d.get("when") for d in root.xpath("//tei:date", namespaces=_NS)]
    assert _x(root, "//tei:titleStmt/tei:title[@type='sub']") == []


def test_an_ordinal_first_of_the_month():
    assert parse_date("1° de mayo de 1929") == {"when": "1929-05-01"}
    assert parse_date("1º de mayo de 1929") == {"when": "1929-05-01"}


VOLUME_ABOVE = """Ленин В.И. Полное собрание сочинений Том 7

ПРОЕКТЫ РЕЗОЛЮЦИЙ КО II СЪЕЗДУ РСДРП

Написано в июне—июле 1903 г.

Принимая во внимание, что самое полное и самое тесное единство борющегося пролетариата необходимо.
"""


def test_a_volume_of_collected_works_above_the_title_names_its_author():
    from tei.readers.transcription.front import collection_author, collection_line

    assert collection_line("Lenin, Collected Works, Volume 30")
    assert collection_author("Ленин В.И. Полное собрание сочинений Том 7") == "Ленин В.И."
    assert not collection_line("Collected Works and Days")  # no volume: no collection line
    root = _root(VOLUME_ABOVE)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "ПРОЕКТЫ РЕЗОЛЮЦИЙ КО II СЪЕЗДУ РСДРП"
    ]
    assert _x(root, "//tei:titleStmt/tei:author") == ["Ленин В.И."]


GREEK = """Συνέντευξη του γενικού γραμματέα στην εφημερίδα

- Κύριε Γενικέ, η χώρα μας ζει αλλεπάλληλες κρίσεις. Τι είναι αυτό που σας ανησυχεί;

- Προφανώς μας ανησυχούν οι επιπτώσεις όλων αυτών των κρίσεων στη ζωή του λαού μας.
"""


def test_the_greek_question_mark_asks():
    root = _root(GREEK)
    turns = root.xpath("//tei:body//tei:sp", namespaces=_NS)
    assert [t.get("who") for t in turns] == ["#interviewer", "#interviewee"]


CBS = """Imprimir

Rescatan histórica entrevista de Ernesto Che Guevara con CBS en 1964 (+ Fotos y Video)

| 69 |

El programa de la televisión rescató del olvido una entrevista que ofreció el Comandante
al periodista Paul Niven en 1964.

Sr. Niven: Comandante Guevara, en su discurso usted dijo que la revolución seguirá su camino?
"""


def test_a_headline_with_a_part_in_parentheses_a_share_counter_and_an_honorific_label():
    root = _root(CBS)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "Rescatan histórica entrevista de Ernesto Che Guevara con CBS en 1964 (+ Fotos y Video)"
    ]
    removed = _x(root, "//tei:list[@type='removed']/tei:item")
    assert "| 69 |" in removed
    assert [s.get("who") for s in root.xpath("//tei:body//tei:sp", namespaces=_NS)] != []


DELPHI = """Portavoz del Colectivo de Mujeres

[Esta entrevista fue realizada el 16 de marzo, una semana antes de la huelga general.]

El Militante.- A un mes del inicio del conflicto, ¿qué valoración hacéis de la situación?
Antonia Roca.- Las mujeres vemos que las cosas van muy lentas. Tenemos ansias de una solución.
EM.- La Junta por el momento se está limitando a plantear acciones legales, ¿qué valoración hacéis?
A.R.- La empresa se comprometió a mantener la fábrica hasta el 2010, y no lo va a hacer.
EM.- Desde el principio se ha visto a las mujeres en la calle, ¿cómo lo habéis vivido?
A.R.- Las mujeres de Puerto Real no es la primera vez que peleamos por los puestos de trabajo.
"""

FIOM = """Abbiamo intervistato Michele De Palma sullo stato delle relazioni sindacali.

Tommaso Cerusici - Vorrei partire da quanto sta avvenendo in questi mesi in fabbrica.

Michele De Palma - Dalla firma del contratto in poi i momenti d'incontro sono stati pochi.

Tommaso Cerusici - Quindi non ci sono altre discussioni aperte tra le organizzazioni?

Michele De Palma - Rispetto alla contrattazione il fatto epocale è la scelta dell'azienda.
"""


def test_labels_ending_in_a_point_and_a_hyphen_and_their_short_forms():
    from tei.readers.transcription.label_shapes import candidate

    assert candidate("D.- Che cosa pensi?").label == "D.-"
    assert candidate("P. - Que pensa?").label == "P. -"
    turns = _root(DELPHI).xpath("//tei:body//tei:sp", namespaces=_NS)
    assert [t.get("who") for t in turns] == ["#el-militante", "#antonia-roca"] * 3


def test_name_labels_before_a_spaced_hyphen_when_they_recur():
    turns = _root(FIOM).xpath("//tei:body//tei:sp", namespaces=_NS)
    assert [t.get("who") for t in turns] == ["#tommaso-cerusici", "#michele-de-palma"] * 2
    # once only, a name before a hyphen is an attribution or a list of names, no label
    once = "K. Marx - F. Engels\n\nLa social-démocratie\n\nFr. Engels - Préface à la brochure.\n"
    assert _root(once).xpath("//tei:body//tei:sp", namespaces=_NS) == []


NORTH = """Reply to eight questions from a Soviet journalist

1. Would you tell us a little about the history of the Fourth International?

David North: The Fourth International was founded officially in September 1938 near Paris.
"""

HODARA = """Questions à Etienne Hodara, responsable régional de Lutte ouvrière :

Cette semaine, Lutte Ouvrière sera dans les rues. L'objectif ?

- Aller discuter avec les passants des attaques multiples dont nous sommes l'objet.

Et de quelles attaques sont-ils victimes ?

- Des attaques sur l'emploi, avec des rafales de suppressions de postes depuis un an.
"""


def test_a_name_label_answering_a_numbered_question_and_questions_put_to_someone():
    turns = _root(NORTH).xpath("//tei:body//tei:sp", namespaces=_NS)
    assert [t.get("who") for t in turns] == ["#interviewer", "#david-north"]
    root = _root(HODARA)
    whos = [t.get("who") for t in root.xpath("//tei:body//tei:sp", namespaces=_NS)]
    assert whos == ["#interviewer", "#interviewee"] * 2
    asked = "//tei:particDesc//tei:person[@role='interviewee']/tei:persName"
    assert _x(root, asked) == ["Etienne Hodara"]


COPERS = """Interview: Caroline Copers over het Vlaams ABVV

We kunnen er niet omheen: Vlaanderen lijkt almaar meer te verrechtsen. Hoe zorgwekkend is dat?

CAROLINE: Dat is zeer zorgwekkend, al was het maar omdat solidariteit onder druk staat.

Toevallig is de Vlaamse minister van Werk al een N-VA'er. Hoe staat het met zijn beleid?

CAROLINE: Muyters heeft zich altijd wat verscholen achter het argument van het overleg.
"""


def test_a_question_right_above_the_one_labelled_speakers_answer_is_the_interviewers():
    turns = _root(COPERS).xpath("//tei:body//tei:sp", namespaces=_NS)
    assert [t.get("who") for t in turns] == ["#interviewer", "#caroline"] * 2


def test_initials_with_an_apostrophe_alone_on_their_line():
    from tei.readers.transcription.label_shapes import bare_label

    assert bare_label("FO’G").key == "FO’G"
    assert bare_label("O’") is None


def test_the_mias_numbered_note_markers_and_a_bracketed_year_stays_a_year():
    from tei.readers.transcription.brackets import classify

    assert classify("do People's Paper", "N210") == "marker"
    assert classify("London, den 18 december ", "1879") == "supplied"
    assert classify("in the year ", "2024") != "marker"


KHAMOVNIKI = """V. I. Lenin

Speech At A Meeting Of

Working Men And Women, Red Army Men And Young People

Of Khamovniki District, Moscow, Held To Mark The Fourth Anniversary

Comrades, we are celebrating the fourth anniversary of the revolution in difficult times.
"""


def test_a_title_over_three_blocks_that_go_on_from_each_other():
    root = _root(KHAMOVNIKI)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "Speech At A Meeting Of Working Men And Women, Red Army Men And Young People"
        " Of Khamovniki District, Moscow, Held To Mark The Fourth Anniversary"
    ]
    assert _x(root, "//tei:titleStmt/tei:author") == ["V. I. Lenin"]
    # a byline below a title never goes on with it
    byline = _root("The Road Ahead\n\nby Max Shachtman\n\nThe party met in New York.\n")
    assert _x(byline, "//tei:titleStmt/tei:title[@type='main']") == ["The Road Ahead"]


def test_a_name_with_a_pen_name_and_a_how_to_cite_widget():
    from tei.readers.transcription.name_shapes import is_name_like
    from tei.readers.transcription.navigation import is_navigation

    assert is_name_like("Pieter Wiedijk (J. Saks)")
    assert not is_name_like("Trotsky (1938)")
    assert is_navigation("| Hoe te citeren?")


_NS = {"tei": "http://www.tei-c.org/ns/1.0"}
