"""Build ``<teiHeader>`` from what the reader found and what the config states."""

from __future__ import annotations

from lxml import etree

from tei import __version__
from tei.elements import E
from tei.readers.transcription.context import Context
from tei.readers.transcription.editorial_notes import CONVERTER_ID
from tei.readers.transcription.front import collected_volume
from tei.readers.transcription.language import NAMES
from tei.readers.transcription.participants import Participants
from tei.readers.transcription.printed_source import bibl_struct, printed_bibl, translation_note
from tei.readers.transcription.provenance import Citation
from tei.readers.transcription.responsibility import (
    credit_resp,
    editor_resp,
    is_copyright,
    is_translator,
    rights_lines,
    transcribes,
)

APP_IDENT = "tei-edition-toolkit"
BRACKET_KINDS = {
    "supplied": "words supplied to complete the sense → supplied[@reason='omitted']",
    "expan": "expansions printed after an abbreviation → abbr + expan, their brackets kept",
    "gloss": "glosses of (foreign) words → term + gloss[@target]",
    "comment": "editorial comments → note[@type='editorial'][@subtype='comment']",
    "clarification": "editorial clarifications → note[@type='editorial'][@subtype='clarification']",
    "gap": "unclear or omitted text → gap with desc",
    "sic": "[sic] → note[@subtype='sic']",
    "marker": "footnote markers → ref[@type='noteref']",
}


def build_header(
    ctx: Context,
    facts: dict,
    people: Participants,
    *,
    language: str,
    removed: list[tuple[int, str]],
    digest: str | None,
    source_name: str,
    conversion_date: str | None,
) -> etree._Element:
    """The complete ``teiHeader`` (see docs/encoding.md for the shape)."""
    cfg = ctx.config
    return E(
        "teiHeader",
        E(
            "fileDesc",
            _title_stmt(ctx, facts),
            _edition_stmt(),
            _publication_stmt(ctx, conversion_date, rights_lines(facts, removed)),
            _source_desc(ctx, facts, digest, source_name),
        ),
        _encoding_desc(ctx, removed),
        _profile_desc(people, language, cfg.language is None, _created(facts), facts),
        _revision_desc(facts, digest, source_name, conversion_date),
    )


def _title_stmt(ctx: Context, facts: dict) -> etree._Element:
    cfg = ctx.config
    given = cfg.title or facts.get("title") or facts.get("issue_title")
    made_up = E("supplied", facts["fallback_title"], reason="no title on the page")
    stmt = E("titleStmt", E("title", given or made_up, type_="main"))
    if subtitle := cfg.subtitle or facts.get("subtitle"):
        stmt.append(E("title", subtitle, type_="sub"))
    for author in facts.get("authors", []):
        stmt.append(E("author", author))
    # the printed text's translator or editors are credited on the printed source's citation
    # (see _source_credits), unless the page cites no printed source
    cited = _cites_printed_source(facts)
    for editor in cfg.editors:
        if not (editor.of == "source" and cited):
            stmt.append(editor_resp(editor))
    if not cited:
        stmt.extend(credit_resp(c) for c in facts.get("credits", []) if is_translator(c))
    if ctx.resp == "source-editors":  # who made the page's interpolations is not known
        stmt.append(
            E(
                "respStmt",
                E("resp", "Square-bracketed interpolations of the transcription"),
                E("name", "unknown", type_="unknown"),
                xml_id="source-editors",
            )
        )
    return stmt


def _cites_printed_source(facts: dict) -> bool:
    return any(k in facts for k in ("citation", "masthead", "periodical", "bracket_bibl"))


def _source_credits(ctx: Context, facts: dict) -> list[etree._Element]:
    """The printed text's translator and editors: config entries ``of = "source"`` and the
    page's ``Translated by …`` lines."""
    found = [editor_resp(e) for e in ctx.config.editors if e.of == "source"]
    return found + [credit_resp(c) for c in facts.get("credits", []) if is_translator(c)]


def _edition_stmt() -> etree._Element:
    return E(
        "editionStmt", E("edition", "Digital edition in TEI P5, converted from a web transcription")
    )


