"""Every metadata file ``tei package`` and ``tei build`` write validates against its official
schema, offline: DataCite kernel 4.6 and 4.7, OAI-PMH ``oai_dc``, the OAI static repository
(``oai-pmh.xml``, with a driver schema importing ``oai_dc`` and ``oai-identifier``) and CSL-JSON
(CSL's JSON Schema, with ``jsonschema``). The schemas are the byte-exact copies in
``../shared/exchange-schemas/``; their remote ``schemaLocation``s resolve to those copies
through its ``catalog.xml`` (an lxml resolver reading the catalog, so nothing depends on when
libxml2 first read ``XML_CATALOG_FILES``), and the parser never touches the network.

schema.org JSON-LD and BibTeX have no official schema to validate against; their structure is
asserted in tests/test_exchange_crosswalk.py. ``tei package`` writes no METS or MODS.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from lxml import etree

from tei.exchange.crosswalk import crosswalk, metadata_files
from tei.xmlio import parse_file

from .conftest import DEMO, DEMO_TEI, SHARED, need_shared

pytestmark = pytest.mark.shared

SCHEMAS = SHARED / "exchange-schemas"
FIXTURES = Path(__file__).parent / "fixtures" / "exchange"
HEADERS = ("structured.xml", "corrected.xml", "demo-old-header.xml")
SLUG = "bolivian-miner-1965"
CATALOG = "{urn:oasis:names:tc:entity:xmlns:xml:catalog}"
STATIC_DRIVER = b"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/static-repository"
    schemaLocation="http://www.openarchives.org/OAI/2.0/static-repository.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/"
    schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai-identifier"
    schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"/>
</xs:schema>"""


