"""Rules found missing on blind sets Z5, Z7 and Z8 of real pages (issue #13): numbered
questions with dash answers in hard-wrapped text, the same numbered questions put to one
respondent after another, one long question and its cut-off answer, a question in ``¿…?``
at the end of a paragraph, a quoted headline, a line of names above a subtitle. Small
fixtures written for the test."""

from __future__ import annotations

from tei.readers.transcription.blocks import dialogue_lines
from tei.readers.transcription.name_shapes import is_name_like
from tei.xmlio import NSMAP
from tests.reading_helpers import root_of as _root
from tests.reading_helpers import texts as _x
from tests.reading_helpers import who as _who

_WRAPPED = (
    "Entrevista com Maria Souza Lima,historiadora e militante comunista há muitos anos\n"
    "1) Maria,quais as\n"
    "perspectivas que você vê para o socialismo hoje?\n"
    "- Acredito que a\n"
    "questão da construção da sociedade sem classes esteja ainda mais atual hoje do\n"
    "que em 1917, ao menos no que tange à base material, infinitamente mais\n"
    "avançada, com o advento da automação. Essa automação é a base material.\n"
    "2)Quais são as\n"
    "tarefas da esquerda hoje?\n"
    "- Acho que devemos\n"
    "trabalhar com a noção de campo democrático. E esse campo tem três grandes\n"
    "objetivos pela frente a meu juízo, e nunca arredar pé da democracia.\n"
    "3)Você é\n"
    "municipalista? Porquê?\n"
    "- Sou pela necessária\n"
    "ligação entre a esfera da representação democrática e todas as formas de\n"
    "participação popular pela base.\n"
)


def test_numbered_questions_with_dash_answers_in_hard_wrapped_text():
    root = _root(_WRAPPED)
    assert _who(root) == ["#interviewer", "#interviewee"] * 3
    for lb in root.iter(f"{{{NSMAP['tei']}}}lb"):  # (a line break parts two words)
        lb.tail = " " + (lb.tail or "")
    assert _x(root, "//tei:sp[1]/tei:p") == [
        "1) Maria,quais as perspectivas que você vê para o socialismo hoje?"
    ]
    assert _x(root, "//tei:sp[4]/tei:p")[0].startswith("- Acho que devemos trabalhar com")
    assert _x(root, "//tei:person[@role='interviewee']/tei:persName") == ["Maria Souza Lima"]


def test_dialogue_lines_need_numbers_in_order_and_dashes_after_questions():
    lines = _WRAPPED.splitlines()
    assert dialogue_lines(lines) == {1, 3, 7, 9, 12, 14}
    # numbered lines out of order, or dashes after no question: wrapped prose
    shuffled = [ln.replace("2)Quais", "5)Quais") for ln in lines[:12]]
    assert dialogue_lines(shuffled) == set()
    flat = [ln.replace("?", ".") for ln in lines]
    assert dialogue_lines(flat) == set()


def test_the_same_numbered_questions_put_to_one_respondent_after_another():
    root = _root(
        "Intervju med 2 medlemmar\n\n"
        "Vi ställer tre frågor till två socialister under partiets valkampanj.\n\n"
        "1. Varför gick du med i partiet?\n2. Är det viktigt att vara aktiv?\n"
        "3. Vad anser du om läget idag?\n\n"
        "Joakim Fahlström, Studerande, Västervik.\n"
        "1. Varför gick du med i partiet?\n"
        "– Jag diskuterade mycket politik med en vän och vi beslöt oss för att gå med.\n\n"
        "2. Är det viktigt att vara aktiv?\n"
        "– Ja, för att vanliga människor skall kunna leva ett drägligt liv.\n\n"
        "3. Vad anser du om läget idag?\n"
        "– På riksdagsnivå är det i stort sett bara trams, tyvärr.\n\n"
        "Linnéa Flink, Studerande, Västervik.\n"
        "1. Varför gick du med i partiet?\n"
        "– Jag fick höra talas om att partiet fanns och det verkade intressant.\n\n"
        "2. Är det viktigt att vara aktiv?\n"
        "– Ja, j\n"
    )
    assert _who(root) == ["#interviewer", "#interviewee"] * 5
    # the questions listed above them all are no turns
    assert _x(root, "//tei:sp[1]/tei:p") == ["1. Varför gick du med i partiet?"]
    assert _x(root, "//tei:sp[7]/tei:p") == ["1. Varför gick du med i partiet?"]


