"""What each content file's front matter may hold, in canonical order.

Shared by the writer (`builder.split.write`) and the reader (`builder.load`), so
that the two can never disagree about a key.
"""

from __future__ import annotations

import re
from typing import Any

from builder.frontmatter import Plain

# key -> kind; kinds: str, str?, int, int?, bool, tags, ints, ranges, strs, lang?
POST_KEYS: dict[str, str] = {
    "type": "str",
    "id": "id",
    "title": "str",
    "date": "date?",
    "author": "str?",
    "tags": "strs",
    "source": "str",
    "source_index": "int",
    "read_more": "bool",
    "comment_count": "int?",
    "read_more_after": "ints",
    "read_more_lines": "strs",
    "quotes": "ranges",
    "sources": "ints",
    "printed": "strs",
    "draft": "bool",
    "url": "str?",
    "published": "str?",
    "comments_incomplete": "bool",
    "inputs": "strs",
    "language": "lang?",
}
PAGE_KEYS: dict[str, str] = {
    "type": "str",
    "id": "id",
    "title": "str",
    "date": "date?",
    "url": "str?",
    "author": "str?",
    "source": "str",
    "draft": "bool",
    "published": "str?",
    "inputs": "strs",
}
NOTE_KEYS: dict[str, str] = {
    "type": "str",
    "post": "id",
    "marker": "str",
    "order": "int",
    "after": "int?",
}
COMMENT_KEYS: dict[str, str] = {
    "type": "str",
    "id": "id",
    "post": "id",
    "author": "str",
    "date": "datetime?",
    "parent": "id?",
    "removed": "bool",
    "order": "int",
    "time": "str?",
    "printed": "strs",
    "author_url": "str?",
    "by_author": "bool",
}
SCHEMAS = {"post": POST_KEYS, "note": NOTE_KEYS, "comment": COMMENT_KEYS, "page": PAGE_KEYS}
REQUIRED = {
    "post": ("type", "id", "title", "date"),
    "note": ("type", "post", "marker", "order"),
    "comment": ("type", "id", "post", "order"),
    "page": ("type", "id", "title"),
}
DEFAULTS: dict[str, Any] = {
    "author": None,
    "tags": [],
    "source": "",
    "source_index": 1,
    "read_more": False,
    "comment_count": None,
    "read_more_after": [],
    "read_more_lines": [],
    "quotes": [],
    "sources": [],
    "printed": [],
    "draft": False,
    "url": None,
    "published": None,
    "comments_incomplete": False,
    "inputs": [],
    "author_url": None,
    "by_author": False,
    "after": None,
    "parent": None,
    "removed": False,
    "time": None,
    "language": None,
}

ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
DATETIME_RE = re.compile(
    r"^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
NULLS = ("null", "~", "", "Null", "NULL")
LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


class SchemaProblem(ValueError):
    """A value does not fit its key; the message says what was expected."""


def _nullable(kind: str, value: Any) -> bool:
    return kind.endswith("?") and (value is None or (isinstance(value, Plain) and value in NULLS))


def _as_text(value: Any) -> str:
    if isinstance(value, bool) or value is None or not isinstance(value, (str, int)):
        raise SchemaProblem("expected text (put it in double quotes)")
    return str(value)


def _as_int(value: Any) -> int:
    if isinstance(value, bool):
        raise SchemaProblem("expected a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"[-+]?[0-9]+", value):
        return int(value)
    raise SchemaProblem("expected a whole number")


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, Plain) and value in ("true", "false"):
        return value == "true"
    raise SchemaProblem("expected true or false")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise SchemaProblem("expected a list such as [a, b]")
    return value


def convert(kind: str, value: Any) -> Any:
    """The value as the model wants it, or SchemaProblem."""
    if _nullable(kind, value):
        return None
    base = kind.rstrip("?")
    if base == "str":
        return _as_text(value)
    if base == "id":
        text = _as_text(value)
        if not ID_RE.match(text):
            raise SchemaProblem("expected an id of lowercase letters, digits and '-'")
        return text
    if base == "date":
        text = _as_text(value)
        if not DATETIME_RE.match(text):
            raise SchemaProblem("expected a date such as \"2016-02-06\" or null")
        return text
    if base == "datetime":
        text = _as_text(value)
        if not DATETIME_RE.match(text):
            raise SchemaProblem("expected a date and time such as \"2016-02-06T21:14\" or null")
        return text
    if base == "lang":
        text = _as_text(value)
        if not LANG_RE.match(text):
            raise SchemaProblem("expected a language code such as \"en\", \"es\" or \"pt-BR\"")
        return text
    if base == "int":
        return _as_int(value)
    if base == "bool":
        return _as_bool(value)
    if base == "strs":
        return [_as_text(v) for v in _as_list(value)]
    if base == "ints":
        return [_as_int(v) for v in _as_list(value)]
    if base == "ranges":
        ranges = []
        for item in _as_list(value):
            pair = [_as_int(v) for v in _as_list(item)]
            if len(pair) != 2:
                raise SchemaProblem("expected a list of [first, last] paragraph pairs")
            ranges.append((pair[0], pair[1]))
        return ranges
    raise AssertionError(kind)


# (kind, the value's type, the value) -> what `convert` made of it: the values of a
# content folder recur as its lines do (`builder.frontmatter`).  Lists are not kept
# (each record gets its own); the others are immutable.  Emptied when full.
_CONVERTED: dict[tuple[str, type, Any], Any] = {}
_CONVERTED_KEPT = 20_000


def checked(kind: str, value: Any) -> Any:
    """`convert`, once for each value that is not a list."""
    if type(value) is list:
        return convert(kind, value)
    key = (kind, type(value), value)
    try:
        return _CONVERTED[key]
    except KeyError:
        pass
    made = convert(kind, value)  # (a SchemaProblem is not kept)
    if len(_CONVERTED) >= _CONVERTED_KEPT:
        _CONVERTED.clear()
    _CONVERTED[key] = made
    return made
