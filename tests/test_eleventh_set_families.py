"""Rules found missing on blind sets T and U of real pages (issue #13): bare initials as
labels (an interviewer's notes), a question and its answer in one paragraph parted by a
dash, a printed date that no calendar has. Small fixtures written for the test."""

from __future__ import annotations

import pytest

from tei.dates import find_date, parse_date
from tei.xmlio import NSMAP as _NS
from tests.reading_helpers import root_of as _root
from tests.reading_helpers import texts as _x
from tests.reading_helpers import who as _who

NOTES = """worked at the plant from 1931, notes of the talk
PF what was the state of the union when you started?
EL  nothing but the Communists, who put out a paper they called the Ford Worker.
PF when did the first beginnings of organisation take place?
EL  around 1935 the MESA made some feeble efforts to organise skilled workers.
PF  could you be more specific about those inroads
EL  numerically maybe several hundred out of several thousands.
"""


def test_bare_initials_that_take_turns_label_the_turns():
    root = _root(NOTES)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == ["PF", "EL"] * 3
    assert _who(root) == ["#pf", "#el"] * 3
    said = _x(root, "//tei:body//tei:sp/tei:p")
    assert said[1].startswith("nothing but the Communists")
    # the note above the first label is no turn
    assert _x(root, "//tei:front//tei:p")[0].startswith("worked at the plant")


def test_initials_opening_prose_paragraphs_are_no_labels():
    # acronyms open paragraphs of prose too, but they do not take turns
    text = (
        "The Strike\n\n"
        "US troops were sent to the coalfields in the spring of that year.\n\n"
        "TUC leaders met the miners' delegates the week after.\n\n"
        "US officials denied that the troops were there to break the strike.\n\n"
        "US newspapers printed the denial on their front pages.\n\n"
        "TUC members voted to send money to the strikers.\n"
    )
    root = _root(text)
    assert _x(root, "//tei:body//tei:sp") == []
    assert any(p.startswith("US troops") for p in _x(root, "//tei:body//tei:p"))


PAIRED = """Entrevista - Manchete / 1978

Nesta entrevista o metalúrgico conta suas experiências de trabalho.

Quais foram seus primeiros empregos? - Com 11 anos já trabalhava numa tinturaria.

- Em que bairro morava? - No Ipiranga. Depois entrei numa fábrica.

- Firma pequena? - Firma pequena, sim. Depois trabalhei 11 meses em outra empresa.

- Você sempre teve consciência das falhas da legislação? - Não. Numa determinada época acreditei.
"""


def test_a_question_and_its_answer_in_one_paragraph_are_two_turns():
    root = _root(PAIRED)
    assert _who(root) == ["#interviewer", "#interviewee"] * 4
    said = _x(root, "//tei:body//tei:sp/tei:p")
    assert said[:4] == [
        "Quais foram seus primeiros empregos?",
        "- Com 11 anos já trabalhava numa tinturaria.",
        "- Em que bairro morava?",
        "- No Ipiranga. Depois entrei numa fábrica.",
    ]


def test_a_question_and_a_dash_in_an_article_stay_one_paragraph():
    # not an interview's page: a rhetorical question and a dash are prose
    text = PAIRED.replace("Entrevista", "Artigo").replace("Nesta entrevista o", "O")
    root = _root(text)
    assert _x(root, "//tei:body//tei:sp") == []
    assert "Quais foram seus primeiros empregos? - Com 11 anos já trabalhava numa tinturaria." in (
        _x(root, "//tei:body//tei:p")
    )


@pytest.mark.parametrize(
    "printed", ["June 31, 2011", "31 June 2011", "29 February 1900", "31/06/2011", "2011-02-30"]
)
def test_a_date_no_calendar_has_gets_no_iso_value(printed):
    assert parse_date(printed) is None


def test_a_leap_day_and_the_last_day_of_a_month_are_dates():
    assert parse_date("29 February 2000") == {"when": "2000-02-29"}
    assert parse_date("June 30, 2011") == {"when": "2011-06-30"}
    assert find_date("Posted on June 31, 2011 by admin") is None


def test_a_page_dated_on_an_impossible_day_stays_valid():
    text = "Interview with Clyde Young\n\nJune 31, 2011\n\nQ: When did you join?\n\nA: In 1970.\n"
    root = _root(text)
    assert not root.xpath("//*[@when='2011-06-31']")
    assert "June 31" in " ".join(root.itertext())


