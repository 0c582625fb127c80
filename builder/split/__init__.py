"""split: raw dumps in seeds/ -> front-matter Markdown in content/.

Takes: dump files (any encoding we can read).  Gives: one folder per post with the
post, its editor's notes and one file per reader comment; a report of refused
dumps and of the chrome lines that were dropped.
"""

from __future__ import annotations

from pathlib import Path

from builder.config import SiteConfig
from builder.report import Reporter


def run_split(config: SiteConfig, paths: list[Path] | None, *, force: bool = False,
              dry_run: bool = False, as_json: bool = False,
              reporter: Reporter | None = None) -> int:
    """`archive split`: exit code 0, or 1 when any dump was refused or conflicted."""
    raise NotImplementedError("split is being written")


def split_for_build(config: SiteConfig, reporter: Reporter) -> list[str]:
    """Split new or changed dumps before a build (as `split` without --force).

    Returns one line per refused dump or conflict (`path:line: reason`); the
    build lists them and fails only under --strict.
    """
    if not config.seeds_dir.is_dir() or not any(config.seeds_dir.iterdir()):
        return []
    raise NotImplementedError("split is being written")
