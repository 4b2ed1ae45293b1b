"""Chrome seen over several lines or by what it names: a post's bulleted meta list with ``|``
items (``• Haber`` / ``• |`` / ``• 16 Kasım 2021``), and the name of the archive or library
standing first above the title (``Biblioteca Multimediale Marxista``). Used by
:mod:`tei.readers.transcription.navigation`."""

from __future__ import annotations

import re

#: an item of a web page's bulleted list, short (``• Haber``, ``• 16 Kasım 2021``, ``• |``)
_BULLET = re.compile(r"^[•·]\s*\S.{0,38}$")


def bullet_meta(lines: list[str], filled: list[int]) -> set[int]:
    """A post's rubric, date and time as a bulleted list with ``|`` items between them
    (``• Haber`` / ``• |`` / ``• Basın derleme`` / ``• |`` / ``• 16 Kasım 2021``): three
    items or more in a row, one of them a lone ``|``."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*filled, -1]:
        if i >= 0 and _BULLET.match(lines[i].strip()):
            run.append(i)
            continue
        if len(run) >= 3 and any(lines[j].strip()[1:].strip() == "|" for j in run):
            found.update(run)
        run = []
    return found


#: the name of an archive or library standing first on the page, above the work's title
#: (``Encyclopedia of Anti-Revisionism On-Line``, ``Biblioteca Multimediale Marxista``)
_SITE_NAME = re.compile(
    r"(?i)^(?:[^\W\d_][\w’'-]*\s+){0,4}(?:encyclop(?:a)?edia|archives?|archiv|archivo|arquivo|"
    r"library|biblioteca|bibliothek|biblioth[eè]que)\b(?:\s+[^\W\d_][\w’'-]*){0,5}$"
)


def site_name(text: str) -> bool:
    """A site's name (:data:`_SITE_NAME`), every long word of it capitalised."""
    return bool(_SITE_NAME.match(text)) and all(w[0].isupper() for w in text.split() if len(w) > 3)
