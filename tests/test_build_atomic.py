"""Atomic builds: kill -9 at random moments never leaves a mixed site."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import archive_env
from tests.sitefixture import copy_fixture, tree_bytes, write_post

pytestmark = pytest.mark.slow

KILLS = 20


def start_build(site: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "builder", "-q", "build"], cwd=site,
                            env=archive_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def set_version(site: Path, version: int) -> None:
    post = site / "content/2016/china-launches-new-carrier/post.md"
    text = post.read_text()
    for old in range(3):
        text = text.replace(f"(version {old})", f"(version {version})")
    post.write_text(text)


def test_kill_9_at_random_moments_leaves_old_or_new_site(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    for number in range(60):
        date = f"2014-{1 + number % 12:02d}-{1 + number % 28:02d}"
        write_post(site, f"filler-{number}", date=date, tags=[f"Topic {number % 9}"],
                   body=f"Filler post {number}.\n\n*Markdown* here.")
    post = site / "content/2016/china-launches-new-carrier/post.md"
    post.write_text(post.read_text().replace("China Launches", "China Launches (version 0)"))
    sites = {}
    durations = []
    for version in (1, 2):
        set_version(site, version)
        began = time.monotonic()
        assert start_build(site).wait(timeout=120) == 0
        durations.append(time.monotonic() - began)
        sites[version] = tree_bytes(site / "_site")
    assert sites[1] != sites[2]
    longest = max(durations)
    rng = random.Random(20260225)
    outcomes = {1: 0, 2: 0}
    current = 2
    for _ in range(KILLS):
        target = 1 if current == 2 else 2
        set_version(site, target)
        process = start_build(site)
        time.sleep(rng.uniform(0.05, longest * 1.1))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        now = tree_bytes(site / "_site")
        assert now in (sites[1], sites[2]), "a killed build left a mixed site"
        current = 1 if now == sites[1] else 2
        outcomes[current] += 1
    assert outcomes[1] + outcomes[2] == KILLS
    # the next complete build cleans up what the killed ones left behind
    set_version(site, 1)
    assert start_build(site).wait(timeout=120) == 0
    assert tree_bytes(site / "_site") == sites[1]
    leftovers = [p.name for p in site.iterdir() if p.name.startswith("._site")]
    assert leftovers in ([], ["._site.spare"])  # the spare is the next build's work folder
