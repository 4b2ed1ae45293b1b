"""Mark mentions of register entries, and dates the editor confirmed, in a TEI tree.

    report = tag_tree(tree, register)      # in place; report.mentions, report.diagnostics

A mention becomes ``persName``/``placeName``/``orgName`` with ``@ref="#id"``; a confirmed
date ``date[@when]`` (or ``@from``/``@to``). Matching is longest form first, case-sensitive
for names, on word boundaries. Rules:

- only inside ``<text>``; never inside speaker labels, titles, citations, existing names or
  dates, editorial alternatives (``expan``, ``reg``, ``corr``, ``gloss``) or pointers;
- a name must lie in one run of text: a mention crossing an element boundary (``<lb/>``,
  the edge of ``<supplied>``) is left alone and reported (``names-cross-boundary``);
- a date may enclose whole inline elements (``twenty-eighth <supplied>of October</supplied>``);
- no character of the text changes: elements are only wrapped around existing text;
- existing tags are kept and their content is not re-tagged, so re-running changes nothing.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.elements import E
from tei.names.register import (
    TEI_NAMES,
    DateEntry,
    Entry,
    Register,
    _apply_register,
    _clashing,
)
from tei.xmlio import NSMAP, TEI_NS

_T = f"{{{TEI_NS}}}"
#: subtrees never tagged (their text is "locked")
SKIP = frozenset(
    _T + n
    for n in (
        "speaker title bibl biblStruct idno ref ptr date time num measure desc gap expan reg "
        "corr gloss persName placeName orgName name rs docImprint docDate fw label code "
        "teiHeader standOff"
    ).split()
)
#: elements whose content is a run of prose of its own (nested ones are handled apart)
BLOCKS = frozenset(
    _T + n
    for n in (
        "p ab head note item l stage titlePart docAuthor byline dateline salute signed trailer "
        "cell quote said q u"
    ).split()
)
BREAKS = frozenset(_T + n for n in ("lb", "pb", "cb", "milestone"))
#: elements whose children are alternatives: no word runs from one child into the next
ALTERNATIVES = frozenset(_T + n for n in ("choice", "app", "subst"))
#: elements shown apart from their neighbours (a gloss, a gap's description)
APART = frozenset(_T + n for n in ("gloss", "gap", "desc"))
#: (a periodical is tagged ``title[@level='j'][@ref]``)
NAME_ELEMENTS = frozenset(_T + TEI_NAMES[k][2] for k in TEI_NAMES) | {
    _T + n for n in ("name", "rs", "title")
}
#: elements a date must not swallow
NOT_IN_DATE = frozenset(_T + n for n in ("date", "time", "note", "p", "ab"))
SEPARATOR = "\x00"


@dataclass(frozen=True)
class Mention:
    """One mention added (or found) in the text."""

    ref: str  # register id (or the date's value for dates)
    text: str
    element: str  # TEI element name
    xpath: str
    line: int | None


@dataclass
class TagReport:
    """What one tagging run did: mentions and dates added, and what it left alone."""

    mentions: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def added_counts(self) -> Counter[str]:
        return Counter(m.ref for m in self.mentions)


@dataclass
class _Segment:
    owner: etree._Element
    anchor: etree._Element | None  # None: owner.text; else anchor.tail
    start: int
    end: int
    lock: etree._Element | None  # the outermost skipped element it lies in


@dataclass
class _Flat:
    text: str
    segments: list[_Segment]
    nested: list[etree._Element]  # blocks inside (notes): tagged on their own

    @functools.cached_property
    def starts(self) -> list[int]:
        return [s.start for s in self.segments]


def _flatten(root: etree._Element) -> _Flat:
    parts: list[str] = []
    segments: list[_Segment] = []
    nested: list[etree._Element] = []
    pos = 0

    def add(text: str) -> None:
        nonlocal pos
        parts.append(text)
        pos += len(text)

    def seg(
        owner: etree._Element, anchor: etree._Element | None, lock: etree._Element | None
    ) -> None:
        text = (owner.text if anchor is None else anchor.tail) or ""
        segments.append(_Segment(owner, anchor, pos, pos + len(text), lock))
        add(text)

    def visit(el: etree._Element, lock: etree._Element | None) -> None:
        seg(el, None, lock)
        for child in el:
            if el.tag in ALTERNATIVES or child.tag in APART:
                add(SEPARATOR)
            if not isinstance(child.tag, str):
                pass
            elif child.tag in BLOCKS:
                add(SEPARATOR)
                if child.tag not in SKIP and child.get("subtype") != "edition":  # not our notes
                    nested.append(child)
            elif child.tag in BREAKS:
                add("" if child.get("break") == "no" else " ")
            else:
                visit(child, lock if lock is not None else (child if child.tag in SKIP else None))
            seg(el, child, lock)

    visit(root, None)
    return _Flat("".join(parts), segments, nested)


def _roots(el: etree._Element) -> Iterator[etree._Element]:
    """Elements whose content is prose, outermost first (nested blocks come via _flatten)."""
    if not isinstance(el.tag, str) or el.tag in SKIP:
        return
    has_text = (el.text or "").strip() or any((c.tail or "").strip() for c in el)
    if el.tag in BLOCKS or has_text:
        yield el
        return
    for child in el:
        yield from _roots(child)


class _Steps:
    """Each parent's path steps, computed once per parent (one pass over its children)
    and forgotten when tagging changes that parent's children."""

    def __init__(self) -> None:
        self._memo: dict[etree._Element, dict[etree._Element, str]] = {}

    def step(self, parent: etree._Element, node: etree._Element) -> str:
        steps = self._memo.get(parent)
        if steps is None:
            steps = self._memo[parent] = _child_steps(parent)
        return steps[node]

    def forget(self, parent: etree._Element) -> None:
        self._memo.pop(parent, None)


