"""Rule: speaker turns — the shapes of a label.

Label shapes accepted at the start of a paragraph, kept exactly as written
(:func:`candidate`; :func:`bare_label` for a label alone on its line, whose text follows
on the next lines):

* question/answer words of the family's languages: ``Question:``, ``Answer:``, ``Q:``,
  ``A:``, ``Q.``, ``A.``, ``A –``, ``Frage:``/``Antwort:``, ``Pregunta:``/``Respuesta:``,
  ``P:``/``R:``, ``P/1 -``/``R –``, ``D:``/``R:``, ``F:``/``A:``, ``В:``/``О:``, ``Réponse :``,
  ``Domanda:``/``Risposta:``, ``Pergunta:``/``Resposta:``,
  ``Вопрос:``/``Ответ:``, also with a bracketed aside (``Q [Daily Herald] :``);
* ``Name (ABBR):`` (``Paul M. Sweezy (PMS):``) and ``ABBR (Name):`` (``SW (Suzi Weissman):``,
  the initials those of the name), which also declare ``ABBR:``;
* capitals and initials: ``DEWEY:``, ``MR. FINERTY:``, ``PB:``, ``MALCOLM X:``;
* a hearing's record: a title, the surname in capitals and a full stop (``Mr. HAYWOOD.``,
  ``Commissioner GARRETSON.``, ``The CHAIRMAN.``, ``Senator McCARTHY.``);
* a name and a colon or dash: ``Hugo Blanco –``, ``Leon Trotsky:``, ``Tariq Ali.:``,
  ``Engels :``, ``— Howard :``, ``1st Independent Speaker:``;
* a transcript's bracketed label: ``[Castro]``, ``[First reporter]``, ``[Castro, interrupting]``,
  ``[Text] [Castro]``.

Which candidates are turns is decided in :mod:`tei.readers.transcription.speaker_turn`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tei.readers.transcription.name_shapes import CAPITALS as _UP

QUESTION_WORDS = {
    "question",
    "q",
    "frage",
    "pregunta",
    "p",
    "d",
    "f",
    "в",
    "domanda",
    "pergunta",
    "вопрос",
    "ερώτηση",
    "ερ",
    "interviewer",
    "vraag",
    "otázka",
    "dotaz",
    "pytanie",
    "soru",
    "fråga",
    "spørgsmål",
    "spørsmål",
    "kysymys",
    "pitanje",
    "питання",
    "pertanyaan",
    "tanya",
    "問",
    "问",
}
ANSWER_WORDS = {
    "answer",
    "jawab",
    "jawaban",
    "a",
    "antwort",
    "respuesta",
    "r",
    "о",
    "réponse",
    "reponse",
    "risposta",
    "resposta",
    "ответ",
    "απάντηση",
    "απ",
    "antwoord",
    "odpověď",
    "odpowiedź",
    "cevap",
    "yanıt",
    "svar",
    "vastaus",
    "odgovor",
    "відповідь",
    "答",
}
#: one-letter question/answer words that count only beside their other half
PAIRS = (
    {"q", "a"},
    {"p", "r"},
    {"d", "r"},
    {"q", "r"},
    {"f", "a"},
    {"в", "о"},
    {"問", "答"},
    {"问", "答"},
)

_QA = re.compile(
    # (a word of a label is capitalised: "oil / question. These …" is a sentence, not a label)
    # (numbered: "1. Question.", "Question 1 :", "Q 2 :")
    r"^(?P<label>(?:[1-9]\d?\.\s(?=[^\W\d_]{2}))?(?P<word>(?=[^\W\d_])(?![a-zß-ÿа-яёά-ώ])(?i:Question|Answer|Frage|Antwort|"
    r"Pregunta|Respuesta|R[ée]ponse|Domanda|Risposta|Pergunta|Resposta|Вопрос|Ответ|Ερώτηση|"
    r"Απάντηση|Ερ|Απ|Vraag|Antwoord|Otázka|Dotaz|Odpověď|Pytanie|Odpowiedź|Soru|Cevap|Yanıt|"
    r"Fråga|Spørgsmål|Spørsmål|Svar|Kysymys|Vastaus|Pitanje|Odgovor|Питання|Відповідь|"
    r"Pertanyaan|Tanya|Jawaban|Jawab)"
    r"|[問问答]|Q|A|P|R|D|F|В|О)"
    # ("P/1 -", "P/2 -": an oral history's first and second interviewer)
    r"(?:/[1-9](?=\s?[-–—:]))?"
    r"(?:\s[1-9]\d?(?=\s?[:.]))?"
    r"(?:\s?\[[^\[\]\n]{1,40}\])?\s?(?P<sep>\.:|\.\s?-|[:.：](?:\s?[–—](?=\s))?|[–—]|-(?=\s)))"
    r"(?:\s*(?P<rest>\S.*))?$",
    re.S,
)
_ABBR = re.compile(
    r"^(?P<label>(?P<name>[A-Z][\w.'’ -]{1,60}?)\s*\((?P<abbr>[A-Z][A-Z.]{0,9})\)\s*:)"
    r"(?:\s*(?P<rest>\S.*))?$",
    re.S,
)
#: initials, then the full name they stand for: ``SW (Suzi Weissman):``, ``VR [Vicente
#: Romero].`` (the editors' brackets; a full stop then ends the label too)
_ABBR_FIRST = re.compile(
    r"^(?P<label>(?P<abbr>[A-Z][A-Z.]{0,5})\s*(?:\((?P<name>[A-Z][\w.'’-]*(?:\s[\w.'’-]+){1,4})\)"
    r"\s*:|\[(?P<name2>[A-Z][\w.'’-]*(?:\s[\w.'’-]+){1,4})\]\s*[:.])"
    r")(?:\s*(?P<rest>\S.*))?$",
    re.S,
)
_CAPS = re.compile(
    rf"^(?P<label>(?P<name>(?:(?:MR|MRS|MS|DR|PROF|GEN|COL)\.\s)?[{_UP}][{_UP}'’.-]+"
    rf"(?:\s[{_UP}][{_UP}'’.-]*){{0,3}})\s?:)(?:\s*(?P<rest>\S.*))?$",
    re.S,
)
#: the titles a hearing's record puts before a surname
TITLES = (
    r"(?:The|Mr|Mrs|Ms|Miss|Dr|Senator|Sen|Representative|Rep|Commissioner|"
    r"Chairman|Chairwoman|Judge|General|Gen|Colonel|Col|Governor|Gov|Secretary|Ambassador|"
    r"Admiral|Major|Maj|Captain|Capt|Professor|Prof|Justice|Attorney|Counsel|Mayor|President|"
    r"Dean|Father|Rev|Lord|Sir)"
)
#: a hearing's (or a trial's) record: a title, the surname in capitals, a full stop
_HEARING = re.compile(
    rf"^(?P<label>(?P<name>{TITLES}\.?\s(?:Mc|Mac|De|Di|La|Van\s|O['’])?"
    rf"[{_UP}][{_UP}'’-]+(?:\s[{_UP}][{_UP}'’-]+)?)\.)\s+(?P<rest>\S.*)$",
    re.S,
)
_NAMED = re.compile(
    rf"^(?P<label>(?P<dash>[–—]\s?)?(?P<name>(?:[{_UP}]|\d{{1,2}}(?:st|nd|rd|th)\s)[\w'’.-]*"
    rf"(?:\s(?:[{_UP}0-9][\w'’.-]*|de|van|von|la|del|da|du|(?:and|en|y|et|und|e|&)(?=\s[A-Z]))"
    r"){0,4})\s?(?P<sep>:|\.-|\s[–—-](?=\s)))"
    # (the text glued to the colon when it opens with a capital: "Boltxe:Lo primero …")
    r"(?:\s+(?P<rest>\S.*)|(?<=:)(?P<glued>[A-ZÀ-ÞА-ЯЁ¿¡«“][^\W\d_]*[\s,].*))?$",
    re.S,
)
#: words that start a "Word:" line but never name a speaker
NOT_SPEAKERS = frozenset(
    """note notes nota anmerkung source sources quelle fuente written translated translation
    transcription transcribed markup online published first editor editors dear sir madam
    subject date from to cc tel email e-mail address ps p.s. ed n.b nb contents introduction
    start end warning update updated postscript re fwd aus share tags print posted present
    absent anwesend presentes présents presenti присутствовали rights derechos droits rechte
    diritti direitos licence license licencia licenza lizenz copyright copyleft права
    letter lettre lettera carta brief письмо list link links url lien liens enlace enlaces
    video vidéo vídeo photo foto image imagen audio podcast download pdf interview entrevista
    entretien intervista gespräch интервью title identifier project location place duration
    creator contributor collection format language description feature editorial comment
    opinion analysis record details""".split()
)
#: the roles a header field names, before a name (``Interviewer: Peter Brabban``): no turn
ROLE_FIELDS = frozenset(
    {
        "interviewer",
        "interviewee",
        "narrator",
        "interviewers",
        "entrevistador",
        "entrevistado",
        "intervistatore",
        "intervieweur",
        "interviewé",
    }
)
INTERVIEW = re.compile(
    r"(?i)\binterview|\b(?:spoke|talked|talks|speaks) (?:to|with)\b|\bconversation|\bentretien|"
    r"\bconversaci[óo]n\b|"
    r"\bgespr[äa]ch|\bentrevista|\bintervista|\bдебат|\bинтервью|\bbeseda|\bdebate\b|"
    r"\bdiscussion\b|\bsession\b|\bhearing\b|\bQ\s?&\s?A\b|\bdi[áa]logo\b|\bdialogue\b|\bdialog\b|"
    r"\bsöyleşi|\bσυνέντευξη|\bwywiad|\bintervju|\bs[’']est entretenue?s? avec|\brozmow[aęiy]|"
    r"\brozhovor|\brozmawia\w*|\bhovoří s\b|\bбеседует с\b|\bspricht mit\b|"
    r"\bs[’']entretient avec\b|\bconversa com\b|\bconversa con\b|\bhaastattelu|\bentrevue|"
    r"\bröportaj|\bgesprek|\bsamtal[ea]?\b|\bинтервю|\bінтерв[’']ю|\bрозмов[аиі]|"
    # "Questions à Etienne Hodara", "Ten questions to …", "Preguntas a …": put to someone
    r"\b(?:\d+\s+)?(?:questions?\s+(?:à|to|for)|preguntas\s+a|domande\s+a|fragen\s+an|"
    r"perguntas\s+a|вопросы?\s+к?)\s+(?-i:[A-ZÀ-ÝА-ЯЁ])|"
    r"インタビュー|采访|採訪|访谈|訪談|专访|專訪|مقابلة|مصاحبه|گفتگو"
    # "Answers to the questions of …", "Antworten L. D. Trotzkis auf die Fragen des …"
    r"|\b(?:answers?|repl(?:y|ies)|antworten|réponses?|respuestas?|risposte|respostas|ответы)\b"
    r"[^\n]{0,60}?\b(?:questions|fragen|preguntas|domande|perguntas|вопросы)\b"
)
ROLE_WORDS = re.compile(r"(?i)\b(?:speaker|chair(?:man)?|moderator|questioner|audience|floor)\b")


@dataclass(frozen=True)
class Label:
    """A candidate speaker label found at the start of a paragraph."""

    label: str  # exactly as written, punctuation included
    key: str  # the name without punctuation ("Question", "Hugo Blanco", "PMS")
    rest: str  # the paragraph's text after the label ("" for a label alone on its line)
    form: str  # "qa", "abbr", "caps", "named", "dash"
    name: str = ""
    abbr: str = ""
    sep: str = ""


def candidate(text: str) -> Label | None:
    """The label at the start of ``text``, if it has the shape of one."""
    found = _shape(text)
    return found if found is not None and found.rest else None


#: initials alone on their line (``DB``, ``FO’G`` for Frances O’Grady)
_BARE_INITIALS = re.compile(r"[A-ZА-ЯЁ](?:[A-ZА-ЯЁ]|[’'](?=[A-ZА-ЯЁ])){1,4}")


def bare_label(text: str) -> Label | None:
    """A label standing alone on its line (``Question:``, ``New Times:``)."""
    found = _shape(text.strip())
    if found is None and (initials := _BARE_INITIALS.fullmatch(text.strip())):
        # "DB" alone on its line, the question below it: initials, no colon
        return Label(initials.group(0), initials.group(0), "", "caps", name=initials.group(0))
    if found is None or found.rest or found.form == "dash":
        return None
    if found.form == "qa" and found.sep not in (":", "–", "—"):
        return None
    return found


#: a name alone on its line, no colon (``David Broder``, ``Benedito Tadeu César``, ``Mesa de
#: Debates``): two to four capitalised words, perhaps with particles
_BARE_NAME = re.compile(
    r"[A-ZÀ-ÞА-ЯЁΑ-Ω][\w’'-]+(?:\s(?:(?:de|da|do|dos|das|del|la|van|von|der|di|du|le)\s)?"
    r"[A-ZÀ-ÞА-ЯЁΑ-Ω][\w’'-]+){1,3}"
)


def bare_name(text: str) -> Label | None:
    """A name alone on its line without a colon, which may label the paragraph below it (a
    candidate of its own form, ``bare``: see :mod:`tei.readers.transcription.speaker_turn`)."""
    line = text.strip()
    if len(line) > 40 or not _BARE_NAME.fullmatch(line) or line.isupper():
        return None
    words = line.casefold().split()
    if words[0] in NOT_SPEAKERS or ROLE_WORDS.search(line) or words[-1].startswith("interview"):
        return None  # "Steven Trimble Interviewer": a cover line of an oral history
    return Label(line, line, "", "bare", name=line)


_SHORT_LINE = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s[A-Z][\w'’.-]*){0,2}$")


def two_line_label(line: str, following: str) -> Label | None:
    """A name label broken over two lines: ``New`` / ``Times:  What is …``."""
    if not following or not _SHORT_LINE.match(line) or len(line) > 30:
        return None
    found = _shape(f"{line}\n{following}")
    if found is None or found.form not in ("named", "caps") or "\n" not in found.label:
        return None
    if not line.isupper() and (own := _shape(following)) is not None and own.form == "caps":
        return None  # "Transcript" / "AMY GOODMAN: …": a label in capitals of its own
    return found


#: initials with their dots before the colon (``A.M.: …``, ``A.D :`` with its last dot lost): a
#: speaker's, not ``A.`` (answer)
_DOTTED_INITIALS = re.compile(rf"(?:[{_UP}]\.){{2,4}}\s?(?::|-\s)|(?:[{_UP}]\.){{1,3}}[{_UP}]\s?:")


#: a transcript's bracketed label (``[Castro] First, I would like …``, ``[First reporter] Mr
#: President …``, ``[Castro, interrupting] Are you …``): a name or role of up to four words
_BRACKETED = re.compile(
    # (a broadcast monitor's mark of where the text starts before it: "[Text] [Castro] …")
    r"^(?P<label>(?:\[(?:Text|Excerpts?)\]\s+)?"
    rf"\[(?P<name>[{_UP}][\w'’.-]*(?: [\w'’.-]+){{0,3}})(?:, [a-z][a-z ]{{2,20}})?\])"
    r"\s+(?P<rest>\S.*)$",
    re.S,
)


#: the time a transcript's turn starts, in parentheses and before a colon (``(00:05):``)
_TIME = r"\((?:\d{1,2}:)?\d{1,2}:\d{2}\)\s?:"
#: a transcription service's label with the time the turn starts (``Speaker 2 (00:05):``,
#: ``Amy Goodman (01:12:30):``): the speaker is the name before the time
_STAMPED = re.compile(
    rf"^(?P<label>(?P<name>[{_UP}][\w'’.-]*(?: [\w'’.-]+){{0,3}})\s?{_TIME})"
    r"(?:\s+(?P<rest>\S.*))?$",
    re.S,
)
#: the time stamp alone that such a transcript puts where the same speaker goes on
#: (``(00:27):``)
TIME_STAMP = re.compile(_TIME)


def _shape(text: str) -> Label | None:
    if (text[-1:] == ":" or "):" in text[:60]) and (m := _STAMPED.match(text[:200])):
        name = m["name"]
        return Label(m["label"], name, text[m.end("label") :].strip(), "named", name=name)
    if text[:1] == "[":
        if m := _BRACKETED.match(text):
            name = m["name"]
            return Label(m["label"], name, m["rest"], "bracketed", name=name)
        return None
    if (m := _QA.match(text)) and not (m["sep"] == "." and _DOTTED_INITIALS.match(text)):
        return Label(m["label"], m["word"], m["rest"] or "", "qa", sep=m["sep"])
    if m := _ABBR.match(text):
        name = m["name"].strip()
        return Label(m["label"], m["abbr"], m["rest"] or "", "abbr", name=name, abbr=m["abbr"])
    if (
        (m := _ABBR_FIRST.match(text))
        and initials_of(full := m["name"] or m["name2"], m["abbr"])
        # after "]." a new sentence: "CP [Communist Party]. is" is no label
        and (m["name"] or not m["rest"] or not m["rest"][0].islower())
    ):
        name = " ".join(full.split())
        return Label(m["label"], m["abbr"], m["rest"] or "", "abbr", name=name, abbr=m["abbr"])
    if m := _HEARING.match(text):
        name = m["name"]
        return Label(m["label"], name, m["rest"], "caps", name=name)
    if m := _CAPS.match(text):
        name = m["name"].strip()
        if sum(c.isupper() for c in name) >= 2:
            return Label(m["label"], name, m["rest"] or "", "caps", name=name)
    if m := _NAMED.match(text):
        name = " ".join(m["name"].split()).rstrip(".")
        form = "dash" if m["sep"] not in (":", ".-") or m["dash"] else "named"
        return Label(m["label"], name, m["rest"] or m["glued"] or "", form, name=name)
    return None


def initials_of(name: str, short: str) -> bool:
    """``short`` is the name's initial(s): ``T`` for ``Trotsky``, ``PB`` for ``Pedro Brieger``."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    short = short.replace(".", "").upper()
    if not words or not short.isalpha():
        return False
    if len(short) == 1:
        return words[-1][0].upper() == short or words[0][0].upper() == short
    if len(short) == 2 and len(words) == 3 and len(words[1].rstrip(".")) == 1:
        return (words[0][0] + words[-1][0]).upper() == short  # KM: Kenneth M. Mandel
    if "".join(w[0] for w in words).upper() == short:
        return True
    # MKF: Małgorzata Kulbaczewska-Figat (each part of a double name has its initial), POM:
    # Padraig O’Malley (the capital after an apostrophe too)
    parts = [w for w in re.split(r"[\s.‐’'-]+", name) if w and w[0].isupper()]
    return len(parts) > len(words) and "".join(w[0] for w in parts).upper() == short
