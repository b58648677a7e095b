"""Pair features: how strongly two sentences look like they tell a common fact, and a learned blend.

Every feature is an n x n matrix over a story's sentences, computed with a few matrix products:
the embedding and character n-gram similarities of the sentences and of their best-matching
clauses, a word TF-IDF cosine (rare shared words: names, numbers, places), overlaps of the
anchors the parser finds (proper nouns, numbers, content lemmas), how a sentence ranks among the
other outlet's sentences (a mutual best match is telling), position and length, and whether two
quotes are of other words or other speakers. A logistic model
(``generator/data/pair_model.json``, trained by ``benchmarks/train_pairs.py`` on the tuning
stories of the dev gold) turns them into the probability that the two sentences share a fact.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from ..similarity import incidence, normalise
from ..tfidf import cosine, english_stop_words, words
from .units import Parsed, Unit

MODEL_FILE = Path(__file__).parent.parent / "data" / "pair_model.json"
FEATURES = (
    "blend",
    "embedding",
    "lexical",
    "best_clause",
    "words",
    "names",
    "numbers",
    "lemmas",
    "number_clash",
    "rank_product",
    "rank_min",
    "z",
    "position_gap",
    "position_first",
    "length_min",
    "length_max",
    "both_quote",
    "rare_shared",
    "neighbours",
    "embedding_best_clause",
    "quote_clash",
    "speaker_clash",
    "rare_figures",
    "verbs_jaccard",
    "verbs_cos",
)
RARE = 4  # a word or name in at most this many of the story's sentences is a rare anchor


def _by_sentence(unit_sim: np.ndarray, units: list[Unit], n: int) -> np.ndarray:
    """Sentence x sentence: the best similarity between any unit of one and any unit of the other."""
    owner = np.array([u.sentence for u in units])
    cols = unit_sim[:, :n].copy()  # the first n units are the whole sentences, in order
    for b in range(n, len(units)):
        np.maximum(cols[:, owner[b]], unit_sim[:, b], out=cols[:, owner[b]])
    rows = cols[:n].copy()
    for a in range(n, len(units)):
        np.maximum(rows[owner[a]], cols[a], out=rows[owner[a]])
    return rows


def _overlap(sets: list[frozenset[str]]) -> np.ndarray:
    """|A & B| / sqrt(|A| |B|) for every pair of sets (0 when either is empty)."""
    inter = _shared(sets)
    size = np.sqrt(np.array([len(s) for s in sets], dtype=float))
    with np.errstate(invalid="ignore", divide="ignore"):
        out = inter / np.outer(size, size)
    return np.nan_to_num(out, nan=0.0, posinf=0.0)


def _rare_shared(parsed: list[Parsed]) -> np.ndarray:
    """log(1 + the number of rare content words and names two sentences share)."""
    counts: dict[str, int] = {}
    for p in parsed:
        for w in p.lemmas | p.names:
            counts[w] = counts.get(w, 0) + 1
    matrix = incidence([frozenset(w for w in p.lemmas | p.names if counts[w] <= RARE) for p in parsed])
    return np.log1p((matrix @ matrix.T).toarray())


def _specific(number: str) -> bool:
    """A figure few facts share by chance: a decimal ("2.8"), or three digits or more that are not a
    year ("134", "4000")."""
    if "." in number.strip("."):
        return True
    return bool(re.fullmatch(r"\d{3,}", number)) and not re.fullmatch(r"(?:19|20)\d\d", number)


def _rare_figures(parsed: list[Parsed]) -> np.ndarray:
    """log(1 + the number of specific figures two sentences share that at most ``RARE`` of the story's
    sentences give): "grew 2.8 percent" and "rose 2.8 percent" tell one fact whatever else their words
    say (an audit found such facts split over claims of one outlet each)."""
    counts: dict[str, int] = {}
    for p in parsed:
        for x in p.numbers:
            counts[x] = counts.get(x, 0) + 1
    matrix = incidence([frozenset(x for x in p.numbers if counts[x] <= RARE and _specific(x)) for p in parsed])
    return np.log1p((matrix @ matrix.T).toarray())


def _neighbours(blend: np.ndarray, outlets: list[int]) -> np.ndarray:
    """The mean similarity of the sentences before both and after both (when in the same articles)."""
    n = len(outlets)
    owner = np.array(outlets)
    total, count = np.zeros((n, n)), np.zeros((n, n))
    for step in (-1, 1):
        idx = np.arange(n) + step
        ok = (idx >= 0) & (idx < n)
        ok[ok] &= owner[idx[ok]] == owner[ok]
        src = np.where(ok)[0]
        total[np.ix_(src, src)] += blend[np.ix_(idx[src], idx[src])]
        count[np.ix_(src, src)] += 1
    return np.where(count > 0, total / np.maximum(count, 1), 0.0)


# Content words each of two quotes needs for them to be told apart by their words: 4 until session
# 40, when 2 was best of 4, 3, 2 and 1 left one story out on the tuning stories (benchmarks/README.md).
QUOTED = 2
QUOTES_SHARED = 0.2


def _clashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """For every pair of sentences: whether both quote words (``QUOTED`` content words or more) and
    share under ``QUOTES_SHARED`` of the shorter quote's (other words, so most likely another
    statement); and whether both name a speaker and no name word is shared (an audit found claims
    whose cards quote other people's other words, grouped by their topic)."""
    from ..compare.quote import content_quote_words, speakers  # a text reading the comparison shares

    said = [frozenset(content_quote_words(t)) for t in texts]
    who = [frozenset(speakers(t)) for t in texts]
    size = np.array([len(s) for s in said], dtype=float)
    least = np.minimum(size[:, None], size[None, :])
    quote = (least >= QUOTED) & (_shared(said) < QUOTES_SHARED * least)
    named = np.array([bool(w) for w in who])
    speaker = named[:, None] & named[None, :] & (_shared(who) == 0)
    return quote.astype(float), speaker.astype(float)


def _shared(sets: list[frozenset[str]]) -> np.ndarray:
    """How many words every two sets share."""
    matrix = incidence(sets)
    return (matrix @ matrix.T).toarray()


def _sets_alike(sets: list[frozenset[str]], vectors: Mapping[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """How alike every two sentences' word sets are: the share of words in common (|A & B| / |A | B|),
    and how near the words are in meaning (each word's best cosine among the other's, by ``vectors``,
    averaged, the weaker way round); 0 where either set is empty. Of verbs (``Parsed.verbs``), what two
    sentences say was done: sentences on one topic that tell different things of it ("four were
    killed" / "two were wounded") share their names and nouns."""
    n = len(sets)
    vocabulary = sorted(set().union(*sets))
    if not vocabulary:
        return np.zeros((n, n)), np.zeros((n, n))
    inter = _shared(sets)
    size = np.array([len(v) for v in sets], dtype=float)
    union = size[:, None] + size[None, :] - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        jaccard = np.nan_to_num(inter / union, nan=0.0, posinf=0.0)
    index = {v: i for i, v in enumerate(vocabulary)}
    matrix = np.array([vectors[v] for v in vocabulary], dtype=np.float64)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    sims = matrix @ matrix.T
    best = np.zeros((len(vocabulary), n))  # word x sentence: the word's best cosine among the sentence's
    for j, held in enumerate(sets):
        if held:
            best[:, j] = sims[:, [index[v] for v in held]].max(axis=1)
    share = np.zeros((n, len(vocabulary)))  # sentence x word: 1/|words| for each of its words
    for i, held in enumerate(sets):
        for v in held:
            share[i, index[v]] = 1.0 / len(held)
    toward = share @ best  # [i, j]: i's words' mean best cosine among j's
    near = np.minimum(toward, toward.T)
    near[(size == 0)[:, None] | (size == 0)[None, :]] = 0.0
    return jaccard, near


def word_matrix(texts: list[str]) -> np.ndarray:
    """Cosine of word TF-IDF vectors (English stop words out), fitted on the story's sentences."""
    stop = english_stop_words()
    return cosine(texts, lambda t: words(normalise(t), stop))


def pair_features(
    texts: list[str],
    outlets: list[int],
    positions: list[float],
    parsed: list[Parsed],
    units: list[Unit],
    unit_embedding: np.ndarray,
    unit_lexical: np.ndarray,
    verb_vectors: Mapping[str, np.ndarray],
    weight: float = 0.5,
) -> dict[str, np.ndarray]:
    """All features, each an n x n matrix over the sentences ``texts`` (``verb_vectors``: the embedding
    of every verb ``parsed`` gives, by lemma)."""
    n = len(texts)
    unit_blend = weight * unit_embedding + (1 - weight) * unit_lexical
    blend = unit_blend[:n, :n]
    owner = np.array(outlets)
    rank = np.zeros((n, n))
    z = np.zeros((n, n))
    for o in sorted(set(outlets)):
        cols = np.where(owner == o)[0]
        sub = blend[:, cols]
        order = (-sub).argsort(axis=1, kind="stable").argsort(axis=1, kind="stable")
        rank[:, cols] = 1.0 / (1 + order)
        z[:, cols] = (sub - sub.mean(axis=1, keepdims=True)) / (sub.std(axis=1, keepdims=True) + 1e-6)
    numbers = _overlap([p.numbers for p in parsed])
    has_number = np.array([bool(p.numbers) for p in parsed])
    pos = np.array(positions)
    length = np.log(np.array([max(len(t.split()), 1) for t in texts], dtype=float))
    quote = np.array(['"' in normalise(t) for t in texts])
    quote_clash, speaker_clash = _clashes(texts)
    verbs_jaccard, verbs_cos = _sets_alike([p.verbs for p in parsed], verb_vectors)
    return {
        "blend": blend,
        "embedding": unit_embedding[:n, :n],
        "lexical": unit_lexical[:n, :n],
        "best_clause": _by_sentence(unit_blend, units, n),
        "words": word_matrix(texts),
        "names": _overlap([p.names for p in parsed]),
        "numbers": numbers,
        "lemmas": _overlap([p.lemmas for p in parsed]),
        "number_clash": ((has_number[:, None] & has_number[None, :]) & (numbers == 0)).astype(float),
        "rank_product": rank * rank.T,
        "rank_min": np.minimum(rank, rank.T),
        "z": (z + z.T) / 2,
        "position_gap": np.abs(pos[:, None] - pos[None, :]),
        "position_first": np.minimum(pos[:, None], pos[None, :]),
        "length_min": np.minimum(length[:, None], length[None, :]),
        "length_max": np.maximum(length[:, None], length[None, :]),
        "both_quote": (quote[:, None] & quote[None, :]).astype(float),
        "rare_shared": _rare_shared(parsed),
        "neighbours": _neighbours(blend, outlets),
        "embedding_best_clause": _by_sentence(unit_embedding, units, n),
        "quote_clash": quote_clash,
        "speaker_clash": speaker_clash,
        "rare_figures": _rare_figures(parsed),
        "verbs_jaccard": verbs_jaccard,
        "verbs_cos": verbs_cos,
    }


@dataclass(frozen=True)
class PairModel:
    """A logistic model over standardised features."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    encoder: str | None = None  # the embedding model's identity its features were computed with

    def probability(self, feats: dict[str, np.ndarray]) -> np.ndarray:
        logit = np.full_like(feats[self.features[0]], self.intercept, dtype=np.float64)
        for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef, strict=True):
            logit += c * (feats[name] - m) / s
        prob = 1.0 / (1.0 + np.exp(-logit))
        return (prob + prob.T) / 2  # symmetric by construction; guards against float noise

    def as_dict(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items() if v is not None}

    def fits(self, identity: str) -> bool:
        """Whether vectors of this embedding model (``embed.model_identity``) are what the model was
        trained on: its embedding features are calibrated to one encoder's similarities."""
        return self.encoder is None or self.encoder == identity

    @classmethod
    def from_dict(cls, data: dict) -> PairModel:
        return cls(
            tuple(data["features"]),
            tuple(data["mean"]),
            tuple(data["scale"]),
            tuple(data["coef"]),
            float(data["intercept"]),
            data.get("encoder"),
        )


@cache
def shipped_model(path: Path = MODEL_FILE) -> PairModel:
    return PairModel.from_dict(json.loads(path.read_text(encoding="utf-8")))
