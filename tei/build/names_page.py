"""The site's index of names: the register's entries across all documents."""

from __future__ import annotations

from html import escape
from typing import Any

from tei.build import browse
from tei.build.pipeline import SUFFIX
from tei.build.site import page, url

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
                href = (
                    f"{url(slug)}/{url(html)}#index-{escape(entry['id'])}"
                    if html in doc.get("files", {})
                    else f"{url(slug)}/index.html"
                )
                plural = "s" if count != 1 else ""
                where.append(
                    f'<li><a href="{href}">{escape(title)}</a> ({count} mention{plural})</li>'
                )
            note = f' <span class="note">{escape(entry["note"])}</span>' if entry["note"] else ""
            items.append(
                f'<li id="{escape(kind)}-{escape(entry["id"])}"><strong>{escape(entry["name"])}'
                f"</strong>{note} {links}<ul>{''.join(where)}</ul></li>"
            )
        if items:
            sections.append(
                f'<h2>{label}</h2>\n<ul class="names">\n' + "\n".join(items) + "\n</ul>"
            )
    count = len({s for e in entries for s in e["documents"]})
    body = (
        f"<h1>Index of names</h1>\n<p>{len(entries):,} "
        f"{'entry' if len(entries) == 1 else 'entries'} (persons, places and organisations) "
        f"named in {browse.plural(count, 'document')}.</p>\n" + "\n".join(sections)
    )
    return page("Index of names", body, names=True)


def authority_label(uri: str) -> str:
    """An authority URI as the HTML edition shows it: without scheme and ``www.``."""
    rest = uri.split("://", 1)[-1]
    return rest.removeprefix("www.")
