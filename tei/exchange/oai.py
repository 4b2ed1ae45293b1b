"""An OAI-PMH Static Repository: one XML file that lets harvesters reach a static site.

A static site cannot answer OAI-PMH requests, but a *Static Repository Gateway* can answer
them for it from one file (OAI-PMH 2.0 implementation guidelines, "Specification for an OAI
Static Repository and an OAI Static Repository Gateway"). The file holds ``Identify``,
``ListMetadataFormats`` and one ``ListRecords`` (``oai_dc``) with a record per edition. The
guidelines' rules are kept: UTF-8, day granularity, no sets, no deleted records, at most
5,000 records, ``baseURL`` = the gateway's URL followed by the file's URL without its scheme.

Where the site lives, the gateway and the contact are given as arguments or by the
environment (``TEI_SITE_URL``, ``TEI_OAI_GATEWAY``, ``TEI_OAI_ADMIN_EMAIL``,
``TEI_OAI_NAME``); unset, documented ``example.org`` placeholders are written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from lxml import etree

from tei.dates import source_date_epoch
from tei.errors import UsageError
from tei.exchange.crosswalk import crosswalk
from tei.exchange.header import read_record
from tei.xmlio import atomic_write, parse_bytes, parse_file, serialize

SR_NS = "http://www.openarchives.org/OAI/2.0/static-repository"
OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_ID_NS = "http://www.openarchives.org/OAI/2.0/oai-identifier"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
FILE_NAME = "oai-pmh.xml"
MAX_RECORDS = 5000


@dataclass
class RepositoryInfo:
    """What the ``Identify`` part says; defaults come from the environment."""

    site_url: str = field(default_factory=lambda: os.environ.get("TEI_SITE_URL", ""))
    gateway_url: str = field(
        default_factory=lambda: os.environ.get(
            "TEI_OAI_GATEWAY", "https://gateway.example.org/oai/"
        )
    )
    admin_email: str = field(
        default_factory=lambda: os.environ.get("TEI_OAI_ADMIN_EMAIL", "editions@example.org")
    )
    name: str = field(default_factory=lambda: os.environ.get("TEI_OAI_NAME", "TEI editions"))

    @property
    def site(self) -> str:
        """The site's address with a trailing slash (placeholder when not configured)."""
        url = self.site_url or "https://editions.example.org/"
        return url if url.endswith("/") else url + "/"

    @property
    def repository_id(self) -> str:
        """The oai-identifier namespace: the site's host name."""
        return urlparse(self.site).hostname or "editions.example.org"

    @property
    def base_url(self) -> str:
        """Gateway URL + the static repository's URL without its scheme (the guidelines' rule)."""
        gateway = self.gateway_url if self.gateway_url.endswith("/") else self.gateway_url + "/"
        return gateway + re.sub(r"^[a-z]+://", "", self.site + FILE_NAME)


def datestamp(tree: etree._ElementTree) -> str:
    """A record's day: the edition date, else the latest change, else SOURCE_DATE_EPOCH."""
    date = read_record(tree).date
    if re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        return date
    if re.fullmatch(r"\d{4}-\d\d", date):
        return date + "-01"
    if re.fullmatch(r"\d{4}", date):
        return date + "-01-01"
    return source_date_epoch() or "1970-01-01"  # no date anywhere: the clock is never read


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    el = etree.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


@dataclass(frozen=True)
class Record:
    """One edition's part of the repository: made per document (in a build's workers, and
    kept with the build state), assembled by :func:`assemble`."""

    slug: str
    datestamp: str
    dc: bytes  # the oai_dc record (tei.exchange.crosswalk)


def make_record(slug: str, tree: etree._ElementTree, info: RepositoryInfo | None = None) -> Record:
    """The ``oai_dc`` record and datestamp of one edition."""
    info = info or RepositoryInfo()
    url = f"{info.site}{slug}/{slug}.html" if info.site_url else ""
    dc = crosswalk(tree, "oai_dc", {"edition-url": url} if url else None, slug=slug)
    return Record(slug, datestamp(tree), dc)


def static_repository(
    documents: Iterable[tuple[str, etree._ElementTree]], info: RepositoryInfo | None = None
) -> bytes:
    """The Static Repository XML listing ``(slug, TEI tree)`` pairs in ``oai_dc``."""
    info = info or RepositoryInfo()
    return assemble([make_record(slug, tree, info) for slug, tree in documents], info)


