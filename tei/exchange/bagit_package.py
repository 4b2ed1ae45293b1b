"""``tei package``: one edition as a BagIt bag (RFC 8493), as a folder or a zip file.

Payload (``data/``)::

    tei/<slug>.xml                       the TEI the site publishes
    renderings/<slug>.html .txt .pdf     the editions built from it
    source/<transcription>.txt           what the TEI was made from, and edition.toml
    metadata/<slug>.dc.xml .datacite.xml .schema.jsonld .csl.json .bib

Manifests are SHA-256 and SHA-512, written by the ``bagit`` library, and the bag is
validated after writing. Bag-info: Source-Organization (the edition's publisher),
External-Description, External-Identifier, Bagging-Date (SOURCE_DATE_EPOCH, else the TEI's
conversion or publication date; the clock only when neither exists). Same edition, same
payload manifests; a zip has sorted entries with fixed timestamps and modes.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lxml import etree

import tei
from tei.build.editions import Edition, load
from tei.build.pipeline import FORMATS, SUFFIX, process
from tei.dates import source_date_epoch
from tei.diagnostics import Diagnostic
from tei.errors import EXIT_USAGE, BuildError, OverwriteRefused, ReadError, UsageError
from tei.exchange.citation import plain_citation
from tei.exchange.crosswalk import metadata_files
from tei.exchange.header import read_record
from tei.safety import (
    alive,
    check_output_folder,
    exchange,
    exclusive,
    fault,
    remove_tree,
    temp_name,
    temporaries,
)
from tei.xmlio import NSMAP, parse_bytes, read_bytes

PACKAGE_FORMATS = ("bagit", "zip")
CHECKSUMS = ("sha256", "sha512")
FOLDERS = {"tei": "tei", "html": "renderings", "text": "renderings", "pdf": "renderings"}


@dataclass
class PackageResult:
    """What ``package`` wrote."""

    path: Path
    slug: str
    files: int
    bytes: int
    diagnostics: list[Diagnostic] = field(default_factory=list)


def bagging_date(tree: etree._ElementTree) -> str:
    """SOURCE_DATE_EPOCH's day, else the TEI's conversion or publication date, else today."""
    epoch = source_date_epoch()
    if epoch:
        return epoch
    for path in (
        "string(//tei:revisionDesc/tei:change[@type='conversion'][1]/@when)",
        "string(//tei:publicationStmt/tei:date[1]/@when)",
    ):
        value = str(tree.xpath(path, namespaces=NSMAP))[:10]
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return value
    return date.today().isoformat()  # nothing in the document: the clock is the only date


def find_edition(path: str | os.PathLike[str]) -> Edition:
    """The edition in a folder (``editions/<slug>``); ReadError when there is none."""
    folder = Path(path)
    if not folder.is_dir():
        raise ReadError("no such edition folder", file=str(folder), code="package-no-edition")
    edition = load(folder)
    if edition is not None and edition.problem is not None:
        raise edition.problem
    if edition is None:
        raise ReadError(
            "not an edition folder (no edition.toml, transcription or TEI)",
            file=str(folder),
            code="package-no-edition",
        )
    return edition


def payload(
    edition: Edition,
    formats: Sequence[str] = FORMATS,
    options: Mapping[str, object] | None = None,
) -> tuple[dict[str, bytes], etree._ElementTree, list[Diagnostic]]:
    """The payload files (path under data/ → bytes), the TEI tree and the build's findings."""
    wanted = tuple(dict.fromkeys(("tei", *formats)))
    unknown = set(wanted) - set(FORMATS)
    if unknown:
        raise UsageError(
            f"unknown format(s) {', '.join(sorted(unknown))}; choose from {', '.join(FORMATS)}",
            code="package-format",
        )
    opts = dict(options or {})
    first = process(edition, ("tei",), opts)  # convert (or read) and validate
    if not first.ok:  # an unreadable source exits 2, as in tei convert; anything else 1
        error = ReadError if first.exit_code == EXIT_USAGE else BuildError
        raise error(
            f"edition does not build: {first.error}", file=str(edition.folder), code="package-build"
        )
    tei_bytes = first.files[edition.slug + SUFFIX["tei"]]
    # Render from the published TEI bytes, not the converter's in-memory tree, so that the
    # renderings are exactly what re-importing data/tei/ and rebuilding gives.
    with tempfile.TemporaryDirectory(prefix="tei-package-") as tmp:
        master = Path(tmp) / f"{edition.slug}.xml"
        master.write_bytes(tei_bytes)
        published = Edition(edition.slug, Path(tmp), None, None, master)
        result = process(published, wanted, opts)  # (validates again; findings kept from the first)
    if not result.ok:
        raise BuildError(
            f"edition does not render: {result.error}",
            file=str(edition.folder),
            code="package-build",
        )
    result.files[edition.slug + SUFFIX["tei"]] = tei_bytes
    files: dict[str, bytes] = {}
    for fmt in wanted:
        name = edition.slug + SUFFIX[fmt]
        files[f"{FOLDERS[fmt]}/{name}"] = result.files[name]
    for source in (edition.config, edition.source):
        if source is not None:
            files[f"source/{source.name}"] = read_bytes(source)
    tree = parse_bytes(result.files[edition.slug + SUFFIX["tei"]], f"{edition.slug}.xml")
    found = list(first.diagnostics)  # + a warning when there is no DOI for a DataCite record
    for name, data in metadata_files(tree, edition.slug, diagnostics=found).items():
        files[f"metadata/{name}"] = data
    return files, tree, found


