"""Blogger image addresses brought to full size: a table of cases, then every picture
of the corpus's saved pages and exports against its truth."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from builder.images.blogger import displayed_size, fetch_address, full_size, original
from tests.corpus_images import corpus_files, pictures

BP = "https://1.bp.blogspot.com/-a/b/AAAAAAAAAAA/c"
GU = "https://blogger.googleusercontent.com/img"


@pytest.mark.parametrize("address,full", [
    (f"{BP}/s320/ferry.jpg", f"{BP}/s1600/ferry.jpg"),
    (f"{BP}/s1600-h/ferry.jpg", f"{BP}/s1600/ferry.jpg"),  # the old viewer page
    (f"{BP}/s72-c/ferry.jpg", f"{BP}/s1600/ferry.jpg"),
    (f"{BP}/w400-h300/ferry.jpg", f"{BP}/s1600/ferry.jpg"),
    (f"{BP}/w640-h480-rw/ferry.jpg", f"{BP}/s1600/ferry.jpg"),
    (f"{BP}/s1600/ferry.jpg", f"{BP}/s1600/ferry.jpg"),
    (f"{BP}/s2048/ferry.jpg", f"{BP}/s2048/ferry.jpg"),
    (f"{BP}/s16000/ferry.jpg", f"{BP}/s16000/ferry.jpg"),
    (f"{BP}/s0/ferry.jpg", f"{BP}/s0/ferry.jpg"),
    (f"{GU}/b/R29vZ2xl/AVvX/s320/ferry.jpg", f"{GU}/b/R29vZ2xl/AVvX/s1600/ferry.jpg"),
    (f"{GU}/a/AVvXsEi=w400-h300", f"{GU}/a/AVvXsEi=s0"),
    (f"{GU}/a/AVvXsEi=s320", f"{GU}/a/AVvXsEi=s0"),
    (f"{GU}/a/AVvXsEi=w640-h480-rw", f"{GU}/a/AVvXsEi=s0"),
    (f"{GU}/a/AVvXsEi=s0", f"{GU}/a/AVvXsEi=s0"),
    (f"{GU}/a/AVvXsEi=s1600", f"{GU}/a/AVvXsEi=s1600"),
    ("https://lh3.googleusercontent.com/abc=s320", "https://lh3.googleusercontent.com/abc=s0"),
    ("http://bp2.blogger.com/_x/y/z/w/s400/a.jpg", "http://bp2.blogger.com/_x/y/z/w/s1600/a.jpg"),
    ("https://lh5.ggpht.com/_x/y/z/w/s144/a.jpg", "https://lh5.ggpht.com/_x/y/z/w/s1600/a.jpg"),
    ("https://news.example/media/s320/a.jpg", "https://news.example/media/s320/a.jpg"),
    (f"https://web.archive.org/web/20170312093512im_/{BP}/s400/a.jpg", f"{BP}/s1600/a.jpg"),
])
def test_full_size(address: str, full: str) -> None:
    assert full_size(address) == full


def test_a_link_to_the_same_picture_names_the_larger_version() -> None:
    other_shard = "http://3.bp.blogspot.com/-a/b/AAAAAAAAAAA/c/s1600/ferry.jpg"
    assert fetch_address(f"{BP}/s320/ferry.jpg", other_shard) == other_shard
    assert fetch_address(f"{BP}/w400-h300/ferry.jpg", f"{BP}/s2048/ferry.jpg") == \
        f"{BP}/s2048/ferry.jpg"
    assert fetch_address(f"{BP}/s320/ferry.jpg", "https://news.example/article") == \
        f"{BP}/s1600/ferry.jpg"  # a link to the article does not count
    assert fetch_address("data:image/png;base64,AAAA") is None


@pytest.mark.parametrize("address,size", [
    (f"{BP}/s320/a.jpg", (None, None, 320)), (f"{GU}/a/x=w400-h300", (400, 300, None)),
    (f"{BP}/w640/a.jpg", (640, None, None)), (f"{BP}/s1600/a.jpg", (None, None, None)),
    ("https://news.example/a.jpg", (None, None, None)),
])
def test_displayed_size(address: str, size: tuple[int | None, ...]) -> None:
    assert displayed_size(address) == size


def test_every_corpus_picture_gets_the_truths_full_address() -> None:
    checked = 0
    for path in corpus_files():
        for picture in pictures(path):
            assert original(picture.src) == picture.truth["src"], path.name
            assert fetch_address(picture.src, picture.href) == picture.truth["full"], path.name
            checked += 1
    assert checked == 42


REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"


@pytest.mark.parametrize("name", ["readability-blogger-source.html",
                                  "trafilatura-derpapierplanet.de.juni.html"])
def test_real_saved_pages_pictures_get_a_full_size_https_address(name: str) -> None:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{path} is absent (the real pages are read from ../shared, never copied)")
    soup = BeautifulSoup(path.read_bytes(), "lxml")
    found = [(str(img["src"]), link.get("href") if (link := img.find_parent("a")) else None)
             for body in soup.select(".post-body") for img in body.find_all("img")]
    assert found
    for src, href in found:
        full = fetch_address(src, str(href) if href else None)
        assert full is not None and full.startswith(("https://", "http://")), src
        if "bp.blogspot.com" in full:
            assert "/s1600/" in full, full  # s640, s400 and scheme-relative addresses
        if "googleusercontent.com/proxy/" in full:
            assert full.endswith("=s0"), full  # =s0-d: the original, without download


def _mirror_file(address: str) -> Path:
    """mirror/<host>/<path> of an address (scheme and query dropped), as wget lays it out."""
    from urllib.parse import urlsplit

    from tests.corpus_images import MIRROR

    parts = urlsplit(address)
    return MIRROR / parts.netloc / parts.path.lstrip("/")


ROUND_2 = sorted((Path(__file__).parent / "html").glob("4*.html")) + sorted(
    (Path(__file__).parent / "export").glob("45*.xml"))


@pytest.mark.parametrize("path", ROUND_2, ids=[p.name[:3] for p in ROUND_2])
def test_round_2_pictures_get_the_truths_full_address_and_mirror_state(path: Path) -> None:
    """Round 2 of unseen inputs: browser-saved `_files/` copies (kept as written: not a
    Blogger address), `data:` pictures inside a link to the full picture (no address),
    2008-editor `/s1600-h/` links, links on another shard; a picture is in the mirror
    when the public mirror holds its full address, `bad` when that file is no image."""
    for picture in pictures(path):
        assert original(picture.src) == picture.truth["src"]
        full = fetch_address(picture.src, picture.href)
        assert full == picture.truth["full"], picture.src
        held = full is not None and full.startswith("http") and _mirror_file(full).is_file()
        assert held == picture.truth["in_mirror"], full
        if held:
            head = _mirror_file(str(full)).read_bytes()[:8]
            is_image = head.startswith((b"\xff\xd8", b"\x89PNG", b"GIF8"))
            assert (not is_image) == picture.truth.get("bad", False), full
