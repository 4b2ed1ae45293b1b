"""Processes and faults: build workers that die with their parent, and the fault-injection
hook of the fault suite (``tests/test_faults.py``, docs: SECURITY.md)."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import signal

# -- workers die with their parent ----------------------------------------------------------


def die_with_parent(parent: int) -> None:
    """Pool initializer: ask Linux to kill this worker when its parent dies
    (PR_SET_PDEATHSIG), and watch the parent in a thread where that is not available."""
    import threading
    import time

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the signal was set
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="tei-parent-watchdog", daemon=True).start()
    fault("worker.start")


# -- fault injection (tests/test_faults*.py) -------------------------------------------------


def fault(point: str) -> None:
    """Fail here when ``TEI_FAULT`` names this point: ``point`` or ``point:action`` with
    action ``kill`` (SIGKILL, the default), ``term`` (SIGTERM), ``enospc``, ``erofs``,
    ``eacces``, ``bug`` (a RuntimeError) or ``sleep`` (``TEI_FAULT_SLEEP`` seconds).
    Several points: comma-separated. ``TEI_FAULT_NO_EXCHANGE=1`` makes :func:`exchange`
    report that the system cannot swap atomically (to test the two-rename path)."""
    wanted = os.environ.get("TEI_FAULT")
    if not wanted:
        return
    for item in wanted.split(","):
        name, _, action = item.strip().partition(":")
        if name != point:
            continue
        action = action or "kill"
        if action == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        if action == "term":
            os.kill(os.getpid(), signal.SIGTERM)
        codes = {"enospc": errno.ENOSPC, "erofs": errno.EROFS, "eacces": errno.EACCES}
        if action in codes:
            code = codes[action]
            raise OSError(code, os.strerror(code), f"<fault {point}>")
        if action == "bug":
            raise RuntimeError(f"injected fault at {point}")
        if action == "sleep":  # hold still, so a test can kill or race this process here
            import time

            time.sleep(float(os.environ.get("TEI_FAULT_SLEEP", "30")))