def bag_info(tree: etree._ElementTree, slug: str) -> dict[str, str]:
    """bag-info.txt fields read from the TEI header."""
    import bagit

    rec = read_record(tree, slug)
    description = f"{rec.full_title}: digital edition (TEI P5)"
    if rec.source:
        description = f"Digital edition (TEI P5) of: {plain_citation(rec.source)}"
    info = {
        "Source-Organization": rec.publisher or "unknown",
        "External-Description": description,
        "External-Identifier": rec.identifier("DOI") or rec.url or slug,
        "Internal-Sender-Identifier": slug,
        "Bagging-Date": bagging_date(tree),
        "Bag-Software-Agent": f"tei {tei.__version__} (bagit.py {bagit.VERSION})",
    }
    if rec.licence:
        info["Internal-Sender-Description"] = f"Licence: {rec.licence}"
    return info


def _finish_tag_files(bag_dir: Path) -> None:
    """Declare BagIt 1.0 (RFC 8493; bagit.py writes 0.97) and rewrite the tag manifests in
    sorted order (bagit lists tag files in directory order, which varies)."""
    import hashlib

    (bag_dir / "bagit.txt").write_text(
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", encoding="utf-8"
    )
    tags = sorted(
        p.relative_to(bag_dir).as_posix()
        for p in bag_dir.rglob("*")
        if p.is_file()
        and p.relative_to(bag_dir).parts[0] != "data"
        and not p.name.startswith("tagmanifest-")
    )
    for alg in CHECKSUMS:
        lines = [f"{hashlib.new(alg, (bag_dir / t).read_bytes()).hexdigest()} {t}\n" for t in tags]
        (bag_dir / f"tagmanifest-{alg}.txt").write_text("".join(lines), encoding="utf-8")


def write_bag(bag_dir: Path, files: Mapping[str, bytes], info: Mapping[str, str]) -> None:
    """Write ``files`` as the payload of a new bag at ``bag_dir`` and validate it."""
    import bagit

    bag_dir.mkdir(parents=True)
    for rel, data in sorted(files.items()):
        target = bag_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    logging.getLogger("bagit").setLevel(logging.WARNING)
    cwd = os.getcwd()  # make_bag changes directory while it works
    try:
        bagit.make_bag(str(bag_dir), dict(info), processes=1, checksums=list(CHECKSUMS))
    finally:
        os.chdir(cwd)
    _finish_tag_files(bag_dir)
    try:
        bagit.Bag(str(bag_dir)).validate(processes=1)
    except bagit.BagError as exc:
        raise BuildError(
            f"bag does not validate: {exc}", file=str(bag_dir), code="package-invalid"
        ) from None


def zip_bag(bag_dir: Path, target: Path, top: str, stamp: str) -> None:
    """Serialise a bag as a zip with one top-level folder, sorted entries, fixed times/modes."""
    year, month, day = (int(p) for p in stamp.split("-"))
    when = (max(1980, year), month, day, 0, 0, 0)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(p for p in bag_dir.rglob("*") if p.is_file()):
            entry = zipfile.ZipInfo(f"{top}/{path.relative_to(bag_dir).as_posix()}", when)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, path.read_bytes(), compresslevel=9)


def default_output(slug: str, fmt: str) -> Path:
    """``<slug>-bag`` (a folder) or ``<slug>-bag.zip`` in the current folder."""
    return Path(f"{slug}-bag.zip" if fmt == "zip" else f"{slug}-bag")


