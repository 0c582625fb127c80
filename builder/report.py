"""The reporter: keeps progress and problem output out of the library stages.

Stages call `reporter.stage(...)`, `reporter.warn(...)`; the command line decides
how loud to be.  Tests pass a `Reporter(stream=io.StringIO())` and read it.
"""

from __future__ import annotations

import sys
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
