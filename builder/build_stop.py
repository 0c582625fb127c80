"""Giving a build up: for serve's newer change, and serve's search pass.

Takes: from serve's build process, what says a newer change is waiting
(`stop_when`), and from its search pass's watcher, `stop_search`.  Gives: the
check the pipeline makes between stages (`stop_point`) and whether Pagefind was
told to stop (`stop_requested`).  With `builder.build`, what serve may call.
"""

from __future__ import annotations

from collections.abc import Callable

from builder.errors import BuildStopped

_STOP_WHEN: list[Callable[[], bool]] = []  # serve's build process: a newer change came


def stop_when(newer: Callable[[], bool] | None) -> None:
    """From now on, a build that can be given up (one that reads only the content files
    changed: what serve does with an edit or a check) stops between two stages when
    `newer()` says a newer change is waiting (BuildStopped: the site is left as it was,
    the next build does the work)."""
    _STOP_WHEN[:] = [] if newer is None else [newer]


def stop_point() -> None:
    """Raise BuildStopped when `stop_when`'s check says a newer change is waiting."""
    if _STOP_WHEN and _STOP_WHEN[0]():
        raise BuildStopped("stopped for a newer change")


def search_stop_point() -> None:
    """Raise BuildStopped when `stop_search` was called (serve's search pass)."""
    if stop_requested():
        raise BuildStopped("search: stopped")


def stop_search() -> None:
    """Stop the search indexing running now (from another thread: serve's next edit)."""
    from builder import pagefind

    pagefind.stop_running()


def stop_requested() -> bool:
    """`stop_search` was called (and `allow_search` not yet)."""
    from builder import pagefind

    return pagefind.stop_requested()


def allow_search() -> None:
    from builder import pagefind

    pagefind.allow_running()