def test_one_long_question_put_to_someone_and_its_cut_off_answer():
    question = (
        "Wenn von Arbeit gesprochen wird, weist Du mit Deinem Ansatz zwei der üblichen "
        "Voraussetzungen zurück: "
        + "das Beharren auf Arbeit als ewiger Naturkonstante des menschlichen Lebens, " * 8
        + "wie kann man das stärken?"
    )
    assert 90 < len(question.split()) <= 140
    root = _root(
        "Eine andere Qualität\n\nInterview mit Roswitha Scholz\n\n"
        "Seit Jahren verfolgt Roswitha Scholz einen Ansatz, den sie hier erklärt.\n\n"
        f"{question}\n\n"
        "Als Arbeitskritikerin gehe ich natürlich nicht davon aus, dass Arbeit eine "
        "ontologische Konstante ist, sondern durchaus als anthropologi\n"
    )
    assert _who(root) == ["#interviewer", "#interviewee"]
    assert _x(root, "//tei:person[@role='interviewee']/tei:persName") == ["Roswitha Scholz"]
    # the same long paragraph, put to nobody: no question, no dialogue
    root = _root(
        "Eine andere Qualität\n\nInterview mit Roswitha Scholz\n\n"
        "Seit Jahren verfolgt Roswitha Scholz einen Ansatz, den sie hier erklärt.\n\n"
        f"{question.replace('weist Du mit Deinem', 'weist man mit einem')}\n\n"
        "Als Arbeitskritikerin gehe ich natürlich nicht davon aus, dass Arbeit eine "
        "ontologische Konstante ist, sondern durchaus als anthropologi\n"
    )
    assert _who(root) == []


def test_a_conversation_its_quoted_headline_its_names_and_a_question_in_inverted_marks():
    root = _root(
        "Pensamiento :: 23/05/2020\n\n"
        '"A los sectores populares y a la clase obrera solo le queda la opción de '
        'organizarse y luchar"\n\n'
        "Andoni Baserrigorri / Quim Boix\n"
        "Conversación con Quim Boix, dirigente sindical de la Federación Sindical Mundial, "
        "sobre el Coronavirus\n\n"
        "Hablar de Quim Boix es hablar de una referencia, tanto humana como sindical.\n\n"
        "Lo primero compañero y aunque quizás sea una pregunta complicada….¿ Piensas que "
        "tras esta y otras pandemias tiene influencia el estilo de vida que nos impone el "
        "capitalismo?\n\n"
        "Evidentemente, la actual destrucción ambiental es producida por la necesidad del "
        "capital de naturaleza barata, más producción que en seguida se hace inservible y\n"
    )
    assert _x(root, "//tei:titleStmt/tei:title[1]") == [
        '"A los sectores populares y a la clase obrera solo le queda la opción de '
        'organizarse y luchar"'
    ]
    assert _who(root) == ["#interviewer", "#interviewee"]
    assert _x(root, "//tei:person[@role='interviewee']/tei:persName") == ["Quim Boix"]


def test_names_joined_by_a_slash_or_listed_with_commas():
    assert is_name_like("Andoni Baserrigorri / Quim Boix")
    assert is_name_like("Earl Browder, C. Wright Mills & Max Shachtman")
    assert not is_name_like("Politics / Culture")
    assert not is_name_like("Class Struggle and American Labor")


def test_a_line_above_a_capitals_label_is_no_part_of_it():
    root = _root(
        "Related\n"
        "The landmark 1979 labor documentary has been restored and rereleased for May Day.\n"
        "Transcript\n"
        "AMY GOODMAN: This is Democracy Now!, The War and Peace Report.\n"
        "PROSECUTOR: What’s your name?\n"
        "SAM SCARLETT: Sam Scarlett.\n"
        "PROSECUTOR: What’s your religion?\n"
    )
    assert _who(root) == ["#amy-goodman", "#prosecutor", "#sam-scarlett", "#prosecutor"]
    assert "Related" in _x(root, "//tei:teiHeader//tei:item")  # a widget's heading: chrome
    assert "Related" not in _x(root, "//tei:titleStmt/tei:title")


