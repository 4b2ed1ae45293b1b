"""``tei render`` on the command line: outputs, parameters, exit codes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tei.cli import cli
from tests.render_helpers import FIXTURES

FIXTURE = str(FIXTURES / "interview.xml")


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, standalone_mode=False)


def test_render_text_to_stdout() -> None:
    result = CliRunner().invoke(
        cli, ["render", FIXTURE, "--to", "text", "--param", "wrap-width=60"]
    )
    assert result.exit_code == 0
    assert "Question: When did the miners begin to mobilize?" in result.output
    assert max(len(line) for line in result.output.splitlines() if " " in line.strip()) <= 60


def test_dash_output_is_standard_output(tmp_path: Path, monkeypatch) -> None:
    """`-o -` writes to standard output, as `tei convert -o -` does (it had made a file "-")."""
    import subprocess
    import sys

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["render", FIXTURE, "--to", "text", "-o", "-"])
    assert result.exit_code == 0 and "Question: When did the miners" in result.output
    assert not (tmp_path / "-").exists()
    done = subprocess.run(
        [sys.executable, "-m", "tei", "render", FIXTURE, "--to", "pdf", "-o", "-"],
        capture_output=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0 and done.stdout.startswith(b"%PDF")
    assert not (tmp_path / "-").exists()


def test_render_html_and_pdf_files(tmp_path: Path) -> None:
    runner = CliRunner()
    html = tmp_path / "out.html"
    assert runner.invoke(cli, ["render", FIXTURE, "--to", "html", "-o", str(html)]).exit_code == 0
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    pdf = tmp_path / "out.pdf"
    assert (
        runner.invoke(
            cli, ["render", FIXTURE, "--to", "pdf", "-o", str(pdf), "--param", "page-size=letter"]
        ).exit_code
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")


def test_bad_param_is_a_usage_error() -> None:
    from tei.cli import main  # noqa: F401  (main turns TeiError into exit codes)
    from tei.errors import EXIT_USAGE, UsageError

    runner = CliRunner()
    result = runner.invoke(cli, ["render", FIXTURE, "--to", "text", "--param", "wrap-width=wide"])
    assert isinstance(result.exception, UsageError) and result.exception.exit_code == EXIT_USAGE
    result = runner.invoke(cli, ["render", FIXTURE, "--to", "text", "--param", "novalue"])
    assert isinstance(result.exception, UsageError)


def test_pdf_needs_an_output_file() -> None:
    result = CliRunner().invoke(cli, ["render", FIXTURE, "--to", "pdf"])
    assert result.exception is not None and "needs -o" in str(result.exception)


def test_report_unhandled_and_list_params(tmp_path: Path) -> None:
    src = tmp_path / "x.xml"
    src.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>a <zork>b</zork>'
        "</p></body></text></TEI>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["render", str(src), "--to", "html", "--report-unhandled"])
    assert (
        result.exit_code == 0
        and "info: zork (1 in text)" in result.output
        and "[unhandled-element]" in result.output
    )
    listing = CliRunner().invoke(cli, ["render", str(src), "--to", "text", "--list-params"])
    assert "wrap-width  integer  default: '72'" in listing.output


def test_help_ends_with_an_example() -> None:
    result = CliRunner().invoke(cli, ["render", "--help"])
    assert "Example:" in result.output and "tei render interview.xml --to pdf" in result.output
