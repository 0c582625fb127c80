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
