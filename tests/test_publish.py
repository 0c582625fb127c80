"""`archive publish` against a real local bare repository, through the real CLI.

Every test builds the project for real and pushes with real git; the source
repository's HEAD, branches, index, stash and working tree are compared before
and after.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

POST = """---
type: post
id: a-falling-out
title: "A Falling Out Between Russia And Iran Over Syria?"
date: "2016-02-06"
author: null
tags: ["Iran", "Russia"]
source: "000_a.txt"
source_index: 1
read_more: false
comment_count: 1
---
Iran and Russia in a first major falling-out over the Syrian war.

Diplomats from 70 countries met in Munich.
"""

COMMENT = """---
type: comment
id: c1
post: a-falling-out
author: "Anonymous"
date: null
parent: null
removed: false
order: 1
---
My feeling is that this will pass.
"""

SITE_YAML = """title: "Test archive"
base_url: "https://archive.example.org/"
cname: archive.example.org
"""

Run = Callable[..., subprocess.CompletedProcess[str]]


def git(cwd: Path, *args: str) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return proc.stdout.strip()


@pytest.fixture(autouse=True)
def git_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean git config and a known identity for every git process of the test."""
    home = tmp_path / "home"
    home.mkdir()
    for key, value in {
        "HOME": str(home), "GIT_CONFIG_GLOBAL": str(home / ".gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Ada Author", "GIT_AUTHOR_EMAIL": "ada@example.org",
        "GIT_COMMITTER_NAME": "Ada Author", "GIT_COMMITTER_EMAIL": "ada@example.org",
    }.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    bare = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(bare)], check=True)
    return bare


def make_project(make_site: Callable[..., Path], remote: Path,
                 site_yaml: str = SITE_YAML) -> Path:
    root = make_site(files={
        "site.yaml": site_yaml,
        ".gitignore": "_site/\n.cache/\n",
        "content/2016/a-falling-out/post.md": POST,
        "content/2016/a-falling-out/comment-1.md": COMMENT,
    })
    git(root, "init", "--quiet", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "--quiet", "-m", "Start the archive")
    git(root, "remote", "add", "origin", str(remote))
    return root


def site_stamp(project: Path) -> list[tuple[str, int]]:
    site = project / "_site"
    return sorted((p.relative_to(site).as_posix(), p.stat().st_mtime_ns)
                  for p in site.rglob("*") if p.is_file())


def build_and_commit(project: Path, run_archive: Run) -> None:
    """What a user does before publishing: build once, commit what the build wrote
    into the project (e.g. split's state under content/)."""
    assert run_archive("build", cwd=project).returncode == 0
    git(project, "add", "-A")
    if git(project, "status", "--porcelain"):
        git(project, "commit", "--quiet", "-m", "Build")


@pytest.fixture
def project(make_site: Callable[..., Path], remote: Path) -> Path:
    return make_project(make_site, remote)


def pages_files(remote: Path, branch: str = "gh-pages") -> set[str]:
    return set(git(remote, "ls-tree", "-r", "--name-only", branch).splitlines())


def remote_tip(remote: Path, branch: str = "gh-pages") -> str:
    return git(remote, "rev-parse", f"refs/heads/{branch}")


def snapshot(root: Path) -> dict[str, str]:
    """What the user would notice changing in their checkout."""
    return {
        "status": git(root, "--no-optional-locks", "status", "--porcelain"),
        "head": git(root, "rev-parse", "HEAD"),
        "branch": git(root, "symbolic-ref", "HEAD"),
        "branches": git(root, "for-each-ref", "refs/heads"),
        "stash": git(root, "stash", "list"),
        "index": hashlib.sha256((root / ".git" / "index").read_bytes()).hexdigest(),
        "post": (root / "content/2016/a-falling-out/post.md").read_text(encoding="utf-8"),
    }


