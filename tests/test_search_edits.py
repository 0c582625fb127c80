"""After several edits, one build each, search answers exactly as after a clean build.

The sharded browser archive of test_search_shards gets, one build at a time: a post's
text edited, a post added, a post (with its note) deleted, a comment edited.  Then
Chromium asks the same queries (best match, by date, filtered) of the incremental
site and of a clean build of the same content: the results, their hits and excerpts,
and the status lines are the same, and so are the index's bytes.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import clean_copy, project_from_files, tree_bytes
from tests.test_build_incremental import replace
from tests.test_search_browser import _post, search_results
from tests.test_search_shards import SHARD_FILES

QUERIES: list[tuple[str, dict[str, str]]] = [
    ("tapirword", {}), ("tapirword", {"sort": "date"}), ("sharedword", {}),
    ("sharedword", {"sort": "date"}), ("sharedword", {"commenter": "Mila K."}),
    ("sharedword", {"kind": "note"}), ("sharedword", {"kind": "comment"}),
    ("zanzibarite", {}), ("narwhalcomment", {}), ("talks", {}), ("the", {}),
]


def _build(root: Path) -> Path:
    return build_site(load_config(root), reporter=Reporter(stream=io.StringIO())).output


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = project_from_files(tmp_path_factory.mktemp("edited"), SHARD_FILES)
    _build(root)
    replace(root / "content/2016/falling-out/post.md", "zanzibarite fashion",
            "zanzibarite fashion, tapirword")
    _build(root)
    new = root / "content/2018/brand-new/post.md"
    new.parent.mkdir(parents=True)
    new.write_text(_post("brand-new", "A Brand New Post", "2018-01-02", ["Iran"],
                         "A tapirword and a sharedword, written late."), encoding="utf-8")
    _build(root)
    shutil.rmtree(root / "content/2017/later-talks")
    _build(root)
    replace(root / "content/2014/early-report/comment-1.md", "My own sharedword",
            "My own sharedword and tapirword")
    _build(root)
    clean = clean_copy(root, tmp_path_factory.mktemp("clean") / "site")
    _build(clean)
    return {"edited": root / "_site", "clean": clean / "_site"}


def test_the_index_after_the_edits_is_a_clean_builds(sites: dict[str, Path]) -> None:
    assert tree_bytes(sites["edited"] / "pagefind") == tree_bytes(sites["clean"] / "pagefind")


@pytest.mark.browser
def test_search_after_the_edits_answers_as_a_clean_build(
        sites: dict[str, Path], page: Any, static_server: Any) -> None:
    bases = {name: str(static_server(site, "/REPO/")) for name, site in sites.items()}
    answers: dict[str, list[Any]] = {}
    for name, base in bases.items():
        answers[name] = []
        for query, params in QUERIES:
            results = search_results(page, base, query, **params)
            answers[name].append((query, params, results, page.inner_text("#search-status")))
    assert answers["edited"] == answers["clean"]
    found = {(q, tuple(p.items())): [r["title"] for r in results]
             for q, p, results, _ in answers["edited"]}
    # the edits are what the reader finds: the added post and the edited texts...
    assert found[("tapirword", (("sort", "date"),))] == [
        "A Brand New Post", "A Falling Out Between Russia And Iran", "An Early Report"]
    tapir = {r["title"]: [h["label"] for h in r["hits"]] for r in answers["edited"][0][2]}
    assert tapir["An Early Report"] == ["Comment by Mila K."]
    # ...and nothing of the deleted post
    assert "Later Talks" not in found[("sharedword", ())]
    assert found[("sharedword", (("kind", "note"),))] == []
