"""Speaker labels → declared participants (config first, then what the page says).

One ``person`` per speaker: short forms merge with the label they abbreviate (``T:`` =
``Trotsky:``, ``PMS:`` = ``Paul M. Sweezy (PMS):``); the name is the page's own (the full
name the opening gives for a surname or initials label, see ``speaker_names.py``); roles
come from question/answer words or from what the opening says (:meth:`finish`); an unnamed
interviewer is the page's one author when the page names someone else as the interviewee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tei.readers.transcription.context import Context
from tei.readers.transcription.label_shapes import INTERVIEW, Label, initials_of
from tei.readers.transcription.said_names import (
    NARRATED_CHARS,
    NARRATED_TURNS,
    name_by_initials,
    narrated,
    presented,
)
from tei.readers.transcription.speaker_names import (
    capitals_name,
    described,
    full_name,
    headnote_subject,
    roles,
    same_person,
)
from tei.readers.transcription.speaker_turn import default_role, slug


@dataclass
class Participant:
    id: str
    name: str
    role: str
    description: str = ""
    labels: tuple[str, ...] = ()
    #: how the name and the role were found (``tei convert --explain`` prints it)
    evidence: list[str] = field(default_factory=list)
    line: int = 0


class Participants:
    """The participants of the dialogue, in order of declaration or first appearance."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.people: dict[str, Participant] = {}
        self._abbr: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        #: per participant: how many turns, how many of them end in a question mark
        self.asks: dict[str, list[int]] = {}
        #: the opening of each speaker's first turns (a narration in them may name the speaker)
        self.said: dict[str, list[str]] = {}
        for person in ctx.config.participants:
            self.people[person.id] = Participant(
                person.id, person.name, person.role, person.description
            )

    def resolve(self, label: Label, line: int, same_as: str = "") -> str:
        """The participant id a label points to, declaring a participant when needed."""
        config = self.ctx.config
        target = config.label_target(label.key) or config.label_target(label.label.strip())
        if target:
            self._note_label(target, label)
            return target
        if label.form == "abbr":
            pid = slug(label.abbr)
            self._abbr[label.abbr.casefold()] = pid
            pid = self._declare(pid, label.name, "", label, line)
            self._why(pid, f"the label {label.label.strip()!r} names {label.name!r}")
            return pid
        for key in (label.key.casefold(), same_as.casefold()):
            if key and (key in self._abbr or key in self._keys):
                pid = self._abbr.get(key) or self._keys[key]
                self._note_label(pid, label)
                return pid
        role = default_role(label) or _chair_word(label.key)
        if role:
            pid = self._declare(role, "", role, label, line)
            word = "question/answer word" if role != "chair" else "chair's title"
            self._why(pid, f"{label.label.strip()!r} is a {word}: the {role}")
            return pid
        if (pid := self._initials_of(label.key)) is not None:
            self._note_label(pid, label)
            self._keys[label.key.casefold()] = pid
            self._why(pid, f"the label {label.label.strip()!r} is the initials of an earlier label")
            return pid
        if (pid := self._same_surname(label.name)) is not None:
            self._note_label(pid, label)
            self._keys[label.key.casefold()] = pid
            self._why(pid, f"the label {label.label.strip()!r} names an earlier label's speaker")
            return pid
        written = label.name.title() if label.name.isupper() and len(label.name) > 4 else label.name
        name = full_name(label.key, self.ctx.opening) or written
        pid = self._declare(slug(label.name), name, "", label, line)
        if name != written:
            self._why(pid, f"the page's opening gives the full name {name!r} for {label.key!r}")
        self._keys[label.key.casefold()] = pid
        if same_as:
            self._keys[same_as.casefold()] = pid
        return pid

    def by_role(self, role: str) -> str:
        """The participant of an unlabelled turn: the interviewer or the interviewee,
        named when the page's opening names them."""
        pid = self.ctx.config.label_target(role) or role
        if pid not in self.people:
            name = next((n for n, r in roles(self.ctx.opening) if r == role), "")
            self.people[pid] = Participant(pid, name, role)
            self._why(pid, f"unlabelled turns of the {role}")
            if name:
                self._why(pid, f"the opening names {name!r} as the {role}")
        return pid

    def finish(
        self,
        authors: list[str] | None = None,
        introduced_by: str | None = None,
        periodical: str | None = None,
    ) -> None:
        """Roles the page states for its speakers (interviewer, interviewee), and names for
        the unnamed ones of question/answer labels (``introduced_by``: the name the
        headnote is signed with, the interviewer's; ``periodical``: the journal the page
        cites — an interview "with" it is an interview it made: the paper asks)."""
        if self.ctx.config.participants:
            return
        stated = [
            (n, "interviewer" if r == "interviewee" and _same_words(n, periodical) else r)
            for n, r in roles(self.ctx.opening)
        ]
        people = list(self.people.values())
        for person in people:
            if person.name or person.id != person.role:
                continue
            named = [n for n, r in stated if r == person.role]
            if named:
                person.name = named[0]
                person.evidence.append(f"the opening names {named[0]!r} as the {person.role}")
            elif person.role == "interviewer" and introduced_by:
                person.name = introduced_by
            elif person.role == "interviewee" and (told := narrated(self.said.get(person.id))):
                person.name = told  # "- Naturalmente … -contesta Trotsky- pero …"
                person.evidence.append(f"the narration in an answer names {told!r}")
                person.evidence.append(f"{introduced_by!r} signed the headnote")
            elif person.role == "interviewer" and _asks(authors, stated):
                person.name = authors[0]  # type: ignore[index]
                person.evidence.append(
                    f"the page's author {person.name!r} asks: the page names another interviewee"
                )
            elif (
                person.role == "interviewee"
                and authors
                and len(authors) == 1
                and authors[0] != introduced_by
                and not any(r == "interviewer" and same_person(authors[0], n) for n, r in stated)
            ):  # the author answers, unless the page says the author asks (a correspondent)
                person.name = authors[0]
                person.evidence.append(f"the page's author {person.name!r} answers")
            elif person.role == "interviewee" and (shown := presented(self.ctx.opening)):
                person.name = shown
                person.evidence.append(f"the opening presents {shown!r} by name and age")
            elif person.role == "interviewee" and (about := headnote_subject(self.ctx.opening)):
                person.name = about
                person.evidence.append(f"the opening's paragraph is about {about!r}")
            elif person.role == "interviewee" and (caps := capitals_name(self.ctx.opening)):
                person.name = caps
                person.evidence.append(f"the opening's text writes {caps!r} in capitals")
        for desc, role in described(self.ctx.opening):
            unnamed = [p for p in people if p.role == role and not p.name and not p.description]
            if unnamed:
                unnamed[0].description = desc
        for person in people:
            if person.role:
                continue
            for name, role in stated:
                if person.name and same_person(person.name, name):
                    person.role = role
                    person.evidence.append(f"the opening says {name!r} is the {role}")
                    break
        name = (periodical or "").strip()
        if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name):  # "ENcontrARTE.aporrea.org": a site
            name = name.split(".")[0]
        paper = set(re.findall(r"\w+", name.casefold())) if len(people) == 2 else ()
        for person in people if paper else ():  # the label is the cited periodical: it asks
            words = set(re.findall(r"\w+", person.name.casefold()))
            # the periodical's whole name (its articles aside), not a name inside a book's
            # title ("Writings of Leon Trotsky")
            if not person.role and words and words <= paper and not (paper - words - _ARTICLES):
                person.role = "interviewer"
                person.evidence.append(f"{person.name!r} is the periodical the page cites")
        if len(people) == 2 and not any(p.role for p in people):
            self._by_questions(people)
        if len(people) == 2:
            a, b = people
            other = {"interviewer": "interviewee", "interviewee": "interviewer"}
            if a.role in other and not b.role:
                b.role = other[a.role]
                b.evidence.append(f"the other speaker of the {a.role}: the {b.role}")
            elif b.role in other and not a.role:
                a.role = other[b.role]
                a.evidence.append(f"the other speaker of the {b.role}: the {a.role}")
        self._reporter(people, stated)
        self._silent(people, stated)
        name_by_initials(people, self.ctx.opening, self.said)

    def _silent(self, people: list[Participant], stated: list[tuple[str, str]]) -> None:
        """The other party the opening names, when the excerpt ends before a turn of theirs
        (``Interview with Ernest Mandel``, only the first question kept): a participant too."""
        if self.ctx.config.participants or not people:
            return
        roles_held = {p.role for p in people}
        for missing, present in (("interviewee", "interviewer"), ("interviewer", "interviewee")):
            if missing in roles_held or present not in roles_held or missing in self.people:
                continue
            name = next(
                (
                    n
                    for n, r in stated
                    if r == missing and not any(p.name and same_person(p.name, n) for p in people)
                ),
                "",
            )
            if name:
                self.people[missing] = Participant(missing, name, missing)
                self._why(missing, f"the opening names {name!r} as the {missing}, who has no turn")

    def _reporter(self, people: list[Participant], stated: list[tuple[str, str]]) -> None:
        """A paper's label (``Socialist Worker:``) for the questions of the reporter the
        opening names (``Our reporter Jim Lane spoke to …``): the one labelled interviewer
        whose name the opening never gives is that reporter, asking for the label's paper."""
        opening = " ".join(self.ctx.opening.split()).casefold()
        free = [
            n
            for n, r in stated
            if r == "interviewer" and not any(p.name and same_person(p.name, n) for p in people)
        ]
        cast = [
            p
            for p in people
            if p.role == "interviewer"
            and p.name
            and p.labels
            and not any(same_person(p.name, n) for n, _ in stated)
            and p.name.casefold() not in opening  # a name the page gives is a person's
        ]
        if len(set(free)) == 1 and len(cast) == 1:
            person = cast[0]
            if person.name.casefold() not in ("interviewer", "questioner", "reporter"):
                person.description = person.description or f"for {person.name}"
            person.evidence.append(
                f"the opening names {free[0]!r} as the interviewer, who asks under the label "
                f"{person.name!r}"
            )
            person.name = free[0]

    def note_turn(self, pid: str, text: str) -> None:
        """Record a turn's text: who asks the questions is the interviewer."""
        counts = self.asks.setdefault(pid, [0, 0])
        counts[0] += 1
        counts[1] += text.rstrip().rstrip('"”’)').endswith("?")
        self.note_said(pid, text)

    def note_said(self, pid: str, text: str) -> None:
        """Keep the opening of a speaker's first turns: a narration in them may name him."""
        said = self.said.setdefault(pid, [])
        if len(said) < NARRATED_TURNS:
            said.append(text[:NARRATED_CHARS])

    def _by_questions(self, people: list[Participant]) -> None:
        """Of two speakers, the one whose turns are mostly questions, when the other's are
        not, is the interviewer (on a page whose opening says it is an interview)."""
        counts = [self.asks.get(p.id, [0, 0]) for p in people]
        # without an opening that says so, only a clear pattern: of at least three turns
        # each, one asks in most, the other in hardly any
        shares = sorted(q / n for n, q in counts) if all(n >= 3 for n, _ in counts) else []
        clear = bool(shares) and shares[0] <= 0.2 and shares[1] > 0.5
        if not INTERVIEW.search(self.ctx.opening) and not clear:
            return
        share = {
            p.id: (self.asks.get(p.id, [0, 0])[1] / (self.asks.get(p.id, [0, 0])[0] or 1))
            for p in people
        }
        a, b = people
        if share[a.id] > 0.5 and share[b.id] < 0.5:
            a.role, b.role = "interviewer", "interviewee"
        elif share[b.id] > 0.5 and share[a.id] < 0.5:
            b.role, a.role = "interviewer", "interviewee"
        else:
            return
        for p in people:
            p.evidence.append(f"{'most' if p.role == 'interviewer' else 'few'} of its turns ask")

    def _declare(self, pid: str, name: str, role: str, label: Label, line: int) -> str:
        if pid not in self.people:
            if self.ctx.config.participants:
                self.ctx.warn(
                    "speaker-unknown",
                    f"speaker label {label.label!r} is not in the config's [labels]; "
                    f"declared a new participant {pid!r}",
                    line,
                )
            self.people[pid] = Participant(pid, name, role, line=line)
            self._why(pid, f"declared by the label {label.label.strip()!r}")
        self._note_label(pid, label)
        return pid

    def _same_surname(self, name: str) -> str | None:
        """The one participant declared by a full-name label whose last (or first) word is
        this one-word label (``Weissman:`` after ``Suzi Weissman:``, ``Vagner:`` after
        ``Vagner Freitas:``); None when none or two are (``Max Geldman`` and ``Shevi
        Geldman``)."""
        word = name.strip().casefold()
        if " " in word or len(word) < 3:
            return None
        found = [
            p.id
            for p in self.people.values()
            if p.labels and len(p.name.split()) > 1 and word in _ends(p.name)
        ]
        return found[0] if len(found) == 1 else None

    def _initials_of(self, key: str) -> str | None:
        """The one participant declared by a full-name label whose initials this label is
        (``SI:`` after ``Shaun Illingworth:``, ``KM:`` after ``Kenneth M. Mandel:``, ``A.M.:``
        after ``Arturo Moll:``, as
        :func:`initials_of` reads them); None when none or two are."""
        if not re.fullmatch(r"[A-ZА-ЯЁ]{2,4}|(?:[A-ZА-ЯЁ]\.){1,3}[A-ZА-ЯЁ]\.?", key.strip()):
            return None  # ("SI", "A.M.": the dots of the initials are kept in the key)
        found = [
            p.id
            for p in self.people.values()
            if p.labels and len(p.name.split()) > 1 and initials_of(p.name, key.strip())
        ]
        return found[0] if len(found) == 1 else None

    def _why(self, pid: str, evidence: str) -> None:
        person = self.people.get(pid)
        if person is not None and evidence not in person.evidence:
            person.evidence.append(evidence)

    def decisions(self) -> list[tuple[int, str, str, str]]:
        """(line, role, reason, text) per participant, for ``tei convert --explain``."""
        return [
            (
                p.line,
                f"participant #{p.id}",
                "; ".join(p.evidence) or "declared by the config",
                " ".join(x for x in (p.name or p.description, p.role and f"({p.role})") if x),
            )
            for p in self.people.values()
        ]

    def _note_label(self, pid: str, label: Label) -> None:
        person = self.people.get(pid)
        if person is None:  # declared by config labels only
            person = self.people[pid] = Participant(pid, "", "")
        written = " ".join(label.label.split())
        if written not in person.labels:
            person.labels = (*person.labels, written)


