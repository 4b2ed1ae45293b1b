"""ISO Schematron layers (lxml.isoschematron, XSLT 1.0): rules a grammar cannot say.

Each ``svrl:failed-assert`` or ``svrl:successful-report`` becomes a diagnostic whose
code is the assert's ``@id`` and whose severity is its ``@role`` (``error``/``fatal``
→ error, ``warning``/``warn`` → warning, ``info``/``information`` → info; no role →
error). The SVRL ``location`` XPath is evaluated on the document to find the line.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree, isoschematron

from tei.diagnostics import Diagnostic, Severity
from tei.errors import UsageError
from tei.validate.base import element_path, located
from tei.xmlio import parse_file

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_SCH_NS = "http://purl.oclc.org/dsdl/schematron"
_XSLT1_BINDINGS = {"", "xslt", "exslt", "xslt1", "xslt1.0"}
_ROLES: dict[str, Severity] = {
    "error": "error",
    "fatal": "error",
    "warning": "warning",
    "warn": "warning",
    "info": "info",
    "information": "info",
    "informational": "info",
}


def load_schematron(path: Path) -> isoschematron.Schematron:
    """Compile an ISO Schematron file (XSLT 1.0 query binding) into an XSLT validator."""
    tree = parse_file(path)
    tree.docinfo.URL = str(path.resolve())  # sch:include resolves beside the schema
    root = tree.getroot()
    if root.tag != f"{{{_SCH_NS}}}schema":
        raise UsageError(
            f"not an ISO Schematron schema (root is <{etree.QName(root).localname}>, "
            f"expected <sch:schema xmlns:sch=\"{_SCH_NS}\">)",
            file=str(path),
            code="schema-invalid",
        )
    binding = (root.get("queryBinding") or "").lower()
    if binding not in _XSLT1_BINDINGS:
        raise UsageError(
            f"Schematron queryBinding '{binding}' needs an XSLT 2/3 processor; only XSLT 1.0 "
            "Schematron ('xslt', 'exslt') can be run here",
            file=str(path),
            code="schema-unsupported",
        )
    try:
        return isoschematron.Schematron(tree, store_report=True)
    except (etree.SchematronParseError, etree.XSLTParseError, etree.XSLTApplyError) as exc:
        first = " ".join(str(exc).split())[:300]
        raise UsageError(
            f"Schematron does not compile: {first}", file=str(path), code="schema-invalid"
        ) from None


class SchematronLayer:
    """Run one compiled Schematron over documents and map its SVRL report."""

    def __init__(self, schematron: isoschematron.Schematron, name: str) -> None:
        self.schematron = schematron
        self.name = name

    def check(self, tree: etree._ElementTree, file: str) -> list[Diagnostic]:
        """Validate ``tree`` and return one diagnostic per failed assert or report."""
        try:
            self.schematron.validate(tree)
        except etree.XSLTApplyError as exc:
            message = f"Schematron {self.name} failed: {exc}"
            return [Diagnostic("error", "sch-failed", message, file)]
        report = self.schematron.validation_report
        if report is None:
            return []
        found: list[Diagnostic] = []
        for node in report.iter(f"{{{SVRL_NS}}}failed-assert", f"{{{SVRL_NS}}}successful-report"):
            found.append(self._diagnostic(node, tree, file))
        return found

    def _diagnostic(self, node: etree._Element, tree: etree._ElementTree, file: str) -> Diagnostic:
        kind = "assert" if etree.QName(node).localname == "failed-assert" else "report"
        severity = _ROLES.get((node.get("role") or "error").lower(), "error")
        code = node.get("id") or f"sch-{kind}"
        text = node.find(f"{{{SVRL_NS}}}text")
        message = " ".join("".join(text.itertext()).split()) if text is not None else ""
        message = message or f"Schematron {kind} failed: {node.get('test')}"
        target = _locate(tree, node.get("location") or "")
        line = target.sourceline if target is not None else None
        where = element_path(target)
        return Diagnostic(severity, code, located(message, where), file, line, None, where)


def _locate(tree: etree._ElementTree, location: str) -> etree._Element | None:
    """The element an SVRL location XPath names (an attribute's or text's parent)."""
    if not location:
        return None
    try:
        found = tree.xpath(location)
    except etree.XPathError:
        return None
    if not isinstance(found, list) or not found:
        return None
    first = found[0]
    if isinstance(first, etree._Element):
        return first
    parent = getattr(first, "getparent", None)
    return parent() if parent else None
