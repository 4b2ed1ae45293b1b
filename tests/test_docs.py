"""Docs stay honest: every element the converter writes is explained in docs/encoding.md,
every command is in the README."""

from __future__ import annotations

import re
from pathlib import Path

from tei.cli import COMMANDS
from tei.convert import convert

from .conftest import DEMO_SOURCE, ROOT, dev_sample_paths, need_shared


def test_every_element_the_converter_writes_is_documented():
    doc = (ROOT / "docs" / "encoding.md").read_text(encoding="utf-8")
    code = " ".join(re.findall(r"```.*?```", doc, flags=re.S) + re.findall(r"`[^`\n]+`", doc))
    documented = set(re.findall(r"[A-Za-z]+", code))
    used: set[str] = set()
    for path in [DEMO_SOURCE, *(need_shared(p) for p in dev_sample_paths())]:
        root = convert(path).tree.getroot()
        used |= {el.tag.split("}")[1] for el in root.iter() if isinstance(el.tag, str)}
    missing = sorted(used - documented)
    assert missing == [], f"elements written but not explained in docs/encoding.md: {missing}"


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in COMMANDS if f"tei {name}" not in readme]
    assert missing == [], f"commands missing from README.md: {missing}"


def test_readme_quick_start_commands_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^(python3 tasks\.py \w+)", quick, flags=re.M)
    assert commands == ["python3 tasks.py edition", "python3 tasks.py test"]
    assert Path(ROOT / "tasks.py").exists()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().endswith("python3 tasks.py test")
