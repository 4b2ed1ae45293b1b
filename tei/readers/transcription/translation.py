"""Rule: the text is a translation, and from what language.

Accepted syntax (in the page's front matter: headnote, provenance and information lines; and
a first paragraph of the body of at most 60 words):

* ``Translated from the Spanish``, ``translated from German by …``, ``Traducido del francés``,
  ``Übersetzt aus dem Russischen``, ``Traduit de l'anglais`` → a translation, and its original
  language;
* ``The following is a translation of the interview.``, ``Translated by Abe Stein.``,
  ``Translation: …`` → a translation whose original language the page does not name (the
  edition config's ``original_language`` then names it, when the editor knows it).

A word the page glosses (``pampa [open flats]``: ``term`` + ``gloss``) is a word of the original
language when the text is a translation and that language is known: the ``term`` gets its
``@xml:lang``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from tei.xmlio import TEI_NS, XML_NS

#: language names as the family's pages write them (English, and the name in its own language)
LANGUAGES: dict[str, str] = {
    "english": "en",
    "inglés": "en",
    "ingles": "en",
    "anglais": "en",
    "englischen": "en",
    "spanish": "es",
    "español": "es",
    "espagnol": "es",
    "spanischen": "es",
    "castellano": "es",
    "french": "fr",
    "francés": "fr",
    "frances": "fr",
    "français": "fr",
    "französischen": "fr",
    "german": "de",
    "alemán": "de",
    "allemand": "de",
    "deutschen": "de",
    "russian": "ru",
    "ruso": "ru",
    "russe": "ru",
    "russischen": "ru",
    "italian": "it",
    "italiano": "it",
    "italien": "it",
    "italienischen": "it",
    "portuguese": "pt",
    "portugués": "pt",
    "portugais": "pt",
    "portugiesischen": "pt",
    "chinese": "zh",
    "japanese": "ja",
    "greek": "el",
    "yiddish": "yi",
    "polish": "pl",
    "dutch": "nl",
    "turkish": "tr",
}
_NAMES = "|".join(sorted(LANGUAGES, key=len, reverse=True))
#: "translated from the Spanish", "traducido del francés", "übersetzt aus dem Russischen"
_FROM = re.compile(
    rf"(?i)\b(?:translated|translation|traducid[oa]|traduction|traduit|übersetzt|übersetzung|"
    rf"tradotto|traduzione|traduzido)\b[^.;]{{0,60}}?\b(?:from|del|de\s+l[’']|de|du|aus\s+dem|"
    rf"dal|do)\s+(?:the\s+|el\s+|l[’'])?(?P<lang>{_NAMES})\b"
)
#: the page says it is a translation without naming the language
_TRANSLATION = re.compile(
    r"(?i)\b(?:is a translation|translated by|translation(?: by)?\s?:|translated\b|"
    r"traducci[óo]n\s?:|traduction\s?:|übersetzung\s?:|traduzione\s?:)"
)
#: the front matter read for these statements (a headnote is short)
MAX_CHARS = 20_000
#: a first paragraph of the body this short may be a note about the text
FIRST_WORDS = 60
#: the front's blocks, each read on its own (a sentence never runs from one into the next)
_BLOCKS = tuple(f"{{{TEI_NS}}}{n}" for n in ("p", "ab", "head", "byline", "docAuthor"))


@dataclass
class Translation:
    """What the page (or the config) says about the text being a translation."""

    #: the original language (BCP 47), when the page or the config names it
    language: str | None = None
    #: the page's own words, when it says so ("The following is a translation of the interview.")
    statement: str | None = None


def find_translation(
    front: etree._Element | None, configured: str | None, body: etree._Element | None = None
) -> Translation | None:
    """Whether the page's front matter (or a short first paragraph of its body, an editor's
    note the layout left there) says the text is a translation, and from what."""
    elements = list(front.iter(*_BLOCKS)) if front is not None else []
    first = next(body.iter(f"{{{TEI_NS}}}p"), None) if body is not None else None
    # bounded: a megabyte paragraph is never split into all its words
    if first is not None and len("".join(first.itertext()).split(None, FIRST_WORDS)) <= FIRST_WORDS:
        elements.append(first)
    blocks = [
        " ".join("".join(el.itertext())[: 2 * MAX_CHARS].split())[:MAX_CHARS] for el in elements
    ]
    found = Translation()
    for text in blocks:
        if m := _FROM.search(text):
            found.language = LANGUAGES[m["lang"].casefold()]
            found.statement = _sentence(text, m.start(), m.end())
            break
    else:
        for text in blocks:
            if m := _TRANSLATION.search(text):
                found.statement = _sentence(text, m.start(), m.end())
                break
    if configured:
        found.language = configured
    return found if found.language or found.statement else None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``."""
    before = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    after = [i for i in (text.find(". ", end), text.find("? ", end)) if i >= 0]
    stop = min(after) + 1 if after else len(text)
    return text[before + 2 if before >= 0 else 0 : stop].strip()


def mark_glossed_terms(text: etree._Element, language: str) -> int:
    """Give every glossed ``term`` without a language the original's ``@xml:lang``."""
    targets = {
        (gloss.get("target") or "")[1:]
        for gloss in text.iter(f"{{{TEI_NS}}}gloss")
        if (gloss.get("target") or "").startswith("#")
    }
    marked = 0
    for term in text.iter(f"{{{TEI_NS}}}term"):
        if term.get(f"{{{XML_NS}}}id") in targets and term.get(f"{{{XML_NS}}}lang") is None:
            term.set(f"{{{XML_NS}}}lang", language)
            marked += 1
    return marked
