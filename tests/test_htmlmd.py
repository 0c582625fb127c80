"""The one HTML-to-Markdown converter: each behaviour one input/expected pair.

Exports and saved pages both go through `builder.split.htmlmd`; these pairs are
what their bodies look like in Blogger's editors (old `<br>` runs, compose-mode
`div`s, caption tables, jump breaks, embedded videos).
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from builder.split.htmlmd import JUMP_BREAK, body_into, convert
from builder.split.lines import marker_regex
from builder.split.records import ParsedPost

MARKERS = marker_regex(("WNU Editor:", "My Comment:", "Editor's note:", "[Editor's note:"))


def blocks(html: str) -> list[tuple[str, str]]:
    return [(b.kind, b.markdown) for b in convert(html).blocks]


def post_of(html: str) -> ParsedPost:
    post = ParsedPost()
    body_into(post, convert(html).blocks, MARKERS)
    return post


def test_break_runs_separate_paragraphs_and_one_break_is_a_line():
    assert blocks("One<br />two<br /><br />Three<br><br><br>Four") == [
        ("p", "One\ntwo"), ("p", "Three"), ("p", "Four")]


def test_compose_mode_divs_and_nbsp_are_paragraphs_and_spaces():
    got = convert("<div>First&nbsp;line.</div><div><br></div><div>Second <b>bold</b>.</div>")
    assert [(b.markdown, b.text) for b in got.blocks] == [
        ("First line.", "First line."), ("Second **bold**.", "Second bold.")]


def test_inline_elements_do_not_split_words():
    assert convert("<p>wo<b>rd</b> and <span>mo</span>re</p>").blocks[0].text == "word and more"


def test_markdown_syntax_in_text_stays_text():
    (block,) = convert("<p>*not emphasis* and _this_ and [that](x)</p>").blocks
    assert block.text == "*not emphasis* and _this_ and [that](x)"
    assert block.markdown.startswith(r"\*not emphasis\*")


def test_caption_table_is_picture_then_caption_and_the_picture_is_listed():
    html = ('<table class="tr-caption-container"><tr><td><a href="https://x.example/s1600/a.jpg">'
            '<img src="https://x.example/s320/a.jpg" alt="A unit"></a></td></tr>'
            '<tr><td class="tr-caption">The caption.</td></tr></table><p>Body.</p>')
    got = convert(html)
    assert [(b.kind, b.markdown) for b in got.blocks] == [
        ("p", "[![A unit](https://x.example/s320/a.jpg)](https://x.example/s1600/a.jpg)\n"
              "The caption."),
        ("p", "Body.")]
    assert got.blocks[0].text == "The caption."
    assert [(i.src, i.alt, i.href) for i in got.images] == [
        ("https://x.example/s320/a.jpg", "A unit", "https://x.example/s1600/a.jpg")]


def test_source_line_and_blockquote_become_source_and_quote_range():
    post = post_of('<p><a href="https://n.example/1">Atlas Press: Talks resume</a></p>'
                   "<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote><p>Mine.</p>")
    assert post.sources == [1]
    assert post.quotes == [(2, 3)]
    assert post.body == "[Atlas Press: Talks resume](https://n.example/1)\n\nQuoted one.\n\n" \
        "Quoted two.\n\nMine."


def test_editor_note_runs_until_read_more_and_keeps_its_markdown():
    post = post_of("<p>Body.</p><p><b>WNU Editor:</b> First <i>part</i>.</p><p>Second part.</p>"
                   '<p><a href="https://n.example/2">Read more ....</a></p><p>After.</p>')
    assert [(n.marker, n.after, n.body) for n in post.notes] == [
        ("WNU Editor:", 1, "First *part*.\n\nSecond part.")]
    assert post.read_more_after == [1]
    assert post.read_more_lines == ["[Read more ....](https://n.example/2)"]
    assert post.body == "Body.\n\nAfter."


def test_jump_break_is_a_read_more_marker():
    for html in ('<p>Intro.</p><a name="more"></a><p>Rest.</p>', "Intro.<!--more-->Rest."):
        post = post_of(html)
        assert post.body == "Intro.\n\nRest."
        assert post.read_more_after == [1] and post.read_more_lines == [JUMP_BREAK]


def test_embedded_video_becomes_a_link_with_its_title():
    assert blocks('<p>Watch:</p><iframe src="//www.youtube.com/embed/abc" title="Beach landing">'
                  "</iframe>") == [
        ("p", "Watch:"), ("p", "[Video: Beach landing](https://www.youtube.com/embed/abc)")]


def test_simple_table_is_markdown_and_complex_table_keeps_every_cell():
    simple = blocks("<table><tr><th>Year</th><th>Posts</th></tr><tr><td>2016</td><td>41</td>"
                    "</tr></table>")
    assert simple[0][0] == "table" and "| Year | Posts |" in simple[0][1]
    assert "| 2016 | 41 |" in simple[0][1]
    spanned = convert('<table><tr><td colspan="2">Wide</td></tr><tr><td>a</td><td>b<br><br>c'
                      "</td></tr></table>")
    assert [b.text for b in spanned.blocks] == ["Wide", "a", "b", "c"]


def test_lists_and_headings():
    assert blocks("<h3>Sources</h3><ul><li>One</li><li>Two</li></ul>") == [
        ("heading", "### Sources"), ("list", "- One\n- Two")]


def test_scripts_styles_and_forms_are_not_text():
    got = convert("<p>Kept.</p><script>alert(1)</script><style>p{}</style>"
                  "<form><input value='x'>Search</form>")
    assert [b.text for b in got.blocks] == ["Kept."]


def test_fix_url_rewrites_links_and_images():
    wayback = re.compile(r"^https?://web\.archive\.org/web/\d{14}(?:[a-z]{2}_)?/")
    got = convert('<p><a href="https://web.archive.org/web/20160101000000/http://a.example/x">'
                  'x</a><img src="https://web.archive.org/web/20160101000000im_/http://b.example/'
                  'i.jpg"></p>', fix_url=lambda u: wayback.sub("", u))
    assert got.blocks[0].markdown == "[x](http://a.example/x)![](http://b.example/i.jpg)"
    assert got.images[0].src == "http://b.example/i.jpg"


@pytest.mark.parametrize("parser", ["html.parser", "lxml"])
def test_the_parser_does_not_change_the_result(parser):
    html = ("<div class='post-body'>A<br>b<br><br><div>C <a href='u'>d</a></div>"
            "<blockquote>Q</blockquote>x&nbsp;y</div>")
    tag = BeautifulSoup(html, parser).find("div")
    assert [(b.kind, b.markdown) for b in convert(tag).blocks] == [
        ("p", "A\nb"), ("p", "C [d](u)"), ("quote", "Q"), ("p", "x y")]
