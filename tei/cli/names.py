"""``tei tag-names``: tag persons, places, organisations and dates from an edition's register."""

from __future__ import annotations

from pathlib import Path

import click

from tei.safety import write_output
from tei.xmlio import ensure_readable, serialize


@click.command("tag-names")
@click.argument("edition", type=click.Path(path_type=Path))
@click.option(
    "--register",
    "register",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Register file (default: register.toml in EDITION, over the collection's).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Tagged TEI to write (default: the TEI's name with .tagged.xml; '-': stdout).",
)
@click.option("--dry-run", is_flag=True, help="Tag in memory and report; write nothing.")
@click.option(
    "--report",
    "show_report",
    is_flag=True,
    help="List every mention added and the candidate names the register lacks.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Overwrite an OUTPUT that tei did not write, or hand edits in the tagged TEI.",
)
def tag_names(
    edition: Path,
    register: Path | None,
    output: Path | None,
    dry_run: bool,
    show_report: bool,
    force: bool,
) -> None:
    """Mark mentions of the register's entries (and its confirmed dates) in EDITION's TEI.

    The edition's own TEI is never changed: the tagged copy goes to OUTPUT. Re-running
    gives the same file; hand-made tags are kept. A tagged TEI edited by hand is not
    overwritten without --force (the digest of what was written is kept in
    .tei-outputs.json), nor is any file tei did not write (a transcription, a TEI).
    Capitalised words and acronyms the register lacks are reported, never tagged.

    \b
    Example:
      tei tag-names editions/bolivian-miner-1965 --report --dry-run
    """
    from tei.names import tag_edition

    result = tag_edition(edition, register)
    for diag in result.diagnostics:
        if diag.severity != "info" or show_report:
            click.echo(str(diag), err=True)
    counts = result.report.added_counts()
    if show_report:
        for m in result.report.mentions:
            click.echo(f"{result.source}:{m.line}: {m.element} #{m.ref}: {m.text}")
        for d in result.report.dates:
            click.echo(f"{result.source}:{d.line}: date {d.ref}: {d.text}")
        for c in result.candidates:
            click.echo(f"candidate: {c}")
    click.echo(
        f"{result.source}: {sum(counts.values())} mentions of {len(counts)} entries, "
        f"{len(result.report.dates)} dates tagged; {len(result.candidates)} candidates",
        err=True,
    )
    if dry_run:
        return
    data = serialize(result.tree)
    ensure_readable(data, str(result.source))
    if output is not None and str(output) == "-":
        click.echo(data.decode("utf-8"), nl=False)
        return
    target = output or result.source.with_name(result.source.stem + ".tagged.xml")
    inputs = [result.source, *([register] if register else [])]
    write_output(target, data, inputs=inputs, force=force)
    click.echo(f"wrote {target}", err=True)
