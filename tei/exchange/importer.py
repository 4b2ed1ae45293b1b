"""``tei import``: register a TEI P5 document from elsewhere (or a bag) as an edition.

The file is copied unchanged to ``editions/<slug>/<slug>.xml`` and declared the edition's
master in a new ``edition.toml``, whose ``[import]`` table records where it came from and
its SHA-256. ``tei build`` then builds it like any other edition. A bag made by
``tei package`` (a folder or a zip) is validated with ``bagit`` and its ``data/tei/*.xml``
is imported; the bag's identifiers are recorded too. Validation against TEI All (when a
schema is given) is reported as diagnostics, never fatal.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

import tei
from tei.diagnostics import Diagnostic
from tei.errors import OverwriteRefused, ReadError, UsageError
from tei.xmlio import NSMAP, TEI_NS, atomic_write, max_input_bytes, parse_bytes, read_bytes, sha256

SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


@dataclass
class ImportResult:
    """What ``import_tei`` registered."""

    slug: str
    folder: Path
    tei: Path
    sha256: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    provenance: dict[str, str] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)


def slugify(text: str) -> str:
    """A folder-safe slug: lower case ASCII letters, digits and hyphens."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].strip("-") or "edition"


def check_tei(data: bytes, source: str) -> etree._ElementTree:
    """Parse (hardened) and insist on a TEI P5 root; ReadError otherwise."""
    tree = parse_bytes(data, source)
    root = tree.getroot()
    if etree.QName(root).namespace != TEI_NS:  # TEI, teiCorpus, or a page: surface, sourceDoc…
        qname = etree.QName(root)
        where = f" in namespace {qname.namespace}" if qname.namespace else " (no namespace)"
        raise ReadError(
            f"not a TEI P5 document: root element is <{qname.localname}>{where}, "
            f"expected <TEI> in {TEI_NS}",
            file=source,
            line=root.sourceline,
            code="import-not-tei",
        )
    return tree


def _safe_extract(archive: Path, into: Path) -> Path:
    """Unzip a bag, refusing absolute paths and '..'; return its single top-level folder."""
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            for info in infos:
                name = info.filename
                parts = Path(name).parts
                if name.startswith(("/", "\\")) or ".." in parts:
                    raise ReadError(
                        f"unsafe path in zip: {name!r}; refused",
                        file=str(archive),
                        code="import-zip-unsafe",
                    )
                if (info.external_attr >> 16) & 0o170000 == 0o120000:
                    raise ReadError(
                        f"symbolic link in zip: {name!r}; refused",
                        file=str(archive),
                        code="import-zip-unsafe",
                    )
            total = sum(i.file_size for i in infos)
            if total > max_input_bytes() or len(infos) > MAX_ZIP_ENTRIES:
                raise ReadError(
                    f"zip would extract to {total:,} bytes in {len(infos):,} entries, over the "
                    f"limit ({max_input_bytes():,} bytes, {MAX_ZIP_ENTRIES:,} entries); "
                    "refused before extracting",
                    file=str(archive),
                    code="import-zip-too-large",
                )
            for info in infos:  # the sizes declared are checked as the data comes out
                _extract(zf, info, into, archive)
    except zipfile.BadZipFile as exc:
        raise ReadError(f"not a zip file: {exc}", file=str(archive), code="import-zip") from None
    tops = [p for p in into.iterdir() if p.is_dir()]
    if (into / "bagit.txt").exists():
        return into
    if len(tops) != 1:
        raise ReadError("zip holds no single bag folder", file=str(archive), code="import-bag")
    return tops[0]


MAX_ZIP_ENTRIES = 10_000


def _extract(zf: zipfile.ZipFile, info: zipfile.ZipInfo, into: Path, archive: Path) -> None:
    """Extract one member, never writing more than it declared (a lying header)."""
    target = into / info.filename
    if info.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with zf.open(info) as source, target.open("wb") as sink:
        for block in iter(lambda: source.read(1 << 20), b""):
            written += len(block)
            if written > info.file_size:
                raise ReadError(
                    f"zip member {info.filename!r} is larger than it declares; refused",
                    file=str(archive),
                    code="import-zip-too-large",
                )
            sink.write(block)


