"""Pages -> bytes with Jinja2 (no I/O besides reading templates).

Takes: a `Page` (template name + context) and the shared site view.  Gives: the
page's bytes.  Autoescape is on for every HTML and XML template; Markdown arrives
already sanitised (`builder.markup`) and is the only thing marked safe.  An
undefined variable renders empty and is recorded as a warning naming the template
file and line (a failure under --strict); any other template error becomes a
BuildError naming the template file and line.
"""

from __future__ import annotations

import hashlib
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import jinja2
from jinja2 import nodes
from markupsafe import Markup

from builder.config import SiteConfig
from builder.errors import BuildError
from builder.markup import MarkupCache, cached_fragment, doc_key, paragraphs, plain_text
from builder.model import Comment, Post
from builder.plan import Commenter, Page, Pager, Plan, TagView
from builder.titles import display_title, format_date, initial, month_name
from builder.urls import Urls

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# What a paged tag or commenter page may show of its whole view (the rest comes from
# its pager): see `Renderer.head_only`.
VIEW_NAMES = frozenset({"tag", "commenter"})
LIST_NAMES = frozenset({"tags", "commenters"})  # lists of views (the index pages)
HEAD_ATTRS = frozenset({"name", "slug", "url"})
MEMBER_ATTRS = frozenset({"posts", "comments"})
COMMENTERS = "\0commenters"  # key_memo: the last build's commenters' URLs
TAG_HEADS = "\0tags"  # key_memo: the last build's tags' heads
LISTED = "\0listed"  # key_memo: post id -> (post, its fingerprint in lists)
SITE_KEY = "\0site"  # key_memo: the site key all of it was learnt under
HEAD_ONLY = "\0head_only"  # key_memo: head_only per template
_PLAIN = frozenset({str, int, float, bool, type(None)})
HEADED = VIEW_NAMES | LIST_NAMES  # context names keyed on heads when head_only


def _template_location(frames: list[Any]) -> tuple[str, int] | None:
    for frame, lineno in reversed(frames):
        template = frame.f_globals.get("__jinja_template__")
        if template is not None and template.filename:
            return template.filename, template.get_corresponding_lineno(lineno)
    return None


class WarningUndefined(jinja2.Undefined):
    """Renders as empty text and records where it was used."""

    sink: ClassVar[list[str]] = []
    root: ClassVar[Path] = Path(".")

    def _record(self) -> None:
        frames = [(f, f.f_lineno) for f in _stack()]
        where = _template_location(frames)
        name = self._undefined_name or "?"
        if where:
            path = _display(where[0], WarningUndefined.root)
            WarningUndefined.sink.append(f"{path}:{where[1]}: undefined variable '{name}'")
        else:
            WarningUndefined.sink.append(f"undefined template variable '{name}'")

    def __str__(self) -> str:
        self._record()
        return ""

    def __iter__(self) -> Any:
        self._record()
        return iter(())


def _stack() -> list[Any]:
    frames = []
    frame = sys._getframe(2)
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back  # type: ignore[assignment]
    frames.reverse()
    return frames


def _display(filename: str, root: Path) -> str:
    try:
        return Path(filename).resolve().relative_to(root).as_posix()
    except ValueError:
        return filename


# C0 controls (but tab, LF, CR) and DEL are invalid in XML and in HTML text.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _finalize(value: Any) -> Any:
    """Applied to every {{ expression }}: drop control characters from untrusted text."""
    if isinstance(value, str) and _CONTROLS.search(value):
        cleaned = _CONTROLS.sub("", value)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


def _hash(data: Any) -> str:
    return hashlib.blake2b(repr(data).encode(), digest_size=16).hexdigest()


def _bytecode_cache(root: Path) -> jinja2.BytecodeCache | None:
    """Compiled templates in .cache/jinja (keyed by their source): a rebuild does not
    compile them again."""
    folder = root / ".cache" / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


