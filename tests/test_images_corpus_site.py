"""The corpus's saved pages and exports, their pictures archived, built and read in
Chromium.

The content is made as the HTML and export readers write it: one post per corpus
file whose body holds its pictures (`[![alt](src)](href)` where the page linked
the picture, the caption on the next line).  Then `archive images` takes them
from the corpus's mirror (or, in the second project, from a local HTTP server
reached through HTTP_PROXY), and `archive build` makes the site:

- no image on any page points off the site; every picture the mirror holds as a
  picture is shown; the missing ones and the HTML error page saved as .jpg are
  reported and shown as links to their address;
- every image loads in Chromium (naturalWidth > 0);
- axe-core finds no WCAG 2.1 AA violation on the picture posts, the Nu HTML
  checker no error on any page, the crawl no broken link.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from builder.check import check_site
from tests.corpus_images import MIRROR, corpus_files, pictures
from tests.imageserver import proxy_env, serving

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
BASE = "https://example.github.io/REPO/"


def _escape(alt: str) -> str:
    return re.sub(r"([\\\[\]])", r"\\\1", alt)


def _project(root: Path, http_only: bool = False) -> dict[str, list[dict[str, Any]]]:
    """A project whose posts show the corpus's pictures; the truth of each post's."""
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, root / sub)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    truths: dict[str, list[dict[str, Any]]] = {}
    for path in corpus_files():
        found = pictures(path)
        if not found:
            continue
        blocks = []
        for picture in found:
            src, href = picture.src, picture.href
            if http_only:  # no TLS through the test proxy: Blogger serves both
                src = src.replace("https://", "http://")
                href = href.replace("https://", "http://") if href else None
            block = f"![{_escape(picture.alt)}]({src})"
            if href:
                block = f"[{block}]({href})"
            blocks.append(block + (f"\n{picture.caption}" if picture.caption else ""))
        slug = f"pictures-{path.name[:3]}"
        folder = root / "content" / "2016" / slug
        folder.mkdir(parents=True)
        (folder / "post.md").write_text(
            f'---\ntype: post\nid: {slug}\ntitle: "Pictures of {path.name[:3]}"\n'
            f'date: "2016-02-06"\n---\nThe pictures of {path.name}.\n\n'
            + "\n\n".join(blocks) + "\n", encoding="utf-8")
        truths[slug] = [picture.truth for picture in found]
    return truths


def _archive(root: Path, *args: str, env: dict[str, str] | None = None
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=root,
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})


def _build(root: Path) -> None:
    built = _archive(root, "build", "--base-url", BASE)
    assert built.returncode == 0, built.stderr


@pytest.fixture(scope="module")
def mirrored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], str]:
    root = tmp_path_factory.mktemp("pictures-mirror")
    truths = _project(root)
    done = _archive(root, "images", "--mirror", str(MIRROR), "--offline")
    assert done.returncode == 0, done.stderr
    _build(root)
    return root, truths, done.stdout + done.stderr


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, Any], str]]:
    root = tmp_path_factory.mktemp("pictures-proxy")
    truths = _project(root, http_only=True)
    with serving(MIRROR) as server:
        done = _archive(root, "images", "--timeout", "5", env=proxy_env(server))
    assert done.returncode == 0, done.stderr
    _build(root)
    yield root, truths, done.stdout + done.stderr


@pytest.fixture(params=["mirrored", "proxied"])
def project(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any], str]:
    return request.getfixturevalue(request.param)  # type: ignore[no-any-return]


def _page(root: Path, slug: str) -> str:
    return (root / "_site" / "2016" / "02" / slug / "index.html").read_text("utf-8")


def _fetchable(image: dict[str, Any]) -> bool:
    return image["full"] is None or (image["in_mirror"] and not image.get("bad"))


def test_every_picture_the_mirror_holds_is_shown_from_the_site(
        project: tuple[Path, dict[str, Any], str]) -> None:
    root, truths, output = project
    for slug, images in truths.items():
        page = _page(root, slug)
        main = page.split("<main", 1)[1]
        srcs = re.findall(r'<img src="([^"]*)"', main)
        assert len(srcs) == sum(map(_fetchable, images)), slug
        assert all(src.startswith("/REPO/images/") for src in srcs), slug
        for image in images:
            if not _fetchable(image):
                assert f'<a href="{image["full"].replace("https://", "http://")}' in main \
                    or f'<a href="{image["full"]}' in main or "Image" in main
                assert f"image {image['full']}" in output.replace("http://", "https://") or \
                    f"image {image['full'].replace('https://', 'http://')}" in output
    for page in (root / "_site").rglob("*.html"):
        assert not re.search(r"<img[^>]+src=\"(?:https?:)?//", page.read_text("utf-8")), page


def test_the_missing_and_broken_pictures_are_reported_with_their_reason(
        mirrored: tuple[Path, dict[str, Any], str]) -> None:
    _, truths, output = mirrored
    missing = {i["full"] for images in truths.values() for i in images
               if i["full"] and not i["in_mirror"]}
    bad = {i["full"] for images in truths.values() for i in images if i.get("bad")}
    assert len(missing) == 4 and len(bad) == 1
    for address in missing:
        assert f"image {address} not fetched: not in the mirror" in output
    for address in bad:
        assert (f"image {address} not fetched: the mirror's file is an HTML page, "
                "not a picture") in output
    assert f"{len(missing) + len(bad)} not fetched" in output


def test_no_broken_link_and_no_nu_error(project: tuple[Path, dict[str, Any], str]) -> None:
    root = project[0]
    assert check_site(root / "_site", "/REPO/") == []
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", "--format", "json",
         str(root / "_site")], capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [f"{m.get('url', '')}: {m.get('message')}" for m in messages
            if m.get("type") == "error"] == []


@pytest.fixture
def served(project: tuple[Path, dict[str, Any], str],
           static_server: Callable[[Path, str], str]) -> tuple[str, dict[str, Any]]:
    return static_server(project[0] / "_site", "/REPO/"), project[1]


def test_every_image_loads_under_the_pages_own_csp(served: tuple[str, dict[str, Any]],
                                                  browser: Any) -> None:
    base, truths = served
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    blocked: list[str] = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else 0)
    loaded = 0
    for slug in truths:
        response = page.goto(f"{base}2016/02/{slug}/")
        assert response is not None and response.ok
        widths = page.evaluate("""async () => Promise.all([...document.images].map(img => {
            img.loading = 'eager';
            return img.decode().then(() => img.naturalWidth, () => 0); }))""")
        assert widths and all(w > 0 for w in widths), (slug, widths)
        loaded += len(widths)
    context.close()
    assert blocked == []
    assert loaded == sum(_fetchable(i) for images in truths.values() for i in images)


def test_axe_finds_no_violation_on_the_picture_posts(served: tuple[str, dict[str, Any]],
                                                    browser: Any) -> None:
    base, truths = served
    context = browser.new_context(bypass_csp=True, viewport={"width": 375, "height": 900})
    page = context.new_page()
    for slug in truths:
        response = page.goto(f"{base}2016/02/{slug}/")
        assert response is not None and response.ok
        page.add_script_tag(path=str(AXE))
        found = page.evaluate("""async () => (await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations
            .map(v => v.id + ': ' + v.nodes.length)""")
        assert found == [], slug
    context.close()
