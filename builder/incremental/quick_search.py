"""A quick edit's search shards (`quick.py`): each shard of an edited post patched
from its bundle in the current site and the record of what that bundle was made
from (`builder.search_patch`, the normal path's patch), with no other post loaded:
the record's (URL, digest) of each page, in page order, stands for them.  With the
bundle's form beside the record (`builder.search_form`), only what the edited pages
touch is decoded, encoded and written; the shard's other files stay where they are.
The shard's files, key, record and form are found as the normal path finds them
(`search_write.ShardRecords`, given the manifest's view of the current site).

The shard's key is made as the normal path makes it (`reuse.shard_key` of its
documents' URLs and digests, a post's digest `PageKeys.object_digest`, from its
content alone); the record's pages give the old key again, which checks that they
are in the order the key takes them (archive order: newest first, undated last).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from builder import search
from builder.config import SiteConfig
from builder.incremental.keys import PageKeys
from builder.incremental.reuse import SEARCH_FOLDER, shard_key
from builder.model import Post


class NotQuick(Exception):
    """Why the edit takes the normal path."""


@dataclass
class ShardPatch:
    """Shard k's new bundle: the key of its files, its files (site paths) but those
    left as they are (`same`), the current site's files of the shard, the record and
    form of the new bundle."""

    old_key: str
    key: str
    files: dict[str, bytes]
    same: list[str]
    rels: list[str]
    record: Any
    form: Any
    indexed: int  # posts Pagefind indexed
    kept: int  # posts taken over
    in_place: bool  # patched from the form (only what the edited pages touch)

    def save(self, records: Path, k: int) -> None:
        from builder.search_write import keep_record

        keep_record(records, k, self.record, self.form, self.old_key)

    def drop_old(self, records: Path, k: int) -> None:
        if self.old_key != self.key:
            (records / f"s{k}-{self.old_key}.rec").unlink(missing_ok=True)


def patch_shards(posts: list[Post], urls: Any, count: int, manifest: dict[str, Any],
                 config: SiteConfig, output: Path) -> dict[int, ShardPatch]:
    """The patch of each shard of `posts` (edited, their URLs unchanged); NotQuick when
    one cannot be patched."""
    by_shard: dict[int, list[Post]] = {}
    for post in posts:
        by_shard.setdefault(search.shard_of(post.id, count), []).append(post)
    common = search.common_key(config.language)
    return {k: _patch(k, found, urls, count, manifest, config, output, common)
            for k, found in sorted(by_shard.items())}


def _patch(k: int, posts: list[Post], urls: Any, count: int, manifest: dict[str, Any],
           config: SiteConfig, output: Path, common: str) -> ShardPatch:
    from builder.search_bundle import INDEX_CHUNK_BYTES
    from builder.search_patch import Record, patch_files
    from builder.search_write import ShardRecords

    # the current site is where the new files go: every file of it is "ready" (reuse)
    site = SimpleNamespace(live=manifest["live"], live_keys=manifest["keys"],
                           reuse=manifest["live"], target=output)
    shard = ShardRecords(site, config)
    rels, key = shard.live(k)
    base = shard.base(k, {})
    label = f"{common}\0{k}/{count}"
    if base is None or key is None or shard_key(base.record.pages, label) != key:
        raise NotQuick(f"search shard {k} has no record of its bundle")
    record, prefix = base.record, SEARCH_FOLDER + search.shard_folder(k)
    digests = dict(record.pages)
    items: dict[str, Post] = {}
    digest_of = PageKeys("", lambda value: None, None, lambda name: None, again=False)
    for post in posts:
        url = urls.post_url(post)
        if url not in digests:
            raise NotQuick(f"search shard {k} does not have {url}")
        digests[url], items[url] = digest_of.object_digest(post), post

    patched = patch_files(base._replace(digests=digests),
                          [(url, items.get(url)) for url, _ in record.pages],
                          config.language, k, INDEX_CHUNK_BYTES, common)
    if patched is None:
        raise NotQuick(f"search shard {k} cannot be patched")
    pages = [(url, digests[url]) for url, _ in record.pages]
    metas = [name for name in [*patched.files, *patched.same] if name.endswith(".pf_meta")]
    if len(metas) != 1:
        raise NotQuick(f"search shard {k}: not one meta file")
    new_key = shard_key(pages, label)
    return ShardPatch(key, new_key, {prefix + name: data for name, data in patched.files.items()},
                      [prefix + name for name in patched.same], rels,
                      Record(new_key, common, INDEX_CHUNK_BYTES, metas[0], pages, patched.cut),
                      patched.form, patched.indexed, len(pages) - patched.indexed,
                      patched.in_place)