FLATTENED = """Intervista di Daniele Ceschin, registrata a Vicenza il 7 dicembre 2001.
Si presenti brevemente, per favore.
Mi chiamo Franco, sono nato a Chiampo, vivo a Chiampo. Ho lavorato per un po’ in quella
zona e poi nel 1977 sono emigrato negli Stati Uniti e sono ritornato nel 1986. Da allora lavoro
presso una ditta abbastanza fiorente che ha una filiale anche in Texas e nonostante la crisi va
molto bene anche adesso.
Come è composta la sua famiglia?
Sono sposato con tre bambini. Uno ha 18 anni, una ne ha 14 e mezzo e una bambina di 7 anni. Mia
moglie lavora mezza giornata, perché altrimenti non ce la faremmo ad andare avanti e pagare.
Qual è il suo grado d’istruzione?
Ho un bachelor in Business administration conseguito all’Università di Seattle che è una
sorta di diploma di laurea che, siccome conseguita all’estero, non è riconosciuta qui da noi.
"""


def test_a_flattened_page_ends_its_paragraphs_at_short_closed_lines():
    root = _root(FLATTENED)
    assert _who(root) == ["#interviewer", "#interviewee"] * 2
    said = _x(root, "//tei:body//tei:sp/tei:p")
    assert said[0] == "Come è composta la sua famiglia?"
    assert said[1].startswith("Sono sposato") and said[1].endswith("andare avanti e pagare.")
    assert said[2] == "Qual è il suo grado d’istruzione?"
    paras = _x(root, "//tei:text//tei:p")
    assert any(p.startswith("Mi chiamo Franco") and p.endswith("anche adesso.") for p in paras)


def test_an_indented_flattened_page_keeps_its_lines_in_one_paragraph():
    # a web page's markup flattened: its line breaks are the markup's, not paragraph ends
    text = "Title of the article\n\n" + "".join(
        "        " + line + "\n" for line in FLATTENED.splitlines()[2:6]
    )
    paras = _x(_root(text), "//tei:body//tei:p")
    assert len(paras) == 1 and paras[0].endswith("anche adesso.")


def test_two_long_lines_without_a_blank_between_are_two_paragraphs():
    # a page of one paragraph a line, most parted by blank lines, two of them not
    first = "Po roce magických osmiček vstupujeme opět do roku významných výročí, " * 3
    second = "Budou pokračovat v tom, co loni nastartovali. A útoky budou stupňovat. " * 3
    text = f"Rozhovor s Janem Fojtíkem\n\n     {first.strip()}?\n     {second.strip()}\n\n"
    text += "     Ano, bylo mi jednačtyřicet. Z Rudého práva jsem musel odejít.\n"
    paras = _x(_root(text), "//tei:text//tei:p")
    assert paras[0].endswith("výročí,?") and paras[1].startswith("Budou pokračovat")
    assert len(paras) == 3


SOYLESI = """BAĞIMSIZ MADEN-İŞ

Söyleşi: Bekir Avcı
21 Eylül 2019

Bağımsız Maden-İş’in genel başkanı Tahir Çetin ile konuştuk.

Maden iş kolundaki özelleştirme işçiyi nasıl vuruyor?

Tahir Çetin: 2000’lerin başında madenler tamamen özel sektöre devredildi.
"""


def test_a_name_label_with_an_accented_capital_is_a_label():
    root = _root(SOYLESI)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == ["Tahir Çetin:"]
    assert _who(root)[-1] == "#tahir-cetin"


def test_an_interview_byline_alone_on_its_line_names_the_interviewer():
    root = _root(SOYLESI)
    people = root.xpath("//tei:particDesc//tei:person", namespaces=_NS)
    roles = {p.get("role"): " ".join("".join(p.itertext()).split()) for p in people}
    assert "Bekir Avcı" in roles["interviewer"]
    assert "Tahir Çetin" in roles["interviewee"]


