"""The corpus's pictures as the readers of saved pages and exports write them.

For each corpus file (../shared/corpus/html/*.html, export/*.xml): its posts'
pictures as (src, href of the wrapping link or None, alt, caption) read from the
markup with BeautifulSoup, beside the truth JSON's list.  Tests build content files
from these (`[![alt](src)](href)`), as the HTML and export readers will.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag

TESTS = Path(__file__).resolve().parent  # tests/html, tests/export: copied from ../shared/corpus
MIRROR = TESTS / "mirror"


@dataclass(frozen=True)
class Picture:
    src: str
    href: str | None
    alt: str
    caption: str
    truth: dict[str, object]


def _bodies(path: Path) -> list[Tag]:
    if path.suffix == ".html":
        soup = BeautifulSoup(path.read_bytes(), "lxml")
        return [post.select_one(".post-body") for post in soup.select("#Blog1 div.post.hentry")
                if post.select_one(".post-body") is not None]
    feed = BeautifulSoup(path.read_bytes(), "lxml-xml")
    bodies = []
    for entry in feed.find_all("entry"):
        kinds = [c.get("term", "") for c in entry.find_all("category")]
        kind = entry.find("type")
        is_post = any(k.endswith(("kind#post", "kind#page")) for k in kinds) or (
            kind is not None and kind.get_text() in ("POST", "PAGE"))
        content = entry.find("content")
        if is_post and content is not None:
            bodies.append(BeautifulSoup(content.get_text(), "lxml"))
    return bodies


def _caption(img: Tag) -> str:
    table = img.find_parent("table", class_="tr-caption-container")
    cell = table.select_one("td.tr-caption") if table is not None else None
    return " ".join(cell.get_text(" ").split()) if cell is not None else ""


def pictures(path: Path) -> list[Picture]:
    truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    listed = [image for post in truth["posts"] for image in post["images"]]
    found = []
    for body in _bodies(path):
        for img in body.find_all("img"):
            link = img.find_parent("a", href=True)
            found.append((str(img["src"]), str(link["href"]) if link else None,
                          str(img.get("alt") or ""), _caption(img)))
    assert len(found) == len(listed), f"{path.name}: {len(found)} pictures, truth {len(listed)}"
    return [Picture(*item, truth=image) for item, image in zip(found, listed, strict=True)]


def corpus_files() -> list[Path]:
    # the public corpus (pages 2xx, exports 22x); later rounds' pictures are not in the mirror
    return sorted((TESTS / "html").glob("2*.html")) + sorted((TESTS / "export").glob("22*.xml"))
