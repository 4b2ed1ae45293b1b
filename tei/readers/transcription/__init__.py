"""Reader for MIA/ETOL-style plain-text transcriptions → TEI P5.

``read(data, config)`` decodes the bytes, removes (and lists) navigation lines,
groups lines into blocks, classifies them with one small rule per construct
(modules beside this one), lays the page out into front/body/back and builds the
TEI tree. Parsing is total: every line ends up in the tree or in the header's list
of removed navigation lines.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from tei.config import EditionConfig
from tei.dates import source_date_epoch
from tei.diagnostics import Diagnostic
from tei.elements import E
from tei.errors import ReadError
from tei.textio import SourceText, decode
from tei.xmlio import sha256

from .author_archive import archive_author
from .block_splits import split_repeated_title
from .blocks import split_blocks
from .context import Context
from .explain import Decision, explain
from .finish import finish_text
from .footnotes import entry_number, find_glued_markers
from .front_builder import build_front
from .front_dates import head_date
from .front_kinds import front_kinds_of, opens_letter
from .header import build_header
from .language import guess_language
from .letter import letter_date, letter_sender
from .line_starts import field_label_alone, opens, stands_alone
from .nav_lists import site_name
from .navigation import navigation_lines
from .participants import Participants
from .structure import classify, layout
from .text_builder import build_back, build_body
from .title_block import title_date


@dataclass
class Reading:
    """What reading a transcription produced: the TEI tree and the diagnostics."""

    tree: etree._ElementTree
    diagnostics: list[Diagnostic] = field(default_factory=list)
    removed: list[tuple[int, str]] = field(default_factory=list)
    source: SourceText | None = None
    #: makes :attr:`decisions` when asked for (most readings never are: a build's)
    explain_later: Callable[[], list[Decision]] | None = field(default=None, repr=False)

    @functools.cached_property
    def decisions(self) -> list[Decision]:
        """What each line or block was taken for, and why (``tei convert --explain``)."""
        return self.explain_later() if self.explain_later is not None else []


def conversion_date(config: EditionConfig) -> str | None:
    """The conversion date: the config's, else SOURCE_DATE_EPOCH's, else none (no clock)."""
    if config.conversion_date:
        return config.conversion_date
    return source_date_epoch()


def read(
    data: bytes | str, config: EditionConfig | None = None, *, source_name: str = "<input>"
) -> Reading:
    """Read a transcription (bytes or text) into a TEI tree; raises ReadError on bad input."""
    config = config or EditionConfig()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    text = decode(raw, source_name)
    ctx = Context(config=config, source=source_name, diagnostics=list(text.diagnostics))
    if config.notes_resp:
        ctx.resp = config.notes_resp
    lines = text.lines
    nav = navigation_lines(lines)
    removed = [(i + 1, lines[i].strip()) for i in sorted(nav)]
    keep = [i not in nav for i in range(len(lines))]
    blocks = split_blocks(lines, keep, stands_alone, opens, field_label_alone)
    split_repeated_title(blocks, {text for _, text in removed})
    classify(blocks, ctx)
    parts = layout(blocks)

    ctx.note_numbers = {e[0] for b in parts.notes if (e := entry_number(b.text))}
    body_lines = [
        (b.line + k, line) for b in parts.body + parts.headnote for k, line in enumerate(b.lines)
    ]
    glued = find_glued_markers(body_lines)
    if glued or ctx.note_numbers:
        ctx.glued_markers = glued or _single_markers(body_lines, ctx.note_numbers)

    facts: dict = {"fallback_title": _fallback_title(source_name), "site": _site(removed)}
    people = Participants(ctx)
    found_kinds = front_kinds_of(parts)
    kinds = {id(b): k for b, k in zip(parts.front, found_kinds, strict=True)}
    front = build_front(parts, ctx, facts)
    body = build_body(parts, ctx, people)
    back = build_back(parts, ctx, facts)
    if "date" not in facts and (dated := letter_date(parts.body)):
        facts["date"] = dated  # the letter's dateline dates the work when the page does not
    if ctx.signed and "authors" not in facts:
        facts["authors"] = [ctx.signed]
    if (
        "authors" not in facts
        and opens_letter(parts)
        and (sender := letter_sender(facts.get("title", "")))
    ):
        facts["authors"] = [sender]  # "Trotsky ad Alfonso Leonetti": the letter's writer
    if "authors" not in facts and (archived := archive_author(removed)):
        facts["authors"] = [archived]  # "Leon Trotsky > 1938 >": the author's archive
    if "date" not in facts and (titled := title_date(facts.get("title", ""))):
        facts["date"] = titled  # "Lettre à Auguste Mougeot, 5 juillet 1931"
    if "date" not in facts and (headed := head_date(parts.headnote + parts.body)):
        facts["date"] = headed  # "16 février 1937" alone under the headline
    people.finish(
        facts.get("authors"), introduced_by=facts.get("intro_by"), periodical=_journal(facts)
    )
    _link_notes(back, body, front)
    if "title" not in facts and (issue := _issue_heading(parts.front, parts.body)):
        facts["issue_title"] = issue  # a page about one issue (its contents): named by it
    if "title" not in facts and "issue_title" not in facts and not config.title:
        ctx.warn(
            "title-missing",
            f"no title found; using {facts['fallback_title']!r} (set [edition] title)",
        )
    language = config.language or guess_language(text.text)
    finish_text(ctx, facts, front, body, back, language)
    header = build_header(
        ctx,
        facts,
        people,
        language=language,
        removed=removed,
        digest=sha256(raw),
        source_name=os.path.basename(source_name),
        conversion_date=conversion_date(config),
    )
    text_el = E("text", front, body, back, xml_lang=language)
    root = E("TEI", header, text_el)
    _check_readable(root, source_name)
    ctx.summarise()
    return Reading(
        root.getroottree(),
        ctx.diagnostics,
        removed,
        text,
        lambda: explain(blocks, parts, removed, kinds, people.decisions()),
    )


def _issue_heading(front: list, body: list) -> str | None:
    """The masthead line a page with no title opens with (``The Militant. Vol. 5. No. 15.
    April 12, 1941.``) when the page is about that issue: it lists its contents, or repeats
    the masthead."""
    first = front[0] if front else None
    if first is None or first.kind != "periodical" or "masthead" not in first.data:
        return None
    again = any(" ".join(b.text.split()) == " ".join(first.text.split()) for b in front[1:])
    listed = any(_CONTENTS.match(b.text) for b in (front[1:] + body)[:4])
    return " ".join(first.text.split()) if again or listed else None


_CONTENTS = re.compile(
    r"(?i)^(?:contents|table of contents|in this issue|index|sommaire|inhalt|inhaltsverzeichnis|"
    r"índice|indice|sumario|sumário|содержание)\b"
)


#: libxml2 refuses a text node over 10,000,000 bytes unless huge_tree is on (we never turn it on)
MAX_TEXT_NODE = 10_000_000


def _check_readable(root: etree._Element, source_name: str) -> None:
    """Stop before writing TEI that XML parsers would refuse to read back (the text first,
    whose elements know their line, then the header, which may hold lines of its own)."""
    header, text = root[0], root[1]
    for el in itertools.chain(text.iter(), header.iter()):
        for value in (el.text, el.tail):
            if value and len(value) * 4 > MAX_TEXT_NODE and len(value.encode()) > MAX_TEXT_NODE:
                raise ReadError(
                    f"a paragraph holds {len(value.encode()):,} bytes of unbroken text; "
                    "XML parsers refuse text nodes over 10 MB, so the TEI could not be read back "
                    "(split it into paragraphs)",
                    file=source_name,
                    line=el.sourceline,
                    code="text-too-long",
                )


def _journal(facts: dict) -> str | None:
    """The periodical the page cites (its provenance line, else its periodical line)."""
    if (cite := facts.get("citation")) is not None and cite.journal:
        return str(cite.journal)
    periodical = facts.get("periodical")
    return periodical[0] if periodical else None


def _site(removed: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    """(site title, publisher) of the web transcription, from its navigation lines."""
    text = " ".join(line for _, line in removed)
    title = "Encyclopedia of Trotskyism On-Line" if "Trotskyism" in text else None
    if title is None and removed and site_name(removed[0][1]):
        title = removed[0][1]  # "Encyclopedia of Anti-Revisionism On-Line" above the title
    publisher = "Marxists’ Internet Archive" if "Marxists" in text else None
    return title, publisher


def _fallback_title(source_name: str) -> str:
    stem = os.path.splitext(os.path.basename(source_name))[0] or "Untitled transcription"
    return stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Untitled transcription"


def _single_markers(lines: list[tuple[int, str]], numbers: set[str]) -> set[tuple[int, int]]:
    from .footnotes import GLUED

    return {(n, m.start("n")) for n, t in lines for m in GLUED.finditer(t) if m["n"] in numbers}


def _link_notes(back: etree._Element | None, *parts: etree._Element | None) -> None:
    """Point each footnote back at its first reference, when the text has one."""
    if back is None:
        return
    ref_ids = {
        el.get("{http://www.w3.org/XML/1998/namespace}id")
        for part in parts
        if part is not None
        for el in part.iter("{http://www.tei-c.org/ns/1.0}ref")
    }
    for note in back.iter("{http://www.tei-c.org/ns/1.0}note"):
        number = note.get("n")
        if note.get("type") == "footnote" and f"noteref-{number}" in ref_ids:
            note.set("target", f"#noteref-{number}")
