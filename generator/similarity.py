"""Sentence similarity: a lexical measure, an embedding measure and their calibrated blend."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from .embed import Embedder
from .tfidf import char_wb_ngrams, cosine

_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-"}
)


def unaccented(text: str) -> str:
    """The text without accents, its case kept ("Calderón" -> "Calderon")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # the comparison normalises each wording many times over
def normalise(text: str) -> str:
    """Lower case, plain quotes and dashes, no accents, dotted acronyms closed up (U.S. -> us)."""
    text = unaccented(text.translate(_QUOTES)).lower()
    return re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)


def lexical_matrix(texts: list[str]) -> np.ndarray:
    """Cosine similarity of character 3-5-gram TF-IDF vectors (word-bounded), fitted on these texts."""
    if not texts:
        return np.zeros((0, 0))
    return cosine(texts, lambda t: char_wb_ngrams(normalise(t)))


def incidence(sets: list[frozenset[str]]) -> sparse.csr_matrix:
    """A 0/1 text x word matrix: its product with its transpose counts the words two sets share."""
    vocab = {w: i for i, w in enumerate(sorted(set().union(*sets)))} if sets else {}
    rows = [i for i, s in enumerate(sets) for _ in s]
    cols = [vocab[w] for s in sets for w in sorted(s)]
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), max(len(vocab), 1)))


def embedding_matrix(texts: list[str], embedder: Embedder) -> np.ndarray:
    """Cosine similarity of sentence embeddings."""
    vectors = embedder.encode(texts)
    return vectors @ vectors.T


@dataclass(frozen=True)
class Blend:
    """How to combine the two measures: ``weight`` on embeddings, the rest on the lexical score."""

    weight: float = 0.5
    threshold: float = 0.5
    attach: float | None = None  # second-pass threshold for joining a further claim (None: off)
    floor: float | None = None  # no pair in a claim below this (None: average linkage alone)
    # Fact-level alignment: the learned pair model over clause-aware features (the thresholds above
    # are then probabilities), and a third pass letting a sentence join every claim it matches.
    pairs: bool = False
    every: float | None = None  # threshold of that pass (None: off)
    lone: bool = False  # that pass also lets a sentence clustering left alone join claims
    # A threshold per story (``align.story_threshold``): link about ``share`` times the pairs the pair
    # model expects to state a common fact, the threshold kept within ``bounds``; ``threshold`` is
    # then the reference the attach thresholds are offsets from (None: the threshold is fixed).
    share: float | None = None
    bounds: tuple[float, float] = (0.0, 1.0)
    # A story of at most ``clique_outlets`` outlets is grouped as maximal cliques of the pairs at or
    # above ``clique_threshold`` (``align.cliques``, overlapping ones joined), not by clustering; 0: never.
    clique_outlets: int = 0
    clique_threshold: float = 0.5
    cliques: bool = False  # this story's settings: cliques (set by ``pipeline.story_blend``)


def hybrid_matrix(texts: list[str], embedder: Embedder | None, blend: Blend) -> np.ndarray:
    """The blended similarity, rounded so float noise cannot flip a decision between builds."""
    lexical = lexical_matrix(texts)
    if embedder is None or blend.weight == 0:
        sim = lexical
    else:
        sim = blend.weight * embedding_matrix(texts, embedder) + (1 - blend.weight) * lexical
    return np.round(sim, 4)
