"""The static site around the editions: index, document pages, validation report, manifest.

Plain HTML5 that works from the file system and any static server (relative links,
no script, no server-side code), styled by ``transforms/site.css``.
"""

from __future__ import annotations

import hashlib
import json
from html import escape
from typing import Any

import tei
from tei.build.pipeline import SUFFIX
from tei.resources import data_dir

CSS = data_dir("transforms") / "site.css"
LABELS = {"html": "HTML edition", "text": "Plain text", "pdf": "PDF (print)", "tei": "TEI P5 XML"}
ORDER = ("html", "text", "pdf", "tei")


def page(
    title: str, body: str, *, depth: int = 0, lang: str = "en", names: bool = False
) -> bytes:
    """A site page; ``names`` adds the link to the collection's index of names."""
    up = "../" * depth
    names_link = f' · <a href="{up}names.html">Index of names</a>' if names else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="stylesheet" href="{up}site.css">\n</head>\n<body>\n'
        f'<header class="site"><a href="{up}index.html">Editions</a> · '
        f'<a href="{up}report.html">Validation report</a>{names_link}</header>\n'
        f"<main>\n{body}\n</main>\n</body>\n</html>\n"
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
            links.append(f'<a href="{prefix}{escape(name)}">{escape(LABELS[fmt])}</a>')
    return " · ".join(links) or "—"


def index_page(docs: list[dict[str, Any]], collection: dict[str, str]) -> bytes:
    rows = []
    for doc in docs:
        meta = doc.get("meta", {})
        rows.append(
            "<tr>"
            f'<td><a href="{escape(doc["slug"])}/index.html">'
            f"{escape(meta.get('title', doc['slug']))}</a></td>"
            f"<td>{escape(meta.get('date', ''))}</td>"
            f"<td>{escape(meta.get('source', ''))}</td>"
            f"<td>{escape(', '.join(meta.get('participants', [])))}</td>"
            f"<td>{downloads(doc, escape(doc['slug']) + '/')}</td>"
            f"<td>{status_badge(doc)}</td></tr>"
        )
    title = collection.get("title", "Editions")
    body = (
        f"<h1>{escape(title)}</h1>\n<p>{len(docs)} documents.</p>\n"
        '<table class="editions"><thead><tr><th scope="col">Title</th><th scope="col">Date</th>'
        '<th scope="col">Source</th><th scope="col">Participants</th><th scope="col">Formats</th>'
        '<th scope="col">Validation</th></tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table>"
    )
    return page(title, body, names=any(d.get("meta", {}).get("names") for d in docs))


def document_page(doc: dict[str, Any]) -> bytes:
    meta = doc.get("meta", {})
    facts = [
        ("Date", meta.get("date", "")),
        ("Source", meta.get("source", "")),
        ("Participants", ", ".join(meta.get("participants", []))),
        ("Language", meta.get("language", "")),
    ]
    items = "".join(f"<dt>{k}</dt><dd>{escape(v)}</dd>" for k, v in facts if v)
    files = []
    for fmt in ORDER:
        name = doc["slug"] + SUFFIX[fmt]
        if name in doc.get("files", {}):
            info = doc["files"][name]
            files.append(
                f'<li><a href="{escape(name)}">{escape(LABELS[fmt])}</a> '
                f'<span class="size">({info["bytes"]:,} bytes, '
                f"SHA-256 {info['sha256'][:12]}…)</span></li>"
            )
    body = (
        f"<h1>{escape(meta.get('title', doc['slug']))}</h1>\n<dl>{items}</dl>\n"
        f'<h2>Downloads</h2>\n<ul class="downloads">{"".join(files) or "<li>none</li>"}</ul>\n'
        f"<h2>Validation</h2>\n<p>{status_badge(doc)}</p>\n{diagnostics_list(doc)}"
    )
    return page(
        meta.get("title", doc["slug"]),
        body,
        depth=1,
        lang=meta.get("language") or "en",
        names=bool(meta.get("names")),
    )


def diagnostics_list(doc: dict[str, Any]) -> str:
    lines = [f"<li>{escape(d)}</li>" for d in doc.get("diagnostics", [])]
    if doc.get("error"):
        lines.insert(0, f'<li class="error">{escape(doc["error"])}</li>')
    return f'<ul class="diagnostics">{"".join(lines)}</ul>' if lines else ""


def report_page(docs: list[dict[str, Any]]) -> bytes:
    sections = []
    for doc in docs:
        title = doc.get("meta", {}).get("title", doc["slug"])
        sections.append(
            f'<section><h2><a href="{escape(doc["slug"])}/index.html">{escape(title)}</a> '
            f"{status_badge(doc)}</h2>{diagnostics_list(doc)}</section>"
        )
    valid = sum(1 for d in docs if d.get("status") == "valid")
    body = (
        f"<h1>Validation report</h1>\n<p>{valid} of {len(docs)} documents valid.</p>\n"
        + "\n".join(sections)
    )
    return page(
        "Validation report", body, names=any(d.get("meta", {}).get("names") for d in docs)
    )


KINDS = (("person", "Persons"), ("place", "Places"), ("org", "Organisations"))


def merge_names(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The collection's index: each document's entries (``meta["names"]``, made by
    tei.names.collection_index in the worker) merged by kind and id."""
    from tei.names import merge_indexes

    return merge_indexes(doc.get("meta", {}).get("names", []) for doc in docs)


def names_page(entries: list[dict[str, Any]], docs: list[dict[str, Any]]) -> bytes:
    """Persons, places and organisations across all documents, each with its authority
    links and, per document, a link to the entry in that document's own index."""
    by_slug = {d["slug"]: d for d in docs}
    sections = []
    for kind, label in KINDS:
        items = []
        for entry in (e for e in entries if e["kind"] == kind):
            links = " ".join(
                f'<a class="authority" href="{escape(uri)}">{escape(authority_label(uri))}</a>'
                for uri in entry["authority"]
                if uri.startswith(("https://", "http://"))
            )
            where = []
            for slug, count in sorted(entry["documents"].items()):
                doc = by_slug.get(slug, {"slug": slug})
                title = doc.get("meta", {}).get("title", slug)
                html = slug + SUFFIX["html"]
                href = (f"{slug}/{html}#index-{entry['id']}" if html in doc.get("files", {})
                        else f"{slug}/index.html")
                plural = "s" if count != 1 else ""
                where.append(f'<li><a href="{escape(href)}">{escape(title)}</a> '
                             f"({count} mention{plural})</li>")
            note = f' <span class="note">{escape(entry["note"])}</span>' if entry["note"] else ""
            items.append(
                f'<li id="{escape(kind)}-{escape(entry["id"])}"><strong>{escape(entry["name"])}'
                f"</strong>{note} {links}<ul>{''.join(where)}</ul></li>"
            )
        if items:
            sections.append(f"<h2>{label}</h2>\n<ul class=\"names\">\n" + "\n".join(items)
                            + "\n</ul>")
    count = len({s for e in entries for s in e["documents"]})
    body = (
        f"<h1>Index of names</h1>\n<p>{len(entries)} persons, places and organisations "
        f"named in {count} document{'s' if count != 1 else ''}.</p>\n"
        + "\n".join(sections)
    )
    return page("Index of names", body, names=True)


def authority_label(uri: str) -> str:
    """An authority URI as the HTML edition shows it: without scheme and ``www.``."""
    rest = uri.split("://", 1)[-1]
    return rest.removeprefix("www.")


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
