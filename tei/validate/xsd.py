"""W3C XML Schema layers (xmlschema): the project profile and a project's own XSDs.

xmlschema's findings are turned into diagnostics with stable codes:

``<prefix>-element``    an element that the schema does not know at all
``<prefix>-content``    a known element in the wrong place, or missing a required child
``<prefix>-attribute``  an attribute that is not allowed, or a required one missing
``<prefix>-value``      an attribute value or text of the wrong form
``<id>``                an ``xs:assert`` with an ``@id`` (its documentation is the message)
``<prefix>-invalid``    anything else

``<prefix>`` is ``profile`` for the built-in profile and ``xsd`` for other schemas.
Schemas are read with xmlschema's sandbox (``allow="sandbox"``: only files beside the
schema), entity expansion defused, and schema locations named inside documents are
never honoured.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import xmlschema
from lxml import etree
from xmlschema.validators.exceptions import (
    XMLSchemaChildrenValidationError,
    XMLSchemaValidationError,
)

from tei.diagnostics import Diagnostic
from tei.errors import UsageError
from tei.validate.base import element_name, element_path, located, tag_name
from tei.validate.xsd_fast import FastAccept
from tei.xmlio import TEI_NS, parse_file

_VC_NS = "http://www.w3.org/2007/XMLSchema-versioning"
_XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_ATTR_NOT_ALLOWED = re.compile(r"'([^']+)' attribute not allowed")
_ATTR_MISSING = re.compile(r"missing required attribute '([^']+)'")
_ATTR_VALUE = re.compile(r"^attribute (\S+?)='(.*?)': (.*)$", re.S)
_TEMPORAL_HINT = "a date such as 1965, 1965-03 or 1965-03-12"
#: Past these sizes xmlschema's cost per finding grows with the element (it counts and
#: indexes lxml children by walking them, and prints every attribute into each attribute
#: error), so such a document is checked on a plain ElementTree copy instead: same
#: findings (tests/test_validate_support.py compares), linear time.
WIDE_ELEMENT = 64  # attributes on one element
LONG_ELEMENT = 256  # children of one element


def load_xsd(path: Path, *, version: str | None = None) -> xmlschema.XMLSchemaBase:
    """Compile an XSD (1.0, or 1.1 when it says ``vc:minVersion="1.1"``) in a sandbox.

    Raises :class:`ReadError` when the file is missing or not XML, and
    :class:`UsageError` when it is XML but not a schema that compiles.
    """
    return _compile(path, parse_file(path).getroot(), version)


def load_xsd_with_fast_path(
    path: Path, *, version: str | None = None, lazy: bool = False
) -> tuple[xmlschema.XMLSchemaBase | Callable[[], xmlschema.XMLSchemaBase], FastAccept | None]:
    """:func:`load_xsd`, plus the libxml2 first pass when the schema allows one.

    ``lazy``: when there is a first pass, return a function that compiles the xmlschema
    schema on first call (about 1.2 s for the profile), so that runs where every document
    is valid never compile it. Only for schemas known to compile, such as the profile.
    """
    document = parse_file(path)  # the hardened parser vets the bytes first
    fast = FastAccept.build(document)
    if lazy and fast is not None:
        return functools.cache(lambda: _compile(path, document.getroot(), version)), fast
    return _compile(path, document.getroot(), version), fast


def _compile(path: Path, root: etree._Element, version: str | None) -> xmlschema.XMLSchemaBase:
    if version is None:
        version = "1.1" if root.get(f"{{{_VC_NS}}}minVersion", "1.0") >= "1.1" else "1.0"
    cls = xmlschema.XMLSchema11 if version == "1.1" else xmlschema.XMLSchema10
    try:
        return cls(
            str(path.resolve()),
            base_url=str(path.resolve().parent),
            allow="sandbox",
            defuse="always",
        )
    except Exception as exc:  # xmlschema raises many kinds; all mean "does not compile"
        first = " ".join(str(exc).split())[:300]
        raise UsageError(
            f"schema does not compile: {first}", file=str(path), code="schema-invalid"
        ) from None


class XsdLayer:
    """Validate documents against one XSD (compiled by xmlschema, now or when first needed)."""

    def __init__(
        self,
        schema: xmlschema.XMLSchemaBase | Callable[[], xmlschema.XMLSchemaBase],
        name: str,
        *,
        prefix: str = "xsd",
        root: str | None = None,
        skip_duplicate_ids: bool = False,
        fast: FastAccept | None = None,
    ) -> None:
        self._schema = schema
        self.fast = fast
        self.name = name
        self.prefix = prefix
        self.root = root
        self.skip_duplicate_ids = skip_duplicate_ids

    @property
    def schema(self) -> xmlschema.XMLSchemaBase:
        if not isinstance(self._schema, xmlschema.XMLSchemaBase):
            self._schema = self._schema()
        return self._schema

    @functools.cached_property
    def _known(self) -> set[str]:
        return {c.name for c in self.schema.maps.elements.values() if c.name}

    def check(self, tree: etree._ElementTree, file: str) -> list[Diagnostic]:
        """Validate ``tree``; instance-named schema locations are ignored."""
        root = tree.getroot()
        if self.root and root.tag != self.root:
            return [
                Diagnostic(
                    "error",
                    f"{self.prefix}-root",
                    f"the root element is <{element_name(root)}>; a TEI document starts with "
                    f'<TEI xmlns="{TEI_NS}">',
                    file,
                    root.sourceline,
                    None,
                    element_path(root),
                )
            ]
        if self.fast is not None and self.fast.accepts(tree):
            return []  # valid: the full validation would find nothing (see xsd_fast)
        source: etree._ElementTree | ET.ElementTree = tree
        back: dict[int, etree._Element] | None = None
        if _oversized(tree.getroot()):
            plain, back = _plain_copy(tree.getroot())
            source = ET.ElementTree(plain)
        resource = xmlschema.XMLResource(source, allow="none", defuse="always")
        found: list[Diagnostic] = self._instance_attributes(tree, file) if self.root else []
        seen: set[tuple[int | None, str]] = set()
        for error in self.schema.iter_errors(resource, use_location_hints=False):
            diagnostic = self._diagnostic(error, file, back)
            if diagnostic is None:
                continue
            key = (diagnostic.line, diagnostic.message)
            if key not in seen:
                seen.add(key)
                found.append(diagnostic)
        return found

    def _instance_attributes(self, tree: etree._ElementTree, file: str) -> list[Diagnostic]:
        """xsi:* attributes: XSD accepts them everywhere, TEI does not (and xsi:type could
        switch validation off), so the profile reports each one."""
        found = []
        for attribute in tree.xpath("//@*[namespace-uri() = $ns]", ns=_XSI_NS):
            owner = attribute.getparent()
            name = etree.QName(attribute.attrname).localname
            message = (f"attribute @xsi:{name} is not allowed on <{element_name(owner)}> "
                       "(schema locations and types named in a document are never used)")
            found.append(self._make("attribute", message, file, owner.sourceline,
                                    element_path(owner)))
        return found

    # -- mapping xmlschema errors ------------------------------------------------

    def _diagnostic(
        self,
        error: XMLSchemaValidationError,
        file: str,
        back: dict[int, etree._Element] | None = None,
    ) -> Diagnostic | None:
        elem = _original(getattr(error, "elem", None), back)
        reason = " ".join(str(error.reason or error.message).split())
        if isinstance(error, XMLSchemaChildrenValidationError):
            return self._children(error, elem, file, reason, back)
        where = element_path(elem)
        name = element_name(elem) if elem is not None else "?"
        line = elem.sourceline if elem is not None else None
        validator = getattr(error, "validator", None)
        if type(validator).__name__ == "XsdAssert":
            return self._assertion(validator, name, line, where, file)
        if "duplicated xs:ID" in reason and self.skip_duplicate_ids:
            return None  # the Schematron rule tei-id-unique reports it, with a better message
        match = _ATTR_NOT_ALLOWED.search(reason)
        if match:
            message = f"attribute @{_attr(match.group(1))} is not allowed on <{name}>"
            return self._make("attribute", message, file, line, where)
        match = _ATTR_MISSING.search(reason)
        if match:
            message = f"<{name}> needs the attribute @{_attr(match.group(1))}"
            return self._make("attribute", message, file, line, where)
        match = _ATTR_VALUE.match(reason)
        if match:
            attr, value, why = _attr(match.group(1)), match.group(2), match.group(3)
            if "duplicated xs:ID" in why:
                message = f'xml:id "{value}" is used more than once'
            elif re.search(r"Gregorian|datetime|gYear|000\[1-9\]", why, re.I):
                message = f'@{attr}="{value}" on <{name}> is not {_TEMPORAL_HINT}'
            else:
                message = f'@{attr}="{value}" on <{name}> is not a valid value: {_short(why)}'
            return self._make("value", message, file, line, where)
        if "character data" in reason and "not allowed" in reason:
            message = f"text is not allowed directly inside <{name}> (put it in an element)"
            return self._make("content", message, file, line, where)
        if "is not an element of the schema" in reason:
            message = f"<{name}> is not an element of schema {self.name}"
            return self._make("element", message, file, line, where)
        return self._make("invalid", f"<{name}>: {_short(reason)}", file, line, where)

    def _children(
        self,
        error: XMLSchemaChildrenValidationError,
        elem: etree._Element | None,
        file: str,
        reason: str,
        back: dict[int, etree._Element] | None = None,
    ) -> Diagnostic:
        parent = element_name(elem) if elem is not None else "?"
        child = _original(error.invalid_child, back)
        expected = _expected(error)
        if child is not None:
            name = element_name(child)
            where, line = element_path(child), child.sourceline
            if child.tag not in self._known:
                message = f"element <{name}> is not in {self._schema_words()}"
                if etree.QName(child).namespace == "http://www.w3.org/2001/XInclude":
                    message += " (XInclude is never processed)"
                return self._make("element", message, file, line, where)
            message = f"<{name}> is not allowed here inside <{parent}>"
            if expected:
                message += f"; expected {expected}"
            return self._make("content", message, file, line, where)
        where = element_path(elem)
        line = elem.sourceline if elem is not None else None
        if "not complete" in reason:
            message = f"<{parent}> is incomplete" + (f": expected {expected}" if expected else "")
        else:
            message = f"<{parent}>: {_short(reason)}"
        return self._make("content", message, file, line, where)

    def _assertion(
        self, validator: object, name: str, line: int | None, where: str | None, file: str
    ) -> Diagnostic:
        elem = getattr(validator, "elem", None)
        code = elem.get("id") if elem is not None else None
        text = ""
        annotation = getattr(validator, "annotation", None)
        for doc in getattr(annotation, "documentation", None) or []:
            text = " ".join("".join(doc.itertext()).split())
            break
        message = f"<{name}>: {text or 'assertion ' + repr(getattr(validator, 'path', ''))}"
        return Diagnostic(
            "error", code or f"{self.prefix}-assert", located(message, where), file, line, None,
            where,
        )

    def _make(
        self, kind: str, message: str, file: str, line: int | None, where: str | None
    ) -> Diagnostic:
        return Diagnostic(
            "error", f"{self.prefix}-{kind}", located(message, where), file, line, None, where
        )

    def _schema_words(self) -> str:
        if self.prefix == "profile":
            return "the project profile (docs/profile.md lists the elements allowed)"
        return f"schema {self.name}"


class _Attributes(dict[str, str]):
    """An attribute dict that prints short: xmlschema puts it into every attribute error."""

    def __repr__(self) -> str:
        return f"<{len(self)} attributes>"


def _oversized(root: etree._Element) -> bool:
    return any(len(el.attrib) > WIDE_ELEMENT or len(el) > LONG_ELEMENT for el in root.iter())


def _plain_copy(root: etree._Element) -> tuple[ET.Element, dict[int, etree._Element]]:
    """``root`` as an ElementTree element (comments and processing instructions become
    comments, which XSD ignores), and a map from each copy back to its original."""
    back: dict[int, etree._Element] = {}

    def copy(node: etree._Element) -> ET.Element:
        if isinstance(node.tag, str):
            new = ET.Element(node.tag)
            new.attrib = _Attributes(node.attrib)
            new.text = node.text
        else:
            new = ET.Comment(node.text if node.tag is etree.Comment else "")
        new.tail = node.tail
        back[id(new)] = node
        return new

    top = copy(root)
    stack = [(root, top)]
    while stack:
        node, new = stack.pop()
        for child in node:
            made = copy(child)
            new.append(made)
            if isinstance(child.tag, str) and len(child):
                stack.append((child, made))
    return top, back


def _original(node: object, back: dict[int, etree._Element] | None) -> etree._Element | None:
    """The lxml element an xmlschema finding is about (through the copy's map, if any)."""
    if back is not None:
        found = back.get(id(node)) if node is not None else None
        return found if found is not None and isinstance(found.tag, str) else None
    return node if isinstance(node, etree._Element) else None


def _attr(name: str) -> str:
    return name.replace("{http://www.w3.org/XML/1998/namespace}", "xml:")


def _short(text: str, limit: int = 200) -> str:
    text = re.sub(r"\{http://www\.tei-c\.org/ns/1\.0\}", "", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _expected(error: XMLSchemaChildrenValidationError) -> str:
    """The expected elements, as ``<p>, <ab> or <lg>`` (deduplicated, at most eight)."""
    names: list[str] = []
    for particle in error.expected or []:
        tag = getattr(particle, "name", None)
        if tag and tag_name(tag) not in names:
            names.append(tag_name(tag))
    if not names:
        return ""
    shown = [f"<{n}>" for n in names[:8]]
    more = " …" if len(names) > 8 else ""
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + f" or {shown[-1]}{more}"
