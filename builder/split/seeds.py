"""The seeds folder as a whole: copies of one dump, renamed dumps, deleted dumps.

Takes: the dumps found this run and what split remembers.  Gives: the dumps to
split (a copy of a dump already in the run is split once, with a note; a dump
that reappears under a new name keeps its posts' ids) and the dumps that are
gone, whose posts stay in content/ as orphans until `archive split --prune`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.dumps import State, sha256
from builder.split.store import remove_files


@dataclass
class SeedPlan:
    dumps: list[tuple[Path, str]] = field(default_factory=list)  # to split
    notes: list[str] = field(default_factory=list)
    orphans: dict[str, dict[str, Any]] = field(default_factory=dict)  # gone source -> entry
    digests: dict[str, str] = field(default_factory=dict)  # source -> sha256 of its bytes


def plan_seeds(dumps: list[tuple[Path, str]], state: State, *, whole: bool,
               dry_run: bool, shown: Any) -> SeedPlan:
    """Drop copies, adopt renamed dumps, find the gone ones (when `whole`: all of seeds/)."""
    plan = SeedPlan()
    digests = [sha256(file.read_bytes()) for file, _ in dumps]
    plan.digests = {source: digest for (_, source), digest in zip(dumps, digests, strict=True)}
    present = {source for _, source in dumps}
    known = {entry.get("sha256"): source for source, entry in sorted(state.dumps.items())
             if entry.get("posts") and "same_as" not in entry}
    first: dict[str, str] = {}
    for (_, source), digest in zip(dumps, digests, strict=True):
        if known.get(digest) in present:
            first.setdefault(digest, known[digest])
        first.setdefault(digest, source)
    for (file, source), digest in zip(dumps, digests, strict=True):
        original = first[digest]
        if original != source and file.stat().st_size:
            entry = state.dumps.get(source, {})
            if entry.get("same_as") != original:
                plan.notes.append(f"{shown(file, source)}: the same text as {shown(None, original)}"
                                  "; split once, from that file")
            if not dry_run:
                state.dumps[source] = {"same_as": original, "sha256": digest}
            continue
        old = known.get(digest)
        if whole and old and old not in present and "posts" not in state.dumps.get(source, {}):
            plan.notes.append(f"{shown(file, source)}: the same text as {shown(None, old)}, "
                              "which is gone; its posts now come from this file")
            adopted = state.dumps[source] = state.dumps.pop(old)
            adopted.pop("sha256", None)  # split it again: its posts now name this file
        plan.dumps.append((file, source))
    if whole:
        for source in sorted(set(state.dumps) - present):
            entry = state.dumps[source]
            if entry.get("posts") and "same_as" not in entry:
                plan.orphans[source] = entry
            elif not dry_run:
                del state.dumps[source]  # a copy or a refused dump that is gone: nothing left
    return plan


def orphan_lines(plan: SeedPlan, shown: Any) -> list[str]:
    """One line per gone dump whose posts stay in content/."""
    return [
        f"{shown(None, source)} is gone; its {len(entry['posts'])} post(s) stay in content/ "
        f"({', '.join(entry['posts'][:3])}{', ...' if len(entry['posts']) > 3 else ''}) "
        "(hint: `archive split --prune` removes them)"
        for source, entry in plan.orphans.items()
    ]


def prune(content_dir: Path, plan: SeedPlan, state: State, shown: Any) -> list[str]:
    """Remove the posts of gone dumps; one line per folder removed."""
    lines = []
    for source, entry in plan.orphans.items():
        for folder in remove_files(content_dir, list(entry.get("files", [])), state):
            lines.append(f"removed content/{folder}/ (its dump {shown(None, source)} is gone)")
        del state.dumps[source]
    return lines
