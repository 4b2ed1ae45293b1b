"""Rules found missing on blind sets V and W of real pages (issue #13): interpolations that
run across a hard line break. Small fixtures written for the test."""

from __future__ import annotations

from copy import deepcopy

from tei.readers.transcription import read
from tei.readers.transcription.bracket_lines import runs
from tei.readers.transcription.label_shapes import initials_of
from tei.xmlio import NSMAP as _NS
from tests.reading_helpers import root_of as _root
from tests.reading_helpers import texts as _x
from tests.reading_helpers import who as _who

WRAPPED = """Interview with John Smith

Q: What did you do in [the
strike of 1934] and after? Was it [words
indistinct] or a [Pravda,
No. 5] story?

A: We organised the union [and the
unemployed councils] across the city.
"""


def _people(root) -> dict[str, str]:
    """Each participant's role and name."""
    people = root.xpath("//tei:particDesc//tei:person", namespaces=_NS)
    return {p.get("role"): " ".join(_x(p, "tei:persName")) for p in people}


def _spaced(el) -> str:
    """The element's words, a line break read as a space."""
    copy = deepcopy(el)
    for lb in copy.iter(f"{{{_NS['tei']}}}lb"):
        lb.text = " "
    return " ".join("".join(copy.itertext()).split())


def test_a_bracket_across_a_line_break_is_one_interpolation():
    root = _root(WRAPPED)
    supplied = root.xpath("//tei:body//tei:supplied", namespaces=_NS)
    assert [_spaced(s) for s in supplied] == [
        "the strike of 1934",
        "and the unemployed councils",
    ]
    # the line break stays where it fell, inside the interpolation
    assert [len(s.findall("tei:lb", _NS)) for s in supplied] == [1, 1]
    assert _x(root, "//tei:body//tei:gap/tei:desc") == ["words indistinct"]
    notes = root.xpath("//tei:body//tei:note[@subtype='clarification']", namespaces=_NS)
    assert [_spaced(n) for n in notes] == ["Pravda, No. 5"]
    # no bracket is left in the text as a stray
    assert "[" not in "".join(_x(root, "//tei:body//tei:p"))


def test_a_gaps_description_keeps_no_line_break_but_the_paragraph_does():
    root = _root(WRAPPED)
    gap = root.xpath("//tei:body//tei:gap", namespaces=_NS)[0]
    assert gap.find("tei:desc/tei:lb", _NS) is None
    assert etree_name(gap.getnext()) == "lb"
    # every line break of the first paragraph is kept: three breaks for four lines
    first = root.xpath("//tei:body//tei:sp[1]/tei:p", namespaces=_NS)[0]
    assert len(first.xpath(".//tei:lb", namespaces=_NS)) == 3


def etree_name(el) -> str:
    return el.tag.rsplit("}", 1)[-1]


def test_a_bracket_left_open_is_still_reported_and_kept():
    page = "Q: What did you [mean by that?\n\nA: Nothing at all, really.\n"
    result = read(page.encode("utf-8"), source_name="page.txt")
    rules = [d.code for d in result.diagnostics]
    assert "bracket-unbalanced" in rules
    said = "".join(result.tree.getroot().xpath("string(//tei:body)", namespaces=_NS))
    assert "[mean by that?" in said


def test_runs_join_only_lines_a_bracket_spans():
    lines = ["one [two", "three] four [five", "six]", "seven [eight", "nine [ten]", "eleven]"]
    assert runs(lines) == [
        (0, "one [two\nthree] four [five\nsix]"),
        (3, "seven [eight"),  # a bracket on the line between: no run
        (4, "nine [ten]"),
        (5, "eleven]"),
    ]
    # a bracket never closed within four lines is no run
    far = ["a [b", "c", "d", "e", "f]"]
    assert runs(far) == list(enumerate(far))


RESOLUTION = """The Motion on the Minority Faction

Adopted: November 12-18, 1946
First Published:January 1947
Source: Fourth International, New York, Volume 8, No.1, January 1947, page 31.
Transcribed/HTML Markup: Daniel Gaido and David Walters, February, 2006

The Convention, on the basis of the reports of the Control Commission, has established the
following facts about the faction and its conduct in the party over the year.
"""


