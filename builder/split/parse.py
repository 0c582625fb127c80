"""One dump's text -> posts, editor's notes, comments and dropped chrome.

Takes: the decoded text of a dump and the editor-note markers.  Gives: a
`ParsedDump`.  The dump is read in three steps:

1. find the date headers (a date line shaped like the page's first one, that
   starts a post) and the end of the posts area (page navigation, sidebar);
2. inside each date group, read posts one after the other: title, content
   (body paragraphs, read-more lines, editor's notes), footer (`Posted by`,
   `Labels:`, the count header), comments, chrome;
3. comments are read by `builder.split.comments` in whichever of the three
   renderings the section uses.

Every non-blank line ends up in a body, in a field (and then in `printed`), or
in `dropped`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

from builder.split import doubts as D
from builder.split import lines as L
from builder.split.comments import CommentReader, starts_comments, threaded_header
from builder.split.dates import DateLine, parse_date_line, parse_timestamp, printed_count
from builder.split.records import ParsedDump, ParsedNote, ParsedPost


@dataclass(slots=True)
class Line:
    no: int
    text: str
    indent: int


@dataclass(slots=True)
class Header:
    index: int
    date: DateLine
    title_index: int | None = None  # a title printed before the date line
    start: int = 0  # first line of the group (the title before, or the date line)


@dataclass
class Doc:
    """The dump's lines and what is learned about them while reading."""

    lines: list[Line]
    markers: re.Pattern[str]
    no_blank_mode: bool = False
    footerless: bool = False  # no post of the page prints `Posted by` or `Labels:`
    generic: set[int] = field(default_factory=set)  # `5 people had something to say:` headers
    dropped: list[str] = field(default_factory=list)
    _dropped_set: set[str] = field(default_factory=set)
    doubts: list[tuple[int, str, str]] = field(default_factory=list)

    def doubt(self, i: int, chose: str, other: str) -> None:
        """Line i was read as `chose` where it could have been `other`."""
        if 0 <= i < len(self.lines):
            self.doubts.append((self.lines[i].no, chose, other))

    def drop(self, text: str) -> None:
        if text not in self._dropped_set:
            self._dropped_set.add(text)
            self.dropped.append(text)

    def text(self, i: int) -> str:
        return self.lines[i].text if 0 <= i < len(self.lines) else ""

    def next_nonblank(self, i: int, end: int | None = None) -> int | None:
        end = len(self.lines) if end is None else end
        while i < end:
            if self.lines[i].text:
                return i
            i += 1
        return None

    def prev_nonblank(self, i: int, start: int = 0) -> int | None:
        while i >= start:
            if self.lines[i].text:
                return i
            i -= 1
        return None

    def blanks_before(self, i: int) -> int:
        n, j = 0, i - 1
        while j >= 0 and not self.lines[j].text:
            n, j = n + 1, j - 1
        return n

    def paragraph_after(self, i: int, end: int) -> tuple[int, int] | None:
        """(first, last) line of the paragraph that follows the one at line i."""
        j = i + 1
        if not self.no_blank_mode:
            while j < end and self.lines[j].text:
                j += 1
        first = self.next_nonblank(j, end)
        if first is None:
            return None
        last = first
        if not self.no_blank_mode:
            while last + 1 < end and self.lines[last + 1].text:
                last += 1
        return first, last

    def single_line_paragraph(self, i: int) -> bool:
        if self.no_blank_mode:
            return True
        return not self.text(i + 1) and (i == 0 or not self.text(i - 1))


def _lines(text: str) -> list[Line]:
    out = []
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if "\t" in raw:
            raw = raw.expandtabs(4)
        out.append(Line(number, stripped, len(raw) - len(raw.lstrip()) if stripped else 0))
    return out


# ----------------------------------------------------------------- step 1: headers


def _is_footer(text: str) -> bool:
    return bool(
        L.posted_by(text) or L.labels(text) is not None or L.count_header(text) is not None
        or L.posted_at(text) is not None or L.posted_on(text) is not None
    )


def _title_candidate(doc: Doc, i: int) -> bool:
    text = doc.text(i)
    return (
        L.is_title_shaped(text)
        and not _is_footer(text)
        and not L.said_name(text)
        and not doc.markers.match(text)
        and not L.is_action(text)
    )


def _titled_by_chrome_word(doc: Doc, n: int, end: int) -> bool:
    """A post titled `Home` or `About Me`: one short line, then running text."""
    if not doc.single_line_paragraph(n) or L.is_code(doc.text(n)) or (L.is_ending_chrome(
        doc.text(n)
    ) and not L.SIDEBAR_HEADINGS.match(doc.text(n))):
        return False
    nxt = doc.paragraph_after(n, end)
    if nxt is None or L.is_chrome(doc.text(nxt[0])):
        return False
    words = sum(len(doc.text(k).split()) for k in range(nxt[0], min(nxt[1], nxt[0] + 3) + 1))
    return words >= 8  # (a note's marker may stand alone over its text)


def _title_under(doc: Doc, n: int) -> bool:
    """Line n (under a date line) can be a post's title: title-shaped, or a widget word
    with running text under it (a post titled `Followers`)."""
    return _title_candidate(doc, n) or (
        L.is_chrome(doc.text(n)) and _titled_by_chrome_word(doc, n, len(doc.lines)))


def _is_post_start(doc: Doc, d: int, end: int) -> bool:
    """Does a post (title, or untitled body) follow the date line at d?"""
    n = doc.next_nonblank(d + 1, end)
    if n is None:
        return False
    text = doc.text(n)
    if L.is_chrome(text) and _titled_by_chrome_word(doc, n, end):
        return True
    while L.is_chrome(text) and not L.is_ending_chrome(text):
        # a cookie notice or share widget printed between the date line and the title
        n = doc.next_nonblank(n + 1, end)
        if n is None:
            return False
        text = doc.text(n)
    # a comment's action line (`Reply`) under it: the date line is a comment's text
    return not (parse_date_line(text) or L.is_chrome(text) or _is_footer(text)
                or L.is_action(text))


