"""The static site around the editions: index, document pages, validation report, manifest.

Plain HTML5 that works from the file system and any static server (relative links,
no script, no server-side code), styled by ``transforms/site.css``.
"""

from __future__ import annotations

import hashlib
import json
from html import escape
from pathlib import Path
from typing import Any

import tei
from tei.build import browse
from tei.build.pipeline import SUFFIX
from tei.resources import data_dir

CSS = data_dir("transforms") / "site.css"
LABELS = {"html": "HTML edition", "text": "Plain text", "pdf": "PDF (print)", "tei": "TEI P5 XML"}
ORDER = ("html", "text", "pdf", "tei")


def url(part: str) -> str:
    """A folder or file name as it goes into an href: %-encoded (``#``, ``?``, ``%``),
    then HTML-escaped."""
    from urllib.parse import quote

    return escape(quote(part, safe="/"))


def page(
    title: str,
    body: str,
    *,
    depth: int = 0,
    lang: str = "en",
    names: bool = False,
    crumbs: list[tuple[str, str]] | None = None,
    search: bool = True,
) -> bytes:
    """A site page; ``names`` adds the link to the collection's index of names; ``crumbs``
    (label, href from the site root; the last one is this page) the breadcrumb trail;
    ``search`` the search box."""
    up = "../" * depth
    links = [
        ("index.html", "Editions"),
        ("browse/years.html", "Years"),
        ("browse/periodicals.html", "Periodicals"),
        ("browse/people.html", "People"),
    ]
    if names:
        links.append(("names.html", "Index of names"))
    links.append(("report.html", "Validation report"))
    nav = " · ".join(f'<a href="{up}{href}">{label}</a>' for href, label in links)
    box = (
        f'<form class="site-search" role="search" action="{up}search.html" method="get">'
        '<label><span class="visually-hidden">Search the editions</span>'
        '<input type="search" name="q" placeholder="Search the editions"></label> '
        "<button>Search</button></form>"
        if search
        else ""
    )
    trail = ""
    if crumbs:
        items = [f'<li><a href="{up}index.html">Editions</a></li>']
        for label, href in crumbs:
            items.append(
                f'<li><a href="{up}{escape(href)}">{escape(label)}</a></li>'
                if href
                else f'<li aria-current="page">{escape(label)}</li>'
            )
        trail = (
            f'<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>{"".join(items)}</ol></nav>\n'
        )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        '<link rel="icon" href="data:,">\n'
        f'<link rel="stylesheet" href="{up}site.css">\n'
        f'<script defer src="{up}site.js"></script>\n</head>\n<body>\n'
        f'<header class="site"><nav aria-label="Site">{nav}</nav>{box}</header>\n'
        f"<main>\n{trail}{body}\n</main>\n</body>\n</html>\n"
    ).encode()


def status_badge(doc: dict[str, Any]) -> str:
    status = doc.get("status", "failed")
    errors, warnings = doc.get("errors", 0), doc.get("warnings", 0)
    plural = "s" if errors != 1 else ""
    text = {
        "valid": "valid",
        "invalid": f"invalid ({errors} error{plural})",
        "failed": "build failed",
    }[status]
    if warnings and status != "failed":
        text += f", {warnings} warning{'s' if warnings != 1 else ''}"
    return f'<span class="status {status}">{escape(text)}</span>'


def downloads(doc: dict[str, Any], prefix: str) -> str:
    links = []
    for fmt in ORDER:
        name = doc["slug"] + SUFFIX[fmt]
        if name in doc.get("files", {}):
            links.append(f'<a href="{prefix}{url(name)}">{escape(LABELS[fmt])}</a>')
    return " · ".join(links) or "—"


def documents_table(docs: list[dict[str, Any]], up: str = "") -> str:
    """The table of documents (one row each) used by the index and the browse pages."""
    rows = []
    for doc in docs:
        key = (doc["slug"], up)
        row = _ROWS.get(key)
        if row is None:  # a document is listed on several pages: its row is made once
            row = _ROWS[key] = _row(doc, up)
        rows.append(row)
    return (
        '<table class="editions sortable"><thead><tr><th scope="col">Title</th>'
        '<th scope="col">Date</th><th scope="col">Source</th><th scope="col">Participants</th>'
        '<th scope="col">Formats</th><th scope="col">Validation</th></tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table>\n"
    )


_ROWS: dict[tuple[str, str], str] = {}  # (slug, up) → row, while site_pages runs


