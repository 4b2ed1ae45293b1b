"""``tei import``: register a TEI P5 document (or a bag) from elsewhere as an edition."""

from __future__ import annotations

from pathlib import Path

import click


@click.command(name="import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--slug", help="Edition folder name (default: the TEI's slug idno, else the file name)."
)
@click.option(
    "-e",
    "--editions",
    "editions_dir",
    default="editions",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Editions folder to register it in.",
)
@click.option(
    "--tei-all",
    type=click.Path(path_type=Path),
    envvar="TEI_ALL_RNG",
    help="Validate against TEI All (RELAX NG); failures are reported, not fatal.",
)
@click.option("--force", is_flag=True, help="Replace an existing edition folder of that slug.")
def import_(
    file: Path, slug: str | None, editions_dir: Path, tei_all: Path | None, force: bool
) -> None:
    """Register FILE (TEI P5 XML, or a bag folder/zip made by tei package) as an edition.

    The TEI is copied unchanged to EDITIONS/SLUG/ and declared the master in a new
    edition.toml that records its origin and SHA-256; tei build then builds it.
    Exit 2 when FILE is missing, not XML or not TEI; 3 when the edition exists.

    \b
    Example:
      tei import ~/Downloads/letter.xml --slug letter-1901 && tei build
    """
    from tei.exchange.importer import import_tei

    result = import_tei(file, editions_dir, slug=slug, tei_all=tei_all, force=force)
    for diagnostic in result.diagnostics[:20]:
        click.echo(str(diagnostic), err=True)
    if len(result.diagnostics) > 20:
        click.echo(f"... {len(result.diagnostics) - 20} more", err=True)
    verdict = ""
    if tei_all:
        errors = sum(1 for d in result.diagnostics if d.severity == "error")
        verdict = "; valid against TEI All" if not errors else f"; TEI All: {errors} errors"
    click.echo(f"imported {file} as {result.folder} (sha256 {result.sha256[:12]}…){verdict}")
