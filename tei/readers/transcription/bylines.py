"""Rule: a byline's shape — ``By NAME``, ``Por NAME``, ``Av H.``, ``By NAME (DATE)``, an
interview's ``Interviewed by NAME``, a web page's ``DATE, by NAME`` — and the name and date it
gives (whether the name is a person's, ``front.py`` decides)."""

from __future__ import annotations

import re

from tei.readers.transcription.front_dates import date_line

BY_LINE = re.compile(
    r"^[,;]?\s*(?:(?:Interviewed|(?:An\s)?[Ii]nterview|Conducted|Realizad[oa]|Entrevistad[oa]|Réalisée?|Raccolt[oa]|"
    r"Intervistat[oa]|Geführt)\s+(?:by|por|par|da|von)|[Aa] cura di|Propos recueillis par|"
    r"By|BY|by|Von|VON|von|Par|PAR|par|Por|POR|por|di|Di|DI|[Aa]f|AF|[Aa]v|AV|[Dd]oor|DOOR|"
    r"[Aa]utor:?|[Aa]uthor:|Автор:?|Από|από)\s+(?P<name>[^\W\d][^,;:()/|]{2,40}?|[A-ZÀ-Ý]\.)"
    # and the date it bears: "By Sam Marcy (June 27, 1991)"
    r"(?:\s*\((?P<date>[^()]{3,40}\d{4})\))?"
    r"\s*[/|]?$"  # a separator the site put after it ("POR BRAIS FERNÁNDEZ Y XAQUÍN PASTORIZA /")
)


#: a web page's date and byline on one line (``Friday 9 May 2003, by Livio Maitan``,
#: ``TUESDAY 9 JULY 2024, BY ANNA LIBERA``, ``04.08.2014 | Lev TROÇKİ``)
_DATED_BY = re.compile(
    r"^(?P<date>[^,|]{6,40}?)\s*(?:,\s*(?i:by|par|por|von|di|da|af|av|door)|\s\|)\s+"
    r"(?P<name>[^\W\d][^,;:()/|]{2,40}?)\s*$"
)


def byline_parts(text: str) -> tuple[str, str | None] | None:
    """The name and the date (if any) of a byline: ``By NAME (DATE)`` or ``DATE, by NAME``."""
    if by := BY_LINE.match(text):
        return by["name"], by["date"]
    if (dated := _DATED_BY.match(text)) and date_line(dated["date"]):
        return dated["name"], dated["date"]
    return None
