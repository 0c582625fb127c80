"""The render tests' fixture archive (tests/golden/fixture) as a throw-away project.

Eight posts over two years and one undated post: notes placed mid-body and after
it, a quoted excerpt with its source line, a read-more line, comments threaded
three deep, a removed comment, a time-only comment, tags C, C++ and C#.
"""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "golden" / "fixture"


def copy_fixture(dest: Path, source: Path = FIXTURE) -> Path:
    """A project folder at `dest`: the fixture's site.yaml and content plus our theme."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source / "content", dest / "content", dirs_exist_ok=True)
    shutil.copy(source / "site.yaml", dest / "site.yaml")
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, dest / sub, dirs_exist_ok=True)
    (dest / "seeds").mkdir(exist_ok=True)
    return dest


def project_from_files(dest: Path, files: dict[str, str]) -> Path:
    """A project folder at `dest`: our theme, an empty seeds/ and the given files
    (relative path -> text: site.yaml, content files)."""
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, dest / sub, dirs_exist_ok=True)
    for name, text in files.items():
        path = dest / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (dest / "seeds").mkdir(exist_ok=True)
    return dest


def clean_copy(site: Path, dest: Path) -> Path:
    """The project at `site` as it is now (config, content, theme, seeds), copied to
    `dest` without its output or caches: what a clean build starts from."""
    shutil.copytree(site, dest, ignore=shutil.ignore_patterns("_site", "._site.*", ".cache"))
    return dest


def normal_path(site: Path) -> None:
    """The next build takes the normal path, not a quick edit (tests/test_quick_edit.py):
    the last build's snapshot is gone."""
    for folder in (site / ".cache").glob("build-*.quick"):
        shutil.rmtree(folder)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file of a folder, by relative path (for byte-identical comparisons)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def write_post(root: Path, post_id: str, *, title: str = "A post", date: str | None = "2016-03-01",
               tags: list[str] | None = None, body: str = "Some text.", extra: str = "") -> Path:
    """Write a minimal post content file (front matter as split writes it)."""
    import json

    folder = root / "content" / (date[:4] if date else "undated") / post_id
    folder.mkdir(parents=True, exist_ok=True)
    meta = [
        "---", 'type: "post"', f'id: "{post_id}"', f"title: {json.dumps(title)}",
        f"date: {json.dumps(date)}" if date else "date: null",
        f"tags: {json.dumps(tags or [])}", f'source: "{post_id}.txt"', "source_index: 1",
    ]
    if extra:
        meta.append(extra)
    meta.append("---")
    path = folder / "post.md"
    path.write_text("\n".join(meta) + "\n" + body + "\n", encoding="utf-8")
    return path


LONG_THREAD = "2016/03/a-long-thread/"


def add_long_thread(site: Path, comments: int = 34) -> str:
    """A post with a long, deep reader thread (replies six levels down): for the pages
    that fold long threads.  Returns its site path."""
    folder = site / "content" / "2016" / "a-long-thread"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "post.md").write_text(
        '---\ntype: "post"\nid: "a-long-thread"\ntitle: "A Post Readers Argued About"\n'
        'date: "2016-03-14"\nauthor: null\ntags: ["Debate"]\nsource: "thread.txt"\n'
        f"source_index: 1\nread_more: false\ncomment_count: {comments}\n---\n"
        "A short post that drew a long thread of replies from its readers.\n",
        encoding="utf-8")
    names = ["Aino", "Bram", "Chidi", "Dana", "Emeka", "Farah", "Anonymous", "Unknown"]
    for n in range(1, comments + 1):
        # every fifth comment starts a branch; the next four reply deeper and deeper
        parent = "null" if n % 5 == 1 else f'"c{n - 1}"'
        body = (f"Comment {n}: a reply long enough to wrap on a phone, so that the "
                "indentation of deep replies shows how much room the text keeps.")
        (folder / f"comment-{n}.md").write_text(
            f'---\ntype: "comment"\nid: "c{n}"\npost: "a-long-thread"\n'
            f'author: "{names[n % len(names)]}"\ndate: "2016-03-14T{8 + n // 6:02d}:{n % 60:02d}"\n'
            f"parent: {parent}\nremoved: false\norder: {n}\n---\n{body}\n",
            encoding="utf-8")
    return LONG_THREAD
