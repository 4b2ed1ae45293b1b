"""Exchange with repositories: metadata crosswalks, deposit packages, OAI-PMH, import.

    crosswalk(tree, "oai_dc" | "datacite" | "schema.org" | "csl" | "bibtex") -> bytes
    metadata_files(tree, slug) -> {file name: bytes}        # every crosswalk, for a package
    package(edition_dir, out, format="bagit" | "zip") -> PackageResult   # ``tei package``
    static_repository(site_dir, slugs, ...) -> bytes        # OAI-PMH Static Repository
    import_tei(file, editions_dir, slug=None) -> ImportResult            # ``tei import``

Modules: :mod:`~tei.exchange.header` (header facts as data), :mod:`~tei.exchange.mentions`
(the persons, places, organisations the text names, with authority URIs),
:mod:`~tei.exchange.crosswalk`
(XSLT crosswalks and the dispatcher), :mod:`~tei.exchange.agents` (names and roles),
:mod:`~tei.exchange.citation` (schema.org JSON-LD, CSL-JSON, credits),
:mod:`~tei.exchange.bibtex`, :mod:`~tei.exchange.bagit_package`, :mod:`~tei.exchange.oai`,
:mod:`~tei.exchange.importer`. Nothing is compiled or imported at import time.
"""

from __future__ import annotations

from tei.lazy import lazy_getattr

_API = {
    "crosswalk": "tei.exchange.crosswalk:crosswalk",
    "metadata_files": "tei.exchange.crosswalk:metadata_files",
    "TARGETS": "tei.exchange.crosswalk:TARGETS",
    "read_record": "tei.exchange.header:read_record",
    "package": "tei.exchange.bagit_package:package",
    "static_repository": "tei.exchange.oai:static_repository",
    "write_static_repository": "tei.exchange.oai:write_static_repository",
    "import_tei": "tei.exchange.importer:import_tei",
}

__all__ = list(_API)


__getattr__ = lazy_getattr(__name__, _API)
