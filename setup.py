"""Ship the default theme and the Pages workflow inside the package.

The project's own `templates/`, `static/` and `.github/workflows/pages.yml` stay
the one source of truth; a regular (non-editable) build copies them into
`builder/theme/` so that a pip-installed `archive init` can start new projects.
An editable install needs no copy: `builder.scaffold` finds them beside the package.
Everything else about the package is declared in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
THEME = {"templates": "templates", "static": "static",
         ".github/workflows/pages.yml": "pages.yml"}


class BuildWithTheme(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "builder" / "theme"
        for source, name in THEME.items():
            src = HERE / source
            if src.is_dir():
                shutil.copytree(src, target / name, dirs_exist_ok=True)
            elif src.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, target / name)


setup(cmdclass={"build_py": BuildWithTheme})
