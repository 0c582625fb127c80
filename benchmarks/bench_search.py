"""Benchmark the search index: 10,000 generated posts with about 60,000 comments.

Reports index time (wall and the Pagefind process's CPU), peak memory (ours and the
Pagefind process's), index size on disk, and the bytes Chromium transfers for a first
query (summed from network events; served under /REPO/ and gzipped like GitHub Pages
gzips text files; Pagefind's own index files are gzipped already), for a rare word,
a common word and a commenter's name.

    .venv/bin/python benchmarks/bench_search.py [--posts 10000] [--shards N] [--keep DIR] [--json]
        [--content DIR] [--no-browser]

`--shards N` splits the index into N shards (0, the default: as `search_shards: auto`
would); peak memory is then reported per shard and summed over the shards that
run at once.  `--content DIR` indexes a content folder (an archive's content/) in
place of generated posts; `--no-browser` skips the first queries.  The timeline says
when each shard's Pagefind ran and when its bundle was made (seconds from the start).
BENCH_REPO=/path/to/checkout measures another checkout's `builder` (main's, say).

Targets (issue 4): first query < 300 kB; indexing < 30 s and < 2 GB.
"""

from __future__ import annotations

import argparse
import collections.abc
import contextlib
import functools
import gzip
import http.server
import io
import itertools
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(os.environ.get("BENCH_REPO") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(REPO))

from builder.model import Archive, Comment, Note, Post  # noqa: E402
from builder.report import Reporter  # noqa: E402
from builder.search import parallel_shards, text_size, write_search_index  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BASE = "/REPO/"


# -- a generated archive ----------------------------------------------------------------

def _vocabulary(rng: random.Random) -> list[str]:
    """Real words from the test corpus (frequent) followed by made-up rare words."""
    counts: Counter[str] = Counter()
    for path in sorted((REPO / "tests" / "corpus").glob("*.txt")):
        for word in path.read_text(encoding="utf-8", errors="replace").split():
            word = word.strip(".,;:!?\"'()[]").lower()
            if word.isalpha():
                counts[word] += 1
    words = dict.fromkeys(word for word, _ in counts.most_common())
    letters = "abcdefghijklmnopqrstuvwxyz"
    while len(words) < 40_000:
        words["".join(rng.choice(letters) for _ in range(rng.randint(4, 11)))] = None
    return list(words)


class Generator:
    """Zipf-distributed words, names and tags; deterministic for one seed."""

    def __init__(self, seed: int = 4) -> None:
        self.rng = random.Random(seed)
        self.words = _vocabulary(self.rng)
        self.cum = list(itertools.accumulate(1 / (i + 1) for i in range(len(self.words))))
        first = ["Harlan", "Mila", "Jon", "Ana", "Piotr", "Lena", "Omar", "Kai", "Ines", "Tom"]
        self.names = ["Anonymous"] + [f"{self.rng.choice(first)} {w.title()}"
                                      for w in self.rng.sample(self.words[2000:], 3000)]
        self.name_cum = list(itertools.accumulate(1 / (i + 1) for i in range(len(self.names))))
        self.tags = [w.title() for w in self.rng.sample(self.words[300:3000], 200)]

    def text(self, low: int, high: int) -> str:
        words = self.rng.choices(self.words, cum_weights=self.cum, k=self.rng.randint(low, high))
        sentences = [" ".join(words[i:i + 14]).capitalize() + "." for i in range(0, len(words), 14)]
        return " ".join(sentences)

    def post(self, n: int) -> Post:
        rng = self.rng
        post_id = f"post-{n}"
        date = f"{2008 + n % 13}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        body = "\n\n".join(self.text(20, 60) for _ in range(rng.randint(3, 7)))
        notes = tuple(Note(post=post_id, marker="WNU Editor:", order=i + 1,
                           body=self.text(15, 60), path="")
                      for i in range(1 if rng.random() < 0.4 else 0))
        comments = tuple(
            Comment(id=f"c{i + 1}", post=post_id,
                    author=rng.choices(self.names, cum_weights=self.name_cum)[0],
                    date=None, parent=None, removed=False, order=i + 1,
                    body=self.text(8, 70), path="")
            for i in range(rng.choice((0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12))))
        return Post(id=post_id, title=self.text(4, 9).rstrip("."), date=date, author=None,
                    tags=tuple(rng.sample(self.tags, rng.randint(1, 3))), source="gen",
                    source_index=n, read_more=False, comment_count=len(comments), body=body,
                    path="", notes=notes, comments=comments)


def generate(count: int) -> Archive:
    gen = Generator()
    return Archive(posts=tuple(gen.post(n) for n in range(count)))


# -- measuring ----------------------------------------------------------------------------

