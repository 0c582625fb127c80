"""A progress bar for long reads, drawn on a terminal only.

Takes: a stream (stderr) and, per input, how far the reading is.  Gives: one
line redrawn in place (`seeds/blog.xml  [#####.....]  48%  120/250 MB`), shown
only when the stream is a terminal and only once the work has taken more than
a couple of seconds; nothing at all in a pipe, a log or a test.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

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
