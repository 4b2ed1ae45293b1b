"""What a teiHeader says about an edition and about the printed original it edits.

:func:`read_record` reads the facts that every metadata crosswalk needs into plain data
(:class:`EditionRecord`, :class:`SourceRecord`). The JSON and BibTeX writers
(:mod:`tei.exchange.citation`) are built from it; the XML crosswalks (oai_dc, DataCite) read
the same header paths in XSLT (``transforms/crosswalks/``). Each field names its header path;
``docs/exchange.md`` lists them. The persons, places and organisations the text mentions (a
names register's entries, with their authority URIs) come from :mod:`tei.exchange.mentions`;
who is responsible for what (names, person or organisation, role), in the old and the corrected
header shape, from :mod:`tei.exchange.agents`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from tei.exchange.agents import Name, clean_name, read_name, responsible
from tei.exchange.agents import text as _text
from tei.exchange.mentions import Entity, authorities, read_entities
from tei.xmlio import XML_NS, xpath

__all__ = ["DigitalSource", "EditionRecord", "Name", "SourceRecord", "read_record", "read_source"]

H = "/tei:TEI/tei:teiHeader"
FILE = f"{H}/tei:fileDesc"


@dataclass
class SourceRecord:
    """The printed original (``sourceDesc/biblStruct[1]``, else ``sourceDesc/bibl[1]``)."""

    kind: str = ""  # biblStruct/@type: journal, book, ...
    title: str = ""  # analytic/title (level a), else monogr/title
    subtitle: str = ""
    authors: list[Name] = field(default_factory=list)
    container: str = ""  # monogr/title: the journal or book the text appeared in
    date: str = ""  # imprint/date as written
    date_iso: str = ""  # imprint/date/@when (or @from)
    publisher: str = ""
    place: str = ""
    volume: str = ""
    issue: str = ""
    page_from: str = ""
    page_to: str = ""
    citation: str = ""  # note[@type='provenance-line'], else the bibl as written
    #: translators, editors of the printed text (analytic/monogr: editor, respStmt)
    contributors: list[Name] = field(default_factory=list)

    @property
    def year(self) -> str:
        match = re.match(r"\d{4}", self.date_iso) or re.search(r"\b\d{4}\b", self.date)
        return match.group(0) if match else ""

    @property
    def pages(self) -> str:
        if self.page_from and self.page_to and self.page_to != self.page_from:
            return f"{self.page_from}-{self.page_to}"
        return self.page_from or self.page_to

    def __bool__(self) -> bool:
        return bool(self.title or self.container or self.citation)


@dataclass
class DigitalSource:
    """The web transcription the edition was made from (``sourceDesc/bibl[@type='digital']``)."""

    site: str = ""  # title[@level='m'] (or untitled level): the site
    title: str = ""  # title[@level='a']: the page
    publisher: str = ""
    transcribers: list[Name] = field(default_factory=list)  # respStmt (resp + who)
    last_updated: str = ""
    url: str = ""  # ref/@target, else idno[@type='URL' or 'URI']
    sha256: str = ""
    #: date[@type='accessed']/@when: when the transcription was taken (else the conversion date)
    accessed: str = ""

    def __bool__(self) -> bool:
        return bool(self.site or self.url or self.title)


@dataclass
class EditionRecord:
    """This digital edition, as its teiHeader describes it."""

    slug: str
    title: str
    subtitle: str = ""
    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    participants: list[Name] = field(default_factory=list)
    publisher: str = ""
    licence: str = ""
    licence_url: str = ""
    #: what else availability states: the text's own copyright line (availability/p)
    rights: list[str] = field(default_factory=list)
    identifiers: list[tuple[str, str]] = field(default_factory=list)
    date: str = ""  # publicationStmt/date/@when, else the latest change/@when
    edition: str = ""
    languages: list[str] = field(default_factory=list)
    source: SourceRecord = field(default_factory=SourceRecord)
    digital: DigitalSource = field(default_factory=DigitalSource)
    #: persons, places, organisations the text mentions (a names register's entries)
    entities: list[Entity] = field(default_factory=list)

    @property
    def year(self) -> str:
        return self.date[:4] if re.match(r"\d{4}", self.date) else ""

    @property
    def creators(self) -> list[Name]:
        """Whose text it is: titleStmt/author; without one, an interview's interviewee(s)."""
        return self.authors or [p for p in self.participants if p.role == "interviewee"]

    def credited(self, role: str) -> list[Name]:
        """The edition's responsible parties with a role (translator, editor, ...)."""
        return [e for e in self.editors if e.role == role]

    def identifier(self, kind: str) -> str:
        """The first identifier of a type (case-insensitive), or ''."""
        for key, value in self.identifiers:
            if key.lower() == kind.lower():
                return value
        return ""

    @property
    def url(self) -> str:
        return self.identifier("URL") or self.identifier("URI")

    @property
    def full_title(self) -> str:
        return f"{self.title}: {self.subtitle}" if self.subtitle else self.title


