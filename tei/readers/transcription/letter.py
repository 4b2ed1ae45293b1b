"""Rule: letters — the greeting and the signature.

* salute: a short line that greets the addressee, ending in ``:`` or ``,`` (``Dear Sir:``,
  ``Queridos amigos:``, ``Уважаемый господин:``, ``Lieber Genosse,``, ``Cher camarade,``,
  ``Querido camarada R.:`` — the full stop of an initial or a short title may stand inside;
  with a greeting word also ``!``: ``Дорогие товарищи!``, ``Liebe Genossen!``; with no
  punctuation only a greeting word and the addressee: ``Cher camarade Glotzer``, ``Caro
  compagno``, ``Dear Mr. ...``) → ``opener/salute`` at the start of the text, never a title;
* signature: on a page with a salute, the last paragraph when it is a personal name
  (``L. Trotsky``, ``Л. Троцкий.``), perhaps after a closing phrase on the line before
  (``Fraternally,``) or glued before it (``Votre L. Trotski.``, ``Ihr L. Trotzki``: the
  possessive is the closing phrase) → ``closer/signed``; the name alone is the letter's author
  when the page names none;
* dateline: the one or two short blocks before the salute when one of them holds a date and
  the others are a place (``Coyoacan, D.F.`` / ``May 3, 1938``, ``Prinkipo, le 4 janvier
  1930``; a line naming a letter or reply, ``Lettre à R. Molinier``, is no place) →
  ``opener/dateline``, the opener then ``dateline`` + ``salute``; its date is the date of the
  work when the page states no other (:func:`letter_date`);
* closing: a one-line block just before the signature that is a closing phrase
  (``Comradely yours,``, ``С коммунистическим приветом``, a possessive alone: ``Suyo,``,
  ``Vostro``; a short line with a greeting noun ending in a comma: ``Herzlichste brüderliche
  Grüße,``) → ``closer/salute`` with the name.
"""

from __future__ import annotations

import re

from tei.dates import find_date
from tei.readers.transcription.blocks import Block
from tei.readers.transcription.bylines import BY_LINE
from tei.readers.transcription.name_shapes import is_name_like

