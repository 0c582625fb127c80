"""Time `archive split` on saved Blogger item pages: wall time, CPU time, peak memory.

Takes: a page count, a mean comment count and a seed (pages from benchmarks/gen_html.py,
cached under benchmarks/out/).  Gives: one table row on stdout (and --json FILE) for the
real CLI splitting the pages in a fresh temporary project, with the posts and comments
written beside those the pages hold.  Target (issue 13): 10,000 pages of about 80 kB
in under 60 s on two cores, under 1 GB.  On a loaded machine the wall time says little:
the CPU time (user + system, all processes) divided by the cores is the better guide.

    python benchmarks/bench_split_html.py [--pages 10000] [--comments 6] [--seed 1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_split
import gen_html
import generate
import measure

OUT = Path(__file__).resolve().parent / "out"


def pages(count: int, comments: float, seed: int) -> tuple[Path, dict[str, Any]]:
    """Generated pages, reused from benchmarks/out/ when the same ones exist already."""
    code = Path(gen_html.__file__).read_bytes() + Path(generate.__file__).read_bytes()
    folder = OUT / f"html-{count}-c{comments:g}-s{seed}-g{hashlib.sha256(code).hexdigest()[:8]}"
    manifest_file = generate.manifest_path(folder)
    if folder.is_dir() and manifest_file.is_file():
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        if len(list(folder.iterdir())) == manifest["pages"]:
            return folder, manifest
    shutil.rmtree(folder, ignore_errors=True)
    return folder, gen_html.generate_pages(folder, count, comments, seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--comments", type=float, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    folder, manifest = pages(args.pages, args.comments, args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="bench-html-"))
    try:
        root = bench_split.project(tmp / "site", folder)
        run = measure.run(measure.archive_argv("-q", "split"), root, measure.archive_env())
        written = bench_split.counts(root / "content")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    result = {"pages": manifest["pages"], "mb": manifest["bytes"] / 1e6,
              "kb_per_page": manifest["bytes"] / 1e3 / max(1, manifest["pages"]),
              "seconds": run.seconds, "cpu_seconds": run.cpu_seconds,
              "cpu_per_core_s": run.cpu_seconds / max(1, cores or 1),
              "peak_mb": run.memory_mb, "largest_process_mb": run.peak_mb, "exit": run.code,
              "written": written, "expected": {"posts": manifest["posts"],
                                               "comments": manifest["comments"]},
              "load": measure.load()}
    ok = run.seconds < 60 and run.memory_mb < 1024
    print("| pages | MB | kB/page | wall | CPU (all cores) | CPU / cores | peak memory | exit "
          "| posts / comments written (expected) | target |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
    print(f"| {result['pages']} | {result['mb']:.0f} | {result['kb_per_page']:.0f} "
          f"| {measure.fmt_s(run.seconds)} | {measure.fmt_s(run.cpu_seconds)} "
          f"| {measure.fmt_s(result['cpu_per_core_s'])} | {measure.fmt_mb(run.memory_mb)} "
          f"| {run.code} | {written['posts']} / {written['comments']} "
          f"({manifest['posts']} / {manifest['comments']}) "
          f"| {'met' if ok else 'MISSED'} (< 60 s, < 1 GB) |")
    print(f"\n{measure.load()}; {cores} cores; python {sys.version.split()[0]}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0 if run.code == 0 and written["posts"] == manifest["posts"] else 1


if __name__ == "__main__":
    sys.exit(main())
