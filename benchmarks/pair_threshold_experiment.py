"""A threshold per outlet pair, against the shipped threshold per story (measured, not shipped).

    python benchmarks/pair_threshold_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

The shipped threshold (``align.story_threshold``) links a story at the probability of its
(share x expected)-th most likely cross-outlet pair. Here each pair of outlets gets its own such
threshold, from its own pairs, mixed with the story's (``mix`` 0: the story's alone, 1: the pair's
alone); the pair's probabilities are shifted by the difference, so the story's threshold cuts them
at their own. Mean pairwise F1 (precision, recall) of the shipped grouping on the tuning stories
(each scored by a pair model trained on the others), the retired fifth checking set, the seven ECB+
stories and the seed story. About five minutes.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402

from generator.align import story_threshold  # noqa: E402
from generator.align.claims import build_claims  # noqa: E402
from generator.evaluate import score  # noqa: E402

LOW, HIGH = real.SHIPPED.bounds
SHARES = [real.SHIPPED.share, 0.75]
MIXES = [0.0, 0.5, 1.0]


def shifted(prob: np.ndarray, owner: np.ndarray, share: float, mix: float) -> tuple[np.ndarray, float]:
    """The probabilities with each outlet pair's shifted to its own threshold, and the story's threshold."""
    t_story = story_threshold(prob, list(owner), share, LOW, HIGH)
    out = prob.copy()
    if mix == 0:
        return out, t_story
    names = sorted(set(owner.tolist()))
    for i in names:
        for j in names:
            if j <= i:
                continue
            mask = (owner[:, None] == i) & (owner[None, :] == j)
            values = np.sort(prob[mask])[::-1]
            if values.size == 0:
                continue
            k = min(max(round(share * math.fsum(values.tolist())), 1), values.size)
            t = mix * float(min(max(values[k - 1], LOW), HIGH)) + (1 - mix) * t_story
            out[mask] += t_story - t
            out[mask.T] += t_story - t
    return out, t_story


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__)
    method = real.Method("grid", pairs=True, attach=0.1, floor=None, every=0.05, lone=True)

    def scores(story: real.Loaded, share: float, mix: float) -> tuple[float, float, float]:
        sentences = story.prepared.sentences
        codes = {o: i for i, o in enumerate(sorted({s.outlet for s in sentences}))}
        owner = np.array([codes[s.outlet] for s in sentences])
        prob, t = shifted(real.probability(story, method, embedder), owner, share, mix)
        outlets = [a.outlet for a in story.prepared.articles]
        claims = build_claims(sentences, prob, t, outlets, t + method.attach, None, t + method.every, False, True)
        s = score(story.prepared.story(claims), story.same, story.related)
        return s.f1, s.precision, s.recall

    groups = {
        "tune": tune,
        "fifth_set": check,
        "ecb": [s for s in old if s.name != "seed-kremlin"],
        "seed": [s for s in old if s.name == "seed-kremlin"],
    }
    report: dict = {}
    for share in SHARES:
        for mix in MIXES:
            row = {}
            for name, stories in groups.items():
                found = [scores(s, share, mix) for s in stories]
                row[name] = {k: round(float(np.mean([f[i] for f in found])), 4) for i, k in enumerate(("f1", "p", "r"))}
            report[f"share {share}, mix {mix}"] = row
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
