"""What `pelican-import --blogger` keeps of a Blogger export, and what the archive keeps.

Takes: export files (default: the real ones in ../shared/corpus/real/ and the
synthetic ones in ../shared/corpus/export/).  Gives: a Markdown table on stdout,
one row per file and tool: posts, pages, drafts, comments, reply threading,
labels, old addresses and dates, each against what the file holds (counted here
with ElementTree, independently of both tools).

Pelican runs from its own virtual environment (benchmarks/out/venv-pelican, made
as benchmarks/compare.py makes it) with BeautifulSoup, lxml and pandoc (from the
`pypandoc-binary` wheel, which ships the binary) beside it, as its importer needs.

    python benchmarks/compare_export.py [FILE.xml ...]
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure
from compare import PELICAN, tool_venv

SHARED = measure.REPO.parent / "shared" / "corpus"
ATOM = "{http://www.w3.org/2005/Atom}"
BLOGGER = "{http://schemas.google.com/blogger/2018}"
KIND = "http://schemas.google.com/blogger/2008/kind#"


@dataclass
class Held:
    """What a file holds, or what a tool kept of it."""

    posts: int = 0
    pages: int = 0
    drafts: int = 0
    comments: int = 0
    replies: int = 0
    labels: int = 0
    addresses: int = 0
    dates: list[str] = field(default_factory=list)  # the local YYYY-MM-DD of each post
    comment_ids: set[str] = field(default_factory=set)
    note: str = ""


def held(path: Path) -> Held:
    """Count the file with ElementTree (an undeclared `app:` prefix renamed first)."""
    text = path.read_text(encoding="utf-8")
    if "<app:" in text and "xmlns:app=" not in text:
        text = re.sub(r"<(/?)app:", r"<\1app_", text)
    h = Held()
    for e in ET.fromstring(text.encode("utf-8")).iter(f"{ATOM}entry"):
        terms = [c.get("term", "") for c in e.iter(f"{ATOM}category")]
        kind = next((t[len(KIND):] for t in terms if t.startswith(KIND)), None)
        kind = kind or (e.findtext(f"{BLOGGER}type") or "").lower()
        draft = any(x.tag.endswith("draft") and (x.text or "").strip() == "yes" for x in e.iter())
        draft = draft or e.findtext(f"{BLOGGER}status") == "DRAFT"
        if kind == "comment":
            h.comments += 1
            h.comment_ids.add(e.findtext(f"{ATOM}id", "").strip().rsplit("-", 1)[-1])
            related = any(x.get("rel") == "related" for x in e.iter(f"{ATOM}link"))
            h.replies += related or bool((e.findtext(f"{BLOGGER}inReplyTo") or "").strip())
        elif kind in ("post", "page"):
            h.drafts += draft
            h.posts += kind == "post" and not draft
            h.pages += kind == "page" and not draft
            h.labels += sum(1 for c in e.iter(f"{ATOM}category")
                            if not c.get("term", "").startswith(KIND)
                            and c.get("scheme") != "http://schemas.google.com/g/2005#kind")
            alternate = any(x.get("rel") == "alternate" for x in e.iter(f"{ATOM}link"))
            h.addresses += alternate or bool(e.findtext(f"{BLOGGER}filename"))
            h.dates.append((e.findtext(f"{ATOM}published") or "")[:10])
    return h


def _headers(md: Path) -> dict[str, str]:
    head = md.read_text(encoding="utf-8").split("\n\n", 1)[0]
    return dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)


def pelican(path: Path, work: Path, counted: Held) -> Held:
    venv = tool_venv("pelican", PELICAN)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "beautifulsoup4", "lxml",
                    "pypandoc-binary"], check=True, capture_output=True)
    pandoc = next(venv.glob("lib/python*/site-packages/pypandoc/files"))
    out = work / "pelican"
    run = subprocess.run([str(venv / "bin" / "pelican-import"), "--blogger", "-m", "markdown",
                          "--dir-page", "-o", str(out), str(path)], capture_output=True,
                         text=True, env={"PATH": f"{pandoc}:{venv / 'bin'}:/usr/bin:/bin"})
    h = Held(note="" if run.returncode == 0 else f"exit {run.returncode}")
    for md in sorted(out.rglob("*.md")) if out.exists() else []:
        meta = _headers(md)
        slug = meta.get("Slug", "")
        if slug.removeprefix("post-") in counted.comment_ids:
            h.comments += 1  # a comment, turned into a post of its own
            continue
        draft = meta.get("Status") == "draft"
        h.drafts += draft
        h.pages += md.parent.name == "pages" and not draft
        h.posts += md.parent.name != "pages" and not draft
        h.labels += len([t for t in meta.get("Tags", "").split(", ") if t])
        h.addresses += bool(slug) and not slug.startswith(("post-", "page-"))
        h.dates.append(meta.get("Date", "")[:10])
    return h


def archive(path: Path, work: Path) -> Held:
    from builder import frontmatter

    site = work / "archive"
    (site / "seeds").mkdir(parents=True)
    shutil.copy(path, site / "seeds" / path.name)
    run = subprocess.run(measure.archive_argv("-q", "split"), cwd=site, capture_output=True,
                         text=True, env=measure.archive_env())
    h = Held(note="" if run.returncode == 0 else f"exit {run.returncode}")
    for md in sorted((site / "content").rglob("*.md")):
        meta, _, _ = frontmatter.parse(md.read_text(encoding="utf-8"), str(md))
        if meta["type"] == "comment":
            h.comments += 1
            h.replies += meta.get("parent") is not None
            continue
        if meta["type"] not in ("post", "page"):
            continue
        draft = bool(meta.get("draft"))
        h.drafts += draft
        h.posts += meta["type"] == "post" and not draft
        h.pages += meta["type"] == "page" and not draft
        h.labels += len(meta.get("tags") or [])
        h.addresses += bool(meta.get("url"))
        h.dates.append(str(meta.get("date") or "")[:10])
    return h


def row(name: str, tool: str, got: Held, want: Held) -> str:
    def cell(a: int, b: int, extra: str = "") -> str:
        return f"{a}/{b}{extra}" if a == b else f"**{a}/{b}**{extra}"

    comments = cell(got.comments, want.comments,
                    " (as posts)" if tool == "pelican-import" and got.comments else "")
    dates = "same day" if sorted(got.dates) == sorted(want.dates) else "**differ**"
    addresses = cell(got.addresses, want.addresses,
                     " (slug only)" if tool == "pelican-import" and got.addresses else "")
    return (f"| {name} | {tool} | {cell(got.posts, want.posts)} | {cell(got.pages, want.pages)} "
            f"| {cell(got.drafts, want.drafts)} | {comments} "
            f"| {cell(got.replies, want.replies)} | {cell(got.labels, want.labels)} "
            f"| {addresses} | {dates} | {got.note} |")


def main(argv: list[str] | None = None) -> int:
    files = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or sorted(
        [*SHARED.glob("real/*.xml"), *SHARED.glob("export/*.xml")])
    print("| file | tool | posts | pages | drafts | comments | replies threaded | labels "
          "| old addresses | dates | note |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for path in files:
        want = held(path)
        with tempfile.TemporaryDirectory(prefix="compare-export-") as tmp:
            for tool, got in (("pelican-import", pelican(path, Path(tmp), want)),
                              ("archive", archive(path, Path(tmp)))):
                print(row(path.name, tool, got, want), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
