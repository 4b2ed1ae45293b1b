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
``k``  mentions that link to their index entry (the id is a ``person``, ``place`` or ``org``; no
       ``ref``, ``ptr`` or ``note`` around or inside): the ``m`` number, ``-`` inside a note;
``x``  what the HTML index shows for each mention of an entry (``indexes.xsl``): its locator is
       the number of its turn (else the front), and mentions in one turn, or in consecutive
       turns, merge: ``first``/``open`` start a locator, ``close`` ends a range (2–5), ``skip``
       shows nothing;
``f``  1 on the first turn of each participant (``@who``), where the HTML names them;
``T``  all a turn needs, for html.xsl's turns (one call, not three): its number (in the
       table of ``$turns-kind``), a tab, ``f``, a tab, ``w``;
``w``  the name of the participant each turn's ``@who`` points to (common.xsl's
       ``participant-name``: the person's first ``persName``, else ``name``, else its own text,
       else the id), for every turn with a ``@who``: a look-up in the ``ids`` key per turn made
       libxslt index every element of the document and cost a fifth of an interview's HTML.

Each table is built the first time a transformation asks for it (the print page asks for none
but ``m``/``k``), from one walk of the mentions (:func:`mention_places`: each ancestor looked at
once). The index itself comes from three more extensions, one call per index or per entry:
``tk:index-entries(/*)`` (the entries mentions point to), ``tk:index-locators(linked,
label-mention, label-front)`` (an entry's merged locators, made here, not by three calls per
mention in the stylesheet) and ``tk:index-pages()`` (the print index's ``a.index-page`` links).
"""

from __future__ import annotations

import re
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
_REF, _PTR = f"{{{TEI_NS}}}ref", f"{{{TEI_NS}}}ptr"
_ENTRIES = tuple(f"{{{TEI_NS}}}{n}" for n in ("person", "place", "org"))
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_MENTIONS = tuple(
    f"{{{TEI_NS}}}{n}" for n in ("persName", "placeName", "orgName", "name", "rs", "title")
)
_STATE = threading.local()
_NEEDS_ESCAPE = re.compile(r'[&<>"\t\n\r]')
_TEXT_ESC = {"\r": "&#13;"}  # (the parser would read a CR as a line feed)
_ATTR_ESC = {'"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}
_XML_TOKEN = re.compile(r"[^ \t\r\n]+")


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
    return {kind: table(root, kind, {}) for kind in "niustamkxfw"}


def table(
    root: etree._Element, kind: str, done: dict[str, dict[etree._Element, Any]]
) -> dict[etree._Element, Any]:
    """The numbering ``kind`` of the document (memoised in ``done``, with the ones it needs):
    each transformation builds only the tables its stylesheet asks for."""
    got = done.get(kind)
    if got is not None:
        return got
    out: dict[etree._Element, Any] = {}
    if kind in "na":
        numbered = 0
        for part in content_roots(root):
            if kind == "a":
                for app in part.iter(_APP):
                    numbered += 1
                    out[app] = numbered
                continue
            count = 0
            for note in part.iter(_NOTE):
                if (
                    note is not part
                    and note.getparent().tag not in _STAYS  # type: ignore[union-attr]
                    and not is_interpolation(note)
                    and not in_register(note)
                ):
                    count += 1
                    out[note] = count
    elif kind in "iust":
        tags = {"i": (_NOTE,), "s": (_SP,), "u": (_U,), "t": (_SP, _U)}[kind]
        for i, el in enumerate(root.iter(*tags), start=1):
            out[el] = i
    elif kind == "m":
        out = mentions(root, done)
    elif kind == "k":
        out = mention_links(root, done)
    elif kind == "x":
        out = locator_steps(root, table(root, turns_kind(root, done), done), done)
    elif kind == "w":
        out = participant_names(root, done)
    elif kind == "T":
        numbers = table(root, turns_kind(root, done), done)
        firsts = table(root, "f", done)
        names = table(root, "w", done)
        for turn in root.iter(_SP, _U):
            out[turn] = f"{numbers[turn]}\t{firsts.get(turn, '')}\t{names.get(turn, '')}"
    elif kind == "f":
        seen: set[str] = set()
        for turn in root.iter(_SP, _U):
            who = (turn.get("who") or "").split()
            if who and who[0] not in seen:
                seen.add(who[0])
                out[turn] = 1
    done[kind] = out
    return out


_TEI_NS = {"tei": TEI_NS}


def turns_kind(root: etree._Element, done: dict[str, dict[etree._Element, Any]]) -> str:
    """The table of the turns' numbers (common.xsl's ``$turns-kind``): ``s`` without ``u``,
    ``u`` without ``sp``, else ``t``."""
    if not table(root, "u", done):
        return "s"
    return "u" if not table(root, "s", done) else "t"


class _Where:
    """Where an element is, for the index: its nearest ``note``-or-``text`` ancestor, whether
    a ``text`` and a ``note`` are among its ancestors, its nearest turn (``sp``, ``u``)."""

    __slots__ = ("in_note", "in_ref", "in_text", "nearest", "turn")

    def __init__(
        self,
        nearest: etree._Element | None,
        in_text: bool,
        in_note: bool,
        in_ref: bool,
        turn: etree._Element | None,
    ) -> None:
        self.nearest, self.in_text, self.in_note = nearest, in_text, in_note
        self.in_ref, self.turn = in_ref, turn


_NOWHERE = _Where(None, False, False, False, None)


def _where(el: etree._Element | None, memo: dict[etree._Element, _Where]) -> _Where:
    """Where the children of ``el`` are (memoised per ancestor: each is looked at once)."""
    if el is None:
        return _NOWHERE
    got = memo.get(el)
    if got is not None:
        return got
    up = _where(el.getparent(), memo)
    tag = el.tag
    if tag == _TEXT:
        got = _Where(el, True, up.in_note, up.in_ref, up.turn)
    elif tag == _NOTE:
        got = _Where(el, up.in_text, True, up.in_ref, up.turn)
    elif tag in (_SP, _U):
        got = _Where(up.nearest, up.in_text, up.in_note, up.in_ref, el)
    elif tag == _REF:
        got = _Where(up.nearest, up.in_text, up.in_note, True, up.turn)
    else:
        got = up
    memo[el] = got
    return got


def mention_places(
    root: etree._Element, done: dict[str, Any] | None = None
) -> list[tuple[etree._Element, str, _Where]]:
    """Every name with an ``@ref`` whose first token starts with ``#`` (``persName``,
    ``placeName``, ``orgName``, ``name``, ``rs``, ``title``), in document order, with the id it
    points to and where it is: one pass, each ancestor looked at once."""
    if done is not None and "places" in done:
        return done["places"]  # type: ignore[no-any-return]
    memo: dict[etree._Element, _Where] = {}
    out: list[tuple[etree._Element, str, _Where]] = []
    for el in root.iter(*_MENTIONS):
        ref = el.get("ref")
        if not ref or "#" not in ref:
            continue
        first = _first_token(ref)
        if first.startswith("#"):
            out.append((el, first[1:], _where(el.getparent(), memo)))
    if done is not None:
        done["places"] = out
    return out


def locator_steps(
    root: etree._Element, turns: dict[etree._Element, int], done: dict[str, Any] | None = None
) -> dict[etree._Element, str]:
    """For each index mention (as ``indexes.xsl``'s ``index-mentions`` key has them: inside a
    ``text``, ``@ref`` starting with ``#``), how the entry's locator list shows it."""
    steps: dict[etree._Element, str] = {}
    last: dict[str, tuple[int | None, etree._Element | None]] = {}
    for el, key, where_ in mention_places(root, done):
        if not where_.in_text:
            continue
        turn = where_.turn
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


def mentions(root: etree._Element, done: dict[str, Any] | None = None) -> dict[etree._Element, int]:
    """Index mentions numbered within their nearest ``text`` (as ``xsl:number level="any"
    from="tei:text"`` would), leaving out those inside notes."""
    numbers: dict[etree._Element, int] = {}
    counts: dict[etree._Element, int] = {}
    for el, _key, where in mention_places(root, done):
        text = where.nearest
        if text is not None and text.tag == _TEXT:
            counts[text] = counts.get(text, 0) + 1
            numbers[el] = counts[text]
    return numbers


def mention_links(root: etree._Element, done: dict[str, Any]) -> dict[etree._Element, Any]:
    """For each index mention that links to its entry (``indexes.xsl``'s mention template: the
    id it points to is a ``person``, ``place`` or ``org``, and no ``ref``, ``ptr`` or ``note``
    is around or inside it), its ``mention-N`` number, or ``-`` inside a note (no anchor)."""
    entries = {e.get(_XML_ID) for e in root.iter(*_ENTRIES)}
    entries.discard(None)
    numbers = table(root, "m", done)
    out: dict[etree._Element, Any] = {}
    for el, key, where in mention_places(root, done):
        if not where.in_text or key not in entries or where.in_ref:
            continue
        if len(el) and next(el.iter(_REF, _PTR, _NOTE), None) is not None:
            continue
        out[el] = "-" if where.in_note else numbers.get(el, "")
    return out


def reset() -> None:
    """Forget the tables (called before each transformation: the tree may have changed)."""
    _STATE.tables = None
    _STATE.names = None
    _STATE.blocks = None


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


def _tables(node: etree._Element) -> tuple[etree._Element, dict[str, Any]]:
    root = node.getroottree().getroot()
    state = getattr(_STATE, "tables", None)
    if state is None or state[0] is not root:
        state = (root, {})
        _STATE.tables = state
    return state


def seq(context: Any, kind: Any) -> Any:
    """XPath extension ``tk:seq(kind)``: the current node's number, or '' when it has none."""
    node = context.context_node
    kind = str(kind)
    state = getattr(_STATE, "tables", None)
    if state is not None:  # the usual case: the node is in this run's table, found at once
        known = state[1].get(kind)
        if known is not None:
            number = known.get(node)
            if number is not None:
                return number
    root, done = _tables(node)
    if kind not in "niustamkxfwT" or len(kind) != 1:
        return ""
    number = table(root, kind, done).get(node)
    return number if number is not None else ""


def _first_token(value: str) -> str:
    """The first normalize-space() token of ``value`` ('' when it is all white space)."""
    match = _XML_TOKEN.search(value)
    return match.group() if match else ""


from tei.render.index_markup import index_entries, index_locators, index_pages  # noqa: E402
from tei.render.lookups import (  # noqa: E402
    has_blocks,
    mentioned,
    participant_names,
    sigla,
    speaker_turns,
)

EXTENSIONS = {
    (NS, "seq"): seq,
    (NS, "has-blocks"): has_blocks,
    (NS, "speaker-turns"): speaker_turns,
    (NS, "mentioned"): mentioned,
    (NS, "sigla"): sigla,
    (NS, "name-count"): name_count,
    (NS, "index-locators"): index_locators,
    (NS, "index-pages"): index_pages,
    (NS, "index-entries"): index_entries,
}
