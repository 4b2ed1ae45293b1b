"""Dates as printed ("Winter 1965", "10 April 1950", "August 12, 1938") → ISO attributes.

Only what is known becomes machine-readable: a season gives its year, a month
``YYYY-MM``, a day ``YYYY-MM-DD``, a double month ``@from``/``@to``.
"""

from __future__ import annotations

import calendar
import os
import re
from datetime import UTC, datetime

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan janvier januar jänner enero gennaio janeiro",
        "february feb février fevrier februar febrero febbraio fevereiro",
        "march mar mars märz marz marzo março marco",
        "april apr avril abril aprile",
        "may mai mayo maggio maio",
        "june jun juin juni junio giugno junho",
        "july jul juillet juli julio luglio julho",
        "august aug août aout agosto",
        "september sep sept septembre septiembre settembre setembro setiembre",
        "october oct octobre oktober octubre ottobre outubro",
        "november nov novembre noviembre novembro",
        "december dec décembre decembre dezember diciembre dicembre dezembro",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number
for _number, _names in enumerate(
    [  # Dutch, the Nordic languages, Polish (nominative and genitive), Turkish, Romanian,
        # Catalan, Galician, Czech (genitive), Hungarian, Ukrainian (genitive), Greek (spoken)
        "januari januar stycznia styczeń ocak ianuarie gener xaneiro ledna január січня "
        "γενάρη ιανουάριο",
        "februari februar lutego luty şubat subat februarie febrer febreiro února "
        "február лютого φλεβάρη φεβρουάριο",
        "maart marts mars marca marzec mart martie març března március березня μάρτη μάρτιο",
        "kwietnia kwiecień nisan aprilie dubna április квітня απρίλη απρίλιο",
        "mei maj maja mayıs mayis mai maig května május травня μάη μάιο",
        "juni czerwca czerwiec haziran iunie juny xuño června június червня ιούνη ιούνιο",
        "juli lipca lipiec temmuz iulie juliol xullo července július липня ιούλη ιούλιο",
        "augustus augusti sierpnia sierpień ağustos agustos august agost srpna augusztus "
        "серпня αύγουστο",
        "september września wrzesień eylül eylul septembrie setembre září szeptember "
        "вересня σεπτέμβρη σεπτέμβριο",
        "oktober października październik ekim octombrie octubre října október жовтня "
        "οκτώβρη οκτώβριο",
        "november listopada listopad kasım kasim noiembrie listopadu листопада νοέμβρη νοέμβριο",
        "december desember grudnia grudzień aralık aralik decembrie desembre decembro "
        "prosince грудня δεκέμβρη δεκέμβριο",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
for _number, _names in enumerate(
    [  # Russian, nominative and genitive ("26 декабря 1939 г.")
        "январь января",
        "февраль февраля",
        "март марта",
        "апрель апреля",
        "май мая",
        "июнь июня",
        "июль июля",
        "август августа",
        "сентябрь сентября",
        "октябрь октября",
        "ноябрь ноября",
        "декабрь декабря",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number
for _number, _names in enumerate(
    [  # Greek, nominative and genitive ("Ιούλιος 1927", "3 Ιουλίου 1927")
        "ιανουάριος ιανουαρίου",
        "φεβρουάριος φεβρουαρίου",
        "μάρτιος μαρτίου",
        "απρίλιος απριλίου",
        "μάιος μαΐου μαίου",
        "ιούνιος ιουνίου",
        "ιούλιος ιουλίου",
        "αύγουστος αυγούστου",
        "σεπτέμβριος σεπτεμβρίου",
        "οκτώβριος οκτωβρίου",
        "νοέμβριος νοεμβρίου",
        "δεκέμβριος δεκεμβρίου",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

SEASONS = {
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "frühling",
    "frühjahr",
    "sommer",
    "herbst",
    "printemps",
    "été",
    "automne",
    "hiver",
    "primavera",
    "verano",
    "otoño",
    "invierno",
}

_MONTH = r"(?:[^\W\d_]+)\.?"
#: a weekday before a date, a clock time inside a mail header's date, "г." after a Russian year
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+"
    r"|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|domenica|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή)"
    r",?\s+",
    re.I,
)
_CLOCK = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5}|\s+[+-]\d{4})?(?=\s+\d{4}$)")
_YEAR_MARK = re.compile(r"(?<=\d{4})\s*г\.?$")
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.|-го|-е|°|º)?\s+(?:de\s+)?(?P<m>{_MONTH}),?\s+(?:de\s+)?(?P<y>\d{{4}})$",
            re.I,
        ),
        "dmy",
    ),
    (
        re.compile(
            rf"^(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})$", re.I
        ),
        "mdy",
    ),
    (  # a span of days in one month: "June 16-17, 1933", "16-17 juin 1933", "16.-17. Juni 1933"
        re.compile(
            rf"^(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}}),?\s+(?P<y>\d{{4}})$"
            rf"|^(?P<d_>\d{{1,2}})\.?\s*[-–]\s*(?P<d2_>\d{{1,2}})\.?\s+(?:de\s+)?(?P<m_>{_MONTH}),?"
            rf"\s+(?:de\s+)?(?P<y_>\d{{4}})$",
            re.I,
        ),
        "ddmy",
    ),
    (re.compile(rf"^(?P<m>{_MONTH})\s*[-–/]\s*(?P<m2>{_MONTH})\s+(?P<y>\d{{4}})$", re.I), "mmy"),
    (
        re.compile(
            rf"^(?:(?:early|late|mid)[- ])?(?P<m>{_MONTH}),?\s+(?:de\s+|del\s+)?(?P<y>\d{{4}})$",
            re.I,
        ),
        "my",
    ),
    (re.compile(r"^(?P<y>\d{4})$"), "y"),
]


