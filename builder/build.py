"""The one pipeline: split -> load -> plan -> render -> write, atomically.

Takes: the site config.  Gives: a complete site in `_site/` (or `-o DIR`) and a
`BuildResult`; on any failure the previous site is left untouched.

Speed (issue 7): Markdown is cached per document (`builder.markup`); pages are
rendered by forked worker processes sharing the model, each writing its own
files; unchanged files are hard-linked from the previous build; and when no input
changed at all (same content, templates, static files, config, options and code)
the build stops after a stat of every input file.
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder import __version__, search
from builder.config import SiteConfig
from builder.errors import ArchiveError, BuildError
from builder.load import ContentIndex
from builder.markup import RENDERER_VERSION, MarkupCache, worker_count
from builder.output import SiteWriter
from builder.plan import Page, plan_site
from builder.render import Renderer
from builder.report import Reporter
from builder.split import split_for_build
from builder.urls import Urls

PARALLEL_MIN_PAGES = 400
CHUNK = 250
STATE_VERSION = "2"
SEARCH_FOLDER = "pagefind/"


@dataclass
class BuildResult:
    output: Path
    pages: int = 0  # files written (pages, static files, .nojekyll, ...)
    changed: list[str] = field(default_factory=list)  # site paths whose bytes changed
    warnings: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    seconds: float = 0.0
    removed: list[str] = field(default_factory=list)
    skipped: bool = False  # nothing changed since the last build
    search_pending: bool = False  # search_later: the search index is out of date


@dataclass
class BuildMemory:
    """What a build may keep for the next one in the same process (serve's session,
    `builder.session`): the plan's per-post work, page keys, the site writer's
    record of its folders, and the archive the search index is made from."""

    plan_memo: dict[str, Any] = field(default_factory=dict)
    key_memo: dict[str, Any] = field(default_factory=dict)
    writer: dict[str, Any] | None = None
    search_inputs: tuple[Any, ...] = ()  # (archive, urls, stamps) of the last build


# -- no-change detection --------------------------------------------------------------
def _inputs_fingerprint(config: SiteConfig, options: dict[str, Any]) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(json.dumps({**options, "v": [__version__, RENDERER_VERSION, STATE_VERSION]},
                             sort_keys=True).encode())
    code = Path(__file__).parent
    lines: list[str] = []
    for folder in (config.content_dir, config.templates_dir, config.static_dir, code):
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


def _state_file(config: SiteConfig, output: Path) -> Path:
    name = hashlib.blake2b(str(output.resolve()).encode(), digest_size=8).hexdigest()
    return config.root / ".cache" / f"build-{name}.json"


def _output_stamp(output: Path) -> list[int] | None:
    try:
        st = output.stat()
    except OSError:
        return None
    return [st.st_ino, st.st_mtime_ns]


def _unchanged(state_file: Path, fingerprint: str, output: Path) -> dict[str, Any] | None:
    try:
        state = json.loads(state_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if state.get("fingerprint") == fingerprint and state.get("output") == _output_stamp(output):
        return dict(state)
    return None


def _save_state(state_file: Path, fingerprint: str, output: Path, result: BuildResult) -> None:
    try:
        state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = state_file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"fingerprint": fingerprint, "output": _output_stamp(output),
                                   "pages": result.pages, "warnings": result.warnings,
                                   "refused": result.refused}), encoding="utf-8")
        os.replace(tmp, state_file)
    except OSError:
        pass


# -- rendering in worker processes ------------------------------------------------------
_JOB: tuple[list[Page], Renderer, SiteWriter, str] | None = None


RangeResult = tuple[list[tuple[str, str, str | None]], int, list[str], tuple[Any, ...] | None]


def _render_range(bounds: tuple[int, int]) -> RangeResult:
    """Render pages[start:end]: ((path, hash) written, count, warnings, error or None)."""
    assert _JOB is not None
    pages, renderer, writer, site_key = _JOB
    changed: list[tuple[str, str, str | None]] = []
    start, end = bounds
    before = len(renderer.warnings)
    try:
        for page in pages[start:end]:
            key = renderer.page_key(page, site_key)
            h = writer.reuse_live(page.path, key)
            if h is None:
                h = writer.put(page.path, renderer.render(page))
            changed.append((page.path, h, key))
    except ArchiveError as exc:
        return changed, end - start, renderer.warnings[before:], (exc.message, exc.path,
                                                                  exc.line, exc.hint)
    except OSError as exc:
        return changed, end - start, renderer.warnings[before:], (
            f"cannot write the page: {exc.strerror}", exc.filename, None, None)
    return changed, end - start, renderer.warnings[before:], None


def _chunks(total: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, CHUNK):
        yield start, min(total, start + CHUNK)


def render_pages(pages: list[Page], renderer: Renderer, writer: SiteWriter,
                 reporter: Reporter, workers: int | None = None, site_key: str = ""
                 ) -> tuple[list[str], list[str]]:
    """Render and write every page; returns (changed paths, warnings)."""
    global _JOB
    changed: list[str] = []
    if writer.live_keys:  # an incremental build: most pages are the current site's
        pages = _reuse_unchanged(pages, renderer, writer, site_key, changed)
    elif renderer.key_memo is not None:
        # serve's session keeps every page's key for its next build: worked out here,
        # not in the forked workers (whose memory goes with them)
        for page in pages:
            renderer.page_key(page, site_key)
    _JOB = (pages, renderer, writer, site_key)
    count = worker_count(workers)
    warnings: list[str] = []
    done, last = 0, time.monotonic()
    try:
        if count == 1 or len(pages) < PARALLEL_MIN_PAGES:
            results: Iterator[Any] = map(_render_range, _chunks(len(pages)))
            pool = None
        else:
            renderer.warm_keys(p.context["post"] for p in pages if p.template == "post.html")
            for name in sorted({p.template for p in pages}):
                renderer.env.get_template(name)  # compile once, before forking
            # the model's objects stay out of the collector's reach: a collection in a
            # worker would otherwise write to every object's header and copy the
            # parent's pages (the model is 2.5 GB at 100,000 posts)
            gc.freeze()
            pool = multiprocessing.get_context("fork").Pool(count)
            results = pool.imap(_render_range, _chunks(len(pages)))
        try:
            for written, number, part_warnings, error in results:
                if error is not None:
                    raise BuildError(*error)
                for path, h, key in written:
                    writer.record(path, h, key)
                    if writer.changed(path, h):
                        changed.append(path)
                warnings.extend(part_warnings)
                done += number
                if time.monotonic() - last > 2 and done < len(pages):
                    reporter.stage(f"  rendered {done:,} of {len(pages):,} pages")
                    last = time.monotonic()
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
    finally:
        _JOB = None
    return changed, warnings


def warn(result: BuildResult, strict: bool, reporter: Reporter, outcome: str) -> None:
    """Print the warnings; under --strict, warnings and refused dumps fail the build."""
    for line in result.warnings:
        reporter.warn(line)
    if strict and (result.warnings or result.refused):
        count = len(result.warnings) + len(result.refused)
        raise BuildError(f"--strict: {count} warning(s) or refused dump(s); {outcome}")


def _reuse_unchanged(pages: list[Page], renderer: Renderer, writer: SiteWriter, site_key: str,
                     changed: list[str]) -> list[Page]:
    """Take over every page whose input key is the current site's; the rest, to render
    (here, before forking: a one-post edit renders a few pages, in this process)."""
    todo = []
    for page in pages:
        key = renderer.page_key(page, site_key)
        h = writer.reuse_live(page.path, key)
        if h is None:
            todo.append(page)
            continue
        writer.record(page.path, h, key)
        if writer.changed(page.path, h):
            changed.append(page.path)
    return todo


def write_search(archive: Any, urls: Urls, writer: SiteWriter, config: SiteConfig,
                 reporter: Reporter, later: bool = False,
                 stamps: dict[str, str] | None = None,
                 shards: list[list[Any]] | None = None, quick: bool = False) -> bool:
    """The Pagefind bundles of the `shards` (the posts of each; default: one) into
    pagefind/ (shard 0) and pagefind/s<k>/ (a shard with no posts has none), through
    the writer (only changed files are written).  A shard whose documents are those
    of the current site's is taken over as it is (hard links) and Pagefind does not
    run for it: a one-post edit re-indexes one shard.  With `later`, when some shard
    would need indexing again, the current site's bundles are taken over as they
    are, out of date, and True is returned: the next build indexes.  With `quick` as
    well (serve's session, whose search pass comes a second later), the current
    bundles are taken over without working out whether they are up to date: the
    pass does that."""
    if later and quick and _keep_stale_bundle(writer):
        return True
    common = search.common_key(config.language)
    groups = shards if shards is not None else [list(archive.posts)]
    live: dict[str, list[str]] = {}  # input key -> the current site's search files
    for rel, old in writer.live_keys.items():
        if rel.startswith(SEARCH_FOLDER):
            live.setdefault(old, []).append(rel)
    todo: list[tuple[int, list[Any], str]] = []
    for k, posts in enumerate(groups):
        if k and not posts:
            continue
        if stamps is not None and all(post.id in stamps for post in posts):
            # a post's stamp stands for its document (as for its page): no documents to make
            inputs = [(urls.post_url(post), "stamp " + stamps[post.id]) for post in posts]
        else:
            inputs = [(urls.post_url(post), search.search_document(post, config.language))
                      for post in posts]
        key = search.bundle_key(inputs, config.language, f"{k}/{len(groups)}", common)
        if not _reuse_shard(writer, k, key, live.get(key, [])):
            todo.append((k, posts, key))
    if not todo:
        reporter.info("search: no searchable text changed; index kept")
        return False
    if later and _keep_stale_bundle(writer):
        reporter.info("search: index left out of date for now")
        return True
    try:
        results = search.index_shards([(k, posts) for k, posts, _ in todo], urls.post_url,
                                      config.language)
    except BuildError:
        # serve stopped this search pass for a new edit: keep the pages, not the index
        if search.stop_requested() and _keep_stale_bundle(writer):
            return True
        raise
    for k, _, key in todo:
        for name, data in sorted(results[k].files.items()):
            rel = SEARCH_FOLDER + search.shard_folder(k) + name
            writer.write(rel, data)
            writer.keys[rel] = key
    indexed = sum(results[k].documents for k, _, _ in todo)
    reporter.info(f"search: indexed {indexed:,} posts with their notes and comments "
                  f"({len(todo)} of {len(groups)} shard(s))")
    return False


def search_shards(archive: Any, config: SiteConfig) -> list[list[Any]]:
    """The posts of each search shard (`search_shards` in site.yaml)."""
    return search.shard_posts(archive.posts,
                              search.shard_count(archive.posts, config.search_shards))


def _reuse_shard(writer: SiteWriter, k: int, key: str, made_from_key: list[str]) -> bool:
    """Take over shard k's files when the current site's were made from `key`
    (`made_from_key`: the current site's search files made from it)."""
    previous = sorted(rel for rel in made_from_key
                      if search.shard_of_file(rel[len(SEARCH_FOLDER):]) == k)
    if not previous or not all(writer.reuse_live(rel, key) for rel in previous):
        return False
    for rel in previous:
        writer.record(rel, str(writer.live[rel]), key)
    return True


def _keep_stale_bundle(writer: SiteWriter) -> bool:
    """Take the current site's search bundle over as it is; False when there is none."""
    stale = sorted(rel for rel in writer.live if rel.startswith(SEARCH_FOLDER))
    if not stale or not all(writer.take_live(rel) for rel in stale):
        return False
    for rel in stale:
        writer.record(rel, str(writer.live[rel]))  # no key: the next build indexes
    return True


def site_key(config: SiteConfig, options: dict[str, Any]) -> str:
    """What every page depends on: templates, config, options and our code (bytes)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((config, sorted(options.items()), __version__, RENDERER_VERSION,
                        STATE_VERSION)).encode())
    for folder in (config.templates_dir, Path(__file__).parent):
        for file in sorted(folder.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(file.as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def _unique(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(lines))


def _source_date() -> str | None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(epoch)))


def start_result(config: SiteConfig, base_url: str | None, output: Path | None,
                 strict: bool, drafts: bool) -> tuple[BuildResult, dict[str, Any]]:
    """The result to fill and the build's options (all that its output depends on
    besides the inputs)."""
    output = Path(output) if output is not None else config.output_dir
    if not output.is_absolute():
        output = Path.cwd() / output
    options: dict[str, Any] = {
        "base_url": base_url or config.base_url, "drafts": drafts, "strict": strict,
        "output": str(output), "epoch": _source_date()}
    return BuildResult(output=output), options


def build_site(config: SiteConfig, *, base_url: str | None = None, output: Path | None = None,
               strict: bool = False, drafts: bool = False, reporter: Reporter,
               workers: int | None = None, search_later: bool = False) -> BuildResult:
    """Build the whole site atomically; raises ArchiveError/ErrorList on failure.

    `search_later` (for `archive serve`): when the search index must be made again
    (Pagefind takes ~2 s per 1,000 posts), keep the current one, out of date, and
    set `result.search_pending`; building again without it brings the index (and
    only it) up to date."""
    started = time.perf_counter()
    result, options = start_result(config, base_url, output, strict, drafts)
    output = result.output
    result.refused = split_for_build(config, reporter)
    fingerprint = _inputs_fingerprint(config, options)
    state_file = _state_file(config, output)
    state = _unchanged(state_file, fingerprint, output)
    if state is not None:
        result.pages, result.skipped = int(state["pages"]), True
        result.warnings = list(state["warnings"])  # refused: split's fresh list, above
        warn(result, strict, reporter, "the site was not rebuilt")
        reporter.stage("nothing changed since the last build")
        result.seconds = time.perf_counter() - started
        return result
    reporter.stage("loading content/")
    index = ContentIndex(config.content_dir, config.root, config.root / ".cache" / "load.marshal")
    index.rescan()
    build_from(config, options, result, index, None, reporter, workers, search_later,
               site_key(config, options))
    result.pages = _count_files(output)
    result.seconds = time.perf_counter() - started
    if not result.search_pending:
        _save_state(state_file, fingerprint, output, result)
    return result


def build_from(config: SiteConfig, options: dict[str, Any], result: BuildResult,
               index: ContentIndex, session: BuildMemory | None, reporter: Reporter,
               workers: int | None, search_later: bool, site_key: str) -> None:
    """load -> plan -> render -> write, from the content files as read by `index`;
    with `session`, using and updating what it kept of the last build."""
    output, strict = result.output, bool(options["strict"])
    stamps: dict[str, str] = {}
    archive = index.archive(drafts=bool(options["drafts"]), stamps=stamps)
    result.warnings.extend(archive.warnings)
    urls = Urls.from_base(options["base_url"], config.permalink)
    search_page = (config.templates_dir / "search.html").is_file()
    reporter.stage(f"planning pages for {len(archive.posts):,} posts")
    shards = search_shards(archive, config)
    plan = plan_site(archive, config, urls, search=search_page,
                     memo=session.plan_memo if session is not None else None,
                     search_shards=search.merged_shards(shards))
    result.warnings.extend(plan.warnings)
    # Markdown is rendered (or read from its cache) by the pages that show it: a
    # one-post edit reads a few documents, not all 70,000
    renderer = Renderer(config, urls, plan, {}, search=search_page,
                        source_date=options["epoch"], post_stamps=stamps,
                        markup_cache=MarkupCache(config.root / ".cache" / "markup"),
                        key_memo=session.key_memo if session is not None else None)
    writer = SiteWriter(output, _state_file(config, output).with_suffix(".files.json"),
                        memory=session.writer if session is not None else None)
    writer.start()
    try:
        reporter.stage(f"writing {len(plan.pages):,} pages")
        changed, template_warnings = render_pages(plan.pages, renderer, writer, reporter,
                                                  workers, site_key)
        result.warnings.extend(_unique(template_warnings))
        if config.static_dir.is_dir():
            changed.extend(writer.copy_tree(config.static_dir, "static"))
        extras = {".nojekyll": b""}
        if config.cname:
            extras["CNAME"] = config.cname.encode() + b"\n"
        for name, data in extras.items():
            if writer.write(name, data):
                changed.append(name)
        reporter.stage("search index")
        result.search_pending = write_search(archive, urls, writer, config, reporter,
                                             later=search_later, stamps=stamps,
                                             shards=shards, quick=session is not None)
        writer.drop_stale()
        warn(result, strict, reporter, "the previous site was left as it was")
        result.removed = writer.removed()
        writer.commit()
    except BaseException:
        writer.abort()
        if session is not None:
            session.writer = writer.state
        raise
    if session is not None:
        session.writer = writer.state
        session.search_inputs = (archive, urls, stamps)
        result.pages = len(writer.final)
    result.changed = sorted(changed)


def _count_files(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))


def run_build(config: SiteConfig, base_url: str | None, output: Path | None, strict: bool,
              drafts: bool, reporter: Reporter) -> int:
    """`archive build`: one line per stage, then a summary; exit code."""
    result = build_site(config, base_url=base_url, output=output, strict=strict, drafts=drafts,
                        reporter=reporter)
    for line in result.refused:
        reporter.warn(line)  # worded by split.refused_line, as split, serve and publish say it
    where = _display(result.output)
    if result.skipped:
        reporter.stage(f"{result.pages:,} files in {where} are up to date "
                       f"({result.seconds:.2f} s)")
    else:
        reporter.stage(f"built {result.pages:,} files into {where} "
                       f"({len(result.changed):,} changed) in {result.seconds:.2f} s")
    if result.refused:
        reporter.stage(f"{len(result.refused)} dump(s) refused (listed above)")
    return 0


def _display(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix() + "/"
    except ValueError:
        return str(path) + "/"
