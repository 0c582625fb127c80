"""The comment section of a post, in any of its three renderings.

Takes: the dump's lines from the first comment on.  Gives: `ParsedComment`s in
dump order with their structural parent (nested numbering, or a `Replies`
block closed by `Reply`; never from `@name` mentions).

- classic: `NAME said...`, blank line, paragraphs, optional timestamp line;
- numbered (mobile): `  1. text`, nested `    1.` replies, action lines;
- threaded copy: `NAME <timestamp>` (or a NAME line over a timestamp line),
  body, action lines, `Replies` ... `Reply` blocks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from builder.split import doubts as D
from builder.split import lines as L
from builder.split.dates import parse_date_line, parse_timestamp, starts_like_date
from builder.split.records import ParsedComment

if TYPE_CHECKING:
    from builder.split.parse import Doc

CLASSIC, NUMBERED, THREADED, SIGNED = "classic", "numbered", "threaded", "signed"
_EMPTY_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<n>\d{1,4})[.)](?P<text>)$")  # an empty comment
MOBILE_FORM = {"load more...", "load more", "load more…", "mehr laden...", "cargar más...",
               "charger plus...", "carregar mais...", "last inn mer...", "încărcați mai multe...",
               "carica altro..."}  # (with the comment form's title: `L.is_comment_form`)


def threaded_header(doc: Doc, i: int) -> tuple[str, str | None, str, int] | None:
    """(name, iso, printed stamp, lines used) for `NAME <timestamp>` or NAME over a stamp."""
    return _threaded_header(doc.text(i), doc.text(i + 1))


_IN_REPLY_TO = re.compile(r"^In\s+reply\s+to\s+(?P<name>[^.]{1,60})\.$")
_CLOCK = re.compile(r"\d[:.h]\d\d")
# a comment's age instead of its date, on its own line under the name (Squarespace)
_RELATIVE = re.compile(r"^(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$",
                       re.IGNORECASE)


# other engines' bylines: `#1 by NAME on <stamp>`, `NAME on <stamp> said:`, `by NAME on`
_BYLINE_HEAD = re.compile(r"^(?:#\d+\s+)?(?:(?:submitted\s+|post\s+)?by\s+)?", re.IGNORECASE)
_BYLINE_TAIL = re.compile(r"\s+(?:said|says|wrote)\s*:?$", re.IGNORECASE)
_NAME_TAIL = re.compile(r"\s+(?:on|at|le|am|el|[-–—|·»])$", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _threaded_header(text: str, next_text: str,
                     marked: bool = False) -> tuple[str, str | None, str, int] | None:
    """marked: the line was a byline by its form (`#1 by`, `said:`): a longer name is
    allowed (`Sara, Pete and the crew of the Mira on <date> said:`)."""
    if _RELATIVE.match(next_text) and _name_shaped(text) and not L.said_name(text):
        return L.clean_author(text), None, next_text, 2  # `3 years ago`: no date to give
    if not (_CLOCK.search(text) or _CLOCK.search(next_text)):
        return None  # every byline prints a time of day
    if not text or L.said_name(text) or L.is_chrome(text):
        return None
    if text[:3].casefold() == "on " and parse_date_line(text) is not None:
        return None  # `on January 5th, 2009 at 02:03 pm`: a date line (LiveJournal)
    byline = _BYLINE_TAIL.sub("", _BYLINE_HEAD.sub("", text, count=1))
    if byline != text:
        found = _threaded_header(byline, next_text, True)
        if found is not None or not _BYLINE_TAIL.search(text):
            return found
    words = text.split()
    for k in range(1, min(len(words), 13 if marked else 7)):
        if not starts_like_date(words[k]):
            continue
        stamp = parse_timestamp(" ".join(words[k:]))
        if stamp and stamp.iso:
            name = _NAME_TAIL.sub("", " ".join(words[:k]))
            if _name_shaped(name) or (marked and len(name) <= 80 and not name.endswith(
                    ("?", "!", ":", ";"))):
                return L.clean_author(name), stamp.iso, stamp.time, 1
            return None
    if next_text and _name_shaped(text):
        stamp = parse_timestamp(next_text)
        if stamp and stamp.iso:
            return L.clean_author(text), stamp.iso, stamp.time, 2
    return None


@lru_cache(maxsize=1 << 16)
def _name_shaped(text: str) -> bool:
    words = text.split()
    return (
        not text.startswith("@")  # "@name time" opens a reply's text, it is no byline
        and 1 <= len(words) <= 6
        and len(text) <= 60
        and not text.endswith(("?", "!", ":", ",", ";"))
        and (not text.endswith(".") or len(words[-1]) <= 3  # "Mila K.", "Bob Jr."
             or re.fullmatch(r"(?:[A-Z]\.){1,4}", words[-1]) is not None)  # "J.R.", "A.M."
        and not L.is_chrome(text)
        and parse_date_line(text) is None
        and not L.NUMBERED.match(text)
    )


def _section_is_comments(doc: Doc, i: int, end: int) -> bool:
    """Nothing that belongs to a post body follows (read-more, notes, footers)."""
    prev = i
    for j in range(i + 1, end):
        text = doc.text(j)
        if not text:
            continue
        byline, prev = L.said_name(doc.text(prev)) is not None, j
        if L.is_chrome(text):
            return True
        if L.is_read_more(text) or L.posted_by(text) or L.labels(text) is not None:
            return False
        if L.count_header(text) is not None:
            return False
        if not doc.text(j - 1) and doc.markers.match(text) and not byline:
            return False  # (a comment may open with `WNU Editor:`: README "Editor notes")
    return True


def _action_after_paragraph(doc: Doc, j: int, end: int) -> bool:
    """The paragraph at line j is followed by a comment action line (`ReplyDelete`): an
    item's second paragraph printed at the number's indent, not body text."""
    k = j
    while k < end and doc.text(k):
        k += 1
    n = doc.next_nonblank(k, end)
    return n is not None and L.is_action(doc.text(n))


def _numbered_list_is_comments(doc: Doc, i: int, end: int, headed: bool = False) -> bool:
    """A numbered list at the end of a post, shaped like mobile comments.  headed: under a
    count-shaped line, a list that runs into page chrome or the end (no body text after
    it) is the comment list."""
    top = doc.lines[i].indent
    blank_between = nested = actions = False
    seen_blank = False
    first = L.NUMBERED.match(doc.text(i))
    number = int(first.group("n")) if first else 0
    if first and L.is_headline_item(first.group("text")):
        return False  # a headline list (`Title -- Outlet`): the post's
    tight = False  # two items of the list printed without a blank line between them
    for j in range(i + 1, end):
        line = doc.lines[j]
        if not line.text:
            seen_blank = True
            continue
        if L.is_action(line.text):
            actions = True
            continue
        if L.count_header(line.text) is not None:
            return False  # the post's count header comes after the list: a body list
        if L.is_read_more(line.text) or (seen_blank and doc.markers.match(line.text)):
            return False  # read-more lines and notes are the post's (README): a body list
        if L.is_comment_form_heading(line.text) and (
            doc.next_nonblank(j + 1, end) is None
            or L.is_chrome(doc.text(doc.next_nonblank(j + 1, end) or 0))
        ):
            return True  # "Leave a comment" under the list: the comment form
        if L.is_chrome(line.text):
            # the comment form right under the list closes a comment list (mobile layouts,
            # and templates that print no count header)
            return (line.text.casefold() in MOBILE_FORM or blank_between or nested or actions
                    or headed or L.is_comment_form(line.text))
        if seen_blank and line.indent > top and not L.NUMBERED.match(line.text):
            nested = True  # an indented paragraph continuing an item: a comment's text
        if L.posted_by(line.text) or L.labels(line.text) is not None:
            return False
        if L.count_header(line.text) is not None:
            return False
        item = L.NUMBERED.match(line.text)
        if item:
            if seen_blank and tight and item.group("n") == "1":
                return False  # a tight list, then a new one: mobile comments are spaced,
                # so the tight list is the body's (corpus 022)
            tight = tight or (not seen_blank and line.indent <= top + 1)
            if line.indent > top + 1:
                nested = True
            elif int(item.group("n")) != number + 1:
                return False  # a list that starts again at the same indent: no comment
                # list (top-level comments are numbered on; replies are nested)
            else:
                number += 1
            if seen_blank:
                blank_between = True
            seen_blank = False
            continue
        if seen_blank and line.indent <= top and not L.NUMBERED.match(line.text):
            # body text after the list: a list inside the body, unless its items printed
            # comment action lines (`ReplyDelete`): then it is page text after the comments
            return actions or (headed and _action_after_paragraph(doc, j, end))
        seen_blank = False
    return blank_between or nested or actions or headed


def starts_comments(doc: Doc, i: int | None, end: int, in_body: bool = False,
                    headed: bool = False) -> bool:
    """Does a comment begin at line i?  headed: a count header stands right above it."""
    if i is None or i >= end:
        return False
    text = doc.text(i)
    if not text:
        return False
    if L.said_name(text) is not None:
        if said_title(doc, i, end):
            return False
        return not in_body or _section_is_comments(doc, i, end)
    numbered = L.NUMBERED.match(text)
    if numbered:
        if L.is_removed_notice(numbered.group("text")):
            return True  # Blogger's removal notice is a comment, never body
        return not in_body or _numbered_list_is_comments(doc, i, end, headed)
    if threaded_header(doc, i) is not None:
        return not in_body or _section_is_comments(doc, i, end)
    return not in_body and _signed_below(doc, i, end)


def _signed_below(doc: Doc, i: int, end: int) -> bool:
    """Text at line i signed a few lines below (`Posted by: NAME at <stamp>`): a comment of
    Movable Type or Typepad, whose signature follows its text."""
    seen = 0
    for j in range(i, min(end, i + 40)):
        text = doc.text(j)
        if not text:
            continue
        if L.signature(text) is not None:
            return seen > 0
        seen += 1
        if seen > 12 or L.is_chrome(text) or _structural(doc, j, text):
            return False
    return False


def _structural(doc: Doc, j: int, text: str) -> bool:
    return bool(L.said_name(text) is not None or L.NUMBERED.match(text)
                or L.posted_by(text) or L.count_header(text) is not None
                or parse_date_line(text) or threaded_header(doc, j) is not None)


def _closes_post(doc: Doc, k: int, end: int) -> bool:
    """Line k is a `Posted by` footer that closes a post: after the footer block (more
    footer lines, share buttons) comes a count header, the page's ending chrome, a date
    line or the end, not more of a comment's text (a comment may quote a footer)."""
    by = L.posted_by(doc.text(k))
    if by and by.count is not None:
        return True  # the one-line footer carries the post's count header
    for m in range(k + 1, end):
        text = doc.text(m)
        if not text or L.posted_by(text) or L.labels(text) is not None:
            continue
        if L.is_chrome(text) and not L.is_ending_chrome(text):
            continue
        return bool(L.count_header(text) is not None or m in doc.generic
                    or L.is_ending_chrome(text) or parse_date_line(text))
    return True


