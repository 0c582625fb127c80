"""The search index without a browser: what Pagefind is given, what it writes, and the
one-line error when its binary cannot run."""

from __future__ import annotations

import gzip
import io
import json
import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from builder.errors import BuildError
from builder.model import Archive, Comment, Note, Post
from builder.pagefind import pagefind_binary
from builder.report import Reporter
from builder.search import write_search_index
from builder.search_documents import search_document


def _post(**overrides: Any) -> Post:
    fields: dict[str, Any] = dict(
        id="p1", title="Title <b>bold</b>", date="2016-02-06", author=None,
        tags=("Iran", "C#", "a, b: c"), source="s.txt", source_index=1, read_more=False,
        comment_count=2, path="content/2016/p1/post.md",
        body="See [the source](http://example.com/x) for **more**.\n\n<script>alert(1)</script>",
        notes=(Note(post="p1", marker="WNU Editor:", order=1, body="My note.", path="n"),),
        comments=(
            Comment(id="c1", post="p1", author='Eve "<img src=x>"', date=None, parent=None,
                    removed=False, order=1, body="<img src=x onerror=alert(1)>", path="c"),
            Comment(id="c2", post="p1", author="Gone", date=None, parent=None,
                    removed=True, order=2, body="", path="c"),
        ))
    fields.update(overrides)
    return Post(**fields)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids += [v or "" for k, v in attrs if k == "id"]


def test_document_escapes_every_untrusted_text() -> None:
    parser = _Tags()
    parser.feed(search_document(_post(), "en"))
    assert "img" not in parser.tags and "script" not in parser.tags and "b" not in parser.tags
    assert parser.ids == ["note-1", "c1"]  # removed comments are not indexed


def test_document_keeps_link_text_and_drops_markdown_syntax() -> None:
    document = search_document(_post(), "en")
    assert "See the source for more." in document
    assert "http://example.com" not in document


def _fragment(site: Path) -> dict[str, Any]:
    [fragment] = (site / "pagefind" / "fragment").iterdir()
    data = gzip.decompress(fragment.read_bytes())
    return dict(json.loads(data[len(b"pagefind_dcd"):]))


def test_index_records_url_filters_meta_and_anchors(tmp_path: Path) -> None:
    reporter = Reporter(verbosity=2, stream=io.StringIO())
    write_search_index(Archive(posts=(_post(),)), lambda p: f"/REPO/2016/02/{p.id}/", tmp_path,
                       "en-GB", reporter)
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()
    assert (tmp_path / "pagefind" / "wasm.en.pagefind").is_file()
    assert not (tmp_path / "pagefind" / "pagefind-ui.js").exists()
    fragment = _fragment(tmp_path)
    assert fragment["url"] == "/REPO/2016/02/p1/"
    assert fragment["filters"] == {"year": ["2016"], "tag": ["Iran", "C#", "a, b: c"],
                                   "kind": ["post", "note", "comment"],
                                   "commenter": ['Eve "<img src=x>"']}
    assert "commenters" not in fragment["meta"]  # a comment's heading names its commenter
    assert [a["element"] for a in fragment["anchors"]] == ["h2", "h3"]  # a note, a comment
    assert fragment["meta"]["title"] == "Title <b>bold</b>"
    assert [(a["id"], a["text"]) for a in fragment["anchors"]] == [
        ("note-1", "WNU Editor"), ("c1", 'Eve "<img src=x>"')]  # labelled by the page
    assert "search: indexed 1 posts with their notes" in reporter.stream.getvalue()  # type: ignore[union-attr]


def test_undated_post_gets_no_year_and_no_date(tmp_path: Path) -> None:
    post = _post(date=None, notes=(), comments=())
    write_search_index(Archive(posts=(post,)), lambda p: "/x/", tmp_path, "en",
                       Reporter(verbosity=0))
    fragment = _fragment(tmp_path)
    assert "year" not in fragment["filters"]
    assert fragment["filters"]["kind"] == ["post"]
    assert "date" not in fragment["meta"]


def test_rebuild_replaces_the_old_index(tmp_path: Path) -> None:
    stale = tmp_path / "pagefind" / "fragment" / "stale.pf_fragment"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    write_search_index(Archive(posts=(_post(),)), lambda p: "/x/", tmp_path, "en",
                       Reporter(verbosity=0))
    assert not stale.exists()


@pytest.mark.parametrize("make_binary, why", [
    (lambda d: d / "missing-pagefind", "No such file or directory"),
    (lambda d: _script(d, "#!/bin/sh\nexit 3\n"), "it stopped (exit code 3)"),
    (lambda d: _script(d, "\x7fELF not really a binary", executable=True),
     "Exec format error"),
])
def test_binary_that_cannot_run_is_one_clear_error(tmp_path: Path, monkeypatch: Any,
                                                   make_binary: Any, why: str) -> None:
    binary = make_binary(tmp_path)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(binary))
    with pytest.raises(BuildError) as caught:
        write_search_index(Archive(posts=(_post(),)), lambda p: "/x/", tmp_path / "site", "en",
                           Reporter(verbosity=0))
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(f"search: the Pagefind binary {binary} cannot run on this platform")
    assert why in text
    assert "(hint: install the Pagefind binary for this platform: pip install " in text


@pytest.mark.parametrize("named", [False, True])
def test_the_binary_is_the_one_the_pagefind_package_would_run(monkeypatch: Any,
                                                              named: bool) -> None:
    from pagefind.service import get_executable

    if named:
        monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/opt/elsewhere/pagefind")
    else:
        monkeypatch.delenv("PAGEFIND_BINARY_PATH", raising=False)
    assert pagefind_binary() == get_executable()
    assert pagefind_binary().is_file() or named


def test_cli_build_stops_with_one_line_and_keeps_no_site(
        make_site: Any, run_archive: Any) -> None:
    site = make_site({
        "site.yaml": 'title: "T"\nbase_url: "https://example.github.io/REPO/"\n',
        "content/2016/p/post.md": "---\ntype: post\nid: p\ntitle: \"P\"\n"
                                  "date: \"2016-01-02\"\n---\nHello.\n"})
    result = run_archive("build", cwd=site,
                         env={"PAGEFIND_BINARY_PATH": str(site / "no-such-pagefind")})
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, result.stderr
    assert "Pagefind binary" in errors[0] and "cannot run on this platform" in errors[0]
    assert "hint: install the Pagefind binary" in errors[0]
    assert not (site / "_site" / "index.html").exists()


def _script(folder: Path, text: str, executable: bool = True) -> Path:
    path = folder / "fake-pagefind"
    path.write_text(text)
    if executable:
        os.chmod(path, 0o755)
    return path


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_archive_gives_byte_identical_index(tmp_path: Path) -> None:
    tags = tuple(f"tag {n}" for n in range(40))
    posts = tuple(_post(id=f"p{n}", tags=tags[n % 7:n % 7 + 9], date=f"20{10 + n % 9}-01-02")
                  for n in range(30))
    for run in ("a", "b"):
        write_search_index(Archive(posts=posts), lambda p: f"/{p.id}/", tmp_path / run, "en",
                           Reporter(verbosity=0))
    first, second = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert first == second
    assert len([name for name in first if name.startswith("pagefind/filter/")]) == 4
