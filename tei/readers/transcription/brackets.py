"""Rule: square-bracketed interpolations, classified by what they do.

* ``the twenty-eighth [of October]`` → ``supplied`` (completes the sense: the content starts
  with, or follows, a function word);
* ``CP [Communist party]`` → ``abbr`` + ``expan``, the printed brackets kept as text (the
  acronym's letters are the initials; not ``choice``: the page prints both);
* ``pampa [open flats]`` → ``term`` + ``gloss`` (a short lower-case noun phrase after a word);
* ``[He drove an ambulance during the struggle.]`` → ``note type="editorial" subtype="comment"``
  (a sentence, or six words and more);
* ``the leaders [John L. Lewis and Sidney Hillman]``, ``this department [Arequipa]`` →
  ``supplied`` (names, every word capitalised, joined by ``and``/``&``/commas: who or what the
  text means, supplied by the editors);
* ``the [Stalinist] leaders`` … other short content → ``note subtype="clarification"``;
* ``[unclear]``, ``[illegible]``, ``[...]`` → ``gap`` with the text in ``desc``;
* ``[sic]`` → ``note subtype="sic"``; ``[1]``, ``[N294]`` (the MIA's numbered notes) → a
  footnote marker (see footnotes.py).

Unbalanced or mismatched brackets stay as written text and are reported with their
line and column (brackets nested over 1,000 deep on one line are reported once).
"""

from __future__ import annotations

import re

from lxml import etree

from tei.dates import parse_date
from tei.elements import E, Inline, editorial_note, expansion, gap, supplied
from tei.readers.transcription.context import Context
from tei.readers.transcription.footnotes import marker_ref, split_glued_markers

_BRACKET_CHAR = re.compile(r"[\[\]()]")
PAIR = re.compile(r"\[([^\[\]]*)\]")  # across a newline in a run of lines (bracket_lines)
FUNCTION_WORDS = frozenset(
    [
        "of",
        "to",
        "the",
        "a",
        "an",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "are",
        "that",
        "this",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "its",
        "our",
        "not",
        "but",
        "if",
        "so",
        "who",
        "whom",
        "which",
        "what",
        "has",
        "have",
        "had",
        "will",
        "would",
        "should",
        "could",
        "did",
        "does",
        "do",
        "into",
        "than",
        "then",
        "there",
        "here",
        "him",
        "them",
        "me",
        "my",
        "your",
        "der",
        "die",
        "das",
        "und",
        "zu",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "im",
        "am",
        "ist",
        "war",
        "le",
        "la",
        "les",
        "du",
        "et",
        "à",
        "un",
        "une",
        "au",
        "aux",
        "el",
        "los",
        "las",
        "y",
        "en",
        "del",
        "que",
        "lo",
        "al",
        "por",
        "para",
        "con",
    ]
)
GAP_WORDS = {
    "unclear": "unclear",
    "illegible": "illegible",
    "inaudible": "inaudible",
    "indistinct": "unclear",
    "unintelligible": "unclear",
    "?": "unclear",
    "...": "omitted",
    "…": "omitted",
    ". . .": "omitted",
    "word missing": "missing",
    "words missing": "missing",
    "text missing": "missing",
    "crosstalk": "inaudible",
    "unreadable": "illegible",
}
#: the words that say a stretch of text or speech was not made out
_GAP_HEADS = frozenset({"unclear", "illegible", "inaudible", "indistinct", "unintelligible"})
#: what a recording holds besides words: an editorial note, never a gloss of the word before
SOUNDS = re.compile(
    r"(?:laughs?|laughter|laughing|applause|pause|pauses|coughs?|sighs?|chuckles?|crosstalk|"
    r"silence|interruption|interrupting|interrupts|interject(?:s|ing)|"
    r"clears (?:his|her|their) throat|rires?|risas?|aplausos?|"
    r"applaudissements|lacht|lachen|beifall|risate|applausi|смех|аплодисменты|"
    # a broadcast transcript's marks (FBIS: "[Text]", "[Begin recording]", "[Video shows …]")
    r"text$|(?:begin|end) recording|passage omitted|as heard|video shows|break in (?:reception|"
    r"transmission))\b"
)


def gap_reason(content: str) -> str:
    """Why the text is not there: the gap word's reason (``[words indistinct]``: unclear)."""
    low = content.strip().casefold()
    if low in GAP_WORDS:
        return GAP_WORDS[low]
    return next(GAP_WORDS[w] for w in (w.strip(".,;:") for w in low.split()) if w in _GAP_HEADS)


_ACRONYM = re.compile(r"(?P<acr>\b[A-Z](?:[A-Z&]|\.(?=[A-Z]))+\.?)\s*$")
_LAST_WORD = re.compile(r"(?P<word>[^\W\d_][\w’'-]*)$")
_WORD_RUN = re.compile(r"[\w’'-]*")
#: the longest acronym looked for before a bracket (``C.I.O.``, ``NAACP``)
MAX_ACRONYM = 64
#: brackets nested deeper than this on one line are not checked further
MAX_DEPTH = 1_000
_SENTENCE_END = re.compile(r"[.?!…][\"”’)]*$")