def _boundary(doc: Doc, i: int | None) -> bool:
    """Does line i end a post (footer, count header, chrome, read-more, a comment's stamp)?"""
    if i is None:
        return True
    text = doc.text(i)
    return bool(
        _is_footer(text) or L.is_chrome(text) or L.is_read_more(text) or L.is_action(text)
        or parse_timestamp(text) is not None
    )


def _in_open_comment(doc: Doc, i: int, said_at: int | None) -> bool:
    """Line i sits in a classic comment whose timestamp line is still to come."""
    if said_at is None:
        return False
    for j in range(i + 1, len(doc.lines)):
        text = doc.text(j)
        if not text:
            continue
        if parse_timestamp(text) is not None:
            return True
        if L.said_name(text) is not None or L.is_ending_chrome(text) or _is_footer(text):
            return False
    return False


def _starts_group(doc: Doc, i: int, weekday: bool = False) -> bool:
    """A later date line of the page's header shape: does a new post start here?

    A date-only caption in a body has body text after it and no post ending before it.
    weekday: the line prints its weekday as the page's headers do; then a title that reads
    like a sentence (`Rain Again. The Gardens Are Happy`) over running text starts a post.
    """
    n = doc.next_nonblank(i + 1)
    if n is not None and (doc.blanks_before(n) >= 2 or _title_under(doc, n)):
        return True
    if weekday and n is not None and doc.blanks_before(i) >= 1 and _loose_title(doc, n) and (
        not L.is_chrome(doc.text(n)) and D.is_prose(doc.text(doc.next_nonblank(n + 1) or n))
    ):
        doc.doubt(n, D.TITLE, D.BODY)
        return True
    p = doc.prev_nonblank(i - 1)
    if _boundary(doc, p):
        # a read-more line goes on with the same post: a date-only line after it that is
        # followed by running text (not a title, no two blank lines) is a caption
        return p is None or doc.no_blank_mode or not L.is_read_more(doc.text(p))
    return p is not None and _title_candidate(doc, p) and _boundary(doc, doc.prev_nonblank(p - 1))


def _after_boundary(doc: Doc, i: int) -> bool:
    """A post ended right before line i, or right before a title line just above it."""
    p = doc.prev_nonblank(i - 1)
    if p is None or _boundary(doc, p):
        return True
    return _title_candidate(doc, p) and _boundary(doc, doc.prev_nonblank(p - 1))


def _loose_title(doc: Doc, p: int | None) -> bool:
    """A one-line paragraph that can be a title printed over its date line, even when it
    reads like a sentence (`Sold. At Last.`) or is a chrome word (`Home`)."""
    if p is None or not (doc.single_line_paragraph(p) or (
        parse_date_line(doc.text(p + 1)) and (p == 0 or not doc.text(p - 1))
    )):
        return False
    text = doc.text(p)
    if _title_candidate(doc, p):
        return True
    if len(text.split()) > 12 or _is_footer(text) or L.is_ending_chrome(text) or L.is_code(text):
        return False
    if L.is_body_only(text) or L.is_read_more(text):
        return False  # (`Read more at: Harbour Ledger` is title-cased, never a title)
    if L.is_action(text) or L.said_name(text) or parse_timestamp(text) is not None:
        return False
    return L.is_chrome(text) or L.title_case_score(text) >= 0.7


def _find_headers(doc: Doc) -> list[Header]:
    headers: list[Header] = []
    titles_before = False  # the page prints each title over its date line
    shape: str | None = None
    total = len(doc.lines)
    said_at: int | None = None  # the last `NAME said...` line not yet closed by a stamp
    # inside a threaded or numbered comment section (they print action lines, so a post
    # that follows them starts after a boundary); classic comments are tracked by said_at
    in_comments = counted = False
    item_indent: int | None = None  # indent of the numbered comment list being read
    sidebar = False  # after a widget heading, before any prose
    for i, line in enumerate(doc.lines):
        text = line.text
        if not text:
            continue
        if sidebar and D.is_prose(text):
            sidebar = False
        elif len(text) <= 50 and L.SIDEBAR_HEADINGS.match(text) and not _titled_by_chrome_word(
                doc, i, total):
            sidebar = True
        if counted and not (L.NUMBERED.match(text) or L.is_chrome(text)
                            or L.count_header(text) is not None or i in doc.generic):
            counted = False  # numbered comments follow their count header directly
        if len(text) > 160:
            continue  # a paragraph of prose: none of the short structural lines below
        if L.count_header(text) is not None or i in doc.generic:
            counted = True
        elif (not doc.text(i - 1) and threaded_header(doc, i) is not None) or (
            counted and L.NUMBERED.match(text)
        ):
            in_comments = True
            if counted and L.NUMBERED.match(text):
                item_indent = min(line.indent, item_indent if item_indent is not None
                                  else line.indent)
        elif (L.is_ending_chrome(text) and not L.is_action(text)) or L.is_read_more(text) or (
            L.posted_by(text) or L.labels(text) is not None
        ):
            in_comments = counted = False
            item_indent = None
        if L.said_name(text) is not None and not doc.text(i - 1):
            said_at = i
            continue
        if said_at is not None and (parse_timestamp(text) is not None
                                    or L.is_ending_chrome(text) or _is_footer(text)):
            said_at = None
        if len(text) > 110:
            continue
        found = parse_date_line(text)
        if found is None:
            continue
        base = found.shape.removeprefix("prefixed-")
        if shape is not None and shape.endswith("w") and not found.weekday:
            doc.doubt(i, D.CAPTION, D.DATE_LINE)
            continue  # a date-only caption inside a body (headers here print the weekday)
        if not _is_post_start(doc, i, total) or _in_open_comment(doc, i, said_at):
            continue
        if headers and _stamp_under_name(doc, i):
            doc.doubt(i, D.AUTHOR_LINE, D.DATE_LINE)
            continue  # `margit k` over `2016-04-03T22:40:12+02:00`: a comment's byline
        if sidebar and not _prose_follows(doc, i):
            doc.doubt(i, D.CHROME, D.DATE_LINE)
            continue  # a date in a widget (a calendar, recent posts): no post under it
        p = doc.prev_nonblank(i - 1)
        if titles_before and _loose_title(doc, p):
            pass  # the title over this date line starts the post
        elif headers and not _starts_group(doc, i, bool(shape and shape.endswith("w"))):
            doc.doubt(i, D.CAPTION, D.DATE_LINE)
            continue
        outdented = item_indent is not None and (line.indent < item_indent or (
            line.indent == item_indent and _post_follows(doc, i)))
        if in_comments and not _after_boundary(doc, i) and not outdented:
            doc.doubt(i, D.COMMENT_TEXT, D.DATE_LINE)
            continue  # a date line inside a comment's text (a numbered item's is indented)
        if shape is None:
            shape = base
        in_comments = counted = False
        item_indent = None
        headers.append(Header(i, found))
        if len(headers) == 1:
            titles_before = _title_before(doc, headers[0], 0) is not None
    return headers


