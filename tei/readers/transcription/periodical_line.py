"""Rules: the periodical's line and its masthead, the printed original's journal and issue.

Accepted syntax: the periodical/issue line ``International Socialist Review, Winter 1965``
(never a work's title with its date, ``Lettre à C. Charles, 16 août 1940``, nor when it was
published, ``Published December 13, 1938``), or a catalogue's genre line ``Magazine article
Monthly Review``; a masthead: ``The Militant (logo)`` / ``Vol.66/No.35   September 23,
2002``, ``The Militant. Vol. 5. No. 15. April 12, 1941.``, ``Platypus Review 157 | June
2023``, ``Vol. 9 No. 1, 1 January 1945`` / ``Labor Action``, ``Militant Irish Monthly, June
1974, No. 25``, a web magazine's ``Issue 241 of
SOCIALIST REVIEW Published May 2000``, or an issue line without a date (``Encyclopedia of
Trotskyism On-Line: Revolutionary History, Vol. 6 No. 4``) → the journal, volume, issue and
date of the printed original.
"""

from __future__ import annotations

import re

from tei.dates import find_date, parse_date
from tei.readers.transcription.provenance import Citation

_PERIODICAL = re.compile(r"^(?P<journal>[^,|]{3,80}),\s+(?P<date>[^,]{4,40})$")


#: a catalogue's genre line naming the periodical: ``Magazine article Monthly Review``
_GENRE = re.compile(
    r"^(?:Magazine|Journal|Newspaper|Periodical|Newsletter) article"
    r"\s+(?P<journal>[A-Z][^|\n]{2,80})$"
)


_PUBLISHED = re.compile(
    r"(?i)^(?:first\s+)?(?:published|publié(?:e)?|publicado|publicada|pubblicato|veröffentlicht|"
    r"erschienen|опубликовано)\b"
)
#: a work's title names its kind (a letter, a speech, an interview): never a periodical's name
_WORK_TITLE = re.compile(
    r"(?i)^(?:an?\s+|the\s+)?(?:open\s+)?(?:lettre|letter|brief|carta|lettera|письмо|speech|discours|"
    r"rede|discurso|discorso|речь|interview|entretien|entrevista|intervista|gespräch|интервью|"
    r"statement|declaration|déclaration|erklärung|declaración|telegram|télégramme|telegramm|"
    r"telegrama)\b"
)


#: a day written the Iberian way (``25 de maio de 1975``): after a single word, a date line
_PLACE_DAY = re.compile(r"^\d{1,2}º?\s+de\s+")


def match_periodical(text: str) -> tuple[str, str, dict[str, str]] | None:
    """``International Socialist Review, Winter 1965`` → (journal, date text, attributes);
    a genre line (``Magazine article Monthly Review``) gives the journal with no date."""
    if "\n" in text or len(text) > 200:
        return None
    if genre := _GENRE.match(text.strip()):
        return genre["journal"].strip(), "", {}
    m = _PERIODICAL.match(text)
    if m and _PUBLISHED.match(m["journal"]):
        return None  # "Published December 13, 1938": when, not where
    if m and _WORK_TITLE.match(m["journal"]):
        return None  # "Lettre à C. Charles, 16 août 1940": a work's title and its date
    if m and re.fullmatch(r"\(.*\)", m["date"].strip()):
        return None  # "Pillars of the State, (1931)": a work's title and its year
    if not m or (_PLACE_DAY.match(m["date"]) and len(m["journal"].split()) == 1):
        return None  # "Lisboa, 25 de maio de 1975": a place and the day, the letter's date line
    attrs = parse_date(m["date"])
    if not attrs:
        return None
    return m["journal"].strip(), m["date"].strip(), attrs


