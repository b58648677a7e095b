"""Errors about input files, reported as one line naming the file (and line)."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A problem with one input file that the user must fix."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.message = message
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class StoryErrors(Exception):
    """Every input problem found in a story, reported at once."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
