"""Look-ups the stylesheets ask of the document, each made once per rendering: the turns of
an index entry (``tk:speaker-turns``), whether an entry is mentioned (``tk:mentioned``), the
sigla of a reading's witnesses (``tk:sigla``), whether an element holds a block
(``tk:has-blocks``). Keys and recursive templates did these in libxslt at a cost per node;
the participant name of every turn (``tk:seq('w')``). See :mod:`tei.render.numbering` for
the shared tables."""

from __future__ import annotations

import functools
from typing import Any

from lxml import etree

from tei.render.numbering import (
    _MENTIONS,
    _NOTE,
    _SP,
    _STATE,
    _TEI_NS,
    _U,
    _XML_ID,
    _XML_TOKEN,
    _first_token,
    _tables,
    mention_places,
)
from tei.resources import data_dir
from tei.xmlio import TEI_NS

# participant-name's choose, on the elements with the id ($p, in document order)
_HAS_PERSNAME = etree.XPath("boolean($p/tei:persName)", namespaces=_TEI_NS)
_PERSNAME = etree.XPath("normalize-space($p/tei:persName[1])", namespaces=_TEI_NS)
_HAS_NAME = etree.XPath("boolean($p/tei:name)", namespaces=_TEI_NS)
_NAME = etree.XPath("normalize-space($p/tei:name[1])", namespaces=_TEI_NS)
_OWN_TEXT = etree.XPath("normalize-space($p/text())", namespaces=_TEI_NS)
_OWN_TEXT_1 = etree.XPath("normalize-space(text())")
_STRING = etree.XPath("string()")
_PERSNAME_TAG = f"{{{TEI_NS}}}persName"
_NAME_TAG = f"{{{TEI_NS}}}name"


def id_index(root: etree._Element, done: dict[str, Any]) -> dict[str, list[etree._Element]]:
    """Every element by its xml:id, in document order (common.xsl's ``ids`` key), made once
    per rendering (an XPath walk with a predicate was three times slower)."""
    got = done.get("ids")
    if got is None:
        got = {}
        for el in root.iter(etree.Element):
            ident = el.get(_XML_ID)
            if ident is not None:
                got.setdefault(ident, []).append(el)
        done["ids"] = got
    return got  # type: ignore[no-any-return]


def participant_names(
    root: etree._Element, done: dict[str, Any] | None = None
) -> dict[etree._Element, str]:
    """The participant name of every turn with a ``@who`` (common.xsl's ``participant-name``
    with ``key('ids', …)``: every element whose xml:id is the first token of ``@who`` without
    its ``#``), each id looked up once."""
    turns: list[tuple[etree._Element, str]] = []
    for turn in root.iter(_SP, _U):
        who = turn.get("who")
        if who is not None:
            turns.append((turn, _first_token(who).replace("#", "")))
    if not turns:
        return {}
    if done is None:
        done = {}
    wanted = {ident for _turn, ident in turns}
    holders = id_index(root, done)
    names: dict[str, str] = {}
    for ident in wanted:
        people = holders.get(ident)
        if not people:
            names[ident] = ident
        elif len(people) == 1:  # the usual case, without XPath variables (slower to pass)
            person = people[0]
            first = person.find(_PERSNAME_TAG)
            if first is None:
                first = person.find(_NAME_TAG)
            if first is not None:
                names[ident] = " ".join(_XML_TOKEN.findall(str(_STRING(first))))
            else:
                own = str(_OWN_TEXT_1(person))
                names[ident] = own if own else ident
        elif _HAS_PERSNAME(root, p=people):
            names[ident] = str(_PERSNAME(root, p=people))
        elif _HAS_NAME(root, p=people):
            names[ident] = str(_NAME(root, p=people))
        else:
            own = str(_OWN_TEXT(root, p=people))
            names[ident] = own if own else ident
    return {turn: names[ident] for turn, ident in turns}


def speaker_turns(context: Any) -> Any:
    """XPath extension ``tk:speaker-turns()``: the turns (``sp``, ``u`` with a ``@who``) of
    the current index entry, in document order: those whose ``@who`` starts with a token that
    is the entry's xml:id after its first character (``#``), as indexes.xsl's
    ``turns-by-who`` key had them (a key made libxslt index the document for every key the
    stylesheets declare, a fifth of a play's page, for one look-up per entry)."""
    node = context.context_node
    ident = node.get(_XML_ID)
    if ident is None:
        return []
    root, done = _tables(node)
    by_who = done.get("by-who")
    if by_who is None:
        by_who = {}
        for turn in root.iter(_SP, _U):
            who = turn.get("who")
            if who is not None:
                by_who.setdefault(_first_token(who)[1:], []).append(turn)
        done["by-who"] = by_who
    return by_who.get(ident, [])