def test_adopted_dates_a_resolution_and_a_lead_may_lose_its_space():
    root = _root(RESOLUTION)
    created = root.xpath("//tei:profileDesc/tei:creation/tei:date", namespaces=_NS)
    assert [(d.get("from"), d.get("to")) for d in created] == [("1946-11-12", "1946-11-18")]
    # "First Published:January 1947" is a publication line, never the subtitle
    assert _x(root, "//tei:titleStmt/tei:title") == ["The Motion on the Minority Faction"]
    assert "First Published:January 1947" not in _x(root, "//tei:body//tei:p")
    assert _x(root, "//tei:sourceDesc//tei:title[@level='j']") == ["Fourth International"]


COVER_SHEET = """William Aliff Interview
Narrator
William Aliff
Blackberry City, West Virginia
Oral Historian
Rebecca Bailey
West Virginia University
Interview conducted on July 13, 1989

Q: Where were you born, Mr. Aliff?

A: I was born up the hollow here in 1905, and my daddy worked in the mines all his life.
"""


def test_a_record_fields_name_alone_on_its_line_is_never_a_title():
    root = _root(COVER_SHEET)
    assert _x(root, "//tei:titleStmt/tei:title") == ["William Aliff Interview"]
    titles = " ".join(_x(root, "//tei:front//tei:titlePart"))
    assert "Narrator" not in titles and "Oral Historian" not in titles
    # nothing of the cover sheet is lost: its lines are paragraphs above the first turn
    above = _x(root, "//tei:body//tei:div/tei:p")
    assert above[:2] == ["Narrator", "William Aliff"] and "Oral Historian" in above


def test_an_author_line_loses_the_word_that_says_what_the_name_did():
    page = (
        "EMEK MÜCADELESİNDE ALTERNATİF ÖRGÜTLENMELER\n\n"
        "Söyleşi: Bekir Avcı\n21 Eylül 2019\n\n"
        "Dizinin üçüncü bölümünde sendikanın genel başkanı ile konuştuk ve onları dinliyoruz.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:titleStmt/tei:author") == ["Bekir Avcı"]
    # the page's line stays as written
    assert _x(root, "//tei:front//tei:docAuthor") == ["Söyleşi: Bekir Avcı"]


def test_a_journal_followed_by_its_date_without_a_comma_is_parted_from_it():
    page = (
        "Interview with Esteban Volkov\n\n"
        "First published in Militant 17 june 1988\n\n"
        "I interviewed Esteban Volkov in a room in the Trotsky Museum in Coyoacan, of which he is"
        " the curator.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:sourceDesc//tei:title[@level='j']") == ["Militant"]
    dates = root.xpath("//tei:sourceDesc//tei:imprint/tei:date", namespaces=_NS)
    assert [(d.get("when"), d.text) for d in dates] == [("1988-06-17", "17 june 1988")]


PODCAST = """Episode Transcript
Available transcripts are automatically generated.
Speaker 1 (00:01):
Welcome to the show. With me to talk about
the strike is a rank and file member of the union.
(00:27):
So today we are going to be covering a pretty
long running strike.
Speaker 2 (00:47):
Hey, thank you so much for having me.
Speaker 1 (00:49):
How many days has it been going?
Speaker 2 (00:59):
Twenty five days. It started on the twenty second of March.
"""


def test_a_transcription_services_time_stamped_labels_take_turns():
    root = _root(PODCAST)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == [
        "Speaker 1 (00:01):",
        "Speaker 2 (00:47):",
        "Speaker 1 (00:49):",
        "Speaker 2 (00:59):",
    ]
    assert _who(root) == ["#speaker-1", "#speaker-2", "#speaker-1", "#speaker-2"]
    # a time stamp alone goes on with the same speaker, in a paragraph of its own
    first = _x(root, "//tei:body//tei:sp[1]/tei:p")
    stamp = first.index("(00:27):")
    assert first[stamp + 1].startswith("So today")


