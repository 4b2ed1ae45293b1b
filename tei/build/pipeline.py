"""One edition through the stages: TEI (convert or master) → validate → render.

``process`` runs in worker processes; schemas and stylesheets are compiled lazily
and cached per process by the modules that own them, so each worker compiles them
once, not once per document. A failure is returned as data, never raised: one bad
document does not stop the others.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from tei.build.editions import Edition
from tei.diagnostics import Diagnostic
from tei.errors import EXIT_INTERNAL, TeiError
from tei.xmlio import ensure_readable, parse_bytes, read_bytes, serialize, xpath

FORMATS = ("tei", "html", "text", "pdf")
SUFFIX = {"tei": ".xml", "html": ".html", "text": ".txt", "pdf": ".pdf"}


@dataclass
class DocResult:
    """What building one edition produced."""

    slug: str
    files: dict[str, bytes] = field(default_factory=dict)  # file name → content
    diagnostics: list[Diagnostic] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    exit_code: int = 0  # the failure's exit code (tei.errors): 2 unreadable input, 1 other
    tree: etree._ElementTree | None = field(default=None, repr=False)  # the published TEI
    timings: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage

    @property
    def ok(self) -> bool:
        return self.error is None

    def count(self, severity: str) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)


def process(edition: Edition, formats: tuple[str, ...], options: dict[str, Any]) -> DocResult:
    """Build one edition's outputs in memory."""
    result = DocResult(edition.slug)
    try:
        if edition.problem is not None:
            raise edition.problem
        tree, tei_bytes = _tei(edition, result)
        if edition.registers and options.get("names", True):
            tei_bytes = _tag_names(tree, edition, result)
        result.tree = tree
        if "tei" in formats:
            result.files[edition.slug + SUFFIX["tei"]] = tei_bytes
        result.meta.update(metadata(tree))
        _timed(
            result,
            "validate",
            lambda: result.diagnostics.extend(validate_tree(tree, edition, options)),
        )
        for fmt in formats:
            if fmt == "tei":
                continue
            rendered = _timed(result, fmt, lambda f=fmt: _render(tree, f, options))
            result.files[edition.slug + SUFFIX[fmt]] = rendered
        errors = [d for d in result.diagnostics if d.severity == "error"]
        result.meta["status"] = "invalid" if errors else "valid"
    except TeiError as exc:
        result.error, result.exit_code = str(exc), exc.exit_code
    except Exception as exc:  # a bug must not stop the other documents
        result.error = f"internal error: {type(exc).__name__}: {exc}"
        result.exit_code = EXIT_INTERNAL
    return result


def build_document(
    edition: Edition,
    formats: tuple[str, ...],
    options: dict[str, Any],
    key: str,
    site_dir: Path,
    oai: bool = True,
) -> tuple[dict[str, Any], dict[str, float]]:
    """Worker task: build one edition and write its outputs and its page into
    ``site_dir/<slug>/``; return its site record and stage timings.

    Writing in the worker spreads the file writes over the cores and sends back a small
    record instead of the outputs. A failed document's folder gets only its page: the
    main process then carries over the last good outputs. ``oai``: also make the
    document's OAI-PMH record (not worth it for collections too large for one).
    """
    from tei.build import site
    from tei.build.editions import RESERVED
    from tei.safety import fault

    fault("build.worker")
    start = time.process_time()
    result = process(edition, formats, options)
    site.prepare(result)  # browse facets; the HTML edition marked for search (tei.build.site)
    doc = record(edition, result, key)
    if RESERVED.search(edition.slug):  # its folder would collide with a site file: none
        return doc, result.timings
    folder = site_dir / edition.slug
    folder.mkdir(parents=True, exist_ok=True)
    stamps: dict[str, list[int]] = {}
    if result.ok:
        for name, data in result.files.items():
            (folder / name).write_bytes(data)
            stat = (folder / name).stat()
            stamps[name] = [stat.st_ino, stat.st_size, stat.st_mtime_ns]
    doc["stamps"] = stamps  # for the next build's cheap check of the outputs (build._current)
    tei_name = edition.slug + SUFFIX["tei"]
    if oai and result.ok and tei_name in result.files:  # OAI-PMH record, from the published TEI
        from tei.exchange.oai import RepositoryInfo, make_record

        info = RepositoryInfo(site_url=options.get("site_url") or "")
        assert result.tree is not None  # set whenever the TEI was made
        oai = make_record(edition.slug, result.tree, info)
        doc["oai"] = {"datestamp": oai.datestamp, "dc": oai.dc.decode("utf-8")}
    (folder / "index.html").write_bytes(site.document_page(doc))
    # the worker's own work: facets, unhandled elements, records, digests, writes, page
    result.timings["other"] = time.process_time() - start - sum(result.timings.values())
    return doc, result.timings


def record(edition: Edition, result: DocResult, key: str) -> dict[str, Any]:
    """What the site (index, report, manifest) and the build state keep of a document."""
    from tei.build import site

    shown = local_paths(edition.folder.parent)
    return {
        "slug": edition.slug,
        "key": key,
        "status": "failed" if not result.ok else result.meta.get("status", "valid"),
        "meta": result.meta,
        "error": shown(result.error) if result.error else result.error,
        "errors": result.count("error") + (0 if result.ok else 1),
        "warnings": result.count("warning"),
        "diagnostics": [shown(str(d)) for d in result.diagnostics if d.severity != "info"],
        "files": {name: site.file_info(data) for name, data in sorted(result.files.items())},
    }


