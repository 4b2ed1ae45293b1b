"""Speaker labels → declared participants (config first, then sensible defaults)."""

from __future__ import annotations

from dataclasses import dataclass

from tei.readers.transcription.context import Context
from tei.readers.transcription.speaker_turn import Label, default_role, slug


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
        for person in ctx.config.participants:
            self.people[person.id] = Participant(
                person.id, person.name, person.role, person.description
            )

    def resolve(self, label: Label, line: int) -> str:
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
        if label.key.casefold() in self._abbr:
            pid = self._abbr[label.key.casefold()]
            self._note_label(pid, label)
            return pid
        role = default_role(label)
        if role:
            return self._declare(role, "", role, label, line)
        name = label.name.title() if label.name.isupper() else label.name
        return self._declare(slug(label.name), name, "", label, line)

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
        if label.label not in person.labels:
            person.labels = (*person.labels, label.label)
