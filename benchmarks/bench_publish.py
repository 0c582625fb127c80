"""Time `archive publish`'s git part on a large synthetic site (no build).

    .venv/bin/python benchmarks/bench_publish.py [--files 20000] [--kb 6]

Makes a source repository and a bare remote in a temporary folder, publishes a
folder of N HTML pages (the first publish), changes 1% of them and publishes
again, and prints the seconds of each step and the peak memory of this process
(git runs in child processes: their memory is not counted).
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from builder.config import SiteConfig
from builder.pages_git import Repo
from builder.publish import find_target, publish_folder
from builder.report import Reporter


def make_site(site: Path, files: int, kb: int, version: str) -> None:
    filler = ("<p>" + "lorem ipsum dolor sit amet " * 36 + "</p>\n") * max(1, kb)
    for n in range(files):
        page = site / f"{n // 100:04d}" / f"{n:06d}" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        body = f"<h1>Post {n} {version if n % 100 == 0 else ''}</h1>\n{filler}"
        page.write_text(f"<!doctype html><title>{n}</title>{body}", encoding="utf-8")
    (site / "index.html").write_text("<!doctype html><title>home</title>", encoding="utf-8")


def publish(repo: Repo, site: Path, config: SiteConfig) -> float:
    started = time.perf_counter()
    reporter = Reporter(stream=io.StringIO())
    target = find_target(repo, "origin", "gh-pages", False, reporter)
    publish_folder(repo, target, site, config, reporter=reporter)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--kb", type=int, default=6)
    args = parser.parse_args()
    os.environ.setdefault("GIT_AUTHOR_NAME", "bench")
    os.environ.setdefault("GIT_AUTHOR_EMAIL", "bench@example.org")
    os.environ.setdefault("GIT_COMMITTER_NAME", "bench")
    os.environ.setdefault("GIT_COMMITTER_EMAIL", "bench@example.org")
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as tmp:
        root, site = Path(tmp) / "src", Path(tmp) / "site"
        subprocess.run(["git", "init", "-q", "--bare", f"{tmp}/remote.git"], check=True)
        subprocess.run(["git", "init", "-q", str(root)], check=True)
        subprocess.run(["git", "remote", "add", "origin", f"{tmp}/remote.git"], cwd=root,
                       check=True)
        config = SiteConfig(root=root, base_url="/")
        make_site(site, args.files, args.kb, "v1")
        size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        first = publish(Repo(root), site, config)
        make_site(site, args.files, args.kb, "v2")
        second = publish(Repo(root), site, config)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"site: {args.files + 1:,} files, {size / 1e6:.1f} MB")
        print(f"first publish (all files new): {first:.2f} s")
        print(f"second publish (1% changed):   {second:.2f} s")
        print(f"peak memory of this process:   {peak:.0f} MB")


if __name__ == "__main__":
    main()
