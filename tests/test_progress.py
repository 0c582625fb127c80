"""The progress bar of long reads: on a terminal only, and only after a couple of seconds."""

from __future__ import annotations

import io

from builder.report import SHOW_AFTER, progress_bars


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_in_a_pipe_or_a_log() -> None:
    assert progress_bars(io.StringIO()) is None


def test_a_bar_shows_only_after_a_couple_of_seconds_and_ends_its_line() -> None:
    now = [100.0]
    stream = _Terminal()
    make = progress_bars(stream, clock=lambda: now[0])
    assert make is not None
    bar = make("seeds/blog.xml")
    bar(10_000_000, 100_000_000)
    assert stream.getvalue() == ""  # a quick read draws nothing
    now[0] += SHOW_AFTER + 0.5
    bar(50_000_000, 100_000_000)
    assert stream.getvalue().startswith("\rseeds/blog.xml  [###############...............]   50%")
    assert stream.getvalue().endswith("50/100 MB")
    bar.close()
    assert stream.getvalue().endswith("\n")


def test_a_quick_read_leaves_no_trace() -> None:
    stream = _Terminal()
    make = progress_bars(stream)
    assert make is not None
    bar = make("seeds/small.xml")
    bar(1, 2)
    bar.close()
    assert stream.getvalue() == ""
