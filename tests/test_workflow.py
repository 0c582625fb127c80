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
                     "actions/upload-pages-artifact"]
    configure = next(s for s in build if uses(s) == "actions/configure-pages")
    upload = next(s for s in build if uses(s) == "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "_site"
    run_steps = [s for s in build if "run" in s]
    assert len(run_steps) == 1
    run = run_steps[0]
    assert build.index(configure) < build.index(run) < build.index(upload)
    expected = "${{ steps." + configure["id"] + ".outputs.base_url }}/"
    assert run["env"]["BASE_URL"] == expected


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
