"""Element-building helpers in the TEI namespace, shared by readers and tests.

``E("p", "text", E("hi", "x"), "tail", rend="it")`` builds mixed content; the
named helpers (``sp``, ``note``, ``supplied`` …) state intent.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from tei.xmlio import TEI_NS, XML_NS

Inline = str | etree._Element
_XML_ATTRS = {"xml_id": f"{{{XML_NS}}}id", "xml_lang": f"{{{XML_NS}}}lang"}


def tag(name: str) -> str:
    """Clark name of a TEI element."""
    return f"{{{TEI_NS}}}{name}"


def E(name: str, *children: Inline | None, **attrs: str | None) -> etree._Element:
    """A TEI element with mixed children (strings and elements) and attributes.

    ``xml_id`` and ``xml_lang`` become ``xml:id``/``xml:lang``; ``None`` values are skipped;
    a trailing underscore is dropped (``type_`` → ``type``).
    """
    el = etree.Element(tag(name), nsmap={None: TEI_NS})
    for key, value in attrs.items():
        if value is None:
            continue
        el.set(_XML_ATTRS.get(key, key.rstrip("_")), value)
    append(el, children)
    return el


def append(parent: etree._Element, children: Iterable[Inline | None]) -> etree._Element:
    """Append mixed content (strings become text/tail) to ``parent``.

    Linear in the number of children (``len(parent)`` would walk the child list each time).
    """
    last: etree._Element | None = parent[-1] if len(parent) else None
    for child in children:
        if child is None:
            continue
        if isinstance(child, str):
            if last is not None:
                last.tail = (last.tail or "") + child
            else:
                parent.text = (parent.text or "") + child
        else:
            parent.append(child)
            last = child
    return parent


#: libxml2 keeps an element's line in 16 bits; later lines read as this (its own convention)
MAX_SOURCELINE = 65_535


def at_line(el: etree._Element, line: int | None) -> etree._Element:
    """Record the transcription line an element came from (for later diagnostics); lines
    after 65,535 are recorded as 65,535, as libxml2 does for the files it parses."""
    if line:
        el.sourceline = min(line, MAX_SOURCELINE)
    return el


def sp(who: str, label: str, *paras: etree._Element, xml_id: str | None = None) -> etree._Element:
    """A speaker turn: ``<sp who="#who"><speaker>label</speaker>paras…</sp>``."""
    return E("sp", E("speaker", label), *paras, who=f"#{who}", xml_id=xml_id)


def p(*children: Inline | None, **attrs: str | None) -> etree._Element:
    return E("p", *children, **attrs)


def supplied(text: str, resp: str, reason: str = "omitted") -> etree._Element:
    return E("supplied", text, reason=reason, resp=f"#{resp}")


def expansion(abbr: str, between: str, expan: str, resp: str) -> list[Inline]:
    """A printed expansion, ``CP [Communist party]``: ``abbr``, then ``expan`` with the
    page's own brackets kept as text around it. Not ``choice``: the page prints both, and a
    generic TEI processor shows one member of a choice (docs/encoding.md)."""
    return [E("abbr", abbr), f"{between}[", E("expan", expan, resp=f"#{resp}"), "]"]


def editorial_note(
    children: Iterable[Inline] | str, resp: str, subtype: str = "comment"
) -> etree._Element:
    items = [children] if isinstance(children, str) else list(children)
    return E("note", *items, type_="editorial", subtype=subtype, place="inline", resp=f"#{resp}")


def gap(desc: str, reason: str) -> etree._Element:
    return E("gap", E("desc", desc), reason=reason)


def milestone(rend: str) -> etree._Element:
    return E("milestone", unit="section", rend=rend)
