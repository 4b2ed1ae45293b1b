"""Rule: what each block of the front matter is (title, author, date, byline, address …).

:func:`front_kinds` decides it for the whole front from ``front.py``'s evidence about each
block and from the blocks around it: a name-like line is an author only beside a real title;
three capitalised words are a name above a title in sentence case, one announcing an
interview or one followed by its date line; personal names joined by ``and`` and named again
below are the authors; the names of the author line repeated above the title, or the
author's surname alone above the author line and the title, are the archive's page head; a
short section name above the title lines is a rubric; above a letter's
greeting, the lines after the date are the inside address, and with no date the heading-like
lines below a title that names a letter (``Письмо …`` / ``Центральному комитету …``).
"""

from __future__ import annotations

import re

from tei.readers.transcription.blocks import Block
from tei.readers.transcription.front import classify_title_line
from tei.readers.transcription.letter import names_a_letter
from tei.readers.transcription.name_shapes import is_name_like
from tei.readers.transcription.structure import Layout
from tei.readers.transcription.title_block import (
    announces,
    long_name,
    section_name,
    section_rubric,
    sentence_case,
)


def front_kind(block: Block, stops: bool = False) -> str:
    """What a block of the front is; ``stops``: the page closes its front lines with a full
    stop (``Lew Trocki.`` / ``Trzy lata walki i nauki.``), so one is read without it."""
    if block.kind in ("provenance", "credit", "info", "periodical", "break", "updated"):
        return block.kind
    if block.data.get("long_title"):
        return "title"
    kind = classify_title_line(block)
    text = block.text.strip()
    if stops and kind == "para" and len(block.lines) == 1 and _CLOSING_STOP.search(text):
        bare = classify_title_line(Block([text[:-1]], block.line))
        if bare in ("author", "title"):
            block.note("a line of the front closed by a full stop: read without it")
            return bare
    return kind


#: one full stop closing a line, not an initial's (``J.``) nor an ellipsis
_CLOSING_STOP = re.compile(r"(?<![.\s])(?<!\b[A-ZÀ-ÝА-Я])\.$")


#: a byline that names the kind of work (``Interview by Georges Simenon``): the MIA's title
WORK_BY = re.compile(
    r"(?i)^(?:An\s+)?(?:Interview|Entretien|Entrevista|Intervista|Gespräch|Интервью)\s+"
    r"(?:by|par|por|da|von)\s"
)


def _bracket_heading(block: Block) -> bool:
    """``[Manager’s Column]``: a short bracketed heading (no digits, no closing stop)."""
    text = block.text.strip()
    inner = text[1:-1]
    return (
        len(block.lines) == 1
        and text.startswith("[")
        and text.endswith("]")
        and "]" not in inner
        and 1 <= len(inner.split()) <= 6
        and not re.search(r"\d|[.!?;:,]$", inner)
        and inner[:1].isupper()
    )


def front_kinds_of(layout: Layout) -> list[str]:
    """:func:`front_kinds` of a page's front matter, in view of the text after it."""
    later = "\n".join(b.text for b in (layout.headnote + layout.body)[:6])
    return front_kinds(layout.front, letter=opens_letter(layout), later=later)


def _names_below(block: Block, later: str) -> bool:
    """``Daniel Guérin and Leon Trotsky`` above the title: two or three personal names joined
    by ``and``/``&``, each named again in the text below it (the headnote, the labels)."""
    if len(block.lines) != 1:
        return False
    names = re.split(r"\s+(?:&|and|und|et|y|e)\s+", block.text.strip())
    folded = later.casefold()
    return (
        2 <= len(names) <= 3
        and all(is_name_like(n) for n in names)
        and all(n.split()[-1].casefold() in folded for n in names)
    )


