"""Build ``<front>``: the title page(s), provenance and credits, and the headnote.

Each front block's kind is decided by ``front_kinds.py`` (from ``front.py``'s evidence);
the title block's parts by the rules of ``title_block.py``; what the headnote says about
the work by ``headnote.py``. The facts found (title, authors, date, citation, credits …)
go to ``facts`` for the header.
"""

from __future__ import annotations

import re
from dataclasses import replace as _replace

from lxml import etree

from tei.elements import E, Inline, at_line, milestone, supplied
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.bylines import byline_parts
from tei.readers.transcription.context import Context
from tei.readers.transcription.footnotes import marker_ref
from tei.readers.transcription.front import (
    author_name,
    author_title,
    byline_names,
    collection_author,
    is_heading_like,
    title_and_subtitle,
)
from tei.readers.transcription.front_dates import (
    bracket_date,
    date_line,
    leading_date,
    written_date,
)
from tei.readers.transcription.front_kinds import front_kinds_of
from tei.readers.transcription.headnote import circumstance_date, signed_by
from tei.readers.transcription.name_shapes import is_name_like
from tei.readers.transcription.provenance import match_provenance
from tei.readers.transcription.source_rank import outranks
from tei.readers.transcription.structure import Layout
from tei.readers.transcription.text_builder import body_block, credit_content, paragraph, plain
from tei.readers.transcription.title_block import (
    colon_break,
    repeats,
    rubric,
    trailing_date,
)

_TITLEPAGE = {"periodical", "title", "author", "date", "byline", "participants", "names"}
_PROVENANCE = {"provenance", "credit", "info", "bracket-bibl", "collection", "updated"}


def build_front(layout: Layout, ctx: Context, facts: dict) -> etree._Element | None:
    """``<front>``: title page(s), provenance and other front matter, the headnote."""
    front = E("front")
    group: etree._Element | None = None
    group_kind = ""
    doc_title: etree._Element | None = None
    kinds = front_kinds_of(layout)
    for block, kind in zip(layout.front, kinds, strict=True):
        wanted = (
            "titlePage" if kind in _TITLEPAGE else "provenance" if kind in _PROVENANCE else "front"
        )
        if wanted != group_kind or group is None:
            group = E("titlePage") if wanted == "titlePage" else E("div", type_=wanted)
            front.append(group)
            group_kind, doc_title = wanted, None
        if kind == "title":
            if doc_title is None:
                doc_title = at_line(E("docTitle"), block.line)
                group.append(doc_title)
            if block.data.get("bracket_title") and "title" not in facts:
                facts["title"] = inner = block.text.strip()[1:-1]  # the editors' title
                ctx.brackets["supplied"] += 1
                part = E("titlePart", supplied(inner, ctx.resp), type_="main")
                doc_title.append(at_line(part, block.line))
                continue
            for part in _title_parts(block, facts):
                doc_title.append(at_line(_title_marker(part, block, ctx), block.line))
            continue
        doc_title = None
        group.append(at_line(_front_element(block, kind, ctx, facts), block.line))
    if layout.headnote:
        div = E("div", type_="headnote")
        for block in layout.headnote:
            div.append(body_block(block, ctx))
        front.append(div)
    _headnote_facts(
        [b for b, k in zip(layout.front, kinds, strict=True) if k == "para"]
        + layout.headnote
        + [b for b in layout.body[:1] if b.kind == "para" and _SAYS_WHAT_IT_IS.match(b.text)],
        facts,
    )
    _collection_author(facts)
    return front if len(front) else None


def _collection_author(facts: dict) -> None:
    """A page with no byline whose collection names whose writings they are: that writer
    is the author (the collection line is the only place many mirrors name him)."""
    if "authors" in facts or "collection" not in facts:
        return
    if name := collection_author(facts["collection"]):
        facts["authors"] = [name]


#: a first paragraph that tells what the text is (``This speech was delivered in Córdoba on …``)
#: speaks of the work like a headnote: its date is the work's
_SAYS_WHAT_IT_IS = re.compile(
    r"^\(?(?:This|The following|The text below)\s+(?:speech|talk|lecture|address|interview|"
    r"article|letter|report|statement|resolution|document|discussion|conversation)\b"
)


def _headnote_facts(blocks: list[Block], facts: dict) -> None:
    """What the headnote says about the work (``headnote.py``): its date, its signer."""
    for block in blocks:
        if block.kind != "para":
            continue
        evidence = block.data.setdefault("evidence", [])
        if "date" not in facts and (dated := circumstance_date(block.text)):
            facts["date"], facts["date_no_year"] = dated, not dated[1]
            evidence.append(f"says when the interview or talk took place: {dated[0]!r}")
        if "intro_by" not in facts and (name := signed_by(block.text)):
            facts["intro_by"] = name
            evidence.append(f"signed '—{name}': the writer of the introduction")
            if "authors" not in facts:
                facts["authors"] = [name]


