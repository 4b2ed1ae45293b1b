"""Stylesheet parameters: read their declarations, check and quote the values given.

Each parameter is declared once, in the stylesheet that uses it, as
``<xsl:param name="…" select="default" p:type="boolean|integer|string|enum" p:values="a|b"
p:doc="…"/>`` (``p`` = ``urn:tei-edition-toolkit:params``). :func:`declarations` follows
``xsl:import``/``xsl:include`` from an entry stylesheet; :func:`to_xslt` turns Python or
command-line values into XPath expressions (real booleans, numbers, quoted strings).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lxml import etree

from tei.errors import UsageError
from tei.render.xslt import stylesheet_parser
from tei.xmlio import read_bytes

P_NS = "urn:tei-edition-toolkit:params"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
ParamType = Literal["boolean", "integer", "string", "enum"]
Value = str | int | bool

_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


@dataclass(frozen=True)
class Param:
    """One declared stylesheet parameter."""

    name: str
    type: ParamType
    default: str
    doc: str
    values: tuple[str, ...] = ()
    stylesheet: str = ""

    def convert(self, value: Value) -> str:
        """Check ``value`` against the declared type; return it as an XPath expression."""
        text = str(value).strip()
        if self.type == "boolean":
            low = text.lower()
            if isinstance(value, bool):
                return "true()" if value else "false()"
            if low in _TRUE:
                return "true()"
            if low in _FALSE:
                return "false()"
            raise UsageError(
                f"parameter {self.name} is a boolean (true/false), not {text!r}",
                code="render-param",
            )
        if self.type == "integer":
            if isinstance(value, bool) or not re.fullmatch(r"-?\d+", text):
                raise UsageError(
                    f"parameter {self.name} is an integer, not {text!r}", code="render-param"
                )
            return str(int(text))
        if self.type == "enum" and text not in self.values:
            raise UsageError(
                f"parameter {self.name} must be one of {', '.join(self.values)}, not {text!r}",
                code="render-param",
            )
        return etree.XSLT.strparam(str(value))  # type: ignore[return-value]


def _default_text(select: str) -> str:
    """The default as a reader would write it: 'x' → x, true() → true."""
    select = select.strip()
    if select in ("true()", "false()"):
        return select[:-2]
    if len(select) >= 2 and select[0] == select[-1] and select[0] in "'\"":
        return select[1:-1]
    return select


@functools.cache
def declarations(entry: Path) -> dict[str, Param]:
    """Every parameter visible from the entry stylesheet (importing ones override imported)."""
    found: dict[str, Param] = {}
    _collect(entry.resolve(), found, set())
    return dict(sorted(found.items()))


def _collect(path: Path, found: dict[str, Param], seen: set[Path]) -> None:
    if path in seen:
        return
    seen.add(path)
    root = etree.fromstring(
        read_bytes(path), stylesheet_parser(path.parent), base_url=path.as_uri()
    )
    # imported modules have lower precedence: collect them first so this module overrides
    for imp in root.iterfind(f"{{{XSL_NS}}}import"):
        _collect((path.parent / imp.get("href", "")).resolve(), found, seen)
    for el in root.iterfind(f"{{{XSL_NS}}}param"):
        ptype = el.get(f"{{{P_NS}}}type")
        if ptype is None:
            continue
        name = el.get("name", "")
        found[name] = Param(
            name=name,
            type=ptype,  # type: ignore[arg-type]
            default=_default_text(el.get("select", "''")),
            doc=" ".join(el.get(f"{{{P_NS}}}doc", "").split()),
            values=tuple(v for v in el.get(f"{{{P_NS}}}values", "").split("|") if v),
            stylesheet=path.name,
        )
    for inc in root.iterfind(f"{{{XSL_NS}}}include"):
        _collect((path.parent / inc.get("href", "")).resolve(), found, seen)


def to_xslt(decls: Mapping[str, Param], values: Mapping[str, Value] | None) -> dict[str, str]:
    """Quote ``values`` for lxml; unknown names raise :class:`UsageError` listing the choices."""
    out: dict[str, str] = {}
    for name, value in (values or {}).items():
        param = decls.get(name)
        if param is None:
            raise UsageError(
                f"unknown parameter {name!r}; choose from: {', '.join(decls)}", code="render-param"
            )
        out[name] = param.convert(value)
    return out


def parse_assignments(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """Turn command-line ``name=value`` strings into a dict (a missing ``=`` is an error)."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param wants name=value, not {item!r}", code="render-param")
        out[name.strip()] = value
    return out
