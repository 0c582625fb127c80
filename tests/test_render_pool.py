"""A clean build renders in forked workers while Pagefind indexes, and gives exactly
what one process gives.

The workers are forked before Pagefind's thread starts (a process running a thread
is not forked) and work out the page keys of a build that can take nothing over;
the keys they record are the ones the next build compares, so an edit after a
parallel clean build still re-renders only the pages that show the edited post.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from builder import render_pool
from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import clean_copy, copy_fixture, normal_path, tree_bytes, write_post

TAGS = ["Navy", "Europe", "Trade", "Energy", "Iran"]


def big_site(dest: Path, posts: int = 160) -> Path:
    """The fixture plus enough posts over two years to pass PARALLEL_MIN_PAGES."""
    site = copy_fixture(dest)
    for n in range(posts):
        write_post(site, f"dispatch-{n:03d}", title=f"Dispatch number {n}",
                   date=f"{2014 + n % 2}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                   tags=[TAGS[n % len(TAGS)], TAGS[(n * 3) % len(TAGS)]],
                   body=f"Dispatch {n} says *what* happened.\n\nAnd what came of it, {n}.")
    return site


def build(site: Path, workers: int | None) -> tuple[Path, int]:
    """A build of `site` with `workers`; (its output, the processes that rendered)."""
    seen: list[int] = []
    enter = render_pool.RenderPool.__enter__

    def recording_enter(pool: render_pool.RenderPool) -> render_pool.RenderPool:
        entered = enter(pool)
        seen.append(pool.processes)
        return entered

    render_pool.RenderPool.__enter__ = recording_enter  # type: ignore[method-assign]
    try:
        result = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()),
                            workers=workers)
    finally:
        render_pool.RenderPool.__enter__ = enter  # type: ignore[method-assign]
    return result.output, seen[0]


def test_workers_render_the_same_site_as_one_process(tmp_path: Path) -> None:
    site = big_site(tmp_path / "site")
    parallel, processes = build(site, workers=2)
    assert processes == 2
    single, processes = build(clean_copy(site, tmp_path / "single"), workers=1)
    assert processes == 1
    ours, theirs = tree_bytes(parallel), tree_bytes(single)
    assert len(ours) > render_pool.PARALLEL_MIN_PAGES
    assert any(name.startswith("pagefind/") for name in ours)
    assert ours == theirs


def test_keys_the_workers_record_let_the_next_build_take_pages_over(tmp_path: Path) -> None:
    site = big_site(tmp_path / "site")
    out, processes = build(site, workers=2)
    assert processes == 2
    normal_path(site)
    post = site / "content/2015/dispatch-007/post.md"
    post.write_text(post.read_text(encoding="utf-8").replace("says", "reports"),
                    encoding="utf-8")
    out, _ = build(site, workers=2)

    def taken_over(rel: str) -> bool:
        return (out / rel).stat().st_nlink == 2  # a hard link to the previous build's file

    edited = next(out.rglob("dispatch-007/index.html")).relative_to(out).as_posix()
    other = next(out.rglob("dispatch-100/index.html")).relative_to(out).as_posix()
    assert not taken_over(edited) and "Dispatch 7 reports" in (out / edited).read_text()
    assert taken_over(other) and taken_over("404.html")
    assert tree_bytes(out) == tree_bytes(build(clean_copy(site, tmp_path / "clean"), 1)[0])


def test_workers_asked_to_yield_run_at_a_lower_priority(monkeypatch: Any) -> None:
    """Beside a forked search index on a quiet machine the build asks its render
    workers to yield: they run `nice` lower than the build (as does the job beside)."""
    monkeypatch.setattr(render_pool, "PARALLEL_MIN_PAGES", 0)  # no page needed to fork
    own = os.nice(0)
    for nice, expected in ((0, own), (7, min(19, own + 7))):
        with render_pool.RenderPool([], None, None, workers=2,  # type: ignore[arg-type]
                                    side=lambda: os.nice(0), nice=nice) as pool:
            assert pool.processes == 2
            pool.run(Reporter(stream=io.StringIO()))
        assert pool.side_outcome == expected
