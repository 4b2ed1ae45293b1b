"""The passes over the built ``<text>`` that record what an editor would, before the header.

Run once the front, body and back are built (``read``): the end of a page cut short
(:mod:`.truncation`), the notes the edition adds without changing the text
(:mod:`.editorial_notes`), and the original language of a translation and of the words the
page glosses (:mod:`.translation`). What they find goes into ``facts`` for the header
(``facts["translation"]``, ``facts["languages"]``, ``facts["truncated"]``).
"""

from __future__ import annotations

from lxml import etree

from tei.elements import E
from tei.readers.transcription.context import Context
from tei.readers.transcription.editorial_notes import add_config_notes, note_mismatched_brackets
from tei.readers.transcription.translation import find_translation, mark_glossed_terms
from tei.readers.transcription.truncation import mark_truncation
from tei.xmlio import XML_NS


def finish_text(
    ctx: Context,
    facts: dict,
    front: etree._Element | None,
    body: etree._Element,
    back: etree._Element | None,
    language: str,
) -> None:
    """Mark truncation, add the edition's notes, record translation and languages."""
    text = E("text")  # a temporary parent, so the passes see the page in document order
    parts = [p for p in (front, body, back) if p is not None]
    for part in parts:
        text.append(part)
    try:
        facts["truncated"] = mark_truncation(text, ctx)
        note_mismatched_brackets(text, ctx)
        add_config_notes(text, ctx.config.editorial_notes, ctx)
        translation = find_translation(front, ctx.config.original_language, body)
        if translation is not None:
            facts["translation"] = translation
            if translation.language and translation.language != language:
                mark_glossed_terms(text, translation.language)
        used = {str(v) for v in text.xpath("//@xml:lang", namespaces={"xml": XML_NS})}
        facts["languages"] = sorted(used - {language})
    finally:
        for part in parts:
            text.remove(part)
