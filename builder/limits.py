"""GitHub Pages' size limits, and how close a built site is to them.

One rule for every command: `archive build` and `archive check` report the size
and warn when a limit is near; `archive publish` refuses a site over a limit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MIB = 1024 * 1024
MAX_FILE = 100 * MIB  # GitHub refuses pushes of files over 100 MiB
WARN_FILE = 50 * MIB  # GitHub warns about files over 50 MiB
MAX_SITE = 1000 * 1000 * 1000  # published Pages sites may be no larger than 1 GB
WARN_SITE = MAX_SITE * 8 // 10  # warn from 80 % of it
IMAGES = "images/"  # the stored pictures' folder in the site


@dataclass
class SiteSize:
    total: int = 0
    images: int = 0  # bytes under images/
    files: int = 0
    sizes: dict[str, int] = field(default_factory=dict)  # files over WARN_FILE

    def problems(self) -> list[str]:
        """What GitHub Pages would refuse."""
        found = [f"{name} is {mib(size)}; GitHub refuses files over {mib(MAX_FILE)}"
                 for name, size in sorted(self.sizes.items()) if size > MAX_FILE]
        if self.total > MAX_SITE:
            found.append(f"the site is {mb(self.total)}; GitHub Pages sites may be no "
                         "larger than 1 GB")
        return found

    def warnings(self) -> list[str]:
        """What comes close to a limit (files over 50 MiB, a site over 80 % of 1 GB)."""
        found = [f"{name} is {mib(size)}; GitHub warns about files over {mib(WARN_FILE)}"
                 for name, size in sorted(self.sizes.items()) if WARN_FILE < size <= MAX_FILE]
        if WARN_SITE < self.total <= MAX_SITE:
            found.append(f"the site is {mb(self.total)}, near GitHub Pages' limit of 1 GB "
                         "per site")
        return found

    def summary(self) -> str:
        return (f"site size {shown(self.total)} in {self.files:,} files, of which images "
                f"{shown(self.images)} (GitHub Pages: 1 GB a site, 100 MiB a file)")


def add(size: SiteSize, name: str, length: int) -> None:
    size.total += length
    size.files += 1
    if name.startswith(IMAGES):
        size.images += length
    if length > WARN_FILE:
        size.sizes[name] = length


def measure(site: Path, files: list[str] | None = None,
            found: list[str] | None = None) -> SiteSize:
    """The size of a built site (every file under it, or those listed); `found`, when
    given, gets the path under `site` of every file measured (the site writer's walk
    of a new site: one walk, not two)."""
    size = SiteSize()
    if files is not None:
        for name in files:
            add(size, name, (site / name).stat().st_size)
        return size
    _walk(str(site), "", size, found)
    return size


def _walk(folder: str, prefix: str, size: SiteSize, found: list[str] | None) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                _walk(entry.path, f"{prefix}{entry.name}/", size, found)
            else:
                add(size, prefix + entry.name, entry.stat(follow_symlinks=False).st_size)
                if found is not None:
                    found.append(prefix + entry.name)
        except OSError:
            continue


def mb(size: int) -> str:
    """Millions of bytes, the unit of GitHub Pages' 1 GB a site (10**9 bytes)."""
    return f"{size / 1e6:.1f} MB"


def mib(size: int) -> str:
    """Mebibytes, the unit of GitHub's limits on one file (100 MiB)."""
    return f"{size / MIB:.1f} MiB"


def shown(size: int) -> str:
    if size < 1000:
        return f"{size} bytes"
    return f"{size / 1000:.1f} kB" if size < 1000 * 1000 else mb(size)
