"""No space before a note call: ``up.¹ The``, not ``up. ¹ The``.

The TEI keeps the space the transcription had before a note (``showed up. <note>…</note> The``);
once the note becomes a call, that space would sit between the word and its superscript. The
stylesheets cannot drop it cheaply: the text before a note is an ordinary text node, and
looking at every text node's next sibling made the HTML of a long interview a fifth slower. So
the space is removed from the output, in one linear pass, before the calls the stylesheets
write: the HTML's ``<sup class="noteref">`` and the print edition's footnotes
(``<span class="footnote``, which WeasyPrint turns into a call where it stands). A
transcription's own marker (``ref[@type='noteref']``, "[1]" as printed) keeps its space in HTML.
"""

from __future__ import annotations

import re

# the calls, as the stylesheets write them (split keeps them: the pieces between are the text)
_CALL = re.compile(r'(<sup class="noteref">|<span class="footnote(?=[ "]))')
_SPACE = " \t\r\n"


def tighten(page: str) -> str:
    """``page`` without the white space before its note calls (one pass: the calls are found
    by their literal start, the text before each loses its trailing white space)."""
    if '<sup class="noteref">' not in page and '<span class="footnote' not in page:
        return page
    pieces = _CALL.split(page)
    for i in range(0, len(pieces) - 1, 2):
        pieces[i] = pieces[i].rstrip(_SPACE)
    return "".join(pieces)
