"""Incremental rebuilds: aligned stories and written pages kept from one build to the next.

A story whose inputs are unchanged is neither read, aligned nor compared again: its ``Story`` comes
from ``<cache>/stories/<key>.pickle``, where the key is a hash of everything that decides it: the
story folder's path and the bytes of every file in it (``story.toml`` and ``corrections.toml``
included), the alignment settings (``DIGEST_BLEND``, the model, lexical-only), and the generator's
version (a hash of the generator package's source files and its data, the pair model among them).

A page whose inputs are unchanged (its story's key, the page's path and template, and the site's
key: theme files, settings, the content outside the story folders, Pelican's and Jinja's versions)
is not rendered again: its bytes are taken from the previous output (a hard link, else a copy)
when the previous build recorded the same key for it and the file is still the one it wrote (same
size and modification time). The record, ``<cache>/pages/<hash of the output path>.json``, is
written only after a build has been swapped in. Either cache may be damaged or missing: an entry
that cannot be read is recomputed, so the site is the same, byte for byte, whatever their state.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .model import Story

PACKAGE = Path(__file__).resolve().parent
CACHE_FORMAT = b"digest-incremental-1"


_SOURCES = {".py", ".json", ".toml", ".txt", ".npz"}  # code and data (the encoder's adapter is .npz)


@cache
def generator_version() -> str:
    """A hash of the generator package's source and data files: any change to the code is a new version."""
    digest = hashlib.sha256(CACHE_FORMAT)
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in _SOURCES and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _hash_tree(digest: Any, root: Path, skip: set[Path] | None = None) -> None:
    """Names, kinds and bytes of everything under ``root`` (links by their target, never followed)."""
    if not root.exists():
        digest.update(b"missing\0")
        return
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not (skip and (here / d) in skip))
        for name in sorted(dirs + files):
            path = here / name
            digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogateescape") + b"\0")
            try:
                if path.is_symlink():
                    digest.update(b"L" + os.fsencode(os.readlink(path)) + b"\0")
                elif path.is_file():
                    digest.update(b"F" + hashlib.sha256(path.read_bytes()).digest())
                elif path.is_dir():
                    digest.update(b"D")
                else:
                    digest.update(b"O")
            except OSError as err:  # unreadable: a key that cannot match a build that read it
                digest.update(b"E" + str(err).encode() + os.urandom(8))


def story_key(folder: Path, settings_key: str) -> str:
    """The key of a story folder's aligned ``Story``: its path, its files' bytes, settings, version."""
    digest = hashlib.sha256(generator_version().encode() + b"\0" + settings_key.encode() + b"\0")
    digest.update(os.fsencode(os.path.abspath(folder)) + b"\0")
    _hash_tree(digest, folder)
    return digest.hexdigest()


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
# Settings that change from build to build without changing a page (where the pages are written).
_VOLATILE = {"OUTPUT_PATH", "DIGEST_TARGET"}


def settings_key(settings: dict[str, Any], *extra: object) -> str:
    """A hash of Pelican's settings (a repr of each, memory addresses left out) and ``extra``."""
    items = sorted((k, v) for k, v in settings.items() if k not in _VOLATILE)
    text = _ADDRESS.sub("", repr([*items, *extra]))
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def site_key(settings: dict[str, Any], content: Path, theme: Path, story_folders: list[Path]) -> str:
    """What every page depends on besides its story: the theme, the settings, the content that is
    not a story folder (Pelican's own pages and static files), and the versions of Pelican and Jinja."""
    import jinja2
    import pelican

    digest = hashlib.sha256(generator_version().encode())
    digest.update(settings_key(settings, getattr(pelican, "__version__", ""), jinja2.__version__).encode())
    _hash_tree(digest, theme)
    _hash_tree(digest, content, skip={f.resolve() if f.is_symlink() else f for f in story_folders})
    return digest.hexdigest()


