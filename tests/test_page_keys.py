"""A page's key is made from everything it is rendered from, by construction.

The next features add values to pages' contexts (old addresses, Blogger comment
ids, images, pages, incomplete-comment marks).  No key lists them: a page's key is
a hash of its template and its whole context (`builder.incremental.keys`), so a
value added to a context, or a field added to a model object, is part of the key
without anyone editing key code.  These tests add such a value with the real
stages (load, plan, render, the site writer) and check that an incremental build
picks it up, where the old hand-listed post key would have reused a stale page.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from builder.config import load_config
from builder.incremental import KeyMemo, PageKeys
from builder.incremental.reuse import reuse_pages
from builder.incremental.state import site_key
from builder.load import load_archive
from builder.model import Post
from builder.output import SiteWriter
from builder.plan import Plan, plan_site
from builder.render import Renderer, template_source
from builder.render_pool import render_pages
from builder.report import Reporter
from builder.urls import Urls
from tests.sitefixture import clean_copy, copy_fixture, tree_bytes

NEWEST = "2016/02/a-falling-out-between-russia-and-iran-over-syria/index.html"
OTHER = "content/2016/programming-languages-in-defence/post.md"
SAME_YEAR = ("{% block content %}{{ super() }}<ul class=\"same-year\">"
             "{% for other in same_year %}<li>{{ other.title }}</li>{% endfor %}</ul>")


def same_year(plan: Plan) -> None:
    """A new value in every post page's context: the other posts of its year (not its
    neighbours, not its related posts: nothing the post page showed before)."""
    posts = [page.context["post"] for page in plan.pages if page.template == "post.html"]
    for page in plan.pages:
        if page.template == "post.html":
            post = page.context["post"]
            page.context["same_year"] = [p for p in posts
                                         if p is not post and p.year == post.year]


def staged_build(site: Path, extend: Callable[[Plan], None] | None = None,
                 memo: KeyMemo | None = None) -> list[str]:
    """load -> plan (+ `extend`) -> keys -> reuse or render -> commit, with the real
    stages, into site/_site; returns the pages rendered (not taken over)."""
    config = load_config(site)
    archive = load_archive(config.content_dir, config.root)
    urls = Urls.from_base(config.base_url, config.permalink)
    plan = plan_site(archive, config, urls)
    if extend is not None:
        extend(plan)
    keys = PageKeys(site_key(config, {}), plan.reach, plan.reach_state(),
                    template_source(config.templates_dir), memo)
    writer = SiteWriter(config.output_dir, site / ".cache" / "files.json")
    writer.start()
    todo = reuse_pages(plan.pages, keys, writer, [])
    render_pages(todo, Renderer(config, urls, plan, search=False), writer,
                 Reporter(stream=io.StringIO()), workers=1)
    writer.drop_stale()
    writer.commit()
    keys.end()
    return [page.path for page, _ in todo]


def retitle(site: Path) -> None:
    path = site / OTHER
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Programming Languages In Defence", "Code In Defence"),
                    encoding="utf-8")


@pytest.mark.parametrize("memo", [False, True], ids=["one-off", "serve-memory"])
def test_a_value_added_to_a_post_page_is_in_its_key(tmp_path: Path, memo: bool) -> None:
    site = copy_fixture(tmp_path / "site")
    template = site / "templates/post.html"
    template.write_text(template.read_text(encoding="utf-8").replace(
        "{% block content %}", SAME_YEAR, 1), encoding="utf-8")
    kept = KeyMemo() if memo else None
    staged_build(site, same_year, kept)
    assert "Programming Languages In Defence" in (site / "_site" / NEWEST).read_text("utf-8")
    retitle(site)
    rendered = staged_build(site, same_year, kept)
    assert NEWEST in rendered
    assert "Code In Defence" in (site / "_site" / NEWEST).read_text("utf-8")
    clean = clean_copy(site, tmp_path / "clean")
    staged_build(clean, same_year)
    assert tree_bytes(site / "_site") == tree_bytes(clean / "_site")


def test_without_the_new_value_that_page_is_taken_over(tmp_path: Path) -> None:
    """The control: the same edit without the new value leaves the page as it was
    (so it is the new value, and nothing else, that the key above followed)."""
    site = copy_fixture(tmp_path / "site")
    staged_build(site)
    retitle(site)
    rendered = staged_build(site)
    assert NEWEST not in rendered
    assert "2016/01/programming-languages-in-defence/index.html" in rendered
    assert (site / "_site" / NEWEST).stat().st_nlink == 2  # linked from the last build


@dataclass(frozen=True, slots=True)
class PostWithMood(Post):
    """A model object with a field that no key code has heard of."""

    mood: str = "calm"


def test_a_new_field_of_a_model_object_is_in_the_key(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    config = load_config(site)
    archive = load_archive(config.content_dir, config.root)
    plan = plan_site(archive, config, Urls.from_base(config.base_url, config.permalink))
    page = next(p for p in plan.pages if p.path == NEWEST)
    keys = PageKeys("site", plan.reach, plan.reach_state(), template_source(config.templates_dir))
    post = page.context["post"]
    calm = PostWithMood(**{name: getattr(post, name) for name in Post.__slots__})

    def key_with(value: Post) -> str:
        return keys.key(replace(page, context={**page.context, "post": value}))

    assert key_with(calm) == key_with(PostWithMood(**{
        name: getattr(post, name) for name in Post.__slots__}))
    assert key_with(calm) != key_with(replace(calm, mood="stormy"))
    assert key_with(calm) != key_with(post)


def test_a_value_the_keys_cannot_describe_is_refused(tmp_path: Path) -> None:
    """A context value of an unknown type fails loudly; it is never left out."""
    site = copy_fixture(tmp_path / "site")
    config = load_config(site)
    archive = load_archive(config.content_dir, config.root)
    plan = plan_site(archive, config, Urls.from_base(config.base_url, config.permalink))
    page = next(p for p in plan.pages if p.path == NEWEST)
    keys = PageKeys("site", plan.reach, plan.reach_state(), template_source(config.templates_dir))
    with pytest.raises(TypeError, match="no page key for a set"):
        keys.key(replace(page, context={**page.context, "odd": {"a set"}}))


def test_a_one_off_build_keys_every_page_as_serve_does(tmp_path: Path) -> None:
    """`archive build` (no later build in its process) skips the identity tokens that
    only serve's next build compares; every page's key must stay the same, or its
    next build would re-render (or, worse, take over) pages it should not."""
    site = copy_fixture(tmp_path / "site")
    config = load_config(site)
    archive = load_archive(config.content_dir, config.root)
    plan = plan_site(archive, config, Urls.from_base(config.base_url, config.permalink))
    source = template_source(config.templates_dir)
    serve = PageKeys("site", plan.reach, plan.reach_state(), source, KeyMemo())
    one_off = PageKeys("site", plan.reach, plan.reach_state(), source, KeyMemo(), again=False)
    assert len(plan.pages) > 20
    for page in plan.pages:
        assert one_off.key(page) == serve.key(page), page.path
    assert not one_off.memo.pages[1]  # nothing kept for a next build that will not come
    assert len(serve.memo.pages[1]) == len(plan.pages)


def test_keys_from_the_store_are_the_keys_of_the_pages_content(tmp_path: Path) -> None:
    """A fresh `archive build` takes a page's key from the last build's store when the
    page's tokens (posts named by their files' stamps) are the same; after an edit,
    every page's key must be the one its content gives, or the edited post's
    neighbours and lists would be taken over stale."""
    from builder.incremental.names import KeyStore, Names
    from builder.load import ContentIndex
    from builder.plan import compute

    site = copy_fixture(tmp_path / "site")
    config = load_config(site)
    source = template_source(config.templates_dir)

    def keyed(store_path: Path) -> tuple[dict[str, str], dict[str, str], KeyStore]:
        index = ContentIndex(config.content_dir, config.root)
        index.rescan()
        archive = index.archive()
        names = Names(index.sources())
        names.name_posts(archive.posts)
        urls = Urls.from_base(config.base_url, config.permalink)
        plan = plan_site(archive, config, urls, remember=names.remember(compute))
        store = KeyStore(store_path)
        stored = PageKeys("site", plan.reach, plan.reach_state(), source, again=False,
                          store=store, names=names)
        hashed = PageKeys("site", plan.reach, plan.reach_state(), source, again=False)
        found = {page.path: stored.key(page) for page in plan.pages}
        stored.end()
        return found, {page.path: hashed.key(page) for page in plan.pages}, store

    first, first_hashed, store = keyed(tmp_path / "keys.marshal")
    assert first == first_hashed and not store.pages  # nothing stored yet
    retitle(site)
    second, second_hashed, store = keyed(tmp_path / "keys.marshal")
    assert len(store.pages) == len(first)  # the last build's keys were read
    assert second == second_hashed
    changed = {path for path in second if second[path] != first[path]}
    assert NEWEST not in changed and len(changed) < len(second) // 2
    assert any("programming-languages-in-defence" in path for path in changed)