def _child_steps(parent: etree._Element) -> dict[etree._Element, str]:
    seen: dict[str, int] = {}
    steps: dict[etree._Element, str] = {}
    for child in parent:
        tag = child.tag
        if isinstance(tag, str):
            n = seen[tag] = seen.get(tag, 0) + 1
            steps[child] = f"{tag[tag.find('}') + 1 :]}[{n}]"
    return steps


def path_of(el: etree._Element, steps: _Steps | None = None) -> str:
    """A readable XPath (local names, 1-based positions): /TEI/text[1]/body[1]/div[1]/sp[4]/p[1]."""
    memo = steps or _Steps()
    parts: list[str] = []
    node: etree._Element | None = el
    while node is not None:
        parent = node.getparent()
        if parent is None:
            parts.append(etree.QName(node).localname)
        else:
            parts.append(memo.step(parent, node))
        node = parent
    return "/" + "/".join(reversed(parts))


def _phrase_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


@functools.lru_cache(maxsize=256)
def _date_pattern(phrase: str) -> re.Pattern[str]:
    """A date phrase on word boundaries, any case (the boundary before it checked after its
    first character, as for names: see ``_STARTS_WORD``)."""
    pattern = _phrase_pattern(phrase)
    head = re.escape(phrase.lstrip()[:1])  # (re.escape escapes one character at a time)
    if not head:
        return re.compile(r"(?<!\w)(?!\w)", re.I)
    return re.compile(head + _STARTS_WORD + pattern[len(head) :] + r"(?!\w)", re.I)


def name_pattern(register: Register) -> re.Pattern[str] | None:
    """One regex for every surface form of the register, longest first, on word boundaries.

    Compiled once per set of forms (shared by every document a register serves), as a
    trie: at each position of the text the regex follows one branch per character, so
    matching costs the length of the text, not the text times the number of forms."""
    return _compiled_forms(tuple(sorted(register.surfaces())))


