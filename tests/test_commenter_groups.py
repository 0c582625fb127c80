"""Placeholder names ('Anonymous', 'Unknown', ... and site.yaml's anonymous_names) are
one group of anonymous readers, not people: through a real build of the test archive."""

from __future__ import annotations

import io
import re
from pathlib import Path

from builder.build import build_site
from builder.config import load_config
from builder.load import load_archive
from builder.plan import plan_site
from builder.report import Reporter
from builder.urls import Urls
from tests.sitefixture import add_long_thread, copy_fixture


def build(site: Path) -> Path:
    return build_site(load_config(site), reporter=Reporter(stream=io.StringIO())).output


def people(out: Path) -> list[str]:
    html = (out / "commenters" / "index.html").read_text(encoding="utf-8")
    return re.findall(r'<li><a href="/REPO/commenters/[^"]+/">([^<]+)</a>', html)


def test_placeholder_names_and_the_sites_own_list_are_grouped(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    add_long_thread(site)
    out = build(site)
    listed = people(out)
    assert "Anonymous" not in listed and "Unknown" not in listed and "Farah" in listed
    group = (out / "commenters" / "anonymous-readers" / "index.html").read_text()
    assert "<h1>Comments by Anonymous readers</h1>" in group
    thread = (out / "2016/03/a-long-thread/index.html").read_text(encoding="utf-8")
    assert '<p><a href="/REPO/commenters/anonymous-readers/">Unknown</a>' \
        in thread
    assert not (out / "commenters" / "unknown").exists()

    yaml = site / "site.yaml"
    yaml.write_text(yaml.read_text() + 'anonymous_names: ["Farah"]\n', encoding="utf-8")
    out = build(site)
    assert "Farah" not in people(out)
    assert '<p><a href="/REPO/commenters/anonymous-readers/">Farah</a>' in \
        (out / "2016/03/a-long-thread/index.html").read_text(encoding="utf-8")


def test_a_bad_anonymous_names_value_is_one_config_error(tmp_path: Path, run_archive) -> None:
    site = copy_fixture(tmp_path / "site")
    yaml = site / "site.yaml"
    yaml.write_text(yaml.read_text() + "anonymous_names: Guest\n", encoding="utf-8")
    result = run_archive("build", cwd=site)
    assert result.returncode == 1
    assert "'anonymous_names' must be a list of names such as 'Guest'" in result.stderr


def test_placeholder_names_are_in_the_plans_lookups_and_threads_fold_from_the_context(
        tmp_path: Path) -> None:
    """Under the incremental seam a page's key holds its context and what the plan's
    lookups give for it: the anonymous group's page must be what `commenter_url` (and
    so `Plan.reach`) gives for each placeholder name, and a long thread's folding
    (`reply_counts`, `fold`) must be in the post page's context."""
    site = copy_fixture(tmp_path / "site")
    add_long_thread(site)
    config = load_config(site)
    archive = load_archive(config.content_dir, config.root)
    plan = plan_site(archive, config, Urls.from_base(config.base_url, config.permalink))
    group = "/REPO/commenters/anonymous-readers/"
    assert plan.commenter_url("Unknown") == group and plan.commenter_url(" anonymous ") == group
    post = next(p for p in archive.posts if p.id == "a-long-thread")
    unknown = next(c for c in post.comments if c.author == "Unknown")
    assert plan.reach(unknown) == group
    page = next(p for p in plan.pages if p.template == "post.html" and p.context["post"] is post)
    assert page.context["fold"] is True
    assert sum(page.context["reply_counts"].values()) > 0
