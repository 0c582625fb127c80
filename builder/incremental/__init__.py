"""Incremental building, in one place: what a build may reuse of the last one.

- `keys.py`: a page's key, a stable hash of its template and whole context.
- `heads.py`: which templates show of a tag or commenter only its head.
- `reuse.py`: unchanged pages and search shards taken over from the current site.
- `memory.py`: what `archive serve` keeps between builds.
- `state.py`: the site key and `archive build`'s no-change check.
- `quick.py` (with `quick_search.py`): `archive build` after a small text edit, from
  the last build's snapshot (`snapshot.py` writes it, `snapshot_read.py` reads it).

The stages (load, plan, render, search, output) know nothing of this; the
pipeline (`builder.build`) hands them what this package kept.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from builder.incremental.keys import KeyMemo, PageKeys
    from builder.incremental.memory import BuildMemory, Outcome, Remembered

# imported when first used: `archive build` with nothing changed needs only `state`
_LAZY = {"KeyMemo": "keys", "PageKeys": "keys", "BuildMemory": "memory", "Outcome": "memory",
         "Remembered": "memory"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)


__all__ = ["BuildMemory", "KeyMemo", "Outcome", "PageKeys", "Remembered"]
