"""Rule: speaker turns — which candidate labels start a turn.

The label shapes are in :mod:`tei.readers.transcription.label_shapes`. Which candidates are
turns is decided for the whole page in :func:`decide`, from the evidence each candidate
collects (see its docstring).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter

from tei.config import EditionConfig
from tei.readers.transcription.brackets import SOUNDS
from tei.readers.transcription.label_shapes import (
    ANSWER_WORDS,
    INTERVIEW,
    NOT_SPEAKERS,
    PAIRS,
    QUESTION_WORDS,
    ROLE_FIELDS,
    ROLE_WORDS,
    Label,
    candidate,
)
from tei.readers.transcription.name_shapes import CAPITALS, is_name_like
from tei.readers.transcription.named_exchange import named_exchange
from tei.readers.transcription.speaker_names import full_name, initials_name
from tei.readers.transcription.turn_passes import (
    ASKS,
    Weighed,
    alternations,
    askers,
    caps_names,
    full_forms,
    short_forms,
)

#: the most speakers' names a page's text is searched for (a transcript has a handful)
MAX_NAMES = 12
#: the one-letter words that label a question (``Q.``, ``P.``, ``F.``, ``В.``)
_ASKING = {"q", "p", "f", "d", "в"}


#: a transcript's label (``Е.КИСЕЛЕВ``, ``J. SMITH``): an initial, then the surname in capitals
_INITIAL_SURNAME = re.compile(rf"[{CAPITALS}]\.\s?[{CAPITALS}][{CAPITALS}'’-]{{2,}}")


#: a label's text that is one quotation (``Sophie Binet : "l'afflux … est un levier important"``):
#: a press headline quoting its subject, wherever it stands above the text
_QUOTED_WHOLE = re.compile(r"^[\"«“„‘'][^\"«»“”„]{3,200}[\"»”“’']$")


def role_field(key: str, text: str) -> bool:
    """``Interviewer: Peter Brabban``: a role word and a name alone, a field of the header."""
    return key.casefold() in ROLE_FIELDS and bool(text) and is_name_like(text.strip().rstrip("."))


#: a dialogue dash before a label: a turn of a dialogue, never a title (``—Néstor Kohan: …``)
DIALOGUE_DASHES = ("—", "–")


def title_like(rest: str) -> bool:
    """Short, with no closing punctuation (a closing quotation mark aside), nor broken off
    on a dash (``Committee: Now, Mr. Robeson-``: speech interrupted)."""
    text = rest.strip().rstrip("\"”’'»")
    return len(text.split()) <= 14 and not re.search(r"[.!?:;,)…\-–—]$", text)


def decide(
    labels: dict[int, Label],
    config: EditionConfig,
    *,
    opening: str = "",
    front_limit: int = 0,
    texts: dict[int, str] | None = None,
    every: bool = False,
    last_block: int | None = None,
    page_text: str = "",
    asked_above: frozenset[int] = frozenset(),
    answering: frozenset[int] = frozenset(),
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
    whose text reads as a title (``Leon Trotsky: Answers to …``) — unless it is the page's
    last block (``last_block``: a title heads text; a cut-off turn ends the excerpt). A
    surname label whose full name the page's text gives (``Мельников:`` and ``публицист
    Алексей Мельников``, ``page_text``) is corroborated too, and so is a name label that
    answers, on an interview's page, the numbered question just above it (``asked_above``:
    ``1. Would you tell us …?`` / ``David North: The Fourth International …``); a recurring
    label right below a question (``answering``) answers it, its short text no title. One pass
    decides each candidate from its evidence; more passes admit the short forms and
    alternations (on an interview's page, or one whose text opens with a label).
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
    recurring_brackets = {
        lab.key.casefold()
        for lab in labels.values()
        if lab.form == "bracketed" and counts[lab.key.casefold()] >= 2
    }
    # ("[Castro] …" / "[Reporter] …" / "[Castro] …": two speakers' bracketed labels take turns)
    bracketed = [
        key
        for _, lab in sorted(labels.items())
        if lab.form == "bracketed" and not SOUNDS.match(key := lab.key.casefold())
    ]
    if any(a == c != b for a, b, c in zip(bracketed, bracketed[1:], bracketed[2:], strict=False)):
        recurring_brackets |= set(bracketed)
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
    # (a label that is a whole line of the opening repeats a heading: it names nobody)
    opening_lines = {
        " ".join(re.sub(r"[^\w\s'’-]", " ", line).split()).casefold()
        for line in opening.splitlines()
    }
    # (the surname labels of a page of two names or more, looked up once each)
    names = {lab.key for lab in labels.values() if lab.form in ("named", "caps")}
    in_full = functools.lru_cache(maxsize=None)(
        lambda key: (
            found
            if page_text
            and len(key.split()) == 1
            and len(names) <= MAX_NAMES
            and (found := full_name(key, page_text))
            and len(found.split()) >= 2
            else None
        )
    )
    out: dict[int, Weighed] = {}
    exchange = named_exchange(labels, texts or {})
    colon_first: dict[str, int] = {}
    for i, lab in sorted(labels.items(), reverse=True):
        if lab.form == "named":
            colon_first[lab.key.casefold()] = i
    first_label = min(labels, default=None)
    first_of: dict[str, int] = {}
    for i, lab in sorted(labels.items(), reverse=True):
        first_of[lab.key.casefold()] = i
    for i, lab in sorted(labels.items()):
        key = lab.key.casefold()
        w = out[i] = Weighed(lab)
        ev = w.evidence
        if lab.form == "bare":  # a name alone on its line: only before a question
            whole = (texts or {}).get(i, "")
            if interview and key in opening_fold and ASKS.search(whole):
                ev.append("a name alone on its line, named in the opening, before a question")
            elif interview and key in opening_fold and i + 1 == last_block:
                # ("Alec Hudson" / "Though Luxemburg is remembered …": the copy is cut short)
                ev.append("a name alone on its line, named in the opening, above the cut-off text")
            w.accepted = bool(ev)
            continue
        if config.label_target(lab.key) is not None:
            ev.append("declared in the config's [labels]")
        if lab.form == "abbr":
            ev.append(f"declares the short form {lab.abbr}:")
        if key in declared and lab.form != "abbr":
            ev.append(f"short form declared by ({lab.key})")
        if lab.form == "qa":
            if len(key) > 1 or (key in "qa" and lab.sep != "."):
                ev.append(f"question/answer word {lab.label.strip()!r}")
            elif any(key in pair and pair <= qa_words for pair in PAIRS) or (
                {"question", "answer"} & qa_words
            ):
                ev.append("one-letter question/answer word beside its other half")
            elif interview and key in _ASKING and ASKS.search((texts or {}).get(i, lab.rest)):
                ev.append(f"{lab.label.strip()!r} before a question, on an interview's page")
        if i in exchange:
            ev.append("two full names: a question, and a long answer right after it")
        if counts[key] >= 2 and lab.form not in ("qa", "bracketed"):
            ev.append(f"label recurs ({counts[key]} times)")
        if (
            lab.form == "bracketed"
            and len(recurring_brackets) >= 2
            # ("[Second reporter]" once, beside a recurring "[First reporter]"; never "[Text]")
            and (key in recurring_brackets or _shares_word(key, recurring_brackets))
        ):
            ev.append("bracketed labels of two speakers or more take turns: a transcript's")
        if lab.form == "spaced":
            ev.append("a label without a colon, taking turns with another's")
        if lab.form == "dash" and dashes >= 2:
            ev.append(f"{dashes} paragraphs start with a dash label")
        if lab.form == "caps" and len(recurring_caps - {key}) >= 2:
            ev.append("a dialogue of capitals labels is established")
        elif lab.form == "caps" and counts[key] == 1 and len(key.split()) >= 2 and recurring_caps:
            ev.append("a full name in capitals beside a recurring one: a transcript's speaker")
        if lab.form == "caps" and _INITIAL_SURNAME.fullmatch(lab.key):
            ev.append("an initial and a surname in capitals: a transcript's speaker label")
        if lab.form == "caps" and (named := initials_name(lab.key, opening)):
            ev.append(f"initials of {named!r}, named in the page's opening")
        if lab.form in ("named", "caps", "dash") and len(key) > 2:
            if key in opening_fold and key not in opening_lines:
                ev.append(f"{lab.key!r} is named in the page's opening")
            elif (
                (bare := _HONORIFIC.sub("", key)) != key and len(bare) > 2 and bare in opening_fold
            ):
                ev.append(f"{lab.key!r} is named in the page's opening (as {bare!r})")
            elif interview and i in asked_above and lab.form == "named":
                ev.append("answers the numbered question just above it, on an interview's page")
            elif (declined := _declined(key, opening_fold)) is not None:
                ev.append(f"{lab.key!r} is named in the page's opening (as {declined!r})")
            elif ROLE_WORDS.search(lab.key):
                ev.append(f"{lab.key!r} names a role in the proceedings")
            elif len(names) >= 2 and (full := in_full(lab.key)):
                ev.append(f"the page's text gives the full name {full!r}")
        if taking_turns:
            ev.append("every paragraph of the page opens with a name label, taking turns")
        if lab.form in ("caps", "named") and key in opening_lines and len(key.split()) >= 3:
            w.evidence, w.rejected = ["repeats a heading of the page's opening: names nobody"], True
            continue
        if lab.form == "dash" and lab.label.rstrip().endswith("-") and counts[key] < 2:
            # "K. Marx - F. Engels", "Fr. Engels - Préface à …": a hyphen joins names and
            # attributions too; only a name that opens two paragraphs or more so is a label
            w.evidence, w.rejected = [f"{lab.key!r} before a hyphen only once: no label"], True
            continue
        if key in NOT_SPEAKERS or (key.split()[0] in NOT_SPEAKERS and lab.form != "bracketed"):
            w.evidence, w.rejected = [f"{lab.key!r} never names a speaker"], True
            continue
        whole = (texts or {}).get(i, lab.rest)
        if role_field(key, whole):
            w.evidence = [f"{lab.key!r} and a name: a field of the page's header, not a turn"]
            w.rejected = True
            continue  # "Interviewer: Peter Brabban" above an oral history's transcript
        first_block = i == first_label
        headline = i == first_of[key] and bool(_QUOTED_WHOLE.match(whole or ""))
        if (
            (i < front_limit or headline)
            and i != last_block
            and (counts[key] == 1 or first_block or headline)
            and whole
            and title_like(whole)
            and not (i in answering and counts[key] >= 2)
            and not lab.label.startswith(DIALOGUE_DASHES)  # "—Salvador López Arnal: Su …"
        ):
            w.evidence, w.rejected = ["its text reads as a title"], True
            continue
        if lab.form == "dash" and lab.rest[:1].islower() and i < colon_first.get(key, -1):
            # "Jakub Grzegorczyk – socjolog i członek …" above his "Jakub Grzegorczyk:" turns
            w.evidence, w.rejected = ["a dash, then who the person is: the headnote's"], True
            continue
        w.accepted = bool(ev)
    short_forms(out)
    alternations(out, interview or (first_label == 0 and page_text != ""))
    askers(out, texts or {})
    caps_names(out, frozenset(i for i, t in (texts or {}).items() if t and not title_like(t)))
    full_forms(out)
    short_forms(out)
    return out


def _shares_word(key: str, keys: set[str]) -> bool:
    """``second reporter`` and ``first reporter``: a word of the label in another's."""
    words = set(key.split())
    return any(words & set(other.split()) for other in keys if other != key)


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
    """An xml:id-safe identifier for a name (``Hugo Blanco`` → ``hugo-blanco``); a name in
    another script keeps its letters (``Л.МЛЕЧИН`` → ``л-млечин``: an NCName may), so that two
    speakers never share one."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")
    if not value:
        value = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", name).casefold()).strip("-")
    if not value:
        value = "speaker"
    return value if value[0].isalpha() else f"p-{value}"


def _declined(key: str, opening: str) -> str | None:
    """A one-word Cyrillic label named in the opening in another case (``Троцкий:`` and
    ``Дискуссии с Троцким``): a word with the label's stem (all but its last two letters,
    four at least) and at most three letters more. None otherwise."""
    if " " in key or len(key) < 5 or not re.fullmatch(r"[а-яё-]+", key):
        return None
    stem = key[: max(4, len(key) - 2)]
    m = re.search(rf"(?<![\w-]){re.escape(stem)}[а-яё]{{0,3}}(?![\w-])", opening)
    return m.group(0) if m else None


#: a courtesy title or an office before a name label (``Sr. Niven:``, ``Mr. Howard:``, ``Herr
#: Klyman:``, ``PRESIDENT KWAME NKRUMAH:``, ``Senator McCARTHY.``)
_HONORIFIC = re.compile(
    r"^(?:sr|sra|srta|mr|mrs|ms|dr|prof|m|mme|mlle|herr|frau|sig|sig\.ra|signor|dott|"
    r"г|г-н|г-жа|κ|κος|president|prime minister|senator|sen|representative|rep|governor|gov|"
    r"commissioner|judge|ambassador|mayor)\.?\s+"
)