def _title_parts(block: Block, facts: dict) -> list[etree._Element]:
    """The ``titlePart``s of a title block, the title and subtitle noted in ``facts``
    (the rules of ``title_block.py``; what they saw goes to ``block.data['evidence']``)."""
    evidence = block.data.setdefault("evidence", [])
    if "title" in facts and repeats(facts["title"], block.text):
        evidence.append("repeats the title: not a subtitle")
        _note_byline(block, facts)
        return [E("titlePart", *plain(block.lines), type_="alt")]
    named = block.lines[0].rstrip(":").rstrip() if len(block.lines) > 1 else ""
    if (
        "title" not in facts
        and "authors" not in facts
        and named
        and is_name_like(named)
        and is_heading_like(Block(block.lines[1:], block.line + 1))
    ):
        names = re.split(r"\s+(?:&|and|und|et|y)\s+", named)
        evidence.append("a personal name over the title in one block: the author, then the title")
        facts["authors"] = names
        facts["title"] = _clean_title(" ".join(block.lines[1:]))
        at = block.lines[0].index(named) + len(named)
        return [
            E(
                "titlePart",
                E("persName", named, type_="author"),
                *plain([block.lines[0][at:], *block.lines[1:]]),
                type_="main",
            )
        ]
    if "title" not in facts and (cut := colon_break(block.lines)):
        evidence.append("a title over lines, one ending in ':': title, then subtitle")
        facts["title"] = _clean_title(" ".join(block.lines[:cut]).rstrip(": "))
        facts.setdefault("subtitle", _clean_title(" ".join(block.lines[cut:])))
        return [
            E("titlePart", *plain(block.lines[:cut]), type_="main"),
            E("titlePart", *plain(block.lines[cut:]), type_="sub"),
        ]
    if (
        "title" not in facts
        and block.data.get("long_title")
        and len(block.lines) > 1
        and block.lines[1].strip()[:1].isupper()
    ):  # a headline, then its deck: title, then subtitle
        evidence.append("a headline over lines: its first line the title, the others the subtitle")
        facts["title"] = _clean_title(block.lines[0])
        facts.setdefault("subtitle", _clean_title(" ".join(x.strip() for x in block.lines[1:])))
        return [
            E("titlePart", *plain(block.lines[:1]), type_="main"),
            E("titlePart", *plain(block.lines[1:]), type_="sub"),
        ]
    if "title" not in facts and block.data.get("rubric"):
        evidence.append("a short section name above two title lines: a rubric, not the title")
        return [E("titlePart", *plain(block.lines), type_="desc")]
    if "title" not in facts and len(block.lines) == 1 and (split := rubric(block.text)):
        head, title = split
        evidence.append(f"a rubric {head!r} before '|': not the title")
        at = block.text.rindex(title)
        whole = block.text
        block = Block([title], block.line, block.kind, block.data)
        parts = _title_parts(block, facts)
        return [E("titlePart", whole[:at].rstrip(), type_="desc"), *parts]
    return [_title_part(block, facts)]


_TITLE_MARKER = re.compile(r"\[(\d{1,3})\]$")


def _title_marker(part: etree._Element, block: Block, ctx: Context) -> etree._Element:
    """A footnote marker ending a title (``Tras la muerte de Sedov[1]``), its only bracket,
    is a reference to the note like any other (``ref``); the rest of the title stays text."""
    holder = part[-1] if len(part) else None
    text = (holder.tail if holder is not None else part.text) or ""
    m = _TITLE_MARKER.search(text)
    if not m or "".join(part.itertext()).count("[") != 1:
        return part
    ctx.brackets["marker"] += 1
    ref = marker_ref(m[1], m.group(0), block.line + len(block.lines) - 1, ctx)
    if holder is not None:
        holder.tail = text[: m.start()]
    else:
        part.text = text[: m.start()]
    part.append(ref)
    block.note("a footnote marker ends the title: a reference to its note")
    return part


def _note_byline(block: Block, facts: dict) -> None:
    by = _BY_AUTHOR.search(block.text)
    if by and "authors" not in facts and is_name_like(by["name"]):
        facts["authors"] = [by["name"]]  # "Interview with Hugo Blanco by Pedro Brieger"
        block.note(f"byline 'by {by['name']}': the author")


