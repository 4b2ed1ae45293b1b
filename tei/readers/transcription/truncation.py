"""Rule: the page is cut short (the transcription ends mid-word or mid-sentence).

The last paragraph of the page's text (of its notes, when it has a notes section) is cut short
when it does not end as a sentence ends (``.``, ``!``, ``?``, ``…``, perhaps followed by a
closing quote or bracket): ``… finished thoroughly going over the material, whic``, ``… it’s
hard t``, ``… on the following basis:``. It then ends with ``<gap reason="transcription-ends">``
(its ``desc``, ``@type='edition'``, says so: the edition's words, not the page's) and the reader
warns ``text-truncated`` at its line.

Not cut short (no gap, no warning): a page whose paragraphs before the last are mostly
short lines without a full stop as well (a list of headlines, a contents page: there the
missing stop says nothing; a headline cut mid-word there is missed, the price of no false
alarm); a last block that is a heading, a signature, a salutation, a list item, a stage
direction or a line of the page's footer; a last paragraph of at most four words in title case
(``Browder``: a heading the page's excerpt ends on); a short line that ends in a number (a date
line, ``Mexico City, January 5, 1938``) or an address. A single word that
begins one of the page's own speaker labels (``Antwo`` for ``Antwort:``) is a label cut short.
"""

from __future__ import annotations

import re

from lxml import etree

from tei.elements import E
from tei.readers.transcription.context import Context
from tei.xmlio import TEI_NS

_T = f"{{{TEI_NS}}}"
#: the blocks a page's text can end with; only a paragraph can be cut short
_BLOCKS = frozenset(
    _T + n
    for n in "p ab head item l stage speaker signed salute closer dateline byline trailer".split()
)
#: inline content whose words are not the paragraph's running text
_NOT_RUNNING = frozenset(_T + n for n in ("note", "gloss", "desc", "expan", "gap"))
_FINAL = re.compile(r"[.!?…]['’”\"»)\]]*$|[.!?…]\s*[)\]]$")
_URL = re.compile(r"https?://\S+$|www\.\S+$")
#: how much of a paragraph's end is looked at (characters)
_TAIL = 2_000
REASON = "transcription-ends"


def running_text(el: etree._Element) -> str:
    """The paragraph's own words (not those of notes, glosses, expansions inside it)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _NOT_RUNNING:
            parts.append(running_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def last_block(text: etree._Element) -> etree._Element | None:
    """The page's last block of text: of the notes section when there is one, else of the body."""
    notes = text.find(f"{_T}back/{_T}div[@type='notes']")
    where = notes if notes is not None else text.find(f"{_T}body")
    last = None
    for el in where.iter(*_BLOCKS) if where is not None else ():
        if "".join(el.itertext()).strip():
            last = el
    return last


def cut_short(el: etree._Element, labels: set[str]) -> str | None:
    """Why the paragraph ``el`` is cut short (evidence), or None when it ends as text ends."""
    if el.tag != f"{_T}p" or el.getparent() is None:
        return None
    if el.getparent().tag in (f"{_T}closer", f"{_T}opener", f"{_T}div") and el.getparent().get(
        "type"
    ) in ("colophon", "provenance"):
        return None
    raw = running_text(el)
    # only the paragraph's end matters: a megabyte paragraph is not split into words
    text = " ".join(raw[-_TAIL:].split())
    if not text or _FINAL.search(text) or _URL.search(text):
        return None
    words = text.split()
    many = len(raw) > _TAIL  # then none of the short-line rules below applies
    n = len(words) if not many else _TAIL
    last = words[-1]
    if n == 1 and any(lab.startswith(last) and lab != last for lab in labels):
        return f"'{last}' begins a speaker label of the page: a label cut short"
    if n <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None  # "Browder": a heading-like line the excerpt ends on
    if n <= 8 and re.search(r"\d[\d.)]*$", text):
        return None  # a date line, an address, a reference
    if text.endswith((":", ",", ";", "–", "—", "-")):
        return f"ends with '{text[-1]}': what it leads to is missing"
    return f"ends without a full stop, mid-sentence or mid-word ('…{text[-24:]}')"


def _list_like(el: etree._Element) -> bool:
    """The paragraphs before ``el`` mostly end without a full stop too (a list of headlines,
    a table of contents): there a missing full stop says nothing."""
    before = [p for p in el.itersiblings(f"{_T}p", preceding=True)][:3]
    if len(before) < 2:
        return False
    texts = [" ".join(running_text(p)[-_TAIL:].split()) for p in before]
    bare = [len(t.split()) <= 15 and not _FINAL.search(t) for t in texts]
    return bare[0] and sum(bare) >= 2  # the one just before, and most of the others


def mark_truncation(text: etree._Element, ctx: Context) -> bool:
    """End a page that is cut short with a ``gap``; warn ``text-truncated``. True if cut."""
    el = last_block(text)
    if el is None:
        return False
    labels = {
        " ".join("".join(s.itertext()).split()).rstrip(":.—– ") for s in text.iter(f"{_T}speaker")
    }
    why = cut_short(el, {lab for lab in labels if lab})
    if why is None or (why.startswith("ends without") and _list_like(el)):
        return False
    if len(el) and (el[-1].tail or "").strip() == "" and el[-1].tag == f"{_T}lb":
        el.remove(el[-1])
    if len(el):  # the gap follows the last word (trailing spaces are not the page's words)
        el[-1].tail = (el[-1].tail or "").rstrip() or None
    else:
        el.text = (el.text or "").rstrip()
    line = (el.sourceline or 0) + sum(1 for _ in el.iter(f"{_T}lb"))
    el.append(
        E(
            "gap",
            E(
                "desc",
                "the transcription ends here; the rest of the text is missing",
                type_="edition",
            ),
            reason=REASON,
        )
    )
    ctx.warn(
        "text-truncated", f"the transcription is cut short: {why}; ended with a gap", line or None
    )
    return True
