"""builder.check: the crawl that fails on broken internal links and anchors."""

from __future__ import annotations

import io
from pathlib import Path

from builder.build import build_site
from builder.check import check_site, run_check
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import copy_fixture


def page(root: Path, rel: str, body: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!DOCTYPE html><html><body>{body}</body></html>")


def test_reports_missing_pages_anchors_and_links_outside_the_base(tmp_path: Path) -> None:
    page(tmp_path, "index.html", '<a href="/REPO/a/">a</a><a href="/REPO/gone/">x</a>'
         '<a href="/REPO/a/#c2">c2</a><a href="/REPO/a/#c9">c9</a><a href="/elsewhere/">o</a>'
         '<a href="#top">t</a><a href="https://example.org/">ext</a>')
    page(tmp_path, "a/index.html", '<p id="c2">hi</p><a href="../index.html">up</a>')
    assert check_site(tmp_path, "/REPO/") == [
        "index.html: link to /REPO/gone/ (no such page)",
        "index.html: link to /REPO/a/#c9 (no anchor 'c9' on a/index.html)",
        "index.html: link to /elsewhere/ (outside the site's base path /REPO/)",
        "index.html: link to #top (no anchor 'top' on index.html)",
    ]


def test_the_built_fixture_has_no_broken_links(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    build_site(load_config(site), reporter=Reporter(stream=io.StringIO()))
    assert check_site(site / "_site", "/REPO/") == []
    out = io.StringIO()
    assert run_check(load_config(site), False, None, Reporter(stream=out)) == 0
    assert "no broken links" in out.getvalue()


def test_run_check_fails_on_a_broken_link(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    build_site(load_config(site), reporter=Reporter(stream=io.StringIO()))
    (site / "_site" / "tags" / "c" / "index.html").unlink()
    out = io.StringIO()
    assert run_check(load_config(site), False, None, Reporter(stream=out)) == 1
    assert "link to /REPO/tags/c/ (no such page)" in out.getvalue()


def test_a_broken_link_in_a_comment_is_named_at_its_content_file_and_line(
        tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    comment = site / "content/2015/new-years-eve-round-up/comment-1.md"
    text = comment.read_text(encoding="utf-8")
    comment.write_text(text + "\nSee [the old post](/REPO/2015/12/no-such-post/) too.\n",
                       encoding="utf-8")
    line = len(text.splitlines()) + 2
    build_site(load_config(site), reporter=Reporter(stream=io.StringIO()))
    out = io.StringIO()
    assert run_check(load_config(site), False, None, Reporter(stream=out)) == 1
    said = [row for row in out.getvalue().splitlines() if row.startswith("error: ")]
    assert said == [
        f"error: content/2015/new-years-eve-round-up/comment-1.md:{line}: link to "
        "/REPO/2015/12/no-such-post/ (no such page; on "
        + said[0].split("; on ", 1)[1]
    ]
    assert "2015/12/new-years-eve-round-up/index.html" in said[0]