NACTU = """21 Jul 1990: Interview with NACTU

This resource was compiled and authored by Padraig O’Malley over two decades of research.

POM. I'm meeting with NACTU on the 21st of July.

MS. My name is Mahlmola Skhosana. I am the First Assistant General Secretary.

CS. I am the General Secretary.

POM. What is the reaction to the speech of the 2nd of February?

CS. What we have is a trade union set-up that runs its territories.

POM. You have differences?

CS. That are acquired, from the genesis of the two federations.
"""


def test_initials_and_a_full_stop_take_turns_and_the_page_names_them():
    root = _root(NACTU)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == [
        "POM.",
        "MS.",
        "CS.",
        "POM.",
        "CS.",
        "POM.",
        "CS.",
    ]
    names = _x(root, "//tei:particDesc//tei:person/tei:persName")
    # named where the page gives one name with those initials; CS stays as labelled
    assert names == ["Padraig O’Malley", "Mahlmola Skhosana", "CS"]


def test_acronyms_with_a_full_stop_opening_prose_take_no_turns():
    text = (
        "The Strike\n\n"
        "USA. The troops were sent to the coalfields in the spring of that year.\n\n"
        "The miners' delegates met the week after, and voted to go on.\n\n"
        "USA. The newspapers printed the denial on their front pages.\n\n"
        "UK. The members voted to send money to the strikers.\n"
    )
    assert _x(_root(text), "//tei:body//tei:sp") == []


def test_initials_count_the_capital_after_an_apostrophe_and_may_skip_a_middle_initial():
    assert initials_of("Padraig O’Malley", "POM")
    assert initials_of("Kenneth B. West", "KW") and initials_of("Kenneth B. West", "KBW")
    assert initials_of("Małgorzata Kulbaczewska-Figat", "MKF")
    assert not initials_of("Padraig O’Malley", "PM")


