"""Pictures on the pages: stored ones shown with their size, others as links, captions
as figures; the sanitiser lets no other image through."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from builder.limits import shown
from builder.markup import _clean, plain_text, render_markdown
from tests.conftest import archive_env
from tests.imageserver import png

NAME = "images/ab/ab0123456789cdef.png"


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
    assert render_markdown("![plan](data:image/png;base64,iVBORw0KGgo=)") == "<p>Image: plan</p>"
    assert render_markdown("![x](javascript:alert(1))") == "<p>Image: x</p>"
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
