"""Where one `archive build` spends its time, stage by stage (CPU and wall).

Takes: a project folder (already built once), what to do first (`--edit`: append a
sentence to the middle post's post.md, as compare.py's one-post edit does; nothing:
a no-change build).  Gives: one line per stage the build reports ("loading
content/", "planning pages ...", "writing N pages" (keys, reuse, rendering),
"search index" (waiting for Pagefind, the swap, the size)) with the CPU seconds
of this process, of its children (Pagefind, the render workers) and the wall
seconds it took; the start-up (imports, reading site.yaml) comes first.

It runs the checkout it is started from, in this process (run it with that
checkout's Python and PYTHONPATH, cwd anywhere but another checkout).  The edited
post.md is replaced, not written in place: a content/ hard-linked from a shared copy
stays untouched.

    python benchmarks/bench_stages.py PROJECT [--edit]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

STARTED = (time.perf_counter(), time.process_time())


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Clock:
    """The time spent in each stage: `next(label)` ends the stage now running."""

    def __init__(self, label: str) -> None:
        self.label, self.last = label, (*STARTED, 0.0)
        self.rows: list[tuple[str, float, float, float]] = []

    def next(self, label: str) -> None:
        now = (time.perf_counter(), time.process_time(), _children())
        self.rows.append((self.label, now[1] - self.last[1], now[2] - self.last[2],
                          now[0] - self.last[0]))
        self.label, self.last = label, now


def edit_middle_post(content: Path) -> Path:
    posts = sorted(content.glob("*/*/post.md"))
    post = posts[len(posts) // 2]
    text = post.read_bytes()
    post.unlink()  # a new file: never write into a hard-linked shared copy
    post.write_bytes(text + b"\nOne more sentence, added to measure a one-post edit rebuild.\n")
    return post


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("--edit", action="store_true", help="edit one post first")
    args = ap.parse_args(argv)
    root = args.project.resolve()
    if args.edit:
        print(f"edited {edit_middle_post(root / 'content').relative_to(root)}")
    os.chdir(root)
    global STARTED
    STARTED = (time.perf_counter(), time.process_time())
    clock = Clock("start-up (imports, site.yaml)")
    from builder.report import Reporter

    class Timed(Reporter):
        def stage(self, message: str) -> None:
            if not message.startswith(" "):  # progress lines belong to their stage
                clock.next(message[:60])
            super().stage(message)

    from builder.build import build_site
    from builder.config import load_config

    config = load_config(root)
    clock.next("fingerprint, split, site key")
    result = build_site(config, reporter=Timed(verbosity=0))
    clock.next("")
    print(f"{'stage':60} {'CPU':>7} {'children':>8} {'wall':>7}")
    for label, cpu, children, wall in clock.rows:
        print(f"{label:60} {cpu:7.2f} {children:8.2f} {wall:7.2f}")
    total = [sum(cpu for _, cpu, _, _ in clock.rows),
             sum(children for _, _, children, _ in clock.rows),
             sum(wall for _, _, _, wall in clock.rows)]
    print(f"{'total (' + str(len(result.changed)) + ' files changed)':60} "
          f"{total[0]:7.2f} {total[1]:8.2f} {total[2]:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
