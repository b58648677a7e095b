"""Experiment (session 19, not shipped): the fact signal reads each sentence without its opening dateline.

    python benchmarks/dateline_experiment.py OUT.json

Runs ``real.py``'s shipped method (leave one story out on the tuning stories, the fifth set, the old
dev gold) with the pair features computed, for training and for scoring alike, on each sentence with
its dateline or wire credit cut ("PORT TOWN, Ore. (Reuters) - "). Compare with ``results/real.json``.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.segment import dateline  # noqa: E402

_features = train_pairs.features


def features(story: real.Loaded, embedder: Embedder, weight: float = 0.5) -> dict[str, np.ndarray]:
    """The pair features of the story's sentences with their datelines cut."""
    cut = [replace(s, text=s.text[dateline(s.text) :].strip() or s.text) for s in story.prepared.sentences]
    return _features(replace(story, prepared=replace(story.prepared, sentences=cut)), embedder, weight)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    train_pairs.features = features  # read by real.py when it trains and scores
    sys.argv = ["real.py", "--methods", "0", "--out", sys.argv[1]]
    return real.main() or 0


if __name__ == "__main__":
    raise SystemExit(main())