QUESTIONNAIRE = """TR, chef de train

Dans quelle entreprise travailles-tu aujourd’hui depuis des années ?
TR : Le Canadien National
À quel secteur appartient-elle ?
TR : Logistique.
Dépend-elle d’un trust ou d’une multinationale ?
TR : Oui.
Que produit ton entreprise ou quels services vend-elle ?
TR : Transport de marchandises par trains.
Ton entreprise reçoit-elle des subventions de l’État ?
TR : Oui.
Comment le travail est-il organisé au niveau du temps :
TR : Par ancienneté. On est appelé selon notre ancienneté.
"""


def test_a_recurring_label_below_a_question_answers_it_though_its_text_is_short():
    root = _root(QUESTIONNAIRE)
    speakers = _x(root, "//tei:body//tei:sp/tei:speaker")
    assert speakers == ["TR :"] * 6
    said = _x(root, "//tei:body//tei:sp[tei:speaker]/tei:p")
    assert said[0] == "Le Canadien National"


def test_a_short_paragraph_between_two_answers_is_the_interviewers_question():
    root = _root(QUESTIONNAIRE)
    asked = _x(root, "//tei:body//tei:sp[@who='#interviewer']/tei:p")
    assert "Comment le travail est-il organisé au niveau du temps :" in asked
    assert len(asked) == 6


def test_a_date_alone_on_its_line_under_a_byline_is_the_pages_date():
    root = _root(SOYLESI)
    assert root.xpath("//tei:profileDesc/tei:creation/tei:date/@when", namespaces=_NS) == [
        "2019-09-21"
    ]
    assert "21 Eylül 2019" not in " ".join(_x(root, "//tei:titleStmt/tei:title"))


def test_a_year_alone_inside_a_fields_value_stays_in_it():
    text = (
        "Source:\nLenin\nCollected Works,\n1971,\nMoscow,\nVolume 42,\npages 204b-205a.\n\nText.\n"
    )
    root = _root(text)
    assert not root.xpath("//tei:titlePage/tei:docDate", namespaces=_NS)


HEADLINE_DATE = """Léon Trotsky

UNE INTERVIEW DE TROTSKY

dans Paris-Midi

16 février 1937

Au moment où la personnalité de Trotsky suscite partout les commentaires, notre envoyé l’a vu.
"""


def test_a_date_alone_at_the_head_of_the_text_dates_the_work():
    root = _root(HEADLINE_DATE)
    dates = root.xpath("//tei:profileDesc/tei:creation/tei:date", namespaces=_NS)
    assert [(d.get("when"), d.text) for d in dates] == [("1937-02-16", "16 février 1937")]
    assert "16 février 1937" in _x(root, "//tei:text//tei:p")  # the line stays where it is


def test_a_year_alone_at_the_head_of_the_text_dates_nothing():
    root = _root(HEADLINE_DATE.replace("16 février 1937", "1937"))
    assert not root.xpath("//tei:profileDesc/tei:creation/tei:date", namespaces=_NS)


SYNENTEUXI = """ΓΓ ΠΕΟ: “Κυρίαρχο ζήτημα του Συνεδρίου η επαναρύθμιση των εργασιακών σχέσεων”

Συνέντευξη στην Άντρη Μιχαήλ

Κάτω από ποιες συνθήκες πραγματοποιείται το 28ο Παγκύπριο Συνέδριο της ΠΕΟ;

Δεν χωράει αμφιβολία ότι το Συνέδριο πραγματοποιείται σε ιδιαίτερα δύσκολες και ιδιόμορφες \
συνθήκες. Οι εργαζόμενοι είναι σήμερα αντιμέτωποι με την εργασιακή αβεβαιότητα και τη φτώχεια.
"""


def test_one_question_right_below_the_interview_line_opens_the_dialogue():
    # an excerpt cut after its first answer; the Greek question mark after a capital
    root = _root(SYNENTEUXI)
    assert _who(root) == ["#interviewer", "#interviewee"]
    asked = _x(root, "//tei:body//tei:sp[@who='#interviewer']/tei:p")
    assert asked[0].endswith("της ΠΕΟ;")


def test_an_interview_given_to_someone_in_greek_names_the_interviewer():
    root = _root(SYNENTEUXI)
    people = root.xpath("//tei:particDesc//tei:person[@role='interviewer']", namespaces=_NS)
    assert people and "Άντρη Μιχαήλ" in " ".join(people[0].itertext())