class Renderer:
    """One Jinja environment per build; `render(page)` -> bytes."""

    def __init__(self, config: SiteConfig, urls: Urls, plan: Plan, html: dict[str, str],
                 *, search: bool, source_date: str | None = None,
                 post_stamps: dict[str, str] | None = None,
                 markup_cache: MarkupCache | None = None,
                 key_memo: dict[str, Any] | None = None) -> None:
        self.config, self.urls, self.plan, self.html = config, urls, plan, html
        self.key_memo = key_memo  # see _post_key
        self._commenters_same: bool | None = None
        self._tags_same: bool | None = None
        self._views_same: dict[tuple[int, int], bool] = {}
        self.markup_cache = markup_cache or MarkupCache(None)
        self.warnings: list[str] = []
        self._commenters: dict[str, str] | None = None
        self._excerpts: dict[tuple[str, int], str] = {}
        self._digests: dict[str, str] = dict(post_stamps or {})  # post id -> its inputs
        self._listed: dict[str, str] = {}  # post id -> hash of its stamp and tags
        self._views: dict[int, str] = {}  # tag or commenter -> hash of all it lists
        # template -> see head_only (kept with key_memo while the site key holds)
        self._head_only: dict[str, bool] = (key_memo or {}).get(HEAD_ONLY, {})
        WarningUndefined.sink = self.warnings
        WarningUndefined.root = config.root
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(config.templates_dir)),
            autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
            undefined=WarningUndefined,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
            auto_reload=False, bytecode_cache=_bytecode_cache(config.root),
        )
        self.env.finalize = _finalize
        self.env.globals.update(self._globals(search, source_date))
        self.env.filters.update(date=format_date, excerpt=plain_text, month_name=month_name)

    def _globals(self, search: bool, source_date: str | None) -> dict[str, Any]:
        urls, plan = self.urls, self.plan
        return {
            "site": {
                "title": self.config.title, "description": self.config.description,
                "language": self.config.language, "author": self.config.author,
                "base_path": urls.base_path, "origin": urls.origin,
            },
            "csp": CSP,
            "url": urls.url, "abs_url": urls.absolute, "static": urls.static,
            "post_url": urls.post_url, "comment_url": urls.comment_url,
            "post_tags": lambda post: plan.post_tags.get(post.id, []),
            "post_abs": lambda post: urls.origin + urls.post_url(post),
            "commenter_url": self.commenter_url, "atom_date": atom_date,
            "md": self.markdown, "post_excerpt": self.post_excerpt, "weekday": weekday,
            "comment_when": comment_when, "post_title": self.post_title, "initial": initial,
            "has_search": search, "search_url": urls.url("search/"),
            "built": source_date,
        }

    def commenter_url(self, name: str) -> str:
        if self._commenters is None:
            self._commenters = {c_key(name): c.url for c in self.plan.commenters
                                for name in (c.name, *c.aliases)}
        found = self._commenters.get(c_key(name))
        return found if found is not None else self.urls.url("commenters/")

    def page_key(self, page: Page, site_key: str) -> str:
        """A hash of everything a page shows: equal keys mean equal bytes, so a page
        whose key is the previous build's need not be rendered again.

        Every page: `site_key` (templates, config, options and our code), its path
        and template.  A post page: all of the post (notes and comments included)
        and all of its neighbours and related posts, its tags' names, URLs and
        counts, its commenters' URLs.  Any other page: its context, where a post
        stands for all of it and its tags (name, URL, count), a tag or commenter for
        its name, URL and all of its posts or comments, a pager for its place and
        items (see `_fingerprint`).
        """
        ctx = page.context
        memo = self.key_memo
        if memo is not None and memo.get(SITE_KEY) != site_key:
            memo.clear()  # templates or code changed: what was learnt of them too
            memo[SITE_KEY] = site_key
            self._head_only = memo[HEAD_ONLY] = {}
        if memo is not None and self._tags_same is None:
            self._same_views()  # records this build's tags and commenters for the next
        if page.template == "post.html":
            return self._post_key(page, site_key)
        if memo is not None:
            seen = memo.get(page.path)
            if (seen is not None and seen[0] == site_key and seen[1] == page.template
                    and self._same_views()
                    and self._same_context(seen[2], ctx, self.head_only(page.template))):
                memo[page.path] = (site_key, page.template, ctx, seen[3])
                return str(seen[3])
        head = self.head_only(page.template)
        inputs = [(name, self._head_key(value) if head and name in HEADED
                   else self._fingerprint(value)) for name, value in sorted(ctx.items())]
        data = repr((site_key, page.path, page.url_path, page.template, inputs))
        key = hashlib.blake2b(data.encode(), digest_size=16).hexdigest()
        if memo is not None:
            memo[page.path] = (site_key, page.template, ctx, key)
        return key

    def _same_context(self, old: dict[str, Any], new: dict[str, Any], head: bool) -> bool:
        """The last build's context of a page and this one's hold the same things: the
        same posts (the very objects, or equal ones), views with the same head and
        members (the head only where the key is made of heads), pagers at the same
        place with the same items."""
        if old.keys() != new.keys():
            return False
        for name, value in new.items():
            before = old[name]
            if head and name in HEADED:
                if self._head_key(before) != self._head_key(value):
                    return False
            elif isinstance(value, (TagView, Commenter)):
                if not self._same_view(before, value):
                    return False
            elif isinstance(value, Pager):
                if not (type(before) is Pager and before.number == value.number
                        and before.total == value.total and before.first == value.first
                        and before.items == value.items):
                    return False
            elif before != value:
                return False
        return True

    def _same_view(self, before: Any, view: TagView | Commenter) -> bool:
        pair = (id(before), id(view))  # both alive while this build runs
        found = self._views_same.get(pair)
        if found is None:
            found = self._views_same[pair] = (
                type(before) is type(view) and before.name == view.name
                and before.slug == view.slug and before.url == view.url
                and _members(before) == _members(view))
        return found

    def _post_key(self, page: Page, site_key: str) -> str:
        """page_key of a post page.  With `key_memo` (kept between builds by serve),
        a page whose post, neighbours and related posts are the very objects of the
        last build (a post object is made again when one of its files changes), with
        the same tags (name, URL, count) and commenter URLs, keeps its last key."""
        ctx = page.context
        post = ctx["post"]
        others = (ctx["newer"], ctx["older"], *ctx["related"])
        memo = self.key_memo
        if memo is not None:
            seen = memo.get(page.path)
            if (seen is not None and seen[0] == site_key and seen[1] is post
                    and len(seen[2]) == len(others)
                    and all(a is b for a, b in zip(seen[2], others, strict=True))
                    # the same post under the same tag heads shows the same tags
                    and (self._same_views() or seen[3] == self._tags_of(post))
                    and self._same_commenters()):
                memo[page.path] = (site_key, post, others, seen[3], seen[4])
                return str(seen[4])
        tags = self._tags_of(post)
        inputs = (self._digest(post), [self._digest(p) for p in others], tags,
                  [self.commenter_url(c.author) for c in post.comments if c.author])
        data = repr((site_key, page.path, page.url_path, page.template, inputs))
        key = hashlib.blake2b(data.encode(), digest_size=16).hexdigest()
        if memo is not None:
            memo[page.path] = (site_key, post, others, tags, key)
        return key

    def _same_views(self) -> bool:
        """Every tag's head and every commenter's URL are the last build's: then a post
        (the same object) shows the same tags and a comment the same commenter link."""
        if self._tags_same is None:
            assert self.key_memo is not None
            heads = [_head(t) for t in self.plan.tags]
            self._tags_same = self.key_memo.get(TAG_HEADS) == heads
            self.key_memo[TAG_HEADS] = heads
        same_commenters = self._same_commenters()  # always: it records them for the next
        return self._tags_same and same_commenters

    def _same_commenters(self) -> bool:
        """Every commenter's URL is the last build's (the memo's)."""
        if self._commenters_same is None:
            assert self.key_memo is not None
            urls = [(c.name, c.url, c.aliases) for c in self.plan.commenters]
            self._commenters_same = self.key_memo.get(COMMENTERS) == urls
            self.key_memo[COMMENTERS] = urls
        return self._commenters_same

    def _head_key(self, value: Any) -> Any:
        if isinstance(value, (TagView, Commenter)):
            return _head(value)
        if isinstance(value, list) and all(isinstance(v, (TagView, Commenter)) for v in value):
            return [_head(v) for v in value]
        return self._fingerprint(value)

    def head_only(self, template: str) -> bool:
        """True when `template` (with every template it extends, includes or imports)
        shows of a `tag` or `commenter` only its name, slug, URL and number of posts
        or comments (the same of each item of a loop over `tags` or `commenters`),
        and never touches `page`: then a paged tag or commenter page depends on its
        view's head and its pager's items, not on all of the view's posts (an edit
        to one post re-renders the one page of a 1,000-page commenter that lists
        it, not all 1,000), and the tag and commenter indexes on the heads only.
        Any other use (a loop over `tag.posts`, a view passed to a macro, a template
        named at run time) gives False: the page is keyed on all of each view."""
        found = self._head_only.get(template)
        if found is None:
            found = self._head_only[template] = self._uses_heads(template, set())
        return found

    def _uses_heads(self, name: str, seen: set[str]) -> bool:
        if name in seen:
            return True
        seen.add(name)
        loader = self.env.loader
        assert loader is not None
        try:
            source = loader.get_source(self.env, name)[0]
            tree = self.env.parse(source)
        except jinja2.TemplateError:
            return False
        views = set(VIEW_NAMES)
        for loop in tree.find_all(nodes.For):
            if (isinstance(loop.iter, nodes.Name) and loop.iter.name in LIST_NAMES
                    and isinstance(loop.target, nodes.Name)):
                views.add(loop.target.name)  # its every use is then checked as a view's
        if not _heads_only(tree, None, None, frozenset(views)):
            return False
        for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import,
                                   nodes.FromImport)):
            if isinstance(node, (nodes.Import, nodes.FromImport)) and not node.with_context:
                continue  # its macros see only what they are passed, checked here
            other = node.template  # type: ignore[attr-defined]
            if not (isinstance(other, nodes.Const) and isinstance(other.value, str)):
                return False  # a template named at run time
            if not self._uses_heads(other.value, seen):
                return False
        return True

    def warm_keys(self, posts: Any) -> None:
        """Compute the shared parts of page keys once (before worker processes fork)."""
        for post in posts:
            self._fingerprint(post)
        for view in (*self.plan.tags, *self.plan.commenters):
            self._fingerprint(view)

    def _tags_of(self, post: Post) -> list[tuple[str, str, int]]:
        return [(t.name, t.url, len(t.posts)) for t in self.plan.post_tags.get(post.id, [])]

    def _fingerprint(self, value: Any) -> Any:
        """Plain data standing for what a template can show of `value`."""
        kind = type(value)  # the common cases first, by exact type (this runs 400,000 times)
        if kind in _PLAIN:
            return value
        if kind is Post:
            found = self._listed.get(value.id)
            if found is not None:
                return found
            if self.key_memo is not None:  # the last build's, for the same post and tags
                seen = self.key_memo.setdefault(LISTED, {}).get(value.id)
                if seen is not None and seen[0] is value and self._same_views():
                    self._listed[value.id] = seen[1]
                    return seen[1]
        elif kind is list or kind is tuple:
            return [self._fingerprint(v) for v in value]
        elif kind is Comment:
            return (value.post, value.id, self._digests.get(value.post) or repr(value))
        if value is None or isinstance(value, (str, int, float)):
            return value
        if isinstance(value, Post):
            found = self._listed.get(value.id)
            if found is None:
                found = self._listed[value.id] = _hash((self._digest(value),
                                                        self._tags_of(value)))
                if self.key_memo is not None:
                    self.key_memo.setdefault(LISTED, {})[value.id] = (value, found)
            return found
        if isinstance(value, (list, tuple)):
            return [self._fingerprint(v) for v in value]
        if isinstance(value, dict):
            return [(k, self._fingerprint(v)) for k, v in value.items()]
        if isinstance(value, Pager):
            return ("pager", value.number, value.total, value.first,
                    self._fingerprint(value.items))
        if isinstance(value, (TagView, Commenter)):
            found = self._views.get(id(value))
            if found is None:
                members = value.posts if isinstance(value, TagView) else value.comments
                found = self._views[id(value)] = _hash((type(value).__name__, value.name,
                                                        value.slug, value.url,
                                                        self._fingerprint(members)))
            return found
        if isinstance(value, Comment):
            return (value.post, value.id, self._digests.get(value.post) or repr(value))
        raise TypeError(f"no input key for a {type(value).__name__} in a page's context")

    def _digest(self, post: Post | None) -> str:
        if post is None:
            return ""
        found = self._digests.get(post.id)
        if found is None:
            found = hashlib.blake2b(repr(post).encode(), digest_size=16).hexdigest()
            self._digests[post.id] = found
        return found

    def post_title(self, post: Post) -> str:
        """`display_title`, once per post (posts appear on many lists)."""
        key = (post.id, -1)
        text = self._excerpts.get(key)
        if text is None:
            text = self._excerpts[key] = display_title(post)
        return text

    def post_excerpt(self, post: Post, limit: int = 280) -> str:
        """`post_excerpt`, computed once per post and length (posts appear on many lists)."""
        key = (post.id, limit)
        text = self._excerpts.get(key)
        if text is None:
            text = self._excerpts[key] = post_excerpt(post, limit)
        return text

    def markdown(self, text: str) -> Markup:
        key = doc_key(text)
        fragment = self.html.get(key)
        if fragment is None:
            fragment = self.html[key] = cached_fragment(text, self.markup_cache)
        return Markup(fragment)

    def render(self, page: Page) -> bytes:
        try:
            template = self.env.get_template(page.template)
            text = template.render(page=page, **page.context)
        except jinja2.TemplateSyntaxError as exc:
            path = _display(exc.filename or page.template, self.config.root)
            raise BuildError(f"template error: {exc.message}", path, exc.lineno) from None
        except jinja2.TemplateNotFound as exc:
            raise BuildError(f"template '{exc.name}' not found (needed for {page.source})",
                             self.config.templates_dir) from None
        except Exception as exc:
            raise self._runtime_error(exc, page) from None
        return text.encode("utf-8")

    def _runtime_error(self, exc: Exception, page: Page) -> BuildError:
        tb = traceback.extract_tb(exc.__traceback__)
        templates = str(self.config.templates_dir.resolve())
        for entry in reversed(tb):
            if entry.filename.startswith(templates) or entry.filename.endswith(
                    (".html", ".xml", ".txt")):
                path = _display(entry.filename, self.config.root)
                return BuildError(f"template error while rendering {page.path}: {exc}",
                                  path, entry.lineno)
        return BuildError(f"error while rendering {page.path} ({page.source}): "
                          f"{type(exc).__name__}: {exc}")


