"""Time `archive split` on generated dumps: posts per second, wall time, peak memory.

Takes: a post count and a seed (dumps from benchmarks/generate.py, cached under
benchmarks/out/), and the size of the single big dump.  Gives: a table on stdout
(and --json FILE) for three runs of the real CLI in a fresh temporary project:
a first split of N posts, a re-split that must change nothing, and one archive
dump of about 50 MB.  Targets printed beside: 10,000 posts < 10 s; 50 MB dump
< 60 s and < 1 GB.

    python benchmarks/bench_split.py [--posts 10000] [--big-mb 50] [--seed 1] [--json out.json]
    python benchmarks/bench_split.py --corpus   # parse time of tests/corpus + tests/dumps
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

import generate
import measure

OUT = Path(__file__).resolve().parent / "out"


def dumps(posts: int, comments: float, seed: int, big_mb: float = 0) -> tuple[Path, dict]:
    """Generated dumps, reused from benchmarks/out/ when the same ones exist already."""
    version = hashlib.sha256(Path(generate.__file__).read_bytes()).hexdigest()[:8]
    name = f"big-{big_mb:g}mb-s{seed}" if big_mb else f"dumps-{posts}-c{comments:g}-s{seed}"
    name += f"-g{version}"  # a changed generator makes new dumps
    folder = OUT / name
    manifest_file = generate.manifest_path(folder)
    if folder.is_dir() and manifest_file.is_file():
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        if len(list(folder.iterdir())) == manifest["dumps"]:
            return folder, manifest
    shutil.rmtree(folder, ignore_errors=True)
    return folder, generate.generate(folder, posts, comments, seed, big_mb)


def project(root: Path, seeds: Path, repo: Path = measure.REPO) -> Path:
    """A fresh archive project: the checkout's site.yaml, templates/ and static/, the
    dumps in seeds/."""
    root.mkdir(parents=True)
    shutil.copy(repo / "site.yaml", root / "site.yaml")
    for sub in ("templates", "static"):
        if (repo / sub).is_dir():
            shutil.copytree(repo / sub, root / sub)
    (root / "content").mkdir()
    (root / "seeds").mkdir()
    for dump in seeds.iterdir():
        target = root / "seeds" / dump.name
        try:
            target.hardlink_to(dump)
        except OSError:
            shutil.copy(dump, target)
    return root


def digest(content: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(content.rglob("*")):
        if f.is_file():
            h.update(f.relative_to(content).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def counts(content: Path) -> dict[str, int]:
    files = [f.name for f in content.rglob("*.md")]
    return {"posts": sum(n == "post.md" for n in files),
            "notes": sum(n.startswith("note-") for n in files),
            "comments": sum(n.startswith("comment-") for n in files)}


def split(root: Path, label: str, manifest: dict) -> dict[str, Any]:
    r = measure.run(measure.archive_argv("-q", "split"), root, measure.archive_env())
    got = counts(root / "content")
    expected_notes = sum(p["notes"] for f in manifest["files"] for p in f["posts"])
    result = {"case": label, "dumps": manifest["dumps"], "mb": manifest["bytes"] / 1e6,
              "posts": manifest["posts"], "comments": manifest["comments"],
              "seconds": r.seconds, "cpu_seconds": r.cpu_seconds, "peak_mb": r.memory_mb,
              "largest_process_mb": r.peak_mb,
              "exit": r.code,
              "posts_per_s": manifest["posts"] / r.seconds if r.seconds else 0,
              "written": got, "expected": {"posts": manifest["posts"], "notes": expected_notes,
                                           "comments": manifest["comments"]},
              "load": measure.load()}
    if r.code != 0:
        result["error"] = r.output.strip().splitlines()[-5:]
    return result


def target(case: str, r: dict[str, Any], posts: int) -> str:
    if r["exit"] not in (0, 1) or r["written"]["posts"] == 0:
        return "FAILED (no content written)"
    if case == "big":
        ok = r["seconds"] < 60 and r["peak_mb"] < 1024
        return f"{'met' if ok else 'MISSED'} (< 60 s, < 1 GB)"
    if case == "first":  # 10,000 posts in under 10 s is 1,000 posts a second
        return f"{'met' if r['posts_per_s'] >= 1000 else 'MISSED'} (>= 1,000 posts/s)"
    return "changes no byte" if r.get("unchanged") else "CHANGED content"


def table(results: dict[str, dict[str, Any]], posts: int) -> str:
    rows = ["| case | dumps | MB | posts | comments | wall | CPU | posts/s | peak memory | exit "
            "| written posts / notes / comments (expected) | target |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for case, r in results.items():
        w, e = r["written"], r["expected"]
        rows.append(
            f"| {r['case']} | {r['dumps']} | {r['mb']:.1f} | {r['posts']} | {r['comments']} "
            f"| {measure.fmt_s(r['seconds'])} | {measure.fmt_s(r['cpu_seconds'])} "
            f"| {r['posts_per_s']:.0f} "
            f"| {measure.fmt_mb(r['peak_mb'])} | {r['exit']} "
            f"| {w['posts']} / {w['notes']} / {w['comments']} "
            f"({e['posts']} / {e['notes']} / {e['comments']}) | {target(case, r, posts)} |")
    return "\n".join(rows)


def corpus(rounds: int = 5) -> dict[str, Any]:
    """Parse every dump of the test corpus (tests/corpus, tests/dumps) in this process,
    caches emptied each round: the best of `rounds` wall times, so that other load on the
    machine counts least."""
    import time

    from builder.config import DEFAULT_MARKERS
    from builder.split.lines import marker_regex
    from builder.split.read import read_dump

    tests = measure.REPO / "tests"
    files = sorted([*tests.glob("corpus/*.txt"), *tests.glob("dumps/*.txt")])
    data = [(f.name, f.read_bytes()) for f in files]
    markers = marker_regex(DEFAULT_MARKERS)
    times = []
    for _ in range(rounds):
        for module in [m for n, m in sys.modules.items() if n.startswith("builder.split")]:
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()  # every round starts cold, as a fresh `archive split`
        start = time.perf_counter()
        for name, raw in data:
            read_dump(raw, name, markers)
        times.append(time.perf_counter() - start)
    return {"dumps": len(data), "mb": sum(len(d) for _, d in data) / 1e6,
            "best_s": min(times), "median_s": sorted(times)[len(times) // 2]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=10000)
    ap.add_argument("--comments", type=float, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--big-mb", type=float, default=50, help="0 skips the big dump")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--keep", action="store_true", help="keep the temporary projects")
    ap.add_argument("--corpus", action="store_true",
                    help="only time the parse of the test corpus (tests/corpus, tests/dumps)")
    args = ap.parse_args(argv)
    if args.corpus:
        r = corpus()
        print(f"test corpus: {r['dumps']} dumps, {r['mb']:.2f} MB: parse best "
              f"{r['best_s']:.3f} s, median {r['median_s']:.3f} s (of 5)")
        return 0

    results: dict[str, dict[str, Any]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="bench-split-"))
    try:
        seeds, manifest = dumps(args.posts, args.comments, args.seed)
        root = project(tmp / "many", seeds)
        results["first"] = split(root, f"split {args.posts} posts", manifest)
        before = digest(root / "content")
        results["again"] = split(root, "split again (no change)", manifest)
        results["again"]["unchanged"] = digest(root / "content") == before
        print(table(results, args.posts), flush=True)
        if args.big_mb:
            seeds, manifest = dumps(0, 0, args.seed, args.big_mb)
            root = project(tmp / "big", seeds)
            results["big"] = split(root, f"one {args.big_mb:g} MB dump", manifest)
    finally:
        if args.keep:
            print(f"projects kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print()
    print(table(results, args.posts))
    print(f"\n{measure.load()}; python {sys.version.split()[0]}")
    for r in results.values():
        if "error" in r:
            print(f"{r['case']}: exit {r['exit']}: " + " | ".join(r["error"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0 if all(r["exit"] in (0, 1) and r["written"]["posts"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
