"""docs/publishing.md covers every option of `archive publish` and both ways to publish."""

from __future__ import annotations

import argparse
from pathlib import Path

from builder.cli import _parser

DOC = Path(__file__).resolve().parent.parent / "docs" / "publishing.md"


def publish_options() -> list[str]:
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    publish = sub.choices["publish"]
    common = {"--site", "--quiet", "--verbose", "--debug", "--help"}
    return [opt for action in publish._actions for opt in action.option_strings
            if opt.startswith("--") and opt not in common]


def test_every_publish_option_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    options = publish_options()
    assert {"--remote", "--branch", "--cname", "--force", "--dry-run"} <= set(options)
    assert [opt for opt in options if f"`{opt}" not in text] == []


def test_both_ways_are_explained_step_by_step() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "## A. Let GitHub build and publish (GitHub Actions)" in text
    assert "## B. Build on your computer and push a `gh-pages` branch (`archive publish`)" in text
    for words in ("**Source** to **GitHub Actions**", "**Deploy from a branch**",
                  "branch **gh-pages**", "Settings", "archive publish --dry-run",
                  "make build BASE_URL="):
        assert words in text
