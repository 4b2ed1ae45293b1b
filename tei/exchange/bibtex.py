"""BibTeX (biblatex-compatible) entries for an edition, its printed original and its web
transcription, from :class:`tei.exchange.header.EditionRecord` (see :mod:`tei.exchange.citation`
for why these are written in Python). TeX's special characters are escaped; other Unicode is kept
(biber and biblatex read UTF-8)."""

from __future__ import annotations

import re

from tei.exchange.citation import (
    credit_lines,
    credits,
    plain_citation,
    source_key,
    transcription_key,
)
from tei.exchange.header import EditionRecord, Name

_BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bibtex_escape(text: str) -> str:
    """Escape TeX's special characters; other Unicode is kept (biber/biblatex read UTF-8)."""
    return "".join(_BIBTEX_ESCAPES.get(c, c) for c in " ".join(text.split()))


def _bib_names(names: list[Name]) -> str:
    out = []
    for n in names:
        if n.family:
            out.append(bibtex_escape(f"{n.family}, {n.given}" if n.given else n.family))
        else:  # a literal or corporate name: braces stop BibTeX splitting it
            out.append("{" + bibtex_escape(n.literal) + "}")
    return " and ".join(out)


def _entry(kind: str, key: str, fields: list[tuple[str, str]]) -> str:
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@{kind}{{{key},\n{body}\n}}\n"


def bibtex(rec: EditionRecord) -> bytes:
    """BibTeX (biblatex-compatible) entries: the edition, the printed original (when the
    header describes it) and the web transcription (``@online``, with ``url``/``urldate``)."""
    src = rec.source
    translators = rec.credited("translator")
    editors = rec.credited("editor")
    notes = [f"Edition of: {plain_citation(src)}"] if src else []
    notes += credits(rec)
    related = [k for k, ok in ((source_key(rec), src), (transcription_key(rec), rec.digital)) if ok]
    edition = [
        ("title", bibtex_escape(rec.title)),
        ("subtitle", bibtex_escape(rec.subtitle)),
        ("author", _bib_names(rec.creators)),
        ("editor", _bib_names(editors)),
        ("translator", _bib_names(translators)),
        ("publisher", bibtex_escape(rec.publisher)),
        ("year", rec.year),
        ("date", rec.date if re.fullmatch(r"\d{4}(-\d\d){0,2}", rec.date) else ""),
        ("langid", rec.languages[0] if rec.languages else ""),
        ("doi", bibtex_escape(rec.identifier("DOI"))),
        ("url", rec.url),
        ("howpublished", "Digital edition (TEI P5)"),
        ("note", bibtex_escape(". ".join(n.rstrip(".") for n in notes) + ".") if notes else ""),
        ("related", ",".join(related)),
        ("relatedtype", "origpubas" if src else ""),
        ("license", bibtex_escape(rec.licence_url or rec.licence)),
    ]
    out = _entry("misc", rec.slug, edition)
    if src:
        kind = (
            "article"
            if src.container and src.kind in ("journal", "newspaper", "")
            else ("incollection" if src.container else "book")
        )
        container_field = "journal" if kind == "article" else "booktitle"
        original = [
            ("title", bibtex_escape(src.title)),
            ("subtitle", bibtex_escape(src.subtitle)),
            ("author", _bib_names(src.authors)),
            ("translator", _bib_names([n for n in src.contributors if n.role == "translator"])),
            (container_field, bibtex_escape(src.container)),
            ("volume", bibtex_escape(src.volume)),
            ("number", bibtex_escape(src.issue)),
            ("pages", bibtex_escape(src.pages.replace("-", "--"))),
            ("year", src.year),
            ("issue", bibtex_escape(src.date) if src.date and src.date != src.year else ""),
            ("publisher", bibtex_escape(src.publisher)),
            ("address", bibtex_escape(src.place)),
            ("note", bibtex_escape(src.citation)),
        ]
        out += "\n" + _entry(kind, source_key(rec), original)
    web = rec.digital
    if web:
        online = [
            ("title", bibtex_escape(web.title or rec.title)),
            ("author", _bib_names(src.authors)),
            ("organization", bibtex_escape(web.site)),
            ("publisher", bibtex_escape(web.publisher)),
            (
                "date",
                web.last_updated if re.fullmatch(r"\d{4}(-\d\d){0,2}", web.last_updated) else "",
            ),
            ("url", web.url),
            ("urldate", web.accessed if re.fullmatch(r"\d{4}-\d\d-\d\d", web.accessed) else ""),
            ("note", bibtex_escape("; ".join(credit_lines(web.transcribers)))),
        ]
        out += "\n" + _entry("online", transcription_key(rec), online)
    return out.encode("utf-8")
