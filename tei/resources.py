"""Where the toolkit's data folders are: ``schemas/`` and ``transforms/``.

In a clone (and an editable install) they are the repository's top-level folders;
a wheel carries copies in ``tei/_data/`` (see ``setup.py``). Every module asks here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """``schemas`` or ``transforms``: the installed copy if there is one, else the repo's."""
    installed = PACKAGE / "_data" / name
    return installed if installed.is_dir() else PACKAGE.parent / name
