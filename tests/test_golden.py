"""Whole-site golden test: the fixture archive must build to tests/golden/site byte for byte.

After an intended change, regenerate with `UPDATE_GOLDEN=1 pytest tests/test_golden.py`
and review the diff of tests/golden/site like any other change.
"""

from __future__ import annotations

import difflib
import io
import os
import shutil
from pathlib import Path

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import REPO, copy_fixture, tree_bytes

GOLDEN = REPO / "tests" / "golden" / "site"


def test_fixture_site_matches_golden(tmp_path: Path) -> None:
    site = copy_fixture(tmp_path / "site")
    result = build_site(load_config(site), reporter=Reporter(stream=io.StringIO()), workers=1)
    assert result.warnings == []
    built = tree_bytes(result.output)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(result.output, GOLDEN)
    golden = tree_bytes(GOLDEN)
    assert sorted(built) == sorted(golden), "pages added or removed (UPDATE_GOLDEN=1 to accept)"
    for name in sorted(built):
        if built[name] != golden[name]:
            diff = "\n".join(difflib.unified_diff(
                golden[name].decode(errors="replace").splitlines(),
                built[name].decode(errors="replace").splitlines(),
                f"golden/{name}", f"built/{name}", lineterm="", n=2))
            raise AssertionError(f"{name} differs (UPDATE_GOLDEN=1 to accept):\n{diff[:4000]}")
