"""One broken content file gives one error: notes and comments left without their
post are folded under the root cause instead of one line each.

Takes: the errors of the files read, and the note/comment files whose `post:`
names no post.  Gives: the errors to report, root causes first.
"""

from __future__ import annotations

from collections import defaultdict
from posixpath import dirname

from builder.errors import ArchiveError, ContentError


def fold_orphans(errors: list[ArchiveError], orphans: dict[str, list[str]],
                 posts: dict[str, str]) -> list[ArchiveError]:
    """`orphans`: post id -> paths of the files naming it; `posts`: post id -> its file."""
    out = list(errors)
    broken = {dirname(e.path): n for n, e in enumerate(out) if e.path}
    folder_post = {dirname(path): pid for pid, path in posts.items()}
    for post_id, paths in sorted(orphans.items()):
        by_folder: dict[str, list[str]] = defaultdict(list)
        for path in paths:
            by_folder[dirname(path)].append(path)
        for folder, group in by_folder.items():
            if folder in broken:  # the post file there is broken: say it once, there
                n = broken[folder]
                root = out[n]
                out[n] = ContentError(f"{root.message}; until it is fixed, the {len(group)} "
                                    "note and comment file(s) beside it are left out",
                                    root.path, root.line, root.hint)
                continue
            more = f" (and {len(group) - 1} more file(s) in {folder}/)" if len(group) > 1 else ""
            other = folder_post.get(folder)
            hint = (f"this folder's post.md has id '{other}': set `post: \"{other}\"` or "
                    "change that id back" if other else
                    "move the file into its post's folder, or set `post:` to an existing id")
            out.append(ContentError(f"belongs to post '{post_id}', which no content file "
                                    f"defines{more}", sorted(group)[0], 1, hint))
    return out
