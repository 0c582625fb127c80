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

import dataclasses
import hashlib
import marshal
import operator
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from builder.incremental.heads import (
    HEADED,
    head,
    heads_only,
    is_view,
    reads_pager_items,
)

_PLAIN, _SEQUENCE, _MAPPING, _FROZEN, _PLAN, _TEXT = range(6)  # kinds of values
_KINDS: dict[type, int] = {str: _PLAIN, int: _PLAIN, float: _PLAIN, bool: _PLAIN,
                           type(None): _PLAIN, list: _SEQUENCE, tuple: _SEQUENCE,
                           dict: _MAPPING, MappingProxyType: _MAPPING}
_FIELDS: dict[type, tuple[str, ...]] = {}  # dataclass -> its field names
_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}  # dataclass -> its fields' values
_PLAIN_TYPES = frozenset(kind for kind, found in _KINDS.items() if found == _PLAIN)


def _kind(kind: type) -> int:
    """What a value of this type is, for `canon` (worked out once per type)."""
    found = _KINDS.get(kind)
    if found is None:
        if dataclasses.is_dataclass(kind):
            _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
            getter = operator.attrgetter(*_FIELDS[kind]) if _FIELDS[kind] else None
            _GETTERS[kind] = (  # always a tuple, whatever the number of fields
                (lambda obj: ()) if getter is None else getter if len(_FIELDS[kind]) > 1
                else (lambda obj, one=getter: (one(obj),)))
            frozen = kind.__dataclass_params__.frozen  # type: ignore[attr-defined]
            found = _FROZEN if frozen else _PLAN
        elif issubclass(kind, str):
            found = _TEXT  # Markup
        else:
            raise TypeError(f"no page key for a {kind.__name__} in a page's context: "
                            "give pages plain values, lists, dicts or dataclasses")
        _KINDS[kind] = found
    return found


def _immutable(values: Any) -> bool:
    """A tuple, or the values of a read-only mapping, holding only plain values,
    frozen dataclasses and such tuples: its canonical form can be remembered."""
    for value in values:
        kind = _KINDS.get(type(value))
        if kind is None:
            kind = _kind(type(value))
        if kind is _SEQUENCE and type(value) is tuple:
            if not _immutable(value):
                return False
        elif kind is not _PLAIN and kind is not _FROZEN:
            return False
    return True


def digest(data: Any) -> str:
    """A stable hash of plain data (strings, numbers, None, lists, tuples, dicts):
    marshal's format 2 writes equal values as equal bytes, whatever their identity
    (later formats refer back to objects met before), three times faster than repr."""
    return hashlib.blake2b(marshal.dumps(data, 2), digest_size=16).hexdigest()


def _without_items(pager: Any) -> dict[str, Any]:
    """A pager's fields but its items, for a template that never reads them."""
    _kind(type(pager))
    return {n: getattr(pager, n) for n in _FIELDS[type(pager)] if n != "items"}


def _heads(value: Any) -> Any:
    """A view, or a list of views, as its head (None: something else)."""
    if isinstance(value, list) and value and all(is_view(v) for v in value):
        return [head(v) for v in value]
    return head(value) if is_view(value) else None


class _Tokens:
    """What pages' contexts hold, for one build: plain values as they are, frozen
    dataclasses by identity (immutable: the same object is the same content),
    anything else item by item or field by field.  Equal tokens from one build to
    the next mean the same key.  A container or plan object met again in this build
    (a tag's view on each of its pages, a list shared by many pages) gives the token
    it gave the first time: the plan does not change what it made once rendering
    starts.  The memo entry keeps the context alive, so no identity is reused while
    it is compared."""

    def __init__(self) -> None:
        self.seen: dict[int, tuple[Any, Any]] = {}  # id -> (value, its token)

    def page(self, context: dict[str, Any], headed: frozenset[str]) -> Any:
        found = []
        for name, value in sorted(context.items()):
            if name in headed:
                headed_form = _heads(value)
                if headed_form is not None:
                    found.append((name, headed_form))
                    continue
            token = self.token(value)
            if token is None:
                return None
            found.append((name, token))
        return found

    def token(self, value: Any) -> Any:
        kind = _KINDS.get(type(value))
        if kind is None:
            kind = _kind(type(value))
        if kind is _PLAIN or kind is _TEXT:
            return (type(value), value)
        if kind is _FROZEN:
            return id(value)  # immutable: the same object is the same content
        seen = self.seen.get(id(value))
        if seen is not None and seen[0] is value:
            return seen[1]
        if kind is _SEQUENCE:
            items = [self.token(v) for v in value]
            token = None if None in items else (type(value), items)
        elif kind is _MAPPING:
            pairs = [(self.token(k), self.token(v)) for k, v in value.items()]
            token = None if any(None in pair for pair in pairs) else (type(value), pairs)
        else:  # a plan object
            fields = [self.token(getattr(value, n)) for n in _FIELDS[type(value)]]
            token = None if None in fields else (type(value), fields)
        self.seen[id(value)] = (value, token)
        return token


