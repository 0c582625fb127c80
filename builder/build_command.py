"""`archive build`: the pipeline run once, with one line per stage and a summary.

Takes: the site config and the command's options.  Gives: the exit code; the
site's size, the refused dumps and a summary line are printed.
"""

from __future__ import annotations

from pathlib import Path

from builder.build import build_site
from builder.config import SiteConfig
from builder.limits import SiteSize
from builder.report import Reporter


def run_build(config: SiteConfig, base_url: str | None, output: Path | None, strict: bool,
              drafts: bool, reporter: Reporter) -> int:
    """`archive build`: one line per stage, then a summary; exit code."""
    result = build_site(config, base_url=base_url, output=output, strict=strict, drafts=drafts,
                        reporter=reporter)
    report_size(result.size, reporter)
    for line in result.refused:
        reporter.warn(line)  # worded by split.refused_line, as split, serve and publish say it
    where = _display(result.output)
    if result.skipped:
        reporter.stage(f"{result.pages:,} files in {where} are up to date "
                       f"({result.seconds:.2f} s)")
    else:
        reporter.stage(f"built {result.pages:,} files into {where} "
                       f"({len(result.changed):,} changed) in {result.seconds:.2f} s")
    if result.refused:
        reporter.stage(f"{len(result.refused)} dump(s) refused (listed above)")
    return 0


def report_size(size: SiteSize | None, reporter: Reporter) -> None:
    """The site's size and its images', and a warning near GitHub Pages' limits."""
    if size is None:
        return
    reporter.stage(size.summary())
    for line in size.problems() + size.warnings():
        reporter.warn(line)


def _display(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix() + "/"
    except ValueError:
        return str(path) + "/"
