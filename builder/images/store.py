"""The image store: `content/images/`, committed with the content it belongs to.

A picture is stored once, under the start of the SHA-256 of its bytes and the
extension of its format: `content/images/3f/3f9ac2d1e0b4a7c8.jpg`.  Content files
name it `images/3f/3f9ac2d1e0b4a7c8.jpg`; the build copies the store to the
site's `images/`.  Names come from the bytes only, never from an address, so no
address can make the store write outside itself.  Every write goes to a temporary
file first and is then renamed: a killed run leaves whole files or none.

The sidecar `content/images/sources.json` keeps what the content files no longer
say: for each stored picture the addresses it was fetched for and from, and each
picture that could not be had with the reason.  A run saves it as it goes, so an
interrupted run resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

import imagesize

FOLDER = "images"  # under content/, and in the site
SIDECAR = "sources.json"
JOURNAL = ".journal"  # one line per picture stored since the sidecar was last saved


class Store:
    def __init__(self, content_dir: Path, read: bool = True) -> None:
        self.root = content_dir / FOLDER
        self.sidecar = self.root / SIDECAR
        self.journal = self.root / JOURNAL
        self.files: dict[str, dict[str, Any]] = {}  # stored name -> {"sources", "from"}
        self.failed: dict[str, dict[str, Any]] = {}  # address -> {"reason", "permanent"}
        self._lock = threading.Lock()
        self._by_source: dict[str, str] | None = None
        if read:
            self._read()

    def _read(self) -> None:
        try:
            data = json.loads(self.sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict):
            self.files = dict(data.get("files") or {})
            self.failed = dict(data.get("failed") or {})
        self._read_journal()

    def _read_journal(self) -> None:
        """Pictures an interrupted run stored after its last save (a torn last line
        is ignored: its picture is fetched again)."""
        try:
            lines = self.journal.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError):
            return
        for line in lines:
            try:
                name, origin, sources = json.loads(line)
            except (ValueError, TypeError):
                continue
            if isinstance(name, str) and isinstance(sources, list):
                self.record(name, [str(s) for s in sources], str(origin), journal=False)

    def path(self, name: str) -> Path:
        """The file of a stored name (`images/ab/....jpg`)."""
        return self.root.parent / name

    def has(self, name: str) -> bool:
        return self.path(name).is_file()

    def put(self, data: bytes, ext: str) -> str:
        """Store the bytes (once); their name."""
        digest = hashlib.sha256(data).hexdigest()[:16]
        name = f"{FOLDER}/{digest[:2]}/{digest}.{ext}"
        path = self.path(name)
        if not path.is_file() or path.stat().st_size != len(data):
            _write_atomic(path, data)
        return name

    def known(self, address: str) -> str | None:
        """The stored name of a picture fetched for `address` before, if still stored."""
        if self._by_source is None:
            self._by_source = {source: name for name, entry in sorted(self.files.items())
                               for source in entry.get("sources", ())}
        name = self._by_source.get(address)
        return name if name is not None and self.has(name) else None

    def record(self, name: str, sources: list[str], fetched_from: str,
               journal: bool = True) -> None:
        """Note that `name` holds the picture of these addresses (in the journal at
        once, so that a killed run does not fetch it again)."""
        with self._lock:
            if journal:
                self.journal.parent.mkdir(parents=True, exist_ok=True)
                with self.journal.open("a", encoding="utf-8") as out:
                    out.write(json.dumps([name, fetched_from, sources]) + "\n")
            entry = self.files.setdefault(name, {"sources": [], "from": fetched_from})
            entry["sources"] = sorted(set(entry["sources"]) | set(sources))
            self._by_source = None
            for source in sources:
                self.failed.pop(source, None)

    def fail(self, address: str, reason: str, permanent: bool) -> None:
        with self._lock:
            self.failed[address] = {"reason": reason, "permanent": permanent}

    def save(self) -> None:
        with self._lock:
            data = {"files": dict(sorted(self.files.items())),
                    "failed": dict(sorted(self.failed.items()))}
            text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        _write_atomic(self.sidecar, text.encode("utf-8"))
        self.journal.unlink(missing_ok=True)

    def size(self, name: str) -> tuple[int, int] | None:
        """(width, height) of a stored picture, read from its file; None when unknown."""
        try:
            width, height = imagesize.get(str(self.path(name)))
        except (OSError, ValueError):
            return None
        return (int(width), int(height)) if width > 0 and height > 0 else None

    def pictures(self) -> list[tuple[str, Path]]:
        """(site path, file) of every stored picture, sorted."""
        if not self.root.is_dir():
            return []
        found = []
        for path in sorted(self.root.glob("*/*")):
            if path.is_file() and not path.name.startswith(".") and ".tmp" not in path.name:
                found.append((path.relative_to(self.root.parent).as_posix(), path))
        return found


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
