"""Blogger image addresses -> the address of the picture at full size.

Blogger's image servers write the displayed size into the address, as the path
segment before the file name (`.../s320/name.jpg`, `/s1600-h/`, `/w400-h300/`,
`/w640-h480-rw/`, `/s72-c/`) or as a suffix after `=` (`.../img/a/<id>=w400-h300`,
`=s320`, `=s0`).  `s0` (the original) and `sN` with N >= 1600 are full size and
stay (without options: `s1600-h` opened old Blogger's viewer page); any other
size becomes `s1600` (a segment) or `s0` (a suffix).  Addresses on other hosts
stay as they are.  A Wayback Machine copy (`https://web.archive.org/web/<ts>im_/
<original>`) stands for its original address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

BLOGGER_HOST = re.compile(
    r"^(?:\d+\.bp\.blogspot\.com|bp\d*\.blogger\.com|blogger\.googleusercontent\.com"
    r"|lh\d+\.googleusercontent\.com|lh\d+\.ggpht\.com)$", re.I)
SIZE = re.compile(r"^([swh])(\d+)((?:-[a-z]+\d*)*)$")
WAYBACK = re.compile(r"^(https?://[^/]+/web/)(\d{1,14})([a-z]{2}_)?/(https?://.+)$", re.I)
SHARD = re.compile(r"^\d+\.bp\.blogspot\.com$|^bp\d*\.blogger\.com$", re.I)


@dataclass(frozen=True, slots=True)
class Wayback:
    """An address inside a Wayback Machine copy: the archive's prefix and the original."""

    prefix: str  # https://web.archive.org/web/
    stamp: str  # 20170312093512
    original: str

    def image_url(self, address: str) -> str:
        """Where the archive serves `address` as an image (`im_`: the bytes as captured)."""
        return f"{self.prefix}{self.stamp}im_/{address}"


def wayback(address: str) -> Wayback | None:
    match = WAYBACK.match(address.strip())
    return Wayback(match[1], match[2], match[4]) if match else None


def original(address: str) -> str:
    """The address without a Wayback Machine prefix; a scheme-relative address
    (`//host/path`, as some templates write them) taken as https."""
    address = address.strip()
    if address.startswith("//"):
        address = "https:" + address
    found = wayback(address)
    return found.original if found else address


def _is_full(size: re.Match[str]) -> bool:
    return size[1] == "s" and (size[2] == "0" or int(size[2]) >= 1600)


def full_size(address: str) -> str:
    """The address of the same picture at full size (see the module's rules)."""
    address = original(address)
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not BLOGGER_HOST.match(parts.hostname or ""):
        return address
    path = parts.path
    head, _, last = path.rpartition("/")
    if "=" in last:
        name, _, size = last.rpartition("=")
        match = SIZE.match(size)
        if match:
            size = f"s{match[2]}" if _is_full(match) else "s0"
            return _with_path(address, parts.path, f"{head}/{name}={size}")
    folder, _, segment = head.rpartition("/")
    match = SIZE.match(segment)
    if match and folder:
        segment = f"s{match[2]}" if _is_full(match) else "s1600"
        return _with_path(address, parts.path, f"{folder}/{segment}/{last}")
    return address


def _with_path(address: str, old: str, new: str) -> str:
    scheme, _, rest = address.partition("://")
    host_end = rest.find("/")
    return f"{scheme}://{rest[:host_end]}{new}{rest[host_end + len(old):]}"


def _picture(address: str) -> tuple[str, str] | None:
    """(host without its shard number, path without the size part) of a Blogger
    image address; None elsewhere."""
    parts = urlsplit(full_size(address))
    host = (parts.hostname or "").lower()
    if not BLOGGER_HOST.match(host):
        return None
    if SHARD.match(host):
        host = "bp.blogspot.com" if host.endswith("blogspot.com") else "bp.blogger.com"
    path = re.sub(r"=s\d+$", "", parts.path)
    path = re.sub(r"/s\d+(/[^/]*)$", r"\1", path)
    return host, path


def same_picture(src: str, href: str) -> bool:
    """True when `href` is a Blogger image address of the picture `src` shows:
    equal apart from the size part, the scheme and the shard number."""
    a, b = _picture(src), _picture(href)
    return a is not None and a == b


def fetch_address(src: str, href: str | None = None) -> str | None:
    """Where to fetch the picture an `img` shows at full size: None for a `data:`
    image; the wrapping link's address when it names the same picture (it names the
    larger version, sometimes on another shard); else the `src` at full size."""
    if src.strip().lower().startswith("data:"):
        return None
    if href and same_picture(src, href):
        return full_size(href)
    return full_size(src)


def displayed_size(address: str) -> tuple[int | None, int | None, int | None]:
    """(width, height, longest side) the address asks for; Nones when it asks for
    none or for the full size."""
    parts = urlsplit(original(address))
    if not BLOGGER_HOST.match(parts.hostname or ""):
        return None, None, None
    head, _, last = parts.path.rpartition("/")
    size = last.rpartition("=")[2] if "=" in last else head.rpartition("/")[2]
    match = SIZE.match(size)
    if not match or _is_full(match):
        return None, None, None
    value = int(match[2])
    width = re.search(r"(?:^|-)w(\d+)", size)
    height = re.search(r"(?:^|-)h(\d+)", size)
    if match[1] == "s":
        return None, None, value
    return (int(width[1]) if width else None, int(height[1]) if height else None, None)
