"""How well `archive split` reads dumps it has never seen: generated dumps vs their truth.

Takes: a post count and a seed.  Gives: per field, how many posts (or dumps) split
read differently from the generator's ground truth (corpus schema, `generate.py
--truth`), and the first dump of each kind of miss, so it can be opened and fixed.
The generator writes to the corpus rules, so a miss is a split bug or a generator
bug; either is worth a look.

    python benchmarks/check_split.py [--posts 400] [--seed 5] [--keep]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate
import measure


def words(text: str) -> tuple[str, str]:
    w = text.split()
    return " ".join(w[:8]), " ".join(w[-8:])


def post_checks(p: dict[str, Any], t: dict[str, Any]) -> dict[str, bool]:
    """Field -> split agrees with the truth, for one post."""
    labels = p.get("labels", p["tags"])
    checks = {
        "title": p["title"] == t["title"],
        "date": p["date"] == t["date"],
        "author": p["author"] == t["author"],
        "labels": [x.casefold() for x in labels] == [x.casefold() for x in t["labels"]],
        "read_more": p["read_more"] == t["read_more"],
        "count header": p["comment_count"] == t["comment_count_header"],
        "notes": [(n["marker"], *words(n["body"])) for n in p["notes"]]
        == [(n["marker"], n["first_words"], n["last_words"]) for n in t["editor_notes"]],
        "body words": words(p["body"]) == (t["body_first_words"], t["body_last_words"]),
        "comment count": len(p["comments"]) == len(t["comments"]),
    }
    if checks["comment count"]:
        ours, truth = p["comments"], t["comments"]
        index = {c["id"]: i for i, c in enumerate(ours)}
        checks |= {
            "comment authors": [c["author"] for c in ours] == [c["author"] for c in truth],
            "comment dates": [(c["date"] or "")[:16] or None for c in ours]
            == [c["timestamp"] for c in truth],
            "comment parents": [index.get(c["parent"]) for c in ours]
            == [c["parent"] for c in truth],
            "comment removed": [c["removed"] for c in ours] == [c["removed"] for c in truth],
            "comment words": [words(c["body"]) for c in ours]
            == [(c["first_words"], c["last_words"]) for c in truth],
        }
    return checks


def compare(split: dict[str, Any], truth_dir: Path, manifest: dict[str, Any]
            ) -> tuple[Counter[str], Counter[str], dict[str, str]]:
    kinds = {f["file"]: f"{f['layout']}/{f['language']}/{f['encoding']}/{f['newline']}"
             for f in manifest["files"]}
    misses: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    first: dict[str, str] = {}
    for dump in split["dumps"]:
        name = Path(dump["file"]).name
        truth = json.loads((truth_dir / name.replace(".txt", ".json")).read_text())
        kind = kinds[name]
        totals["dumps"] += 1
        found: list[str] = []
        if dump["error"]:
            found = [f"refused ({dump['error']})"]
        elif len(dump["posts"]) != len(truth["posts"]):
            found = [f"post count ({len(dump['posts'])} for {len(truth['posts'])})"]
        else:
            for p, t in zip(dump["posts"], truth["posts"], strict=True):
                totals["posts"] += 1
                found += [k for k, ok in post_checks(p, t).items() if not ok]
        for key in found:
            misses[key] += 1
            first.setdefault(f"{key} in {kind.split('/')[0]}", f"{name} ({kind})")
    return totals, misses, first


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=400)
    ap.add_argument("--comments", type=float, default=6)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--builder", type=Path, default=measure.REPO)
    ap.add_argument("--keep", action="store_true", help="keep the project and truth files")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="check-split-"))
    try:
        manifest: dict[str, Any] = generate.generate(
            tmp / "dumps", args.posts, args.comments, args.seed, truth_dir=tmp / "truth")
        root = tmp / "project"
        root.mkdir()
        shutil.copy(args.builder / "site.yaml", root / "site.yaml")
        (root / "content").mkdir()
        done = subprocess.run(measure.archive_argv("split", "--json", str(tmp / "dumps")),
                              cwd=root, env=measure.archive_env(args.builder),
                              capture_output=True, text=True)
        split = json.loads(done.stdout)
        totals, misses, first = compare(split, tmp / "truth", manifest)
    finally:
        if args.keep:
            print(f"kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"{totals['dumps']} dumps, {totals['posts']} posts compared "
          f"(seed {args.seed}); misses by field:")
    for key, n in misses.most_common():
        print(f"  {key}: {n}")
    if not misses:
        print("  none")
    print("first dump of each kind of miss:")
    for key, where in sorted(first.items()):
        print(f"  {key}: {where}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
