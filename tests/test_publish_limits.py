"""What `archive publish` checks before pushing: GitHub Pages' limits and the site's URL."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from builder.errors import ArchiveError
from builder.limits import MIB, measure
from builder.pages_git import pages_url
from builder.publish import (
    base_url_problem,
    check_limits,
    list_files,
    shown_url,
)
from builder.report import Reporter


def sparse(path: Path, size: int) -> None:
    """A file of `size` bytes that takes no disk space."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        f.truncate(size)


def reporter() -> Reporter:
    return Reporter(stream=io.StringIO())


def test_a_file_over_100_mb_is_refused(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>hi</p>", encoding="utf-8")
    sparse(tmp_path / "media" / "talk.mp4", 101 * MIB)
    with pytest.raises(ArchiveError) as info:
        check_limits(tmp_path, list_files(tmp_path), reporter())
    assert str(info.value) == (
        "refusing to publish: media/talk.mp4 is 101.0 MiB; GitHub refuses files over 100.0 MiB "
        "(hint: move large files (videos, archives) out of static/)")


def test_a_file_over_50_mb_is_a_warning(tmp_path: Path) -> None:
    sparse(tmp_path / "big.pdf", 60 * MIB)
    rep = reporter()
    assert check_limits(tmp_path, list_files(tmp_path), rep) == 60 * MIB
    assert rep.warnings == ["big.pdf is 60.0 MiB; GitHub warns about files over 50.0 MiB"]


def test_a_site_over_1_gb_is_refused(tmp_path: Path) -> None:
    for n in range(11):
        sparse(tmp_path / f"part-{n}.bin", 95 * MIB)
    with pytest.raises(ArchiveError, match=r"the site is 1095\.8 MB; GitHub Pages sites may "
                                            r"be no larger than 1 GB"):
        check_limits(tmp_path, list_files(tmp_path), reporter())


def test_dotfiles_are_published_too(tmp_path: Path) -> None:
    (tmp_path / ".nojekyll").write_bytes(b"")
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "index.html").write_text("x", encoding="utf-8")
    assert list_files(tmp_path) == [".nojekyll", "a/b/index.html"]


@pytest.mark.parametrize(("remote", "cname", "expected"), [
    ("https://github.com/Ada/blog-archive.git", None, "https://ada.github.io/blog-archive/"),
    ("https://github.com/Ada/blog-archive", None, "https://ada.github.io/blog-archive/"),
    ("https://token@github.com/ada/wnu/", None, "https://ada.github.io/wnu/"),
    ("git@github.com:ada/wnu.git", None, "https://ada.github.io/wnu/"),
    ("ssh://git@github.com/ada/wnu.git", None, "https://ada.github.io/wnu/"),
    ("git@github.com:Ada/Ada.github.io.git", None, "https://ada.github.io/"),
    ("git@github.com:ada/wnu.git", "archive.example.org", "https://archive.example.org/"),
    ("/srv/git/site.git", None, "https://example.org/archive/"),
    ("https://gitlab.com/ada/wnu.git", None, "https://example.org/archive/"),
])
def test_the_url_where_the_site_will_appear(remote: str, cname: str | None,
                                            expected: str) -> None:
    assert pages_url(remote, cname, "https://example.org/archive/") == expected


@pytest.mark.parametrize(("base_url", "where", "fits"), [
    ("https://ada.github.io/wnu/", "https://ada.github.io/wnu/", True),
    ("https://Ada.github.io/wnu", "https://ada.github.io/wnu/", True),
    ("/wnu/", "https://ada.github.io/wnu/", True),
    ("/", "https://ada.github.io/wnu/", False),
    ("https://example.github.io/blog-archive/", "https://ada.github.io/blog-archive/", False),
    ("https://ada.github.io/wnu/", "https://archive.example.org/", False),
])
def test_base_url_must_fit_where_the_site_is_served(base_url: str, where: str,
                                                     fits: bool) -> None:
    problem = base_url_problem(base_url, where)
    assert (problem is None) == fits
    if problem:
        assert problem.endswith(f'(set base_url: "{where}" in site.yaml)')


def test_the_init_placeholder_is_never_a_fit() -> None:
    url = "https://your-github-name.github.io/wnu/"
    assert base_url_problem(url, url) == (
        f"site.yaml's base_url is still the example {url}: set it to the address of your "
        "site, e.g. https://USER.github.io/REPO/")


@pytest.mark.parametrize(("url", "shown"), [
    ("https://ghp_secret@github.com/ada/wnu.git", "https://github.com/ada/wnu.git"),
    ("https://ada:pw@example.org/wnu.git", "https://example.org/wnu.git"),
    ("git@github.com:ada/wnu.git", "git@github.com:ada/wnu.git"),
    ("/srv/git/wnu.git", "/srv/git/wnu.git"),
])
def test_printed_remote_urls_never_show_credentials(url: str, shown: str) -> None:
    assert shown_url(url) == shown


def test_build_and_check_warn_near_the_limits_and_count_the_images(tmp_path: Path) -> None:
    sparse(tmp_path / "images" / "ab" / "ab0123456789cdef.jpg", 60 * MIB)
    for n in range(9):
        sparse(tmp_path / "media" / f"part-{n}.bin", 88 * MIB)
    size = measure(tmp_path)
    assert (size.total, size.images, size.files) == (852 * MIB, 60 * MIB, 10)
    assert size.problems() == []
    assert size.warnings()[0] == ("images/ab/ab0123456789cdef.jpg is 60.0 MiB; GitHub warns "
                                  "about files over 50.0 MiB")
    assert size.warnings()[-1] == ("the site is 893.4 MB, near GitHub Pages' limit of 1 GB "
                                   "per site")
    assert size.summary() == ("site size 893.4 MB in 10 files, of which images 62.9 MB "
                              "(GitHub Pages: 1 GB a site, 100 MiB a file)")
