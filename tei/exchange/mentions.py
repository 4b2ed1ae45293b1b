"""Who and what the text names: the entities a names register (``tei tag-names``) declared
and the text points to, with their authority identifiers, for the metadata crosswalks.

An entity is a ``person``, ``place`` or ``org`` with an ``xml:id`` (a register entry in
``standOff/list*[@type='register']``, a participant in ``particDesc``, or any other
declaration) that at least one name in ``<text>`` points to (``@ref="#id"``, counted as
:func:`tei.names.mention_counts` counts). Its authority identifiers are its
``ptr[@type='authority']/@target`` URIs. Entities come in document order (participants,
then the register's persons, places and organisations in register order), so every
crosswalk lists them in the same, deterministic order. ``transforms/crosswalks/header.xsl``
reads the same paths for oai_dc and DataCite; :data:`SCHEMES` is mirrored there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from tei.names.tagging import mention_counts
from tei.xmlio import XML_NS, xpath

EntityKind = Literal["person", "place", "org"]

#: authority URI prefix (scheme, ``www.``/``sws.`` and case ignored) -> (scheme name, scheme URI),
#: the names DataCite ``subjectScheme``/``nameIdentifierScheme`` and schema.org readers expect.
SCHEMES: tuple[tuple[str, str, str], ...] = (
    ("wikidata.org/", "Wikidata", "https://www.wikidata.org/wiki/"),
    ("viaf.org/", "VIAF", "https://viaf.org/viaf/"),
    ("geonames.org/", "GeoNames", "https://www.geonames.org/"),
    ("d-nb.info/gnd/", "GND", "https://d-nb.info/gnd/"),
    ("id.loc.gov/authorities/names/", "LCNAF", "https://id.loc.gov/authorities/names/"),
)
_DECLARATIONS = "//tei:person[@xml:id] | //tei:place[@xml:id] | //tei:org[@xml:id]"
_NAMES = "tei:persName | tei:placeName | tei:orgName | tei:name"


@dataclass(frozen=True)
class Authority:
    """One authority URI and the scheme it belongs to ('' when the host is not known)."""

    uri: str
    scheme: str = ""
    scheme_uri: str = ""


@dataclass(frozen=True)
class Entity:
    """A person, place or organisation the text mentions."""

    id: str
    kind: EntityKind
    name: str
    authorities: tuple[Authority, ...] = ()
    mentions: int = 0
    participant: bool = False  # declared in profileDesc/particDesc

    @property
    def uris(self) -> list[str]:
        return [a.uri for a in self.authorities]


def authority(uri: str) -> Authority:
    """``uri`` with its scheme (Wikidata, VIAF, GeoNames, GND, LCNAF), if the host is known."""
    bare = re.sub(r"^(www\.|sws\.)", "", uri.strip().lower().partition("://")[2])
    for prefix, name, scheme_uri in SCHEMES:
        if bare.startswith(prefix):
            return Authority(uri.strip(), name, scheme_uri)
    return Authority(uri.strip())


def authorities(el: etree._Element) -> tuple[Authority, ...]:
    """The authority links of a declaration (``ptr[@type='authority']/@target``), in order."""
    seen: list[str] = []
    for target in xpath("tei:ptr[@type='authority']/@target")(el):
        uri = " ".join(str(target).split())
        if uri and uri not in seen:
            seen.append(uri)
    return tuple(authority(u) for u in seen)


def preferred_name(el: etree._Element) -> str:
    """The declaration's preferred name: ``@type='preferred'``, else untyped, else the first."""
    for path in (f"({_NAMES})[@type='preferred']", f"({_NAMES})[not(@type)]", f"{_NAMES}"):
        found = xpath(path)(el)
        if found:
            text = " ".join(str(xpath("string()")(found[0])).split())
            if text:
                return text
    return el.get(f"{{{XML_NS}}}id", "")


def read_entities(tree: etree._ElementTree | etree._Element) -> list[Entity]:
    """Every declared person, place and organisation the text mentions, in document order."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    counts = mention_counts(root)
    if not counts:
        return []
    out: list[Entity] = []
    for el in xpath(_DECLARATIONS)(root):
        ident = el.get(f"{{{XML_NS}}}id", "")
        if not counts.get(ident):
            continue
        kind: EntityKind = etree.QName(el).localname  # type: ignore[assignment]
        participant = bool(xpath("ancestor::tei:particDesc")(el))
        out.append(
            Entity(ident, kind, preferred_name(el), authorities(el), counts[ident], participant)
        )
    return out
