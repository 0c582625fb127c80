"""A clean load of many content files parses them in forked workers
(`builder.content_files.read_files`): every file reads as one process reads it, a
bad file fails with the same `file:line` error, and the parse cache it leaves serves
the next build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builder import content_files
from builder.build import build_site
from builder.config import load_config
from builder.errors import ErrorList
from builder.report import Reporter
from tests.sitefixture import copy_fixture, tree_bytes

CHINA = "content/2016/china-launches-new-carrier"


def _read(root: Path, workers: int | None) -> tuple[dict, list[str]]:
    """Each file's record as the load made it, and the errors, from one clean load."""
    found: list = []
    content_files.scan(str(root / "content"), (), found)
    files = content_files.read_files(found, "content/", {}, {}, workers)
    records = {parts: (read.record.kind, read.record.meta, read.record.body, read.record.path,
                       read.record.stat, read.warnings)
               for parts, read in files.items() if isinstance(read, content_files.FileRead)}
    errors = sorted(str(read) for read in files.values()
                    if not isinstance(read, content_files.FileRead))
    return records, errors


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = copy_fixture(tmp_path / "site")
    post = root / CHINA / "post.md"
    post.write_text(post.read_text(encoding="utf-8").replace(
        "comment_count: 2", "comment_count: two"), encoding="utf-8")
    (root / "content" / "2016" / "stray.md").write_bytes(b"---\ntitle: \xff\n---\n")
    (root / "content" / "2016" / "loose.md").write_text("no front matter\n", encoding="utf-8")
    return root


def test_workers_read_every_file_as_one_process_does(site: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _read(site, 1)
    monkeypatch.setattr(content_files, "PARSE_IN_WORKERS_FROM", 2)
    shared = _read(site, 2)
    assert shared == alone
    records, errors = shared
    assert len(records) >= 20
    assert errors == sorted([
        f"{CHINA}/post.md:11: 'comment_count': expected a whole number",
        "content/2016/loose.md:1: no front matter: the file must start with a '---' line",
        "content/2016/stray.md:1: not UTF-8 text"])


def test_a_build_loaded_by_workers_fails_and_then_builds_as_one_process(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = tmp_path / "alone"
    shutil.copytree(site, alone)

    def build(root: Path) -> list[str] | Path:
        try:
            return build_site(load_config(root), reporter=Reporter(), workers=2).output
        except ErrorList as failed:
            return [str(error) for error in failed.errors]

    expected = build(alone)
    monkeypatch.setattr(content_files, "PARSE_IN_WORKERS_FROM", 2)
    assert build(site) == expected and isinstance(expected, list) and expected
    for root in (site, alone):  # fixed, the next load reads the others from the cache
        shutil.copy(copy_fixture(tmp_path / f"good-{root.name}") / CHINA / "post.md",
                    root / CHINA / "post.md")
        for name in ("stray.md", "loose.md"):
            (root / "content" / "2016" / name).unlink()
    built, again = build(site), build(alone)
    assert isinstance(built, Path) and isinstance(again, Path)
    assert tree_bytes(built) == tree_bytes(again)
    owner = (str((site / "content").resolve()), str(site.resolve()))
    cached, _ = content_files.read_cache(site / ".cache" / "load.marshal", owner)
    assert len(cached) >= 20  # what the workers parsed, kept for the next build