def assemble(records: Iterable[Record], info: RepositoryInfo | None = None) -> bytes:
    """The Static Repository XML from per-edition records (sorted by slug)."""
    info = info or RepositoryInfo()
    docs = sorted(records, key=lambda r: r.slug)
    if len(docs) > MAX_RECORDS:
        raise UsageError(
            f"{len(docs)} editions: a static repository holds at most {MAX_RECORDS} records",
            code="oai-too-many",
        )
    o = f"{{{OAI_NS}}}"
    root = etree.Element(
        f"{{{SR_NS}}}Repository", nsmap={None: SR_NS, "oai": OAI_NS, "xsi": XSI_NS}
    )
    root.set(
        f"{{{XSI_NS}}}schemaLocation",
        f"{SR_NS} http://www.openarchives.org/OAI/2.0/static-repository.xsd",
    )
    identify = _sub(root, f"{{{SR_NS}}}Identify")
    _sub(identify, o + "repositoryName", info.name)
    _sub(identify, o + "baseURL", info.base_url)
    _sub(identify, o + "protocolVersion", "2.0")
    _sub(identify, o + "adminEmail", info.admin_email)
    _sub(identify, o + "earliestDatestamp", min((r.datestamp for r in docs), default="1970-01-01"))
    _sub(identify, o + "deletedRecord", "no")
    _sub(identify, o + "granularity", "YYYY-MM-DD")
    description = _sub(identify, o + "description")
    ident = etree.SubElement(description, f"{{{OAI_ID_NS}}}oai-identifier", nsmap={None: OAI_ID_NS})
    ident.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_ID_NS} {OAI_ID_NS}.xsd")
    sample = docs[0].slug if docs else "slug"
    for tag, text in (
        ("scheme", "oai"),
        ("repositoryIdentifier", info.repository_id),
        ("delimiter", ":"),
        ("sampleIdentifier", f"oai:{info.repository_id}:{sample}"),
    ):
        _sub(ident, f"{{{OAI_ID_NS}}}{tag}", text)
    formats = _sub(root, f"{{{SR_NS}}}ListMetadataFormats")
    fmt = _sub(formats, o + "metadataFormat")
    _sub(fmt, o + "metadataPrefix", "oai_dc")
    _sub(fmt, o + "schema", DC_SCHEMA)
    _sub(fmt, o + "metadataNamespace", DC_NS)
    records = _sub(root, f"{{{SR_NS}}}ListRecords")
    records.set("metadataPrefix", "oai_dc")
    for rec in docs:
        record = _sub(records, o + "record")
        header = _sub(record, o + "header")
        _sub(header, o + "identifier", f"oai:{info.repository_id}:{rec.slug}")
        _sub(header, o + "datestamp", rec.datestamp)
        metadata = _sub(record, o + "metadata")
        metadata.append(parse_bytes(rec.dc, f"{rec.slug} (oai_dc)").getroot())
    etree.cleanup_namespaces(root, top_nsmap={"oai": OAI_NS, "xsi": XSI_NS})
    etree.indent(root, space=" ")
    return serialize(root)


def site_documents(
    site_dir: Path, slugs: Sequence[str] | None = None
) -> list[tuple[str, etree._ElementTree]]:
    """``(slug, tree)`` for each ``<site>/<slug>/<slug>.xml`` (the build's ``tei`` output)."""
    site_dir = Path(site_dir)
    if slugs is None:
        slugs = sorted(p.parent.name for p in site_dir.glob("*/*.xml") if p.stem == p.parent.name)
    found = []
    for slug in slugs:
        path = site_dir / slug / f"{slug}.xml"
        if path.is_file():
            found.append((slug, parse_file(path)))
    return found


def write_static_repository(
    site_dir: str | os.PathLike[str],
    slugs: Sequence[str] | None = None,
    info: RepositoryInfo | None = None,
) -> Path:
    """Write ``<site>/oai-pmh.xml`` for the editions built there; return its path.

    Editions whose TEI is not in the site (a failed build, or ``--formats`` without ``tei``)
    are left out: the record is made from the published TEI, never from a guess.
    """
    site = Path(site_dir)
    target = site / FILE_NAME
    atomic_write(target, static_repository(site_documents(site, slugs), info))
    return target
