"""Names, places, organisations and dates: a register, tagging, candidates, indexes.

    register = load_register("editions/x/register.toml")
    report = tag_tree(tree, register)            # in place: standOff + persName/placeName/…
    candidates = find_candidates(tree, register) # forms the register lacks (a report only)
    result = tag_edition("editions/x")           # the above for an edition folder
    index = collection_index([tree1, tree2])     # every entry across documents, for the site

See docs/names.md.
"""

from __future__ import annotations

from tei.names.candidates import Candidate, find_candidates
from tei.names.edition import (
    TagResult,
    collection_index,
    find_register,
    find_tei,
    merge_indexes,
    tag_edition,
)
from tei.names.register import Entry, Register, apply_register, compile_register, load_register
from tei.names.tagging import Mention, TagReport, mention_counts, tag_tree

__all__ = [
    "Candidate",
    "Entry",
    "Mention",
    "Register",
    "TagReport",
    "TagResult",
    "apply_register",
    "collection_index",
    "compile_register",
    "find_candidates",
    "find_register",
    "find_tei",
    "load_register",
    "mention_counts",
    "merge_indexes",
    "tag_edition",
    "tag_tree",
]