def _is_bag(path: Path) -> bool:
    """True when ``path`` is a bag (folder or zip) that tei package made: its bag-info.txt
    names tei as the Bag-Software-Agent."""
    agent = re.compile(rb"^Bag-Software-Agent: tei ", re.MULTILINE)
    try:
        if path.is_dir() and not path.is_symlink():
            with (path / "bag-info.txt").open("rb") as handle:
                return bool(agent.search(handle.read(65536)))
        if path.is_file() and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                infos = [i for i in archive.infolist() if i.filename.count("/") == 1
                         and i.filename.endswith("/bag-info.txt") and i.file_size < 65536]
                return len(infos) == 1 and bool(agent.search(archive.read(infos[0])))
    except (OSError, zipfile.BadZipFile):
        return False
    return False


def _check_replace(target: Path, edition: Edition, force: bool) -> None:
    """An existing output: replaced only with --force, only a bag tei made, never the
    current folder, an input or a folder holding one."""
    check_output_folder(
        target if target.is_dir() else target.parent / f"{target.name}.new",
        inputs=[edition.folder],
        markers=(("bag-info.txt", "bagit.txt"),),
        what="bag",
        code="package-output",
    )
    if not force:
        raise OverwriteRefused(
            "output exists; refusing to overwrite it (use --force)",
            file=str(target),
            code="package-exists",
        )
    if not _is_bag(target):
        raise OverwriteRefused(
            "refusing to replace it, even with --force: not a bag made by tei package",
            file=str(target),
            code="package-not-a-bag",
        )


def _clean_temporaries(target: Path) -> None:
    """Remove what earlier runs left beside ``target``: ``.<name>.bag-<pid>`` of dead
    processes, and the ``.<name>.<random>`` folders of older versions (only when they hold
    nothing but a bag being made)."""
    for stale, _, pid in temporaries(target, ["bag", "old"]):
        if pid == os.getpid() or not alive(pid):
            remove_tree(stale)
    legacy = re.compile(re.escape(f".{target.name}.") + r"[a-z0-9_]{8}")
    for entry in os.scandir(target.parent):
        if not (legacy.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)):
            continue
        inside = os.listdir(entry.path)
        if all(n == "bag.zip" or (Path(entry.path) / n / "bagit.txt").exists() for n in inside):
            remove_tree(Path(entry.path))


def _replace(built: Path, target: Path) -> None:
    """Put the new bag in place: one atomic rename for a zip, an atomic exchange for a
    folder (or: rename the old aside, rename the new in, remove the old)."""
    if not os.path.lexists(target) or target.is_file():
        os.replace(built, target)
        return
    if exchange(built, target):
        remove_tree(built)  # now the old bag
        return
    old = temp_name(target, "old")
    target.rename(old)
    built.rename(target)
    remove_tree(old)


def package(
    edition_dir: str | os.PathLike[str],
    out: str | os.PathLike[str] | None = None,
    *,
    fmt: str = "bagit",
    formats: Sequence[str] = FORMATS,
    force: bool = False,
    options: Mapping[str, object] | None = None,
) -> PackageResult:
    """Package one edition folder as a validated BagIt bag (folder) or a zipped bag."""
    if fmt not in PACKAGE_FORMATS:
        raise UsageError(
            f"unknown package format {fmt!r}; choose from: {', '.join(PACKAGE_FORMATS)}",
            code="package-format",
        )
    edition = find_edition(edition_dir)
    target = Path(out) if out is not None else default_output(edition.slug, fmt)
    if os.path.lexists(target):
        _check_replace(target, edition, force)
    else:
        check_output_folder(
            target, inputs=[edition.folder], markers=(), what="bag", code="package-output"
        )
    files, tree, diagnostics = payload(edition, formats, options)
    info = bag_info(tree, edition.slug)
    target.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(target, "bag"):
        _clean_temporaries(target)
        work = temp_name(target, "bag")
        work.mkdir()
        try:
            bag_dir = work / edition.slug
            write_bag(bag_dir, files, info)
            if fmt == "zip":
                built = work / "bag.zip"
                zip_bag(bag_dir, built, f"{edition.slug}-bag", info["Bagging-Date"])
            else:
                built = bag_dir
            fault("package.before-replace")
            _replace(built, target)
        finally:
            remove_tree(work)
    return PackageResult(
        target, edition.slug, len(files), sum(len(d) for d in files.values()), diagnostics
    )
