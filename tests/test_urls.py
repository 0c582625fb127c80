"""builder.urls: one rule for every URL, base-path aware."""

from __future__ import annotations

from builder.model import Post
from builder.slugs import slugify
from builder.urls import Urls, output_file, paged_path


def post(post_id: str = "slug", date: str | None = "2016-02-06") -> Post:
    return Post(post_id, "T", date, None, (), "s.txt", 1, False, None, "", "p.md")


def test_slugs_keep_c_cplusplus_and_csharp_apart() -> None:
    slugs = [slugify(t) for t in ("C", "C++", "C#", "F#")]
    assert slugs == ["c", "c-plus-plus", "c-sharp", "f-sharp"]


def test_slugs_are_lower_case_ascii_and_case_insensitive() -> None:
    assert slugify("Islamic State") == slugify("islamic state") == "islamic-state"
    assert slugify("Café Société") == "cafe-societe"
    assert slugify("AT&T") == "at-and-t"


def test_long_tags_get_short_unique_slugs() -> None:
    one, two = slugify("word " * 40 + "one"), slugify("word " * 40 + "two")
    assert len(one) <= 80 and len(two) <= 80 and one != two
    assert one.startswith("word-word-")


def test_slug_of_text_without_latin_letters_is_stable_and_safe() -> None:
    slug = slugify("Россия")
    assert slug.startswith("x-") and slug == slugify("россия") and slug.isascii()


def test_urls_carry_the_base_path_of_a_project_site() -> None:
    urls = Urls.from_base("https://user.github.io/REPO", "{year}/{month}/{id}/")
    assert urls.base_path == "/REPO/"
    assert urls.post_url(post()) == "/REPO/2016/02/slug/"
    assert urls.absolute("feed.xml") == "https://user.github.io/REPO/feed.xml"
    assert urls.url() == "/REPO/"
    assert urls.static("site.css") == "/REPO/static/site.css"
    assert urls.comment_url(post(), "c3") == "/REPO/2016/02/slug/#c3"


def test_urls_at_the_root() -> None:
    urls = Urls.from_base("/", "{year}/{month}/{id}/")
    assert urls.post_url(post()) == "/2016/02/slug/"
    assert urls.absolute("x/") == "/x/"


def test_permalink_pattern_and_undated_posts() -> None:
    urls = Urls.from_base("/", "{year}/{month}/{day}/{id}")
    assert urls.post_path(post()) == "2016/02/06/slug/"
    assert urls.post_path(post(date=None)) == "undated/slug/"


def test_output_files_and_pages() -> None:
    assert output_file("") == "index.html"
    assert output_file("tags/c/") == "tags/c/index.html"
    assert output_file("feed.xml") == "feed.xml"
    assert paged_path("tags/c/", 1) == "tags/c/"
    assert paged_path("tags/c/", 3) == "tags/c/page/3/"


def test_module_level_post_url_matches_the_site() -> None:
    from builder.urls import post_url

    assert post_url(post(), "https://u.github.io/REPO/") == "/REPO/2016/02/slug/"
    assert post_url(post(date=None)) == "/undated/slug/"
