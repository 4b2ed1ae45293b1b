"""Rules: the parts of a title block (the lines ``classify_title_line`` took for a title).

Accepted syntax:

* a title broken over lines, one of them ending in a colon (``Ten Years for the Locust:`` /
  ``British Trotskyism 1938–1948``): the lines up to the colon are the title, the rest the
  subtitle — the page's own layout says where the title ends (a colon inside one line is
  left alone: ``Peron: Argentine Sub-Imperialist`` is one title);
* a site's section above the title and subtitle (three title lines in a row, the first short
  and naming a section: ``US and World Politics``, or the third saying the text is an
  interview: ``An interview with Robert Brenner``) is a rubric too;
* a rubric before the title on its line, set off by one ``|`` (``TALKING SOCIALISM |
  Interviewing …``): a column or section name of at most four words, not the title;
* a catalogue line, ``Author – Title Date`` (``Alan Spector - Talk at "Rethinking the New
  Left" November 11 2010``): the date at its end is the text's date, not part of the title;
* a title line that repeats the title (in capitals, or followed by its byline:
  ``Interview with Hugo Blanco by Pedro Brieger*``) is a repetition, never a subtitle.

Each rule returns what it saw as evidence for ``tei convert --explain``.
"""

from __future__ import annotations

import re

from tei.dates import DATE_PHRASE, parse_date, to_the_month
from tei.readers.transcription.front import DATE_BEFORE
from tei.readers.transcription.name_shapes import is_name_like

_RUBRIC = re.compile(r"^(?P<rubric>[^|\n]{2,40}?)\s+\|\s+(?P<title>[^|\n]{3,200})$")
_END_DATE = re.compile(rf"^(?P<title>.+?[^\s,])[\s,]+(?P<date>{DATE_PHRASE.pattern})\s*$")
#: a glued footnote marker or asterisk at the end of a title line
_MARKER_END = re.compile(r"(?<=[^\W\d])\[?\d{1,2}\]?$|\s*\[\d{1,3}\]$|\*+$")


def colon_break(lines: list[str]) -> int:
    """How many leading lines form the title when a line of a multi-line title block ends
    in a colon (the rest is the subtitle), or its last line is in parentheses without a
    date (``(Urval)``, ``(Excerpts)``: the subtitle), else 0."""
    if len(lines) < 2:
        return 0
    for n, line in enumerate(lines[:-1], start=1):
        if line.rstrip().endswith(":") and len(line.split()) >= 2:
            return n
    last = lines[-1].strip()
    if re.fullmatch(r"\([^()]{2,80}\)", last) and not re.search(r"\d", last):
        return len(lines) - 1  # "Intervju med Karl Marx i / Chicago Tribune / (Urval)"
    return 0


def rubric(text: str) -> tuple[str, str] | None:
    """(rubric, title) for a one-line ``RUBRIC | Title``, or None."""
    m = _RUBRIC.match(text.strip())
    if not m or len(m["rubric"].split()) > 4 or len(m["title"].split()) < 2:
        return None
    return m["rubric"], m["title"]


def trailing_date(title: str) -> tuple[str, str, dict[str, str]] | None:
    """(title, date text, ISO attributes) when a catalogue title ends in a date (after two
    words of title at least), else None."""
    m = _END_DATE.match(title.strip())
    if not m or len(m["title"].split()) < 2:
        return None
    attrs = parse_date(m["date"])
    return (m["title"], m["date"], attrs) if attrs else None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", _MARKER_END.sub("", text.strip()).casefold())


def repeats(title: str, text: str) -> bool:
    """True when ``text`` is the title again (any case), perhaps followed by more words
    (its byline)."""
    have, want = _words(text), _words(title)
    return bool(want) and have[: len(want)] == want