#: what the config's licence covers: this encoding, not the rights in the text or transcription
LICENCE_SCOPE = "This TEI encoding (markup and header), not the text or its transcription: "


def _publication_stmt(
    ctx: Context, conversion_date: str | None, rights: list[str]
) -> etree._Element:
    """With a publisher (config): publisher, availability (the licence of this encoding, the
    page's own copyright lines as it states them), idno, date. Without one, nothing about a
    publication is known: TEI then wants paragraphs, which say only what the page states
    (its copyright lines) or, when it states nothing, that the file is unpublished."""
    cfg = ctx.config
    availability = E("availability")
    if cfg.licence:
        availability.append(E("licence", LICENCE_SCOPE + cfg.licence, target=cfg.licence_url))
    availability.extend(E("p", line) for line in rights)
    if not cfg.publisher:
        paras = [E("p", line) for line in rights]
        if cfg.licence:
            paras.insert(0, E("p", E("ref", LICENCE_SCOPE + cfg.licence, target=cfg.licence_url)))
        return E("publicationStmt", *(paras or [E("p", "Unpublished.")]))
    stmt = E("publicationStmt", E("publisher", cfg.publisher, xml_id="publisher"))
    if len(availability):
        stmt.append(availability)
    for kind, value in sorted(cfg.identifiers.items()):
        stmt.append(E("idno", value, type_=kind))
    if conversion_date:
        stmt.append(E("date", conversion_date, when=conversion_date))
    return stmt


def _source_desc(ctx: Context, facts: dict, digest: str | None, source_name: str) -> etree._Element:
    desc = E("sourceDesc")
    cite: Citation | None = facts.get("citation") or facts.get("masthead")
    periodical = facts.get("periodical")
    credits = _source_credits(ctx, facts)
    if cite is not None or periodical is not None:
        desc.append(bibl_struct(facts, cite, periodical, credits))
    elif "bracket_bibl" in facts:
        desc.append(printed_bibl(facts["bracket_bibl"]))
        desc[-1].extend(credits)
    elif (volume := collected_volume(facts.get("collection", ""))) is not None:
        works, number = volume  # "Ленин В.И. Полное собрание сочинений Том 16"
        scope = E("biblScope", number, unit="volume", n=number)
        desc.append(E("bibl", E("title", works, level="m"), scope, type_="printed"))
    elif "collection" in facts:  # "Escritos de León Trotsky (1929-1940)" above the title
        desc.append(E("bibl", E("title", facts["collection"], level="m"), type_="printed"))
    if (translation := facts.get("translation")) is not None and len(desc):
        desc[-1].append(translation_note(translation))
    digital = E(
        "bibl",
        E("title", facts.get("title") or facts["fallback_title"], level="a"),
        type_="digital",
    )
    site_title, site_publisher = facts.get("site", (None, None))
    if site_title is None and any(c.site and "ETOL" in c.site for c in facts.get("credits", [])):
        site_title = "Encyclopedia of Trotskyism On-Line"
    if site_title:
        digital.append(E("title", site_title, level="m"))
    if site_publisher:
        digital.append(E("publisher", site_publisher))
    for credit in facts.get("credits", []):
        if is_copyright(credit) or (is_translator(credit) and not transcribes(credit)):
            continue  # rights go to availability, the translator to the printed source
        if credit.names:
            digital.append(credit_resp(credit))
        else:
            digital.append(E("note", credit.text, type_="credit"))
    for field_name, value in facts.get("info", []):
        digital.append(E("note", f"{field_name}: {value}", type_="info"))
    if "updated" in facts:
        text, attrs = facts["updated"]
        digital.append(E("date", text, type_="last-updated", **attrs))
    if ctx.config.source_url:
        digital.append(E("ref", ctx.config.source_url, target=ctx.config.source_url))
    digital.append(E("idno", source_name, type_="filename"))
    if digest:
        digital.append(E("idno", digest, type_="sha256"))
    desc.append(digital)
    return desc


