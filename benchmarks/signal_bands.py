"""Where the claims lose the gold's pairs: by the fact signal's probability (measured).

    python benchmarks/signal_bands.py [--corpus ../shared/data/multi-outlet] [--out FILE]

Each tuning story built as the site builds it (the shipped pair model, which was trained on these
stories: the signal at its most favourable). The gold's cross-outlet pairs the claims find and miss,
and the pairs the claims link that the gold does not ("related" pairs left out), counted by the
probability the signal gives the pair: under 0.24 (the cliques' threshold), to 0.5, 0.5 and above.
Counts only. About a minute.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from differences import CACHE, stories  # noqa: E402
from multi_outlet import GOLD_DIR, corpus_args, outlets_of  # noqa: E402
from report import emit  # noqa: E402

from generator import pipeline  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.evaluate import cross_pairs, load_gold  # noqa: E402

BANDS = (("under 0.24", 0.0), ("0.24 to 0.5", 0.24), ("0.5 and above", 0.5))


def band(p: float) -> str:
    return next(name for name, low in reversed(BANDS) if p >= low)


def main() -> int:
    args = corpus_args(__doc__)
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
        outlet = outlets_of({s.key: s.outlet for s in prepared.sentences}, same + related)
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
