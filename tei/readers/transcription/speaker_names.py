"""Rule: who the speakers are, from what the page's opening says about them.

The opening (title, subtitle, author line, headnote: the text before the first turn)
often names the participants and what they do; a label often gives less than the name:

* full name for a surname or initials label: ``Mandel:`` → ``Ernst Mandel``, ``PB:`` →
  ``Pedro Brieger``, when the opening has a name ending in that surname or with those
  initials;
* roles: ``interview with NAME``, ``Interviewing (Org’s) NAME`` and ``NAME Narrator`` →
  interviewee; ``interviewed by NAME
  (and NAME)``, ``NAME interviewed NAME2``, ``NAME Interview with …``, ``interview … by
  NAME``, ``NAME Interviewer`` → interviewer (NAME2 the interviewee). On a two-speaker page,
  the other speaker of a known interviewer or interviewee takes the other role;
  ``Answers to the Questions of NAME``, ``Fragen von NAME`` → interviewer. The interviewee of a
  question/answer page that names no one else is the page's author (who answers).
"""

from __future__ import annotations

import re

from tei.readers.transcription.front import participants_line

#: a role word is never part of a name (``Steven Trimble Interviewer``)
_NOT_NAME = r"(?!(?:Narrators?|Interviewers?|Interviewees?|Photograph|Photo)\b)"
#: a name of one to four words, on one line
NAME = (
    rf"(?:{_NOT_NAME}[A-Z][\w'’.-]*|[A-Z]\.)"
    rf"(?:[ \t](?:{_NOT_NAME}[A-Z][\w'’.-]*|de|la|van|von|del|da|du|di)){{0,3}}"
)
_ROLE_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (
        re.compile(rf"(?i:interview\w*)\s+with\s+(?P<a>{NAME})\s+by\s+(?P<b>{NAME})"),
        ("interviewee", "interviewer"),
    ),
    (
        re.compile(rf"(?P<a>{NAME})\s+(?i:interviewed)\s+(?P<b>{NAME})"),
        ("interviewer", "interviewee"),
    ),
    (
        re.compile(rf"(?P<a>{NAME})\s+(?:Interview|interview)\s+with\s+(?P<b>{NAME})"),
        ("interviewer", "interviewee"),
    ),
    (
        re.compile(rf"(?i:interview\w*|conversation)\s+(?:with|of)\s+(?P<a>{NAME})"),
        ("interviewee",),
    ),
    (
        re.compile(rf"(?i:interviewing)\s+(?:[A-Z][\w.-]*[‘’']s\s+)?(?P<a>{NAME})"),
        ("interviewee",),
    ),
    (
        re.compile(
            rf"(?i:interviewed)\s+by\s+(?P<a>{NAME})(?:\s+of\s+\S+)?(?:,?\s+and\s+(?P<b>{NAME}))?"
        ),
        ("interviewer", "interviewer"),
    ),
    (
        re.compile(rf"(?P<a>{NAME})\s+(?:spoke|talked|talks|speaks)\s+(?:to|with)\s+(?P<b>{NAME})"),
        ("interviewer", "interviewee"),
    ),
    (re.compile(rf"(?P<a>{NAME}),?\s+(?i:interviewer)\b"), ("interviewer",)),
    (
        re.compile(
            rf"(?i:answers to (?:the )?questions (?:of|from|by)|questions (?:of|from|by)|"
            rf"fragen von|preguntas de|questions de|domande di|вопросы)\s+(?P<a>{NAME})"
        ),
        ("interviewer",),
    ),
    (re.compile(rf"(?P<a>{NAME}),?\s+(?i:narrators?|interviewee)\b"), ("interviewee",)),
]
_CANDIDATE = re.compile(NAME)


_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_]|\.)?")


def initials_name(key: str, opening: str) -> str | None:
    """The name in the opening whose words' initials are ``key`` (``SG`` → ``Shevi
    Geldman`` in ``Max Geldman and Shevi Geldman Narrators``), for a label of 2–4 capitals."""
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
                return m.group(0)
            continue
        if len(words) == 1 and parts[-1].rstrip(".,").casefold() == key.casefold():
            return m.group(0)
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
            for group, kind in zip(("a", "b"), kinds, strict=False):
                if m.group(group):
                    found.append((m.group(group), kind))
    return found


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
