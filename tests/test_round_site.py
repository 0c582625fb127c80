"""Each round of unseen inputs (saved pages and exports written from the corpus rules by
someone who had not read the code, kept in tests/html and tests/export) split and built
together through the real CLI: every post of their truth is on the site at its old
address, `archive check` finds no broken link, and what a page cannot hold (a static
page's comments) is kept in content/orphans/ and reported, never dropped unseen."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from builder import frontmatter

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
ROUNDS = {"r1": ("3", "34"), "r2": ("4", "45")}  # round: (page prefix, export prefix)


def _inputs(page: str, export: str) -> list[Path]:
    return [*sorted((TESTS / "html").glob(f"{page}*.html")),
            *sorted((TESTS / "export").glob(f"{export}*.xml"))]


def _path(url: str) -> str:
    return "/" + url.split("//", 1)[-1].split("/", 1)[-1] if "//" in url else url


@pytest.fixture(scope="module", params=sorted(ROUNDS))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          run_archive: Any) -> tuple[Path, list[Path], Any]:
    root = tmp_path_factory.mktemp(f"round-{request.param}")
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, root / sub)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    (root / "seeds").mkdir()
    inputs = _inputs(*ROUNDS[request.param])
    for path in inputs:
        shutil.copy(path, root / "seeds" / path.name)
    split = run_archive("split", cwd=root)  # it prints what it kept but reports
    assert split.returncode == 0, split.stderr
    result = run_archive("build", "--base-url", "https://example.github.io/REPO/", cwd=root)
    result.reported = split.stdout + split.stderr
    return root, inputs, result


@pytest.fixture(scope="module")
def run_archive() -> Any:
    from tests.conftest import archive_env

    def run(*args: str, cwd: Path) -> Any:
        import subprocess
        import sys

        return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd,
                              env=archive_env(), capture_output=True, text=True, timeout=900)

    return run


def test_the_round_builds_and_has_no_broken_link(built: tuple[Path, list[Path], Any],
                                                 run_archive: Any) -> None:
    root, inputs, result = built
    assert len(inputs) >= 15
    assert result.returncode == 0, result.stderr
    assert "refused" not in result.stdout
    checked = run_archive("check", cwd=root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no broken links" in checked.stdout + checked.stderr


def test_every_published_post_of_the_truth_is_at_its_old_address(
        built: tuple[Path, list[Path], Any]) -> None:
    root, inputs, _ = built
    written = {}
    for path in (root / "content").rglob("*.md"):
        meta = frontmatter.parse(path.read_text(encoding="utf-8"), str(path))[0]
        if meta.get("type") in ("post", "page") and meta.get("url"):
            written.setdefault(_path(meta["url"]), []).append(meta)
    wanted = [p for path in inputs for p in json.loads(path.with_suffix(".json").read_text(
        encoding="utf-8"))["posts"] if p["url"] and not p["draft"]]
    assert wanted
    for post in wanted:
        metas = written.get(_path(post["url"]), [])
        assert any(m["type"] == post["kind"] and m["title"] == post["title"] for m in metas), (
            post["url"], post["title"])


def test_every_comment_is_on_the_site_or_kept_in_orphans(
        built: tuple[Path, list[Path], Any]) -> None:
    """Comments of posts are comment files; a static page's (412, and the same page in
    452) are kept in content/orphans/ with a line in the report."""
    root, inputs, result = built
    truths = [p for path in inputs for p in json.loads(path.with_suffix(".json").read_text(
        encoding="utf-8"))["posts"]]
    on_posts = {f"c{c['id']}" for p in truths if p["kind"] == "post" for c in p["comments"]}
    on_pages = {f"c{c['id']}" for p in truths if p["kind"] == "page" for c in p["comments"]}
    files = {frontmatter.parse(f.read_text(encoding="utf-8"), str(f))[0]["id"]
             for f in (root / "content").rglob("comment-*.md")}
    kept = {c["id"] for f in (root / "content" / "orphans").glob("*.json")
            for c in json.loads(f.read_text(encoding="utf-8"))}
    assert on_posts and on_posts <= files
    assert on_pages <= kept and not on_pages & files
    assert ("pages carry no comments" in result.reported) == bool(on_pages)


def test_no_page_shows_markdown_syntax_as_text(built: tuple[Path, list[Path], Any]) -> None:
    """A read-more line kept as a Markdown link (`[Read more ...](https://...)`) is shown
    as its words, like every other text: no page of the round prints `](http` to a reader."""
    import html
    import re

    root, _, _ = built
    pages = sorted((root / "_site").rglob("index.html"))
    assert len(pages) > 20
    shown = 0
    for page in pages:
        markup = page.read_text(encoding="utf-8")
        text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(
            r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)))
        assert "](http" not in text, page.relative_to(root)
        shown += markup.count('class="read-more"')
    assert shown >= 1  # the round's read-more lines are on their pages