def test_a_broadcast_monitors_bracketed_labels_run_on_in_one_line():
    root = _root(
        "-DATE- 19830803 -DOCUMENT_TYPE- INTERVIEW -AUTHOR- F. CASTRO -HEADLINE- NEWS "
        "CONFERENCE -TEXT- [Press conference granted by President Fidel Castro -- recorded] "
        "[Text] [Castro] Where are the North Americans? [sentence indistinct] There were "
        "several, not an interview. [Unidentified journalist] A talk? [Castro] I did not "
        "promise an interview. [Applause] [Unidentified journalist] You speak to the people. "
        "[Castro] If I have to say something to the American people, it is respect.\n"
    )
    assert _who(root) == ["#castro", "#unidentified-journalist"] * 2 + ["#castro"]
    assert _x(root, "//tei:sp[2]/tei:p") == ["A talk?"]
    assert _x(root, "//tei:person[@xml:id='castro']/tei:persName") == ["F. CASTRO"]
    # one bracketed name, nobody taking turns with it: the line stays whole
    root = _root(
        "A Report\n\nThe meeting opened. [Castro] spoke first. Then [Castro] left the "
        "hall, and [Applause] followed.\n"
    )
    assert _who(root) == []


def test_a_standfirst_names_the_one_answering_in_capitals():
    root = _root(
        "On his fifth day of freedom, NELSON MANDELA invited a TIME correspondent into his "
        "home for a chat about prison, freedom and the outlook for his country\n\n"
        "Q. What surprises you most about the changes you have seen?\n\n"
        "A. The appearance of the place has changed very much.\n\n"
        "Q. Do you feel a heavy burden of responsibility?\n\n"
        "A. Yes, I do.\n"
    )
    assert _x(root, "//tei:person[@role='interviewee']/tei:persName") == ["NELSON MANDELA"]
    assert _x(root, "//tei:person[@role='interviewer']/tei:persName") == []


def test_questions_put_unlabelled_to_several_labelled_speakers():
    root = _root(
        "EMEK MÜCADELESİNDE ALTERNATİF ÖRGÜTLENMELER / UMUT-SEN\n\n"
        "Söyleşi: Bekir Avcı\n29 Eylül 2019\n\n"
        "Dizinin son bölümünde söz sırası Umut-Sen’de, Emel Karadeniz ve Betül Celep ile.\n\n"
        "Umut-Sen ne zaman, nasıl kuruldu?\n\n"
        "Emel Karadeniz: Umut-Sen 2008 yılında bir kolektif olarak kuruldu.\n\n"
        "Umut-Sen nasıl bir ihtiyaçtan doğdu?\n\n"
        "Betül Celep: Ara bir sendikal odak olarak tarif edebiliriz Umut-Sen’i.\n"
    )
    assert _who(root) == ["#interviewer", "#emel-karadeniz", "#interviewer", "#betul-celep"]
    assert _x(root, "//tei:person[@role='interviewer']/tei:persName") == ["Bekir Avcı"]


def test_a_question_put_above_the_first_of_several_labelled_speakers():
    opening = (
        "In de serie Dialogen gaat Vrij Links op zoek naar activisten.\n\n"
        "Lieuwe de Vries werkte in de jaren 70 op de fabrieksvloer.\n\n"
        "Soheilah Rodjan werkt sinds 2010 voor de FNV.\n\n"
    )
    talk = (
        "Lieuwe: “Ik ben een kind van de jaren 60, van de studentenbeweging.”\n\n"
        "Soheilah: “Wat vond jij er in die tijd conservatief aan?”\n\n"
        "Lieuwe: “Toen ik lid werd was er nog een voorzitter die dat vond.”\n"
    )
    asked = "Wat maakte in jullie persoonlijk leven dat je je hiervoor in ging zetten?\n\n"
    root = _root(opening + asked + talk)
    assert _who(root) == ["#interviewer", "#lieuwe", "#soheilah", "#lieuwe"]
    # the same paragraph telling, not asking: the headnote's
    root = _root(opening + asked.replace("?", ".") + talk)
    assert _who(root) == ["#lieuwe", "#soheilah", "#lieuwe"]
    # a labelled speaker who asks first: the labels are both sides', the story above no turn
    root = _root(
        "Back in 2009 I interviewed Tony for the magazine. You might like to read it…\n\n"
        "ID: When you stood down did you think you would enjoy it?\n\n"
        "TB: Before she died, my wife said I should devote more time to politics.\n\n"
        "ID: Do you miss the parliamentary side of politics?\n\n"
        "TB: The Speaker gave me a pass.\n"
    )
    assert _who(root) == ["#id", "#tb", "#id", "#tb"]


