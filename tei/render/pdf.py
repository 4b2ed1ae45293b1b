"""Lay out the print edition's paged HTML as PDF with WeasyPrint, fetching nothing outside.

The URL fetcher serves only files inside ``transforms/`` and ``data:`` URLs; every other URL
(network, other folders) is refused. ``javascript:`` and other script links, and links relative
to the page, are removed before layout. The PDF identifier is derived from the HTML, so the same
input gives the same bytes (the creation date comes from the page's ``dcterms.created`` meta, set
by print.xsl).
"""

from __future__ import annotations

import base64
import hashlib
import logging
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes, urlparse

from lxml import html as lxml_html

from tei.errors import RenderError
from tei.render.xslt import TRANSFORMS_DIR

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
    if not changed:
        return page
    return "<!DOCTYPE html>\n" + lxml_html.tostring(doc, encoding="unicode")


def write_pdf(page: str, *, variant: str | None = None) -> bytes:
    """The PDF of a paged-media HTML page (``variant``: e.g. ``pdf/a-3b`` for archiving)."""
    try:
        from weasyprint import HTML
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RenderError(
            "PDF output needs WeasyPrint: pip install 'tei-edition-toolkit[pdf]'",
            code="render-pdf-missing",
        ) from exc
    page = strip_script_links(page)
    fetcher = _fetcher_class()()
    identifier = hashlib.sha256(page.encode("utf-8")).hexdigest()[:32].encode("ascii")
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    try:
        doc = HTML(string=page, base_url=TRANSFORMS_DIR.as_uri() + "/", url_fetcher=fetcher)
        data = doc.write_pdf(pdf_identifier=identifier, pdf_variant=variant or None)
    except ValueError as exc:
        raise RenderError(f"PDF layout failed: {exc}", code="render-pdf") from None
    return bytes(data)
