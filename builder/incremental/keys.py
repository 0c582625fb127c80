"""Page keys: a stable hash of everything a page is rendered from.

Takes: a page (output path, template, context), the site key (templates, config,
options and our code) and the plan (whose `reach` says what templates can look up
beyond a value's own fields).  Gives: the page's key; equal keys mean equal bytes.

Nothing here names a page's inputs.  The key is made from a canonical form of the
whole context: plain values as they are; lists, tuples and dicts item by item; any
dataclass field by field (so a new field of a model or plan object changes the key
by construction); a model object with what the plan's lookups give for it.  A value
of any other type is refused (a TypeError names it), never skipped.  The narrowings
are `heads.py`'s: a template that shows of a tag or commenter only its head is keyed
on that head, not on all of its members; a template that never reads `pager.items`
is keyed on its pager without them.

Frozen dataclasses (posts, notes, comments, body parts) are hashed once and
remembered by identity (`KeyMemo`, kept between builds by serve): an edit re-hashes
the objects it made anew, not the archive.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from builder.incremental.heads import HEADED, heads_only, reads_pager_items
from builder.incremental.tokens import (
    FIELDS,
    FROZEN,
    GETTERS,
    KINDS,
    MAPPING,
    PLAIN,
    PLAIN_TYPES,
    SEQUENCE,
    TEXT,
    Tokens,
    as_heads,
    kind_of,
)

if TYPE_CHECKING:
    from builder.incremental.names import KeyStore, Names

def digest(data: Any) -> str:
    """A stable hash of plain data (strings, numbers, None, lists, tuples, dicts):
    marshal's format 2 writes equal values as equal bytes, whatever their identity
    (later formats refer back to objects met before), three times faster than repr."""
    return hashlib.blake2b(marshal.dumps(data, 2), digest_size=16).hexdigest()


def _without_items(pager: Any) -> dict[str, Any]:
    """A pager's fields but its items, for a template that never reads them."""
    kind_of(type(pager))
    return {n: getattr(pager, n) for n in FIELDS[type(pager)] if n != "items"}


class KeyMemo:
    """What page keys learnt of frozen objects, by identity, kept from one build to
    the next: the digest of each object's fields (`fields`) and its canonical form
    with what the plan's lookups give for it (`forms`, valid while the lookups'
    state is the same).  Each entry holds its object, so that its identity cannot
    be reused while the entry lives; a build keeps only the entries it used."""

    def __init__(self) -> None:
        self.fields: tuple[dict[int, tuple[Any, str]], dict[int, tuple[Any, str]]] = ({}, {})
        self.forms: tuple[dict[int, tuple[Any, Any]], dict[int, tuple[Any, Any]]] = ({}, {})
        self.heads: dict[str, bool] = {}  # template -> heads_only (while the site key holds)
        self.items: dict[str, bool] = {}  # template -> reads_pager_items (likewise)
        # page path -> (context, identity tokens of its values, key) of the last build
        self.pages: tuple[dict[str, tuple[Any, Any, str]], dict[str, tuple[Any, Any, str]]] = \
            ({}, {})
        self.site_key = ""
        self.reach_state: Any = None
        self.ended = True

    def start_build(self, site_key: str, reach_state: Any) -> None:
        if site_key != self.site_key:  # templates or code changed: nothing learnt holds
            self.fields, self.forms, self.heads, self.items = ({}, {}), ({}, {}), {}, {}
            self.pages, self.site_key = ({}, {}), site_key
        if reach_state != self.reach_state:
            self.forms, self.pages, self.reach_state = ({}, {}), ({}, {}), reach_state
        if not self.ended:  # the last build did not end (it failed): keep all it learnt
            self.fields = ({**self.fields[0], **self.fields[1]}, {})
            self.forms = ({**self.forms[0], **self.forms[1]}, {})
            self.pages = ({**self.pages[0], **self.pages[1]}, {})
        self.ended = False

    def end_build(self, keep_fields: bool = False) -> None:
        """Keep what this build used (what it did not use, no later build will), and
        with `keep_fields` every object's digest (serve's search pass, which needs every
        post's, comes next: an edit's build reuses most pages without them)."""
        fields = {**self.fields[0], **self.fields[1]} if keep_fields else self.fields[1]
        self.fields, self.forms, self.ended = (fields, {}), (self.forms[1], {}), True
        self.pages = (self.pages[1], {})


