"""``tei convert`` and ``tei fidelity``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tei.diagnostics import count
from tei.errors import EXIT_INVALID


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="TEI file to write ('-' for standard output). Default: SOURCE with .xml.",
)
@click.option(
    "--config",
    "config",
    type=click.Path(path_type=Path),
    help="Edition config (TOML). Default: edition.toml beside SOURCE, if any.",
)
@click.option("--force", is_flag=True, help="Overwrite a TEI file that has hand edits.")
@click.option(
    "--reader", default=None, help="Input format (default: by file suffix; 'transcription')."
)
@click.option("-q", "--quiet", is_flag=True, help="Print only warnings and errors.")
@click.option(
    "--explain",
    is_flag=True,
    help="Print, line by line, what each block was taken for and why (writes nothing).",
)
@click.pass_context
def convert(
    ctx: click.Context,
    source: Path,
    output: Path | None,
    config: Path | None,
    force: bool,
    reader: str | None,
    quiet: bool,
    explain: bool = False,
) -> None:
    """Convert a web transcription (plain text) into TEI P5.

    Removes site navigation (listed in the header), keeps every word, encodes
    speaker turns, bracketed interpolations and footnotes, and checks fidelity.
    Refuses to overwrite a TEI file that was edited by hand unless --force.

    \b
    Example:
      tei convert editions/bolivian-miner-1965/interview.txt -o interview.xml
      tei convert page.txt --explain
    """
    from tei.convert import convert as run

    if explain:
        _explain(source, config)
        return

    to_stdout = output is not None and str(output) == "-"
    target = None if to_stdout else (output or source.with_suffix(".xml"))
    result = run(source, target, config=config, force=force, reader=reader)
    for diagnostic in result.diagnostics:
        if not quiet or diagnostic.severity != "info":
            click.echo(str(diagnostic), err=True)
    if to_stdout:
        sys.stdout.buffer.write(result.data)
    errors = count(result.diagnostics, "error")
    if not quiet:
        root = result.tree.getroot()
        ns = "{http://www.tei-c.org/ns/1.0}"
        people = len(root.findall(f".//{ns}particDesc//{ns}person"))
        notes = len(root.findall(f".//{ns}note[@type='editorial']"))
        fid = result.fidelity.summary() if result.fidelity else "not checked"
        where = "standard output" if to_stdout else str(target)
        state = "written" if result.written else "unchanged" if target else "printed"
        click.echo(
            f"{source} → {where} ({state}): {result.turns} speaker turns, {people} participants, "
            f"{notes} editorial notes, {count(result.diagnostics, 'warning')} warnings; "
            f"fidelity: {fid}",
            err=True,
        )
    if errors:
        ctx.exit(EXIT_INVALID)


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("tei_file", metavar="TEI", type=click.Path(path_type=Path))
@click.pass_context
def fidelity(ctx: click.Context, source: Path, tei_file: Path) -> None:
    """Check that every word of SOURCE is in TEI's text, in the same order.

    Navigation lines listed in the TEI header are left out of the comparison.
    Exit status 1 when words were lost or added.

    \b
    Example:
      tei fidelity interview.txt interview.xml
    """
    from tei.fidelity import check_files

    report = check_files(source, tei_file)
    for word, line in report.lost:
        click.echo(f"{source}:{line}: error: word {word!r} lost [fidelity-lost]", err=True)
    if report.added:
        click.echo(
            f"{tei_file}: error: words added: {' '.join(report.added[:30])} [fidelity-added]",
            err=True,
        )
    click.echo(f"{source} → {tei_file}: {report.summary()}")
    if not report.ok:
        ctx.exit(EXIT_INVALID)


def _explain(source: Path, config: Path | None) -> None:
    """``--explain``: the reader's decision for every line and block, on standard output."""
    from tei.config import load_config
    from tei.convert import find_config
    from tei.readers.transcription import read
    from tei.xmlio import read_bytes

    cfg = load_config(config if config is not None else find_config(source))
    reading = read(read_bytes(source), cfg, source_name=str(source))
    for decision in reading.decisions:
        click.echo(str(decision))
    for diagnostic in reading.diagnostics:
        click.echo(str(diagnostic), err=True)
