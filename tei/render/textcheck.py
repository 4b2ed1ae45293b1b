"""Measure "no word lost": the words of a TEI ``text`` against the words of a rendering.

Words are runs of Unicode letters or of digits (``[^\\W\\d_]+|\\d+``), counted after removing
the editorial sigla the renderers add around text (``[ ] ⟦ ⟧ ⸌ ⸍``) on both sides, so that
``[he]res`` is the word ``heres``. Element boundaries of block-level elements (``block-elements``
in ``transforms/common.xsl``, which the stylesheets use too), of elements shown apart
(``separate-elements``: rb/rt, gloss, space…) and ``lb`` count as spaces; other element
boundaries do not. A ``choice`` or ``app`` counts all its alternatives as separate words, except
inside a word ("glued": text touches it on either side), where only its source reading
(sic/orig/abbr, lem) counts, exactly as the stylesheets render it; for one view of the HTML,
a choice between words counts the member that view shows (``tei_text_words(view=...)``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from copy import deepcopy
from dataclasses import dataclass

from lxml import etree, html

from tei.fidelity import words as fidelity_words
from tei.render.xslt import TRANSFORMS_DIR
from tei.xmlio import TEI_NS, parse_file

SIGLA = str.maketrans("", "", "[]⟦⟧⸌⸍")
_WS = " \t\r\n"
_SOURCE = ("sic", "orig", "abbr")
_EDIT = ("corr", "reg", "expan")

#: HTML elements that separate words (block-level, line breaks, ruby annotations).
HTML_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "rp",
        "rt",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
        "legend",
        "label",
    ]
)


@functools.cache
def tei_boundaries() -> frozenset[str]:
    """Local names of TEI elements whose boundaries separate words (read from common.xsl)."""
    root = parse_file(TRANSFORMS_DIR / "common.xsl").getroot()
    names: set[str] = set()
    for var in root.iter("{http://www.w3.org/1999/XSL/Transform}variable"):
        if var.get("name") in ("block-elements", "separate-elements"):
            names.update(n for n in var.get("select", "").strip("'").split("|") if n)
    return frozenset(names)


def words(text: str) -> list[str]:
    """The words of a string (editorial sigla removed first), as :func:`tei.fidelity.words`."""
    return fidelity_words(text.translate(SIGLA))


def is_glued(el: etree._Element) -> bool:
    """True when text touches ``el`` on either side (it sits inside a word)."""
    prev = el.getprevious()
    before = (prev.tail if prev is not None else el.getparent().text) or ""  # type: ignore[union-attr]
    after = el.tail or ""
    return bool((before and before[-1] not in _WS) or (after and after[0] not in _WS))


def _source_alternative(el: etree._Element) -> etree._Element | None:
    """The child of a glued choice/app shown inline (sic/orig/abbr, lem, else the first)."""
    kids = [k for k in el if isinstance(k.tag, str)]
    names = [etree.QName(k).localname for k in kids]
    if names and names[0] != "lem" and etree.QName(el).localname == "app":
        return next((k for k, n in zip(kids, names, strict=True) if n == "lem"), kids[0])
    if any(n in _EDIT for n in names):
        return next((k for k, n in zip(kids, names, strict=True) if n in _SOURCE), kids[0])
    return kids[0] if kids else None


def _view_member(el: etree._Element, view: str) -> etree._Element | None:
    """The member of a choice that ``view`` shows ("reading": corr/reg/expan, "diplomatic":
    sic/orig/abbr), as html.xsl renders a choice inside a word, and one between words with
    ``choice-view=switch``; None for every member (view "all", an ``app``, or a choice without
    a source/edit pair)."""
    if view == "all" or el.tag != f"{{{TEI_NS}}}choice":
        return None
    wanted = _EDIT if view == "reading" else _SOURCE
    kids = [k for k in el if isinstance(k.tag, str)]
    names = [etree.QName(k).localname for k in kids]
    if not (set(names) & set(_EDIT) and set(names) & set(_SOURCE)):
        return None
    return next(k for k, n in zip(kids, names, strict=True) if n in wanted)


def _spaced_text(
    el: etree._Element,
    is_boundary: object,
    skip: object = None,
    *,
    tei: bool = False,
    view: str = "all",
    sep: str = " ",
) -> str:
    """Text of ``el`` with ``sep`` at every boundary element's start and end."""
    parts: list[str] = []

    def walk(node: etree._Element, with_tail: bool = True) -> None:
        tail = node.tail if with_tail and node is not el else None
        if skip is not None and skip(node):  # type: ignore[operator]
            if tail:
                parts.append(tail)
            return
        boundary = is_boundary(node)  # type: ignore[operator]
        if boundary:
            parts.append(sep)
        if tei and node.tag in (f"{{{TEI_NS}}}choice", f"{{{TEI_NS}}}app"):
            member = _view_member(node, view)  # a view of the HTML: glued choices switch too
            glued = is_glued(node)
            if member is None and glued:
                shown = _source_alternative(node)
                if shown is not None:
                    walk(shown, with_tail=False)
            elif member is not None:
                pad = "" if glued else " "
                parts.append(pad)
                walk(member, with_tail=False)
                parts.append(pad)
            else:
                for child in node:
                    if isinstance(child.tag, str):
                        parts.append(" ")
                        walk(child, with_tail=False)
                        parts.append(" ")
        else:
            if isinstance(node.tag, str) and node.text:
                parts.append(node.text)
            for child in node:
                walk(child)
        if boundary:
            parts.append(sep)
        if tail:
            parts.append(tail)

    walk(el)
    return "".join(parts)


