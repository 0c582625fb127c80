"""The docs agree with the repository: every file they name exists, every relative
link resolves, the counts they give are the counts of the files, and the user's
guide to getting a blog's pages is linked from the README."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = [REPO / "README.md", REPO / "CHANGELOG.md", *sorted((REPO / "docs").rglob("*.md"))]
PATH_RE = re.compile(r"(?<![\w/.-])((?:docs|tests|builder|benchmarks|templates|static)/"
                     r"[\w./-]*\w)")
GENERATED = ("benchmarks/out",)  # written by the scripts, git-ignored
LINK_RE = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_every_repository_path_the_docs_name_exists() -> None:
    missing = []
    for doc in DOCS:
        for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), start=1):
            for path in PATH_RE.findall(line):
                if "*" in path or path.endswith((".", "-")) or path.startswith(GENERATED):
                    continue
                if not (REPO / path).exists():
                    missing.append(f"{doc.relative_to(REPO)}:{number}: {path}")
            for link in LINK_RE.findall(line):
                if "://" in link or link.startswith("mailto:"):
                    continue
                if not (doc.parent / link).exists():
                    missing.append(f"{doc.relative_to(REPO)}:{number}: link {link}")
    assert missing == []


def test_docs_speak_to_users_and_development_logs_live_in_docs_dev() -> None:
    top = {p.name for p in (REPO / "docs").glob("*.md")}
    assert not {name for name in top if name.startswith("split-round")}
    assert "test-dumps.md" not in top and "perf.md" not in top
    assert (REPO / "docs" / "dev" / "split-round11.md").is_file()


def test_the_dump_counts_in_the_docs_are_the_files_in_the_repository() -> None:
    text = (REPO / "docs" / "dev" / "test-dumps.md").read_text(encoding="utf-8")
    corpus = len(list((REPO / "tests" / "corpus").glob("*.txt")))
    dumps = len(list((REPO / "tests" / "dumps").glob("*.txt")))
    assert f"public corpus ({corpus} dumps)" in text
    assert f"`tests/dumps/` holds {dumps} more" in text
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"(`tests/corpus/`,\n  {corpus} dumps)" in readme
    assert f"(`tests/dumps/`, {dumps} dumps written" in readme


def test_the_guide_to_getting_pages_covers_the_three_inputs_and_is_linked() -> None:
    guide = (REPO / "docs" / "getting-your-pages.md").read_text(encoding="utf-8")
    for words in ("Back up content", "Google Takeout", "Wayback Machine", "Save page as",
                  "text editor", "seeds/"):
        assert words in guide
    assert "(docs/getting-your-pages.md)" in (REPO / "README.md").read_text(encoding="utf-8")
