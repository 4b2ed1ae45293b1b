"""The command line: exit codes, one-line errors naming the file, no tracebacks, no lost work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DEMO, DEMO_SOURCE

TRANSCRIPT = "A Title\n\nQuestion: Why?\n\nAnswer: Because [of October].\n"


def tei(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tei", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_version_and_help_read_well():
    version = tei("--version")
    assert (
        version.returncode == 0 and version.stdout.strip() == f"tei {__import__('tei').__version__}"
    )
    helptext = tei("--help").stdout
    assert "convert" in helptext and "fidelity" in helptext and "Exit codes" in helptext
    convert_help = tei("convert", "--help").stdout
    assert "Example:" in convert_help and "--force" in convert_help


def test_convert_writes_tei_and_reports(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    proc = tei("convert", src, "-o", tmp_path / "t.xml")
    assert proc.returncode == 0, proc.stderr
    assert "2 speaker turns" in proc.stderr and "0 lost, 0 added" in proc.stderr
    assert b"<speaker>Question:</speaker>" in (tmp_path / "t.xml").read_bytes()


def test_default_output_is_beside_the_source_and_stdout_works(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    assert tei("convert", src).returncode == 0
    written = (tmp_path / "t.xml").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "tei", "convert", str(src), "-o", "-", "-q"],
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0 and proc.stdout == written


@pytest.mark.parametrize(
    ("content", "code", "needle"),
    [
        (None, "io-missing", "no such file"),
        (b"", "text-empty", "empty file"),
        (b"  \n\t\n", "text-empty", "empty file"),
        (b"GIF89a\x00\x01\x02", "text-binary", "not a text file"),
        (b"\x00\x01text\x00\x00", "text-binary", "not a text file"),
        (b"ok line\nbad \x81\x8d byte\n", "text-undecodable", "cannot decode"),
    ],
    ids=["missing", "empty", "whitespace", "binary", "nul-bytes", "undecodable"],
)
def test_bad_input_gives_one_line_naming_the_file(tmp_path, content, code, needle):
    src = tmp_path / "in.txt"
    if content is not None:
        src.write_bytes(content)
    proc = tei("convert", src, "-o", tmp_path / "out.xml")
    assert proc.returncode == 2
    line = one_line_error(proc)
    assert str(src) in line and needle in line and f"[{code}]" in line
    assert not (tmp_path / "out.xml").exists()


def test_undecodable_byte_is_located(tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes(b"ok line\nbad \x81 byte\n")
    line = one_line_error(tei("convert", src))
    assert f"{src}:2:5:" in line


def test_cp1252_is_read_with_a_warning(tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes("A Title\n\nIt\x92s \x93quoted\x94 text.\n".encode("latin-1"))
    proc = tei("convert", src, "-o", tmp_path / "out.xml")
    assert proc.returncode == 0
    assert "[text-cp1252]" in proc.stderr
    assert "It’s “quoted” text." in (tmp_path / "out.xml").read_text(encoding="utf-8")


def test_control_characters_are_removed_with_a_warning(tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes(b"A Title\n\nSome\x07 text\x0b here.\n")
    proc = tei("convert", src, "-o", tmp_path / "out.xml")
    assert proc.returncode == 0
    assert f"{src}:3: warning: removed characters XML cannot hold: U+0007, U+000B" in proc.stderr
    assert "Some text here." in (tmp_path / "out.xml").read_text(encoding="utf-8")


def test_hand_edited_tei_is_never_overwritten_without_force(tmp_path):
    src = tmp_path / "t.txt"
    out = tmp_path / "t.xml"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    assert tei("convert", src, "-o", out).returncode == 0
    assert tei("convert", src, "-o", out).returncode == 0  # unchanged output: fine
    edited = out.read_text(encoding="utf-8").replace("Because", "Because (checked)")
    out.write_text(edited, encoding="utf-8")
    proc = tei("convert", src, "-o", out)
    assert proc.returncode == 3
    assert "refusing to overwrite" in one_line_error(proc)
    assert out.read_text(encoding="utf-8") == edited
    assert tei("convert", src, "-o", out, "--force").returncode == 0
    assert "(checked)" not in out.read_text(encoding="utf-8")


def test_a_file_not_written_by_convert_is_not_overwritten(tmp_path):
    src = tmp_path / "t.txt"
    out = tmp_path / "t.xml"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    out.write_text("<TEI/>", encoding="utf-8")
    proc = tei("convert", src, "-o", out)
    assert proc.returncode == 3 and out.read_text(encoding="utf-8") == "<TEI/>"


def test_config_errors_name_the_file_and_line(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    cfg = tmp_path / "edition.toml"
    cfg.write_text('[edition]\ntitle = "x"\nlanguage = \n', encoding="utf-8")
    line = one_line_error(tei("convert", src, "--config", cfg))
    assert f"{cfg}:3:" in line and "[config-syntax]" in line
    cfg.write_text('[[participants]]\nid = "a"\n[labels]\nQ = "nobody"\n', encoding="utf-8")
    line = one_line_error(tei("convert", src, "--config", cfg))
    assert "not a declared participant" in line and "[config-label]" in line


def test_edition_toml_beside_the_source_is_used(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "edition.toml").write_text(
        '[[participants]]\nid = "ed"\nname = "An Editor"\n[[participants]]\nid = "x"\nname = "X"\n'
        '[labels]\nQuestion = "ed"\nAnswer = "x"\n',
        encoding="utf-8",
    )
    assert tei("convert", src).returncode == 0
    xml = (tmp_path / "t.xml").read_text(encoding="utf-8")
    assert 'who="#ed"' in xml and "<persName>An Editor</persName>" in xml


def test_unknown_label_is_a_warning_with_its_line(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text("A Title\n\nQuestion: Why?\n\nAnswer: So.\n", encoding="utf-8")
    cfg = tmp_path / "c.toml"
    cfg.write_text('[[participants]]\nid = "ed"\n[labels]\nQuestion = "ed"\n', encoding="utf-8")
    proc = tei("convert", src, "--config", cfg, "-o", tmp_path / "o.xml")
    assert proc.returncode == 0
    assert f"{src}:5: warning: speaker label 'Answer:'" in proc.stderr


def test_fidelity_command_reports_lost_words(tmp_path):
    src = tmp_path / "t.txt"
    out = tmp_path / "t.xml"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    assert tei("convert", src, "-o", out).returncode == 0
    ok = tei("fidelity", src, out)
    assert ok.returncode == 0 and "0 lost, 0 added" in ok.stdout
    out.write_text(out.read_text(encoding="utf-8").replace("Because", ""), encoding="utf-8")
    bad = tei("fidelity", src, out)
    assert bad.returncode == 1
    assert f"{src}:5: error: word 'Because' lost [fidelity-lost]" in bad.stderr


def test_fidelity_on_malformed_tei_is_one_line(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI>\n<text>\n</TEI>\n", encoding="utf-8")
    proc = tei("fidelity", DEMO_SOURCE, bad)
    assert proc.returncode == 2
    line = one_line_error(proc)
    assert f"{bad}:3:" in line and "[xml-syntax]" in line


def test_demo_edition_reconverts_without_change(tmp_path):
    """README's main job on a fresh clone: the committed TEI is what convert writes."""
    proc = tei("convert", DEMO_SOURCE, "-o", DEMO / "interview-with-bolivian-miner-isr-1965.xml")
    assert proc.returncode == 0, proc.stderr
    assert "(unchanged)" in proc.stderr and "22 speaker turns" in proc.stderr
