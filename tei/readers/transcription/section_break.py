"""Rule: section breaks (``* * *``, ``***``, ``⁂``) become ``milestone unit="section"``,
with the mark kept as written in ``@rend``."""

from __future__ import annotations

import re

_BREAK = re.compile(r"^(?:(?:\*\s*){3,}|⁂|(?:[–—-]\s*){3,}|(?:·\s*){3,}|(?:•\s*){3,})$")


def is_section_break(text: str) -> bool:
    """True for a line that is only a section-break mark."""
    return bool(_BREAK.match(text.strip()))
