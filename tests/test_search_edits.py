"""After several edits, one build each, search answers exactly as after a clean build.

The sharded browser archive of test_search_shards gets, one build at a time: a post's
text edited, a post added, a post (with its note) deleted, a comment edited, posts
re-dated (within their shard's date order and to its ends), posts added newest and
oldest, a tag changed, a commenter renamed, two posts edited at once.  Each build
patches the edited post's shard (builder/search_patch.py): the build says how many
posts Pagefind indexed, and it is the edited ones only.  Then Chromium asks the same
queries (best match, by date, filtered) of the incremental site and of a clean build
of the same content: the results, their hits and excerpts, and the status lines are
the same, and so are the index's bytes.  A seeded run of small random edits compares
the index with a clean build's after every build, and a change too large for a patch
re-indexes the shard.
"""

from __future__ import annotations

import io
import random
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import clean_copy, project_from_files, tree_bytes
from tests.test_build_incremental import replace
from tests.test_search_browser import SITE_YAML, _comment, _post, search_results
from tests.test_search_shards import SHARD_FILES

QUERIES: list[tuple[str, dict[str, str]]] = [
    ("tapirword", {}), ("tapirword", {"sort": "date"}), ("sharedword", {}),
    ("sharedword", {"sort": "date"}), ("sharedword", {"commenter": "Mila K."}),
    ("sharedword", {"kind": "note"}), ("sharedword", {"kind": "comment"}),
    ("zanzibarite", {}), ("narwhalcomment", {}), ("talks", {}), ("the", {}),
    ("pagingword", {"sort": "date"}), ("pagingword", {"tag": "Levant"}),
    ("edgeword", {"sort": "date"}), ("narwhalcomment", {"commenter": "Harlan V."}),
]
SAID = re.compile(r"search: indexed (\d+) posts with their notes and comments "
                  r"\((\d+) of \d+ shard\(s\)\)(?:; (\d+) shard\(s\) patched)?")


IN_PLACE = re.compile(r"shard\(s\) patched \((\d+) in place\)")


def _build(root: Path, in_place: int | None = None) -> tuple[int, int, int]:
    """Build; (posts Pagefind indexed, shards made again, of which patched); with
    `in_place`, how many of those must have been patched from their form."""
    said = io.StringIO()
    build_site(load_config(root), reporter=Reporter(verbosity=2, stream=said))
    [(indexed, shards, patched)] = SAID.findall(said.getvalue())
    if in_place is not None:
        assert [int(n) for n in IN_PLACE.findall(said.getvalue())] == (
            [in_place] if in_place else []), said.getvalue()
    return int(indexed), int(shards), int(patched or 0)


