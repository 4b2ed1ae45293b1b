"""Rule: who the speakers are, from what the page's opening says about them.

The opening (title, subtitle, author line, headnote: the text before the first turn)
often names the participants and what they do; a label often gives less than the name:

* full name for a surname or initials label: ``Mandel:`` → ``Ernst Mandel``, ``PB:`` →
  ``Pedro Brieger``, when the opening has a name ending in that surname or with those
  initials;
* roles: ``interview with NAME``, ``Interviewing (Org’s) NAME`` and ``NAME Narrator`` →
  interviewee; ``interviewed by NAME
  (and NAME)``, ``NAME interviewed NAME2``, ``NAME Interview with …``, ``interview … by
  NAME``, ``realizada por``/``raccolta da``/``réalisé par NAME``, ``Das Gespräch führte
  NAME``, ``NAME Interviewer`` → interviewer (NAME2 the interviewee). On a two-speaker page,
  the other speaker of a known interviewer or interviewee takes the other role;
  ``Answers to the Questions of NAME``, ``Fragen von NAME``, ``concedida a NAME``, ``Mit NAME2
  sprach NAME`` → interviewer; ``NAME talks about …``, ``réalisé par … avec NAME`` →
  interviewee. A capitals label is a surname before it is initials (``BERG:`` → *Anna Berg*).
  The interviewee of a question/answer page that names no one else is the page's author (who
  answers) — not when the page says the author asks (``our correspondent Daniel Mertens``);
* a participant described, not named (``spoke to a steelworker of Liège``, a title
  ``Interview with a Ceylonese Trade Unionist``): the description, never a name; a name after
  what B is still names B (``interviewed the retired miner Jack Hollis``).
"""

from __future__ import annotations

import re
import unicodedata

from tei.readers.transcription.front import participants_line

