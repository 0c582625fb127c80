"""Data flows one way: seeds -> split -> content -> load -> model -> pages -> output.

A module may import only modules of its own stage or earlier ones; serve and
publish call build, and nothing imports them.  Every command is in the README.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "builder"

# stage rank: a module may import builder modules of the same or a lower rank
RANK = {
    "errors": 0, "report": 0, "frontmatter": 1, "config": 2, "schema": 2, "model": 2,
    "split": 3, "load": 3, "orphans": 3, "markup": 4, "urls": 4, "titles": 4, "pages_git": 4,
    "search": 5,
    "search_bundle": 5, "plan": 5, "render": 6,
    "output": 6, "check": 6, "build": 7, "session": 7, "watch": 7, "serve_worker": 8,
    "serve": 8,
    "publish": 8, "scaffold": 8, "cli": 9,
    "__main__": 10, "__init__": 0,
}
NEVER_IMPORTED = {"serve", "publish", "cli"}
# build is the one pipeline: serve's session builds on it, never the other way round
NOT_IMPORTED_BY = {"build": {"session"}}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("builder"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names
                         if node.module == "builder" and ((PKG / f"{a.name}.py").exists()
                                                          or (PKG / a.name).is_dir()))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("builder"))
    return found


def test_imports_only_flow_downstream() -> None:
    problems = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG.parent).with_suffix("").as_posix().replace("/", ".")
        own = _stage(rel)
        if own not in RANK:
            problems.append(f"{rel}: unknown stage {own!r}: add it to RANK")
            continue
        for target in _imports(path):
            stage = _stage(target)
            if stage == own or stage == "__init__":
                continue
            if stage in NOT_IMPORTED_BY.get(own, set()):
                problems.append(f"{rel} imports {target}: {stage} builds on {own}, not back")
            elif stage in NEVER_IMPORTED and own not in ("cli", "__main__"):
                problems.append(f"{rel} imports {target}: nothing may call {stage}")
            elif RANK.get(stage, 99) > RANK[own]:
                problems.append(f"{rel} imports {target}, a later stage")
    assert not problems, "\n".join(problems)


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (PKG.parent / "README.md").read_text(encoding="utf-8")
    cli = (PKG / "cli.py").read_text(encoding="utf-8")
    commands = re.findall(r'command\("(\w+)"', cli)
    assert len(commands) == 6
    missing = [c for c in commands if f"archive {c}" not in readme]
    assert not missing, f"README does not show: {missing}"