def front_kinds(blocks: list[Block], *, letter: bool = False, later: str = "") -> list[str]:
    """Each front block's kind; a name-like line is an author only beside a real title.
    Above a letter's greeting (``letter``), the lines after the date line are the inside
    address (``Editor, Excelsior`` / ``Mexico City``) when the title stands above the date;
    a page whose front then holds no title takes its first short line as the title even with
    a full stop (``Ложное сообщение.``)."""
    short = [b.first.strip() for b in blocks if b.kind == "para" and len(b.lines) == 1]
    stops = len(short) >= 2 and all(len(t) <= 100 and _CLOSING_STOP.search(t) for t in short)
    kinds = [front_kind(b, stops) for b in blocks]
    for i, kind in enumerate(kinds):
        if (
            kind == "title"
            and kinds[i + 1 : i + 2] == ["title"]  # a real title follows …
            and "author" not in kinds  # … and no author line stands elsewhere
            and later
            and _names_below(blocks[i], later)
        ):
            kinds[i] = "author"
            blocks[i].note("personal names joined by 'and', each named again below: the authors")
    for i, kind in enumerate(kinds):
        if (
            kind == "title"
            and len(blocks[i].lines) == 1
            and _names_again(blocks[i], blocks[i + 1 :])
        ):
            kinds[i] = "names"
            blocks[i].note("the names of the author line below it, repeated above the title")
        elif kind == "title" and _surname_above(blocks, kinds, i):
            kinds[i] = "names"
            blocks[i].note("the author's surname above the author line and the title: page head")
    for i in range(len(kinds) - 1):
        pair = kinds[i] == kinds[i + 1] == "title"
        if pair and long_name(blocks[i].text) and sentence_case(blocks[i + 1].text):
            kinds[i] = "author"
            blocks[i].note("three capitalised words above a title in sentence case: a name")
        elif pair and long_name(blocks[i].text) and announces(blocks[i + 1].text):
            kinds[i] = "author"
            blocks[i].note("three capitalised words above a title announcing an interview: a name")
        elif (
            pair
            and long_name(blocks[i].text)
            and i + 2 < len(kinds)
            and kinds[i + 2] == "date"
            and not long_name(blocks[i + 1].text)
        ):  # the ETOL order: author line, title line, (date)
            kinds[i] = "author"
            blocks[i].note("three capitalised words above a title and its date line: a name")
        elif (
            pair
            and i + 2 < len(kinds)
            and kinds[i + 2] == "date"
            and long_name(blocks[i + 1].text)
            and not long_name(blocks[i].text)
            and "author" not in kinds
        ):  # the MIA order: title line, author line, date line
            kinds[i + 1] = "author"
            blocks[i + 1].note("three capitalised words between the title and its date: a name")
    last = max((i for i, k in enumerate(kinds) if k == "title"), default=-1)
    if (
        last > 0
        and long_name(blocks[last].text)
        and any(k == "title" and sentence_case(blocks[j].text) for j, k in enumerate(kinds[:last]))
    ):  # "El marxismo es un universo abierto" / (subtitle) / "Salvador López Arnal"
        kinds[last] = "author"
        blocks[last].note("three capitalised words below a title in sentence case: a name")
    first = kinds.index("title") if "title" in kinds else len(kinds)
    if kinds[first : first + 3] == ["title"] * 3:
        blocks[first].data["rubric"] = section_rubric([b.text for b in blocks[first:]])
    elif kinds[first : first + 3] == ["title", "author", "title"] and section_name(
        blocks[first].text
    ):  # "Books" / "George Lavan Weissman" / "The Life of Eugene Debs": the section's name
        blocks[first].data["rubric"] = True
    elif (
        first < len(kinds) and "title" in kinds[first + 1 :] and section_name(blocks[first].text)
    ):  # "Perspective", "Labor History" / the title: the site's section above it
        blocks[first].data["rubric"] = True
    for i in range(len(kinds) - 1):
        one = blocks[i].text.strip()
        if (
            kinds[i] == kinds[i + 1] == "title"
            and re.fullmatch(r"[A-ZÀ-ÝА-ЯЁ][^\W\d_]{2,}", one)
            and blocks[i + 1].text.startswith(one + " ")
        ):  # "Trotsky" / "Trotsky e l'opposizione italiana": the archive's author line
            kinds[i] = "author"
            blocks[i].note("one name above a title that opens with it: the author")
    for i, kind in enumerate(kinds):
        if kind == "byline" and WORK_BY.match(blocks[i].text) and "title" not in kinds[:i]:
            kinds[i] = "title"
            blocks[i].note("names the kind of work, with no title above it: the title")
    seen_title = False
    for i, kind in enumerate(kinds):
        if kind == "author" and not seen_title:
            rest = [k for k in kinds[i + 1 :] if k in ("title", "author", "date", "byline")]
            if kinds[i + 1 : i + 2] == ["author"]:
                # the ETOL order, a work named after a person: ``Paul Foot`` / ``Tony Cliff``
                kinds[i + 1] = "title"
                blocks[i + 1].note("a second name under the author line, no other title: the title")
            elif kinds[i + 1 : i + 2] in (["info"], ["provenance"]) and not rest:
                # "V. I. Lenin" / "Written: …" / "Source: …": the MIA's author line, the
                # title lost from the copy
                blocks[i].note("a name right above the header block, no title: the author")
            elif not rest or rest[0] != "title":
                kinds[i] = "title"
        if kinds[i] == "title":
            seen_title = True
    if "title" not in kinds:  # a bracketed line is a byline only beside a title: "[New York]"
        for i, kind in enumerate(kinds):
            if kind == "byline" and blocks[i].text.startswith("["):
                kinds[i] = "para"
                blocks[i].note("bracketed, but no title beside it: not a byline")
        headed = [i for i, k in enumerate(kinds) if k == "para" and _bracket_heading(blocks[i])]
        if headed and "periodical" in kinds[: headed[0]]:
            kinds[headed[0]] = "title"  # "[Manager’s Column]" under the issue line: the editors'
            blocks[headed[0]].data["bracket_title"] = True
            blocks[headed[0]].note("a bracketed heading under the issue line, no other title")
    dates = [i for i, k in enumerate(kinds) if k == "date"]
    if letter and dates and any(k in ("title", "para") for k in kinds[: dates[-1]]):
        for i in range(dates[-1] + 1, len(kinds)):
            if kinds[i] in ("title", "author", "para") and blocks[i].words <= 8:
                kinds[i] = "address"
                blocks[i].note(
                    "after the date line, above the letter's greeting: the inside address"
                )
        if "title" not in kinds:
            first = next((i for i, k in enumerate(kinds) if k == "para"), None)
            if first is not None and _short_sentence(blocks[first]):
                kinds[first] = "title"
                blocks[first].note(
                    "the front holds no other title: its first short line, full stop and all"
                )
    elif letter and not dates and "title" in kinds:
        first = kinds.index("title")
        if names_a_letter(blocks[first].text):
            for i in range(first + 1, len(kinds)):
                if kinds[i] == "title" and blocks[i].words <= 8:
                    kinds[i] = "address"
                    blocks[i].note("below a title naming a letter, above its greeting: the address")
    return kinds


