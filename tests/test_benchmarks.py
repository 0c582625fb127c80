"""The benchmark generator writes what it claims: deterministic dumps, the requested
number of posts and comments (counted from the structure of the bytes it wrote),
and every encoding and line end its manifest names."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATE = ROOT / "benchmarks" / "generate.py"
sys.path.insert(0, str(GENERATE.parent))
import generate as generate_module  # noqa: E402


def generate(out: Path, *args: str, cli: bool = False) -> dict[str, Any]:
    """Run the generator (in this process, or as the command line) and read its manifest."""
    if cli:
        subprocess.run([sys.executable, str(GENERATE), str(out), *args], check=True,
                       capture_output=True)
    else:
        assert generate_module.main([str(out), *args]) == 0
    manifest: dict[str, Any] = json.loads(
        (out.parent / f"{out.name}.manifest.json").read_text(encoding="utf-8"))
    return manifest


def decode(data: bytes, encoding: str) -> str:
    if encoding == "utf-16":
        return data.decode("utf-16")
    return data.decode(encoding)


@pytest.fixture(scope="module")
def thousand(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("gen") / "dumps"
    return out, generate(out, "--posts", "600", "--comments", "6", "--seed", "3")


def test_same_seed_gives_same_bytes_and_another_seed_does_not(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", "--posts", "150", "--seed", "7", cli=True)
    b = generate(tmp_path / "b", "--posts", "150", "--seed", "7")
    c = generate(tmp_path / "c", "--posts", "150", "--seed", "8")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert a["files"] == b["files"]
    assert {f["file"] for f in c["files"]}.isdisjoint(names)


def test_folder_holds_only_dumps_named_by_their_hash(thousand: tuple[Path, dict]) -> None:
    out, manifest = thousand
    files = sorted(out.iterdir())
    assert [p.name for p in files] == sorted(f["file"] for f in manifest["files"])
    for p in files[:50]:
        assert re.fullmatch(r"\d{5}_[0-9a-f]{16}\.txt", p.name)
        assert p.name[6:22] == hashlib.sha256(p.read_bytes()).hexdigest()[:16]


def test_requested_posts_and_about_the_requested_comments(thousand: tuple[Path, dict]) -> None:
    _, manifest = thousand
    assert manifest["posts"] == 600
    assert sum(len(f["posts"]) for f in manifest["files"]) == 600
    assert 0.85 * 3600 <= manifest["comments"] <= 1.15 * 3600
    layouts = Counter(f["layout"] for f in manifest["files"])
    assert set(layouts) == {"wnu", "classic", "mobile", "threaded", "localized", "archive",
                            "archive_plain", "label", "scraper", "personal"}
    languages = {f["language"] for f in manifest["files"]}
    assert languages == {"en", "es", "fr", "de", "pt"}


SAID = re.compile(r"( said\.\.\.| dijo\.\.\.| a dit…| hat gesagt…| disse\.\.\.)$")
NUMBERED = re.compile(r"^ +\d+\. ")
THREAD_TIME = re.compile(r"\d{1,2}:\d\d [AP]M$")


def structural_comments(layout: str, lines: list[str]) -> int:
    """Comments counted from the lines themselves, the way a reader would spot them."""
    if layout == "mobile":
        return sum(bool(NUMBERED.match(x)) for x in lines)
    if layout == "threaded":
        return sum(bool(THREAD_TIME.search(x.strip())) for x in lines)
    return sum(bool(SAID.search(x.strip())) for x in lines)


def test_comments_and_posts_are_really_in_the_text(thousand: tuple[Path, dict]) -> None:
    out, manifest = thousand
    for f in manifest["files"]:
        lines = decode((out / f["file"]).read_bytes(), f["encoding"]).splitlines()
        n_comments = sum(p["comments"] for p in f["posts"])
        if f["layout"] in ("archive", "label"):
            posted = sum(x.startswith("Posted by ") for x in lines)
            assert posted == len(f["posts"]), f["file"]
        elif f["layout"] not in ("archive_plain", "scraper"):
            assert structural_comments(f["layout"], lines) == n_comments, f["file"]
            replies = sum(p["replies"] for p in f["posts"])
            if f["layout"] == "mobile":
                nested = sum(bool(re.match(r"^    \d+\. ", x)) for x in lines)
                assert nested == replies, f["file"]


def test_every_claimed_encoding_and_line_end_is_in_the_bytes(
        thousand: tuple[Path, dict]) -> None:
    out, manifest = thousand
    seen = Counter()
    for f in manifest["files"]:
        data = (out / f["file"]).read_bytes()
        enc = f["encoding"]
        seen[enc] += 1
        seen[f["newline"]] += 1
        if enc == "utf-8-sig":
            assert data.startswith(b"\xef\xbb\xbf")
        elif enc == "utf-16":
            assert data.startswith(b"\xff\xfe") and b"\x00" in data
        else:
            assert not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe"))
        if enc == "cp1252":
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
            assert re.search(rb"[\x80-\x9f]", data), f["file"]
        text = decode(data, enc)
        if f["newline"] == "CRLF":
            assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
        elif f["newline"] == "CR":
            assert "\r" in text and "\n" not in text
        else:
            assert "\r" not in text
        assert text.endswith(("\n", "\r")) == f["final_newline"], f["file"]
    for claim in ("utf-8", "utf-8-sig", "cp1252", "utf-16", "LF", "CRLF", "CR"):
        assert seen[claim] > 0, claim


def test_truth_files_follow_the_corpus_schema(tmp_path: Path) -> None:
    manifest = generate(tmp_path / "d", "--posts", "60", "--truth", str(tmp_path / "t"))
    for f in manifest["files"]:
        truth = json.loads((tmp_path / "t" / f["file"].replace(".txt", ".json")).read_text())
        assert len(truth["posts"]) == len(f["posts"])
        text = decode((tmp_path / "d" / f["file"]).read_bytes(), f["encoding"])
        words = " ".join(text.split())
        for post, summary in zip(truth["posts"], f["posts"], strict=True):
            assert len(post["comments"]) == summary["comments"]
            assert post["title"] in text
            assert post["body_first_words"] in words
            for c in post["comments"]:
                assert c["first_words"] in words and c["last_words"] in words
                assert c["parent"] is None or post["comments"][c["parent"]]["parent"] is None


def test_big_mode_writes_one_dump_of_about_the_size(tmp_path: Path) -> None:
    manifest = generate(tmp_path / "big", "--big-mb", "2")
    files = list((tmp_path / "big").iterdir())
    assert len(files) == 1 and manifest["dumps"] == 1
    assert 2_000_000 <= files[0].stat().st_size <= 2_100_000
    assert manifest["posts"] > 500


def test_content_stand_in_loads_with_every_post_note_and_comment(tmp_path: Path) -> None:
    from builder.load import load_archive

    manifest = generate(tmp_path / "d", "--posts", "80", "--content", str(tmp_path / "content"))
    archive = load_archive(tmp_path / "content", tmp_path)
    assert len(archive.posts) == 80 and archive.warnings == ()
    assert sum(len(p.comments) for p in archive.posts) == manifest["comments"]
    notes = sum(p["notes"] for f in manifest["files"] for p in f["posts"])
    assert sum(len(p.notes) for p in archive.posts) == notes
    replies = sum(p["replies"] for f in manifest["files"] for p in f["posts"])
    assert sum(c.parent is not None for p in archive.posts for c in p.comments) == replies
