"""Time `archive images` and the build of its pictures on a synthetic archive.

    .venv/bin/python benchmarks/bench_images.py [--posts 1000] [--per-post 3]

Makes a project whose posts show N Blogger-style pictures each (`[![](.../s320/
p.png)](.../s1600/p.png)`), a mirror holding every picture at full size, then
times: `archive images --mirror --offline` (first run: every picture read,
checked, stored, every post rewritten), a second run (nothing to do), a build,
and a build after one more picture.  Prints seconds and the peak memory of this
process (all runs are in-process).
"""

from __future__ import annotations

import argparse
import io
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from builder.build import build_site
from builder.config import load_config
from builder.images.run import fetch_images
from builder.report import Reporter

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.imageserver import png  # noqa: E402

HOST = "1.bp.blogspot.com"


def make(root: Path, posts: int, per_post: int) -> None:
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, root / sub)
    (root / "site.yaml").write_text('title: "Bench"\n', encoding="utf-8")
    for n in range(posts):
        blocks = []
        for k in range(per_post):
            name = f"-a{n}/b/AAAAAAAAAAA/c{k}"
            (root / "mirror" / HOST / name / "s1600").mkdir(parents=True, exist_ok=True)
            (root / "mirror" / HOST / name / "s1600" / "p.png").write_bytes(
                png(64 + k, 48, n * per_post + k))
            blocks.append(f"[![Picture {k}](http://{HOST}/{name}/s320/p.png)]"
                          f"(http://{HOST}/{name}/s1600/p.png)\nCaption {k}.")
        folder = root / "content" / "2016" / f"post-{n}"
        folder.mkdir(parents=True)
        (folder / "post.md").write_text(
            f'---\ntype: post\nid: post-{n}\ntitle: "Post {n}"\ndate: "2016-02-06"\n---\n'
            "Some text.\n\n" + "\n\n".join(blocks) + "\n", encoding="utf-8")


def timed(label: str, run: object) -> None:
    started = time.perf_counter()
    result = run()  # type: ignore[operator]
    print(f"{label}: {time.perf_counter() - started:.2f} s  {result}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--per-post", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make(root, args.posts, args.per_post)
        config = load_config(root)
        quiet = Reporter(stream=io.StringIO(), verbosity=0)

        def images() -> str:
            r = fetch_images(config, quiet, mirror=root / "mirror", offline=True)
            return f"{r.stored} stored, {r.known} known, {len(r.rewritten)} files rewritten"

        def build() -> str:
            r = build_site(config, reporter=quiet)
            return f"{r.pages} files, images {r.size.images if r.size else 0:,} bytes"

        print(f"{args.posts} posts x {args.per_post} pictures")
        timed("archive images (first run)", images)
        timed("archive images (again: nothing to do)", images)
        timed("archive build", build)
        post = root / "content" / "2016" / "post-0" / "post.md"
        post.write_text(post.read_text("utf-8") + "\nOne more line.\n", encoding="utf-8")
        timed("archive build (one post edited)", build)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