def mentioned(context: Any) -> Any:
    """XPath extension ``tk:mentioned()``: whether a name in a text points to the current
    index entry (``@ref`` whose first token is ``#`` and the entry's xml:id), as the
    ``index-mentions`` key of indexes.xsl found."""
    node = context.context_node
    ident = node.get(_XML_ID)
    if ident is None:
        return False
    root, done = _tables(node)
    keys = done.get("mentioned")
    if keys is None:
        keys = {key for _el, key, where in mention_places(root, done) if where.in_text}
        # the key gave the other names '' (never an entry's id, but kept exact)
        proper = sum(1 for _el, key, where in mention_places(root, done) if where.in_text and key)
        if sum(1 for _ in root.iter(*_MENTIONS)) > proper:
            keys.add("")
        done["mentioned"] = keys
    return ident in keys


_SIGLUM = etree.XPath("boolean($w/tei:abbr[@type='siglum'])", namespaces=_TEI_NS)
_SIGLUM_TEXT = etree.XPath("normalize-space($w/tei:abbr[@type='siglum'][1])", namespaces=_TEI_NS)
_HEAD_SIGLUM = etree.XPath("boolean($w/tei:head/tei:abbr[@type='siglum'])", namespaces=_TEI_NS)
_HEAD_SIGLUM_TEXT = etree.XPath(
    "normalize-space($w/tei:head/tei:abbr[@type='siglum'][1])", namespaces=_TEI_NS
)
_N = etree.XPath("string($w/@n)")


def sigla(context: Any, value: Any) -> Any:
    """XPath extension ``tk:sigla(s)``: the sigla of a reading's space-separated witnesses
    ``s`` (common-apparatus.xsl's ``sigla-tokens``: for each ``#id``, the siglum of the
    element with that xml:id, its head's siglum, its ``@n``, else the id; else the token), each
    distinct ``s`` resolved once per rendering: the recursive template, a key look-up and four
    tests per witness, was half of a critical edition's page."""
    text = str(value)
    node = context.context_node
    root, done = _tables(node)
    cache = done.setdefault("sigla", {})
    got = cache.get(text)
    if got is None:
        index = id_index(root, done)
        by_tok = done.setdefault("siglum", {})
        out = []
        for tok in text.split(" ") if text else ():
            one = by_tok.get(tok)
            if one is None:
                ident = tok.partition("#")[2]
                one = by_tok[tok] = _siglum(index.get(ident), ident, tok)
            out.append(one)
        got = " ".join(out)
        cache[text] = got
    return got


def _siglum(holders: list[etree._Element] | None, ident: str, tok: str) -> str:
    if holders:
        if _SIGLUM(holders[0], w=holders):
            return str(_SIGLUM_TEXT(holders[0], w=holders))
        if _HEAD_SIGLUM(holders[0], w=holders):
            return str(_HEAD_SIGLUM_TEXT(holders[0], w=holders))
        n = str(_N(holders[0], w=holders))
        if any(h.get("n") is not None for h in holders):
            return n
    return ident if ident != "" else tok


@functools.cache
def block_names() -> frozenset[str]:
    """Local names of the elements common.xsl renders as blocks (its ``block-elements``)."""
    sheet = etree.parse(str(data_dir("transforms") / "common.xsl"))
    for var in sheet.getroot().iter("{http://www.w3.org/1999/XSL/Transform}variable"):
        if var.get("name") == "block-elements":
            return frozenset(n for n in var.get("select", "").strip("'").split("|") if n)
    raise LookupError("common.xsl declares no block-elements")


_NOT_BLOCKS = frozenset(f"{{{TEI_NS}}}{n}" for n in ("lb", "pb", "cb", "milestone", "note"))


def has_blocks(context: Any) -> Any:
    """XPath extension ``tk:has-blocks()``: '1' when the current element holds a block (an
    element named in ``block-elements``, not ``lb``, ``pb``, ``cb``, ``milestone`` or ``note``)
    outside any note inside it, else '' (common.xsl's ``has-blocks``). libxslt tested that
    name list on every descendant of every paragraph and phrase that asked (a few thousand
    instructions each: a third of a manuscript description's page); here each element under the
    one asked is looked at once, and what it held is remembered for the next question."""
    node = context.context_node
    memo = getattr(_STATE, "blocks", None)
    if memo is None or memo[0] is not node.getroottree().getroot():
        memo = (node.getroottree().getroot(), {})
        _STATE.blocks = memo
    known = memo[1]
    got = known.get(node)
    if got is None:
        got = "1" if _holds_block(node, known, block_names()) else ""
        known[node] = got
    return got


def _holds_block(
    node: etree._Element, known: dict[etree._Element, str], names: frozenset[str]
) -> bool:
    """Whether a block lies under ``node``, outside the notes under it (no recursion: a
    hostile document may nest deeper than Python's stack)."""
    stack = [c for c in node if isinstance(c.tag, str)]
    seen: list[etree._Element] = []
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == _NOTE:
            continue  # neither the note nor what it holds
        local = tag[tag.rfind("}") + 1 :]
        if local in names and tag not in _NOT_BLOCKS:
            return True
        got = known.get(el)  # asked before: what it holds is known
        if got is not None:
            if got:
                return True
            continue
        seen.append(el)
        stack.extend(c for c in el if isinstance(c.tag, str))
    for el in seen:  # none holds a block either (what is under them was looked at too)
        known[el] = ""
    return False