def said_title(doc: Doc, j: int, end: int) -> bool:
    """A title ending in `Said...` (a post of the same day after the previous post's
    comments, no date line of its own): its text follows, then its own footer, before
    any timestamp, action line or other comment."""
    if not doc.text(j).split()[-1][:1].isupper():
        return False  # Blogger prints bylines with a lower-case `said...`
    n = doc.next_nonblank(j + 1, end)
    if n is None or L.said_name(doc.text(n)) is not None:
        return False
    for k in range(n, min(end, j + 80)):
        text = doc.text(k)
        if not text:
            continue
        if L.posted_by(text):
            return _closes_post(doc, k, end)
        if (L.said_name(text) is not None or parse_timestamp(text) is not None
                or L.NUMBERED.match(text) or threaded_header(doc, k) is not None
                or L.is_action(text) or L.is_ending_chrome(text)
                or L.count_header(text) is not None or parse_date_line(text)):
            return False
    return False


class CommentReader:
    """Reads comments from line i until the section ends (chrome, footer, region end)."""

    def __init__(self, doc: Doc, i: int, end: int, base: int) -> None:
        self.doc = doc
        self.i = i
        self.end = end
        self.base = base  # index of the first comment within its post
        self.comments: list[ParsedComment] = []
        self.current: ParsedComment | None = None
        self.para: list[str] | None = None
        self.top: int | None = None  # index of the last top-level comment
        self.in_replies = False
        self.top_indent = 0
        self.mode: str | None = None
        self.stamped = False
        self.stamp_over_text = False  # classic comments print their stamp under the name
        self.tail = False  # ended by page text after the last closed comment
        self.acted = False  # the current comment printed an action line (Reply, Delete)
        self.numbers = [0, 0]  # the last top-level and reply numbers of a numbered list

    # -- helpers

    def _start(self, comment: ParsedComment, reply: bool) -> None:
        if reply and self.top is not None:
            comment.parent = self.top
        else:
            self.top = self.base + len(self.comments)
        self.comments.append(comment)
        self.current, self.para = comment, None
        self.acted = False

    def _add(self, text: str) -> None:
        if self.current is None:
            return
        if self.para is None:
            self.para = []
            self.current.paragraphs.append(self.para)
        self.para.append(text)

    def _next_nonblank(self, j: int) -> int | None:
        return self.doc.next_nonblank(j, self.end)

    def _section_over(self, text: str, j: int) -> bool:
        if L.is_action(text):
            return False
        if L.is_ending_chrome(text):
            return True
        if (L.posted_by(text) and threaded_header(self.doc, j) is None) or L.labels(
                text) is not None or L.count_header(text) is not None:
            # (`Submitted by NAME on <stamp>` signs Drupal's comments as it signs the post)
            # inside a comment whose own timestamp or action line is still to come, a line
            # shaped like a footer is the commenter's text
            return not self._awaits_close(j)
        if self._over_byline(text, j):
            return False  # Drupal's `Permalink` over the next comment's byline
        if L.is_chrome(text):
            # a chrome word ("Ok", "Home") is a comment's whole text when the comment's own
            # timestamp or action line comes right after it
            return not self._text_of_open_comment(j)
        return False

    def _over_byline(self, text: str, j: int) -> bool:
        """Line j is a chrome word right over a threaded comment's byline."""
        if self.mode != THREADED or not L.is_chrome(text) or L.is_ending_chrome(text):
            return False
        n = self._next_nonblank(j + 1)
        return n == j + 1 and threaded_header(self.doc, n) is not None

    def _after_closed(self, text: str, j: int) -> bool:
        """A new paragraph after the last comment closed itself (classic: its timestamp
        line in a stamped section; numbered/threaded: its action line) that opens no
        comment: the comments are over, the rest is the page's chrome."""
        c = self.current
        if c is None or self.para is not None or L.is_action(text) or L.is_chrome(text):
            return False
        if self.mode == CLASSIC:
            if not (self.stamped and (c.date or c.time)) or not c.paragraphs or (
                    self.stamp_over_text):
                return False  # (a stamp printed over the text: `Luis dice:`, stamp, text)
            return L.said_name(text) is None and parse_timestamp(text) is None
        if not self.acted:
            return False
        if self.mode == NUMBERED:
            return not (L.NUMBERED.match(text) or _EMPTY_ITEM.match(text)) and (
                self.doc.lines[j].indent <= self.top_indent)
        return threaded_header(self.doc, j) is None

    def post_starts(self, j: int) -> bool:
        """After a comment, the next post of an archive page: its title line, then a
        source line, a date line, or text that reaches a footer before any comment."""
        doc = self.doc
        text = doc.text(j)
        if self.current is None or doc.text(j - 1) or len(text.split()) > 18:
            return False
        if L.said_name(text) is not None:
            return said_title(doc, j, self.end)
        open_ = self._open()  # then only a footer that closes a post ends the comment
        if text.endswith((".", ",", ";", ":")) or L.is_chrome(text) or L.is_action(text):
            return False
        if L.NUMBERED.match(text) or threaded_header(doc, j):
            return False
        if parse_timestamp(text) is not None or not L.is_title_shaped(text):
            return False
        nxt = doc.paragraph_after(j, self.end)
        if nxt is None:
            return False
        first = doc.text(nxt[0])
        if not open_ and nxt[0] == nxt[1] and (
            (doc.footerless and L.is_source_line(first)) or parse_date_line(first)
        ):
            return True
        if not open_ and doc.footerless and nxt[1] > nxt[0] and (
            L.is_source_line(first) or L.is_source_line(doc.text(nxt[0] + 1))
        ):
            return True  # its body printed without blank lines: [caption,] source, prose
        for k in range(j + 1, min(self.end, j + 80)):
            line = doc.text(k)
            if not line:
                continue
            if L.NUMBERED.match(line) and k > nxt[0]:
                continue  # a list inside the new post's body, under its first paragraph
            if L.said_name(line) is not None and (
                n := doc.next_nonblank(k + 1, self.end)
            ) is not None and L.posted_by(doc.text(n)):
                continue  # `Enough said...` right over the post's footer: its body, no byline
            if L.said_name(line) is not None or L.NUMBERED.match(line) or threaded_header(doc, k):
                return False
            if open_:
                if L.posted_by(line):
                    return _closes_post(doc, k, self.end)
            elif L.posted_by(line) or L.labels(line) is not None or (
                L.count_header(line) is not None
            ):
                return True
            if L.is_ending_chrome(line) or parse_timestamp(line) is not None or (
                open_ and (L.labels(line) is not None or L.count_header(line) is not None)
            ):
                return False
        return False

    def _awaits_close(self, j: int) -> bool:
        """The current comment prints its timestamp (classic) or action line (numbered,
        threaded) after line j, before the next comment starts."""
        if self.current is None:
            return False
        if self.mode == CLASSIC:
            if self.current.date or self.current.time:
                return False
            closes = lambda t: parse_timestamp(t) is not None  # noqa: E731
        else:
            if self.acted:
                return False
            closes = L.is_action
        for k in range(j + 1, min(self.end, j + 60)):
            text = self.doc.text(k)
            if not text:
                continue
            if closes(text):
                return True
            if L.said_name(text) is not None or L.is_ending_chrome(text) or (
                self.mode != CLASSIC and (L.NUMBERED.match(text) or threaded_header(self.doc, k))
            ):
                return False
        return False

    def _text_of_open_comment(self, j: int) -> bool:
        if self._open():
            return True  # its timestamp is still to come
        if self.current is None or self.current.paragraphs:
            return False
        n = self._next_nonblank(j + 1)
        if n is None:
            return False
        nxt = self.doc.text(n)
        return parse_timestamp(nxt) is not None or L.is_action(nxt)

    def _form_heading(self, j: int) -> bool:
        """A call to comment standing alone after the last comment."""
        text = self.doc.text(j)
        closed = self.current is not None and (
            self.current.date is not None or self.current.time is not None)
        if not L.is_comment_form_heading(text, closed) or self.doc.text(j + 1):
            return False
        n = self._next_nonblank(j + 1)
        return n is None or L.is_chrome(self.doc.text(n))

    # -- reading

    def read(self) -> list[ParsedComment]:
        first = self._next_nonblank(self.i)
        if first is None:
            return []
        text = self.doc.text(first)
        if L.said_name(text) is not None:
            if said_title(self.doc, first, self.end):
                self.doc.doubt(first, D.TITLE, D.AUTHOR_LINE)
                return []  # the next post's title, not a byline
            self.mode = CLASSIC
            self.top_indent = self.doc.lines[first].indent
        elif L.NUMBERED.match(text):
            self.mode = NUMBERED
            self.top_indent = self.doc.lines[first].indent
        elif threaded_header(self.doc, first) is not None:
            self.mode = THREADED
            self.top_indent = self.doc.lines[first].indent
        elif _signed_below(self.doc, first, self.end):
            self.mode = SIGNED
        else:
            return []
        self.stamped = self.mode == CLASSIC and self._has_stamps(first)
        while self.i < self.end:
            j = self.i
            text = self.doc.text(j)
            if not text:
                self.para = None
                self.i += 1
                continue
            if self._section_over(text, j):
                break
            if self.para is None and self.post_starts(j):
                self.doc.doubt(j, D.NEW_POST, D.COMMENT_TEXT)
                break
            if self._after_closed(text, j):
                self.tail = True
                break
            if self._form_heading(j):
                self.doc.doubt(j, D.CHROME, D.COMMENT_TEXT)
                self.doc.drop(text)
                self.i = j + 1
                break
            self.i += self._line(j, text)
        for comment in self.comments:
            comment.removed = L.is_removed_notice(comment.body)
        return self.comments

    def _has_stamps(self, first: int) -> bool:
        """Does every comment of this section end with a timestamp line?"""
        names = stamps = 0
        for j in range(first, self.end):
            text = self.doc.text(j)
            if not text:
                continue
            if L.is_ending_chrome(text):
                break
            if L.said_name(text) is not None and not self.doc.text(j - 1):
                names += 1
            elif parse_timestamp(text) is not None:
                stamps += 1
        return names > 0 and stamps >= max(1, (names + 1) // 2)

    def _line(self, j: int, text: str) -> int:
        """Handle line j; return how many lines were used."""
        if L.is_action(text):
            self.acted = True
            self.doc.drop(text)
            folded = text.casefold()
            if folded in ("replies", "respuestas", "réponses", "respostas", "risposte"):
                self.in_replies = True
            elif folded in ("reply", "responder", "répondre", "antworten", "svar", "rispondi"):
                self.in_replies = False
            self.para = None
            return 1
        if self._over_byline(text, j):
            self.doc.drop(text)
            self.para = None
            return 1
        if self.mode == CLASSIC:
            return self._classic(j, text)
        if self.mode == NUMBERED:
            return self._numbered(j, text)
        if self.mode == SIGNED:
            return self._signed(j, text)
        return self._threaded(j, text)

    def _signed(self, j: int, text: str) -> int:
        """Text first, then the line that signs it."""
        sig = L.signature(text)
        if sig is not None and self.current is not None and not self.current.author:
            self.current.author, self.current.date = sig
            self.current.printed.append(text)
            self.para = None
            return 1
        if self.current is None or self.current.author:
            self._start(ParsedComment(line=self.doc.lines[j].no), reply=False)
        self._add(text)
        return 1

    def _stamp_here(self, j: int) -> bool:
        """Is the timestamp-shaped line j the current comment's own timestamp?"""
        if self.current is None or self.current.time is not None or self.current.date:
            return False
        if not self.current.paragraphs:
            return True
        stamp = parse_timestamp(self.doc.text(j))
        if stamp is not None and stamp.iso and self.mode == CLASSIC:
            return not self._later_stamp(j)  # a dated line after the text closes the comment
        n = self._next_nonblank(j + 1)
        if n is None:
            return True
        nxt = self.doc.text(n)
        return bool(
            L.said_name(nxt) is not None or L.is_action(nxt) or self._section_over(nxt, n)
            or L.is_chrome(nxt)  # (page chrome right under the comment's time of day)
            or threaded_header(self.doc, n) or self._form_heading(n)
        )

    def _later_stamp(self, j: int) -> bool:
        """Another timestamp line follows before the next byline: line j is text."""
        for k in range(j + 1, min(self.end, j + 60)):
            text = self.doc.text(k)
            if not text:
                continue
            if L.said_name(text) is not None or L.is_ending_chrome(text) or L.is_action(text):
                return False
            if parse_timestamp(text) is not None:
                return True
        return False

    def _take_stamp(self, j: int, text: str) -> bool:
        stamp = parse_timestamp(text)
        if stamp is None or not self._stamp_here(j):
            return False
        assert self.current is not None
        if not self.current.paragraphs and self.mode == CLASSIC:
            self.stamp_over_text = True  # (WordPress: `NAME says:`, stamp, text)
        self.current.date = stamp.iso
        self.current.time = None if stamp.iso else stamp.time
        self.current.printed.append(text)
        self.para = None
        return True

    def _open(self) -> bool:
        """The current comment has not printed its timestamp yet, though others do."""
        c = self.current
        return self.stamped and c is not None and c.date is None and c.time is None

    def _classic(self, j: int, text: str) -> int:
        name = L.said_name(text)
        quoted = self._open() and not self.doc.no_blank_mode and bool(self.doc.text(j + 1))
        if name is not None and (not self._open() or _namey(name)) and not quoted and (
            self.current is None or not self.doc.text(j - 1) or self.para is None
        ):
            comment = ParsedComment(author=name, line=self.doc.lines[j].no)
            if (stamped := L.said_stamp(text)) is not None:  # `At <stamp>, NAME said...`
                comment.date = stamped[1]
                comment.time = None if stamped[1] else stamped[2]
            comment.printed.append(text)
            n = self._next_nonblank(j + 1)
            indented = n is not None and min(self.doc.lines[j].indent, self.doc.lines[n].indent) > (
                self.top_indent + 1)  # the whole comment indented (WordPress threads)
            self._start(comment, reply=self.in_replies or indented)
            return 1
        if self._take_stamp(j, text):
            return 1
        if self._reply_to(j, text):
            return 1
        self._add(text)
        return 1

    def _reply_to(self, j: int, text: str) -> bool:
        """`In reply to NAME.` over a comment's text (WordPress's flat list): the comment
        joins the thread of NAME's latest comment above; the line itself is chrome."""
        c = self.current
        match = _IN_REPLY_TO.match(text)
        if match is None or c is None or c.paragraphs or c.parent is not None:
            return False
        name = match.group("name")
        earlier = [k for k, other in enumerate(self.comments[:-1]) if other.author == name]
        if not earlier:
            return False
        other = self.comments[earlier[-1]]
        c.parent = other.parent if other.parent is not None else self.base + earlier[-1]
        self.doc.doubt(j, D.CHROME, D.COMMENT_TEXT)
        self.doc.drop(text)
        return True

    def _next_number(self, match: re.Match[str], indent: int) -> bool:
        """A list printed without blank lines: the item numbered on from the last one."""
        level = 1 if indent > self.top_indent + 1 else 0
        return int(match.group("n")) == self.numbers[level] + 1

    def _numbered(self, j: int, text: str) -> int:
        match = L.NUMBERED.match(text) or _EMPTY_ITEM.match(text)
        indent = self.doc.lines[j].indent
        if match and (self.para is None or self.current is None
                      or self._next_number(match, indent)):
            reply = indent > self.top_indent + 1 or (self.in_replies and self.top is not None)
            n = int(match.group("n"))
            self.numbers = [self.numbers[0], n] if reply else [n, 0]
            comment = ParsedComment(line=self.doc.lines[j].no)
            self._start(comment, reply=reply)
            rest = (match.group("text") or "").strip()
            head = _threaded_header(rest, "")  # a byline printed in the item: NAME <stamp>
            if head is not None:
                comment.author, comment.date = head[0], head[1]
                comment.printed.append(f"{match.group('n')}. {rest}")
                return 1
            said = L.said_name(rest)
            if said is not None and _namey(said) and rest.endswith(("...", "…")):
                comment.author = said
                comment.printed.append(f"{match.group('n')}. {rest}")
                return 1
            comment.printed.append(f"{match.group('n')}.")
            if rest:
                self._add(rest)
            return 1
        if self._take_stamp(j, text):
            return 1
        self._add(text)
        return 1

    def _threaded(self, j: int, text: str) -> int:
        fresh = self.para is None or not self.doc.text(j - 1)
        head = threaded_header(self.doc, j) if fresh else None
        if head is not None and (self.para is None or self.current is None):
            name, iso, _printed, used = head
            indent = self.doc.lines[j].indent
            reply = self.in_replies or indent > self.top_indent + 1
            comment = ParsedComment(author=name, date=iso, line=self.doc.lines[j].no)
            comment.printed.extend(self.doc.text(j + k) for k in range(used))
            self._start(comment, reply=reply and self.top is not None)
            return used
        self._add(text)
        return 1


_NOT_NAME_START = {
    "and", "but", "then", "so", "she", "he", "they", "i", "we", "my", "her", "his", "their",
    "our", "your", "it", "which", "who", "someone", "everyone", "nobody", "somebody", "and then",
}
_PARTICLES = {"in", "of", "de", "del", "da", "van", "von", "der", "den", "la", "le", "du", "the",
              "y", "e", "et", "und", "from", "at", "on"}


def _namey(name: str) -> bool:
    """Reads as a commenter's name (`Dee in Dundee`), not a sentence (`And then her boss`)."""
    words = name.split()
    if not words or words[0].casefold() in _NOT_NAME_START:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _PARTICLES for w in words)
