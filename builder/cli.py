"""The `archive` command: thin argparse subcommands, each calling one library function.

Exit codes: 0 done; 1 the work failed (or warnings under --strict); 2 bad usage.
Errors are one line each; a traceback only with --debug.  Each command imports what
it runs when it runs (`archive build` with nothing changed imports almost nothing).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from builder import __version__
from builder.config import PLACEHOLDER, load_config
from builder.errors import ArchiveError, ErrorList
from builder.report import Reporter

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
PROJECT_MARKS = ("site.yaml", "seeds", "content", "templates")  # any one makes a project


def _project(site: Path) -> Path:
    """The project folder, or one clear error before anything is written there."""
    if not any((site / mark).exists() for mark in PROJECT_MARKS):
        raise ArchiveError(
            f"not an archive project: no site.yaml, seeds/, content/ or templates/ in {site}",
            hint="run it in your project, pass --site DIR, or start one with `archive init DIR`",
        )
    return site


def _cmd_split(args: argparse.Namespace, reporter: Reporter) -> int:
    from builder.split import run_split

    config = load_config(_project(args.site))
    paths = [Path(p) for p in args.paths] or None
    return run_split(config, paths, force=args.force, dry_run=args.dry_run,
                     as_json=args.json, review=args.review, prune=args.prune,
                     reporter=reporter)


def _cmd_build(args: argparse.Namespace, reporter: Reporter) -> int:
    from builder.build_command import run_build

    config = load_config(_project(args.site))
    fetched = 0
    if args.fetch_images:  # split first, so that pictures of new dumps are fetched too
        from builder.images.run import run_images
        from builder.split import split_for_build

        split_for_build(config, reporter)
        # pictures not had never stop the build; under --strict they fail it afterwards
        fetched = run_images(config, mirror=None, strict=args.strict, offline=False,
                             retry=False, reporter=reporter)
    code = run_build(config, base_url=args.base_url, output=args.output, strict=args.strict,
                     drafts=args.drafts, reporter=reporter)

    if PLACEHOLDER in config.base_url and not args.base_url:
        reporter.warn(f"site.yaml's base_url is still the example {config.base_url}: set it to "
                      "your site's address (e.g. https://USER.github.io/REPO/) before publishing")
    if code == EXIT_OK and args.output is None:
        reporter.stage("to look at it, run `archive serve --open` (or `make serve`): the site is "
                       "built for its address, so _site/index.html opened from disk will not work")
    return max(code, fetched)


def _cmd_images(args: argparse.Namespace, reporter: Reporter) -> int:
    from builder.images.run import run_images

    config = load_config(_project(args.site))
    return run_images(config, mirror=args.mirror, strict=args.strict, offline=args.offline,
                      retry=args.retry, reporter=reporter, timeout=args.timeout)


def _cmd_serve(args: argparse.Namespace, reporter: Reporter) -> int:
    from builder.serve import run_serve

    config = load_config(_project(args.site))
    return run_serve(config, host=args.host, port=args.port, open_browser=args.open,
                     reporter=reporter)


def _cmd_publish(args: argparse.Namespace, reporter: Reporter) -> int:
    from builder.publish import run_publish

    config = load_config(_project(args.site))
    return run_publish(config, remote=args.remote, branch=args.branch, cname=args.cname,
                       force=args.force, dry_run=args.dry_run, reporter=reporter)


def _cmd_check(args: argparse.Namespace, reporter: Reporter) -> int:
    from builder.check import run_check

    config = load_config(_project(args.site))
    return run_check(config, strict=args.strict, output=args.output, reporter=reporter,
                     old_urls=args.old_urls)


def _cmd_init(args: argparse.Namespace, reporter: Reporter) -> int:
    from builder.scaffold import run_init

    return run_init(Path(args.dir), reporter=reporter, language=args.language)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--site", type=Path, default=argparse.SUPPRESS,
                        help="the archive project folder (default: the current folder)")
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                        help="print errors only")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="print more detail")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show a traceback on errors")

    parser = argparse.ArgumentParser(
        prog="archive", parents=[common],
        description="Turn raw blog page dumps into a static, searchable archive.",
    )
    parser.add_argument("--version", action="version", version=f"archive {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, func: Callable[..., int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    p = command("split", _cmd_split, "split raw dumps (default: seeds/) into content/")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="dump files or folders; with --force, content files or folders whose "
                        "dump version to take")
    p.add_argument("--force", action="store_true",
                   help="take the dump's version of content files you edited (all, or the "
                        "content files given as PATH)")
    p.add_argument("--prune", action="store_true",
                   help="remove the posts of dumps that are gone from seeds/")
    p.add_argument("--dry-run", action="store_true",
                   help="report what would change, write nothing")
    p.add_argument("--json", action="store_true",
                   help="print what was parsed as JSON, write nothing")
    p.add_argument("--review", action="store_true",
                   help="also write split-review.html: each dump beside what was made of it, "
                        "doubtful lines highlighted, dropped lines listed")

    p = command("build", _cmd_build, "split new dumps, then render content/ into _site/")
    p.add_argument("--base-url", help="override site.yaml's base_url (e.g. / for local use)")
    p.add_argument("-o", "--output", type=Path, help="output folder (default: _site/)")
    p.add_argument("--strict", action="store_true", help="treat every warning as a failure")
    p.add_argument("--drafts", action="store_true", help="include posts marked draft: true")
    p.add_argument("--fetch-images", action="store_true",
                   help="first fetch the pictures the content shows (archive images)")

    p = command("images", _cmd_images,
                "fetch every picture the content shows, store it, point the content at it")
    p.add_argument("--mirror", type=Path, metavar="DIR",
                   help="a saved copy of the blog laid out as host/path (wget, HTTrack)")
    p.add_argument("--offline", action="store_true",
                   help="take pictures from the mirror only, never the network")
    p.add_argument("--retry", action="store_true",
                   help="try again pictures an earlier run could not have (404, not a picture)")
    p.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS",
                   help="give up a request after this long (default: 20)")
    p.add_argument("--strict", action="store_true",
                   help="fail when any picture could not be fetched")

    p = command("serve", _cmd_serve, "build, serve locally and rebuild on every change")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--open", action="store_true", help="open the site in a browser")

    p = command("publish", _cmd_publish, "build for production and push to GitHub Pages")
    p.add_argument("--remote", default="origin")
    p.add_argument("--branch", default="gh-pages")
    p.add_argument("--cname", help="custom domain written to CNAME")
    p.add_argument("--force", action="store_true", help="publish even if the branch moved")
    p.add_argument("--dry-run", action="store_true", help="show what would be pushed")

    p = command("check", _cmd_check, "validate content and the built site's links")
    p.add_argument("--strict", action="store_true", help="treat every warning as a failure")
    p.add_argument("-o", "--output", type=Path, help="the built site to check (default: _site/)")
    p.add_argument("--old-urls", type=Path, metavar="FILE",
                   help="old addresses (a list, a Blogger sitemap or export) that must "
                        "still lead to their page")

    p = command("init", _cmd_init, "start a new archive project that builds at once")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--language", default="en", metavar="CODE",
                   help="the language of the pages, e.g. es, de, pt-BR, ar (default: en)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, bad usage exits 2
        return int(exc.code or 0)
    args.site = getattr(args, "site", None) or Path.cwd()
    args.debug = getattr(args, "debug", False)
    verbosity = 0 if getattr(args, "quiet", False) else 2 if getattr(args, "verbose", False) else 1
    reporter = Reporter(verbosity=verbosity)
    try:
        return int(args.func(args, reporter))
    except ErrorList as exc:
        for error in exc.errors:
            reporter.error(str(error))
        return EXIT_FAILED
    except ArchiveError as exc:
        if args.debug:
            raise
        reporter.error(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        reporter.error("interrupted")
        return 130
    except Exception as exc:
        if args.debug:
            raise
        reporter.error(f"internal error: {type(exc).__name__}: {exc} "
                       "(run with --debug for details)")
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