class CatalogResolver(etree.Resolver):
    """Resolve URLs as ``catalog.xml`` says (system, uri, rewriteSystem); nothing else."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        root = etree.parse(str(folder / "catalog.xml")).getroot()
        self.exact = {
            e.get("systemId"): folder / e.get("uri") for e in root.iter(CATALOG + "system")
        }
        self.exact.update(
            {e.get("name"): folder / e.get("uri") for e in root.iter(CATALOG + "uri")}
        )
        self.prefixes = [
            (e.get("systemIdStartString"), f"{folder}/{e.get('rewritePrefix')}")
            for e in root.iter(CATALOG + "rewriteSystem")
        ]
        self.asked: list[str] = []

    def resolve(self, url, pubid, context):  # type: ignore[no-untyped-def]
        self.asked.append(url)
        if url in self.exact:
            return self.resolve_filename(str(self.exact[url]), context)
        for start, local in self.prefixes:
            if url.startswith(start):
                return self.resolve_filename(local + url[len(start) :], context)
        return None  # not in the catalog: a relative include, read from the disk


@pytest.fixture(scope="module")
def schemas() -> dict[str, etree.XMLSchema]:
    folder = need_shared(SCHEMAS / "catalog.xml").parent
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(CatalogResolver(folder))

    def load(url: tuple[str, str]) -> etree.XMLSchema:  # by the URL instances give
        driver = (
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
            f'<xs:import namespace="{url[0]}" schemaLocation="{url[1]}"/></xs:schema>'
        )
        return etree.XMLSchema(etree.fromstring(driver.encode(), parser))

    dc = "http://datacite.org/schema/kernel-4"
    return {
        "datacite-4.6": load((dc, "https://schema.datacite.org/meta/kernel-4.6/metadata.xsd")),
        "datacite-4.7": load((dc, "https://schema.datacite.org/meta/kernel-4.7/metadata.xsd")),
        "oai_dc": load(
            (
                "http://www.openarchives.org/OAI/2.0/oai_dc/",
                "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
            )
        ),
        "static": etree.XMLSchema(etree.fromstring(STATIC_DRIVER, parser)),
    }


@pytest.fixture(scope="module")
def csl():  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(need_shared(SCHEMAS / "csl" / "csl-data.json").read_text("utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def assert_valid(schema: etree.XMLSchema, data: bytes, what: str) -> etree._Element:
    root = etree.fromstring(data)
    if not schema.validate(root):
        errors = "\n".join(str(e) for e in list(schema.error_log)[:5])
        pytest.fail(f"{what} is not valid:\n{errors}")
    return root


def assert_csl_valid(validator, data: bytes, what: str) -> list[dict]:  # type: ignore[no-untyped-def]
    items = json.loads(data)
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(items)]
    assert not errors, f"{what} is not valid CSL-JSON: {errors[:5]}"
    return items


def test_the_schemas_compile_offline_and_reject_a_wrong_record(schemas) -> None:
    bad = (
        b'<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"'
        b' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:titel>x</dc:titel></oai_dc:dc>'
    )
    assert not schemas["oai_dc"].validate(etree.fromstring(bad))
    no_id = crosswalk(parse_file(FIXTURES / "structured.xml"), "datacite").replace(
        b'<identifier identifierType="DOI">10.5072/example.1</identifier>', b""
    )
    assert not schemas["datacite-4.6"].validate(etree.fromstring(no_id))  # identifier required


@pytest.mark.parametrize("name", HEADERS)
def test_every_crosswalk_of_both_header_shapes_is_valid(schemas, csl, name: str) -> None:
    tree = parse_file(FIXTURES / name)
    dc = crosswalk(tree, "oai_dc", slug=SLUG)
    assert_valid(schemas["oai_dc"], dc, f"{name} oai_dc")
    datacite = crosswalk(tree, "datacite", {"doi": "10.5072/example.2"}, slug=SLUG)
    for version in ("datacite-4.6", "datacite-4.7"):
        assert_valid(schemas[version], datacite, f"{name} DataCite ({version})")
    assert_csl_valid(csl, crosswalk(tree, "csl", slug=SLUG), f"{name} CSL-JSON")


def test_demo_package_metadata_is_valid_and_says_a_deposit_needs_a_doi(
    schemas, csl, tmp_path
) -> None:
    """The demo has no DOI: its package holds no (invalid) DataCite record, and the package
    says why; with a DOI in edition.toml the DataCite record is there and valid."""
    from tei.exchange.bagit_package import package

    result = package(DEMO, tmp_path / "bag", formats=("tei",))
    meta = tmp_path / "bag" / "data" / "metadata"
    assert sorted(p.name for p in meta.iterdir()) == [
        f"{SLUG}.bib",
        f"{SLUG}.csl.json",
        f"{SLUG}.dc.xml",
        f"{SLUG}.schema.jsonld",
    ]
    (warning,) = [d for d in result.diagnostics if d.code == "datacite-no-doi"]
    assert warning.severity == "warning" and "needs the edition's DOI" in warning.message
    assert "[edition.identifiers]" in warning.message
    assert_valid(schemas["oai_dc"], (meta / f"{SLUG}.dc.xml").read_bytes(), "demo oai_dc")
    assert_csl_valid(csl, (meta / f"{SLUG}.csl.json").read_bytes(), "demo CSL-JSON")

    edition = tmp_path / "editions" / SLUG
    shutil.copytree(DEMO, edition)
    config = edition / "edition.toml"
    text = config.read_text("utf-8")
    assert "[edition.identifiers]\n" in text
    config.write_text(
        text.replace("[edition.identifiers]\n", '[edition.identifiers]\nDOI = "10.5072/demo.1"\n'),
        "utf-8",
    )
    result = package(edition, tmp_path / "bag-doi", formats=("tei",))
    assert not [d for d in result.diagnostics if d.code == "datacite-no-doi"]
    record = (tmp_path / "bag-doi" / "data" / "metadata" / f"{SLUG}.datacite.xml").read_bytes()
    for version in ("datacite-4.6", "datacite-4.7"):
        root = assert_valid(schemas[version], record, f"demo DataCite ({version})")
    ns = {"d": "http://datacite.org/schema/kernel-4"}
    assert root.xpath("string(d:identifier[@identifierType='DOI'])", namespaces=ns) == (
        "10.5072/demo.1"
    )


def test_build_oai_pmh_static_repository_is_valid(schemas, tmp_path, monkeypatch) -> None:
    from tei.build import build

    monkeypatch.setenv("TEI_SITE_URL", "https://editions.example.org/")
    editions = tmp_path / "editions"
    shutil.copytree(DEMO, editions / SLUG)
    build(editions, tmp_path / "site", jobs=1, formats=("tei",), names=False)
    data = (tmp_path / "site" / "oai-pmh.xml").read_bytes()
    root = assert_valid(schemas["static"], data, "oai-pmh.xml")
    records = root.findall(".//{http://www.openarchives.org/OAI/2.0/}record")
    assert len(records) == 1
    # each record's oai_dc is valid on its own too
    (dc,) = records[0].findall(".//{http://www.openarchives.org/OAI/2.0/oai_dc/}dc")
    assert_valid(schemas["oai_dc"], etree.tostring(dc), "the record's oai_dc")


def test_the_published_demo_tei_gives_valid_records(schemas, csl) -> None:
    """Whatever header shape the converter writes today, the demo's records are valid."""
    tree = parse_file(DEMO_TEI)
    assert_valid(schemas["oai_dc"], crosswalk(tree, "oai_dc", slug=SLUG), "demo oai_dc")
    files = metadata_files(tree, SLUG, {"doi": "10.5072/demo.1"})
    assert_valid(schemas["datacite-4.7"], files[f"{SLUG}.datacite.xml"], "demo DataCite")
    assert_csl_valid(csl, files[f"{SLUG}.csl.json"], "demo CSL-JSON")


def test_foreign_tei_samples_give_valid_records(schemas, csl, monkeypatch) -> None:
    """TEI from elsewhere (../shared/tei-samples: drama, letters, oral history, manuscripts …),
    dated by SOURCE_DATE_EPOCH where the header has no date, gives valid records too."""
    from tei.exchange.oai import static_repository

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    samples = sorted(need_shared(SHARED / "tei-samples").glob("*.xml"))
    assert len(samples) >= 10
    docs = []
    for path in samples:
        tree = parse_file(path)
        slug = path.stem.lower()
        docs.append((slug, tree))
        assert_valid(schemas["oai_dc"], crosswalk(tree, "oai_dc", slug=slug), f"{path.name} dc")
        datacite = crosswalk(tree, "datacite", {"doi": "10.5072/sample"}, slug=slug)
        assert_valid(schemas["datacite-4.6"], datacite, f"{path.name} DataCite")
        assert_csl_valid(csl, crosswalk(tree, "csl", slug=slug), f"{path.name} CSL-JSON")
    assert_valid(schemas["static"], static_repository(docs), "oai-pmh.xml of the samples")