def _get(table: tuple[dict[int, tuple[Any, Any]], dict[int, tuple[Any, Any]]],
         obj: Any) -> Any:
    last, now = table
    found = now.get(id(obj))
    if found is None:
        found = last.get(id(obj))
        if found is None or found[0] is not obj:
            return None
        now[id(obj)] = found
    return found[1]


class PageKeys:
    """page -> key for one build.  `reach(value)`: what templates can look up of a
    model object beyond its own fields (the plan's tags of a post, a commenter's
    page); `reach_state`: plain data that is equal while `reach` gives the same for
    the same object (the plan's lookups as a whole).  `again`: False when no later
    build reads this memo (a one-off `archive build`): the pages' identity tokens,
    which only a later build in the same process can compare, are not made."""

    def __init__(self, site_key: str, reach: Callable[[Any], Any], reach_state: Any,
                 source: Callable[[str], str | None], memo: KeyMemo | None = None,
                 again: bool = True, store: KeyStore | None = None,
                 names: Names | None = None) -> None:
        self.site_key, self.reach, self.again = site_key, reach, again
        self.memo = memo if memo is not None else KeyMemo()
        self.memo.start_build(site_key, reach_state)
        self.source = source  # template name -> its source, for heads_only
        self._now: dict[int, tuple[Any, str]] = {}  # this build's plan objects by identity
        self._tokens = Tokens()
        # a one-off build: the last one's keys, by tokens naming objects (names.py)
        self.store: KeyStore | None = store if names is not None else None
        self.names: Names | None = names
        if self.store is not None and self.names is not None:
            self.store.start(site_key, reach_state)
            for template, (heads, items) in self.store.templates.items():
                self.memo.heads.setdefault(template, heads)
                self.memo.items.setdefault(template, items)
            self._tokens = Tokens(self._leaf, self.names.of)

    def _leaf(self, value: Any) -> Any:
        """A frozen object in a one-off build's tokens: its name, else its content."""
        assert self.names is not None
        name = self.names.of(value)
        return name if name is not None else b"#" + self.object_digest(value).encode()

    def key(self, page: Any) -> str:
        head = self.heads_only(page.template)
        context = page.context
        if "pager" in context and not self.reads_items(page.template):
            context = {**context, "pager": _without_items(context["pager"])}
        if self.store is not None:
            tokens = self._tokens.page(context, HEADED if head else frozenset())
            stable = digest((page.template, page.url_path, tokens))
            key = self.store.key(page.path, stable) or self._hashed(page, context, head)
            self.store.new_pages[page.path] = (stable, key)
            return key
        tokens = (self._tokens.page(context, HEADED if head else frozenset())
                  if self.again else None)
        last, now = self.memo.pages
        seen = last.get(page.path)
        if (tokens is not None and seen is not None and seen[1] == tokens
                and seen[0][0] == page.template and seen[0][1] == page.url_path):
            now[page.path] = seen  # the very objects (or equal values) of the last build
            return seen[2]
        key = self._hashed(page, context, head)
        if tokens is not None:
            now[page.path] = ((page.template, page.url_path, page.context), tokens, key)
        return key

    def _hashed(self, page: Any, context: dict[str, Any], head: bool) -> str:
        inputs = [(name, self._head(value) if head and name in HEADED else self.canon(value))
                  for name, value in sorted(context.items())]
        return digest((self.site_key, page.path, page.url_path, page.template, inputs))

    def end(self, keep_fields: bool = False) -> None:
        self.memo.end_build(keep_fields)
        if self.store is not None:
            self.store.save({template: (heads, self.reads_items(template))
                             for template, heads in self.memo.heads.items()})

    def heads_only(self, template: str) -> bool:
        found = self.memo.heads.get(template)
        if found is None:
            found = self.memo.heads[template] = heads_only(template, self.source)
        return found

    def reads_items(self, template: str) -> bool:
        found = self.memo.items.get(template)
        if found is None:
            found = self.memo.items[template] = reads_pager_items(template, self.source)
        return found

    def object_digest(self, obj: Any) -> str:
        """The digest of a frozen dataclass's own fields, frozen objects in them by
        their own digests: the object's content alone, nothing the plan's lookups give
        (those are `reach`'s, for the object and all it holds).  The search index's
        keys use it: a post's digest stands for its search document."""
        found = _get(self.memo.fields, obj)
        if found is None:
            name = self.names.post(obj) if self.names is not None else None
            if name is not None:
                assert self.store is not None
                found = self.store.new_digests[name] = self.store.digests.get(name) or \
                    self._own_digest(obj)
            else:
                found = self._own_digest(obj)
            self.memo.fields[1][id(obj)] = (obj, found)
        return found

    def _own_digest(self, obj: Any) -> str:
        kind = type(obj)
        if kind not in GETTERS:
            kind_of(kind)
        return digest((kind.__qualname__, [
            value if type(value) in PLAIN_TYPES else self._own(value)
            for value in GETTERS[kind](obj)]))

    def _own(self, value: Any) -> Any:
        """A value held by a frozen object, as `object_digest` takes it."""
        kind = KINDS.get(type(value))
        if kind is None:
            kind = kind_of(type(value))
        if kind is PLAIN:
            return value
        if kind is FROZEN:
            return self.object_digest(value)
        if kind is SEQUENCE:
            return [v if type(v) in PLAIN_TYPES else self._own(v) for v in value]
        if kind is MAPPING:
            return [(self._own(k), self._own(v)) for k, v in value.items()]
        return self.canon(value)  # text (Markup) or a plan object

    def canon(self, value: Any) -> Any:
        """Plain data standing for all a template can show of `value`: plain values as
        they are, containers item by item, a frozen object as its digest with what the
        plan's lookups give for it, a plan object (a view, a pager) as a digest."""
        kind = KINDS.get(type(value))
        if kind is None:
            kind = kind_of(type(value))
        if kind is PLAIN:
            return value
        if kind is FROZEN:  # immutable: remembered by identity from one build to the next
            found = self.memo.forms[1].get(id(value))  # (met in this build: kept alive)
            if found is not None:
                return found[1]
            found = _get(self.memo.forms, value)
            if found is None:
                found = (self.object_digest(value), self.reach(value))  # plain data
                self.memo.forms[1][id(value)] = (value, found)
            return found
        if kind is SEQUENCE or kind is MAPPING:
            return self._container(value, kind)
        if kind is TEXT:
            return str(value)
        seen = self._now.get(id(value))  # a plan object (a view, a pager): this build only
        if seen is not None and seen[0] is value:
            return seen[1]
        made = digest((type(value).__qualname__,
                       [self.canon(getattr(value, n)) for n in FIELDS[type(value)]]))
        self._now[id(value)] = (value, made)
        return made

    def _container(self, value: Any, kind: int) -> list[Any]:
        """A list, tuple or mapping item by item (a tuple made anew each build, like a
        page's slice of a list, costs no digest of its own)."""
        canon = self.canon
        if kind is MAPPING:
            return [(k if type(k) is str else canon(k), v if type(v) in PLAIN_TYPES else canon(v))
                    for k, v in value.items()]
        return [v if type(v) in PLAIN_TYPES else canon(v) for v in value]

    def _head(self, value: Any) -> Any:
        """A view (or a list of views) as its head; anything else in full."""
        found = as_heads(value)
        return self.canon(value) if found is None else found
