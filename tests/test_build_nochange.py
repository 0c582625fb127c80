"""`archive build` with no input changed stops after a stat of every input, seeds/
included: it imports none of the stages, runs no split, and says again what the last
build said (refused dumps, split's notes); a dump changed in seeds/ is split and built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import archive_env

REPO = Path(__file__).resolve().parent.parent
SEED = next((REPO / "seeds").glob("*.txt"))
POST = "2016/02/a-falling-out-between-russia-and-iran-over-syria/index.html"


def test_a_changed_dump_in_seeds_is_split_and_built(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes()})
    assert run_archive("build", "--base-url", "/", cwd=site).returncode == 0
    again = run_archive("build", "--base-url", "/", cwd=site)
    assert "nothing changed since the last build" in again.stdout
    dump = site / "seeds" / SEED.name
    dump.write_bytes(dump.read_bytes().replace("Velayati".encode(), "Welayati".encode()))
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


def test_an_edit_in_content_alone_runs_no_split_and_is_built(make_site, run_archive):
    site = make_site({f"seeds/{SEED.name}": SEED.read_bytes(),
                      "seeds/broken.txt": b"\x89PNG\r\n\x1a\n" + bytes(200)})
    first = run_archive("build", "--base-url", "/", cwd=site)
    assert first.returncode == 0, first.stderr
    [post] = (site / "content").glob("*/a-falling-out-*/post.md")
    post.write_text(post.read_text(encoding="utf-8").replace("Velayati", "Welayati"),
                    encoding="utf-8")
    probe = ("import sys\nfrom builder.cli import main\n"
             "code = main(['build', '--base-url', '/'])\n"
             "print('split imported:', 'builder.split' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=site, env=archive_env(),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "split imported: False" in done.stdout
    assert "Welayati" in (site / "_site" / POST).read_text(encoding="utf-8")
    refused = [line for line in first.stderr.splitlines() if "broken.txt" in line]
    assert refused and refused == [line for line in done.stderr.splitlines()
                                   if "broken.txt" in line]


def test_the_split_state_file_is_the_one_split_writes():
    from builder.incremental.state import SPLIT_STATE
    from builder.split.store import STATE_NAME

    assert SPLIT_STATE == STATE_NAME
