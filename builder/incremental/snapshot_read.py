"""A snapshot (`snapshot.py`) read back for a quick edit, no more of it than the
pages to render reach.

Takes: the snapshot's folder and the edited posts.  Gives: the pages that show
them, with their whole contexts, and the plan's lookups the renderer needs.  A post
that is not edited stands in a context as `LazyPost`, read from the snapshot when a
template first reads one of its fields (the archive page of 10,000 posts shows the
titles of one year's posts and counts the others); a tag's or commenter's members
are a `Members` sequence, whose length needs none of them.
"""

from __future__ import annotations

import io
import marshal
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from builder.incremental.snapshot import (
    GLOBALS,
    META,
    PAGES,
    POSTS,
    SNAPSHOT_VERSION,
    post_of,
    ref,
)
from builder.model import Post
from builder.plan import Page, Plan, post_page_own
from builder.views import Commenter, TagView


class LazyPost:
    """A post of the snapshot, read when one of its fields is first read."""

    __slots__ = ("_post", "_read")

    def __init__(self, read: Callable[[], Post]) -> None:
        self._read: Callable[[], Post] | None = read
        self._post: Post | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)

    def real(self) -> Post:
        if self._post is None:
            assert self._read is not None
            self._post, self._read = self._read(), None
        return self._post


class Members(Sequence[Any]):
    """A view's members (posts, or (post, comment) pairs), made when first needed."""

    def __init__(self, refs: tuple[Any, ...], make: Callable[[Any], Any]) -> None:
        self._refs, self._make = refs, make
        self._items: list[Any] | None = None

    def _all(self) -> list[Any]:
        if self._items is None:
            self._items = [self._make(ref) for ref in self._refs]
        return self._items

    def __len__(self) -> int:
        return len(self._refs)

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._all())


class _Load(pickle.Unpickler):
    """Unpickles a recipe, its references (`snapshot.ref`) given by `resolve`."""

    def __init__(self, file: Any, resolve: Callable[[Any], Any]) -> None:
        super().__init__(file)
        self.resolve = resolve

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == (ref.__module__, ref.__name__):
            return lambda *place: self.resolve(place)
        return super().find_class(module, name)


class Snapshot:
    """A snapshot as read (`open`): its `meta`; `load` reads the plan's lookups,
    `pages_showing` the recipes, and posts are read as they are reached."""

    def __init__(self, folder: Path, meta: dict[str, Any]) -> None:
        self.folder, self.meta = folder, meta
        self.new: dict[str, Post] = {}
        self._real: dict[str, Post] = {}
        self._lazy: dict[str, LazyPost] = {}
        self._blob: bytes | None = None
        self.tags: list[TagView] = []
        self.commenters: list[Commenter] = []

    @classmethod
    def open(cls, folder: Path) -> Snapshot | None:
        try:
            meta = marshal.loads((folder / META).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return None
        if not isinstance(meta, dict) or meta.get("version") != SNAPSHOT_VERSION:
            return None
        return cls(folder, meta)

    def post(self, post_id: str) -> Post:
        """A post as this build has it: edited, or as the snapshot has it (KeyError:
        none)."""
        found = self.new.get(post_id) or self._real.get(post_id)
        if found is None:
            start, length = self.meta["posts"][post_id]
            if self._blob is None:
                self._blob = (self.folder / POSTS).read_bytes()
            found = self._real[post_id] = post_of(marshal.loads(self._blob[start:start + length]))
        return found

    def _post_ref(self, post_id: str) -> Any:
        if post_id in self.new or post_id in self._real:
            return self.post(post_id)
        lazy = self._lazy.get(post_id)
        if lazy is None:
            lazy = self._lazy[post_id] = LazyPost(lambda: self.post(post_id))
        return lazy

    def load(self, new: dict[str, Post]) -> None:
        """The plan's lookups (views, each post's tags, commenters' pages, URL rules),
        with the `new` posts instead of the snapshot's."""
        self.new = new
        with open(self.folder / GLOBALS, "rb") as file:
            tags, people, post_tags, commenter_urls, post_paths, urls = _Load(
                file, self._resolve).load()
        self.tags = [TagView(name, slug, url, cast(list[Post], Members(refs, self._post_ref)))
                     for _, name, slug, url, _, refs in tags]
        self.commenters = [
            Commenter(name, slug, url, cast(list[tuple[Post, Any]], Members(refs, self._comment)),
                      aliases)
            for _, name, slug, url, aliases, refs in people]
        self.plan = Plan([], self.tags, self.commenters, [],
                         {post_id: [self.tags[n] for n in numbers]
                          for post_id, numbers in post_tags.items()}, commenter_urls, post_paths)
        self.urls = urls

    def _comment(self, ref: tuple[str, int]) -> tuple[Any, Any]:
        post = self.post(ref[0])
        return post, post.comments[ref[1]]

    def _resolve(self, ref: Any) -> Any:
        kind = ref[0]
        if kind == "p":
            return self._post_ref(ref[1])
        if kind == "c":
            return self.post(ref[1]).comments[ref[2]]
        if kind == "n":
            return self.post(ref[1]).notes[ref[2]]
        if kind == "t":
            return self.tags[ref[1]]
        if kind == "m":
            return self.commenters[ref[1]]
        raise pickle.UnpicklingError(f"unknown reference {ref!r}")

    def pages_showing(self, post_ids: Iterable[str]) -> list[Page]:
        """The pages whose recipes reference these posts (after `load`), each with
        its whole context: a post's own page gets `post_page_own` of its post."""
        numbers = sorted({n for post_id in post_ids for n in self.meta["shows"].get(post_id, [])})
        at = self.meta["pages"]
        pages = []
        with open(self.folder / PAGES, "rb") as file:
            for number in numbers:
                start, length = at[number]
                file.seek(start)
                loader = _Load(io.BytesIO(file.read(length)), self._resolve)
                counted = loader.load()
                path, template, source, url_path, own, rest = loader.load()
                context = {**counted, **rest}
                if own:
                    post = context["post"]
                    context.update(post_page_own(post.real() if isinstance(post, LazyPost)
                                                 else post))
                pages.append(Page(path, template, context, source, url_path))
        return pages

    def update(self, posts: dict[str, Post], folders: dict[str, bytes],
               meta: dict[str, Any]) -> None:
        """After a quick edit: its posts appended, its folders' digests and `meta` taken."""
        from builder import cache_file
        from builder.incremental.snapshot import post_row

        at = dict(self.meta["posts"])
        with open(self.folder / POSTS, "ab") as file:
            start = file.tell()
            for post_id, post in posts.items():
                blob = marshal.dumps(post_row(post))
                file.write(blob)
                at[post_id] = (start, len(blob))
                start += len(blob)
        data = {**self.meta, **meta, "posts": at, "folders": {**self.meta["folders"], **folders}}
        cache_file.write(self.folder / META, marshal.dumps(data))
        self.meta = data
