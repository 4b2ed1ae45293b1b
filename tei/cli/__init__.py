"""The ``tei`` command: a thin click layer over the library API.

Each command lives in its own module under ``tei.cli`` and is imported only when
it is run, so ``tei --help`` stays fast. The top level is the only place that
turns :class:`tei.errors.TeiError` into a one-line message and an exit code.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from tei import __version__
from tei.errors import EXIT_INTERNAL, EXIT_USAGE, TeiError

#: command name -> "module:function" (module under tei.cli), in help order.
COMMANDS: dict[str, str] = {
    "convert": "tei.cli.convert:convert",
    "fidelity": "tei.cli.convert:fidelity",
    "render": "tei.cli.render:render",
    "validate": "tei.cli.validate:validate",
    "build": "tei.cli.build:build",
    "serve": "tei.cli.build:serve",
    "package": "tei.cli.package:package",
    "import": "tei.cli.import_:import_",
    "tag-names": "tei.cli.names:tag_names",
}


class LazyGroup(click.Group):
    """A click group that imports each command's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(module), attr)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(
    __version__, "-V", "--version", prog_name="tei", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Turn web transcriptions into validated TEI P5 and publish them as editions.

    \b
    Typical session:
      tei convert interview.txt -o interview.xml --config edition.toml
      tei fidelity interview.txt interview.xml

    Exit codes: 0 ok, 1 invalid or failed, 2 usage or unreadable input,
    3 refused to overwrite hand-edited work (use --force).
    """


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM: unwind like Ctrl-C, so temporaries and locks go


def main() -> None:
    """Console-script entry point: run the group, print TeiErrors as one line."""
    import signal

    from tei.safety import environmental, io_error

    signal.signal(signal.SIGTERM, _terminate)
    try:
        rc = cli.main(standalone_mode=False)
    except TeiError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code if exc.exit_code != 1 else EXIT_USAGE)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except OSError as exc:
        if not environmental(exc) or os.environ.get("TEI_DEBUG"):
            _bug(exc)
        error = io_error(exc)
        click.echo(f"error: {error}", err=True)
        sys.exit(error.exit_code)
    except Exception as exc:  # a bug, not bad input: say so in one line
        _bug(exc)
    sys.exit(rc if isinstance(rc, int) else 0)


def _bug(exc: Exception) -> None:
    if os.environ.get("TEI_DEBUG"):
        raise exc
    message = " ".join(str(exc).splitlines())
    click.echo(
        f"internal error: {type(exc).__name__}: {message} (set TEI_DEBUG=1 for a traceback)",
        err=True,
    )
    sys.exit(EXIT_INTERNAL)
