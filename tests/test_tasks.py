"""tasks.py: the set-up that a fresh clone runs (issue 12: a fresh machine must pass)."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tasks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tasks", ROOT / "tasks.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_lock_pins_every_dependency_exactly() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += extra
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[canonical(name)] = version
    for requirement in wanted:
        name = canonical(re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0])
        assert name in pins, f"{name} is a dependency but not pinned: python3 tasks.py lock"
    assert "setuptools" not in pins  # the build backend comes from the isolated build env


def test_missing_system_library_is_named_with_its_install_command(
    tasks: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tasks.sys, "platform", "linux")
    monkeypatch.setattr(
        tasks.ctypes.util, "find_library", lambda name: None if name == "pango-1.0" else "lib"
    )
    with pytest.raises(SystemExit) as stop:
        tasks.check_system()
    message = str(stop.value.code)
    assert "\n" not in message
    assert message.endswith("apt-get install libpango-1.0-0")


def test_system_check_passes_when_libraries_are_there(
    tasks: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks.ctypes.util, "find_library", lambda name: f"lib{name}.so")
    assert tasks.missing_system_libraries() == []
    tasks.check_system()


def test_reinstall_is_keyed_on_the_lock_and_metadata(
    tasks: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("pyproject.toml", "constraints.txt", "setup.py"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    monkeypatch.setattr(tasks, "ROOT", tmp_path)
    before = tasks.install_digest()
    (tmp_path / "constraints.txt").write_text("lxml==0\n", encoding="utf-8")
    assert tasks.install_digest() != before


def test_ci_builds_its_environment_from_scratch() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "TEI_FRESH_VENV=1" in ci
    assert "python3 tasks.py test" in ci
