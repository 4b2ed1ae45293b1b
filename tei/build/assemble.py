"""Assembling a build's folder: the documents built now, those kept from the last build,
and the site around them (pages, OAI-PMH records, search index, manifest, state).

A :class:`Target` says what the folder becomes. For a swap (``live`` is None) it becomes
the whole site: unchanged documents are hard-linked into it and every page is written.
For an update (``live`` is the published site) it holds only what differs from the live
site, and :meth:`Target.moves` lists what :func:`tei.build.publish.update` puts in place:
unchanged documents are not touched, and a site page is written only when its bytes
differ from what the live site's manifest lists.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tei.build import publish, site
from tei.build.editions import Edition
from tei.build.state import STATE_NAME, save_state

if TYPE_CHECKING:
    from tei.build import BuildReport


@dataclass
class Target:
    """Where a build writes (``folder``) and, for an update, the live site it changes."""

    folder: Path
    live: Path | None = None
    documents: list[str] = field(default_factory=list)  # document folders written whole
    relinked: list[str] = field(default_factory=list)  # other documents' pages (new links)
    shards: list[str] = field(default_factory=list)  # search index bundles written
    new: list[str] = field(default_factory=list)  # site pages the live site does not have
    changed: list[str] = field(default_factory=list)  # site pages whose bytes changed
    remove: list[str] = field(default_factory=list)  # live paths the new site no longer has

    def moves(self) -> list[str]:
        """What an update puts in place, in an order that never leaves a published page
        linking to a missing file: first everything new (documents, search bundles,
        pages: only other new things link to them), then what replaces something
        (documents, their pages' new links, bundles, pages), the manifest and the state
        last. What the new site no longer has is removed after all of these."""
        live = self.live or self.folder

        def new(paths: list[str]) -> list[str]:
            return sorted(p for p in paths if not os.path.lexists(live / p))

        def replacing(paths: list[str]) -> list[str]:
            return sorted(p for p in paths if os.path.lexists(live / p))

        return [
            *new(self.documents),
            *new(self.shards),
            *sorted(self.new),
            *replacing(self.documents),
            *sorted(self.relinked),
            *replacing(self.shards),
            *sorted(self.changed),
            "manifest.json",
            STATE_NAME,
        ]


def fill(
    target: Target,
    previous_site: Path,
    editions: list[Edition],
    results: dict[str, tuple[dict[str, Any], dict[str, float]]],
    previous: dict[str, Any],
    report: BuildReport,
    options: dict[str, Any],
    searched: dict[str, Any],
    jobs: int | None,
) -> dict[str, Any]:
    """Gather the documents (``results`` built into ``target.folder`` now, the others as
    ``previous`` records) and write the site around them; the documents' records (with
    the ``stamps`` of the files built now, kept out of the published state)."""
    from tei.build.editions import RESERVED

    tmp = target.folder
    documents: dict[str, Any] = {}
    fresh: dict[str, Any] = {}
    for edition in editions:
        built = results.get(edition.slug)
        if built is None:  # unchanged
            if target.live is None:
                publish.carry_over(previous_site / edition.slug, tmp / edition.slug)
            documents[edition.slug] = previous[edition.slug]
            report.skipped.append(edition.slug)
            continue
        doc, timings = built
        for stage, seconds in timings.items():
            report.timings[stage] = report.timings.get(stage, 0.0) + seconds
        stamp = doc.pop("stamps", None)
        if RESERVED.search(edition.slug):  # no folder can hold it: reported, not on the site
            report.failed.append(edition.slug)
            report.reasons[edition.slug] = doc.get("error") or "build failed"
            continue
        target.documents.append(edition.slug)
        if doc["status"] != "failed":
            report.built.append(edition.slug)
        else:
            report.failed.append(edition.slug)
            report.reasons[edition.slug] = doc.get("error") or "build failed"
            if (previous_site / edition.slug).is_dir():  # keep the last good outputs
                page = tmp / edition.slug / "index.html"
                page.unlink()
                publish.carry_over(previous_site / edition.slug, page.parent)
                doc["files"] = dict(previous.get(edition.slug, {}).get("files", {}))
                if previous.get(edition.slug, {}).get("oai"):
                    doc["oai"] = previous[edition.slug]["oai"]
                page.unlink()  # a link to the previous site's page: never write through it
                page.write_bytes(site.document_page(doc))
        documents[edition.slug] = doc
        if stamp:
            fresh[edition.slug] = stamp
    if target.live is not None:
        target.remove += sorted(set(previous) - set(documents))
    report.notes = write_site(
        target,
        documents,
        options,
        previous=previous_site,
        searched=searched,
        jobs=jobs,
        timings=report.timings,
    )
    return {s: {**d, "stamps": fresh.get(s)} for s, d in documents.items()}


def write_site(
    target: Target | Path,
    documents: dict[str, Any],
    options: dict[str, Any],
    *,
    previous: Path | None = None,
    searched: dict[str, Any] | None = None,
    jobs: int | None = None,
    timings: dict[str, float] | None = None,
) -> list[str]:
    """Write the site's own pages, OAI-PMH records, search index, manifest and state
    into the target's folder (a folder alone: the whole site); ``searched``: the search
    index's part of the previous build's state (its shards' digests); ``timings`` gets
    the seconds of the pages and the index."""
    if isinstance(target, Path):
        target = Target(target)
    folder, live = target.folder, target.live
    docs = [documents[slug] for slug in sorted(documents)]
    from tei.build import search

    stop = threading.Event()

    def index() -> tuple[list[str], dict[str, Any], float]:
        began = time.perf_counter()
        found, figures = search.index(  # pagefind/, pagefind-N/
            folder,
            docs,
            previous=previous,
            digests=(searched or {}).get("shards"),
            jobs=jobs,
            in_place=live is not None,
            stop=stop,
        )
        return found, figures, time.perf_counter() - began

    # Pagefind indexes (in its own processes) while the pages are made: it needs only the
    # documents' HTML editions and records, which are final by now
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tei-search") as pool:
        indexing = pool.submit(index)
        try:
            start = time.perf_counter()
            pages = site.site_pages(docs)  # index, browse/, search, report, names, css, js
            notes = _place_pages(target, docs, pages, options)
            (folder / "manifest.json").write_bytes(site.manifest(docs, pages))
            seconds = time.perf_counter() - start
            found, figures, searching = indexing.result()
        except BaseException:  # interrupted, or failed: Pagefind stops too, now
            stop.set()
            raise
    notes += found
    target.shards += figures.get("indexed", [])
    if live is not None:
        kept = set(figures.get("digests", {}))
        target.remove += sorted(set((searched or {}).get("shards") or {}) - kept)
    if timings is not None:
        timings["site pages"] = seconds
        timings["search index"] = searching
        for key in ("shards", "reindexed", "bytes"):  # not seconds: read by the benchmarks
            timings[f"search {key}"] = float(figures.get(key, 0.0))
    saved = dict(options)
    if saved.get("tei_all"):  # no local path in the published state
        saved["tei_all"] = Path(str(saved["tei_all"])).name
    state: dict[str, Any] = {"documents": documents, "options": saved}
    if figures.get("digests"):  # the next build carries unchanged shards of the index over
        state["search"] = {"shards": figures["digests"]}
    save_state(folder, state)
    return notes


def _place_pages(
    target: Target, docs: list[dict[str, Any]], pages: dict[str, bytes], options: dict[str, Any]
) -> list[str]:
    """Add the OAI-PMH repository to ``pages``, give the document pages their links, and
    write the pages into the target's folder (for an update, only those that changed)."""
    folder, live = target.folder, target.live
    built = set(target.documents)
    linked = site.link_documents(folder, docs, live=live)  # previous/next on document pages
    target.relinked += [f"{slug}/index.html" for slug in linked if slug not in built]
    notes = _oai(pages, docs, target, options)
    listed = _listed(live) if live is not None else {}
    for name, data in pages.items():
        if live is not None and _same(live / name, data, listed.get(name)):
            continue
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
        (target.changed if name in listed else target.new).append(name)
    if live is not None:
        target.remove += sorted(set(listed) - set(pages))
    return notes


def _oai(
    pages: dict[str, bytes], docs: list[dict[str, Any]], target: Target, options: dict[str, Any]
) -> list[str]:
    """Add the OAI-PMH static repository to ``pages`` (a note when there are too many
    documents for one)."""
    from tei.exchange.oai import MAX_RECORDS, Record, RepositoryInfo, assemble, make_record
    from tei.xmlio import parse_file

    if len(docs) > MAX_RECORDS:
        return [
            f"no oai-pmh.xml: {len(docs)} documents exceed the {MAX_RECORDS} records "
            "an OAI-PMH static repository may hold"
        ]
    info = RepositoryInfo(site_url=options.get("site_url") or "")
    records = []
    for d in docs:
        name = f"{d['slug']}/{d['slug']}.xml"
        if d.get("oai"):
            oai = d["oai"]
            records.append(Record(d["slug"], oai["datestamp"], oai["dc"].encode("utf-8")))
            continue
        tei = target.folder / name
        if not tei.is_file() and target.live is not None:
            tei = target.live / name
        if f"{d['slug']}.xml" in d.get("files", {}) and tei.is_file():
            # built while the collection was too large for a repository: make it now
            record = make_record(d["slug"], parse_file(tei), info)
            d["oai"] = {"datestamp": record.datestamp, "dc": record.dc.decode("utf-8")}
            records.append(record)
    pages["oai-pmh.xml"] = assemble(records, info)
    return []


def _listed(live: Path) -> dict[str, dict[str, Any]]:
    """The site files the live site's manifest lists (name → bytes, sha256)."""
    try:
        listed = json.loads((live / "manifest.json").read_text(encoding="utf-8")).get("site")
    except (OSError, ValueError, AttributeError):
        return {}
    return listed if isinstance(listed, dict) else {}


def _same(path: Path, data: bytes, info: dict[str, Any] | None) -> bool:
    """True when the live file is what the manifest lists and that is ``data``."""
    if not info or info.get("bytes") != len(data):
        return False
    try:
        if os.stat(path).st_size != len(data):
            return False
    except OSError:
        return False
    return bool(info.get("sha256") == hashlib.sha256(data).hexdigest())
