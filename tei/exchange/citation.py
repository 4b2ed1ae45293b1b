"""schema.org JSON-LD, CSL-JSON and BibTeX for an edition and the printed original it edits.

These three are built in Python from :class:`tei.exchange.header.EditionRecord`, not in XSLT:
XSLT 1.0 has no JSON serialiser, so string escaping (quotes, backslashes, control characters)
and BibTeX's special characters would be hand-written and fragile; ``json.dumps`` is
correct by construction. The XML crosswalks (oai_dc, DataCite) stay in XSLT and read the
same header paths. Every output is deterministic (sorted keys, no clock).

Three things are described: the **edition** (this TEI, its publisher, licence, date), the
**printed original** (journal, volume, issue, pages, season, its translator) and the **web
transcription** the edition was made from (site, page, address when known, last update, access
date, who transcribed it). The edition cites both (schema.org ``isBasedOn``; CSL and BibTeX:
a second and a third entry, referred to in the edition's note and, in BibTeX, by
``related``). :func:`credits` and :func:`transcription_citation` give the same facts as
plain text for citation blocks. The persons, places and organisations
the text names (a names register) are schema.org ``mentions``, with their authority URIs as
``sameAs``; CSL and BibTeX have no field for them.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tei.exchange.header import EditionRecord, Name, SourceRecord
from tei.exchange.mentions import Entity

#: roles (tei.exchange.agents.role_of) → CSL name variables (others: "contributor").
CSL_ROLES = {"translator": "translator", "editor": "editor", "interviewer": "interviewer"}
#: a role's phrase in a credit line when the resp text does not say it ("Translated by")
ROLE_PHRASES = {
    "translator": "Translated by",
    "editor": "Edited by",
    "transcriber": "Transcribed by",
    "encoder": "Encoded by",
    "interviewer": "Interviewed by",
}
SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}


def _dumps(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def source_key(rec: EditionRecord) -> str:
    """The citation key of the printed original (the edition's key is its slug)."""
    return f"{rec.slug}-source"


def transcription_key(rec: EditionRecord) -> str:
    """The citation key of the web transcription."""
    return f"{rec.slug}-transcription"


def _credit(names: list[Name]) -> str:
    """One credit line for parties with the same resp: 'Transcribed & marked up by A and B'."""
    who = " and ".join(n.literal for n in names)
    written = names[0].resp.strip()
    first = written.split()[0].lower() if written else ""
    if first.endswith("ed") or written.lower().endswith(" by"):  # "Transcribed & marked up"
        return f"{written.removesuffix(' by')} by {who}"
    if names[0].role in ROLE_PHRASES and written.lower() in ("", names[0].role):
        return f"{ROLE_PHRASES[names[0].role]} {who}"
    return f"{written[:1].upper()}{written[1:]}: {who}" if written else who


def credit_lines(names: list[Name]) -> list[str]:
    groups: dict[tuple[str, str], list[Name]] = {}
    for n in names:
        groups.setdefault((n.role, n.resp), []).append(n)
    return [_credit(g) for g in groups.values()]


def credits(rec: EditionRecord) -> list[str]:
    """Who did what, as plain lines: the translation (of the printed text, else the edition's
    translator), then the web transcription ('Transcribed & marked up by Einde O’Callaghan
    for the Encyclopedia of Trotskyism On-Line'), then the edition's other parties."""
    translators = [n for n in rec.source.contributors if n.role == "translator"]
    named = {n.literal for n in translators}
    translators += [n for n in rec.credited("translator") if n.literal not in named]
    lines = credit_lines(translators)
    web = credit_lines(rec.digital.transcribers)
    if rec.digital.site:
        web = [f"{line} for the {rec.digital.site}" for line in web]
    lines += web
    others = [n for n in rec.editors if n.role != "translator"]
    others += [n for n in rec.source.contributors if n.role != "translator"]
    return lines + credit_lines(others)


def transcription_citation(rec: EditionRecord) -> str:
    """The web transcription as one line: page, site, publisher, last update, address (when
    known) and access date: 'Interview With Bolivian Miner. Encyclopedia of Trotskyism On-Line,
    Marxists’ Internet Archive, last updated 2009-06-04. Accessed 2026-11-23.'"""
    web = rec.digital
    if not web:
        return ""
    where = ", ".join(p for p in (web.site, web.publisher) if p)
    if web.last_updated:
        where += f", last updated {web.last_updated}" if where else f"Updated {web.last_updated}"
    parts = [web.title or rec.title, where, web.url]
    if web.accessed:
        parts.append(f"Accessed {web.accessed}")
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def citation_fields(rec: EditionRecord) -> dict[str, str]:
    """The citation block's facts as strings (a renderer may pass them as parameters):
    ``transcription-url``, ``transcription-citation``, ``accessed`` (when the transcription was
    taken) and ``credits`` (the credit lines joined by '. '); '' for what the header lacks."""
    lines = credits(rec)
    return {
        "transcription-url": rec.digital.url,
        "transcription-citation": transcription_citation(rec),
        "accessed": rec.digital.accessed,
        "credits": ". ".join(line.rstrip(".") for line in lines) + "." if lines else "",
    }


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
    translators = [_agent(n) for n in src.contributors if n.role == "translator"]
    if translators:
        item["translator"] = translators
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
    creators = rec.creators
    if creators:
        data["author"] = [_agent(a, rec.url) for a in creators]
    translators = [_agent(e) for e in rec.credited("translator")]
    editors = [_agent(e) for e in rec.credited("editor")]
    others = [_agent(e) for e in rec.editors if e.role not in ("translator", "editor")]
    for key, agents in (("translator", translators), ("editor", editors)):
        if agents:
            data[key] = agents
    contributors = others + [_agent(p, rec.url) for p in rec.participants if p not in creators]
    if contributors:
        data["contributor"] = contributors
    if rec.publisher:
        data["publisher"] = {"@type": "Organization", "name": rec.publisher}
    if rec.licence_url or rec.licence:
        data["license"] = rec.licence_url or rec.licence
    if rec.rights:
        data["copyrightNotice"] = " ".join(rec.rights)
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
        if rec.digital.title:
            web["headline"] = rec.digital.title
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
    for n in src.contributors:
        item.setdefault(CSL_ROLES.get(n.role, "contributor"), []).append(_csl_name(n))
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


def _csl_transcription(rec: EditionRecord) -> dict[str, Any]:
    web = rec.digital
    item: dict[str, Any] = {
        "id": transcription_key(rec),
        "type": "webpage",
        "title": web.title or rec.full_title,
    }
    if rec.source.authors:
        item["author"] = [_csl_name(a) for a in rec.source.authors]
    for n in web.transcribers:
        item.setdefault(CSL_ROLES.get(n.role, "contributor"), []).append(_csl_name(n))
    for key, value in (
        ("container-title", web.site),
        ("publisher", web.publisher),
        ("URL", web.url),
        ("note", "; ".join(credit_lines(web.transcribers))),
    ):
        if value:
            item[key] = value
    for key, iso in (("issued", web.last_updated), ("accessed", web.accessed)):
        date = _csl_date(iso)
        if date:
            item[key] = date
    return item


def csl_json(rec: EditionRecord) -> bytes:
    """CSL-JSON: the edition (id = slug), the printed original (id = slug-source) and the web
    transcription (id = slug-transcription), each when the header describes it."""
    item: dict[str, Any] = {
        "id": rec.slug,
        "type": "document",
        "title": rec.full_title,
        "genre": "Digital edition (TEI P5)",
    }
    if rec.creators:
        item["author"] = [_csl_name(a) for a in rec.creators]
    for e in rec.editors:
        item.setdefault(CSL_ROLES.get(e.role, "contributor"), []).append(_csl_name(e))
    interviewers = [p for p in rec.participants if p.role == "interviewer"]
    if interviewers:
        item["interviewer"] = [_csl_name(p) for p in interviewers]
    for key, value in (
        ("publisher", rec.publisher),
        ("language", rec.languages[0] if rec.languages else ""),
        ("URL", rec.url),
        ("DOI", rec.identifier("DOI")),
        ("version", rec.edition),
    ):
        if value:
            item[key] = value
    if rec.licence_url or rec.licence:  # CSL has no licence variable: custom data
        item["custom"] = {"license": rec.licence_url or rec.licence}
    issued = _csl_date(rec.date)
    if issued:
        item["issued"] = issued
    items = [item]
    notes = [f"Edition of: {plain_citation(rec.source)}"] if rec.source else []
    notes += credits(rec)
    if notes:
        item["note"] = ". ".join(n.rstrip(".") for n in notes) + "."
    if rec.source:
        items.append(_csl_source(rec))
    if rec.digital:
        items.append(_csl_transcription(rec))
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
