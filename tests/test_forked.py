"""Whether other programs want the cores: what a clean build asks before its render
workers yield to the search index (builder.forked).

Measured for real where it can be told apart from the test run's own load (the
suite runs in two processes): a busy loop in another program is seen; the CPU
time of this process and of its children that ended is its own, not another
program's.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from builder.forked import CpuSample, others_busy, quiet_since

BURN = "import time\nwhile time.process_time() < {}: pass"  # CPU seconds, however contended


def test_another_programs_busy_loop_is_seen() -> None:
    start = CpuSample()
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.8)
    finally:
        end = CpuSample()
        hog.kill()
        hog.wait()
    busy = others_busy(start, end)
    assert busy is not None and busy > 0.4, busy  # about a core, less its start


def test_this_process_and_its_ended_children_are_not_other_programs() -> None:
    start = CpuSample()
    until = time.process_time() + 0.4  # 0.4 s of this process's CPU
    while time.process_time() < until:
        pass
    subprocess.run([sys.executable, "-c", BURN.format(0.6)], check=True)
    end = CpuSample()
    assert end.mine - start.mine >= 0.95  # both counted as its own (os.times: 10 ms steps)
    busy = others_busy(start, end)
    assert busy is not None
    # the rest of the system's work: what it did less what was this process's own
    assert end.system is not None and start.system is not None
    seconds = end.when - start.when
    expected = max(0.0, (end.system - start.system) - (end.mine - start.mine)) / seconds
    assert abs(busy - expected) < 1e-9


def test_other_programs_use_what_the_system_used_less_this_process() -> None:
    start = CpuSample()
    assert others_busy(start, _shifted(start, system=0.2, mine=0.1)) == pytest.approx(0.1)
    assert others_busy(start, _shifted(start, system=1.6, mine=1.0)) == pytest.approx(0.6)
    assert others_busy(start, _shifted(start, system=0.1, mine=0.5)) == 0.0  # never below


def test_too_short_a_time_or_no_sample_tells_nothing() -> None:
    start = CpuSample()
    assert others_busy(start, CpuSample()) is None  # within 0.1 s
    assert not quiet_since(None)


def _shifted(start: CpuSample, system: float, mine: float) -> CpuSample:
    """A sample one second after `start`, the system and this process `system` and
    `mine` CPU seconds further on."""
    later = CpuSample()
    later.when, later.mine = start.when + 1.0, start.mine + mine
    later.system = (start.system or 0.0) + system
    return later
