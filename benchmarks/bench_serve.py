"""Edit-to-page latency of `archive serve`, measured in Chromium.

For each archive size: start the real `archive serve` on a copy of the project,
open a post in headless Chromium, then 10 times: rewrite the post's content file
with a new sentence and wait until the open page shows it (no browser action).
Prints the median and the spread of:

  page    write -> DOMContentLoaded of the reloaded page that has the new text
          (browser clock; the moment the browser has the new text)
  seen    write -> Playwright sees the text (adds its own polling round-trips)
  build   the server's own "built in" time for that edit
  first   the server's own time to put the edited post's page in place, before
          the rest of that build (builder.preview; how many edits had one)
  cpu     CPU seconds (user + system) the server and its build process used from
          the write to the page showing the text (the machine may be shared:
          this moves far less than the wall times)

Usage:
  .venv/bin/python benchmarks/bench_serve.py                 # 20 and 1,000 posts
  .venv/bin/python benchmarks/bench_serve.py --posts 10000   # any sizes
  .venv/bin/python benchmarks/bench_serve.py --site .        # a copy of a real project
  .venv/bin/python benchmarks/bench_serve.py --posts 10000 --workdir /tmp/bench
      # generate into /tmp/bench/site-10000 once and reuse it on later runs
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
EDITS = 10
_TEXT = ("the of and to in a is that for on with as was by it from at his an have are "
         "russia iran syria war oil talks army navy deal report minister border "
         "forces crisis election market summit sanctions")
WORDS = tuple(_TEXT.split(" "))
TAGS = [f"Topic {n}" for n in range(60)]

SITE_YAML = """\
title: "Benchmark archive"
base_url: "https://example.github.io/blog-archive/"
permalink: "{year}/{month}/{id}/"
"""


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def post_file(post_id: str, date: str, tags: list[str], body: str) -> str:
    tag_list = ", ".join(f'"{t}"' for t in tags)
    return f"""---
type: post
id: {post_id}
title: "Post {post_id}"
date: "{date}"
author: null
tags: [{tag_list}]
source: "000_bench.txt"
source_index: 1
read_more: false
comment_count: 5
---
{body}
"""


def comment_file(post_id: str, n: int, parent: str | None, text: str) -> str:
    parent_yaml = parent if parent else "null"
    return f"""---
type: comment
id: c{n}
post: {post_id}
author: "Reader {n}"
date: "2016-01-0{1 + n % 9}T08:0{n % 10}"
parent: {parent_yaml}
removed: false
order: {n}
---
{text}
"""


def generate(root: Path, posts: int, seed: int = 7) -> str:
    """A project with `posts` posts (5 comments each); returns one post's id."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    for sub in ("templates", "static"):
        if (REPO / sub).is_dir():
            shutil.copytree(REPO / sub, root / sub)
    (root / "seeds").mkdir(exist_ok=True)
    for i in range(posts):
        year = 2008 + i % 10
        date = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        post_id = f"post-{i:06d}"
        folder = root / "content" / str(year) / post_id
        folder.mkdir(parents=True)
        body = "\n\n".join(sentence(rng, rng.randint(20, 60)) for _ in range(rng.randint(3, 8)))
        tags = rng.sample(TAGS, rng.randint(1, 3))
        (folder / "post.md").write_text(post_file(post_id, date, tags, body), encoding="utf-8")
        for n in range(1, 6):
            parent = f"c{n - 1}" if n > 1 and rng.random() < 0.4 else None
            (folder / f"comment-{n}.md").write_text(
                comment_file(post_id, n, parent, sentence(rng, rng.randint(8, 40))),
                encoding="utf-8")
    return f"post-{posts // 2:06d}"


