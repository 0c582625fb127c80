"""Run one command in a fresh child process and measure it.

Takes: an argv, a working folder and an environment.  Gives: a Run with the wall
time, the CPU time (user + system: on a shared machine it moves far less than the
wall time), the exit code, the tail of its output and the peak resident memory of that
child and the descendants it waited for (RUSAGE_CHILDREN of one child, so every
measurement is its own, not the maximum of the whole benchmark run).

The command runs under GNU time (`/usr/bin/time -f "%M %U %S"`): a child forked straight
from this Python would start with this process's memory counted in its peak
(Linux keeps the high-water mark across exec), and `time` is a small process.
Without /usr/bin/time, os.wait4's rusage is used and includes that floor.
rusage gives the largest single process; for tools that fork workers, the summed
PSS of the whole process tree is sampled too (`tree_peak_mb`).

From the command line: one clean `archive build` (no `_site/`, no `.cache/`) of a
project folder by a checkout, with its wall time, CPU time and peak memory (run at
50,000 posts or more under `flock /work/big.lock`):

    python benchmarks/measure.py PROJECT [--builder CHECKOUT] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    seconds: float
    peak_mb: float
    cpu_seconds: float
    code: int
    output: str
    tree_peak_mb: float = 0
    sampler_cpu: float = 0  # the memory sampler's own CPU (TreeSampler)

    @property
    def ok(self) -> bool:
        return self.code == 0

    @property
    def memory_mb(self) -> float:
        """Peak memory: the largest process (exact) or the sampled sum over the process
        tree, whichever is higher (the sum matters for tools that fork workers)."""
        return max(self.peak_mb, self.tree_peak_mb)


def run(argv: list[str], cwd: Path, env: dict[str, str] | None = None,
        timeout: float = 3600) -> Run:
    """argv in cwd; stdout and stderr go to a temporary file (no pipe to fill up)."""
    with tempfile.TemporaryFile() as log, tempfile.NamedTemporaryFile("r") as peak:
        full = [GNU_TIME, "-f", "%M %U %S", "-o", peak.name, *argv] if GNU_TIME else argv
        start = time.perf_counter()
        proc = subprocess.Popen(full, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        sampler = TreeSampler(proc.pid)
        sampler.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            sampler.stop()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
        kb = usage.ru_maxrss  # kilobytes on Linux
        cpu = usage.ru_utime + usage.ru_stime
        if GNU_TIME:
            # the last line is "%M %U %S"; a failed command adds "Command exited ..." before
            last = (peak.read().strip().splitlines() or [""])[-1].split()
            if len(last) == 3:
                kb, cpu = int(last[0]), float(last[1]) + float(last[2])
    return Run(tuple(argv), seconds, kb / 1024, cpu, proc.returncode, output[-4000:],
               sampler.peak_kb / 1024, sampler.cpu_seconds)


INTERVAL = 0.05  # seconds between samples, at least
SHARE = 0.05  # of one core, at most, for the sampler


class TreeSampler(threading.Thread):
    """Samples the summed proportional set size (PSS) of a process and all its descendants
    every 50 ms, or less often when sampling costs more than SHARE of a core: the memory
    a multi-process tool really holds (rusage gives only the largest single process).

    Reading a process's PSS walks its page tables (the kernel's CPU, charged to this
    process): a 10,000-post build's processes (~1.5 GB) cost ~1 ms each, and sampling
    them every 50 ms took 6.5-8.5 s of CPU over a 56 s-of-CPU build, on a two-core
    machine that the measured tool needs whole; a 1-second tool with one process
    costs the sampler nearly nothing.  The wait after each sample is then 1/SHARE times
    what the sample cost (a build's memory moves over seconds, not milliseconds)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.samples = 0
        self.cpu_seconds = 0.0  # the sampler's own CPU
        self._done = threading.Event()

    def run(self) -> None:
        wait = INTERVAL
        while not self._done.wait(wait):
            started = time.thread_time()
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in _tree(self.pid)))
            cost = time.thread_time() - started
            self.samples += 1
            self.cpu_seconds += cost
            wait = max(INTERVAL, cost / SHARE)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            continue
    return out


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def archive_argv(*args: str) -> list[str]:
    """Our `archive` command from this checkout (python -m builder)."""
    return [sys.executable, "-m", "builder", *args]


def archive_env(repo: Path = REPO) -> dict[str, str]:
    """The environment that makes `python -m builder` run the checkout at `repo`."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(repo) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def load() -> str:
    """The machine's load average (the machine is shared: note it beside timings)."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def fmt_s(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.1f} s" if seconds >= 10 else f"{seconds:.2f} s"


def fmt_mb(mb: float | None) -> str:
    return "-" if mb is None else f"{mb / 1024:.2f} GB" if mb >= 1024 else f"{mb:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="one clean `archive build` of a project, measured")
    ap.add_argument("project", type=Path, help="a folder with site.yaml, templates/, content/")
    ap.add_argument("--builder", type=Path, default=REPO, help="the checkout that builds")
    ap.add_argument("--keep", action="store_true", help="keep _site/ and .cache/ (not clean)")
    args = ap.parse_args(argv)
    if not args.keep:
        for path in [args.project / "_site", args.project / ".cache",
                     *args.project.glob("._site.*")]:
            shutil.rmtree(path, ignore_errors=True)
    r = run(archive_argv("-v", "build"), args.project, archive_env(args.builder))
    print("\n".join(r.output.strip().splitlines()[-3:]))  # the build's summary
    print(f"wall {fmt_s(r.seconds)}, CPU {fmt_s(r.cpu_seconds)} (all processes), peak memory "
          f"{fmt_mb(r.memory_mb)} (all processes; largest {fmt_mb(r.peak_mb)}), exit {r.code}; "
          f"{load()}")
    return r.code


if __name__ == "__main__":
    sys.exit(main())
