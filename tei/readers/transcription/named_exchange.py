"""Rule: two full-name labels open a page's dialogue when the first asks and the second
answers at length (``Magdalena Ostrowska: … Czy było warto?`` / ``Barbara Pokryszka: Jeszcze
nie skończyłam …``), though neither recurs nor is named above: evidence for
:func:`tei.readers.transcription.speaker_turn.decide`."""

from __future__ import annotations

from tei.readers.transcription.label_shapes import Label

#: the fewest words of the answer that makes two full-name labels an exchange
EXCHANGE_ANSWER_WORDS = 30


def named_exchange(labels: dict[int, Label], texts: dict[int, str]) -> set[int]:
    """Paragraphs ``i`` and ``i + 1`` opened by two full names (``Magdalena Ostrowska:`` /
    ``Barbara Pokryszka:``), the first's text a question, the second's a long answer."""
    found: set[int] = set()
    for i, lab in labels.items():
        nxt = labels.get(i + 1)
        if (
            nxt is not None
            and {lab.form, nxt.form} <= {"named", "caps"}
            and lab.key.casefold() != nxt.key.casefold()
            and min(len(lab.key.split()), len(nxt.key.split())) >= 2
            and texts.get(i, "").rstrip().rstrip('"”’»)').endswith("?")
            and len(texts.get(i + 1, "").split()) >= EXCHANGE_ANSWER_WORDS
        ):
            found |= {i, i + 1}
    return found
