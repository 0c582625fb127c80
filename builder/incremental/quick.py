"""`archive build` after a small content edit: only the pages that show the edited
posts, from the last build's snapshot (`snapshot.py`), and their search shard patched.

Takes: the inputs' fingerprint (one stat of every input, made by the no-change
check), the state the last build saved and its snapshot.  Gives: the site a clean
build would make, byte for byte, with only its changed files replaced; or the
reason it cannot (`NotQuick`), before anything was written, and the caller builds
the normal way, which is always right.

It applies when only content files changed (site.yaml, templates, static files,
seeds, settings and our code as the last build saw them), at most `MOST_FOLDERS`
folders of them, in post folders the snapshot has, read without error or warning, and
each changed post's plan facts are the snapshot's: every field of the post, its
comments and notes but their text (`TEXT_FIELDS`), so that the plan (which pages
exist, what lists hold, tags, commenters, URLs) and every page not showing the post
are unchanged, and the search shard count is the same.  A bad file takes the normal
path, which reports it as ever.

Writing: every page is rendered and the search shard patched first; then each
changed file is written under a temporary name in its folder, the site writer's
manifest is removed (a build killed from here on trusts none of the current site's
files and renders every page: no file is ever taken over under a key it was not
made from), the files are renamed over the old ones, and the manifest (without the
keys of the pages replaced), the no-change state and the snapshot are saved last.
A reader may see the new version of one page beside the old version of another for
the few milliseconds the renames take.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from builder import search
from builder.config import SiteConfig
from builder.content_files import FileRead, FileStat, read_file
from builder.errors import BuildError
from builder.incremental import state
from builder.incremental.quick_search import NotQuick, ShardPatch, patch_shards
from builder.incremental.snapshot import folder_digest, folder_of, settings_text, size_row
from builder.incremental.snapshot_read import Snapshot
from builder.limits import IMAGES, WARN_FILE, SiteSize
from builder.model import Comment, Note, Post
from builder.output import SiteWriter, digest, read_manifest, write_manifest
from builder.report import Reporter

MOST_FOLDERS = 20  # changed post folders a quick edit takes at most
# what may change in a quick edit: the texts and what the post page makes of them
TEXT_FIELDS = {Post: frozenset({"body", "read_more_after", "read_more_lines", "quotes",
                                "sources"}),
               Comment: frozenset({"body"}), Note: frozenset({"body", "after"})}


def quick_build(config: SiteConfig, options: Any, settings: dict[str, Any],
                fingerprint: state.Fingerprint, last: dict[str, Any], result: Any,
                warn: Callable[[Any, bool, Reporter, str], None]) -> bool:
    """Build the edit the quick way into `result`; False (said under -v) when it cannot."""
    reporter = options.reporter
    try:
        job = _Edit(config, settings, fingerprint, last, result.output)
        job.check(options)
        job.prepare()
    except NotQuick as why:
        reporter.info(f"quick edit not possible: {why}")
        return False
    for line in last["notes"]:
        reporter.stage(line)
    result.warnings, result.refused = list(last["warnings"]), list(last["refused"])
    warn(result, options.strict, reporter, "the previous site was left as it was")
    job.commit(result)
    if job.shards:
        from builder.search_write import indexed_line

        reporter.info(indexed_line(sum(patch.indexed for patch in job.shards.values()),
                                   len(job.shards), job.count,
                                   [patch.kept for patch in job.shards.values()],
                                   sum(patch.in_place for patch in job.shards.values())))
    reporter.info("quick edit rendered " + " ".join(page.path for page in job.pages))
    patched = "".join(f", search shard {k} patched" + (" in place" if patch.in_place else "")
                      for k, patch in sorted(job.shards.items()))
    reporter.stage(f"quick edit: {len(job.pages)} pages rendered, "
                   f"{len(result.changed) + len(result.removed)} files changed{patched}")
    return True


class _Edit:
    def __init__(self, config: SiteConfig, settings: dict[str, Any],
                 fingerprint: state.Fingerprint, last: dict[str, Any], output: Path) -> None:
        self.config, self.settings, self.last = config, settings, last
        self.fingerprint, self.output = fingerprint, output
        self.state_file = state.state_file(config, output)
        self.manifest_file = state.manifest_file(config, output)
        self.snap: Snapshot | None = None
        self.changed: dict[str, list[tuple[str, int, int, int]]] = {}
        self.new: dict[str, Post] = {}
        self.pages: list[Any] = []
        self.rendered: dict[str, bytes] = {}
        self.shards: dict[int, ShardPatch] = {}
        self.manifest: dict[str, Any] = {}
        self.count = 0  # search shards

    # -- deciding --------------------------------------------------------------------------
    def check(self, options: Any) -> None:
        last, fingerprint = self.last, self.fingerprint
        if options.search_later:
            raise NotQuick("the search index is left for later")
        if options.strict and (last.get("warnings") or last.get("refused")):
            raise NotQuick("--strict and the last build had warnings")
        snap = Snapshot.open(folder_of(self.state_file))
        if snap is None:
            raise NotQuick("no snapshot of the last build")
        meta = snap.meta
        if meta.get("outside") != fingerprint.outside or meta.get("settings") != settings_text(
                self.settings):
            raise NotQuick("something besides content/ changed")
        if (not state.split_unchanged(last, fingerprint) or last.get("search_pending")
                or meta.get("whole") != last.get("fingerprint")
                or meta.get("output") != last.get("output")
                or state.output_id(self.output) != last.get("output")):
            raise NotQuick("the snapshot is not of the current site")
        folders = meta["folders"]
        now = {folder: rows for folder, rows in fingerprint.content_folders()}
        if now.keys() != folders.keys():
            raise NotQuick("a content folder was added or removed")
        if meta.get("rest") != fingerprint.content_rest():
            raise NotQuick("a file of content/ that is not a content file changed")
        changed = {folder: rows for folder, rows in now.items()
                   if folders[folder] != folder_digest(rows)}
        if not changed:
            raise NotQuick("no content file changed")
        if len(changed) > MOST_FOLDERS:
            raise NotQuick(f"{len(changed)} post folders changed (at most {MOST_FOLDERS})")
        self.snap, self.changed = snap, changed

    def prepare(self) -> None:
        """Read the changed posts, render their pages, patch their search shards."""
        snap = self.snap
        assert snap is not None
        owner = snap.meta["folder_post"]
        for folder in self.changed:
            if folder not in owner:
                raise NotQuick(f"{snap.meta['prefix']}{folder} does not hold one post's files")
        try:
            for folder, rows in sorted(self.changed.items()):
                self.new[owner[folder]] = self._read_post(owner[folder], folder, rows)
            self._same_shard_count()
            snap.load(self.new)
            self.pages = snap.pages_showing(self.new)
            self._render()
            self.manifest = _read_manifest(self.manifest_file)
            assert self.snap is not None
            self.count = count = self.snap.meta["shards"]
            self.shards = patch_shards(list(self.new.values()), self.snap.urls, count,
                                       self.manifest, self.config, self.output)
        except NotQuick:
            raise
        except Exception as error:  # the normal path says it, or does without
            raise NotQuick(f"{type(error).__name__}: {error}") from None

    def _read_post(self, post_id: str, folder: str,
                   rows: list[tuple[str, int, int, int]]) -> Post:
        """The post of a changed folder, read whole (`rows`: its files as stat-ed)."""
        from builder.assemble import make_post

        snap = self.snap
        assert snap is not None
        old = snap.post(post_id)
        shown = [f"{snap.meta['prefix']}{folder}/{row[0]}" for row in rows]
        if any(line.startswith(tuple(f"{path}:" for path in shown))
               for line in self.last["warnings"]):
            raise NotQuick(f"{shown[0]}: its files had warnings")
        records = []
        for row, path in zip(rows, shown, strict=True):
            read = read_file(str(self.config.content_dir / folder / row[0]), path,
                             FileStat(*row[1:]), {}, {})
            if not isinstance(read, FileRead) or read.warnings:
                raise NotQuick(f"{path}: an error or a warning (the normal build says it)")
            records.append(read.record)
        posts = [r for r in records if r.kind == "post"]
        notes = [r for r in records if r.kind == "note"]
        comments = [r for r in records if r.kind == "comment"]
        if (len(posts) != 1 or posts[0].meta["id"] != post_id or len(notes) != len(old.notes)
                or len(comments) != len(old.comments)
                or any(r.meta["post"] != post_id for r in notes + comments)):
            raise NotQuick(f"{shown[0]}: a file was added or removed, or moved to another post")
        warnings: list[str] = []
        post = make_post(posts[0], notes, comments, warnings)
        if warnings:
            raise NotQuick(f"{shown[0]}: warnings (the normal build says them)")
        differs = _differs(old, post)
        if differs:
            raise NotQuick(f"{posts[0].path}: its {differs} changed")
        return post

    def _same_shard_count(self) -> None:
        assert self.snap is not None
        meta = self.snap.meta
        total = meta["text"] + sum(search.text_size(post) - search.text_size(self.snap.post(pid))
                                   for pid, post in self.new.items())
        if not self.config.search_shards and (search.shards_for_text(total)
                                              != search.shards_for_text(meta["text"])):
            raise NotQuick("the search shard count would change")
        meta["text"] = total

    def _render(self) -> None:
        from builder.markup import MarkupCache
        from builder.render import Renderer

        snap = self.snap
        assert snap is not None
        renderer = Renderer(self.config, snap.urls, snap.plan, search=snap.meta["search_page"],
                            source_date=self.settings["epoch"],
                            markup_cache=MarkupCache(self.config.root / ".cache" / "markup"))
        before = len(renderer.warnings)
        for page in self.pages:
            self.rendered[page.path] = renderer.render(page)
        if len(renderer.warnings) > before:
            raise NotQuick("a page gave warnings (the normal build says them)")

    # -- writing ---------------------------------------------------------------------------
    def commit(self, result: Any) -> None:
        snap, target, manifest = self.snap, self.output, self.manifest
        assert snap is not None
        live, keys = manifest["live"], manifest["keys"]
        writes = {rel: data for rel, data in self.rendered.items()
                  if live.get(rel) != digest(data)}
        removed: list[str] = []
        for patch in self.shards.values():
            writes.update((rel, data) for rel, data in patch.files.items()
                          if live.get(rel) != digest(data))
            removed += (rel for rel in patch.rels
                        if rel not in patch.files and rel not in patch.same)
        total, images, count, sizes = snap.meta["size"]
        size = SiteSize(total, images, count, dict(sizes))
        for rel in [*writes, *removed]:
            keys.pop(rel, None)
            with contextlib.suppress(FileNotFoundError):
                _resize(size, rel, (target / rel).stat().st_size, -1)
        for patch in self.shards.values():
            for rel in [*patch.files, *patch.same]:
                keys.pop(rel, None)
        try:
            staged = SiteWriter.stage_live(target, dict(sorted(writes.items())))
        except OSError as error:  # nothing of the site was changed
            raise BuildError(f"cannot write the page: {error.strerror}", error.filename) from None
        # a killed edit leaves no manifest: the next build trusts none of the current
        # site's files (as the site writer does while it writes)
        self.manifest_file.unlink(missing_ok=True)
        for tmp, path in staged:
            os.replace(tmp, path)
        for rel, data in writes.items():
            live[rel] = digest(data)
            _resize(size, rel, len(data), 1)
        for rel in removed:
            (target / rel).unlink(missing_ok=True)
            live.pop(rel, None)
        records = self.state_file.with_suffix(".search")
        for k, patch in self.shards.items():
            keys.update((rel, patch.key) for rel in [*patch.files, *patch.same])
            patch.save(records, k)
        write_manifest(self.manifest_file, manifest)
        for k, patch in self.shards.items():
            patch.drop_old(records, k)
        result.changed, result.removed = sorted(writes), sorted(removed)
        result.size, result.pages = size, size.files
        state.save(self.state_file, self.fingerprint, target,
                   {"pages": result.pages, "warnings": result.warnings,
                    "refused": result.refused, "notes": self.last["notes"]})
        digests = {folder: folder_digest(rows) for folder, rows in self.changed.items()}
        snap.update(self.new, digests,
                    {"whole": self.fingerprint.whole, "output": state.output_id(target),
                     "size": size_row(size), "text": snap.meta["text"]})


def _differs(old: Any, new: Any) -> str:
    """The first field that is not text in which two posts (comments, notes) differ."""
    skip = TEXT_FIELDS[type(old)]
    for field in dataclasses.fields(old):
        if field.name in skip:
            continue
        a, b = getattr(old, field.name), getattr(new, field.name)
        if field.name in ("comments", "notes"):
            if len(a) != len(b):
                return field.name
            for x, y in zip(a, b, strict=True):
                inner = _differs(x, y)
                if inner:
                    return f"{field.name[:-1]} {inner}"
        elif a != b:
            return field.name
    return ""


def _stat(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _read_manifest(path: Path) -> dict[str, Any]:
    found = read_manifest(path)
    if found is None or not isinstance(found.get("live"), dict):
        raise NotQuick("the site writer's manifest is not readable")
    found.setdefault("keys", {})
    return found


def _resize(size: SiteSize, rel: str, length: int, sign: int) -> None:
    size.total += sign * length
    size.files += sign
    if rel.startswith(IMAGES):
        size.images += sign * length
    size.sizes.pop(rel, None)
    if sign > 0 and length > WARN_FILE:
        size.sizes[rel] = length
