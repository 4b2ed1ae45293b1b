"""Running numbers of notes, turns and apparatus entries, for the stylesheets.

``common.xsl`` asks ``tk:seq(kind)`` (namespace ``urn:tei-edition-toolkit:seq``) for the number
of the current node; the tables are built in one pass over the document the first time a
transformation asks, so numbering costs the same per node however long the document is
(``xsl:number level="any"`` and ``preceding::`` counts walk every earlier node, and a key on a
result-tree fragment is re-indexed by libxslt on every lookup). Kinds:

``n``  notes that move to the notes (not children of div, body, front, back, div1–3, listBibl,
       note, app), numbered afresh in each rendered part (``$content`` in common.xsl);
``i``  every note (for ``note-auto-N`` ids); ``s``/``u``/``t`` ``sp``, ``u``, both (turns);
``a``  apparatus entries (``app``) of the rendered parts;
``m``  mentions that point into the index (``persName``, ``placeName``, ``orgName``, ``name``,
       ``rs`` with ``@ref="#…"``, not inside a note), numbered afresh in each ``text``.
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
_HEADER = f"{{{TEI_NS}}}teiHeader"
_TEXT = f"{{{TEI_NS}}}text"
_MENTIONS = tuple(f"{{{TEI_NS}}}{n}" for n in ("persName", "placeName", "orgName", "name", "rs"))
_STATE = threading.local()


def content_roots(root: etree._Element) -> list[etree._Element]:
    """What common.xsl renders: the root TEI's (or teiCorpus's) children but the header,
    else the root itself."""
    if root.tag in (f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus"):
        return [c for c in root if isinstance(c.tag, str) and c.tag != _HEADER]
    return [root]


def tables(root: etree._Element) -> dict[str, dict[etree._Element, int]]:
    """Every numbering of the document whose root element is ``root``."""
    out: dict[str, dict[etree._Element, int]] = {k: {} for k in "niustam"}
    for part in content_roots(root):
        moving = out["n"]
        count = 0
        for note in part.iter(_NOTE):
            if note is not part and note.getparent().tag not in _STAYS:  # type: ignore[union-attr]
                count += 1
                moving[note] = count
        for i, app in enumerate(part.iter(_APP), start=len(out["a"]) + 1):
            out["a"][app] = i
    for kind, tags in (("i", (_NOTE,)), ("s", (_SP,)), ("u", (_U,)), ("t", (_SP, _U))):
        table = out[kind]
        for i, el in enumerate(root.iter(*tags), start=1):
            table[el] = i
    out["m"] = mentions(root)
    return out


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


def seq(context: Any, kind: Any) -> Any:
    """XPath extension ``tk:seq(kind)``: the current node's number, or '' when it has none."""
    node = context.context_node
    root = node.getroottree().getroot()
    state = getattr(_STATE, "tables", None)
    if state is None or state[0] is not root:
        state = (root, tables(root))
        _STATE.tables = state
    number = state[1].get(str(kind), {}).get(node)
    return number if number is not None else ""


EXTENSIONS = {(NS, "seq"): seq}
