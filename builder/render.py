"""Pages -> bytes with Jinja2 (no I/O besides reading templates).

Takes: a `Page` (template name + context) and the shared site view.  Gives: the
page's bytes.  Autoescape is on for every HTML and XML template; Markdown arrives
already sanitised (`builder.markup`) and is the only thing marked safe.  An
undefined variable renders empty and is recorded as a warning naming the template
file and line (a failure under --strict); any other template error becomes a
BuildError naming the template file and line.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import jinja2
from markupsafe import Markup

from builder.config import SiteConfig
from builder.errors import BuildError
from builder.i18n import load_language
from builder.images.html import PagePictures
from builder.images.store import Store
from builder.markup import MarkupCache, cached_fragment, localize, plain_text
from builder.model import Post
from builder.oldurls import short_anchor
from builder.plan import Page, Plan
from builder.present import Dates, atom_date, post_excerpt, post_moment, web_link
from builder.render_env import environment
from builder.titles import display_title, initial
from builder.urls import Urls, comment_link

# every page carries it (about 100 bytes, not 240: the site's own files only, no
# plugins, no <base>, forms to the site; the search page adds WebAssembly to scripts)
CSP = ("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'")


class _TemplateLine(NamedTuple):
    filename: str
    line: int


def _template_location(frames: list[Any]) -> _TemplateLine | None:
    for frame, lineno in reversed(frames):
        template = frame.f_globals.get("__jinja_template__")
        if template is not None and template.filename:
            return _TemplateLine(template.filename, template.get_corresponding_lineno(lineno))
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
            path = _display(where.filename, WarningUndefined.root)
            WarningUndefined.sink.append(f"{path}:{where.line}: undefined variable '{name}'")
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
    """A template's path as messages show it: relative to the project when inside it."""
    try:
        return Path(filename).resolve().relative_to(root).as_posix()
    except ValueError:
        return filename


# globals that give the same result for the same arguments all build long: a template's
# call of one with constants (`url('tags/')`, `static('site.css')`) is made once a build
PURE_GLOBALS = frozenset(("url", "abs_url", "static", "plurals"))


class Renderer:
    """One Jinja environment per build; `render(page)` -> bytes."""

    def __init__(self, config: SiteConfig, urls: Urls, plan: Plan, *, search: bool,
                 source_date: str | None = None,
                 markup_cache: MarkupCache | None = None) -> None:
        self.config, self.urls, self.plan = config, urls, plan
        self.markup_cache = markup_cache or MarkupCache(None)
        self.warnings: list[str] = []
        self.pictures = PagePictures(Store(config.content_dir, read=False), urls.url,
                                     self.warnings)
        self._excerpts: dict[tuple[str, int | str], str] = {}
        self._untitled: str | None = None
        WarningUndefined.sink = self.warnings
        WarningUndefined.root = config.root
        self.language = language = load_language(config.language, config.root)
        if not language.catalogued:
            self.warnings.append(
                f"site.yaml: no message catalogue speaks '{config.language}': the pages' own "
                f"words stay in English (add locales/{language.locale.language}.po: "
                "see docs/languages.md)")
        self.picture_words = language.picture_words()
        self.dates = dates = Dates(language.locale)
        self.env = environment(
            config.templates_dir, config.root, language.translations,
            self._globals(search, source_date),
            {"date": dates.date, "excerpt": plain_text, "month_name": dates.month,
             "month_year": dates.month_year, "day_month": dates.day_month},
            WarningUndefined, PURE_GLOBALS)

    def _globals(self, search: bool, source_date: str | None) -> dict[str, Any]:
        urls, plan = self.urls, self.plan
        return {
            "site": {
                "title": self.config.title, "description": self.config.description,
                "language": self.config.language, "author": self.config.author,
                "dir": self.language.direction,
                "base_path": urls.base_path, "origin": urls.origin,
            },
            "csp": CSP,
            "url": urls.url, "abs_url": urls.absolute, "static": urls.static,
            "post_url": self.post_url, "comment_url": self.comment_url,
            "page_url": urls.page_url, "web_link": web_link,
            "post_tags": plan.tags_of,
            "post_abs": lambda post: urls.origin + urls.post_url(post),
            "commenter_url": self.commenter_url, "atom_date": atom_date,
            "md": self.markdown, "post_excerpt": self.post_excerpt,
            "comment_when": self.dates.comment_when, "post_when": self.post_when,
            "post_moment": post_moment,
            "plurals": self.language.plurals,
            "lang_attr": self.lang_attr, "short_anchor": short_anchor,
            "post_title": self.post_title, "initial": initial,
            "has_search": search, "search_url": urls.url("search/"),
            "built": source_date,
        }

    def lang_attr(self, post: Post) -> Markup:
        """` lang="en"` on what a post wrote (title, text, excerpt, its comments) when its
        front matter's `language` is not the site's; else nothing."""
        language = post.language
        if not language or language == self.config.language:
            return Markup("")
        return Markup(' lang="{}"').format(language)

    def post_when(self, post: Post, form: str = "long", exact: bool = False) -> str:
        """A post's date (and time, on the clock its source printed), once per post and
        form (posts appear on many lists); `exact` on its own page (`post_moment`)."""
        key = (post.id, f"when-{form}-{exact}")
        text = self._excerpts.get(key)
        if text is None:
            text = self._excerpts[key] = self.dates.post_date(
                post, form, exact)  # type: ignore[arg-type]
        return text

    def post_url(self, post: Post) -> str:
        """`Urls.post_url`, once per post (posts appear on many lists)."""
        key = (post.id, "url")
        text = self._excerpts.get(key)
        if text is None:
            text = self._excerpts[key] = self.urls.post_url(post)
        return text

    def comment_url(self, post: Post, comment_id: str) -> str:
        """`Urls.comment_url`, its post's URL worked out once per post (a commenter's
        page links each of their comments)."""
        return comment_link(self.post_url(post), comment_id)

    def commenter_url(self, name: str) -> str:
        found = self.plan.commenter_url(name)
        return found if found is not None else self.urls.url("commenters/")

    def post_title(self, post: Post) -> str:
        """`display_title`, once per post (posts appear on many lists); it comes from
        the post alone, so a page's key (which holds the post) follows it."""
        key = (post.id, -1)
        text = self._excerpts.get(key)
        if text is None:
            if self._untitled is None:  # a catalogue lookup costs more than the title
                self._untitled = self.language.gettext("Untitled post")
            text = self._excerpts[key] = display_title(post, self.dates.date, self._untitled)
        return text

    def post_excerpt(self, post: Post, limit: int = 280) -> str:
        """`post_excerpt`, computed once per post and length (posts appear on many lists)."""
        key = (post.id, limit)
        text = self._excerpts.get(key)
        if text is None:
            text = self._excerpts[key] = post_excerpt(post, limit)
        return text

    def markdown(self, text: str) -> Markup:
        """A Markdown document as safe HTML.  Not kept: each document is shown once (on
        its post's page), and the fragments of 100,000 posts would be 500 MB."""
        fragment = self.pictures.localise(cached_fragment(text, self.markup_cache))
        return Markup(localize(fragment, self.picture_words))

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


RenderFn = Callable[[Page], bytes]


def template_source(templates: Path) -> Callable[[str], str | None]:
    """name -> the text of a template of this folder (None when there is none)."""
    loader = jinja2.FileSystemLoader(str(templates))
    env = jinja2.Environment(loader=loader)

    def source(name: str) -> str | None:
        try:
            return loader.get_source(env, name)[0]
        except jinja2.TemplateNotFound:
            return None
    return source
