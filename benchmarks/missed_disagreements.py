"""Where the tuning gold's disagreements the site misses stand (measured).

    python benchmarks/missed_disagreements.py [--corpus ../shared/data/multi-outlet] [--out FILE]

Each tuning story built as the site builds it; for every gold disagreement of each kind, whether
the story's list finds it (two of its sentences, from two outlets, in one listed item), and for those
missed: whether two of its sentences from two outlets share a claim, and the best fact-signal
probability of such a pair (0.5 and above, 0.25 to 0.5, under 0.25). Counts only. About a minute.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from differences import CACHE, stories  # noqa: E402
from multi_outlet import GOLD_DIR, corpus_args  # noqa: E402
from report import emit  # noqa: E402

from generator import pipeline  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.evaluate import load_disagreements  # noqa: E402


def main() -> int:
    args = corpus_args(__doc__)
    embedder = Embedder(cache_dir=CACHE)
    report: dict[str, dict[str, int]] = {}
    for _part, _name, folder, gold_path in stories(args.corpus, GOLD_DIR, "tune"):
        prepared = pipeline.prepare(folder)
        story = pipeline.align(prepared, embedder)
        likely = pipeline.likelihood(
            prepared.sentences, pipeline.fact_signal(prepared, embedder, pipeline.DEFAULT_BLEND)
        )
        outlet = {s.key: s.outlet for s in prepared.sentences}
        homes: dict[str, set[str]] = {}
        for claim in story.claims:
            for m in claim.members:
                homes.setdefault(m.key, set()).add(claim.id)
        found = [{m.key for m in d.members} for d in story.disagreements]
        for kind, gold in load_disagreements(gold_path, story):
            keys = [k for k in gold if k in outlet]
            pairs = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :] if outlet[a] != outlet[b]]
            if not pairs:
                continue
            row = report.setdefault(
                kind,
                dict.fromkeys(
                    ("gold", "found", "missed_sharing_a_claim", "missed_0.5+", "missed_0.25-0.5", "missed_under_0.25"),
                    0,
                ),
            )
            row["gold"] += 1
            if any(len({outlet[k] for k in f & gold}) >= 2 for f in found):
                row["found"] += 1
                continue
            best = max(likely(a, b) for a, b in pairs)
            row["missed_sharing_a_claim"] += any(homes.get(a, set()) & homes.get(b, set()) for a, b in pairs)
            row["missed_0.5+" if best >= 0.5 else "missed_0.25-0.5" if best >= 0.25 else "missed_under_0.25"] += 1
    return emit(dict(sorted(report.items())), args.out)


if __name__ == "__main__":
    sys.exit(main())
