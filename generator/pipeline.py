"""The pipeline: a story folder through ingest, segment and align to a ``Story``."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .align import build_claims
from .embed import Embedder
from .errors import InputError, StoryErrors
from .ingest import is_article_file, read_story_articles
from .model import Story
from .segment import segment_article
from .similarity import Blend, hybrid_matrix

STORY_FILE = "story.toml"
# Calibrated on the dev gold and STS-B (see benchmarks/README.md); override per site in pelicanconf.
DEFAULT_BLEND = Blend(weight=0.5, threshold=0.5)


def is_story_folder(path: Path) -> bool:
    """A folder holding at least one article file."""
    return path.is_dir() and not path.name.startswith((".", "_")) and any(is_article_file(p) for p in path.iterdir())


def story_meta(folder: Path) -> dict[str, str]:
    """Optional ``story.toml`` (title, description); the title defaults to the folder name."""
    meta: dict[str, str] = {}
    path = folder / STORY_FILE
    if path.exists():
        try:
            meta = {k: str(v) for k, v in tomllib.loads(path.read_text(encoding="utf-8")).items()}
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise StoryErrors([InputError(path, f"not valid TOML: {err}")]) from err
    meta.setdefault("title", re.sub(r"[-_]+", " ", folder.name).strip().capitalize())
    return meta


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "story"


def build_story(folder: Path, embedder: Embedder | None, blend: Blend = DEFAULT_BLEND) -> Story:
    """Read, segment and align one story; raise ``StoryErrors`` listing every input problem."""
    folder = Path(folder)
    if not folder.is_dir():
        raise StoryErrors([InputError(folder, "not a folder")])
    meta = story_meta(folder)
    articles, errors = read_story_articles(folder)
    if not articles and not errors:
        errors.append(InputError(folder, "no article files (.txt, .md, .html) in this folder"))
    if errors:
        raise StoryErrors(errors)
    sentences = [s for a in articles for s in segment_article(a)]
    sim = hybrid_matrix([s.text for s in sentences], embedder, blend)
    claims = build_claims(sentences, sim, blend.threshold, [a.outlet for a in articles])
    return Story(
        slug=slugify(folder.name),
        title=meta["title"],
        description=meta.get("description"),
        articles=articles,
        claims=claims,
    )
