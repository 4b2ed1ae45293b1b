"""Build ``<teiHeader>`` from what the reader found and what the config states."""

from __future__ import annotations

import re

from lxml import etree

from tei import __version__
from tei.elements import E
from tei.readers.transcription.context import Context
from tei.readers.transcription.language import NAMES
from tei.readers.transcription.participants import Participants
from tei.readers.transcription.provenance import Citation

APP_IDENT = "tei-edition-toolkit"
BRACKET_KINDS = {
    "supplied": "words supplied to complete the sense → supplied[@reason='omitted']",
    "expan": "expansions of abbreviations → choice/abbr + expan",
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
            _publication_stmt(ctx, conversion_date),
            _source_desc(ctx, facts, digest, source_name),
        ),
        _encoding_desc(ctx, removed),
        _profile_desc(people, language, cfg.language is None, _created(facts)),
        _revision_desc(facts, digest, source_name, conversion_date),
    )


def _title_stmt(ctx: Context, facts: dict) -> etree._Element:
    cfg = ctx.config
    given = cfg.title or facts.get("title")
    made_up = E("supplied", facts["fallback_title"], reason="no title on the page")
    stmt = E("titleStmt", E("title", given or made_up, type_="main"))
    if subtitle := cfg.subtitle or facts.get("subtitle"):
        stmt.append(E("title", subtitle, type_="sub"))
    for author in facts.get("authors", []):
        stmt.append(E("author", author))
    for editor in cfg.editors:
        stmt.append(
            E("editor", editor.name or editor.id, xml_id=editor.id, role=editor.role or None)
        )
    if ctx.resp == "source-editors":
        stmt.append(
            E(
                "respStmt",
                E("resp", "Editorial interpolations in square brackets"),
                E("name", "the editors or translators of the source (not named)"),
                xml_id="source-editors",
            )
        )
    stmt.append(
        E(
            "respStmt",
            E("resp", "TEI encoding (automatic conversion)"),
            E("name", f"tei {__version__} ({APP_IDENT})"),
        )
    )
    return stmt


def _edition_stmt() -> etree._Element:
    return E(
        "editionStmt", E("edition", "Digital edition in TEI P5, converted from a web transcription")
    )


def _publication_stmt(ctx: Context, conversion_date: str | None) -> etree._Element:
    cfg = ctx.config
    stmt = E("publicationStmt")
    if cfg.publisher:
        stmt.append(E("publisher", cfg.publisher))
    else:
        stmt.append(E("publisher", "Unpublished (no publisher stated in an edition config)"))
    if cfg.licence:
        stmt.append(E("availability", E("licence", cfg.licence, target=cfg.licence_url)))
    else:
        stmt.append(
            E(
                "availability",
                E("p", "No licence stated; see the source transcription."),
                status="unknown",
            )
        )
    for kind, value in sorted(cfg.identifiers.items()):
        stmt.append(E("idno", value, type_=kind))
    if conversion_date:
        stmt.append(E("date", conversion_date, when=conversion_date))
    return stmt


def _source_desc(ctx: Context, facts: dict, digest: str | None, source_name: str) -> etree._Element:
    desc = E("sourceDesc")
    cite: Citation | None = facts.get("citation") or facts.get("masthead")
    periodical = facts.get("periodical")
    if cite is not None or periodical is not None:
        desc.append(_bibl_struct(facts, cite, periodical))
    elif "bracket_bibl" in facts:
        desc.append(_printed_bibl(facts["bracket_bibl"]))
    elif "collection" in facts:  # "Escritos de León Trotsky (1929-1940)" above the title
        desc.append(E("bibl", E("title", facts["collection"], level="m"), type_="printed"))
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
        if credit.names:
            digital.append(
                E(
                    "respStmt",
                    E("resp", credit.role or "Credit"),
                    *[E("persName", name) for name in credit.names],
                )
            )
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


def _printed_bibl(text: str) -> etree._Element:
    """A bracketed source citation as written, with the title of the book or collection it
    opens with and its year, when they can be told."""
    bibl = E("bibl", text, type_="printed")
    # the first segment names the book or collection ("[Writings of Leon Trotsky 1937-1938, …]")
    m = re.match(r"^(\[?)([^\W\d][^,\[\]]{3,120}?)(?=,)", text)
    if m and len(m[2].split()) >= 2:
        bibl.text = m[1]
        bibl.append(E("title", m[2].strip(), level="m"))
        bibl[-1].tail = text[m.end() :]
    years = re.findall(r"(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])", text)
    if years:  # the last year named is the publication's ("…, New York ²1976, p. 414")
        if len(bibl):
            bibl[-1].tail = (bibl[-1].tail or "") + " "
        else:
            bibl.text = text + " "
        bibl.append(E("date", years[-1], when=years[-1]))
    return bibl


def _bibl_struct(facts: dict, cite: Citation | None, periodical: tuple | None) -> etree._Element:
    # a title the converter made up (from the file name) never enters the printed source's
    # citation: the analytic part then holds only what the page states
    analytic = E("analytic")
    if facts.get("title"):
        analytic.append(E("title", facts["title"], level="a"))
    if facts.get("subtitle"):
        analytic.append(E("title", facts["subtitle"], level="a", type_="sub"))
    for author in facts.get("authors", []):
        analytic.append(E("author", author))
    journal = (cite.journal if cite else None) or (
        periodical[0] if periodical else "Unknown periodical"
    )
    date_text, attrs = None, {}
    if cite is not None and cite.date:
        date_text, attrs = cite.date_text, cite.date
    elif periodical is not None:
        date_text, attrs = periodical[1], periodical[2]
    imprint = E("imprint", E("date", date_text, **attrs) if date_text else E("date", "undated"))
    monogr = E("monogr", E("title", journal, level="j"), imprint)
    if cite is not None:
        if cite.series:
            monogr.append(E("biblScope", cite.series, unit="series", n=cite.series))
        if cite.volume:
            monogr.append(E("biblScope", cite.volume, unit="volume", n=cite.volume))
        if cite.issue:
            monogr.append(E("biblScope", cite.issue, unit="issue", n=cite.issue))
        if cite.pages:
            start, end = cite.pages
            monogr.append(
                E(
                    "biblScope",
                    start if start == end else f"{start}–{end}",
                    unit="page",
                    from_=start,
                    to=end,
                )
            )
        elif cite.page_text:
            monogr.append(E("biblScope", cite.page_text, unit="page"))
    struct = E("biblStruct", *([analytic] if len(analytic) else []), monogr, type_="journal")
    if cite is not None:
        struct.append(E("note", cite.text, type_="provenance-line"))
    return struct


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
                "what they do, and a renderer restores the brackets: "
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
        E("appInfo", E("application", E("label", "tei"), ident=APP_IDENT, version=__version__)),
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
    people: Participants, language: str, guessed: bool, created: tuple[str, dict] | None
) -> etree._Element:
    lang = E("language", NAMES.get(language, language), ident=language)
    if guessed:
        lang.text = f"{lang.text} (guessed from the text's commonest words)"
    profile = E("profileDesc")
    if created:
        text, attrs = created
        profile.append(E("creation", E("date", text.strip("() "), **attrs)))
    profile.append(E("langUsage", lang))
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
            if len(el) == 0:
                el.append(E("note", "Not named in the transcription."))
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
