"""One root error for everything the user can get wrong.

Every error carries the file and line it is about, so that the command line can
print one readable line: `path:line: what is wrong (hint)`.
"""

from __future__ import annotations

from pathlib import Path


class ArchiveError(Exception):
    """A problem the user can fix: bad input, bad config, a conflict."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class ConfigError(ArchiveError):
    """site.yaml is missing, malformed or names an unknown key."""


class ContentError(ArchiveError):
    """A content file has bad front matter."""


class BuildError(ArchiveError):
    """The site could not be built (template error, two pages at one path, ...)."""


class BuildStopped(BuildError):
    """A build given up at a safe point for a newer change (`archive serve`): the site
    is left as it was and the next build does the work."""


class ErrorList(ArchiveError):
    """Several problems gathered before stopping, reported together."""

    def __init__(self, errors: list[ArchiveError]) -> None:
        super().__init__(f"{len(errors)} problem(s)")
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)
