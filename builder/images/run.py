"""`archive images`: every picture the content shows, fetched once and stored.

Takes: the content files (and optionally a mirror folder).  Gives: pictures in the
store (`builder.images.store`), content files pointing at them, and the list of
pictures that could not be had, each with where it is shown and why.  A picture
that could not be had keeps its address; the page shows it as a link.
"""

from __future__ import annotations

import base64
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote_to_bytes

from builder.config import SiteConfig
from builder.frontmatter import split_file
from builder.images.blogger import fetch_address, wayback
from builder.images.fetch import (
    Fetcher,
    FetchOptions,
    Refused,
    check_picture,
    mirror_file,
    read_mirror,
)
from builder.images.refs import find
from builder.images.rewrite import picture_key, rewrite_file
from builder.images.store import FOLDER, Store
from builder.report import Reporter


@dataclass
class Wanted:
    """One picture to have, and everywhere it is shown."""

    key: str
    address: str | None  # full size; None for a data: image
    network: str | None  # where the network has it (a Wayback copy: the archive)
    data_url: str | None = None
    sources: set[str] = field(default_factory=set)
    shown: list[str] = field(default_factory=list)  # "content/...md:LINE"


@dataclass(frozen=True, slots=True)
class Failure:
    where: str
    address: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: image {self.address} not fetched: {self.reason}"


@dataclass
class ImagesResult:
    stored: int = 0  # pictures fetched and stored by this run
    known: int = 0  # pictures stored by an earlier run
    rewritten: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    requests: int = 0


def content_files(content_dir: Path) -> list[Path]:
    files = []
    for path in sorted(content_dir.rglob("*.md")):
        rel = path.relative_to(content_dir).parts
        if not any(part.startswith(".") for part in rel) and rel[0] != FOLDER:
            files.append(path)
    return files


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def wanted_pictures(config: SiteConfig) -> tuple[dict[str, Wanted], list[Path]]:
    """Every picture shown by a content file that is not stored yet, and the files."""
    wanted: dict[str, Wanted] = {}
    files = []
    for path in content_files(config.content_dir):
        try:
            _, body, body_line = split_file(path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError, ValueError):
            continue  # `archive check` reports unreadable content files
        refs = [ref for ref in find(body) if not ref.local]
        if refs:
            files.append(path)
        for ref in refs:
            key = picture_key(ref)
            if key not in wanted:
                address = fetch_address(ref.src, ref.href)
                archived = wayback(ref.src) or (wayback(ref.href) if ref.href else None)
                network = archived.image_url(address) if archived and address else address
                wanted[key] = Wanted(key, address, network,
                                     ref.src if address is None else None)
            wanted[key].sources.add(ref.src if address is not None else key)
            where = f"{_display(path, config.root)}:{body_line + ref.line - 1}"
            wanted[key].shown.append(where)
    return wanted, files


class _Earlier(Refused):
    """A picture an earlier run could not have for good (not tried again)."""


def decode_data_url(url: str) -> bytes:
    head, comma, payload = url.partition(",")
    if not comma:
        raise Refused("a data: address without data")
    if head.lower().endswith(";base64"):
        try:
            return base64.b64decode(payload.strip(), validate=False)
        except ValueError:
            raise Refused("a data: address with bad base64") from None
    return unquote_to_bytes(payload)


