"""A names register: persons, places and organisations an editor keeps in a TOML file.

The file (``register.toml`` beside an edition) is edited by hand::

    [[person]]
    id = "ordonez"                      # the xml:id mentions point to (@ref="#ordonez")
    name = "Ordoñez"                    # preferred form, shown in the index
    variants = ["Ordonez"]              # other spellings the text uses
    abbreviations = []                  # e.g. "POR" for an organisation
    note = "Leader of the CP at Siglo Veinte."
    authority = ["https://www.wikidata.org/wiki/Q…"]   # only identifiers you are sure of

    [[place]] / [[org]]                 # same keys; ``type`` optional (org: "periodical")

    [[date]]                            # a date the editor has resolved from the context
    text = "twenty-eighth of October"   # as it reads in the text (brackets dropped)
    when = "1964-10-28"
    confirmed = true                    # only confirmed dates are encoded

    [candidates]
    ignore = ["Trotskyists"]            # capitalised words that are not names

    [dates]
    context = "1964-10"                 # what the document is about: used to propose dates

:func:`load_register` reads and checks it (problems raise :class:`ConfigError` naming the
file and line); :func:`compile_register` turns it into TEI ``standOff`` lists and
:func:`apply_register` puts them into a document.
"""

from __future__ import annotations

import copy
import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.elements import E
from tei.errors import ConfigError
from tei.textio import decode
from tei.xmlio import NSMAP, TEI_NS, XML_NS, read_bytes

Kind = Literal["person", "place", "org"]
KINDS: tuple[Kind, ...] = ("person", "place", "org")
#: register kind -> (TEI list, TEI entry, TEI name element)
TEI_NAMES: dict[Kind, tuple[str, str, str]] = {
    "person": ("listPerson", "person", "persName"),
    "place": ("listPlace", "place", "placeName"),
    "org": ("listOrg", "org", "orgName"),
}
ENTRY_KEYS = frozenset({"id", "name", "variants", "abbreviations", "note", "authority", "type"})
DATE_KEYS = frozenset({"text", "when", "from", "to", "confirmed", "note"})
TOP_KEYS = frozenset({"person", "place", "org", "date", "candidates", "dates", "register"})

_NCNAME = re.compile(r"^[A-Za-z_][\w.-]*$")
_ISO = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
#: authority hosts we know the form of: a URI for one of them must have that form
AUTHORITY_FORMS: dict[str, re.Pattern[str]] = {
    "wikidata.org": re.compile(r"^https?://(www\.)?wikidata\.org/(wiki|entity)/Q[1-9]\d*$"),
    "viaf.org": re.compile(r"^https?://(www\.)?viaf\.org/viaf/\d+/?$"),
    "geonames.org": re.compile(r"^https?://(www\.|sws\.)?geonames\.org/\d+(/[\w.-]*)?/?$"),
    "d-nb.info": re.compile(r"^https?://d-nb\.info/gnd/[\dX-]+$"),
    "id.loc.gov": re.compile(r"^https?://id\.loc\.gov/authorities/names/n[a-z]?\d+$"),
}
REGISTER_TYPE = "register"


@dataclass(frozen=True)
class Entry:
    """One person, place or organisation of the register."""

    kind: Kind
    id: str
    name: str
    variants: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    note: str = ""
    authority: tuple[str, ...] = ()
    type: str = ""
    line: int | None = None

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Every form a mention may take: the name, its variants and abbreviations."""
        return (self.name, *self.variants, *self.abbreviations)


@dataclass(frozen=True)
class DateEntry:
    """A date phrase of the text and the value the editor resolved it to."""

    text: str
    when: str = ""
    from_: str = ""
    to: str = ""
    confirmed: bool = False
    note: str = ""
    line: int | None = None


@dataclass
class Register:
    """A checked register: entries in file order, dates, candidate words to ignore."""

    entries: list[Entry] = field(default_factory=list)
    dates: list[DateEntry] = field(default_factory=list)
    ignore: tuple[str, ...] = ()
    context: str = ""
    source: str = "<register>"

    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    def surfaces(self) -> dict[str, Entry]:
        """Each surface form -> its entry (forms are unique: :func:`parse_register` checks)."""
        return {s: e for e in self.entries for s in e.surfaces}

    def extend(self, other: Register) -> Register:
        """This register with ``other``'s entries added (an edition's over a collection's)."""
        ids = {e.id for e in self.entries}
        merged = Register(
            entries=self.entries + [e for e in other.entries if e.id not in ids],
            dates=self.dates + other.dates,
            ignore=self.ignore + other.ignore,
            context=self.context or other.context,
            source=self.source,
        )
        _check_surfaces(merged.entries, merged.source, "")
        return merged


