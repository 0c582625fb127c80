"""The dumps in seeds/ and what split remembers of them, without split's parsers.

Takes: the site config (or the files and folders named on the command line).
Gives: the dumps found (`find_dumps`), split's state file read (`load_state`), and
whether a build's split has nothing to do (`nothing_to_split`).

`builder.split` imports every parser it has (bs4, soupsieve, markdownify, the text
layouts' patterns: an eighth of a second), and a build runs split first.  A build
whose dumps are all as split last read them, in a clean checkout (where the build's
own record of its last split is gone: CI, a new clone), learns it here instead.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.config import SiteConfig
from builder.errors import ArchiveError

STATE_NAME = ".split-state.json"  # in content/


@dataclass
class State:
    dumps: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        data = {"version": 1, "dumps": self.dumps, "files": self.files}
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def load_state(content_dir: Path) -> State:
    path = content_dir / STATE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return State()
    if not isinstance(data, dict):
        return State()
    return State(dict(data.get("dumps") or {}), dict(data.get("files") or {}))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_dumps(config: SiteConfig, paths: list[Path] | None) -> list[tuple[Path, str]]:
    """(file, source name) for every dump under the given files and folders, sorted."""
    roots = paths or [config.seeds_dir]
    found: list[tuple[Path, str]] = []
    for root in roots:
        root = root if root.is_absolute() else (Path.cwd() / root)
        if not root.exists() and not root.is_absolute():
            root = config.root / root
        if root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(root).parts))
        elif root.is_file():
            files = [root]
        else:
            raise ArchiveError("no such file or folder", root)
        seeds = config.seeds_dir.resolve()
        base = root.resolve() if root.is_dir() else root.parent.resolve()
        prefix = base.relative_to(seeds).as_posix() if base.is_relative_to(seeds) else None
        for f in files:
            if prefix is None:
                source = f.name
            else:
                rel = f.relative_to(root).as_posix() if root.is_dir() else f.name
                source = rel if prefix == "." else f"{prefix}/{rel}"
            found.append((f, source))
    return found


def nothing_to_split(config: SiteConfig) -> bool:
    """True when a build's split (`builder.split.split_for_build`) would neither write
    nor say anything: seeds/ holds exactly the dumps split's state knows, each with the
    bytes split last read, a copy of a dump known as a copy of that dump, none refused.
    False whenever it is not that plain (a new, changed, gone, newly copied or refused
    dump, or a state file it does not know): split then runs and decides."""
    state = load_state(config.content_dir)
    dumps = find_dumps(config, None)
    if {source for _, source in dumps} != set(state.dumps):
        return False  # a new dump, or a gone one to report
    owners: dict[str, str] = {}  # digest -> the dump split reads those bytes from
    copies: list[tuple[str, str]] = []  # (the dump it is a copy of, digest)
    for file, source in dumps:
        entry = state.dumps[source]
        digest = sha256(file.read_bytes())
        if entry.get("sha256") != digest:
            return False
        if "same_as" in entry:
            copies.append((entry["same_as"], digest))
        elif "posts" not in entry or digest in owners:
            return False  # never split whole, or two dumps of the same bytes not known so
        else:
            owners[digest] = source
    return all(owners.get(digest) == original and state.dumps[original].get("posts")
               for original, digest in copies)
