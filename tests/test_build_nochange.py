"""`archive build` with no input changed stops after a stat of every input, seeds/
included: it imports none of the stages, runs no split, and says again what the last
build said (refused dumps, split's notes); a dump changed in seeds/ is split and built."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.conftest import archive_env
from tests.sitefixture import copy_fixture, tree_bytes

REPO = Path(__file__).resolve().parent.parent
SEED = next((REPO / "seeds").glob("*.txt"))
POST = "2016/02/a-falling-out-between-russia-and-iran-over-syria/index.html"


def test_a_changed_dump_in_seeds_is_split_and_built(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()})
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
    again = run_archive("build", "--base-url", "/", cwd=site)
    assert "nothing changed since the last build" in again.stdout
    dump = site / "seeds" / SEED.name
    dump.write_bytes(dump.read_bytes().replace(b"Velayati", b"Welayati"))
    edited = run_archive("build", "--base-url", "/", cwd=site)
    assert edited.returncode == 0, edited.stderr
    assert "nothing changed" not in edited.stdout
    page = (site / "_site" / POST).read_text(encoding="utf-8")
    assert "Welayati" in page and "Velayati" not in page
    # what split wrote is part of what the next build finds unchanged
    assert "nothing changed since the last build" in run_archive(
        "build", "--base-url", "/", cwd=site).stdout


def test_a_skipped_build_says_split_notes_and_refused_dumps_again(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes(),
                      "seeds/broken.txt": b"\x89PNG\r\n\x1a\n" + bytes(200)})
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
    (site / "seeds" / SEED.name).unlink()  # a gone dump: split notes that its posts stay
    first = run_archive("build", "--base-url", "/", cwd=site)
    again = run_archive("build", "--base-url", "/", cwd=site)
    assert "nothing changed since the last build" in again.stdout
    gone = [line for line in first.stdout.splitlines() if "is gone" in line]
    assert gone and all(line in again.stdout.splitlines() for line in gone)
    refused = [line for line in first.stderr.splitlines() if "broken.txt" in line]
    assert refused and refused == [line for line in again.stderr.splitlines()
                                   if "broken.txt" in line]


def test_nothing_changed_imports_none_of_the_stages(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()})
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
    probe = ("import sys\nfrom builder.cli import main\n"
             "code = main(['-q', 'build', '--base-url', '/'])\n"
             "print(code, sorted(m for m in sys.modules if m.startswith(("
             "'builder.split', 'builder.render', 'builder.plan', 'builder.load', 'jinja2', "
             "'markdown', 'bs4', 'lxml', 'babel.messages', 'builder.incremental.keys'))))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=site, env=archive_env(),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "[]"], done.stdout


def _fresh_build(site: Path, splits: bool = False) -> subprocess.CompletedProcess[str]:
    """`archive build` of `site` in a fresh process, which must not import split (or,
    with `splits`, must)."""
    probe = ("import sys\nfrom builder.cli import main\n"
             "code = main(['build', '--base-url', '/'])\n"
             "print('split imported:', 'builder.split' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=site, env=archive_env(),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"split imported: {splits}" in done.stdout, done.stdout
    return done


def test_an_edit_in_content_alone_runs_no_split_and_is_built(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes(),
                      "seeds/broken.txt": b"\x89PNG\r\n\x1a\n" + bytes(200)})
    first = run_archive("build", "--base-url", "/", cwd=site)
    assert first.returncode == 0, first.stderr
    [post] = (site / "content").glob("*/a-falling-out-*/post.md")
    post.write_text(post.read_text(encoding="utf-8").replace("Velayati", "Welayati"),
                    encoding="utf-8")
    done = _fresh_build(site)
    assert "Welayati" in (site / "_site" / POST).read_text(encoding="utf-8")
    refused = [line for line in first.stderr.splitlines() if "broken.txt" in line]
    assert refused and refused == [line for line in done.stderr.splitlines()
                                   if "broken.txt" in line]


def test_a_clean_build_of_content_alone_imports_no_split(make_site, run_archive):
    """A project whose content/ is all it has (no seeds/): its clean build has nothing
    to split, builds every page and says the same as when split had run."""
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()})
    first = run_archive("build", "--base-url", "/", cwd=site)
    assert first.returncode == 0, first.stderr
    before = tree_bytes(site / "_site")
    shutil.rmtree(site / "seeds")
    shutil.rmtree(site / "_site")
    shutil.rmtree(site / ".cache")
    _fresh_build(site)
    assert tree_bytes(site / "_site") == before
    assert "nothing changed since the last build" in run_archive(
        "build", "--base-url", "/", cwd=site).stdout


def test_a_clean_build_of_dumps_as_split_left_them_imports_no_split(make_site, run_archive):
    """A clean checkout (CI, a new clone: no .cache) whose seeds/ are what split last
    read: the build learns from split's state file that there is nothing to split."""
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()})
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
    before = tree_bytes(site / "_site")
    content = {p: p.stat().st_mtime_ns for p in (site / "content").rglob("*")}
    shutil.rmtree(site / "_site")
    shutil.rmtree(site / ".cache")
    done = _fresh_build(site)
    assert "split:" not in done.stdout
    assert tree_bytes(site / "_site") == before
    assert {p: p.stat().st_mtime_ns for p in (site / "content").rglob("*")} == content


