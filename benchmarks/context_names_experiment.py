"""Context names as a pair feature, measured on the tuning stories (experiment, not shipped).

    python benchmarks/context_names_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

A sentence that goes on from the one before ("He said the talks had failed") carries few names of its
own. Two more pair features: the overlap of the two sentences' names, each taken with the names of
the sentence before it in its article (``ctx``), or only for a sentence that opens with a pronoun or
names nothing (``pron``). Each is scored as ``signal_experiments.py`` scores its features: the
shipped grouping, leave one story out, the threshold chosen on the other tuning stories.
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
from signal_experiments import _kw, _summary  # noqa: E402

import generator.align.features as pair_features_module  # noqa: E402
from generator.compare.name import names  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "his", "her", "their", "its", "him", "them"}
EXTRA = ("ctx_names", "ctx_names_pron")


def context_names(story: real.Loaded) -> dict[str, np.ndarray]:
    """The two features for every pair of the story's sentences."""
    sentences = story.prepared.sentences
    own = [frozenset(names(s.text)) for s in sentences]
    ctx, pron = [], []
    for i, s in enumerate(sentences):
        before = own[i - 1] if i and sentences[i - 1].source == s.source else frozenset()
        ctx.append(own[i] | before)
        opening = {w.lower().strip(",.") for w in s.text.split()[:6]}
        pron.append(own[i] | before if opening & PRONOUNS or not own[i] else own[i])
    overlap = pair_features_module._overlap
    return {"ctx_names": overlap(ctx), "ctx_names_pron": overlap(pron)}


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, lambda story, feats: context_names(story))
    report = {
        name: _summary(real.evaluate_method(real.Method(name, drop=drop, **_kw()), tune, check, old, embedder))
        for name, drop in (("baseline", EXTRA), ("ctx", ("ctx_names_pron",)), ("pron", ("ctx_names",)))
    }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