#: a part of a personal name: capitalised words or initials (``Emilio N.``, ``Эмилио Н.``)
_NAME_PART = re.compile(r"[A-ZÀ-ÝА-ЯЁ][\w’'-]*\.?(?:\s[A-ZÀ-ÝА-ЯЁ][\w’'-]*\.?){0,2}")
_CAPITALISED = re.compile(r"\s*[A-ZÀ-ÝА-ЯЁ][\w’'-]")
_TWO_CAPITALISED = re.compile(r"\s*[A-ZÀ-ÝА-ЯЁ][\w’'-]+\s+[A-ZÀ-ÝА-ЯЁ][\w’'-]")


#: one or more names, every word capitalised (``John L. Lewis and Sidney Hillman``,
#: ``Arequipa``, ``New York``): who or what the text means, supplied by the editors
_ONE_NAME = (
    r"[A-ZÀ-ÝА-ЯЁ][\w’'-]*\.?(?:\s(?:[A-ZÀ-ÝА-ЯЁ][\w’'-]*\.?|de|la|van|von|del|da|du|di)){0,3}"
)
_NAMES = re.compile(rf"{_ONE_NAME}(?:(?:,\s|\s(?:and|&|und|et|y|e)\s){_ONE_NAME}){{0,3}}")


def supplied_name(content: str, after: str) -> bool:
    """Words supplied in a name: a part of the name before the rest of it (``General
    [Emilio N.] Acosta``), or who someone is before their name (``[Jacobin creative
    director] Remeike Forbes``)."""
    text = content.strip()
    if _NAME_PART.fullmatch(text) and _CAPITALISED.match(after):
        return True
    words = text.split()
    return (
        1 < len(words) <= 5
        and not _SENTENCE_END.search(text)
        and words[-1].islower()
        and bool(_TWO_CAPITALISED.match(after))
    )


#: ``[sic – MIA]``, ``[sic, Ed.]``, ``[sic. d. Red.]``: a sic with who wrote it
_SIC_BY = re.compile(
    r"sic!?\.?\s*[-–—,:]?\s*(?:mia|ed\.?|eds\.?|editors?|the editors?|n\.\s?d\.\s?[ert]\.?|"
    r"ndt|ndr|ndlr|anm\.|d\.\s?red\.|red\.|nota del editor|ред\.)\.?"
)


def _completes_date(before: str, year: str) -> bool:
    """The words before a bracketed year are a day and a month that the year makes a date
    (``18 december``, ``July 4,``, ``le 3 août``), by the dates' own parser."""
    words = before.split()[-2:]
    return len(words) == 2 and bool(parse_date(" ".join(words) + " " + year))


def classify(before: str, content: str, after: str = "") -> str:
    """The kind of a bracket's content, given the text just before (and after) it."""
    text = content.strip()
    low = text.casefold()
    if not text:
        return "text"
    if re.fullmatch(r"(?:\d{1,3}|N\d{1,4})\*?", text):
        return "marker"  # "[1*]": the transcribers' own notes'; "[N294]": the MIA's numbered notes
    if low in {"sic", "sic!"} or _SIC_BY.fullmatch(low):
        return "sic"
    if low in GAP_WORDS:
        return "gap"
    words = text.split()
    if len(words) <= 4 and any(w.strip(".,;:") in _GAP_HEADS for w in low.split()):
        return "gap"  # "[words indistinct]", "[one word illegible]": a stretch not made out
    if SOUNDS.match(low):
        return "comment"  # "[clears his throat]", "[laughter]": what the recording holds
    if (m := _acronym(before)) and _initials_match(m["acr"], words):
        return "expan"
    if after and supplied_name(text, after):
        return "supplied"
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", text) and _completes_date(before, text):
        return "supplied"  # "London, den 18 december [1879]": the year the dateline lacks
    if _NAMES.fullmatch(text) and not _SENTENCE_END.search(text):
        return "supplied"  # names the editors supplied: "the leaders [John L. Lewis and …]"
    if (_SENTENCE_END.search(text) and (text[0].isupper() or text[0] in "\"“‘'")) or len(
        words
    ) >= 6:
        return "comment"
    previous = before.rsplit(None, 1)[-1].casefold().strip("[(\"'“‘,;:") if before.strip() else ""
    if words[0].casefold() in FUNCTION_WORDS and text[0].islower():
        return "supplied"
    if previous in FUNCTION_WORDS and text[0].islower() and len(words) <= 3:
        return "supplied"
    if (
        text[0].islower()
        and len(words) <= 4
        and _last_word(before.rstrip())
        and before.endswith(" ")
    ):
        return "gloss"
    if text[0].islower():
        return "supplied"
    return "clarification"


