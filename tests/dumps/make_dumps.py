"""Regenerate the hand-written test dumps in tests/dumps/ (NNN_<hash>.txt + .json + README.md).

Run: python tests/dumps/make_dumps.py
Every dump is a tagged template (see dumpkit.py); the truth is computed from the same
lines that are written, and the bytes are encoded exactly as declared (BOM, CRLF, CR,
cp1252, UTF-16). Content is invented (Valdoria, Morvania, Tarsan, Sundavia ...).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dumpkit import dumps_json, encode, file_stem, parse
from specs_bad import BAD
from specs_hard import DUMPS as HARD
from specs_posts import DUMPS
from specs_round3 import BAD as BAD3
from specs_round3 import DUMPS as ROUND3
from specs_round4 import DUMPS as ROUND4
from specs_round5 import DUMPS as ROUND5
from specs_round6 import DUMPS as ROUND6
from specs_round7 import DUMPS as ROUND7T
from specs_round7 import RAW as ROUND7
from specs_round8 import RAW as ROUND8
from specs_round9 import RAW as ROUND9
from specs_round10 import RAW as ROUND10
from specs_round11 import DUMPS as ROUND11T
from specs_round11 import RAW as ROUND11
from specs_round12 import DUMPS as ROUND12T
from specs_round12 import ROUNDS, corrected

HERE = Path(__file__).resolve().parent
NAME_RE = re.compile(r"^\d{3,4}_[0-9a-f]{16}\.(txt|json)$")


@dataclass
class Written:
    stem: str
    posts: str
    comments: str
    what: str


def write_all(out: Path = HERE) -> list[Written]:
    """Write every dump and its truth into out (old NNN_<hash> files there are removed)."""
    for old in out.iterdir():
        if NAME_RE.match(old.name):
            old.unlink()
    rows: list[Written] = []
    for spec in DUMPS + HARD + ROUND3 + ROUND4 + ROUND5 + ROUND6 + ROUND7T + ROUND11T + ROUND12T:
        lines, truth = parse(spec["text"].strip("\n"))
        data = encode(lines, spec.get("encoding", "utf-8"), spec.get("newline", "\n"),
                      spec.get("final_newline", True))
        stem = file_stem(spec["n"], data)
        (out / f"{stem}.txt").write_bytes(data)
        (out / f"{stem}.json").write_text(dumps_json(truth), encoding="utf-8")
        ncom = sum(len(p["comments"]) for p in truth["posts"])
        what = spec["what"]
        odd = [f"post {i + 1}: count {p['comment_count_header']}, {len(p['comments'])} listed"
               for i, p in enumerate(truth["posts"])
               if p["comment_count_header"] is not None
               and p["comment_count_header"] != len(p["comments"])]
        if odd:
            what += " — intended mismatch: " + "; ".join(odd)
        rows.append(Written(stem, str(len(truth["posts"])), str(ncom), what))
    # one-change variants and generated pages, truth adjusted or derived in code
    for spec in ROUND7 + ROUND8 + ROUND9 + ROUND10 + ROUND11:
        data, truth = spec["make"]()
        stem = file_stem(spec["n"], data)
        (out / f"{stem}.txt").write_bytes(data)
        (out / f"{stem}.json").write_text(dumps_json(truth), encoding="utf-8")
        ncom = sum(len(p["comments"]) for p in truth["posts"])
        rows.append(Written(stem, str(len(truth["posts"])), str(ncom), spec["what"]))
    # rounds of unseen dumps written by others: the bytes as received, the truth corrected
    # where it contradicts the corpus README (specs_round12.CORRECTIONS)
    for txt in sorted(t for r in ROUNDS for t in (HERE / r).glob("*.txt")):
        data = txt.read_bytes()
        truth = corrected(txt.name[:4], json.loads(txt.with_suffix(".json").read_text("utf-8")))
        (out / txt.name).write_bytes(data)
        (out / txt.with_suffix(".json").name).write_text(dumps_json(truth), encoding="utf-8")
        posts = truth.get("posts")
        name = txt.parent.name
        rows.append(Written(txt.stem, str(len(posts)) if posts is not None else "–",
                            str(sum(len(p["comments"]) for p in posts)) if posts else "–",
                            f"round {name} (unseen, rounds/{name}/README.md)"))
    for bad in BAD + BAD3:
        data = bad["bytes"]() if callable(bad["bytes"]) else bad["bytes"]
        stem = file_stem(bad["n"], data)
        (out / f"{stem}.txt").write_bytes(data)
        (out / f"{stem}.json").write_text(dumps_json({"error": bad["error"]}),
                                           encoding="utf-8")
        rows.append(Written(stem, "–", "–", bad["what"]))
    rows.sort(key=lambda r: r.stem)
    return rows


README_HEAD = """\
# Hand-written test dumps (harder and rarer combinations)

Synthetic Blogger-style dumps with exact ground truth, written to the rules of
`tests/corpus/README.md` (same file naming, same JSON schema, same conventions).
Everything is invented. They complement the public corpus with layouts it shows
once or not at all. Regenerate with `python tests/dumps/make_dumps.py` (the
templates live in `specs_posts.py` / `specs_bad.py` / `specs_hard.py` /
`specs_round3.py` / `specs_round4.py` /
`specs_round5.py` / `specs_round6.py` / `specs_round7.py` (one-change variants of
the corpus dumps) / `specs_round8.py` (one-change variants of the hard dumps and
joined pairs) / `specs_round9.py` (shared-date joins, 3-5 page joins, blank-line/NBSP/ellipsis
mutations) / `specs_round10.py` (random single pages from `gen10.py`) / `specs_round11.py` (whole
pages with full and localized Blogger chrome from `gen11.py`) / `specs_round12.py` (issue 14:
archive pages, header-less comments, other blog engines); the unseen rounds in
`rounds/text-r1/` and `rounds/text-r2/` are copied as received, their truth corrected where
`specs_round12.CORRECTIONS` says; `dumpkit.py` derives the
truth from the very lines it writes) and re-validate with
`python tests/dumps/check_truth.py` (also run over `tests/corpus`).

Count headers that differ from the number of listed comments are intended
(archive footers, paginated threads) and marked "intended mismatch" in the table;
compare `comment_count_header` with the truth header, never with the list.

| file | posts | comments | what it exercises |
|---|---|---|---|
"""


def write_readme(rows: list[Written]) -> None:
    body = "".join(f"| {r.stem} | {r.posts} | {r.comments} | {r.what} |\n" for r in rows)
    (HERE / "README.md").write_text(README_HEAD + body, encoding="utf-8")


def main() -> None:
    rows = write_all()
    write_readme(rows)
    print(f"wrote {len(rows)} dumps to {HERE}")


if __name__ == "__main__":
    main()
