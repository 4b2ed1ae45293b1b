"""Running numbers of notes, turns and apparatus entries, for the stylesheets.

``common.xsl`` asks ``tk:seq(kind)`` (namespace ``urn:tei-edition-toolkit:seq``) for the number
of the current node; the tables are built in one pass over the document the first time a
transformation asks, so numbering costs the same per node however long the document is
(``xsl:number level="any"`` and ``preceding::`` counts walk every earlier node, and a key on a
result-tree fragment is re-indexed by libxslt on every lookup). Kinds:

``n``  notes that move to the notes (not children of div, body, front, back, div1–3, listBibl,
       note, app), numbered afresh in each rendered part (``$content`` in common.xsl); a printed
       interpolation (``note[@place='inline']`` without p, lg or list) stays in the text in
       brackets and has no number, nor has a names register's note (it is in the index);
``i``  every note (for ``note-auto-N`` ids); ``s``/``u``/``t`` ``sp``, ``u``, both (turns);
``a``  apparatus entries (``app``) of the rendered parts;
``m``  mentions that point into the index (``persName``, ``placeName``, ``orgName``, ``name``,
       ``rs`` with ``@ref="#…"``, not inside a note), numbered afresh in each ``text``;
``x``  what the HTML index shows for each mention of an entry (``indexes.xsl``): its locator is
       the number of its turn (else the front), and mentions in one turn, or in consecutive
       turns, merge: ``first``/``open`` start a locator, ``close`` ends a range (2–5), ``skip``
       shows nothing;
``f``  1 on the first turn of each participant (``@who``), where the HTML names them.
"""

from __future__ import annotations

import threading
from typing import Any

from lxml import etree

from tei.xmlio import TEI_NS

NS = "urn:tei-edition-toolkit:seq"
_STAYS = frozenset(
    f"{{{TEI_NS}}}{n}"
    for n in ("div", "body", "back", "front", "div1", "div2", "div3", "listBibl", "note", "app")
)
_NOTE, _SP, _U, _APP = (f"{{{TEI_NS}}}{n}" for n in ("note", "sp", "u", "app"))
_P, _LG, _LIST = (f"{{{TEI_NS}}}{n}" for n in ("p", "lg", "list"))
_STANDOFF = f"{{{TEI_NS}}}standOff"
_HEADER = f"{{{TEI_NS}}}teiHeader"
_TEXT = f"{{{TEI_NS}}}text"
_MENTIONS = tuple(
    f"{{{TEI_NS}}}{n}" for n in ("persName", "placeName", "orgName", "name", "rs", "title")
)
_STATE = threading.local()