#: words of a site's section names (``US and World Politics``, ``Labor``, ``Opinion``)
_SECTION = re.compile(
    r"(?i)\b(?:politics|news|world|opinion|analysis|interviews?|features?|reviews?|culture|"
    r"labou?r|economy|history|theory|international|debate|commentary|editorials?|letters|books?|"
    r"perspectives?|perspektiven?|perspectivas?|analyse|análisis|kommentar|comentario|"
    r"commentaire|meinung|opinión|leitartikel|éditorial|rezension|reseña|nachruf|obituary|"
    r"historia|histoire|geschichte|storia|história|pol[íi]tica|politique|politik|cultura|"
    r"kultur|teor[íi]a|th[ée]orie|theorie|internacional|internationale?|econom[íi]a|"
    r"[ée]conomie|wirtschaft|gewerkschaft(?:en)?|betrieb|sindical|syndical|mouvement ouvrier)\b"
)


#: a subtitle that says the text is an interview (``An interview with Robert Brenner``)
_ANNOUNCES = re.compile(
    r"(?i)^(?:an?\s+|une?\s+|una?\s+)?(?:[\w’'-]+\s+){0,2}(?:interview|conversation|entretien|"
    r"entrevista|intervista|gespräch|интервью|беседа)\b"
)


def section_name(text: str) -> bool:
    """A short line naming a site's or journal's section (``Books``, ``Labor History``)."""
    return "\n" not in text and len(text.split()) <= 3 and bool(_SECTION.search(text))


def announces(text: str) -> bool:
    """The line says the text is an interview (``Entrevista concedida a …``)."""
    return "\n" not in text and bool(_ANNOUNCES.match(text.strip()))


def section_rubric(texts: list[str]) -> bool:
    """The first of three one-line titles in a row is the site's section or the periodical's
    name, a rubric, when it is short and names a section (``US and World Politics`` / the
    title / the subtitle), or when the third says what the text is (``Against the Current`` /
    ``Revisiting the Transitional Program`` / ``An interview with Robert Brenner``)."""
    return (
        len(texts) >= 3
        and all("\n" not in t for t in texts[:3])
        and len(texts[0].split()) <= 5
        and (bool(_SECTION.search(texts[0])) or bool(_ANNOUNCES.match(texts[2])))
    )


def long_name(text: str) -> bool:
    """Three capitalised words whose every pair reads as a name (``Jorge Ramos Ibarra``); a
    title in Title Case reads so too, hence only above a title in sentence case."""
    words = text.split()
    return (
        "\n" not in text
        and len(words) == 3
        and is_name_like(" ".join(words[:2]))
        and is_name_like(" ".join(words[1:]))
    )


def sentence_case(text: str) -> bool:
    """Two words or more of four letters or more in lower case (``La cuestión agraria en
    México``): a title as the Romance languages write it, never a name."""
    return len([w for w in text.split() if len(w) >= 4 and w[:1].islower()]) >= 2


#: a date ending a title: after a comma or a full stop, or in parentheses
_TITLE_DATE = re.compile(r"(?:[,.]\s+|\s\()(?=(?P<date>[^()]{4,40}?)\)?\s*$)")


def title_date(title: str) -> tuple[str, dict[str, str]] | None:
    """(date as written, attributes) of a title that ends with its date, to the month at least
    (``Lettre à Auguste Mougeot, 5 juillet 1931``, ``Trotsky ad Alfonso Leonetti (8 febbraio
    1932)``, ``Speech at … Karl Marx. May 1, 1920``), or begins with it and a colon
    (``February 1, 2000: On the Great Tasks …``)."""
    for m in _TITLE_DATE.finditer(title):  # (from the left: "…, March 8, 1933" whole)
        attrs = parse_date(m["date"])
        if attrs and to_the_month(attrs):
            return m["date"].strip(), attrs
    first = DATE_BEFORE.match(title)
    attrs = parse_date(first["date"]) if first else None
    if first and attrs and to_the_month(attrs):
        return first["date"].strip(), attrs  # "February 1, 2000: On the Great Tasks …"
    return None
