"""The documented library API (README): names stay callable whatever was imported before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIXTURE = """Interview With a Miner

Q: When did the miners begin to mobilize?

A: As soon as the news reached the mines.
"""


def test_convert_and_fidelity_callable_after_their_modules_are_imported(tmp_path: Path) -> None:
    """Regression: ``import tei.convert`` made ``tei.convert`` the module, not the function."""
    source = tmp_path / "page.txt"
    source.write_text(FIXTURE, encoding="utf-8")
    script = (
        "import sys, tei.convert, tei.fidelity, tei\n"
        "result = tei.convert(sys.argv[1], sys.argv[2])\n"
        "report = tei.fidelity(sys.argv[1], sys.argv[2])\n"
        "print(result.tree.getroot().tag, report.ok)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(source), str(tmp_path / "page.xml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert done.stdout.split() == ["{http://www.tei-c.org/ns/1.0}TEI", "True"]