MUSEU = """Entrevista de José Antonio Gomes Coelho
Transcrito por Aponte
Revisado por Luiz Egypto
0:00
P/1 - Boa noite professor! Eu queria começar pedindo o seu nome completo, o local e a data?
R –José Antônio Gomes Coelho, natural de Cristalândia, Tocantins.
0:50
P/1 - E a data do seu nascimento?
R – 23/03/1953
"""


def test_an_oral_historys_numbered_interviewer_and_respondent_labels():
    root = _root(MUSEU)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == ["P/1 -", "R –", "P/1 -", "R –"]
    assert _who(root) == ["#interviewer", "#interviewee"] * 2


def test_a_reviewer_is_credited_and_a_timestamp_is_no_title():
    root = _root(MUSEU)
    credits = " ".join(_x(root, "//tei:front//tei:ab[@type='credit']"))
    assert "Revisado por Luiz Egypto" in credits and "Transcrito por Aponte" in credits
    assert "Luiz Egypto" not in _x(root, "//tei:titleStmt/tei:author")
    assert "0:00" not in _x(root, "//tei:titleStmt/tei:title")


CUT_AFTER_ONE = """Parla un operaio

Intervista di Paola Salomon, registrata in un bar il 23 marzo 2001.

L’ambiente era molto disturbato, ma l’atmosfera era proprio quella da quattro chiacchiere al bar.

Da che cosa preferisci cominciare?

La mia famiglia è di origine toscana, ma mio padre è venuto qui a lavorare nel dopoguerra e
"""


def test_an_excerpt_cut_after_its_first_answer_is_one_question_and_its_answer():
    root = _root(CUT_AFTER_ONE)
    assert _who(root) == ["#interviewer", "#interviewee"]
    assert _x(root, "//tei:body//tei:sp[@who='#interviewer']/tei:p") == [
        "Da che cosa preferisci cominciare?"
    ]


def test_a_question_not_answered_by_the_last_paragraph_alone_is_no_turn():
    # one question, then more than its answer: no excerpt cut after it, no dialogue
    text = CUT_AFTER_ONE.replace(
        "nel dopoguerra e\n",
        "nel dopoguerra.\n\nPoi tornò in Toscana, dove visse fino alla fine.\n",
    )
    root = _root(text)
    assert _x(root, "//tei:body//tei:sp") == []


LONG_HEADNOTE = """“We worked hard, but joyfully”

In its June issue our sister publication celebrated fifty years of regular publication.

At the launch in 1974 it was published in the three languages of the International.

Today alongside French there are two online magazines in English and in Spanish.

Two members of the editorial team interviewed Anna Libera, who was in the original team.

Can you describe your work at the magazine?

I participated in the creation of the magazine in the spring of 1974, with two comrades.

The need for a permanent centre emerged. It should be able to publish every fortnight
"""


def test_one_question_after_a_long_headnote_still_opens_the_dialogue():
    root = _root(LONG_HEADNOTE)
    assert _who(root) == ["#interviewer", "#interviewee"]
    assert len(_x(root, "//tei:body//tei:sp[@who='#interviewee']/tei:p")) == 2


def test_o_senhor_puts_a_portuguese_question_to_someone():
    text = (
        "CRISE DAS IDEOLOGIAS: UMA ENTREVISTA COM JACOB GORENDER\n\n"
        "O Núcleo de Estudos Históricos surgiu em um período de profunda apatia no país.\n\n"
        "A entrevista foi feita no Instituto em 1990, com estudantes e professores.\n\n"
        "Gostaríamos de saber, já que o senhor disse que o marxismo está em crise, se é possível"
        " confiar num método em crise?\n\n"
        "É justamente no método que devemos confiar, pois ele permite compreender a crise.\n\n"
        "Mas as categorias do método não estão todas em questão ao mesmo tempo, e isso importa.\n"
    )
    assert _who(_root(text)) == ["#interviewer", "#interviewee"]


PERIOD_LABELS = """Tribuna Marxista

El día 23 de septiembre Fossa visitó al camarada Trotsky y le planteó una serie de cuestiones.

Fossa. ¿Cuál será, en su opinión, el desarrollo de la situación actual en Europa?

Trotsky. Es posible que la diplomacia logre todavía esta vez realizar un compromiso podrido.

Naturalmente, una oportuna ofensiva revolucionaria podría cambiar la situación.
"""


