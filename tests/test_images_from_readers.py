"""The whole path a user takes: the corpus's saved pages and exports in seeds/, split
by the real readers, `archive images --mirror`, `archive build`.

No picture on any built page points off the site; every picture the mirror holds
is stored and shown; the ones it lacks (and the HTML error page saved as .jpg) are
reported by `archive images` and shown as links to their original address.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from tests.corpus_images import MIRROR, corpus_files

REPO = Path(__file__).resolve().parent.parent


def test_corpus_pictures_split_fetched_from_the_mirror_and_built(tmp_path, run_archive):
    site = tmp_path / "site"
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, site / sub)
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    (site / "seeds").mkdir()
    truth_images = []
    for path in corpus_files():
        shutil.copy(path, site / "seeds" / path.name)
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        truth_images += [i for post in truth["posts"] for i in post["images"]]
    assert run_archive("split", cwd=site).returncode == 0

    fetched = run_archive("images", "--mirror", str(MIRROR), "--offline", cwd=site)
    not_had = {i["full"] for i in truth_images
               if i["full"] and (not i["in_mirror"] or i.get("bad"))}
    assert fetched.returncode == 0, fetched.stderr
    for address in not_had:  # each picture the mirror lacks is named, with its reason
        assert address in fetched.stdout + fetched.stderr, address

    built = run_archive("build", cwd=site)
    assert built.returncode == 0, built.stderr
    shown = 0
    for page in (site / "_site").rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for img in soup.find_all("img"):
            src = img["src"]
            assert not src.startswith(("http:", "https:", "//", "data:")), (page, src)
            assert src.startswith("/blog-archive/"), (page, src)  # site.yaml's base path
            target = site / "_site" / src.removeprefix("/blog-archive/").split("#")[0]
            assert target.is_file() and target.stat().st_size > 0, (page, src)
            shown += 1
    stored = {i["full"] for i in truth_images if i["in_mirror"] and not i.get("bad")}
    assert shown >= len(stored)
    links = {a["href"] for p in (site / "_site").rglob("index.html")
             for a in BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").find_all(
                 "a", href=True) if a["href"].startswith(("http:", "https:"))}
    for address in not_had:  # shown as a link to its original address, never loaded
        name = address.rsplit("/", 1)[-1].split("=")[0]
        assert any(name in link for link in links), address
