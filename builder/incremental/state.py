"""What a whole build depends on: the site key and the no-change check.

Takes: the config and the build's settings.  Gives: `site_key` (templates, config,
settings and our code: part of every page's key) and, for `archive build`, the
check that no input changed at all since the last build into the same folder (a
stat of every input file, compared with the state the last build saved in
`.cache/build-<output>.json`).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from builder import __version__
from builder.config import SiteConfig
from builder.i18n import PROJECT_FOLDER

STATE_VERSION = "3"
CODE = Path(__file__).resolve().parent.parent  # the builder package


def site_key(config: SiteConfig, settings: dict[str, Any]) -> str:
    """What every page depends on: templates, config, settings, our code and the message
    catalogues, shipped (in our code's folder) and the owner's (`locales/`) (bytes)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((config, sorted(settings.items()), __version__, STATE_VERSION)).encode())
    for folder in (config.templates_dir, CODE, config.root / PROJECT_FOLDER):
        for file in sorted(folder.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(file.as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def state_file(config: SiteConfig, output: Path) -> Path:
    """Where the state of the last build into `output` is kept."""
    name = hashlib.blake2b(str(output.resolve()).encode(), digest_size=8).hexdigest()
    return config.root / ".cache" / f"build-{name}.json"


def inputs_fingerprint(config: SiteConfig, settings: dict[str, Any]) -> str:
    """A hash of the settings and of the stat of every input file (the dumps in seeds/,
    content, templates, static files, site.yaml, our code and the owner's message
    catalogues): when it is the last build's, split has nothing new to split and the
    site is what that build made."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(json.dumps({**settings, "v": [__version__, STATE_VERSION]},
                             sort_keys=True).encode())
    lines: list[str] = []
    for folder in (config.seeds_dir, config.content_dir, config.templates_dir, config.static_dir, CODE,
                   config.root / PROJECT_FOLDER):
        _stat_tree(str(folder), lines)
    try:
        st = (config.root / "site.yaml").stat()
        lines.append(f"site.yaml\0{st.st_size}\0{st.st_mtime_ns}")
    except OSError:
        pass
    lines.sort()
    digest.update("\n".join(lines).encode())
    return digest.hexdigest()


def _stat_tree(folder: str, lines: list[str]) -> None:
    """(path, size, mtime, ctime) of every file under folder, via scandir (one stat per file)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name == "__pycache__":
            continue
        if entry.is_dir(follow_symlinks=False):
            _stat_tree(entry.path, lines)
        else:
            try:
                st = entry.stat()
            except OSError:
                continue
            lines.append(f"{entry.path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}")


def _output_id(output: Path) -> list[int] | None:
    try:
        st = output.stat()
    except OSError:
        return None
    return [st.st_ino, st.st_mtime_ns]


def unchanged(file: Path, fingerprint: str, output: Path) -> dict[str, Any] | None:
    """The saved outcome of the last build when neither its inputs nor its output
    folder changed since; else None."""
    try:
        state = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if state.get("fingerprint") == fingerprint and state.get("output") == _output_id(output):
        return dict(state)
    return None


def save(file: Path, fingerprint: str, output: Path, outcome: dict[str, Any]) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"fingerprint": fingerprint, "output": _output_id(output),
                                   **outcome}), encoding="utf-8")
        os.replace(tmp, file)
    except OSError:
        pass
