"""The rules that name participants and their roles from a page's opening (the patterns
:func:`tei.readers.transcription.speaker_names.roles` runs): ``interview with NAME``, ``NAME
interviewed NAME2``, ``Answers to the questions of NAME`` and their kin in the family's
languages."""

from __future__ import annotations

import re

from tei.readers.transcription.role_bylines import BYLINE_PATTERNS
from tei.readers.transcription.role_names import (
    NAME,
    PAPER,
    PRESS,
    QUOTED_OR_NAME,
    TALKS,
    TITLE,
    WHAT,
)

#: a word saying when, between the name and its verb (``Chad Pearson recently interviewed …``)
_ADVERB = r"(?:\s+[a-z]{2,12}ly)?"

#: each rule: its pattern, the roles of its groups, and words one of which any match holds
#: (lower-cased): a rule whose words are not in the opening is not run, which keeps the
#: forty scans off the pages that cannot match them
ROLE_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]] = [
    (  # "He had a freewheeling interview with Bharat Bhushan": the one he talked to asks
        re.compile(
            rf"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:had|gave|granted)\s+(?:an?\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
            rf"(?:interview|conversation)\s+(?:with|to)\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
        ("interview", "conversation"),
    ),
    (
        re.compile(rf"(?i:interview\w*)\s+with\s+(?P<a>{NAME})\s+by\s+(?P<b>{NAME})"),
        ("interviewee", "interviewer"),
        ("interview",),
    ),
    (  # "Peter Hall and Mary Stone interviewed Ernest Mandel": two ask
        re.compile(rf"(?P<a>{NAME}),?\s+(?:and|&)\s+(?P<b>{NAME}){_ADVERB}\s+(?i:interviewed)\s"),
        ("interviewer", "interviewer"),
        ("interviewed",),
    ),
    (
        re.compile(
            rf"(?P<a>{NAME}){_ADVERB}\s+(?i:interviewed)\s+(?!(?i:by)\s){WHAT}(?P<b>{NAME})"
        ),
        ("interviewer", "interviewee"),
        ("interviewed",),
    ),
    (
        re.compile(rf"(?P<a>{NAME})[ \t]+(?:Interview|interview)\s+with\s+(?P<b>{NAME})"),
        ("interviewer", "interviewee"),
        ("interview",),
    ),
    (
        # (after what the person is to someone: "with Trotsky's grandson, Esteban Volkov")
        re.compile(
            rf"(?i:interview\w*|conversation|talk)\s+(?:with|of)\s+"
            rf"(?:[A-Z][\w.-]*[‘’']s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,?\s+)?(?P<a>{NAME})"
        ),
        ("interviewee",),
        ("interview", "conversation", "talk"),
    ),
    (
        re.compile(rf"(?i:interviewing)\s+(?:[A-Z][\w.-]*[‘’']s\s+)?(?P<a>{NAME})"),
        ("interviewee",),
        ("interviewing",),
    ),
    (  # "Interview mit der Zeitung Politiken": the newspaper asks
        re.compile(
            rf"(?i:interview\w*|entrevista|intervista|entretien|gespräch)\s+(?i:mit der Zeitung|"
            rf"with the (?:newspaper|paper|magazine|journal)|avec le journal|au journal|"
            rf"con el (?:periódico|diario)|al (?:periódico|diario)|com o jornal|ao jornal|"
            rf"con il giornale|al giornale)\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
        ("interview", "entrevista", "intervista", "entretien", "gespräch"),
    ),
    (  # the family's languages: "Entrevista a/com", "Entretien avec", "Intervista a/con"
        re.compile(
            rf"(?:(?i:entrevista|intervista|entretien|gespräch|interview|conversación|conversa)\s+"
            rf"(?:a|à|con|com|avec|mit)|(?i:интервью|беседа)\s+с)\s+(?P<a>{NAME})"
        ),
        ("interviewee",),
        (
            "interview",
            "entrevista",
            "intervista",
            "entretien",
            "gespräch",
            "интервью",
            "беседа",
            "conversación",
            "conversa",
        ),
    ),
    (
        re.compile(
            rf"(?i:entrevistad[oa]s?|intervistat[oa]|interviewt|propos recueillis|"
            rf"interrogé(?:e|s)?|questionné(?:e|s)?|conducted|carried out|recorded|"
            rf"realizad[oa]|conduzid[oa]|feita|raccolt[oa]|condott[oa]|réalisée?|geführt)\s+"
            rf"(?i:por|par|da|von|by)\s+{TITLE}(?P<a>{NAME})"
        ),
        ("interviewer",),
        (
            "entrevistad",
            "intervistat",
            "interviewt",
            "propos recueillis",
            "interrogé",
            "questionné",
            "conducted",
            "carried out",
            "recorded",
            "realizad",
            "conduzid",
            "feita",
            "raccolt",
            "condott",
            "réalisé",
            "geführt",
        ),
    ),
    (  # "Entretien réalisé par Claire Dubois avec Jean Martin"
        re.compile(
            rf"(?i:realizad[oa]|réalisée?|conducted|carried out|condott[oa]|geführt)\s+"
            rf"(?i:por|par|by|da|von)\s+(?P<a>{NAME})\s+(?i:avec|with|con|com|mit)\s+(?P<b>{NAME})"
        ),
        ("interviewer", "interviewee"),
        ("realizad", "réalisé", "conducted", "carried out", "condott", "geführt"),
    ),
    (  # "Mit Ernest Mandel sprach Peter Braun": the one spoken with answers
        re.compile(rf"(?i:mit)\s+(?P<a>{NAME})\s+(?:sprach|sprachen|redete)\s+(?P<b>{NAME})"),
        ("interviewee", "interviewer"),
        ("sprach", "redete"),
    ),
    (  # "Entrevista concedida a Pedro Lima": granted to the one who asks
        re.compile(
            rf"(?i:concedid[oa]|accordée?|concess[oa]|given|granted|gewährt)\s+"
            rf"(?i:a|à|ao|al|to)\s+{PAPER}(?P<a>{NAME})"
        ),
        ("interviewer",),
        ("concedid", "accordé", "concess", "given", "granted", "gewährt"),
    ),
    (  # "Interview with the Associated Press": an agency or a paper asks
        re.compile(
            rf"(?i:interview\w*|entrevista|entretien|intervista|gespräch)\s+"
            rf"(?i:with|to|for|avec|con|com|a|à|mit)\s+(?i:the|le|la|el|il|o|der|die|dem)\s+"
            rf"(?P<a>(?:[A-Z][\w'’.-]*[ \t]){{0,3}}(?:{PRESS})\b(?:[ \t][A-Z][\w'’.-]*){{0,2}})"
        ),
        ("interviewer",),
        ("interview", "entrevista", "intervista", "entretien", "gespräch"),
    ),
    (  # "Replies to an Associated Press Correspondent", "Respuestas a Associated Press":
        # who put the questions
        re.compile(
            rf"(?i:answers|replies|respuestas|réponses|antworten|risposte|respostas|ответы)\s+"
            rf"(?i:to|a|à|an|ao|al|на)\s+(?:(?i:the|an?|el|la|le|die|der|den|il|o)\s+)?"
            rf"(?!(?i:questions?|preguntas|fragen|domande|perguntas|вопросы)\b){QUOTED_OR_NAME}"
        ),
        ("interviewer",),
        (
            "answers",
            "replies",
            "respuestas",
            "réponses",
            "antworten",
            "risposte",
            "respostas",
            "ответы",
        ),
    ),
    (  # "Entrevista por David Broder", "Interview by Georges Simenon": who made it asks
        re.compile(
            rf"(?m)^(?i:interview|entrevista|entretien|intervista|gespräch)\s+"
            rf"(?i:por|by|par|von|da|(?<=[Ii]ntervista )di)\s+"
            rf"(?P<a>{NAME})[ \t]*$"
        ),
        ("interviewer",),
        ("interview", "entrevista", "intervista", "entretien", "gespräch"),
    ),
    (  # "Entrevista por “México al día”": an interview by a periodical is one it made
        re.compile(
            r"(?i:interview|entrevista|entretien|intervista|gespräch)\s+(?i:por|by|par|von|da)\s+"
            r"[“\"«„](?P<a>[^”\"»“\n]{2,60})[”\"»“]"
        ),
        ("interviewer",),
        ("interview", "entrevista", "intervista", "entretien", "gespräch"),
    ),
    (  # "A discussion with Tariq Ali and Hilary Wainwright, chaired by Paul Foot"
        re.compile(rf"(?i:chaired|moderated|presided)\s+(?i:by)\s+(?P<a>{NAME})"),
        ("chair",),
        ("chaired", "moderated", "presided"),
    ),
    (  # "Present: John Dewey, chairman; Albert Goldman, attorney …"
        re.compile(rf"(?P<a>{NAME}),\s+(?:chairman|chairwoman|chairperson|chair|moderator)\b"),
        ("chair",),
        ("chair", "moderator"),
    ),
    (
        re.compile(
            rf"(?i:discussion|debate|round ?table)\s+(?i:with|between)\s+"
            rf"(?P<a>{NAME}),?\s+(?:and|&)\s+(?P<b>{NAME})"
        ),
        ("interviewee", "interviewee"),
        ("discussion", "debate", "round"),
    ),
    (  # "Intervista a cura di Carla Neri" (an interview's, not a transcription's)
        re.compile(rf"(?i:intervista|conversazione)\s+(?:raccolta\s+)?a cura di\s+(?P<a>{NAME})"),
        ("interviewer",),
        ("intervista", "conversazione"),
    ),
    (  # "Das Gespräch führte Klaus Berger": who led the talk asks
        re.compile(rf"(?i:gespräch|interview)\s+führte(?:n)?\s+(?P<a>{NAME})"),
        ("interviewer",),
        ("führte",),
    ),
    (  # "our correspondent Daniel Mertens spoke to a steelworker": a reporter asks
        re.compile(
            rf"(?i:correspondent|reporter|journalist|interviewer|correspondant|corresponsal|"
            rf"Korrespondent|inviato|repórter)\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
        (
            "correspond",
            "corresponsal",
            "reporter",
            "journalist",
            "interviewer",
            "korrespondent",
            "inviato",
            "repórter",
        ),
    ),
    (
        re.compile(
            rf"(?i:interviewed\s+by|interviews?\s+(?:was|were)\s+conducted\s+by)\s+(?P<a>{NAME})"
            rf"(?:\s+of\s+\S+)?(?:,?\s+and\s+(?P<b>{NAME}))?"
        ),
        ("interviewer", "interviewer"),
        ("interviewed", "conducted"),
    ),
    (  # "Le interviste sono state condotte da Giuseppe Morandi e Aldo Tonini": who asked
        re.compile(
            rf"(?i:(?:l[ae]\s+)?(?:intervist[ae]|entrevistas?|entretiens?)\s+(?:(?:sono|fueron|"
            rf"foram|ont\s+été|a\s+été|fue|foi|è)\s+(?:stat[ae]\s+)?)?(?:condott[ae]|realizad[oa]s?|"
            rf"conducid[oa]s?|feit[oa]s?|men[ée]e?s?|r[ée]alis[ée]e?s?|raccolt[ae])\s+(?:da|por|par))"
            rf"\s+(?P<a>{NAME})(?:\s+(?:e|y|et)\s+(?P<b>{NAME}))?"
        ),
        ("interviewer", "interviewer"),
        ("condott", "realiz", "réalis", "conduc", "feit", "men", "raccolt"),
    ),
    (TALKS, ("interviewer", "interviewee"), ("spoke", "talked", "talks", "speaks")),
    (  # "Selim Nadi s’est entretenu avec l’historien marxiste … Ian Birchall"
        re.compile(
            rf"(?P<a>{NAME})\s+s[’']est\s+entretenue?\s+avec\s+(?:(?:l[’']|le\s+|la\s+)"
            rf"(?:[a-zà-ÿ][\w’'-]*\s+){{1,6}})?(?P<b>{NAME})"
        ),
        ("interviewer", "interviewee"),
        ("entretenu",),
    ),
    (  # "Alan Woods interviewed by SYRIZA journal": the one interviewed
        re.compile(
            rf"(?P<a>{NAME})\s+(?i:interviewed|interview[ée]e?|entrevistad[oa]|intervistat[oa]|"
            rf"interviewt)\s+(?i:by|par|por|da|von)\s"
        ),
        ("interviewee",),
        ("interview", "entrevistad", "intervistat"),
    ),
    (re.compile(rf"(?P<a>{NAME}),?[ \t]+(?i:interviewer)\b"), ("interviewer",), ("interviewer",)),
    (
        re.compile(
            rf"(?i:answers to (?:the )?questions (?:of|from|by)|"
            rf"questions (?:(?:put|asked|posed)\s+)?(?:of|from|by)|"
            rf"fragen von|preguntas de|questions de|domande di|вопросы)\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
        ("questions", "fragen", "preguntas", "domande", "вопросы"),
    ),
    (  # "3 questions à... Antoine Colin", "Ten questions to Selim Nadi": the one who answers
        re.compile(
            rf"(?i:questions?|preguntas|domande|fragen|perguntas)\s+(?i:à|a|to|an|para|per)"
            rf"(?:\.{{3}}|…)?\s+(?P<a>{NAME})"
        ),
        ("interviewee",),
        ("question", "pregunta", "domande", "fragen", "perguntas"),
    ),
    (  # a title "Interview/ Tariq Ali", "Entretien : Daniel Bensaïd": the one interviewed
        re.compile(
            rf"(?m)^(?i:interview|entrevista|entretien|intervista|gespräch|интервью)"
            rf"[ \t]*[/:|–—][ \t]*"
            rf"(?P<a>{NAME})[ \t]*$"
        ),
        ("interviewee",),
        ("interview", "entrevista", "intervista", "entretien", "gespräch", "интервью"),
    ),
    (  # "Antworten … auf die Fragen des amerikanischen Journalisten Mr. J. Klyman"
        re.compile(
            rf"(?i:auf\s+die\s+fragen|to\s+the\s+questions|aux\s+questions|a\s+las\s+preguntas|"
            rf"alle\s+domande|às\s+perguntas|на\s+вопросы)\s+(?i:des|der|von|of|from|de|du|del|"
            rf"della|di|dos|das)\s+(?:[a-zà-ÿ][\w-]*\s+){{0,3}}(?:[A-ZÄÖÜ][a-zäöüß]+en\s+)?"
            rf"(?:(?:Mr|Mrs|Ms|Dr|Herrn?|M|Sr|Señor|Monsieur|Mme)\.?\s+)?(?P<a>{NAME})"
        ),
        ("interviewer",),
        ("fragen", "questions", "preguntas", "domande", "perguntas", "вопросы"),
    ),
    (
        re.compile(rf"(?P<a>{NAME}),?[ \t]+(?i:narrators?|interviewee)\b"),
        ("interviewee",),
        ("narrator", "interviewee"),
    ),
    (  # "the miner Dave Price talks about the end of the strike": who is heard answers
        re.compile(
            rf"(?P<a>{NAME})\s+(?:talks|speaks|talked|spoke|reflects|reflected)\s+(?:about|of|on)\s"
        ),
        ("interviewee",),
        ("talks", "speaks", "talked", "spoke", "reflect"),
    ),
    (  # "He talked to Socialist Worker about …": the one he talked to asks
        re.compile(rf"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:spoke|talked)\s+(?:to|with)\s+(?P<a>{NAME})"),
        ("interviewer",),
        ("spoke", "talked"),
    ),
    (  # "“sozialismus heute” sprach mit Clare Doyle": a periodical in quotation marks asks
        re.compile(
            r"[“\"«„](?P<a>[^”\"»“\n]{2,60})[”\"»“]\s+(?:sprach|spoke|talked|habló|a parlé|parlou|"
            rf"ha parlato)\s+(?:mit|to|with|con|avec|com)\s+{WHAT}(?P<b>{NAME})"
        ),
        ("interviewer", "interviewee"),
        ("sprach", "spoke", "talked", "habló", "parlé", "parlou", "parlato"),
    ),
    (  # "In this interview with the weekly Nuestra Propuesta": a periodical asks
        re.compile(
            rf"(?i:interview\w*|entrevista|entretien|intervista|gespräch)\s+(?i:with|to|for|avec|"
            rf"con|com|a|à|mit)\s+(?i:the|le|la|el|il|o|der|die|dem)\s+(?:[A-Z][\w-]*\s+)?"
            rf"(?i:weekly|daily|monthly|newspaper|paper|magazine|journal|review|semanario|diario|"
            rf"revista|hebdomadaire|Wochenzeitung|Zeitung|settimanale|quotidiano|jornal)\s+"
            rf"(?P<a>{NAME})"
        ),
        ("interviewer",),
        ("interview", "entrevista", "intervista", "entretien", "gespräch"),
    ),
    (  # "Интервью взял Алексей Козлов", "Беседовала Анна Петрова": who asked
        re.compile(
            rf"(?:(?i:интервью)\s+(?:взял|взяла|взяли)|(?i:беседовал[аи]?))\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
        ("интервью", "беседовал"),
    ),
    (  # "Dette interview blev lavet … af International Socialist Review", "Intervjuet av …"
        re.compile(
            rf"(?i:interview(?:et)?|intervju(?:et|n)?)\s+(?i:blev|ble|blei|gjordes|var)\s+"
            rf"(?i:lavet|laget|gjort|foretaget|foretatt)\s+(?:[^\n.]{{0,40}}?\s)?(?i:af|av)\s+"
            rf"(?P<a>{NAME})|(?m:^(?i:intervjuet|interviewet|intervjuad|intervjuat)\s+(?i:af|av)\s+"
            rf"(?P<a2>{NAME}))"
        ),
        ("interviewer",),
        ("interview", "intervju"),
    ),
    (  # "На вопросы «Левой политики» отвечает известный социолог … Александр Тарасов."
        re.compile(
            rf"(?i:на\s+вопросы)[^\n]{{0,60}}?\s(?i:отвечает)\s+(?:[^.\n]{{0,160}}?\s)?(?P<a>{NAME})\."
        ),
        ("interviewee",),
        ("вопросы",),
    ),
    (  # "… Leon Van Santvoort van de Algemene Centrale van het ABVV stond ons te woord."
        re.compile(
            rf"(?P<a>{NAME})\s+(?:van\s+[^.\n]{{0,80}}?\s)?stond\s+(?:ons|mij|me)\s+te\s+woord"
        ),
        ("interviewee",),
        ("te woord",),
    ),
    (  # "… söyleşilerinin bugünkü konuğu BİRTEK-SEN Genel başkanı Mehmet Türkmen.": the guest
        re.compile(
            rf"(?i:konuğu|our guest|notre invitée?|nuestro invitado|nuestra invitada|"
            rf"unser Gast|unsere Gästin|nosso convidado|il nostro ospite)\b[^.\n]{{0,80}}?\s"
            rf"(?P<a>{NAME})(?=\s*[.,;]|\s*$)"
        ),
        ("interviewee",),
        (
            "konuğu",
            "guest",
            "invité",
            "invitado",
            "invitada",
            "gast",
            "gästin",
            "convidado",
            "ospite",
        ),
    ),
    *BYLINE_PATTERNS,
]
