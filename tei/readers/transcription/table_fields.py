"""Rule: the MIA header block laid out as a table (a wiki or mirror's copy of the page).

Accepted syntax: one field a line, its name and value in cells set off by ``|``
(``Author(s) | Leon Trotsky |``, ``Written | 13 November 1933 |``, ``First Published |
The Militant, Vol. VI No. 57, … |``, ``| Translated | John G. Wright |``). A row counts only
when its name is a field of the header block that the line form ``Name: value`` gives
(``provenance.py``: provenance, information field, credit) or an author field (``Author(s)``,
``Autor``, ``Auteur``, ``Autore``, ``Автор``): a table of the text itself is never read so.
A copy that lost the cell borders keeps only the rows that cannot start a sentence
(``Author(s) Lenin``; ``Written 18 February 1920``, the value a date alone).
:func:`field_line` returns the row as that line form, which the rules of the header block then
read; the block keeps the row as written.
"""

from __future__ import annotations

import re

from tei.dates import parse_date
from tei.readers.transcription import provenance

_ROW = re.compile(
    r"^\|?\s*(?P<name>[^\W\d][\w()/&.’' -]{1,40}?)\s*\|\s*(?P<value>[^|\n]{1,400}?)\s*\|?\s*$"
)
#: the same table with its cell borders lost in the copy (``Author(s) Lenin``, ``Written 18
#: February 1920``): only the rows that cannot be a sentence's start, an ``Author(s)`` row or a
#: ``Written``/``Delivered`` row whose value is a date and nothing else
_BARE_ROW = re.compile(r"^(?P<name>Author\(s\)|Written|Delivered)\s+(?P<value>\S.{0,200})$")
#: the longest row a header table holds
MAX_ROW = 500
_AUTHOR = re.compile(r"(?i)^(?:author(?:\(s\)|s)?|autor(?:es|en)?|auteurs?|autori?|автор\w*)$")


def field_line(line: str) -> str | None:
    """``Name: value`` for a header-block row written as a table, else None."""
    m = _ROW.match(line.strip())
    if not m:
        bare = (
            _BARE_ROW.match(line.strip())
            if len(line) <= MAX_ROW and line.lstrip()[:1] in "AWD"
            else None
        )
        if bare and (bare["name"].startswith("Author") or parse_date(bare["value"])):
            return f"{bare['name']}: {bare['value']}"
        return None
    name, value = m["name"].strip(), m["value"].strip()
    if len(value.split()) < 2 and not re.search(r"\d", value):
        return None  # "Source | Contact |": a menu, not a field
    text = f"{name}: {value}"
    if _AUTHOR.match(name):
        return text
    if (
        provenance.match_provenance(text)
        or provenance.match_info(text)
        or provenance.match_credit(text)
    ):
        return text
    return None


def author_field(line: str) -> str | None:
    """The name of an author row (``Author(s) | Leon Trotsky |`` → ``Leon Trotsky``)."""
    text = field_line(line)
    if text is None:
        return None
    name, _, value = text.partition(": ")
    return value if _AUTHOR.match(name) else None