def _letters_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


def _names_again(block: Block, later: list[Block]) -> bool:
    """The block's words are all words of a later author line (``C L R James Tariq Ali``
    above ``Tariq Ali and C.L.R. James`` / ``A Conversation``): the archive's page head."""
    words = _letters_words(block.text)
    for other in later:
        first = other.lines[0]
        if len(words) >= 2 and is_name_like(first) and set(words) <= set(_letters_words(first)):
            return True
    return False


def _surname_above(blocks: list[Block], kinds: list[str], i: int) -> bool:
    """A one-word line that is a word of the author line just below it, a title below that
    (``Trotsky`` / ``Léon Trotsky`` / ``Lettre à Glotzer``): the archive's page head (an
    image caption), not the title."""
    words = _letters_words(blocks[i].text)
    return (
        len(words) == 1
        and len(blocks[i].text.split()) == 1
        and kinds[i + 1 : i + 3] == ["author", "title"]
        and words[0] in _letters_words(blocks[i + 1].text)
    )


def _short_sentence(block: Block) -> bool:
    text = block.text.strip()
    return (
        len(block.lines) == 1 and block.words <= 8 and text.endswith(".") and (text.count(".") == 1)
    )


def opens_letter(layout: Layout) -> bool:
    """True when the text after the front matter opens with a letter's greeting (perhaps
    after one block the page puts above it: a footnote's text shown inline)."""
    first = [b for b in layout.headnote + layout.body if b.kind != "break"][:2]
    return any(b.kind == "salute" for b in first)