def content_roots(root: etree._Element) -> list[etree._Element]:
    """What common.xsl renders: the root TEI's (or teiCorpus's) children but the header,
    else the root itself."""
    if root.tag in (f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus"):
        return [c for c in root if isinstance(c.tag, str) and c.tag != _HEADER]
    return [root]


def is_interpolation(note: etree._Element) -> bool:
    """A printed interpolation: shown inline in brackets, never a numbered note (common.xsl's
    ``note-is-interpolation``)."""
    if note.get("place") != "inline":
        return False
    return next(note.iter(_P, _LG, _LIST), None) is None


def in_register(note: etree._Element) -> bool:
    """A note of a names register (``standOff/*[@type='register']``), shown in the index, not
    as a numbered note."""
    return any(
        a.get("type") == "register" and getattr(a.getparent(), "tag", None) == _STANDOFF
        for a in note.iterancestors()
    )


def tables(root: etree._Element) -> dict[str, dict[etree._Element, int]]:
    """Every numbering of the document whose root element is ``root``."""
    out: dict[str, dict[etree._Element, Any]] = {k: {} for k in "niustamxf"}
    for part in content_roots(root):
        moving = out["n"]
        count = 0
        for note in part.iter(_NOTE):
            if (
                note is not part
                and note.getparent().tag not in _STAYS  # type: ignore[union-attr]
                and not is_interpolation(note)
                and not in_register(note)
            ):
                count += 1
                moving[note] = count
        for i, app in enumerate(part.iter(_APP), start=len(out["a"]) + 1):
            out["a"][app] = i
    for kind, tags in (("i", (_NOTE,)), ("s", (_SP,)), ("u", (_U,)), ("t", (_SP, _U))):
        table = out[kind]
        for i, el in enumerate(root.iter(*tags), start=1):
            table[el] = i
    out["m"] = mentions(root)
    turns = out["s"] if not out["u"] else out["u"] if not out["s"] else out["t"]
    out["x"] = locator_steps(root, turns)
    seen: set[str] = set()
    for turn in root.iter(_SP, _U):
        who = (turn.get("who") or "").split()
        if who and who[0] not in seen:
            seen.add(who[0])
            out["f"][turn] = 1
    return out


def locator_steps(
    root: etree._Element, turns: dict[etree._Element, int]
) -> dict[etree._Element, str]:
    """For each index mention (as ``indexes.xsl``'s ``index-mentions`` key has them: inside a
    ``text``, ``@ref`` starting with ``#``), how the entry's locator list shows it."""
    steps: dict[etree._Element, str] = {}
    last: dict[str, tuple[int | None, etree._Element | None]] = {}
    for el in root.iter(*_MENTIONS):
        ref = (el.get("ref") or "").split()
        if not ref or not ref[0].startswith("#") or next(el.iterancestors(_TEXT), None) is None:
            continue
        key = ref[0][1:]
        turn = next(el.iterancestors(_SP, _U), None)
        where = turns.get(turn) if turn is not None else None
        if key not in last:
            steps[el] = "first"
        else:
            prev, closer = last[key]
            if prev == where:
                steps[el] = "skip"
                continue
            if where is not None and prev is not None and where == prev + 1:
                if closer is not None:
                    steps[closer] = "skip"  # the range goes on: its old end shows nothing
                steps[el] = "close"
                last[key] = (where, el)
                continue
            steps[el] = "open"
        last[key] = (where, None)
    return steps


def mentions(root: etree._Element) -> dict[etree._Element, int]:
    """Index mentions numbered within their nearest ``text`` (as ``xsl:number level="any"
    from="tei:text"`` would), leaving out those inside notes."""
    numbers: dict[etree._Element, int] = {}
    counts: dict[etree._Element, int] = {}
    for el in root.iter(*_MENTIONS):
        if not (el.get("ref") or "").strip().startswith("#"):
            continue
        text = None
        for ancestor in el.iterancestors(_NOTE, _TEXT):
            if ancestor.tag == _NOTE:
                break
            text = ancestor
            break
        if text is not None:
            counts[text] = counts.get(text, 0) + 1
            numbers[el] = counts[text]
    return numbers


def reset() -> None:
    """Forget the tables (called before each transformation: the tree may have changed)."""
    _STATE.tables = None
    _STATE.names = None


def name_counts(root: etree._Element) -> dict[etree._Element, int]:
    """The first element of each local name outside ``teiHeader``, with how many there are."""
    first: dict[str, etree._Element] = {}
    counts: dict[str, int] = {}
    stack = [root]
    while stack:
        el = stack.pop()
        if el.tag == _HEADER:
            continue
        name = etree.QName(el).localname
        if name not in first:
            first[name] = el
        counts[name] = counts.get(name, 0) + 1
        stack.extend(reversed([c for c in el if isinstance(c.tag, str)]))
    return {el: counts[name] for name, el in first.items()}


def name_count(context: Any) -> Any:
    """XPath extension ``tk:name-count()``: on the first element of its local name outside the
    header (document order), the number of such elements; elsewhere ''."""
    node = context.context_node
    root = node.getroottree().getroot()
    state = getattr(_STATE, "names", None)
    if state is None or state[0] is not root:
        state = (root, name_counts(root))
        _STATE.names = state
    count = state[1].get(node)
    return count if count is not None else ""


def seq(context: Any, kind: Any) -> Any:
    """XPath extension ``tk:seq(kind)``: the current node's number, or '' when it has none."""
    node = context.context_node
    state = getattr(_STATE, "tables", None)
    if state is not None:  # the usual case: the node is in this run's table, found at once
        number = state[1].get(str(kind), {}).get(node)
        if number is not None:
            return number
    root = node.getroottree().getroot()
    if state is None or state[0] is not root:
        state = (root, tables(root))
        _STATE.tables = state
    number = state[1].get(str(kind), {}).get(node)
    return number if number is not None else ""


EXTENSIONS = {(NS, "seq"): seq, (NS, "name-count"): name_count}