def test_the_last_question_opened_by_a_dash_and_cut_short():
    root = _root(
        "Entrevista amb el vicesecretari general del sindicat\n\n"
        "Sergi Perelló (Barcelona, 1972) és el vicesecretari general de la Intersindical.\n\n"
        "-Sou el sindicat de moda?\n\nSí. Ara sí. Des del 8-N, sí. Una mica.\n\n"
        "-Una simbiosi de sindicat de classe i nacional?\n\n"
        "O Joan Comorera, o Salvador Seguí, que també ho van fer.\n\n"
        "-Els sindicats majoritaris asseguraven que les vages generals només les convoquen e\n"
    )
    assert _who(root) == ["#interviewer", "#interviewee"] * 2 + ["#interviewer"]


def test_a_recordings_fields_a_title_bar_and_link_prompts_are_no_title():
    root = _root(
        "Interview with Harold Ruttenberg\nInterview Date: December 21, 1992\n\n"
        "Camera Rolls: 315:67-73\nSound Rolls: 315:37-40\n"
        "Interview gathered as part of The Great Depression.\n\n"
        "INTERVIEWER: What was it like in the mills?\n\nRUTTENBERG: It was hard work.\n\n"
        "INTERVIEWER: And the union?\n\nRUTTENBERG: It came later.\n"
    )
    assert _x(root, "//tei:titleStmt/tei:title[1]") == ["Interview with Harold Ruttenberg"]
    root = _root(
        "| Rosa Luxemburg | MR Online\n\n"
        "Rosa Luxemburg: an interview with Dana Mills – Written by Katherine Connelly\n\n"
        "Katherine Connelly interviews Dana Mills, author of a new biography.\n\n"
        "KC: Dana, thank you so much for your time today.\n\nDM: Thank you for having me.\n"
    )
    assert "| Rosa Luxemburg | MR Online" in _x(root, "//tei:teiHeader//tei:item")
    assert _x(root, "//tei:titleStmt/tei:author") == ["Katherine Connelly"]
    root = _root(
        "About this site\n\nThis resource is hosted by a foundation.\n\n"
        "21 Jul 1990: Meeting with the union\n\n"
        "Click here for more information on the Interviewee - Skhosana\n\n"
        "POM. I'm meeting with NACTU on the 21st of July.\n\nMS. We are glad.\n\n"
        "POM. Good.\n\nMS. Yes.\n"
    )
    removed = _x(root, "//tei:teiHeader//tei:item")
    assert "About this site" in removed
    assert "Click here for more information on the Interviewee - Skhosana" in removed


def test_a_hearing_flattened_in_one_line_with_titled_labels_and_full_stops():
    root = _root(
        "Communist infiltration of the industry : hearing before the Committee (1951)\n\n"
        "144 COMMUNISM IN MOTION-PICTURE INDUSTRY Mr. Tavenner. Did he attend those "
        "meetings? Mr. Hayden. Yes; he did. Mr. Tavenner. Was he a member of the Party ? "
        "Mr. Hayden. Well, I would say it would probably be safe to assume that he was. "
        "Mr. Tavenner. I don't want you to assume it. Mr. Hayden. I have no knowledge.\n"
    )
    assert _who(root) == ["#mr-tavenner", "#mr-hayden"] * 3
    assert _x(root, "//tei:sp[2]/tei:p") == ["Yes; he did."]
    assert _x(root, "//tei:sp[1]/tei:speaker") == ["Mr. Tavenner."]
    # a title and a name opening two sentences of prose: no turns
    root = _root(
        "A Report\n\nMr. Smith. That is whom we met first, in the hall of the union.\n\n"
        "Then the meeting began, and Mr. Jones. Spoke at length. Mr. Smith. Left early.\n"
    )
    assert _who(root) == []