@pytest.mark.parametrize("change", ["changed", "new", "gone", "refused", "copied"])
def test_a_clean_build_splits_whatever_split_has_to_do_or_say(make_site, run_archive,
                                                               change: str) -> None:
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()})
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
    dump = site / "seeds" / SEED.name
    if change == "changed":
        dump.write_bytes(dump.read_bytes().replace(b"Velayati", b"Welayati"))
    elif change == "new":
        (site / "seeds" / "more.txt").write_bytes(dump.read_bytes().replace(
            b"Velayati", b"Welayati"))
    elif change == "gone":
        dump.unlink()
    elif change == "refused":
        (site / "seeds" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    else:
        shutil.copy(dump, site / "seeds" / "copy.txt")
    shutil.rmtree(site / ".cache")  # a clean checkout
    done = _fresh_build(site, splits=True)
    page = (site / "_site" / POST).read_text(encoding="utf-8")
    said = done.stdout + done.stderr
    if change in ("changed", "new"):
        assert "split: 1 post(s) from new or changed dumps" in said
        assert ("Welayati" in page) == (change == "changed")  # (new: merged, the first kept)
    elif change == "gone":
        assert "is gone; its 1 post(s) stay in content/" in said and "Velayati" in page
    elif change == "refused":
        assert "seeds/broken.txt:" in said
    else:
        assert "seeds/copy.txt: the same text as seeds/" in said
    # and once split has recorded it, the next clean build has nothing to split
    if change not in ("refused", "gone"):  # (said again by every split)
        shutil.rmtree(site / ".cache")
        _fresh_build(site)


@pytest.mark.parametrize("damage", ["garbage", "missing", "other fingerprint",
                                    "split said nothing kept", "truncated parse cache"])
def test_a_damaged_cache_gives_what_a_clean_build_gives(tmp_path: Path, damage: str) -> None:
    """The edit is made, then the caches are damaged: the build must still see the edit
    and give, byte for byte, what a clean build of the same inputs gives."""
    site = copy_fixture(tmp_path / "site")
    build_site(load_config(site), reporter=Reporter(stream=io.StringIO()))
    post = site / "content/2016/china-launches-new-carrier/post.md"
    post.write_text(post.read_text().replace("second carrier", "second aircraft carrier"))
    [state_file] = (site / ".cache").glob("build-*[0-9a-f].json")
    saved = json.loads(state_file.read_text())
    if damage == "garbage":
        state_file.write_bytes(b"\x00{not json")
    elif damage == "missing":
        state_file.unlink()
    elif damage == "other fingerprint":  # the last build's inputs, said to be these
        state_file.write_text(json.dumps({**saved, "fingerprint": "0" * 40}))
    elif damage == "split said nothing kept":
        state_file.write_text(json.dumps({k: v for k, v in saved.items() if k != "notes"}))
    else:
        cache = site / ".cache" / "load.marshal"
        cache.write_bytes(cache.read_bytes()[: len(cache.read_bytes()) // 2])
    again = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()))
    assert not again.skipped
    clean = copy_fixture(tmp_path / "clean")
    shutil.rmtree(clean / "content")
    shutil.copytree(site / "content", clean / "content")
    fresh = build_site(load_config(clean), reporter=Reporter(stream=io.StringIO()))
    assert tree_bytes(again.output) == tree_bytes(fresh.output)
    assert "second aircraft carrier" in (
        again.output / "2016/01/china-launches-new-carrier/index.html").read_text()


def test_a_site_removed_or_replaced_since_is_built_again(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    first = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()))
    expected = tree_bytes(first.output)
    shutil.rmtree(first.output)
    again = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()))
    assert not again.skipped and tree_bytes(again.output) == expected
    shutil.move(again.output, tmp_path / "moved")
    shutil.copytree(tmp_path / "moved", again.output)  # the same files, another folder
    (again.output / "index.html").unlink()
    third = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()))
    assert not third.skipped and tree_bytes(third.output) == expected


