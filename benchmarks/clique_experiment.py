"""Claims as maximal cliques of matching sentences, with a threshold per story (experiment).

    python benchmarks/clique_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

``real.py`` measures cliques with one threshold for all stories (the best on the tuning stories):
higher than the shipped clustering on every set of real coverage but far lower on the short ECB+
stories and the seed, whose sentences the pair model links densely. Here cliques take each story's
own threshold (``align.story_threshold``: the probability of the ``share * sum(p)``-th likeliest
pair, within bounds), for several shares and lower bounds, beside the shipped method; every set
is scored: leave one story out on the tuning stories (the pair model trained without the story),
the fifth checking set, the sixth (``gold/multi-outlet-claims``), that folder's tuning stories
(never trained on), the seed and the seven ECB+ stories.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
from multi_outlet import DEFAULT_CORPUS, GOLD_DIR  # noqa: E402
from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402


def relative(prob: np.ndarray, outlets: list[str], keep: float) -> np.ndarray:
    """The probabilities with a pair kept only where it is at least ``keep`` times the best pair of
    each of its two sentences with the other's outlet (near-copies of one wire story link each
    sentence to its own counterpart, not to every sentence above the threshold)."""
    owner = np.array(outlets)
    best = np.zeros_like(prob)  # best[i, j]: i's best probability with any sentence of j's outlet
    for o in sorted(set(outlets)):
        cols = owner == o
        best[:, cols] = prob[:, cols].max(axis=1, keepdims=True)
    return np.where((prob >= keep * best) & (prob >= keep * best.T), prob, 0.0)


KEEP: dict[str, float] = {}  # method name -> the share of a sentence's best pair a pair must reach
_PROBABILITY = real.probability


def _probability(story: real.Loaded, method: real.Method, embedder: Embedder) -> np.ndarray:
    prob = _PROBABILITY(story, method, embedder)
    if method.name not in KEEP:
        return prob
    return relative(prob, [s.outlet for s in story.prepared.sentences], KEEP[method.name])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--hybrid-only", action="store_true", help="only the shipped method and the hybrids")
    args = parser.parse_args()
    real.probability = _probability  # the filtered methods' pairs (this script only, never on import)
    tune, check, old = real.load_sets(args.corpus, GOLD_DIR, ROOT / "benchmarks" / "gold")
    more_tune, more_check = real.load_split(args.corpus, ROOT / "benchmarks" / "gold" / "multi-outlet-claims")
    embedder = Embedder(cache_dir=real.CACHE)
    real.learn(tune, check + old + more_check + more_tune, embedder)
    cliques = real.Method("cliques", pairs=True, attach=None, floor=None, cliques=True)
    before = replace(real.SHIPPED, name="clustering for every story (shipped until session 37)", clique_outlets=0)
    methods = [before, cliques]
    for most in (3, 4):  # cliques (one threshold, chosen on the tuning stories) for stories of few outlets
        name = f"cliques for stories of at most {most} outlets (shipped: 4), clustering for the others"
        methods.append(replace(before, name=name, fixed=None, clique_outlets=most, clique_threshold=None))
    if args.hybrid_only:
        methods = methods[:1] + methods[2:]
    for low, high in () if args.hybrid_only else ((0.2, 0.5), (0.26, 0.5), (0.26, 0.7), (0.26, 0.9)):
        for share in (0.5, 0.65, 0.8, 1.0):
            name = f"cliques, a threshold per story: share {share}, within {low} to {high}"
            methods.append(replace(cliques, name=name, share=share, bounds=(low, high), fixed=0.36))
    for keep in () if args.hybrid_only else (0.5, 0.7, 0.85):
        for share in (0.8, 1.0):
            name = f"cliques of pairs at least {keep} of each sentence's best with the other outlet, share {share}"
            KEEP[name] = keep
            methods.append(replace(cliques, name=name, share=share, bounds=(0.26, 0.5), fixed=0.36))
        name = f"cliques of pairs at least {keep} of each sentence's best with the other outlet, one threshold"
        KEEP[name] = keep
        methods.append(replace(cliques, name=name))
    rows = []
    more = {"more_check": more_check, "more_tune": more_tune}
    for method in methods:
        r = real.evaluate_method(method, tune, check, old, embedder, more)
        ecb = [v["f1"] for k, v in r["old_dev"].items() if k.startswith("ecb")]
        rows.append(
            {
                "name": method.name,
                "threshold": r["threshold"],
                "loso": r["loso_mean_f1"],
                "fifth": r["check_mean_f1"],
                "sixth": r["more_check_mean_f1"],
                "more_tune": r["more_tune_mean_f1"],
                "seed": r["old_dev"]["seed-kremlin"]["f1"],
                "ecb7": round(float(np.mean(ecb)), 4),
                "loso_stories": {k: v["f1"] for k, v in r["loso"].items()},
            }
        )
        print(rows[-1]["name"], {k: v for k, v in rows[-1].items() if k not in ("name", "loso_stories")}, flush=True)
    return emit({"methods": rows}, args.out)


if __name__ == "__main__":
    sys.exit(main())