def _title_part(block: Block, facts: dict) -> etree._Element:
    if "title" not in facts:
        ptype, key = "main", "title"
    elif "subtitle" not in facts:
        ptype, key = "sub", "subtitle"
    else:
        ptype, key = "alt", "_alt"
    split = author_title(block.text) if ptype == "main" and len(block.lines) == 1 else None
    if split is not None and (by := _BY_AUTHOR.search(block.text)) and is_name_like(by["name"]):
        split = None  # "Rosa Luxemburg: an interview with … – Written by Katherine Connelly"
    if split is not None and "authors" not in facts:
        author, title = split
        facts["authors"] = [author]
        evidence = block.data.setdefault("evidence", [])
        evidence.append(f"'{author}' before ':' or a dash is a personal name: the author")
        if dated := trailing_date(title):
            title, date_text, attrs = dated
            facts.setdefault("date", (date_text, attrs))
            evidence.append(f"'{date_text}' at the end of a catalogue line: the date")
        if (parts := title_and_subtitle(title)) and "subtitle" not in facts:
            title, subtitle = parts  # "Double et triple jeu. Réponse à M. Merleau-Ponty …"
            facts["subtitle"] = subtitle
            evidence.append("a title, a full stop and a subtitle after the author's name")
        facts.setdefault(key, _clean_title(title))
        at = block.text.index(author) + len(author)
        return E(
            "titlePart",
            block.text[: block.text.index(author)],
            E("persName", author, type_="author"),
            block.text[at:],
            type_=ptype,
        )
    facts.setdefault(key, _clean_title(" ".join(block.lines)))
    _note_byline(block, facts)
    return E("titlePart", *plain(block.lines), type_=ptype)


#: (not after what a chair, a translator or an editor did: "chaired by Paul Foot")
_BY_AUTHOR = re.compile(
    r"(?<!chaired)(?<!moderated)(?<!introduced)(?<!translated)(?<!edited)(?<!presented)"
    # (the questions' asker, not the author: "Answers to Questions by Anita Brenner")
    r"(?<!uestions)(?<!uestionnaire)(?<!asked)(?<!put)"
    # ("von"/"di" are also "of": "der Ermordung von Leo Trotzki" names no author; only after
    # a comma or a dash do they say by whom)
    r"(?:\s(?:by|par|por)|[,–—-]\s*(?:von|di))\s+(?P<name>[^\W\d][^,;:()]{2,40}?)[*\d]*$"
)


def _clean_title(text: str) -> str:
    """A title for the header: without a footnote marker glued to its end, nor the full
    stop that ends a title written as a sentence (``Ложное сообщение.``)."""
    text = re.sub(r"(?<=[^\W\d]{3})\.$|(?<=[^\W\d]{3}\))\.$", "", text.strip())
    text = re.sub(r"^(?:Library|Essay|Article):(?=[A-Z])", "", text)  # a wiki's namespace
    glued = r"(?:(?<=[^\W\d])|(?<=[)»”\"]))\[?\d{1,2}\]?$"  # (also after "…»)24": a note's)
    return re.sub(rf"{glued}|\s*\[\d{{1,3}}\]$|\*+$", "", text).strip() or text


