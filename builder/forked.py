"""Work shared out to forked worker processes: one per core, none beside a thread.

Takes: a function of a batch of items (a list in, a list as long out) and the items.
Gives: the function's results in the items' order, worked out in batches by forked
workers when there are enough items and more than one core, else in this process.

A process is forked only while it runs one thread (a server, or a build with
Pagefind's thread started: forking a threaded process can deadlock a child on a
lock another thread held).  The function crosses to the workers pickled (a
module-level function) and its results come back marshalled: plain data only
(strings, numbers, tuples, lists, dicts), which marshal reads several times faster
than pickle (75,000 parsed content files: the parent's share of the work); the
items reach the workers as they are forked, a batch is sent as its bounds.

Also here: pipes made to hold a megabyte (`roomy_pipe`: a worker's results, Pagefind's
answers), and whether other programs want the cores (`CpuSample`, `quiet_since`: a
clean build's render workers yield to its search index only on a quiet machine).
"""

from __future__ import annotations

import contextlib
import marshal
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

try:
    import fcntl
except ImportError:  # not a Unix
    fcntl = None  # type: ignore[assignment]

Item = TypeVar("Item")
Result = TypeVar("Result")
_ITEMS: Sequence[Any] | None = None  # what the workers of `map_batches` work on


def worker_count(workers: int | None = None) -> int:
    """Processes to fork: one per core, or 1 when threads run (a server: forking a
    threaded process can deadlock on a lock another thread held)."""
    if workers is not None:
        return max(1, workers)
    if threading.active_count() > 1:
        return 1
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def resident_bytes() -> int:
    """This process's resident memory now (Linux; 0 elsewhere): what a forked worker
    comes to copy of it."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def map_batches(function: Callable[[list[Item]], list[Result]], items: Sequence[Item],
                workers: int | None = None, at_least: int = 200,
                each: Callable[[list[Result]], None] | None = None) -> list[Result]:
    """`function` over `items` in batches (eight a worker, of at least 50 items), in
    forked workers from `at_least` items on; its results in the items' order.  `each`
    is given each batch's results in order as they come (while the workers go on),
    and then they are not kept: the list returned is empty."""
    count = worker_count(workers)
    if count == 1 or len(items) < at_least:
        done = function(list(items))
        if each is None:
            return done
        each(done)
        return []
    size = max(50, len(items) // (count * 8))
    bounds = [(i, min(len(items), i + size)) for i in range(0, len(items), size)]
    global _ITEMS
    _ITEMS = items  # the workers have them as they are forked: a batch is sent as its
    try:  # bounds, not pickled (this process's task thread then waits on nothing)
        with multiprocessing.get_context("fork").Pool(count) as pool:
            _roomy_results(pool)
            done = []
            for data in pool.imap(partial(_marshalled, function), bounds):
                batch = marshal.loads(data)  # each batch's bytes let go as it is read
                if each is not None:
                    each(batch)
                else:
                    done += batch
    finally:
        _ITEMS = None
    return done


PIPE_BYTES = 1 << 20  # Linux's most for a pipe of an unprivileged process


def _roomy_results(pool: Any) -> None:
    """Let the pipe that brings the workers' results hold a megabyte: a worker then
    hands a batch's results over at once and goes on, not a piece each time this
    process, busy with the last batch, lets its reading thread run (the 14,968 content
    files of 2,000 posts: their load 0.38 -> 0.33 s)."""
    with contextlib.suppress(AttributeError):
        roomy_pipe(pool._outqueue._reader)


def roomy_pipe(end: Any) -> None:
    """Let the pipe whose end (a file object, a connection) is given hold PIPE_BYTES
    (Linux; 64 kB by default; nothing where it cannot)."""
    setting = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    with contextlib.suppress(AttributeError, OSError, ValueError):
        if setting is not None and end is not None:
            fcntl.fcntl(end.fileno(), setting, PIPE_BYTES)


def _marshalled(function: Callable[[list[Item]], list[Result]], bounds: tuple[int, int]
                ) -> bytes:
    """In a worker: the function's results of the items within `bounds`, marshalled."""
    assert _ITEMS is not None
    return marshal.dumps(function(list(_ITEMS[bounds[0]:bounds[1]])))


# -- whether other programs want the cores -----------------------------------------------

QUIET_CORES = 0.25  # other programs' CPU use (in cores) under which the machine is quiet


class CpuSample:
    """The CPU time the whole system and this process (with its children that ended)
    had used at one moment: `others_busy(start, end)` is then what other programs
    used in between.  The system's time leaves out idle, waiting for I/O and time
    stolen by a hypervisor (no priority of ours changes who gets that)."""

    __slots__ = ("mine", "system", "when")

    def __init__(self) -> None:
        self.when = time.monotonic()
        times = os.times()
        self.mine = times.user + times.system + times.children_user + times.children_system
        self.system = _system_busy()


def others_busy(start: CpuSample, end: CpuSample) -> float | None:
    """The cores other programs kept busy on average from `start` to `end` (None: not
    known: no /proc/stat, or too short a time to tell)."""
    seconds = end.when - start.when
    if start.system is None or end.system is None or seconds < 0.1:
        return None
    return max(0.0, (end.system - start.system) - (end.mine - start.mine)) / seconds


def quiet_since(start: CpuSample | None) -> bool:
    """No other program has kept the cores busy since `start` (see `others_busy`)."""
    if start is None:
        return False
    busy = others_busy(start, CpuSample())
    return busy is not None and busy < QUIET_CORES


def _system_busy() -> float | None:
    """Seconds of CPU the system has used since it started, every core: user, nice,
    system, interrupts (/proc/stat; None elsewhere)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()
        user, nice, system, _idle, _iowait, irq, softirq = map(int, fields[1:8])
    except (OSError, ValueError):
        return None
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")