def index(archive: Archive, site: Path, shards: int) -> dict[str, Any]:
    started, ours = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    timeline: list[tuple[str, float, float]] = []
    with _timed("pagefind", timeline, started), _timed("bundle", timeline, started):
        results = write_search_index(
            archive, lambda p: f"{BASE}{(p.date or '0000-00')[:4]}/{(p.date or '0000-00')[5:7]}"
                               f"/{p.id}/", site, "en", Reporter(verbosity=0),
            shards=shards or None)
    seconds = time.perf_counter() - started
    peaks = sorted((r.peak_bytes for r in results), reverse=True)
    sizes = _shard_sizes(archive, len(results))
    at_once = parallel_shards(sizes)
    files = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    after = resource.getrusage(resource.RUSAGE_SELF)
    python_cpu = after.ru_utime + after.ru_stime - ours.ru_utime - ours.ru_stime
    return {
        "index_seconds": round(seconds, 1),
        "pagefind_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
        "pagefind_system_seconds": round(usage.ru_stime, 1),
        "pagefind_page_faults": usage.ru_minflt + usage.ru_majflt,
        "python_cpu_seconds": round(python_cpu, 1),
        "pagefind_peak_mb": round(usage.ru_maxrss / 1024),
        "shards": len(results),
        "shards_at_once": at_once,
        "pagefind_peak_sum_mb": round(sum(peaks[:at_once]) / 2**20),
        "shard_peaks_mb": [round(r.peak_bytes / 2**20) for r in results],
        "shard_seconds": [round(r.seconds, 1) for r in results],
        "shard_text_mchars": [round(size / 1e6, 2) for size in sizes],
        "peak_bytes_per_char": round(max(r.peak_bytes / size
                                         for r, size in zip(results, sizes, strict=True))),
        "python_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "index_mb_on_disk": round(sum(p.stat().st_size for p in files) / 1e6, 1),
        "index_files": len(files),
        "timeline": [f"{what} {start:.1f}-{end:.1f}" for what, start, end in sorted(
            timeline, key=lambda t: t[1])],
    }


@contextlib.contextmanager
def _timed(what: str, timeline: list[tuple[str, float, float]], zero: float) -> Iterator[None]:
    """Note when each call of builder.search's `index_documents` (Pagefind) or
    `bundle_files` (our post-processing) starts and ends."""
    import builder.search

    name = {"pagefind": "index_documents", "bundle": "bundle_files"}[what]
    real = getattr(builder.search, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter() - zero
        try:
            return real(*args, **kwargs)
        finally:
            timeline.append((what, start, time.perf_counter() - zero))

    setattr(builder.search, name, timed)
    try:
        yield
    finally:
        setattr(builder.search, name, real)


def _shard_sizes(archive: Archive, count: int) -> list[int]:
    from builder.search import shard_posts

    return [sum(text_size(p) for p in posts) for posts in shard_posts(archive.posts, count)]


def search_page(site: Path) -> None:
    """The search page's markup as templates/search.html renders it (in English), with
    search.js."""
    import jinja2

    from builder.i18n import load_language

    shutil.copytree(REPO / "static", site / "static", dirs_exist_ok=True)
    template = (REPO / "templates" / "search.html").read_text(encoding="utf-8")
    content = template.split("{% block content %}")[1].split("{% endblock %}")[0]
    shards = " ".join(sorted((p.name[1:] for p in (site / "pagefind").glob("s[0-9]*")), key=int))
    language = load_language("en")
    content = jinja2.Environment(autoescape=True).from_string(content).render(
        _=lambda message, **values: language.gettext(message) % values if values
        else language.gettext(message),
        plurals=language.plurals, url=lambda path: BASE + path, search_url=f"{BASE}search/",
        search_shards=shards)
    csp = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
           "connect-src 'self'; form-action 'self'; base-uri 'none'")
    (site / "search").mkdir(exist_ok=True)
    (site / "search" / "index.html").write_text(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}"><title>Search</title>'
        f'</head><body><main>{content}</main>'
        f'<script src="{BASE}static/search.js"></script></body></html>', encoding="utf-8")


_SERVED: dict[str, int] = {}  # path -> body bytes the server sent (a cross-check)
COMPRESSED = (".js", ".css", ".html", ".json", ".svg", ".xml")  # what GitHub Pages gzips


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under /REPO/ and, like GitHub Pages, gzips text responses."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def translate_path(self, path: str) -> str:
        if not path.startswith(BASE):
            return str(Path(self.directory) / "__outside__")
        return super().translate_path("/" + path[len(BASE):])

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path.split("?", 1)[0]))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def copyfile(self, source: Any, outputfile: Any) -> None:
        data = source.read()
        _SERVED[self.path.split(BASE, 1)[-1]] = len(data)
        outputfile.write(data)


def serve(site: Path) -> collections.abc.Generator[str, None, None]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{BASE}"
    finally:
        server.shutdown()
        server.server_close()


def first_query_bytes(base: str, site: Path, queries: dict[str, str]) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for label, query in queries.items():
                out[label] = _one_query(browser, base, site, query)
        finally:
            browser.close()
    return out


