"""The validation report of the site: findings by rule, then every document's findings,
failed and invalid documents first, in pages of ``browse.PAGE_SIZE`` documents."""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from tei.build import browse
from tei.build.site import diagnostics_list, page, status_badge, url

RANK = {"failed": 0, "invalid": 1, "valid": 2}


def report_pages(docs: list[dict[str, Any]]) -> dict[str, bytes]:
    """The validation report: a count of findings by rule, then every document with its
    findings, failed and invalid ones first, in pages of ``browse.PAGE_SIZE``
    (``report.html`` and ``report-page-N.html``)."""
    codes: Counter[str] = Counter()
    for doc in docs:
        for line in doc.get("diagnostics", []):
            codes[line.rsplit("[", 1)[-1].rstrip("]") if line.endswith("]") else "?"] += 1
    table = "".join(
        f"<tr><td><code>{escape(code)}</code></td><td>{n:,}</td></tr>"
        for code, n in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    ranked = sorted(
        docs,
        key=lambda d: (RANK.get(d.get("status", "failed"), 0), not d.get("diagnostics"), d["slug"]),
    )
    valid = sum(1 for d in docs if d.get("status") == "valid")
    elements = unhandled_table(docs)
    size = browse.PAGE_SIZE
    count = max(1, -(-len(ranked) // size))
    names = any(d.get("meta", {}).get("names") for d in docs)
    pages: dict[str, bytes] = {}
    for number in range(1, count + 1):
        sections = []
        for doc in ranked[(number - 1) * size : number * size]:
            title = doc.get("meta", {}).get("title", doc["slug"])
            sections.append(
                f'<section><h2><a href="{url(doc["slug"])}/index.html">{escape(title)}</a> '
                f"{status_badge(doc)}</h2>{diagnostics_list(doc)}{unhandled_line(doc)}</section>"
            )
        summary = (
            f"<p>{valid:,} of {browse.plural(len(docs), 'document')} valid.</p>\n"
            + (
                f'<table class="groups"><thead><tr><th scope="col">Rule</th>'
                f'<th scope="col">Findings</th></tr></thead><tbody>{table}</tbody></table>\n'
                if table and number == 1
                else ""
            )
            + (elements if number == 1 else "")
        )
        body = (
            f"<h1>Validation report</h1>\n{summary}"
            + browse.pager("report", "page", number, count, "")
            + "\n".join(sections)
            + browse.pager("report", "page", number, count, "")
        )
        title = "Validation report" + (f" (page {number})" if number > 1 else "")
        pages[f"report-page-{number}.html"] = page(title, body, names=names)
    pages["report.html"] = pages["report-page-1.html"]
    return pages


def unhandled_counts(docs: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Collection-wide: each TEI element the stylesheets do not handle specifically
    (``meta["unhandled"]``, from tei.render.report.unhandled in the worker) → (occurrences,
    documents)."""
    found: dict[str, tuple[int, int]] = {}
    for doc in docs:
        for name, n in doc.get("meta", {}).get("unhandled", {}).items():
            total, where = found.get(name, (0, 0))
            found[name] = (total + n, where + 1)
    return found


def unhandled_table(docs: list[dict[str, Any]]) -> str:
    """The report's section on elements kept only as text (none: a sentence saying so)."""
    found = unhandled_counts(docs)
    head = '<h2 id="unhandled">TEI elements without a template of their own</h2>\n'
    if not found:
        return head + "<p>Every TEI element of the texts has a template of its own.</p>\n"
    rows = "".join(
        f"<tr><td><code>{escape(name)}</code></td><td>{n:,}</td><td>{where:,}</td></tr>"
        for name, (n, where) in sorted(found.items(), key=lambda kv: (-kv[1][0], kv[0]))
    )
    return (
        head + "<p>The editions keep their text (as <code>tei-NAME</code> in the HTML), "
        "but render them no differently from plain text.</p>\n"
        '<table class="groups unhandled"><thead><tr><th scope="col">Element</th>'
        '<th scope="col">Occurrences</th><th scope="col">Documents</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>\n"
    )


def unhandled_line(doc: dict[str, Any]) -> str:
    counts = doc.get("meta", {}).get("unhandled", {})
    if not counts:
        return ""
    items = ", ".join(
        f"<code>{escape(name)}</code> ({n:,})"
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return f'<p class="unhandled">Without a template of their own: {items}.</p>'
