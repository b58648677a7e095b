"""Shared content words by how often the story uses them, as pair features (experiment, not shipped).

    python benchmarks/event_words_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

``word_claims_experiment.py`` found the missing pairs in small groups of sentences that share an
event's own word ("point", "damage", "pay": a lemma in a handful of the story's sentences), while
the shipped ``rare_shared`` feature counts shared words and names in at most ``RARE`` (4) sentences.
Four more pair features: the number of content lemmas (not names) the two sentences share that the
story has in 2 to 4, 5 to 8, 9 to 16 and more than 16 sentences (log(1 + count)). Scored as
``signal_experiments.py`` scores its features: the shipped grouping, leave one story out, the
threshold chosen on the other tuning stories.
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
from report import emit  # noqa: E402
from signal_experiments import _kw, _summary  # noqa: E402

from generator.align.features import incidence  # noqa: E402
from generator.align.units import parse_sentences  # noqa: E402

BANDS = ((2, 4), (5, 8), (9, 16), (17, 10**9))
EXTRA = tuple(f"shared_lemmas_{lo}" for lo, _ in BANDS)


def event_words(story: real.Loaded) -> dict[str, np.ndarray]:
    """For every pair of the story's sentences, log(1 + shared non-name lemmas) in each band."""
    parsed = parse_sentences([s.text for s in story.prepared.sentences], real.CACHE)
    counts: dict[str, int] = {}
    for p in parsed:
        for w in p.lemmas - p.names:
            counts[w] = counts.get(w, 0) + 1
    out = {}
    for (lo, hi), name in zip(BANDS, EXTRA, strict=True):
        matrix = incidence([frozenset(w for w in p.lemmas - p.names if lo <= counts[w] <= hi) for p in parsed])
        out[name] = np.log1p((matrix @ matrix.T).toarray())
    return out


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, lambda story, feats: event_words(story))
    report = {
        name: _summary(real.evaluate_method(real.Method(name, drop=drop, **_kw()), tune, check, old, embedder))
        for name, drop in (("baseline", EXTRA), ("bands", ()))
    }
    # And with the shipped threshold (a share of the pairs the model expects, story by story).
    for name, drop in (("shipped threshold, baseline", EXTRA), ("shipped threshold, bands", ())):
        result = real.evaluate_method(replace(real.SHIPPED, name=name, drop=drop), tune, check, old, embedder)
        report[name] = _summary(result) | {
            "tune_precision": round(float(np.mean([v["precision"] for v in result["tune"].values()])), 4),
            "tune_recall": round(float(np.mean([v["recall"] for v in result["tune"].values()])), 4),
        }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