def test_the_fingerprint_sees_every_file_and_gives_the_load_its_content_files(
        tmp_path: Path) -> None:
    from builder.build import BuildOptions, settings_of
    from builder.content_files import scan
    from builder.incremental import state

    site = copy_fixture(tmp_path / "site")
    (site / "content/.drafts").mkdir()
    (site / "content/.drafts/post.md").write_text("not content: hidden")
    (site / "content/images").mkdir()
    (site / "content/images/a.jpg").write_bytes(b"\xff\xd8 a picture")
    config = load_config(site)
    settings = settings_of(config, BuildOptions())
    found: list = []
    scan(str(config.content_dir), (), found)
    first = state.inputs_fingerprint(config, settings)
    def listed(files: list) -> list:
        return sorted((p, n, (st.st_size, st.st_mtime_ns, st.st_ctime_ns)) for p, n, st in files)

    assert listed(first.content) == listed(found)
    assert all(not any(part.startswith(".") for part in p) for p, _, _ in first.content)
    for changed in ("content/.drafts/post.md", "content/images/a.jpg"):
        before = state.inputs_fingerprint(config, settings)
        (site / changed).write_bytes((site / changed).read_bytes() + b" more")
        after = state.inputs_fingerprint(config, settings)
        assert after.whole != before.whole, changed
        assert after.split == before.split, changed  # split's inputs are seeds/ and its record


def _same_size_edit(file: Path) -> None:
    """Bytes changed, size kept, the old mtime put back (what `touch -r` or a careless
    copy tool does): only the ctime tells."""
    before = file.stat()
    data = file.read_bytes()
    file.write_bytes(data[:-1] + (b"!" if data[-1:] != b"!" else b"?"))
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert file.stat().st_size == before.st_size


CHANGES = {
    "a content file edited, same size, mtime put back":
        lambda site: _same_size_edit(site / "content/2016/china-launches-new-carrier/post.md"),
    "a content file moved to another post's folder": lambda site: shutil.move(
        site / "content/2016/china-launches-new-carrier/post.md",
        site / "content/2016/moved-here/post.md"),
    "a content file renamed in its folder": lambda site: next(
        (site / "content").rglob("comment-*.md")).rename(
        next((site / "content").rglob("comment-*.md")).with_name("comment-999.md")),
    "a new file in a hidden folder of content/": lambda site: (
        site / "content/.drafts").mkdir() or (site / "content/.drafts/a.md").write_text("x"),
    "a content file removed": lambda site: next((site / "content").rglob("comment-*.md")).unlink(),
    "site.yaml edited, same size, mtime put back": lambda site: _same_size_edit(
        site / "site.yaml"),
    "a template edited": lambda site: _same_size_edit(next((site / "templates").glob("*.html"))),
    "a static file added": lambda site: (site / "static/extra.txt").write_text("more"),
    "a dump added to seeds/": lambda site: (site / "seeds/new.txt").write_bytes(SEED.read_bytes()),
    "a catalogue added to locales/": lambda site: (
        site / "locales").mkdir() or (site / "locales/x.po").write_text("#"),
    "a link to a folder in content/ repointed": lambda site: (
        (site / "content/linked").unlink(), (site / "content/linked").symlink_to(site / "static")),
}


