"""Where the bytes of a built site go: a table by kind of page, and the largest files.

Takes: a content/ folder (e.g. /work/bench/content-10000, from `generate.py --content`)
and a checkout whose builder/, templates/ and static/ build it (default: this one);
or, with --site, an already built site to measure.  Gives: the build's wall time, CPU
time and peak memory, then a Markdown table on stdout (and --json FILE): files, bytes
and bytes per file of post pages, commenter pages, tag pages, the archive (date
pages), home pagination, search, static files, redirect pages and the rest; and the
largest single files.

The project is made under benchmarks/out/size-N-LABEL/ (git-ignored): the checkout's
templates/ and static/, a site.yaml of this script's (sub-path base URL, 10 posts a
page), and a copy of the content (the input folder is never written).  Run at 50,000
posts or more under `flock /work/big.lock`.

    python benchmarks/bench_size.py --content /work/bench/content-10000 [--builder DIR]
                                    [--label after] [--copied] [--json FILE]
    python benchmarks/bench_size.py --site path/to/_site
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure

HERE = Path(__file__).resolve().parent
SITE_YAML = """\
title: "Benchmark archive"
base_url: "https://example.github.io/blog-archive/"
language: en
timezone: UTC
permalink: "{year}/{month}/{id}/"
page_size: 10
"""

KINDS = ("post pages", "commenter pages", "commenter index", "tag pages", "archive",
         "home pagination", "search", "static", "redirects", "other")
POST_PAGE = re.compile(r"^(\d{4}/\d{2}|undated)/[^/]+/index\.html$")
DATE_PAGE = re.compile(r"^(archive/|\d{4}/(\d{2}/)?index\.html$|undated/index\.html$)")
REDIRECT_MARK = b"data-redirect="


def kind_of(name: str, head: bytes) -> str:
    """The kind of page a site file is, from its path (and, for redirect pages, the
    mark the redirect template puts on its <html> element)."""
    if REDIRECT_MARK in head:
        return "redirects"
    if name.startswith(("pagefind/", "search/")):
        return "search"
    if name.startswith("static/"):
        return "static"
    if name.startswith("commenters/"):
        return "commenter index" if name.count("/") == 1 else "commenter pages"
    if name.startswith("tags/"):
        return "tag pages"
    if name == "index.html" or name.startswith("page/"):
        return "home pagination"
    if POST_PAGE.match(name):
        return "post pages"
    if DATE_PAGE.match(name):
        return "archive"
    return "other"


def measure_site(site: Path) -> dict[str, object]:
    files: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    every: list[tuple[int, str]] = []
    for folder, _dirs, names in os.walk(site):
        for base in names:
            path = os.path.join(folder, base)
            name = os.path.relpath(path, site).replace(os.sep, "/")
            size = os.path.getsize(path)
            head = b""
            if base.endswith(".html"):
                with open(path, "rb") as f:
                    head = f.read(200)
            kind = kind_of(name, head)
            files[kind] += 1
            sizes[kind] += size
            every.append((size, name))
    every.sort(reverse=True)
    return {"kinds": {k: {"files": files[k], "bytes": sizes[k]} for k in KINDS},
            "total": {"files": sum(files.values()), "bytes": sum(sizes.values())},
            "largest": [{"name": n, "bytes": s} for s, n in every[:8]]}


def mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def table(result: dict[str, object]) -> str:
    kinds = result["kinds"]
    total = result["total"]
    assert isinstance(kinds, dict) and isinstance(total, dict)
    rows = ["| kind | files | bytes | per file | share |", "|---|---:|---:|---:|---:|"]
    for kind in KINDS:
        k = kinds[kind]
        if not k["files"]:
            continue
        rows.append(f"| {kind} | {k['files']:,} | {mb(k['bytes'])} "
                    f"| {k['bytes'] / k['files'] / 1000:.1f} kB "
                    f"| {100 * k['bytes'] / max(total['bytes'], 1):.0f} % |")
    rows.append(f"| **total** | {total['files']:,} | {mb(total['bytes'])} | | |")
    largest = result["largest"]
    assert isinstance(largest, list)
    rows.append("")
    rows.append("largest files: " + ", ".join(f"{f['name']} {mb(f['bytes'])}" for f in largest))
    return "\n".join(rows)


def build(content: Path, builder: Path, label: str, copied: bool = False
          ) -> tuple[Path, measure.Run]:
    """Build the project out/size-LABEL; with `copied`, its content/ is already a copy
    of `content` (made beforehand, outside `flock`: 3 GB at 100,000 posts)."""
    root = HERE / "out" / f"size-{label}"
    if copied and (root / "content").is_dir():
        for name in ("site.yaml", "templates", "static", "seeds", "_site", ".cache"):
            path = root / name
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
    else:
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        shutil.copytree(content, root / "content")
    (root / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    for sub in ("templates", "static"):
        shutil.copytree(builder / sub, root / sub)
    (root / "seeds").mkdir()
    run = measure.run(measure.archive_argv("-q", "build"), root, measure.archive_env(builder))
    if not run.ok:
        raise SystemExit(f"build failed (exit {run.code}):\n{run.output}")
    return root / "_site", run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--content", type=Path, help="a content/ folder to build (copied)")
    ap.add_argument("--site", type=Path, help="measure this built site instead")
    ap.add_argument("--builder", type=Path, default=measure.REPO,
                    help="checkout whose builder/, templates/ and static/ build the site")
    ap.add_argument("--label", default="", help="names the project folder under out/")
    ap.add_argument("--copied", action="store_true",
                    help="out/size-N-LABEL/content is already a copy of --content")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if args.site is None and args.content is None:
        ap.error("give --content or --site")
    print(measure.load(), flush=True)
    report: dict[str, object] = {}
    site = args.site
    if site is None:
        posts = sum(1 for _ in args.content.glob("*/*/post.md"))
        label = f"{posts}" + (f"-{args.label}" if args.label else "")
        site, run = build(args.content, args.builder.resolve(), label, args.copied)
        print(f"{posts:,} posts: built in {measure.fmt_s(run.seconds)} wall, "
              f"{measure.fmt_s(run.cpu_seconds)} CPU, peak {measure.fmt_mb(run.memory_mb)}",
              flush=True)
        report["build"] = {"posts": posts, "seconds": run.seconds, "cpu": run.cpu_seconds,
                           "peak_mb": run.memory_mb}
    report.update(measure_site(site))
    print(table(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