def test_names_with_a_full_stop_named_in_the_text_above_label_the_turns():
    root = _root(PERIOD_LABELS)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == ["Fossa.", "Trotsky."]
    assert _who(root) == ["#fossa", "#trotsky"]
    said = _x(root, "//tei:body//tei:sp[@who='#trotsky']/tei:p")
    assert len(said) == 2 and said[0].startswith("Es posible")


def test_a_name_with_a_full_stop_not_named_above_is_prose():
    text = PERIOD_LABELS.replace("Fossa visitó al camarada Trotsky", "un camarada nos visitó")
    assert _x(_root(text), "//tei:body//tei:sp") == []


BROADCAST = """Talks to Mexican Press

FL0212024888 Havana Television Service in Spanish 0100 GMT 1 Dec 88

[Text] We report to you from Mexico City. The chief of the Cuban revolution arrived today.

[First reporter] Mr President, how significant is your visit to Mexico?

[Castro] First, I would like to tell you that I had an excellent trip.

[Second reporter] What do you think about Gorbachev's visit to Cuba?

[Castro] Well, we expect him within a few days. We are very pleased.

[First reporter] When do you return?

[Castro, interrupting] As soon as possible.
"""


def test_a_broadcast_transcripts_bracketed_labels_are_supplied_speakers():
    root = _root(BROADCAST)
    turns = root.xpath("//tei:body//tei:sp", namespaces=_NS)
    assert len(turns) == 6
    assert _x(root, "//tei:body//tei:sp/tei:speaker/tei:supplied")[:3] == [
        "First reporter",
        "Castro",
        "Second reporter",
    ]
    assert _who(root)[-1] == _who(root)[1]  # "[Castro, interrupting]" is Castro


def test_the_transcripts_text_mark_is_an_editorial_comment_not_a_speaker():
    root = _root(BROADCAST)
    assert not root.xpath("//tei:person[contains(., 'Text')]", namespaces=_NS)
    marks = root.xpath("//tei:text//tei:note[@type='editorial']", namespaces=_NS)
    assert any("".join(n.itertext()) == "Text" for n in marks)


def test_one_recurring_bracket_at_paragraph_starts_labels_nobody():
    text = "Notes\n\n[Applause] The meeting opened.\n\n[Applause] The meeting closed.\n"
    assert _x(_root(text), "//tei:body//tei:sp") == []


RADIO = """Radio interviewed

Yesterday BBC Radio London phoned to say they wanted to do a telephone interview with a candidate.

What is your party? The Socialist Party is an independent political party founded in 1904.
What will you do for Londoners? We're not standing just for Londoners, but for working people.
What will you do if elected? We're not going to be elected, but we would use it as a platform.
What can Europe do to help? Nothing. Nobody can. Capitalism goes through economic crises.
"""


def test_questions_and_answers_run_together_without_a_dash_are_turns():
    root = _root(RADIO)
    assert _who(root) == ["#interviewer", "#interviewee"] * 4
    assert _x(root, "//tei:body//tei:sp[@who='#interviewer']/tei:p")[0] == "What is your party?"


def test_an_article_whose_paragraphs_open_with_questions_now_and_then_is_prose():
    prose = (
        "An interview we never gave\n\n"
        "What is to be done? The answer is not simple, and the party has argued about it.\n\n"
        "The question came up again at the congress, where the delegates argued for days.\n\n"
        "Who decides? The members decide, through their branches and their conference.\n\n"
        "The leadership answered that it had always been so, and nobody believed it.\n\n"
        "Why now? Because the crisis leaves no other way, said the chairman.\n\n"
        "The congress closed without a vote, and the question stayed open for a year.\n\n"
        "What next? Nobody knew.\n"
    )
    assert _x(_root(prose), "//tei:body//tei:sp") == []


ANSWER_BELOW = """Entrevistamos Sinval, da comissão de fábrica da Volks, sobre a manifestação.

Como foi a paralisação?
Entramos na Volks e ficamos parados. Às 7h40 saímos em passeata para a Anchieta.

Por que só agora a direção bloqueou a Anchieta?
A pressão dos trabalhadores é muito grande e a direção foi obrigada a fazer o protesto.

O governo vai ceder?
Já se fala em corrigir a tabela em 11,32%. Queremos a correção dos 55,3%.
"""


