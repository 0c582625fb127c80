"""builder.file_write: a page written with the system's calls alone holds exactly its
bytes, in folders made as needed, over whatever the file held before."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from builder.file_write import write_file


def test_a_file_holds_its_bytes_in_folders_made_for_it(tmp_path: Path) -> None:
    data = "é".encode() * 100_000  # 200 kB
    write_file(f"{tmp_path}/2016/02/a-post/index.html", data)
    assert (tmp_path / "2016/02/a-post/index.html").read_bytes() == data
    write_file(f"{tmp_path}/2016/02/b-post/index.html", b"")  # beside it, empty
    assert (tmp_path / "2016/02/b-post/index.html").read_bytes() == b""
    mode = (tmp_path / "2016/02/a-post/index.html").stat().st_mode & 0o777
    assert mode == 0o666 & ~_umask()


def test_a_shorter_text_replaces_a_longer_one_whole(tmp_path: Path) -> None:
    write_file(f"{tmp_path}/page.html", b"a long old page" * 100)
    write_file(f"{tmp_path}/page.html", b"new")
    assert (tmp_path / "page.html").read_bytes() == b"new"


def test_a_file_where_a_folder_should_be_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "taken").write_bytes(b"a file, not a folder")
    with pytest.raises(OSError):
        write_file(f"{tmp_path}/taken/index.html", b"x")
    assert (tmp_path / "taken").read_bytes() == b"a file, not a folder"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
