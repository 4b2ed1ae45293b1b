"""``tei render``: turn a TEI file into an HTML page, plain text, print HTML or PDF."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tei.errors import UsageError
from tei.render import OUTPUTS, render_report
from tei.render.params import parse_assignments
from tei.safety import check_output_file, write_output
from tei.xmlio import parse_file


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--to", "to", type=click.Choice(list(OUTPUTS)), required=True, help="Output kind.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here (default, and '-': standard output; pdf needs a file or a pipe).",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Stylesheet parameter (repeatable); see docs/editions.md.",
)
@click.option(
    "--stylesheet",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An edition's own stylesheet that imports the base one.",
)
@click.option(
    "--report-unhandled", is_flag=True, help="Report TEI elements the stylesheets do not handle."
)
@click.option(
    "--report",
    is_flag=True,
    help="List the TEI elements of FILE the stylesheets do not handle specifically, with counts.",
)
@click.option("--list-params", is_flag=True, help="List the parameters of this output and exit.")
@click.option(
    "--force", is_flag=True, help="Overwrite an OUTPUT that tei did not write (never FILE)."
)
def render(
    file: Path,
    to: str,
    output: Path | None,
    params: tuple[str, ...],
    stylesheet: Path | None,
    report_unhandled: bool,
    report: bool,
    list_params: bool,
    force: bool,
) -> None:
    """Render FILE (TEI) as html, text, print (paged HTML) or pdf.

    \b
    Example:
      tei render interview.xml --to html -o interview.html --param css=link
      tei render interview.xml --to text --param view=diplomatic --param wrap-width=60
      tei render interview.xml --to pdf -o interview.pdf --param page-size=A5
    """
    if list_params:
        from tei.render import declared_params

        for p in declared_params(to, stylesheet).values():
            values = f" ({'|'.join(p.values)})" if p.values else ""
            click.echo(f"{p.name}  {p.type}{values}  default: {p.default!r}  {p.doc}")
        return
    values: dict[str, str | bool] = dict(parse_assignments(params))
    if report_unhandled:
        values["report-unhandled"] = True
    to_stdout = output is not None and str(output) == "-"  # as `tei convert -o -`
    if to_stdout:
        output = None
    if to == "pdf" and output is None and not (to_stdout and not sys.stdout.isatty()):
        raise UsageError(
            "--to pdf needs -o OUT.pdf (PDF is not written to a terminal)", code="render-output"
        )
    if output is not None:  # refuse before the work, not after
        check_output_file(output, inputs=[file], force=force)
    tree = parse_file(file)
    if report:
        from tei.render.report import report_lines

        for line in report_lines(tree, str(file)):
            click.echo(line, err=True)
    done = render_report(tree, to, values, stylesheet=stylesheet, source=str(file))
    for diag in done.diagnostics:
        click.echo(str(diag), err=True)
    data = done.output if isinstance(done.output, bytes) else done.output.encode("utf-8")
    if output is None and isinstance(done.output, bytes):
        sys.stdout.buffer.write(done.output)  # a PDF to a pipe (-o -)
        sys.stdout.flush()
    elif output is None:
        click.echo(done.output, nl=False)
    else:
        write_output(output, data, inputs=[file, *([stylesheet] if stylesheet else [])],
                     force=force)
