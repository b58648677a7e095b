"""Claims of every sentence that shares a content word, added to the shipped claims (experiment, not shipped).

    python benchmarks/word_claims_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

The gold's large groups are event-level ("a gun was pointed at them", told in a dozen sentences with
few words in common but the event's own: gun, weapon). For each content lemma or name of a story
(``Parsed.lemmas | names``) told by two outlets or more in at most 30 sentences, the candidate claim is
every sentence that has it; adding it adds its cross-outlet pairs the shipped claims do not link.
The gold says how many of those are right: choosing candidates by that (``oracle``, a bound no method
reaches) shows the headroom; a model chooses them in practice: a linear regression of the share of
right pairs on eleven features of the candidate (its size, share of the story and of the outlets,
the pair model's probabilities over its new and all its pairs, whether it is a name, the word's
length), trained on the other tuning stories, the candidates above a cut-off chosen on them added.
Pair probabilities as ``real.py`` gives them (each tuning story by a model trained on the others).
"""

from __future__ import annotations

import itertools
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LinearRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402

from generator.align.units import parse_sentences  # noqa: E402
from generator.evaluate import score  # noqa: E402
from generator.model import Claim  # noqa: E402

LARGEST = 30  # sentences in a candidate
CUTS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7]


@dataclass
class Candidate:
    word: str
    members: list[int]
    features: list[float]
    right: int  # new pairs the gold links
    judged: int  # new pairs the gold judges (not "related")


def candidates(story: real.Loaded, claims: list[Claim], prob: np.ndarray) -> list[Candidate]:
    """The story's word claims with their features and how many of their new pairs are right."""
    sentences = story.prepared.sentences
    index = {s.key: i for i, s in enumerate(sentences)}
    outlet = [s.outlet for s in sentences]
    linked = set()
    for c in claims:
        members = sorted({index[m.key] for m in c.members})
        linked |= {(a, b) for a, b in itertools.combinations(members, 2) if outlet[a] != outlet[b]}
    rows, cols, labels = train_pairs.pair_index(story)
    label = {(int(a), int(b)): bool(y) for a, b, y in zip(rows, cols, labels, strict=True)}
    parsed = parse_sentences([s.text for s in sentences], real.CACHE)
    having: dict[str, set[int]] = defaultdict(set)
    for i, p in enumerate(parsed):
        for w in p.lemmas | p.names:
            having[w].add(i)
    outlets = len(set(outlet))
    out = []
    for word, found in sorted(having.items()):
        told = {outlet[i] for i in found}
        if len(told) < 2 or len(found) > LARGEST:
            continue
        pairs = [(a, b) for a, b in itertools.combinations(sorted(found), 2) if outlet[a] != outlet[b]]
        new = [p for p in pairs if p not in linked]
        if not new:
            continue
        p_new = np.array([prob[a, b] for a, b in new])
        p_all = np.array([prob[a, b] for a, b in pairs])
        features = [
            len(found) / len(sentences), len(found), len(told) / outlets, p_new.mean(), float(np.median(p_new)),
            (p_new > 0.1).mean(), (p_new > 0.2).mean(), 1 - len(new) / len(pairs), p_all.mean(),
            float(any(word in parsed[i].names for i in found)), len(word),
        ]  # fmt: skip
        judged = [label[p] for p in new if p in label]
        out.append(Candidate(word, sorted(found), [float(f) for f in features], sum(judged), len(judged)))
    return out


def with_words(story: real.Loaded, claims: list[Claim], chosen: list[Candidate]) -> float:
    """Pairwise F1 of the shipped claims with the chosen word claims added."""
    sentences = story.prepared.sentences
    extra = [Claim(f"word-{c.word}", c.word, [sentences[i] for i in c.members]) for c in chosen]
    return score(story.prepared.story(claims + extra), story.same, story.related).as_dict()["f1"]


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__)
    found: dict[str, tuple[list[Claim], list[Candidate]]] = {}
    for story in tune + check + old:
        prob = real.probability(story, real.SHIPPED, embedder)
        claims = real.claims(story, real.SHIPPED, 0.36, embedder)
        found[story.name] = (claims, candidates(story, claims, prob))

    def fit(names: list[str]) -> LinearRegression:
        rows = [c for n in names for c in found[n][1] if c.judged]
        x = np.array([c.features for c in rows])
        y = np.array([c.right / c.judged for c in rows])
        return LinearRegression().fit(x, y, sample_weight=np.array([c.judged for c in rows]))

    tuning = [s.name for s in tune]
    predicted: dict[str, np.ndarray] = {}
    for story in tune:
        model = fit([n for n in tuning if n != story.name])
        cands = found[story.name][1]
        predicted[story.name] = model.predict(np.array([c.features for c in cands])) if cands else np.zeros(0)
    model = fit(tuning)
    for story in check + old:
        cands = found[story.name][1]
        predicted[story.name] = model.predict(np.array([c.features for c in cands])) if cands else np.zeros(0)

    def table(choose: dict[str, list[bool]]) -> dict[str, float]:
        return {
            s.name: with_words(
                s, found[s.name][0], [c for c, k in zip(found[s.name][1], choose[s.name], strict=True) if k]
            )
            for s in tune + check + old
        }

    def mean(scores: dict[str, float], stories: list[real.Loaded]) -> float:
        return round(float(np.mean([scores[s.name] for s in stories])), 4)

    everyone = tune + check + old
    shipped = table({s.name: [False] * len(found[s.name][1]) for s in everyone})
    learned = {cut: table({s.name: list(predicted[s.name] >= cut) for s in everyone}) for cut in CUTS}
    loso = []
    for story in tune:
        cut = max(CUTS, key=lambda t: mean(learned[t], [o for o in tune if o is not story]))
        loso.append(learned[cut][story.name])
    best = max(CUTS, key=lambda t: mean(learned[t], tune))
    oracle = {
        share: table(
            {s.name: [c.judged > 0 and c.right >= share * c.judged for c in found[s.name][1]] for s in everyone}
        )
        for share in (0.3, 0.4, 0.5)
    }

    def row(scores: dict[str, float]) -> dict:
        return {
            "tune_mean_f1": mean(scores, tune),
            "check_mean_f1": mean(scores, check),
            "old_dev_mean_f1": mean(scores, old),
            "seed": round(scores["seed-kremlin"], 4),
        }

    report = {
        "candidates": sum(len(found[s.name][1]) for s in everyone),
        "shipped": row(shipped),
        "learned": {"cut": best, "loso_mean_f1": round(float(np.mean(loso)), 4), **row(learned[best])},
        "learned_by_cut": {str(t): row(learned[t]) for t in CUTS},
        "oracle": {str(share): row(scores) for share, scores in oracle.items()},
    }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
