"""One broken content file gives one error, through `archive build` and `archive check`:
its notes and comments are folded under the root cause, nothing is said twice."""

from __future__ import annotations

from pathlib import Path

from tests.sitefixture import copy_fixture

FOLDER = "content/2015/russia-syria-airstrikes"


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def test_a_broken_post_file_is_one_error_naming_what_waits_for_it(
        tmp_path: Path, run_archive) -> None:
    site = copy_fixture(tmp_path / "site")
    post = site / FOLDER / "post.md"
    text = post.read_text(encoding="utf-8")
    post.write_text(text.replace("\ntitle: ", "\ntitle: [unclosed ", 1), encoding="utf-8")
    for command in ("build", "check"):
        result = run_archive(command, "--base-url", "/", cwd=site) if command == "build" \
            else run_archive(command, cwd=site)
        assert result.returncode == 1
        [said] = errors(result.stderr)
        assert said.startswith(f"error: {FOLDER}/post.md:")
        assert "bad YAML" in said
        assert "the 2 note and comment file(s) beside it are left out" in said


def test_a_changed_post_id_is_one_error_with_the_fix(tmp_path: Path, run_archive) -> None:
    site = copy_fixture(tmp_path / "site")
    post = site / FOLDER / "post.md"
    text = post.read_text(encoding="utf-8")
    post.write_text(text.replace('\nid: "russia-syria-airstrikes"', '\nid: "airstrikes"', 1),
                    encoding="utf-8")
    result = run_archive("build", "--base-url", "/", cwd=site)
    assert result.returncode == 1
    assert errors(result.stderr) == [
        f"error: {FOLDER}/comment-1.md:1: belongs to post 'russia-syria-airstrikes', which no "
        f"content file defines (and 1 more file(s) in {FOLDER}/) (hint: this folder's post.md "
        "has id 'airstrikes': set `post: \"airstrikes\"` or change that id back)"]


def test_an_impossible_date_is_a_content_error_not_a_template_crash(
        tmp_path: Path, run_archive) -> None:
    site = copy_fixture(tmp_path / "site")
    post = site / FOLDER / "post.md"
    lines = post.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines) if line.startswith("date:"))
    lines[number] = 'date: "2015-13-45"\n'
    post.write_text("".join(lines), encoding="utf-8")
    result = run_archive("build", "--base-url", "/", cwd=site)
    assert result.returncode == 1
    [said] = errors(result.stderr)
    assert said.startswith(f"error: {FOLDER}/post.md:{number + 1}: 'date': expected a date")


def test_a_failed_build_keeps_the_files_it_read_for_the_next(tmp_path: Path,
                                                             run_archive) -> None:
    """A one-off build writes its parse cache once the search index has started; one
    that stops at a broken file writes it all the same, so that the build after the
    fix reads again only what changed."""
    site = copy_fixture(tmp_path / "site")
    post = site / FOLDER / "post.md"
    text = post.read_text(encoding="utf-8")
    post.write_text(text.replace("\ntitle: ", "\ntitle: [unclosed ", 1), encoding="utf-8")
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 1
    assert (site / ".cache" / "load.marshal").is_file()
    post.write_text(text, encoding="utf-8")
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
