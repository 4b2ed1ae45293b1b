"""Who is responsible for what, as a teiHeader says it, for the metadata crosswalks.

Two header shapes are read, so that TEI written before and after the header builder's
correction (and TEI from elsewhere) give the same names and roles:

* ``titleStmt/editor[@role]`` (and ``author``) whose text is the name, perhaps with
  structured ``persName``/``orgName``/``forename``/``surname`` inside;
* ``respStmt`` with ``resp`` (what was done) and ``persName``/``orgName``/``name`` (who).

A ``persName`` is a person, an ``orgName`` an organisation; a bare ``name`` or a text-only
``editor`` is of unknown kind (no ``nameType`` is claimed). The role comes from ``@role`` or the
``resp`` text by keyword (:data:`ROLE_WORDS`). A name is the name only: a parenthesised comment
after it ("World Outlook (translation of the interview)") is not part of it, and a placeholder
("… (not named)", or only "unknown") names nobody. Software (``appInfo/application/@ident``)
is never a party.
``transforms/crosswalks/header.xsl`` mirrors these rules for oai_dc and DataCite.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from tei.xmlio import xpath

#: a keyword of ``@role`` or ``resp`` (lower case) -> role; the first that matches wins
ROLE_WORDS: tuple[tuple[str, str], ...] = (
    ("transl", "translator"),
    ("interviewer", "interviewer"),
    ("interviewee", "interviewee"),
    ("transcri", "transcriber"),
    ("mark", "encoder"),
    ("encod", "encoder"),
    ("edit", "editor"),
    ("author", "author"),
)
#: a parenthesised comment that marks a name as a placeholder for nobody
PLACEHOLDERS = ("(not named)", "(unknown)", "(unnamed)", "(anonymous)")
#: a name that only says the party is unknown (``<name type="unknown">unknown</name>``, the
#: header's way of saying who made the page's interpolations is not known)
UNKNOWN = frozenset({"unknown", "anonymous"})
WHO = "tei:persName | tei:orgName | tei:name"


@dataclass(frozen=True)
class Name:
    """A person or body: ``family``/``given`` when the TEI structures the name, else ``literal``."""

    literal: str
    family: str = ""
    given: str = ""
    role: str = ""  # normalised (translator, editor, transcriber, encoder, ...), else as written
    kind: str = ""  # "person" (persName, forename/surname), "org" (orgName), "" unknown
    ident: str = ""  # xml:id (participants)
    same_as: tuple[str, ...] = ()  # ptr[@type='authority']/@target (participants)
    resp: str = ""  # resp or @role as written (for credits: "Transcribed & marked up")

    @property
    def structured(self) -> bool:
        return bool(self.family)


def text(node: etree._Element | None, path: str = ".") -> str:
    """The normalised string value of ``path`` under ``node`` ('' for no node)."""
    if node is None:
        return ""
    return " ".join(str(xpath(f"string({path})")(node)).split())


def role_of(written: str) -> str:
    """The role a ``@role`` or ``resp`` text states: 'Translation' -> 'translator'."""
    lower = written.lower()
    for word, role in ROLE_WORDS:
        if word in lower:
            return role
    return lower


def clean_name(written: str) -> str:
    """The name without a trailing parenthesised comment; '' for a placeholder."""
    written = " ".join(written.split())
    if written.endswith(PLACEHOLDERS) or written.casefold() in UNKNOWN:
        return ""
    if written.endswith(")") and " (" in written:
        return written.split(" (", 1)[0].strip() or written
    return written


def read_name(el: etree._Element, resp: str = "") -> Name | None:
    """A Name from author, editor, persName, orgName or name; None when it names nobody."""
    family = text(el, ".//tei:surname")
    given = " ".join(text(f) for f in xpath(".//tei:forename")(el) if text(f))
    inner = xpath(WHO)(el)
    who = inner[0] if inner else el
    literal = clean_name(text(who))
    if not literal and not family:
        return None
    local = etree.QName(who).localname
    kind = "person" if family or local == "persName" else "org" if local == "orgName" else ""
    written = resp or el.get("role") or ""
    return Name(literal or family, family, given, role_of(written), kind, resp=written)


def software(root: etree._Element) -> list[str]:
    """The converter's own names (``appInfo/application/@ident``): software, not a party."""
    return [
        str(v) for v in xpath("/tei:TEI/tei:teiHeader//tei:appInfo/tei:application/@ident")(root)
    ]


def responsible(parent: etree._Element | None, root: etree._Element) -> list[Name]:
    """Everyone ``parent`` (titleStmt, analytic, monogr, bibl) credits, in document order:
    its ``editor`` elements and the parties of its ``respStmt``s, software left out."""
    if parent is None:
        return []
    tools = software(root)
    found: list[Name] = []
    for el in xpath("tei:editor | tei:respStmt")(parent):
        if etree.QName(el).localname == "editor":
            pairs = [(el, el.get("role") or "editor")]
        else:
            resp = text(el, "tei:resp[1]")
            pairs = [(who, resp) for who in xpath(WHO)(el)]
        for who, resp in pairs:
            if any(t and t in text(who) for t in tools):
                continue  # the converter itself is software, not a contributor
            name = read_name(who, resp)
            if name is not None:
                found.append(name)
    return found
