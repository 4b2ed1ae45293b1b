"""Shared helpers of the render tests: where the inputs are, and skip-or-fail for ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "render"
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "tei-samples"
SAMPLES_MORE = SHARED / "tei-samples-more"
SEED = SHARED / "seed" / "interview-with-bolivian-miner-isr-1965.txt"
DEMO = ROOT / "editions" / "bolivian-miner-1965" / "interview-with-bolivian-miner-isr-1965.xml"


def require(path: Path, why: str) -> Path:
    """Skip (locally) or fail (when CI is set) if ``path`` is missing."""
    if not path.exists():
        message = f"{path} is absent: {why}"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (required in CI)")
        pytest.skip(message)
    return path
