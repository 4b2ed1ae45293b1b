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
                f"{status_badge(doc)}</h2>{diagnostics_list(doc)}</section>"
            )
        summary = f"<p>{valid:,} of {browse.plural(len(docs), 'document')} valid.</p>\n" + (
            f'<table class="groups"><thead><tr><th scope="col">Rule</th>'
            f'<th scope="col">Findings</th></tr></thead><tbody>{table}</tbody></table>\n'
            if table and number == 1
            else ""
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
