"""One slug rule for post ids and tag/commenter pages (builder.slugs).

tests/slugs_before.json holds what the two slug functions it replaced
(split/naming.py's for post ids, urls.py's for tags) gave for every title, label,
author name, old address and first words in the synthetic corpus and in tests/,
plus the awkward cases (symbols, scripts with no ASCII, over-long, reserved Windows
names, empty): the folder names and URLs a re-split and rebuild produce are the
ones they produced before.
"""

from __future__ import annotations

import json
from pathlib import Path

from builder.slugs import MAX_SLUG, slugify
from builder.split.naming import address_slug, base_id

BEFORE = json.loads((Path(__file__).parent / "slugs_before.json").read_text(encoding="utf-8"))


def test_tag_and_commenter_slugs_are_the_ones_urls_made() -> None:
    changed = {text: (old, slugify(text)) for text, old in BEFORE["tag_slug"].items()
               if slugify(text) != old}
    assert len(BEFORE["tag_slug"]) > 500
    assert not changed


def test_post_ids_are_the_ones_split_made() -> None:
    changed = {text: (old, new) for text, old in BEFORE["post_slug"].items()
               if (new := base_id(text, "", None)) != (old or "post")}
    assert len(BEFORE["post_slug"]) > 500
    assert not changed


def test_ids_from_old_addresses_are_the_ones_split_made() -> None:
    changed = {url: (old, address_slug(url)) for url, old in BEFORE["address_slug"].items()
               if address_slug(url) != old}
    assert not changed


def test_the_two_uses_differ_only_where_their_jobs_do() -> None:
    # a post id may be empty and is cut at a word; a tag's never merges or empties
    assert slugify("C++", distinct=False) == slugify("C", distinct=False) == "c"
    assert slugify("C++") == "c-plus-plus" != slugify("C#") == "c-sharp"
    assert slugify("Россия", distinct=False) == ""
    assert slugify("Россия").startswith("x-")
    long = "word " * 40
    assert slugify(long + "one", 60, distinct=False) == slugify(long + "two", 60,
                                                                 distinct=False)
    assert slugify(long + "one") != slugify(long + "two")
    assert len(slugify(long + "one")) <= MAX_SLUG
    assert base_id("CON", "", None) == "con-post"  # Windows refuses a folder named con
