"""builder.markup: Markdown rendered safely, fast path equal to the full path."""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

import pytest

from builder import markup
from builder.markup import MarkupCache, doc_key, is_plain, plain_text, render_all, render_markdown

PLAIN = [
    "Hello world",
    "Line one\nline two\n\nSecond paragraph.",
    "Quotes \"double\" and 'single', 50% (ok) — yes… “curly” ‘marks’ €5",
    "Non-breaking\xa0space and trailing spaces  ",
    "Numbers 1.5 and 2) inside a line; a dash - inside too.",
    "Ünïcödé, 中文, русский, עברית.",
    "Para\n\n\n\nafter several blank lines",
]


def full_path(text: str) -> str:
    md = markup._markdown()
    md.reset()
    return markup._clean(md.convert(text.strip("\n")))


@pytest.mark.parametrize("text", PLAIN)
def test_fast_path_gives_exactly_what_markdown_gives(text: str) -> None:
    if is_plain(text):
        assert render_markdown(text) == full_path(text)


def test_fast_path_is_taken_for_ordinary_prose() -> None:
    assert sum(is_plain(t) for t in PLAIN) >= 5
    assert not is_plain("- a list")
    assert not is_plain("1. ordered")
    assert not is_plain("    indented code")
    assert not is_plain("*emphasis*")


# the rules of `is_plain` as the one regular expression they were first written as
SYNTAX = re.compile(r"[\\`*_\[\]<>&#|~=+{}!\t]|^[ ]|^\s*(?:-|\d+[.)])|  $", re.M)


def test_is_plain_follows_the_syntax_rules_on_random_texts() -> None:
    """Lines that start with spaces, dashes, numbers (any script's digits) and '.' or ')',
    Unicode spaces and line breaks, syntax characters: 60,000 texts of them, each judged
    as the pattern judges it."""
    rng = random.Random(7)
    pieces = [" ", "  ", "\n", "\n\n", "-", "1", "12", "\u0663", ".", ")", "a", "word", "x.",
              "\xa0", "\u2028", "\x85", "\x0c", "\x1c", "\r", "*", "#", "\t", "_", "é"]
    for _ in range(60_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert is_plain(text) == (SYNTAX.search(text) is None), repr(text)


def _plain_as_first_written(text: str) -> str:
    """The fast path's HTML as it was first made: paragraph by paragraph, each line's
    trailing spaces dropped, each paragraph escaped."""
    parts = []
    for para in markup.paragraphs(text.replace("\r\n", "\n")):
        lines = [line.rstrip(" ") for line in para.split("\n")]
        escaped = html.escape("\n".join(lines), quote=False).replace("\xa0", "&nbsp;")
        parts.append(f"<p>{escaped}</p>")
    return "\n".join(parts)


def test_fast_path_html_is_what_it_was_on_random_texts() -> None:
    """Blank lines (several, or of Unicode spaces), lines ending in a space, no-break
    spaces, CR LF line ends: 60,000 texts, each plain one rendered as it first was (the
    pages of every archive built before keep their bytes)."""
    rng = random.Random(11)
    pieces = [" ", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "a", "word", "x.", "1", "-",
              "\xa0", "\u2028", "\x0c", "\x85", "\u3000", "é", "中文", "\"quoted\"", "'"]
    plain = 0
    for _ in range(60_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        if is_plain(text.replace("\r\n", "\n")):  # (as `render_markdown` looks at it)
            plain += 1
            assert render_markdown(text) == _plain_as_first_written(text), repr(text)
    assert plain > 10_000


def test_raw_html_is_shown_as_text() -> None:
    html = render_markdown('<script>alert(1)</script>\n\nHi <img src=x onerror="alert(1)">')
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("link", ["javascript:alert(1)", "JaVaScRiPt:alert(1)",
                                  "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x",
                                  "java\tscript:alert(1)"])
def test_dangerous_link_schemes_are_dropped(link: str) -> None:
    html = render_markdown(f"[click]({link})")
    assert "href" not in html and "click" in html


def test_safe_markdown_survives() -> None:
    html = render_markdown("**bold** and [a link](https://example.org/x) and `code`")
    assert "<strong>bold</strong>" in html and "<code>code</code>" in html
    assert '<a href="https://example.org/x" rel="nofollow noopener noreferrer">a link</a>' in html


def test_render_all_uses_and_fills_the_cache(tmp_path: Path) -> None:
    cache = MarkupCache(tmp_path / "cache")
    texts = ["*one*", "*two*", "plain text", "*one*"]
    first = render_all(texts, cache, workers=1)
    assert first[doc_key("*one*")] == "<p><em>one</em></p>"
    files = sorted(p.name for p in (tmp_path / "cache").rglob("*.html"))
    assert files == sorted(f"{doc_key(t)}.html" for t in ("*one*", "*two*"))
    (tmp_path / "cache" / doc_key("*two*")[:2] / f"{doc_key('*two*')}.html").write_text("<p>X</p>")
    assert render_all(["*two*"], cache, workers=1)[doc_key("*two*")] == "<p>X</p>"


def test_parallel_rendering_matches_serial() -> None:
    texts = [f"*item {i}* with [link](https://e.org/{i})" for i in range(400)]
    serial = render_all(texts, MarkupCache(None), workers=1)
    parallel = render_all(texts, MarkupCache(None), workers=2)
    assert serial == parallel


def test_plain_text_excerpt_strips_markdown_and_cuts_at_a_word() -> None:
    assert plain_text("**Bold** [link](http://x) `code`") == "Bold link code"
    assert plain_text("# C, C++ and C#\n\n- a snake_case item\n> quoted") == (
        "C, C++ and C# a snake_case item quoted")
    text = plain_text("word " * 100, limit=50)
    assert text.endswith("…") and len(text) <= 51 and "wor…" not in text


def test_plain_text_joins_every_kind_of_space_into_one() -> None:
    """Excerpts of pasted text: no-break, ideographic and line-separator spaces, tabs
    and form feeds become one plain space; words stay whole."""
    text = "\u3000 First\u00a0line,\u2028second\t\x0cline\x1c  end.\n\n"
    assert plain_text(text) == "First line, second line end."
    assert plain_text("snake_case and *stars* and `ticks` ~x~") == (
        "snake_case and stars and ticks x")
