"""Speaker labels → declared participants (config first, then what the page says).

One ``person`` per speaker: short forms merge with the label they abbreviate (``T:`` =
``Trotsky:``, ``PMS:`` = ``Paul M. Sweezy (PMS):``); the name is the page's own (the full
name the opening gives for a surname or initials label, see ``speaker_names.py``); roles
come from question/answer words or from what the opening says (:meth:`finish`).
"""

from __future__ import annotations

from dataclasses import dataclass

from tei.readers.transcription.context import Context
from tei.readers.transcription.speaker_names import described, full_name, roles, same_person
from tei.readers.transcription.speaker_turn import INTERVIEW, Label, default_role, slug


@dataclass
class Participant:
    id: str
    name: str
    role: str
    description: str = ""
    labels: tuple[str, ...] = ()


class Participants:
    """The participants of the dialogue, in order of declaration or first appearance."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.people: dict[str, Participant] = {}
        self._abbr: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        #: per participant: how many turns, how many of them end in a question mark
        self.asks: dict[str, list[int]] = {}
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
            return self._declare(pid, label.name, "", label, line)
        for key in (label.key.casefold(), same_as.casefold()):
            if key and (key in self._abbr or key in self._keys):
                pid = self._abbr.get(key) or self._keys[key]
                self._note_label(pid, label)
                return pid
        role = default_role(label)
        if role:
            return self._declare(role, "", role, label, line)
        written = label.name.title() if label.name.isupper() and len(label.name) > 4 else label.name
        name = full_name(label.key, self.ctx.opening) or written
        pid = self._declare(slug(label.name), name, "", label, line)
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
        return pid

    def finish(self, authors: list[str] | None = None, introduced_by: str | None = None) -> None:
        """Roles the page states for its speakers (interviewer, interviewee), and names for
        the unnamed ones of question/answer labels (``introduced_by``: the name the
        headnote is signed with, the interviewer's)."""
        if self.ctx.config.participants:
            return
        stated = roles(self.ctx.opening)
        people = list(self.people.values())
        for person in people:
            if person.name or person.id != person.role:
                continue
            named = [n for n, r in stated if r == person.role]
            if named:
                person.name = named[0]
            elif person.role == "interviewer" and introduced_by:
                person.name = introduced_by
            elif (
                person.role == "interviewee"
                and authors
                and len(authors) == 1
                and authors[0] != introduced_by
                and not any(r == "interviewer" and same_person(authors[0], n) for n, r in stated)
            ):  # the author answers, unless the page says the author asks (a correspondent)
                person.name = authors[0]
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
                    break
        if len(people) == 2 and not any(p.role for p in people):
            self._by_questions(people)
        if len(people) == 2:
            a, b = people
            other = {"interviewer": "interviewee", "interviewee": "interviewer"}
            if a.role in other and not b.role:
                b.role = other[a.role]
            elif b.role in other and not a.role:
                a.role = other[b.role]

    def note_turn(self, pid: str, text: str) -> None:
        """Record a turn's text: who asks the questions is the interviewer."""
        counts = self.asks.setdefault(pid, [0, 0])
        counts[0] += 1
        counts[1] += text.rstrip().rstrip('"”’)').endswith("?")

    def _by_questions(self, people: list[Participant]) -> None:
        """Of two speakers, the one whose turns are mostly questions, when the other's are
        not, is the interviewer (on a page whose opening says it is an interview)."""
        if not INTERVIEW.search(self.ctx.opening):
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

    def _declare(self, pid: str, name: str, role: str, label: Label, line: int) -> str:
        if pid not in self.people:
            if self.ctx.config.participants:
                self.ctx.warn(
                    "speaker-unknown",
                    f"speaker label {label.label!r} is not in the config's [labels]; "
                    f"declared a new participant {pid!r}",
                    line,
                )
            self.people[pid] = Participant(pid, name, role)
        self._note_label(pid, label)
        return pid

    def _note_label(self, pid: str, label: Label) -> None:
        person = self.people.get(pid)
        if person is None:  # declared by config labels only
            person = self.people[pid] = Participant(pid, "", "")
        written = " ".join(label.label.split())
        if written not in person.labels:
            person.labels = (*person.labels, written)
