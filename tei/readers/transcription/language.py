"""A guess at the text's language (used only without config): first from its script
(Cyrillic → Russian, Greek → Greek, …, when most letters are in it), then from its
commonest words."""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = {
    "en": "the of and to in that is was for it with as on be by this are were not",
    "de": "der die das und zu den nicht von sich mit ist des auf für ein eine dem im",
    "fr": "le la les de des et en un une du est que qui dans pour pas au sur ne",
    "es": "el la los las de y en que del se por un una con para es al lo no",
    "it": "il di che la e per un una del della non sono con gli le è",
    "pt": "o a os as de e do da em que um uma para com não no na",
    "ru": "и в не на что с по как это он я к из за то от его но все",
    "uk": "і в не на що з та як це до від його але є",
}
#: scripts whose letters tell the language family (the stopwords decide within Cyrillic)
_SCRIPTS = {
    "el": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "he": re.compile(r"[\u0590-\u05ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ja": re.compile(r"[\u3040-\u30ff]"),
}
#: a letter of any of those scripts (one scan for the common case: none)
_ANY_SCRIPT = re.compile("|".join(p.pattern for p in _SCRIPTS.values()))
NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "he": "Hebrew",
    "ar": "Arabic",
    "zh": "Chinese",
    "ja": "Japanese",
}
_WORDS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}
_LETTERS = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str:
    """An ISO 639-1 code; English when nothing else is clearly more likely."""
    sample = text[:20000]
    runs = _LETTERS.findall(sample)  # the words: runs of letters
    letters = sum(map(len, runs)) or 1
    candidates = list(_WORDS)
    for lang, script in _SCRIPTS.items() if _ANY_SCRIPT.search(sample) else ():
        if len(script.findall(sample)) * 2 > letters:
            if lang != "ru":
                return lang
            candidates = ["ru", "uk"]  # Cyrillic: Russian unless the words say Ukrainian
    counts = Counter(map(str.casefold, runs))
    scores = {lang: sum(counts[w] for w in _WORDS[lang]) for lang in candidates}
    best = max(scores, key=lambda lang: (scores[lang], lang in ("en", "ru")))
    return best if scores[best] > 0 else candidates[0] if candidates[0] == "ru" else "en"
