"""The reporter: keeps progress and problem output out of the library stages.

Stages call `reporter.stage(...)`, `reporter.warn(...)`; the command line decides
how loud to be.  Tests pass a `Reporter(stream=io.StringIO())` and read it.
`progress_bars(stderr)` gives a progress bar per long read, on a terminal only.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class Reporter:
    verbosity: int = 1  # 0 quiet, 1 normal, 2 verbose
    stream: TextIO | None = None
    err_stream: TextIO | None = None
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def _out(self) -> TextIO:
        return self.stream or sys.stdout

    def _err(self) -> TextIO:
        return self.err_stream or self.stream or sys.stderr

    def stage(self, message: str) -> None:
        """One line per pipeline stage (hidden by -q)."""
        if self.verbosity >= 1:
            print(message, file=self._out(), flush=True)

    def info(self, message: str) -> None:
        """Detail shown with -v."""
        if self.verbosity >= 2:
            print(message, file=self._out(), flush=True)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        if self.verbosity >= 1:
            print(f"warning: {message}", file=self._err(), flush=True)

    def error(self, message: str) -> None:
        """Errors are printed even with -q."""
        self.errors.append(message)
        print(f"error: {message}", file=self._err(), flush=True)


# ---------------------------------------------------------------- progress bars
# For long reads (a big export): one line redrawn in place on a terminal, shown only
# once the work has taken more than a couple of seconds; nothing in a pipe or a log.

SHOW_AFTER = 2.0  # seconds
EVERY = 0.2  # seconds between redraws
WIDTH = 30


class Bar:
    def __init__(self, label: str, stream: TextIO, clock: Callable[[], float] = time.monotonic):
        self.label, self.stream, self.clock = label, stream, clock
        self.start = clock()
        self.drawn_at = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if now - self.start < SHOW_AFTER or now - self.drawn_at < EVERY:
            return
        self.drawn_at, self.shown = now, True
        share = min(1.0, done / total) if total else 0.0
        filled = int(share * WIDTH)
        self.stream.write(f"\r{self.label}  [{'#' * filled}{'.' * (WIDTH - filled)}]  "
                          f"{share:4.0%}  {done / 1e6:.0f}/{total / 1e6:.0f} MB")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def progress_bars(stream: TextIO,
                  clock: Callable[[], float] = time.monotonic) -> Callable[[str], Bar] | None:
    """A maker of bars (one per input), or None when the stream is not a terminal."""
    if not stream.isatty():
        return None
    return lambda label: Bar(label, stream, clock)