def read_bag(bag_dir: Path, shown: str) -> tuple[bytes, str, dict[str, str]]:
    """Validate a bag; return its TEI bytes, the file's name and provenance facts."""
    import bagit

    try:
        bag = bagit.Bag(str(bag_dir))
        bag.validate(processes=1)
    except bagit.BagError as exc:
        raise ReadError(f"bag does not validate: {exc}", file=shown, code="import-bag") from None
    teis = sorted((bag_dir / "data" / "tei").glob("*.xml"))
    if len(teis) != 1:
        raise ReadError(
            f"bag holds {len(teis)} TEI files in data/tei/; expected one",
            file=shown,
            code="import-bag",
        )
    info = {
        "bag": shown,
        "bag_external_identifier": str(bag.info.get("External-Identifier", "")),
        "bag_payload_oxum": str(bag.info.get("Payload-Oxum", "")),
        "bag_internal_sender_identifier": str(bag.info.get("Internal-Sender-Identifier", "")),
    }
    return read_bytes(teis[0]), teis[0].name, {k: v for k, v in info.items() if v}


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def edition_config(tei_name: str, provenance: dict[str, str]) -> bytes:
    """The edition.toml of an imported edition: the master and where it came from."""
    lines = [
        "# Registered by `tei import`: the TEI beside this file is the edition's master,",
        "# built as is by `tei build`. [import] records where it came from.",
        "",
        "[edition]",
        f"master = {_toml_string(tei_name)}",
        "",
        "[import]",
    ]
    lines += [f"{key} = {_toml_string(value)}" for key, value in provenance.items()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _default_slug(tree: etree._ElementTree, name: str, bag_slug: str = "") -> str:
    declared = str(
        tree.xpath("string(//tei:publicationStmt/tei:idno[@type='slug'][1])", namespaces=NSMAP)
    ).strip()
    return slugify(bag_slug or declared or Path(name).stem)


def _register(folder: Path, files: dict[str, bytes]) -> None:
    """Write the edition beside its place and move it in whole: a failed import leaves
    no folder (and a retry is not refused); with --force the old edition is exchanged
    for the new at once, then removed."""
    from tei.safety import alive, exchange, exclusive, fault, remove_tree, temp_name, temporaries

    folder.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(folder, "edition"):
        for stale, _, pid in temporaries(folder, ["new", "old"]):
            if pid == os.getpid() or not alive(pid):
                remove_tree(stale)  # left by a killed import
        work = temp_name(folder, "new")
        try:
            work.mkdir()
            for name, data in files.items():
                atomic_write(work / name, data)
            fault("import.before-rename")
            if folder.is_dir() and not folder.is_symlink():
                if not exchange(work, folder):
                    old = temp_name(folder, "old")
                    folder.rename(old)
                    work.rename(folder)
                    remove_tree(old)
            else:
                work.rename(folder)
        finally:
            remove_tree(work)


def import_tei(
    file: str | os.PathLike[str],
    editions_dir: str | os.PathLike[str] = "editions",
    *,
    slug: str | None = None,
    tei_all: str | os.PathLike[str] | None = None,
    force: bool = False,
) -> ImportResult:
    """Register ``file`` (TEI XML, or a bag folder/zip from ``tei package``) as an edition."""
    path = Path(file)
    provenance: dict[str, str] = {}
    bag_slug = ""
    with tempfile.TemporaryDirectory(prefix="tei-import-") as tmp:
        if path.is_dir() and (path / "bagit.txt").exists():
            data, name, provenance = read_bag(path, str(path))
        elif path.suffix.lower() == ".zip" and path.is_file():
            data, name, provenance = read_bag(_safe_extract(path, Path(tmp)), str(path))
        else:
            data, name = read_bytes(path), path.name
        bag_slug = provenance.get("bag_internal_sender_identifier", "")
    tree = check_tei(data, str(path))
    if slug is not None and not SLUG.match(slug):
        raise UsageError(
            f"--slug {slug!r}: use lower-case letters, digits, '.', '_' and '-' "
            "(starting with a letter or digit)",
            code="import-slug",
        )
    chosen = slug or _default_slug(tree, name, bag_slug)
    folder = Path(editions_dir) / chosen
    if folder.exists() and not force:
        raise OverwriteRefused(
            "edition folder exists; refusing to overwrite it (use --force or --slug)",
            file=str(folder),
            code="import-exists",
        )
    digest = sha256(data)
    provenance = {
        "source": str(file),
        "file": name,
        "sha256": digest,
        "imported_with": f"tei {tei.__version__}",
        **provenance,
    }
    diagnostics: list[Diagnostic] = []
    if tei_all:
        from tei.validate import validate_tree

        diagnostics = validate_tree(tree, source=str(path), tei_all=tei_all, profile=False)
    tei_name = f"{chosen}.xml"
    _register(folder, {tei_name: data, "edition.toml": edition_config(tei_name, provenance)})
    return ImportResult(chosen, folder, folder / tei_name, digest, diagnostics, provenance)