@functools.lru_cache(maxsize=64)
def _compiled_forms(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    if not forms:
        return None
    trie: dict = {}
    for form in forms:
        node = trie
        for token in _tokens(form):
            node = node.setdefault(token, {})
        node[""] = {}  # a form ends here
    if "" in trie:  # an empty form (only a Register made in code has one)
        return re.compile(rf"(?<!\w){_trie_pattern(trie)}(?!\w)")
    return re.compile(rf"{_trie_pattern(trie, first=True)}(?!\w)")


def _tokens(form: str) -> list[str]:
    """A form as trie tokens: each character, and one " " for each run of white space."""
    tokens: list[str] = []
    for word in form.split():
        if tokens:
            tokens.append(" ")
        tokens.extend(word)
    return tokens


#: after a form's first character: the one before it is no word character (``(?<!\w)`` before
#: that character). Put after it, not before, the pattern starts with a character (or a set
#: of them), which the regex engine looks for at C speed instead of trying every position.
_STARTS_WORD = r"(?<!\w[\s\S])"


def _trie_pattern(node: dict, first: bool = False) -> str:
    """The branches below ``node``, longer continuations first (so that, as with forms
    sorted longest first, the longest form that ends on a word boundary wins); ``first``:
    ``node`` is the root (each branch checks the word boundary after its character)."""
    branches = []
    for token in sorted(t for t in node if t):
        head = r"\s+" if token == " " else re.escape(token)
        if first:
            head += _STARTS_WORD
        branches.append(head + _trie_pattern(node[token]))
    ends = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _surface_of(match_text: str, surfaces: dict[str, Entry]) -> Entry:
    return surfaces[" ".join(match_text.split())]


def _locate(
    flat: _Flat, owner: etree._Element, pos: int, is_end: bool
) -> tuple[etree._Element | None, int] | None:
    found: tuple[etree._Element | None, int] | None = None
    for s in flat.segments:
        if s.owner is owner and s.lock is None and s.start <= pos <= s.end:
            found = (s.anchor, pos - s.start)
            if not is_end:
                return found
    return found


def _segment_at(flat: _Flat, pos: int, is_end: bool = False) -> _Segment | None:
    """The segment holding the character at ``pos`` (or, for an end, just before it).
    Segments follow one another without overlapping, so the one to check is found by
    bisection: the last that starts at (or, for an end, before) ``pos``."""
    if is_end:
        at = bisect.bisect_left(flat.starts, pos) - 1
    else:
        at = bisect.bisect_right(flat.starts, pos) - 1
    if at < 0:
        return None
    s = flat.segments[at]
    return s if ((s.start < pos <= s.end) if is_end else (s.start <= pos < s.end)) else None


def _get(owner: etree._Element, anchor: etree._Element | None) -> str:
    return (owner.text if anchor is None else anchor.tail) or ""


def _set(owner: etree._Element, anchor: etree._Element | None, value: str) -> None:
    if anchor is None:
        owner.text = value or None
    else:
        anchor.tail = value or None


def wrap(
    owner: etree._Element,
    start: tuple[etree._Element | None, int],
    end: tuple[etree._Element | None, int],
    new: etree._Element,
) -> etree._Element:
    """Put ``new`` around owner's content from ``start`` to ``end`` ((anchor, offset) pairs:
    anchor None is owner.text, else that child's tail). Characters are moved, never changed."""
    children = list(owner)
    (sa, so), (ea, eo) = start, end
    si = -1 if sa is None else children.index(sa)
    ei = -1 if ea is None else children.index(ea)
    text = _get(owner, sa)
    if si == ei:
        new.text, new.tail = text[so:eo] or None, text[eo:] or None
    else:
        new.text = text[so:] or None
        for child in children[si + 1 : ei + 1]:
            new.append(child)
        last = children[ei]
        rest = last.tail or ""
        last.tail, new.tail = rest[:eo] or None, rest[eo:] or None
    _set(owner, sa, text[:so])
    owner.insert(si + 1, new)
    return new


def tag_tree(
    tree: etree._ElementTree, register: Register, *, source: str | None = None
) -> TagReport:
    """Add the register to the document (standOff) and tag its mentions and confirmed dates."""
    report = TagReport()
    diagnostics, taken = _apply_register(tree, register)  # (one look for the ids taken)
    report.diagnostics.extend(diagnostics)
    excluded = _clashing(taken, register)
    surfaces = {s: e for s, e in register.surfaces().items() if e.id not in excluded}
    names = name_pattern(Register(entries=[e for e in register.entries if e.id not in excluded]))
    dates = [(d, _date_pattern(d.text)) for d in register.dates]
    text = tree.getroot().find("tei:text", NSMAP)
    if text is None:
        return report
    queue = deque(_roots(text))
    steps = _Steps()
    while queue:
        root = queue.popleft()
        flat = _flatten(root)
        queue.extendleft(reversed(flat.nested))
        _tag_root(flat, root, names, surfaces, dates, report, source, steps)
    report.mentions.sort(key=lambda m: (m.line or 0, m.xpath))
    return report


def _tag_root(
    flat: _Flat,
    root: etree._Element,
    names: re.Pattern[str] | None,
    surfaces: dict[str, Entry],
    dates: list[tuple[DateEntry, re.Pattern[str]]],
    report: TagReport,
    source: str | None,
    steps: _Steps,
) -> None:
    actions: list[tuple[int, int, object]] = []
    taken: list[tuple[int, int]] = []
    for entry, pattern in dates:
        for m in pattern.finditer(flat.text):
            plan = _date_plan(flat, root, m.start(), m.end())
            where = _segment_at(flat, m.start())
            line = where.owner.sourceline if where else root.sourceline
            if plan is None:
                if where is not None and where.lock is None:
                    report.diagnostics.append(
                        Diagnostic(
                            "warning",
                            "date-cross-boundary",
                            f"date {m.group()!r} starts or ends inside another element; "
                            "left as it is",
                            file=source,
                            line=line,
                            xpath=path_of(root, steps),
                        )
                    )
                continue
            if not entry.confirmed:
                value = entry.when or f"{entry.from_}/{entry.to}"
                report.diagnostics.append(
                    Diagnostic(
                        "info",
                        "date-unconfirmed",
                        f"date {m.group()!r} would be {value}; set confirmed = true "
                        "in the register to encode it",
                        file=source,
                        line=line,
                        xpath=path_of(root, steps),
                    )
                )
                continue
            actions.append((m.start(), m.end(), (entry, plan)))
            taken.append((m.start(), m.end()))
    for m in names.finditer(flat.text) if names else ():
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        first, last = _segment_at(flat, m.start()), _segment_at(flat, m.end(), is_end=True)
        if first is None or last is None:
            continue
        entry = _surface_of(m.group(), surfaces)
        if first is last and first.lock is None:
            actions.append((m.start(), m.end(), (entry, first)))
        elif first.lock is not None and first.lock is last.lock:
            continue  # inside a tag of its own (a name, a speaker label, a title…)
        else:
            report.diagnostics.append(
                Diagnostic(
                    "warning",
                    "names-cross-boundary",
                    f"{m.group()!r} ({entry.id}) crosses an element boundary; left untagged "
                    "(tag it by hand if it is a mention)",
                    file=source,
                    line=first.owner.sourceline or root.sourceline,
                    xpath=path_of(root, steps),
                )
            )
    added: list[tuple[list[Mention], etree._Element, str, str, str, int | None]] = []
    for start, end, action in sorted(actions, key=lambda a: -a[0]):
        target, plan = action  # type: ignore[misc]
        if isinstance(target, DateEntry):
            owner, a, b = plan
            el = E(
                "date", when=target.when or None, from_=target.from_ or None, to=target.to or None
            )
            wrap(owner, a, b, el)
            steps.forget(owner)
            value = target.when or f"{target.from_}/{target.to}"
            added.append((report.dates, el, value, "date", flat.text[start:end], owner.sourceline))
        else:
            seg: _Segment = plan
            tag = TEI_NAMES[target.kind][2]
            el = E(tag, ref=f"#{target.id}")
            if target.kind == "org" and target.type == "periodical":  # a periodical is a title
                tag, el = "title", E("title", level="j", ref=f"#{target.id}")
            offset = seg.start
            wrap(seg.owner, (seg.anchor, start - offset), (seg.anchor, end - offset), el)
            steps.forget(seg.owner)
            said = flat.text[start:end]
            added.append((report.mentions, el, target.id, tag, said, seg.owner.sourceline))
    # the paths once every mention of the root is in (a mention wrapped later stands before
    # the ones wrapped earlier, and would shift their positions)
    owners: dict[etree._Element, str] = {}  # each owner's path, once (its mentions share it)
    for into, el, ref, name, said, line in reversed(added):
        owner = el.getparent()
        where = owners.get(owner)
        if where is None:
            where = owners[owner] = path_of(owner, steps)
        into.append(Mention(ref, said, name, f"{where}/{steps.step(owner, el)}", line))


def _date_plan(flat: _Flat, root: etree._Element, start: int, end: int) -> tuple | None:
    """Where a date from ``start`` to ``end`` can be wrapped: (owner, start pos, end pos)."""
    first = _segment_at(flat, start)
    if first is None or first.lock is not None:
        return None
    owner: etree._Element | None = first.owner
    while owner is not None:
        a = _locate(flat, owner, start, is_end=False)
        b = _locate(flat, owner, end, is_end=True)
        if a is not None and b is not None:
            children = list(owner)
            si = -1 if a[0] is None else children.index(a[0])
            ei = -1 if b[0] is None else children.index(b[0])
            inside = children[si + 1 : ei + 1]
            if any(isinstance(c.tag, str) and c.tag in NOT_IN_DATE for c in inside):
                return None
            return owner, a, b
        if owner is root:
            return None
        owner = owner.getparent()
    return None


def mention_counts(tree: etree._ElementTree | etree._Element) -> Counter[str]:
    """How many names in the text point to each local id (``@ref="#id"``)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    counts: Counter[str] = Counter()
    text = root.find("tei:text", NSMAP)
    for el in text.iter(*NAME_ELEMENTS) if text is not None else ():
        for ref in (el.get("ref") or "").split():
            if ref.startswith("#"):
                counts[ref[1:]] += 1
    return counts
