"""Full-text search of the collection with Pagefind (PyPI ``pagefind[bin]``).

Pagefind indexes the HTML editions after the build and writes a static, chunked index
(``pagefind/``) that the browser loads piece by piece: no server, no network beyond the
site itself. Each HTML edition is marked for it in the worker (:func:`decorate`): its
text (``main#text``) is the indexed body, and ``<meta>`` elements carry the result's
title, date and source and the filters (year, decade, periodical, author, participant,
language, kind of text). Every element with an ``id`` becomes an anchor, so the search
page (``site-search.js``) links each hit to its speaker turn (``#sp-7``) or note.

The search page is an enhancement: without JavaScript, or from ``file://`` where the
browser refuses to load the index, it says so and points to the browse pages.
"""

from __future__ import annotations

import subprocess
import time
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

from tei.build import browse

FOLDER = "pagefind"
#: left out of the index: turn numbers, speaker notes repeated on every turn, line numbers,
#: back links, the diplomatic variants (their reading is indexed) and the register's
#: standOff lists that the HTML shows of a tagged document
EXCLUDE = (
    ".turn-link, .who, .line-no, .backlink, .note-marker, .v-dipl, .view-switch, .standOff"
)
TIMEOUT = 1800  # seconds; 10,000 documents take well under a minute


def filters(doc_meta: dict[str, Any]) -> list[tuple[str, str]]:
    """The (filter, value) pairs of one document, in a fixed order."""
    doc = {"meta": doc_meta}
    year = browse.year(doc)
    pairs = [("year", year), ("decade", browse.decade(year))]
    pairs.append(("periodical", doc_meta.get("periodical", "")))
    pairs += [("author", a) for a in doc_meta.get("authors", [])]
    pairs += [("participant", p) for p in doc_meta.get("participants", [])]
    pairs += [("language", doc_meta.get("language", "")), ("kind", doc_meta.get("kind", ""))]
    return [(k, v) for k, v in pairs if v]


def decorate(html: bytes, doc_meta: dict[str, Any], bar: str) -> bytes:
    """An HTML edition as the site publishes it: marked for Pagefind, with ``bar`` (the
    site's breadcrumb bar) at the top of the body. Unchanged if it has no ``main#text``."""
    try:
        text = html.decode("utf-8")
    except UnicodeDecodeError:  # not what html.xsl writes: leave it as it is
        return html
    head = text.find("</head>")
    if '<main id="text">' not in text or head < 0 or "<body" not in text[head:]:
        return html
    metas = [
        ("title", doc_meta.get("title", "")),
        ("date", doc_meta.get("display_date") or doc_meta.get("date", "")),
        ("source", doc_meta.get("source", "")),
    ]
    tags = [
        f'<meta data-pagefind-meta="{name}[content]" content="{escape(value)}">'
        for name, value in metas
        if value
    ]
    tags += [
        f'<meta data-pagefind-filter="{name}[content]" content="{escape(value)}">'
        for name, value in filters(doc_meta)
    ]
    text = text.replace("</head>", "".join(tags) + "</head>", 1)
    text = text.replace('<main id="text">', '<main id="text" data-pagefind-body>', 1)
    start = text.index("<body", text.index("</head>"))  # after the head grew
    end = text.index(">", start) + 1
    return (text[:end] + bar + text[end:]).encode("utf-8")


def language(docs: list[dict[str, Any]]) -> str:
    """The collection's most common language (primary subtag), for one shared index."""
    counts = Counter(
        (d.get("meta", {}).get("language") or "en").split("-")[0].lower() for d in docs
    )
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else "en"


def executable() -> Path | None:
    """The Pagefind binary shipped in the ``pagefind_bin`` wheel (or PAGEFIND_BINARY_PATH)."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    try:
        return get_executable()
    except (FileNotFoundError, OSError):
        return None


def index(site: Path, docs: list[dict[str, Any]]) -> tuple[list[str], dict[str, float]]:
    """Index the HTML editions under ``site`` into ``site/pagefind``; return notes (why
    there is no index, when there is none) and figures (seconds, bytes, files)."""
    if not any(d["slug"] + ".html" in d.get("files", {}) for d in docs):
        return [], {}
    binary = executable()
    if binary is None:
        return [
            "no search index: the pagefind package is not installed (pip install 'pagefind[bin]')"
        ], {}
    langs = {(d.get("meta", {}).get("language") or "en").split("-")[0] for d in docs}
    command = [
        str(binary),
        "--site",
        ".",
        "--output-subdir",
        FOLDER,
        "--silent",
        "--glob",
        "*/*.html",
        "--exclude-selectors",
        EXCLUDE,
    ]
    if len(langs) > 1:  # one index for all: Pagefind would split it by language
        command += ["--force-language", language(docs)]
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, cwd=site, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return [f"no search index: pagefind did not run ({exc})"], {}
    seconds = time.perf_counter() - start
    if done.returncode != 0 or not (site / FOLDER / "pagefind.js").is_file():
        reason = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return [f"no search index: pagefind failed: {reason[0]}"], {}
    files = [p for p in (site / FOLDER).rglob("*") if p.is_file()]
    return [], {
        "seconds": seconds,
        "bytes": float(sum(p.stat().st_size for p in files)),
        "files": float(len(files)),
    }


FILTER_LABELS = (
    ("decade", "Decade"),
    ("year", "Year"),
    ("periodical", "Periodical"),
    ("author", "Author"),
    ("participant", "Participant"),
    ("language", "Language"),
    ("kind", "Kind of text"),
)


def search_body() -> str:
    """The search page's content: a form that works as a plain GET form, the filter
    controls (filled by the script) and the places the script writes to."""
    controls = "".join(
        f'<label class="filter" data-filter="{key}" hidden>{label} '
        f'<select name="{key}"><option value="">any</option></select></label>'
        for key, label in FILTER_LABELS
    )
    return (
        "<h1>Search</h1>\n"
        '<form class="search" role="search" action="search.html" method="get">'
        '<label for="q">Words</label> <input id="q" name="q" type="search" '
        'autocomplete="off" placeholder="e.g. dynamite"> <button type="submit">Search</button>'
        f'<fieldset class="filters"><legend>Filters</legend>{controls}</fieldset></form>\n'
        '<p id="search-status" class="search-status" role="status">'
        "Search needs JavaScript. Without it, browse the documents "
        '<a href="browse/years.html">by year</a>, '
        '<a href="browse/periodicals.html">by periodical</a> or '
        '<a href="browse/people.html">by person</a>.</p>\n'
        '<ol id="results" class="results"></ol>\n'
        '<script defer src="site-search.js"></script>'
    )