def _front_element(block: Block, kind: str, ctx: Context, facts: dict) -> etree._Element:
    if kind == "periodical":
        journal, date_text, attrs = block.data["periodical"]
        facts.setdefault("periodical", (journal, date_text, attrs))
        if "masthead" in block.data:
            facts.setdefault("masthead", block.data["masthead"])
        return E("docImprint", *_imprint_content(block.text, journal, date_text, attrs))
    if kind == "author":
        facts.setdefault("authors", []).append(author_name(block.text))
        return E("docAuthor", *plain(block.lines))
    if kind == "date":
        attrs = date_line(block.text) or {}
        facts.setdefault("date", (block.text, attrs))
        return _doc_date(block.lines, attrs)
    if kind == "collection":
        facts.setdefault("collection", block.text)
        return E("p", E("bibl", E("title", *plain(block.lines), level="m"), type_="source"))
    if kind == "names":  # the authors' names as the archive's page head: the author line says
        return E("docAuthor", *plain(block.lines))
    if kind == "address":
        return E("ab", *plain(block.lines), type_="address")  # (the profile has no <address>)
    if kind == "participants":  # who speaks, on an oral history's cover: not the authors
        block.note("names with a role word: the participants")
        return E("byline", *plain(block.lines))
    if kind == "byline" and (listed := byline_names(block.text)):
        facts.setdefault("authors", []).extend(listed)
        return E("byline", *plain(block.lines))
    if kind == "byline" and (by := byline_parts(block.text)):
        facts.setdefault("authors", []).append(by[0])
        if by[1] and (attrs := date_line(by[1])):
            facts.setdefault("date", (by[1], attrs))
        return E("byline", *plain(block.lines))
    if kind == "byline":
        facts.setdefault("authors", []).append(block.text.strip("[]"))
        if block.text.startswith("[") and block.text.endswith("]"):  # supplied by the editors
            ctx.brackets["supplied"] += 1
            return E("byline", supplied(block.text[1:-1], ctx.resp))
        return E("byline", *plain(block.lines))
    if kind == "provenance":
        cite, before = block.data["citation"], facts.get("citation")
        if before is None or outranks(cite, before):
            facts["citation"] = cite
        if before is not None and bool(cite.journal) != bool(before.journal):
            # "Primeira Edição: 12 de Outubro de 2004" / "Fonte: Primeira Linha em Rede": one
            # line dates the first edition, the other names where it appeared
            dated, named = (before, cite) if cite.journal else (cite, before)
            facts["citation"] = (
                _replace(named, date_text=dated.date_text, date=dated.date)
                if (dated.date and not named.date)
                else named
            )
        if block.data.get("value_below"):  # "Source:" alone, its value on the lines below
            return E("p", E("bibl", *plain(block.lines), type_="source"))
        return E("p", E("bibl", block.first, type_="source"), *plain(["", *block.lines[1:]])[1:])
    if kind == "bracket-bibl":
        facts.setdefault("bracket_bibl", block.text)
        # a bracketed citation of a periodical (``[Nach Die Aktion, 18. Jahrgang, Heft 10-12
        # (Mitte Dezember 1928) …]``) is parsed as a provenance line is
        inner = block.text.strip()[1:-1].strip()[:300]
        # the citation, then perhaps a remark (``…, Spalte 218-224, Dort unter dem Titel …``)
        heads = [", ".join(inner.split(", ")[:n]) for n in (4, 3, 2)]
        cite = next((c for h in [inner, *heads] if (c := match_provenance(h))), None)
        if cite is not None and cite.journal and (cite.issue or cite.volume or cite.pages):
            facts.setdefault("citation", cite)
            block.note("a bracketed citation of a periodical: parsed into the printed source")
        if "date" not in facts and (dated := leading_date(inner)):
            facts["date"] = dated  # "[18 juin 1933. Source Léon Trotsky, Œuvres 1, …]"
            block.note(f"opens with the date of the text: {dated[0]!r}")
        return E("p", E("bibl", *plain(block.lines), type_="source"))
    if kind == "credit":
        credit = block.data["credit"]
        facts.setdefault("credits", []).append(credit)
        return E("ab", *credit_content(block, credit), type_="credit")
    if kind == "info":
        if author := block.data.get("author"):  # ``Author(s) | Leon Trotsky |``
            facts.setdefault("authors", []).append(author)
        else:
            facts.setdefault("info", []).append(block.data["info"])
            written_date(block, facts)
        return E("ab", *plain(block.lines), type_="info")
    if kind == "break":
        return milestone(block.text)
    if kind == "updated":  # "Laatste bewerking: 18 juli 2008" in the MIA block, not at the end
        date_text, attrs = block.data["date"]
        facts.setdefault("updated", (date_text, attrs))
        head, _, tail = block.text.rpartition(date_text)
        return E("ab", head, E("date", date_text, **attrs), tail, type_="info")
    if kind == "bracket-note" and "date" not in facts and (dated := bracket_date(block.text)):
        # "[3. November 1934, eigene Übersetzung …]": the editors date the text they give
        facts["date"] = dated
        block.note(f"opens with the date of the text: {dated[0]!r}")
    return paragraph(block, ctx)


def _imprint_content(text: str, journal: str, date_text: str, attrs: dict) -> list[Inline]:
    """The periodical line as written, its journal title and date marked where they stand
    (in either order; a date the line does not hold is left out)."""
    spans = []
    if (at := text.find(journal)) >= 0:
        spans.append((at, at + len(journal), E("title", journal, level="j")))
    if (
        date_text
        and (at := text.rfind(date_text)) >= 0
        and not any(a < at + len(date_text) and at < b for a, b, _ in spans)
    ):
        spans.append((at, at + len(date_text), _doc_date(date_text.split("\n"), attrs)))
    items: list[Inline] = []
    pos = 0
    for start, end, el in sorted(spans, key=lambda s: s[0]):
        items += [*plain(text[pos:start].split("\n")), el]
        pos = end
    return [*items, *plain(text[pos:].split("\n"))]


def _doc_date(lines: list[str], attrs: dict[str, str]) -> etree._Element:
    """``docDate`` (which takes only @when): a range (@from/@to) goes on a ``date`` inside."""
    if set(attrs) <= {"when"}:
        return E("docDate", *plain(lines), **attrs)
    return E("docDate", E("date", *plain(lines), **attrs))
