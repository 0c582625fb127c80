"""Serve's build session: `build` with the memory serve keeps between builds.

Takes: a project and, for each build, the input paths the watcher reported.
Gives: the same `BuildResult` and the same site, byte for byte, as a clean build,
at a cost that follows the edit, not the archive.  What is kept and when a build
must be full is `builder.incremental.memory`'s business; this only holds it.
"""

from __future__ import annotations

from pathlib import Path

from builder.build import BuildMemory, BuildOptions, BuildResult, build, preview
from builder.config import SiteConfig
from builder.report import Reporter


class BuildSession:
    """`build` (same arguments and result as `build_site`) with a memory of its own."""

    def __init__(self) -> None:
        self.memory = BuildMemory()

    def build(self, config: SiteConfig, *, base_url: str | None = None,
              output: Path | None = None, strict: bool = False, drafts: bool = False,
              reporter: Reporter, workers: int | None = None, search_later: bool = False,
              changed: list[Path] | None = None) -> BuildResult:
        """`changed`: the input paths changed since the last build, as the watcher
        reported them (None: unknown, every input is looked at)."""
        options = BuildOptions(base_url, output, strict, drafts, search_later, workers, reporter)
        return build(config, options, self.memory, changed)

    def preview(self, config: SiteConfig, *, base_url: str | None = None,
                output: Path | None = None, drafts: bool = False,
                changed: list[Path]) -> list[str]:
        """Before `build` with the same paths: the edited post's own page at once
        (`builder.preview`); the site paths written, none when it cannot be exact."""
        options = BuildOptions(base_url, output, False, drafts)
        return preview(config, options, self.memory, changed)

    def prepare(self, output: Path) -> None:
        """Work done between builds so that the next one is quick."""
        self.memory.prepare(output)
