"""Pictures on the pages: stored ones shown with their size, others as links, captions
as figures; the sanitiser lets no other image through."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from builder.i18n import load_language
from builder.limits import shown
from builder.markup import _clean, _render, localize, plain_text, render_markdown
from tests.conftest import archive_env
from tests.imageserver import png

NAME = "images/ab/ab0123456789cdef.png"
SAVED_PAGE = next((Path(__file__).parent / "html").glob("401_*.html"))
MISSING = '<span class="picture-missing">'


def test_a_stored_picture_is_an_image_loaded_lazily() -> None:
    assert render_markdown(f"![A ferry]({NAME})") == (
        f'<p><img alt="A ferry" loading="lazy" src="{NAME}"></p>')


def test_a_picture_with_a_caption_line_is_a_figure_and_takes_its_alt_from_it() -> None:
    html = render_markdown(f"[![]({NAME}#320x213)]({NAME})\nThe ferry at the *quay*.")
    assert html.startswith(f'<figure><a href="{NAME}" rel="nofollow noopener noreferrer">'
                           f'<img alt="The ferry at the quay." loading="lazy" '
                           f'src="{NAME}#320x213"></a><figcaption>The ferry at the '
                           "<em>quay</em>.</figcaption>")
    assert render_markdown(f"![Own alt]({NAME})\nCaption").count('alt="Own alt"') == 1


def test_a_picture_from_elsewhere_is_a_link_to_it_never_an_image() -> None:
    html = render_markdown("Before ![A ferry](https://1.bp.blogspot.com/x/s320/f.jpg) after")
    assert html == ('<p>Before <a href="https://1.bp.blogspot.com/x/s320/f.jpg" '
                    'rel="nofollow noopener noreferrer">Image: A ferry</a> after</p>')
    linked = render_markdown("[![](http://a.example/s.jpg)](http://a.example/big.jpg)")
    assert linked == ('<p><a href="http://a.example/big.jpg" rel="nofollow noopener '
                      'noreferrer">Image</a></p>')


def test_data_and_script_addresses_show_as_text() -> None:
    assert render_markdown("![plan](data:image/png;base64,iVBORw0KGgo=)") == (
        f"<p>{MISSING}Image: plan</span></p>")
    assert render_markdown("![x](javascript:alert(1))") == f"<p>{MISSING}Image: x</span></p>"
    assert "<img" not in render_markdown('<img src="images/ab/ab0123456789cdef.png" '
                                         'onerror="alert(1)">')


def test_the_sanitiser_drops_any_image_address_but_a_stored_one() -> None:
    assert _clean('<img src="https://tracker.example/p.gif" alt="x">') == '<img alt="x">'
    assert _clean('<img src="images/../../etc/passwd.png">') == "<img>"
    assert _clean(f'<img src="{NAME}" onerror="alert(1)" width="9e9" loading="eager">') == (
        f'<img src="{NAME}">')
    assert _clean("<figure><figcaption>c</figcaption></figure>") == (
        "<figure><figcaption>c</figcaption></figure>")


def test_excerpts_leave_pictures_out() -> None:
    assert plain_text(f"[![A ferry]({NAME})]({NAME})\nThe ferry.") == "The ferry."


def test_a_built_page_shows_the_stored_picture_at_its_size_under_the_base_path(
        make_site: Callable[..., Path]) -> None:
    site = make_site({
        "site.yaml": 'title: "T"\nbase_url: "https://u.github.io/REPO/"\n',
        "content/images/ab/ab0123456789cdef.png": png(640, 480, 1),
        "content/images/cd/cd0123456789abcd.png": png(300, 200, 2),
        "content/2016/pics/post.md": (
            '---\ntype: post\nid: pics\ntitle: "Pics"\ndate: "2016-02-06"\n---\n'
            f"[![A ferry]({NAME}#320x240)]({NAME})\nThe ferry.\n\n"
            "![](images/cd/cd0123456789abcd.png)\n\n![](images/ef/ef0123456789abcd.png)\n")})
    built = subprocess.run([sys.executable, "-m", "builder", "build"], cwd=site,
                           env=archive_env(), capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    page = (site / "_site" / "2016" / "02" / "pics" / "index.html").read_text("utf-8")
    assert ('<figure><a href="/REPO/images/ab/ab0123456789cdef.png" rel="nofollow noopener '
            'noreferrer"><img src="/REPO/images/ab/ab0123456789cdef.png" alt="A ferry" '
            'width="320" height="240" loading="lazy"></a><figcaption>The ferry.</figcaption>'
            ) in page
    assert ('<img src="/REPO/images/cd/cd0123456789abcd.png" alt="" width="300" height="200" '
            'loading="lazy">') in page  # its own size, read from the file
    assert (site / "_site" / NAME).read_bytes() == png(640, 480, 1)
    assert ("warning: content/images/ef/ef0123456789abcd.png: a content file shows this "
            "picture, but it is not in the store (run 'archive images')") in built.stderr
    images = len(png(640, 480, 1)) + len(png(300, 200, 2))
    assert f", of which images {shown(images)} (GitHub Pages: 1 GB a site" in built.stdout
    strict = subprocess.run([sys.executable, "-m", "builder", "build", "--strict", "-o", "out"],
                            cwd=site, env=archive_env(), capture_output=True, text=True,
                            timeout=300)
    assert strict.returncode == 1


def test_search_indexes_a_pictures_alt_text_not_its_address() -> None:
    from builder.search_documents import _paragraphs

    assert _paragraphs(f"[![A ferry]({NAME}#3x4)]({NAME})\nThe caption, [source](http://a.b)") \
        == "<p>A ferry\nThe caption, source</p>"


def test_a_scheme_relative_picture_links_over_https() -> None:
    assert render_markdown("![](//2.bp.blogspot.com/a/s1600/t.png)") == (
        '<p><a href="https://2.bp.blogspot.com/a/s1600/t.png" rel="nofollow noopener '
        'noreferrer">Image</a></p>')


def test_a_caption_after_a_hard_line_break_is_a_figure_too() -> None:
    assert render_markdown(f"![]({NAME})  \nThe ferry.") == (
        f'<figure><img alt="The ferry." loading="lazy" src="{NAME}"><figcaption>The ferry.'
        "</figcaption>\n</figure>")
    assert render_markdown(f"![]({NAME})\n\nNot a caption.").startswith("<p><img")


def test_a_picture_the_archive_lacks_is_a_placeholder_set_apart_from_the_words() -> None:
    saved = "![](./The Log_ Pilots_files/radar.jpg)The radar tower"
    assert render_markdown(saved) == f"<p>{MISSING}Image</span> The radar tower</p>"
    assert render_markdown("Before![](a.jpg)after") == (
        f"<p>Before {MISSING}Image</span> after</p>")
    assert render_markdown("(![](a.jpg)), *dark*![](b.jpg).") == (
        f"<p>({MISSING}Image</span>), <em>dark</em> {MISSING}Image</span>.</p>")
    assert render_markdown("[![](http://a.example/s.jpg)](http://a.example/b.jpg)Next") == (
        '<p><a href="http://a.example/b.jpg" rel="nofollow noopener noreferrer">Image</a> '
        "Next</p>")
    assert render_markdown("![A ferry](a.jpg)at dawn") == (
        f"<p>{MISSING}Image: A ferry</span> at dawn</p>")
    german = load_language("de").picture_words()
    assert localize(_render(saved), german) == f"<p>{MISSING}Bild</span> The radar tower</p>"
    cleaned = _clean('<span class="x picture-missing" onclick="f()">a</span>')
    assert cleaned.startswith("<span") and "onclick" not in cleaned and "x" not in cleaned


@pytest.mark.browser
def test_a_saved_pages_picture_never_fetched_reads_apart_on_the_built_page(
        make_site: Callable[..., Path], run_archive: Callable[..., Any],
        static_server: Callable[[Path, str], str], page: Any) -> None:
    html = SAVED_PAGE.read_text("utf-8")
    post = json.loads(SAVED_PAGE.with_suffix(".json").read_text("utf-8"))["posts"][0]
    site = make_site({"site.yaml": 'title: "T"\n', f"seeds/{SAVED_PAGE.name}": html})
    built = run_archive("build", cwd=site)
    assert built.returncode == 0, built.stderr
    slug = post["url"].rsplit("/", 1)[1].removesuffix(".html")
    found = next((site / "_site").rglob(f"{slug}/index.html")).relative_to(site / "_site")
    page.goto(static_server(site / "_site", "/") + found.parent.as_posix() + "/")
    body = page.locator(".post-body")
    text = body.inner_text()
    assert not re.search(r"Image[^\W\d_]", text), text
    assert body.locator(".picture-missing").all_inner_texts() == ["Image"]
    for picture in post["images"]:
        if picture["alt"]:
            assert f"Image: {picture['alt']}" in text
            continue
        name = re.escape(picture["src"].rsplit("/", 1)[1])
        after = re.search(rf'<img alt=""[^>]*{name}"[^>]*>([^<]+)', html)
        assert after is not None
        assert f"Image {after.group(1).split(',')[0]}" in text  # its own word, then the text
    assert post["body_first_words"] in text and post["body_last_words"] in text
