#!/usr/bin/env python3
"""The project's tasks, needing nothing but Python 3.11+ and pip.

    python3 tasks.py edition   # set up .venv if needed, then run the main job on the demo edition
    python3 tasks.py test      # set up .venv if needed, then run the whole test suite
    python3 tasks.py lock      # re-resolve the dependencies into constraints.txt (needs PyPI)
    python3 tasks.py fonts     # re-make transforms/fonts/ from Debian's font packages

``.venv`` is created when it is missing and the toolkit is (re)installed whenever
``pyproject.toml`` or ``constraints.txt`` changed, with exactly the versions pinned in
``constraints.txt`` (the package's own dependencies stay ranges). ``TEI_FRESH_VENV=1`` makes a
new ``.venv`` from scratch (CI does). ``make edition`` / ``make test`` call these.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed"
CONSTRAINTS = ROOT / "constraints.txt"
FONTS = ROOT / "transforms" / "fonts"
QUIET = ["--quiet", "--disable-pip-version-check"]

# Shared libraries the toolkit loads at run time (WeasyPrint, for PDF), with the Debian
# package that provides each. HarfBuzz-Subset is optional: PDF output is the same bytes on
# every run with or without it (see tei/render/pdf.py), but WeasyPrint prefers it.
SYSTEM_LIBRARIES = {
    "pango-1.0": "libpango-1.0-0",
    "pangoft2-1.0": "libpangoft2-1.0-0",
    "harfbuzz": "libharfbuzz0b",
    "fontconfig": "libfontconfig1",
}


def run(*args: str | os.PathLike[str], cwd: Path = ROOT) -> int:
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.call([str(a) for a in args], cwd=cwd)


def missing_system_libraries() -> list[str]:
    """The Debian packages of the shared libraries that cannot be found on this machine."""
    if not sys.platform.startswith("linux"):
        return []
    return [deb for lib, deb in SYSTEM_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def check_system() -> None:
    missing = missing_system_libraries()
    if missing:
        sys.exit(
            "PDF output needs system libraries that are missing: "
            f"sudo apt-get install {' '.join(missing)}"
        )


def install_digest() -> str:
    """What the installed environment was made from: the project's metadata and the lock."""
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt", "setup.py"):
        path = ROOT / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b""))
    return digest.hexdigest()


def ensure_venv() -> None:
    """Create .venv and install the toolkit with its test extras at the locked versions."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may run on an older Python
        sys.exit(f"Python 3.11 or newer is needed (this is {sys.version.split()[0]})")
    check_system()
    python = BIN / "python"
    if os.environ.get("TEI_FRESH_VENV") == "1" and VENV.exists():
        print(f"removing {VENV.relative_to(ROOT)} (TEI_FRESH_VENV=1) …", flush=True)
        shutil.rmtree(VENV)
    if not python.exists():
        print(f"creating {VENV.relative_to(ROOT)} …", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = install_digest()
    if STAMP.exists() and STAMP.read_text(encoding="utf-8").strip() == wanted:
        return
    lock = ["-c", str(CONSTRAINTS)] if CONSTRAINTS.exists() else []
    if run(python, "-m", "pip", "install", *QUIET, *lock, "pip") != 0:
        sys.exit("could not install the locked pip into .venv")
    if run(python, "-m", "pip", "install", *QUIET, *lock, "-e", ".[test]") != 0:
        sys.exit("could not install the toolkit into .venv (see pip's message above)")
    STAMP.write_text(wanted + "\n", encoding="utf-8")


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
    status = run(BIN / "ruff", "check", "tei", "tests", "bench", "tools", "tasks.py", "setup.py")
    status = run(BIN / "tei", "validate", "editions") or status
    status = run(BIN / "python", "-m", "pytest", *sys.argv[2:]) or status
    return status


def lock() -> int:
    """Resolve the toolkit's dependencies (with the test and peers extras) afresh into
    constraints.txt."""
    with tempfile.TemporaryDirectory(prefix="tei-lock-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
        if run(python, "-m", "pip", "install", *QUIET, "--upgrade", "pip") != 0:
            return 1
        if run(python, "-m", "pip", "install", *QUIET, f"{ROOT}[test,peers]") != 0:
            return 1
        frozen = subprocess.run(
            [str(python), "-m", "pip", "freeze", "--all", "--exclude", "tei-edition-toolkit"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    unpinned = ("setuptools==", "wheel==")  # build tools: the build's own isolated env
    pins = sorted(
        (
            line
            for line in frozen.splitlines()
            if "==" in line and not line.startswith(("-e", *unpinned))
        ),
        key=str.lower,
    )
    header = (
        "# Known-good versions for the test environment that tasks.py creates (pip -c).\n"
        "# The package's own dependencies (pyproject.toml) stay ranges.\n"
        "# Refresh with: python3 tasks.py lock\n"
    )
    CONSTRAINTS.write_text(header + "\n".join(pins) + "\n", encoding="utf-8")
    print(f"wrote {CONSTRAINTS.name}: {len(pins)} pinned distributions")
    return 0


def fonts() -> int:
    """Re-make transforms/fonts/ from Debian's Noto packages (needs apt-get and .venv)."""
    ensure_venv()
    return run(BIN / "python", ROOT / "tools" / "vendor_fonts.py")


def main() -> None:
    tasks = {"edition": edition, "test": test, "lock": lock, "fonts": fonts}
    if len(sys.argv) < 2 or sys.argv[1] not in tasks:
        sys.exit(f"usage: python3 tasks.py {{{'|'.join(tasks)}}} [pytest args]")
    sys.exit(tasks[sys.argv[1]]())


if __name__ == "__main__":
    main()
