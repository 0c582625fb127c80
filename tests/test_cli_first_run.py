"""A new user's first commands: the build says how to look at the site, and a command
run outside a project says so in one line and leaves nothing behind."""

from __future__ import annotations

import pytest


def test_build_ends_with_how_to_look_at_the_site(make_site, run_archive):
    site = make_site({"seeds/a.txt": "Saturday, February 6, 2016\n\nA Title\n\nSome text.\n"})
    done = run_archive("build", cwd=site)
    assert done.returncode == 0, done.stderr
    last = (done.stdout + done.stderr).strip().splitlines()[-1]
    assert "archive serve --open" in last and "make serve" in last


@pytest.mark.parametrize("command", [["build"], ["split"], ["check"], ["serve", "--port", "0"],
                                     ["publish", "--dry-run"]])
def test_outside_a_project_one_line_and_nothing_written(tmp_path, run_archive, command):
    done = run_archive(*command, cwd=tmp_path, timeout=60)
    assert done.returncode == 1
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert len(lines) == 1 and "not an archive project" in lines[0], lines
    assert "archive init" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_build_warns_while_base_url_is_the_init_placeholder(make_site, run_archive):
    site = make_site({"site.yaml": 'base_url: "https://your-github-name.github.io/blog/"\n'})
    done = run_archive("build", cwd=site)
    assert done.returncode == 0, done.stderr
    assert "warning: site.yaml's base_url is still the example" in done.stderr
    ok = make_site({"site.yaml": 'base_url: "https://ada.github.io/blog/"\n'})
    assert "still the example" not in run_archive("build", cwd=ok).stderr