#: the words a greeting opens with (``Dear``, ``Cher``, ``Querido``, ``Cari``, ``Дорогой``)
_GREETING = (
    r"(?:my\s+)?dear|dearest|(?:mon\s+)?cher|ch[èe]re?s?|querid[oa]s?|estimad[oa]s?|"
    r"prezad[oa]s?|stimat[oaie]|car[oaie]s?|carissim[oaie]|lieber?|liebe|sehr geehrter?|"
    r"werte[rn]?|уважаем\w*|дорог\w*|αγαπητ\w*|"
    # nl, the Nordic languages, pl, tr, ro
    r"beste|geachte|kære|kjære|käre|bäste|drog[iaie]|szanown[iy]\w*|sevgili|dragi?[ăa]?|dragilor"
)
#: the addressee a greeting names after its first word (``Cher camarade Glotzer``)
_ADDRESSEE = (
    r"товарищ\w*|comrades?|camarades?|camaradas?|compa[ñn]er[oa]s?|compagn[oi]|compagne|"
    r"genossen?|genossin(?:nen)?|gentlemen|sirs?|madam|friends?|amis?|amigos?|amiche?|"
    r"freunde?|kameraad|kameraden|vriend(?:en)?|kamerat(?:er)?|towarzysz\w*|yolda[şs]\w*|"
    r"tovar[ăa][şs]\w*"
)
#: the rest of the line: no sentence ends in it, but the full stop of an initial or a short
#: title may stand there (``Querido camarada R.:``, ``Dear Mr. Kay:``)
_REST = r"(?:[^.!?\n]|(?<![^\W\d_]{4})\.)"
#: the plural addressees a greeting may open with (``Comrades:``, ``Genossen,``)
_OPENER = (
    r"товарищи|comrades?|camarades?|camaradas|compa[ñn]er[oa]s|compagni|genossen|gentlemen|"
    r"sirs?|madam"
)
SALUTE = re.compile(
    rf"^(?:{_GREETING}|{_OPENER})\b{_REST}{{0,50}}[:,]$"
    # "Дорогие товарищи!", "Liebe Genossen!": a greeting word, then an exclamation mark
    rf"|^(?:{_GREETING})\b{_REST}{{0,50}}!$"
    # "Cher camarade Glotzer", "Dear Mr. ...": a greeting word and the addressee, no stop
    rf"|^(?:{_GREETING})\s+(?:{_ADDRESSEE}|mr|mrs|ms|dr|herr|frau|monsieur|madame|"
    r"se[ñn]or\w*|signor\w*|господин\w*)\b\.?(?:\s+[^\W\d_][\w'’-]*\.?){0,2}"
    rf"(?:\s*(?:\.\.\.|…))?$"
    # "To the Socialist Appeal:", "To the Editor:": a letter to a paper's editors
    r"|^(?-i:To the (?:[A-Z][\w'’-]*\s?){1,4}):$",
    re.I,
)
#: a greeting noun in a closing line that leads into the signature (``Herzlichste brüderliche
#: Grüße,``, ``Con los mejores saludos de camarada,``)
_GREETING_NOUN = (
    r"greetings|regards|wishes|saludos|abrazos?|gr[üu](?:ß|ss)en?|salutations|saluts?|"
    r"saluti|saudações|abraços|приветом|привет"
)
#: the possessive a signature opens with (``Votre``, ``Yours``, ``Ihr``, ``Suyo``, ``Ваш``)
POSSESSIVE = (
    r"(?:(?:very\s+|sincerely\s+|faithfully\s+|truly\s+|fraternally\s+)?yours(?:\s+"
    r"(?:sincerely|fraternally|faithfully|truly|comradely))?|votre|v[ôo]tre|bien [àa] vous|"
    r"ihr|euer|dein|suyo|suya|vuestro|tuyo|seu|vostro|tuo|ваш|твой)"
)
_CLOSING = re.compile(
    r"^(?:fraternally|yours|sincerely|comradely|with (?:comradely|revolutionary) greetings|"
    r"avec mes salutations|salutations|saludos|(?:with )?(?:best|warm|kind) (?:regards|wishes)|"
    r"greetings|cordially|respectfully|fraternalmente|mit (?:kameradschaftlichen|"
    r"kommunistischen|besten) gr[üu](?:ß|ss)en|mit [^\W\d_]+(?:em|en) gru(?:ß|ss)|saluti|"
    r"fraterni saluti|saudações|abra[çc]os|un abrazo|abrazos|cordialement|"
    r"fraternellement|с (?:товарищеским |коммунистическим )?приветом)\b"
    r".{0,40}[,.]?$"
    rf"|^{POSSESSIVE}[,.]?$"
    rf"|^(?:\S+\s+){{0,3}}(?:{_GREETING_NOUN})\b[^.!?\n]{{0,30}},$",
    re.I,
)
_GLUED = re.compile(rf"^(?P<phrase>{POSSESSIVE}),?\s+(?P<name>\S.*)$", re.I)


def is_salute(block: Block) -> bool:
    """A greeting line (see module docstring)."""
    return len(block.lines) == 1 and block.words <= 6 and bool(SALUTE.match(block.text.strip()))


def signature(block: Block) -> tuple[str, str] | None:
    """(closing phrase, name) of a signature paragraph, the phrase "" when there is none; a
    possessive glued to the name on its line (``Votre L. Trotski.``, ``Ihr L. Trotzki``) is
    the closing phrase, not part of the name."""
    lines = [line.strip() for line in block.lines]
    if len(lines) > 2:
        return None
    glued = _GLUED.match(lines[-1])
    if glued and is_name_like(glued["name"].rstrip(".")) and not _GLUED.match(glued["name"]):
        if len(lines) == 1:
            return glued["phrase"], glued["name"]
        return None
    name = lines[-1].rstrip(".")
    if not is_name_like(name):
        return None
    if len(lines) == 2:
        return (lines[0], lines[-1]) if _CLOSING.match(lines[0]) else None
    return "", lines[-1]


