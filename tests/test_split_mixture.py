"""One blog from a mixture of inputs (item pages, a Wayback copy, an archive page, text
copies) builds the same site as from its item pages alone; re-splitting after one input
changes still keeps each post once (the merge rule, builder/split/merge.py)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from builder import frontmatter

HERE = Path(__file__).parent
# The corpus's item pages and the text copies made from the same posts.
ITEM_PAGES = ["201", "202", "203", "205", "207", "208", "209", "210", "211", "212"]
TEXT_COPIES = ["001", "002", "005", "006", "008", "010", "011", "014", "019", "024"]


def _page(number: str) -> Path:
    return next(HERE.glob(f"html/{number}_*.html"))


def wayback_copy(html: str, stamp: str = "20161005101500") -> str:
    """The page as the Wayback Machine serves it: every address rewritten, its toolbar."""
    def rewrite(match: re.Match[str]) -> str:
        attr, quote, url = match.group(1), match.group(2), match.group(3)
        kind = "im_" if attr == "src" else ""
        return f"{attr}={quote}https://web.archive.org/web/{stamp}{kind}/{url}{quote}"
    body = re.sub(r"\b(href|src)=(['\"])(https?://[^'\"]+)\2", rewrite, html)
    toolbar = ('<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base"><div id="wm-ipp">'
               '<a href="https://web.archive.org/web/">Wayback Machine</a> 14 captures'
               '</div></div><!-- END WAYBACK TOOLBAR INSERT -->')
    return body.replace("<body>", "<body>" + toolbar, 1).replace("<body ", toolbar + "<body ", 1)


def archive_copy(html: str) -> str:
    """The item page as its month's archive page lists it: no comment section."""
    html = re.sub(r"'pageType': 'item'", "'pageType': 'archive'", html)
    return re.sub(r"<div class='comments' id='comments'>.*?<p class='comment-footer'>", "<p>",
                  html, flags=re.DOTALL)


def _site(root: Path, files: dict[str, bytes]) -> Path:
    """A project of its own under root: the repository's theme, these seeds."""
    for sub in ("templates", "static"):
        shutil.copytree(HERE.parent / sub, root / sub)
    (root / "seeds").mkdir()
    for name, data in files.items():
        (root / "seeds" / name).write_bytes(data)
    return root


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _items() -> dict[str, bytes]:
    return {_page(n).name: _page(n).read_bytes() for n in ITEM_PAGES}


def _mixture() -> dict[str, bytes]:
    files = _items()
    for number in TEXT_COPIES:
        dump = next(HERE.glob(f"corpus/{number}_*.txt"))
        files[dump.name] = dump.read_bytes()
    first = _page("201").read_text(encoding="utf-8")
    files["wayback-201.html"] = wayback_copy(first).encode("utf-8")
    files["2017-02-archive.html"] = archive_copy(
        _page("202").read_text(encoding="utf-8")).encode("utf-8")
    return files


def test_the_synthesised_copies_are_what_they_claim(run_archive, tmp_path: Path) -> None:
    site = _site(tmp_path, {"w.html": wayback_copy(_page("201").read_text()).encode(),
                             "a.html": archive_copy(_page("202").read_text()).encode()})
    data = json.loads(run_archive("split", "--json", cwd=site).stdout)
    by = {Path(d["file"]).name: d for d in data["dumps"]}
    assert by["w.html"]["dropped"][0].startswith("the Wayback Machine toolbar")
    assert by["a.html"]["posts"][0]["comments"] == []
    assert "web.archive.org" not in json.dumps(by["w.html"]["posts"])


def test_a_mixture_builds_the_same_site_as_the_item_pages_alone(run_archive,
                                                                  tmp_path: Path) -> None:
    alone = _site(tmp_path / "alone", _items())
    result = run_archive("build", cwd=alone)
    assert result.returncode == 0, result.stderr
    mixed = _site(tmp_path / "mixed", _mixture())
    result = run_archive("build", cwd=mixed)
    assert result.returncode == 0, result.stderr
    assert _tree(mixed / "_site") == _tree(alone / "_site")
    assert (mixed / "_site") != (alone / "_site")
    posts = list((mixed / "content").rglob("post.md"))
    assert len(posts) == len(ITEM_PAGES)
    merged = [frontmatter.parse(p.read_text(encoding="utf-8"), str(p))[0] for p in posts]
    inputs = {m["title"]: (m["source"], m.get("inputs", [])) for m in merged}
    snap = inputs["Valdoria Orders Snap Readiness Check Of Its Air Defence Units"]
    assert snap == (_page("201").name, [_page("201").name, "wayback-201.html",
                                        next(HERE.glob("corpus/002_*.txt")).name]), snap
    talks = inputs["Tarsan Hosts Talks On Helm Sea Shipping Lanes"]
    assert talks[0] == _page("202").name and "2017-02-archive.html" in talks[1]


@pytest.mark.parametrize("change", ["text copy", "item page", "new item page"])
def test_re_splitting_after_one_input_changes_still_keeps_each_post_once(
        change: str, run_archive, tmp_path: Path) -> None:
    files = {_page("201").name: _page("201").read_bytes(),
             "archive.html": archive_copy(_page("202").read_text()).encode(),
             "copy-201.txt": next(HERE.glob("corpus/002_*.txt")).read_bytes(),
             "copy-202.txt": next(HERE.glob("corpus/024_*.txt")).read_bytes()}
    site = _site(tmp_path, files)
    assert run_archive("build", cwd=site).returncode == 0
    before = sorted(p.parent.name for p in (site / "content").rglob("post.md"))
    assert len(before) == 2
    seeds = site / "seeds"
    if change == "text copy":  # an unchanged richer page must be read again to merge
        path = seeds / "copy-201.txt"
        path.write_text(path.read_text(encoding="utf-8") + "\nHome\n", encoding="utf-8")
    elif change == "item page":
        path = seeds / _page("201").name
        path.write_bytes(path.read_bytes().replace(b"Pavel O.", b"Pavel Orlov"))
    else:  # the item page of the post known so far from an archive page and a text copy
        (seeds / _page("202").name).write_bytes(_page("202").read_bytes())
    result = run_archive("build", cwd=site)
    assert result.returncode == 0, result.stderr
    after = sorted(p.parent.name for p in (site / "content").rglob("post.md"))
    assert after == before  # the same posts, under the same ids
    comments = {p.parent.name: len(list(p.parent.glob("comment-*.md")))
                for p in (site / "content").rglob("post.md")}
    assert sorted(comments.values()) == [5, 6]  # 202's comments: its text copy, then its page
    if change == "item page":
        assert any("Pavel Orlov" in p.read_text(encoding="utf-8")
                   for p in (site / "content").rglob("comment-*.md"))
