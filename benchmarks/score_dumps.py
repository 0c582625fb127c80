"""Score `archive split` on a folder of dumps with ground truth (corpus schema).

Takes: folders of `NNN_<hash>.txt` + `.json` (a round of unseen dumps, tests/dumps ...).
Gives: per file, the fields split read differently from the truth; then the totals: files
fully right, and fields right out of the fields compared (per post: date, title, author,
labels, body first/last words, read_more, notes, count header, comments; per dump: the
number of posts and the dropped lines).  Posts are compared by position, so a missed or
extra post makes every later post of that dump wrong, as a reader would see it.

    python benchmarks/score_dumps.py /work/rounds/text-r1 [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from builder.config import DEFAULT_MARKERS  # noqa: E402
from builder.split.lines import marker_regex  # noqa: E402
from builder.split.read import read_dump  # noqa: E402

POST_FIELDS = ["date", "title", "author", "labels", "body_first_words", "body_last_words",
               "read_more", "editor_notes", "comment_count_header", "comments"]
MARKERS = marker_regex(DEFAULT_MARKERS)


def _words(text: str) -> tuple[str, str]:
    w = text.split()
    return " ".join(w[:8]), " ".join(w[-8:])


def as_truth(path: Path) -> dict[str, Any]:
    dump = read_dump(path.read_bytes(), path.name, MARKERS)
    if dump.error:
        return {"error": dump.error}
    posts = []
    for post in dump.posts:
        first, last = _words(post.body)
        posts.append({
            "date": post.date, "title": post.title, "author": post.author,
            "labels": post.labels, "body_first_words": first, "body_last_words": last,
            "read_more": post.read_more,
            "editor_notes": [{"marker": n.marker, "first_words": _words(n.body)[0],
                              "last_words": _words(n.body)[1]} for n in post.notes],
            "comment_count_header": post.comment_count,
            "comments": [{"author": c.author, "timestamp": c.date,
                          "first_words": _words(c.body)[0], "last_words": _words(c.body)[1],
                          "parent": c.parent, "removed": c.removed} for c in post.comments],
        })
    return {"posts": posts, "boilerplate_lines": dump.dropped}


def score(got: dict[str, Any], want: dict[str, Any]) -> list[str]:
    """The names of the fields that differ (`posts[2].title`, `posts`, `boilerplate_lines`)."""
    if "error" in want or "error" in got:
        return [] if ("error" in want) == ("error" in got) else ["error"]
    wrong = []
    if len(got["posts"]) != len(want["posts"]):
        wrong.append("posts")
    if got["boilerplate_lines"] != want["boilerplate_lines"]:
        wrong.append("boilerplate_lines")
    empty = dict.fromkeys(POST_FIELDS)
    for k, w in enumerate(want["posts"]):
        g = got["posts"][k] if k < len(got["posts"]) else empty
        wrong += [f"posts[{k}].{f}" for f in POST_FIELDS if g[f] != w[f]]
    return wrong


def compared(want: dict[str, Any]) -> int:
    return 1 if "error" in want else 2 + len(POST_FIELDS) * len(want["posts"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--quiet", action="store_true", help="only the totals")
    ap.add_argument("--prefix", default="", help="only files whose name starts so (`12`)")
    args = ap.parse_args(argv)
    files = sorted(f for folder in args.folders for f in folder.glob(f"{args.prefix}*.txt")
                   if f.with_suffix(".json").is_file())
    fields = right = ok = 0
    kinds: Counter[str] = Counter()
    for txt in files:
        want = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        wrong = score(as_truth(txt), want)
        fields += compared(want)
        right += compared(want) - len(wrong)
        ok += not wrong
        kinds.update(w.split(".")[-1] for w in wrong)
        if not args.quiet:
            print(f"{txt.name[:4]} {'ok' if not wrong else 'FAIL ' + ' '.join(wrong)}")
    print(f"files fully right: {ok}/{len(files)}; fields right: {right}/{fields} "
          f"({100 * right / max(fields, 1):.1f} %)")
    print("wrong fields: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