def load_register(path: str | Path) -> Register:
    """Read and check a register file; raise :class:`ConfigError` (exit 2) on any problem."""
    source = str(path)
    text = decode(read_bytes(path), source).text
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"at line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(at.group(1)) if at else None)
        raise ConfigError(
            f"not valid TOML: {str(exc).split(' (at')[0]}",
            file=source,
            line=line,
            code="register-toml",
        ) from None
    return parse_register(data, source, text)


def parse_register(data: dict[str, Any], source: str = "<register>", text: str = "") -> Register:
    """Check a register read from TOML (``text``, when given, lets errors cite a line)."""
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ConfigError(
            f"unknown section {sorted(unknown)[0]!r}; choose from: {', '.join(sorted(TOP_KEYS))}",
            file=source,
            line=_line_of(text, sorted(unknown)[0]),
            code="register-key",
        )
    entries: list[Entry] = []
    for kind in KINDS:
        items = data.get(kind, [])
        if not isinstance(items, list):
            raise ConfigError(
                f"[[{kind}]] must be an array of tables", file=source, code="register-key"
            )
        entries.extend(_entry(kind, item, source, text) for item in items)
    seen: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in seen:
            raise ConfigError(
                f"id {entry.id!r} is used twice", file=source, line=entry.line, code="register-id"
            )
        seen[entry.id] = entry
    _check_surfaces(entries, source, text)
    dates = [_date(item, source, text) for item in data.get("date", [])]
    cand = data.get("candidates", {})
    ignore = cand.get("ignore", []) if isinstance(cand, dict) else []
    context = str(data.get("dates", {}).get("context", ""))
    if context and not _ISO.match(context):
        raise ConfigError(
            f"[dates] context {context!r} is not YYYY, YYYY-MM or YYYY-MM-DD",
            file=source,
            line=_line_of(text, context),
            code="register-date",
        )
    return Register(entries, dates, tuple(_strings(ignore, "ignore", source)), context, source)


def _entry(kind: Kind, item: Any, source: str, text: str) -> Entry:
    if not isinstance(item, dict):
        raise ConfigError(f"each [[{kind}]] must be a table", file=source, code="register-key")
    ident = str(item.get("id", ""))
    line = _line_of(text, f'"{ident}"') if ident else None
    unknown = set(item) - ENTRY_KEYS
    if unknown:
        raise ConfigError(
            f"[[{kind}]] {ident or '?'}: unknown key {sorted(unknown)[0]!r}; choose from: "
            f"{', '.join(sorted(ENTRY_KEYS))}",
            file=source,
            line=line,
            code="register-key",
        )
    if not _NCNAME.match(ident):
        raise ConfigError(
            f"[[{kind}]] needs an id that is an XML name (letters, digits, - _ .), not {ident!r}",
            file=source,
            line=line,
            code="register-id",
        )
    name = str(item.get("name", "")).strip()
    if not name:
        raise ConfigError(
            f"{kind} {ident!r} has no name", file=source, line=line, code="register-name"
        )
    authority = _strings(item.get("authority", []), "authority", source)
    for uri in authority:
        problem = authority_problem(uri)
        if problem:
            raise ConfigError(
                f"{kind} {ident!r}: {problem}",
                file=source,
                line=_line_of(text, uri) or line,
                code="register-authority",
            )
    return Entry(
        kind=kind,
        id=ident,
        name=name,
        variants=tuple(_strings(item.get("variants", []), "variants", source)),
        abbreviations=tuple(_strings(item.get("abbreviations", []), "abbreviations", source)),
        note=" ".join(str(item.get("note", "")).split()),
        authority=tuple(authority),
        type=str(item.get("type", "")),
        line=line,
    )


