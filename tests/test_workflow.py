"""The GitHub Pages workflow: valid YAML, the official Pages actions, the README's build."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(workflow: dict[str, Any], job: str) -> list[dict[str, Any]]:
    return list(workflow["jobs"][job]["steps"])


def uses(step: dict[str, Any]) -> str:
    return str(step.get("uses", "")).split("@")[0]


def readme_first_command() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.DOTALL)
    assert block, "README.md has no ```sh block"
    return block.group(1).strip().splitlines()[0]


def test_the_workflow_runs_on_push_to_main_with_pages_permissions(
        workflow: dict[str, Any]) -> None:
    triggers = workflow.get("on", workflow.get(True))  # PyYAML reads the key `on` as True
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_the_build_job_checks_out_sets_up_python_builds_and_uploads_site(
        workflow: dict[str, Any]) -> None:
    build = steps(workflow, "build")
    order = [uses(s) for s in build if "uses" in s]
    assert order == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                     "actions/cache", "actions/upload-pages-artifact"]
    configure = next(s for s in build if uses(s) == "actions/configure-pages")
    upload = next(s for s in build if uses(s) == "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "_site"
    run_steps = [s for s in build if "run" in s]
    assert len(run_steps) == 1
    run = run_steps[0]
    assert build.index(configure) < build.index(run) < build.index(upload)
    expected = "${{ steps." + configure["id"] + ".outputs.base_url }}/"
    assert run["env"]["BASE_URL"] == expected


def cache_step(workflow: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in steps(workflow, "build") if uses(s) == "actions/cache")


def test_the_build_cache_is_restored_before_the_build_and_keyed_by_the_tool_version(
        workflow: dict[str, Any], tmp_path: Path) -> None:
    from builder.scaffold import project_files

    build = steps(workflow, "build")
    cache = cache_step(workflow)
    run = next(s for s in build if "run" in s)
    assert build.index(cache) < build.index(run)
    paths = cache["with"]["path"].split()
    assert paths == [".cache", "_site"]  # what the build keeps and reuses
    key = cache["with"]["key"]
    restore = cache["with"]["restore-keys"].strip().splitlines()
    # every run saves under its own key; the next run restores the newest one whose
    # tool version is the same, never another version's (the restore prefix holds it)
    assert key.endswith("-${{ github.run_id }}")
    assert restore == [key.removesuffix("${{ github.run_id }}")]
    version = re.search(r"hashFiles\(([^)]*)\)", restore[0])
    assert version, "the key hashes the tool's files"
    hashed = [name.strip(" '") for name in version.group(1).split(",")]
    # the tool's version: its source here, what requirements.txt installs in a project
    # made by `archive init` (which gets this same workflow)
    assert {"pyproject.toml", "builder/**", "requirements.txt"} <= set(hashed)
    assert [n for n in hashed if list(REPO.glob(n))] == ["pyproject.toml", "setup.py",
                                                         "builder/**"]
    project = project_files(tmp_path / "new-archive")
    assert project[".github/workflows/pages.yml"] == WORKFLOW.read_bytes()
    assert [n for n in hashed if n in project] == ["requirements.txt"]
    python = next(s for s in build if uses(s) == "actions/setup-python")
    assert f"py{python['with']['python-version']}-" in restore[0]


def test_a_build_restored_from_the_workflow_cache_reuses_its_pages(
        workflow: dict[str, Any], tmp_path: Path) -> None:
    """What CI does: a fresh checkout (every file new) plus the cached paths restored;
    the build after a one-post change re-renders only what shows that post, and
    equals a clean build."""
    import io
    import shutil

    from builder.build import build_site
    from builder.config import load_config
    from builder.report import Reporter
    from tests.sitefixture import clean_copy, copy_fixture, tree_bytes

    def build(root: Path):  # type: ignore[no-untyped-def]
        return build_site(load_config(root), reporter=Reporter(stream=io.StringIO()))

    checkout = copy_fixture(tmp_path / "work")  # the runner checks out at one path
    build(checkout)
    saved = tmp_path / "saved"
    for name in cache_step(workflow)["with"]["path"].split():
        shutil.copytree(checkout / name, saved / name, symlinks=True)
    clean_copy(checkout, tmp_path / "next-push")
    shutil.rmtree(checkout)
    (tmp_path / "next-push").rename(checkout)
    for name in cache_step(workflow)["with"]["path"].split():
        shutil.copytree(saved / name, checkout / name, symlinks=True)
    post = checkout / "content/2016/china-launches-new-carrier/post.md"
    post.write_text(post.read_text().replace("second carrier", "second aircraft carrier"))
    result = build(checkout)
    assert "2016/01/china-launches-new-carrier/index.html" in result.changed
    assert "undated/from-the-mailbag/index.html" not in result.changed
    assert len(result.changed) < 15 < result.pages
    fresh = build(clean_copy(checkout, tmp_path / "clean"))
    assert tree_bytes(result.output) == tree_bytes(fresh.output)


def test_the_workflow_runs_the_readme_build_command(workflow: dict[str, Any]) -> None:
    run = next(s for s in steps(workflow, "build") if "run" in s)
    assert readme_first_command() == "make build"
    assert run["run"].strip() == readme_first_command()


def test_the_deploy_job_deploys_the_artifact(workflow: dict[str, Any]) -> None:
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert [uses(s) for s in deploy["steps"]] == ["actions/deploy-pages"]
    expected = "${{ steps." + deploy["steps"][0]["id"] + ".outputs.page_url }}"
    assert deploy["environment"]["url"] == expected


def test_make_build_passes_the_base_url_from_the_environment() -> None:
    def dry_run(*args: str, env: dict[str, str] | None = None) -> str:
        proc = subprocess.run(["make", "-n", "build", *args], cwd=REPO, capture_output=True,
                              text=True, check=True, env=env)
        return proc.stdout

    env = dict(os.environ, BASE_URL="https://ada.github.io/wnu/")
    assert 'archive build --base-url "https://ada.github.io/wnu/"' in dry_run(env=env)
    plain = {k: v for k, v in os.environ.items() if k != "BASE_URL"}
    assert re.search(r"archive build\s*$", dry_run(env=plain), re.MULTILINE)
