"""Data flows one way: seeds -> split -> content -> load -> model -> pages -> output.

A module may import only modules of its own stage or earlier ones; serve and
publish call build's public entry, and nothing imports them; page keys are made in
one package.  Every command is in the README.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "builder"

# stage rank: a module may import builder modules of the same or a lower rank
RANK = {
    "errors": 0, "report": 0, "cache_file": 0, "forked": 0, "frontmatter": 1, "i18n": 1, "slugs": 1,
    "file_write": 0,
    "config": 2, "schema": 2,
    "model": 2,
    "split": 3, "load": 3, "content_files": 3, "content_groups": 3, "assemble": 3, "images": 3,
    "orphans": 3, "compact": 3, "dumps": 3,
    "markup": 4, "urls": 4, "captions": 4, "present": 4, "titles": 4, "post_parts": 4,
    "pages_git": 4,
    "pagefind": 4, "cbor": 4, "blogger_slug": 4, "search": 5, "search_bundle": 5,
    "search_words": 4, "search_cut": 4, "search_documents": 5, "search_patch": 5,
    "search_postings": 4, "search_form": 5, "search_inplace": 5, "search_split": 5,
    "search_record": 5, "search_chunks": 4, "search_join": 4,
    "views": 5,
    "plan": 5, "oldurls": 5, "sitemap": 4,
    "render": 6, "render_code": 6, "render_env": 6, "render_pool": 6, "output": 6, "check": 6,
    "incremental": 6, "limits": 6, "search_write": 6, "search_fork": 6, "site_extras": 6,
    "oldurls_check": 6, "collector": 6, "build": 7,
    "preview": 7, "build_search": 7, "build_stop": 7,
    "session": 8, "watch": 8, "serve_worker": 8, "serve": 8, "serve_http": 8,
    "publish": 8, "scaffold": 8, "build_command": 8, "cli": 9,
    "__main__": 10, "__init__": 0,
}
NEVER_IMPORTED = {"serve", "publish", "cli"}
# build is the one pipeline: serve's session builds on it, never the other way round
NOT_IMPORTED_BY = {"build": {"session"}}
# serve and publish call the pipeline, they do not run its steps: of the builder they
# may import their own modules, build's public entry and what reading the config and
# reporting need (publish also checks the links and the size of what it publishes)
AROUND_BUILD = {"serve": {"serve", "serve_http", "serve_worker", "session", "watch"},
                "publish": {"publish", "pages_git"}}
ALSO = {"publish": {"check", "limits"}}
BUILD_PUBLIC = {"build", "build_site", "BuildOptions", "BuildResult", "BuildMemory",
                "preview"}
# build_stop: how serve's build process tells a build that a newer change came
AROUND_MAY_IMPORT = {"config", "errors", "report", "build_stop"}


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


def _names_imported(path: Path, runtime: bool = False) -> list[tuple[str, list[str]]]:
    """(module, names) of every `from builder... import ...` and `import builder...`
    (`runtime`: not those under `if TYPE_CHECKING:`, which never run)."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
                   for inner in ast.walk(node)} if runtime else set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("builder"):
            found.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((a.name, []) for a in node.names if a.name.startswith("builder"))
    return found


def _module_of(name: str) -> str | None:
    """The builder module (file or package) a dotted name is, or None."""
    rel = Path(*name.split(".")[1:]) if "." in name else Path()
    if (PKG / rel).with_suffix(".py").is_file():
        return name
    if (PKG / rel / "__init__.py").is_file():
        return name
    return None


def _import_graph() -> dict[str, set[str]]:
    """module -> the builder modules it imports when it runs (at the top or inside a
    function)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG.parent).with_suffix("").as_posix().replace("/", ".")
        own = rel.removesuffix(".__init__")
        targets = set()
        for module, names in _names_imported(path, runtime=True):
            for name in [f"{module}.{n}" for n in names] + [module]:
                found = _module_of(name)
                if found is not None:
                    targets.add(found)
                    break
        graph[own] = targets - {own}
    return graph


def test_no_import_cycles() -> None:
    """No module imports, directly or through others, a module that imports it (a
    package and the submodules its __init__ re-exports are one module here)."""
    graph = _import_graph()
    for package in [m for m in graph if (PKG / Path(*m.split(".")[1:]) / "__init__.py").is_file()]:
        for module in graph:
            if module.startswith(package + "."):
                graph[module].discard(package)  # a submodule's import of its own package
    cycles: list[str] = []
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            cycles.append(" -> ".join([*trail[trail.index(module):], module]))
            return
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            visit(target, [*trail, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    assert not cycles, "\n".join(cycles)


def test_serve_and_publish_only_call_builds_public_entry() -> None:
    problems = []
    for side, own in AROUND_BUILD.items():
        for module in sorted(own):
            path = PKG / f"{module}.py"
            for target, names in _names_imported(path):
                stage = _stage(target)
                if target == "builder" and names:
                    stage = names[0]
                if stage in own or stage in AROUND_MAY_IMPORT | ALSO.get(side, set()):
                    continue
                if stage == "build" and names and set(names) <= BUILD_PUBLIC:
                    continue
                problems.append(f"{side}: builder/{module}.py imports {target} {names}")
    assert not problems, "\n".join(problems)


def test_page_keys_are_made_in_one_package() -> None:
    """Only builder/incremental/ hashes what pages are made from; no stage keeps a key
    or memo of its own."""
    outside = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        if rel.startswith(("incremental/", "split/")):
            continue
        text = path.read_text(encoding="utf-8")
        for word in ("page_key", "key_memo", "post_stamps", "def site_key",
                     "def inputs_fingerprint"):
            if word in text:
                outside.append(f"builder/{rel}: {word}")
    assert not outside, "\n".join(outside)
    assert sorted(p.name for p in (PKG / "incremental").glob("*.py")) == [
        "__init__.py", "heads.py", "keys.py", "memory.py", "names.py", "quick.py",
        "quick_search.py", "reuse.py", "snapshot.py", "snapshot_read.py", "state.py",
        "tokens.py"]


def test_no_module_of_the_build_is_long() -> None:
    """A newcomer reads a stage of the build in one sitting (about 300 lines at most;
    split, which is not the build, is left to its own issue)."""
    long = []
    for path in sorted(PKG.rglob("*.py")):
        if path.parent.name == "split":
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > 360:
            long.append(f"builder/{path.relative_to(PKG).as_posix()}: {lines} lines")
    assert not long, "\n".join(long)


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (PKG.parent / "README.md").read_text(encoding="utf-8")
    cli = (PKG / "cli.py").read_text(encoding="utf-8")
    commands = re.findall(r'command\("(\w+)"', cli)
    assert len(commands) == 7
    missing = [c for c in commands if f"archive {c}" not in readme]
    assert not missing, f"README does not show: {missing}"