#: a dateline's parts are short: ``Coyoacan, D.F.``, ``Prinkipo, le 4 janvier 1930``
DATELINE_WORDS = 10
#: the opener's datelines stand in the first blocks of the body, just before the salute
DATELINE_BLOCKS = 2


#: a line naming the work a letter is its title (``Письмо руководству Ленинбунда``)
_LETTER = re.compile(
    r"^(?:(?:an?|una?|une|eine?)\s+)?(?:open\s+)?(?:letters?|lettres?|briefe?|cartas?|"
    r"letter[ae]|письм[оа])\b",
    re.I,
)
#: … and so is a reply: neither is the place of a dateline (``Lettre à R. Molinier``)
_WORK = re.compile(r"^(?:reply|réponse|antwort|respuesta|risposta|ответ)\b", re.I)


def names_a_letter(text: str) -> bool:
    """The line names the work a letter (``Письмо руководству Ленинбунда``, ``Lettre à
    Glotzer``, ``Letter to the Editor``)."""
    return bool(_LETTER.match(text.strip()))


def _place_or_date(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind == "para"
        and len(block.lines) <= 2
        and block.words <= DATELINE_WORDS
        and not re.search(r"[?!:;]$|[^\W\d_]{3}\.\s", text)  # no sentence ends inside
        and not SALUTE.match(text)
        and not _LETTER.match(text)
        and not _WORK.match(text)
        and not BY_LINE.match(text)  # "By Sam Marcy (June 27, 1991)": the writer's byline
    )


def datelines(blocks: list[Block]) -> tuple[int, list[int]] | None:
    """(index of the salute, indices of the dateline blocks before it) when the body opens
    with a place-and-date line (one or two short blocks, one with a date) and then the
    salute; None otherwise."""
    salute = next(
        (i for i, b in enumerate(blocks[: DATELINE_BLOCKS + 1]) if b.kind == "salute"), None
    )
    if not salute:
        return None
    before = blocks[:salute]
    if all(_place_or_date(b) for b in before) and any(find_date(b.text) for b in before):
        return salute, list(range(salute))
    return None


def closing(block: Block) -> bool:
    """A one-line closing phrase standing before the signature (``Comradely yours,``)."""
    return (
        block.kind == "para"
        and len(block.lines) == 1
        and block.words <= 8
        and bool(_CLOSING.match(block.text.strip()))
    )


def letter_date(blocks: list[Block]) -> tuple[str, dict[str, str]] | None:
    """The date of a letter's opener dateline (``Coyoacán, 19. November 1932``, ``Prinkipo,
    le 4 octobre 1932``): (the date as written, its ISO attributes), for the date of the work
    when the page states no other; None when the body opens with no dated dateline."""
    found = datelines(blocks)
    if not found:
        return None
    for i in found[1]:
        if dated := find_date(blocks[i].text):
            return dated
    return None


#: a letter's title naming its writer and its addressee (``Trotsky ad Alfonso Leonetti``,
#: ``Trotsky a Paolo Ravazzoli``, ``Trotsky to Cannon``, ``Trotzki an Grylewicz``)
_SENDER = re.compile(
    r"^(?P<name>[A-ZÀ-ÝА-Я][\w’'.-]+(?:\s[A-ZÀ-ÝА-Я][\w’'.-]+){0,2})\s+"
    r"(?:to|a|ad|à|an|al|aan|til)\s+"
    r"(?:(?:the|le|la|les|il|lo|el|los|die|der|den|de)\s+)?[A-ZÀ-ÝА-Я]"
)


def letter_sender(title: str) -> str | None:
    """The writer a letter's title names before its addressee, or None."""
    m = _SENDER.match(title.strip())
    if not m or m["name"].split()[0].casefold() in _NOT_SENDER:
        return None
    return m["name"]


#: words that open such a title without naming its writer
_NOT_SENDER = {"letter", "lettre", "lettera", "brief", "carta", "reply", "answer", "open"}
