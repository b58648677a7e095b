"""Train the pair model (generator/data/pair_model.json) on the tuning stories of the multi-outlet dev gold.

    python benchmarks/train_pairs.py [--corpus ../shared/data/multi-outlet] [--out generator/data/pair_model.json]
        [--exclude a,b,...] [--C 1.0]

Examples are the cross-outlet sentence pairs of each tuning story (never a checking story):
positive when the two sentences share a fact in the gold, negative otherwise; "related" pairs are
left out. Features are ``generator.align.features.FEATURES``, computed exactly as a build computes them;
the model is a logistic regression on standardised features (a coefficient each, written as JSON).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
from multi_outlet import DEFAULT_CORPUS, GOLD_DIR, materialise, prepare  # noqa: E402
from real import CACHE, EXAMPLES, OLD_CHECK, OLD_TUNE, TRAINING, WORK, Loaded, load  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

import generator.align.features as pair_features_module  # noqa: E402
from generator.align.features import FEATURES, PairModel, pair_features  # noqa: E402
from generator.align.signal import verb_vectors  # noqa: E402
from generator.align.units import parse_sentences, units_of  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.similarity import embedding_matrix, lexical_matrix  # noqa: E402


def tuning_stories() -> list[str]:
    checking = set(json.loads((GOLD_DIR / "split.json").read_text(encoding="utf-8"))["checking"])
    return sorted(p.stem for p in GOLD_DIR.glob("*.json") if p.stem != "split" and p.stem not in checking)


@cache
def loaded(name: str, corpus: Path = DEFAULT_CORPUS) -> Loaded:
    gold = json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))
    path = WORK / "gold" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(materialise(corpus, gold)), encoding="utf-8")
    prepare(corpus, WORK / "stories", [name])
    return load(name, WORK / "stories" / name, path)


def features(story: Loaded, embedder: Embedder, weight: float = 0.5) -> dict[str, np.ndarray]:
    sentences = story.prepared.sentences
    texts = [s.text for s in sentences]
    parsed = parse_sentences(texts, CACHE)
    units = units_of(texts, parsed)
    unit_texts = [u.text for u in units]
    rank = {a.outlet: i for i, a in enumerate(story.prepared.articles)}
    return pair_features(
        texts, [rank[s.outlet] for s in sentences], [s.position for s in sentences], parsed, units,
        embedding_matrix(unit_texts, embedder), lexical_matrix(unit_texts), verb_vectors(parsed, embedder), weight,
    )  # fmt: skip


def examples(story: Loaded, feats: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The features of a story's cross-outlet pairs (``pair_index`` order) and whether the gold links them."""
    rows, cols, y = pair_index(story)
    return np.column_stack([feats[f][rows, cols] for f in FEATURES]), y


def pair_index(story: Loaded) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A story's cross-outlet sentence pairs (rows, columns; "related" pairs left out) and their labels."""
    sentences = story.prepared.sentences
    key = {s.key: i for i, s in enumerate(sentences)}

    def pairs(groups: list[set[str]]) -> set[tuple[int, int]]:
        out = set()
        for g in groups:
            for a, b in combinations(sorted(k for k in g if k in key), 2):
                out.add(tuple(sorted((key[a], key[b]))))
        return out

    positive = pairs(story.same)
    skip = pairs(story.related) - positive
    index = [
        (i, j)
        for i in range(len(sentences))
        for j in range(i + 1, len(sentences))
        if sentences[i].outlet != sentences[j].outlet and (i, j) not in skip
    ]
    rows, cols = np.array([p[0] for p in index]), np.array([p[1] for p in index])
    return rows, cols, np.array([p in positive for p in index])


def dev_stories(corpus: Path = DEFAULT_CORPUS) -> tuple[list[Loaded], list[Loaded], list[Loaded]]:
    """The tuning stories, the (retired) checking stories and the old dev gold (ECB+ and the seed)."""
    checking = set(json.loads((GOLD_DIR / "split.json").read_text(encoding="utf-8"))["checking"])
    names = sorted(p.stem for p in GOLD_DIR.glob("*.json") if p.stem != "split")
    old_gold = ROOT / "benchmarks" / "gold"
    return (
        [loaded(n, corpus) for n in names if n not in checking],
        [loaded(n, corpus) for n in names if n in checking],
        [load(n, old_gold / "stories" / n, old_gold / f"{n}.json") for n in OLD_TUNE + OLD_CHECK],
    )


def experiment(
    description: str,
    extra: tuple[str, ...] = (),
    compute: Callable[[Loaded, dict[str, np.ndarray]], dict[str, np.ndarray]] | None = None,
) -> tuple[argparse.Namespace, list[Loaded], list[Loaded], list[Loaded], Embedder]:
    """An alignment experiment's command line (``--corpus``, ``--out``) read, and its stories set up
    for ``real.probability`` (``cross_fit``): the tuning stories, the retired checking stories, the
    old dev gold, and the embedder. An experiment on more pair features names them (``extra``) and
    says how to make them (``compute``, as ``add_features`` takes it)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    tune, check, old = dev_stories(args.corpus)
    embedder = Embedder(cache_dir=CACHE)
    if extra and compute is not None:
        add_features(extra, compute)
    cross_fit(tune, check + old, embedder)
    return args, tune, check, old, embedder


def add_features(
    extra: tuple[str, ...], compute: Callable[[Loaded, dict[str, np.ndarray]], dict[str, np.ndarray]]
) -> None:
    """For an experiment: pair features after the shipped ones, named ``extra`` and made by ``compute``
    from a story and its shipped features; a method leaves them out by name (``real.Method(drop=...)``)."""
    global FEATURES, features
    FEATURES = pair_features_module.FEATURES = real.FEATURES = pair_features_module.FEATURES + extra
    base = features

    def more(story: Loaded, embedder: Embedder, weight: float = 0.5) -> dict[str, np.ndarray]:
        feats = base(story, embedder, weight)
        return feats | compute(story, feats)

    features = more


def cross_fit(tune: list[Loaded], others: list[Loaded], embedder: Embedder) -> None:
    """Set up ``real.probability``: each tuning story scored by a pair model trained on the other tuning
    stories, every other story by one trained on them all (features by ``features`` as it is then)."""
    for s in tune:
        EXAMPLES[s.name] = examples(s, features(s, embedder))
        TRAINING[s.name] = [o.name for o in tune if o is not s]
    for s in others:
        TRAINING[s.name] = [o.name for o in tune]


def fit(data: list[tuple[np.ndarray, np.ndarray]], c: float = 1.0, features: tuple[str, ...] = FEATURES) -> PairModel:
    x = np.vstack([d[0] for d in data])
    y = np.concatenate([d[1] for d in data])
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=5000).fit(scaler.transform(x), y)
    return PairModel(
        features,
        tuple(round(float(v), 6) for v in scaler.mean_),
        tuple(round(float(v), 6) for v in scaler.scale_),
        tuple(round(float(v), 6) for v in model.coef_[0]),
        round(float(model.intercept_[0]), 6),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "generator" / "data" / "pair_model.json")
    parser.add_argument("--exclude", default="")
    parser.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args()
    embedder = Embedder(cache_dir=CACHE)
    names = [n for n in tuning_stories() if n not in set(args.exclude.split(","))]
    data = [examples(loaded(n, args.corpus), features(loaded(n, args.corpus), embedder)) for n in names]
    model = replace(fit(data, args.C), encoder=embedder.identity)
    out = model.as_dict() | {"trained_on": names, "examples": int(sum(len(d[1]) for d in data))}
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(names)} stories, {out['examples']} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