def _row(doc: dict[str, Any], up: str) -> str:
    meta = doc.get("meta", {})
    slug = url(doc["slug"])
    return (
        "<tr>"
        f'<td><a href="{up}{slug}/index.html">'
        f"{escape(meta.get('title', doc['slug']))}</a></td>"
        f'<td data-sort="{escape(meta.get("date", "") or "~")}">'
        f"{escape(meta.get('date', ''))}</td>"
        f"<td>{escape(meta.get('source', ''))}</td>"
        f"<td>{escape(', '.join(meta.get('participants', [])))}</td>"
        f"<td>{downloads(doc, f'{up}{slug}/')}</td>"
        f"<td>{status_badge(doc)}</td></tr>"
    )


def index_page(docs: list[dict[str, Any]], collection: dict[str, str]) -> bytes:
    """The home page: how many documents, where to browse, and the first page of the
    list of all documents (by date; the others are in browse/)."""
    title = collection.get("title", "Editions")
    first = sorted(docs, key=browse.by_date)[: browse.PAGE_SIZE]
    count = -(-len(docs) // browse.PAGE_SIZE)
    ways = [
        ("browse/years.html", "by year"),
        ("browse/periodicals.html", "by periodical"),
        ("browse/people.html", "by author or participant"),
    ]
    finder = (
        '<form class="search big" role="search" action="search.html" method="get">'
        '<label for="home-q">Search the full text</label> '
        '<input id="home-q" type="search" name="q"> <button>Search</button></form>\n'
    )
    body = (
        f"<h1>{escape(title)}</h1>\n<p>{browse.plural(len(docs), 'document')}. Browse "
        + ", ".join(f'<a href="{h}">{label}</a>' for h, label in ways)
        + ".</p>\n"
        + finder
        + browse.list_controls("all", "date", 1, count, "browse/")
        + documents_table(first)
        + browse.pager("all", "date", 1, count, "browse/")
    )
    return page(title, body, names=any(d.get("meta", {}).get("names") for d in docs))


def document_page(doc: dict[str, Any], nav: dict[str, Any] | None = None) -> bytes:
    """A document's page: its facts, downloads and validation; ``nav`` adds the previous
    and next documents (``{"prev": [slug, title], "next": …}``, made by link_documents)."""
    meta = doc.get("meta", {})
    facts = [
        ("Date", meta.get("date", "")),
        ("Source", meta.get("source", "")),
        ("Author", ", ".join(meta.get("authors", []))),
        ("Participants", ", ".join(meta.get("participants", []))),
        ("Language", meta.get("language", "")),
        ("Kind", meta.get("kind", "")),
    ]
    items = "".join(f"<dt>{k}</dt><dd>{escape(v)}</dd>" for k, v in facts if v)
    files = []
    for fmt in ORDER:
        name = doc["slug"] + SUFFIX[fmt]
        if name in doc.get("files", {}):
            info = doc["files"][name]
            files.append(
                f'<li><a href="{url(name)}">{escape(LABELS[fmt])}</a> '
                f'<span class="size">({info["bytes"]:,} bytes, '
                f"SHA-256 {info['sha256'][:12]}…)</span></li>"
            )
    title = meta.get("title", doc["slug"])
    links = []
    for rel, arrow in (("prev", "← Previous"), ("next", "Next →")):
        target = (nav or {}).get(rel)
        if target:
            links.append(
                f'<a rel="{rel}" href="../{url(target[0])}/index.html">{arrow}: '
                f"{escape(target[1])}</a>"
            )
    pager = f'<nav class="prev-next" aria-label="Documents">{" ".join(links)}</nav>\n'
    body = (
        f"<h1>{escape(title)}</h1>\n<dl>{items}</dl>\n"
        f'<h2>Downloads</h2>\n<ul class="downloads">{"".join(files) or "<li>none</li>"}</ul>\n'
        f"<h2>Validation</h2>\n<p>{status_badge(doc)}</p>\n{diagnostics_list(doc)}"
        + (pager if links else "")
    )
    return page(
        title,
        body,
        depth=1,
        lang=meta.get("language") or "en",
        names=bool(meta.get("names")),
        crumbs=[*browse.crumbs(doc), (title, "")],
    )


def diagnostics_list(doc: dict[str, Any]) -> str:
    lines = [f"<li>{escape(d)}</li>" for d in doc.get("diagnostics", [])]
    if doc.get("error"):
        lines.insert(0, f'<li class="error">{escape(doc["error"])}</li>')
    return f'<ul class="diagnostics">{"".join(lines)}</ul>' if lines else ""


def manifest(docs: list[dict[str, Any]], site_files: dict[str, bytes]) -> bytes:
    """Everything built, with checksums; sorted, no timestamps (deterministic)."""
    data = {
        "generator": f"tei {tei.__version__}",
        "documents": [
            {
                "slug": d["slug"],
                "title": d.get("meta", {}).get("title"),
                "status": d.get("status"),
                "files": {f"{d['slug']}/{n}": v for n, v in sorted(d.get("files", {}).items())},
            }
            for d in docs
        ],
        "site": {n: file_info(b) for n, b in sorted(site_files.items())},
    }
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def file_info(data: bytes) -> dict[str, Any]:
    return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


# ------------------------------------------------------------------ the whole site
ASSETS = ("site.css", "site.js", "site-search.js")


def prepare(result: Any) -> None:
    """In the worker, before the outputs are written: add the browse facets to the
    document's metadata and mark its HTML edition for the search index, with a bar of
    breadcrumbs back into the site (tei.build.search.decorate)."""
    from tei.build import search

    if not result.ok or result.tree is None:
        return
    from tei.render.report import unhandled

    result.meta.update(browse.facets(result.tree))
    # elements the stylesheets keep only as text: the validation report lists them
    result.meta["unhandled"] = dict(sorted(unhandled(result.tree).items()))
    name = result.slug + SUFFIX["html"]
    if name in result.files:
        result.files[name] = search.decorate(
            result.files[name], result.meta, edition_bar({"slug": result.slug, "meta": result.meta})
        )


def edition_bar(doc: dict[str, Any]) -> str:
    """The site's bar at the top of an HTML edition: breadcrumbs, document page, search."""
    style = (
        "font:14px/1.6 system-ui,sans-serif;padding:.35rem 1rem;"
        "border-bottom:1px solid #d8d8d8;background:#f6f6f6"
    )
    trail = ['<a href="../index.html">Editions</a>']
    trail += [
        f'<a href="../{escape(href)}">{escape(label)}</a>' for label, href in browse.crumbs(doc)
    ]
    trail.append('<a href="index.html">About this document</a>')
    return (
        f'<nav class="tei-site-bar" aria-label="Breadcrumb" style="{style}">'
        + " › ".join(trail)
        + ' · <a href="../search.html">Search</a></nav>'
    )


def site_pages(docs: list[dict[str, Any]]) -> dict[str, bytes]:
    """Every page of the site that is not a document's: index, browse pages, search,
    report, names, style sheet and scripts (name from the site root → content)."""
    _ROWS.clear()
    try:
        return _site_pages(docs)
    finally:
        _ROWS.clear()


def _site_pages(docs: list[dict[str, Any]]) -> dict[str, bytes]:
    from functools import partial

    from tei.build import report, search
    from tei.build.names_page import merge_names, names_page

    names = merge_names(docs)
    chrome = partial(page, names=bool(names))
    pages = {
        "index.html": index_page(docs, {}),
        "search.html": chrome("Search", search.search_body(search.bundles(docs))),
    }
    pages.update(report.report_pages(docs))
    pages.update(browse.browse_pages(docs, documents_table, chrome, names))
    if names:
        pages["names.html"] = names_page(names, docs)
    for asset in ASSETS:
        pages[asset] = (CSS.parent / asset).read_bytes()
    return pages


def link_documents(folder: Path, docs: list[dict[str, Any]], live: Path | None = None) -> list[str]:
    """Give each document page its previous/next links; write into ``folder`` only the
    pages whose links changed (or that it lacks, unless ``live``, the published site,
    holds the others: an update). A page carried over from the last build is a hard
    link: unlinked first. Return the slugs whose pages were written."""
    by_slug = {d["slug"]: d for d in docs}
    titles = {d["slug"]: d.get("meta", {}).get("title", d["slug"]) for d in docs}
    written = []
    for slug, near in browse.neighbours(docs).items():
        nav = {
            rel: [near[rel], titles[near[rel]]] if near[rel] else None for rel in ("prev", "next")
        }
        doc = by_slug[slug]
        target = folder / slug / "index.html"
        if doc.get("nav") == nav and (live is not None or target.exists()):
            continue
        doc["nav"] = nav
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.unlink()
        target.write_bytes(document_page(doc, nav))
        written.append(slug)
    return written
