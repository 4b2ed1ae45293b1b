"""Edition configuration (``edition.toml``), read with the standard library.

A commented example lives in ``editions/bolivian-miner-1965/edition.toml``.
Every field is optional: without a config the converter uses sensible defaults
(Question/Q → interviewer, Answer/A → interviewee, a named label → a participant
of that name).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tei.errors import ConfigError

_NCNAME = re.compile(r"^[A-Za-z_][\w.-]*$")


@dataclass(frozen=True)
class Person:
    """A participant in the interview or a person responsible for the edition."""

    id: str
    name: str = ""
    role: str = ""
    description: str = ""
    #: editors only: "person" (``persName``, the default) or "org" (``orgName``)
    kind: str = ""
    #: editors only: what they did, as ``respStmt/resp`` ("Translation of the interview")
    resp: str = ""
    #: editors only: "edition" (``titleStmt``, the default) or "source" (the printed source's
    #: citation: its translator or editors, not this edition's)
    of: str = ""


@dataclass(frozen=True)
class EditorialNote:
    """An editor's note anchored on a phrase of the text (``[[editorial_notes]]``)."""

    anchor: str
    text: str
    #: which occurrence of the phrase (1 = the first)
    occurrence: int = 1
    #: an ``[[editors]]`` id: who wrote the note
    resp: str = ""


@dataclass
class EditionConfig:
    """What an editor states about one edition."""

    title: str | None = None
    subtitle: str | None = None
    language: str | None = None
    publisher: str | None = None
    licence: str | None = None
    licence_url: str | None = None
    source_url: str | None = None
    conversion_date: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)
    editors: list[Person] = field(default_factory=list)
    participants: list[Person] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    notes_resp: str | None = None
    #: the language the text was translated from (BCP 47), when the page does not say
    original_language: str | None = None
    editorial_notes: list[EditorialNote] = field(default_factory=list)
    path: str | None = None

    def label_target(self, label: str) -> str | None:
        """The participant id a speaker label maps to (case-insensitive), if configured."""
        wanted = label.casefold()
        for key, value in self.labels.items():
            if key.casefold() == wanted:
                return value
        return None

    def participant(self, pid: str) -> Person | None:
        return next((p for p in self.participants if p.id == pid), None)


def load_config(path: str | os.PathLike[str] | None) -> EditionConfig:
    """Read an ``edition.toml``; ``None`` gives the defaults. Raises :class:`ConfigError`."""
    if path is None:
        return EditionConfig()
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ConfigError("no such config file", file=source, code="config-missing") from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", file=source, code="config-read") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("config is not UTF-8", file=source, code="config-encoding") from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, col = (int(match[1]), int(match[2])) if match else (None, None)
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(
            f"invalid TOML: {msg}", file=source, line=line, column=col, code="config-syntax"
        ) from None
    return config_from_dict(data, source)


def config_from_dict(data: dict[str, Any], source: str = "<config>") -> EditionConfig:
    """Build an :class:`EditionConfig` from parsed TOML, checking types and ids."""
    edition = _table(data, "edition", source)
    cfg = EditionConfig(path=source)
    for key in (
        "title",
        "subtitle",
        "language",
        "publisher",
        "licence",
        "licence_url",
        "source_url",
        "conversion_date",
        "original_language",
    ):
        if key in edition:
            setattr(cfg, key, _str(edition[key], f"edition.{key}", source))
    ids = edition.get("identifiers", {})
    if not isinstance(ids, dict):
        raise ConfigError("edition.identifiers must be a table", file=source, code="config-type")
    cfg.identifiers = {str(k): _str(v, f"edition.identifiers.{k}", source) for k, v in ids.items()}
    cfg.editors = _people(data.get("editors", []), "editors", source)
    cfg.participants = _people(data.get("participants", []), "participants", source)
    labels = _table(data, "labels", source)
    cfg.labels = {str(k): _str(v, f"labels.{k}", source) for k, v in labels.items()}
    known = {p.id for p in cfg.participants}
    for label, pid in cfg.labels.items():
        if known and pid not in known:
            raise ConfigError(
                f"label {label!r} points to {pid!r}, which is not a declared participant",
                file=source,
                code="config-label",
            )
    notes = _table(data, "notes", source)
    if "resp" in notes:
        cfg.notes_resp = _str(notes["resp"], "notes.resp", source)
        if cfg.notes_resp not in {p.id for p in cfg.editors}:
            raise ConfigError(
                f"notes.resp {cfg.notes_resp!r} is not the id of an [[editors]] entry",
                file=source,
                code="config-notes-resp",
            )
    for key in ("language", "original_language"):
        value = getattr(cfg, key)
        if value is not None and not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*", value):
            raise ConfigError(
                f"edition.{key} must be a BCP 47 language tag (en, es, pt-BR)",
                file=source,
                code="config-type",
            )
    cfg.editorial_notes = _editorial_notes(data.get("editorial_notes", []), cfg, source)
    for editor in cfg.editors:
        if editor.kind not in ("", "person", "org") or editor.of not in ("", "edition", "source"):
            raise ConfigError(
                f'editor {editor.id!r}: kind must be "person" or "org", '
                'of must be "edition" or "source"',
                file=source,
                code="config-type",
            )
    for key in ("licence_url", "source_url"):
        _check_url(getattr(cfg, key), f"edition.{key}", source)
    for key, value in cfg.identifiers.items():
        if key.lower() in _URL_KEYS or _SCHEME.match(value):
            _check_url(value, f"edition.identifiers.{key}", source, strict=key.lower() in _URL_KEYS)
    if cfg.conversion_date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", cfg.conversion_date):
        raise ConfigError(
            "edition.conversion_date must be YYYY-MM-DD", file=source, code="config-type"
        )
    return cfg