class StoryCache:
    """Aligned stories on disk, one pickle per key; an entry that cannot be read is a miss."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.folder = cache_dir / "stories" if cache_dir else None

    def get(self, key: str) -> Story | None:
        if self.folder is None:
            return None
        try:
            with open(self.folder / f"{key}.pickle", "rb") as f:
                entry = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:
            return None
        if not isinstance(entry, dict) or entry.get("key") != key or not isinstance(entry.get("story"), Story):
            return None
        return entry["story"]

    def put(self, key: str, story: Story) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, partial = tempfile.mkstemp(prefix=f".{key[:16]}-", suffix=".partial", dir=self.folder)
            with os.fdopen(fd, "wb") as f:
                pickle.dump({"key": key, "story": story}, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(partial, self.folder / f"{key}.pickle")
        except OSError:
            return  # a cache that cannot be written: the next build aligns the story again


@dataclass
class PageRecord:
    """What the previous build of one output folder wrote: per file, its key, size and mtime."""

    target: Path
    cache_dir: Path | None
    old: dict[str, list] = field(default_factory=dict)
    new: dict[str, list] = field(default_factory=dict)
    reused: int = 0
    old_notes: dict[str, Any] = field(default_factory=dict)  # e.g. how many pages the search index holds
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> Path | None:
        if self.cache_dir is None:
            return None
        name = hashlib.sha256(os.fsencode(os.path.abspath(self.target))).hexdigest()[:24]
        return self.cache_dir / "pages" / f"{name}.json"

    @classmethod
    def load(cls, target: Path, cache_dir: Path | None) -> PageRecord:
        record = cls(Path(target), cache_dir)
        path = record.path
        if path is not None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and isinstance(data.get("files"), dict):
                    record.old = {k: v for k, v in data["files"].items() if isinstance(v, list) and len(v) == 3}
                    if isinstance(data.get("notes"), dict):
                        record.old_notes = data["notes"]
            except (OSError, ValueError):
                pass
        return record

    def reuse_folder(self, prefix: str, key: str, building: Path) -> bool:
        """Every file the previous build recorded under ``prefix`` with ``key``, or nothing (False)."""
        files = [r for r, entry in self.old.items() if r.startswith(prefix + "/") and entry[0] == key]
        if not files or any(r.startswith(prefix + "/") and e[0] != key for r, e in self.old.items()):
            return False
        for relative in sorted(files):
            if not self.reuse(relative, key, building, count=False):
                shutil.rmtree(building / prefix, ignore_errors=True)
                for r in files:
                    self.new.pop(r, None)
                return False
        return True

    def wrote_folder(self, prefix: str, key: str, building: Path) -> None:
        for path in sorted((building / prefix).rglob("*")):
            if path.is_file() and not path.is_symlink():
                self.wrote(path.relative_to(building).as_posix(), key, building)

    def reuse(self, relative: str, key: str, building: Path, count: bool = True) -> bool:
        """Put the previous build's file at ``relative`` into ``building`` if its key is ``key`` and it is
        still the file that build wrote; True if done."""
        entry = self.old.get(relative)
        if entry is None or entry[0] != key:
            return False
        old = self.target / relative
        try:
            st = os.stat(old, follow_symlinks=False)
            if not os.path.isfile(old) or os.path.islink(old) or [st.st_size, st.st_mtime_ns] != entry[1:]:
                return False
            new = building / relative
            new.parent.mkdir(parents=True, exist_ok=True)
            if new.exists() or new.is_symlink():
                new.unlink()
            try:
                os.link(old, new)
            except OSError:
                shutil.copy2(old, new)
        except OSError:
            return False
        self.reused += count and relative.endswith(".html")  # pages, as the closing line counts them
        self.wrote(relative, key, building)
        return True

    def wrote(self, relative: str, key: str, building: Path) -> None:
        try:
            st = os.stat(building / relative)
        except OSError:
            return
        self.new[relative] = [key, st.st_size, st.st_mtime_ns]

    def save(self) -> None:
        """After the swap: the record of the build now in place (written atomically)."""
        path = self.path
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".partial-{os.getpid()}")
            partial.write_text(json.dumps({"files": self.new, "notes": self.notes}, sort_keys=True), encoding="utf-8")
            os.replace(partial, path)
        except OSError:
            pass


def page_key(site: str, story: str, relative: str, template: str) -> str:
    return hashlib.sha256(f"{site}\0{story}\0{relative}\0{template}".encode()).hexdigest()
