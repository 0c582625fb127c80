"""Fixtures shared by the whole suite.

- `run_archive`: the real `archive` command in a subprocess (python -m builder).
- `make_site`: a throw-away archive project in tmp_path.
- `static_server`: serve a built folder over HTTP under a sub-path such as /REPO/.
- `browser` / `page`: Debian's Chromium driven by Playwright.  Browser tests fail,
  never skip, when Chromium is missing.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


def archive_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture
def run_archive() -> Callable[..., subprocess.CompletedProcess[str]]:
    """run_archive("split", "--json", cwd=site) -> CompletedProcess (text, never raises)."""

    def run(*args: str, cwd: Path | str | None = None, env: dict[str, str] | None = None,
            timeout: float = 600) -> subprocess.CompletedProcess[str]:
        full_env = archive_env()
        full_env.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "builder", *args], cwd=cwd, env=full_env,
            capture_output=True, text=True, timeout=timeout,
        )

    return run


@pytest.fixture
def make_site(tmp_path: Path) -> Callable[..., Path]:
    """make_site(files={"site.yaml": "...", "seeds/a.txt": "..."}) -> project folder.

    Templates and static files of this repository are copied in unless given.
    """

    def make(files: dict[str, str | bytes] | None = None, copy_theme: bool = True) -> Path:
        root = tmp_path / "site"
        root.mkdir(exist_ok=True)
        for sub in ("seeds", "content"):
            (root / sub).mkdir(exist_ok=True)
        if copy_theme:
            for sub in ("templates", "static"):
                if (REPO / sub).exists() and not (root / sub).exists():
                    shutil.copytree(REPO / sub, root / sub)
        for name, data in (files or {}).items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        return root

    return make


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _PrefixHandler(_QuietHandler):
    prefix = "/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])


@pytest.fixture
def static_server() -> Iterator[Callable[[Path, str], str]]:
    """static_server(folder, "/REPO/") -> base URL like http://127.0.0.1:PORT/REPO/."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(folder: Path, prefix: str = "/") -> str:
        handler = type("H", (_PrefixHandler,), {"prefix": prefix})
        httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(folder))
        )
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless.  Fails (never skips) when it is missing."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make browser-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    pg = context.new_page()
    yield pg
    context.close()