def test_first_publish_creates_gh_pages_with_the_site_and_leaves_the_checkout_alone(
        project: Path, remote: Path, run_archive: Run) -> None:
    build_and_commit(project, run_archive)
    built = site_stamp(project)
    # A user mid-work: a staged change, an unstaged change and an untracked file.
    (project / "notes.txt").write_text("staged\n", encoding="utf-8")
    git(project, "add", "notes.txt")
    (project / "notes.txt").write_text("staged, then edited\n", encoding="utf-8")
    (project / "scratch.txt").write_text("untracked\n", encoding="utf-8")
    new_post = project / "content/2016/second/post.md"
    new_post.parent.mkdir()
    new_post.write_text(POST.replace("a-falling-out", "second").replace(
        "A Falling Out", "A Second Post"), encoding="utf-8")
    before = snapshot(project)

    result = run_archive("publish", cwd=project)

    assert result.returncode == 0, result.stderr
    files = pages_files(remote)
    for name in ("index.html", ".nojekyll", "CNAME", "404.html", "feed.xml", "sitemap.xml"):
        assert name in files
    assert git(remote, "show", "gh-pages:CNAME") == "archive.example.org"
    assert "_site/index.html" not in files and "site.yaml" not in files
    assert "A Falling Out Between Russia And Iran" in git(remote, "show", "gh-pages:index.html")
    assert snapshot(project) == before
    assert ("warning: the published site includes 1 uncommitted change(s) "
            "(content/2016/second/post.md); commit them") in result.stderr
    assert "A Second Post" in git(remote, "show", "gh-pages:index.html")
    assert site_stamp(project) == built  # publish builds elsewhere: _site/ is untouched
    tip = remote_tip(remote)
    assert f"Published {tip[:7]} to origin/gh-pages" in result.stdout
    assert "The site will appear at https://archive.example.org/" in result.stdout
    assert "Settings > Pages" in result.stdout
    assert git(project, "rev-parse", "refs/archive/published/origin/gh-pages") == tip
    # The published commit says where it came from and holds no source history.
    assert git(remote, "log", "--format=%s", "gh-pages") == (
        f"Publish the archive site from {before['head'][:7]} with uncommitted changes")


def test_second_publish_adds_a_commit_keeps_cname_and_skips_when_nothing_changed(
        make_site: Callable[..., Path], remote: Path, run_archive: Run) -> None:
    project = make_project(make_site, remote, site_yaml='base_url: "https://archive.example.org/"\n')
    first = run_archive("publish", "--cname", "archive.example.org", cwd=project)
    assert first.returncode == 0, first.stderr
    first_tip = remote_tip(remote)

    post = project / "content/2016/a-falling-out/post.md"
    post.write_text(POST.replace("Over Syria?", "Over Syria, Again?"), encoding="utf-8")
    git(project, "commit", "--quiet", "-am", "Fix a title")
    second = run_archive("publish", cwd=project)  # no --cname this time: the CNAME is kept

    assert second.returncode == 0, second.stderr
    assert "Keeping the custom domain archive.example.org" in second.stdout
    assert git(remote, "show", "gh-pages:CNAME") == "archive.example.org"
    assert git(remote, "rev-parse", "gh-pages^") == first_tip
    assert "Over Syria, Again?" in git(remote, "show", "gh-pages:index.html")
    removed = [line.split("\t", 1)[1] for line in git(
        remote, "diff", "--name-status", "gh-pages^", "gh-pages").splitlines()
        if line.startswith("D")]
    assert all(name.startswith("pagefind/") for name in removed), removed  # index fragments only

    third = run_archive("publish", cwd=project)
    assert third.returncode == 0, third.stderr
    assert "already holds this site; nothing to push" in third.stdout
    assert git(remote, "rev-parse", "gh-pages^") == first_tip


def someone_else_pushes(tmp_path: Path, remote: Path) -> str:
    other = tmp_path / "other"
    git(tmp_path, "clone", "--quiet", "--branch", "gh-pages", str(remote), str(other))
    (other / "theirs.html").write_text("<p>mine</p>\n", encoding="utf-8")
    git(other, "add", "theirs.html")
    git(other, "commit", "--quiet", "-m", "Add my own page")
    git(other, "push", "--quiet", "origin", "gh-pages")
    return git(other, "rev-parse", "HEAD")