def _encoding_desc(ctx: Context, removed: list[tuple[int, str]]) -> etree._Element:
    counts = ", ".join(f"{BRACKET_KINDS[k]} ({n})" for k, n in sorted(ctx.brackets.items()))
    decl = E(
        "editorialDecl",
        E(
            "normalization",
            E(
                "p",
                "Text normalised to Unicode NFC; lines split on LF, CRLF and CR; "
                "curly quotes, dashes and section marks kept as written.",
            ),
        ),
        E(
            "interpretation",
            E(
                "p",
                "Square-bracketed interpolations of the transcription are encoded by "
                "what they do, and a renderer restores the brackets (an expansion keeps "
                "the page's brackets as text, since the page prints both forms): "
                + (counts or "none found")
                + ". Unbalanced brackets are kept as "
                "written text.",
            ),
        ),
        E(
            "p",
            "Speaker labels are kept as written in speaker; sp/@who points to the participant. "
            "Unlabelled paragraphs after a turn continue that turn.",
        ),
    )
    if removed:
        items = [E("item", text, n=str(number)) for number, text in removed]
        decl.append(
            E(
                "p",
                "Site navigation lines of the web page are not part of the work; they were "
                "removed from the text and are listed here with their line numbers:",
                E("list", *items, type_="removed"),
                xml_id="removed-lines",
            )
        )
    else:
        decl.append(E("p", "No site navigation lines were found.", xml_id="removed-lines"))
    return E(
        "encodingDesc",
        E(
            "appInfo",
            E(
                "application",
                E("label", "tei"),
                ident=APP_IDENT,
                version=__version__,
                xml_id=CONVERTER_ID,
            ),
        ),
        E(
            "projectDesc",
            E(
                "p",
                "Converted from a plain-text web transcription (MIA/ETOL family) into TEI "
                "P5 without losing a word of the transcription.",
            ),
        ),
        decl,
    )


def _profile_desc(
    people: Participants,
    language: str,
    guessed: bool,
    created: tuple[str, dict] | None,
    facts: dict,
) -> etree._Element:
    """``langUsage`` lists the text's language (a guess from its commonest words is marked
    ``@cert="medium"``, ``@resp`` the converter), then every other language the text marks
    with ``@xml:lang`` (the original's, on the words a translation keeps: "pampa")."""
    lang = E("language", NAMES.get(language, language), ident=language)
    if guessed:
        lang.set("cert", "medium")
        lang.set("resp", f"#{CONVERTER_ID}")
    others = [E("language", NAMES.get(c, c), ident=c) for c in facts.get("languages", [])]
    profile = E("profileDesc")
    if created:
        text, attrs = created
        profile.append(E("creation", E("date", text.strip("() "), **attrs)))
    profile.append(E("langUsage", lang, *others))
    if people.people:
        persons = []
        for person in people.people.values():
            el = E("person", xml_id=person.id, role=person.role or None)
            if person.name:
                el.append(E("persName", person.name))
            if person.description:
                el.append(E("note", person.description))
            if person.labels:
                el.append(E("note", "Speaker labels: " + ", ".join(person.labels), type_="labels"))
            persons.append(el)
        profile.append(E("particDesc", E("listPerson", *persons)))
    return profile


def _created(facts: dict) -> tuple[str, dict] | None:
    """The date the page gives for the text itself (its title-page date line), if parsed."""
    date = facts.get("date")
    # a headnote's date without a year ("April 15") is kept as written, without @when
    return date if date and (date[1] or facts.get("date_no_year")) else None


def _revision_desc(
    facts: dict, digest: str | None, source_name: str, conversion_date: str | None
) -> etree._Element:
    desc = E("revisionDesc")
    conversion = E(
        "change",
        f"Converted from the plain-text transcription {source_name} by tei "
        f"{__version__} ({APP_IDENT}); source SHA-256 ",
        E("idno", digest or "unknown", type_="sha256"),
        ".",
        type_="conversion",
        when=conversion_date,
    )
    desc.append(conversion)
    if "updated" in facts:
        text, attrs = facts["updated"]
        desc.append(
            E(
                "change",
                f"Source transcription last updated on {text}.",
                type_="source-update",
                **attrs,
            )
        )
    return desc
