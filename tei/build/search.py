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

import hashlib
import os
import re
import shutil
import subprocess
import threading
import time
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

from tei.build import browse
from tei.build.state import load_state

FOLDER = "pagefind"
#: left out of the index: turn numbers, speaker notes repeated on every turn, line numbers,
#: back links, the diplomatic variants (their reading is indexed) and the register's
#: standOff lists that the HTML shows of a tagged document
EXCLUDE = ".turn-link, .who, .line-no, .backlink, .note-marker, .v-dipl, .view-switch, .standOff"
_MAIN = re.compile(r'<main id="text"[^>]*>')  # the HTML edition's text (html.xsl)
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
    main = _MAIN.search(text)
    if main is None or head < 0 or "<body" not in text[head:]:
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
    main = _MAIN.search(text)  # after the head grew
    assert main is not None
    text = text[: main.end() - 1] + " data-pagefind-body>" + text[main.end() :]
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


#: documents per index shard: a changed document re-indexes its shard only (Pagefind
#: indexes about 250 documents a second per core), and the shards index in parallel
SHARD_SIZE = 500


def shard_count(documents: int) -> int:
    """How many shards ``documents`` are indexed in: one up to SHARD_SIZE, then a power
    of two (so that a growing collection seldom moves documents between shards)."""
    count = 1
    while count * SHARD_SIZE < documents:
        count *= 2
    return count


def shard_of(slug: str, count: int) -> int:
    """The shard a document lies in: from its slug alone, stable across builds."""
    return int(hashlib.sha256(slug.encode("utf-8")).hexdigest()[:8], 16) % count


def bundle_name(shard: int, first: int = 0) -> str:
    """The site folder of a shard's Pagefind bundle: ``pagefind`` for the ``first``
    non-empty shard (the primary one), ``pagefind-N`` for shard N."""
    return FOLDER if shard == first else f"{FOLDER}-{shard}"


