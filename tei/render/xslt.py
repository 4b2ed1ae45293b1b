"""Compile the edition stylesheets lazily, cache them, and run them locked down.

Stylesheets are parsed with the toolkit's hardened parser (:func:`tei.xmlio.make_parser`)
plus a resolver that lets ``xsl:import``/``xsl:include``/``document()`` read only files inside
the folder the stylesheet came from (normally ``transforms/``). Transformations run with an
:class:`lxml.etree.XSLTAccessControl` that denies every write and all network access. Every
``xsl:message`` (libxslt logs them as errors) becomes a :class:`tei.diagnostics.Diagnostic`:
messages start with ``[error]``, ``[warning]`` or ``[info]`` and an optional ``code:``.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse
from xml.sax.saxutils import escape

from lxml import etree

from tei.diagnostics import Diagnostic, Severity
from tei.errors import RenderError
from tei.render import numbering
from tei.render.numbering import EXTENSIONS as _NUMBERING
from tei.resources import data_dir
from tei.xmlio import make_parser, read_bytes

#: The folder holding the entry stylesheets, their CSS and their assets.
TRANSFORMS_DIR = data_dir("transforms")

#: Reads are allowed (only through the resolver below); writes and network never.
ACCESS = etree.XSLTAccessControl(
    read_file=True, write_file=False, create_dir=False, read_network=False, write_network=False
)

#: Files served to ``document()`` as ``<text>…</text>`` so stylesheets can embed them.
TEXT_SUFFIXES = frozenset({".css", ".js", ".txt"})

_ASSETS: dict[str, tuple[tuple[int, int], str]] = {}


def asset_text(context: object, name: object) -> str:
    """XPath extension ``tk:asset-text('edition.css')``: the text of a CSS/JS/text file of the
    transforms folder, as ``document('edition.css')`` reads it there (line ends normalised like
    the XML parser's), read once per process and again only when the file changes: parsing it
    through the resolver on every page was a fifth of a small page's rendering."""
    text = str(name)
    path = TRANSFORMS_DIR / text
    if "/" in text or "\\" in text or path.suffix not in TEXT_SUFFIXES or text.startswith("."):
        raise RenderError(
            f"tk:asset-text({text!r}): only a .css, .js or .txt file of transforms/",
            code="render-forbidden-url",
        )
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _ASSETS.get(text)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    data = read_bytes(path).decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    _ASSETS[text] = (stamp, data)
    return data


_MESSAGE = re.compile(r"^\s*\[(error|warning|info)\]\s*(?:([a-z][a-z0-9-]*):\s*)?(.*)$", re.S)
_CACHE: dict[Path, etree.XSLT] = {}
EXTENSIONS = {**_NUMBERING, (numbering.NS, "asset-text"): asset_text}
_LOCK = threading.Lock()


class FolderResolver(etree.Resolver):
    """Serve files from one folder; refuse every other URL (network, other folders)."""

    def __init__(self, *roots: Path) -> None:
        super().__init__()
        self.roots = tuple(r.resolve() for r in roots)

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        if "file:" in system_url and not system_url.startswith("file:"):
            system_url = system_url[system_url.index("file:") :]  # libxml2 joined an absolute URI
        parsed = urlparse(system_url)
        if parsed.scheme not in ("", "file"):
            raise RenderError(
                f"stylesheet asked for {system_url}: only local files are read",
                code="render-forbidden-url",
            )
        path = Path(unquote(parsed.path)).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            raise RenderError(
                f"stylesheet asked for {path}: outside the allowed folders",
                code="render-forbidden-url",
            )
        data = read_bytes(path)
        if path.suffix in TEXT_SUFFIXES:  # document('edition.css'): text wrapped as XML
            text = data.decode("utf-8")
            data = b"<text>" + escape(text).encode("utf-8") + b"</text>"
        return self.resolve_string(data, context, base_url=path.as_uri())


def stylesheet_parser(root: Path) -> etree.XMLParser:
    """The hardened parser with a resolver confined to ``root`` and the transforms folder."""
    parser = make_parser()
    parser.resolvers.add(FolderResolver(root, TRANSFORMS_DIR))
    return parser


def load(path: Path) -> etree.XSLT:
    """Compile (once per process) the stylesheet at ``path``."""
    path = path.resolve()
    with _LOCK:
        cached = _CACHE.get(path)
        if cached is not None:
            return cached
        root = TRANSFORMS_DIR if path.is_relative_to(TRANSFORMS_DIR) else path.parent
        data = read_bytes(path)
        try:
            doc = etree.fromstring(data, stylesheet_parser(root), base_url=path.as_uri())
            xslt = etree.XSLT(doc.getroottree(), access_control=ACCESS, extensions=EXTENSIONS)
        except etree.XMLSyntaxError as exc:
            raise RenderError(
                f"stylesheet is not well-formed: {exc}", file=str(path), code="render-stylesheet"
            ) from None
        except etree.XSLTParseError as exc:
            raise RenderError(
                f"stylesheet does not compile: {exc}; {_log_text(exc.error_log)}",
                file=str(path),
                code="render-stylesheet",
            ) from None
        _CACHE[path] = xslt
        return xslt


_XSL = "{http://www.w3.org/1999/XSL/Transform}"


@functools.cache
def direct_turns(entry: Path) -> bool:
    """Whether html.xsl may render speaker turns itself (its internal ``turn-direct``): the
    only ``hook-turn`` the stylesheet at ``entry`` and what it imports and includes define is
    html.xsl's own (not print.xsl's, not an edition stylesheet's), so no override expects the
    turn's content as a parameter."""
    found: set[Path] = set()
    todo, seen = [entry], set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        try:
            root = etree.fromstring(read_bytes(path), make_parser(), base_url=path.as_uri())
        except Exception:  # unreadable here: the content parameter, as before
            return False
        for el in root:
            if el.tag in (f"{_XSL}import", f"{_XSL}include"):
                href = el.get("href", "")
                if href.startswith("file:"):
                    href = unquote(urlparse(href).path)
                todo.append((path.parent / href).resolve())
            elif el.tag == f"{_XSL}template" and el.get("name") == "hook-turn":
                found.add(path)
    return found == {(TRANSFORMS_DIR / "html.xsl").resolve()}


def _log_text(log: etree._ListErrorLog) -> str:
    return "; ".join(f"line {e.line}: {e.message}" for e in log)


@dataclass
class Transformed:
    """The result tree of one transformation and the diagnostics its messages produced."""

    result: etree._XSLTResultTree
    diagnostics: list[Diagnostic] = field(default_factory=list)


def run(
    path: Path, tree: etree._ElementTree, params: dict[str, str], source: str | None = None
) -> Transformed:
    """Apply the stylesheet at ``path`` to ``tree`` with already-quoted XSLT ``params``."""
    xslt = load(path)
    numbering.reset()
    if direct_turns(path.resolve()):
        params = {**params, "turn-direct": "true()"}
    try:
        result = xslt(tree, **params)
    except etree.XSLTApplyError as exc:
        diags = messages(xslt.error_log, source)
        detail = "; ".join(d.message for d in diags if d.severity == "error") or str(exc)
        raise RenderError(
            f"{path.name} failed: {detail}", file=source, code="render-xslt"
        ) from None
    return Transformed(result, messages(xslt.error_log, source))


def messages(log: etree._ListErrorLog, source: str | None = None) -> list[Diagnostic]:
    """Turn libxslt's error log (``xsl:message`` output included) into diagnostics."""
    out: list[Diagnostic] = []
    for entry in log:
        match = _MESSAGE.match(entry.message or "")
        severity: Severity
        if match:
            severity = match.group(1)  # type: ignore[assignment]
            code = match.group(2) or "xslt-message"
            text = match.group(3).strip()
        else:
            severity = "error" if entry.level_name in ("ERROR", "FATAL") else "warning"
            code = "xslt"
            text = (entry.message or "").strip()
        out.append(Diagnostic(severity, code, text, file=source))
    return out


def clear_cache() -> None:
    """Forget compiled stylesheets (tests that edit stylesheets use this)."""
    with _LOCK:
        _CACHE.clear()
        direct_turns.cache_clear()
