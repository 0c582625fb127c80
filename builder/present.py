"""Presentation helpers every template, the feed and the search index use: dates and
times in the site's language, excerpts, feed dates, links.

Takes: model values (and the site's Babel locale, `builder.i18n`).  Gives: text for the
page (no HTML; templates escape it).  One function per rule, so that a post page, a
list, the feed and the search page say a date or cut an excerpt the same way.

Times keep the clock the source printed ("3:45 PM" stays 12-hour, "15:45" stays
24-hour): the style is read from the `printed` lines split keeps (a comment's own
timestamp, else the other timestamps of its post); where no line shows one, the
language's own time format (Babel) decides.  Excerpts and an untitled post's first
words skip what is not the post's prose: source lines and picture captions
(`builder.captions`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

from babel import Locale
from babel.dates import (
    format_date,
    format_skeleton,
    format_time,
    get_datetime_format,
    get_month_names,
)

from builder.captions import lead_paragraphs
from builder.markup import plain_text
from builder.model import Comment, Post

DateForm = Literal["full", "long", "medium", "short"]
Clock = Literal["12", "24"] | None

_NOT_IN_URLS = frozenset('"<>\\^`{|}')
# a time of day with a 12-hour mark: "7:20 PM", "9:03 a. m.", "下午3:45", "오후 3:45"
_HALF_DAY = r"(?:午[前後]|[上下]午|오[전후])"
_TWELVE = re.compile(rf"\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?\s?[Mm](?![a-zA-Z])|{_HALF_DAY})"
                     rf"|{_HALF_DAY}\s*\d{{1,2}}[:.]\d{{2}}")
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?!\d)")


# -- times: the clock the source printed -----------------------------------------------

def clock_of(lines: Iterable[str]) -> Clock:
    """'12' when the printed lines show a 12-hour time, '24' for a 24-hour one, None
    when they show no time of day."""
    found: Clock = None
    for line in lines:
        if _TWELVE.search(line):
            return "12"
        if _TIME.search(line):
            found = "24"
    return found


def post_clock(post: Post) -> Clock:
    """The clock of a post's page: its own printed lines, else its comments' (one blog
    prints every timestamp the same way)."""
    return clock_of(post.printed) or clock_of(
        line for comment in post.comments for line in comment.printed)


def post_moment(post: Post) -> str | None:
    """`date`, or the day and time of `published` ('2016-10-04T07:12', in the blog's own
    time offset) when `date` is that day without a time (a hand-edited date wins)."""
    published = post.published or ""
    if post.date and len(post.date) == 10 and published[:10] == post.date and \
            _moment(published) is not None:
        return published[:16]
    return post.date


# -- dates: the site's language (Babel) --------------------------------------------------

DATES_KEPT = 100_000  # dates a `Dates` keeps (as many as `_date`'s cache)


class Dates:
    """Dates and times in one language: the templates' filters, the feed, the search."""

    def __init__(self, locale: Locale) -> None:
        self.locale = locale
        self._clocks: dict[str, Clock] = {}  # post id -> its clock, in one build
        # (value, form, clock) -> `date`: Babel's Locale hashes in Python, each time it
        # is part of a cache's key (`_date`'s, 70,000 comments' dates at 10,000 posts)
        self._dates: dict[tuple[str, DateForm, Clock], str] = {}

    def clock(self, post: Post) -> Clock:
        found = self._clocks.get(post.id, "?")
        if found == "?":
            found = self._clocks[post.id] = post_clock(post)
        return found  # type: ignore[return-value]

    def date(self, value: str | None, form: DateForm = "long", clock: Clock = None) -> str:
        """'2016-02-06' -> '6 de febrero de 2016' (es); a datetime ('2016-02-06T20:03')
        gets its time of day too ('8:03 PM' on a 12-hour clock, '20:03' on a 24-hour
        one, the language's own style when `clock` is None), joined as the language
        joins them."""
        if not value:
            return ""
        key = (value, form, clock)
        text = self._dates.get(key)
        if text is None:
            if len(self._dates) >= DATES_KEPT:
                self._dates.clear()
            text = self._dates[key] = _date(self.locale, value, form, clock)
        return text

    def time(self, value: str | None, clock: Clock = None) -> str:
        """The time of day of a datetime ('2016-02-06T20:03' -> '8:03 PM'); '' without one."""
        moment = _moment(value) if value else None
        return _clock_text(self.locale, moment, clock) if moment else ""

    def day_month(self, value: str | None) -> str:
        """'2016-02-06' -> '6 de febrero' (es), 'February 6' (en)."""
        return _day_month(self.locale, value[:10]) if value else ""

    def month(self, month: str | int) -> str:
        """'02' -> 'Febrero' (es): the month's name standing alone, capitalised."""
        return _month(self.locale, int(month))

    def month_year(self, year: str | int, month: str | int) -> str:
        """('2016', '02') -> 'Febrero de 2016' (es), 'Februar 2016' (de)."""
        return _month_year(self.locale, int(year), int(month))

    def post_date(self, post: Post, form: DateForm = "long", exact: bool = False) -> str:
        """A post's date; `exact` (its own page): with the time of day `published`
        gives when `date` has none."""
        return self.date(post_moment(post) if exact else post.date, form, self.clock(post))

    def comment_when(self, comment: Comment, post: Post | None = None) -> str:
        """A comment's date and time, or the time of day the dump printed alone."""
        if comment.date:
            clock = clock_of(comment.printed) or (self.clock(post) if post else None)
            return self.date(comment.date, "long", clock)
        return comment.time or ""


