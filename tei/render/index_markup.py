"""The back-of-book index's markup, made in Python in one pass: its entries, each entry's
merged locators, the print index's page links (the XPath extension functions
``tk:index-entries``, ``tk:index-locators``, ``tk:index-pages``; the tables they read are
:mod:`tei.render.numbering`'s)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from lxml import etree

from tei.render.numbering import (
    _ATTR_ESC,
    _ENTRIES,
    _NEEDS_ESCAPE,
    _TEXT_ESC,
    _U,
    _XML_ID,
    _XML_TOKEN,
    _tables,
    _Where,
    mention_places,
    table,
    turns_kind,
)


def index_entries(context: Any, nodes: Any) -> Any:
    """XPath extension ``tk:index-entries(/*)`` (any element of the document: the context of
    a named template called from ``/`` is the document node, which lxml does not pass to
    Python): the ``person``, ``place`` and ``org`` elements
    with an ``xml:id`` that index mentions point to, in document order (what
    ``//tei:person[@xml:id and key('index-mentions', @xml:id)]``, and the same for places and
    organisations, selected in three walks of the whole document)."""
    if not nodes:
        return []
    root, done = _tables(nodes[0])
    got = done.get("entries")
    if got is None:
        index = index_mentions(root, done)
        got = [e for e in root.iter(*_ENTRIES) if e.get(_XML_ID) in index] if index else []
        done["entries"] = got
    return got


def _xml_split(value: str | None) -> list[str]:
    """XPath's normalize-space() tokens (XML white space only, not Python's str.split())."""
    return _XML_TOKEN.findall(value) if value else []


def index_mentions(
    root: etree._Element, done: dict[str, Any]
) -> dict[str, list[tuple[etree._Element, _Where]]]:
    """The mentions of each entry id, in document order, as ``indexes.xsl``'s
    ``index-mentions`` key has them (a name inside a ``text`` whose ``@ref`` starts with
    ``#``, by the id it points to)."""
    got = done.get("index")
    if got is not None:
        return got  # type: ignore[no-any-return]
    out: dict[str, list[tuple[etree._Element, _Where]]] = {}
    for el, key, where in mention_places(root, done):
        if where.in_text:
            out.setdefault(key, []).append((el, where))
    done["index"] = out
    return out


def _turn_id(turn: etree._Element, root: etree._Element, done: dict[str, Any]) -> str:
    """common.xsl's ``turn-id``: the turn's xml:id, else u-N / sp-N."""
    own = turn.get(_XML_ID)
    if own is not None:
        return own
    if turn.tag == _U:
        return f"u-{table(root, 'u', done).get(turn, '')}"
    return f"sp-{table(root, 's', done).get(turn, '')}"


def _mention_href(
    el: etree._Element, where: _Where, root: etree._Element, done: dict[str, Any]
) -> str:
    """``indexes.xsl``'s ``mention-href``, normalised: the mention's own anchor, or (inside a
    note) its turn's."""
    if not where.in_note:
        return f"#mention-{table(root, 'm', done).get(el, '')}"
    turn = where.turn
    if turn is None:
        return ""
    return " ".join(_xml_split("#" + _turn_id(turn, root, done)))


def _esc(value: str, table: dict[str, str]) -> str:
    """``value`` escaped for markup (``escape`` only when it needs it: most never do)."""
    return escape(value, table) if _NEEDS_ESCAPE.search(value) else value


def _per_entry(done: dict[str, Any], key: tuple[Any, ...], markup: dict[str, str]) -> Any:
    """Parse the markup of every entry at once (one parse is much cheaper than one per
    entry) and keep each entry's ``span`` under ``key``."""
    ids = list(markup)
    doc = etree.fromstring("<r>" + "".join(f"<span>{markup[i]}</span>" for i in ids) + "</r>")
    spans = dict(zip(ids, doc, strict=True))
    done[key] = spans
    return spans


def index_locators(context: Any, linked: Any, label_mention: Any, label_front: Any) -> Any:
    """XPath extension ``tk:index-locators(linked, label-mention, label-front)``, on an index
    entry: a ``span`` whose children are the entry's merged locators, as ``indexes.xsl``'s
    ``index-locators`` showed them (one call per entry, not three per mention; the
    locators of every entry are made at the first call)."""
    node = context.context_node
    root, done = _tables(node)
    key = ("locators", bool(linked), str(label_mention), str(label_front))
    spans = done.get(key)
    if spans is None:
        steps = table(root, "x", done)
        turns = table(root, turns_kind(root, done), done)
        markup: dict[str, str] = {}
        label_mention, label_front = key[2], key[3]
        for entry, mentions_ in index_mentions(root, done).items():
            out: list[str] = []
            for position, (el, place) in enumerate(mentions_, start=1):
                step = steps.get(el, "")
                if step in ("skip", ""):
                    continue
                if step != "first":
                    out.append(", " if step == "open" else "\u2013")
                turn = place.turn
                where = str(turns.get(turn, "")) if turn is not None else label_front
                shown = _esc(where, _TEXT_ESC)
                href = _mention_href(el, place, root, done) if key[1] else ""
                if href:
                    label = _esc(f"{label_mention} {position}: {where}", _ATTR_ESC)
                    href = _esc(href, _ATTR_ESC)
                    out.append(f'<a href="{href}" aria-label="{label}">{shown}</a>')
                else:
                    out.append(shown)
            markup[entry] = "".join(out)
        spans = _per_entry(done, key, markup)
    span = spans.get(node.get(_XML_ID) or "")
    return [span] if span is not None else []


def index_pages(context: Any) -> Any:
    """XPath extension ``tk:index-pages()``, on an index entry: a ``span`` holding an empty
    ``a.index-page`` per mention (its page comes from CSS ``target-counter()``), as
    ``indexes.xsl``'s ``index-print-kind`` made them (every entry's at the first call)."""
    node = context.context_node
    root, done = _tables(node)
    spans = done.get(("pages",))
    if spans is None:
        markup: dict[str, str] = {}
        for entry, mentions_ in index_mentions(root, done).items():
            hrefs = (_mention_href(el, place, root, done) for el, place in mentions_)
            markup[entry] = "".join(
                f'<a class="index-page" href="{_esc(href, _ATTR_ESC)}"/>' for href in hrefs if href
            )
        spans = _per_entry(done, ("pages",), markup)
    span = spans.get(node.get(_XML_ID) or "")
    return [span] if span is not None else []
