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
from tei.readers.transcription.name_shapes import is_name_like
from tei.readers.transcription.role_patterns import NAME, ROLE_PATTERNS, TALKS

_CANDIDATE = re.compile(NAME)
#: the full stop ending the sentence after a name (``Das Gespräch führte Hans Vogel.``), not
#: an initial's (``Hardy C.``)
_END_STOP = re.compile(r"(?<=[^\W\d_]{2})\.$")


_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_]|\.)?")


def initials_name(key: str, opening: str) -> str | None:
    """The name in the opening whose words' initials are ``key`` (``SG`` → ``Shevi
    Geldman`` in ``Max Geldman and Shevi Geldman Narrators``; ``KW`` → ``Kenneth B. West``), for
    a label of 2–4 capitals."""
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
    if n == 2:  # "KW" for "Kenneth B. West": a middle initial between the two
        for a, middle, b in zip(words, words[1:], words[2:], strict=False):
            if (
                re.fullmatch(r"[A-Z]\.?", middle)
                and a[:1] + b[:1] == key
                and a[1:2].islower()
                and b[1:2].islower()
            ):
                return f"{a} {middle} {b}"
    return None


def _bare(word: str) -> str:
    """A word without case or accents."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )


#: a word ending in a hyphen, a record's field mark (``-AUTHOR-``)
_FIELD_MARK = re.compile(r"\w-\s+")


def full_name(key: str, opening: str) -> str | None:
    """The name the opening gives for a surname or initials label, if it gives one, or for
    a first name when a paragraph of the opening starts with it (``Lieuwe de Vries werkte
    …`` for ``Lieuwe:``)."""
    words = key.split()
    if found := initials_name(key, opening):
        return found
    for m in _CANDIDATE.finditer(opening):
        # (a record's field mark is no part of the name: "-AUTHOR- F. CASTRO")
        name = _FIELD_MARK.split(m.group(0))[-1]
        parts = [w for w in name.split() if w[:1].isupper()]
        if len(parts) < 2:
            continue
        if len(words) == 1 and key.isupper() and 2 <= len(key) <= 4:
            initials = "".join(p[0] for p in parts)
            if initials == key:
                return _END_STOP.sub("", name)
        if len(words) == 1 and _bare(parts[-1].rstrip(".,")) == _bare(key):
            # (capitals labels often drop the accent: GUERIN: Daniel Guérin; BERG: Anna Berg)
            return _END_STOP.sub("", name)
    if len(words) == 1 and not key.isupper():
        for m in _CANDIDATE.finditer(opening):  # a first name: "Lieuwe de Vries werkte …"
            at_start = m.start() == 0 or opening[m.start() - 1] == "\n"
            parts = [w for w in m.group(0).split() if w[:1].isupper()]
            if at_start and len(parts) >= 2 and _bare(parts[0]) == _bare(key):
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
    flat = re.sub(r"(?<=[a-z])- (?=[a-z])", "", flat)  # a word broken at a line end: "Thozam- ile"
    low = flat.lower()
    for pattern, kinds, words in ROLE_PATTERNS:
        if not any(w in low for w in words):
            continue
        for m in pattern.finditer(flat):
            groups = m.groupdict()
            pair = [
                (_END_STOP.sub("", groups.get(g) or groups[g + "2"]), k)
                for g, k in zip(("a", "b"), kinds, strict=False)
                if groups.get(g) or groups.get(g + "2")
            ]
            if pattern is TALKS:
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
#: (or the name, then where and when the person was born: ``David Pinillos (Guadalajara, 2 de
#: octubre de 1971).``)
_ABOUT = re.compile(
    rf"(?m)^(?P<a>{NAME})(?:,\s+(?=[a-zà-ÿ])|\s+\((?=[^()\n]*\d{{4}}\))"
    # or what the person is or was (``Esteban Volkov war 13, als …``)
    r"|\s+(?:is|was|has been|war|ist|fue|es|era|è|est|était|foi|é|был|была|είναι|ήταν)\s)"
)


def headnote_subject(opening: str) -> str | None:
    """The person the opening's paragraph is about (a name, then an apposition): on an
    interview page that names no interviewee, the one interviewed."""
    m = _ABOUT.search(opening)
    return _END_STOP.sub("", m["a"]) if m and len(m["a"].split()) >= 2 else None


#: a full name in capitals inside running text (``… freedom, NELSON MANDELA invited a TIME
#: correspondent …``): how a press standfirst names the one it presents
_CAPS_NAME = re.compile(
    r"(?<![^\W\d_])[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,2}(?![^\W\d_])"
)


def capitals_name(opening: str) -> str | None:
    """The full name the opening's running text writes in capitals, if one alone."""
    found = {
        m.group(0)
        for line in opening.splitlines()
        if sum(c.islower() for c in line[:400]) >= 40  # (running text, no heading in capitals)
        for m in _CAPS_NAME.finditer(line[:400])
        if is_name_like(m.group(0).title())
    }
    return found.pop() if len(found) == 1 else None


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
