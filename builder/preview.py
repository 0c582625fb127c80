"""Serve's first answer to an edit of one post: that post's own page, at once.

Takes: the memory of serve's last build and the content paths its watcher reported.
Gives: the edited post's page rendered from the files as saved and put in the
served site, in a fraction of a build (the page one is looking at while writing).
The build that follows makes everything else (the lists that show the post, the
commenter pages, the search index) and finds this page's bytes already in place.

Only when the edit leaves the rest of that page as the last build made it: the
changed files are those of one post the last build had, whose id, date, tags, draft
state and address are unchanged and whose commenters all have their pages.  Anything
else (a new post, a renamed tag, a new commenter, site.yaml, a template) gets no
preview: the build does it all, as before.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from builder.config import SiteConfig
from builder.errors import ArchiveError
from builder.incremental.memory import BuildMemory
from builder.markup import MarkupCache
from builder.model import Post
from builder.output import SiteWriter
from builder.plan import Page, Plan, post_page_own
from builder.render import Renderer
from builder.urls import Urls

# what places the post among the others (its address, neighbours, tags): a post page
# shows its own title, but other pages show it too (the build after the preview)
_SAME = ("id", "date", "tags", "draft", "language")


@dataclass
class Shown:
    """What the last build showed, for a preview: its plan, its URLs, its renderer's
    settings and the post pages by the post file they come from."""

    plan: Plan
    urls: Urls
    search: bool
    source_date: str | None
    post_pages: dict[str, Page]


def remember_shown(memory: BuildMemory, plan: Plan, urls: Urls, search: bool,
                   source_date: str | None) -> None:
    if memory.kept:
        memory.shown = Shown(plan, urls, search, source_date,
                             {p.source: p for p in plan.pages if p.template == "post.html"})


def preview_post(config: SiteConfig, memory: BuildMemory, changed: list[Path],
                 drafts: bool, output: Path) -> list[str]:
    """Render and put in place the page of the one post `changed` belongs to; the
    site paths written (none when a preview cannot be exact: see the module)."""
    shown = memory.shown
    if (not isinstance(shown, Shown) or memory.failed or memory.writer is None
            or not changed or len({path.parent for path in changed}) != 1):
        return []
    try:
        if not memory.content(config).update(changed):
            return []  # not a content file, or the same as the last build read
        memory.unbuilt = True  # the build after this one must not skip these files
        archive = memory.content(config).archive(drafts=drafts)
    except ArchiveError:
        return []  # the build reports it
    folder = _site_folder(changed[0].parent, config.root)
    post = next((p for p in archive.posts if p.path.rpartition("/")[0] == folder), None)
    page = shown.post_pages.get(post.path) if post is not None else None
    if post is None or page is None or not _same_place(page.context["post"], post, shown):
        return []
    renderer = Renderer(config, shown.urls, shown.plan, search=shown.search,
                        source_date=shown.source_date,
                        markup_cache=MarkupCache(config.root / ".cache" / "markup"))
    context = {**page.context, **post_page_own(post)}
    data = renderer.render(Page(page.path, page.template, context, page.source, page.url_path))
    memory.writer = SiteWriter.replace_live(output, memory.writer, page.path, data)
    return [page.path]


def _site_folder(folder: Path, root: Path) -> str:
    """A content folder as posts' paths name it (relative to the project)."""
    real = Path(os.path.realpath(folder))
    try:
        return real.relative_to(os.path.realpath(root)).as_posix()
    except ValueError:
        return folder.as_posix()


def _same_place(old: Post, new: Post, shown: Shown) -> bool:
    """The rest of the post's page (neighbours, tags, its address,
    its commenters' pages) is what the last build made for it."""
    if any(getattr(old, name) != getattr(new, name) for name in _SAME):
        return False
    if shown.urls.post_path(old) != shown.urls.post_path(new):
        return False
    return all(shown.plan.commenter_url(c.author) is not None
               for c in new.comments if c.author)