def test_press_labels_of_a_full_name_and_a_full_stop_one_broken_over_two_lines():
    root = _root(
        "Le\nsecrétaire général de la CGT, Philippe Martinez, appelle tous ceux qui\n"
        "ne peuvent pas faire grève à manifester le 1er mai. Malgré le refus de\n"
        "FO et de la CFDT d’organiser des cortèges communs, il ne désespère pas\n"
        "de parvenir à l’unité. Il dénonce la tentative de passage en force du\n"
        "gouvernement à la SNCF et promet des suites au 1er mai.\n"
        "Humanité\nDimanche. Selon vous, la mobilisation a grossi et s’est élargie le\n"
        "19 avril, un seuil supplémentaire peut-il être franchi le 1er mai\nprochain ?\n"
        "Philippe Martinez. La période reste compliquée en raison des congés scolaires, "
        "mais notre ambition est de permettre à tous de manifester ce jour-là.\n"
        "Humanité Dimanche. Dans les entreprises, les syndicalistes constatent un profond "
        "mécontentement. Pourquoi ?\n"
        "Philippe Martinez. Cela dépend de la démarche des salariés dans leur entreprise.\n"
    )
    assert _who(root) == ["#humanite-dimanche", "#philippe-martinez"] * 2
    assert _x(root, "//tei:sp[1]/tei:speaker") == ["HumanitéDimanche."]  # (an lb between)
    assert _x(root, "//tei:sp[1]/tei:p")[0].startswith("Selon vous, la mobilisation")
    # the same labels, neither named in the text above: no turns
    root = _root(
        "Le\nsecrétaire général de la CGT appelle tous ceux qui\n"
        "ne peuvent pas faire grève à manifester le 1er mai.\n"
        "Humanité Dimanche. Selon vous, la mobilisation a grossi ?\n"
        "Philippe Martinez. La période reste compliquée en raison des congés scolaires.\n"
        "Humanité Dimanche. Pourquoi ?\n"
        "Philippe Martinez. Cela dépend de la démarche des salariés.\n"
    )
    assert _who(root) == []


def test_the_pages_heading_repeating_the_browsers_title_is_the_title():
    root = _root(
        "perché io sono una ragazza\n\nTranscript\n\n"
        "perché io sono una ragazza\nFranco Soldà\n"
        "50 anni, impiegato tecnico di 5° livello alla Forgital di Velo d’Astico, delegato.\n"
        "Sposato con tre figli.\n\n"
        "Si presenti brevemente.\n\n"
        "Mi chiamo Franco Soldà, sono nato a Chiampo e lavoro qui da vent'anni.\n"
    )
    assert _x(root, "//tei:titleStmt/tei:title[1]") == ["perché io sono una ragazza"]
    removed = _x(root, "//tei:teiHeader//tei:item")
    assert "Transcript" in removed and "perché io sono una ragazza" in removed


def test_a_long_headline_under_a_short_first_line_is_the_title():
    root = _root(
        "date 2018-02 Entrevista amb el vicesecretari general del sindicat convocant de la "
        "vaga general de 8-N\n\n"
        "Perelló: “Volen acabar amb la Intersindical i amb el dret de vaga”\n\n"
        "Sergi Perelló (Barcelona, 1972) és el vicesecretari general de la Intersindical, un "
        "sindicat que s'enfronta a una demanda de Foment del Treball.\n\n"
        "-Sou el sindicat de moda?\n\nSí. Ara sí. Des del 8-N, sí. Una mica.\n\n"
        "-Una simbiosi de sindicat de classe i nacional?\n\nO Joan Comorera, sí.\n"
    )
    assert _x(root, "//tei:titleStmt/tei:title[1]") == [
        "Perelló: “Volen acabar amb la Intersindical i amb el dret de vaga”"
    ]
    assert _who(root)[:2] == ["#interviewer", "#interviewee"]
