"""Rules: what the headnote (the text between the title and the work) says about the work.

Accepted syntax:

* the circumstances of an interview, talk or speech with their date: ``The following
  interview was conducted by … on March 20, 1986``, ``(interviewed by Steve Warne …, on
  April 2nd, 1983 in Melbourne)``, ``delivered in Detroit on May 14, 1955`` → the date of the
  text (``profileDesc/creation``), when the title page gives none;
* a headnote signed at its end with a dash and a name (``… We spoke by Zoom April 15.
  —DON McINTOSH``): the writer of the headnote, the page's author when it names none, and
  on an interview page the interviewer (the one who writes the introduction); an editor's
  note (``Note: …``) is signed by the editors or the periodical, and names no author; nor
  does an epigraph (a quotation, or fewer than fifteen words, signed by whom it quotes).
"""

from __future__ import annotations

import re

from tei.dates import DATE_PHRASE, parse_date
from tei.readers.transcription.front import is_name_like

_CIRCUMSTANCE = re.compile(
    r"\b(?:interview(?:ed)?|conducted|recorded|took place|held|delivered|given|spoke|talked)\b"
    rf"(?:[^.;]|(?<=\b[A-Z])\.){{0,240}}?\b(?:on|in|of)\s+(?P<date>{DATE_PHRASE.pattern})",
    re.I,
)
#: a signed introduction is a paragraph of its own; a short signed line is an epigraph
MIN_SIGNED_WORDS = 15
_SIGNED = re.compile(r"(?:^|\s)[—–]\s?(?P<name>[^\W\d][\w.'’ -]{2,40}?)\s*$")


def circumstance_date(text: str) -> tuple[str, dict[str, str]] | None:
    """(date text, ISO attributes) of the interview, talk or speech the text describes."""
    flat = " ".join(text.split())
    for m in _CIRCUMSTANCE.finditer(flat[:4000]):
        if attrs := parse_date(m["date"]):
            return m["date"], attrs
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
