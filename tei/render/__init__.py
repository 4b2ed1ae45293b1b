"""Render a TEI tree as an edition: HTML page, plain text, paged HTML for print, or PDF.

    render(tree, "html" | "text" | "print" | "pdf", params=None) -> str | bytes

The XSLT 1.0 stylesheets in ``transforms/`` do the work (``html.xsl``, ``text.xsl``,
``print.xsl``, all importing ``common.xsl``); ``pdf`` is ``print`` laid out by WeasyPrint.
:func:`render_report` also returns the diagnostics the stylesheets emitted (for example the
unhandled-element report asked for with ``report-unhandled``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from lxml import etree

from tei.dates import source_date_epoch
from tei.diagnostics import Diagnostic
from tei.errors import UsageError
from tei.render import params as _params
from tei.render import xslt
from tei.render.notecalls import tighten

Output = Literal["html", "text", "print", "pdf"]
OUTPUTS: dict[str, str] = {
    "html": "html.xsl",
    "text": "text.xsl",
    "print": "print.xsl",
    "pdf": "print.xsl",
}

__all__ = ["OUTPUTS", "Rendered", "declared_params", "render", "render_report", "stylesheet_for"]


@dataclass
class Rendered:
    """What a rendering produced: the output and the stylesheets' diagnostics."""

    output: str | bytes
    diagnostics: list[Diagnostic] = field(default_factory=list)


def stylesheet_for(to: str, stylesheet: str | os.PathLike[str] | None = None) -> Path:
    """The entry stylesheet for an output (or the edition's own stylesheet when given)."""
    if to not in OUTPUTS:
        raise UsageError(
            f"unknown output {to!r}; choose from: {', '.join(OUTPUTS)}", code="render-output"
        )
    if stylesheet is not None:
        return Path(stylesheet).resolve()
    return xslt.TRANSFORMS_DIR / OUTPUTS[to]


def declared_params(
    to: str, stylesheet: str | os.PathLike[str] | None = None
) -> dict[str, _params.Param]:
    """The parameters an output accepts, with their types, defaults and documentation."""
    return _params.declarations(stylesheet_for(to, stylesheet))


def render(
    tree: etree._ElementTree | etree._Element,
    to: str,
    params: Mapping[str, _params.Value] | None = None,
    *,
    stylesheet: str | os.PathLike[str] | None = None,
    source: str | None = None,
) -> str | bytes:
    """Render ``tree`` as ``to`` ("html", "text", "print": str; "pdf": bytes)."""
    return render_report(tree, to, params, stylesheet=stylesheet, source=source).output


def render_report(
    tree: etree._ElementTree | etree._Element,
    to: str,
    params: Mapping[str, _params.Value] | None = None,
    *,
    stylesheet: str | os.PathLike[str] | None = None,
    source: str | None = None,
) -> Rendered:
    """Like :func:`render`, also returning the diagnostics emitted while rendering."""
    path = stylesheet_for(to, stylesheet)
    values = dict(params or {})
    if to in ("print", "pdf") and "pdf-date" not in values:
        epoch = source_date_epoch("%Y-%m-%dT%H:%M:%SZ")
        if epoch:
            values["pdf-date"] = epoch
    quoted = _params.to_xslt(_params.declarations(path), values)
    doc = tree if isinstance(tree, etree._ElementTree) else tree.getroottree()
    done = xslt.run(path, doc, quoted, source)
    if to == "text":
        from tei.render.wrap import wrap_marked

        decl = _params.declarations(path).get("wrap-width")
        width = int(quoted.get("wrap-width", decl.default if decl else "72"))
        text = wrap_marked(str(done.result), width)
        return Rendered(text.strip("\n") + "\n", done.diagnostics)
    html = tighten(str(done.result))  # no space before a note call
    if to == "pdf":
        from tei.render.pageindex import resolve
        from tei.render.pdf import write_pdf

        html = resolve(html)  # the index's merged page numbers (a first layout of the text)
        variant = str(values.get("pdf-variant", "")) or None
        return Rendered(write_pdf(html, variant=variant), done.diagnostics)
    return Rendered(html, done.diagnostics)