@lru_cache(maxsize=100_000)  # a date is shown on many pages (lists, the feed, commenters)
def _date(locale: Locale, value: str, form: DateForm, clock: Clock) -> str:
    text = _day_text(locale, value[:10], form)
    if text is None:
        return value
    moment = _moment(value)
    if moment is None:
        return text
    return _joining(locale, form).replace("{1}", text).replace(
        "{0}", _clock_text(locale, moment, clock))


@lru_cache(maxsize=64)
def _joining(locale: Locale, form: DateForm) -> str:
    """How the language joins a day ({1}) and its time ({0})."""
    return str(get_datetime_format(form, locale=locale)).replace("'", "")


@lru_cache(maxsize=100_000)  # comments' dates carry times: most share their day
def _day_text(locale: Locale, value: str, form: DateForm) -> str | None:
    day = _day(value)
    return None if day is None else format_date(day, form, locale=locale)


@lru_cache(maxsize=10_000)
def _clock_text(locale: Locale, moment: datetime.time, clock: Clock) -> str:
    """'8:03 PM' (no-break space: CLDR's narrow one is missing from older fonts)."""
    if clock == "12":
        text = format_skeleton("hm", moment, locale=locale)
    elif clock == "24":
        text = format_skeleton("Hm", moment, locale=locale)
    else:
        text = format_time(moment, "short", locale=locale)
    return text.replace("\u202f", "\u00a0")


@lru_cache(maxsize=10_000)  # the archive page names every post's day: Babel costs ~0.1 ms
def _day_month(locale: Locale, value: str) -> str:
    day = _day(value)
    return format_skeleton("MMMMd", day, locale=locale) if day else ""


@lru_cache(maxsize=1000)
def _month(locale: Locale, month: int) -> str:
    return _capital(get_month_names("wide", context="stand-alone", locale=locale)[month])


@lru_cache(maxsize=10_000)
def _month_year(locale: Locale, year: int, month: int) -> str:
    return _capital(format_skeleton("yMMMM", datetime.date(year, month, 1), locale=locale))


def _day(value: str) -> datetime.date | None:
    try:
        return datetime.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None


def _moment(value: str) -> datetime.time | None:
    if len(value) < 16 or value[10] not in "T " or value[13] != ":":
        return None
    try:
        return datetime.time(int(value[11:13]), int(value[14:16]))
    except ValueError:
        return None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def atom_date(value: str | None) -> str:
    """'2016-02-06' or '2016-02-06T08:03' -> RFC 3339 in UTC ('...T08:03:00Z')."""
    if not value:
        return "1970-01-01T00:00:00Z"
    time_part = value[11:16] if len(value) >= 16 else "00:00"
    return f"{value[:10]}T{time_part}:00Z"


# -- text ------------------------------------------------------------------------------

def post_excerpt(post: Post, limit: int = 280) -> str:
    """The body's opening words: no source lines ("Outlet: headline"), no picture
    captions or photo credits (a post of pictures alone is excerpted from them)."""
    return plain_text("\n\n".join(lead_paragraphs(post.body, post.sources, 4)), limit)


def web_link(address: str | None) -> str | None:
    """An address a page may link to: http or https only (a profile link from an
    export could be `javascript:` or `data:`); None for anything else."""
    if not address:
        return None
    text = address.strip()
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme not in ("http", "https") or not text[len(scheme) + 1:].startswith("//"):
        return None
    if any(ch in _NOT_IN_URLS or ord(ch) < 0x21 or ord(ch) == 0x7F for ch in text):
        return None  # not a valid address (a browser would mend it; a checker refuses it)
    return text
