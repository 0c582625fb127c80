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
    assert "refused: seeds/broken.txt:1: binary file (PNG image)" in plain.stdout
    assert "1 dump(s) refused" in plain.stdout

    strict = run_archive("build", "--base-url", "/", "--strict", cwd=site)
    assert strict.returncode == 1
    assert "--strict: 1 warning(s) or refused dump(s)" in strict.stderr
    assert (site / "_site" / "index.html").read_bytes() == index
