"""``tei package``: an edition as a BagIt bag (folder or zip) for deposit."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("edition", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(path_type=Path),
    help="Bag folder or zip to write (default: ./<slug>-bag or ./<slug>-bag.zip).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["bagit", "zip"]),
    default="bagit",
    show_default=True,
    help="A bag folder, or the bag zipped (one top folder).",
)
@click.option(
    "--formats",
    default="tei,html,text,pdf",
    show_default=True,
    help="Renderings to include (comma-separated: tei, html, text, pdf).",
)
@click.option(
    "--force", is_flag=True, help="Replace an existing output (once the new bag is valid)."
)
def package(edition: Path, out: Path | None, fmt: str, formats: str, force: bool) -> None:
    """Package EDITION (a folder of editions/) as a validated BagIt bag.

    The bag holds the TEI, its renderings, the source transcription and edition.toml,
    and metadata (Dublin Core, DataCite, schema.org, CSL-JSON, BibTeX), with SHA-256
    and SHA-512 manifests. Exit 2 when EDITION is missing, 3 when the output exists.

    \b
    Example:
      tei package editions/bolivian-miner-1965 -o deposit.zip --format zip
    """
    from tei.exchange.bagit_package import package as run

    chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
    result = run(edition, out, fmt=fmt, formats=chosen, force=force)
    for diagnostic in result.diagnostics:
        if diagnostic.severity != "info":
            click.echo(str(diagnostic), err=True)
    click.echo(
        f"{result.path}: bag of {result.slug}, {result.files} files, {result.bytes:,} bytes, valid"
    )