def test_publish_refuses_when_someone_else_pushed_and_force_replaces_their_files(
        project: Path, remote: Path, run_archive: Run, tmp_path: Path) -> None:
    assert run_archive("publish", cwd=project).returncode == 0
    theirs = someone_else_pushes(tmp_path, remote)
    before = snapshot(project)

    refused = run_archive("publish", cwd=project)

    assert refused.returncode == 1
    assert ("error: refusing to publish: origin/gh-pages has moved since your last publish: "
            f"it is at {theirs[:7]} (\"Add my own page\" by Ada Author") in refused.stderr
    assert "archive publish --force" in refused.stderr
    assert remote_tip(remote) == theirs
    assert snapshot(project) == before

    forced = run_archive("publish", "--force", cwd=project)

    assert forced.returncode == 0, forced.stderr
    assert "replacing its files anyway (--force; its history is kept)" in forced.stderr
    assert git(remote, "rev-parse", "gh-pages^") == theirs
    assert "theirs.html" not in pages_files(remote)
    assert "1 removed" in forced.stdout
    assert snapshot(project) == before


def test_publish_refuses_a_branch_it_did_not_create(
        project: Path, remote: Path, run_archive: Run, tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    git(tmp_path, "init", "--quiet", "-b", "gh-pages", str(seed))
    (seed / "index.html").write_text("old site\n", encoding="utf-8")
    git(seed, "add", "index.html")
    git(seed, "commit", "--quiet", "-m", "Old hand-made site")
    git(seed, "push", "--quiet", str(remote), "gh-pages")
    old = remote_tip(remote)

    result = run_archive("publish", cwd=project)

    assert result.returncode == 1
    assert (f"origin/gh-pages already exists at {old[:7]} (\"Old hand-made site\"" in result.stderr)
    assert "was not published from this repository" in result.stderr
    assert remote_tip(remote) == old


def test_dry_run_lists_what_would_be_pushed_and_pushes_nothing(
        project: Path, remote: Path, run_archive: Run) -> None:
    build_and_commit(project, run_archive)
    before = snapshot(project)
    result = run_archive("publish", "--dry-run", cwd=project)

    assert result.returncode == 0, result.stderr
    assert "Dry run: would push to origin/gh-pages:" in result.stdout
    assert "  add    index.html" in result.stdout
    assert "  add    CNAME" in result.stdout
    assert re.search(r"0 changed, 0 removed \(\d+ files, \d+\.\d kB\)", result.stdout)
    assert ("Nothing was pushed. The site would appear at https://archive.example.org/"
            in result.stdout)
    assert git(remote, "for-each-ref") == ""
    assert git(project, "for-each-ref", "refs/archive/published") == ""
    assert snapshot(project) == before

    assert run_archive("publish", cwd=project).returncode == 0
    tip = remote_tip(remote)
    post = project / "content/2016/a-falling-out/post.md"
    post.write_text(POST.replace("Munich", "Geneva"), encoding="utf-8")
    again = run_archive("publish", "--dry-run", "--branch", "gh-pages", cwd=project)
    assert again.returncode == 0, again.stderr
    # a changed post: its page changes; only search index fragments may come and go
    assert "  change " in again.stdout
    added = [line for line in again.stdout.splitlines() if line.startswith("  add ")]
    assert all("pagefind/" in line for line in added), added
    assert remote_tip(remote) == tip


def test_publish_to_another_branch_and_remote(
        project: Path, remote: Path, run_archive: Run, tmp_path: Path) -> None:
    mirror = tmp_path / "mirror.git"
    git(tmp_path, "init", "--quiet", "--bare", str(mirror))
    git(project, "remote", "add", "mirror", str(mirror))
    result = run_archive("publish", "--remote", "mirror", "--branch", "site", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "index.html" in pages_files(mirror, "site")
    assert git(remote, "for-each-ref") == ""
    assert "to mirror/site" in result.stdout


def test_publish_without_the_remote_says_how_to_add_it(project: Path, run_archive: Run) -> None:
    result = run_archive("publish", "--remote", "github", cwd=project)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "error: there is no git remote named 'github' (hint: add your GitHub repository "
        "with 'git remote add github https://github.com/USER/REPO.git')")


def test_publish_outside_a_git_repository_fails_clearly(
        make_site: Callable[..., Path], run_archive: Run) -> None:
    root = make_site(files={"site.yaml": SITE_YAML})
    result = run_archive("publish", cwd=root)
    assert result.returncode == 1
    assert f"error: {root} is not inside a git repository" in result.stderr
    assert "git init" in result.stderr


def test_publish_refuses_a_site_with_broken_links_and_pushes_nothing(
        make_site: Callable[..., Path], remote: Path, run_archive: Run) -> None:
    project = make_project(make_site, remote)
    post = project / "content/2016/a-falling-out/post.md"
    post.write_text(POST + "\nSee [the follow-up](/2016/03/no-such-post/).\n", encoding="utf-8")

    result = run_archive("publish", cwd=project)

    assert result.returncode == 1
    assert "link to /2016/03/no-such-post/ (no such page)" in result.stderr
    assert "error: refusing to publish: 1 broken internal link(s)" in result.stderr
    assert git(remote, "for-each-ref") == ""


def test_publish_warns_when_base_url_is_not_where_the_site_will_be(
        make_site: Callable[..., Path], remote: Path, run_archive: Run) -> None:
    project = make_project(make_site, remote, site_yaml=(
        'base_url: "https://example.github.io/blog-archive/"\ncname: archive.example.org\n'))
    result = run_archive("publish", "--dry-run", cwd=project)
    assert result.returncode == 0, result.stderr
    assert ("warning: site.yaml's base_url is https://example.github.io/blog-archive/ but the "
            "site will be served at https://archive.example.org/") in result.stderr
    assert 'set base_url: "https://archive.example.org/" in site.yaml' in result.stderr


def test_a_project_from_init_publishes_and_is_told_to_set_its_address(
        tmp_path: Path, remote: Path, run_archive: Run) -> None:
    assert run_archive("init", "fresh", cwd=tmp_path).returncode == 0
    project = tmp_path / "fresh"
    git(project, "init", "--quiet", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "--quiet", "-m", "New archive")
    git(project, "remote", "add", "origin", str(remote))
    build_and_commit(project, run_archive)

    result = run_archive("publish", cwd=project)

    assert result.returncode == 1
    line = next(n for n, text in enumerate(
        (project / "site.yaml").read_text(encoding="utf-8").splitlines(), 1)
        if text.startswith("base_url:"))
    assert (f"site.yaml:{line}: refusing to publish: site.yaml's base_url is still the example "
            "https://your-github-name.github.io/fresh/") in result.stderr
    assert git(remote, "branch", "--list", "gh-pages") == ""  # nothing was pushed

    dry = run_archive("publish", "--dry-run", cwd=project)
    assert dry.returncode == 0 and "still the example" in dry.stderr

    config = (project / "site.yaml").read_text(encoding="utf-8")
    (project / "site.yaml").write_text(config.replace(
        "https://your-github-name.github.io/fresh/", "https://ada.github.io/fresh/"),
        encoding="utf-8")
    git(project, "commit", "--quiet", "-am", "Our address")
    result = run_archive("publish", cwd=project)
    assert result.returncode == 0, result.stderr
    assert {"index.html", ".nojekyll", "404.html", "feed.xml"} <= pages_files(remote)
    assert "CNAME" not in pages_files(remote)
    assert git(project, "--no-optional-locks", "status", "--porcelain") == ""


RACING_HOOK = """#!/bin/sh
# Another publisher's push lands while ours is on its way in.
cat >/dev/null
unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES
tip=$(git rev-parse refs/heads/gh-pages)
other=$(git commit-tree -p "$tip" -m "Racing push" "$tip^{tree}")
git update-ref refs/heads/gh-pages "$other"
"""


def test_a_push_racing_ours_wins_and_ours_fails_clearly(
        project: Path, remote: Path, run_archive: Run) -> None:
    assert run_archive("publish", cwd=project).returncode == 0
    ours = remote_tip(remote)
    hook = remote / "hooks" / "pre-receive"
    hook.write_text(RACING_HOOK, encoding="utf-8")
    hook.chmod(0o755)
    (project / "content/2016/a-falling-out/post.md").write_text(
        POST.replace("Munich", "Geneva"), encoding="utf-8")

    result = run_archive("publish", cwd=project)

    assert result.returncode == 1
    assert "error: git push failed:" in result.stderr
    assert "run 'archive publish' again" in result.stderr
    assert git(remote, "log", "-1", "--format=%s", "gh-pages") == "Racing push"
    assert git(project, "rev-parse", "refs/archive/published/origin/gh-pages") == ours


def test_a_deleted_branch_is_published_afresh(
        project: Path, remote: Path, run_archive: Run) -> None:
    assert run_archive("publish", cwd=project).returncode == 0
    git(remote, "update-ref", "-d", "refs/heads/gh-pages")
    result = run_archive("publish", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "index.html" in pages_files(remote)
    assert git(remote, "rev-list", "--count", "gh-pages") == "1"


def test_files_are_published_byte_for_byte_whatever_their_names(
        project: Path, remote: Path, run_archive: Run) -> None:
    git(project, "config", "core.autocrlf", "true")
    (project / ".gitattributes").write_text("* text=auto eol=lf\n", encoding="utf-8")
    odd = 'notes "draft" été #1.txt'
    data = b"line one\r\nline two\r\n\x00\xff"
    (project / "static" / odd).write_bytes(data)

    result = run_archive("publish", cwd=project)

    assert result.returncode == 0, result.stderr
    blob = subprocess.run(["git", "cat-file", "blob", f"gh-pages:static/{odd}"], cwd=remote,
                          capture_output=True, check=True).stdout
    assert blob == data


def test_publish_never_replaces_a_branch_holding_the_source(
        project: Path, remote: Path, run_archive: Run) -> None:
    git(project, "push", "--quiet", "origin", "main")
    git(project, "branch", "--quiet", "docs")
    git(project, "push", "--quiet", "origin", "docs")

    same = run_archive("publish", "--branch", "main", "--force", cwd=project)
    assert same.returncode == 1
    assert "refusing to publish into 'main', the branch you are working on" in same.stderr

    source = run_archive("publish", "--branch", "docs", "--force", cwd=project)
    assert source.returncode == 1
    assert ("refusing to publish into origin/docs: it holds your project's history"
            in source.stderr)
    assert git(remote, "rev-parse", "docs") == git(project, "rev-parse", "HEAD")


def test_an_unreachable_remote_is_one_clear_error(
        project: Path, run_archive: Run, tmp_path: Path) -> None:
    git(project, "remote", "set-url", "origin", str(tmp_path / "gone.git"))
    result = run_archive("publish", cwd=project)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: git ls-remote failed: fatal: ")
    assert lines[0].endswith("(hint: check that 'git fetch origin' works here "
                             "(network, address, access rights))")


def test_dry_run_lists_twenty_files_per_group_and_all_with_verbose(
        project: Path, run_archive: Run) -> None:
    for n in range(30):
        (project / "static" / f"scan-{n:02d}.txt").write_text(f"page {n}\n", encoding="utf-8")
    short = run_archive("publish", "--dry-run", cwd=project)
    assert short.returncode == 0, short.stderr
    listed = [line for line in short.stdout.splitlines() if line.startswith("  add ")]
    assert len(listed) == 20
    assert re.search(r"  \.\.\. and \d+ more to add \(-v lists them\)", short.stdout)

    full = run_archive("publish", "--dry-run", "-v", cwd=project)
    for n in range(30):
        assert f"  add    static/scan-{n:02d}.txt" in full.stdout
