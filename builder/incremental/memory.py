"""What one build leaves for the next: the memory `archive serve` keeps.

Takes: the changed paths the watcher reported (or None: unknown).  Gives: the
content files as read (`ContentIndex`: only changed paths are read again), what the
plan worked out per post (`Remembered`), the digests behind page keys (`KeyMemo`),
the site writer's record of the current site and its spare folder, and what the
last build made (for serve's search pass and for "nothing changed").

A change it cannot attribute makes the next build look at every input (a stat of
each, as `archive build` does): a changed path outside content/ (site.yaml,
templates, static, seeds), the project root itself (the watcher's sign of lost
events, and serve's periodic check), more than MAX_ATTRIBUTED paths at once, or
changed paths not given at all (None).  That look finds the content files whose
stat changed; only when something else changed too (or more than MAX_ATTRIBUTED
files) is the build full, as after other config or settings or an internal error
(a user's error, such as a bad content file, keeps what was read: the next save
re-reads that file).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.config import SiteConfig
from builder.forked import CpuSample
from builder.incremental.keys import KeyMemo
from builder.incremental.state import Fingerprint
from builder.load import ContentIndex
from builder.output import SiteWriter

if TYPE_CHECKING:
    from builder.incremental.names import Names
    from builder.incremental.snapshot import Inputs

MAX_ATTRIBUTED = 200  # more changed paths than this in one batch: stat everything


class Remembered:
    """`remember(kind, key, make)` for the plan: `make()`, or what it gave for the
    same key in this build or the last one.  A frozen dataclass key is matched by
    identity (the model makes a post anew when one of its files changes); any other
    key by equality, one per kind."""

    def __init__(self) -> None:
        self.last: dict[tuple[str, int], tuple[Any, Any]] = {}
        self.now: dict[tuple[str, int], tuple[Any, Any]] = {}
        self.values: dict[str, tuple[Any, Any]] = {}

    def __call__(self, kind: str, key: Any, make: Callable[[], Any]) -> Any:
        params = getattr(type(key), "__dataclass_params__", None)
        if params is None or not params.frozen:
            found = self.values.get(kind)
            if found is None or found[0] != key:
                found = self.values[kind] = (key, make())
            return found[1]
        slot = (kind, id(key))
        hit = self.now.get(slot) or self.last.get(slot)
        if hit is None or hit[0] is not key:
            hit = (key, make())
        self.now[slot] = hit
        return hit[1]

    def end_build(self) -> None:
        self.last, self.now = self.now, {}


@dataclass
class Outcome:
    """What a finished build reports, kept for a build that changes nothing."""

    pages: int
    warnings: list[str]
    search_pending: bool = False


@dataclass
class BuildMemory:
    """See the module.  `kept`: False for a one-off build (`archive build`), whose
    memory goes with it: it reads the parse cache and the writer's manifest instead,
    and may stop at once when no input changed (`builder.incremental.state`)."""

    kept: bool = True
    settings: tuple[Any, ...] | None = None  # (config, settings) of what is kept below
    index: ContentIndex | None = None
    remembered: Remembered = field(default_factory=Remembered)
    keys: KeyMemo = field(default_factory=KeyMemo)
    writer: dict[str, Any] | None = None
    search_inputs: tuple[Any, ...] = ()  # (archive, urls) of the last build
    site_key: str = ""
    refused: list[str] = field(default_factory=list)
    last: Outcome | None = None  # the last successful build
    failed: bool = False  # the last build failed: never "nothing changed" after it
    shown: Any = None  # what the last build showed, for a preview (builder.preview.Shown)
    # files were read (by a preview, or a build that failed or stopped) that no finished
    # build has shown: the next build must not skip
    unbuilt: bool = False
    # of every input but the content files, at the last full build (see `check`)
    outside: str = ""
    split_said: dict[str, Any] = field(default_factory=dict)  # as `state.save` keeps it
    content_rest: str = ""  # a one-off build's `Fingerprint.content_rest` (its snapshot)
    loading: CpuSample | None = None  # taken as a full build began to load the content

    def begin_loading(self) -> None:
        """A full build begins to load the content: what other programs take of the
        cores from now on tells whether the machine is quiet (builder.forked)."""
        self.loading = CpuSample()

    def content_changes(self, config: SiteConfig, settings: dict[str, Any],
                        changed: list[Path] | None) -> list[Path] | None:
        """The changed content paths to re-read; None when the build must be full."""
        kept_for = (config, sorted(settings.items()))
        if kept_for != self.settings or self.index is None or self.last is None:
            self.reset(kept_for)
            return None
        if changed is None or len(changed) > MAX_ATTRIBUTED:
            return None
        inside = []
        for path in changed:
            if not _under(path, config.content_dir):
                return None
            inside.append(path)
        return inside

    def check(self, fingerprint: Fingerprint) -> list[Path] | None:
        """A look at every input (serve's periodic check): the content files changed
        since the last build when no other input did; None: the build must be full."""
        if self.index is None or self.last is None or fingerprint.outside != self.outside:
            return None
        paths = self.index.changes(fingerprint.content)
        return paths if len(paths) <= MAX_ATTRIBUTED else None

    def content(self, config: SiteConfig) -> ContentIndex:
        if self.index is None:
            self.index = ContentIndex(config.content_dir, config.root,
                                      config.root / ".cache" / "load.marshal")
        return self.index

    def let_go_of_index(self, posts: int, state_file: Path) -> tuple[Names, Inputs | None]:
        """A one-off build's last use of the content index, which it then lets go (the
        model is made): the posts' files named (the page keys' `Names`), what a
        snapshot keeps of the inputs (`snapshot.kept_inputs`), the parse cache written
        (`rescan(cache_later=True)`)."""
        from builder.incremental.names import Names
        from builder.incremental.snapshot import kept_inputs

        index, self.index = self.index, None
        assert index is not None
        index.write_cache()
        return Names(index.sources()), kept_inputs(index, posts, state_file)

    def writer_for(self, output: Path, manifest: Path) -> SiteWriter:
        return SiteWriter(output, manifest, memory=self.writer if self.kept else None)

    def finished(self, outcome: Outcome, writer: SiteWriter, search_inputs: tuple[Any, ...]
                 ) -> None:
        self.last, self.failed, self.unbuilt, self.writer = outcome, False, False, writer.state
        self.search_inputs = search_inputs if self.kept else ()

    def prepare(self, output: Path) -> None:
        """Work done between builds so that the next one is quick (see
        `SiteWriter.prepare_spare`)."""
        if self.writer is not None:
            self.writer = SiteWriter.prepare_spare(output, self.writer)

    def reset(self, settings: tuple[Any, ...] | None = None) -> None:
        fresh = BuildMemory(kept=self.kept, settings=settings)
        for name in (f.name for f in dataclasses.fields(self)):
            setattr(self, name, getattr(fresh, name))


def _under(path: Path, folder: Path) -> bool:
    """path is inside folder (not folder itself: a content/ made or removed is full)."""
    return any(base in path.parents for base in (folder, Path(os.path.realpath(folder))))
