"""Commit a built folder to a branch of a git remote, touching nothing else.

Takes: the user's repository (any folder inside it), a remote name, a branch
name and a folder of files.  Gives: a commit whose tree is exactly that folder,
whose parent is the remote branch's current tip (so the push is always a
fast-forward), pushed to the remote; and a record of what we pushed in the
local ref `refs/archive/published/<remote>/<branch>`.

Only plumbing is used: `fast-import` (files go in byte for byte: no autocrlf,
no .gitattributes filters; one pack instead of a loose object per page) writes
the commit into a private ref, `ls-remote` and `fetch` into a private ref look
at the remote, `push` sends a commit id.  HEAD, the user's branches, index and
working tree are never written.  A temporary clone would do the same with more
disk and time, and could lose the remote setup and credentials of the user's
repository.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from builder.errors import ArchiveError

_GITHUB = re.compile(
    r"^(?:https?://(?:[^@/]+@)?github\.com/|(?:ssh://)?git@github\.com[:/])"
    r"(?P<user>[A-Za-z0-9-]+)/(?P<repo>[A-Za-z0-9._-]+?)(?:\.git)?/?$",
    re.IGNORECASE,
)


def pages_files(cname: str | None) -> dict[str, bytes]:
    """The files GitHub Pages reads at the site's root: `.nojekyll` (no Jekyll
    processing) and, with a custom domain, `CNAME`."""
    files = {".nojekyll": b""}
    if cname:
        files["CNAME"] = cname.encode("ascii") + b"\n"
    return files


def pages_url(remote_url: str, cname: str | None, base_url: str) -> str:
    """Where GitHub Pages serves the site: the custom domain, USER.github.io/REPO/, base_url."""
    if cname:
        return f"https://{cname}/"
    match = _GITHUB.match(remote_url)
    if not match:
        return base_url
    user, repo = match["user"].lower(), match["repo"]
    if repo.lower() == f"{user}.github.io":
        return f"https://{user}.github.io/"
    return f"https://{user}.github.io/{repo}/"

RECORD_PREFIX = "refs/archive/published"
STAGING_PREFIX = "refs/archive/staging"
FETCH_PREFIX = "refs/archive/remote"
EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"


class GitError(ArchiveError):
    """A git command failed; the message carries git's own last line."""