class Server:
    def __init__(self, root: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(REPO))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "builder", "--site", str(root), "serve", "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        self.lines: list[str] = []
        self.url = ""
        self.started = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip())
            found = re.match(r"serving on (\S+)", line)
            if found:
                self.url = found.group(1)
                self.started.set()

    def build_times(self) -> list[float]:
        return [float(m.group(1)) for line in self.lines
                if (m := re.match(r"built in ([\d.]+) s", line))]

    def preview_times(self) -> list[float]:
        """The server's own "showed <page> in N s" times: an edit's page put in place
        before the rest of its build (builder.preview)."""
        return [float(m.group(1)) for line in self.lines
                if (m := re.match(r"showed \S+ in ([\d.]+) s", line))]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def tree_cpu(pid: int) -> float:
    """CPU seconds of a process and its descendants, those reaped included."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(entry)] = fields
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        one = todo.pop()
        if one in stats:  # utime, stime, cutime, cstime
            total += sum(int(x) for x in stats[one][11:15])
        todo.extend(children.get(one, []))
    return total / tick


def find_post(root: Path, post_id: str | None) -> tuple[Path, str]:
    """A post file to edit and its URL path under the base path."""
    files = sorted(root.glob("content/*/*/post.md"))
    if post_id:
        files = [f for f in files if f.parent.name == post_id] or files
    path = files[len(files) // 2]
    text = path.read_text(encoding="utf-8")
    date = re.search(r'^date: "?(\d{4})-(\d{2})', text, re.M)
    pid = re.search(r"^id: (\S+)", text, re.M)
    assert pid is not None
    where = f"{date.group(1)}/{date.group(2)}" if date else "undated"
    return path, f"{where}/{pid.group(1)}/"


def measure(root: Path, post_id: str | None, label: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    post, rel = find_post(root, post_id)
    original = post.read_text(encoding="utf-8")
    started = time.perf_counter()
    server = Server(root)
    try:
        if not server.started.wait(1800):
            raise SystemExit("serve did not start:\n" + "\n".join(server.lines))
        first_build = time.perf_counter() - started
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                         args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.add_init_script("document.addEventListener('DOMContentLoaded',"
                                 " () => { window.__dcl = Date.now(); });")
            page.goto(server.url + rel)
            seen, shown, cpu = [], [], []
            for n in range(EDITS):
                page.wait_for_function("() => window.LiveReload && window.LiveReload.connector"
                                       " && window.LiveReload.connector._isSocketConnected()",
                                       timeout=60_000)
                time.sleep(0.3)
                marker = f"Benchmark edit number {n} at {time.time():.3f}."
                text = original.rstrip("\n") + f"\n\n{marker}\n"
                wall, t0 = time.time(), time.perf_counter()
                cpu0 = tree_cpu(server.proc.pid)
                post.write_text(text, encoding="utf-8")
                try:
                    page.wait_for_function("t => document.body && document.body.innerText"
                                           ".includes(t)", arg=marker, timeout=900_000,
                                           polling=10)
                except Exception:
                    print("\n".join(server.lines[-30:]), file=sys.stderr)
                    raise
                cpu.append(tree_cpu(server.proc.pid) - cpu0)
                seen.append(time.perf_counter() - t0)
                shown.append(page.evaluate("window.__dcl") / 1000 - wall)
            browser.close()
        builds = server.build_times()[1:]
        previews = server.preview_times()
    finally:
        server.stop()
        post.write_text(original, encoding="utf-8")
    result = {"first build + start": first_build, "page": statistics.median(shown),
              "page max": max(shown), "seen": statistics.median(seen),
              "build": statistics.median(builds) if builds else float("nan"),
              "first": statistics.median(previews) if previews else float("nan"),
              "previews": len(previews),
              "cpu": statistics.median(cpu)}
    print(f"{label:>22}: page {result['page']:.3f} s (max {result['page max']:.3f}), "
          f"seen {result['seen']:.3f} s, build {result['build']:.3f} s, "
          f"edited page first {result['first']:.3f} s ({result['previews']} of {EDITS}), "
          f"cpu {result['cpu']:.2f} s, "
          f"first build + start {first_build:.1f} s, {len(builds)} rebuilds", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, nargs="*", default=[20, 1000])
    parser.add_argument("--site", type=Path, help="measure a copy of this project instead")
    parser.add_argument("--workdir", type=Path,
                        help="keep generated archives here (site-N) and reuse them "
                             "(generating 10,000 posts takes minutes)")
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"edit-to-page latency, median of {EDITS} edits "
          f"({os.cpu_count()} cores, load average {load}, Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        if args.site:
            root = Path(tmp) / "site"
            shutil.copytree(args.site, root, ignore=shutil.ignore_patterns(
                "_site", ".venv", ".git", ".cache", "node_modules"))
            measure(root, None, f"project {args.site.name or args.site.resolve().name}")
            return
        for posts in args.posts:
            root = (args.workdir or Path(tmp)) / f"site-{posts}"
            done = root / ".generated"
            if args.workdir is None or not done.is_file():
                shutil.rmtree(root, ignore_errors=True)
                generate(root, posts)
                done.write_text(f"post-{posts // 2:06d}\n", encoding="utf-8")
            measure(root, done.read_text(encoding="utf-8").strip(), f"{posts:,} posts")
            if args.workdir is None:
                shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
