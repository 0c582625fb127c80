"""The slug Blogger computes from a title: a table of cases (most from the public
corpus's truths and from real blogs' addresses), the `_DD` of a second post in a
month, and the (title, address) pairs of the real files in ../shared/corpus/real."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from builder.blogger_slug import blogger_paths, blogger_slug
from builder.model import Post

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"

CASES = [
    # punctuation: removed without a separator; spaces and hyphens separate words
    ("What's Next For The Syria...When Talks Fail", "", "whats-next-for-syriawhen-talks-fail"),
    ("Editor's Note #3", "", "editors-note-3"),
    ("Same Wall, Two Winters", "", "same-wall-two-winters"),
    ("“Nobody Told Us”: Ferry Crews Walk Out", "", "nobody-told-us-ferry-crews-walk-out"),
    ("Through the Booking Glass: Juni & Genre-Vorstellung", "",
     "through-booking-glass-juni-genre"),
    ("Finding more high-quality sites in search", "", "finding-more-high-quality-sites-in"),
    ("C++ / C# -- 50% off!", "", "c-c-50-off"),
    # accents folded to ASCII
    ("Mañana, ça va", "", "manana-ca-va"),
    ("Straße über Köln", "", "strasse-uber-koln"),
    ("Le lavoir de la rue des Tanneurs retrouve son toit", "", "le-lavoir-de-la-rue-des-tanneurs"),
    # a, an, the left out, except as the first word
    ("Pancakes and a Very Muddy Dog", "", "pancakes-and-very-muddy-dog"),
    ("Is The Duvrek Line Heating Up Again?", "", "is-duvrek-line-heating-up-again"),
    ("The poll that the Harbour Courier forgot to mention", "",
     "the-poll-that-harbour-courier-forgot-to"),
    ("An Apple A Day", "", "an-apple-day"),
    ("Video: Valdorian Marines Storm A Beach In A Winter Drill", "",
     "video-valdorian-marines-storm-beach-in"),
    # cut after the last whole word within 40 characters
    ("Could Tarsan And Sundavia Be At Sea By Spring?", "",
     "could-tarsan-and-sundavia-be-at-sea-by"),
    ("Morvanian Destroyer Returns To Port With Engine Trouble", "",
     "morvanian-destroyer-returns-to-port-with"),
    ("Tarsan Navy Receives Its First Two Patrol Submarines", "",
     "tarsan-navy-receives-its-first-two"),
    ("Border Clash Leaves 14 Dead In Duvrek Province", "", "border-clash-leaves-14-dead-in-duvrek"),
    ("Pneumonoultramicroscopicsilicovolcanoconiosis explained", "",
     "pneumonoultramicroscopicsilicovolcanocon"),
    # untitled: the first words of the text
    ("", "Early voting opened at the library this morning, and the queue",
     "early-voting-opened-at-library-this"),
    ("  ", "**First frost** on the [allotment](http://x.example/) this morning.",
     "first-frost-on-allotment-this-morning"),
    ("", "![The hall](https://x.example/hall.jpg)\n\nEarly voting opened at the library",
     "early-voting-opened-at-library"),
    # no Latin letters
    ("Привет, мир", "", "blog-post"),
    ("東京の夜", "Latin words in the text do not count when there is a title", "blog-post"),
    ("", "", "blog-post"),
    ("Новости: Valdoria", "", "valdoria"),
]


@pytest.mark.parametrize(("title", "text", "slug"), CASES)
def test_blogger_slug(title: str, text: str, slug: str) -> None:
    assert blogger_slug(title, text) == slug
    assert len(slug) <= 40


def _post(pid: str, title: str, date: str | None, source_index: int = 1) -> Post:
    return Post(pid, title, date, None, (), "x.txt", source_index, False, None, "", "p.md")


def test_a_second_post_of_one_slug_in_a_month_gets_its_day() -> None:
    posts = [_post("b", "", "2012-05-17"), _post("a", "", "2012-05-03"),
             _post("c", "", "2012-06-17"), _post("d", "", "2012-05-17", 2),
             _post("e", "Other", None)]
    assert blogger_paths(posts) == {
        "a": "2012/05/blog-post.html", "b": "2012/05/blog-post_17.html",
        "c": "2012/06/blog-post.html", "d": "2012/05/blog-post_17_2.html"}
    # a path already taken (a post's known old address) is avoided the same way
    assert blogger_paths(posts[1:2], {"2012/05/blog-post.html"}) == {
        "a": "2012/05/blog-post_03.html"}


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def _real_pairs() -> list[tuple[str, str, str]]:
    atom = "{http://www.w3.org/2005/Atom}"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             recover=True)
    pairs = []
    for name in ("pelican-bloggerexport.xml", "hakyll-convert-blogger-000-input.xml"):
        root = etree.parse(str(REAL / name), parser).getroot()
        for entry in root.iter(atom + "entry"):
            links = [link.get("href") for link in entry.iter(atom + "link")
                     if link.get("rel") == "alternate" and link.get("href", "").endswith(".html")]
            kinds = [c.get("term") or "" for c in entry.iter(atom + "category")]
            if links and any(k.endswith("#post") for k in kinds):
                pairs.append((entry.findtext(atom + "title") or "",
                              _text(entry.findtext(atom + "content") or ""), links[0]))
    for name in ("readability-blogger-source.html", "trafilatura-derpapierplanet.de.juni.html"):
        page = (REAL / name).read_text(encoding="utf-8", errors="replace")
        url = re.search(r"'canonicalUrl': '([^']+)'", page)
        title = re.search(r"'pageName': '([^']+)'", page) or re.search(
            r"<title>[^:<]*: ([^<]+?)\s*</title>", page)
        if url and title:
            pairs.append((title.group(1).replace("\\x26", "&"), "", url.group(1)))
    return pairs


def test_real_blogs_titles_give_their_addresses() -> None:
    if not REAL.is_dir():
        pytest.skip(f"{REAL} is absent: the real Blogger files are not here")
    pairs = _real_pairs()
    assert len(pairs) >= 5
    for title, text, url in pairs:
        assert blogger_slug(title, text) == url.rsplit("/", 1)[1].removesuffix(".html"), url
