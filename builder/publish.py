"""`archive publish`: build for production and push the site to a GitHub Pages branch.

Takes: the project's config, a git remote and branch.  Gives: the site built for
site.yaml's `base_url` in a temporary folder, checked against GitHub Pages' limits
and for broken internal links, committed as the whole tree of `gh-pages` (plus
`.nojekyll` and `CNAME`) and pushed; or, with --dry-run, a list of what would be
pushed.  The git work is in `builder.pages_git` (plumbing only: the user's branch,
index and working tree are never touched).

Safety: we remember what we pushed last (refs/archive/published/<remote>/<branch>)
and refuse when the remote branch is anywhere else (someone else pushed), unless
--force.  Our commit's parent is always the remote's current tip, so the push is a
fast-forward and a push racing ours makes ours fail instead of erasing theirs.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from builder.config import PLACEHOLDER, SiteConfig, is_domain, split_base
from builder.errors import ArchiveError
from builder.limits import measure, shown
from builder.pages_git import (
    STAGING_PREFIX,
    Repo,
    TreeDiff,
    pages_files,
    pages_url,
)
from builder.report import Reporter

LISTED = 20  # files listed per group by --dry-run (all of them with -v)
INPUTS = ("site.yaml", "seeds", "content", "templates", "static")  # what a build reads

@dataclass(frozen=True, slots=True)
class Target:
    """Where the site goes: a remote, its URL, a branch, and the branch's current tip."""

    remote: str
    url: str
    branch: str
    tip: str | None

    @property
    def name(self) -> str:
        return f"{self.remote}/{self.branch}"


def run_publish(config: SiteConfig, remote: str = "origin", branch: str = "gh-pages",
                cname: str | None = None, force: bool = False, dry_run: bool = False,
                reporter: Reporter | None = None) -> int:
    """`archive publish`: 0 when published (or nothing to do), 1 when refused or failed."""
    from builder.build import build_site

    reporter = reporter or Reporter()
    repo = Repo(config.root)
    target = find_target(repo, remote, branch, force, reporter)
    with tempfile.TemporaryDirectory(prefix="archive-publish-") as tmp:
        reporter.stage(f"Building for {config.base_url}")
        result = build_site(config, output=Path(tmp) / "site", reporter=reporter)
        for line in result.refused:
            reporter.warn(line)
        return publish_folder(repo, target, result.output, config, cname=cname,
                              dry_run=dry_run, reporter=reporter)


def find_target(repo: Repo, remote: str, branch: str, force: bool, reporter: Reporter) -> Target:
    """Look at the remote branch; refuse (unless force) when it moved since our last push."""
    url = repo.remote_url(remote)
    if branch == repo.current_branch():
        raise ArchiveError(f"refusing to publish into '{branch}', the branch you are working on",
                           hint="publish to a branch of its own, such as gh-pages (the default)")
    reporter.stage(f"Looking at {remote}/{branch} ({shown_url(url)})")
    tip = repo.remote_tip(remote, branch)
    target = Target(remote, url, branch, tip)
    if tip is not None:
        repo.fetch_tip(remote, branch)
        head = repo.head()
        if head and repo.is_ancestor(tip, head):
            raise ArchiveError(
                f"refusing to publish into {target.name}: it holds your project's history "
                "(its tip is part of your current branch), not a published site",
                hint="publish to a branch of its own, such as gh-pages (the default)")
        _refuse_if_moved(repo, target, force, reporter)
    return target


def _refuse_if_moved(repo: Repo, target: Target, force: bool, reporter: Reporter) -> None:
    recorded = repo.recorded(target.remote, target.branch)
    if recorded == target.tip:
        return
    assert target.tip is not None
    who = _describe(repo, target.tip)
    if recorded is None:
        problem = (f"{target.name} already exists at {who} and was not published from "
                   "this repository")
    else:
        problem = (f"{target.name} has moved since your last publish: it is at {who}, "
                   f"not at {recorded[:7]} which you pushed")
    if force:
        reporter.warn(f"{problem}; replacing its files anyway (--force; its history is kept)")
        return
    raise ArchiveError(
        f"refusing to publish: {problem}",
        hint=f"someone else may have pushed; inspect it with 'git log {target.tip[:7]}', "
        "then run 'archive publish --force' to replace the published site",
    )


def _describe(repo: Repo, commit: str) -> str:
    line = repo.git("log", "-1", "--format=%h (\"%s\" by %an, %cr)", commit).strip()
    return line or commit[:7]


def publish_folder(repo: Repo, target: Target, site: Path, config: SiteConfig, *,
                   cname: str | None = None, dry_run: bool = False,
                   reporter: Reporter) -> int:
    """Check a built folder, then commit it as the whole of the target branch and push it."""
    cname = _choose_cname(repo, target, cname or config.cname, reporter)
    _add_pages_files(site, cname)
    files = list_files(site)
    size = check_limits(site, files, reporter)
    _check_links(site, config.base_path, reporter)
    where = pages_url(target.url, cname, config.base_url)
    if problem := base_url_problem(config.base_url, where):
        if PLACEHOLDER in config.base_url and not dry_run:
            raise ArchiveError(f"refusing to publish: {problem}", config.root / "site.yaml",
                               _line_of(config.root / "site.yaml", "base_url:"),
                               hint=f'set base_url: "{where}"')
        reporter.warn(problem)
    staging = f"{STAGING_PREFIX}/{target.remote}/{target.branch}"
    commit = repo.commit_folder(site, files, target.tip, _message(repo), staging)
    try:
        old_tree = repo.tree_of(target.tip) if target.tip else None
        diff = repo.diff(old_tree, repo.tree_of(commit))
        summary = f"{_counts(diff)} ({len(files)} files, {shown(size)})"
        if dry_run:
            reporter.stage(f"Dry run: would push to {target.name}: {summary}")
            _list_changes(diff, reporter)
            reporter.stage(f"Nothing was pushed. The site would appear at {where}")
        elif diff.empty and target.tip:
            repo.record(target.remote, target.branch, target.tip)
            reporter.stage(f"{target.name} already holds this site; nothing to push.")
            reporter.stage(f"The site is at {where}")
        else:
            _push(repo, target, commit, reporter)
            reporter.stage(f"Published {commit[:7]} to {target.name}: {summary}")
            _say_where(target, where, first=target.tip is None, reporter=reporter)
    finally:
        repo.drop_ref(staging)
    return 0


