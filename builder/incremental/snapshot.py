"""A one-off build's site kept on disk as recipes: what lets the next `archive build`
re-render only the pages a small edit touches (`quick.py`).

Takes (after a one-off build that succeeded): the model, the plan, the URL rules,
the page keys' reading of the templates and what the build knew of its inputs.
Gives, in `.cache/build-<output>.quick/`:

- `posts.marshal`: every post alone as plain values (with its comments and notes),
  one after the other; appended to when a quick edit changes a post;
- `pages.pickle`: each page that shows a post, as a recipe: its path, template,
  source and context, pickled with every post, comment and note replaced by a
  reference (post id, place) and every tag or commenter view by its number, so a
  page copies no post; a post's own page without what `plan.post_page_own` makes of
  its post (made again when it is rendered);
- `globals.pickle`: what the renderer needs besides a page (the tag and commenter
  views, each post's tags, the commenters' pages, the URL rules);
- `meta.marshal` (written last: the others are read only through it): the offsets
  of the posts and recipes, which pages reference which post (collected while
  pickling, so no code lists a page's inputs), a digest of each content folder's
  stats and the folder of each post, the fingerprint, settings and state the build
  belongs to, the search shards' count and text size, the site's size.

It is written in a render worker beside the rendering (`Writer`) into a folder of its
own, which replaces the last snapshot once the build's state is saved.

A page's references count as its inputs the way its key counts them
(`keys.py`): a view in a name the template shows only the head of, or a pager
whose items the template never reads, holds no input of the page (the head is made
of plan facts, which a quick edit never changes).  Writing is an optimisation: a
refused write leaves no snapshot, and the next build takes the normal path.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import marshal
import operator
import os
import pickle
import shutil
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from builder import cache_file
from builder.incremental.heads import HEADED
from builder.model import Comment, Note, Post
from builder.plan import Plan, post_page_own
from builder.views import Commenter, TagView

SNAPSHOT_VERSION = 3
# from this many posts on a one-off build keeps no snapshot (and drops an old one): a
# large archive renders in the build's own process (builder.render_pool's memory
# budget), so no worker writes it beside the pages and it would add to the build's
# wall time (1.1-1.2 s of CPU at 10,000 posts, some 15 s at 100,000, whose build has
# a 10-minute budget); such an archive's edits take the normal path
KEEP_UP_TO = 50_000
META, POSTS, PAGES, GLOBALS = "meta.marshal", "posts.marshal", "pages.pickle", "globals.pickle"


class Inputs(NamedTuple):
    """What a one-off build knew of its inputs, for its snapshot."""

    folders: dict[str, bytes]  # content folder (under content/) -> `folder_digest` of its files
    folder_post: dict[str, str]  # a folder holding one post's files, all of them -> its id
    prefix: str  # the content files' display prefix ("content/")
    rest: str = ""  # `Fingerprint.content_rest`: what content/ holds besides *.md files


def folder_digest(rows: list[tuple[str, int, int, int]]) -> bytes:
    """The content files of one folder, (name, size, mtime_ns, ctime_ns) in name order."""
    return hashlib.blake2b(marshal.dumps(rows, 2), digest_size=12).digest()


def ref(kind: str, *place: Any) -> Any:
    """A model object or view in a recipe: what `snapshot_read` gives for it (never
    called here: the reader's unpickler finds its own function under this name)."""
    raise pickle.UnpicklingError("a snapshot's reference read without its snapshot")


class _Refs(pickle.Pickler):
    """Pickles model objects as references and collects the posts they belong to
    (`found`; None: not collected).  `reducer_override`, unlike `persistent_id`, is
    not called for strings, numbers, lists, tuples and dicts: a third of the time."""

    def __init__(self, file: Any, places: dict[int, tuple[Any, ...]],
                 views: dict[int, tuple[tuple[str, int], frozenset[str]]]) -> None:
        super().__init__(file, protocol=5)
        self.places, self.views = places, views
        self.found: set[str] | None = None

    def reducer_override(self, obj: Any) -> Any:
        kind = type(obj)
        if kind is Post:
            if self.found is not None:
                self.found.add(obj.id)
            return ref, ("p", obj.id)
        if kind is Comment or kind is Note:
            place = self.places.get(id(obj))
            if place is None:
                return NotImplemented
            if self.found is not None:
                self.found.add(place[1])
            return ref, place
        if kind is TagView or kind is Commenter:
            view = self.views.get(id(obj))
            if view is None:
                return NotImplemented
            if self.found is not None:
                self.found.update(view[1])
            return ref, view[0]
        return NotImplemented


def folder_of(state_file: Path) -> Path:
    return state_file.with_suffix(".quick")


def kept_inputs(index: Any, posts: int, state_file: Path) -> Inputs | None:
    """`inputs_of(index)` for a build of `posts` posts that keeps a snapshot
    (`KEEP_UP_TO`); None for one that keeps none, whose older snapshot goes."""
    if posts < KEEP_UP_TO:
        return inputs_of(index)
    shutil.rmtree(folder_of(state_file), ignore_errors=True)
    return None


def write(folder: Path, posts: Iterable[Post], plan: Plan, urls: Any, inputs: Inputs,
          reading: dict[str, tuple[bool, bool]]) -> dict[str, Any]:
    """Write a snapshot's posts, recipes and globals into `folder` (new); its meta
    without what only the end of the build knows (`Writer.finish`).  `reading`:
    template -> (heads_only, reads_pager_items), as the page keys read it."""
    posts = list(posts)
    places: dict[int, tuple[Any, ...]] = {}
    for post in posts:
        for number, comment in enumerate(post.comments):
            places[id(comment)] = ("c", post.id, number)
        for number, note in enumerate(post.notes):
            places[id(note)] = ("n", post.id, number)
    folder.mkdir(parents=True)
    with open(folder / POSTS, "wb") as out:  # streamed: 100,000 posts are 400 MB
        post_at = _write_posts(posts, out)
    globals_buf = io.BytesIO()
    number_of = {id(tag): number for number, tag in enumerate(plan.tags)}
    _Refs(globals_buf, places, {}).dump((
        [("t", tag.name, tag.slug, tag.url, (), tuple([post.id for post in tag.posts]))
         for tag in plan.tags],
        [("m", person.name, person.slug, person.url, person.aliases,
          tuple([places[id(comment)][1:] for _, comment in person.comments]))
         for person in plan.commenters],
        {post_id: [number_of[id(tag)] for tag in tags] for post_id, tags in plan.post_tags.items()},
        plan.commenter_urls, dict(plan.post_paths), urls))
    cache_file.write(folder / GLOBALS, globals_buf.getvalue())
    views: dict[int, tuple[tuple[str, int], frozenset[str]]] = {}
    for number, tag in enumerate(plan.tags):
        views[id(tag)] = (("t", number), frozenset([post.id for post in tag.posts]))
    for number, person in enumerate(plan.commenters):
        views[id(person)] = (("m", number), frozenset([post.id for post, _ in person.comments]))
    with open(folder / PAGES, "wb") as out:
        page_at, shows = _write_pages(plan, out, places, views, reading)
    return {"version": SNAPSHOT_VERSION, "folders": inputs.folders, "rest": inputs.rest,
            "folder_post": inputs.folder_post, "prefix": inputs.prefix, "posts": post_at,
            "pages": page_at, "shows": shows}


class Writer:
    """A one-off build's snapshot: `work` writes it into a folder of its own (run in a
    render worker beside the pages: `builder.render_pool`'s side job, so it neither
    holds this process's interpreter nor copies the model's memory pages that the
    workers share with it); `finish` (once the build's state is saved) adds what only
    the end of the build knows and puts it in place of the last one; `abandon` (a
    failed build) drops it.  A snapshot that cannot be written is no error: the next
    edit takes the normal path."""

    def __init__(self, folder: Path, archive: Any, plan: Plan, urls: Any, inputs: Inputs,
                 reading: dict[str, tuple[bool, bool]]) -> None:
        self.folder = folder
        self.tmp = folder.with_name(f"{folder.name}.{os.getpid()}-{id(self)}.tmp")
        self.archive, self.plan, self.urls, self.inputs = archive, plan, urls, inputs
        self.reading = reading
        self.made: Any = None  # what `work` gave (or raised)

    def work(self) -> tuple[dict[str, Any], float]:
        """Write the posts, recipes and globals; (the meta made, seconds)."""
        from builder.search import text_size

        started = time.perf_counter()
        shutil.rmtree(self.tmp, ignore_errors=True)
        made = write(self.tmp, self.archive.posts, self.plan, self.urls, self.inputs,
                     self.reading)
        made["text"] = sum(text_size(post) for post in self.archive.posts)  # (the worker's)
        return made, time.perf_counter() - started

    def abandon(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def finish(self, meta: dict[str, Any], reporter: Any) -> None:
        started = time.perf_counter()
        try:
            if not isinstance(self.made, tuple):
                raise self.made if isinstance(self.made, Exception) else OSError("not written")
            made, seconds = self.made
            meta = {**made, **meta}
            cache_file.write(self.tmp / META, marshal.dumps(meta))
            shutil.rmtree(self.folder, ignore_errors=True)
            os.replace(self.tmp, self.folder)
        except (OSError, pickle.PicklingError, TypeError, AttributeError) as error:
            self.abandon()
            reporter.info(f"no snapshot for quick edits: {error}")
            return
        size = sum(file.stat().st_size for file in self.folder.iterdir())
        reporter.info(f"snapshot for quick edits written: {size / 1e6:.1f} MB in "
                      f"{seconds:.2f} s beside the rendering, "
                      f"{time.perf_counter() - started:.2f} s after it")


def _write_pages(plan: Plan, pages: Any, places: dict[int, tuple[Any, ...]],
                 views: dict[int, tuple[tuple[str, int], frozenset[str]]],
                 reading: dict[str, tuple[bool, bool]]
                 ) -> tuple[list[tuple[int, int]], dict[str, list[int]]]:
    """Each page that shows a post as its recipe; (offset, length) of each, and the
    recipes that show each post."""
    own_names: set[str] | None = None
    page_at: list[tuple[int, int]] = []
    shows: dict[str, list[int]] = {}
    for page in plan.pages:
        context = page.context
        own = isinstance(context.get("post"), Post) and "parts" in context
        if own:
            if own_names is None:
                own_names = set(post_page_own(context["post"])) - {"post"}
            context = {name: value for name, value in context.items() if name not in own_names}
        head, items = reading[page.template]
        counted = {name: value for name, value in context.items()
                   if not ((head and name in HEADED) or (name == "pager" and not items))}
        rest = {name: value for name, value in context.items() if name not in counted}
        buf = io.BytesIO()
        pickler = _Refs(buf, places, views)
        pickler.found = set()
        pickler.dump(counted)
        found, pickler.found = pickler.found, None
        if not found:
            continue  # shows no post: a quick edit never renders it
        pickler.dump((page.path, page.template, page.source, page.url_path, own, rest))
        number = len(page_at)
        start = pages.tell()
        pages.write(buf.getbuffer())
        page_at.append((start, pages.tell() - start))
        for post_id in found:
            shows.setdefault(post_id, []).append(number)
    return page_at, shows


def post_row(post: Post) -> tuple[Any, ...]:
    """A post as plain values (marshal: ten times faster to load than a pickle of
    frozen dataclasses, which sets each field through `dataclasses.fields`)."""
    values = list(_GET[Post](post))
    values[_NOTES] = tuple(map(_GET[Note], post.notes))
    values[_COMMENTS] = tuple(map(_GET[Comment], post.comments))
    return tuple(values)


def post_of(row: tuple[Any, ...]) -> Post:
    notes, comments = row[_NOTES], row[_COMMENTS]
    values = list(row)
    values[_NOTES] = tuple(Note(*note) for note in notes)
    values[_COMMENTS] = tuple(Comment(*comment) for comment in comments)
    return Post(*values)


_NAMES = {kind: tuple(f.name for f in dataclasses.fields(kind)) for kind in (Post, Comment, Note)}
_GET = {kind: operator.attrgetter(*names) for kind, names in _NAMES.items()}
_NOTES, _COMMENTS = _NAMES[Post].index("notes"), _NAMES[Post].index("comments")


def _write_posts(posts: Iterable[Post], out: Any) -> dict[str, tuple[int, int]]:
    at = {}
    start = 0
    for post in posts:
        blob = marshal.dumps(post_row(post))
        out.write(blob)
        at[post.id] = (start, len(blob))
        start += len(blob)
    return at


def inputs_of(index: Any) -> Inputs:
    """What the load (`builder.load.ContentIndex`) read: each content folder's files
    and the post each folder holds."""
    from builder.content_files import FileRead

    rows: dict[str, list[tuple[str, int, int, int]]] = {}
    folder_of: dict[str, str] = {}
    prefix = ""
    for parts, item in sorted(index.files.items()):
        if isinstance(item, FileRead):
            folder = "/".join(parts[:-1])
            rows.setdefault(folder, []).append((parts[-1], *item.record.stat))
            folder_of[item.record.path] = folder
            prefix = item.record.path[:len(item.record.path) - len("/".join(parts))]
    folder_post = {}
    for post_id, records in index.sources():
        folders = {folder_of.get(record.path, "") for record in records}
        folder = folders.pop() if len(folders) == 1 else ""
        if folder in rows and len(rows[folder]) == len(records):
            folder_post[folder] = post_id
    return Inputs({folder: folder_digest(found) for folder, found in rows.items()},
                  folder_post, prefix)


def settings_text(settings: dict[str, Any]) -> str:
    return json.dumps(settings, sort_keys=True)


def size_row(size: Any) -> tuple[int, int, int, dict[str, int]]:
    """A `builder.limits.SiteSize` as the snapshot keeps it."""
    return size.total, size.images, size.files, dict(size.sizes)


def writer(config: Any, settings: dict[str, Any], archive: Any, plan: Plan, urls: Any,
           keys: Any, inputs: Inputs) -> Writer:
    """The snapshot writer of a one-off build (`keys`: its `PageKeys`, whose reading of
    the templates the recipes follow)."""
    from builder.incremental import state

    reading = {template: (keys.heads_only(template), keys.reads_items(template))
               for template in {page.template for page in plan.pages}}
    folder = folder_of(state.state_file(config, Path(settings["output"])))
    return Writer(folder, archive, plan, urls, inputs, reading)


def finish(job: Writer, settings: dict[str, Any], reporter: Any, size: Any, shards: int,
           search_page: bool, fingerprint: Any) -> None:
    """The snapshot of a one-off build whose state was just saved (`fingerprint`: the
    inputs it was built from), put in place."""
    from builder.incremental import state

    if size is None or fingerprint is None:
        job.abandon()
        return
    job.finish({"whole": fingerprint.whole, "outside": fingerprint.outside,
                "settings": settings_text(settings),
                "output": state.output_id(Path(settings["output"])), "size": size_row(size),
                "shards": shards, "search_page": search_page}, reporter)
