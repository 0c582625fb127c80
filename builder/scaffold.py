"""`archive init DIR`: start a new archive project that builds at once.

Takes: a folder (new, empty, or a fresh clone holding only `.git`).  Gives: a
commented `site.yaml`, empty `seeds/` and `content/`, the default theme's
`templates/` and `static/`, `.gitignore`, a README, a Makefile, a
`requirements.txt` naming where to install this tool from, and the GitHub Pages
workflow.  Nothing is written when any of those files already exists.

The theme and the workflow have one source of truth, this project's own
`templates/`, `static/` and `.github/workflows/pages.yml`: found beside the
package in a source checkout or editable install, or in `builder/theme/` where a
regular install put copies of them (see setup.py).
"""

from __future__ import annotations

import json
import re
import subprocess
from importlib import metadata
from pathlib import Path

from builder import __version__
from builder.config import PLACEHOLDER
from builder.errors import ArchiveError
from builder.i18n import parse_locale
from builder.pages_git import pages_url
from builder.report import Reporter

PACKAGE = Path(__file__).resolve().parent
FILES = PACKAGE / "scaffold_files"
DISTRIBUTION = "blog-archive"

# project file -> file in scaffold_files/
PLAIN = {"Makefile": "Makefile", ".gitignore": "gitignore"}
FILLED = {"site.yaml": "site.yaml", "README.md": "README.md"}


def theme_dir() -> Path:
    """The folder holding templates/, static/ and the workflow (source tree or package)."""
    source = PACKAGE.parent
    if (source / "pyproject.toml").is_file() and (source / "templates").is_dir():
        return source
    installed = PACKAGE / "theme"
    if (installed / "templates").is_dir():
        return installed
    raise ArchiveError(
        "the default theme is missing from this installation of the archive tool",
        hint="reinstall it with 'pip install --force-reinstall blog-archive'",
    )


def workflow_file(theme: Path) -> Path:
    source = theme / ".github" / "workflows" / "pages.yml"
    return source if source.is_file() else theme / "pages.yml"


def run_init(path: Path, reporter: Reporter | None = None, language: str = "en") -> int:
    """`archive init DIR [--language CODE]`: 0 when the project was created."""
    reporter = reporter or Reporter()
    if parse_locale(language) is None:
        raise ArchiveError(f"--language {language!r} is not a language code Babel knows",
                           hint="use a code such as 'en', 'es', 'pt-BR' or 'ar'")
    root = path.resolve()
    if root.exists() and not root.is_dir():
        raise ArchiveError(f"{path} exists and is not a folder")
    files = project_files(root, language)
    clashes = [name for name in files if (root / name).exists()]
    if clashes:
        raise ArchiveError(
            f"{path} already holds {', '.join(sorted(clashes))}; nothing was written",
            hint="choose a new folder, or move those files away first",
        )
    for name, data in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for sub in ("seeds", "content"):
        (root / sub).mkdir(exist_ok=True)
    _report(path, root, files, reporter)
    return 0


def project_files(root: Path, language: str = "en") -> dict[str, bytes]:
    """Every file of the new project, by its path relative to the project."""
    theme = theme_dir()
    files: dict[str, bytes] = {}
    for sub in ("templates", "static"):
        for file in sorted((theme / sub).rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                files[file.relative_to(theme).as_posix()] = file.read_bytes()
    files[".github/workflows/pages.yml"] = workflow_file(theme).read_bytes()
    for name, source in PLAIN.items():
        files[name] = (FILES / source).read_bytes()
    values = {"{title}": json.dumps(_title(root), ensure_ascii=False),
              "{base_url}": json.dumps(guess_base_url(root)),
              "{language}": json.dumps(language)}
    for name, source in FILLED.items():
        text = (FILES / source).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value if name == "site.yaml" else json.loads(value))
        files[name] = text.encode("utf-8")
    files["requirements.txt"] = requirements().encode("utf-8")
    files["content/.gitkeep"] = b""
    return files


def _title(root: Path) -> str:
    words = re.split(r"[-_\s]+", root.name.strip())
    return " ".join(w[:1].upper() + w[1:] for w in words if w) or "Blog Archive"


def _repo_name(name: str) -> str:
    """A folder name as a GitHub repository name (letters, digits, . _ -), not a slug."""
    return re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-.") or "archive"


def guess_base_url(root: Path) -> str:
    """The Pages address of the folder's GitHub remote 'origin', else a placeholder."""
    placeholder = f"https://{PLACEHOLDER}.github.io/{_repo_name(root.name)}/"
    if not root.is_dir():
        return placeholder
    proc = subprocess.run(["git", "remote", "get-url", "origin"], cwd=root,
                          capture_output=True, text=True, check=False)
    url = proc.stdout.strip() if proc.returncode == 0 else ""
    return pages_url(url, None, placeholder) if url else placeholder


def requirements() -> str:
    """requirements.txt: install this very tool, from where it was installed if we know."""
    head = ("# Where `make setup` and the GitHub Pages workflow install the archive tool from.\n"
            "# It must be an address GitHub's machines can reach, e.g.\n"
            f"#   {DISTRIBUTION} @ git+https://github.com/OWNER/{DISTRIBUTION}@v{__version__}\n")
    return head + _install_spec() + "\n"


def _install_spec() -> str:
    try:
        text = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        text = None
    info = json.loads(text) if text else {}
    url = str(info.get("url", ""))
    vcs = info.get("vcs_info")
    if url and isinstance(vcs, dict) and vcs.get("vcs") == "git":
        return f"{DISTRIBUTION} @ git+{url}@{vcs.get('commit_id', '')}".rstrip("@")
    if url.startswith("file://"):
        return f"{DISTRIBUTION} @ {url}"
    return f"{DISTRIBUTION}=={__version__}"


def _report(path: Path, root: Path, files: dict[str, bytes], reporter: Reporter) -> None:
    reporter.stage(f"Created the archive project {path} ({len(files)} files)")
    spec = _install_spec()
    if "file://" in spec:
        reporter.warn("requirements.txt installs the archive tool from this computer "
                      f"({spec.split(' @ ', 1)[1]}); point it at an address GitHub can reach "
                      "before using the GitHub Pages workflow")
    reporter.stage("Next:")
    if root != Path.cwd().resolve():
        reporter.stage(f"  cd {path}")
    reporter.stage("  put your blog's page dumps in seeds/")
    reporter.stage("  archive build     (or: archive serve, to see it at http://127.0.0.1:8000/)")
    reporter.stage("  publish it on GitHub Pages: see README.md")
    reporter.info(f"project folder: {root}")
