"""site.yaml -> SiteConfig, a frozen dataclass.

Validation gathers every problem before stopping and names the key that is
wrong; unknown keys are errors (free-form values live under `extra:`).
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from builder.errors import ArchiveError, ConfigError, ErrorList
from builder.frontmatter import Plain, load_yaml
from builder.i18n import parse_locale

CONFIG_NAME = "site.yaml"
PLACEHOLDER = "your-github-name"  # the user name in the base_url `archive init` writes

DEFAULT_MARKERS = ("WNU Editor:", "My Comment:", "Editor's note:", "[Editor's note:")
# names Blogger and readers put where no name was given; site.yaml's list adds more
ANONYMOUS_NAMES = ("Anonymous", "Anonym", "Anonyme", "Anónimo", "Anonimo", "Unknown")


@dataclass(frozen=True, slots=True)
class TagRule:
    """A tag, and the whole words (case-insensitive) that imply it."""

    tag: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SiteConfig:
    root: Path
    title: str = "Blog Archive"
    description: str = ""
    base_url: str = "/"
    language: str = "en"
    timezone: str = "UTC"
    author: str = ""
    permalink: str = "{year}/{month}/{id}/"
    page_size: int = 10
    cname: str | None = None
    editor_markers: tuple[str, ...] = DEFAULT_MARKERS
    tag_rules: tuple[TagRule, ...] = ()
    search_shards: int | None = None  # None: from the archive's size (builder.search)
    anonymous_names: tuple[str, ...] = ANONYMOUS_NAMES  # grouped as anonymous readers
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def static_dir(self) -> Path:
        return self.root / "static"

    @property
    def output_dir(self) -> Path:
        return self.root / "_site"

    @property
    def base_path(self) -> str:
        """The path part of base_url, always starting and ending with '/'."""
        return split_base(self.base_url)[1]


def split_base(base_url: str) -> tuple[str, str]:
    """A base URL's origin and path, the path starting and ending with '/' (the one
    rule of where a site lives): 'https://h.io/REPO' -> ('https://h.io', '/REPO/');
    '/' -> ('', '/')."""
    parts = urlsplit(base_url)
    path = parts.path or "/"
    if not path.endswith("/"):
        path += "/"
    origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    return origin, path


_STR_KEYS = ("title", "description", "base_url", "language", "timezone", "author", "permalink")
_KNOWN = {*_STR_KEYS, "page_size", "cname", "editor_markers", "tags", "search_shards",
          "anonymous_names", "extra"}
MAX_SEARCH_SHARDS = 64  # `search_shards` at most, and what `auto` grows to (builder.search)


def _text(value: Any) -> str | None:
    return str(value) if isinstance(value, str) else None


def _check_str(data: dict[str, Any], key: str, problems: list[str]) -> str | None:
    if key not in data:
        return None
    value = _text(data[key])
    if value is None:
        problems.append(f"'{key}' must be text")
    return value


def _check_page_size(data: dict[str, Any], problems: list[str]) -> int | None:
    if "page_size" not in data:
        return None
    raw = data["page_size"]
    if isinstance(raw, str) and re.fullmatch(r"[1-9][0-9]*", raw):
        return int(raw)
    problems.append("'page_size' must be a whole number of 1 or more")
    return None


_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+")


def is_domain(name: str) -> bool:
    """A custom domain GitHub Pages can serve (`cname`, `publish --cname`):
    dot-separated labels of letters, digits and hyphens, such as archive.example.org."""
    return _DOMAIN.fullmatch(name) is not None


def _check_search_shards(data: dict[str, Any], problems: list[str]) -> int | None:
    """`search_shards`: `auto` (the default) or how many bundles the index is split into."""
    raw = data.get("search_shards")
    if raw is None or raw == "auto" or raw == Plain("null"):
        return None
    if isinstance(raw, str) and re.fullmatch(r"[1-9][0-9]*", raw) and int(raw) <= MAX_SEARCH_SHARDS:
        return int(raw)
    problems.append(f"'search_shards' must be 'auto' or a whole number from 1 to "
                    f"{MAX_SEARCH_SHARDS}")
    return None


def _check_markers(data: dict[str, Any], problems: list[str]) -> tuple[str, ...] | None:
    if "editor_markers" not in data:
        return None
    raw = data["editor_markers"]
    if not isinstance(raw, list) or not raw or not all(isinstance(m, str) and m for m in raw):
        problems.append("'editor_markers' must be a list of marker texts such as 'WNU Editor:'")
        return None
    return tuple(str(m) for m in raw)


def _check_anonymous(data: dict[str, Any], problems: list[str]) -> tuple[str, ...] | None:
    """`anonymous_names`: more placeholder names, added to ANONYMOUS_NAMES."""
    if "anonymous_names" not in data:
        return None
    raw = data["anonymous_names"]
    if not isinstance(raw, list) or not all(isinstance(m, str) and m.strip() for m in raw):
        problems.append("'anonymous_names' must be a list of names such as 'Guest'")
        return None
    return ANONYMOUS_NAMES + tuple(str(m).strip() for m in raw)


def _check_tags(data: dict[str, Any], problems: list[str]) -> tuple[TagRule, ...] | None:
    if "tags" not in data:
        return None
    raw = data["tags"]
    if raw is None or raw == "":
        return ()
    if not isinstance(raw, dict):
        problems.append("'tags' must map each tag to the list of words that imply it")
        return None
    rules = []
    for tag, words in raw.items():
        if isinstance(words, str):
            words = [words]
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            problems.append(f"'tags.{tag}' must be a list of words")
            continue
        rules.append(TagRule(str(tag), tuple(str(w) for w in words)))
    return tuple(rules)


def _check_base_url(value: str | None, problems: list[str]) -> None:
    if value is None:
        return
    parts = urlsplit(value)
    if value.startswith("/") and not parts.netloc:
        return
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append("'base_url' must be an http(s) URL or a path starting with '/'")


def _check_language(value: str | None, problems: list[str]) -> None:
    if value is not None and parse_locale(value) is None:
        problems.append(f"'language' {value!r} is not a language code Babel knows "
                        "(e.g. 'en', 'es', 'pt-BR', 'ar')")


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
PERMALINK_FIELDS = ("year", "month", "day", "id")


def _check_permalink(value: str | None, problems: list[str]) -> None:
    """`blogger` (Blogger's own YYYY/MM/<slug>.html) or a pattern of {year}, {month},
    {day} and {id} (two posts at one path fail the build, naming both)."""
    if value is None or value == "blogger":
        return
    names = _PLACEHOLDER.findall(value)
    if any(n not in PERMALINK_FIELDS for n in names) or ".." in value.split("/"):
        problems.append("'permalink' must be 'blogger' or a pattern of {year}, {month}, {day} "
                        "and {id}, such as '{year}/{month}/{id}/'")


def _check_timezone(value: str | None, problems: list[str]) -> None:
    if value is None:
        return
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(
            f"'timezone' {value!r} is not a known time zone (e.g. 'UTC', 'Europe/Oslo')"
        )


def parse_config(data: Any, root: Path, path: str = CONFIG_NAME) -> SiteConfig:
    """Validate the loaded YAML of site.yaml; every problem is reported at once."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("site.yaml must be a mapping of keys to values", path, 1)
    problems: list[str] = []
    for key in sorted(set(data) - _KNOWN):
        problems.append(
            f"unknown key '{key}' (known: {', '.join(sorted(_KNOWN))}; put your own under 'extra:')"
        )
    values: dict[str, Any] = {}
    for key in _STR_KEYS:
        value = _check_str(data, key, problems)
        if value is not None:
            values[key] = value
    _check_base_url(values.get("base_url"), problems)
    _check_timezone(values.get("timezone"), problems)
    _check_language(values.get("language"), problems)
    _check_permalink(values.get("permalink"), problems)
    if (page_size := _check_page_size(data, problems)) is not None:
        values["page_size"] = page_size
    if "cname" in data:
        cname = data["cname"]
        if cname in (None, "", Plain("null")):
            values["cname"] = None
        elif isinstance(cname, str) and is_domain(cname):
            values["cname"] = str(cname)
        else:
            problems.append("'cname' must be a domain name such as 'archive.example.org'")
    if (shards := _check_search_shards(data, problems)) is not None:
        values["search_shards"] = shards
    if (markers := _check_markers(data, problems)) is not None:
        values["editor_markers"] = markers
    if (names := _check_anonymous(data, problems)) is not None:
        values["anonymous_names"] = names
    if (rules := _check_tags(data, problems)) is not None:
        values["tag_rules"] = rules
    if "extra" in data:
        if isinstance(data["extra"], dict):
            values["extra"] = data["extra"]
        else:
            problems.append("'extra' must be a mapping")
    if problems:
        raise ErrorList([ConfigError(p, path) for p in problems])
    return SiteConfig(root=root, **values)


def _null_plain(data: Any) -> Any:
    if isinstance(data, Plain) and data in ("null", "~", ""):
        return None
    if isinstance(data, dict):
        return {str(k): _null_plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_null_plain(v) for v in data]
    return data


def load_config(root: Path) -> SiteConfig:
    """Read `site.yaml` in `root` (defaults when there is none)."""
    root = root.resolve()
    path = root / CONFIG_NAME
    if not path.exists():
        return SiteConfig(root=root)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", path) from None
    try:
        data = _null_plain(load_yaml(text, str(path)))
    except ArchiveError as exc:
        raise ConfigError(exc.message, path, exc.line) from None
    return parse_config(data, root, str(path))


def source_date() -> str | None:
    """SOURCE_DATE_EPOCH as the build's date (reproducible builds), or None."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(epoch)))
