"""Where the claims lose the gold's pairs: by the fact signal's probability (measured).

    python benchmarks/signal_bands.py [--corpus ../shared/data/multi-outlet] [--out FILE]

Each tuning story built as the site builds it (the shipped pair model, which was trained on these
stories: the signal at its most favourable). The gold's cross-outlet pairs the claims find and miss,
and the pairs the claims link that the gold does not ("related" pairs left out), counted by the
probability the signal gives the pair: under 0.24 (the cliques' threshold), to 0.5, 0.5 and above.
Counts only. About a minute.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from differences import CACHE, stories  # noqa: E402
from multi_outlet import DEFAULT_CORPUS, GOLD_DIR  # noqa: E402
from report import emit  # noqa: E402

from generator import pipeline  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.evaluate import cross_pairs, load_gold  # noqa: E402

BANDS = (("under 0.24", 0.0), ("0.24 to 0.5", 0.24), ("0.5 and above", 0.5))


def band(p: float) -> str:
    return next(name for name, low in reversed(BANDS) if p >= low)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    embedder = Embedder(cache_dir=CACHE)
    totals = {
        k: dict.fromkeys((name for name, _ in BANDS), 0) for k in ("gold_found", "gold_missed", "linked_not_gold")
    }
    for _part, _name, folder, gold_path in stories(args.corpus, GOLD_DIR, "tune"):
        prepared = pipeline.prepare(folder)
        story = pipeline.align(prepared, embedder)
        likely = pipeline.likelihood(
            prepared.sentences, pipeline.fact_signal(prepared, embedder, pipeline.DEFAULT_BLEND)
        )
        same, related = load_gold(gold_path, story)
        by_file = {s.key.split("#")[0]: s.outlet for s in prepared.sentences}
        outlet = {k: by_file.get(k.split("#")[0], k) for g in same + related for k in g}
        outlet |= {s.key: s.outlet for s in prepared.sentences}
        gold = cross_pairs(same, outlet)
        ignored = cross_pairs(related, outlet) - gold
        linked = cross_pairs([{m.key for m in c.members} for c in story.claims], outlet) - ignored
        for pair in gold:
            totals["gold_found" if pair in linked else "gold_missed"][band(likely(*pair))] += 1
        for pair in linked - gold:
            totals["linked_not_gold"][band(likely(*pair))] += 1
    return emit(totals, args.out)


if __name__ == "__main__":
    sys.exit(main())
