"""The per-story threshold (``align.story_threshold``) by its share, against fixed thresholds.

    python benchmarks/threshold_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

For each share of the expected same-fact pairs (the sum of a story's cross-outlet pair
probabilities) and each fixed threshold: mean pairwise F1 of the shipped grouping on the tuning
stories (each scored with a pair model trained on the others), the retired fifth checking set, the
old dev gold (seed story and ECB+), the seven ECB+ stories and the seed story; and leave one story
out over the shares (each tuning story scored with the share best on the others). The thresholds
each story gets are listed too. Last, the attach passes' offsets from the story's threshold.
"""

from __future__ import annotations

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

SHARES = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1.0]
FIXED = [0.26, 0.30, 0.36, 0.42]
BOUNDS = real.SHIPPED.bounds
SHIPPED = real.SHIPPED.share


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__)
    method = real.Method("grid", pairs=True, attach=0.1, floor=None, every=0.05, lone=True)

    def threshold(story: real.Loaded, share: float) -> float:
        prob = real.probability(story, method, embedder)
        return story_threshold(prob, [s.outlet for s in story.prepared.sentences], share, *BOUNDS)

    scores: dict[tuple[str, float], dict] = {}

    def result(story: real.Loaded, t: float) -> dict:
        if (story.name, t) not in scores:
            scores[(story.name, t)] = real.run(story, method, t, embedder)
        return scores[(story.name, t)]

    def f1(story: real.Loaded, t: float) -> float:
        return result(story, t)["f1"]

    def prf(story: real.Loaded, t: float) -> tuple[float, float]:
        return result(story, t)["precision"], result(story, t)["recall"]

    def summary(pick) -> dict:
        ecb = [s for s in old if s.name != "seed-kremlin"]
        seed = next(s for s in old if s.name == "seed-kremlin")
        return {
            "tune": round(float(np.mean([f1(s, pick(s)) for s in tune])), 4),
            "fifth_set": round(float(np.mean([f1(s, pick(s)) for s in check])), 4),
            "old_dev": round(float(np.mean([f1(s, pick(s)) for s in old])), 4),
            "ecb": round(float(np.mean([f1(s, pick(s)) for s in ecb])), 4),
            "seed": round(f1(seed, pick(seed)), 4),
            "tune_precision": round(float(np.mean([prf(s, pick(s))[0] for s in tune])), 4),
            "tune_recall": round(float(np.mean([prf(s, pick(s))[1] for s in tune])), 4),
        }

    report: dict = {"bounds": BOUNDS, "share": {}, "fixed": {}}
    for share in SHARES:
        report["share"][str(share)] = summary(lambda s, share=share: threshold(s, share)) | {
            "thresholds": {s.name: round(threshold(s, share), 4) for s in tune + check + old}
        }
    for t in FIXED:
        report["fixed"][str(t)] = summary(lambda s, t=t: t)
    # The attach passes' offsets from the story's threshold (shipped: +0.1 and +0.05), at the shipped share.
    report["offsets"] = {}
    for attach, every in [(0.1, 0.05), (0.15, 0.05), (0.2, 0.05), (0.3, 0.05), (None, 0.05), (0.1, 0.0), (0.1, 0.1)]:
        variant = real.Method("offsets", pairs=True, attach=attach, floor=None, every=every, lone=True, share=SHIPPED)
        out = real.evaluate_method(variant, tune, check, old, embedder)
        ecb = [v["f1"] for k, v in out["old_dev"].items() if k != "seed-kremlin"]
        report["offsets"][f"attach {attach}, every {every}"] = {
            "tune": out["tune_mean_f1"],
            "fifth_set": out["check_mean_f1"],
            "old_dev": out["old_dev_mean_f1"],
            "ecb": round(float(np.mean(ecb)), 4),
            "seed": out["old_dev"]["seed-kremlin"]["f1"],
            "tune_precision": round(float(np.mean([v["precision"] for v in out["tune"].values()])), 4),
            "tune_recall": round(float(np.mean([v["recall"] for v in out["tune"].values()])), 4),
        }
    loso = []
    for s in tune:
        best = max(SHARES, key=lambda a: np.mean([f1(o, threshold(o, a)) for o in tune if o is not s]))
        loso.append(f1(s, threshold(s, best)))
    report["share_loso_tune"] = round(float(np.mean(loso)), 4)
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