def _byline_headers(doc: Doc) -> list[Header]:
    """A page without date lines whose posts each print a dated byline under the title
    (`Publicado el 3 marzo, 2012 por Ana Ferrer`): the bylines are its date lines, and
    the titles over them start the posts.  Only for two posts or more (a single post's
    byline is read under its title)."""
    headers = []
    for i, line in enumerate(doc.lines):
        by = L.posted_by(line.text) if line.text and len(line.text) < 120 else None
        if by is None or by.date is None:
            continue
        p, n = doc.prev_nonblank(i - 1), doc.next_nonblank(i + 1)
        if p is None or n is None or not _title_candidate(doc, p) or _is_footer(doc.text(n)) or (
                L.is_chrome(doc.text(p))):
            continue
        header = Header(i, DateLine(by.date, False, "byline"))
        header.title_index = header.start = p
        headers.append(header)
    return headers if len(headers) >= 2 else []


def _stamp_under_name(doc: Doc, i: int) -> bool:
    """Line i is a date and time printed right under a name line, no blank between: the
    two lines of a threaded comment's byline (a post's date line prints no time, or
    stands apart from its title)."""
    stamp = parse_timestamp(doc.text(i))
    return (stamp is not None and stamp.iso is not None and bool(doc.text(i - 1))
            and threaded_header(doc, i - 1) is not None)


def _prose_follows(doc: Doc, i: int) -> bool:
    """A sentence of running text comes after line i before another date or widget."""
    for j in range(i + 1, len(doc.lines)):
        text = doc.text(j)
        if not text:
            continue
        if D.is_prose(text):
            return True
        if parse_date_line(text) or L.SIDEBAR_HEADINGS.match(text) or (
                j == doc.next_nonblank(i + 1) and L.is_chrome(text)):
            return False  # (`In "Ferries"` right under a related post's date)
    return False


def _post_follows(doc: Doc, i: int) -> bool:
    """After the date line at i: a title line, running text, then that post's own footer
    or count header before any other date, numbered or comment line (a new post, not a
    date-only paragraph of a numbered comment printed at the items' indent)."""
    n = doc.next_nonblank(i + 1)
    if n is None or not _title_candidate(doc, n):
        return False
    for j in range(n + 1, len(doc.lines)):
        text = doc.text(j)
        if not text:
            continue
        if _is_footer(text) or j in doc.generic:
            return True
        if (parse_date_line(text) or L.NUMBERED.match(text) or L.said_name(text) is not None
                or L.is_action(text)):
            return False
    return False


def _in_widget(doc: Doc, p: int) -> bool:
    """Line p is an item of a sidebar widget: a widget heading above it, no prose between."""
    for j in range(p - 1, max(-1, p - 40), -1):
        text = doc.text(j)
        if not text:
            continue
        if L.SIDEBAR_HEADINGS.match(text):
            return True
        if D.is_prose(text) or parse_date_line(text) or _is_footer(text):
            return False
    return False


def _titled_prose_under(doc: Doc, header: Header) -> bool:
    """A title-shaped line under the date line, then running text."""
    n = doc.next_nonblank(header.index + 1)
    if n is None or not L.is_title_shaped(doc.text(n)) or not doc.single_line_paragraph(n):
        return False
    nxt = doc.paragraph_after(n, len(doc.lines))
    return nxt is not None and D.is_prose(doc.text(nxt[0]))


def _title_before(doc: Doc, header: Header, floor: int, loose: bool = False) -> int | None:
    """The line of a title printed before its date line, if this header has one."""
    p = doc.prev_nonblank(header.index - 1, floor)
    if p is not None and floor == 0 and _in_widget(doc, p) and _titled_prose_under(doc, header):
        doc.doubt(p, D.CHROME, D.TITLE)
        return None  # the last item of a widget printed before the first post
    if loose and floor > 0 and _loose_title(doc, p):
        return p
    if p is not None and floor == 0 and _loose_title(doc, p):
        before = doc.prev_nonblank(p - 1, floor)
        n = doc.next_nonblank(header.index + 1)
        titled = n is not None and _title_under(doc, n)
        chrome = L.is_chrome(doc.text(p))  # `Search This Blog`, or a post titled `Home`
        if (before is None or L.is_chrome(doc.text(before))) and n is not None and (
            (p == header.index - 1 and not (chrome and titled)) or not titled
        ) and doc.blanks_before(n) < 2:
            return p  # the dump opens with the title, right over its date
    if p is None or not _title_candidate(doc, p):
        return None
    if not doc.single_line_paragraph(p) and p + 1 != header.index:
        return None
    n = doc.next_nonblank(header.index + 1)
    if n is None or doc.blanks_before(n) >= 2:
        return None
    before = doc.prev_nonblank(p - 1, floor)
    after = doc.text(n)
    adjacent = p == header.index - 1
    if floor > 0 and _boundary(doc, before) and not L.is_code(doc.text(p)):
        return p  # the previous post has ended: a title line here belongs to the next post
    if floor > 0:
        doc.doubt(p, D.TITLE, D.PREVIOUS_END)

    if L.is_source_line(doc.text(p)):
        return None
    if not _title_under(doc, n) or L.is_source_line(after):
        return p
    if not header.date.weekday and adjacent and L.title_case_score(doc.text(p)) >= (
        L.title_case_score(after)
    ):
        return p
    return None