def _redate(root: Path, post: str, old: str, new: str) -> None:
    replace(root / f"content/2015/{post}/post.md", f'date: "{old}"', f'date: "{new}"')


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = project_from_files(tmp_path_factory.mktemp("edited"), SHARD_FILES)
    _build(root)
    replace(root / "content/2016/falling-out/post.md", "zanzibarite fashion",
            "zanzibarite fashion, tapirword")
    assert _build(root) == (1, 1, 1)  # Pagefind indexed the edited post alone
    new = root / "content/2018/brand-new/post.md"
    new.parent.mkdir(parents=True)
    new.write_text(_post("brand-new", "A Brand New Post", "2018-01-02", ["Iran"],
                         "A tapirword and a sharedword, written late."), encoding="utf-8")
    assert _build(root) == (1, 1, 1)
    shutil.rmtree(root / "content/2017/later-talks")
    assert _build(root) == (0, 1, 1)  # a deleted post: nothing to index
    replace(root / "content/2014/early-report/comment-1.md", "My own sharedword",
            "My own sharedword and tapirword")
    assert _build(root) == (1, 1, 1)
    # shard 3 in date order: syria-talks, falling-out, paging-11, 8, 5, 2, 1, old-note
    _redate(root, "paging-2", "2015-01-03", "2015-06-01")  # up past 5, 8 and 11
    assert _build(root) == (1, 1, 1)
    _redate(root, "paging-8", "2015-01-09", "2019-09-09")  # to the top of its shard
    assert _build(root) == (1, 1, 1)
    _redate(root, "paging-5", "2015-01-06", "2001-01-01")  # to the bottom of the dated
    assert _build(root) == (1, 1, 1)
    for post_id, date in (("newest-one", "2030-01-01"), ("oldest-one", "1990-01-01")):
        new = root / f"content/edge/{post_id}/post.md"
        new.parent.mkdir(parents=True)
        new.write_text(_post(post_id, f"The {post_id}", date, [], f"An edgeword, {date}."),
                       encoding="utf-8")
        assert _build(root) == (1, 1, 1)
    replace(root / "content/2015/paging-11/post.md", 'tags: []', 'tags: ["Levant"]')
    assert _build(root) == (1, 1, 1)
    replace(root / "content/2016/falling-out/comment-1.md", "Harlan Vosk", "Harlan V.")
    assert _build(root) == (1, 1, 1)
    replace(root / "content/2015/paging-1/post.md", "pagingword post", "pagingword edgeword post")
    replace(root / "content/2015/paging-11/post.md", "pagingword post", "edgeword pagingword post")
    assert _build(root) == (2, 1, 1)  # two posts of one shard, one patch
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
    # the new dates order the results, the new tag and commenter filter them
    assert found[("pagingword", (("sort", "date"),))] == [  # the first ten of twelve
        f"Paging Post {n}" for n in (8, 2, 11, 10, 9, 7, 6, 4, 3, 1)]  # 0, then 5 (2001)
    assert found[("edgeword", (("sort", "date"),))] == [
        "The newest-one", "Paging Post 11", "Paging Post 1", "The oldest-one"]
    assert found[("pagingword", (("tag", "Levant"),))] == ["Paging Post 11"]
    assert found[("narwhalcomment", (("commenter", "Harlan V."),))] == [
        "A Falling Out Between Russia And Iran"]


RANDOM_WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
                "india", "juliet"]


def _random_post(rng: random.Random, n: int) -> str:
    date = rng.choice([None, f"20{rng.randint(10, 19)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"])
    return _post(f"rand-{n}", f"Random {n}", date, rng.sample(["Iran", "Oil", "Navy"], 1),
                 " ".join(rng.choices(RANDOM_WORDS, k=rng.randint(3, 30))))


def test_a_seeded_run_of_small_edits_keeps_the_index_a_clean_builds(tmp_path: Path) -> None:
    rng = random.Random(1818)
    files = {"site.yaml": SITE_YAML + "search_shards: 2\n"}
    files.update({f"content/r/rand-{n}/post.md": _random_post(rng, n) for n in range(24)})
    root = project_from_files(tmp_path / "site", files)
    _build(root)
    made = 24
    for step in range(8):
        posts = sorted((root / "content/r").iterdir())
        kind = rng.choice(["text", "date", "add", "delete", "comment", "two"])
        if kind == "add":
            target = root / f"content/r/rand-{made}/post.md"
            target.parent.mkdir()
            target.write_text(_random_post(rng, made), encoding="utf-8")
            made += 1
        elif kind == "delete":
            shutil.rmtree(rng.choice(posts))
        elif kind == "comment":
            folder = rng.choice(posts)
            (folder / "comment-1.md").write_text(_comment(
                folder.name, "c1", 1, rng.choice(["Mila K.", "Bo"]),
                " ".join(rng.choices(RANDOM_WORDS, k=5))), encoding="utf-8")
        else:
            for folder in rng.sample(posts, 2 if kind == "two" else 1):
                text = (folder / "post.md").read_text(encoding="utf-8")
                if kind == "date":
                    text = re.sub(r"date: .*", f'date: "20{rng.randint(20, 29)}-01-01"', text)
                else:
                    text += " ".join(rng.choices(RANDOM_WORDS, k=rng.randint(1, 9))) + "\n"
                (folder / "post.md").write_text(text, encoding="utf-8")
        indexed, shards, patched = _build(root)
        assert patched == shards and indexed <= 2, (step, kind)
        clean = clean_copy(root, tmp_path / f"clean-{step}")
        _build(clean)
        assert tree_bytes(root / "_site/pagefind") == tree_bytes(clean / "_site/pagefind"), (
            step, kind)


