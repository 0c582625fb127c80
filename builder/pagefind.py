"""The Pagefind binary, driven through its `--service` protocol.

Takes: Pagefind requests (add a page, get the files).  Gives: the answers, one at a
time: the PyPI package's asyncio wrapper polls for each answer with a 0.1 s sleep
(70,000 records would take two hours), so this speaks the same protocol
synchronously.  A binary that cannot run is one clear `BuildError` with the fix;
`stop_running` (from another thread) kills every Pagefind this process runs.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from builder.errors import BuildError
from builder.forked import roomy_pipe

INSTALL_HINT = ("install the Pagefind binary for this platform: "
                "pip install 'pagefind[extended]', or set PAGEFIND_BINARY_PATH "
                "to a pagefind_extended binary from https://github.com/CloudCannon/pagefind/releases")
JEMALLOC_CONF = "dirty_decay_ms:3000,muzzy_decay_ms:0"


# -- the Pagefind service ---------------------------------------------------------------

_RUNNING: set[PagefindProcess] = set()
_STOPPED = threading.Event()
_LEFT: list[subprocess.Popen[bytes]] | None = None  # `leave_exits()`: not yet waited for


def stop_running() -> None:
    """Kill every Pagefind this process runs and refuse to start more until
    `allow_running` (from another thread: cancels a search pass of `archive serve`;
    the build then fails and leaves the site as it was)."""
    _STOPPED.set()
    for service in list(_RUNNING):
        service.kill()


def leave_exits() -> None:
    """From now on, a Pagefind whose answers are in is not waited for as it exits (it
    frees its memory: 20-30 ms, which `wait` polls in doubling sleeps) until
    `wait_left()`: for the forked index (builder.search_fork), whose work goes on."""
    global _LEFT
    _LEFT = []


def wait_left() -> None:
    """Wait for the Pagefinds `leave_exits` left."""
    for process in _LEFT or ():
        _wait(process)


def _wait(process: subprocess.Popen[bytes]) -> None:
    """Wait for a Pagefind whose input is closed to end; killed after 10 s."""
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def stop_requested() -> bool:
    return _STOPPED.is_set()


def allow_running() -> None:
    _STOPPED.clear()


class PagefindProcess:
    """`pagefind --service`: base64 JSON messages, each followed by a comma."""

    def __init__(self) -> None:
        self.binary = pagefind_binary()
        self._process: subprocess.Popen[bytes] | None = None
        self._message_id = 0
        self._buffer = bytearray()

    def __enter__(self) -> PagefindProcess:
        if _STOPPED.is_set():
            raise BuildError("search: stopped")
        try:
            self._process = subprocess.Popen([str(self.binary), "--service"],
                                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                             stderr=subprocess.DEVNULL, env=_pagefind_env())
        except OSError as error:
            raise cannot_run(self.binary, error.strerror or str(error)) from error
        _RUNNING.add(self)
        roomy_pipe(self._process.stdout)  # GetFiles' answer, megabytes, in fewer pieces
        return self

    def kill(self) -> None:
        if self._process is not None:
            with contextlib.suppress(OSError):
                self._process.kill()

    def __exit__(self, *exc: object) -> None:
        _RUNNING.discard(self)
        if self._process is None:
            return
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):  # a pipe to a process that died
                    stream.close()
        if _LEFT is not None and exc[0] is None:  # its answers are in: it ends as we go on
            _LEFT.append(self._process)
            return
        _wait(self._process)

    def peak_bytes(self) -> int:
        """The process's peak resident memory so far (Linux; 0 elsewhere)."""
        try:
            with open(f"/proc/{self.pid}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            pass
        return 0

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def request(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send one request and return the answer's payload; raise BuildError on failure."""
        try:
            self._send(payload)
            return self._answer(payload["type"])
        except (BrokenPipeError, EOFError) as error:
            raise self._stopped() from error

    def stream(self, payloads: Iterable[dict[str, Any]], count: int) -> None:
        """Send `count` requests from a thread while their answers are read here.

        Pagefind indexes one document while the next is being made."""
        failures: list[BaseException] = []

        def feed() -> None:
            try:
                for payload in payloads:
                    self._send(payload)
            except BaseException as error:  # reported below, after the reader stops
                failures.append(error)
                assert self._process is not None
                self._process.kill()

        feeder = threading.Thread(target=feed, name="pagefind-feed", daemon=True)
        feeder.start()
        try:
            for _ in range(count):
                self._answer("AddFile")
        except EOFError as error:
            feeder.join()
            if failures and not isinstance(failures[0], OSError):
                raise failures[0] from error
            raise self._stopped() from error
        feeder.join()
        if failures:
            raise failures[0]

    def _send(self, payload: dict[str, Any]) -> None:
        assert self._process is not None and self._process.stdin is not None
        self._message_id += 1
        message = json.dumps({"message_id": self._message_id, "payload": payload})
        self._process.stdin.write(base64.b64encode(message.encode("utf-8")) + b",")
        self._process.stdin.flush()

    def _answer(self, what: str) -> dict[str, Any]:
        reply = json.loads(base64.b64decode(self._read_message()))["payload"]
        if reply.get("type") == "Error":
            raise BuildError(f"search: Pagefind refused {what}: {reply['message']}")
        return dict(reply)

    def _stopped(self) -> BuildError:
        assert self._process is not None
        return cannot_run(self.binary, f"it stopped (exit code {self._process.wait()})")

    def _read_message(self) -> bytes:
        assert self._process is not None and self._process.stdout is not None
        end = self._buffer.find(b",")
        while end < 0:  # (only what came last is looked through: GetFiles' answer is
            # megabytes, come in pieces)
            chunk = os.read(self._process.stdout.fileno(), 1 << 20)
            if not chunk:
                raise EOFError("pagefind closed its output")
            self._buffer += chunk
            end = chunk.find(b",")
            if end >= 0:
                end += len(self._buffer) - len(chunk)
        message = bytes(self._buffer[:end])
        del self._buffer[:end + 1]
        return message


def index_documents(documents: Iterable[tuple[str, str]], count: int, language: str
                    ) -> tuple[dict[str, bytes], int]:
    """Pagefind's bundle over `count` (URL, HTML document) pairs, in that order (a
    page's number is its place in it), indexed as `language` (a code: "en"); with the
    process's peak resident memory (0 when unknown)."""
    with PagefindProcess() as pagefind:
        index_id = pagefind.request({"type": "NewIndex", "config": {
            "force_language": language}})["index_id"]
        pagefind.stream(({"type": "AddFile", "index_id": index_id, "url": url,
                          "file_path": None, "file_contents": document}
                         for url, document in documents), count)
        reply = pagefind.request({"type": "GetFiles", "index_id": index_id})
        peak = pagefind.peak_bytes()
    return {f["path"]: base64.b64decode(f["content"]) for f in reply["files"]}, peak


def pagefind_binary() -> Path:
    """The Pagefind binary the `pagefind` package would use, looked up in the order of
    its `pagefind.service.get_executable` (PAGEFIND_BINARY_PATH, the binary of the
    `pagefind_bin_extended` package, of `pagefind_bin`, then `pagefind_extended` or
    `pagefind` on the PATH) without importing that module: it imports asyncio, 40 ms
    before a clean build's first Pagefind could start.  BuildError when missing."""
    named = os.environ.get("PAGEFIND_BINARY_PATH")
    if named is not None:
        return Path(named)
    for package in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            found = importlib.import_module(package).get_executable()
        except ImportError:
            continue
        except FileNotFoundError as error:
            raise BuildError(f"search: no Pagefind binary found ({error})",
                             hint=INSTALL_HINT) from error
        return Path(found)
    on_path = shutil.which("pagefind_extended") or shutil.which("pagefind")
    if on_path is None:
        raise BuildError("search: no Pagefind binary found for this platform",
                         hint=INSTALL_HINT)
    return Path(on_path)


def _pagefind_env() -> dict[str, str]:
    """Pagefind's allocator (jemalloc) gives freed memory back after three seconds, not
    after ten (its default) nor one: over 10,000 posts (4 shards of 2,500) one second
    cost 1.1 M page faults and ~10 % more of Pagefind's CPU (29.5 s, not 26.4 s) to save
    ~40 MB of each Pagefind's peak (~420 MB, not 410-475 MB); ten seconds saves no more
    CPU than three and peaks at up to 507 MB.  The user's own _RJEM_MALLOC_CONF wins."""
    env = dict(os.environ)
    env.setdefault("_RJEM_MALLOC_CONF", JEMALLOC_CONF)
    return env


def cannot_run(binary: Path, why: str) -> BuildError:
    return BuildError(f"search: the Pagefind binary {binary} cannot run on this platform: {why}",
                      hint=INSTALL_HINT)