_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):")
_URL_SCHEMES = {"http", "https", "doi", "urn"}
_URL_KEYS = {"url", "uri", "link", "href", "website", "homepage"}
_BAD_SCHEMES = {"javascript", "vbscript", "data", "file", "blob", "about", "ftp", "filesystem"}


def _check_url(value: str | None, key: str, source: str, *, strict: bool = True) -> None:
    """URLs published from a config (TEI header, HTML, JSON-LD, DataCite, CSL, DC) must be
    http, https, doi or urn: ``javascript:`` and ``file:`` never get that far.
    ``strict=False`` (an identifier that merely has a scheme): refuse only the dangerous."""
    if not value:
        return
    match = _SCHEME.match(value)
    scheme = match[1].lower() if match else ""
    if scheme in _URL_SCHEMES or (not strict and scheme not in _BAD_SCHEMES):
        return
    shown = value if len(value) <= 60 else value[:57] + "..."
    raise ConfigError(
        f"{key} = {shown!r}: only http, https, doi and urn URLs are accepted",
        file=source,
        code="config-url",
    )


def _table(data: dict[str, Any], key: str, source: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{key}] must be a table", file=source, code="config-type")
    return value


def _str(value: Any, key: str, source: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{key} must be a string", file=source, code="config-type")
    return value


def _people(items: Any, key: str, source: str) -> list[Person]:
    if not isinstance(items, list):
        raise ConfigError(f"[[{key}]] must be an array of tables", file=source, code="config-type")
    people: list[Person] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, dict) or "id" not in item:
            raise ConfigError(f"every [[{key}]] entry needs an id", file=source, code="config-type")
        pid = _str(item["id"], f"{key}.id", source)
        if not _NCNAME.match(pid) or pid in seen:
            raise ConfigError(
                f"{key} id {pid!r} must be unique and a valid XML name",
                file=source,
                code="config-id",
            )
        seen.add(pid)
        people.append(
            Person(
                id=pid,
                name=_str(item.get("name", ""), f"{key}.name", source),
                role=_str(item.get("role", ""), f"{key}.role", source),
                description=_str(item.get("description", ""), f"{key}.description", source),
                kind=_str(item.get("kind", ""), f"{key}.kind", source),
                resp=_str(item.get("resp", ""), f"{key}.resp", source),
                of=_str(item.get("of", ""), f"{key}.of", source),
            )
        )
    return people


def _editorial_notes(items: Any, cfg: EditionConfig, source: str) -> list[EditorialNote]:
    """``[[editorial_notes]]``: ``anchor`` (a phrase as the text writes it), ``note``, and
    optionally ``occurrence`` (1 = first) and ``resp`` (an ``[[editors]]`` id)."""
    if not isinstance(items, list):
        raise ConfigError(
            "[[editorial_notes]] must be an array of tables", file=source, code="config-type"
        )
    notes: list[EditorialNote] = []
    editors = {p.id for p in cfg.editors}
    for item in items:
        if not isinstance(item, dict) or not item.get("anchor") or not item.get("note"):
            raise ConfigError(
                "every [[editorial_notes]] entry needs an anchor and a note",
                file=source,
                code="config-type",
            )
        occurrence = item.get("occurrence", 1)
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
            raise ConfigError(
                "editorial_notes.occurrence must be a whole number from 1",
                file=source,
                code="config-type",
            )
        resp = _str(item.get("resp", ""), "editorial_notes.resp", source)
        if resp and resp not in editors:
            raise ConfigError(
                f"editorial_notes.resp {resp!r} is not the id of an [[editors]] entry",
                file=source,
                code="config-notes-resp",
            )
        notes.append(
            EditorialNote(
                anchor=_str(item["anchor"], "editorial_notes.anchor", source),
                text=_str(item["note"], "editorial_notes.note", source),
                occurrence=occurrence,
                resp=resp,
            )
        )
    return notes