class KeyMemo:
    """What page keys learnt of frozen objects, by identity, kept from one build to
    the next: the digest of each object's fields (`fields`) and its canonical form
    with what the plan's lookups give for it (`forms`, valid while the lookups'
    state is the same).  Each entry holds its object, so that its identity cannot
    be reused while the entry lives; a build keeps only the entries it used."""

    def __init__(self) -> None:
        self.fields: tuple[dict[int, tuple[Any, str]], dict[int, tuple[Any, str]]] = ({}, {})
        self.forms: tuple[dict[int, tuple[Any, str]], dict[int, tuple[Any, str]]] = ({}, {})
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


def _get(table: tuple[dict[int, tuple[Any, str]], dict[int, tuple[Any, str]]],
         obj: Any) -> str | None:
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
                 again: bool = True) -> None:
        self.site_key, self.reach, self.again = site_key, reach, again
        self.memo = memo if memo is not None else KeyMemo()
        self.memo.start_build(site_key, reach_state)
        self.source = source  # template name -> its source, for heads_only
        self._now: dict[int, tuple[Any, str]] = {}  # this build's plan objects by identity
        self._tokens = _Tokens()

    def key(self, page: Any) -> str:
        head = self.heads_only(page.template)
        context = page.context
        if "pager" in context and not self.reads_items(page.template):
            context = {**context, "pager": _without_items(context["pager"])}
        tokens = (self._tokens.page(context, HEADED if head else frozenset())
                  if self.again else None)
        last, now = self.memo.pages
        seen = last.get(page.path)
        if (tokens is not None and seen is not None and seen[1] == tokens
                and seen[0][0] == page.template and seen[0][1] == page.url_path):
            now[page.path] = seen  # the very objects (or equal values) of the last build
            return seen[2]
        inputs = [(name, self._head(value) if head and name in HEADED else self.canon(value))
                  for name, value in sorted(context.items())]
        key = digest((self.site_key, page.path, page.url_path, page.template, inputs))
        if tokens is not None:
            now[page.path] = ((page.template, page.url_path, page.context), tokens, key)
        return key

    def end(self, keep_fields: bool = False) -> None:
        self.memo.end_build(keep_fields)

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
            kind = type(obj)
            if kind not in _GETTERS:
                _kind(kind)
            found = digest((kind.__qualname__, [
                value if type(value) in _PLAIN_TYPES else self._own(value)
                for value in _GETTERS[kind](obj)]))
            self.memo.fields[1][id(obj)] = (obj, found)
        return found

    def _own(self, value: Any) -> Any:
        """A value held by a frozen object, as `object_digest` takes it."""
        kind = _KINDS.get(type(value))
        if kind is None:
            kind = _kind(type(value))
        if kind is _PLAIN:
            return value
        if kind is _FROZEN:
            return self.object_digest(value)
        if kind is _SEQUENCE:
            return [v if type(v) in _PLAIN_TYPES else self._own(v) for v in value]
        if kind is _MAPPING:
            return [(self._own(k), self._own(v)) for k, v in value.items()]
        return self.canon(value)  # text (Markup) or a plan object

    def canon(self, value: Any) -> Any:
        """Plain data standing for all a template can show of `value`: plain values as
        they are, containers item by item, any other object as a digest."""
        kind = _KINDS.get(type(value))
        if kind is None:
            kind = _kind(type(value))
        if kind is _PLAIN:
            return value
        if kind is _FROZEN or ((kind is _SEQUENCE and type(value) is tuple)
                               or type(value) is MappingProxyType):
            # immutable: remembered by identity from one build to the next
            found = _get(self.memo.forms, value)
            if found is not None:
                return found
            if kind is _FROZEN:  # its content and what the plan's lookups give for it
                found = (self.object_digest(value), self.reach(value))  # plain data
            elif not _immutable(value.values() if kind is _MAPPING else value):
                return self._container(value, kind)
            else:
                found = digest(self._container(value, kind))
            self.memo.forms[1][id(value)] = (value, found)
            return found
        if kind is _SEQUENCE or kind is _MAPPING:
            return self._container(value, kind)
        if kind is _TEXT:
            return str(value)
        seen = self._now.get(id(value))  # a plan object (a view, a pager): this build only
        if seen is not None and seen[0] is value:
            return seen[1]
        found = digest((type(value).__qualname__,
                        [self.canon(getattr(value, n)) for n in _FIELDS[type(value)]]))
        self._now[id(value)] = (value, found)
        return found

    def _container(self, value: Any, kind: int) -> list[Any]:
        if kind is _MAPPING:
            return [(self.canon(k), self.canon(v)) for k, v in value.items()]
        return [self.canon(v) for v in value]

    def _head(self, value: Any) -> Any:
        """A view (or a list of views) as its head; anything else in full."""
        found = _heads(value)
        return self.canon(value) if found is None else found
