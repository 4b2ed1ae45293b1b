"""Chrome seen over several lines or by what it names: a post's bulleted meta list with ``|``
items (``• Haber`` / ``• |`` / ``• 16 Kasım 2021``), a site's menu as a bulleted list at the
top of the page (``- HOME PAGE`` / ``- BIBLIOTECA POPOLARE DI PIADENA`` / …), and the name
of the archive or library standing first above the title (``Biblioteca Multimediale
Marxista``), and the chrome at the top of the page (:func:`top_chrome`). Used by
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


#: an item of a site's menu: a bullet, then a few words with no closing punctuation
_MENU_ITEM = re.compile(r"^[-•·*–]\s+(?:\S+\s){0,5}\S+$")
#: the fewest items of a bulleted menu
MIN_MENU_ITEMS = 4
#: a line of this many words is text: a menu stands above it
TEXT_WORDS = 12


def _menu_entry(text: str) -> bool:
    """A bulleted menu item, every long word capitalised (``- Canti Popolari Raccolti``; a
    list of demands is written as sentences: ``- Workers' control of production``)."""
    return (
        bool(_MENU_ITEM.match(text))
        and len(text) <= 48
        and text[-1] not in ".,;:!?)”\"'"
        and all(w[0].isupper() for w in text[1:].split() if len(w) > 3)
    )


def bullet_menu(lines: list[str], filled: list[int]) -> set[int]:
    """A site's menu at the top of the page, one bulleted item a line (``- HOME PAGE`` /
    ``- QUADERNI DI PIADENA`` / …): four items or more in a row before any line of text, none
    ending on punctuation, every long word capitalised; with the site's name, the one short
    line above it."""
    run: list[int] = []
    for i in filled:
        text = lines[i].strip()
        if _menu_entry(text):
            run.append(i)
            continue
        # (split at most TEXT_WORDS times: a line may be megabytes long)
        if len(run) >= MIN_MENU_ITEMS or len(text.split(None, TEXT_WORDS)) > TEXT_WORDS - 1:
            break
        run = []
    if len(run) < MIN_MENU_ITEMS:
        return set()
    found = set(run)
    above = [i for i in filled if i < run[0]]
    if len(above) == 1 and len(lines[above[0]].split(None, 7)) <= 6:
        found.add(above[0])  # the site's name above its menu
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


#: a lone year, or a span of years (``1843-50``: the archive's period), first on the page
_YEAR = re.compile(r"^(?:1[6-9]|20)\d\d(?:\s*[-–]\s*(?:\d\d|(?:1[6-9]|20)\d\d))?$")
#: the archive's page-title line (``Karl Marx 19000101 …``)
_PAGE_TITLE = re.compile(r"^[A-ZÀ-Ý][\w.’' -]{2,40}\s(?:1[6-9]|20)\d\d[01]\d[0-3]\d\s+\S.{3,}$")


def top_chrome(lines: list[str], top: list[int]) -> set[int]:
    """A lone year first, the archive's page-title line, earlier copies of repeated lines,
    the site's name first above a title."""
    found: set[int] = set()
    if top and _YEAR.match(lines[top[0]].strip()):
        found.add(top[0])
    if len(top) >= 2 and site_name(lines[top[0]].strip()) and len(lines[top[1]].split()) <= 25:
        found.add(top[0])
    last: dict[str, int] = {}
    for i in top:
        text = lines[i].strip()
        if len(text) > 300:  # chrome is short; a long line is text (and costly to key)
            last.clear()  # the text has begun: a line it repeats later is no copy of chrome
            continue
        if len(text.split()) > 25 or (len(text.split()) >= 8 and text[-1] in '.!?…”"'):
            last.clear()  # a sentence: the text has begun
        if _PAGE_TITLE.match(text):
            found.add(i)
        key = re.sub(r"\W+", " ", re.sub(r"\s*\[\d{1,3}\]$", "", text)).strip().casefold()
        if text.endswith((":", "?")):  # a label alone on its line (``QUESTION:``), a question
            continue  # listed first and then asked (``1. Varför …?``) comes back: no copy
        if key in last and len(key) > 3:
            found.add(last[key])
        last[key] = i
    return found