def test_a_question_on_the_first_line_and_its_answer_below_are_two_turns():
    root = _root(ANSWER_BELOW)
    assert _who(root) == ["#interviewer", "#interviewee"] * 3
    assert _x(root, "//tei:body//tei:sp[@who='#interviewer']/tei:p")[0] == "Como foi a paralisação?"


def test_a_poem_whose_stanzas_open_with_a_question_is_no_interview():
    text = ANSWER_BELOW.replace("Entrevistamos Sinval", "Cantamos Sinval")
    assert _x(_root(text), "//tei:body//tei:sp") == []


UKRAINIAN = """Інтерв’ю Олега Борисова (Профбуд) про роботу профспілок в умовах війни

Катерина Данілова: Як виглядає профспілкова робота в умовах війни?

Олег Борисов: Орієнтація нашої роботи за останні місяці дуже змінилася.

К.Д.: А як щодо „класичної“ профспілкової роботи?

О.Б.: Певною мірою ми продовжуємо ту роботу, як і раніше.
"""


def test_a_ukrainian_interview_and_cyrillic_dotted_initials():
    root = _root(UKRAINIAN)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == [
        "Катерина Данілова:",
        "Олег Борисов:",
        "К.Д.:",
        "О.Б.:",
    ]
    whos = _who(root)
    assert whos[0] == whos[2] and whos[1] == whos[3] and whos[0] != whos[1]


GREETING = """Αποσπάσματα από τη συνέντευξη του ΓΓ στην δημοσιογράφο Ολγα Τρέμη

-- Κυρίες και κύριοι, γεια σας. Καλωσήλθατε.

-- Καλώς σας βρήκα.

-- Να ξεκινήσουμε απ' τα Τέμπη. Τι λέτε για το αίτημα;

-- Εμείς μιλήσαμε από την πρώτη στιγμή για προδιαγεγραμμένο έγκλημα.
"""


def test_a_greeting_and_its_reply_above_the_first_question_open_the_exchange():
    assert _who(_root(GREETING)) == ["#interviewer", "#interviewee"] * 2


REMARKED = """Dit eerste interview werd afgenomen aan de oprit naar een industriezone in de haven.

Hoe verloopt de staking vandaag?

Het gaat goed zoals je kan zien, we hebben hier een piket kunnen zetten op de openbare weg.

Deze weg is afgesloten, maar ik had gehoord dat er een andere ingang wel open is?

Ja, wat verder is het wel open. Het is wat geven en nemen.

Wordt de staking ook breed gedragen, hoe zit het met de steun van de arbeiders op de site? Er \
zijn hier een heel aantal bedrijven natuurlijk.

Ik kan dat vrij moeilijk zeggen, ik kan daar niet direct op antwoorden.
"""


def test_a_question_that_ends_with_a_remark_is_still_the_interviewers():
    assert _who(_root(REMARKED)) == ["#interviewer", "#interviewee"] * 3


def test_an_answer_that_asks_itself_why_stays_the_answer():
    text = REMARKED.replace(
        "Wordt de staking ook breed gedragen, hoe zit het met de steun van de arbeiders op de "
        "site? Er zijn hier een heel aantal bedrijven natuurlijk.",
        "Waarom? Omdat de arbeiders het willen.",
    )
    assert _who(_root(text)) == ["#interviewer", "#interviewee"] * 2


TAPE = """Q940 Transcript

Jones: Who is it? What's this about?

Voices in crowd: (too soft)

Jones: Michaeleen Brady? I hope I can hear you.

Young girl 1: Father, I felt it was too easy.

Jones: Every person that's gotten up has been honest.

Man 1: Well, come up front.

Jones: All right. All right.
"""


def test_described_speakers_of_an_established_dialogue_are_turns():
    root = _root(TAPE)
    speakers = _x(root, "//tei:body//tei:sp/tei:speaker")
    assert speakers == [
        "Jones:",
        "Voices in crowd:",
        "Jones:",
        "Young girl 1:",
        "Jones:",
        "Man 1:",
        "Jones:",
    ]


