"""Which TEI elements of a document the stylesheets do not handle specifically.

The stylesheets keep the text of every element; those without a template of their own fall
back to a generic one (a ``span``/``div`` classed ``tei-NAME``, plain text in the text edition).
:func:`unhandled` lists them, with counts, by comparing the element names of the rendered part
of a document (everything but the ``teiHeader``) with the names the stylesheets' ``match``
patterns mention. :func:`report_lines` words that list for ``tei render --report``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

from lxml import etree

from tei.render.xslt import TRANSFORMS_DIR
from tei.xmlio import TEI_NS, parse_file

XSL_NS = "http://www.w3.org/1999/XSL/Transform"
_NAME = re.compile(r"tei:([A-Za-z][\w.-]*)")


@functools.cache
def handled_names(folder: Path = TRANSFORMS_DIR) -> frozenset[str]:
    """TEI element names that some template of the edition stylesheets matches by name."""
    names: set[str] = set()
    for path in sorted(folder.glob("*.xsl")):
        root = parse_file(path).getroot()
        for template in root.iter(f"{{{XSL_NS}}}template"):
            names.update(_NAME.findall(template.get("match", "")))
    return frozenset(names)


def unhandled(tree: etree._ElementTree | etree._Element) -> Counter[str]:
    """TEI elements outside the header that no stylesheet template names, with counts."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    known = handled_names()
    header = f"{{{TEI_NS}}}teiHeader"
    counts: Counter[str] = Counter()

    def walk(el: etree._Element) -> None:
        for child in el:
            if not isinstance(child.tag, str) or child.tag == header:
                continue
            qname = etree.QName(child)
            if qname.namespace == TEI_NS and qname.localname not in known:
                counts[qname.localname] += 1
            walk(child)

    walk(root)
    if root.tag not in (f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus"):
        qname = etree.QName(root)
        if qname.namespace == TEI_NS and qname.localname not in known:
            counts[qname.localname] += 1
    return counts


def report_lines(tree: etree._ElementTree | etree._Element, source: str = "-") -> list[str]:
    """One line per unhandled element (most frequent first), or one saying there is none."""
    counts = unhandled(tree)
    if not counts:
        return [f"{source}: info: every TEI element of the text has a template of its own"]
    return [
        f"{source}: info: {name} ({n}) not handled specifically: kept as text (class tei-{name})"
        f" [unhandled-element]"
        for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
