"""``tei build`` and ``tei serve``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tei.errors import EXIT_INVALID, UsageError


def _progress_printer(quiet: bool):
    interactive = sys.stderr.isatty()

    def show(done: int, total: int, slug: str) -> None:
        if quiet:
            return
        if interactive:
            width = 30
            filled = width * done // total
            click.echo(
                f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total} {slug[:40]:<40}",
                err=True,
                nl=done == total,
            )
        elif done == total or done % max(1, total // 20) == 0 or total <= 50:
            click.echo(f"built {done}/{total}: {slug}", err=True)

    return show


def _params(values: tuple[str, ...]) -> dict[str, dict[str, str]]:
    params: dict[str, dict[str, str]] = {}
    for item in values:
        key, sep, value = item.partition("=")
        fmt, dot, name = key.partition(".")
        if not sep or not dot or not name:
            raise UsageError(f"--param wants FORMAT.NAME=VALUE, got {item!r}", code="build-param")
        params.setdefault(fmt, {})[name] = value
    return params


@click.command()
@click.argument("editions_dir", default="editions", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    default="_site",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Site folder to write.",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: all CPUs)."
)
@click.option(
    "--formats",
    default="html,text,pdf,tei",
    show_default=True,
    help="Comma-separated outputs: html, text, pdf, tei.",
)
@click.option("--force", is_flag=True, help="Rebuild every document, changed or not.")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option(
    "--tei-all",
    type=click.Path(path_type=Path),
    envvar="TEI_ALL_RNG",
    help="Also validate against TEI All (RELAX NG); env TEI_ALL_RNG.",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="FORMAT.NAME=VALUE",
    help="Stylesheet parameter for one format, e.g. html.css-mode=link (repeatable).",
)
@click.option(
    "--names/--no-names",
    default=True,
    show_default=True,
    help="Tag names with each edition's register.toml (docs/names.md).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary and failures.")
@click.pass_context
def build(
    ctx: click.Context,
    editions_dir: Path,
    out: Path,
    jobs: int | None,
    formats: str,
    force: bool,
    strict: bool,
    tei_all: Path | None,
    params: tuple[str, ...],
    names: bool,
    quiet: bool,
) -> None:
    """Build every edition into a static site: TEI, HTML, text, PDF, index, report.

    Only documents whose inputs changed are rebuilt (content digests); the site is
    written to a temporary folder and swapped in, so an interrupted build leaves the
    previous site intact. Exit 1 if any document failed (or warned, with --strict).
    An edition's register.toml (or the collection's, one folder up) tags names in
    its TEI, and the site gets an index of names across all documents.

    \b
    Example:
      tei build editions -o _site --jobs 2
    """
    from tei.build import build as run

    chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
    report = run(
        editions_dir,
        out,
        jobs=jobs,
        formats=chosen,
        force=force,
        params=_params(params),
        tei_all=tei_all,
        names=names,
        progress=_progress_printer(quiet),
    )
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    for slug in report.failed:
        reason = report.reasons.get(slug, "build failed")
        click.echo(f"error: {slug}: {reason} (see {out / 'report.html'})", err=True)
    click.echo(f"{report.summary()}; open {out / 'index.html'}")
    if report.failed or report.errors or (strict and report.warnings):
        ctx.exit(EXIT_INVALID)


@click.command()
@click.argument(
    "site_dir", default="_site", type=click.Path(path_type=Path, exists=True, file_okay=False)
)
@click.option("-p", "--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve(site_dir: Path, port: int) -> None:
    """Preview a built site on http://127.0.0.1:PORT/ (loopback only; Ctrl-C stops).

    \b
    Example:
      tei serve _site --port 8000
    """
    import functools
    import http.server

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site_dir))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        host, bound = server.server_address[:2]
        click.echo(f"serving {site_dir} on http://{host}:{bound}/ (Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("stopped")
