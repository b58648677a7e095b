"""Polarity as a pair feature, measured on the tuning stories (experiment, not shipped).

    python benchmarks/polarity_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

The gold calls two sentences of which one denies what the other asserts "related", not one fact
("the report said a call took place" / "the office denied that a call took place"). Three more pair
features: whether exactly one of the two sentences has negative polarity (``negation.negated``: a
negation or a word of denial), whether both have, and whether exactly one has a word of denial
(``negation.DENIAL``: "denied", "false", "rejected", ...); each scored as ``signal_experiments.py``
scores its features: the shipped grouping, leave one story out, the threshold chosen on the other
tuning stories. And as a rule instead (``rule``): after the shipped grouping, a member whose
polarity differs from the heading sentence's leaves the claim.
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402
from signal_experiments import _kw, _summary  # noqa: E402

from generator.compare.negation import DENIAL, negated  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.evaluate import score  # noqa: E402
from generator.model import Claim  # noqa: E402

EXTRA = ("polarity_one", "polarity_both", "denial_one")


def polarity(story: real.Loaded) -> dict[str, np.ndarray]:
    """The three features for every pair of the story's sentences."""
    neg = np.array([negated(s.text) for s in story.prepared.sentences], dtype=float)
    words = [set(re.findall(r"[a-z]+", s.text.lower())) for s in story.prepared.sentences]
    den = np.array([bool(DENIAL & w) for w in words], dtype=float)
    return {
        "polarity_one": np.abs(neg[:, None] - neg[None, :]),
        "polarity_both": neg[:, None] * neg[None, :],
        "denial_one": np.abs(den[:, None] - den[None, :]),
    }


def _negative(text: str, rule: str | None) -> bool:
    if rule is None:
        return False
    return bool(DENIAL & set(re.findall(r"[a-z]+", text.lower()))) if rule == "denial" else negated(text)


def as_rule(stories: list[real.Loaded], embedder: Embedder, rule: str | None) -> float:
    """Pairwise F1 (mean over the stories) of the shipped claims, each without the members whose
    polarity (``rule``: "negated" or "denial"; None keeps every member) differs from its heading
    sentence's."""
    method = replace(real.SHIPPED, drop=EXTRA)
    scores = []
    for story in stories:
        claims = []
        for claim in real.claims(story, method, 0.36, embedder):
            head = next((m for m in claim.members if m.key == claim.heading_key), claim.members[0])
            polarity = _negative(head.text, rule)
            kept = [m for m in claim.members if m is head or _negative(m.text, rule) == polarity]
            claims.append(Claim(claim.id, claim.title, kept))
        scores.append(score(story.prepared.story(claims), story.same, story.related).as_dict()["f1"])
    return round(float(np.mean(scores)), 4)


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, lambda story, feats: polarity(story))
    report = {
        name: _summary(real.evaluate_method(real.Method(name, drop=drop, **_kw()), tune, check, old, embedder))
        for name, drop in (
            ("baseline", EXTRA),
            ("one", ("polarity_both", "denial_one")),
            ("both", ("denial_one",)),
            ("denial", ("polarity_one", "polarity_both")),
        )
    }
    report["rule"] = {
        name: {
            "tune_mean_f1": as_rule(tune, embedder, rule),
            "check_mean_f1": as_rule(check, embedder, rule),
            "old_dev_mean_f1": as_rule(old, embedder, rule),
        }
        for name, rule in (("shipped", None), ("negated", "negated"), ("denial", "denial"))
    }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
