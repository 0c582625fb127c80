"""The merge rule: several inputs holding one post give that post once.

One behaviour per test, on records as the readers make them (text dump, archive
page, item page, Wayback copy, export).
"""

from __future__ import annotations

from builder.split.merge import Found, match_keys, merge, url_key
from builder.split.records import ImageRef, ParsedComment, ParsedPost

URL = "https://w.blogspot.com/2016/10/snap-check.html"


def _post(**fields) -> ParsedPost:
    base = dict(date="2016-10-04", title="Snap Check", paragraphs=[["Body words here."]])
    base.update(fields)
    return ParsedPost(**base)


def _c(author: str, words: str, **fields) -> ParsedComment:
    return ParsedComment(author=author, paragraphs=[[words]], **fields)


def test_old_addresses_match_by_path_whatever_the_host_scheme_or_mobile_query():
    assert url_key(URL) == url_key("http://w.blogspot.co.uk/2016/10/snap-check.html?m=1")
    assert url_key(URL) != url_key("https://w.blogspot.com/2016/10/snap-check_5.html")
    assert match_keys(_post(url=URL))[0] == "url:/2016/10/snap-check.html"


def test_posts_of_several_inputs_are_kept_once_and_name_every_input():
    merged = merge([
        Found(_post(), "dump.txt", 1, "dump"),
        Found(_post(url=URL + "?m=1"), "mobile.html", 1, "item page"),
        Found(_post(url=URL.replace("https", "http")), "archive.html", 3, "listing page"),
        Found(_post(title="Another Post"), "dump.txt", 2, "dump"),
    ])
    assert [m.post.title for m in merged] == ["Snap Check", "Another Post"]
    first = merged[0]
    assert first.owner.source == "mobile.html"
    assert first.post.inputs == ["mobile.html", "archive.html", "dump.txt"]


def test_two_posts_with_different_addresses_stay_apart_even_with_one_title():
    merged = merge([Found(_post(url=URL), "a.html", 1, "item page"),
                    Found(_post(url=URL.replace(".html", "_4.html")), "b.html", 1, "item page")])
    assert len(merged) == 2


def test_posts_of_two_blogs_never_merge_even_at_one_path_or_with_one_title():
    """A Takeout export names its pages by path only (`/p/about.html`): another blog's
    page at that path, or its post of the same date and title, is another post; inputs
    of one blog (or one that does not name its blog) still merge."""
    about = "/p/about.html"
    merged = merge([
        Found(_post(title="About", url="https://a.blogspot.com" + about, blog="111"),
              "a.xml", 1, "export"),
        Found(_post(title="About", url=about, blog="222"), "b.xml", 1, "export"),
        Found(_post(title="About", url=about, blog="111"), "a-page.html", 1, "item page"),
        Found(_post(title="Snap Check", blog="222"), "b.xml", 2, "export"),
        Found(_post(title="Snap Check", blog="111"), "c.html", 1, "item page"),
        Found(_post(title="Snap Check"), "dump.txt", 1, "dump"),
    ])
    assert [(m.post.blog, [f.source for f in m.members]) for m in merged] == [
        ("111", ["a.xml", "a-page.html"]), ("222", ["b.xml"]),
        ("222", ["b.xml", "dump.txt"]), ("111", ["c.html"])]


def test_two_posts_of_one_input_are_never_merged():
    merged = merge([Found(_post(), "dump.txt", 1), Found(_post(), "dump.txt", 2)])
    assert len(merged) == 2


def test_the_richest_input_wins_field_by_field_and_gaps_are_filled():
    item = _post(url=URL, author=None, labels=[], comment_count=5,
                 paragraphs=[["Full body."], ["Second paragraph."]],
                 images=[ImageRef("https://x/s320/a.jpg")])
    listing = _post(url=URL, author="WNU Editor", labels=["Valdoria"], comment_count=3,
                    paragraphs=[["Full body."]])
    (merged,) = merge([Found(listing, "archive.html", 1, "listing page"),
                       Found(item, "item.html", 1, "item page")])
    post = merged.post
    assert post.body == "Full body.\n\nSecond paragraph."
    assert post.author == "WNU Editor" and post.labels == ["Valdoria"]
    assert post.comment_count == 5 and post.images == item.images


def test_a_newer_export_beats_an_older_one():
    old = Found(_post(title="Old Title", url=URL), "2019.xml", 1, "export", "2019-01-01")
    new = Found(_post(title="New Title", url=URL), "2021.xml", 1, "export", "2021-06-01")
    (merged,) = merge([old, new])
    assert merged.post.title == "New Title" and merged.owner.source == "2021.xml"


def test_comments_merge_by_blogger_id_and_ones_found_once_are_kept():
    item = _post(url=URL, comment_count=3, comments_incomplete=True, comments=[
        _c("Ann", "First comment.", blogger_id="11", date="2016-10-04T08:03"),
        _c("Bob", "A reply.", blogger_id="12", parent=0),
    ])
    dump = _post(comment_count=3, comments=[
        _c("Ann", "First comment.", date="2016-10-04T08:03"),
        _c("Bob", "A reply.", parent=0),
        _c("Cy", "Only in the dump.", date="2016-10-05T09:00"),
    ])
    (merged,) = merge([Found(dump, "d.txt", 1, "dump"), Found(item, "p.html", 1, "item page")])
    comments = merged.post.comments
    assert [(c.author, c.blogger_id, c.parent) for c in comments] == [
        ("Ann", "11", None), ("Bob", "12", 0), ("Cy", None, None)]
    assert merged.post.comments_incomplete is False  # all three counted are now here


def test_an_archive_pages_count_does_not_hide_the_item_pages_comments():
    listing = _post(url=URL, comment_count=2)
    item = _post(url=URL, comment_count=2, comments=[_c("Ann", "One."), _c("Bob", "Two.")])
    (merged,) = merge([Found(listing, "a.html", 1, "listing page"),
                       Found(item, "i.html", 1, "item page")])
    assert [c.author for c in merged.post.comments] == ["Ann", "Bob"]
