"""The pipeline: a story folder through ingest, segment and align to a ``Story``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .align import build_claims
from .compare import compare_story
from .corrections import apply_corrections
from .embed import Embedder
from .errors import InputError, StoryErrors
from .furniture import is_credit_line
from .ingest import is_article_file, read_story_articles
from .model import Article, Claim, Dropped, Sentence, Story
from .segment import segment_article
from .signal import Signal, fact_signal, mark_parts
from .similarity import Blend, hybrid_matrix

STORY_FILE = "story.toml"
# Calibrated on the dev gold and STS-B (see benchmarks/README.md); override per site in pelicanconf.
# Fact-level: the learned pair model (probabilities), settings chosen leave-one-story-out on the
# tuning stories of the multi-outlet dev gold (benchmarks/real.py).
DEFAULT_BLEND = Blend(weight=0.5, threshold=0.32, attach=0.42, floor=None, pairs=True, every=0.37)
# The sentence-level blend of before, kept for comparison (benchmarks) and as DIGEST_BLEND option.
SENTENCE_BLEND = Blend(weight=0.5, threshold=0.43, attach=0.47, floor=0.35)
# Without the embedding model (--lexical-only): the lexical measure's own calibrated threshold.
LEXICAL_BLEND = Blend(weight=0.0, threshold=0.19)


def is_story_folder(path: Path) -> bool:
    """A folder holding at least one article file."""
    return path.is_dir() and not path.name.startswith((".", "_")) and any(is_article_file(p) for p in path.iterdir())


def story_meta(folder: Path, errors: list[InputError]) -> dict[str, str]:
    """Optional ``story.toml`` (title, description); the title defaults to the folder name."""
    meta: dict[str, str] = {}
    path = folder / STORY_FILE
    if path.exists():
        try:
            meta = {k: str(v) for k, v in tomllib.loads(path.read_text(encoding="utf-8")).items()}
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            errors.append(InputError(path, f"not valid TOML: {err}"))
    try:
        float(meta.get("order", 0))
    except ValueError:
        errors.append(InputError(path, f"order = {meta.pop('order')!r} is not a number"))
    meta.setdefault("title", re.sub(r"[-_]+", " ", folder.name).strip().capitalize())
    return meta


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "story"


@dataclass
class Prepared:
    """A story read and segmented, before alignment."""

    folder: Path
    meta: dict[str, str]
    articles: list[Article]
    sentences: list[Sentence]
    warnings: list[str]

    def story(self, claims: list[Claim]) -> Story:
        return Story(
            slug=slugify(self.folder.name),
            title=self.meta["title"],
            description=self.meta.get("description"),
            articles=self.articles,
            claims=claims,
            warnings=self.warnings,
            order=float(self.meta["order"]) if "order" in self.meta else None,
        )


def prepare(folder: Path) -> Prepared:
    """Read and segment a story folder; raise ``StoryErrors`` listing every input problem."""
    folder = Path(folder)
    if not folder.is_dir():
        raise StoryErrors([InputError(folder, "not a folder")])
    reading = read_story_articles(folder)
    meta = story_meta(folder, reading.errors)
    articles = reading.articles
    if not articles and not reading.errors:
        reading.errors.append(InputError(folder, "no article files (.txt, .md, .html) in this folder"))
    if reading.errors:
        raise StoryErrors(reading.errors)
    warnings = [str(w) for w in reading.warnings]
    if len(articles) == 1:
        warnings.append(str(InputError(folder, "the story has one outlet only: there is nothing to compare")))
    sentences = [s for a in articles for s in drop_credit_sentences(a, segment_article(a))]
    return Prepared(folder, meta, articles, sentences, warnings)


def drop_credit_sentences(article: Article, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences without bylines and credit lines inside paragraphs ("X contributed to this report"):
    those are listed with the article's dropped lines, never aligned as claims."""
    kept = [s for s in sentences if not is_credit_line(s.text)]
    if len(kept) == len(sentences):
        return sentences
    article.dropped.extend(
        Dropped(article.source, s.line, s.text, "byline or credit line") for s in sentences if is_credit_line(s.text)
    )
    return [replace(s, index=i, total=len(kept)) for i, s in enumerate(kept)]


def align_prepared(prepared: Prepared, sim: np.ndarray, blend: Blend, signal: Signal | None = None) -> Story:
    """Claims from a precomputed similarity matrix (used by the tuning benchmark)."""
    outlets = [a.outlet for a in prepared.articles]
    claims = build_claims(prepared.sentences, sim, blend.threshold, outlets, blend.attach, blend.floor, blend.every)
    if signal is not None:
        mark_parts(claims, prepared.sentences, signal)
    # The editor's corrections.toml, after alignment (and its parts) and before the comparison,
    # so the differences and disagreements are those of the corrected claims.
    claims = apply_corrections(prepared.folder, prepared.sentences, claims)
    story = prepared.story(claims)
    story.disagreements = compare_story(story)
    return story


def align(
    prepared: Prepared, embedder: Embedder | None, blend: Blend | None = None, cache_dir: Path | None = None
) -> Story:
    """Align a prepared story's sentences into claims (without an embedder, on lexical similarity)."""
    blend = blend or (DEFAULT_BLEND if embedder else LEXICAL_BLEND)
    texts = [s.text for s in prepared.sentences]
    if embedder is None or not blend.pairs:
        return align_prepared(prepared, hybrid_matrix(texts, embedder, blend), blend)
    signal = fact_signal(prepared, embedder, blend, cache_dir)
    return align_prepared(prepared, signal.probability, blend, signal)


def build_story(folder: Path, embedder: Embedder | None, blend: Blend | None = None) -> Story:
    """Read, segment and align one story; raise ``StoryErrors`` listing every input problem."""
    return align(prepare(folder), embedder, blend)
