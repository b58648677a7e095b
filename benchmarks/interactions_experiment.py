"""Products of the strongest pair features as more features of the logistic pair model (experiment).

    python benchmarks/interactions_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

A logistic model weighs each feature alike whatever the others say; boosted trees, which could weigh
them together, lose (``boosted_pairs_experiment.py``). A middle way: the ten products of pairs of
the five features with the largest weights (``z``, ``best_clause``, ``words``,
``embedding_best_clause``, ``position_first``) as more features. Scored as
``rare_numbers_experiment.py`` scores its features (``signal_experiments.ablation``); the checking
stories' figures are left out of the report.

Session 57: leave one story out 0.5355 against 0.5319 (9 stories up, 14 down), ECB+ 0.6873 against
0.6540, the seed 0.868 against 0.918. Not shipped.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402
from signal_experiments import ablation, without_checking  # noqa: E402

STRONGEST = ("z", "best_clause", "words", "embedding_best_clause", "position_first")
EXTRA = tuple(f"{a}*{b}" for a, b in combinations(STRONGEST, 2))


def products(story: real.Loaded, feats: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each product of two of the strongest features."""
    return {f"{a}*{b}": feats[a] * feats[b] for a, b in combinations(STRONGEST, 2)}


VARIANTS = {"shipped": EXTRA, "with the products": ()}


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, products)
    return emit(without_checking(ablation(VARIANTS, tune, check, old, embedder)), args.out)


if __name__ == "__main__":
    sys.exit(main())
