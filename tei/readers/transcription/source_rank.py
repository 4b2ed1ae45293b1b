"""Rule: which of a page's provenance lines is the printed source (``sourceDesc/biblStruct``)
when it has more than one — the edition the transcription was made from, a first
publication, a later printing."""

from __future__ import annotations

import re

from tei.readers.transcription.provenance import Citation


def outranks(cite: Citation, before: Citation) -> bool:
    """Whether a provenance line's citation is the printed source over the one found before
    it: the edition the transcription was made from, cited with its volume, issue or pages
    (``Source: Lenin Collected Works, …, Volume 42, pages 204b-205a``), over any other; a
    ``Source:`` naming a book over a line that names none (``Primeira Edição: Publicado
    segundo o manuscrito. …``); else a first publication (the original) over a later one."""
    if _edition(before):
        return False
    if _edition(cite) or (cite.transcribed and _named(cite) and not _named(before)):
        return True
    return cite.first and not before.first


def _edition(cite: Citation) -> bool:
    """A ``Source:`` line citing an edition by its volume, issue or pages (not a web site)."""
    return cite.transcribed and _named(cite) and bool(cite.volume or cite.issue or cite.pages)


def _named(cite: Citation) -> bool:
    """The citation names a printed work: a name, not a sentence or a web site."""
    journal = cite.journal or ""
    return (
        bool(journal)
        and not _WEB_SITE.search(cite.text)
        and ". " not in journal
        and len(journal.split()) <= MAX_NAME_WORDS
    )


#: the most words of a journal's or book's name
MAX_NAME_WORDS = 10
#: a citation of a web site rather than of a printed edition
_WEB_SITE = re.compile(r"(?i)https?://|www\.|\.(?:org|com|net|info)\b|Internet Archive|\bonline\b")