def tei_text_words(tree: etree._ElementTree | etree._Element, view: str = "all") -> list[str]:
    """Words of every ``text`` element of a TEI document (notes included, header excluded).

    ``view``: "all" counts every member of a choice between words (the text edition, and an
    HTML page with both views); "reading" or "diplomatic" only the member that view shows."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    names = tei_boundaries()

    def boundary(node: etree._Element) -> bool:
        return isinstance(node.tag, str) and etree.QName(node).localname in names

    out: list[str] = []
    for text in root.iter(f"{{{TEI_NS}}}text"):
        if any(a.tag == f"{{{TEI_NS}}}text" for a in text.iterancestors()):
            continue
        out.extend(words(_spaced_text(text, boundary, tei=True, view=view)))
    return out


def html_words(page: str, *, reading_only: bool = False, diplomatic: bool = False) -> list[str]:
    """Words of an HTML page's body (``reading_only``: leave out diplomatic-only spans;
    ``diplomatic``: leave out reading-only spans). Apparatus popups (``app-pop``, inside the
    text, often inside a word) are always left out: their words are in the apparatus list; so
    are the further members of a choice inside a word (``choice-alt``, shown after the word's
    first member: the word is counted with that member, as :func:`tei_text_words` does)."""
    doc = html.document_fromstring(page)
    body = doc.find("body")
    if body is None:
        return []

    def boundary(node: etree._Element) -> bool:
        if not isinstance(node.tag, str):
            return False
        return node.tag in HTML_BLOCKS or "pb" in (node.get("class") or "").split()

    def skip(node: etree._Element) -> bool:
        if not isinstance(node.tag, str):
            return True
        classes = (node.get("class") or "").split()
        if "app-pop" in classes or "choice-alt" in classes:
            return True
        return (reading_only and "v-dipl" in classes) or (diplomatic and "v-read" in classes)

    return words(_spaced_text(body, boundary, skip))


_ALT = re.compile("⟨([^⟨⟩]*)⟩")


def text_words(text: str) -> list[str]:
    """Words of a plain-text edition: a choice's other member written inside a word
    (``abbr⟨expan⟩``, text.xsl's alt-open/alt-close) is taken out of the word and counted
    on its own."""
    alternatives = _ALT.findall(text)
    out = words(_ALT.sub("", text))
    for alt in alternatives:
        out.extend(words(alt))
    return out


@dataclass
class WordLoss:
    """How many words of the TEI are missing from a rendering (a multiset difference)."""

    total: int
    lost: Counter[str]

    @property
    def lost_count(self) -> int:
        return sum(self.lost.values())

    def __add__(self, other: WordLoss) -> WordLoss:
        """Two checks together (e.g. the reading and the diplomatic view of one page)."""
        return WordLoss(total=self.total + other.total, lost=self.lost + other.lost)


def compare(expected: Iterable[str], got: Iterable[str]) -> WordLoss:
    """Words of ``expected`` missing from ``got`` (counting repetitions; order ignored)."""
    want = Counter(expected)
    have = Counter(got)
    return WordLoss(total=sum(want.values()), lost=want - have)


# ---------------------------------------------------------------- letters and digits


def letters(text: str) -> Counter[str]:
    """The letters and digits of ``text`` (NFC), as a multiset: what "no letter lost" counts."""
    norm = unicodedata.normalize("NFC", text)
    return Counter(ch for ch in norm if ch.isalpha() or unicodedata.category(ch) == "Nd")


def text_roots(tree: etree._ElementTree | etree._Element) -> list[etree._Element]:
    """The outermost ``text`` elements, else the root's non-header children (sourceDoc,
    facsimile, standOff…), else the root itself (a ``surface`` or ``sourceDoc`` page)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    texts = [
        t
        for t in root.iter(f"{{{TEI_NS}}}text")
        if not any(a.tag == f"{{{TEI_NS}}}text" for a in t.iterancestors())
    ]
    if texts:
        return texts
    if root.tag in (f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus"):
        return [c for c in root if isinstance(c.tag, str) and c.tag != f"{{{TEI_NS}}}teiHeader"]
    return [root]


def tei_letters(tree: etree._ElementTree | etree._Element) -> Counter[str]:
    """Letters and digits of :func:`text_roots` (a ``teiHeader`` inside them left out)."""
    out: Counter[str] = Counter()
    header = f"{{{TEI_NS}}}teiHeader"

    def walk(node: etree._Element) -> None:
        if isinstance(node.tag, str) and node.tag != header:
            out.update(letters(node.text or ""))
            for child in node:
                walk(child)
                out.update(letters(child.tail or ""))

    for el in text_roots(tree):
        walk(el)
    return out


def without_text(tree: etree._ElementTree | etree._Element) -> etree._ElementTree:
    """A copy of ``tree`` whose :func:`text_roots` are emptied (header kept): rendered, it gives
    the page's chrome (title block, citation, colophon), whose letters :func:`text_letters`
    takes away, so that a letter lost from the text is not counted as kept because the same
    letter appears in the chrome."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    copy = etree.ElementTree(deepcopy(root))
    header = f"{{{TEI_NS}}}teiHeader"
    for el in text_roots(copy):
        kept = [c for c in el if c.tag == header]
        for child in list(el):
            el.remove(child)
        el.text = None
        el.extend(kept)
    return copy


def text_letters(output: Iterable[str], chrome: Iterable[str], source: str = "") -> Counter[str]:
    """Letters of a rendering that come from the text: those of its lines (``output``, from
    :func:`html_lines` or the plain text's lines) less the lines that are the same as a line of
    the rendering of :func:`without_text` (``chrome``), each taken away once. Whole lines, not
    letters: chrome that the full page does not show takes nothing away; nor does a chrome line
    found in the text itself (``source``, :func:`tei_plain`: a header title that is also the
    text's title page may be either)."""
    text = " ".join(source.split())
    left = Counter(
        s for s in (line.strip() for line in chrome) if s and " ".join(s.split()) not in text
    )
    kept: list[str] = []
    for line in output:
        s = line.strip()
        if left[s] > 0:
            left[s] -= 1
        elif s:
            kept.append(s)
    return letters("\n".join(kept))


def tei_plain(tree: etree._ElementTree | etree._Element) -> str:
    """The character content of :func:`text_roots`, a space between nodes (for
    :func:`text_letters`)."""
    return " ".join(" ".join(el.itertext()) for el in text_roots(tree))


def html_lines(page: str) -> list[str]:
    """The body of an HTML page as lines: a line break at every block element's edges."""
    body = html.document_fromstring(page).find("body")
    if body is None:
        return []

    def boundary(node: etree._Element) -> bool:
        return isinstance(node.tag, str) and (
            node.tag in HTML_BLOCKS or "pb" in (node.get("class") or "").split()
        )

    return _spaced_text(body, boundary, sep="\n").split("\n")


def html_letters(page: str) -> Counter[str]:
    """Letters and digits of an HTML page's body, every view included."""
    body = html.document_fromstring(page).find("body")
    return letters(body.text_content()) if body is not None else Counter()


@dataclass
class LetterLoss:
    """How many letters and digits of the TEI are missing from a rendering (multiset)."""

    total: int
    lost: Counter[str]

    @property
    def lost_count(self) -> int:
        return sum(self.lost.values())

    @property
    def kept(self) -> float:
        """The share kept, 0–1 (1 when there was nothing to keep)."""
        return 1.0 if not self.total else 1 - self.lost_count / self.total


def compare_letters(expected: Counter[str], got: Counter[str]) -> LetterLoss:
    """Letters of ``expected`` missing from ``got`` (counting repetitions)."""
    return LetterLoss(total=sum(expected.values()), lost=expected - got)


def output_letter_loss(
    tree: etree._ElementTree | etree._Element, to: str, output: str
) -> LetterLoss:
    """Letters of the TEI's text missing from ``output``, its rendering as ``to`` ("html" or
    "text"): the lines of the same rendering of :func:`without_text` (the page's chrome) are
    taken away first (:func:`text_letters`)."""
    from tei.render import render  # tei.render does not import this module: no cycle

    lines = html_lines if to == "html" else str.splitlines
    chrome = str(render(without_text(tree), to))
    got = text_letters(lines(output), lines(chrome), tei_plain(tree))
    return compare_letters(tei_letters(tree), got)
