"""Shared helpers of the converter's family tests: read a small page, look at its TEI."""

from __future__ import annotations

from lxml import etree

from tei.readers.transcription import read
from tei.xmlio import NSMAP


def root_of(text: str) -> etree._Element:
    """The TEI root of a page written inline in a test."""
    return read(text.encode("utf-8"), source_name="page.txt").tree.getroot()


def texts(root: etree._Element, path: str) -> list[str]:
    """The normalised text of each element ``path`` finds."""
    return [" ".join("".join(e.itertext()).split()) for e in root.xpath(path, namespaces=NSMAP)]


def who(root: etree._Element) -> list[str]:
    """The ``@who`` of every speaker turn of the body."""
    return [sp.get("who") for sp in root.xpath("//tei:body//tei:sp", namespaces=NSMAP)]
