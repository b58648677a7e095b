"""Errors about input files, reported as one line naming the file (and line)."""

from __future__ import annotations

import os
import tempfile
import traceback
from pathlib import Path


def printable(text: str) -> str:
    """Text safe to print on one line: control characters (a newline in a file name) escaped."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def internal_error(err: BaseException, doing: str) -> str:
    """One line for an unexpected error, naming the file its full trace was written to."""
    try:
        fd, name = tempfile.mkstemp(prefix="story-digest-error-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            traceback.print_exception(err, file=f)
        where = f"the full trace is in {name}"
    except OSError:
        where = "the trace could not be written"
    if isinstance(err, MemoryError):
        return f"error: out of memory while {doing}; nothing was published ({where})"
    message = printable(str(err))[:200]
    return f"internal error while {doing}: {type(err).__name__}: {message} (a bug, not your input; {where})"


class InputError(Exception):
    """A problem with one input file that the user must fix."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.message = message
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return printable(f"{where}: {self.message}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None]]:
        # Raised in a worker process, it is pickled back: rebuilt from its parts, not from its text.
        return type(self), (self.path, self.message, self.line)


class StoryErrors(Exception):
    """Every input problem found in a story, reported at once."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    def __reduce__(self) -> tuple[type[StoryErrors], tuple[list[InputError]]]:
        return type(self), (self.errors,)
