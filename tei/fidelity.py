"""Fidelity: every word of the transcription is in the TEI text, in the same order.

Words are runs of letters or runs of digits (``O’Callaghan`` is ``O`` + ``Callaghan``
on both sides), compared after NFC normalisation. Navigation lines listed in the
header (``list[@type='removed']/item/@n``) are left out of the source only when the
listed text matches the source line exactly.
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from tei.lazy import callable_module
from tei.textio import decode
from tei.xmlio import NSMAP, TEI_NS, parse_file, read_bytes

WORD = re.compile(r"[^\W\d_]+|\d+")
#: elements that sit inside a word's run of text without separating words
INLINE = frozenset(
    f"{{{TEI_NS}}}{name}"
    for name in [
        "hi",
        "emph",
        "foreign",
        "persName",
        "placeName",
        "orgName",
        "name",
        "rs",
        "date",
        "time",
        "num",
        "measure",
        "ref",
        "q",
        "quote",
        "said",
        "mentioned",
        "soCalled",
        "title",
        "seg",
        "c",
        "w",
        "pc",
        "abbr",
        "sic",
        "orig",
        "reg",
        "corr",
        "add",
        "del",
        "unclear",
        "damage",
        "subst",
    ]
)


#: ``@type``/``@subtype`` of what the edition adds to the text (its notes, a truncation gap's
#: description): not words of the transcription
_EDITION = "edition"


def words(text: str) -> list[str]:
    """The words of a text (letters runs and digit runs), NFC-normalised."""
    return WORD.findall(unicodedata.normalize("NFC", text))


def element_text(el: etree._Element) -> str:
    """An element's text with a space at every boundary of a non-inline element."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if _EDITION in (node.get("type"), node.get("subtype")):
            parts.append(" ")  # the edition's own words (a note, a gap's desc): not the page's
            return
        sep = node.tag not in INLINE
        if sep:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)
        if sep:
            parts.append(" ")

    walk(el)
    return "".join(parts)


def tei_words(tree: etree._ElementTree | etree._Element) -> list[str]:
    """The words of the TEI document's ``<text>`` (the header is not counted)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    text = root.find("tei:text", NSMAP)
    if text is None:
        text = root if root.tag == f"{{{TEI_NS}}}text" else None
    return words(element_text(text)) if text is not None else []


@dataclass
class FidelityReport:
    """Words lost (in the source, not in the TEI) and added (in the TEI, not in the source)."""

    source_words: int
    tei_words: int
    lost: list[tuple[str, int]] = field(default_factory=list)  # (word, source line)
    added: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.lost and not self.added

    def summary(self) -> str:
        return (
            f"{self.source_words} words in the source, {self.tei_words} in the TEI: "
            f"{len(self.lost)} lost, {len(self.added)} added"
        )


def check(
    lines: list[str], removed: dict[int, str], tree: etree._ElementTree | etree._Element
) -> FidelityReport:
    """Compare source lines (1-based numbers in ``removed`` left out) with the TEI text."""
    kept = [
        line
        for number, line in enumerate(lines, start=1)
        if not removed or removed.get(number) != line.strip()
    ]
    target = tei_words(tree)
    # the usual case, every word in place: the words of all kept lines at once (a line
    # break is never inside a word, nor changes the NFC form of the lines around it)
    plain = words("\n".join(kept))
    if plain == target:
        return FidelityReport(len(plain), len(target))
    source: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        if removed.get(number) == line.strip():
            continue
        source.extend((w, number) for w in words(line))
    report = FidelityReport(len(source), len(target))
    plain = [w for w, _ in source]
    matcher = difflib.SequenceMatcher(None, plain, target, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            report.lost.extend(source[a1:a2])
        if op in ("insert", "replace"):
            report.added.extend(target[b1:b2])
    return report


def removed_lines(tree: etree._ElementTree | etree._Element) -> dict[int, str]:
    """The navigation lines the header lists as removed: line number → text."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    found: dict[int, str] = {}
    for item in root.iterfind(".//tei:teiHeader//tei:list[@type='removed']/tei:item", NSMAP):
        n = item.get("n", "")
        if n.isdigit():
            found[int(n)] = "".join(item.itertext()).strip()
    return found


def check_files(source: str | os.PathLike[str], tei: str | os.PathLike[str]) -> FidelityReport:
    """Fidelity of a TEI file to the transcription it was converted from."""
    text = decode(read_bytes(source), str(source))
    tree = parse_file(tei)
    return check(text.lines, removed_lines(tree), tree)


# ``tei.fidelity(...)`` is the API even after ``import tei.fidelity`` (see tei.lazy).
callable_module(__name__, check_files)
