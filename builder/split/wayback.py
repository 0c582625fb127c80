"""Addresses in saved pages: Wayback Machine rewrites undone, Blogger's mobile query dropped.

Takes: an `href` or `src` as a saved page writes it.  Gives: the original
address.  The Wayback Machine rewrites every address of a page it serves as
`https://web.archive.org/web/<timestamp>[im_|js_|cs_|if_|...]/<original>`
(sometimes without the host, or with `http:/` squeezed to one slash);
`original_url` turns each back into `<original>` and leaves every other
address as it is.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_WAYBACK = re.compile(
    r"^(?:(?:https?:)?//(?:web\.|wayback\.)?archive\.org)?/web/\d{1,14}(?:[a-z]{2}_)?/+(?P<rest>.+)$",
    re.IGNORECASE,
)
_SQUEEZED = re.compile(r"^(https?):/+(?=[^/])", re.IGNORECASE)


def original_url(url: str) -> str:
    """The address behind a Wayback Machine rewrite (any other address unchanged)."""
    match = _WAYBACK.match(url.strip())
    if not match:
        return url
    rest = match.group("rest")
    if _SQUEEZED.match(rest):
        return _SQUEEZED.sub(lambda m: m.group(1) + "://", rest, count=1)
    if rest.startswith("//"):
        return "http:" + rest
    return "http://" + rest


def is_wayback(url: str) -> bool:
    return bool(_WAYBACK.match(url.strip()))


def without_mobile_query(url: str) -> str:
    """A post address without Blogger's `?m=1` / `?m=0` (the mobile switch)."""
    parts = urlsplit(url)
    if "m=" not in parts.query:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "m"]
    return urlunsplit(parts._replace(query=urlencode(query)))
