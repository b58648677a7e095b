"""Atomic output: the site is built into a fresh folder beside ``output/`` and swapped in whole.

Pelican writes into whatever folder it is given, and empties it first. Here every build writes into
``output.tmp-XXXX`` (beside ``output``); only when Pelican has finished is it exchanged with
``output`` in one step (``renameat2(RENAME_EXCHANGE)`` on Linux; elsewhere two renames that the
next build undoes if it finds them half done). A failure or a kill at any moment leaves the previous
site whole. ``output.lock`` (``flock``) serialises builds of one output folder: a second build waits
for the first instead of mixing its pages in.
"""

from __future__ import annotations

import atexit
import ctypes
import errno
import fcntl
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import IO

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(a))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicOutput:
    """One build of one output folder: lock, fresh folder, swap (or clean up)."""

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = Path(os.path.abspath(target))
        self.parent = self.target.parent
        self.name = self.target.name
        self.lock_file: IO[str] | None = None
        self.building: Path | None = None

    def _siblings(self, kind: str) -> list[Path]:
        return sorted(self.parent.glob(f"{self.name}.{kind}-*"))

    def begin(self, keep_old: bool = False) -> Path:
        """Take the lock, tidy what an interrupted build left, and make the folder to build into.

        ``keep_old``: start from a copy of the current output (Pelican's DELETE_OUTPUT_DIRECTORY off).
        """
        self.parent.mkdir(parents=True, exist_ok=True)
        self.lock_file = open(self.parent / f"{self.name}.lock", "a")  # noqa: SIM115 - held until finish()
        try:
            fcntl.flock(self.lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"digest: waiting for another build of {self.target} to finish", file=sys.stderr, flush=True)
            fcntl.flock(self.lock_file, fcntl.LOCK_EX)
        self._recover()
        self.building = Path(tempfile.mkdtemp(prefix=f"{self.name}.tmp-", dir=self.parent))
        os.chmod(self.building, 0o777 & ~_umask())
        if keep_old and self.target.is_dir():
            shutil.copytree(self.target, self.building, symlinks=True, dirs_exist_ok=True)
        atexit.register(self.abandon)
        return self.building

    def _recover(self) -> None:
        """Under the lock: put back an output folder a killed swap left aside; remove stale folders."""
        old = self._siblings("old")
        if not self.target.exists():
            aside = next((o / "site" for o in reversed(old) if (o / "site").is_dir()), None)
            if aside is not None:
                os.rename(aside, self.target)
        for stale in old + self._siblings("tmp"):
            shutil.rmtree(stale, ignore_errors=True)

    def finish(self, retain: list[str] | tuple[str, ...] = ()) -> None:
        """Swap the finished folder in as the output, remove the previous one, release the lock."""
        if self.building is None:
            return
        built, self.building = self.building, None
        for name in retain:  # Pelican's OUTPUT_RETENTION (e.g. .git) survives a clean build
            kept = self.target / name
            if kept.exists() and not (built / name).exists():
                if kept.is_dir() and not kept.is_symlink():
                    shutil.copytree(kept, built / name, symlinks=True)
                else:
                    shutil.copy2(kept, built / name, follow_symlinks=False)
        if self.target.is_symlink() or not self.target.exists():
            if self.target.is_symlink():
                self.target.unlink()
            os.rename(built, self.target)
        elif _exchange(built, self.target):
            shutil.rmtree(built, ignore_errors=True)  # now the previous site
        else:
            aside = Path(tempfile.mkdtemp(prefix=f"{self.name}.old-", dir=self.parent))
            os.rename(self.target, aside / "site")
            os.rename(built, self.target)
            shutil.rmtree(aside, ignore_errors=True)
        self._unlock()

    def abandon(self) -> None:
        """The build failed: remove its folder, leave the output as it was, release the lock."""
        if self.building is not None:
            shutil.rmtree(self.building, ignore_errors=True)
            self.building = None
        self._unlock()

    def _unlock(self) -> None:
        if self.lock_file is not None:
            self.lock_file.close()  # closing releases the flock
            self.lock_file = None
        atexit.unregister(self.abandon)