def _acronym(before: str) -> re.Match[str] | None:
    """The acronym ending ``before`` (``_ACRONYM``), looked for only in its last
    ``MAX_ACRONYM`` characters: searched from every dot of a long run of ``A.A.A.``, the
    pattern takes quadratic time."""
    return _ACRONYM.search(before, max(0, len(before.rstrip()) - MAX_ACRONYM))


def _last_word(text: str) -> re.Match[str] | None:
    """The word ending ``text`` (``_LAST_WORD``), in linear time: the search starts where the
    trailing run of word characters starts (from anywhere before it, it would scan that run
    once per character of a long word)."""
    run = _WORD_RUN.match(text[::-1])
    return _LAST_WORD.search(text, len(text) - (run.end() if run else 0))


def _initials_match(acronym: str, words: list[str]) -> bool:
    letters = [c for c in acronym if c.isalpha()]
    initials = [w[0].upper() for w in words if w[0].isalpha()]
    content = [w[0].upper() for w in words if w[0].isalpha() and w.casefold() not in FUNCTION_WORDS]
    return len(letters) >= 2 and (initials == letters or content == letters)


def check_balance(line: str, number: int, ctx: Context, column: int = 0) -> None:
    """Report brackets that do not pair up (they stay in the text as written); ``line``
    starts at 0-based ``column`` of the source line (after a speaker label, for instance)."""
    stack: list[tuple[str, int]] = []
    for match in _BRACKET_CHAR.finditer(line):
        ch, col = match.group(), column + match.start() + 1
        if ch in "([":
            if len(stack) == MAX_DEPTH:
                ctx.warn(
                    "bracket-depth",
                    f"brackets nested over {MAX_DEPTH:,} deep at column {col}; the rest of the "
                    "line is not checked (kept as written)",
                    number,
                    col,
                )
                return
            stack.append((ch, col))
        elif ch == ")":
            if stack and stack[-1][0] == "(":
                stack.pop()
        elif ch == "]":
            if stack and stack[-1][0] == "[":
                stack.pop()
            elif stack:
                opener, at = stack.pop()
                ctx.warn(
                    "bracket-mismatched",
                    f"']' at column {col} closes the {opener!r} opened at column {at}; "
                    "kept as written",
                    number,
                    col,
                )
            else:
                ctx.warn(
                    "bracket-unbalanced",
                    f"']' at column {col} has no opening '['; kept as written",
                    number,
                    col,
                )
    for opener, at in stack:
        if opener == "[":
            ctx.warn(
                "bracket-unbalanced",
                f"'[' at column {at} is never closed; kept as written",
                number,
                at,
            )


def parse_line(line: str, number: int, ctx: Context, column: int = 0) -> list[Inline]:
    """Turn one line of text into mixed content with every interpolation encoded; ``line``
    starts at 0-based ``column`` of source line ``number``."""
    check_balance(line, number, ctx, column)
    items: list[Inline] = []
    pos = 0
    for m in PAIR.finditer(line):
        items.extend(split_glued_markers(line[pos : m.start()], number, column + pos, ctx))
        before = _text_before(items)
        kind = classify(before, m[1], line[m.end() : m.end() + 40])
        col = column + m.start() + 1
        items.extend(_encode(kind, m[1], m.group(0), items, number, col, ctx))
        pos = m.end()
    items.extend(split_glued_markers(line[pos:], number, column + pos, ctx))
    return items


def _text_before(items: list[Inline]) -> str:
    return items[-1] if items and isinstance(items[-1], str) else ""


def _encode(
    kind: str, content: str, raw: str, items: list[Inline], line: int, col: int, ctx: Context
) -> list[Inline]:
    if kind == "text":
        return [raw]
    ctx.brackets[kind] += 1
    resp = ctx.resp
    if kind == "marker":
        return [marker_ref(content.strip(), raw, line, ctx)]
    if kind == "sic":
        return [editorial_note(content, resp, subtype="sic")]
    if kind == "gap":
        return [gap(content, gap_reason(content))]
    if kind == "supplied":
        return [supplied(content, resp)]
    if kind in ("comment", "clarification"):
        return [editorial_note(content, resp, subtype=kind)]
    before = items.pop() if items and isinstance(items[-1], str) else ""
    if kind == "expan":
        m = _acronym(before)
        assert m is not None
        return [before[: m.start()], *expansion(m["acr"], before[m.end("acr") :], content, resp)]
    # gloss: the word before the bracket is the term glossed
    stripped = before.rstrip()
    m = _last_word(stripped)
    if not m:  # pragma: no cover - classify() guarantees a word
        return [before, E("gloss", content, resp=f"#{resp}")]
    term_id = ctx.next_id("term")
    term: etree._Element = E("term", m["word"], xml_id=term_id)
    term.tail = before[len(stripped) :]
    return [stripped[: m.start()], term, E("gloss", content, target=f"#{term_id}", resp=f"#{resp}")]
