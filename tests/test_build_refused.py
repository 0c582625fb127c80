"""A refused dump is listed by `archive build`; `--strict` makes it a failure and leaves
the previous site in place, also when nothing else changed since the last build."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = next((REPO / "seeds").glob("*.txt"))


def test_refused_dumps_are_listed_and_fail_only_under_strict(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()})
    first = run_archive("build", "--base-url", "/", cwd=site)
    assert first.returncode == 0, first.stderr
    index = (site / "_site" / "index.html").read_bytes()

    (site / "seeds" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    plain = run_archive("build", "--base-url", "/", cwd=site)
    assert plain.returncode == 0, plain.stderr
    assert ("warning: seeds/broken.txt:1: binary file (PNG image); not split, so its posts are "
            "not in the site (hint: replace it") in plain.stderr
    assert "1 dump(s) refused" in plain.stdout

    strict = run_archive("build", "--base-url", "/", "--strict", cwd=site)
    assert strict.returncode == 1
    assert "--strict: 1 warning(s) or refused dump(s)" in strict.stderr
    assert (site / "_site" / "index.html").read_bytes() == index


def test_split_build_and_publish_word_a_refused_dump_the_same_way(make_site, run_archive):
    import subprocess

    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes(),
                      "seeds/broken.txt": b"\x89PNG\r\n\x1a\n" + bytes(200),
                      "site.yaml": "title: T\nbase_url: https://example.org/\n"})
    split = run_archive("split", cwd=site)
    assert split.returncode == 1
    [said] = [line.removeprefix("error: ") for line in split.stderr.splitlines()]
    assert said.startswith("seeds/broken.txt:1: binary file (PNG image); not split")
    assert "(hint: replace it with the page's text" in said
    build = run_archive("build", cwd=site)
    assert f"warning: {said}" in build.stderr.splitlines()
    for args in (["init", "--quiet", "-b", "main"], ["add", "-A"],
                 ["-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "x"],
                 ["remote", "add", "origin", str(site.parent / "remote.git")]):
        subprocess.run(["git", *args], cwd=site, check=True, capture_output=True)
    subprocess.run(["git", "init", "-q", "--bare", str(site.parent / "remote.git")], check=True)
    publish = run_archive("publish", "--dry-run", cwd=site)
    assert publish.returncode == 0, publish.stderr
    assert f"warning: {said}" in publish.stderr.splitlines()