class _Progress:
    """`images: 12/40` redrawn in place, only when stderr is a terminal."""

    def __init__(self, total: int, reporter: Reporter) -> None:
        self.total, self.done = total, 0
        self.on = total > 0 and reporter.verbosity >= 1 and sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.on:
            filled = 30 * self.done // self.total
            sys.stderr.write(f"\rimages [{'#' * filled}{' ' * (30 - filled)}] "
                             f"{self.done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.on:
            sys.stderr.write("\n")


def fetch_images(config: SiteConfig, reporter: Reporter, mirror: Path | None = None,
                 offline: bool = False, retry: bool = False,
                 options: FetchOptions | None = None) -> ImagesResult:
    """Fetch, store and point the content at every picture; never raises for one."""
    store = Store(config.content_dir)
    wanted, files = wanted_pictures(config)
    result = ImagesResult()
    stored: dict[str, str] = {}
    todo = []
    for item in wanted.values():
        name = next((n for s in sorted(item.sources) if (n := store.known(s))), None)
        if name is not None:
            stored[item.key], result.known = name, result.known + 1
        else:
            todo.append(item)
    fetcher = Fetcher(options)
    progress = _Progress(len(todo), reporter)

    def one(item: Wanted) -> tuple[Wanted, str | None, str | None, Refused | None]:
        try:
            name, origin = _have(item, store, fetcher, mirror, offline, retry)
            return item, name, origin, None
        except Refused as exc:
            return item, None, None, exc

    earlier: set[str] = set()
    with ThreadPoolExecutor(max_workers=fetcher.options.workers) as pool:
        futures = [pool.submit(one, item) for item in todo]
        for future in as_completed(futures):
            item, name, origin, error = future.result()
            if name is not None and origin is not None:
                store.record(name, sorted(item.sources), origin)
                stored[item.key] = name
                result.stored += 1
            elif isinstance(error, _Earlier):
                earlier.add(item.key)
            elif error is not None:
                store.fail(item.address or item.key, error.reason, error.permanent)
            progress.step()
    progress.close()
    if todo or store.sidecar.is_file():
        store.save()
    result.requests = fetcher.requests
    for path in files:
        if rewrite_file(path, stored, store):
            result.rewritten.append(_display(path, config.root))
    for item in wanted.values():
        if item.key not in stored:
            reason = store.failed.get(item.address or item.key, {}).get("reason", "not fetched")
            if item.key in earlier:
                reason += " (in an earlier run; --retry tries again)"
            shown = item.address or "(data: image)"
            result.failures.extend(Failure(where, shown, reason) for where in item.shown)
    return result


def _have(item: Wanted, store: Store, fetcher: Fetcher, mirror: Path | None, offline: bool,
          retry: bool) -> tuple[str, str]:
    """(stored name, where the bytes came from) for one picture, or Refused."""
    if item.data_url is not None:
        data = decode_data_url(item.data_url)
        return store.put(data, check_picture(data)), "data: address"
    assert item.address is not None and item.network is not None
    earlier = store.failed.get(item.address)
    if earlier and earlier.get("permanent") and not retry:
        raise _Earlier(str(earlier.get("reason")))
    if mirror is not None:
        file = mirror_file(mirror, item.address)
        if file is not None:
            try:
                data = read_mirror(file, fetcher.options)
                return store.put(data, check_picture(data)), f"mirror:{item.address}"
            except Refused as exc:
                if offline:  # the network may still have it: not for good
                    raise Refused(f"the mirror's file is {exc.reason}", False) from None
        elif offline:
            raise Refused("not in the mirror", False)
    if offline:
        raise Refused("not fetched (--offline)", False)
    data = fetcher.fetch(item.network)
    return store.put(data, check_picture(data)), item.network


def not_fetched(config: SiteConfig) -> list[Failure]:
    """Every picture the content shows from elsewhere, with the reason (`archive check`)."""
    store = Store(config.content_dir)
    wanted, _ = wanted_pictures(config)
    failures: list[Failure] = []
    for item in wanted.values():
        if any(store.known(source) for source in item.sources):
            continue  # stored: `archive images` will point the content at it
        failed = store.failed.get(item.address or item.key)
        reason = str(failed["reason"]) if failed else "not fetched yet (run 'archive images')"
        failures.extend(Failure(where, item.address or "(data: image)", reason)
                        for where in item.shown)
    return sorted(failures, key=lambda f: f.where)


def run_images(config: SiteConfig, mirror: Path | None, strict: bool, offline: bool,
               retry: bool, reporter: Reporter, timeout: float | None = None) -> int:
    """`archive images`: one line per picture not had, a summary; exit code."""
    if mirror is not None and not mirror.is_dir():
        reporter.error(f"{mirror}: no such folder (--mirror)")
        return 2
    options = FetchOptions(timeout=timeout) if timeout else None
    result = fetch_images(config, reporter, mirror=mirror, offline=offline, retry=retry,
                          options=options)
    for failure in result.failures:
        reporter.warn(str(failure))
    reporter.stage(f"images: {result.stored} fetched, {result.known} already stored, "
                   f"{len(result.rewritten)} content file(s) rewritten, "
                   f"{len({f.address for f in result.failures})} not fetched")
    if result.failures and strict:
        reporter.error(f"{len(result.failures)} image(s) not fetched (--strict)")
        return 1
    return 0