# ----------------------------------------------------------------- step 2: posts


class PostReader:
    """Reads the posts of one date group [start, end)."""

    def __init__(self, doc: Doc, start: int, end: int, date: str | None,
                 printed_date: str | None, footerless: bool) -> None:
        self.doc = doc
        self.i = start
        self.end = end
        self.date = date
        self.printed_date = printed_date
        self.footerless = footerless
        self.posts: list[ParsedPost] = []
        self.title_only: set[int] = set()  # title lines of posts made of a title only
        self.title_at: int | None = None

    # -- helpers

    def _new_post(self) -> ParsedPost:
        post = ParsedPost(date=self.date)
        if self.printed_date and not self.posts:
            post.printed.append(self.printed_date)
            post.comment_count = printed_count(self.printed_date)
            by = L.posted_by(self.printed_date)  # `by Lena Varga | 12 March 2013`
            post.author = by.author if by is not None else None
        return post

    def _journal_byline(self, post: ParsedPost, date_index: int, title_index: int | None) -> None:
        """`harbourjane wrote,` over the date line: the post's author (LiveJournal)."""
        p = self.doc.prev_nonblank(date_index - 1)
        if p is None or title_index is not None:
            return
        name = L.journal_byline(self.doc.text(p))
        if name is not None:
            post.author = name
            post.printed.append(self.doc.text(p))

    def _skip_blank_and_chrome(self) -> None:
        doc = self.doc
        while self.i < self.end:
            text = doc.text(self.i)
            if text and L.SIDEBAR_HEADINGS.match(text):
                self._drop_sidebar()
                return
            if text and not L.is_chrome(text):
                return
            if text:
                doc.drop(text)
            self.i += 1

    def _drop_sidebar(self, to_footer: bool = False) -> bool:
        """A sidebar widget (`Popular posts from this blog` and the titles under it)
        runs to the next date header: all of it is chrome (to_footer: up to the post's own
        footer or comments printed below it: WordPress's `Related` block sits over them).
        Gives: whether the post goes on."""
        while self.i < self.end:
            text = self.doc.text(self.i)
            if to_footer and text and (
                    (_is_footer(text) and not L.SIDEBAR_HEADINGS.match(text))
                    or starts_comments(self.doc, self.i, self.end)):
                self.doc.doubt(self.i, D.FOOTER, D.CHROME)
                return True
            if text:
                self.doc.drop(text)
            self.i += 1
        return False

    # -- reading

    def read(self, title_index: int | None, date_index: int | None) -> list[ParsedPost]:
        first = True
        while True:
            if not (first and title_index is not None):
                self._skip_blank_and_chrome()  # (a title over the date may be a chrome word)
            if self.i >= self.end:
                break
            post = self._new_post()
            post.line = self.doc.lines[self.i].no
            if first and date_index is not None:
                self.i = date_index + 1
                self.title_at = title_index
                if (by := L.posted_by(self.doc.text(date_index))) is not None:
                    post.author = by.author  # a dated byline serves as the date line
                self._journal_byline(post, date_index, title_index)
                if title_index is not None:
                    post.title = self.doc.text(title_index)
                else:
                    self._read_title(post, after_date=True)
            else:
                self._read_title(post, after_date=False)
            first = False
            start = self.i
            self._read_content(post)
            self._read_footer_and_comments(post)
            if self.i == start and self.i < self.end:  # nothing read: keep the line, go on
                post.paragraphs.append([self.doc.text(self.i)])
                self.i += 1
            self.posts.append(post)
        return self.posts

    def _read_title(self, post: ParsedPost, after_date: bool) -> None:
        doc = self.doc
        self.title_at = None
        n = doc.next_nonblank(self.i, self.end)
        if n is None:
            self.i = self.end
            return
        while n is not None and L.is_chrome(doc.text(n)) and not (
            after_date and _titled_by_chrome_word(doc, n, self.end)
        ):
            doc.drop(doc.text(n))
            n = doc.next_nonblank(n + 1, self.end)
        if n is None:
            self.i = self.end
            return
        if after_date and doc.blanks_before(n) >= 2 and n > self.i:
            self.i = n  # two or more blank lines after the date: no title
            if _title_candidate(doc, n) and doc.single_line_paragraph(n):
                doc.doubt(n, D.BODY, D.TITLE)
            return
        text = doc.text(n)
        if after_date and L.is_chrome(text):
            post.title = text  # `Home`, `About Me`: chrome words, but this post's title
            self.i = n + 1
            return
        if self._looks_like_title(n):
            post.title = text
            self.title_at = n
            self.i = n + 1
            if not _title_candidate(doc, n):
                doc.doubt(n, D.TITLE, D.BODY)
        else:
            self.i = n
            if _title_candidate(doc, n) and doc.single_line_paragraph(n):
                doc.doubt(n, D.BODY, D.TITLE)

    def _looks_like_title(self, n: int) -> bool:
        doc = self.doc
        text = doc.text(n)
        if doc.markers.match(text) or _is_footer(text) or L.is_read_more(text):
            return False
        if L.is_body_only(text):
            return False
        if starts_comments(doc, n, self.end, in_body=True):
            return False
        words = len(text.split())
        if words > 25 or (words > 12 and text.endswith(".")):
            return False
        if text.endswith(".") and L._SENTENCE_INSIDE.search(text):
            # "The Council Says No. Again." is a title; a sentence of prose is not
            return words <= 12 and doc.single_line_paragraph(n) and L.title_case_score(text) >= 0.7
        return True

    # -- content: body, read-more lines, notes

    def _read_content(self, post: ParsedPost) -> None:
        doc = self.doc
        if self.title_at in self.title_only:
            return  # a video or cartoon post: its title alone, then the next post
        note: ParsedNote | None = None
        current: list[str] | None = None  # the paragraph being filled
        para_start = True
        while self.i < self.end:
            i = self.i
            text = doc.text(i)
            if not text:
                current, para_start = None, True
                self.i += 1
                continue
            at_start = para_start or doc.no_blank_mode
            if self._byline_under_title(post, i):
                self.i += 1
                continue
            if self._content_ends(post, note, i, at_start):
                return
            para_start = False
            self.i += 1
            if L.is_chrome(text) or (
                not post.paragraphs and not post.notes and L.is_aggregator(text)
            ):
                doc.drop(text)
                current, para_start = None, True
                continue
            if L.is_read_more(text):
                post.read_more_lines.append(text)
                post.read_more_after.append(len(post.paragraphs))
                # a stand-alone line: the next line starts a paragraph, blank or not
                note, current, para_start = None, None, True
                continue
            if at_start:
                marker = doc.markers.match(text)
                if marker:
                    note = ParsedNote(marker.group("marker"), len(post.paragraphs))
                    post.notes.append(note)
                    rest = marker.group("rest").strip()
                    current = [rest] if rest else []
                    note.paragraphs.append(current)
                    continue
                if note is not None and L.is_source_line(text):  # opens a quoted block
                    note = None
                if current is None or doc.no_blank_mode:
                    current = []
                    (note.paragraphs if note is not None else post.paragraphs).append(current)
            elif current is None:
                current = []
                (note.paragraphs if note is not None else post.paragraphs).append(current)
            current.append(text)
        return

    def _byline_under_title(self, post: ParsedPost, i: int) -> bool:
        """`Posted by Joni` right under the title, over the body: the author, not the
        footer that ends the post."""
        doc = self.doc
        by = L.posted_by(doc.text(i))
        if by is None or post.paragraphs or post.notes or post.author is not None:
            return False
        n = doc.next_nonblank(i + 1, self.end)
        if n is None or _boundary(doc, n) or parse_date_line(doc.text(n)) or starts_comments(
                doc, n, self.end):
            return False
        doc.doubt(i, D.AUTHOR, D.FOOTER)
        post.author = by.author
        if post.date is None and by.date is not None:
            post.date = by.date
        post.printed.append(doc.text(i))
        return True

    def _mobile_footer(self, post: ParsedPost, i: int) -> bool:
        """`Joni Halvorsen at 9:12 PM` over the count header, the comments, chrome or the
        end: Blogger's mobile footer (it prints no `Posted by`)."""
        doc = self.doc
        name = L.mobile_byline(doc.text(i)) if post.author is None else None
        if name is None or not (post.paragraphs or post.notes):
            return False
        n = doc.next_nonblank(i + 1, self.end)
        if n is not None and not (L.count_header(doc.text(n)) is not None or n in doc.generic
                                  or L.is_chrome(doc.text(n))
                                  or starts_comments(doc, n, self.end)):
            return False
        doc.doubt(i, D.AUTHOR, D.BODY)
        post.author = name
        post.printed.append(doc.text(i))
        self.i = i + 1
        return True

    def _content_ends(self, post: ParsedPost, note: ParsedNote | None, i: int,
                      at_start: bool) -> bool:
        doc = self.doc
        text = doc.text(i)
        if _is_footer(text) or L.is_ending_chrome(text) or self._mobile_footer(post, i):
            return True
        if L.is_chrome(text):
            return False  # dropped by _read_content, the content goes on
        if i in doc.generic:
            return True
        if L.generic_count_header(text) is not None:
            n = doc.next_nonblank(i + 1, self.end)
            # a `said...` line right after it is decisive; a numbered list may be the body's
            if n is not None and (L.said_name(doc.text(n)) is not None
                                  or starts_comments(doc, n, self.end, in_body=True,
                                                     headed=True)):
                return True
        if not at_start:
            return False
        if post.paragraphs and self._closing_feed_line(i):
            doc.drop(text)
            self.i = i + 1
            return True
        if starts_comments(doc, i, self.end, in_body=True):
            if L.NUMBERED.match(text):
                doc.doubt(i, D.COMMENTS, D.BODY_LIST)
            return True
        if L.NUMBERED.match(text) and self._list_starts(i) and starts_comments(
            doc, i, self.end, in_body=True, headed=True
        ):  # it would be the comments under a count header
            doc.doubt(i, D.BODY_LIST, D.COMMENTS)
        has_content = bool(post.paragraphs or post.notes)
        if has_content and _title_candidate(doc, i) and L.is_aggregator(doc.text(i + 1)):
            return True  # an aggregator's next story: its title over `from <feed>`
        if has_content and self._starts_new_post(i, note is not None):
            doc.doubt(i, D.NEW_POST, D.BODY)
            return True
        return False

    def _closing_feed_line(self, i: int) -> bool:
        """An aggregator's `from <feed>` line under a story, then the next story's title (or
        the page's end): chrome that ends the post.  (A sign-off `from Gran and Grandad`
        followed by more of the post is body.)"""
        doc = self.doc
        if not L.is_aggregator(doc.text(i)) or not doc.single_line_paragraph(i):
            return False
        n = doc.next_nonblank(i + 1, self.end)
        if n is None or L.is_chrome(doc.text(n)):
            return True
        nxt = doc.paragraph_after(n, self.end)
        return _title_candidate(doc, n) and doc.single_line_paragraph(n) and nxt is not None and (
            D.is_prose(doc.text(nxt[0])) or L.is_source_line(doc.text(nxt[0])))

    def _list_starts(self, i: int) -> bool:
        p = self.doc.prev_nonblank(i - 1)
        return p is None or not L.NUMBERED.match(self.doc.text(p))

    def _starts_new_post(self, i: int, in_note: bool, nested: bool = False) -> bool:
        """Archive pages without footers: a title line followed by a source line."""
        doc = self.doc
        text = doc.text(i)
        if not self.footerless or not doc.single_line_paragraph(i):
            return False
        if not _title_candidate(doc, i):
            return False
        nxt = doc.paragraph_after(i, self.end)
        if nxt is None or L.is_ending_chrome(doc.text(nxt[0])):
            return self._title_only(i, in_note, nested)  # the last post: a title alone
        first, last = nxt
        if first == last and self._may_stand_alone(i, in_note, nested) and (
            L.title_case_score(doc.text(first)) >= 0.7 and not L.is_caption(doc.text(first))
            and self._starts_new_post(first, True, nested=True)
        ):
            return self._title_only(i, in_note, nested)  # a video post, then the next title
        if L.is_source_line(doc.text(first)) or (
            last > first and L.is_source_line(doc.text(first + 1))
        ):
            return True  # (a body printed without blank lines: [caption,] source line, prose)
        if first == last:
            after = doc.paragraph_after(last, self.end)
            if after and after[0] == after[1] and L.is_source_line(doc.text(after[0])) and (
                not L.is_source_line(doc.text(first))
            ) and (not L.is_source_line(text) or L.is_caption(doc.text(first))):
                # (a source line over a quoted paragraph opens another quoted block)
                return True
        if L.is_source_line(text) or not (in_note or self._closed(i)):
            return False
        bare = not text.endswith(tuple(".!?:;,…)]\"”'’"))
        following = " ".join(doc.text(k) for k in range(first, last + 1))
        if bare and first == last and _title_candidate(doc, first) and not nested and (
            self._starts_new_post(first, True, nested=True)
        ):  # a title alone (a video post), then the next post's title
            doc.doubt(i, D.TITLE, D.BODY)
            self.title_only.add(i)
            return True
        return bare and len(following.split()) >= 12 and not doc.markers.match(doc.text(first))

    def _closed(self, i: int) -> bool:
        """A read-more line, a button (`Pin It`) or a `from <feed>` line closed the text."""
        p = self.doc.prev_nonblank(i - 1)
        if p is None:
            return False
        text = self.doc.text(p)
        return L.is_read_more(text) or L.is_chrome(text) or L.is_aggregator(text)

    def _may_stand_alone(self, i: int, in_note: bool, nested: bool) -> bool:
        """Line i can be a post of a title alone: bare, after a note or closed text."""
        text = self.doc.text(i)
        if nested or L.is_source_line(text) or text.endswith(tuple(".!?:;,…)]\"”'’")):
            return False
        return in_note or self._closed(i)

    def _title_only(self, i: int, in_note: bool, nested: bool) -> bool:
        if not self._may_stand_alone(i, in_note, nested):
            return False
        self.doc.doubt(i, D.TITLE, D.BODY)
        self.title_only.add(i)
        return True

    # -- footer and comments

    def _read_footer_and_comments(self, post: ParsedPost) -> None:
        doc = self.doc
        while self.i < self.end:
            i = self.i
            text = doc.text(i)
            if not text:
                self.i += 1
                continue
            by = L.posted_by(text)
            if by and by.date is not None and post.author is not None and threaded_header(
                    doc, i) is not None:
                self._read_comments(post)  # Drupal signs comments as it signs the post
                if self.i > i:
                    continue
            if by:
                post.author = by.author
                post.labels.extend(by.labels)
                if post.date is None and by.date is not None:
                    post.date = by.date  # a page without date lines: the footer's date
                if by.count is not None:
                    post.comment_count = by.count
                post.printed.append(text)
                self.i += 1
                continue
            day = L.posted_on(text)
            if day is not None:
                post.date = post.date or day  # the date printed after the post (Tumblr)
                post.printed.append(text)
                self.i += 1
                continue
            typepad = L.posted_at(text)
            if typepad is not None:
                post.labels.extend(typepad[0])
                post.comment_count = typepad[1] if typepad[1] is not None else post.comment_count
                post.printed.append(text)
                self.i += 1
                continue
            found = L.labels(text)
            if found is not None:
                post.labels.extend(found)
                post.printed.append(text)
                self.i += 1
                continue
            count = L.count_header(text)
            if count is None:
                generic = L.generic_count_header(text)
                if generic is not None and (i in doc.generic or starts_comments(
                    doc, doc.next_nonblank(i + 1, self.end), self.end
                )):
                    count = generic
            if count is not None:
                post.comment_count = count
                post.printed.append(text)
                self.i += 1
                self._read_comments(post)
                continue
            if L.SIDEBAR_HEADINGS.match(text):
                if self._drop_sidebar(to_footer=True):
                    continue
                return
            if L.is_chrome(text) or self._form_heading_after_comments(post, i):
                doc.drop(text)
                self.i += 1
                continue
            if starts_comments(doc, i, self.end):
                self._read_comments(post)
                continue
            return

    def _form_heading_after_comments(self, post: ParsedPost, i: int) -> bool:
        """`What do you think?` standing alone between the comments and the form."""
        doc = self.doc
        if not (post.comments or post.comment_count is not None):
            return False
        if not L.is_comment_form_heading(doc.text(i), closed=True) or doc.text(i + 1):
            return False
        n = doc.next_nonblank(i + 1, self.end)
        return n is None or L.is_chrome(doc.text(n))

    def _read_comments(self, post: ParsedPost) -> None:
        reader = CommentReader(self.doc, self.i, self.end, len(post.comments))
        post.comments.extend(reader.read())
        self.i = reader.i
        if reader.tail:  # sidebar text after the last closed comment, up to the next post
            while self.i < self.end and not reader.post_starts(self.i):
                if self.doc.text(self.i):
                    self.doc.drop(self.doc.text(self.i))
                self.i += 1


