"""A one-off build lays its model out again after reading it (builder.compact): the
copy must be the same archive, field for field, or pages would change."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.compact import packed, unpacked
from builder.load import load_archive


@pytest.mark.parametrize("drafts", [False, True])
def test_the_laid_out_copy_is_the_same_archive(repo_root: Path, drafts: bool) -> None:
    archive = load_archive(repo_root / "content", repo_root, drafts=drafts)
    assert archive.posts and any(post.comments for post in archive.posts)
    copy = unpacked(packed(archive))
    assert copy == archive
    assert [post.comments for post in copy.posts] == [post.comments for post in archive.posts]
    assert copy.posts[0] is not archive.posts[0]  # new objects, not the ones read


def test_bytes_that_are_not_an_archive_are_refused() -> None:
    with pytest.raises(TypeError, match="not an archive"):
        unpacked(packed(()))  # type: ignore[arg-type]
