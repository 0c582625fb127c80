"""The no-change `archive build` on a ready content/ folder of any size, without the
full build that would come first.

Takes: a content folder (benchmarks/generate.py --content, e.g. /work/bench/content-100000),
a checkout.  Gives: the wall and CPU time (user + system) of each of `--runs` fresh
`archive -q build` processes that find nothing changed, and how many input files
they looked at.

The project is made in a scratch folder: the checkout's site.yaml, templates/ and
static/, and content/ a symbolic link to the content folder (never written, not even
hard-linked: a link changes each file's ctime under whoever else uses the folder).
Instead of a full build (ten minutes and several GB at 100,000 posts), the state file
such a build leaves is written by the checkout's own `inputs_fingerprint` beside an
empty output folder: the no-change check looks only at the inputs' stats and the
output folder's identity, never inside the site, so what is measured is the very path
a no-change build takes.  The checkout's modules are compiled first (as an installed
package has them), since `python -m builder` runs with PYTHONDONTWRITEBYTECODE.

    python benchmarks/bench_nochange.py --content /work/bench/content-100000 [--runs 3]
        [--checkout DIR] [--before DIR] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure

WRITE_STATE = """
import sys
from pathlib import Path
from builder.build import BuildOptions, settings_of
from builder.config import load_config
from builder.incremental import state
config = load_config(Path.cwd())
settings = settings_of(config, BuildOptions())
found = state.inputs_fingerprint(config, settings)
state.save(state.state_file(config, Path(settings["output"])), found, Path(settings["output"]),
           {"pages": 0, "warnings": [], "refused": [], "notes": []})
"""


def project(root: Path, content: Path, checkout: Path) -> None:
    root.mkdir(parents=True)
    shutil.copy(checkout / "site.yaml", root / "site.yaml")
    for sub in ("templates", "static"):
        shutil.copytree(checkout / sub, root / sub)
    (root / "content").symlink_to(content, target_is_directory=True)
    (root / "_site").mkdir()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--content", type=Path, required=True)
    ap.add_argument("--checkout", type=Path, default=measure.REPO)
    ap.add_argument("--before", type=Path, help="another checkout, its runs alternated with "
                    "--checkout's (each in its own scratch project)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep the scratch projects")
    args = ap.parse_args(argv)
    checkouts = [c.resolve() for c in (args.before, args.checkout) if c is not None]
    scratch = Path(tempfile.mkdtemp(prefix="bench-nochange-"))
    roots, envs = [], []
    try:
        for number, checkout in enumerate(checkouts):
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "builder")],
                           check=True, stdout=subprocess.DEVNULL)
            root, env = scratch / f"site-{number}", measure.archive_env(checkout)
            project(root, args.content.resolve(), checkout)
            subprocess.run([sys.executable, "-c", WRITE_STATE], cwd=root, env=env, check=True)
            roots.append(root)
            envs.append(env)
        files = sum(len(names) for _, _, names in os.walk(roots[0] / "content"))
        print(f"{args.content}: {files:,} content files; {measure.load()}", flush=True)
        runs: list[list[measure.Run]] = [[] for _ in checkouts]
        for _ in range(args.runs):
            for checkout, root, env, done in zip(checkouts, roots, envs, runs, strict=True):
                r = measure.run(measure.archive_argv("-q", "build"), root, env)
                if not r.ok or r.output.strip():
                    print(f"  not a no-change build (exit {r.code}): {r.output.strip()[-300:]}")
                    return 1
                done.append(r)
                print(f"  {checkout.name:>12}: no-change build {measure.fmt_s(r.seconds):>8} "
                      f"CPU {measure.fmt_s(r.cpu_seconds):>8} {measure.fmt_mb(r.memory_mb):>8}"
                      f"  ({measure.load()})", flush=True)
        for checkout, done in zip(checkouts, runs, strict=True):
            print(f"{checkout.name:>12}: fastest {measure.fmt_s(min(r.seconds for r in done))} "
                  f"wall, {measure.fmt_s(min(r.cpu_seconds for r in done))} CPU")
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