# ----------------------------------------------------------------- not a blog dump

_RECORD_PATTERNS = (
    re.compile(r"^\s*<[^>]+>.*$"),  # markup
    re.compile(r"^\d+$"),  # subtitle cue numbers
    re.compile(r"-->"),  # subtitle timings
    re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}"),  # log lines
    re.compile(r"^\[\d{1,4}[-/]\w+[-/]\d{2,4}[: ]\d{2}:\d{2}"),
    re.compile(r"^\[[A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}"),  # Apache
    re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}\s"),  # access logs
    re.compile(r"^(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b"),
    re.compile(r"^[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s"),  # syslog
    re.compile(r"^[A-Z][A-Z0-9-]+(?:;[^:]*)?:\S"),  # iCalendar / vCard properties
)


_ANY_RECORD = re.compile("|".join(f"(?:{p.pattern})" for p in _RECORD_PATTERNS))


def _delimited(lines: list[str]) -> bool:
    """Most lines split into the same number (3+) of fields as the first line."""
    sample = lines[:200]
    for sep in (",", "\t", ";", "|"):
        rows = list(csv.reader(sample, delimiter=sep))
        width = len(rows[0])
        if width < 3:
            continue
        same = [row for row in rows if len(row) == width]
        words = sum(len(field.split()) for row in same for field in row)
        if len(same) >= 3 and len(same) / len(rows) >= 0.6 and words / (len(same) * width) <= 6:
            return True
    return False


