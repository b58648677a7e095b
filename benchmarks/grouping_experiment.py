"""Larger claims after the grouping: is the grouping or the signal the limit? (experiment, not shipped)

    python benchmarks/grouping_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

The gold's "same" pairs lie mostly in groups of four to eight sentences (a fact told in two or three
sentences by each outlet), where the shipped claims find under half of them. Each variant below
takes the shipped method's claims (pair models trained without the story, as in ``real.py``; the
cliques' threshold fixed at the shipped 0.24) and makes them larger:

- *same-outlet partners* (every story): a sentence joins a shared claim that holds another sentence
  of its outlet it is at least ``t`` likely to share a fact with (the pair model read within one
  article), if its mean probability with the claim's other outlets' members reaches ``floor``; and, as
  a bound, the same with the gold's own same-outlet pairs (an oracle for the within-article link);
- *quasi-cliques* (stories grouped as cliques): a sentence joins a shared claim whose members of
  other outlets it matches at ``t`` on average, each pair at least ``least``;
- *joined claims* (stories grouped as cliques): shared claims joined while the pairs across outlets
  the join adds average ``t`` or more, the best first; only claims that share a sentence, or any;
- *the heading's partners* (every story): for every outlet a shared claim lacks, its sentence
  likeliest to state the heading sentence's fact, when at least ``t`` likely (at 0.8, what a claim
  page points to as "may tell it all the same").

Scored: the tuning stories (mean pairwise F1, and stories up and down against the shipped claims),
the four more tuning stories of ``gold/multi-outlet-claims``, the seed and the seven ECB+ stories.
No checking story is scored. Also reported: the gold pairs found by the size of the gold group that
holds them, and the share of right pairs by the size of the claim that makes them.
"""

from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
from multi_outlet import DEFAULT_CORPUS, GOLD_DIR  # noqa: E402
from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.evaluate import cross_pairs, score  # noqa: E402
from generator.model import Claim  # noqa: E402

Groups = list[set[int]]
BANDS = ((2, 3), (4, 5), (6, 8), (9, 12), (13, 10_000))


HEADS: dict[str, list[int]] = {}  # story -> each shipped claim's heading sentence (index)


def shipped(story: real.Loaded, embedder: Embedder) -> Groups:
    """The shipped method's claims as sets of sentence indices (leave one story out for tuning stories)."""
    index = {s.key: i for i, s in enumerate(story.prepared.sentences)}
    claims = real.claims(story, real.SHIPPED, real.SHIPPED.fixed, embedder)
    HEADS[story.name] = [index[c.heading_key] for c in claims]
    return [{index[m.key] for m in c.members} for c in claims]


def heading_partners(groups: Groups, heads: list[int], prob: np.ndarray, outlets: list[str], at: float) -> Groups:
    """Each shared claim with, for every outlet it lacks, that outlet's sentence likeliest to state
    the heading sentence's fact, when at least ``at`` likely (what a claim page points to at 0.8)."""
    out = []
    for group, head in zip(groups, heads, strict=True):
        added = set()
        if _shared(group, outlets):
            for outlet in sorted(set(outlets) - {outlets[i] for i in group}):
                rows = [j for j, o in enumerate(outlets) if o == outlet]
                best = rows[int(np.argmax(prob[rows, head]))]
                if prob[best, head] >= at:
                    added.add(best)
        out.append(group | added)
    return out


def scored(story: real.Loaded, groups: Groups) -> float:
    sentences = story.prepared.sentences
    claims = [Claim(f"c{k}", "", [sentences[i] for i in sorted(g)]) for k, g in enumerate(groups)]
    return score(story.prepared.story(claims), story.same, story.related).f1


def _outlets(story: real.Loaded) -> list[str]:
    return [s.outlet for s in story.prepared.sentences]


def _shared(group: set[int], outlets: list[str]) -> bool:
    return len({outlets[i] for i in group}) > 1


