"""The public corpus and this repository's seed, split and built through the real CLI,
served under /REPO/ as on GitHub Pages and read in Debian's Chromium.

- every page: the Nu HTML checker finds no error, the crawl no broken link;
- axe-core WCAG 2.1 AA: no violation on home, a threaded post, tag, archive,
  commenter and 404 pages at 1280 and 375 px;
- search: a word found only in one reader comment, one only in one editor's note and
  one only in one post body each bring up the right post, linking to the right place;
  "Velayati" and the seed's first commenter's surname find the seed post.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from builder.check import check_site
from builder.load import load_archive
from builder.model import Archive
from tests.test_search_browser import search_results

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SEED_POST = "2016/02/a-falling-out-between-russia-and-iran-over-syria/"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus-site")
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, root / sub)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    seeds = root / "seeds"
    seeds.mkdir()
    for dump in [*(REPO / "tests" / "corpus").glob("*.txt"), *(REPO / "seeds").glob("*.txt")]:
        shutil.copy(dump, seeds / dump.name)
    result = subprocess.run(
        [sys.executable, "-m", "builder", "build", "--base-url",
         "https://example.github.io/REPO/"],
        cwd=root, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert "3 dump(s) refused" in result.stdout  # the corpus's empty, CSV and PNG files
    return root


@pytest.fixture(scope="module")
def archive(project: Path) -> Archive:
    return load_archive(project / "content", project)


@pytest.fixture
def base(project: Path, static_server: Callable[[Path, str], str]) -> str:
    return static_server(project / "_site", "/REPO/")


def test_no_broken_link_or_missing_anchor(project: Path) -> None:
    assert check_site(project / "_site", "/REPO/") == []


def nu_errors(site: Path) -> list[str]:
    """Every error the Nu HTML checker finds in a built site."""
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", "--format", "json",
         str(site)], capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [f"{m.get('url', '')}: {m.get('message')}" for m in messages
            if m.get("type") == "error"]


def test_nu_html_checker_finds_no_error_on_any_page(project: Path) -> None:
    assert nu_errors(project / "_site") == []


def _threaded_post(archive: Archive) -> str:
    post = next(p for p in archive.posts if any(c.parent for c in p.comments))
    return f"{post.date[:4]}/{post.date[5:7]}/{post.id}/" if post.date else f"undated/{post.id}/"


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("kind", ["home", "post", "tag", "archive", "commenter", "404"])
def test_axe_finds_no_wcag21aa_violation(kind: str, width: int, base: str, project: Path,
                                         archive: Archive, browser: Any) -> None:
    paths = {"home": "", "post": _threaded_post(archive), "tag": "tags/syria/",
             "archive": "archive/", "commenter": "commenters/", "404": "no/such/page/"}
    assert axe_violations(browser, base, paths[kind], width,
                          project / "_site" / "404.html" if kind == "404" else None) == []


def axe_violations(browser: Any, base: str, path: str, width: int,
                   not_found: Path | None = None) -> list[str]:
    """axe-core's WCAG 2.1 AA violations on one page (`not_found`: serve it with a 404)."""
    context = browser.new_context(bypass_csp=True, viewport={"width": width, "height": 900})
    page = context.new_page()
    if not_found is not None:
        body = not_found.read_text(encoding="utf-8")
        page.route(base + path, lambda route: route.fulfill(status=404, body=body,
                                                            content_type="text/html"))
    response = page.goto(base + path)
    assert response is not None and (response.ok or not_found is not None)
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async () => (await axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations
        .map(v => v.id + ': ' + v.nodes.length)""")
    context.close()
    return list(found)


def _only_in(archive: Archive, kind: str) -> tuple[str, str]:
    """A word (letters only, 6+) found in exactly one text of the archive, that text being
    of `kind` (comment, note, body); returns (word, the anchor its hit should link to)."""
    texts: list[tuple[str, str, str]] = []  # (kind, post id, anchor) per text
    words: list[set[str]] = []
    for post in archive.posts:
        for k, anchor, text in [("body", "", post.title + " " + post.body),
                                *[("note", f"#note-{n.order}", n.body) for n in post.notes],
                                *[("comment", f"#{c.id}", c.author + " " + c.body)
                                  for c in post.comments]]:
            texts.append((k, post.id, anchor))
            words.append({w.lower() for w in re.findall(r"[A-Za-z]{6,}", text)})
    counts = Counter(w for ws in words for w in ws)
    for (k, post_id, anchor), ws in zip(texts, words, strict=True):
        if k == kind:
            unique = sorted(w for w in ws if counts[w] == 1)
            if unique:
                return unique[0], post_id + "/" + anchor
    raise AssertionError(f"no word only in one {kind}")


@pytest.mark.parametrize("kind,label", [("comment", "Comment by"), ("note", "Editor's note"),
                                        ("body", "")])
def test_a_word_only_in_one_place_finds_that_post_and_links_there(
        kind: str, label: str, archive: Archive, page: Any, base: str) -> None:
    word, target = _only_in(archive, kind)
    results = search_results(page, base, word)
    assert len(results) == 1 and results[0]["visible"], (word, results)
    hrefs = [results[0]["href"], *[h["href"] for h in results[0]["hits"]]]
    assert any(href.endswith(target) or (not target.endswith("#") and
                                         href.endswith(target.rstrip("/") + "/"))
               for href in hrefs), (word, target, hrefs)
    if label:
        assert any(h["label"].startswith(label) for h in results[0]["hits"]), results


@pytest.mark.parametrize("query", ["Velayati", "Farquharson"])
def test_the_seed_post_is_found_by_its_words_and_its_commenter(query: str, page: Any,
                                                               base: str) -> None:
    results = search_results(page, base, query)
    assert any(r["href"].endswith("/REPO/" + SEED_POST) and r["visible"] for r in results)
