"""A large RELAX NG grammar cut down to the elements a document uses, with the same findings.

Compiling TEI All (594 element patterns, 1,200 defines) takes libxml2 6–9 s, almost all
of it spent on the hundreds of alternatives in each model class. A document uses a few
dozen of those elements. Two cut-down grammars give exactly what the full one gives:

``verdict``   every element pattern whose name does not occur in the document becomes
              ``notAllowed``. A pattern for an absent element can never match, so the
              document is valid against this grammar if and only if it is valid against
              the full one. It compiles in tens of milliseconds.
``messages``  every such pattern keeps its name but its content becomes ``empty``. The
              automata and choices of the elements that do occur are the full grammar's
              (libxml2 builds them from element *names*; an absent element's own content is
              never consulted), so libxml2 reports the very same errors — same messages,
              lines, columns and paths. It compiles in about a second and is only needed
              for a document the verdict grammar rejects.

Any superset of the document's names gives the same findings too, so one cut-down grammar
serves a whole batch (names are collected from all files first). Cut-down grammars are
cached on disk (``$XDG_CACHE_HOME/tei/relaxng``, else ``~/.cache/tei/relaxng``), keyed by
the full grammar's SHA-256, the mode and the names; files are written atomically and a
cache that cannot be read or written is simply not used. A grammar that includes other
files or nests grammars is left whole (:func:`prunable` says why); an element pattern
named by a wildcard (``anyName``, ``nsName``, a choice of names) is always kept.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from tei.xmlio import parse_bytes, read_bytes

RNG_NS = "http://relaxng.org/ns/structure/1.0"
_R = f"{{{RNG_NS}}}"
MODES = ("verdict", "messages")
#: a start tag's local name, read from raw bytes (a superset is harmless: see module doc)
_START_TAG = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
#: RELAX NG elements whose presence means the grammar is not one self-contained file
_NOT_PRUNABLE = ("include", "externalRef", "parentRef", "grammar")


def cache_dir() -> Path:
    """Where cut-down grammars are kept (``$XDG_CACHE_HOME/tei/relaxng``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tei" / "relaxng"


def element_names(tree: etree._ElementTree | etree._Element) -> frozenset[str]:
    """The local names of every element in a parsed document."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    tags = {el.tag for el in root.iter() if isinstance(el.tag, str)}
    return frozenset(etree.QName(t).localname for t in tags)


def names_in_bytes(data: bytes) -> frozenset[str]:
    """Local names of everything that looks like a start tag (a superset of the elements)."""
    return frozenset(m.decode("utf-8", "replace") for m in set(_START_TAG.findall(data)))


def names_in_files(paths: Iterable[str | Path]) -> frozenset[str]:
    """:func:`names_in_bytes` over files; unreadable files are skipped (reported elsewhere)."""
    found: set[str] = set()
    for path in paths:
        try:
            found |= names_in_bytes(Path(path).read_bytes())
        except OSError:
            continue
    return frozenset(found)


def _pattern_name(element: etree._Element) -> str | None:
    """The local name an ``<element>`` pattern matches, or None for a name class."""
    name = element.get("name")
    if name is None:
        first = next((c for c in element if isinstance(c.tag, str)), None)
        if first is None or first.tag != _R + "name":
            return None
        name = (first.text or "").strip()
    return name.split(":")[-1] or None


def prunable(root: etree._Element) -> str:
    """Why this grammar cannot be cut down ('' when it can)."""
    if root.tag != _R + "grammar":
        return "the schema is not a <grammar>"
    for kind in _NOT_PRUNABLE:
        if root.find(f".//{_R}{kind}") is not None:
            return f"the grammar uses <{kind}>"
    return ""


class Grammar:
    """A parsed RELAX NG grammar (XML syntax) that can be cut down to a set of names."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = read_bytes(path)
        self.digest = hashlib.sha256(self.data).hexdigest()
        self._root: etree._Element | None = None
        self.reason = prunable(self.root)
        self._start_names: frozenset[str] | None = None

    @property
    def root(self) -> etree._Element:
        if self._root is None:
            tree = parse_bytes(self.data, str(self.path))
            self._root = tree.getroot()
        return self._root

    @property
    def start_names(self) -> frozenset[str]:
        """Names of the elements ``start`` allows as the root (always kept: a start that
        is ``notAllowed`` would not compile; keeping more than needed is harmless)."""
        if self._start_names is not None:
            return self._start_names
        defines: dict[str, list[etree._Element]] = {}
        for define in self.root.iter(_R + "define"):
            defines.setdefault(define.get("name") or "", []).append(define)
        found: set[str] = set()
        seen: set[str] = set()
        stack = list(self.root.iter(_R + "start"))
        while stack:
            node = stack.pop()
            for child in node:
                if child.tag == _R + "element":
                    local = _pattern_name(child)
                    if local:
                        found.add(local)
                elif child.tag == _R + "ref":
                    name = child.get("name") or ""
                    if name not in seen:
                        seen.add(name)
                        stack.extend(defines.get(name, []))
                elif isinstance(child.tag, str):
                    stack.append(child)
        self._start_names = frozenset(found)
        return self._start_names

    def pruned(self, names: frozenset[str], mode: str) -> etree._ElementTree:
        """The grammar cut down for documents whose element names are all in ``names``."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        names = names | self.start_names
        cached = _read_cache(self._key(names, mode))
        if cached is not None:
            return cached
        data = prune(self.root, names, mode)
        _write_cache(self._key(names, mode), data)
        return _tree(data)

    def _key(self, names: frozenset[str], mode: str) -> str:
        text = "\n".join([self.digest, mode, *sorted(names)])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prune(root: etree._Element, names: frozenset[str], mode: str) -> bytes:
    """Serialised copy of ``root`` with the elements outside ``names`` cut (see module doc)."""
    copy = etree.fromstring(etree.tostring(root))
    for element in list(copy.iter(_R + "element")):
        local = _pattern_name(element)
        if local is None or local in names:
            continue
        if mode == "verdict":
            blocked = etree.Element(_R + "notAllowed")
            blocked.tail = element.tail
            element.getparent().replace(element, blocked)
        else:
            by_attribute = element.get("name") is not None
            name_class = None if by_attribute else element.find(_R + "name")
            for child in list(element):
                if child is not name_class:
                    element.remove(child)
            element.text = None
            etree.SubElement(element, _R + "empty")
    _drop_unreachable(copy)
    return etree.tostring(copy, xml_declaration=True, encoding="UTF-8")


def _drop_unreachable(root: etree._Element) -> None:
    """Remove the defines no ``start`` reaches (libxml2 would still build them)."""
    defines: dict[str, list[etree._Element]] = {}
    for define in root.iter(_R + "define"):
        defines.setdefault(define.get("name") or "", []).append(define)
    reached: set[str] = set()
    stack: list[etree._Element] = list(root.iter(_R + "start"))
    while stack:
        node = stack.pop()
        for ref in node.iter(_R + "ref"):
            name = ref.get("name") or ""
            if name not in reached:
                reached.add(name)
                stack.extend(defines.get(name, []))
    for name, items in defines.items():
        if name not in reached:
            for define in items:
                define.getparent().remove(define)


def _tree(data: bytes) -> etree._ElementTree:
    return parse_bytes(data, "<pruned grammar>")


def _read_cache(key: str) -> etree._ElementTree | None:
    path = cache_dir() / f"{key}.rng"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _tree(data)
    except Exception:  # a damaged cache entry is rebuilt, never trusted
        return None


def _write_cache(key: str, data: bytes) -> None:
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".rng", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, folder / f"{key}.rng")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return  # a read-only home: the cut is made again next time