def gold_within(story: real.Loaded) -> np.ndarray:
    """Whether the gold puts two sentences of one outlet in one "same" group."""
    index = {s.key: i for i, s in enumerate(story.prepared.sentences)}
    outlets = _outlets(story)
    n = len(outlets)
    out = np.zeros((n, n), dtype=bool)
    for group in story.same:
        for a, b in combinations([index[k] for k in group if k in index], 2):
            if outlets[a] == outlets[b]:
                out[a, b] = out[b, a] = True
    return out


def partners(groups: Groups, prob: np.ndarray, outlets: list[str], link: np.ndarray, floor: float) -> Groups:
    """Each shared claim with the sentences ``link``ed to a member of their own outlet (and matching
    the other outlets' members at ``floor`` on average); decisions against the claims as given."""
    out = []
    for group in groups:
        added = set()
        if _shared(group, outlets):
            for j in range(len(outlets)):
                same = [i for i in group if outlets[i] == outlets[j]]
                other = [i for i in group if outlets[i] != outlets[j]]
                if j in group or not same or not other:
                    continue
                if link[same, j].any() and prob[other, j].mean() >= floor:
                    added.add(j)
        out.append(group | added)
    return out


def quasi(groups: Groups, prob: np.ndarray, outlets: list[str], mean: float, least: float) -> Groups:
    """Each shared claim with every sentence whose pairs with its members of other outlets average
    ``mean`` or more, none under ``least``."""
    out = []
    for group in groups:
        added = set()
        if _shared(group, outlets):
            for j in range(len(outlets)):
                other = [i for i in group if outlets[i] != outlets[j]]
                if j not in group and other and prob[other, j].mean() >= mean and prob[other, j].min() >= least:
                    added.add(j)
        out.append(group | added)
    return out


def joined(groups: Groups, prob: np.ndarray, outlets: list[str], at: float, overlapping: bool) -> Groups:
    """Shared claims joined, the best join first, while the cross-outlet pairs a join adds average
    ``at`` or more (with ``overlapping``, only claims that share a sentence)."""
    owner = np.array(outlets)
    groups = [set(g) for g in groups]
    while True:
        shared = [k for k, g in enumerate(groups) if _shared(g, outlets)]
        best, pick = -1.0, None
        for x, y in combinations(shared, 2):
            a, b = groups[x], groups[y]
            if overlapping and not a & b:
                continue
            left, right = np.array(sorted(a - b)), np.array(sorted(b - a))
            if not len(left) or not len(right):
                continue
            across = owner[left][:, None] != owner[right][None, :]
            if across.any() and (value := float(prob[np.ix_(left, right)][across].mean())) > best:
                best, pick = value, (x, y)
        if pick is None or best < at:
            return groups
        x, y = pick
        groups[x] |= groups.pop(y)