def not_a_dump_reason(text: str) -> str | None:
    """Why the text is records rather than prose (markup, rows, cues, logs), or None.

    Record files are uniform: their first 300 non-blank lines tell."""
    lines = [line.strip() for line in text[:60000].split("\n") if line.strip()][:300]
    if not lines:
        return None
    stripped = text.lstrip()
    if stripped.startswith(("<!DOCTYPE", "<!doctype", "<?xml", "<html", "<HTML")):
        return "HTML/XML markup"
    if stripped.startswith(("{", "[")) and stripped.rstrip().endswith(("}", "]")):
        return "JSON data"
    if lines[0] == "WEBVTT" or sum("-->" in line for line in lines) >= 2:
        return "subtitle cues"
    markup = sum(1 for line in lines if line.startswith("<") and line.endswith(">"))
    if markup / len(lines) > 0.5:
        return "HTML/XML markup"
    if len(lines) >= 3 and _delimited(lines):
        return "delimited rows (CSV/TSV)"
    records = sum(1 for line in lines if _ANY_RECORD.search(line))
    if len(lines) >= 3 and records / len(lines) >= 0.6:
        return "log or record lines"
    return None


# ----------------------------------------------------------------- the dump


def _headerless_start(doc: Doc) -> int | None:
    """Without date lines: the first title-shaped line followed by running text (the last
    of a run of such lines: the sidebar's titles come before the post's), or the line over
    the first dated byline (`Post by NAME » <date>`) when no prose comes before it."""
    over = _over_first_byline(doc)
    if over is not None:
        return over
    for i, line in enumerate(doc.lines):
        if not line.text or L.is_chrome(line.text):
            continue
        if _title_candidate(doc, i) and _starts_text(doc, i):
            nxt = _paragraph_after_chrome(doc, i)
            after = doc.text(nxt[0]) if nxt else ""
            if nxt and nxt[0] == nxt[1] and _title_candidate(doc, nxt[0]) and not (
                L.is_byline(after) or L.is_source_line(after) or nxt[0] in doc.generic
            ) and _starts_text(doc, nxt[0]):
                if not _title_over_dek(doc, i, nxt[0]):
                    doc.doubt(i, D.CHROME, D.TITLE)
                    continue
                doc.doubt(i, D.TITLE, D.CHROME)  # (or the blog's name over a title)
            return i
        if not _title_candidate(doc, i) and len(line.text.split()) >= 8 and not _is_footer(
                line.text):
            return i
    return None