def _members(view: TagView | Commenter) -> list[Any]:
    return view.posts if isinstance(view, TagView) else view.comments


def _head(view: TagView | Commenter) -> tuple[str, str, str, str, int]:
    members = view.posts if isinstance(view, TagView) else view.comments
    return (type(view).__name__, view.name, view.slug, view.url, len(members))


def _heads_only(node: nodes.Node, parent: nodes.Node | None, grandparent: nodes.Node | None,
                views: frozenset[str]) -> bool:
    """No `page`; views only as .name/.slug/.url or .posts|length; `tags` and
    `commenters` only as |length or what a for loop goes over."""
    if isinstance(node, nodes.Name) and node.ctx == "load":
        if node.name == "page":
            return False
        if node.name in LIST_NAMES:
            if isinstance(parent, nodes.For) and parent.iter is node:
                return isinstance(parent.target, nodes.Name)
            return (isinstance(parent, nodes.Filter) and parent.node is node
                    and parent.name in ("length", "count"))
        if node.name in views:
            if not isinstance(parent, nodes.Getattr):
                return False
            if parent.attr in HEAD_ATTRS:
                return True
            return (parent.attr in MEMBER_ATTRS and isinstance(grandparent, nodes.Filter)
                    and grandparent.name in ("length", "count") and grandparent.node is parent)
    return all(_heads_only(child, node, parent, views) for child in node.iter_child_nodes())


def post_excerpt(post: Post, limit: int = 280) -> str:
    """The body's opening words, leaving out source lines ("Outlet: headline")."""
    paras = paragraphs(post.body)
    kept = [p for n, p in enumerate(paras, start=1) if n not in post.sources]
    return plain_text("\n\n".join(kept[:4]), limit)


def c_key(name: str) -> str:
    return name.strip().casefold()


def atom_date(value: str | None) -> str:
    """'2016-02-06' or '2016-02-06T08:03' -> RFC 3339 in UTC ('...T08:03:00Z')."""
    if not value:
        return "1970-01-01T00:00:00Z"
    time_part = value[11:16] if len(value) >= 16 else "00:00"
    return f"{value[:10]}T{time_part}:00Z"


def weekday(date: str | None) -> str:
    if not date:
        return ""
    import datetime

    return WEEKDAYS[datetime.date(int(date[:4]), int(date[5:7]), int(date[8:10])).weekday()]


def comment_when(comment: Comment) -> str:
    if comment.date:
        return format_date(comment.date)
    return comment.time or ""


RenderFn = Callable[[Page], bytes]
