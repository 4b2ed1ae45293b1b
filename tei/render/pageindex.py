"""Page numbers of the print index, merged, for the PDF: ``Catavi 2–3``, not ``2, 2, 2, 3``.

A back-of-book index needs the page of every mention, which only the layout knows. CSS
``target-counter()`` can print a page number per mention, but it cannot compare one number with
the previous one, so duplicates and runs (``2, 2, 2, 3``) cannot be merged in CSS. So the PDF is
laid out in two passes:

1. the page *without* the index and the colophon is laid out (they follow the text and begin
   on a new page, so the text's pages do not depend on them), and the page of every mention's
   anchor is read from the laid-out pages (WeasyPrint's ``Page.anchors``);
2. each entry's ``a.index-page`` links are replaced by its merged locators: one per page, runs
   of consecutive pages as a range (``2–4``), each number linked to the first mention on that
   page; the final PDF is laid out from that page by :func:`tei.render.pdf.write_pdf`.

The print HTML (``--to print``) keeps the one-link-per-mention form, for paged-media engines
that lay it out themselves. A page without an index is laid out once, as before.
"""

from __future__ import annotations

import logging

from lxml import html as lxml_html

from tei.render.xslt import TRANSFORMS_DIR

DASH = "\u2013"


def has_index(page: str) -> bool:
    """Does the print page have a back-of-book index to resolve?"""
    return 'class="index-page"' in page


def anchor_pages(page: str) -> dict[str, int]:
    """Page number (1-based, as CSS ``counter(page)``) of every anchor of ``page``'s text."""
    from weasyprint import HTML

    from tei.render.pdf import _fetcher_class, _strip_links, bundled_fonts

    doc = lxml_html.document_fromstring(page)
    for section in doc.xpath(
        "//section[contains(concat(' ', @class, ' '), ' print-index ')]"
        " | //section[contains(concat(' ', @class, ' '), ' colophon ')]"
    ):
        section.getparent().remove(section)
    _strip_links(doc)
    text = "<!DOCTYPE html>\n" + lxml_html.tostring(doc, encoding="unicode")
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    font_config, fonts = bundled_fonts()
    laid = HTML(
        string=text, base_url=TRANSFORMS_DIR.as_uri() + "/", url_fetcher=_fetcher_class()()
    ).render(stylesheets=[fonts], font_config=font_config)
    where: dict[str, int] = {}
    for number, laid_page in enumerate(laid.pages, start=1):
        for name in laid_page.anchors:
            where.setdefault(name, number)
    return where


def merge(pages: list[tuple[int, str]]) -> list[tuple[int, str, int, str]]:
    """Runs of consecutive pages from (page, anchor) pairs: (first, its anchor, last, its
    anchor), each page's anchor being its first mention's."""
    first_anchor: dict[int, str] = {}
    for number, anchor in pages:
        first_anchor.setdefault(number, anchor)
    runs: list[tuple[int, str, int, str]] = []
    for number in sorted(first_anchor):
        anchor = first_anchor[number]
        if runs and runs[-1][2] == number - 1:
            runs[-1] = (runs[-1][0], runs[-1][1], number, anchor)
        else:
            runs.append((number, anchor, number, anchor))
    return runs


def resolve(page: str, where: dict[str, int] | None = None) -> str:
    """``page`` with each index entry's page links replaced by its merged locators."""
    if not has_index(page):
        return page
    if where is None:
        where = anchor_pages(page)
    doc = lxml_html.document_fromstring(page)
    for span in doc.xpath("//span[@class='index-pages']"):
        links = span.xpath("a[@class='index-page']")
        found = [(where.get(a.get("href", "")[1:]), a.get("href", "")[1:]) for a in links]
        if not found or any(number is None for number, _ in found):
            continue  # an anchor the layout did not place: keep target-counter() there
        for a in links:
            span.remove(a)
        span.text = None
        last = None
        for i, (start, start_id, end, end_id) in enumerate(merge(found)):  # type: ignore[arg-type]
            if i:
                last.tail = ", "  # type: ignore[union-attr]
            last = lxml_html.Element("a", {"class": "index-loc", "href": f"#{start_id}"})
            last.text = str(start)
            span.append(last)
            if end != start:
                last.tail = DASH
                last = lxml_html.Element("a", {"class": "index-loc", "href": f"#{end_id}"})
                last.text = str(end)
                span.append(last)
    return "<!DOCTYPE html>\n" + lxml_html.tostring(doc, encoding="unicode")
