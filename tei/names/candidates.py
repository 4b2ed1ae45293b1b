"""Candidate names the register does not cover: a report for the editor, never written to TEI.

    find_candidates(tree, register) -> [Candidate]

Three kinds, read from the text outside existing tags and register mentions:

- ``acronym``: two or more capitals (``ETOL``, ``CP``);
- ``initials``: initials with full stops (``V.E.``);
- ``name``: a run of capitalised words, joined by ``of``/``de``/``the``… (``Commission of
  Inquiry``), not counting a single word that only starts a sentence;
- ``date``: a date phrase (``the 28th of August``, ``April 10, 1937``, ``twenty-eighth``)
  with a value proposed from the register's ``[dates] context`` where it lacks month or year.

Words in the register's ``[candidates] ignore`` list are left out.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from dataclasses import dataclass

from lxml import etree

from tei.dates import MONTHS
from tei.names.register import Register
from tei.names.tagging import _flatten, _roots, _Steps, name_pattern, path_of
from tei.xmlio import NSMAP

CONNECTORS = frozenset("of the de del la las los el y da do di du des von van der für".split())
FUNCTION = frozenset(
    "a an the i in on at of to by for from and but or so as if it its this that these those we "
    "they he she you my our their his her there then when what where who why how yes no not "
    "one two mr mrs dr ms".split()
)
#: elements written in title case: their capitals say nothing about names
TITLE_CASE = frozenset({"titlePart", "docTitle"})
_WORD = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Sra|Herr|Frau|M|Mme)\.|[^\W\d_][\w’'\-]*|[^\w\s]")
_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}|(?<!\w)[A-Z][A-Z&]{1,}(?!\w)")
ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
        "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
        "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first".split(),
        start=1,
    )
}
_MONTH_NAMES = "|".join(
    sorted((m for m in MONTHS if len(m) > 3 and m.isascii()), key=len, reverse=True)
)
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_DATE = re.compile(
    rf"(?<!\w)(?:(?:{_MONTH_NAMES})\s+\d{{1,2}},?\s+\d{{4}}"  # April 10, 1937
    rf"|(?:the\s+)?{_DAY}\s+(?:of\s+)?(?:{_MONTH_NAMES})(?:,?\s+\d{{4}})?"  # 28th of August [1936]
    rf"|(?:{_MONTH_NAMES})\s+\d{{4}}"  # October 1964
    rf"|the\s+{_DAY}(?=\s*(?:[,.;:)\x00]|$|of\b|\[)))(?!\w)",  # the twenty-eighth [of …]
    re.I,
)


@dataclass(frozen=True)
class Candidate:
    """A form the editor may want to add to the register (or to its ignore list)."""

    text: str
    kind: str  # acronym | initials | name | date
    count: int
    line: int | None
    xpath: str
    proposal: str = ""  # dates: a value proposed from the context

    def __str__(self) -> str:
        extra = f" → {self.proposal}?" if self.proposal else ""
        return f"{self.kind:8} {self.count:3}× {self.text}{extra}  (line {self.line}, {self.xpath})"


def find_candidates(tree: etree._ElementTree, register: Register) -> list[Candidate]:
    """Forms in the text that look like names or dates and that the register lacks."""
    text = tree.getroot().find("tei:text", NSMAP)
    if text is None:
        return []
    known = name_pattern(register)
    ignore = set(register.ignore) | {s for s in register.surfaces()}
    dated = [re.compile(r"\s+".join(map(re.escape, d.text.split())), re.I) for d in register.dates]
    found: dict[tuple[str, str], list[tuple[int | None, str, str]]] = {}
    queue = deque(_roots(text))
    steps = _Steps()  # the tree does not change here: each parent's steps are made once
    while queue:
        root = queue.popleft()
        flat = _flatten(root)
        queue.extendleft(reversed(flat.nested))
        if etree.QName(root).localname in TITLE_CASE:
            continue
        chars = list(flat.text)
        for seg in flat.segments:  # tagged or skipped text is not a candidate
            if seg.lock is not None:
                chars[seg.start : seg.end] = "\x00" * (seg.end - seg.start)
        for pattern in [known, *dated] if known else dated:
            for m in pattern.finditer(flat.text):
                chars[m.start() : m.end()] = "\x00" * (m.end() - m.start())
        plain = "".join(chars)
        where = (root.sourceline, path_of(root, steps))
        for m in _DATE.finditer(plain):
            found.setdefault((" ".join(m.group().split()), "date"), []).append(
                (*where, _propose(m.group(), register.context))
            )
            plain = plain[: m.start()] + "\x00" * (m.end() - m.start()) + plain[m.end() :]
        for m in _ACRONYM.finditer(plain):
            kind = "initials" if "." in m.group() else "acronym"
            found.setdefault((m.group(), kind), []).append((*where, ""))
        for phrase in _capitalised(plain):
            found.setdefault((phrase, "name"), []).append((*where, ""))
    out = [
        Candidate(t, kind, len(hits), hits[0][0], hits[0][1], hits[0][2])
        for (t, kind), hits in found.items()
        if t not in ignore and not (kind == "name" and t.lower() in FUNCTION)
    ]
    return sorted(out, key=lambda c: (c.kind, -c.count, c.text))


def _capitalised(text: str) -> list[str]:
    """Runs of capitalised words (with connectors inside), minus lone sentence-initial words."""
    out: list[str] = []
    run: list[str] = []
    run_initial = False
    sentence_start = True

    def close() -> None:
        while run and (run[-1].lower() in CONNECTORS or run[-1].lower() in FUNCTION):
            run.pop()
        words = list(run)
        initial = run_initial
        while initial and words and words[0].lower() in FUNCTION:
            words.pop(0)
            initial = False
        if (
            words
            and not (initial and len(words) == 1)
            and not (len(words) == 1 and words[0].isupper())
        ):
            out.append(" ".join(words))
        run.clear()

    for m in _WORD.finditer(text):
        token = m.group()
        if not token[0].isalpha():
            close()
            sentence_start = token in '.!?:“"(\x00'
            continue
        if token[0].isupper():
            if not run:
                run_initial = sentence_start
            run.append(token)
        elif run and token in CONNECTORS:
            run.append(token)
        else:
            close()
        sentence_start = False
    close()
    return out


def _propose(phrase: str, context: str) -> str:
    """An ISO value for a date phrase, taking missing month/year from ``context``."""
    words = re.findall(r"[\w-]+", phrase.lower())
    day = month = year = None
    for w in words:
        if w in ORDINALS:
            day = ORDINALS[w]
        elif re.fullmatch(r"\d{4}", w):
            year = int(w)
        elif re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w):
            day = int(re.sub(r"\D", "", w))
        elif w in MONTHS:
            month = MONTHS[w]
    ctx = context.split("-") if context else []
    if year is None and ctx:
        year = int(ctx[0])
    if month is None and len(ctx) > 1 and day is not None:
        month = int(ctx[1])
    if year is None:
        return ""
    value = f"{year:04d}"
    if month:
        value += f"-{month:02d}"
        if day:
            value += f"-{day:02d}"
    return value


def candidate_counts(candidates: list[Candidate]) -> Counter[str]:
    """How many candidates of each kind."""
    return Counter(c.kind for c in candidates)
