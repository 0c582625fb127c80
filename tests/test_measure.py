"""The benchmarks' measurement: a tool that forks workers is measured whole (the
summed memory of its process tree)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import measure  # noqa: E402

HOLD = textwrap.dedent("""
    import os, time
    def hold():  # 80 MB, each page written: resident, never copied whole
        data = bytearray(80 << 20)
        data[::4096] = b"x" * len(range(0, 80 << 20, 4096))
        return data
    held = hold()
    child = os.fork()
    if child == 0:
        mine = hold()  # the child's own 80 MB (it shares its parent's)
        time.sleep(1.5)
        os._exit(0)
    time.sleep(1.5)
    os.waitpid(child, 0)
""")


def test_a_forked_worker_memory_is_counted_with_its_parent(tmp_path: Path) -> None:
    run = measure.run([sys.executable, "-c", HOLD], tmp_path)
    assert run.ok, run.output
    # the tree holds both buffers, each counted once (PSS: the pages the child shares
    # with its parent are split between them); the parent alone holds ~40-50 MB of it
    assert 150 <= run.tree_peak_mb < 260, run
    assert run.memory_mb >= run.tree_peak_mb