def _over_first_byline(doc: Doc) -> int | None:
    for j, line in enumerate(doc.lines):
        if not line.text:
            continue
        if D.is_prose(line.text):
            return None
        by = L.posted_by(line.text) if len(line.text) < 120 else None
        if by is not None and by.date is not None:
            p = doc.prev_nonblank(j - 1)
            if p is None or L.is_chrome(doc.text(p)) or not L.is_title_shaped(doc.text(p)):
                return None
            return p
    return None


def _title_over_dek(doc: Doc, i: int, n: int) -> bool:
    """The dump opens with a title-cased line over a longer sentence-cased one (Medium's
    title and subtitle): the first is the title, the second the body's first line."""
    first, dek = doc.text(i), doc.text(n)
    return (doc.next_nonblank(0) == i and L.title_case_score(first) >= 0.7
            and len(dek.split()) >= 6 and L.title_case_score(dek) < 0.5)


def _paragraph_after_chrome(doc: Doc, i: int) -> tuple[int, int] | None:
    """The next paragraph after line i's that is not a line of chrome (navigation)."""
    nxt = doc.paragraph_after(i, len(doc.lines))
    while nxt is not None and nxt[0] == nxt[1] and L.is_chrome(doc.text(nxt[0])):
        nxt = doc.paragraph_after(nxt[0], len(doc.lines))
    return nxt


def _starts_text(doc: Doc, i: int) -> bool:
    """Running text, a source line, a footer or the comments follow the title-shaped line i."""
    nxt = _paragraph_after_chrome(doc, i)
    if nxt is None:
        return False
    first = doc.text(nxt[0])
    return bool(len(first.split()) >= 8 or L.is_byline(first) or L.is_source_line(first)
                or L.is_body_only(first) or L.is_update(first) or _is_footer(first)
                or nxt[0] in doc.generic or starts_comments(doc, nxt[0], len(doc.lines))
                or _footer_follows(doc, nxt[1]))


def _footer_follows(doc: Doc, j: int) -> bool:
    """The paragraph ending at line j is followed by a footer line."""
    n = doc.next_nonblank(j + 1, len(doc.lines))
    return n is not None and _is_footer(doc.text(n))


