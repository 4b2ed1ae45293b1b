"""Browsing the collection: facets read from each document's TEI, and the pages that
list documents by year, by periodical and by person (author or participant).

Every list is static HTML: sorted by date or by title (one set of pages per order),
cut into pages of ``PAGE_SIZE`` rows, so a collection of 10,000 documents gives many
small pages rather than one huge one. A small script (``site.js``) sorts a table's rows
by any column when JavaScript is on; without it the pages work as they are.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from html import escape
from typing import Any

from lxml import etree

from tei.xmlio import xpath

PAGE_SIZE = 100
ORDERS = (("date", "by date"), ("title", "by title"))
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

Page = Callable[..., bytes]  # site.page


# ------------------------------------------------------------------ facets (in the worker)
def facets(tree: etree._ElementTree) -> dict[str, Any]:
    """What the browse pages and the search filters need beyond ``pipeline.metadata``:
    periodical, year and decade, authors and the kind of text."""
    root = tree.getroot()

    def text(path: str) -> str:
        return " ".join(str(xpath(f"normalize-space({path})")(root)).split())

    periodical = text(
        "(//tei:sourceDesc//tei:monogr/tei:title[@level='j']"
        " | //tei:sourceDesc//tei:monogr/tei:title)[1]"
    )
    authors = []
    for author in xpath("//tei:titleStmt/tei:author | //tei:sourceDesc//tei:analytic/tei:author")(
        root
    ):
        name = " ".join(str(xpath("normalize-space(.)")(author)).split())
        if name and name not in authors:
            authors.append(name)
    return {"periodical": periodical, "authors": authors, "kind": kind_of_text(root)}


def kind_of_text(root: etree._Element) -> str:
    """interview, drama, letter or prose: the header's classification when it has one."""
    declared = xpath(
        "normalize-space((//tei:profileDesc/tei:textClass//tei:term | /tei:TEI/tei:text/@type)[1])"
    )(root)
    if declared:
        return str(declared).lower()
    if xpath("boolean(//tei:text//tei:castList)")(root):
        return "drama"
    if xpath("boolean(//tei:text//tei:sp)")(root):
        return "interview"
    if xpath("boolean(//tei:correspDesc | //tei:text//tei:opener | //tei:text//tei:closer)")(root):
        return "letter"
    return "prose"


def year(doc: dict[str, Any]) -> str:
    date = doc.get("meta", {}).get("date", "")
    return date[:4] if re.fullmatch(r"\d{4}", date[:4]) else ""


def decade(value: str) -> str:
    return f"{value[:3]}0s" if value else ""


