"""How far "a weaker match" can be trusted: for the outlets and sentences the pages label so, how often
the gold puts them with the claim's heading sentence, against the others (tuning stories, each scored
by a pair model trained without it; the seed story with the model of all of them).

    python benchmarks/weak_match.py [--corpus ../shared/data/multi-outlet] [--out FILE]

An outlet "tells" a claim when one of its sentences shares a gold group with the sentence that gives
the claim its heading (whose outlet is never labelled: it tells the claim by definition); a sentence,
when it shares a gold group with the heading sentence. A sentence given a claim of its own
(``align.signal.add_homes``: a weaker match wherever it is, unlikely to tell any of those claims'
facts) "tells" one when it shares a gold group with the heading sentence of a claim it is in.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
from multi_outlet import DEFAULT_CORPUS  # noqa: E402
from report import emit  # noqa: E402
from train_pairs import examples, features, loaded, tuning_stories  # noqa: E402

from generator.align.signal import Signal, add_homes, mark_weak  # noqa: E402
from generator.embed import Embedder  # noqa: E402


def rate(told: int, total: int) -> dict:
    return {"told": told, "of": total, "share": round(told / max(total, 1), 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    names = tuning_stories()
    tune = [loaded(n, args.corpus) for n in names]
    old_gold = ROOT / "benchmarks" / "gold"
    seed = real.load("seed-kremlin", old_gold / "stories" / "seed-kremlin", old_gold / "seed-kremlin.json")
    embedder = Embedder(cache_dir=real.CACHE)
    for s in tune:
        real.EXAMPLES[s.name] = examples(s, features(s, embedder))
        real.TRAINING[s.name] = [n for n in names if n != s.name]
    real.TRAINING[seed.name] = names
    method = real.SHIPPED
    report = {}
    for label, stories in (("tuning", tune), ("seed", [seed])):
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for s in stories:
            p = real.probability(s, method, embedder)
            gold = defaultdict(set)
            for g, group in enumerate(s.same):
                for k in group:
                    gold[k].add(g)
            claims = real.claims(s, method, method.fixed, embedder)
            signal = Signal([], np.zeros((0, 0)), p)
            # A sentence given a claim of its own (``add_homes``): does it tell the heading's fact of
            # a claim it is in all the same?
            before = {c.id for c in claims}
            for claim in add_homes(list(claims), s.prepared.sentences, signal):
                if claim.id in before:
                    continue
                key = claim.heading_key
                others = [c.heading_key for c in claims if key in {m.key for m in c.members}]
                row = counts["sentences given a claim of their own"]
                row[0] += any(gold[key] & gold[h] for h in others)
                row[1] += 1
            mark_weak(claims, s.prepared.sentences, signal)
            for claim in claims:
                if len(claim.outlets) < 2:
                    continue
                head = claim.heading_key
                for outlet in claim.outlets:
                    mine = [m for m in claim.members if m.outlet == outlet]
                    if any(m.key == head for m in mine):
                        for m in mine:  # the heading's outlet: its other sentences, one by one
                            if m.key != head:
                                weak = m.key in claim.weak_sentences
                                row = counts[f"heading's outlet, other sentences {'' if weak else 'not '}labelled"]
                                row[0] += bool(gold[m.key] & gold[head])
                                row[1] += 1
                        continue
                    row = counts["outlets labelled" if outlet in claim.weak else "outlets not labelled"]
                    row[0] += any(gold[m.key] & gold[head] for m in mine)
                    row[1] += 1
                    if outlet in claim.weak or len(mine) < 2:
                        continue
                    for m in mine:
                        weak = m.key in claim.weak_sentences
                        row = counts["sentences labelled" if weak else "sentences not labelled"]
                        row[0] += bool(gold[m.key] & gold[head])
                        row[1] += 1
        report[label] = {k: rate(*v) for k, v in sorted(counts.items())}
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
