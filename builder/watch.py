"""Watch a project's inputs and hand out debounced batches of changed paths.

Takes a project root; watches `site.yaml` (the root itself, not recursively) and
`seeds/`, `content/`, `templates/`, `static/`, `locales/` recursively, never the output.
Gives `next_batch()`: blocks until something changed, then waits until the
changes stop for `quiet` seconds (at most `max_wait`), and returns the set of
changed paths.  Changes that arrive while the caller is busy (rebuilding) are
kept for the next batch, so a burst (a branch switch touching 500 files) costs
one or two rebuilds and no save is ever lost.

Uses watchdog (inotify on Linux; polling where inotify is unavailable).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

WATCHED_DIRS = ("seeds", "content", "templates", "static", "locales")
WATCHED_FILES = ("site.yaml",)
IGNORED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", "node_modules"})
# Writes, creations, deletions and moves only.  Without this filter watchdog also asks
# inotify for open/close-without-write: every build reads every content file, and at
# 10,000 posts those 120,000 events overflowed the kernel queue and kept the watcher
# busy re-adding its watches.
EVENTS: list[type[FileSystemEvent]] = [
    FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent,
    DirCreatedEvent, DirDeletedEvent, DirMovedEvent,
]


def is_noise(path: str, root: Path) -> bool:
    """Hidden files (split's own state, editors' temporaries), swap and backup files,
    VCS folders: never worth a rebuild.  The build ignores hidden files as well."""
    p = Path(path)
    name = p.name
    try:
        parts = p.relative_to(root).parts
    except ValueError:
        parts = p.parts
    if any(part in IGNORED_DIRS or part.startswith(".") for part in parts):
        return True
    return (
        name.endswith(("~", ".swp", ".swx", ".swo", ".tmp", ".part"))
        or name.startswith((".#", "#"))
        or name in {"4913", ".DS_Store"}
    )


class _Collector(FileSystemEventHandler):
    """Records every relevant event path; wakes up the waiting consumer."""

    def __init__(self, root: Path, watcher: ChangeWatcher) -> None:
        self.root = root
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if event.is_directory and event.event_type == "modified":
            return  # a file inside changed; that file's own event is enough
        paths = [event.src_path, getattr(event, "dest_path", "")]
        for raw in paths:
            path = raw.decode() if isinstance(raw, bytes) else raw
            if path and not is_noise(path, self.root):
                self.watcher.record(Path(path))


class _RootCollector(_Collector):
    """The project root, watched non-recursively: only site.yaml and new input folders."""

    def on_any_event(self, event: FileSystemEvent) -> None:
        raw = event.src_path
        path = Path(raw.decode() if isinstance(raw, bytes) else raw)
        if path.name in WATCHED_FILES:
            super().on_any_event(event)
        elif path.name in WATCHED_DIRS and event.event_type == "created" and event.is_directory:
            self.watcher.watch_dir(path)
            self.watcher.record(path)
        dest = getattr(event, "dest_path", "")
        dest = dest.decode() if isinstance(dest, bytes) else dest
        if dest and Path(dest).name in WATCHED_FILES:
            self.watcher.record(Path(dest))


class _OverflowAlarm(logging.Handler):
    """The kernel dropped events (a burst of more than ~16,000): rebuild, whatever changed.

    watchdog re-adds its watches after an overflow but only says so in its log.
    """

    def __init__(self, watcher: ChangeWatcher) -> None:
        super().__init__(logging.WARNING)
        self.watcher = watcher

    def emit(self, record: logging.LogRecord) -> None:
        if "overflow" in record.getMessage().lower():
            self.watcher.record(self.watcher.root)


class ChangeWatcher:
    """Debounced change batches for one project folder."""

    def __init__(self, root: Path, quiet: float = 0.03, max_wait: float = 1.0,
                 polling: bool = False) -> None:
        self.root = root.resolve()
        self.quiet = quiet
        self.max_wait = max_wait
        self._pending: set[Path] = set()
        self._last_event = 0.0
        self._cond = threading.Condition()
        self._stopped = False
        self._observer: BaseObserver = PollingObserver(timeout=0.2) if polling else Observer()
        self._watched: set[Path] = set()
        self._alarm = _OverflowAlarm(self)
        self.on_change: Callable[[], None] | None = None  # per change, on the watcher's thread

    def start(self) -> None:
        logging.getLogger("watchdog").addHandler(self._alarm)
        self._observer.schedule(_RootCollector(self.root, self), str(self.root),
                                recursive=False, event_filter=EVENTS)
        for name in WATCHED_DIRS:
            if (self.root / name).is_dir():
                self.watch_dir(self.root / name)
        self._observer.start()

    def watch_dir(self, path: Path) -> None:
        if path in self._watched:
            return
        self._watched.add(path)
        self._observer.schedule(_Collector(self.root, self), str(path), recursive=True,
                                event_filter=EVENTS)

    def watched(self) -> list[Path]:
        return sorted(self._watched)

    def record(self, path: Path) -> None:
        with self._cond:
            self._pending.add(path)
            self._last_event = time.monotonic()
            self._cond.notify_all()
        if self.on_change is not None:
            self.on_change()

    def record_many(self, paths: Iterable[Path]) -> None:
        for path in paths:
            self.record(path)

    def next_batch(self, timeout: float | None = None) -> set[Path] | None:
        """The next debounced batch of changed paths; None when stopped or timed out."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while not self._pending and not self._stopped:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return None
                self._cond.wait(left)
            if self._stopped:
                return None
            first = time.monotonic()
            while not self._stopped:
                now = time.monotonic()
                wait = min(self._last_event + self.quiet, first + self.max_wait) - now
                if wait <= 0:
                    break
                self._cond.wait(wait)
            batch, self._pending = self._pending, set()
            return batch

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
        logging.getLogger("watchdog").removeHandler(self._alarm)
        if self._observer.is_alive():
            self._observer.stop()
            self._observer.join(timeout=5)