#: a role word is never part of a name (``Steven Trimble Interviewer``)
_NOT_NAME = (
    r"(?!(?:Narrators?|Interviewers?|Interviewees?|Photograph|Photo|An?|The|This|That|These|"
    r"Our|Their|His|Her|Its|My|In|On|At|By|Exclusive|Interview|Entrevista|Intervista|"
    r"Entretien|Gespräch|Propos|She|He|They|We|It|I|Mit|With|Avec|Con|Com)\b)"
)
#: a name of one to four words, on one line (the capital looked at first: the role words
#: are tried only where a name may start, which makes the rules' scans cheap)
NAME = (
    rf"(?=[A-ZА-ЯЁ])(?:{_NOT_NAME}[A-ZА-ЯЁ][\w'’.-]*|[A-ZА-ЯЁ]\.)"
    rf"(?:[ \t](?:{_NOT_NAME}[A-ZА-ЯЁ][\w'’.-]*|de|la|van|von|del|da|du|di)){{0,3}}"
)
#: words of a press agency's, paper's or broadcaster's name (``the Associated Press``)
_PRESS = (
    r"Press|Times|Herald|News|Post|Daily|Tribune|Journal|Gazette|Agency|Express|Telegraph|"
    r"Chronicle|Radio|Television|TV|Monde|Prensa|Zeitung|Presse|Nacional|Universal|Pravda"
)
#: ``A spoke to B``, A perhaps followed by what A is (``Leila Haddad, a nurse from Haifa, talks
#: to Tom Reilly``)
#: what B is, before B's name (``interviewed the retired miner Jack Hollis``)
_WHAT = r"(?:(?:the|a|an|our|their)\s+(?:(?!(?:of|from|in|at)\b)[a-z][\w-]*\s+){1,3})?"
#: what a person is, before the name (``by Militant staff writer Fred Feldman``, ``by our
#: reporter Jim Lane``): the name is the one after it
_TITLE = (
    r"(?:(?:[A-Z][\w'’.-]*[ \t]+){0,2}(?:(?!(?:and|or|of|with|for|in|at|on|from|to|de|del|"
    r"di|da|du|von|y|e|et|und|para|pour|für|per|por|par|the|an?|el|la|le|il|lo|o|os|der|die|das|"
    r"dem|den|um|uma|un|una|une|ein|eine|avec|con|com|mit|sur|sobre|über|about|at|as|who|qui|"
    r"que|is|was|est|es|ist)\b)[a-z][\w-]*[ \t]+){1,3}(?=[A-ZА-ЯЁ]))?"
)
#: what kind of periodical, before its name (``to the Dutch weekly De Groene Amsterdammer``)
_PAPER = (
    r"(?:(?i:the|le|la|el|il|o|der|die|dem)\s+(?:[A-Z][\w-]*\s+)?(?i:weekly|daily|monthly|"
    r"newspaper|paper|magazine|journal|review|semanario|diario|revista|hebdomadaire|journal|"
    r"Wochenzeitung|Zeitung|settimanale|quotidiano|semanário|jornal)\s+)?"
)
_TALKS = re.compile(
    rf"(?P<a>{NAME})(?P<what>,[^.,;:\n]{{3,80}},)?\s+(?:spoke|talked|talks|speaks)\s+(?:to|with)\s+"
    rf"{_WHAT}(?P<b>{NAME})"
)
#: a name, or a periodical's name in quotation marks (``“México al día”``)
_QUOTED_OR_NAME = rf"(?:[“\"«„](?P<a>[^”\"»“\n]{{2,60}})[”\"»“]|(?P<a2>{NAME}))"
_ROLE_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (  # "He had a freewheeling interview with Bharat Bhushan": the one he talked to asks
        re.compile(
            rf"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:had|gave|granted)\s+(?:an?\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
            rf"(?:interview|conversation)\s+(?:with|to)\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
    ),
    (
        re.compile(rf"(?i:interview\w*)\s+with\s+(?P<a>{NAME})\s+by\s+(?P<b>{NAME})"),
        ("interviewee", "interviewer"),
    ),
    (  # "Peter Hall and Mary Stone interviewed Ernest Mandel": two ask
        re.compile(rf"(?P<a>{NAME}),?\s+(?:and|&)\s+(?P<b>{NAME})\s+(?i:interviewed)\s"),
        ("interviewer", "interviewer"),
    ),
    (
        re.compile(rf"(?P<a>{NAME})\s+(?i:interviewed)\s+{_WHAT}(?P<b>{NAME})"),
        ("interviewer", "interviewee"),
    ),
    (
        re.compile(rf"(?P<a>{NAME})[ \t]+(?:Interview|interview)\s+with\s+(?P<b>{NAME})"),
        ("interviewer", "interviewee"),
    ),
    (
        # (after what the person is to someone: "with Trotsky's grandson, Esteban Volkov")
        re.compile(
            rf"(?i:interview\w*|conversation|talk)\s+(?:with|of)\s+"
            rf"(?:[A-Z][\w.-]*[‘’']s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,?\s+)?(?P<a>{NAME})"
        ),
        ("interviewee",),
    ),
    (
        re.compile(rf"(?i:interviewing)\s+(?:[A-Z][\w.-]*[‘’']s\s+)?(?P<a>{NAME})"),
        ("interviewee",),
    ),
    (  # "Interview mit der Zeitung Politiken": the newspaper asks
        re.compile(
            rf"(?i:interview\w*|entrevista|intervista|entretien|gespräch)\s+(?i:mit der Zeitung|"
            rf"with the (?:newspaper|paper|magazine|journal)|avec le journal|au journal|"
            rf"con el (?:periódico|diario)|al (?:periódico|diario)|com o jornal|ao jornal|"
            rf"con il giornale|al giornale)\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
    ),
    (  # the family's languages: "Entrevista a/com", "Entretien avec", "Intervista a/con"
        re.compile(
            rf"(?:(?i:entrevista|intervista|entretien|gespräch|interview)\s+"
            rf"(?:a|à|con|com|avec|mit)|(?i:интервью|беседа)\s+с)\s+(?P<a>{NAME})"
        ),
        ("interviewee",),
    ),
    (
        re.compile(
            rf"(?i:entrevistad[oa]s?|intervistat[oa]|interviewt|propos recueillis|"
            rf"interrogé(?:e|s)?|questionné(?:e|s)?|conducted|carried out|recorded|"
            rf"realizad[oa]|conduzid[oa]|feita|raccolt[oa]|condott[oa]|réalisée?|geführt)\s+"
            rf"(?i:por|par|da|von|by)\s+{_TITLE}(?P<a>{NAME})"
        ),
        ("interviewer",),
    ),
    (  # "Entretien réalisé par Claire Dubois avec Jean Martin"
        re.compile(
            rf"(?i:realizad[oa]|réalisée?|conducted|carried out|condott[oa]|geführt)\s+"
            rf"(?i:por|par|by|da|von)\s+(?P<a>{NAME})\s+(?i:avec|with|con|com|mit)\s+(?P<b>{NAME})"
        ),
        ("interviewer", "interviewee"),
    ),
    (  # "Mit Ernest Mandel sprach Peter Braun": the one spoken with answers
        re.compile(rf"(?i:mit)\s+(?P<a>{NAME})\s+(?:sprach|sprachen|redete)\s+(?P<b>{NAME})"),
        ("interviewee", "interviewer"),
    ),
    (  # "Entrevista concedida a Pedro Lima": granted to the one who asks
        re.compile(
            rf"(?i:concedid[oa]|accordée?|concess[oa]|given|granted|gewährt)\s+"
            rf"(?i:a|à|ao|al|to)\s+{_PAPER}(?P<a>{NAME})"
        ),
        ("interviewer",),
    ),
    (  # "Interview with the Associated Press": an agency or a paper asks
        re.compile(
            rf"(?i:interview\w*|entrevista|entretien|intervista|gespräch)\s+"
            rf"(?i:with|to|for|avec|con|com|a|à|mit)\s+(?i:the|le|la|el|il|o|der|die|dem)\s+"
            rf"(?P<a>(?:[A-Z][\w'’.-]*[ \t]){{0,3}}(?:{_PRESS})\b(?:[ \t][A-Z][\w'’.-]*){{0,2}})"
        ),
        ("interviewer",),
    ),
    (  # "Replies to an Associated Press Correspondent", "Respuestas a Associated Press":
        # who put the questions
        re.compile(
            rf"(?i:answers|replies|respuestas|réponses|antworten|risposte|respostas|ответы)\s+"
            rf"(?i:to|a|à|an|ao|al|на)\s+(?:(?i:the|an?|el|la|le|die|der|den|il|o)\s+)?"
            rf"(?!(?i:questions?|preguntas|fragen|domande|perguntas|вопросы)\b){_QUOTED_OR_NAME}"
        ),
        ("interviewer",),
    ),
    (  # "Entrevista por David Broder", "Interview by Georges Simenon": who made it asks
        re.compile(
            rf"(?m)^(?i:interview|entrevista|entretien|intervista|gespräch)\s+(?i:por|by|par|von|da)\s+"
            rf"(?P<a>{NAME})[ \t]*$"
        ),
        ("interviewer",),
    ),
    (  # "Entrevista por “México al día”": an interview by a periodical is one it made
        re.compile(
            r"(?i:interview|entrevista|entretien|intervista|gespräch)\s+(?i:por|by|par|von|da)\s+"
            r"[“\"«„](?P<a>[^”\"»“\n]{2,60})[”\"»“]"
        ),
        ("interviewer",),
    ),
    (  # "A discussion with Tariq Ali and Hilary Wainwright, chaired by Paul Foot"
        re.compile(rf"(?i:chaired|moderated|presided)\s+(?i:by)\s+(?P<a>{NAME})"),
        ("chair",),
    ),
    (  # "Present: John Dewey, chairman; Albert Goldman, attorney …"
        re.compile(rf"(?P<a>{NAME}),\s+(?:chairman|chairwoman|chairperson|chair|moderator)\b"),
        ("chair",),
    ),
    (
        re.compile(
            rf"(?i:discussion|debate|round ?table)\s+(?i:with|between)\s+"
            rf"(?P<a>{NAME}),?\s+(?:and|&)\s+(?P<b>{NAME})"
        ),
        ("interviewee", "interviewee"),
    ),
    (  # "Intervista a cura di Carla Neri" (an interview's, not a transcription's)
        re.compile(rf"(?i:intervista|conversazione)\s+(?:raccolta\s+)?a cura di\s+(?P<a>{NAME})"),
        ("interviewer",),
    ),
    (  # "Das Gespräch führte Klaus Berger": who led the talk asks
        re.compile(rf"(?i:gespräch|interview)\s+führte(?:n)?\s+(?P<a>{NAME})"),
        ("interviewer",),
    ),
    (  # "our correspondent Daniel Mertens spoke to a steelworker": a reporter asks
        re.compile(
            rf"(?i:correspondent|reporter|journalist|interviewer|correspondant|corresponsal|"
            rf"Korrespondent|inviato|repórter)\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
    ),
    (
        re.compile(
            rf"(?i:interviewed)\s+by\s+(?P<a>{NAME})(?:\s+of\s+\S+)?(?:,?\s+and\s+(?P<b>{NAME}))?"
        ),
        ("interviewer", "interviewer"),
    ),
    (_TALKS, ("interviewer", "interviewee")),
    (  # "Selim Nadi s’est entretenu avec l’historien marxiste … Ian Birchall"
        re.compile(
            rf"(?P<a>{NAME})\s+s[’']est\s+entretenue?\s+avec\s+(?:(?:l[’']|le\s+|la\s+)"
            rf"(?:[a-zà-ÿ][\w’'-]*\s+){{1,6}})?(?P<b>{NAME})"
        ),
        ("interviewer", "interviewee"),
    ),
    (  # "Alan Woods interviewed by SYRIZA journal": the one interviewed
        re.compile(
            rf"(?P<a>{NAME})\s+(?i:interviewed|interview[ée]e?|entrevistad[oa]|intervistat[oa]|"
            rf"interviewt)\s+(?i:by|par|por|da|von)\s"
        ),
        ("interviewee",),
    ),
    (re.compile(rf"(?P<a>{NAME}),?[ \t]+(?i:interviewer)\b"), ("interviewer",)),
    (
        re.compile(
            rf"(?i:answers to (?:the )?questions (?:of|from|by)|questions (?:of|from|by)|"
            rf"fragen von|preguntas de|questions de|domande di|вопросы)\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
    ),
    (  # a title "Interview/ Tariq Ali", "Entretien : Daniel Bensaïd": the one interviewed
        re.compile(
            rf"(?m)^(?i:interview|entrevista|entretien|intervista|gespräch|интервью)"
            rf"[ \t]*[/:|–—][ \t]*"
            rf"(?P<a>{NAME})[ \t]*$"
        ),
        ("interviewee",),
    ),
    (  # "Antworten … auf die Fragen des amerikanischen Journalisten Mr. J. Klyman"
        re.compile(
            rf"(?i:auf\s+die\s+fragen|to\s+the\s+questions|aux\s+questions|a\s+las\s+preguntas|"
            rf"alle\s+domande|às\s+perguntas|на\s+вопросы)\s+(?i:des|der|von|of|from|de|du|del|"
            rf"della|di|dos|das)\s+(?:[a-zà-ÿ][\w-]*\s+){{0,3}}(?:[A-ZÄÖÜ][a-zäöüß]+en\s+)?"
            rf"(?:(?:Mr|Mrs|Ms|Dr|Herrn?|M|Sr|Señor|Monsieur|Mme)\.?\s+)?(?P<a>{NAME})"
        ),
        ("interviewer",),
    ),
    (re.compile(rf"(?P<a>{NAME}),?[ \t]+(?i:narrators?|interviewee)\b"), ("interviewee",)),
    (  # "the miner Dave Price talks about the end of the strike": who is heard answers
        re.compile(
            rf"(?P<a>{NAME})\s+(?:talks|speaks|talked|spoke|reflects|reflected)\s+(?:about|of|on)\s"
        ),
        ("interviewee",),
    ),
]
_CANDIDATE = re.compile(NAME)
#: the full stop ending the sentence after a name (``Das Gespräch führte Hans Vogel.``), not
#: an initial's (``Hardy C.``)
_END_STOP = re.compile(r"(?<=[^\W\d_]{2})\.$")


_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_]|\.)?")


def initials_name(key: str, opening: str) -> str | None:
    """The name in the opening whose words' initials are ``key`` (``SG`` → ``Shevi
    Geldman`` in ``Max Geldman and Shevi Geldman Narrators``), for a label of 2–4 capitals."""
    key = key.replace(".", "")  # "J.M." is "JM"
    if not (2 <= len(key) <= 4 and key.isalpha() and key.isupper()):
        return None
    words = _WORD.findall(opening[:4000])
    n = len(key)
    for i in range(len(words) - n + 1):
        run = words[i : i + n]
        if all(w[:1].isupper() and (w[1:2].islower() or w[1:] == ".") for w in run) and (
            "".join(w[0] for w in run) == key
        ):
            return " ".join(run)
    return None


def _bare(word: str) -> str:
    """A word without case or accents."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )


def full_name(key: str, opening: str) -> str | None:
    """The name the opening gives for a surname or initials label, if it gives one."""
    words = key.split()
    if found := initials_name(key, opening):
        return found
    for m in _CANDIDATE.finditer(opening):
        parts = [w for w in m.group(0).split() if w[:1].isupper()]
        if len(parts) < 2:
            continue
        if len(words) == 1 and key.isupper() and 2 <= len(key) <= 4:
            initials = "".join(p[0] for p in parts)
            if initials == key:
                return _END_STOP.sub("", m.group(0))
        if len(words) == 1 and _bare(parts[-1].rstrip(".,")) == _bare(key):
            # (capitals labels often drop the accent: GUERIN: Daniel Guérin; BERG: Anna Berg)
            return _END_STOP.sub("", m.group(0))
    return None


def roles(opening: str) -> list[tuple[str, str]]:
    """(name, role) pairs that the opening states, in order (an oral history's participants
    lines first: ``Max Geldman and Shevi Geldman Narrators``)."""
    found: list[tuple[str, str]] = []
    for line in opening.splitlines():
        if cover := participants_line(line):
            names, word = cover
            role = "interviewer" if word.casefold().startswith("interviewer") else "interviewee"
            found += [(name, role) for name in names]
    flat = re.sub(r"[ \t]+", " ", opening)
    for pattern, kinds in _ROLE_PATTERNS:
        for m in pattern.finditer(flat):
            groups = m.groupdict()
            pair = [
                (_END_STOP.sub("", groups.get(g) or groups[g + "2"]), k)
                for g, k in zip(("a", "b"), kinds, strict=False)
                if groups.get(g) or groups.get(g + "2")
            ]
            if pattern is _TALKS:
                pair = _who_talks(pair, found, described=bool(m["what"]))
            found += pair
    return found


def _who_talks(
    pair: list[tuple[str, str]], found: list[tuple[str, str]], *, described: bool
) -> list[tuple[str, str]]:
    """``A spoke to B`` names the interviewer first (``our correspondent … spoke to …``) —
    unless the page already made A the interviewee (``Interview with Ana Paredes`` / ``She
    spoke to Jorge Molina``) or B the interviewer, or says what A is (``Miguel Sanchez, a
    leader of the strike, talked with Ruth Porter``: the page introduces whom it is about):
    then the roles are the other way round."""
    if len(pair) != 2:
        return pair
    (a, _), (b, _) = pair
    known = {role: [n for n, r in found if r == role] for role in ("interviewer", "interviewee")}
    if any(same_person(b, n) for n in known["interviewee"]) or any(
        same_person(a, n) for n in known["interviewer"]
    ):
        return pair
    if (
        described
        or any(same_person(a, n) for n in known["interviewee"])
        or any(same_person(b, n) for n in known["interviewer"])
    ):
        return [(a, "interviewee"), (b, "interviewer")]
    return pair


#: an unnamed participant described by what they are: ``spoke to a steelworker of Liège``,
#: ``interviewed a member of the union``, ``Special correspondent of World Outlook``
_DESCRIBED = re.compile(
    r"\b(?P<verb>(?:spoke|talked|talks|speaks)\s+(?:to|with)|interviewed)\s+"
    r"(?P<desc>(?:a|an)\s+[a-z][\w-]*(?:\s+(?!(?:of|from|in)\b)[a-z][\w-]*){0,2}"
    r"(?:\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)"
    r"(?![\w ]*[A-Z])"  # "a steelworker of Liège", not "the retired miner Jack Hollis"
    r"|(?i:\binterview\w*\s+with)\s+(?P<title>(?:a|an)\s+[^\W\d][\w’'-]*(?:[ \t][\w’'-]+){0,3})$",
    re.M,
)


#: a paragraph of the opening about a person: the name, a comma, what the person is
#: (``Darren Roso, jeune chercheur australien, vient de …``)
_ABOUT = re.compile(rf"(?m)^(?P<a>{NAME}),\s+(?=[a-zà-ÿ])")


def headnote_subject(opening: str) -> str | None:
    """The person the opening's paragraph is about (a name, then an apposition): on an
    interview page that names no interviewee, the one interviewed."""
    m = _ABOUT.search(opening)
    return _END_STOP.sub("", m["a"]) if m and len(m["a"].split()) >= 2 else None


def described(opening: str) -> list[tuple[str, str]]:
    """(description, role) of participants the opening describes but does not name: who is
    spoken to or interviewed is the interviewee (``a steelworker of Liège``)."""
    flat = " ".join(opening.split())
    found = [(m["title"], "interviewee") for m in _DESCRIBED.finditer(opening) if m["title"]]
    return found + [(m["desc"], "interviewee") for m in _DESCRIBED.finditer(flat) if m["desc"]]


def same_person(name: str, other: str) -> bool:
    """Two forms of a name share a word of three letters or more (``Ernst Mandel``), and
    do not give two different first names (``Max Geldman`` is not ``Shevi Geldman``)."""
    a = {w.casefold().strip(".,") for w in name.split() if len(w) > 2}
    b = {w.casefold().strip(".,") for w in other.split() if len(w) > 2}
    first, second = name.split(), other.split()
    if len(first) > 1 and len(second) > 1 and first[-1] == second[-1]:
        x, y = first[0].rstrip("."), second[0].rstrip(".")
        if x[:1] != y[:1] or (len(x) > 1 and len(y) > 1 and x != y):
            return False
    return bool(a & b)
