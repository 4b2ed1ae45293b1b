"""RELAX NG layers (libxml2 via lxml): TEI All conformance and ODD-generated schemas.

Compiling the full TEI All grammar takes libxml2 6–9 s, so TEI All is checked by
:class:`PrunedRelaxNGLayer`: a grammar cut down to the document's elements
(:mod:`tei.validate.prune`) decides the verdict in milliseconds, and only a document it
rejects needs the (larger, still much smaller than TEI All) cut that reproduces
libxml2's messages exactly. Other schemas compile whole, once per process per file
(:func:`load_relaxng` caches them).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.errors import UsageError
from tei.validate.base import element_path, located
from tei.validate.prune import Grammar, element_names, names_in_files
from tei.xmlio import parse_file

_CACHE: dict[tuple[str, int, int], etree.RelaxNG] = {}
_LOCK = threading.Lock()


def load_relaxng(path: Path) -> etree.RelaxNG:
    """Compile a RELAX NG schema (XML syntax), once per process for a given file."""
    resolved = path.resolve()
    try:
        stat = resolved.stat()
        key = (str(resolved), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = (str(resolved), 0, 0)  # parse_file below reports the missing file
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        tree = parse_file(path)
        tree.docinfo.URL = str(resolved)  # include/externalRef resolve beside the schema
        try:
            schema = etree.RelaxNG(tree)
        except etree.RelaxNGParseError as exc:
            entries = [e for e in exc.error_log if e.message] or []
            first = entries[0].message if entries else str(exc)
            raise UsageError(
                f"RELAX NG schema does not compile: {' '.join(first.split())}",
                file=str(path),
                line=entries[0].line if entries else None,
                code="schema-invalid",
            ) from None
        _CACHE[key] = schema
        return schema


class RelaxNGLayer:
    """Validate documents against one compiled RELAX NG grammar."""

    def __init__(self, schema: etree.RelaxNG, name: str, *, code: str = "rng") -> None:
        self.schema = schema
        self.name = name
        self.code = code

    def check(self, tree: etree._ElementTree, file: str) -> list[Diagnostic]:
        """Validate ``tree``; one diagnostic per libxml2 error (duplicates dropped)."""
        if self.schema.validate(tree):
            return []
        return _diagnostics(self.schema, tree, file, self.name, self.code)


def _diagnostics(
    schema: etree.RelaxNG, tree: etree._ElementTree, file: str, name: str, code: str
) -> list[Diagnostic]:
    """The error log of the last (failed) validation as diagnostics, duplicates dropped."""
    found: list[Diagnostic] = []
    seen: set[tuple[int, str]] = set()
    for entry in schema.error_log:
        message = " ".join((entry.message or "").split())
        if (entry.line, message) in seen:
            continue
        seen.add((entry.line, message))
        where = _readable_path(tree, entry.path)
        found.append(
            Diagnostic(
                "error",
                code,
                located(f"{name}: {message}", where),
                file,
                entry.line or None,
                entry.column or None,
                where,
            )
        )
    return found


_GRAMMARS: dict[tuple[str, int, int], Grammar] = {}


def load_grammar(path: Path) -> Grammar:
    """Read a grammar for pruning, once per process per file (ReadError when unreadable)."""
    resolved = path.resolve()
    try:
        stat = resolved.stat()
        key = (str(resolved), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = (str(resolved), 0, 0)
    with _LOCK:
        grammar = _GRAMMARS.get(key)
        if grammar is None:
            grammar = _GRAMMARS[key] = Grammar(path)
        return grammar


class PrunedRelaxNGLayer:
    """A large grammar checked through cut-down copies: TEI All's findings, without its compile.

    Same verdicts and messages as :class:`RelaxNGLayer` with the whole grammar (see
    :mod:`tei.validate.prune` for why, and ``tests/test_validate_pruned.py`` for the
    proof on the sample corpora). :meth:`prepare` collects the element names of a batch
    first so that one cut serves every file; a document with names outside the current
    cut gets a new, larger one. A grammar that cannot be cut is compiled whole.
    """

    def __init__(self, path: Path, name: str, *, code: str = "rng") -> None:
        self.path = path
        self.name = name
        self.code = code
        self.grammar = load_grammar(path)
        self._compiled: dict[str, tuple[frozenset[str], etree.RelaxNG]] = {}
        self._hint: frozenset[str] = frozenset()
        self._lock = threading.Lock()
        if self.grammar.reason:
            self._full()  # compiles whole (or raises UsageError naming the problem)
        else:
            self._schema("verdict", frozenset())  # a broken grammar fails here, as before

    def prepare(self, paths: Iterable[str | Path]) -> None:
        """Cut once for all these files (read for their tag names) before validating them."""
        self._hint = self._hint | names_in_files(paths)
        if not self.grammar.reason:
            self._schema("verdict", self._hint)

    def check(self, tree: etree._ElementTree, file: str) -> list[Diagnostic]:
        """Validate ``tree``; exactly the findings of the whole grammar."""
        if self.grammar.reason:
            schema = self._full()
            return [] if schema.validate(tree) else _diagnostics(
                schema, tree, file, self.name, self.code)
        names = element_names(tree)
        if self._schema("verdict", names).validate(tree):
            return []
        schema = self._schema("messages", names)
        if schema.validate(tree):  # cannot happen (both cuts are exact); trust the whole
            schema = self._full()
            if schema.validate(tree):
                return []
        return _diagnostics(schema, tree, file, self.name, self.code)

    def _full(self) -> etree.RelaxNG:
        return load_relaxng(self.path)

    def _schema(self, mode: str, names: frozenset[str]) -> etree.RelaxNG:
        with self._lock:
            current = self._compiled.get(mode)
            if current is not None and names <= current[0]:
                return current[1]
            wanted = names | self._hint | (current[0] if current else frozenset())
            if mode == "messages" and len(wanted) > len(names) * 5 // 4:
                wanted = names  # this cut's cost grows with its names: a mixed batch's
                # union would cost more than one cut per document that needs it
            try:
                schema = etree.RelaxNG(self.grammar.pruned(wanted, mode))
            except etree.RelaxNGParseError:
                schema = self._full()  # raises UsageError when the grammar itself is broken
            self._compiled[mode] = (wanted, schema)
            return schema


def _readable_path(tree: etree._ElementTree, path: str | None) -> str | None:
    """libxml2's ``/*/*[2]`` for namespaced elements, made readable (``/TEI/text``)."""
    if not path:
        return None
    try:
        found = tree.xpath(path)
    except etree.XPathError:
        return path
    if isinstance(found, list) and found and isinstance(found[0], etree._Element):
        return element_path(found[0])
    return path