def test_every_change_to_an_input_is_seen_and_an_empty_folder_is_none(tmp_path: Path) -> None:
    """Each change, made after a saved state, makes the no-change check fail (the build
    that follows is a real one); an empty folder made anywhere is no input."""
    from builder.build import BuildOptions, settings_of
    from builder.incremental import state

    site = copy_fixture(tmp_path / "site")
    (site / "content/linked").symlink_to(site / "templates")
    (site / "content/2016/moved-here").mkdir()
    (site / "_site").mkdir()
    config = load_config(site)
    settings = settings_of(config, BuildOptions())
    output = Path(settings["output"])
    file = state.state_file(config, output)
    saved = state.inputs_fingerprint(config, settings)
    state.save(file, saved, output, {"pages": 0, "warnings": [], "refused": [], "notes": []})
    for folder in ("content/2016/empty", "content/empty", "static/empty", "seeds/empty"):
        (site / folder).mkdir()
    assert state.unchanged(state.last_build(file), state.inputs_fingerprint(config, settings),
                           output)
    for what, change in CHANGES.items():
        change(site)
        found = state.inputs_fingerprint(config, settings)
        assert not state.unchanged(state.last_build(file), found, output), what
        state.save(file, found, output, {"pages": 0, "warnings": [], "refused": [], "notes": []})
        assert state.unchanged(state.last_build(file), state.inputs_fingerprint(
            config, settings), output), what  # and the next check, with nothing changed


def test_a_change_to_the_tools_code_is_a_real_build(tmp_path: Path) -> None:
    """The tool run from a copy of its code: one file of that code touched (same bytes)
    and the next `archive build` is a real one."""
    tool = tmp_path / "tool"
    shutil.copytree(REPO / "builder", tool / "builder",
                    ignore=shutil.ignore_patterns("__pycache__"))
    site = copy_fixture(tmp_path / "site")
    env = {**archive_env(), "PYTHONPATH": str(tool), "PYTHONDONTWRITEBYTECODE": "1"}

    def build() -> str:
        done = subprocess.run([sys.executable, "-m", "builder", "build", "--base-url", "/"],
                              cwd=site, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    build()
    assert "nothing changed since the last build" in build()
    (tool / "builder" / "render.py").touch()
    assert "nothing changed" not in build()
    assert "nothing changed since the last build" in build()


def test_a_content_folder_that_is_a_link_is_looked_into(tmp_path: Path) -> None:
    """content/ may be a symbolic link to the folder kept elsewhere: its files are
    inputs like any (an edit inside gives a real build), and the load gets them."""
    from builder.build import BuildOptions, settings_of
    from builder.incremental import state

    site = copy_fixture(tmp_path / "site")
    shutil.move(site / "content", tmp_path / "kept")
    (site / "content").symlink_to(tmp_path / "kept", target_is_directory=True)
    (site / "_site").mkdir()
    config = load_config(site)
    settings = settings_of(config, BuildOptions())
    output = Path(settings["output"])
    saved = state.inputs_fingerprint(config, settings)
    assert len(saved.content) == sum(1 for _ in (tmp_path / "kept").rglob("*.md"))
    state.save(state.state_file(config, output), saved, output, {"pages": 0, "warnings": []})
    _same_size_edit(tmp_path / "kept/2016/china-launches-new-carrier/post.md")
    assert not state.unchanged(state.last_build(state.state_file(config, output)),
                               state.inputs_fingerprint(config, settings), output)


def test_the_json_manifest_of_an_older_version_is_removed(make_site, run_archive):
    """An upgrade leaves no stale manifest behind: the first build that writes the site
    removes the JSON one that versions before marshal's kept beside it (a quick edit too)."""
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()})
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
    [manifest] = (site / ".cache").glob("build-*.files.marshal")
    old = manifest.with_suffix(".json")
    old.write_text('{"live": {}, "keys": {}, "spare": null}', encoding="utf-8")
    [post] = (site / "content").glob("*/a-falling-out-*/post.md")
    post.write_text(post.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    done = run_archive("build", "--base-url", "/", cwd=site)
    assert done.returncode == 0, done.stderr
    assert manifest.is_file() and not old.exists()
    assert "One more line." in (site / "_site" / POST).read_text(encoding="utf-8")