def _date(item: Any, source: str, text: str) -> DateEntry:
    if not isinstance(item, dict) or not str(item.get("text", "")).strip():
        raise ConfigError(
            'each [[date]] needs text = "…" (the phrase as the text has it)',
            file=source,
            code="register-date",
        )
    phrase = " ".join(str(item["text"]).split())
    line = _line_of(text, phrase)
    unknown = set(item) - DATE_KEYS
    if unknown:
        raise ConfigError(
            f"[[date]] {phrase!r}: unknown key {sorted(unknown)[0]!r}; choose "
            f"from: {', '.join(sorted(DATE_KEYS))}",
            file=source,
            line=line,
            code="register-key",
        )
    values = {k: str(item.get(k, "")) for k in ("when", "from", "to")}
    for key, value in values.items():
        if value and not _ISO.match(value):
            raise ConfigError(
                f"[[date]] {phrase!r}: {key} {value!r} is not YYYY[-MM[-DD]]",
                file=source,
                line=line,
                code="register-date",
            )
    if values["when"] and (values["from"] or values["to"]):
        raise ConfigError(
            f"[[date]] {phrase!r}: give when, or from/to, not both",
            file=source,
            line=line,
            code="register-date",
        )
    if not (values["when"] or values["from"] or values["to"]):
        raise ConfigError(
            f"[[date]] {phrase!r}: needs when (or from/to)",
            file=source,
            line=line,
            code="register-date",
        )
    if values["from"] and values["to"] and values["from"] > values["to"]:
        raise ConfigError(
            f"[[date]] {phrase!r}: from is later than to",
            file=source,
            line=line,
            code="register-date",
        )
    confirmed = item.get("confirmed", False)
    if not isinstance(confirmed, bool):
        raise ConfigError(
            f"[[date]] {phrase!r}: confirmed is true or false",
            file=source,
            line=line,
            code="register-date",
        )
    return DateEntry(
        phrase,
        values["when"],
        values["from"],
        values["to"],
        confirmed,
        " ".join(str(item.get("note", "")).split()),
        line,
    )


def _check_surfaces(entries: list[Entry], source: str, text: str) -> None:
    owner: dict[str, Entry] = {}
    for entry in entries:
        for surface in entry.surfaces:
            other = owner.get(surface)
            if other is not None and other.id != entry.id:
                raise ConfigError(
                    f"{surface!r} names both {other.id!r} and {entry.id!r}: a form must name "
                    "one entry (tag such mentions by hand)",
                    file=source,
                    line=_line_of(text, f'"{surface}"'),
                    code="register-ambiguous",
                )
            owner[surface] = entry


def authority_problem(uri: str) -> str:
    """Why ``uri`` is not a usable authority identifier ('' when it is)."""
    if not re.match(r"^https?://[^\s/]+/\S*$", uri):
        return f"authority {uri!r} is not an http(s) URI"
    host = re.sub(r"^https?://", "", uri).split("/", 1)[0].lower()
    for known, form in AUTHORITY_FORMS.items():
        if (host == known or host.endswith("." + known)) and not form.match(uri):
            return f"authority {uri!r} does not have the form of a {known} identifier"
    return ""


def _strings(value: Any, key: str, source: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key} must be a list of strings", file=source, code="register-key")
    return [" ".join(v.split()) for v in value if v.strip()]


def _line_of(text: str, needle: str) -> int | None:
    at = text.find(needle) if text and needle else -1
    return text.count("\n", 0, at) + 1 if at >= 0 else None


# ------------------------------------------------------------------ compile to TEI


