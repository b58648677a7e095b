"""Two more ways to sharpen the fact signal, measured on the tuning stories (experiment, not shipped).

    python benchmarks/signal_experiments.py [--corpus ../shared/data/multi-outlet] [--out FILE]

- ``centered``: every sentence of a story shares its topic, which lifts every embedding cosine; one more
  pair feature, the cosine of the two sentences' embeddings once the story's mean embedding is taken
  away (worked out from the cosine matrix: K = G - r 1' - 1 r' + m, then K / sqrt(diag K diag K')).
- ``two_hop``: support through a third outlet. With the pair probabilities P of the shipped model
  (each tuning story's from a model trained on the others), H(i, j) = the best, over the sentences k
  of an outlet neither i nor j is from, of min(P(i, k), P(k, j)); a second logistic model on
  logit P and logit H (trained on the other tuning stories' cross-fitted P).

Each is scored with the shipped grouping, leave one story out, the threshold chosen on the other
tuning stories; "baseline" is the shipped model with the same threshold grid.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from multi_outlet import DEFAULT_CORPUS  # noqa: E402
from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402


def centered(gram: np.ndarray) -> np.ndarray:
    """Cosines after subtracting the mean of the unit vectors whose cosine matrix is ``gram``."""
    r = gram.mean(axis=1)
    k = gram - r[:, None] - r[None, :] + r.mean()
    d = np.sqrt(np.clip(np.diag(k), 1e-9, None))
    return k / np.outer(d, d)


def two_hop(prob: np.ndarray, outlets: list[str]) -> np.ndarray:
    owner = np.array(outlets)
    out = np.zeros_like(prob)
    for o in sorted(set(outlets)):
        cols = np.where(owner == o)[0]
        sub = prob[:, cols]
        hop = np.minimum(sub[:, None, :], sub[None, :, :]).max(axis=2)
        allowed = (owner[:, None] != o) & (owner[None, :] != o)
        out = np.where(allowed, np.maximum(out, hop), out)
    return out


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _summary(report: dict) -> dict:
    keys = ("threshold", "tune_mean_f1", "loso_mean_f1", "check_mean_f1", "old_dev_mean_f1")
    return {k: report[k] for k in keys} | {"seed": report["old_dev"]["seed-kremlin"]["f1"]}


def without_checking(report: dict) -> dict:
    """A report without the checking stories' figures (they are not looked at while designing)."""
    if isinstance(report, dict):
        return {k: without_checking(v) for k, v in report.items() if "check" not in k}
    return report


def ablation(variants: dict[str, tuple[str, ...]], tune: list, check: list, old: list, embedder: Embedder) -> dict:
    """The shipped method with pair features left out by name (``variants``: name -> features dropped;
    the first is the baseline), each with its figures, the mean F1 of the ECB+ stories, and per set the
    stories up and down against the baseline."""
    full = {
        name: real.evaluate_method(replace(real.SHIPPED, name=name, drop=drop), tune, check, old, embedder)
        for name, drop in variants.items()
    }
    baseline = full[next(iter(variants))]
    report = {}
    for name, result in full.items():
        ecb = [v["f1"] for k, v in result["old_dev"].items() if k.startswith("ecb")]
        report[name] = _summary(result) | {"ecb_mean_f1": round(float(np.mean(ecb)), 4)}
        for part in ("loso", "check", "old_dev"):
            base, this = baseline[part], result[part]
            report[name][f"{part}_up_down"] = [
                sum(this[k]["f1"] > base[k]["f1"] + 1e-9 for k in base),
                sum(this[k]["f1"] < base[k]["f1"] - 1e-9 for k in base),
            ]
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    tune, check, old = train_pairs.dev_stories(args.corpus)
    everything = tune + check + old
    embedder = Embedder(cache_dir=real.CACHE)

    # The centered cosine rides along as a feature, dropped from every method but the one measuring it.
    extra = ("embedding_centered",)
    train_pairs.add_features(extra, lambda story, feats: {"embedding_centered": centered(feats["embedding"])})
    train_pairs.cross_fit(tune, check + old, embedder)
    report: dict = {
        "baseline": _summary(
            real.evaluate_method(real.Method("baseline", drop=extra, **_kw()), tune, check, old, embedder)
        ),
        "centered": _summary(real.evaluate_method(real.Method("centered", **_kw()), tune, check, old, embedder)),
    }

    # Two hops: logit P and logit H, from the shipped features' cross-fitted probabilities.
    prob = {s.name: real.probability(s, real.Method("p", drop=extra, **_kw()), embedder) for s in everything}
    stacked = {}
    for s in everything:
        outlets = [x.outlet for x in s.prepared.sentences]
        stacked[s.name] = (_logit(prob[s.name]), _logit(two_hop(prob[s.name], outlets)))

    def rows(story: real.Loaded) -> tuple[np.ndarray, np.ndarray]:
        rows, cols, y = train_pairs.pair_index(story)
        lp, lh = stacked[story.name]
        return np.column_stack([lp[rows, cols], lh[rows, cols]]), y

    def fitted(stories: list[real.Loaded]) -> LogisticRegression:
        data = [rows(s) for s in stories]
        return LogisticRegression(max_iter=2000).fit(
            np.vstack([d[0] for d in data]), np.concatenate([d[1] for d in data])
        )

    def apply(model: LogisticRegression, story: real.Loaded) -> np.ndarray:
        lp, lh = stacked[story.name]
        p = 1 / (1 + np.exp(-(model.intercept_[0] + model.coef_[0][0] * lp + model.coef_[0][1] * lh)))
        return np.round((p + p.T) / 2, 4)

    key = ("pairs", ())
    for s in tune:
        s.mats[key] = apply(fitted([o for o in tune if o is not s]), s)
    full = fitted(tune)
    for s in check + old:
        s.mats[key] = apply(full, s)
    report["two_hop"] = _summary(real.evaluate_method(real.Method("two hop", **_kw()), tune, check, old, embedder))
    report["two_hop"]["coef"] = [round(float(c), 3) for c in full.coef_[0]]
    return emit(report, args.out)


def _kw() -> dict:
    return {"pairs": True, "attach": 0.1, "floor": None, "every": 0.05, "lone": True}


if __name__ == "__main__":
    sys.exit(main())
