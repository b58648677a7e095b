"""Two second-order pair features (experiment, session 37; not shipped).

    python benchmarks/profile_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

Annotators group sentences by the fact they tell across three to five outlets: two sentences that both
match a third outlet's sentence, or that are alike to the same other sentences, may tell one fact
though their own words differ. Two features from the story's sentence similarity (the blend the
shipped features use): ``third_blend``, the best path through a sentence of a third outlet (the
smaller of the two similarities, the largest over the third outlets' sentences); ``profile``, the
cosine of the two sentences' centred rows of similarities to the other outlets' sentences. Scored as
the shipped method is (a threshold per story, leave one story out), each alone and both, against the
shipped pair model without them.
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
from signal_experiments import ablation  # noqa: E402

EXTRA = ("third_blend", "profile")


def third(blend: np.ndarray, outlets: list[int]) -> np.ndarray:
    """For every pair, the best path through a sentence of a third outlet: max over k of min(s_ik, s_jk)."""
    owner = np.array(outlets)
    out = np.zeros_like(blend, dtype=float)
    for k in range(len(outlets)):
        path = np.minimum(blend[:, k][:, None], blend[k, :][None, :])
        mine = owner == owner[k]
        path[mine, :] = 0
        path[:, mine] = 0
        np.maximum(out, path, out=out)
    return out


def profile(blend: np.ndarray, outlets: list[int]) -> np.ndarray:
    """The cosine of two sentences' centred similarity rows, a sentence's own outlet's columns set to
    the mean of the others (its own article is alike to it for other reasons)."""
    owner = np.array(outlets)
    same = owner[:, None] == owner[None, :]
    rows = blend.astype(float)
    other_mean = np.where(same, 0, rows).sum(1) / np.maximum((~same).sum(1), 1)
    rows = np.where(same, other_mean[:, None], rows)
    rows = rows - rows.mean(1, keepdims=True)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True) + 1e-9
    return rows @ rows.T


def compute(story: real.Loaded, feats: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    rank = {a.outlet: i for i, a in enumerate(story.prepared.articles)}
    outlets = [rank[s.outlet] for s in story.prepared.sentences]
    return {"third_blend": third(feats["blend"], outlets), "profile": profile(feats["blend"], outlets)}


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, compute)
    report = ablation(
        {"baseline": EXTRA, "third": ("profile",), "profile": ("third_blend",), "both": ()}, tune, check, old, embedder
    )
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
