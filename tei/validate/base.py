"""What every validation layer shares: the layer protocol and element locations.

A *layer* is one compiled schema (the profile XSD, the profile Schematron, TEI All,
a project's own schema). It turns one parsed document into
:class:`~tei.diagnostics.Diagnostic` records and never prints or raises for an
invalid document.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.xmlio import TEI_NS

#: Namespace prefixes used when naming elements outside the TEI namespace.
_KNOWN_PREFIXES = {
    "http://www.w3.org/2001/XInclude": "xi",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
}


class Layer(Protocol):
    """One compiled schema that checks a parsed document."""

    #: Short name shown in summaries and JSON ("profile", "rules", "tei-all", a file name).
    name: str

    def check(self, tree: etree._ElementTree, file: str) -> list[Diagnostic]:
        """Return the findings about ``tree`` (``file`` is the name to report)."""
        ...


def element_name(node: etree._Element) -> str:
    """The element's name as an editor writes it: ``p``, ``xi:include``, ``{urn:x}foo``."""
    qname = etree.QName(node)
    if qname.namespace in (TEI_NS, None):
        return qname.localname
    prefix = node.prefix or _KNOWN_PREFIXES.get(qname.namespace)
    return f"{prefix}:{qname.localname}" if prefix else f"{{{qname.namespace}}}{qname.localname}"


def tag_name(tag: str) -> str:
    """:func:`element_name` for a Clark-notation tag (``{ns}local``)."""
    qname = etree.QName(tag)
    if qname.namespace in (TEI_NS, None):
        return qname.localname
    prefix = _KNOWN_PREFIXES.get(qname.namespace)
    return f"{prefix}:{qname.localname}" if prefix else f"{{{qname.namespace}}}{qname.localname}"


def element_path(node: etree._Element | None) -> str | None:
    """A readable XPath-like location: ``/TEI/text/body/div/sp[3]/p``.

    Local names (a prefix outside TEI); a position only where siblings share the name.
    """
    if node is None or not isinstance(node.tag, str):
        return None
    memo = _MEMO.get()
    parts: list[str] = []
    current: etree._Element | None = node
    while current is not None:
        parent = current.getparent()
        if parent is None:
            parts.append(element_name(current))
        elif memo is not None:
            steps = memo.get(parent)
            if steps is None:
                steps = memo[parent] = _steps(parent)
            parts.append(steps[current])
        else:
            parts.append(_steps(parent)[current])
        current = parent
    return "/" + "/".join(reversed(parts))


def _steps(parent: etree._Element) -> dict[etree._Element, str]:
    """Each element child's path step (``sp[3]``), in one pass over the children."""
    children = [child for child in parent if isinstance(child.tag, str)]
    totals: dict[str, int] = {}
    for child in children:
        totals[child.tag] = totals.get(child.tag, 0) + 1
    seen: dict[str, int] = {}
    steps: dict[etree._Element, str] = {}
    for child in children:
        step = element_name(child)
        if totals[child.tag] > 1:
            seen[child.tag] = seen.get(child.tag, 0) + 1
            step += f"[{seen[child.tag]}]"
        steps[child] = step
    return steps


_MEMO: ContextVar[dict[etree._Element, dict[etree._Element, str]] | None] = ContextVar(
    "element_path_memo", default=None
)


@contextmanager
def path_memo() -> Iterator[None]:
    """Within this block :func:`element_path` remembers each parent's steps, so that
    thousands of findings among the siblings of one parent cost linear time (the tree
    must not change inside the block)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def located(message: str, path: str | None) -> str:
    """Append the element path to a message (lines alone are vague in one-line TEI)."""
    return f"{message} (at {path})" if path else message