def _undated_lead(doc: Doc, end: int) -> int | None:
    """An archive copy whose first post lost its date line: a post before the first
    date header, recognised by a footer line or a paragraph of real prose."""
    start = None
    widget = False  # inside a sidebar widget (its heading up to the next blank line)
    for i in range(end):
        text = doc.text(i)
        if not text:
            widget = False
            continue
        if L.SIDEBAR_HEADINGS.match(text):
            widget = True
            start = None  # the line before a widget was the blog's name, not a title
        if widget or L.is_chrome(text):
            continue
        if start is None and _title_candidate(doc, i) and doc.single_line_paragraph(i):
            start = i
            continue
        if start is not None and (_is_footer(text) or (
            len(text.split()) >= 12 and text.endswith((".", "!", "?", '"', "”"))
        )):
            return start
    return None


def _terminal(doc: Doc, start: int) -> int:
    """The end of the posts area: page navigation or the feed link after the last post."""
    for i in range(start, len(doc.lines)):
        if L.PAGE_END.match(doc.text(i)) and not _comments_follow(doc, i):
            return i
    return len(doc.lines)


def _comments_follow(doc: Doc, i: int) -> bool:
    """Some templates print the navigation between the footer and the comments."""
    n = doc.next_nonblank(i + 1)
    while n is not None and L.is_chrome(doc.text(n)):
        n = doc.next_nonblank(n + 1)
    return n is not None and (L.count_header(doc.text(n)) is not None or n in doc.generic
                              or starts_comments(doc, n, len(doc.lines)))


def _generic_headers(doc: Doc) -> set[int]:
    """Lines like `5 people had something to say:` printed directly over the comments:
    a `said...` line, a threaded name line, or a numbered list that is a comment list."""
    found = set()
    total = len(doc.lines)
    for i, line in enumerate(doc.lines):
        if not line.text or L.count_header(line.text) is not None or (
            L.generic_count_header(line.text) is None
        ):
            continue
        n = doc.next_nonblank(i + 1, total)
        if n is None:
            continue
        if L.NUMBERED.match(doc.text(n)):
            if starts_comments(doc, n, total, in_body=True, headed=True):
                found.add(i)
        elif starts_comments(doc, n, total):
            found.add(i)
    return found


def _footerless(doc: Doc) -> bool:
    return not any(L.posted_by(line.text) or L.labels(line.text) is not None
                   for line in doc.lines if line.text)


def _first_title_before(doc: Doc, headers: list[Header]) -> None:
    """A page whose later posts print their titles over their date lines does so for the
    first post too: the line over the first date line (nothing or chrome above it) is its
    title, even when a short caption line follows the date line."""
    head = headers[0]
    if head.title_index is not None or not any(h.title_index is not None for h in headers[1:]):
        return
    p = doc.prev_nonblank(head.index - 1)
    if p is None or not _loose_title(doc, p) or L.is_chrome(doc.text(p)):
        return
    before = doc.prev_nonblank(p - 1)
    if before is not None and not L.is_chrome(doc.text(before)) and _loose_title(doc, before):
        above = doc.prev_nonblank(before - 1)  # the blog's name over the first title
        before = None if above is None or L.is_chrome(doc.text(above)) else before
    if before is None or L.is_chrome(doc.text(before)):
        head.title_index = head.start = p


def parse_text(text: str, markers: re.Pattern[str], file: str = "") -> ParsedDump:
    """Read one decoded dump."""
    doc = Doc(_lines(text), markers)
    nonblank = sum(1 for line in doc.lines if line.text)
    doc.no_blank_mode = nonblank > 4 and sum(
        1 for line in doc.lines[: len(doc.lines) - 1] if not line.text
    ) <= max(1, nonblank // 40)
    dump = ParsedDump(file)
    footerless = doc.footerless = _footerless(doc)
    doc.generic = _generic_headers(doc)
    headers = _find_headers(doc) or _byline_headers(doc)
    if headers:
        floor = 0
        loose = False
        for header in headers:
            if header.date.shape == "byline":
                continue  # (its title is the line over it)
            header.title_index = _title_before(doc, header, floor, loose)
            loose = loose or (floor == 0 and header.title_index is not None)
            header.start = header.title_index if header.title_index is not None else header.index
            p = doc.prev_nonblank(header.index - 1, floor)
            if header.title_index is None and p is not None and L.journal_byline(doc.text(p)):
                header.start = p  # `harbourjane wrote,` over the date line
            floor = header.index + 1
        _first_title_before(doc, headers)
        first = headers[0].start
        end = _terminal(doc, headers[-1].index + 1)
        headers = [h for h in headers if h.start < end]
        lead = _undated_lead(doc, first)
        _drop_range(doc, 0, first if lead is None else lead)
        if lead is not None:
            reader = PostReader(doc, lead, first, None, None, footerless)
            dump.posts.extend(reader.read(None, None))
        for k, header in enumerate(headers):
            group_end = headers[k + 1].start if k + 1 < len(headers) else end
            reader = PostReader(doc, header.start, group_end, header.date.iso,
                                doc.text(header.index), footerless)
            reader.i = header.start
            dump.posts.extend(reader.read(header.title_index, header.index))
        _drop_range(doc, end, len(doc.lines))
    else:
        start = _headerless_start(doc)
        if start is not None:
            end = _terminal(doc, start + 1)
            _drop_range(doc, 0, start)
            reader = PostReader(doc, start, end, None, None, footerless)
            dump.posts.extend(reader.read(None, None))
            _drop_range(doc, end, len(doc.lines))
    dump.posts = [p for p in dump.posts if _has_substance(p)]
    dump.dropped = doc.dropped
    D.assign(dump.posts, doc.doubts, _dropped_lines(doc))
    return dump


def _dropped_lines(doc: Doc) -> list[tuple[int, str]]:
    """(line number, text) of the first line of each dropped text."""
    left = set(doc.dropped)
    found = []
    for line in doc.lines:
        if line.text in left:
            left.discard(line.text)
            found.append((line.no, line.text))
    return found


def _has_substance(post: ParsedPost) -> bool:
    return bool(post.title or post.paragraphs or post.notes or post.comments
                or post.comment_count is not None)


def _drop_range(doc: Doc, start: int, end: int) -> None:
    for i in range(start, end):
        if doc.text(i):
            doc.drop(doc.text(i))
