"""Every cross-outlet sentence pair of the tuning stories where one sentence negates two content words
the other states (``negation_conflict``), with the fact signal, the word overlap and whether a gold
negation disagreement holds both: the evidence for ``NEGATION_LIKELY`` (benchmarks/README.md).

    python benchmarks/negation_candidates.py [--corpus ../shared/data/multi-outlet]

Tuning stories only (both dev golds and the seed): it prints the sentences, so never run it on the
checking stories; its output is for reading here, not for committing (the texts are the outlets').
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

from generator.align.signal import fact_signal  # noqa: E402
from generator.compare.negation import negation_conflict  # noqa: E402
from generator.compare.text import _jaccard, content_stems  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.evaluate import load_disagreements  # noqa: E402
from generator.pipeline import DEFAULT_BLEND, build_story, prepare  # noqa: E402

MORE_GOLD = ROOT / "benchmarks" / "gold" / "multi-outlet-differences"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    embedder = Embedder(cache_dir=CACHE)
    for gold_dir in (GOLD_DIR, MORE_GOLD):
        for _, name, folder, gold_path in stories(args.corpus, gold_dir, "tune"):
            prepared = prepare(folder)
            probability = fact_signal(prepared, embedder, DEFAULT_BLEND).probability
            gold = [g for kind, g in load_disagreements(gold_path, build_story(folder, embedder)) if kind == "negation"]
            sentences = prepared.sentences
            for i, a in enumerate(sentences):
                for j, b in enumerate(sentences):
                    if a.outlet == b.outlet or not (words := negation_conflict(a.text, b.text)):
                        continue
                    overlap = _jaccard(content_stems(a.text), content_stems(b.text))
                    annotated = any(a.key in g and b.key in g for g in gold)
                    print(f"{name}\tsignal {probability[i, j]:.2f}\toverlap {overlap:.2f}\t"
                          f"{'GOLD' if annotated else '-'}\t{sorted(words)}")  # fmt: skip
                    print(f"   negates: {a.outlet}: {a.text}\n   states:  {b.outlet}: {b.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
