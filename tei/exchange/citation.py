"""schema.org JSON-LD, CSL-JSON and BibTeX for an edition and the printed original it edits.

These three are built in Python from :class:`tei.exchange.header.EditionRecord`, not in XSLT:
XSLT 1.0 has no JSON serialiser, so string escaping (quotes, backslashes, control characters)
and BibTeX's special characters would be hand-written and fragile; ``json.dumps`` is
correct by construction. The XML crosswalks (oai_dc, DataCite) stay in XSLT and read the
same header paths. Every output is deterministic (sorted keys, no clock).

Two different things are described: the **edition** (this TEI, its publisher, licence,
date) and the **printed original** (journal, volume, issue, pages, season). The edition
cites its source (schema.org ``isBasedOn``; CSL and BibTeX: a second entry, referred to
in the edition's note and, in BibTeX, by ``related``). The persons, places and organisations
the text names (a names register) are schema.org ``mentions``, with their authority URIs as
``sameAs``; CSL and BibTeX have no field for them.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tei.exchange.header import EditionRecord, Name, SourceRecord
from tei.exchange.mentions import Entity

#: TEI editor roles → CSL name variables (others: "editor").
CSL_ROLES = {"translator": "translator", "editor": "editor", "interviewer": "interviewer"}
SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}


def _dumps(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def source_key(rec: EditionRecord) -> str:
    """The citation key of the printed original (the edition's key is its slug)."""
    return f"{rec.slug}-source"


# -- schema.org -------------------------------------------------------------------------


#: register kind -> schema.org type
SCHEMA_TYPES = {"person": "Person", "place": "Place", "org": "Organization"}


def local_id(base: str, ident: str) -> str:
    """A stable ``@id`` for something the TEI declares: the edition's URL + ``#id`` ('' without)."""
    return f"{base.split('#', 1)[0]}#{ident}" if base and ident else ""


def _agent(name: Name, base: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {"name": name.literal}
    if name.kind:
        out["@type"] = "Person" if name.kind == "person" else "Organization"
    if name.family:
        out["familyName"] = name.family
        if name.given:
            out["givenName"] = name.given
    if local_id(base, name.ident):
        out["@id"] = local_id(base, name.ident)
    if name.same_as:
        out["sameAs"] = list(name.same_as)
    return out


def _mention(entity: Entity, base: str) -> dict[str, Any]:
    """A mentioned entity: its type, preferred name, authority URIs (``sameAs``), ``@id``."""
    out: dict[str, Any] = {"@type": SCHEMA_TYPES[entity.kind], "name": entity.name}
    if local_id(base, entity.id):
        out["@id"] = local_id(base, entity.id)
    if entity.uris:
        out["sameAs"] = entity.uris
    return out


def _source_jsonld(src: SourceRecord) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "Article" if src.container else "CreativeWork",
        "name": src.title,
    }
    if src.subtitle:
        item["alternativeHeadline"] = src.subtitle
    if src.authors:
        item["author"] = [_agent(a) for a in src.authors]
    if src.year:
        item["datePublished"] = src.date_iso or src.year
    if src.page_from:
        item["pageStart"] = src.page_from
        item["pageEnd"] = src.page_to or src.page_from
    if src.citation:
        item["description"] = src.citation
    container: dict[str, Any] | None = None
    if src.container:
        container = {
            "@type": "Periodical" if src.kind == "journal" else "Book",
            "name": src.container,
        }
        if src.publisher:
            container["publisher"] = {"@type": "Organization", "name": src.publisher}
        if src.volume:
            container = {
                "@type": "PublicationVolume",
                "volumeNumber": src.volume,
                "isPartOf": container,
            }
        if src.issue:
            container = {
                "@type": "PublicationIssue",
                "issueNumber": src.issue,
                "isPartOf": container,
            }
            if src.date:
                container["datePublished"] = src.date_iso or src.year
        item["isPartOf"] = container
    return item


def schema_org(rec: EditionRecord) -> bytes:
    """schema.org JSON-LD for the edition, whose ``isBasedOn`` is the printed original."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": rec.title,
        "encodingFormat": "application/tei+xml",
    }
    if rec.url:
        data["@id"] = data["url"] = rec.url
    if rec.subtitle:
        data["alternativeHeadline"] = rec.subtitle
    if rec.authors:
        data["author"] = [_agent(a) for a in rec.authors]
    translators = [_agent(e) for e in rec.editors if e.role == "translator"]
    editors = [_agent(e) for e in rec.editors if e.role == "editor"]
    others = [_agent(e) for e in rec.editors if e.role not in ("translator", "editor")]
    for key, agents in (("translator", translators), ("editor", editors)):
        if agents:
            data[key] = agents
    contributors = others + [_agent(p, rec.url) for p in rec.participants]
    if contributors:
        data["contributor"] = contributors
    if rec.publisher:
        data["publisher"] = {"@type": "Organization", "name": rec.publisher}
    if rec.licence_url or rec.licence:
        data["license"] = rec.licence_url or rec.licence
    if rec.date:
        data["datePublished"] = rec.date
    if rec.languages:
        data["inLanguage"] = rec.languages[0] if len(rec.languages) == 1 else rec.languages
    if rec.edition:
        data["description"] = rec.edition
    ids = [{"@type": "PropertyValue", "propertyID": k, "value": v} for k, v in rec.identifiers]
    if ids:
        data["identifier"] = ids
    based: list[dict[str, Any]] = []
    if rec.source:
        based.append(_source_jsonld(rec.source))
    if rec.digital.site or rec.digital.url:
        web: dict[str, Any] = {"@type": "WebPage", "name": rec.digital.site}
        if rec.digital.publisher:
            web["publisher"] = {"@type": "Organization", "name": rec.digital.publisher}
        if rec.digital.transcribers:
            web["contributor"] = [_agent(t) for t in rec.digital.transcribers]
        if rec.digital.last_updated:
            web["dateModified"] = rec.digital.last_updated
        if rec.digital.url:
            web["url"] = rec.digital.url
        based.append(web)
    if based:
        data["isBasedOn"] = based[0] if len(based) == 1 else based
    if rec.entities:  # what the text names (a names register); never `about`: see docs
        data["mentions"] = [_mention(e, rec.url) for e in rec.entities]
    return _dumps(data)


# -- CSL-JSON ---------------------------------------------------------------------------


def _csl_name(name: Name) -> dict[str, str]:
    if name.family:
        out = {"family": name.family}
        if name.given:
            out["given"] = name.given
        return out
    return {"literal": name.literal}


def _csl_date(iso: str, written: str = "") -> dict[str, Any] | None:
    parts = [int(p) for p in re.findall(r"\d+", iso)[:3]] if re.match(r"\d{4}", iso) else []
    if not parts:
        return None
    date: dict[str, Any] = {"date-parts": [parts]}
    season = next((n for w, n in SEASONS.items() if w in written.lower()), None)
    if season and len(parts) == 1:
        date["season"] = season
    return date


def _csl_source(rec: EditionRecord) -> dict[str, Any]:
    src = rec.source
    kind = {"journal": "article-journal", "newspaper": "article-newspaper"}.get(src.kind)
    item: dict[str, Any] = {
        "id": source_key(rec),
        "type": kind or ("chapter" if src.container else "book" if src.kind else "document"),
        "title": f"{src.title}: {src.subtitle}" if src.subtitle else src.title,
    }
    if src.authors:
        item["author"] = [_csl_name(a) for a in src.authors]
    for key, value in (
        ("container-title", src.container),
        ("volume", src.volume),
        ("issue", src.issue),
        ("page", src.pages),
        ("publisher", src.publisher),
        ("publisher-place", src.place),
        ("note", src.citation),
    ):
        if value:
            item[key] = value
    issued = _csl_date(src.date_iso or src.year, src.date)
    if issued:
        item["issued"] = issued
    return item


def csl_json(rec: EditionRecord) -> bytes:
    """CSL-JSON: the edition (id = slug), then the printed original (id = slug-source)."""
    item: dict[str, Any] = {
        "id": rec.slug,
        "type": "document",
        "title": rec.full_title,
        "genre": "Digital edition (TEI P5)",
    }
    if rec.authors:
        item["author"] = [_csl_name(a) for a in rec.authors]
    for e in rec.editors:
        item.setdefault(CSL_ROLES.get(e.role, "editor"), []).append(_csl_name(e))
    interviewers = [p for p in rec.participants if p.role == "interviewer"]
    if interviewers:
        item["interviewer"] = [_csl_name(p) for p in interviewers]
    for key, value in (
        ("publisher", rec.publisher),
        ("language", rec.languages[0] if rec.languages else ""),
        ("license", rec.licence_url or rec.licence),
        ("URL", rec.url),
        ("DOI", rec.identifier("DOI")),
        ("version", rec.edition),
    ):
        if value:
            item[key] = value
    issued = _csl_date(rec.date)
    if issued:
        item["issued"] = issued
    items = [item]
    if rec.source:
        source = _csl_source(rec)
        item["note"] = f"Edition of: {plain_citation(rec.source)}"
        items.append(source)
    return _dumps(items)


def plain_citation(src: SourceRecord) -> str:
    """The printed original as one line: Title, Journal, vol. 26, no. 1, Winter 1965, p. 27."""
    parts = [f"{src.title}: {src.subtitle}" if src.subtitle else src.title]
    authors = "; ".join(a.literal for a in src.authors)
    if authors:
        parts.insert(0, authors)
    if src.container:
        parts.append(src.container)
    if src.volume:
        parts.append(f"vol. {src.volume}")
    if src.issue:
        parts.append(f"no. {src.issue}")
    if src.date:
        parts.append(src.date)
    if src.pages:
        parts.append(("pp. " if "-" in src.pages else "p. ") + src.pages)
    return ", ".join(p for p in parts if p)


# -- BibTeX -----------------------------------------------------------------------------

_BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bibtex_escape(text: str) -> str:
    """Escape TeX's special characters; other Unicode is kept (biber/biblatex read UTF-8)."""
    return "".join(_BIBTEX_ESCAPES.get(c, c) for c in " ".join(text.split()))


def _bib_names(names: list[Name]) -> str:
    out = []
    for n in names:
        if n.family:
            out.append(bibtex_escape(f"{n.family}, {n.given}" if n.given else n.family))
        else:  # a literal or corporate name: braces stop BibTeX splitting it
            out.append("{" + bibtex_escape(n.literal) + "}")
    return " and ".join(out)


def _entry(kind: str, key: str, fields: list[tuple[str, str]]) -> str:
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@{kind}{{{key},\n{body}\n}}\n"


def bibtex(rec: EditionRecord) -> bytes:
    """Two BibTeX (biblatex-compatible) entries: the edition, then the printed original."""
    src = rec.source
    translators = [e for e in rec.editors if e.role == "translator"]
    editors = [e for e in rec.editors if e.role == "editor"]
    edition = [
        ("title", bibtex_escape(rec.title)),
        ("subtitle", bibtex_escape(rec.subtitle)),
        ("author", _bib_names(rec.authors)),
        ("editor", _bib_names(editors)),
        ("translator", _bib_names(translators)),
        ("publisher", bibtex_escape(rec.publisher)),
        ("year", rec.year),
        ("date", rec.date if re.fullmatch(r"\d{4}(-\d\d){0,2}", rec.date) else ""),
        ("langid", rec.languages[0] if rec.languages else ""),
        ("doi", bibtex_escape(rec.identifier("DOI"))),
        ("url", rec.url),
        ("howpublished", "Digital edition (TEI P5)"),
        ("note", bibtex_escape(f"Edition of: {plain_citation(src)}") if src else ""),
        ("related", source_key(rec) if src else ""),
        ("relatedtype", "origpubas" if src else ""),
        ("license", bibtex_escape(rec.licence_url or rec.licence)),
    ]
    out = _entry("misc", rec.slug, edition)
    if src:
        kind = (
            "article"
            if src.container and src.kind in ("journal", "newspaper", "")
            else ("incollection" if src.container else "book")
        )
        container_field = "journal" if kind == "article" else "booktitle"
        original = [
            ("title", bibtex_escape(src.title)),
            ("subtitle", bibtex_escape(src.subtitle)),
            ("author", _bib_names(src.authors)),
            (container_field, bibtex_escape(src.container)),
            ("volume", bibtex_escape(src.volume)),
            ("number", bibtex_escape(src.issue)),
            ("pages", bibtex_escape(src.pages.replace("-", "--"))),
            ("year", src.year),
            ("issue", bibtex_escape(src.date) if src.date and src.date != src.year else ""),
            ("publisher", bibtex_escape(src.publisher)),
            ("address", bibtex_escape(src.place)),
            ("note", bibtex_escape(src.citation)),
        ]
        out += "\n" + _entry(kind, source_key(rec), original)
    return out.encode("utf-8")