def test_a_description_and_a_colon_in_prose_is_no_turn():
    text = (
        "Trotsky: A Life\n\nTrotsky: he arrived in 1937.\n\nTrotsky: he left for Coyoacán.\n\n"
        "Trotsky: he wrote every day.\n\nIn short: the house was his fortress.\n\n"
        "The years that followed were the hardest, and they ended in murder.\n\n"
        "Nobody who knew him then forgot the calm with which he worked.\n\n"
        "The archive keeps his letters of those years, all of them answered.\n"
    )
    assert "In short:" not in _x(_root(text), "//tei:body//tei:sp/tei:speaker")


@pytest.mark.parametrize(
    "line",
    ["INTERVIEWER: Kenneth B. West", "Date: March 25, 1980", "Wed, 06/05/2013 - 09:14 -- sewm02"],
)
def test_a_records_field_or_a_posts_time_stamp_is_no_title(line):
    text = f"{line}\n\nKW: When did you start at Buick?\n\nOB: In 1936, on the line.\n\nKW: Why?\n"
    assert line not in _x(_root(text), "//tei:titleStmt/tei:title")


@pytest.mark.parametrize(
    "line",
    [
        "Volver al Archivo Marx/Engels |",
        "Retour au sommaire",
        "Condividi su",
        "Teilen",
        "Read more",
        "Pokračování rozhovoru na stránách OS PHGN https://www.osphgn.cz/clanky/aktuality/"
        "rostislav-palicka-doba-je-slozita-ale-odbory-funguji.html",
    ],
)
def test_a_link_back_to_the_archive_or_a_share_word_is_chrome(line):
    from tei.readers.transcription.navigation import is_navigation

    assert is_navigation(line)


@pytest.mark.parametrize(
    "title", ["Back to Marx", "Back to the USSR", "Volver a empezar", "Read more books, comrades."]
)
def test_a_title_that_goes_back_somewhere_is_no_chrome(title):
    from tei.readers.transcription.navigation import is_navigation

    assert not is_navigation(title)


def test_a_journal_its_date_and_its_number_head_the_page_and_a_year_opens_the_title():
    text = (
        "Militant Irish Monthly, June 1974, No. 25\n\n"
        "1974 UWC - Interview with Derry Shop Steward\n\n"
        "The following is an interview with a shop steward in the Maydown Industrial Complex.\n\n"
        "MIM: The strike had little response here until Wednesday?\n\n"
        "SS: Yes, that's true, most of the workers here are Catholic.\n\n"
        "MIM: And then?\n\nSS: Then it changed.\n"
    )
    root = _root(text)
    assert _x(root, "//tei:titleStmt/tei:title[@type='main']") == [
        "1974 UWC - Interview with Derry Shop Steward"
    ]
    monogr = "//tei:sourceDesc/tei:biblStruct/tei:monogr"
    assert _x(root, monogr + "/tei:title") == ["Militant Irish Monthly"]
    assert _x(root, monogr + "/tei:biblScope[@unit='issue']") == ["25"]


def test_a_year_and_a_month_number_still_open_a_date_line():
    from tei.readers.transcription.front_dates import date_line

    assert date_line("2014 09 – the TUC and Industrial Democracy") is not None
    assert date_line("1974 UWC - Interview with Derry Shop Steward") is None


def test_a_title_that_opens_with_its_date_and_a_colon_is_the_title_and_dates_the_work():
    text = (
        "February 1, 2000: On the Great Tasks of the Marxist-Leninists at the Beginning of the"
        " New Millennium\n\nInterview with the Chairman of the MLPD, Stefan Engel\n\n"
        "Red Flag: For the last two months, the media have talked of the scandals. Is it so?\n\n"
        "Stefan Engel: It definitely is! After all, it has become evident.\n"
    )
    root = _root(text)
    assert "On the Great Tasks" in " ".join(_x(root, "//tei:titleStmt/tei:title"))
    assert root.xpath("//tei:profileDesc/tei:creation/tei:date/@when", namespaces=_NS) == [
        "2000-02-01"
    ]


CLOSING = """Interview mit einer Spar-Streikenden

Es ist ja eigentlich eher aussergewöhnlich, dass ihr streikt. Wie kam es dazu?

Wir arbeiten alle schon lange hier im Spar. Eigentlich ging es uns immer gut.

Hast Du jetzt neue Erfahrungen gemacht im Streik?

Für mich ist der Streik auch eine ganz neue Erfahrung, die ich nicht missen möchte.

Wir wünschen euch viel Glück und hoffentlich gewinnt ihr den Streik!

Genau, dankeschön!
"""


