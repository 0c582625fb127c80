"""The hand-written dumps in tests/dumps are reproducible and their truth is consistent.

The splitter's corpus test trusts these truth files, so a drifted truth or a dump
edited by hand (hash no longer matching) must fail here, and the checker itself must
catch broken truths rather than pass everything.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

DUMPS = Path(__file__).parent / "dumps"
CORPUS = Path(__file__).parent / "corpus"


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(DUMPS))
    try:
        spec = importlib.util.spec_from_file_location(f"fixture_dumps_{name}", DUMPS / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[f"fixture_dumps_{name}"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(DUMPS))


check = _load("check_truth")


def _problems(folder: Path) -> list[str]:
    return [f"{t.name}: {e}" for t in sorted(folder.glob("*.txt")) for e in check.check_file(t)]


@pytest.mark.parametrize("folder", [DUMPS, CORPUS], ids=["dumps", "corpus"])
def test_every_truth_is_backed_by_its_dump(folder: Path) -> None:
    assert sorted(folder.glob("*.txt")), f"no dumps in {folder}"
    assert _problems(folder) == []


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    make = _load("make_dumps")
    make.write_all(tmp_path)
    committed = {p.name: p.read_bytes() for p in DUMPS.iterdir() if make.NAME_RE.match(p.name)}
    fresh = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert sorted(fresh) == sorted(committed)
    assert [n for n in fresh if fresh[n] != committed[n]] == []


def _mutated(tmp_path: Path, stem_prefix: str, mutate) -> list[str]:  # type: ignore[no-untyped-def]
    txt = next(DUMPS.glob(f"{stem_prefix}_*.txt"))
    shutil.copy(txt, tmp_path / txt.name)
    truth = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    new = copy.deepcopy(truth)
    mutate(new)
    (tmp_path / txt.with_suffix(".json").name).write_text(json.dumps(new), encoding="utf-8")
    return list(check.check_file(tmp_path / txt.name))


@pytest.mark.parametrize("prefix,mutate,expected", [
    ("101", lambda t: t["posts"][0].update(title="The Pier Lamps Are Lit"), "not a whole line"),
    ("101", lambda t: t["posts"][0].update(body_first_words="lamps were switched on"),
     "body words not found"),
    ("105", lambda t: t["posts"][0]["comments"][1].update(parent=2), "parent"),
    ("112", lambda t: t["posts"][0]["comments"][1].update(removed=False), "removed flag"),
    ("102", lambda t: t["posts"][0].update(date="2016-01-15"), "date 2016-01-15"),
    ("102", lambda t: t["posts"][0]["comments"][0].update(timestamp="2016-01-14T18:42"),
     "timestamp"),
    ("109", lambda t: t["posts"][0].update(comment_count_header=3), "count 3"),
    ("106", lambda t: t["posts"][0].update(author="Lucía"), "author"),
    ("124", lambda t: t["boilerplate_lines"].reverse(), "out of order"),
    ("123", lambda t: t["posts"][0]["comments"].reverse(), "not found in order"),
])
def test_checker_rejects_a_broken_truth(tmp_path: Path, prefix: str, mutate, expected: str) -> None:  # type: ignore[no-untyped-def]
    problems = _mutated(tmp_path, prefix, mutate)
    assert any(expected in p for p in problems), problems


def test_checker_rejects_a_renamed_dump(tmp_path: Path) -> None:
    txt = next(DUMPS.glob("113_*.txt"))
    (tmp_path / "113_0000000000000000.txt").write_bytes(txt.read_bytes())
    (tmp_path / "113_0000000000000000.json").write_bytes(txt.with_suffix(".json").read_bytes())
    assert "name hash does not match the bytes" in check.check_file(
        tmp_path / "113_0000000000000000.txt")