#: no printed date is longer than this ("Wednesday, the 28th of September, 1938, 10 a.m.")
LONGEST_DATE = 120


def parse_date(text: str) -> dict[str, str] | None:
    """ISO attributes (``when`` or ``from``/``to``) for a printed date, or None."""
    s = text.strip().strip("().,").strip()
    if len(s) > LONGEST_DATE:  # a printed date is short (and the patterns would not be linear)
        return None
    s = _CLOCK.sub("", _YEAR_MARK.sub("", _WEEKDAY.sub("", s)))
    if numeric := _NUMERIC.fullmatch(s):
        return _numeric_date(numeric)
    for pattern, kind in _PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        if kind == "ddmy":
            return _day_span(m)
        year = int(m["y"])
        if not 1000 <= year <= 2999:
            return None
        if kind == "y":
            return {"when": f"{year:04d}"}
        word = m["m"].rstrip(".").lower()
        if kind == "my" and word in SEASONS:
            return {"when": f"{year:04d}"}
        month = MONTHS.get(word)
        if month is None:
            if kind == "mmy" and word in SEASONS and m["m2"].rstrip(".").lower() in SEASONS:
                return {"when": f"{year:04d}"}
            continue
        if kind == "mmy":
            month2 = MONTHS.get(m["m2"].rstrip(".").lower())
            if month2 is None:
                continue
            return {"from": f"{year:04d}-{month:02d}", "to": f"{year:04d}-{month2:02d}"}
        if kind == "my":
            return {"when": f"{year:04d}-{month:02d}"}
        day = int(m["d"])
        if not _real_day(year, month, day):
            return None  # "June 31, 2011": as printed, but no day of the calendar
        return {"when": f"{year:04d}-{month:02d}-{day:02d}"}
    return None


#: a date in figures: ``26/06/2007``, ``26.6.2007``, ``2007-06-26``, ``1938年8月7日``
_NUMERIC = re.compile(
    r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<cy>\d{4})\s?年\s?(?P<cm>\d{1,2})\s?月(?:\s?(?P<cd>\d{1,2})\s?日)?"
)


def _numeric_date(m: re.Match[str]) -> dict[str, str] | None:
    """A date in figures, read only when it cannot be misread: ISO, or day and month told
    apart by a number over 12 (``26/06/2007``; ``06/05/2007`` may be either, so None)."""
    if m["cy"]:  # year, month and day in CJK figures: no ambiguity
        year, month = int(m["cy"]), int(m["cm"])
        if not (1000 <= year <= 2999 and 1 <= month <= 12):
            return None
        if not m["cd"]:
            return {"when": f"{year:04d}-{month:02d}"}
        day = int(m["cd"])
    elif m["iy"]:
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        elif a == b:
            day = month = a
        else:
            return None
    if not (1000 <= year <= 2999 and 1 <= month <= 12 and _real_day(year, month, day)):
        return None
    return {"when": f"{year:04d}-{month:02d}-{day:02d}"}


def _real_day(year: int, month: int, day: int) -> bool:
    """``day`` is a day of that month (``June 31`` and ``1900-02-29`` are not)."""
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _day_span(m: re.Match[str]) -> dict[str, str] | None:
    """``@from``/``@to`` of a span of days in one month (``June 16-17, 1933``)."""
    part = {k.rstrip("_"): v for k, v in m.groupdict().items() if v is not None}
    year, month = int(part["y"]), MONTHS.get(part["m"].rstrip(".").lower())
    first, last = int(part["d"]), int(part["d2"])
    if month is None or not 1000 <= year <= 2999 or not 1 <= first < last:
        return None
    if not _real_day(year, month, last):
        return None
    day = f"{year:04d}-{month:02d}"
    return {"from": f"{day}-{first:02d}", "to": f"{day}-{last:02d}"}


DATE_PHRASE = re.compile(
    r"(?:\d{1,2}\.?\s*[-–]\s*\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?,?\s+(?:de\s+)?\d{4}"
    r"|[A-Za-zÀ-ÿ]+\.?\s+\d{1,2}\s*[-–]\s*\d{1,2},?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th|er|\.|-го|-е|°|º)?\s+(?:de\s+)?[^\W\d_]+\.?\s+(?:de\s+)?\d{4}"
    r"|[A-Za-zÀ-ÿ]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|[A-Za-zÀ-ÿ]+\.?\s*[-–/]\s*[A-Za-zÀ-ÿ]+\.?\s+\d{4}"
    r"|[A-Za-zÀ-ÿ]+,?\s+(?:de\s+|del\s+)?\d{4}"
    r"|\d{4})"
)


def to_the_month(attrs: dict[str, str]) -> bool:
    """The ISO attributes name a month at least (``1938-05``, ``1938-05-03``), not a year alone."""
    return len(attrs.get("when", attrs.get("from", ""))) >= 7


def find_date(text: str) -> tuple[str, dict[str, str]] | None:
    """The first date phrase in ``text`` that parses, with its attributes."""
    for m in DATE_PHRASE.finditer(text):
        attrs = parse_date(m.group(0))
        if attrs:
            return m.group(0), attrs
    return None


def source_date_epoch(fmt: str = "%Y-%m-%d") -> str | None:
    """SOURCE_DATE_EPOCH (reproducible builds) formatted with ``fmt`` in UTC, or None when it
    is unset or not a number: the one place the toolkit dates anything without a document
    saying so (the clock is never read)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    return datetime.fromtimestamp(int(epoch), UTC).strftime(fmt)