def declared_elsewhere(tree: etree._ElementTree | etree._Element) -> dict[str, etree._Element]:
    """Elements with an xml:id outside our register lists (participants, editors…)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    inside = set(root.xpath(_IN_REGISTER_LISTS, namespaces=NSMAP, kind=REGISTER_TYPE))
    out: dict[str, etree._Element] = {}
    for el in root.xpath("descendant-or-self::*[@xml:id]"):
        ident = el.get(f"{{{XML_NS}}}id")
        if ident and el not in inside:
            out[ident] = el
    return out


#: elements inside one of our register lists (what :func:`_in_register_list` tells apart)
_IN_REGISTER_LISTS = "descendant-or-self::tei:standOff/*[@type = $kind]//*[@xml:id]"


def _in_register_list(el: etree._Element) -> bool:
    return any(
        a.get("type") == REGISTER_TYPE
        and a.getparent() is not None
        and a.getparent().tag == f"{{{TEI_NS}}}standOff"
        for a in el.iterancestors()
    )


def compile_register(register: Register, skip_ids: Iterable[str] = ()) -> list[etree._Element]:
    """The register as TEI ``listPerson``/``listPlace``/``listOrg`` (``type="register"``).

    Entries whose id is in ``skip_ids`` (a participant already declared in ``particDesc``)
    are left out: mentions point to that declaration instead.
    """
    return [
        copy.deepcopy(el) for el in _compiled_lists(tuple(register.entries), frozenset(skip_ids))
    ]


@functools.lru_cache(maxsize=32)
def _compiled_lists(entries: tuple[Entry, ...], skip: frozenset[str]) -> list[etree._Element]:
    """The lists for these entries, built once (a collection's register serves every
    document; each gets its own copy)."""
    lists: list[etree._Element] = []
    for kind in KINDS:
        list_name, entry_name, name_el = TEI_NAMES[kind]
        items = [e for e in entries if e.kind == kind and e.id not in skip]
        if not items:
            continue
        lst = E(list_name, type_=REGISTER_TYPE)
        for entry in items:
            el = E(
                entry_name, xml_id=entry.id, type_=entry.type or None if kind != "person" else None
            )
            el.append(E(name_el, entry.name, type_="preferred" if kind == "person" else None))
            for variant in entry.variants:
                el.append(E(name_el, variant, type_="variant"))
            for abbr in entry.abbreviations:
                el.append(E(name_el, abbr, type_="abbreviation"))
            if entry.note:
                el.append(E("note", entry.note))
            for uri in entry.authority:
                el.append(E("ptr", type_="authority", target=uri))
            lst.append(el)
        lists.append(lst)
    return lists


def apply_register(tree: etree._ElementTree, register: Register) -> list[Diagnostic]:
    """Put the register's lists into the document's ``standOff`` (replacing earlier ones).

    Entries whose id a participant (``person`` in ``particDesc``) already has are linked to
    it; an id taken by any other element is an error diagnostic and the entry is left out.
    """
    return _apply_register(tree, register)[0]


def _apply_register(
    tree: etree._ElementTree, register: Register
) -> tuple[list[Diagnostic], dict[str, etree._Element]]:
    """:func:`apply_register`, also returning :func:`declared_elsewhere` of the document
    (adding the register changes none of it: its ids are inside the register lists)."""
    root = tree.getroot()
    diags: list[Diagnostic] = []
    for old in root.findall("tei:standOff/*[@type='register']", NSMAP):
        old.getparent().remove(old)
    taken = declared_elsewhere(root)
    skip: set[str] = set()
    for entry in register.entries:
        el = taken.get(entry.id)
        if el is None:
            continue
        skip.add(entry.id)
        if el.tag in (f"{{{TEI_NS}}}person", f"{{{TEI_NS}}}personGrp") and entry.kind == "person":
            _enrich_participant(el, entry)
            diags.append(
                Diagnostic(
                    "info",
                    "register-participant",
                    f"{entry.id!r} is a participant: mentions point to it",
                    file=register.source,
                    line=entry.line,
                )
            )
        else:
            diags.append(
                Diagnostic(
                    "error",
                    "register-id-clash",
                    f"id {entry.id!r} is already used by <{etree.QName(el).localname}> "
                    "in the document; entry left out (choose another id)",
                    file=register.source,
                    line=entry.line,
                )
            )
    lists = compile_register(register, skip)
    stand_off = root.find("tei:standOff", NSMAP)
    if stand_off is None and lists:
        stand_off = E("standOff")
        header = root.find("tei:teiHeader", NSMAP)
        if header is not None:
            header.addnext(stand_off)
        else:
            root.insert(0, stand_off)
    if stand_off is not None:
        for lst in lists:
            stand_off.append(lst)
        if not len(stand_off):
            root.remove(stand_off)
    if stand_off is not None and stand_off.getparent() is not None:
        _indent_like(stand_off)
    return diags, taken


def _enrich_participant(person: etree._Element, entry: Entry) -> None:
    """Give a participant the register's description and authority links (idempotent)."""
    for old in person.findall("tei:note[@type='register']", NSMAP):
        person.remove(old)
    if entry.note:
        person.append(E("note", entry.note, type_=REGISTER_TYPE))
    have = {p.get("target") for p in person.findall("tei:ptr[@type='authority']", NSMAP)}
    for uri in entry.authority:
        if uri not in have:
            person.append(E("ptr", type_="authority", target=uri))
    etree.indent(person, space="  ", level=len(list(person.iterancestors())))


def clashes(tree: etree._ElementTree | etree._Element, register: Register) -> set[str]:
    """Register ids already taken in the document by something that is not a participant."""
    return _clashing(declared_elsewhere(tree), register)


def _clashing(taken: dict[str, etree._Element], register: Register) -> set[str]:
    """:func:`clashes`, given what :func:`declared_elsewhere` found."""
    return {
        e.id
        for e in register.entries
        if e.id in taken
        and not (
            e.kind == "person"
            and taken[e.id].tag in (f"{{{TEI_NS}}}person", f"{{{TEI_NS}}}personGrp")
        )
    }


def _indent_like(stand_off: etree._Element) -> None:
    """Indent the standOff as the converter indents the header (two spaces a level)."""
    header = stand_off.getprevious()
    stand_off.tail = header.tail if header is not None and header.tail else "\n  "
    etree.indent(stand_off, space="  ", level=1)
