"""A clean build indexes its search in a process forked as soon as the model is
loaded (builder.search_fork): the same site, search included, as the index made in
a thread of the build; its failures are the build's one clear line, and they leave
the site as it was with nothing beside it."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter

SITE_YAML = 'title: "T"\nbase_url: "https://example.github.io/REPO/"\nsearch_shards: 2\n'


def _files() -> dict[str, str]:
    files = {"site.yaml": SITE_YAML}
    for n in range(12):
        folder = f"content/2016/p{n}"
        files[f"{folder}/post.md"] = (
            f'---\ntype: post\nid: p{n}\ntitle: "Post {n}"\ndate: "2016-01-{n + 1:02d}"\n'
            f"tags: [t{n % 3}]\n---\nBody of post {n}: quokka{n} and the common words.\n")
        files[f"{folder}/comment-1.md"] = (
            f'---\ntype: comment\nid: c{n}\npost: p{n}\nauthor: "Reader {n}"\n'
            f'date: "2016-01-{n + 1:02d}"\nparent: null\norder: 1\n---\n'
            f"A reader writes wombat{n}.\n")
    return files


def _tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def _build(site: Path, workers: int | None) -> str:
    stream = io.StringIO()
    build_site(load_config(site), reporter=Reporter(verbosity=2, stream=stream),
               workers=workers)
    return stream.getvalue()


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: nothing is forked")
def test_the_forked_index_is_the_index_a_thread_makes(make_site: Any, run_archive: Any) -> None:
    forked_site, thread_site = make_site(_files()), make_site(_files())
    # a fresh `archive build` forks (this test process may run threads or be large)
    made = run_archive("-v", "build", cwd=forked_site)
    assert made.returncode == 0, made.stderr
    assert "in a process of its own" in made.stdout + made.stderr
    assert "in a process of its own" not in _build(thread_site, 1)
    forked, thread = _tree(forked_site / "_site"), _tree(thread_site / "_site")
    assert sorted(forked) == sorted(thread)
    assert any(name.startswith("pagefind/s1/") for name in forked)
    assert forked == thread
    # what the build recorded of the forked index serves the next edit as ever
    post = forked_site / "content/2016/p3/post.md"
    post.write_text(post.read_text().replace("quokka3", "quokka3 numbat"))
    assert "search: indexed 1 posts" in _build(forked_site, None)


def test_a_failing_forked_index_fails_the_build_and_leaves_the_site(
        make_site: Any, run_archive: Any) -> None:
    site = make_site(_files())
    assert run_archive("build", cwd=site).returncode == 0
    before = _tree(site / "_site")
    (site / ".cache").rename(site / "cache-aside")  # a clean build: nothing to take over
    bad = site / "fake-pagefind"
    bad.write_text("#!/bin/sh\nexit 3\n")
    bad.chmod(0o755)
    result = run_archive("build", cwd=site, env={"PAGEFIND_BINARY_PATH": str(bad)})
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, result.stderr
    assert "cannot run on this platform: it stopped (exit code 3)" in errors[0]
    assert _tree(site / "_site") == before
    assert sorted(p.name for p in site.iterdir() if p.name.startswith("._site")) == []
