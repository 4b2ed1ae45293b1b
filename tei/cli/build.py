"""``tei build`` and ``tei serve``."""

from __future__ import annotations

from pathlib import Path

import click

from tei.cli.progress import progress_printer as _progress_printer
from tei.errors import EXIT_INVALID, UsageError


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
@click.option(
    "--allow-symlinks",
    is_flag=True,
    help="Accept symbolic links that resolve inside EDITIONS_DIR (others are always refused).",
)
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
    allow_symlinks: bool,
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
        symlinks=allow_symlinks,
    )
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    for slug in report.failed:
        reason = report.reasons.get(slug, "build failed")
        click.echo(f"error: {slug}: {reason} (see {out / 'report.html'})", err=True)
    from tei.build import unhandled_line

    extra = unhandled_line(report)
    click.echo(f"{report.summary()}; open {out / 'index.html'}" + (f"; {extra}" if extra else ""))
    if report.failed or report.errors or (strict and report.warnings):
        ctx.exit(EXIT_INVALID)


@click.command()
@click.argument("site_dir", default="_site", type=click.Path(path_type=Path, file_okay=False))
@click.option("-p", "--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--watch",
    is_flag=True,
    help="Rebuild when a file under --editions is saved, and reload the open pages.",
)
@click.option(
    "-e",
    "--editions",
    "editions_dir",
    default="editions",
    show_default=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="The editions folder to watch and build from (with --watch).",
)
def serve(site_dir: Path, port: int, watch: bool, editions_dir: Path) -> None:
    """Preview a built site on http://127.0.0.1:PORT/ (loopback only; Ctrl-C stops).

    With --watch, the site is built (incrementally, as it was last built) when the
    command starts and again whenever a source, config, register or TEI file under
    EDITIONS changes; the pages open in the browser reload by themselves.

    \b
    Example:
      tei serve _site --port 8000
      tei serve _site --watch --editions editions
    """
    import threading

    from tei.build.serve import Live, make_server

    if not watch and not site_dir.is_dir():
        raise UsageError(f"no site at {site_dir}: run 'tei build' first (or add --watch)",
                         code="serve-no-site")
    live = Live() if watch else None
    if watch:
        from tei.build import build as run
        from tei.build.watch import rebuild_options

        if not editions_dir.is_dir():
            raise UsageError(f"no editions folder {editions_dir} to watch", code="serve-watch")
        progress = _progress_printer(False)

        def rebuild():  # type: ignore[no-untyped-def]
            return run(editions_dir, site_dir, progress=progress, **rebuild_options(site_dir))

        click.echo(rebuild().summary())
    server = make_server(site_dir, port, live)
    host, bound = server.server_address[:2]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    click.echo(f"serving {site_dir} on http://{host}:{bound}/ (Ctrl-C to stop)")
    try:
        if live is not None:
            from tei.build.watch import watch as follow

            click.echo(f"watching {editions_dir} for changes")
            follow(editions_dir, rebuild, live, lambda line: click.echo(line, err=True))
        else:
            thread.join()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
        click.echo("stopped")
