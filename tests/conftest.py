"""Shared fixtures. Tests that need ../shared skip when it is absent (a user's clone),
but fail when CI is set: in CI they must run."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "interview-with-bolivian-miner-isr-1965.txt"
DEV_SAMPLES = SHARED / "dev-samples" / "etol"
TEI_ALL_RNG = SHARED / "tei-all" / "tei_all.rng"
DEMO = ROOT / "editions" / "bolivian-miner-1965"
DEMO_SOURCE = DEMO / "interview-with-bolivian-miner-isr-1965.txt"
DEMO_TEI = DEMO / "interview-with-bolivian-miner-isr-1965.xml"


def need_shared(path: Path) -> Path:
    """Return ``path`` if it exists; otherwise skip (or fail in CI) with a clear reason."""
    if path.exists():
        return path
    reason = f"needs {path} (../shared is not beside this clone)"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; in CI ../shared must be present")
    pytest.skip(reason)


def dev_sample_paths() -> list[Path]:
    """Every dev sample, or a placeholder that skips/fails when ../shared is absent."""
    return sorted(DEV_SAMPLES.glob("*.txt")) or [DEV_SAMPLES / "missing.txt"]


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """TEI All (P5 4.10.2) RELAX NG, compiled once per test session (~7 s)."""
    from tei.xmlio import parse_file

    return etree.RelaxNG(parse_file(need_shared(TEI_ALL_RNG)))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need_shared(SEED)


def assert_tei_all_valid(schema: etree.RelaxNG, tree: etree._ElementTree, name: str = "") -> None:
    """Assert validity against TEI All, showing the first errors when not."""
    if not schema.validate(tree):
        errors = "\n".join(str(e) for e in list(schema.error_log)[:5])
        pytest.fail(f"{name} is not valid against TEI All:\n{errors}")


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """A loopback server that records every connection made to it: (port, connections)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    seen: list[str] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            seen.append("connection")
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join()
    server.close()