def test_question_and_answer_labels_run_on_inside_a_flattened_paragraph():
    page = (
        "FEATURE. — The following is an interview with a national executive member of the"
        " union, conducted during his recent visit to New York. Q: What is the situation of"
        " Black workers in South Africa? A: I would say that since 1976 there has been a"
        " qualitative development in the struggle for freedom. Q: And the unions? A: They"
        " grew.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == ["Q:", "A:", "Q:", "A:"]
    assert _x(root, "//tei:body//tei:sp/tei:p")[1].startswith("I would say")
    # the headnote keeps the text before the first label
    assert "FEATURE." in " ".join(_x(root, "//tei:text"))


def test_a_run_on_answer_word_after_no_question_splits_nothing():
    page = (
        "An interview with the author about the plan.\n\n"
        "The plan was simple. A: the first step, and B: the second, were both agreed. Q: was"
        " never asked.\n"
    )
    assert _x(_root(page), "//tei:body//tei:sp") == []


def test_a_document_hosts_upload_lines_are_chrome():
    page = (
        "Upload: khangminh22\n\nPost on 07-Feb-2023\n\n0 views\n\n0 download\n\n"
        "Interview: Elizabeth Thabethe\n\nFacilitator: Where were you born, and how did you"
        " come to the union?\n\nRespondent: I was born in Katlehong.\n"
    )
    root = _root(page)
    removed = _x(root, "//tei:list[@type='removed']/tei:item")
    assert removed == ["Upload: khangminh22", "Post on 07-Feb-2023", "0 views", "0 download"]
    assert "#upload" not in _who(root)


GREVE = """Publié le Lundi 8 février 2016 à 11h04.

Victoire à OMS Nettoyage : « ça nous a permis de grandir mentalement »

Entretien. Pendant 129 jours, 41 salariés ont tenu tête à la société de nettoyage. Nous avons
rencontré les deux délégués, Assane Diop et Bassirou Tandjigora.

Pourquoi cette grève ?

Assane Diop : Avec OMS, les conditions de travail n’avaient pas arrêté de se dégrader.

Comment la grève a-t-elle commencé ?

A.D : Nous avons déclenché la grève le 21 septembre, avec tous les salariés du site.
"""


def test_a_posts_date_with_its_clock_time_dates_the_page_and_the_title_follows():
    root = _root(GREVE)
    assert _x(root, "//tei:titleStmt/tei:title") == [
        "Victoire à OMS Nettoyage : « ça nous a permis de grandir mentalement »"
    ]
    dates = root.xpath("//tei:front//tei:docDate", namespaces=_NS)
    assert [d.get("when") for d in dates] == ["2016-02-08"]


def test_short_questions_above_the_one_speakers_answers_and_his_initials_with_a_lost_dot():
    root = _root(GREVE)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == ["Assane Diop :", "A.D :"]
    assert _who(root) == ["#interviewer", "#assane-diop", "#interviewer", "#assane-diop"]
    assert _x(root, "//tei:body//tei:sp[1]/tei:p") == ["Pourquoi cette grève ?"]


def test_a_first_name_label_is_the_full_names_speaker_and_a_photo_credit_no_title():
    page = (
        "Foto: Dino Santos\n\n"
        "Entrevista com o presidente da CUT sobre a greve geral.\n\n"
        "Paulo Henrique Amorim: Como vai ser a greve geral?\n\n"
        "Vagner Freitas: Vai ser a maior greve da história do país.\n\n"
        "PHA: E os bancários?\n\n"
        "Vagner: Os bancários vão parar também, em todo o país.\n"
    )
    root = _root(page)
    assert _who(root) == [
        "#paulo-henrique-amorim",
        "#vagner-freitas",
        "#paulo-henrique-amorim",
        "#vagner-freitas",
    ]
    assert "Foto: Dino Santos" not in _x(root, "//tei:titleStmt/tei:title")


def test_a_numbered_role_label_is_no_persons_first_name():
    page = (
        "Transcript of the tape\n\n"
        "Jones: Everybody sit down and listen to me now, please.\n\n"
        "Man 1: We are listening to you.\n\n"
        "Jones: Good. Then hear what I say.\n\n"
        "Man 1: We hear you, we do.\n\n"
        "Jones: And the others?\n\n"
        "Man: Yes, we hear you.\n\n"
        "Jones: All of you?\n\n"
        "Man: All of us, yes.\n"
    )
    assert _who(_root(page)) == ["#jones", "#man-1"] * 2 + ["#jones", "#man"] * 2


def test_indonesian_question_and_answer_words():
    page = (
        "Berikut petikan wawancara redaksi dengan Sekjen Serbuk Indonesia:\n\n"
        "Apindo telah mengeluarkan himbauan, bagaimana tanggapan anda?\n\n"
        "Jawab:\nKebiasaan APINDO selalu begitu, setiap pemogokan selalu mengeluarkan ancaman.\n\n"
        "Apa tuntutan utama?\n\n"
        "Jawab:\nKami menolak undang-undang itu.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == ["Jawab:", "Jawab:"]
    assert set(_who(root)) == {"#interviewer", "#interviewee"}


ROPORTAJ = """Sinbo İşçisi Dilbent Türker ile Röportaj:

“Hukuki kazanıma götüren, fiili ve meşru mücadeleydi”

  • Haber
  • |
  • Basın derleme
  • |
  • 16 Kasım 2021

Bir seneyi aşkın süredir direnişin simgesi olan Dilbent Türker’le sorunlar üzerine görüştük.

Nasıl başladı direnişiniz?

Öncelikle Sinbo’da iş kazaları çok oluyor. İki arkadaşımız iş cinayetine kurban gitti.

Daha sonra pandemi süreci başladı ve fabrika üretime devam etti, biz de
"""


def test_an_interview_kicker_ending_in_a_colon_heads_the_page_and_bulleted_meta_is_chrome():
    root = _root(ROPORTAJ)
    titles = _x(root, "//tei:front//tei:titlePart")
    assert titles[0] == "Sinbo İşçisi Dilbent Türker ile Röportaj:"
    removed = _x(root, "//tei:list[@type='removed']/tei:item")
    assert removed == ["• Haber", "• |", "• Basın derleme", "• |", "• 16 Kasım 2021"]


def test_one_question_answered_by_the_excerpts_last_paragraphs():
    root = _root(ROPORTAJ)
    assert _who(root) == ["#interviewer", "#interviewee"]
    answer = _x(root, "//tei:body//tei:sp[2]/tei:p")
    assert len(answer) == 2 and answer[0].startswith("Öncelikle")


DASHED = """Lars Henriksson gick i pension efter 44 år på Volvo. Internationalen fick ett samtal med
honom.

Du har varit fackligt aktiv i större delen av ditt liv. Varför då?

– Jag har inte tyckt att jag har haft något alternativ. Vi får ingenting gratis.

Men kämpar facken idag? Många tycker idag att fackföreningarna är byråkratiska kolosser.

– Det gäller att skilja på fackföreningarna och deras ledningar.

Facken är den överlägset största organiseringen av arbetare i landet.
"""


def test_answers_alone_opened_by_a_dash_follow_questions_with_a_remark():
    root = _root(DASHED)
    assert _who(root) == ["#interviewer", "#interviewee"] * 2
    assert _x(root, "//tei:body//tei:sp[3]/tei:p")[0].startswith("Men kämpar facken idag?")
    # the paragraph after the last answer continues it
    assert len(_x(root, "//tei:body//tei:sp[4]/tei:p")) == 2


def test_a_letter_to_a_papers_editors_is_a_letter_signed_below():
    page = (
        "Letters to the Editor\n\n(January 1939)\n\n"
        "From Socialist Appeal, Vol. III No. 4, 28 January 1939, p. 4.\n\n"
        "To the Socialist Appeal:\n\n"
        "I send you herewith a copy of a letter that I sent to the Workers Age.\n\n"
        "Dwight Macdonald\n"
    )
    root = _root(page)
    assert _x(root, "//tei:body//tei:opener/tei:salute") == ["To the Socialist Appeal:"]
    assert _x(root, "//tei:body//tei:closer/tei:signed") == ["Dwight Macdonald"]
    assert _x(root, "//tei:titleStmt/tei:author") == ["Dwight Macdonald"]


def test_a_collected_works_volume_line_is_the_printed_source_and_a_glued_note_leaves_the_title():
    page = (
        "Ленин В.И. Полное собрание сочинений Том 16\n\n"
        "ПРОЕКТЫ РЕЗОЛЮЦИЙ К ТРЕТЬЕЙ КОНФЕРЕНЦИИ РСДРП («ВТОРОЙ ОБЩЕРОССИЙСКОЙ»)24\n\n"
        "Конференция признает, что партия должна принять участие в выборах в Думу.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:titleStmt/tei:title") == [
        "ПРОЕКТЫ РЕЗОЛЮЦИЙ К ТРЕТЬЕЙ КОНФЕРЕНЦИИ РСДРП («ВТОРОЙ ОБЩЕРОССИЙСКОЙ»)"
    ]
    printed = root.xpath("//tei:sourceDesc/tei:bibl[@type='printed']", namespaces=_NS)[0]
    assert _x(printed, "tei:title[@level='m']") == ["Полное собрание сочинений"]
    assert printed.find("tei:biblScope[@unit='volume']", _NS).get("n") == "16"
    assert _x(root, "//tei:titleStmt/tei:author") == ["Ленин В.И."]


def test_a_sites_name_first_above_the_title_is_the_site():
    page = (
        "Biblioteca Multimediale Marxista\n\n\n"
        "Engels a Marx\na Londra\n\n"
        "Caro Moro, ti ringrazio della lettera e delle notizie che mi hai mandato da Londra.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:titleStmt/tei:title")[0].startswith("Engels a Marx")
    site = "//tei:sourceDesc/tei:bibl[@type='digital']/tei:title[@level='m']"
    assert _x(root, site) == ["Biblioteca Multimediale Marxista"]
    assert _x(root, "//tei:list[@type='removed']/tei:item") == ["Biblioteca Multimediale Marxista"]


CABRAL = """AMILCAR CABRAL INTERVIEWED BY FRENE GINWALA

GINWALA : Mr. Cabral, could you please elaborate on the new phase of the struggle?

CABRAL: Really the struggle in my country is now in a new phase.

GINWALA: When you say you have liberated large areas, just how much is this area?

CABRAL: About 40% of the country. GINWALA: Do you have any comment on the denial? CABRAL: You
see, first, the Minister himself said so.
"""


def test_a_title_in_capitals_says_who_was_interviewed_by_whom():
    root = _root(CABRAL)
    roles = {p.get("role") for p in root.xpath("//tei:person[@xml:id='ginwala']", namespaces=_NS)}
    assert roles == {"interviewer"}
    assert root.xpath("//tei:person[@xml:id='cabral']/@role", namespaces=_NS) == ["interviewee"]


def test_the_pages_own_name_labels_run_on_after_a_sentence_end_start_turns():
    root = _root(CABRAL)
    assert _who(root) == ["#ginwala", "#cabral"] * 3
    assert _x(root, "//tei:body//tei:sp[5]/tei:p") == ["Do you have any comment on the denial?"]


def test_a_full_name_in_capitals_once_beside_a_recurring_one_takes_a_turn():
    page = (
        "This is a rush transcript.\n\n"
        "AMY GOODMAN: This is Democracy Now! We end with Shawn Fain of the union.\n\n"
        "SHAWN FAIN: Good evening, America, and the working class.\n\n"
        "AUDIENCE: Trump’s a scab!\n\n"
        "SHAWN FAIN: This election comes down to one question: which side are you on?\n"
    )
    assert _who(_root(page)) == ["#amy-goodman", "#shawn-fain", "#audience", "#shawn-fain"]


def test_a_pdf_viewers_wait_line_and_a_lone_colon_are_chrome():
    page = (
        "Downloading PDF. Please wait... Issue 2894\n\n"
        "‘There’s got to be defiance today’ says former striking miner\n\n"
        ":\n\n"
        "Ian Mitchell was a young miner during the Great Strike, and he was sacked in 1988.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:titleStmt/tei:title") == [
        "‘There’s got to be defiance today’ says former striking miner"
    ]
    removed = _x(root, "//tei:list[@type='removed']/tei:item")
    assert removed == ["Downloading PDF. Please wait... Issue 2894", ":"]


def test_a_feature_headnote_names_both_even_with_a_word_broken_at_a_line_end():
    page = (
        "FEATURE. — The following is an interview with Thozam- ile Botha, a national executive"
        " member of SACTU. The interview was conducted by Bill Dennison, a staff writer for the"
        " Daily World. Q: What is the situation of Black workers? A: I would say that it has"
        " developed.\n"
    )
    root = _root(page)
    people = _people(root)
    assert people == {"interviewer": "Bill Dennison", "interviewee": "Thozamile Botha"}


def test_an_italian_intervista_di_names_who_asks():
    page = (
        "Parla un operaio\n\nIntervista di Paola Salomon\n\n"
        "Da che cosa preferisci cominciare?\n\n"
        "La mia famiglia è di origine toscana, ma mio padre è venuto qui a lavorare"
        " nel dopoguerra e\n"
    )
    root = _root(page)
    asks = root.xpath("//tei:person[@role='interviewer']/tei:persName", namespaces=_NS)
    assert [p.text for p in asks] == ["Paola Salomon"]


def test_the_person_an_opening_presents_by_name_and_age_is_the_interviewee():
    page = (
        "destra avvocato ad alta tecnologia\n"
        "Mario Speranza\n"
        "47 anni, diploma di congegnatore meccanico, operaio di 2° livello, delegato.\n"
        "Intervista di Paola Salomon\n\n"
        "Da che cosa preferisci cominciare?\n\n"
        "Sono nato a Belluno, e ho cominciato a lavorare a sedici anni in una fabbrica e\n"
    )
    root = _root(page)
    people = _people(root)
    assert people == {"interviewer": "Paola Salomon", "interviewee": "Mario Speranza"}


STREJK = """Startsida - Nyheter

Solidaritet som kampmedel

Hur går strejken till, vad ska hen göra och hur ska en motivera detta för sin arbetsgivare?

–Strejken kan gå till på olika sätt, ett sätt är att driva igenom en politisk strejk.

Varför ska en överhuvudtaget bry sig om frågan, varför är solidaritet viktigt?

– För oss är det självklart att solidaritet är ett kampmedel såväl som överlevnad.

Är det främst någon viss yrkesgrupp ni vänder er till och uppmanar till strejk?

– Strejken har vänt sig till alla yrkesgrupper.
"""


def test_dash_answers_without_an_interview_word_and_a_crumb_of_site_words():
    root = _root(STREJK)
    assert _who(root) == ["#interviewer", "#interviewee"] * 3
    assert _x(root, "//tei:list[@type='removed']/tei:item") == ["Startsida - Nyheter"]
    assert _x(root, "//tei:titleStmt/tei:title") == ["Solidaritet som kampmedel"]


def test_two_dashed_answers_without_an_interview_word_are_no_dialogue():
    two = STREJK.rsplit("\n\nÄr det", 1)[0] + "\n"
    assert _x(_root(two), "//tei:body//tei:sp") == []


def test_two_full_names_a_question_and_a_long_answer_open_a_dialogue():
    answer = " ".join(["Jeszcze nie skończyłam swojej walki, choć poniosłam konsekwencje."] * 5)
    page = (
        "Magdalena Ostrowska: Zapłaciłaś bardzo wysoką cenę za walkę o prawa pracownicze."
        " Czy było warto?\n"
        f"Barbara Pokryszka: {answer}\n"
        "Dlaczego po prostu nie zwolniono cię z pracy?\n"
    )
    root = _root(page)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == [
        "Magdalena Ostrowska:",
        "Barbara Pokryszka:",
    ]
    assert _x(root, "//tei:titleStmt/tei:title") != ["Zapłaciłaś bardzo wysoką cenę"]


def test_a_credits_month_is_no_person_and_a_publisher_before_the_works_is_skipped():
    page = (
        "Escrito: 17 de marzo de 1899. Enviada a Podolsk.\n"
        "Fuente del texto: Editorial Akal, Obras Completas, Tomo 41.\n"
        "Preparado para el MIA: Rodrigo Cisterna, febrero de 2016\n\n"
        "Recibí ayer, querida mamita, tu carta. Muchísimas gracias por tu fotografía.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:sourceDesc//tei:monogr/tei:title") == ["Obras Completas"]
    scope = root.xpath("//tei:sourceDesc//tei:biblScope[@unit='volume']", namespaces=_NS)
    assert [s.get("n") for s in scope] == ["41"]
    assert _x(root, "//tei:sourceDesc//tei:respStmt/tei:persName") == ["Rodrigo Cisterna"]


def test_a_person_named_like_a_month_stays_a_person():
    from tei.readers.transcription.provenance import match_credit

    assert match_credit("Transcribed by May Smith and John Doe").names == ["May Smith", "John Doe"]
    credit = match_credit("Transcribed/HTML Markup: Daniel Gaido and David Walters, December, 2005")
    assert credit.names == ["Daniel Gaido", "David Walters"]


def test_a_first_name_label_takes_the_full_name_a_paragraph_of_the_opening_starts_with():
    page = (
        "In de serie De 80/20 Dialogen gaat Vrij Links op zoek naar activisten.\n\n"
        "Lieuwe de Vries werkte in de jaren 70 als student op de fabrieksvloer.\n\n"
        "Soheilah Rodjan werkt sinds 2010 voor de FNV.\n\n"
        "Wat maakte dat je je hiervoor in ging zetten?\n\n"
        "Lieuwe: Ik ben een kind van de jaren 60, van de studentenbeweging.\n\n"
        "Soheilah: Bij mij was het anders, ik begon als organizer.\n\n"
        "Lieuwe: Dat herken ik wel.\n"
    )
    names = _x(_root(page), "//tei:particDesc//tei:person/tei:persName")
    assert "Lieuwe de Vries" in names and "Soheilah Rodjan" in names


def test_a_surname_label_never_takes_a_place_named_after_the_person():
    page = (
        "An interview about the museum.\n\n"
        "The Trotsky Museum in Coyoacan keeps the house as it was.\n\n"
        "Volkov: I was fourteen when they attacked the house.\n\n"
        "Woods: What do you remember?\n\n"
        "Volkov: The shots, and my grandfather.\n"
    )
    names = _x(_root(page), "//tei:particDesc//tei:person/tei:persName")
    assert not any("Museum" in n for n in names)


def test_a_wikis_namespace_leaves_the_headers_title():
    page = (
        "Library:Why the Left fails to attract workers\n\n"
        "This interview transcript has been slightly modified from its source.\n\n"
        "Hello everyone, welcome to the show, my name is Eddie Smith.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:titleStmt/tei:title") == ["Why the Left fails to attract workers"]
    assert _x(root, "//tei:front//tei:titlePart") == [
        "Library:Why the Left fails to attract workers"
    ]


def test_the_one_labelled_speaker_the_opening_says_asks_is_answered_by_the_paragraph_below():
    page = (
        "Kim Moody interview: The superpower’s shopfloor\n\n"
        "Kim Moody is the author of a new book. He spoke to Martin Smith about it.\n\n"
        "Martin Smith: Can you give us an overview of the state of the working class?\n\n"
        "Let me start with an anecdote. Before I left New York I was teaching electricians.\n\n"
        "And they did strike, although the union leaders did not want them to.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:body//tei:sp/tei:speaker") == ["Martin Smith:"]
    assert _who(root) == ["#martin-smith", "#interviewee"]
    assert _x(root, "//tei:body//tei:sp[2]/tei:p")[0].startswith("Let me start")


def test_a_sentence_opening_with_from_is_no_provenance_line():
    from tei.readers.transcription.provenance import match_provenance

    assert match_provenance("From early I realized I wasn't going to spend my life there.") is None
    cited = match_provenance("From Socialist Appeal, Vol. III No. 4, 28 January 1939, p. 4.")
    assert cited is not None and cited.journal == "Socialist Appeal"
    assert match_provenance("From the Militant, Vol. 5 No. 15, 12 April 1941.") is not None


def test_answers_to_questions_by_someone_name_the_asker_not_the_author():
    page = (
        "Answers to Questions by Anita Brenner\n\n"
        "Author(s) | Leon Trotsky |\n---|---|\nWritten | 13 November 1933 |\n\n"
        "Q. What is the explanation of the crisis?\n\n"
        "A. All theories that attempt to explain the crisis by temporary causes I consider false.\n"
    )
    root = _root(page)
    assert _x(root, "//tei:titleStmt/tei:author") == ["Leon Trotsky"]
    people = _people(root)
    assert people == {"interviewer": "Anita Brenner", "interviewee": "Leon Trotsky"}


def test_a_name_a_dash_and_who_the_person_is_above_their_turns_is_the_headnote():
    answer = " ".join(["To zależy, czy weźmiemy pod uwagę strajki legalne, czy nie."] * 4)
    page = (
        "Wrócić do korzeni strajku\n\n"
        "Zuzanna Antonowicz rozmawia z Jakubem Grzegorczykiem\n\n"
        "Jakub Grzegorczyk – socjolog i członek Ogólnopolskiego Związku Zawodowego.\n\n"
        "Zuzanna Antonowicz: Jak oceniasz częstotliwość strajków w Polsce?\n\n"
        f"Jakub Grzegorczyk: {answer}\n\n"
        "Zuzanna Antonowicz: A dlaczego?\n\n"
        f"Jakub Grzegorczyk: {answer}\n"
    )
    root = _root(page)
    assert (
        _x(root, "//tei:body//tei:sp/tei:speaker")
        == [
            "Zuzanna Antonowicz:",
            "Jakub Grzegorczyk:",
        ]
        * 2
    )
