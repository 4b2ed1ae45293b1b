"""A guess at the text's language from its commonest words (used only without config)."""

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
}
NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
}
_WORDS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}


def guess_language(text: str) -> str:
    """An ISO 639-1 code; English when nothing else is clearly more likely."""
    counts = Counter(w.casefold() for w in re.findall(r"[^\W\d_]+", text[:20000]))
    scores = {lang: sum(counts[w] for w in words) for lang, words in _WORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "en"
