"""Tagging one edition folder, and the collection-wide index for the site."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.errors import UsageError
from tei.names.candidates import Candidate, find_candidates
from tei.names.register import TEI_NAMES, Register, load_register
from tei.names.tagging import TagReport, mention_counts, tag_tree
from tei.xmlio import NSMAP, TEI_NS, XML_NS, parse_file

REGISTER_FILE = "register.toml"
_STRING = etree.XPath("string()")  # (compiled once: root.xpath() compiles on every call)


@dataclass
class TagResult:
    """An edition tagged in memory: the tree, what was done, and the candidates left."""

    tree: etree._ElementTree
    source: Path
    register: Register
    report: TagReport
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return self.report.diagnostics


def find_tei(edition: Path) -> Path:
    """The edition's TEI file: FILE itself, else the XML beside the transcription."""
    if edition.is_file() and edition.suffix == ".txt" and edition.with_suffix(".xml").exists():
        return edition.with_suffix(".xml")  # the transcription: tag its converted TEI
    if edition.is_file():
        return edition
    if not edition.is_dir():
        raise UsageError(
            "no such edition (a folder or a TEI file)", file=str(edition), code="names-edition"
        )
    texts = sorted(edition.glob("*.txt"))
    for text in texts:
        if text.with_suffix(".xml").exists():
            return text.with_suffix(".xml")
    xmls = sorted(p for p in edition.glob("*.xml") if not p.name.endswith(".tagged.xml"))
    if len(xmls) == 1:
        return xmls[0]
    raise UsageError(
        f"cannot tell which TEI file to tag ({len(xmls)} found); name it",
        file=str(edition),
        code="names-edition",
    )


def find_register(edition: Path) -> Register:
    """The edition's register (``register.toml``), over the collection's (one folder up)."""
    folder = edition if edition.is_dir() else edition.parent
    own = folder / REGISTER_FILE
    shared = folder.parent / REGISTER_FILE
    if not own.exists() and not shared.exists():
        raise UsageError(
            f"no {REGISTER_FILE} in {folder} or {folder.parent}; write one "
            "(see docs/names.md) or pass --register",
            code="names-register",
        )
    if own.exists() and shared.exists():
        return load_register(own).extend(load_register(shared))
    return load_register(own if own.exists() else shared)


def tag_edition(edition: str | Path, register: str | Path | None = None) -> TagResult:
    """Tag an edition's TEI in memory with its register; nothing is written."""
    path = find_tei(Path(edition))
    reg = load_register(register) if register is not None else find_register(Path(edition))
    tree = parse_file(path)
    report = tag_tree(tree, reg, source=str(path))
    return TagResult(tree, path, reg, report, find_candidates(tree, reg))


def collection_index(trees: dict[str, etree._ElementTree]) -> list[dict[str, Any]]:
    """Every register entry across documents (slug → tagged tree), merged by id.

    Each item: ``{"id", "kind", "name", "authority": [...], "note", "documents":
    {slug: count}}``, sorted by kind then name: the data a site's index page needs.
    """
    return merge_indexes(_document_index(slug, tree) for slug, tree in sorted(trees.items()))


def merge_indexes(indexes: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Merge per-document indexes (as :func:`collection_index` makes them) by kind and id:
    authority URIs and documents are united, the first note kept."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for index in indexes:
        for item in index:
            entry = merged.setdefault(
                (item["kind"], item["id"]),
                {**item, "authority": [], "note": "", "documents": {}},
            )
            for uri in item["authority"]:
                if uri not in entry["authority"]:
                    entry["authority"].append(uri)
            entry["note"] = entry["note"] or item["note"]
            entry["documents"].update(item["documents"])
    return sorted(merged.values(), key=lambda i: (i["kind"], i["name"].lower(), i["id"]))


def _document_index(slug: str, tree: etree._ElementTree) -> list[dict[str, Any]]:
    """One document's entries that the text mentions, with their mention counts."""
    kinds = {f"{{{TEI_NS}}}{TEI_NAMES[k][1]}": k for k in TEI_NAMES}
    counts = mention_counts(tree)
    found: dict[str, dict[str, Any]] = {}
    for el in tree.getroot().iter(*kinds):
        ident = el.get(f"{{{XML_NS}}}id")
        if not ident or not counts.get(ident) or ident in found:
            continue
        kind = kinds[el.tag]
        name_el = el.find(f"tei:{TEI_NAMES[kind][2]}", NSMAP)
        name = " ".join((_STRING(name_el) if name_el is not None else ident).split())
        note = el.find("tei:note", NSMAP)
        found[ident] = {
            "id": ident,
            "kind": kind,
            "name": name,
            "authority": [p.get("target") for p in el.findall("tei:ptr[@type='authority']", NSMAP)],
            "note": " ".join(_STRING(note).split()) if note is not None else "",
            "documents": {slug: counts[ident]},
        }
    return list(found.values())
