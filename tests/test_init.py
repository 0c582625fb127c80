"""`archive init DIR`: a new project that builds at once, through the real CLI."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from builder.config import load_config

Run = Callable[..., subprocess.CompletedProcess[str]]
REPO = Path(__file__).resolve().parent.parent


def same_tree(a: Path, b: Path) -> bool:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all(
        filecmp.cmp(a / rel, b / rel, shallow=False) for rel in files_a)


def test_a_new_project_builds_at_once_and_passes_check(tmp_path: Path, run_archive: Run) -> None:
    created = run_archive("init", "wnu-archive", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    project = tmp_path / "wnu-archive"
    assert "Created the archive project wnu-archive" in created.stdout
    assert "cd wnu-archive" in created.stdout

    built = run_archive("build", cwd=project)
    assert built.returncode == 0, built.stderr
    index = (project / "_site" / "index.html").read_text(encoding="utf-8")
    assert "Wnu Archive" in index
    for name in ("404.html", "feed.xml", "sitemap.xml", ".nojekyll"):
        assert (project / "_site" / name).is_file()

    checked = run_archive("check", cwd=project)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_new_project_holds_what_the_readme_promises(tmp_path: Path, run_archive: Run) -> None:
    assert run_archive("init", "my archive", cwd=tmp_path).returncode == 0
    project = tmp_path / "my archive"
    for folder in ("seeds", "content", "templates", "static"):
        assert (project / folder).is_dir()
    assert same_tree(project / "templates", REPO / "templates")
    assert same_tree(project / "static", REPO / "static")
    assert (project / ".github/workflows/pages.yml").read_bytes() == (
        REPO / ".github/workflows/pages.yml").read_bytes()
    assert "_site/" in (project / ".gitignore").read_text(encoding="utf-8").splitlines()
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# My Archive\n")
    assert "Source: GitHub Actions" in readme and "archive publish" in readme
    site_yaml = (project / "site.yaml").read_text(encoding="utf-8")
    assert "# Where the site will live." in site_yaml
    config = load_config(project)
    assert config.title == "My Archive"
    assert config.base_url == "https://your-github-name.github.io/my-archive/"
    assert config.permalink == "{year}/{month}/{id}/"
    requirements = (project / "requirements.txt").read_text(encoding="utf-8")
    assert "blog-archive" in requirements.splitlines()[-1]


def test_init_in_a_fresh_clone_takes_the_address_from_the_github_remote(
        tmp_path: Path, run_archive: Run) -> None:
    clone = tmp_path / "wnu"
    subprocess.run(["git", "init", "--quiet", str(clone)], check=True)
    subprocess.run(["git", "remote", "add", "origin", "git@github.com:Ada/wnu.git"],
                   cwd=clone, check=True)
    result = run_archive("init", str(clone), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert load_config(clone).base_url == "https://ada.github.io/wnu/"


def test_init_refuses_a_folder_holding_its_files_and_writes_nothing(
        tmp_path: Path, run_archive: Run) -> None:
    project = tmp_path / "old"
    project.mkdir()
    (project / "site.yaml").write_text("title: mine\n", encoding="utf-8")
    (project / "README.md").write_text("mine\n", encoding="utf-8")
    result = run_archive("init", "old", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "error: old already holds README.md, site.yaml; nothing was written "
        "(hint: choose a new folder, or move those files away first)")
    assert sorted(p.name for p in project.iterdir()) == ["README.md", "site.yaml"]
    assert (project / "site.yaml").read_text(encoding="utf-8") == "title: mine\n"


def test_the_new_projects_make_build_takes_the_pages_base_url(
        tmp_path: Path, run_archive: Run) -> None:
    assert run_archive("init", "p", cwd=tmp_path).returncode == 0
    env = dict(os.environ, BASE_URL="https://ada.github.io/p/")
    proc = subprocess.run(["make", "-n", "build"], cwd=tmp_path / "p", capture_output=True,
                          text=True, check=True, env=env)
    assert 'archive build --base-url "https://ada.github.io/p/"' in proc.stdout
    assert "pip install --quiet -r requirements.txt" in proc.stdout
    readme = (tmp_path / "p" / "README.md").read_text(encoding="utf-8")
    first = readme.split("```sh\n", 1)[1].splitlines()[0].split("#")[0].strip()
    workflow = (tmp_path / "p" / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    assert first == "make build"
    assert f"run: {first}\n" in workflow


@pytest.mark.slow
def test_a_regular_install_ships_the_theme_and_init_works_from_it(tmp_path: Path) -> None:
    """Build a wheel (not editable), install it apart from the source tree, run init."""
    source = tmp_path / "src"
    for name in ("builder", "templates", "static", ".github"):
        shutil.copytree(REPO / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "theme"))
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(REPO / name, source / name)
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                            "-w", str(wheels), str(source)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    wheel = next(wheels.glob("blog_archive-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "builder/theme/templates/base.html" in names
    assert "builder/theme/static/site.css" in names
    assert "builder/theme/pages.yml" in names
    assert "builder/scaffold_files/site.yaml" in names

    target = tmp_path / "installed"
    zipfile.ZipFile(wheel).extractall(target)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    proc = subprocess.run([sys.executable, "-c",
                           "import builder, sys; from builder.cli import main; "
                           "assert builder.__file__.startswith(sys.argv[1]); "
                           "sys.exit(main(['init', sys.argv[2]]))", str(target), "new"],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert same_tree(tmp_path / "new" / "templates", REPO / "templates")
    assert (tmp_path / "new" / ".github/workflows/pages.yml").read_bytes() == (
        REPO / ".github/workflows/pages.yml").read_bytes()
