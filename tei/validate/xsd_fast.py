"""A fast first pass for an XSD layer: libxml2 accepts, xmlschema explains.

xmlschema matches content models in Python (about 25 ms for an interview); libxml2, through
lxml, checks the same XSD 1.0 structures in well under a millisecond. So a document is
first checked by libxml2 against an XSD 1.0 copy of the schema, and each ``xs:assert`` (XSD
1.1, which libxml2 does not know) is evaluated with elementpath on the elements that carry
it. Only when both accept is the document reported valid from this pass; anything else goes
through xmlschema's full validation, which remains the authority for every finding and its
message. The first pass can therefore only *save time* on valid documents: it never
produces a diagnostic of its own.

The first pass is used only where its verdict is known to imply xmlschema's:

- the schema uses no XSD 1.1 construct other than ``xs:assert`` on global elements, and
  imports nothing but the XML namespace (resolved to xmlschema's own copy of xml.xsd);
- the document names no schema location or type (``xsi:*``): those go the slow way.

``tests/test_validate_fast.py`` checks the implication on real and mutated documents.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import elementpath
import xmlschema
from lxml import etree

_XS = "http://www.w3.org/2001/XMLSchema"
_VC = "http://www.w3.org/2007/XMLSchema-versioning"
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
#: XSD 1.1 constructs that the XSD 1.0 copy cannot drop without changing what is valid
_XSD11_ONLY = frozenset(
    f"{{{_XS}}}{name}"
    for name in (
        "alternative openContent defaultOpenContent override assertion explicitTimezone".split()
    )
)
_XML_XSD = Path(xmlschema.__file__).parent / "schemas" / "XML" / "xml.xsd"

Check = Callable[[etree._Element], bool]
_CACHE_SIZE = 10_000


class FastAccept:
    """libxml2 + per-element assertions: ``accepts(tree)`` is True only for valid documents."""

    def __init__(self, schema: etree.XMLSchema, asserts: dict[str, list[Check]]) -> None:
        self._schema = schema
        self._asserts = asserts
        # an assertion sees only its element's subtree (a parentless fragment), so its
        # verdict is a function of that subtree's serialisation: the same date in every
        # header of a collection is evaluated once
        self._verdicts: dict[bytes, bool] = {}

    @classmethod
    def build(cls, xsd: etree._ElementTree) -> FastAccept | None:
        """The first pass for schema document ``xsd``, or None when the schema is outside
        what the first pass supports."""
        root = copy.deepcopy(xsd.getroot())
        if any(el.tag in _XSD11_ONLY for el in root.iter()):
            return None
        if next(root.iter(f"{{{_XS}}}include", f"{{{_XS}}}redefine"), None) is not None:
            return None
        for el in root.iter(f"{{{_XS}}}import"):
            if el.get("namespace") != _XML_NS:
                return None
            el.set("schemaLocation", _XML_XSD.as_uri())
        asserts = _assertions(root)
        if asserts is None:
            return None
        for el in list(root.iter(f"{{{_XS}}}assert")):
            el.getparent().remove(el)
        for el in root.iter():
            for name in [n for n in el.attrib if n.startswith(f"{{{_VC}}}")]:
                del el.attrib[name]
            el.attrib.pop("xpathDefaultNamespace", None)
        try:
            schema = etree.XMLSchema(etree.ElementTree(root))
        except etree.XMLSchemaParseError:
            return None  # libxml2 cannot read it (e.g. a 1.1 relaxation of UPA): slow path
        return cls(schema, asserts)

    def accepts(self, tree: etree._ElementTree) -> bool:
        root = tree.getroot()
        if root.xpath("boolean(//@*[namespace-uri() = $ns])", ns=_XSI):
            return False
        if not self._schema.validate(tree):
            return False
        if self._asserts:
            for el in root.iter(*self._asserts):
                if not self._holds(el):
                    return False
        return True

    def _holds(self, el: etree._Element) -> bool:
        key = etree.tostring(el, with_tail=False)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = all(check(el) for check in self._asserts[el.tag])
            if len(self._verdicts) < _CACHE_SIZE:
                self._verdicts[key] = verdict
        return verdict


def _assertions(root: etree._Element) -> dict[str, list[Check]] | None:
    """Each ``xs:assert`` as a check on the elements of one global declaration; None when an
    assertion sits anywhere else (a named or local type): the slow path then does all."""
    target = root.get("targetNamespace")
    namespaces = {prefix: uri for prefix, uri in root.nsmap.items() if prefix}
    found: dict[str, list[Check]] = {}
    for node in root.iter(f"{{{_XS}}}assert"):
        owner = node.getparent()
        while owner is not None and owner.tag != f"{{{_XS}}}element":
            if owner.tag == f"{{{_XS}}}complexType" and owner.get("name"):
                return None
            owner = owner.getparent()
        if owner is None or owner.getparent() is not root or not owner.get("name"):
            return None
        tag = f"{{{target}}}{owner.get('name')}" if target else str(owner.get("name"))
        default = node.get("xpathDefaultNamespace", root.get("xpathDefaultNamespace", "##local"))
        default_ns = {
            "##targetNamespace": target,
            "##defaultNamespace": root.nsmap.get(None),
            "##local": None,
        }.get(default, default)
        check = _check((node.get("test") or "true()").strip(), namespaces, default_ns)
        if check is None:
            return None
        found.setdefault(tag, []).append(check)
    return found


def _check(test: str, namespaces: dict[str, str], default: str | None) -> Check | None:
    """The XPath 2.0 ``test`` as a predicate on a parentless copy of an element's subtree
    (how XSD 1.1 evaluates assertions); None when elementpath cannot parse it."""
    parser = elementpath.XPath2Parser(
        namespaces={"xs": _XS, **namespaces}, default_namespace=default, strict=False
    )
    try:
        token = parser.parse(test)
    except elementpath.ElementPathError:
        return None

    def check(el: etree._Element) -> bool:
        try:
            context = elementpath.XPathContext(el, fragment=True)
            return bool(token.boolean_value(token.evaluate(context)))
        except elementpath.ElementPathError:
            return False  # let the full validation report it

    return check
