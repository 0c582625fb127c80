"""The one reader and writer of front matter.

Takes: the text of a content file.  Gives: (metadata dict, body, line of body).

Writing is canonical (fixed key order, JSON-compatible double-quoted strings,
flow lists) so that what is written reads back identically and re-running split
changes no byte.  Reading never coerces: a plain scalar such as `no`, `on`,
`1:30`, `0123` or `2016-02-06` stays the text it was; only `null`/`~`/empty,
`true`/`false` and integers are recognised, and only where the schema of a key
asks for them (see `builder.load`).  Aliases are refused; YAML tags that would
run code are refused by the safe loader.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, ClassVar

import yaml

from builder.errors import ContentError

DELIMITER = "---"

# Characters PyYAML accepts in a stream; everything else is escaped.
# (NEL, LS and PS are escaped too: YAML 1.1 would fold them as line breaks.)
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_PLAIN_SAFE = re.compile(r"^[A-Za-z][A-Za-z0-9_./-]*$")
_YAML_WORDS = {
    "y", "yes", "n", "no", "true", "false", "on", "off", "null", "none", "nan", "inf",
}


class Plain(str):
    """A plain (unquoted) YAML scalar, kept as the text the user typed."""

    __slots__ = ()


# --------------------------------------------------------------------------- writing


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def quote(text: str) -> str:
    """A double-quoted scalar that both YAML and (nearly always) JSON read back as `text`."""
    return _NOT_PRINTABLE.sub(_escape_char, json.dumps(text, ensure_ascii=False))


def scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        if _PLAIN_SAFE.match(value) and value.lower() not in _YAML_WORDS:
            return value
        return quote(value)
    if isinstance(value, (list, tuple)):
        # items always quoted, so a list is JSON as well as YAML (the fast reader)
        return "[" + ", ".join(quote(v) if isinstance(v, str) else scalar(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to front matter")


def dump(meta: Mapping[str, Any], body: str) -> str:
    """Front matter (keys in the given order) and a body, as one file text."""
    lines = [DELIMITER]
    lines.extend(f"{key}: {scalar(value)}" for key, value in meta.items())
    lines.append(DELIMITER)
    text = "\n".join(lines) + "\n"
    body = body.strip("\n")
    return text + (body + "\n" if body else "")


# --------------------------------------------------------------------------- reading


_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    """Safe loader that resolves no plain scalar implicitly: they stay text."""

    yaml_implicit_resolvers: ClassVar[dict[str, Any]] = {}


def _construct_str(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    value = loader.construct_scalar(node)
    return Plain(value) if not node.style else str(value)


_Loader.add_constructor("tag:yaml.org,2002:str", _construct_str)


def _refuse_aliases(node: yaml.Node, seen: set[int]) -> None:
    if id(node) in seen:
        mark = node.start_mark
        raise yaml.YAMLError(f"line {mark.line + 1}: aliases and anchors are not allowed")
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _refuse_aliases(key, seen)
            _refuse_aliases(value, seen)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _refuse_aliases(item, seen)


def load_yaml(text: str, path: str = "<yaml>", first_line: int = 1) -> Any:
    """Parse YAML without coercion; errors name the file and line."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_aliases(node, set())
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        raise ContentError(f"bad YAML: {exc.problem or exc.context}", path, line) from None
    except yaml.YAMLError as exc:
        raise ContentError(f"bad YAML: {exc}", path, first_line) from None
    finally:
        loader.dispose()


_FAST_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*): (.*)$")


# a double-quoted value that `quote` writes as it is: of printable characters (those
# `_NOT_PRINTABLE` leaves) but '"' and '\\' (JSON's escapes), tabs and line breaks
_QUOTED_AS_IS = re.compile(
    r'"[\x20\x21\x23-\x5b\x5d-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*"')