def _push(repo: Repo, target: Target, commit: str, reporter: Reporter) -> None:
    """Push the commit (a fast-forward of the remote tip) and remember it."""
    changes = repo.changes(INPUTS)
    if changes:
        listed = ", ".join(changes[:3]) + (", ..." if len(changes) > 3 else "")
        reporter.warn(f"the published site includes {len(changes)} uncommitted change(s) "
                      f"({listed}); commit them so that your repository holds what you publish")
    reporter.stage(f"Pushing {commit[:7]} to {target.name}")
    repo.push(target.remote, commit, target.branch)
    repo.record(target.remote, target.branch, commit)


def _choose_cname(repo: Repo, target: Target, cname: str | None,
                  reporter: Reporter) -> str | None:
    """--cname, else site.yaml's, else the CNAME already on the branch (kept)."""
    if cname:
        if not is_domain(cname):
            raise ArchiveError(f"'{cname}' is not a domain name such as 'archive.example.org'")
        return cname
    if target.tip is None:
        return None
    try:
        kept = repo.git("cat-file", "blob", f"{target.tip}:CNAME").strip()
    except ArchiveError:
        return None
    if is_domain(kept):
        reporter.stage(f"Keeping the custom domain {kept} (CNAME on {target.name})")
        return kept
    return None


def _add_pages_files(site: Path, cname: str | None) -> None:
    """GitHub Pages: no Jekyll processing; the custom domain on every publish."""
    for name, data in pages_files(cname).items():
        (site / name).write_bytes(data)


def list_files(site: Path) -> list[str]:
    """Every file under `site` (dotfiles too), as sorted POSIX paths relative to it."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def check_limits(site: Path, files: list[str], reporter: Reporter) -> int:
    """GitHub Pages limits (`builder.limits`): refuse files over 100 MiB or a site over
    1 GB; warn at 50 MiB."""
    size = measure(site, files)
    for line in size.warnings():
        if "GitHub warns" in line:
            reporter.warn(line)
    problems = size.problems()
    if problems:
        raise ArchiveError("refusing to publish: " + "; ".join(problems),
                           hint="move large files (videos, archives) out of static/")
    return size.total


def _check_links(site: Path, base_path: str, reporter: Reporter) -> None:
    from builder.check import check_site

    broken = check_site(site, base_path)
    for line in broken:
        reporter.error(line)
    if broken:
        raise ArchiveError(f"refusing to publish: {len(broken)} broken internal link(s)",
                           hint="fix them, then see 'archive build && archive check'")


def shown_url(url: str) -> str:
    """A remote URL fit to print: any user name, password or token left out."""
    return re.sub(r"^([a-z][a-z0-9+.-]*://)[^/@]*@", r"\1", url, flags=re.IGNORECASE)


def _line_of(path: Path, prefix: str) -> int | None:
    """The line of `path` that starts with `prefix` (1-based), if any."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return next((n for n, line in enumerate(lines, 1) if line.startswith(prefix)), None)


def base_url_problem(base_url: str, where: str) -> str | None:
    """Why site.yaml's base_url does not fit where the site will be served, or None."""
    if PLACEHOLDER in base_url:
        return (f"site.yaml's base_url is still the example {base_url}: set it to the "
                "address of your site, e.g. https://USER.github.io/REPO/")
    base, dest = urlsplit(base_url), urlsplit(where)
    same_path = split_base(base_url)[1] == split_base(where)[1]
    same_host = not base.netloc or base.netloc.lower() == dest.netloc.lower()
    if same_path and same_host:
        return None
    return (f"site.yaml's base_url is {base_url} but the site will be served at {where}: "
            "links, the feed and the sitemap would point to the wrong place "
            f"(set base_url: \"{where}\" in site.yaml)")


def _message(repo: Repo) -> str:
    head = repo.head()
    source = f" from {head[:7]}" if head else ""
    note = " with uncommitted changes" if head and repo.changes(INPUTS) else ""
    return f"Publish the archive site{source}{note}\n\nWritten by 'archive publish'."


def _counts(diff: TreeDiff) -> str:
    return (f"{len(diff.added)} added, {len(diff.changed)} changed, "
            f"{len(diff.removed)} removed")


def _list_changes(diff: TreeDiff, reporter: Reporter) -> None:
    for label, names in (("add", diff.added), ("change", diff.changed),
                         ("remove", diff.removed)):
        for i, name in enumerate(names):
            line = f"  {label:<6} {name}"
            if i < LISTED:
                reporter.stage(line)
            else:
                reporter.info(line)
        if len(names) > LISTED:
            reporter.stage(f"  ... and {len(names) - LISTED} more to {label} (-v lists them)")


def _say_where(target: Target, where: str, first: bool, reporter: Reporter) -> None:
    reporter.stage(f"The site will appear at {where} (GitHub takes a minute or two).")
    if first:
        reporter.stage(
            f"First publish: on GitHub open Settings > Pages, choose Source 'Deploy from a "
            f"branch', branch '{target.branch}', folder '/ (root)', and Save."
        )

