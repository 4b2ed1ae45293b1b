"""The build's progress on a terminal: click's progress bar with position, rate and ETA.

Off a terminal (CI, a pipe, a log file) it prints nothing while documents are built:
the command then prints one summary line, and one line per failure.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

import click


class BuildProgress:
    """A ``progress(done, total, slug)`` callback for :func:`tei.build.build`."""

    def __init__(
        self,
        quiet: bool = False,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream or sys.stderr
        self.clock = clock
        self.interactive = not quiet and self.stream.isatty()
        self.bar: Any = None
        self.start = 0.0
        self.first = 0
        self.rate = 0.0

    def __call__(self, done: int, total: int, slug: str) -> None:
        if not self.interactive or total <= 0:
            return
        if self.bar is None:
            self.start, self.first = self.clock(), done
            self.bar = click.progressbar(
                length=total,
                label="building",
                show_eta=True,
                show_pos=True,
                width=24,
                file=self.stream,
                item_show_func=self.item,
            )
            self.bar.__enter__()
        elapsed = self.clock() - self.start
        self.rate = (done - self.first) / elapsed if elapsed > 0.5 else 0.0
        self.bar.update(max(0, done - self.bar.pos), slug)
        if done >= total:
            self.close()

    def item(self, slug: str | None) -> str:
        rate = f"{self.rate:,.1f} docs/s" if self.rate else ""
        return f"{rate}  {slug[:32]}" if slug else rate

    def close(self) -> None:
        """End the bar's line; say what the build does next (the site, its index)."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
            click.echo("writing the site and its search index…", file=self.stream)


def progress_printer(quiet: bool) -> BuildProgress:
    return BuildProgress(quiet)
