"""Time `archive split` on one big Blogger export: wall time, CPU time, peak memory.

Takes: post counts (an export of N posts and about 6N comments is made by
benchmarks/gen_export.py and cached under benchmarks/out/).  Gives: a table on
stdout (and --json FILE): for each N, the real CLI in a fresh temporary project
splitting the one export file, with the files written checked against the
generator's counts.  Peak memory is that of the child process (GNU time / rusage,
see measure.py).  Target printed beside: 100,000 posts + 600,000 comments in
< 60 s with < 1 GB; smaller runs are extrapolated linearly to that size.

    python benchmarks/bench_export.py [--posts 1000,10000] [--takeout] [--json out.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_export
import generate
import measure
from bench_split import counts, project

OUT = Path(__file__).resolve().parent / "out"
TARGET_POSTS = 100_000


def export(posts: int, comments: float, seed: int, takeout: bool) -> tuple[Path, dict[str, int]]:
    """A folder holding one generated export, reused from benchmarks/out/ when it exists."""
    sources = b"".join(Path(m.__file__).read_bytes() for m in (gen_export, generate))
    version = hashlib.sha256(sources).hexdigest()[:8]
    kind = "takeout" if takeout else "legacy"
    folder = OUT / f"export-{kind}-{posts}-c{comments:g}-s{seed}-g{version}"
    manifest = folder.with_name(folder.name + ".manifest.json")  # beside, not in, seeds
    if not manifest.is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        file = folder / ("feed.atom" if takeout else f"blog-{posts}.xml")
        gen_export.main([str(file), "--posts", str(posts), "--comments", str(comments),
                         "--seed", str(seed), "--manifest", str(manifest),
                         *(["--takeout"] if takeout else [])])
    return folder, json.loads(manifest.read_text(encoding="utf-8"))


def split(root: Path, made: dict[str, int]) -> dict[str, Any]:
    r = measure.run(measure.archive_argv("-q", "split"), root, measure.archive_env())
    got = counts(root / "content")
    scale = TARGET_POSTS / made["posts"]
    return {"posts": made["posts"], "comments": made["comments"], "mb": made["bytes"] / 1e6,
            "seconds": r.seconds, "cpu_seconds": r.cpu_seconds, "peak_mb": r.memory_mb,
            "exit": r.code, "written": got,
            "at_100k_seconds": r.seconds * scale, "at_100k_cpu_seconds": r.cpu_seconds * scale,
            "load": measure.load(), "tail": r.output.strip().splitlines()[-3:]}


def table(results: list[dict[str, Any]]) -> str:
    rows = ["| posts | comments | MB | wall | CPU | peak memory | exit | written posts / comments "
            "| linear to 100,000 posts (wall / CPU) |",
            "|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in results:
        rows.append(f"| {r['posts']} | {r['comments']} | {r['mb']:.1f} "
                    f"| {measure.fmt_s(r['seconds'])} | {measure.fmt_s(r['cpu_seconds'])} "
                    f"| {measure.fmt_mb(r['peak_mb'])} | {r['exit']} "
                    f"| {r['written']['posts']} / {r['written']['comments']} "
                    f"| {measure.fmt_s(r['at_100k_seconds'])} / "
                    f"{measure.fmt_s(r['at_100k_cpu_seconds'])} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", default="1000,10000", help="comma-separated post counts")
    ap.add_argument("--comments", type=float, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--takeout", action="store_true", help="a Takeout feed.atom, not legacy")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    results = []
    tmp = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        for n in (int(x) for x in args.posts.split(",")):
            folder, made = export(n, args.comments, args.seed, args.takeout)
            results.append(split(project(tmp / f"p{n}", folder), made))
            print(table(results[-1:]), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(table(results))
    print(measure.load())
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
