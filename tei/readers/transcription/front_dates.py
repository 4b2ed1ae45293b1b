"""Rules: the date lines of a page's front matter (``August 12, 1938``, ``(10 April 1950)``,
``Lisboa, 25 de maio de 1975``, ``Constantinople 7 juin 1933.``, ``Published December 13,
1938``, ``26/6/07``) and a bracketed note that opens with a date."""

from __future__ import annotations

import re

from tei.dates import DATE_PHRASE, LONGEST_DATE, parse_date, to_the_month
from tei.readers.transcription.blocks import Block

#: a place, a comma, then the date
_PLACE_DATE = re.compile(
    r"^\(?[A-ZÀ-Ý][\w’'-]*(?:[ -][A-ZÀ-Ý][\w’'-]*){0,2},\s+(?P<date>[^,()]+?)\)?\.?$"
    # or no comma before a full day, month and year ("Constantinople 7 juin 1933.")
    r"|^\(?[A-ZÀ-Ý][\w’'-]+\s+(?P<day>\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4})\)?\.?$"
)


#: the date a page says it was published on (``Published December 13, 1938``)
_PUBLISHED_ON = re.compile(
    r"(?i)^(?:first\s+)?(?:published|publié(?:e)?(?:\s+le)?|publicado(?:\s+el)?|"
    r"pubblicato(?:\s+il)?|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?)\s+(?:on\s+)?(?P<date>\S.{3,60})$"
)


#: the clock time after a post's date (``à 11h04.``, ``at 10:04 am``, ``um 14:30 Uhr``)
_CLOCK = re.compile(
    r"(?i)(?:,|\s+(?:à|at|um|a las|alle|às|-|–))?\s+\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm|uhr|h)?\.?$"
)


#: a site's rubric, a separator, then a date (``Pensamiento :: 23/05/2020``)
_RUBRIC_DATE = re.compile(r"^[^|:\d]{2,40}?\s*(?:\||::|·|•)\s*(?P<date>\S.{4,40})$")


def date_line(text: str) -> dict[str, str] | None:
    """A line that is a date, or starts with one and says a few words more
    (``April 10, 1937, at four o’clock p.m.``), or a place and a date (``Lisboa, 25 de maio de
    1975``): the date's attributes."""
    text = text.strip()
    if attrs := parse_date(text):
        return attrs
    if (published := _PUBLISHED_ON.match(text)) and (
        attrs := parse_date(_CLOCK.sub("", published["date"]))
    ):
        return attrs  # "Published December 13, 1938", "Publié le Lundi 8 février 2016 à 11h04."
    if len(text.split()) > 9 or "\n" in text:
        return None
    rubric = _RUBRIC_DATE.match(text)  # "Campaign News | Monday, 13 December 2004"
    if rubric and (attrs := parse_date(rubric["date"])):
        return attrs
    placed = _PLACE_DATE.match(text)  # "Lisboa, 25 de maio de 1975", "(Roma, 12 marzo 1977)"
    if placed and (attrs := parse_date(placed["date"] or placed["day"])):
        return attrs
    m = DATE_PHRASE.match(text)
    if m and text[m.end() : m.end() + 1] in (",", " ", ";") and (attrs := parse_date(m.group(0))):
        rest = text[m.end() :].split()
        if (
            m.group(0).isdigit()
            and len(rest) > 2
            and not re.fullmatch(r"(?:0?[1-9]|1[0-2])", rest[0])
        ):
            # "1974 UWC - Interview with Derry Shop Steward": a title, its year first (but
            # "2014 09 – the TUC …" opens with a year and a month)
            return None
        return attrs
    return None


def bracket_date(text: str) -> tuple[str, dict[str, str]] | None:
    """(date as written, its attributes) of a bracketed line that opens with a date, then a
    comma (or a full stop after its year) and a remark with no page (``[19. November 1932,
    eigene Übersetzung …]``, ``[4. Juni 1933. Eigene Rückübersetzung …]``: a note about the
    text, which it dates), else None."""
    inner = text.strip()[1:-1]
    head, comma, rest = inner.partition(",")
    if (year := re.match(r"(?P<head>[^,\[\]]{4,40}?\d{4})\.\s+(?P<rest>\S.*)$", inner)) and (
        len(year["head"]) < len(head)
    ):
        head, comma, rest = year["head"], ".", year["rest"]
    if not comma or not rest.strip() or re.search(r"\bpp?\.", rest):
        return None
    attrs = date_line(head.strip())
    return (head.strip(), attrs) if attrs else None


def leading_date(inner: str) -> tuple[str, dict[str, str]] | None:
    """(date as written, attributes) of the date a bracketed citation opens with, before a
    full stop or a comma (``18 juin 1933. Source Léon Trotsky, Œuvres 1, …``), else None."""
    m = re.match(r"(?P<head>[^,.\[\]]{4,40}?\d{4})[.,]\s", inner)
    attrs = date_line(m["head"]) if m else None
    return (m["head"].strip(), attrs) if m and attrs else None


NUMERIC_DATE = re.compile(r"\(?\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})\)?\.?")


#: the MIA block's field that dates the writing (``Written: 3 May 1938.``, ``Escrito: …``)
_WRITTEN = re.compile(
    r"(?i)^(?:written|escrito|[ée]crit|geschrieben|scritto|написано|scris|parašė|geschreven|"
    r"skriven|skrivet|napisane|napsáno|escrit|kirjoitettu|skrevet|írta|napisano|"
    r"delivered|pronunciado|gehalten|adopted|adoptée|adoptad[oa]|angenommen|interviewed|"
    r"date of interview|date)$"
)


def written_date(block: Block, facts: dict) -> None:
    """The date a ``Written:`` field gives is the text's date when the title page gives none
    (a date line above it comes first and is kept), or when it says the same more precisely
    (``(May 1938)`` above ``Written: 3 May 1938.``)."""
    name, value = block.data["info"]
    if not _WRITTEN.match(name):
        return
    text = value.strip().rstrip(".")
    attrs = date_line(text)
    if not attrs:
        return
    if "date" in facts:
        when, above = attrs.get("when", ""), facts["date"][1].get("when", "")
        if not above or len(when) <= len(above) or not when.startswith(above):
            return
        block.note(f"'{name}:' dates the text more precisely than the date line: {text!r}")
    else:
        block.note(f"'{name}:' dates the text: {text!r}")
    facts["date"] = (text, attrs)


#: how many blocks at the head of the text (headnote and body) a date line may stand in
HEAD_BLOCKS = 10


def head_date(blocks: list[Block]) -> tuple[str, dict[str, str]] | None:
    """The date a line standing alone near the head of the text gives (``16 février 1937``
    under an interview's headline, ``Londres, 21 de mayo de 1895`` above a letter with no
    greeting, ``20 марта 1938 г.`` above the first turn): (the date as written, its
    attributes), a month at least, for the date of the work when the page states no other;
    the first of the first :data:`HEAD_BLOCKS` blocks that is one line of nine words at most
    and a date line (:func:`date_line`). None otherwise."""
    for block in blocks[:HEAD_BLOCKS]:
        if len(block.lines) != 1 or len(block.first) > LONGEST_DATE or block.words > 9:
            continue
        text = block.text.strip().rstrip(".")
        attrs = date_line(text)
        if attrs and to_the_month(attrs):
            return text, attrs
    return None
