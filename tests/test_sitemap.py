"""The sitemap past the protocol's limits (sitemaps.org: 50,000 URLs, 50 MB a file):
`sitemap.xml` becomes an index of `sitemap-1.xml`, `sitemap-2.xml`, ...  The limits
are lowered here (builder.sitemap's constants) instead of building a 50,000-post site.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from lxml import etree

from builder import sitemap
from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import clean_copy, copy_fixture, tree_bytes, write_post

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
BASE = "https://example.github.io/REPO/"


def build(root: Path) -> Path:
    return build_site(load_config(root), reporter=Reporter(stream=io.StringIO())).output


def xml(path: Path) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(str(path), parser).getroot()  # raises on a file that is not well-formed


def locs(root: etree._Element) -> list[str]:
    return [str(loc.text) for loc in root.iter(f"{NS}loc")]


def parts(out: Path) -> list[Path]:
    return sorted(out.glob("sitemap-*.xml"), key=lambda p: int(p.stem.split("-")[1]))


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_fixture(tmp_path / "site")


@pytest.fixture
def every_address(site: Path, tmp_path: Path) -> list[str]:
    """What the single sitemap of the fixture lists, with the protocol's limits."""
    out = build(clean_copy(site, tmp_path / "whole"))
    root = xml(out / "sitemap.xml")
    assert root.tag == f"{NS}urlset" and not parts(out)
    return locs(root)


def test_a_site_within_the_limits_keeps_one_sitemap(every_address: list[str]) -> None:
    assert BASE in every_address and f"{BASE}commenters/reader-one/" in every_address
    assert len(every_address) == len(set(every_address)) > 20


def test_past_the_url_limit_sitemap_xml_is_an_index_of_parts(
        site: Path, every_address: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sitemap, "MAX_URLS", 7)
    out = build(site)
    index = xml(out / "sitemap.xml")
    assert index.tag == f"{NS}sitemapindex"
    files = parts(out)
    assert len(files) == -(-len(every_address) // 7)
    assert locs(index) == [f"{BASE}{f.name}" for f in files]  # absolute, in order
    listed: list[str] = []
    for f in files:
        root = xml(f)
        assert root.tag == f"{NS}urlset" and 1 <= len(locs(root)) <= 7
        listed += locs(root)
    assert listed == every_address  # every page in exactly one part, in the same order
    # every page of the site is there (redirects and files that are not pages are not)
    folders = {p.parent.relative_to(out).as_posix() for p in out.rglob("index.html")}
    assert set(listed) >= {BASE + (f"{f}/" if f != "." else "") for f in folders
                           if not f.startswith("pagefind")}
    assert (out / "robots.txt").read_text().splitlines()[-1] == f"Sitemap: {BASE}sitemap.xml"


def test_past_the_size_limit_each_part_stays_under_it(
        site: Path, every_address: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sitemap, "MAX_BYTES", 1500)
    out = build(site)
    files = parts(out)
    assert len(files) > 2 and locs(xml(out / "sitemap.xml")) == [f"{BASE}{f.name}" for f in files]
    assert all(f.stat().st_size <= 1500 for f in files), [f.stat().st_size for f in files]
    assert [loc for f in files for loc in locs(xml(f))] == every_address


def test_incremental_builds_across_the_limit_equal_clean_builds(
        site: Path, every_address: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sitemap, "MAX_URLS", len(every_address))  # just fits: one file
    build(site)
    steps = [("a new post: past the limit, an index", lambda: write_post(site, "brand-new")),
             ("another post: the parts change", lambda: write_post(site, "brand-newer")),
             ("both deleted: one file again, the parts gone",
              lambda: [shutil.rmtree(site / "content/2016" / p) for p in ("brand-new",
                                                                          "brand-newer")])]
    for number, (what, edit) in enumerate(steps):
        edit()
        incremental = tree_bytes(build(site))
        clean = tree_bytes(build(clean_copy(site, tmp_path / f"clean-{number}")))
        assert incremental == clean, what
        assert any(name.startswith("sitemap-") for name in incremental) == (number < 2), what