def _first(node: etree._Element, path: str) -> etree._Element | None:
    found = xpath(path)(node)
    return found[0] if found else None


def read_record(tree: etree._ElementTree | etree._Element, slug: str = "") -> EditionRecord:
    """Read the facts the crosswalks need from a TEI document's header."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    fd = _first(root, FILE)
    title_stmt = _first(root, f"{FILE}/tei:titleStmt")
    pub = _first(root, f"{FILE}/tei:publicationStmt")
    title = _text(title_stmt, "(tei:title[@type='main'] | tei:title[not(@type)])[1]") or _text(
        title_stmt, "tei:title[1]"
    )
    rec = EditionRecord(
        slug=slug or _text(pub, "tei:idno[@type='slug']"),
        title=title or "(untitled)",
        subtitle=_text(title_stmt, "tei:title[@type='sub'][1]"),
    )
    if title_stmt is not None:
        rec.authors = [n for n in map(read_name, xpath("tei:author")(title_stmt)) if n]
        rec.editors = responsible(title_stmt, root)
    for person in xpath(f"{H}/tei:profileDesc/tei:particDesc//tei:person")(root):
        name = clean_name(_text(person, "(tei:persName | tei:name)[1]"))
        if not name:
            continue  # a role ("special correspondent") is not a name: nobody to credit
        rec.participants.append(
            Name(
                name,
                _text(person, ".//tei:surname[1]"),
                _text(person, ".//tei:forename[1]"),
                (person.get("role") or "").lower(),
                "person",
                person.get(f"{{{XML_NS}}}id", ""),
                tuple(a.uri for a in authorities(person)),
            )
        )
    if pub is not None:
        rec.publisher = _text(pub, "(tei:publisher | tei:distributor | tei:authority)[1]")
        rec.licence = _text(pub, "tei:availability/tei:licence[1]") or _text(
            pub, "tei:availability[1]"
        )
        rec.licence_url = _text(pub, "tei:availability/tei:licence[1]/@target")
        if rec.licence != _text(pub, "tei:availability[1]"):  # more than the licence
            rec.rights = [_text(p) for p in xpath("tei:availability/tei:p")(pub) if _text(p)]
        if not xpath("tei:availability")(pub):  # no publisher: paragraphs,
            rec.rights = [  # of which the page's copyright lines are rights
                _text(p) for p in xpath("tei:p")(pub) if _text(p).startswith(("Copyright", "©"))
            ]
        rec.identifiers = [
            (i.get("type") or "", _text(i)) for i in xpath("tei:idno")(pub) if _text(i)
        ]
        rec.date = _text(pub, "tei:date[1]/@when") or _text(pub, "tei:date[1]")
    if not rec.date:
        changes = sorted(str(w) for w in xpath(f"{H}/tei:revisionDesc//tei:change/@when")(root))
        rec.date = changes[-1] if changes else ""
    rec.edition = _text(fd, "tei:editionStmt/tei:edition[1]") if fd is not None else ""
    rec.languages = [
        str(v) for v in xpath(f"{H}/tei:profileDesc/tei:langUsage/tei:language/@ident")(root)
    ] or [str(v) for v in xpath("(/tei:TEI/tei:text/@xml:lang | /tei:TEI/@xml:lang)[1]")(root)]
    rec.source = read_source(root)
    rec.digital = _digital(root)
    rec.entities = read_entities(root)
    return rec


def read_source(root: etree._Element) -> SourceRecord:
    """The printed original from ``sourceDesc`` (structured citation preferred)."""
    src = SourceRecord()
    bs = _first(root, f"{FILE}/tei:sourceDesc/tei:biblStruct[1]")
    if bs is not None:
        src.kind = bs.get("type") or ""
        analytic = _first(bs, "tei:analytic")
        monogr = _first(bs, "tei:monogr[1]")
        src.title = (
            _text(analytic, "tei:title[not(@type='sub')][1]") if analytic is not None else ""
        )
        src.subtitle = _text(analytic, "tei:title[@type='sub'][1]") if analytic is not None else ""
        if monogr is not None:
            container = _text(monogr, "tei:title[1]")
            if src.title:
                src.container = container
            else:
                src.title = container
            holder = analytic if analytic is not None else monogr
            src.authors = [n for n in map(read_name, xpath("tei:author")(holder)) if n]
            src.contributors = responsible(analytic, root) + responsible(monogr, root)
            src.date = _text(monogr, "tei:imprint/tei:date[1]")
            src.date_iso = _text(monogr, "tei:imprint/tei:date[1]/@when") or _text(
                monogr, "tei:imprint/tei:date[1]/@from"
            )
            src.publisher = _text(monogr, "tei:imprint/tei:publisher[1]")
            src.place = _text(monogr, "tei:imprint/tei:pubPlace[1]")
            src.volume = _text(monogr, ".//tei:biblScope[@unit='volume'][1]")
            src.issue = _text(monogr, ".//tei:biblScope[@unit='issue'][1]")
            page = _first(monogr, ".//tei:biblScope[@unit='page' or @unit='pp'][1]")
            if page is not None:
                src.page_from = page.get("from") or _text(page)
                src.page_to = page.get("to") or ""
        src.citation = _text(bs, "tei:note[@type='provenance-line'][1]")
        return src
    bibl = _first(root, f"{FILE}/tei:sourceDesc/tei:bibl[not(@type='digital')][1]")
    if bibl is not None:
        src.title = _text(bibl, "tei:title[1]")
        src.authors = [n for n in map(read_name, xpath("tei:author")(bibl)) if n]
        src.contributors = responsible(bibl, root)
        src.date = _text(bibl, "tei:date[1]")
        src.date_iso = _text(bibl, "tei:date[1]/@when")
        src.publisher = _text(bibl, "tei:publisher[1]")
        src.place = _text(bibl, "tei:pubPlace[1]")
        src.citation = _text(bibl)
    return src


def _digital(root: etree._Element) -> DigitalSource:
    bibl = _first(root, f"{FILE}/tei:sourceDesc/tei:bibl[@type='digital'][1]")
    if bibl is None:
        return DigitalSource()
    low = "translate(@type, 'URLI', 'urli')"
    url_idno = f"tei:idno[{low} = 'url' or {low} = 'uri'][1]"
    return DigitalSource(
        site=_text(bibl, "(tei:title[@level='m'] | tei:title[not(@level)])[1]"),
        title=_text(bibl, "tei:title[@level='a'][1]"),
        publisher=_text(bibl, "tei:publisher[1]"),
        transcribers=responsible(bibl, root),
        last_updated=_text(bibl, "tei:date[@type='last-updated'][1]/@when"),
        url=_text(bibl, "tei:ref[1]/@target") or _text(bibl, url_idno),
        sha256=_text(bibl, "tei:idno[@type='sha256'][1]"),
        accessed=_text(bibl, "tei:date[@type='accessed'][1]/@when")
        or _text(root, f"{H}/tei:revisionDesc//tei:change[@type='conversion'][1]/@when"),
    )