def _one_shard_site(tmp_path: Path, posts: int) -> Path:
    """A project of `posts` posts ("Words of post N.") in one search shard."""
    files = {"site.yaml": SITE_YAML + "search_shards: 1\n"}
    files.update({f"content/r/post-{n}/post.md": _post(f"post-{n}", f"Post {n}", "2016-01-01",
                                                       [], f"Words of post {n}.")
                  for n in range(posts)})
    return project_from_files(tmp_path / "site", files)


def test_a_change_too_large_for_a_patch_indexes_the_shard_again(tmp_path: Path) -> None:
    root = _one_shard_site(tmp_path, 20)
    _build(root)
    for n in range(17):  # more than a patch takes (builder.search_patch.FEWEST_CHANGED)
        replace(root / f"content/r/post-{n}/post.md", "Words of", "Other words of")
    assert _build(root) == (20, 1, 0)  # the whole shard, as a clean build indexes it
    replace(root / "content/r/post-3/post.md", "Other words", "Edited words")
    assert _build(root) == (1, 1, 1)  # and the next small edit is patched again
    clean = clean_copy(root, tmp_path / "clean")
    _build(clean)
    assert tree_bytes(root / "_site/pagefind") == tree_bytes(clean / "_site/pagefind")


def test_a_cache_that_refuses_the_shard_records_does_not_fail_the_build(tmp_path: Path) -> None:
    """The records are a cache: where .cache/ cannot take them, the build goes on and
    the next edit indexes its shard whole, equal to a clean build all the same."""
    root = _one_shard_site(tmp_path, 4)
    _build(root)
    [records] = (root / ".cache").glob("*.search")
    shutil.rmtree(records)
    records.write_text("not a folder", encoding="utf-8")  # where the records would go
    replace(root / "content/r/post-2/post.md", "Words of", "Edited words of")
    assert _build(root) == (4, 1, 0)  # no record to patch from: the shard indexed whole
    replace(root / "content/r/post-1/post.md", "Words of", "Edited words of")
    assert _build(root) == (4, 1, 0)
    assert records.read_text(encoding="utf-8") == "not a folder"
    clean = clean_copy(root, tmp_path / "clean")
    _build(clean)
    assert tree_bytes(root / "_site/pagefind") == tree_bytes(clean / "_site/pagefind")


def test_edits_in_place_are_patched_from_the_shards_form(tmp_path: Path) -> None:
    """The first patch of a shard decodes it whole and keeps its form in .cache/; the
    next edits that move no post patch from it (the files a clean build writes); a
    damaged form, or one of another bundle, is not used."""
    root = _one_shard_site(tmp_path, 12)
    _build(root)
    replace(root / "content/r/post-2/post.md", "Words of", "Edited words of")
    assert _build(root, in_place=0) == (1, 1, 1)  # no form yet: decoded whole
    assert list((root / ".cache").glob("*.search/*.form"))
    replace(root / "content/r/post-3/post.md", "Words of", "Tapirword and words of")
    assert _build(root, in_place=1) == (1, 1, 1)
    replace(root / "content/r/post-3/post.md", 'tags: []', 'tags: ["Levant"]')
    assert _build(root, in_place=1) == (1, 1, 1)
    for form in (root / ".cache").glob("*.search/*.form"):
        data = bytearray(form.read_bytes())
        data[len(data) // 2] ^= 1
        form.write_bytes(bytes(data))
    replace(root / "content/r/post-4/post.md", "Words of", "Narwhal words of")
    assert _build(root, in_place=0) == (1, 1, 1)  # damaged: decoded whole
    replace(root / "content/r/post-5/post.md", "Words of", "Quokka words of")
    assert _build(root, in_place=1) == (1, 1, 1)
    clean = clean_copy(root, tmp_path / "clean")
    _build(clean)
    assert tree_bytes(root / "_site/pagefind") == tree_bytes(clean / "_site/pagefind")
