"""The CPU of a clean build's worker processes, their work done in this one process.

Takes: a project folder.  Gives: the CPU seconds (best of `--repeat`) of

- the parse workers' work: every content file read, parsed and checked as a parse
  worker does it (`content_files._parse_batch`, in batches as the workers take them,
  each batch's results marshalled as they are sent back), with fresh caches each time
  (a worker starts with none);
- the render workers' work: every page of the plan rendered, cold (a new renderer
  each time: no date, excerpt or template kept; templates compiled without the
  bytecode cache), with the model's objects frozen out of the collector's reach as
  `render_pool` does before forking.  Writing the pages is not in it (the system's
  part of a worker's CPU: `/tmp/ptree.py`-style process accounting shows it).

It runs the checkout it is started from (its Python and PYTHONPATH), in this
process; nothing is written into the project.

    python benchmarks/bench_workers.py PROJECT [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import marshal
import sys
import time
from pathlib import Path
from typing import Any


def parse_cpu(content: Path, batches: int) -> float:
    from builder import content_files, frontmatter, schema

    found: list[Any] = []
    content_files.scan(str(content), (), found)
    todo = [(name, "content/" + "/".join(parts),
             content_files.FileStat(st.st_size, st.st_mtime_ns, st.st_ctime_ns))
            for parts, name, st in found]
    size = max(50, len(todo) // batches)
    for cache in ("_LINES", "_CONVERTED"):  # a worker starts with none (where they are)
        getattr(frontmatter, cache, {}).clear()
        getattr(schema, cache, {}).clear()
    started = time.process_time()
    for start in range(0, len(todo), size):
        marshal.dumps(content_files._parse_batch(todo[start:start + size]))
    return time.process_time() - started


def render_cpu(root: Path, repeat: int) -> tuple[float, int]:
    """The best of `repeat` cold renders of every page (the model loaded once)."""
    from builder import present, search
    from builder.build_search import search_shards
    from builder.config import load_config
    from builder.load import load_archive
    from builder.markup import MarkupCache
    from builder.oldurls import post_paths
    from builder.plan import plan_site
    from builder.render import Renderer
    from builder.urls import Urls

    config = load_config(root)
    archive = load_archive(config.content_dir, root)
    urls = Urls.from_base(config.base_url, config.permalink).with_paths(
        post_paths(archive, config.permalink))
    search_page = (config.templates_dir / "search.html").is_file()
    plan = plan_site(archive, config, urls, search=search_page,
                     search_shards=search.merged_shards(search_shards(archive, config)),
                     old_urls=(config.templates_dir / "redirect.html").is_file())
    gc.freeze()
    best = float("inf")
    for _ in range(repeat):
        for name in dir(present):  # Babel's texts: a worker's caches start empty
            if hasattr(getattr(present, name), "cache_clear"):
                getattr(present, name).cache_clear()
        renderer = Renderer(config, urls, plan, search=search_page,
                            source_date="2020-01-01", markup_cache=MarkupCache(None))
        renderer.env.bytecode_cache = None
        for name in sorted({page.template for page in plan.pages}):
            renderer.env.get_template(name)  # compiled before the workers are forked
        started = time.process_time()
        for page in plan.pages:
            renderer.render(page)
        best = min(best, time.process_time() - started)
    return best, len(plan.pages)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batches", type=int, default=16,
                    help="batches the files are parsed in (8 a worker, 2 workers)")
    args = ap.parse_args(argv)
    root = args.project.resolve()
    import builder

    print(f"builder: {Path(builder.__file__).parent}")
    parse = min(parse_cpu(root / "content", args.batches) for _ in range(args.repeat))
    print(f"parse workers' work: {parse:.2f} s of CPU")
    render, pages = render_cpu(root, args.repeat)
    print(f"render workers' work: {render:.2f} s of CPU ({pages:,} pages, cold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
