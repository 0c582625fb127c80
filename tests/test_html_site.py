"""The saved HTML pages (tests/html: the public corpus's pages, round 1 and our own) split
and built through the real CLI, served under /REPO/ and read in Debian's Chromium, pass
the checks the text corpus passes (tests/test_corpus_site.py): no Nu HTML checker error,
no broken link or anchor, no axe-core WCAG 2.1 AA violation."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from builder.check import check_site
from builder.load import load_archive
from tests.test_corpus_site import axe_violations, nu_errors

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("html-site")
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, root / sub)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    seeds = root / "seeds"
    seeds.mkdir()
    for page in (REPO / "tests" / "html").glob("*.html"):
        shutil.copy(page, seeds / page.name)
    result = subprocess.run(
        [sys.executable, "-m", "builder", "build", "--base-url",
         "https://example.github.io/REPO/"],
        cwd=root, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert "refused" not in result.stdout
    return root


@pytest.fixture
def base(project: Path, static_server: Callable[[Path, str], str]) -> str:
    return static_server(project / "_site", "/REPO/")


def test_every_page_became_posts_with_their_comments(project: Path) -> None:
    truths = [p for t in (REPO / "tests" / "html").glob("*.json")
              for p in json.loads(t.read_text(encoding="utf-8"))["posts"]]
    archive = load_archive(project / "content", project)
    assert len(archive.posts) == sum(1 for p in truths if p["kind"] == "post")
    assert sum(len(p.comments) for p in archive.posts) == sum(
        len(p["comments"]) for p in truths if p["kind"] == "post")  # a page keeps none
    assert any(c.parent for p in archive.posts for c in p.comments)


def test_no_broken_link_or_missing_anchor(project: Path) -> None:
    assert check_site(project / "_site", "/REPO/") == []


def test_nu_html_checker_finds_no_error_on_any_page(project: Path) -> None:
    assert nu_errors(project / "_site") == []


def _threaded_post(project: Path) -> str:
    archive = load_archive(project / "content", project)
    post = max(archive.posts, key=lambda p: sum(1 for c in p.comments if c.parent))
    assert post.date
    return f"{post.date[:4]}/{post.date[5:7]}/{post.id}/"


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("kind", ["home", "post", "archive", "commenter"])
def test_axe_finds_no_wcag21aa_violation(kind: str, width: int, base: str, project: Path,
                                         browser: Any) -> None:
    paths = {"home": "", "post": _threaded_post(project), "archive": "archive/",
             "commenter": "commenters/"}
    assert axe_violations(browser, base, paths[kind], width) == []