def _ends(name: str) -> tuple[str, ...]:
    """The words of a name a one-word label may be: its last, and its first when it is a
    personal name (capitalised words of letters: not ``Man 1``, ``Voices in crowd``)."""
    words = name.split()
    personal = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    return tuple(w.casefold() for w in ([words[0], words[-1]] if personal else [words[-1]]))


def _same_words(name: str, other: str | None) -> bool:
    words = re.findall(r"\w+", name.casefold())
    return bool(other) and bool(words) and words == re.findall(r"\w+", (other or "").casefold())


def _asks(authors: list[str] | None, stated: list[tuple[str, str]]) -> bool:
    """The page's one author asks the questions when the page names someone else as the
    interviewee (``KNICKERBOCKER H.R. (1932) : Interview with Leon Trotsky``) and no one as
    the interviewer."""
    if not authors or len(authors) != 1:
        return False
    interviewees = [n for n, r in stated if r == "interviewee"]
    return (
        bool(interviewees)
        and not any(r == "interviewer" for _, r in stated)
        and not any(same_person(authors[0], n) for n in interviewees)
    )


#: a label that is the chair's title (``THE CHAIRMAN:``, ``Chair:``): the chair, whom the
#: opening may name (``Present: John Dewey, chairman``)
_ARTICLES = {"the", "a", "an", "le", "la", "les", "l", "el", "los", "las", "der", "die", "das"}
_CHAIR = re.compile(r"(?i)^(?:the\s+)?(?:chairman|chairwoman|chairperson|chair|moderator)$")


def _chair_word(key: str) -> str | None:
    return "chair" if _CHAIR.match(key.strip()) else None
