"""benchmarks/gen_html.py: saved item pages of about 80 kB from the dump generator's
posts, reproducible, and every post and comment on them is what split reads."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import gen_html  # noqa: E402

from builder.config import DEFAULT_MARKERS  # noqa: E402
from builder.split.lines import marker_regex  # noqa: E402
from builder.split.read import read_dump  # noqa: E402


def test_pages_are_reproducible_about_80_kb_and_split_whole(tmp_path: Path) -> None:
    a = gen_html.generate_pages(tmp_path / "a", 16, 8, 5)
    b = gen_html.generate_pages(tmp_path / "b", 16, 8, 5)
    files = sorted((tmp_path / "a").iterdir())
    assert [f.name for f in files] == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert a == b and a["pages"] == 16
    assert 70 <= a["bytes"] / 16 / 1000 <= 110
    markers = marker_regex(DEFAULT_MARKERS)
    posts = comments = replies = 0
    for page in files:
        dump = read_dump(page.read_bytes(), page.name, markers)
        assert dump.error is None and dump.kind == "item page"
        [post] = dump.posts
        assert post.url and post.date and post.title and post.comment_count == len(post.comments)
        posts += 1
        comments += len(post.comments)
        replies += sum(1 for c in post.comments if c.parent is not None)
    assert (posts, comments, replies) == (a["posts"], a["comments"], a["replies"])
    assert replies > 0
    manifest = json.loads((tmp_path / "a.manifest.json").read_text(encoding="utf-8"))
    assert manifest == a
