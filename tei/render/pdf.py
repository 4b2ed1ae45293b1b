"""Lay out the print edition's paged HTML as PDF with WeasyPrint, fetching nothing outside.

The URL fetcher serves only files inside ``transforms/`` and ``data:`` URLs; every other URL
(network, other folders) is refused. ``javascript:`` and other script links, and links relative
to the page, are removed before layout.

Fonts: every PDF embeds the toolkit's own fonts (``transforms/fonts/``, declared in
``fonts.css``), so the layout does not depend on the fonts a machine happens to have.

The same page gives the same bytes, on any machine with the same library versions:

- the PDF identifier is derived from the HTML, and the creation date comes from the page's
  ``dcterms.created`` meta (set by print.xsl);
- the embedded font subsets carry no clock. Without the HarfBuzz-Subset library, WeasyPrint
  subsets fonts with fontTools, whose ``TTFont.save`` stamps the current time into each
  subset's ``head.modified`` field: two renders a second apart then differed. fontTools takes
  that time from ``SOURCE_DATE_EPOCH`` when it is set (the reproducible-builds convention), so
  the layout runs with it set: the caller's value if there is one, else the page's date.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import hashlib
import logging
import os
import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, unquote_to_bytes, urlparse

from lxml import html as lxml_html

from tei.errors import RenderError
from tei.render.xslt import TRANSFORMS_DIR

FONTS_DIR = TRANSFORMS_DIR / "fonts"
_ENV_LOCK = threading.Lock()
_FONTS_LOCK = threading.Lock()
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
_LINK_SCHEMES = ("#", "http://", "https://", "mailto:")
_MIME = {
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
}


def _fetcher_class() -> type:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class EditionFetcher(URLFetcher):  # type: ignore[misc]
        """Serve the transforms folder and data: URLs; refuse everything else."""

        def __init__(self, root: Path = TRANSFORMS_DIR) -> None:
            super().__init__(allowed_protocols=("file", "data"))
            self.root = root.resolve()
            self.refused: list[str] = []

        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            if url.startswith("data:"):
                meta, _, payload = url[5:].partition(",")
                body = (
                    base64.b64decode(payload)
                    if meta.endswith(";base64")
                    else unquote_to_bytes(payload)
                )
                mime = meta.split(";")[0] or "text/plain"
                return URLFetcherResponse(url, body, {"Content-Type": mime})
            parsed = urlparse(url)
            if parsed.scheme == "file":
                path = Path(unquote(parsed.path)).resolve()
                if path.is_relative_to(self.root) and path.is_file():
                    mime = _MIME.get(path.suffix, "application/octet-stream")
                    return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})
            self.refused.append(url)
            raise ValueError(f"refused to fetch {url}: outside the edition's files")

    return EditionFetcher


def strip_script_links(page: str) -> str:
    """Drop href/src attributes whose scheme could run script or smuggle content, and links
    that are neither internal (``#id``) nor web or mail addresses: in the PDF a relative link
    would resolve against the toolkit's own folder (a dead link naming a local path)."""
    doc = lxml_html.document_fromstring(page)
    return _serialise(doc) if _strip_links(doc) else page


def _strip_links(doc: lxml_html.HtmlElement) -> bool:
    """:func:`strip_script_links` on a parsed page, in place; True when it changed."""
    changed = False
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("href", "src"):
            value = "".join((el.get(attr) or "").split()).lower()
            if value.startswith(_UNSAFE_SCHEMES) or (
                el.tag == "a" and attr == "href" and not value.startswith(_LINK_SCHEMES)
            ):
                del el.attrib[attr]
                changed = True
    return changed


def _serialise(doc: lxml_html.HtmlElement) -> str:
    return "<!DOCTYPE html>\n" + lxml_html.tostring(doc, encoding="unicode")


def page_epoch(doc: lxml_html.HtmlElement) -> int:
    """Seconds since 1970 of the page's ``dcterms.created`` date (0 when it has none)."""
    for value in doc.xpath("//meta[@name='dcterms.created']/@content"):
        text = str(value).strip()
        for length, pattern in ((10, "%Y-%m-%d"), (7, "%Y-%m"), (4, "%Y")):
            try:
                moment = datetime.strptime(text[:length], pattern)
            except ValueError:
                continue
            return max(0, int(moment.replace(tzinfo=UTC).timestamp()))
    return 0


@contextlib.contextmanager
def clock_free_fonts(epoch: int) -> Iterator[None]:
    """Run with ``SOURCE_DATE_EPOCH`` set (unless the caller set it), so that fontTools stamps
    font subsets with ``epoch`` instead of the current time."""
    with _ENV_LOCK:
        previous = os.environ.get("SOURCE_DATE_EPOCH")
        if previous is None:
            os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop("SOURCE_DATE_EPOCH", None)


_FONTS: dict[str, Any] = {}


def bundled_fonts() -> tuple[Any, Any]:
    """(font configuration, stylesheet) of the toolkit's own fonts, made once per process.

    WeasyPrint copies every ``@font-face`` font into a temporary folder of the configuration,
    which it removes only when the configuration is collected: one configuration per PDF cost
    2 MB of copies each time and left a folder behind whenever a process ended before
    collecting it. One shared configuration, removed at exit, does neither.
    """
    with _FONTS_LOCK:
        if not _FONTS:
            from weasyprint import CSS
            from weasyprint.text.fonts import FontConfiguration

            config = FontConfiguration()
            _FONTS["config"] = config
            _FONTS["css"] = CSS(
                filename=str(FONTS_DIR / "fonts.css"),
                url_fetcher=_fetcher_class()(),
                font_config=config,
            )
            atexit.register(_remove_font_copies)
        return _FONTS["config"], _FONTS["css"]


def _remove_font_copies() -> None:
    config = _FONTS.pop("config", None)
    _FONTS.clear()
    folder = getattr(config, "_folder", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def write_pdf(page: str, *, variant: str | None = None) -> bytes:
    """The PDF of a paged-media HTML page (``variant``: e.g. ``pdf/a-3b`` for archiving)."""
    try:
        from weasyprint import HTML
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RenderError(
            "PDF output needs WeasyPrint: pip install 'tei-edition-toolkit[pdf]'",
            code="render-pdf-missing",
        ) from exc
    doc = lxml_html.document_fromstring(page)  # parsed once: links stripped, date read
    if _strip_links(doc):
        page = _serialise(doc)
    epoch = page_epoch(doc)
    fetcher = _fetcher_class()()
    identifier = hashlib.sha256(page.encode("utf-8")).hexdigest()[:32].encode("ascii")
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    try:
        with clock_free_fonts(epoch):
            font_config, fonts = bundled_fonts()
            doc = HTML(string=page, base_url=TRANSFORMS_DIR.as_uri() + "/", url_fetcher=fetcher)
            data = doc.write_pdf(
                pdf_identifier=identifier,
                pdf_variant=variant or None,
                pdf_tags=True,  # a tagged PDF: structure for screen readers and reflow
                stylesheets=[fonts],
                font_config=font_config,
            )
    except ValueError as exc:
        raise RenderError(f"PDF layout failed: {exc}", code="render-pdf") from None
    return bytes(data)
