"""Rule: site navigation lines are not part of the work.

Accepted forms (removed from the text, listed in the header):

* segments separated by ``|`` that are all navigation phrases
  (``ISR Index | Main Newspaper Index``,
  ``Encyclopedia of Trotskyism | Marxists’ Internet Archive``);
* a lone navigation phrase (``Top of page``, ``ETOL Home Page``);
* a breadcrumb (``Leon Trotsky > 1938 >``, ``Home » Library » Articles``);
* download chrome (``Format RTF (Microsoft word) Format PDF (Adobe Acrobat)``);
* a menu: four or more consecutive short lines at the top of the page, one of which is a
  navigation phrase (``Current Issue``, ``Back Issues``, …);
* web chrome of the family's sites and mirrors (:data:`CHROME`): share and feed widgets
  (``RSS Feed``, ``Facebook``, ``Print this article``, ``Share:``), "You are here" trails,
  logos, a lone ``|``, e-mail lines,
  document viewers' lines (``Size: px``, ``Start display at page:``, ``Total Page:16``,
  ``File Type:pdf``), download lines (``Download "…"``, ``Format ODT …``, ``Cliquer sur le
  format …``), table-like wiki navigation (``Category | Template | Form |``);
* near the top: a lone year (the archive's year crumb: ``1930``), the archive's page-title
  line ``Leon Trotsky 19380812 Answers to …`` (author, eight-digit date, title), and every
  earlier copy of a line that the top of the page repeats before its text begins (the last
  copy is the work's; a letter's signature repeating the author line is no copy) — but never
  a line ending in a colon (a speaker label alone on its line, ``QUESTION:``);
* at the top or bottom of the page, a blog's lines: ``Posted by admin on 3 March 2015``,
  ``Tags: Trotsky, Spain``, ``Filed under: …``, ``Comments (0)``, ``Leave a comment``;
* menus of the sites' pages in their languages (``Home | About | Archive | Contact``,
  ``Inicio | Biblioteca | Contacto``, ``Accueil``, ``Startseite``, ``Αρχική | Αρχείο``,
  ``Главная | Архив``), ``Skip to content``, ``Share this:``;
* a ``|`` line of the page's widgets, perhaps beside navigation phrases
  (``RSS Feed | Print this page | E-mail this page``).
"""

from __future__ import annotations

import re

_PHRASE = re.compile(
    r"(?i)^(?:(?:main|the)\s+)?.{0,40}?\b(?:index|archives?|home\s*page|main\s*page|contents|"
    r"writers|subject|glossary|library|reference\s+archive|biblioteca|biblioth[èe]que|bibliothek|"
    r"archivo|arquivo|archivio|archiv|[íi]ndice|sommaire|inhalt)\.?$"
    r"|^(?i:encyclop(?:a)?edia of trotskyism(?: on-?line)?|marxists[’'`]? internet archive|"
    r"etol|mia|top of (?:the )?page|back to top|top|home|next|previous|prev|back|up|"
    r"current issue|next issue|back issues?|previous issue|search|menu|article excerpt|"
    r"print(?:er)? version|table of contents|about(?: us)?|contact(?: us)?|blog|news|donate|"
    r"subscribe|events|shop|log ?in|sign ?in|inicio|portada|contacto|qui[ée]nes somos|accueil|"
    r"contact(?:ez-nous)?|[àa] propos|startseite|kontakt|impressum|chi siamo|contatti|"
    r"in[íi]cio|contato|sobre(?: n[óo]s)?|αρχική|αρχείο|επικοινωνία|ευρετήριο|главная|архив|"
    r"контакты|о нас|содержание)\.?$"
)
#: a widget of the page, one segment of a ``|`` line (``RSS Feed | Print this page | E-mail …``)
_WIDGET = re.compile(
    r"(?i)^(?:rss(?: feed)?|print(?: this (?:page|article))?|printer[- ]friendly(?: version)?|"
    r"e-?mail(?: this (?:page|article))?|send to a friend|share(?: this)?|tweet|facebook|twitter|"
    r"pdf|epub|bookmark|comments?)\.?$"
)
_BREADCRUMB = re.compile(
    r"^[^<>]{1,60}(?:\s>\s[^<>]{1,60})*\s>\s*$|^[^<>]{1,40}(?:\s>\s[^<>]{1,40}){2,}$"
    r"|^[^»›\n]{1,40}(?:\s[»›]\s[^»›\n]{1,40}){2,}$"  # "Home » Library » Articles"
)
_DOWNLOAD = re.compile(
    r"(?i)^(?:t[ée]l[ée]chargement|download|t[ée]l[ée]charger)\b.{0,80}$"
    r"|^(?:format\s+(?:rtf|pdf|html|epub|doc|mobi)\b[^.]{0,40}){1,4}$",
)


