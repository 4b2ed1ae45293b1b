"""Rule: speaker turns.

Label shapes accepted at the start of a paragraph, kept exactly as written
(:func:`candidate`; :func:`bare_label` for a label alone on its line, whose text follows
on the next lines):

* question/answer words of the family's languages: ``Question:``, ``Answer:``, ``Q:``,
  ``A:``, ``Q.``, ``A.``, ``A –``, ``Frage:``/``Antwort:``, ``Pregunta:``/``Respuesta:``,
  ``P:``/``R:``, ``D:``/``R:``, ``F:``/``A:``, ``В:``/``О:``, ``Réponse :``,
  ``Domanda:``/``Risposta:``, ``Pergunta:``/``Resposta:``,
  ``Вопрос:``/``Ответ:``, also with a bracketed aside (``Q [Daily Herald] :``);
* ``Name (ABBR):`` (``Paul M. Sweezy (PMS):``) and ``ABBR (Name):`` (``SW (Suzi Weissman):``,
  the initials those of the name), which also declare ``ABBR:``;
* capitals and initials: ``DEWEY:``, ``MR. FINERTY:``, ``PB:``, ``MALCOLM X:``;
* a name and a colon or dash: ``Hugo Blanco –``, ``Leon Trotsky:``, ``Tariq Ali.:``,
  ``Engels :``, ``— Howard :``, ``1st Independent Speaker:``.

Which candidates are turns is decided for the whole page in :func:`decide`, from the
evidence each candidate collects (see its docstring).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from tei.config import EditionConfig
from tei.readers.transcription.speaker_names import initials_name

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
    "interviewer",
}
ANSWER_WORDS = {
    "answer",
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
}
#: one-letter question/answer words that count only beside their other half
_PAIRS = ({"q", "a"}, {"p", "r"}, {"d", "r"}, {"q", "r"}, {"f", "a"}, {"в", "о"})

_QA = re.compile(
    r"^(?P<label>(?P<word>(?i:Question|Answer|Frage|Antwort|Pregunta|Respuesta|R[ée]ponse|"
    r"Domanda|Risposta|Pergunta|Resposta|Вопрос|Ответ)|Q|A|P|R|D|F|В|О)"
    r"(?:\s?\[[^\[\]\n]{1,40}\])?\s?(?P<sep>[:.](?:\s?[–—](?=\s))?|[–—]|-(?=\s)))"
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
    r"^(?P<label>(?P<name>(?:(?:MR|MRS|MS|DR|PROF|GEN|COL)\.\s)?[A-Z][A-Z'’.-]+"
    r"(?:\s[A-Z][A-Z'’.-]*){0,3})\s?:)(?:\s*(?P<rest>\S.*))?$",
    re.S,
)
_NAMED = re.compile(
    r"^(?P<label>(?P<dash>[–—]\s?)?(?P<name>(?:[A-Z]|\d{1,2}(?:st|nd|rd|th)\s)[\w'’.-]*"
    r"(?:\s(?:[A-Z0-9][\w'’.-]*|de|van|von|la|del|da|du)){0,4})"
    r"\s?(?P<sep>:|\s[–—](?=\s)))(?:\s+(?P<rest>\S.*))?$",
    re.S,
)
#: words that start a "Word:" line but never name a speaker
NOT_SPEAKERS = frozenset(
    """note notes nota anmerkung source sources quelle fuente written translated translation
    transcription transcribed markup online published first editor editors dear sir madam
    subject date from to cc tel email e-mail address ps p.s. ed n.b nb contents introduction
    start end warning update updated postscript re fwd aus share tags print posted present
    absent anwesend presentes présents presenti присутствовали rights derechos droits rechte
    diritti direitos licence license licencia licenza lizenz copyright copyleft права""".split()
)
INTERVIEW = re.compile(
    r"(?i)\binterview|\b(?:spoke|talked|talks|speaks) (?:to|with)\b|\bconversation|\bentretien|"
    r"\bgespr[äa]ch|\bentrevista|\bintervista|\bдебат|\bинтервью|\bbeseda|\bdebate\b|"
    r"\bdiscussion\b|\bsession\b|\bhearing\b|\bQ\s?&\s?A\b"
    # "Answers to the questions of …", "Antworten L. D. Trotzkis auf die Fragen des …"
    r"|\b(?:answers?|replies|antworten|réponses?|respuestas?|risposte|respostas|ответы)\b"
    r"[^\n]{0,60}?\b(?:questions|fragen|preguntas|domande|perguntas|вопросы)\b"
)
_ROLE_WORDS = re.compile(r"(?i)\b(?:speaker|chair(?:man)?|moderator|questioner|audience|floor)\b")


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


def bare_label(text: str) -> Label | None:
    """A label standing alone on its line (``Question:``, ``New Times:``)."""
    found = _shape(text.strip())
    if found is None or found.rest or found.form == "dash":
        return None
    if found.form == "qa" and found.sep not in (":", "–", "—"):
        return None
    return found


_SHORT_LINE = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s[A-Z][\w'’.-]*){0,2}$")


def two_line_label(line: str, following: str) -> Label | None:
    """A name label broken over two lines: ``New`` / ``Times:  What is …``."""
    if not following or not _SHORT_LINE.match(line) or len(line) > 30:
        return None
    found = _shape(f"{line}\n{following}")
    if found is None or found.form not in ("named", "caps") or "\n" not in found.label:
        return None
    return found


def _shape(text: str) -> Label | None:
    if m := _QA.match(text):
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
    if m := _CAPS.match(text):
        name = m["name"].strip()
        if sum(c.isupper() for c in name) >= 2:
            return Label(m["label"], name, m["rest"] or "", "caps", name=name)
    if m := _NAMED.match(text):
        name = " ".join(m["name"].split()).rstrip(".")
        form = "dash" if m["sep"] != ":" or m["dash"] else "named"
        return Label(m["label"], name, m["rest"] or "", form, name=name)
    return None


@dataclass
class Weighed:
    """A candidate label, the evidence about it, and the decision."""

    label: Label
    evidence: list[str] = field(default_factory=list)
    accepted: bool = False
    same_as: str = ""  # the key of the longer label this one is the short form of


#: the one-letter words that label a question (``Q.``, ``P.``, ``F.``, ``В.``) …
_ASKING = {"q", "p", "f", "d", "в"}
#: … and a question's end, a closing quotation mark aside
_ASKS = re.compile(r"\?[\"”’»)]*\s*$")


def title_like(rest: str) -> bool:
    """Short, with no closing punctuation (a closing quotation mark aside)."""
    text = rest.strip().rstrip("\"”’'»")
    return len(text.split()) <= 14 and not re.search(r"[.!?:;,)…]$", text)


def decide(
    labels: dict[int, Label],
    config: EditionConfig,
    *,
    opening: str = "",
    front_limit: int = 0,
    texts: dict[int, str] | None = None,
    every: bool = False,
) -> dict[int, Weighed]:
    """Weigh every candidate label of the page and decide which start a turn.

    Evidence, recorded as reasons: the label is declared in the config or by ``(ABBR)``;
    a question/answer word (one-letter ones only beside their other half); the label
    recurs; a dialogue of capitals labels is established; the name is given in the
    page's opening (title, author, headnote: ``opening``), or initials are those of a name
    given there (``ST:`` for ``Steven Trimble Interviewer``); it is the short form of an
    accepted label (``T:`` = ``Trotsky:``); it alternates with an accepted label on a page
    that says it is an interview or conversation. Against: a word that never names a
    speaker (``Note:``, ``Dear Sir:``) and, in the first ``front_limit`` blocks, a label
    whose text reads as a title (``Leon Trotsky: Answers to …``). One pass decides each
    candidate from its evidence; two more passes admit the short forms and alternations.
    """
    counts = Counter(lab.key.casefold() for lab in labels.values())
    declared = {lab.abbr.casefold() for lab in labels.values() if lab.form == "abbr"}
    qa_words = {lab.key.casefold() for lab in labels.values() if lab.form == "qa"}
    dashes = sum(1 for lab in labels.values() if lab.form == "dash")
    recurring_caps = {
        lab.key.casefold()
        for lab in labels.values()
        if lab.form == "caps" and counts[lab.key.casefold()] >= 2
    }
    interview = bool(INTERVIEW.search(opening))
    # every paragraph of the page opens with a name label, two or more names taking turns
    keys = [lab.key.casefold() for _, lab in sorted(labels.items())]
    taking_turns = (
        every
        and len(set(keys)) >= 2
        and all(a != b for a, b in itertools.pairwise(keys))
        and all(lab.form in ("named", "caps") for lab in labels.values())
    )
    opening_fold = " ".join(opening.split()).casefold()
    out: dict[int, Weighed] = {}
    first_label = min(labels, default=None)
    for i, lab in sorted(labels.items()):
        key = lab.key.casefold()
        w = out[i] = Weighed(lab)
        ev = w.evidence
        if config.label_target(lab.key) is not None:
            ev.append("declared in the config's [labels]")
        if lab.form == "abbr":
            ev.append(f"declares the short form {lab.abbr}:")
        if key in declared and lab.form != "abbr":
            ev.append(f"short form declared by ({lab.key})")
        if lab.form == "qa":
            if len(key) > 1 or (key in "qa" and lab.sep != "."):
                ev.append(f"question/answer word {lab.label.strip()!r}")
            elif any(key in pair and pair <= qa_words for pair in _PAIRS) or (
                {"question", "answer"} & qa_words
            ):
                ev.append("one-letter question/answer word beside its other half")
            elif interview and key in _ASKING and _ASKS.search((texts or {}).get(i, lab.rest)):
                ev.append(f"{lab.label.strip()!r} before a question, on an interview's page")
        if counts[key] >= 2 and lab.form != "qa":
            ev.append(f"label recurs ({counts[key]} times)")
        if lab.form == "dash" and dashes >= 2:
            ev.append(f"{dashes} paragraphs start with a dash label")
        if lab.form == "caps" and len(recurring_caps - {key}) >= 2:
            ev.append("a dialogue of capitals labels is established")
        if lab.form == "caps" and (named := initials_name(lab.key, opening)):
            ev.append(f"initials of {named!r}, named in the page's opening")
        if lab.form in ("named", "caps", "dash") and len(key) > 2:
            if key in opening_fold:
                ev.append(f"{lab.key!r} is named in the page's opening")
            elif _ROLE_WORDS.search(lab.key):
                ev.append(f"{lab.key!r} names a role in the proceedings")
        if taking_turns:
            ev.append("every paragraph of the page opens with a name label, taking turns")
        if key in NOT_SPEAKERS or key.split()[0] in NOT_SPEAKERS:
            w.evidence = [f"{lab.key!r} never names a speaker"]
            continue
        whole = (texts or {}).get(i, lab.rest)
        first_block = i == first_label
        if i < front_limit and (counts[key] == 1 or first_block) and whole and title_like(whole):
            w.evidence = ["its text reads as a title"]
            continue
        w.accepted = bool(ev)
    _short_forms(out)
    _alternations(out, interview)
    _full_forms(out)
    _short_forms(out)
    return out


def _full_forms(out: dict[int, Weighed]) -> None:
    """``Shaun Illingworth:`` once, then ``SI:`` throughout: the full name whose initials
    are an accepted recurring label is that speaker's first turn (an oral history names
    each speaker in full once)."""
    counts = Counter(w.label.key for w in out.values() if w.accepted)
    short = [k for k, n in counts.items() if n >= 2 and re.fullmatch(r"[A-ZА-ЯЁ]{2,4}", k)]
    for w in out.values():
        lab = w.label
        if w.accepted or _rejected(w) or lab.form != "named" or len(lab.key.split()) < 2:
            continue
        for key in short:
            if initials_of(lab.key, key):
                w.evidence.append(f"its initials are the recurring label {key + ':'!r}")
                w.accepted = True
                break


def _short_forms(out: dict[int, Weighed]) -> None:
    """``T:`` beside ``Trotsky:``, ``PB:`` for a two-word name: the same speaker."""
    accepted = [
        w.label
        for w in out.values()
        if w.accepted and w.label.form != "qa" and len(w.label.key) > 4
    ]
    for w in out.values():
        lab = w.label
        if len(lab.key) > 4 or w.same_as or _rejected(w) or (w.accepted and lab.form != "named"):
            continue
        for other in accepted:
            if other.key != lab.key and initials_of(other.key, lab.key):
                w.evidence.append(f"short form of {other.label.strip()!r}")
                w.accepted, w.same_as = True, other.key
                break


def _alternations(out: dict[int, Weighed], interview: bool) -> None:
    """A named label between accepted turns of another speaker, on an interview page."""
    if not interview:
        return
    order = sorted(out)
    for _ in range(2):
        for n, i in enumerate(order):
            w = out[i]
            if (
                w.accepted
                or w.label.form not in ("named", "caps")
                or w.label.key.casefold() in (NOT_SPEAKERS)
            ):
                continue
            if _rejected(w):
                continue
            near = [out[j] for j in order[max(0, n - 1) : n + 2] if j != i]
            if any(o.accepted and o.label.key != w.label.key for o in near):
                w.evidence.append("alternates with another speaker on an interview page")
                w.accepted = True


def _rejected(w: Weighed) -> bool:
    return bool(w.evidence) and ("never names" in w.evidence[0] or "as a title" in w.evidence[0])


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
    return "".join(w[0] for w in words).upper() == short


def accepted_labels(texts: list[str], config: EditionConfig, **page: object) -> dict[int, Label]:
    """Which paragraphs (by index in ``texts``) start a speaker turn (see :func:`decide`)."""
    found = {i: lab for i, t in enumerate(texts) if (lab := candidate(t)) is not None}
    return {i: w.label for i, w in decide(found, config, **page).items() if w.accepted}  # type: ignore[arg-type]


def default_role(label: Label) -> str | None:
    """``interviewer``/``interviewee`` for question/answer words, else None."""
    key = label.key.casefold()
    if label.form != "qa":
        return None
    if key in QUESTION_WORDS:
        return "interviewer"
    if key in ANSWER_WORDS:
        return "interviewee"
    return None


def slug(name: str) -> str:
    """An xml:id-safe identifier for a name (``Hugo Blanco`` → ``hugo-blanco``)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")
    if not value:
        value = "speaker"
    return value if value[0].isalpha() else f"p-{value}"
