#!/usr/bin/env python3
"""The two Quick-start commands, needing nothing but Python 3.11+ and pip.

    python3 tasks.py edition   # set up .venv if needed, then run the main job on the demo edition
    python3 tasks.py test      # set up .venv if needed, then run the whole test suite

Each creates ``.venv`` when it is missing and reinstalls the toolkit when
``pyproject.toml`` changed. ``make edition`` / ``make test`` call these.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed"


def run(*args: str | os.PathLike[str]) -> int:
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.call([str(a) for a in args], cwd=ROOT)


def ensure_venv() -> None:
    """Create .venv and install the toolkit with its test extras, when needed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may run on an older Python
        sys.exit(f"Python 3.11 or newer is needed (this is {sys.version.split()[0]})")
    python = BIN / "python"
    if not python.exists():
        print(f"creating {VENV.relative_to(ROOT)} …", flush=True)
        venv.create(VENV, with_pip=True)
    if STAMP.exists() and STAMP.stat().st_mtime >= (ROOT / "pyproject.toml").stat().st_mtime:
        return
    quiet = ["--quiet", "--disable-pip-version-check"]
    if run(python, "-m", "pip", "install", *quiet, "--upgrade", "pip") != 0:
        sys.exit("could not upgrade pip in .venv")
    if run(python, "-m", "pip", "install", *quiet, "-e", ".[test]") != 0:
        sys.exit("could not install the toolkit into .venv")
    STAMP.touch()


def edition() -> int:
    """The main job on the bundled demo edition: build the site (TEI, HTML, text, PDF)."""
    ensure_venv()
    status = run(BIN / "tei", "build", "editions", "-o", "_site")
    if status == 0:
        print(f"\nThe site is in _site/: open {ROOT / '_site' / 'index.html'} in a browser,")
        print("or preview it with: .venv/bin/tei serve _site")
    return status


def test() -> int:
    """The whole test suite (lint included). pytest's 'no tests collected' (exit 5) fails."""
    ensure_venv()
    status = run(BIN / "ruff", "check", "tei", "tests", "bench", "tasks.py", "setup.py")
    status = run(BIN / "tei", "validate", "editions") or status
    status = run(BIN / "python", "-m", "pytest", *sys.argv[2:]) or status
    return status


def main() -> None:
    tasks = {"edition": edition, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in tasks:
        sys.exit(f"usage: python3 tasks.py {{{'|'.join(tasks)}}} [pytest args]")
    sys.exit(tasks[sys.argv[1]]())


if __name__ == "__main__":
    main()