def test_the_interviewers_closing_wishes_and_the_reply_are_two_turns():
    assert _who(_root(CLOSING)) == ["#interviewer", "#interviewee"] * 3


def test_an_answer_that_ends_by_thanking_comrades_stays_the_answer():
    text = CLOSING.replace(
        "Wir wünschen euch viel Glück und hoffentlich gewinnt ihr den Streik!",
        "Ich danke allen Kolleginnen, die mitmachen.",
    ).replace("Genau, dankeschön!", "Solidarität!")
    assert _who(_root(text)) == ["#interviewer", "#interviewee"] * 2


def test_a_quoted_headline_after_the_chrome_is_no_turn():
    text = (
        "À venir\n\nHAUT\n\nENTRETIEN\n\nRubrique\n\n"
        'Sophie Binet : "l\'afflux de nouveaux syndiqués est un levier important"\n\n'
        "3 octobre 2023\n\n"
        "Tu viens de connaître ta première rentrée sociale à la tête de la CGT. Quel bilan ?\n\n"
        "Sophie Binet : C'est une rentrée dans laquelle il y a beaucoup de mobilisations.\n"
    )
    root = _root(text)
    assert _x(root, "//tei:body//tei:sp[tei:speaker]/tei:p") == [
        "C'est une rentrée dans laquelle il y a beaucoup de mobilisations."
    ]


def test_a_narration_inside_the_first_answer_names_the_interviewee():
    text = (
        "Entrevista para Politiken\n\n28 diciembre de 1932\n\n"
        "-¿Aceptó usted la invitación a dar una conferencia en Copenhague por alguna razón?\n\n"
        "- Naturalmente, el viaje es muy largo -contesta Trotsky- pero quería viajar.\n\n"
        "-¿Y qué piensa usted de Dinamarca?\n\n- Es un país muy hermoso.\n"
    )
    root = _root(text)
    people = root.xpath("//tei:particDesc//tei:person[@role='interviewee']", namespaces=_NS)
    assert people and "Trotsky" in " ".join(people[0].itertext())


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (
            "Leon Van Santvoort van de Algemene Centrale van het ABVV stond ons te woord.",
            "Leon Van Santvoort",
        ),
        (
            "Dizi söyleşilerinin bugünkü konuğu BİRTEK-SEN Genel başkanı Mehmet Türkmen.",
            "Mehmet Türkmen",
        ),
    ],
)
def test_the_opening_names_the_one_who_answers(opening, name):
    from tei.readers.transcription.speaker_names import roles

    assert (name, "interviewee") in roles(opening)


ORAL_HISTORY = """DATE: March 25, 1980


INTERVIEWER: Kenneth B. West



OB: Where do you want me to commence?

KW: Let's start with when you came to Flint.

OB: I came to Flint in 1936.

KW: And where did you work?
"""


def test_an_oral_historys_date_field_dates_it_and_its_interviewer_is_named():
    root = _root(ORAL_HISTORY)
    assert root.xpath("//tei:profileDesc/tei:creation/tei:date/@when", namespaces=_NS) == [
        "1980-03-25"
    ]
    people = root.xpath("//tei:particDesc//tei:person[@role='interviewer']", namespaces=_NS)
    assert people and "Kenneth B. West" in " ".join(people[0].itertext())


RECORD = """Title: Interview with Randell Hines Identifier: 1997oh035 Date: 12 Dec 1996 \
Interviewer: Jerrell Reynolds Project: Blue Diamond Coal Mining Strike

REYNOLDS: Will you give me a brief history of work in the mines?

HINES: Well I started out in the coal mines in 1962.

REYNOLDS: And you worked all jobs?

HINES: I done everything that was to be done.
"""


def test_a_catalogue_record_run_on_one_line_is_read_field_by_field():
    root = _root(RECORD)
    assert root.xpath("//tei:profileDesc/tei:creation/tei:date/@when", namespaces=_NS) == [
        "1996-12-12"
    ]
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == ["REYNOLDS:", "HINES:"] * 2
    assert "Project" not in " ".join(_x(root, "//tei:particDesc//tei:persName"))
    assert not root.xpath("//tei:list[@type='removed']/tei:item", namespaces=_NS)