def local_paths(editions_dir: Path) -> Any:
    """A function that writes paths below ``editions_dir`` relative to it (``slug/file``):
    published pages and the build state never show where the editions lie on this disk.
    Messages are also folded to one line (libxml2's can hold newlines)."""
    import os

    prefixes = sorted(
        {
            str(editions_dir) + os.sep,
            os.path.realpath(editions_dir) + os.sep,
            os.path.abspath(editions_dir) + os.sep,
        },
        key=len,
        reverse=True,
    )

    def shown(text: str) -> str:
        for prefix in prefixes:
            if prefix not in (os.sep, "." + os.sep):
                text = text.replace(prefix, "")
        return " ".join(text.splitlines())

    return shown


def _timed(result: DocResult, stage: str, work: Any) -> Any:
    start = time.process_time()
    value = work()
    result.timings[stage] = result.timings.get(stage, 0.0) + time.process_time() - start
    return value


def _tei(edition: Edition, result: DocResult) -> tuple[etree._ElementTree, bytes]:
    if edition.master is not None:
        data = read_bytes(edition.master)
        tree = _timed(result, "parse", lambda: parse_bytes(data, str(edition.master)))
        return tree, data
    from tei.convert import convert

    assert edition.source is not None
    converted = _timed(result, "convert", lambda: convert(edition.source, config=edition.config))
    result.diagnostics.extend(converted.diagnostics)
    # render what the site publishes: the serialised TEI, not the unindented in-memory tree
    return parse_bytes(converted.data, str(edition.source)), converted.data


def _tag_names(tree: etree._ElementTree, edition: Edition, result: DocResult) -> bytes:
    """Tag mentions of the register's entries in memory (tei.names); the published TEI
    carries them, so every format gets its index."""
    from tei.names import collection_index, tag_tree

    def tag() -> bytes:
        register = _register(edition.registers[0])
        for more in edition.registers[1:]:
            register = register.extend(_register(more))
        report = tag_tree(tree, register, source=str(edition.master or edition.source))
        result.diagnostics.extend(report.diagnostics)
        result.meta["names"] = collection_index({edition.slug: tree})
        data = serialize(tree)
        ensure_readable(data, str(edition.master or edition.source))
        return data

    return _timed(result, "names", tag)


def _register(path: Path) -> Any:
    """A register file, read once per worker (a collection's register serves every
    edition; reading it costs about 0.7 ms), again only when the file changes."""
    stat = path.stat()
    return _load_register(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _load_register(path: str, mtime_ns: int, size: int) -> Any:
    from tei.names import load_register

    return load_register(path)


def _render(tree: etree._ElementTree, fmt: str, options: dict[str, Any]) -> bytes:
    from tei.render import render

    output = render(tree, fmt, options.get("params", {}).get(fmt))
    return output if isinstance(output, bytes) else output.encode("utf-8")


def validate_tree(
    tree: etree._ElementTree, edition: Edition, options: dict[str, Any]
) -> list[Diagnostic]:
    """Profile + Schematron (and TEI All when configured) diagnostics for one document."""
    from tei.validate import validate_tree as run

    name = str(edition.master or edition.source)
    return run(tree, source=name, tei_all=options.get("tei_all"))


def metadata(tree: etree._ElementTree) -> dict[str, Any]:
    """What the site's index shows of a document, read from its header."""
    root = tree.getroot()

    def text(path: str) -> str:
        return " ".join(str(xpath(f"normalize-space({path})")(root)).split())

    source = xpath("//tei:sourceDesc/tei:biblStruct[1]")(root)
    citation = ""
    if source:
        parts = [text("//tei:sourceDesc/tei:biblStruct[1]/tei:monogr/tei:title[1]")]
        for unit, label in (("volume", "Vol. "), ("issue", "No. ")):
            value = text(f"//tei:sourceDesc/tei:biblStruct[1]//tei:biblScope[@unit='{unit}']")
            if value:
                parts.append(label + value)
        date = text("//tei:sourceDesc/tei:biblStruct[1]//tei:imprint/tei:date")
        if date:
            parts.append(date)
        citation = ", ".join(p for p in parts if p)
    date_attr = xpath(
        "string((//tei:sourceDesc//tei:imprint/tei:date/@when"
        " | //tei:sourceDesc//tei:imprint/tei:date/@from"
        " | //tei:profileDesc//tei:creation/tei:date/@when)[1])"
    )(root)
    people = []
    for person in xpath("//tei:particDesc//tei:person")(root):
        name = xpath("normalize-space(tei:persName[1])")(person)
        people.append(str(name) or person.get("{http://www.w3.org/XML/1998/namespace}id", "?"))
    return {
        "title": text("//tei:teiHeader//tei:titleStmt/tei:title[1]") or "(untitled)",
        "date": str(date_attr),
        "source": citation,
        "participants": people,
        "language": str(xpath("string(//tei:text/@xml:lang | /tei:TEI/@xml:lang)")(root)),
    }