_MASTHEAD = re.compile(
    r"^(?P<journal>[^|\n\d]{3,60}?)(?:\s*\((?:logo|masthead)\))?\s*\n?\s*"
    r"Vol(?:ume)?\.?\s*(?P<v>[IVXLC]+|\d+)\s*[/,.]?\s*(?:No|Nr|Issue)\.?\s*(?P<n>\d+)\s*[,|.]?\s*"
    r"(?P<date>.{4,40}?)\s*$"
    r"|^(?P<journal2>[^|\n\d]{3,60}?)\s+(?P<n2>\d{1,4})\s*\|\s*(?P<date2>[^|\n]{4,40}?)\s*$"
    r"|^Vol(?:ume)?\.?\s*(?P<v3>[IVXLC]+|\d+)\s*[/,.]?\s*(?:No|Nr|Issue)\.?\s*(?P<n3>\d+)\s*[,|.]?\s*"
    r"(?P<date3>.{4,60}?)\s*\n\s*(?P<journal3>[^|\n\d]{3,60}?)\s*$"
    # a web magazine's issue line: "Issue 241 of SOCIALIST REVIEW Published May 2000 Copyright …"
    r"|^Issue\s+(?P<n4>\d{1,4})\s+of\s+(?P<journal4>[^|\n\d]{3,60}?)\s+Published\s+"
    r"(?P<date4>[^|\n]{4,40}?)(?:\s+Copyright\b[^\n]*)?$"
    # the journal's issue and its date: "ISR Issue 61, September–October 2008"
    r"|^(?P<journal5>[^|\n\d,]{2,60}?)\s+(?:Issue|No\.?|Nr\.?|#)\s*(?P<n5>\d{1,4}),\s+"
    r"(?P<date5>[^|\n]{4,40}?)$"
    # the journal, its date, then its number: "Militant Irish Monthly, June 1974, No. 25"
    r"|^(?P<journal6>[^|\n\d,]{2,60}?),\s+(?P<date6>[^|\n,]{4,40}?),\s+(?:No|Nr|Issue|n°|nº)\.?\s*"
    r"(?P<n6>\d{1,4})\.?$",
    re.I,
)


#: an issue line without a date, perhaps after the site's name (the web page's title):
#: ``Encyclopedia of Trotskyism On-Line: Revolutionary History, Vol. 6 No. 4``
_ISSUE_LINE = re.compile(
    r"^(?:(?:Encyclopedia of Trotskyism(?: On-?Line)?|ETOL|Marxists[’']? Internet Archive|MIA)"
    r"\s?:\s*)?(?P<journal>[A-Z][^,|:\n\d]{2,60}?),?\s+(?:Vol(?:ume)?\.?\s*(?P<v>[IVXLC]+|\d+)"
    r"\s*[,/]?\s*)?(?:No|Nr|Issue|n°|nº|núm)\.?\s*(?P<n>\d+)\.?$"
)


#: a word naming a kind of work anywhere in a line (see ``_WORK_TITLE``)
_WORK_WORD = re.compile(_WORK_TITLE.pattern.replace("^(?:an?\\s+|the\\s+)?(?:open\\s+)?", "\\b", 1))


#: the small words a periodical's name may hold (``Bulletin of the Opposition``)
_JOURNAL_SMALL = {"of", "the", "and", "de", "la", "le", "du", "des", "der", "die", "das", "y", "e"}


_FIGURE = re.compile(r"\d")


def match_masthead(text: str) -> Citation | None:
    """A periodical's masthead (see module docstring) as a :class:`Citation`, or None."""
    if len(text) > 200 or not _FIGURE.search(text):
        return None  # (every masthead has its number: a line without a figure is none)
    issue = _ISSUE_LINE.match(text.strip())
    if (
        issue
        and not issue["v"]
        and (
            not 2 <= len(issue["journal"].split()) <= 4
            or _WORK_WORD.search(issue["journal"])
            or any(w[0].islower() and w not in _JOURNAL_SMALL for w in issue["journal"].split())
        )
    ):  # "Letter No. 3", "Bulletin No. 5", "Revised Interview With Siglo Veinte Miner No. 1":
        issue = None  # a numbered text or a title, not an issue
    if issue:
        journal = " ".join(issue["journal"].split())
        return Citation(text=text.strip(), journal=journal, volume=issue["v"], issue=issue["n"])
    m = _MASTHEAD.match(text.strip())
    if not m:
        return None
    date_text = (
        (m["date"] or m["date2"] or m["date3"] or m["date4"] or m["date5"] or m["date6"])
        .strip()
        .rstrip(".")
    )
    attrs = parse_date(date_text)
    if not attrs and m["date3"] and (dated := find_date(date_text)):
        date_text, attrs = dated  # "Friday, February 1, 1941, New York, NY": the place after it
    if not attrs:
        return None
    journal = (
        m["journal"]
        or m["journal2"]
        or m["journal3"]
        or m["journal4"]
        or m["journal5"]
        or m["journal6"]
    ).rstrip(".,; ")
    return Citation(
        text=" ".join(text.split()),
        journal=" ".join(journal.split()),
        volume=m["v"] or m["v3"],
        issue=m["n"] or m["n2"] or m["n3"] or m["n4"] or m["n5"] or m["n6"],
        date_text=date_text,
        date=attrs,
    )
