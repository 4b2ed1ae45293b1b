"""The printed original in ``sourceDesc``: a structured citation (``biblStruct``) from the
provenance line, masthead or periodical line, or a bracketed source citation as written
(``bibl[@type='printed']``); the printed text's translator and editors on it (``respStmt`` in
``analytic``, else ``monogr``), and a ``note[@type='translation']`` when the text is a
translation (from the language the page or the config names)."""

from __future__ import annotations

import re

from lxml import etree

from tei.elements import E
from tei.readers.transcription.language import NAMES
from tei.readers.transcription.provenance import Citation


def printed_bibl(text: str) -> etree._Element:
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


def translation_note(translation) -> etree._Element:
    """That the text is a translation, and from what language when known."""
    if translation.language:
        name = NAMES.get(translation.language, translation.language)
        return E("note", f"Translated from {name}.", type_="translation")
    return E("note", translation.statement or "A translation.", type_="translation")


#: the collected works a text was printed in: a book (one of its volumes), not a periodical
_COLLECTED = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:collected|selected)\s+)?(?:writings?|works|werke|schriften|[œo]euvres|"
    r"escritos|obras|opere|scritti|сочинения|собрание сочинений)\b"
)


def bibl_struct(
    facts: dict, cite: Citation | None, periodical: tuple | None, credits: list
) -> etree._Element:
    # a title the converter made up (from the file name) never enters the printed source's
    # citation: the analytic part then holds only what the page states
    analytic = E("analytic")
    if facts.get("title"):
        analytic.append(E("title", facts["title"], level="a"))
    if facts.get("subtitle"):
        analytic.append(E("title", facts["subtitle"], level="a", type_="sub"))
    for author in facts.get("authors", []):
        analytic.append(E("author", author))
    if len(analytic):
        analytic.extend(credits)
    journal = (cite.journal if cite else None) or (
        periodical[0] if periodical else "Unknown periodical"
    )
    if cite is not None and cite.second and _is_author(journal, facts.get("authors", [])):
        journal = cite.second  # "Quelle: Leo Trotzki, Schriften, …": the author, then the title
    date_text, attrs = None, {}
    if cite is not None and cite.date:
        date_text, attrs = cite.date_text, cite.date
    elif periodical is not None:
        date_text, attrs = periodical[1], periodical[2]
    imprint = E("imprint", E("date", date_text, **attrs) if date_text else E("date", "undated"))
    book = bool(_COLLECTED.match(journal))  # "Writings of Leon Trotsky, Vol. 4": a book's volume
    monogr = E("monogr", E("title", journal, level="m" if book else "j"), imprint)
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
                    cite.page_range or (start if start == end else f"{start}–{end}"),
                    unit="page",
                    from_=start,
                    to=end,
                )
            )
        elif cite.page_text:
            monogr.append(E("biblScope", cite.page_text, unit="page"))
    if not len(analytic):  # no analytic part: the printed text's credits go on the journal
        for credit in reversed(credits):
            monogr.insert(1, credit)
    kind = "book" if book else "journal"
    struct = E("biblStruct", *([analytic] if len(analytic) else []), monogr, type_=kind)
    if cite is not None:
        struct.append(E("note", cite.text, type_="provenance-line"))
    return struct


def _is_author(name: str, authors: list[str]) -> bool:
    """The name is one of the page's authors (the same words, perhaps an initial for a first
    name: ``Leo Trotzki`` / ``L. Trotzki``)."""
    words = re.findall(r"[^\W\d_]+", name.casefold())
    for author in authors:
        other = re.findall(r"[^\W\d_]+", author.casefold())
        if words and words == other:
            return True
    return False
