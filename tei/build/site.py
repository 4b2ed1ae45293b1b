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


def page(title: str, body: str, *, depth: int = 0, lang: str = "en") -> bytes:
    up = "../" * depth
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="stylesheet" href="{up}site.css">\n</head>\n<body>\n'
        f'<header class="site"><a href="{up}index.html">Editions</a> · '
        f'<a href="{up}report.html">Validation report</a></header>\n'
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
    return page(title, body)


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
    return page(meta.get("title", doc["slug"]), body, depth=1, lang=meta.get("language") or "en")


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
    return page("Validation report", body)


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