def by_size(story: real.Loaded, groups: Groups, found: dict, made: dict) -> None:
    """Tally gold pairs found by the size of their largest gold group, and right pairs by claim size."""
    sentences = story.prepared.sentences
    keys = [s.key for s in sentences]
    outlet = {s.key: s.outlet for s in sentences}
    outlet |= {k: k for g in story.same + story.related for k in g if k not in outlet}  # an unmatched gold line
    predicted = cross_pairs([{keys[i] for i in g} for g in groups], outlet)
    gold = cross_pairs(story.same, outlet)
    ignored = cross_pairs(story.related, outlet) - gold
    band = {}
    for group in sorted(story.same, key=len):
        for pair in cross_pairs([group], outlet):
            band[pair] = next(b for b in BANDS if b[0] <= len(group) <= b[1])
    for pair, b in band.items():
        found.setdefault(b, [0, 0])
        found[b][0] += 1
        found[b][1] += pair in predicted
    for group in groups:
        b = next(b for b in BANDS if b[0] <= len(group) <= b[1]) if len(group) > 1 else None
        for pair in cross_pairs([{keys[i] for i in group}], outlet) - ignored if b else ():
            made.setdefault(b, [0, 0])
            made[b][0] += 1
            made[b][1] += pair in gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    tune, check, old = real.load_sets(args.corpus, GOLD_DIR, ROOT / "benchmarks" / "gold")
    more_tune, more_check = real.load_split(args.corpus, ROOT / "benchmarks" / "gold" / "multi-outlet-claims")
    old = [s for s in old if s.name == "seed-kremlin" or s.name.startswith("ecb")]
    embedder = Embedder(cache_dir=real.CACHE)
    real.learn(tune, check + old + more_check + more_tune, embedder)
    limit = real.SHIPPED.clique_outlets
    sets = {"tune": tune, "more_tune": more_tune, "old": old}
    base = {s.name: shipped(s, embedder) for part in sets.values() for s in part}
    prob = {s.name: real.probability(s, real.SHIPPED, embedder) for part in sets.values() for s in part}

    def cliqued(s: real.Loaded) -> bool:
        return len(set(_outlets(s))) <= limit

    variants = {"shipped": lambda s: base[s.name]}
    variants["same-outlet partners, the gold's own (a bound)"] = lambda s: partners(
        base[s.name], prob[s.name], _outlets(s), gold_within(s), 0.0
    )
    for t in (0.3, 0.45, 0.6):
        for floor in (0.0, 0.1, 0.2):
            name = f"same-outlet partners at {t}, mean with the other outlets {floor}"
            variants[name] = lambda s, t=t, floor=floor: partners(
                base[s.name], prob[s.name], _outlets(s), prob[s.name] >= t, floor
            )
    for at in (0.7, 0.8, 0.9):
        variants[f"the heading's likeliest sentence of each lacking outlet at {at}"] = lambda s, at=at: (
            heading_partners(base[s.name], HEADS[s.name], prob[s.name], _outlets(s), at)
        )
    for mean in (0.32, 0.38, 0.44):
        for least in (0.0, 0.1):
            variants[f"quasi-cliques: mean {mean}, each pair {least} or more"] = lambda s, mean=mean, least=least: (
                quasi(base[s.name], prob[s.name], _outlets(s), mean, least) if cliqued(s) else base[s.name]
            )
    for at in (0.24, 0.3, 0.4):
        for overlapping in (True, False):
            label = "sharing a sentence" if overlapping else "any"
            variants[f"joined claims ({label}) at {at}"] = lambda s, at=at, overlapping=overlapping: (
                joined(base[s.name], prob[s.name], _outlets(s), at, overlapping) if cliqued(s) else base[s.name]
            )
    rows = []
    for name, make in variants.items():
        f1 = {part: {s.name: scored(s, make(s)) for s in stories} for part, stories in sets.items()}
        tuned = f1["tune"]
        first = rows[0]["tune_stories"] if rows else tuned
        ecb = [v for k, v in f1["old"].items() if k.startswith("ecb")]
        row = {
            "name": name,
            "tune": round(float(np.mean(list(tuned.values()))), 4),
            "up": sum(tuned[k] > first[k] + 1e-9 for k in tuned),
            "down": sum(tuned[k] < first[k] - 1e-9 for k in tuned),
            "more_tune": round(float(np.mean(list(f1["more_tune"].values()))), 4),
            "seed": round(f1["old"]["seed-kremlin"], 4),
            "ecb7": round(float(np.mean(ecb)), 4),
            "tune_stories": {k: round(v, 4) for k, v in tuned.items()},
        }
        rows.append(row)
        print({k: v for k, v in row.items() if k != "tune_stories"}, flush=True)
    found: dict = {}
    made: dict = {}
    for s in tune:
        by_size(s, base[s.name], found, made)
    sizes = [
        {
            "sizes": f"{b[0]}-{b[1]}" if b[1] < 10_000 else f"{b[0]}+",
            "gold_pairs": found.get(b, [0, 0])[0],
            "found": round(found[b][1] / found[b][0], 3) if found.get(b, [0])[0] else None,
            "claim_pairs": made.get(b, [0, 0])[0],
            "right": round(made[b][1] / made[b][0], 3) if made.get(b, [0])[0] else None,
        }
        for b in BANDS
    ]
    for row in sizes:
        print(row)
    return emit({"variants": rows, "by_size_tune": sizes}, args.out)


if __name__ == "__main__":
    sys.exit(main())
