"""RELAX NG layers (libxml2 via lxml): TEI All conformance and ODD-generated schemas.

Compiling the full TEI All grammar takes several seconds (about 7 s on a 2-core
machine), so it happens only when asked (``--tei-all FILE`` or ``TEI_ALL_RNG``) and
at most once per process per file (:func:`load_relaxng` caches it).
"""

from __future__ import annotations

import threading
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.errors import UsageError
from tei.validate.base import element_path, located
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
        found: list[Diagnostic] = []
        seen: set[tuple[int, str]] = set()
        for entry in self.schema.error_log:
            message = " ".join((entry.message or "").split())
            if (entry.line, message) in seen:
                continue
            seen.add((entry.line, message))
            where = _readable_path(tree, entry.path)
            found.append(
                Diagnostic(
                    "error",
                    self.code,
                    located(f"{self.name}: {message}", where),
                    file,
                    entry.line or None,
                    entry.column or None,
                    where,
                )
            )
        return found


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
