"""Which folders are stories, and their URLs: light enough to need none of the alignment's libraries
(a rebuild whose stories all come from the cache loads no model, parser or scikit-learn)."""

from __future__ import annotations

import re
from pathlib import Path

from .ingest import is_article_file


def is_story_folder(path: Path) -> bool:
    """A folder (not a symbolic link to one) holding at least one article file."""
    if path.is_symlink() or not path.is_dir() or path.name.startswith((".", "_")):
        return False
    try:
        return any(is_article_file(p) for p in path.iterdir())
    except OSError:
        return True  # an unreadable folder: prepare() reports it by name


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "story"
