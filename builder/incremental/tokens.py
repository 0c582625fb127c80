"""What a page's context holds, value by value: the kinds of values page keys know,
and tokens that say whether a context holds what it held at the last build.

Takes: a page's context.  Gives: `Tokens.page`, a plain form of it in which a
frozen object stands as the caller's `leaf` says (serve: its identity; a one-off
build: the name it has from the files it was made from, `builder.incremental.names`).
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from builder.incremental.heads import head, is_view

PLAIN, SEQUENCE, MAPPING, FROZEN, PLAN, TEXT = range(6)  # kinds of values
KINDS: dict[type, int] = {str: PLAIN, int: PLAIN, float: PLAIN, bool: PLAIN,
                           type(None): PLAIN, list: SEQUENCE, tuple: SEQUENCE,
                           dict: MAPPING, MappingProxyType: MAPPING}
FIELDS: dict[type, tuple[str, ...]] = {}  # dataclass -> its field names
GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}  # dataclass -> its fields' values
PLAIN_TYPES = frozenset(kind for kind, found in KINDS.items() if found == PLAIN)


def kind_of(kind: type) -> int:
    """What a value of this type is, for `canon` (worked out once per type)."""
    found = KINDS.get(kind)
    if found is None:
        if dataclasses.is_dataclass(kind):
            FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
            GETTERS[kind] = _getter(FIELDS[kind])
            frozen = kind.__dataclass_params__.frozen  # type: ignore[attr-defined]
            found = FROZEN if frozen else PLAN
        elif issubclass(kind, str):
            found = TEXT  # Markup
        else:
            raise TypeError(f"no page key for a {kind.__name__} in a page's context: "
                            "give pages plain values, lists, dicts or dataclasses")
        KINDS[kind] = found
    return found


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of these fields of an object, as a tuple (attrgetter, in C)."""
    if len(names) > 1:
        return operator.attrgetter(*names)
    if names:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def as_heads(value: Any) -> Any:
    """A view, or a list of views, as its head (None: something else)."""
    if isinstance(value, list) and value and all(is_view(v) for v in value):
        return [head(v) for v in value]
    return head(value) if is_view(value) else None


class Tokens:
    """What pages' contexts hold, for one build: plain values as they are (with the
    name of their type when not a string), a frozen dataclass as `leaf` gives it (its
    identity, for serve: immutable, the same object is the same content; or its
    name), anything else item by item or field by field.  `named(value)`, when given,
    may name a tuple or read-only mapping (what the plan made from a named object)
    instead.  Equal tokens from one build to the next mean the same key.  A container
    or plan object met again in this build (a tag's view on each of its pages, a list
    shared by many pages) gives the token it gave the first time: the plan does not
    change what it made once rendering starts.  The memo entry keeps the context
    alive, so no identity is reused while it is compared.  Tokens are plain data
    (marshal writes them) but for the identities serve's leaves give."""

    def __init__(self, leaf: Callable[[Any], Any] = id,
                 named: Callable[[Any], Any] | None = None) -> None:
        self.seen: dict[int, tuple[Any, Any]] = {}  # id -> (value, its token)
        self.leaf, self.named = leaf, named

    def page(self, context: dict[str, Any], headed: frozenset[str]) -> Any:
        found = []
        for name, value in sorted(context.items()):
            if name in headed:
                headed_form = as_heads(value)
                if headed_form is not None:
                    found.append((name, headed_form))
                    continue
            token = self.token(value)
            if token is None:
                return None
            found.append((name, token))
        return found

    def token(self, value: Any) -> Any:
        kind = KINDS.get(type(value))
        if kind is None:
            kind = kind_of(type(value))
        if kind is PLAIN:
            return value if type(value) is str else (type(value).__name__, value)
        if kind is TEXT:
            return (type(value).__name__, str(value))
        if kind is FROZEN:
            return self.leaf(value)
        seen = self.seen.get(id(value))
        if seen is not None and seen[0] is value:
            return seen[1]
        token = self.named(value) if self.named is not None else None
        if token is None:
            token = self._made(kind, value)
        self.seen[id(value)] = (value, token)
        return token

    def _made(self, kind: int, value: Any) -> Any:
        """The token of a container or plan object, item by item or field by field
        (None when something in it has none)."""
        if kind is SEQUENCE:
            items = [self.token(v) for v in value]
            return None if None in items else (type(value).__name__, items)
        if kind is MAPPING:
            pairs = [(self.token(k), self.token(v)) for k, v in value.items()]
            return None if any(None in pair for pair in pairs) else (type(value).__name__, pairs)
        fields = [self.token(getattr(value, n)) for n in FIELDS[type(value)]]  # a plan object
        return None if None in fields else (
            f"{type(value).__module__}.{type(value).__qualname__}", fields)