def people(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, role) for every author and participant of a document."""
    meta = doc.get("meta", {})
    found = [(a, "author") for a in meta.get("authors", [])]
    found += [(p, "participant") for p in meta.get("participants", []) if p]
    return found


# ------------------------------------------------------------------ orders and keys
def by_date(doc: dict[str, Any]) -> tuple[Any, ...]:
    meta = doc.get("meta", {})
    date = meta.get("date", "")
    return (date == "", date, meta.get("title", "").casefold(), doc["slug"])


def by_title(doc: dict[str, Any]) -> tuple[Any, ...]:
    meta = doc.get("meta", {})
    return (meta.get("title", doc["slug"]).casefold(), meta.get("date", ""), doc["slug"])


SORT = {"date": by_date, "title": by_title}


def key(value: str) -> str:
    """A file-name-safe key for a facet value: readable ASCII and a short digest."""
    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()[:6]
    return f"{words}-{digest}" if words else digest


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


# ------------------------------------------------------------------ pages
def listing_name(group: str, order: str, number: int) -> str:
    return f"browse/{group}-{order}-{number}.html"


def listing_pages(
    group: str,
    heading: str,
    docs: list[dict[str, Any]],
    table: Callable[[list[dict[str, Any]], str], str],
    page: Page,
    *,
    intro: str = "",
    crumbs: list[tuple[str, str]] | None = None,
    rank: dict[str, dict[str, int]] | None = None,
) -> dict[str, bytes]:
    """``docs`` as pages of ``PAGE_SIZE`` rows in each order: ``browse/GROUP-ORDER-N.html``.
    ``table(rows, prefix)`` makes the table; ``crumbs`` are (label, href from the root);
    ``rank``: each document's place in each order (:func:`ranks`), made once for all
    groups."""
    pages: dict[str, bytes] = {}
    count = max(1, -(-len(docs) // PAGE_SIZE))
    for order, _label in ORDERS:
        if rank is None:
            ranked = sorted(docs, key=SORT[order])
        else:
            place = rank[order]
            ranked = sorted(docs, key=lambda d: place[d["slug"]])
        for number in range(1, count + 1):
            rows = ranked[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
            body = (
                f"<h1>{escape(heading)}</h1>\n{intro}"
                f"<p>{plural(len(docs), 'document')}.</p>\n"
                + list_controls(group, order, number, count, "")
                + table(rows, "../")
                + pager(group, order, number, count, "")
            )
            pages[listing_name(group, order, number)] = page(
                heading if number == 1 else f"{heading} (page {number})",
                body,
                depth=1,
                crumbs=[*(crumbs or []), (heading, "")],
            )
    return pages


def list_controls(group: str, order: str, number: int, count: int, up: str) -> str:
    """'Sort: by date · by title' (each order's first page); ``up`` leads to browse/."""
    links = []
    for name, label in ORDERS:
        if name == order:
            links.append(f'<strong aria-current="true">{label}</strong>')
        else:
            links.append(f'<a href="{up}{group}-{name}-1.html">{label}</a>')
    where = f" · page {number} of {count}" if count > 1 else ""
    return f'<p class="list-controls">Sort: {" · ".join(links)}{where}</p>\n'


def pager(group: str, order: str, number: int, count: int, up: str) -> str:
    """Previous/next and a window of page numbers; nothing when there is one page."""
    if count <= 1:
        return ""

    def href(n: int) -> str:
        return f"{up}{group}-{order}-{n}.html"

    shown = sorted({1, count, *range(max(1, number - 3), min(count, number + 3) + 1)})
    items, last = [], 0
    for n in shown:
        if n - last > 1:
            items.append('<li class="gap">…</li>')
        if n == number:
            items.append(f'<li><strong aria-current="page">{n}</strong></li>')
        else:
            items.append(f'<li><a href="{href(n)}">{n}</a></li>')
        last = n
    prev = f'<a rel="prev" href="{href(number - 1)}">← Previous</a>' if number > 1 else ""
    nxt = f'<a rel="next" href="{href(number + 1)}">Next →</a>' if number < count else ""
    return f'<nav class="pager" aria-label="Pages">{prev}<ol>{"".join(items)}</ol>{nxt}</nav>\n'


def group_table(rows: list[tuple[str, str, int, str]], headers: tuple[str, str, str]) -> str:
    """A sortable table of groups: (label, href, documents, extra)."""
    body = "\n".join(
        f'<tr><td><a href="{escape(href)}">{escape(label)}</a></td>'
        f'<td data-sort="{count:09d}">{count:,}</td><td>{extra}</td></tr>'
        for label, href, count, extra in rows
    )
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    return (
        f'<table class="groups sortable"><thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n'
        "</tbody></table>\n"
    )


def browse_pages(
    docs: list[dict[str, Any]],
    table: Callable[[list[dict[str, Any]], str], str],
    page: Page,
    names: list[dict[str, Any]],
) -> dict[str, bytes]:
    """Every browse page: all documents, years (by decade), periodicals, people."""
    rank = ranks(docs)
    pages = listing_pages("all", "All documents", docs, table, page, rank=rank)
    crumbs_years = [("Years", "browse/years.html")]
    by_year: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        by_year[year(doc)].append(doc)
    decades: dict[str, list[str]] = defaultdict(list)
    for value in sorted(by_year, key=lambda y: (y == "", y)):
        label = value or "undated"
        pages.update(
            listing_pages(
                f"year-{label}",
                label,
                by_year[value],
                table,
                page,
                crumbs=crumbs_years,
                rank=rank,
            )
        )
        decades[decade(value) or "undated"].append(value)
    sections = []
    for dec, values in decades.items():
        links = " ".join(
            f'<a href="year-{v or "undated"}-date-1.html">{v or "undated"}</a>'
            f' <span class="count">({len(by_year[v]):,})</span>'
            for v in values
        )
        total = sum(len(by_year[v]) for v in values)
        sections.append(
            f'<h2 id="d-{dec}">{dec} <span class="count">({total:,})</span></h2>'
            f'\n<p class="years">{links}</p>'
        )
    pages["browse/years.html"] = page(
        "Years",
        "<h1>Documents by year</h1>\n" + "\n".join(sections),
        depth=1,
        crumbs=[("Years", "")],
    )

    by_periodical: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        by_periodical[doc.get("meta", {}).get("periodical") or ""].append(doc)
    rows = []
    crumbs_per = [("Periodicals", "browse/periodicals.html")]
    for name in sorted(by_periodical, key=lambda n: (n == "", n.casefold())):
        label = name or "(no periodical)"
        group = f"periodical-{key(name) if name else 'none'}"
        members = by_periodical[name]
        pages.update(
            listing_pages(group, label, members, table, page, crumbs=crumbs_per, rank=rank)
        )
        years = sorted(filter(None, (year(d) for d in members)))
        span = f"{years[0]}–{years[-1]}" if years and years[0] != years[-1] else "".join(years[:1])
        rows.append((label, f"{group}-date-1.html", len(members), escape(span)))
    pages["browse/periodicals.html"] = page(
        "Periodicals",
        "<h1>Documents by periodical</h1>\n"
        + group_table(rows, ("Periodical", "Documents", "Years")),
        depth=1,
        crumbs=[("Periodicals", "")],
    )

    registered = {e["name"].casefold(): e for e in names if e.get("kind") == "person"}
    by_person: dict[str, list[dict[str, Any]]] = defaultdict(list)
    roles: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for name, role in people(doc):
            if not by_person[name] or by_person[name][-1] is not doc:
                by_person[name].append(doc)
            roles[name].add(role)
    rows = []
    crumbs_people = [("People", "browse/people.html")]
    for name in sorted(by_person, key=str.casefold):
        group = f"person-{key(name)}"
        entry = registered.get(name.casefold())
        intro = ""
        extra = escape(", ".join(sorted(roles[name])))
        if entry:
            link = f"../names.html#person-{escape(entry['id'])}"
            intro = f'<p>In the <a href="{link}">index of names</a>.</p>\n'
            extra += f' · <a href="{link}">index of names</a>'
        pages.update(
            listing_pages(
                group,
                name,
                by_person[name],
                table,
                page,
                intro=intro,
                crumbs=crumbs_people,
                rank=rank,
            )
        )
        rows.append((name, f"{group}-date-1.html", len(by_person[name]), extra))
    pages["browse/people.html"] = page(
        "People",
        "<h1>Authors and participants</h1>\n"
        + (group_table(rows, ("Name", "Documents", "Role")) if rows else "<p>None named.</p>"),
        depth=1,
        crumbs=[("People", "")],
    )
    return pages


def ranks(docs: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Each document's place in each order (slug → index): the orders are total (the slug
    breaks ties), so a group sorted by place is sorted as by its key."""
    return {
        order: {d["slug"]: n for n, d in enumerate(sorted(docs, key=SORT[order]))}
        for order, _label in ORDERS
    }


def neighbours(docs: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Previous and next document of each, in the collection's (chronological) order."""
    ranked = [d["slug"] for d in sorted(docs, key=by_date)]
    nav: dict[str, dict[str, str]] = {}
    for i, slug in enumerate(ranked):
        nav[slug] = {
            "prev": ranked[i - 1] if i > 0 else "",
            "next": ranked[i + 1] if i + 1 < len(ranked) else "",
        }
    return nav


def crumbs(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """Breadcrumbs of a document page (hrefs from the site root): periodical, year."""
    meta = doc.get("meta", {})
    trail = []
    if meta.get("periodical"):
        trail.append(
            (meta["periodical"], listing_name(f"periodical-{key(meta['periodical'])}", "date", 1))
        )
    if year(doc):
        trail.append((year(doc), listing_name(f"year-{year(doc)}", "date", 1)))
    return trail
