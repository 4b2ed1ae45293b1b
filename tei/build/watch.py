"""Live preview: rebuild the site when an edition's file is saved, and reload the page.

:func:`rebuild_options` reads how the site was last built (formats, parameters, names)
from its build state, so a watched rebuild makes the same site; the build itself is
incremental, so only the documents whose source, config, register or TEI changed are
built again. :func:`watch` waits for changes with watchfiles (one rebuild per burst of
saves) and raises the served pages' version (:class:`tei.build.serve.Live`) after each
rebuild that changed the site.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tei.build.serve import Live
from tei.build.state import load_state
from tei.errors import TeiError

IGNORED_SUFFIXES = (".swp", ".swx", ".tmp", "~", ".part", ".crdownload")


def rebuild_options(site: Path) -> dict[str, Any]:
    """``tei.build.build`` keyword arguments matching the site's last build."""
    options = load_state(site).get("options", {})
    kwargs: dict[str, Any] = {}
    if isinstance(options.get("formats"), list) and options["formats"]:
        kwargs["formats"] = tuple(options["formats"])
    if isinstance(options.get("params"), dict):
        kwargs["params"] = options["params"]
    if isinstance(options.get("names"), bool):
        kwargs["names"] = options["names"]
    return kwargs


def relevant(change: Any, path: str) -> bool:
    """A change worth a rebuild: not an editor's swap or backup file, not a hidden one."""
    name = Path(path).name
    return not name.startswith((".", "#")) and not name.endswith(IGNORED_SUFFIXES)


def watch(
    editions: Path,
    rebuild: Callable[[], Any],
    live: Live,
    say: Callable[[str], None],
    stop: threading.Event | None = None,
) -> None:
    """Call ``rebuild`` (which returns a BuildReport) after each burst of changes under
    ``editions``; bump ``live`` when the site changed; ``say`` one line per rebuild.
    Returns when ``stop`` is set (or on Ctrl-C)."""
    from watchfiles import watch as changes

    for batch in changes(
        editions, watch_filter=relevant, stop_event=stop, debounce=400, raise_interrupt=False
    ):
        names = sorted({Path(p).name for _, p in batch})
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        try:
            report = rebuild()
        except TeiError as exc:
            say(f"error: {exc}")
            continue
        if report.changed:
            live.bump()
        for slug in report.failed:
            say(f"error: {slug}: {report.reasons.get(slug, 'build failed')}")
        say(f"changed {shown}: {report.summary()}")
