"""Rules: what the headnote (the text between the title and the work) says about the work.

Accepted syntax:

* the circumstances of an interview, talk or speech with their date: ``The following
  interview was conducted by … on March 20, 1986``, ``(interviewed by Steve Warne …, on
  April 2nd, 1983 in Melbourne)``, ``delivered in Detroit on May 14, 1955``, ``Propos
  recueillis par Jean Morel, Paris, 10 avril 1981``, ``foi entrevistada … em 3 de maio de
  1975``, a letter that ``dates from June 1992`` → the date of the text
  (``profileDesc/creation``), when the title page gives none —
  never a date that the clause gives to another event (``one year after the uprising of 29
  May 1969``, ``since``, ``before``, ``the anniversary of`` …); a month and a day without a
  year (``We spoke by Zoom April 15.``) give the date as written, without ``@when`` (the
  profile's ``@when`` needs a year);
* a headnote signed at its end with a dash and a name (``… We spoke by Zoom April 15.
  —DON McINTOSH``): the writer of the headnote, the page's author when it names none, and
  on an interview page the interviewer (the one who writes the introduction); an editor's
  note (``Note: …``) is signed by the editors or the periodical, and names no author; nor
  does an epigraph (a quotation, or fewer than fifteen words, signed by whom it quotes).
"""

from __future__ import annotations

import re

from tei.dates import DATE_PHRASE, MONTHS, parse_date
from tei.readers.transcription.name_shapes import is_name_like

_VERB = re.compile(
    r"\b(?:interview(?:ed)?|conducted|recorded|took place|held|delivered|given|spoke|talked|"
    r"propos recueillis|recueillis|entrevistad[oa]s?|intervistat[oa]|interviewt|realizada|"
    r"tenu|prononcé|pronunciado|gehalten|written|dates\s+from|dated)\b",
    re.I,
)
#: the clause after the verb, up to its full stop (an initial's full stop does not end it)
_CLAUSE = re.compile(r"(?:[^.;]|(?<=\b[A-Z])\.){0,240}")
_DATE_AFTER = re.compile(
    rf"(?:\b(?:on|in|of|le|el|em|am|il)\s+|,\s+|^\s+)(?P<date>{DATE_PHRASE.pattern})", re.I
)
#: a month and a day, no year after them (``April 15``): the date of an interview of this year
_MONTH_DAY = re.compile(r"\b(?P<m>[A-Z][a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)")
#: a date after these words is another event's (``one year after the uprising of 29 May 1969``)
_OTHER_EVENT = re.compile(
    r"\b(?:after|before|since|following|anniversary|until|ago|preceding|eve|après|avant|depuis|"
    r"después|antes|desde|nach|vor|seit|dopo|prima|depois)\b[^,]*$",
    re.I,
)


#: a signed introduction is a paragraph of its own; a short signed line is an epigraph
MIN_SIGNED_WORDS = 15
_SIGNED = re.compile(r"(?:^|\s)[—–]\s?(?P<name>[^\W\d][\w.'’ -]{2,40}?)\s*$")


def circumstance_date(text: str) -> tuple[str, dict[str, str]] | None:
    """(date text, ISO attributes) of the interview, talk or speech the text describes."""
    flat = " ".join(text.split())[:4000]
    for verb in _VERB.finditer(flat):
        clause = _CLAUSE.match(flat, verb.end()).group(0)
        lead_from = 0
        for m in _DATE_AFTER.finditer(clause):
            other = _OTHER_EVENT.search(clause[lead_from : m.start("date")])
            lead_from = m.end()
            if not other and (attrs := parse_date(m["date"])):
                return m["date"], attrs
    for verb in _VERB.finditer(flat):  # no year: "We spoke by Zoom April 15."
        clause = _CLAUSE.match(flat, verb.end()).group(0)
        for m in _MONTH_DAY.finditer(clause):
            month = MONTHS.get(m["m"].casefold())
            if month and 1 <= int(m["d"]) <= 31 and not _OTHER_EVENT.search(clause[: m.start()]):
                return m.group(0), {}  # the year unknown: the date as written, no @when
    return None


#: an editor's note is signed by the editors or the periodical, not by the author
_EDITORS_NOTE = re.compile(r"^(?:Editor[’']?s[’']? )?(?:Note|NOTE)s?\b", re.I)


def signed_by(text: str) -> str | None:
    """The name a headnote paragraph is signed with at its end (``—DON McINTOSH``); not
    an editor's note (``Note: … —Socialist Viewpoint``)."""
    if _EDITORS_NOTE.match(text) or len(text.split()) < MIN_SIGNED_WORDS:
        return None
    if text.lstrip()[:1] in "\"“‘'«„":  # a quotation signed by its author: an epigraph
        return None
    m = _SIGNED.search(text.rstrip()[-60:])
    if not m:
        return None
    name = m["name"].strip()
    shown = name.title() if name.isupper() else name
    return name if is_name_like(shown) or is_name_like(_caps_name(name)) else None


def _caps_name(name: str) -> str:
    """``DON McINTOSH`` → ``Don Mcintosh``: capitals read as a name (``Mc``, ``Mac`` kept)."""
    return " ".join(w[:1] + w[1:].lower() for w in name.split())