def _fast_value(raw: str) -> Any:
    """Read one value in the canonical form `dump` writes; raise ValueError otherwise."""
    if raw.startswith('"'):
        if _QUOTED_AS_IS.fullmatch(raw):  # nothing escaped: `quote` gives it back as is
            return raw[1:-1]
        value = json.loads(raw)
        if quote(value) != raw:
            raise ValueError(raw)
        return value
    if raw.startswith("["):
        items = json.loads(raw)
        if scalar(items) != raw:
            raise ValueError(raw)
        return items
    if raw in ("null", "true", "false") or re.fullmatch(r"-?[1-9][0-9]*|0", raw):
        return json.loads(raw) if raw != "null" else None
    if _PLAIN_SAFE.match(raw) and raw.lower() not in _YAML_WORDS:
        return Plain(raw)
    raise ValueError(raw)


# front matter lines the fast path has read -> (key, value): most lines of a content
# folder recur ("type: comment", "date: null", a post's id in each of its files), so
# that a load reads each once.  Lists are not kept (each file gets its own); the
# others are immutable.  Emptied when full: the lines of the files read last stay.
_LINES: dict[str, tuple[str, Any]] = {}
_LINES_KEPT = 20_000


def _fast_parse(block: str) -> dict[str, Any] | None:
    meta: dict[str, Any] = {}
    lines = _LINES
    for line in block.split("\n"):
        found = lines.get(line)
        if found is None:
            match = _FAST_LINE.match(line)
            if not match:
                return None
            try:
                found = (match.group(1), _fast_value(match.group(2)))
            except ValueError:
                return None
            if type(found[1]) is not list:
                if len(lines) >= _LINES_KEPT:
                    lines.clear()
                lines[line] = found
        key, value = found
        if key in meta:
            return None
        meta[key] = value
    return meta


def _typed(value: Any) -> Any:
    """Plain scalars from the YAML path, given the meaning the fast path gives them."""
    if isinstance(value, Plain):
        if value in ("null", "~", "", "Null", "NULL"):
            return None
        if value in ("true", "True", "TRUE"):
            return True
        if value in ("false", "False", "FALSE"):
            return False
        if re.fullmatch(r"[-+]?[1-9][0-9]*|0", value):
            return int(value)
        return value
    if isinstance(value, list):
        return [_typed(v) for v in value]
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    return value


def split_file(text: str, path: str) -> tuple[str, str, int]:
    """(front matter block, body, line number where the body starts)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.startswith(DELIMITER + "\n"):
        raise ContentError("no front matter: the file must start with a '---' line", path, 1)
    end = text.find("\n" + DELIMITER + "\n", len(DELIMITER))
    if end < 0:
        if text.endswith("\n" + DELIMITER):
            end = len(text) - len(DELIMITER) - 1
        else:
            raise ContentError("front matter is not closed by a '---' line", path, 1)
    block = text[len(DELIMITER) + 1 : end]
    body = text[end + len(DELIMITER) + 2 :]
    body_line = block.count("\n") + 3
    return block, body, body_line


def with_body(text: str, path: str, body: str) -> str:
    """The file text with its body replaced; the front matter kept as it was written."""
    block, _, _ = split_file(text, path)
    head = f"{DELIMITER}\n{block}\n{DELIMITER}\n" if block else f"{DELIMITER}\n{DELIMITER}\n"
    return head + body


def parse(text: str, path: str = "<content>") -> tuple[dict[str, Any], str, int]:
    """(metadata, body, line where the body starts).

    Plain scalars come back as `Plain` strings unless they are null, a boolean
    or an integer; quoted scalars come back exactly as quoted.
    """
    block, body, body_line = split_file(text, path)
    meta = _fast_parse(block) if block else {}
    if meta is None:
        loaded = load_yaml(block, path, first_line=2)
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ContentError("front matter must be a mapping of keys to values", path, 2)
        meta = {str(k): _typed(v) for k, v in loaded.items()}
    return meta, body, body_line