CHROME = re.compile(
    r"(?i)^(?:\|\s*)+$|^(?:logo\s*)+$|^(?:(?:rss feed|youtube|twitter|facebook(?: group)?|"
    r"instagram|telegram|mastodon|share|tweet|print|e-?mail)\s*)+$"
    r"|^(?:print|e-?mail|share|save) this (?:page|article|post|story)$|^share\s*:$"
    r"|^you are here\s*:|^skip to (?:the )?(?:main )?(?:content|navigation)$"
    r"|^(?:share|like) this\s*:(?:\s*(?:facebook|twitter|e-?mail|reddit|whatsapp|telegram|"
    r"linkedin|tumblr|pinterest|print|more|x))*\s*$|^(?:e-?mail|courriel)\s*:?\s*\S+@\S+$|^\S+@\S+\.\w+$"
    r"|^size\s*:\s*\w*px\b|^start display at page\s*:?$|^total pages?\s*:\s*\d+$"
    r"|^file type\s*:\s*\w+(?:,\s*size\s*:\s*[\d.,]+\s*[kmg]?b)?$|^download\s+[\"“]"
    r"|^(?:format\s+(?:odt|rtf|pdf|html|epub|doc|mobi|acrobat)\S*\s*)+.{0,60}$"
    r"|^cliquer sur le format\b|^(?:category|template|form|page|discussion|view|edit|history)"
    r"(?:\s*\|\s*(?:category|template|form|page|discussion|view|edit|history|source))+\s*\|?$"
)
_YEAR = re.compile(r"^(?:1[6-9]|20)\d\d$")
#: a blog's lines around the post (only at the top or bottom of the page)
_BLOG = re.compile(
    r"(?i)^(?:posted (?:by|on|in)\b.{0,80}|tags?\s*:.{0,160}|filed under\s*:?.{0,120}|"
    r"categor(?:y|ies)\s*:.{0,120}|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave a (?:comment|reply)|"
    r"no comments(?: yet)?|comments are closed\.?|related (?:articles|posts|stories)|"
    r"you may also like)$"
)
_PAGE_TITLE = re.compile(r"^[A-ZÀ-Ý][\w.’' -]{2,40}\s(?:1[6-9]|20)\d\d[01]\d[0-3]\d\s+\S.{3,}$")
_ANYWHERE = re.compile(r"(?i)^(?:top of (?:the )?page|back to top)\.?$")
#: lone phrases ("Index", "Next") count only this close to the top or bottom of the page
EDGE_LINES = 15


def is_navigation(line: str, *, at_edge: bool = True) -> bool:
    """True when a single line is site navigation (see module docstring).

    ``at_edge`` says whether the line stands near the top or bottom of the page; a lone
    phrase in the middle of the text (an answer that says "Next.") is never navigation.
    """
    text = line.strip()
    if not text:
        return False
    if text == "|":
        return True
    if len(text) > 160:
        return False
    if "|" in text:
        if CHROME.match(text):  # table-like wiki navigation: ``Category | Template | Form |``
            return True
        segments = [s.strip() for s in text.split("|") if s.strip()]
        return bool(segments) and all(_PHRASE.match(s) or _WIDGET.match(s) for s in segments)
    if _ANYWHERE.match(text) or CHROME.match(text):
        return True
    if not at_edge:
        return False
    return bool(
        _PHRASE.match(text) or _BREADCRUMB.match(text) or _DOWNLOAD.match(text) or _BLOG.match(text)
    )


def _menu_item(line: str) -> bool:
    text = line.strip()
    return 0 < len(text.split(maxsplit=3)) <= 3 and not re.search(r"[.,;:!?\]\)”\"]$|\d", text)


def navigation_lines(lines: list[str]) -> set[int]:
    """0-based indices of every navigation line of the page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    top = set(filled[:EDGE_LINES])
    bottom = set(filled[-EDGE_LINES:])
    found = {
        i for i, line in enumerate(lines) if is_navigation(line, at_edge=i in top or i in bottom)
    }
    # a menu block at the top of the page (before any long line)
    run: list[int] = []
    for i, line in enumerate(lines):
        if not line.strip():
            if run:
                break
            continue
        if i in found or _menu_item(line):
            run.append(i)
            continue
        break
    if len(run) >= 4 and any(i in found for i in run):
        found.update(run)
    return found | _top_chrome(lines, filled[:EDGE_LINES])


def _top_chrome(lines: list[str], top: list[int]) -> set[int]:
    """A lone year first, the archive's page-title line, earlier copies of repeated lines."""
    found: set[int] = set()
    if top and _YEAR.match(lines[top[0]].strip()):
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
        if text.endswith(":"):  # a label alone on its line (``QUESTION:``) comes back: no copy
            continue
        if key in last and len(key) > 3:
            found.add(last[key])
        last[key] = i
    return found
