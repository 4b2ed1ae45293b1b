"""Metadata crosswalks: field-by-field values for the demo edition, structure of every output.

The demo's header is read in both shapes the crosswalks accept: as the converter wrote it before
issue 15 (``fixtures/exchange/demo-old-header.xml``: ``editor[@role]`` with a comment in the
name, the converter in a respStmt) and corrected (``fixtures/exchange/corrected.xml``: resp +
persName/orgName). Validation against the official schemas is in tests/test_exchange_schemas.py;
here the values, names and roles are checked field by field.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from tei.errors import UsageError
from tei.exchange.bibtex import bibtex_escape
from tei.exchange.crosswalk import TARGETS, crosswalk, metadata_files
from tei.xmlio import parse_bytes, parse_file

from .conftest import DEMO_TEI

FIXTURE = Path(__file__).parent / "fixtures" / "exchange" / "structured.xml"
OLD_DEMO = FIXTURE.with_name("demo-old-header.xml")
CORRECTED = FIXTURE.with_name("corrected.xml")
DOI = "10.5072/demo.1"  # DataCite's test prefix: a DataCite record needs a DOI
DC = "http://purl.org/dc/elements/1.1/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DATACITE = "http://datacite.org/schema/kernel-4"
NS = {"dc": DC, "oai_dc": OAI_DC, "d": DATACITE}
DC_ELEMENTS = {
    "title",
    "creator",
    "subject",
    "description",
    "publisher",
    "contributor",
    "date",
    "type",
    "format",
    "identifier",
    "source",
    "language",
    "relation",
    "coverage",
    "rights",
}
# DataCite 4.6 controlled lists (docs: schema.datacite.org/meta/kernel-4.6)
CONTRIBUTOR_TYPES = {
    "ContactPerson",
    "DataCollector",
    "DataCurator",
    "DataManager",
    "Distributor",
    "Editor",
    "HostingInstitution",
    "Producer",
    "ProjectLeader",
    "ProjectManager",
    "ProjectMember",
    "RegistrationAgency",
    "RegistrationAuthority",
    "RelatedPerson",
    "Researcher",
    "ResearchGroup",
    "RightsHolder",
    "Sponsor",
    "Supervisor",
    "Translator",
    "WorkPackageLeader",
    "Other",
}
RELATION_TYPES = {"IsDerivedFrom", "IsSourceOf", "IsVersionOf", "IsPublishedIn", "References"}
RESOURCE_TYPES = {"Text", "JournalArticle", "BookChapter", "Book", "Journal", "Dataset", "Other"}
DATACITE_TOP = {
    "identifier",
    "creators",
    "titles",
    "publisher",
    "publicationYear",
    "resourceType",
    "subjects",
    "contributors",
    "dates",
    "language",
    "alternateIdentifiers",
    "relatedIdentifiers",
    "sizes",
    "formats",
    "version",
    "rightsList",
    "descriptions",
    "geoLocations",
    "fundingReferences",
    "relatedItems",
}


@pytest.fixture(scope="module")
def demo() -> etree._ElementTree:
    """The demo as converted with the old header shape (frozen: the converter changes)."""
    return parse_file(OLD_DEMO)


def xml(tree: etree._ElementTree, target: str, **params: str) -> etree._Element:
    return parse_bytes(
        crosswalk(tree, target, params or None, slug="bolivian-miner-1965")
    ).getroot()


def texts(root: etree._Element, path: str) -> list[str]:
    return [
        " ".join(e.text.split()) if isinstance(e, etree._Element) else str(e)
        for e in root.xpath(path, namespaces=NS)
    ]


def test_oai_dc_demo_field_by_field(demo):
    dc = xml(demo, "oai_dc")
    assert dc.tag == f"{{{OAI_DC}}}dc"
    assert texts(dc, "dc:title") == [
        "Interview With Bolivian Miner: Vivid Account of the Battle of Sora-Sora"
    ]
    # no author: an interview's creator is its interviewee (never "(:unav)" while one is named)
    assert texts(dc, "dc:creator") == ["V.E."]
    assert texts(dc, "dc:contributor") == [
        "World Outlook",  # the name only: the comment after it is not part of it
        "Special correspondent of World Outlook",
    ]  # the converter's own respStmt (software) is not a contributor
    assert texts(dc, "dc:publisher") == ["TEI Edition Toolkit — demo editions"]
    assert texts(dc, "dc:date") == ["2026-11-23"]
    assert texts(dc, "dc:type") == ["Text"]
    assert texts(dc, "dc:format") == ["application/tei+xml"]
    assert texts(dc, "dc:identifier") == ["slug:bolivian-miner-1965"]
    assert texts(dc, "dc:source") == [
        "From International Socialist Review, Vol.26 No.1, Winter 1965, p.27."
    ]
    assert texts(dc, "dc:relation") == [
        "Encyclopedia of Trotskyism On-Line (Marxists’ Internet Archive)"
    ]
    assert texts(dc, "dc:language") == ["en"]
    assert texts(dc, "dc:rights") == [
        "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ]
    url = "https://editions.example.org/bolivian-miner-1965/"
    assert texts(xml(demo, "oai_dc", **{"edition-url": url}), "dc:identifier")[0] == url


def test_oai_dc_structure_follows_the_schema(demo):
    for tree in (demo, parse_file(FIXTURE)):
        dc = xml(tree, "oai_dc")
        assert dc.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation") == (
            f"{OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
        )
        for child in dc:
            qname = etree.QName(child)
            assert qname.namespace == DC and qname.localname in DC_ELEMENTS
            assert len(child) == 0 and child.text and child.text.strip()  # simple literals


def test_datacite_demo_field_by_field(demo):
    r = xml(demo, "datacite", doi=DOI)
    assert r.tag == f"{{{DATACITE}}}resource"
    assert texts(r, "d:identifier[@identifierType='DOI']") == [DOI]
    assert texts(r, "d:creators/d:creator/d:creatorName") == ["V.E."]
    assert texts(r, "d:creators/d:creator/d:creatorName/@nameType") == ["Personal"]
    assert texts(r, "d:titles/d:title[not(@titleType)]") == ["Interview With Bolivian Miner"]
    assert texts(r, "d:titles/d:title[@titleType='Subtitle']") == [
        "Vivid Account of the Battle of Sora-Sora"
    ]
    assert texts(r, "d:titles/d:title/@xml:lang") == ["en", "en"]
    assert texts(r, "d:publisher") == ["TEI Edition Toolkit — demo editions"]
    assert texts(r, "d:publicationYear") == ["2026"]
    assert texts(r, "d:resourceType/@resourceTypeGeneral") == ["Text"]
    contributors = [
        (c.get("contributorType"), " ".join(c.findtext(f"{{{DATACITE}}}contributorName").split()))
        for c in r.iterfind(f"{{{DATACITE}}}contributors/{{{DATACITE}}}contributor")
    ]
    assert contributors == [
        ("Translator", "World Outlook"),
        ("DataCollector", "Special correspondent of World Outlook"),
    ]  # V.E. is the creator, not repeated as a contributor
    assert texts(r, "d:dates/d:date[@dateType='Issued']") == ["2026-11-23"]
    assert texts(r, "d:language") == ["en"]
    assert texts(
        r, "d:alternateIdentifiers/d:alternateIdentifier[@alternateIdentifierType='slug']"
    ) == ["bolivian-miner-1965"]
    assert texts(r, "d:rightsList/d:rights/@rightsURI") == [
        "https://creativecommons.org/licenses/by-sa/4.0/"
    ]
    assert texts(r, "d:formats/d:format") == ["application/tei+xml"]
    # the printed original: a JournalArticle the edition IsDerivedFrom
    (orig,) = r.xpath(
        "d:relatedItems/d:relatedItem[@relatedItemType='JournalArticle']", namespaces=NS
    )
    assert orig.get("relationType") == "IsDerivedFrom"
    assert texts(orig, "d:titles/d:title[not(@titleType)]") == ["Interview With Bolivian Miner"]
    assert texts(orig, "d:titles/d:title[@titleType='Other']") == ["International Socialist Review"]
    assert [
        texts(orig, f"d:{f}")
        for f in ("publicationYear", "volume", "issue", "firstPage", "lastPage")
    ] == [["1965"], ["26"], ["1"], ["27"], ["27"]]
    (web,) = r.xpath("d:relatedItems/d:relatedItem[@relatedItemType='Text']", namespaces=NS)
    assert texts(web, "d:titles/d:title") == ["Encyclopedia of Trotskyism On-Line"]
    assert texts(web, "d:contributors/d:contributor/d:contributorName") == ["Einde O’Callaghan"]
    assert texts(web, "d:contributors/d:contributor/@contributorType") == ["DataCurator"]


def test_datacite_structure_and_vocabularies():
    for tree in map(parse_file, (DEMO_TEI, OLD_DEMO, CORRECTED, FIXTURE)):
        r = xml(tree, "datacite", doi=DOI)
        assert r.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation").endswith(
            "kernel-4.6/metadata.xsd"
        )
        names = [etree.QName(c).localname for c in r]
        assert set(names) <= DATACITE_TOP and len(names) == len(set(names))
        for required in ("creators", "titles", "publisher", "publicationYear", "resourceType"):
            assert required in names
        assert re.fullmatch(r"\d{4}", r.findtext(f"{{{DATACITE}}}publicationYear"))
        assert set(texts(r, "//d:contributor/@contributorType")) <= CONTRIBUTOR_TYPES
        assert set(texts(r, "//@relationType")) <= RELATION_TYPES
        assert set(texts(r, "//@relatedItemType | //@resourceTypeGeneral")) <= RESOURCE_TYPES
        assert set(texts(r, "//@nameType")) <= {"Personal", "Organizational"}
        for el in r.iter():
            assert etree.QName(el).namespace == DATACITE


def test_datacite_structured_names_doi_and_book_chapter():
    r = xml(parse_file(FIXTURE), "datacite")
    assert texts(r, "d:identifier[@identifierType='DOI']") == ["10.5072/example.1"]
    creator = r.find(f"{{{DATACITE}}}creators/{{{DATACITE}}}creator")
    assert [" ".join(c.text.split()) for c in creator] == ["Luxemburg, Rosa", "Rosa", "Luxemburg"]
    assert texts(creator, "d:creatorName/@nameType") == ["Personal"]
    assert [
        (c.get("contributorType"), c.findtext(f"{{{DATACITE}}}contributorName"))
        for c in r.iterfind(f".//{{{DATACITE}}}contributors/{{{DATACITE}}}contributor")
    ] == [("Editor", "Editor, Ada"), ("Other", "Proof {Club} 100% #1")]
    assert texts(r, "d:publicationYear") == ["2024"]
    assert texts(r, "d:alternateIdentifiers/d:alternateIdentifier/@alternateIdentifierType") == [
        "URL"
    ]
    (chapter,) = r.xpath("d:relatedItems/d:relatedItem", namespaces=NS)
    assert chapter.get("relatedItemType") == "BookChapter"
    assert texts(chapter, "d:titles/d:title") == ["On Art", "Collected Letters"]
    assert texts(chapter, "d:firstPage | d:lastPage | d:publisher") == ["10", "14", "Dietz"]


def test_schema_org_demo_edition_cites_its_source(demo):
    data = json.loads(crosswalk(demo, "schema.org", slug="bolivian-miner-1965"))
    assert data["@context"] == "https://schema.org" and data["@type"] == "CreativeWork"
    assert data["name"] == "Interview With Bolivian Miner"
    assert data["alternativeHeadline"] == "Vivid Account of the Battle of Sora-Sora"
    assert [a["name"] for a in data["author"]] == ["V.E."]
    assert [t["name"] for t in data["translator"]] == ["World Outlook"]
    assert [c["name"] for c in data["contributor"]] == ["Special correspondent of World Outlook"]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "TEI Edition Toolkit — demo editions",
    }
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["datePublished"] == "2026-11-23" and data["inLanguage"] == "en"
    assert data["identifier"] == [
        {"@type": "PropertyValue", "propertyID": "slug", "value": "bolivian-miner-1965"}
    ]
    article, web = data["isBasedOn"]
    assert article["@type"] == "Article" and article["name"] == "Interview With Bolivian Miner"
    assert (article["datePublished"], article["pageStart"], article["pageEnd"]) == (
        "1965",
        "27",
        "27",
    )
    issue = article["isPartOf"]
    assert (issue["@type"], issue["issueNumber"]) == ("PublicationIssue", "1")
    assert (issue["isPartOf"]["@type"], issue["isPartOf"]["volumeNumber"]) == (
        "PublicationVolume",
        "26",
    )
    assert issue["isPartOf"]["isPartOf"] == {
        "@type": "Periodical",
        "name": "International Socialist Review",
    }
    assert web["@type"] == "WebPage" and web["dateModified"] == "2009-06-04"
    assert web["contributor"] == [{"@type": "Person", "name": "Einde O’Callaghan"}]


def test_csl_json_demo_edition_original_and_transcription(demo):
    edition, original, web = json.loads(crosswalk(demo, "csl", slug="bolivian-miner-1965"))
    assert edition["id"] == "bolivian-miner-1965" and edition["type"] == "document"
    assert (
        edition["title"]
        == "Interview With Bolivian Miner: Vivid Account of the Battle of Sora-Sora"
    )
    assert edition["author"] == [{"literal": "V.E."}]  # CSL's interview: author = interviewee
    assert edition["translator"] == [{"literal": "World Outlook"}]
    assert edition["interviewer"] == [{"literal": "Special correspondent of World Outlook"}]
    assert edition["issued"] == {"date-parts": [[2026, 11, 23]]}
    assert edition["language"] == "en"
    assert "license" not in edition  # not a CSL variable: custom data
    assert edition["custom"] == {"license": "https://creativecommons.org/licenses/by-sa/4.0/"}
    assert edition["note"] == (
        "Edition of: Interview With Bolivian Miner: Vivid Account of the Battle of Sora-Sora, "
        "International Socialist Review, vol. 26, no. 1, Winter 1965, p. 27. "
        "Translated by World Outlook. Transcribed & marked up by Einde O’Callaghan for the "
        "Encyclopedia of Trotskyism On-Line."
    )
    assert original["id"] == "bolivian-miner-1965-source"
    assert original["type"] == "article-journal"
    assert original["container-title"] == "International Socialist Review"
    assert (original["volume"], original["issue"], original["page"]) == ("26", "1", "27")
    assert original["issued"] == {"date-parts": [[1965]], "season": 4}  # Winter
    assert web["id"] == "bolivian-miner-1965-transcription" and web["type"] == "webpage"
    assert web["container-title"] == "Encyclopedia of Trotskyism On-Line"
    assert web["publisher"] == "Marxists’ Internet Archive"
    assert web["contributor"] == [{"literal": "Einde O’Callaghan"}]
    assert web["issued"] == {"date-parts": [[2009, 6, 4]]}  # last updated
    assert web["accessed"] == {"date-parts": [[2026, 11, 23]]}  # taken for the conversion
    assert "URL" not in web  # the demo's config gives no address: none invented


def test_bibtex_demo_three_entries(demo):
    bib = crosswalk(demo, "bibtex", slug="bolivian-miner-1965").decode()
    entries = re.findall(r"@(\w+)\{([^,]+),\n(.*?)\n\}", bib, re.S)
    assert [(kind, key) for kind, key, _ in entries] == [
        ("misc", "bolivian-miner-1965"),
        ("article", "bolivian-miner-1965-source"),
        ("online", "bolivian-miner-1965-transcription"),
    ]
    fields = [dict(re.findall(r"^  (\w+) = \{(.*)\},?$", body, re.M)) for _, _, body in entries]
    edition, original, web = fields
    assert edition["title"] == "Interview With Bolivian Miner"
    assert edition["translator"] == "{World Outlook}"
    assert edition["author"] == "{V.E.}"
    assert (web["organization"], web["date"], web["urldate"]) == (
        "Encyclopedia of Trotskyism On-Line",
        "2009-06-04",
        "2026-11-23",
    )
    assert web["note"] == "Transcribed \\& marked up by Einde O’Callaghan"
    assert (edition["year"], edition["date"], edition["langid"]) == ("2026", "2026-11-23", "en")
    assert edition["related"] == "bolivian-miner-1965-source,bolivian-miner-1965-transcription"
    assert edition["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert original["journal"] == "International Socialist Review"
    assert (original["volume"], original["number"], original["pages"]) == ("26", "1", "27")
    assert (original["year"], original["issue"]) == ("1965", "Winter 1965")


def test_bibtex_escapes_tex_specials_and_structures_names():
    bib = crosswalk(parse_file(FIXTURE), "bibtex", slug="letters").decode()
    assert "title = {Letters on Art \\& Revolution}" in bib
    assert "author = {Luxemburg, Rosa}" in bib
    assert "editor = {Editor, Ada}" in bib
    assert "pages = {10--14}" in bib and "@incollection{letters-source," in bib
    assert "booktitle = {Collected Letters}" in bib
    assert bibtex_escape("50% of $x_1 & {y}#~^\\") == (
        r"50\% of \$x\_1 \& \{y\}\#\textasciitilde{}\textasciicircum{}\textbackslash{}"
    )


def test_metadata_files_names_and_determinism(demo):
    files = metadata_files(demo, "bolivian-miner-1965", {"doi": DOI})
    assert sorted(files) == sorted(
        f"bolivian-miner-1965{s}"
        for s in (".dc.xml", ".datacite.xml", ".schema.jsonld", ".csl.json", ".bib")
    )
    assert files == metadata_files(parse_file(OLD_DEMO), "bolivian-miner-1965", {"doi": DOI})
    assert len(TARGETS) == 5


def test_no_doi_no_datacite_record_and_a_warning_saying_what_a_deposit_needs(demo):
    with pytest.raises(UsageError, match="needs the edition's DOI") as caught:
        crosswalk(demo, "datacite")
    assert caught.value.code == "datacite-no-doi"
    found: list = []
    files = metadata_files(demo, "bolivian-miner-1965", diagnostics=found)
    assert "bolivian-miner-1965.datacite.xml" not in files and len(files) == 4
    (warning,) = found
    assert (warning.severity, warning.code) == ("warning", "datacite-no-doi")
    assert 'DOI = "10.…" under [edition.identifiers] in edition.toml' in str(warning)
    assert len(str(warning).splitlines()) == 1


def test_unknown_target_or_parameter_is_a_usage_error(demo):
    with pytest.raises(UsageError, match="choose from: oai_dc, datacite"):
        crosswalk(demo, "marc")
    with pytest.raises(UsageError, match="unknown crosswalk parameter"):
        crosswalk(demo, "datacite", {"colour": "red"})


def test_datacite_publication_year_without_any_date(monkeypatch):
    """DataCite's publicationYear is mandatory: an undated edition takes SOURCE_DATE_EPOCH's
    year, and without it the crosswalk stops with a clear error instead of an invalid record."""
    from tei.errors import UsageError

    tree = parse_file(DEMO_TEI)
    for date in tree.xpath(
        "//tei:publicationStmt/tei:date | //tei:revisionDesc//tei:change/@when",
        namespaces={"tei": "http://www.tei-c.org/ns/1.0"},
    ):
        if isinstance(date, str):
            date.getparent().attrib.pop("when")
        else:
            date.getparent().remove(date)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert texts(xml(tree, "datacite", doi=DOI), "d:publicationYear") == ["2023"]
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    with pytest.raises(UsageError, match="publication year") as caught:
        crosswalk(tree, "datacite", {"doi": DOI})
    assert caught.value.code == "crosswalk-no-date"


# -- the corrected header shape: resp + persName/orgName -------------------------------------


@pytest.fixture(scope="module")
def corrected() -> etree._ElementTree:
    return parse_file(CORRECTED)


def agents_of(root: etree._Element, path: str) -> list[tuple[str, str, str]]:
    """(contributorType, name, nameType) of each creator or contributor at ``path``."""
    found = []
    for agent in root.xpath(path, namespaces=NS):
        (name,) = agent.xpath("d:creatorName | d:contributorName", namespaces=NS)
        found.append((agent.get("contributorType", ""), name.text, name.get("nameType", "")))
    return found


def test_datacite_names_and_roles_follow_the_corrected_header(corrected):
    r = xml(corrected, "datacite", doi=DOI)
    assert agents_of(r, "d:creators/d:creator") == [("", "V.E.", "Personal")]
    assert agents_of(r, "d:contributors/d:contributor") == [
        ("Translator", "World Outlook", "Organizational"),  # orgName: an organisation
        ("Editor", "Editor, Ada", "Personal"),  # persName: a person, family name first
    ]  # the interviewer known only by a role ("special correspondent") names nobody
    assert texts(r, "d:publisher") == ["(:unav)"]  # mandatory; the header states none
    assert texts(r, "d:rightsList/d:rights") == [
        "The encoding: CC BY-SA 4.0",
        "Copyright © International Socialism.",  # the page's own copyright line
    ]
    (orig,) = r.xpath(
        "d:relatedItems/d:relatedItem[@relatedItemType='JournalArticle']", namespaces=NS
    )
    assert agents_of(orig, "d:contributors/d:contributor") == [
        ("Translator", "World Outlook", "Organizational")
    ]
    (web,) = r.xpath("d:relatedItems/d:relatedItem[@relatedItemType='Text']", namespaces=NS)
    assert texts(web, "d:relatedItemIdentifier") == [
        "https://www.marxists.org/history/etol/newspape/isr/vol26/no01/bolivia.html"
    ]
    assert agents_of(web, "d:contributors/d:contributor") == [
        ("DataCurator", "Einde O’Callaghan", "Personal")
    ]


def test_oai_dc_and_schema_org_follow_the_corrected_header(corrected):
    dc = xml(corrected, "oai_dc")
    assert texts(dc, "dc:creator") == ["V.E."]
    assert texts(dc, "dc:contributor") == ["World Outlook", "Ada Editor"]
    assert texts(dc, "dc:publisher") == []  # none stated: none invented
    assert texts(dc, "dc:rights")[-1] == "Copyright © International Socialism."
    data = json.loads(crosswalk(corrected, "schema.org", slug="b"))
    assert data["translator"] == [{"@type": "Organization", "name": "World Outlook"}]
    assert data["editor"][0]["familyName"] == "Editor"
    assert data["copyrightNotice"] == "Copyright © International Socialism."
    article, web = data["isBasedOn"]
    assert article["translator"] == [{"@type": "Organization", "name": "World Outlook"}]
    assert web["headline"] == "Interview With Bolivian Miner"


def test_citation_data_transcription_address_access_date_and_credits(corrected):
    from tei.exchange.citation import citation_fields, credits, transcription_citation
    from tei.exchange.header import read_record

    rec = read_record(corrected, "b")
    url = "https://www.marxists.org/history/etol/newspape/isr/vol26/no01/bolivia.html"
    assert (rec.digital.url, rec.digital.accessed) == (url, "2026-11-20")
    assert credits(rec) == [
        "Translated from the Spanish by World Outlook",  # once, though stated twice
        "Transcribed & marked up by Einde O’Callaghan for the Encyclopedia of Trotskyism On-Line",
        "Editorial notes: Ada Editor",
    ]
    assert transcription_citation(rec) == (
        "Interview With Bolivian Miner. Encyclopedia of Trotskyism On-Line, Marxists’ Internet "
        f"Archive, last updated 2009-06-04. {url}. Accessed 2026-11-20."
    )
    fields = citation_fields(rec)
    assert (fields["transcription-url"], fields["accessed"]) == (url, "2026-11-20")
    assert fields["credits"].startswith("Translated from the Spanish by World Outlook. ")
    edition, original, web = json.loads(crosswalk(corrected, "csl", slug="b"))
    assert original["translator"] == [{"literal": "World Outlook"}]
    assert (web["URL"], web["accessed"]) == (url, {"date-parts": [[2026, 11, 20]]})
    assert "Translated from the Spanish by World Outlook" in edition["note"]
    bib = crosswalk(corrected, "bibtex", slug="b").decode()
    assert f"url = {{{url}}}" in bib and "urldate = {2026-11-20}" in bib


def test_names_are_names_and_roles_come_from_resp():
    from tei.exchange.agents import clean_name, role_of

    assert clean_name("World Outlook (translation of the interview and its interpolations)") == (
        "World Outlook"
    )
    assert clean_name("the editors or translators of the source (not named)") == ""
    assert clean_name("Paul M. Sweezy") == "Paul M. Sweezy"
    assert clean_name("(anonymous)") == ""
    assert [
        role_of(r)
        for r in ("translator", "Translation of the interview", "Transcribed & marked up", "Editor")
    ] == ["translator", "translator", "transcriber", "editor"]


def test_the_published_demo_credits_nobody_with_commentary_or_software():
    """Whatever shape the converter writes today, no name carries a comment or is software."""
    tree = parse_file(DEMO_TEI)
    r = xml(tree, "datacite", doi=DOI)
    names = texts(r, "//d:creatorName | //d:contributorName")
    assert names and "(:unav)" not in names  # V.E. at least is named
    assert not [n for n in names if "(" in n or "tei " in n or "not named" in n]
    dc = xml(tree, "oai_dc")
    assert not [n for n in texts(dc, "dc:creator | dc:contributor") if "(" in n]


def test_placeholder_names_reach_no_output(corrected):
    """Every party a placeholder ('… (not named)'): nobody is credited in any format, and
    DataCite says the creator is unknown in its own standard way."""
    tree = parse_bytes(etree.tostring(corrected))
    tei = {"t": "http://www.tei-c.org/ns/1.0"}
    for el in tree.xpath(
        "//t:respStmt/*[not(self::t:resp)] | //t:person/t:persName", namespaces=tei
    ):
        el[:] = []
        el.text = "the editors or translators of the source (not named)"
    for target in TARGETS:
        out = crosswalk(tree, target, {"doi": DOI} if target == "datacite" else None, slug="b")
        assert b"not named" not in out, target
    r = xml(tree, "datacite", doi=DOI)
    assert texts(r, "d:creators/d:creator/d:creatorName") == ["(:unav)"]
    assert texts(r, "//d:contributorName") == []