@dataclass(frozen=True, slots=True)
class TreeDiff:
    """What a new tree changes compared with the published one."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


class Repo:
    """The user's repository, driven through git plumbing only."""

    def __init__(self, folder: Path) -> None:
        out = _run(["git", "rev-parse", "--git-dir"], cwd=folder)
        if out.returncode != 0:
            raise ArchiveError(
                f"{folder} is not inside a git repository",
                hint="run 'git init' and add your GitHub repository with "
                "'git remote add origin https://github.com/USER/REPO.git'",
            )
        self.folder = folder

    def git(self, *args: str) -> str:
        """Run `git ARGS` in the project folder and return stdout; GitError on failure."""
        proc = _run(["git", "--no-optional-locks", *args], cwd=self.folder)
        if proc.returncode != 0:
            raise GitError(f"git {args[0]} failed: {_last_line(proc.stderr)}")
        return proc.stdout

    def remote_url(self, remote: str) -> str:
        try:
            return self.git("remote", "get-url", remote).strip()
        except GitError:
            raise ArchiveError(
                f"there is no git remote named '{remote}'",
                hint="add your GitHub repository with "
                f"'git remote add {remote} https://github.com/USER/REPO.git'",
            ) from None

    def remote_tip(self, remote: str, branch: str) -> str | None:
        """The commit the remote branch points at now (`git ls-remote`), or None."""
        try:
            out = self.git("ls-remote", "--heads", remote, f"refs/heads/{branch}")
        except GitError as exc:
            raise GitError(exc.message, hint=f"check that 'git fetch {remote}' works here "
                           "(network, address, access rights)") from None
        for line in out.splitlines():
            sha, _, ref = line.partition("\t")
            if ref == f"refs/heads/{branch}":
                return sha
        return None

    def fetch_tip(self, remote: str, branch: str) -> None:
        """Bring the remote branch's objects here, into a private ref."""
        self.git("fetch", "--quiet", "--no-tags", remote,
                 f"+refs/heads/{branch}:{FETCH_PREFIX}/{remote}/{branch}")

    def recorded(self, remote: str, branch: str) -> str | None:
        """What this repository last published to remote/branch, or None."""
        ref = f"{RECORD_PREFIX}/{remote}/{branch}"
        try:
            return self.git("rev-parse", "--verify", "--quiet", ref).strip() or None
        except GitError:
            return None

    def record(self, remote: str, branch: str, commit: str) -> None:
        self.git("update-ref", f"{RECORD_PREFIX}/{remote}/{branch}", commit)

    def head(self) -> str | None:
        try:
            return self.git("rev-parse", "--verify", "--quiet", "HEAD").strip() or None
        except GitError:
            return None

    def current_branch(self) -> str | None:
        try:
            return self.git("symbolic-ref", "--quiet", "--short", "HEAD").strip() or None
        except GitError:
            return None

    def is_ancestor(self, commit: str, of: str) -> bool:
        proc = _run(["git", "merge-base", "--is-ancestor", commit, of], cwd=self.folder)
        return proc.returncode == 0

    def changes(self, paths: Sequence[str]) -> list[str]:
        """Uncommitted (or untracked) files under `paths`, read-only: no index refresh."""
        out = self.git("status", "--porcelain=v1", "-z", "--untracked-files=all",
                       "--no-renames", "--", *paths)
        return sorted(entry[3:] for entry in out.split("\0") if len(entry) > 3)

    def tree_of(self, commit: str) -> str:
        return self.git("rev-parse", f"{commit}^{{tree}}").strip()

    def commit_folder(self, folder: Path, files: Sequence[str], parent: str | None,
                      message: str, ref: str) -> str:
        """Commit exactly `files` of `folder` on top of `parent` into `ref`; the commit id.

        One `git fast-import` writes every blob, the tree and the commit into a single
        pack: far faster than one loose object per file for a site of many pages.
        """
        author = self._ident("GIT_AUTHOR_IDENT")
        committer = self._ident("GIT_COMMITTER_IDENT")
        text = message.encode("utf-8")
        head = [f"commit {ref}", f"author {author}", f"committer {committer}",
                f"data {len(text)}"]
        stream = ["\n".join(head).encode() + b"\n" + text + b"\n"]
        if parent:
            stream.append(f"from {parent}\n".encode())
        stream.append(b"deleteall\n")
        with tempfile.TemporaryFile() as errors:
            proc = subprocess.Popen(["git", "fast-import", "--quiet", "--force", "--done"],
                                    cwd=self.folder, stdin=subprocess.PIPE,
                                    stdout=subprocess.DEVNULL, stderr=errors)
            assert proc.stdin is not None
            try:
                for chunk in stream:
                    proc.stdin.write(chunk)
                for name in files:
                    data = (folder / name).read_bytes()
                    proc.stdin.write(b"M 100644 inline " + _quote(name) + b"\n")
                    proc.stdin.write(b"data %d\n" % len(data) + data + b"\n")
                proc.stdin.write(b"done\n")
                proc.stdin.close()
            except BrokenPipeError:
                pass
            if proc.wait() != 0:
                errors.seek(0)
                raise GitError("git fast-import failed: "
                               + _last_line(errors.read().decode("utf-8", "replace")))
        return self.git("rev-parse", "--verify", ref).strip()

    def _ident(self, which: str) -> str:
        try:
            return self.git("var", which).strip()
        except GitError as exc:
            raise GitError(
                exc.message,
                hint="tell git who you are: git config user.name 'Your Name' && "
                "git config user.email you@example.org",
            ) from None

    def drop_ref(self, ref: str) -> None:
        self.git("update-ref", "-d", ref)

    def diff(self, old_tree: str | None, new_tree: str) -> TreeDiff:
        out = self.git("diff-tree", "-r", "-z", "--no-renames", "--name-status",
                       old_tree or EMPTY_TREE, new_tree)
        fields = out.split("\0")
        groups: dict[str, list[str]] = {"A": [], "M": [], "D": []}
        for status, name in zip(fields[0::2], fields[1::2], strict=False):
            groups.setdefault(status[:1], []).append(name)
        changed = groups["M"] + groups.get("T", [])
        return TreeDiff(tuple(groups["A"]), tuple(sorted(changed)), tuple(groups["D"]))

    def push(self, remote: str, commit: str, branch: str) -> None:
        """Push a commit id to refs/heads/<branch>; never forced (always a fast-forward)."""
        try:
            self.git("push", "--quiet", remote, f"{commit}:refs/heads/{branch}")
        except GitError as exc:
            raise GitError(
                exc.message,
                hint=f"if someone pushed to {remote}/{branch} meanwhile, run 'archive publish' "
                "again; if access was denied, check that 'git push' works in this repository",
            ) from None


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(args, cwd=cwd, capture_output=True, text=True,
                              encoding="utf-8", errors="surrogateescape", check=False)
    except FileNotFoundError:
        raise ArchiveError("git is not installed",
                           hint="install git (https://git-scm.com/downloads)") from None


def _quote(name: str) -> bytes:
    """A path in fast-import's C-style quotes (it may hold spaces or quotes)."""
    if "\n" in name or "\r" in name:
        raise ArchiveError(f"cannot publish a file whose name holds a line break: {name!r}")
    raw = os.fsencode(name).replace(b"\\", b"\\\\").replace(b'"', b'\\"')
    return b'"' + raw + b'"'


def _last_line(text: str) -> str:
    """git's most telling stderr line: a rejection or fatal error, else the last line."""
    lines = [line.strip() for line in text.splitlines()
             if line.strip() and not line.strip().startswith("hint:")]
    for line in lines:
        if line.startswith("! ") or line.startswith("fatal:"):
            return line
    return lines[-1] if lines else "no message"
