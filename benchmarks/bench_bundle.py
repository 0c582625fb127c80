"""Benchmark the post-processing of Pagefind's files (search_bundle.bundle_files) alone.

Indexes a content folder once with Pagefind and keeps its raw files (`--capture`),
then times `bundle_files` on them and prints a hash of the bundle it gives, so that
two versions of the code can be compared byte for byte on the same Pagefind output:

    .venv/bin/python benchmarks/bench_bundle.py --content DIR --capture /tmp/raw.pickle
    .venv/bin/python benchmarks/bench_bundle.py --raw /tmp/raw.pickle [--repo /work/main]
        [--runs 5] [--profile]

`--repo` imports `builder` from another checkout (the bundle of main, say).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import pstats
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, help="a content folder to index")
    parser.add_argument("--capture", type=Path, help="write Pagefind's raw files here")
    parser.add_argument("--raw", type=Path, help="Pagefind's raw files (from --capture)")
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.repo.resolve()))
    if args.capture:
        return _capture(args.content, args.capture)
    from builder.search_bundle import INDEX_CHUNK_BYTES, bundle_files

    raw = pickle.loads(args.raw.read_bytes())
    size = sum(map(len, raw.values()))
    print(f"raw: {len(raw):,} files, {size / 1e6:.1f} MB")
    times = []
    for _ in range(args.runs):
        started = time.process_time()
        files, cut = bundle_files(dict(raw), 0, INDEX_CHUNK_BYTES)
        times.append(time.process_time() - started)
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name] + b"\0")
    digest.update(repr(sorted(cut.items())).encode())
    print(f"bundle_files: best {min(times):.3f} s CPU, median {sorted(times)[len(times) // 2]:.3f}"
          f" s ({len(files):,} files, {len(cut)} words cut)")
    print(f"bundle sha256: {digest.hexdigest()}")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(bundle_files, dict(raw), 0, INDEX_CHUNK_BYTES)
        pstats.Stats(profile).sort_stats("tottime").print_stats(18)
    return 0


def _capture(content: Path, out: Path) -> int:
    from builder.load import load_archive
    from builder.pagefind import index_documents
    from builder.search import by_date
    from builder.search_documents import document, language_code

    archive = load_archive(content)
    ordered = [(url, post) for _, url, post in by_date(
        [(post.date, f"/p/{post.id}/", post) for post in archive.posts])]
    started = time.perf_counter()
    raw, peak = index_documents(((url, document(post, "en")) for url, post in ordered),
                                len(ordered), language_code("en"))
    print(f"Pagefind: {len(ordered):,} posts in {time.perf_counter() - started:.1f} s,"
          f" peak {peak / 2**20:.0f} MB")
    out.write_bytes(pickle.dumps(raw))
    return 0


if __name__ == "__main__":
    sys.exit(main())
