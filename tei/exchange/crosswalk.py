"""Metadata crosswalks from a teiHeader: oai_dc, DataCite, schema.org, CSL-JSON, BibTeX.

XML targets are XSLT 1.0 stylesheets in ``transforms/crosswalks/``, compiled lazily and
cached by :mod:`tei.render.xslt` and run under its access control (no writes, no network,
imports only from ``transforms/``). JSON and BibTeX targets are written in Python from the
same header paths (:mod:`tei.exchange.citation` says why).

    crosswalk(tree, "datacite") -> bytes
    metadata_files(tree, slug) -> {"<slug>.datacite.xml": bytes, ...}

Every XML output validates against its official schema (DataCite kernel 4.6 and 4.7, OAI
``oai_dc``), and the CSL-JSON against CSL's JSON Schema (``tests/test_exchange_schemas.py``).
DataCite registers DOIs: a DataCite record without the edition's DOI would be invalid, so
:func:`crosswalk` refuses to write one (``datacite-no-doi``) and :func:`metadata_files` leaves it
out with a warning that says what a deposit needs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from lxml import etree

from tei.dates import source_date_epoch
from tei.diagnostics import Diagnostic
from tei.errors import UsageError
from tei.exchange import bibtex, citation
from tei.exchange.header import EditionRecord, read_record
from tei.render import xslt

CROSSWALKS_DIR = xslt.TRANSFORMS_DIR / "crosswalks"

#: XML targets: the stylesheet in transforms/crosswalks/ that writes them.
XSLT_TARGETS: dict[str, str] = {"oai_dc": "oai_dc.xsl", "datacite": "datacite.xsl"}
#: Python targets: the writer in tei.exchange.citation.
PY_TARGETS: dict[str, Callable[[EditionRecord], bytes]] = {
    "schema.org": citation.schema_org,
    "csl": citation.csl_json,
    "bibtex": bibtex.bibtex,
}
TARGETS: tuple[str, ...] = (*XSLT_TARGETS, *PY_TARGETS)
#: File name suffix of each target inside a package (``<slug><suffix>``).
SUFFIXES: dict[str, str] = {
    "oai_dc": ".dc.xml",
    "datacite": ".datacite.xml",
    "schema.org": ".schema.jsonld",
    "csl": ".csl.json",
    "bibtex": ".bib",
}
#: Stylesheet parameters the XML crosswalks accept (all optional strings).
PARAMS = ("edition-url", "doi")


def stylesheet(target: str) -> Path:
    """The crosswalk stylesheet for an XML target."""
    return CROSSWALKS_DIR / XSLT_TARGETS[target]


def _check(target: str) -> None:
    if target not in TARGETS:
        raise UsageError(
            f"unknown crosswalk {target!r}; choose from: {', '.join(TARGETS)}",
            code="crosswalk-target",
        )


def crosswalk(
    tree: etree._ElementTree | etree._Element,
    target: str,
    params: Mapping[str, str] | None = None,
    *,
    slug: str = "",
) -> bytes:
    """The header of ``tree`` in the ``target`` format (UTF-8 bytes, trailing newline)."""
    _check(target)
    doc = tree if isinstance(tree, etree._ElementTree) else tree.getroottree()
    if target in PY_TARGETS:
        return PY_TARGETS[target](read_record(doc, slug))
    values = dict(params or {})
    unknown = sorted(set(values) - set(PARAMS))
    if unknown:
        raise UsageError(
            f"unknown crosswalk parameter(s) {', '.join(unknown)}; choose from {', '.join(PARAMS)}",
            code="crosswalk-param",
        )
    quoted = {k: etree.XSLT.strparam(v) for k, v in values.items()}
    done = xslt.run(stylesheet(target), doc, quoted)
    if target == "datacite":
        _require_doi(done.result, doc)
        _publication_year(done.result, doc)
    data = bytes(done.result)  # serialised as the stylesheet's xsl:output says (indented)
    return data if data.endswith(b"\n") else data + b"\n"


NO_DOI = (
    "no DOI: a DataCite record needs the edition's DOI as its identifier, so none was written; "
    'for a deposit, reserve a DOI with the repository and add DOI = "10.…" under '
    "[edition.identifiers] in edition.toml (publicationStmt/idno[@type='DOI'])"
)


def _require_doi(result: etree._XSLTResultTree, doc: etree._ElementTree) -> None:
    """DataCite's identifier is mandatory and is the DOI: without one, a clear error."""
    if result.getroot().find("{http://datacite.org/schema/kernel-4}identifier") is None:
        raise UsageError(NO_DOI, file=doc.docinfo.URL or None, code="datacite-no-doi")


def _publication_year(result: etree._XSLTResultTree, doc: etree._ElementTree) -> None:
    """DataCite requires a publication year: the edition's date, else its latest dated
    change (the stylesheet's choice), else SOURCE_DATE_EPOCH's year; else a clear error."""
    year = result.getroot().find("{http://datacite.org/schema/kernel-4}publicationYear")
    if year is None or (year.text or "").strip():
        return
    year.text = source_date_epoch("%Y")
    if year.text:
        return
    raise UsageError(
        "DataCite needs a publication year and the edition has no date: add "
        "publicationStmt/date[@when], or date the conversion (conversion_date in edition.toml "
        "or SOURCE_DATE_EPOCH)",
        file=doc.docinfo.URL or None,
        code="crosswalk-no-date",
    )


def metadata_files(
    tree: etree._ElementTree | etree._Element,
    slug: str,
    params: Mapping[str, str] | None = None,
    diagnostics: list[Diagnostic] | None = None,
) -> dict[str, bytes]:
    """Every crosswalk of ``tree``, keyed by file name (``<slug>.datacite.xml`` ...).

    Without a DOI there is no DataCite record: it is left out, and a ``datacite-no-doi``
    warning saying what a deposit needs is appended to ``diagnostics``."""
    files: dict[str, bytes] = {}
    for target in TARGETS:
        try:
            files[slug + SUFFIXES[target]] = crosswalk(tree, target, params, slug=slug)
        except UsageError as exc:
            if exc.code != "datacite-no-doi":
                raise
            if diagnostics is not None:
                doc = tree if isinstance(tree, etree._ElementTree) else tree.getroottree()
                diagnostics.append(
                    Diagnostic(
                        "warning",
                        "datacite-no-doi",
                        NO_DOI,
                        file=doc.docinfo.URL or f"{slug}.xml",
                        xpath="/TEI/teiHeader/fileDesc/publicationStmt",
                    )
                )
    return files
