"""Rule: the author's archive named in the site's navigation.

Archive sites file each text under its author: a breadcrumb ``Leon Trotsky > 1938 >``, or the
author's index among the archive's links (``Ian Birchall   |   ETOL Main Page``). Those lines
are chrome and are removed from the text, but on a page with no byline, signature or author
line they are the only place the author is named: the name (a personal name, the first crumb
before a year; the one segment of the ``|`` line that is no archive link) is the author.
"""

from __future__ import annotations

import re

from tei.readers.transcription.name_shapes import is_name_like
from tei.readers.transcription.navigation import is_navigation

_CRUMB = re.compile(r"^(?P<name>[^>|]{3,60}?)\s*>\s*(?:1[6-9]|20)\d\d\s*>?\s*$")
#: the archive's heading for an author (``James P. Cannon Internet Archive``)
_ARCHIVE_OF = re.compile(r"^(?P<name>[^|>:]{3,60}?)\s+(?:Internet\s+)?Archive$")
#: the archive's author line is among the page's first lines
FIRST_REMOVED = 6


def archive_author(removed: list[tuple[int, str]]) -> str | None:
    """The author the site's navigation names (see module docstring), or None."""
    for _, text in removed[:FIRST_REMOVED]:
        if (crumb := _CRUMB.match(text.strip()) or _ARCHIVE_OF.match(text.strip())) and (
            is_name_like(crumb["name"].strip())
        ):
            return crumb["name"].strip()
        segments = [s.strip() for s in text.split("|") if s.strip()]
        if len(segments) < 2:
            continue
        names = [s for s in segments if is_name_like(s) and not is_navigation(s)]
        if len(names) == 1 and all(is_navigation(s) for s in segments if s != names[0]):
            return names[0]
    return None
