"""``tei validate``: check TEI files against the project profile and other schemas."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--schema", "schemas", multiple=True, type=click.Path(path_type=Path),
              metavar="FILE",
              help="Also validate against FILE, by extension: .rng (RELAX NG, e.g. your "
                   "ODD-generated schema), .xsd, .sch (ISO Schematron, XSLT 1.0). Repeatable.")
@click.option("--tei-all", type=click.Path(path_type=Path), envvar="TEI_ALL_RNG",
              metavar="FILE",
              help="Also check conformance to TEI All (tei_all.rng), through cut-down copies. "
                   "Default: $TEI_ALL_RNG.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "junit", "github"]),
              default="text", show_default=True, help="Report format.")
@click.option("--strict", is_flag=True, help="Warnings fail validation too.")
@click.option("--no-profile", is_flag=True,
              help="Skip the built-in profile and its rules (use only --schema/--tei-all).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for many files (default: one per CPU; 1 = none).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--force", is_flag=True,
              help="Overwrite an OUTPUT that tei did not write (never one of PATHS).")
@click.pass_context
def validate(ctx: click.Context, paths: tuple[Path, ...], schemas: tuple[Path, ...],
             tei_all: Path | None, fmt: str, strict: bool, no_profile: bool, jobs: int | None,
             output: Path | None, force: bool) -> None:
    """Validate TEI files and folders (recursively, *.xml).

    By default: well-formedness, the project profile (schemas/tei-profile.xsd) and its
    rules (schemas/tei-profile.sch). Every finding reads
    FILE:LINE:COL: SEVERITY: MESSAGE [RULE-ID].

    Exit status: 0 valid, 1 invalid, 2 usage error or unreadable input (missing, empty,
    not well-formed, a schema that does not compile).

    \b
    Example:
      tei validate editions/ --format junit -o validation.xml
      tei validate interview.xml --schema my-odd.rng --tei-all tei_all.rng
    """
    from tei.safety import check_output_file, write_output
    from tei.validate.engine import ValidatorSpec
    from tei.validate.report import render
    from tei.validate.runner import validate_paths

    if no_profile and not schemas and not tei_all:
        raise click.UsageError(
            "--no-profile needs --schema or --tei-all: nothing to validate against")
    spec = ValidatorSpec(
        profile=not no_profile,
        rules=not no_profile,
        schemas=tuple(str(s) for s in schemas),
        tei_all=str(tei_all) if tei_all and str(tei_all) else None,
    )
    if output is not None:  # refuse before the work, not after
        check_output_file(output, inputs=paths, force=force)
    run = validate_paths(list(paths), spec=spec, jobs=jobs, strict=strict)
    report = render(run, fmt)
    if output is not None:
        write_output(output, report.encode("utf-8"), inputs=paths, force=force)
    else:
        click.echo(report, nl=False)
    ctx.exit(run.exit_code())