def indexed(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents that have an HTML edition (what the index holds)."""
    return [d for d in docs if d["slug"] + ".html" in d.get("files", {})]


def shards(docs: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The non-empty shards of the collection's HTML editions, by bundle name (the
    primary one first)."""
    html = indexed(docs)
    count = shard_count(len(html))
    groups: dict[int, list[dict[str, Any]]] = {}
    for doc in html:
        groups.setdefault(shard_of(doc["slug"], count), []).append(doc)
    first = min(groups, default=0)
    return {bundle_name(k, first): groups[k] for k in sorted(groups)}


def bundles(docs: list[dict[str, Any]]) -> list[str]:
    """The search page's bundles, the first one primary (the others are merged into it)."""
    return list(shards(docs))


def _version(binary: Path) -> str:
    """Which Pagefind makes the bundles (shards of two versions could not be merged)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pagefind_bin")
    except PackageNotFoundError:  # PAGEFIND_BINARY_PATH: known by its size and time
        stat = binary.stat()
        return f"{binary.name}:{stat.st_size}:{stat.st_mtime_ns}"


def _digest(members: list[dict[str, Any]], forced: str, version: str) -> str:
    """What a shard's bundle is made from: its HTML editions, the options, Pagefind."""
    h = hashlib.sha256(f"{version}\0{EXCLUDE}\0{forced}".encode())
    for doc in sorted(members, key=lambda d: d["slug"]):
        h.update(f"\0{doc['slug']}\0{doc['files'][doc['slug'] + '.html']['sha256']}".encode())
    return h.hexdigest()


def index(
    site: Path,
    docs: list[dict[str, Any]],
    *,
    previous: Path | None = None,
    digests: dict[str, str] | None = None,
    jobs: int | None = None,
    in_place: bool = False,
    stop: threading.Event | None = None,
) -> tuple[list[str], dict[str, Any]]:
    """Index the HTML editions under ``site`` into one Pagefind bundle per shard
    (``site/pagefind``, ``site/pagefind-N``); return notes (why there is no index, when
    there is none) and figures (seconds, bytes and files written, shards, reindexed,
    indexed: the bundles made now, digests).

    ``previous``: the site as last published, ``digests`` its shards' (from its build
    state; read from it when not given); a shard whose digest (its documents' HTML, the
    options, the Pagefind version) is unchanged is hard-linked from there instead of
    indexed again — or, ``in_place`` (``site`` holds only what changed, to be put into
    ``previous``), left where it is; an HTML edition not under ``site`` is read from
    ``previous``. Shards are indexed by up to ``jobs`` Pagefind processes at once;
    setting ``stop`` (from another thread) kills them and raises :class:`Stopped`."""
    groups = shards(docs)
    if not groups:
        return [], {}
    binary = executable()
    if binary is None:
        return [
            "no search index: the pagefind package is not installed (pip install 'pagefind[bin]')"
        ], {}
    html = indexed(docs)
    langs = {(d.get("meta", {}).get("language") or "en").split("-")[0] for d in html}
    # one language for all (Pagefind would split by language; shards must agree)
    forced = language(html) if len(langs) > 1 or len(groups) > 1 else ""
    version = _version(binary)
    mine = {k: _digest(members, forced, version) for k, members in groups.items()}
    if digests is None and previous is not None:
        digests = (load_state(previous).get("search") or {}).get("shards")
    old = digests or {}
    start = time.perf_counter()
    todo = []
    written = []
    for name in groups:
        if previous and old.get(name) == mine[name]:
            if in_place and (previous / name / "pagefind-entry.json").is_file():
                continue  # stays where it is
            if not in_place and _carry(previous / name, site / name):
                written.append(name)
                continue
        todo.append(name)
    sources = previous if in_place else None
    failures = _run_pagefind(
        site, binary, {k: groups[k] for k in todo}, forced, jobs, sources, stop or threading.Event()
    )
    seconds = time.perf_counter() - start
    if failures:
        return [f"no search index: pagefind failed: {failures[0]}"], {}
    files = [p for name in written + todo for p in (site / name).rglob("*") if p.is_file()]
    return [], {
        "seconds": seconds,
        "bytes": float(sum(p.stat().st_size for p in files)),
        "files": float(len(files)),
        "shards": float(len(groups)),
        "reindexed": float(len(todo)),
        "indexed": todo,
        "digests": mine,
    }


def _carry(old: Path, new: Path) -> bool:
    """Hard-link (or copy) an unchanged bundle from the previous site; False if it is
    not there whole."""
    if not (old / "pagefind-entry.json").is_file():
        return False
    try:
        shutil.copytree(old, new, copy_function=_link, symlinks=False)
    except (OSError, shutil.Error):
        shutil.rmtree(new, ignore_errors=True)
        return False
    return True


def _link(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


class Stopped(Exception):
    """Indexing was stopped from another thread (the build was interrupted)."""


def _run_pagefind(
    site: Path,
    binary: Path,
    groups: dict[str, list[dict[str, Any]]],
    forced: str,
    jobs: int | None,
    sources: Path | None,
    stop: threading.Event,
) -> list[str]:
    """Index each shard from a folder of hard links to its HTML editions (the URLs stay
    ``/slug/slug.html``; an edition not under ``site`` is taken from ``sources``),
    ``jobs`` at a time; the failures' last lines."""
    work = site / ".pagefind-shards"
    running: list[tuple[subprocess.Popen[str], Path]] = []
    failures: list[str] = []
    width = max(1, jobs or os.cpu_count() or 1)

    def wait(process: subprocess.Popen[str], name: Path) -> None:
        deadline = time.monotonic() + TIMEOUT
        while True:
            if stop.is_set():
                raise Stopped("the build stopped")  # the finally below kills the processes
            try:
                out, err = process.communicate(timeout=min(0.1, TIMEOUT))
                break
            except subprocess.TimeoutExpired:
                if time.monotonic() > deadline:
                    process.kill()
                    out, err = process.communicate()
                    break
        if process.returncode != 0 or not (name / "pagefind.js").is_file():
            failures.append(((err or out).strip().splitlines() or ["no output"])[-1])

    try:
        for name, members in groups.items():
            if stop.is_set():
                raise Stopped("the build stopped")
            folder = work / name
            for doc in members:
                slug = doc["slug"]
                (folder / slug).mkdir(parents=True, exist_ok=True)
                html = site / slug / f"{slug}.html"
                if sources is not None and not html.is_file():
                    html = sources / slug / f"{slug}.html"
                _link(str(html), str(folder / slug / f"{slug}.html"))
            target = (site / name).resolve()
            command = [
                str(binary),
                "--site",
                str(folder),
                "--output-path",
                str(target),
                "--silent",
                "--glob",
                "*/*.html",
                "--exclude-selectors",
                EXCLUDE,
            ]
            if forced:
                command += ["--force-language", forced]
            if len(running) >= width:
                wait(*running[0])
                running.pop(0)
            try:
                process = subprocess.Popen(
                    command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
                )
            except OSError as exc:
                failures.append(f"pagefind did not run ({exc})")
                break
            running.append((process, target))
        while running:
            wait(*running[0])  # popped once finished: a cut wait leaves it to the finally
            running.pop(0)
    finally:
        for process, _ in running:
            process.kill()
            process.wait()
        shutil.rmtree(work, ignore_errors=True)
    return failures


FILTER_LABELS = (
    ("decade", "Decade"),
    ("year", "Year"),
    ("periodical", "Periodical"),
    ("author", "Author"),
    ("participant", "Participant"),
    ("language", "Language"),
    ("kind", "Kind of text"),
)


def search_body(names: list[str] | None = None) -> str:
    """The search page's content: a form that works as a plain GET form, the filter
    controls (filled by the script) and the places the script writes to. ``names``: the
    index's bundles (:func:`bundles`), the first one primary, the others merged into it."""
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
        f'<ol id="results" class="results" data-bundles="{escape(" ".join(names or [FOLDER]))}">'
        "</ol>\n"
        '<script defer src="site-search.js"></script>'
    )