def _one_query(browser: Any, base: str, site: Path, query: str) -> dict[str, Any]:
    """Bytes of every response Chromium received (page and its Pagefind web worker)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        sizes: dict[str, int] = {}

        def finished(request: Any) -> None:
            size = request.sizes()
            name = request.url.split(base, 1)[-1]
            sent = size["responseBodySize"] + size["responseHeadersSize"]
            sizes[name] = sizes.get(name, 0) + sent

        context.on("requestfinished", finished)
        _SERVED.clear()
        started = time.perf_counter()
        page.goto(f"{base}search/?q={query}")
        page.wait_for_function("() => /found|Showing|Nothing/.test("
                               "document.getElementById('search-status').textContent)",
                               timeout=60_000)
        seconds = time.perf_counter() - started
        page.wait_for_timeout(500)
        results = page.locator("#search-results > li").count()
        served = dict(_SERVED)
        # The worker script's body is missing from Chromium's events: count the larger of
        # what the browser reported and the body the server sent, file by file.
        for name, body in served.items():
            sizes[name] = max(sizes.get(name, 0), body)
        total = sum(sizes.values())
        return {"query": query, "results": results, "seconds": round(seconds, 2),
                "total_kb": round(total / 1000, 1),
                "pagefind_kb": round(sum(v for k, v in sizes.items()
                                         if k.startswith("pagefind/")) / 1000, 1),
                "server_sent_kb": round(sum(served.values()) / 1000, 1),
                "files": {k: round(v / 1000, 1) for k, v in sorted(sizes.items())},
                "not_seen_by_browser_events": sorted(set(served) - set(sizes))}
    finally:
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--shards", type=int, default=0, help="0: as search_shards: auto")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--content", type=Path, help="index this content folder")
    parser.add_argument("--no-browser", action="store_true", help="no first queries")
    args = parser.parse_args()

    started = time.perf_counter()
    if args.content:
        from builder.load import load_archive

        archive = load_archive(args.content)
    else:
        archive = generate(args.posts)
    comments = sum(len(p.comments) for p in archive.posts)
    notes = sum(len(p.notes) for p in archive.posts)
    words = sum(len(p.body.split()) + sum(len(n.body.split()) for n in p.notes)
                + sum(len(c.body.split()) for c in p.comments) for p in archive.posts)
    report: dict[str, Any] = {"posts": len(archive.posts), "comments": comments, "notes": notes,
                              "words": words,
                              "generate_seconds": round(time.perf_counter() - started, 1)}
    site = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        report.update(index(archive, site, args.shards))
        if args.no_browser:
            report["first_query"] = {}
            return _report(report, args.json)
        search_page(site)
        post = archive.posts[len(archive.posts) // 2]
        rare = max(post.body.split(), key=len).strip(".").lower()
        name = next(c.author for p in archive.posts for c in p.comments
                    if c.author != "Anonymous").split()[-1]
        commonest = Counter(c.author for p in archive.posts for c in p.comments).most_common(1)
        for served in [serve(site)]:
            base = next(served)
            report["first_query"] = first_query_bytes(
                base, site, {"rare word": rare, "common word": "the", "and": "and",
                             "commonest name": commonest[0][0], "commenter": name,
                             "rare word, by date": f"{rare}&sort=date",
                             "the, by date": "the&sort=date"})
            served.close()
    finally:
        if not args.keep:
            shutil.rmtree(site, ignore_errors=True)
    return _report(report, args.json)


def _report(report: dict[str, Any], as_json: bool) -> int:
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return 0


def _print(report: dict[str, Any]) -> None:
    print(f"{report['posts']:,} posts, {report['comments']:,} comments, {report['notes']:,} "
          f"notes, {report['words']:,} words (generated in {report['generate_seconds']} s)")
    print(f"index: {report['index_seconds']} s (CPU: Pagefind {report['pagefind_cpu_seconds']} s, "
          f"Python {report['python_cpu_seconds']} s)"
          f"; peak memory: Pagefind "
          f"{report['pagefind_peak_mb']:,} MB (one process; {report['shards']} shard(s), "
          f"{report['shards_at_once']} at once: {report['pagefind_peak_sum_mb']:,} MB), "
          f"Python {report['python_peak_mb']:,} MB; "
          f"on disk {report['index_mb_on_disk']} MB in {report['index_files']:,} files")
    print(f"shards: peaks {report['shard_peaks_mb']} MB, seconds {report['shard_seconds']}, "
          f"text {report['shard_text_mchars']} M chars; "
          f"{report['peak_bytes_per_char']} bytes of peak per character")
    print(f"Pagefind: {report['pagefind_system_seconds']} s of system time, "
          f"{report['pagefind_page_faults']:,} page faults")
    print("timeline (s):", ", ".join(report["timeline"]))
    for label, q in report["first_query"].items():
        print(f"first query, {label} {q['query']!r}: {q['results']} results shown, "
              f"{q['total_kb']} kB transferred ({q['pagefind_kb']} kB of it Pagefind; "
              f"server sent {q['server_sent_kb']} kB of bodies), {q['seconds']} s")
        if q["not_seen_by_browser_events"]:
            print("    not seen in browser events:", q["not_seen_by_browser_events"])
        for name, kb in q["files"].items():
            print(f"    {kb:8.1f} kB  {name}")


if __name__ == "__main__":
    raise SystemExit(main())
