"""Two rules for more disagreements, counted against the tuning gold (measured, not shipped).

    python benchmarks/source_percent_candidates.py [--corpus ../shared/data/multi-outlet] [--out FILE]

Contradiction recall is the target the "where outlets differ" list misses (issue 10); two rules an
audit and the gold's misses suggest, each counted as a candidate list would be:

- *percentages*: two outlets' sentences the fact signal finds at least ``NEGATION_LIKELY`` likely to
  state one fact, each giving a percentage, with values apart (neither a rounding of the other, at
  most ``CLOSE`` times the other) that neither outlet's article gives anywhere (the shipped figures
  rule, ``number.figure_conflicts``, leaves rates out: outlets quote different measures);
- *different named sources*: two members of one claim the signal finds at least ``SAME_FACT`` likely
  to state one fact (neither joined for a further fact), each crediting a source (``quote.cited``),
  the two sources sharing no capitalised word (the gold's "attribution": one statement given to two
  sources).

Counts only (no text): candidates, and how many are two sentences of one gold disagreement of the
kind (any kind for percentages). Tuning stories only. About two minutes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from differences import CACHE, stories  # noqa: E402
from multi_outlet import GOLD_DIR, corpus_args  # noqa: E402
from report import emit  # noqa: E402

from generator import pipeline  # noqa: E402
from generator.compare.claim.pair import NEGATION_LIKELY  # noqa: E402
from generator.compare.claim.summary import _earlier  # noqa: E402
from generator.compare.context import story_context  # noqa: E402
from generator.compare.number import CLOSE, _bare_numbers, rounds_to  # noqa: E402
from generator.compare.quote import cited  # noqa: E402
from generator.compare.text import SAME_FACT  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.evaluate import load_disagreements  # noqa: E402

PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:percent|per cent|%|percentage points?)\b", re.IGNORECASE)


def _capitalised(source: str) -> set[str]:
    return {w.lower().strip(".,'’s") for w in source.split() if w[:1].isupper()}


def in_gold(gold: list[tuple[str, set[str]]], a: str, b: str, kind: str | None = None) -> bool:
    """Whether two sentences are in one gold disagreement (of the kind, when given)."""
    return any(a in g and b in g for k, g in gold if kind is None or k == kind)


def main() -> int:
    args = corpus_args(__doc__)
    embedder = Embedder(cache_dir=CACHE)
    report: dict = {"stories": {}}
    totals = {"percent": [0, 0], "sources": [0, 0], "gold_attribution": 0}
    for _part, name, folder, gold_path in stories(args.corpus, GOLD_DIR, "tune"):
        prepared = pipeline.prepare(folder)
        story = pipeline.align(prepared, embedder)
        likely = pipeline.likelihood(
            prepared.sentences, pipeline.fact_signal(prepared, embedder, pipeline.DEFAULT_BLEND)
        )
        context = story_context(story)
        gold = load_disagreements(gold_path, story)

        articles: dict[str, list[str]] = {}
        for s in prepared.sentences:
            articles.setdefault(s.source, []).append(s.text)
        bare = {k: _bare_numbers(" ".join(v)) for k, v in articles.items()}
        percent = [0, 0]
        sentences = prepared.sentences
        for i, a in enumerate(sentences):
            values_a = {float(x) for x in PERCENT.findall(a.text)}
            for b in sentences[i + 1 :] if values_a else []:
                values_b = {float(x) for x in PERCENT.findall(b.text)}
                if a.outlet == b.outlet or not values_b or likely(a.key, b.key) < NEGATION_LIKELY:
                    continue
                if any(
                    x != y
                    and x not in bare[b.source]
                    and y not in bare[a.source]
                    and 0 < min(x, y) * CLOSE >= max(x, y)
                    and not rounds_to(x, y)
                    for x in values_a
                    for y in values_b
                ):
                    percent[0] += 1
                    percent[1] += in_gold(gold, a.key, b.key)
        sources, seen = [0, 0], set()
        for claim in story.claims:
            for i, a in enumerate(claim.members):
                for b in claim.members[i + 1 :]:
                    pair = frozenset((a.key, b.key))
                    if a.outlet == b.outlet or pair in seen or likely(a.key, b.key) < SAME_FACT:
                        continue
                    if a.key in claim.joined or b.key in claim.joined:
                        continue
                    sa, sb = cited(a.text, _earlier(a, context)), cited(b.text, _earlier(b, context))
                    if not sa or not sb or sa.lower() == sb.lower() or _capitalised(sa) & _capitalised(sb):
                        continue
                    seen.add(pair)
                    sources[0] += 1
                    sources[1] += in_gold(gold, a.key, b.key, "attribution")
        attribution = sum(k == "attribution" for k, _ in gold)
        report["stories"][name] = {
            "percent_candidates": percent[0],
            "percent_in_gold": percent[1],
            "source_candidates": sources[0],
            "source_in_gold": sources[1],
            "gold_attribution": attribution,
        }
        for key, counted in (("percent", percent), ("sources", sources)):
            totals[key] = [totals[key][0] + counted[0], totals[key][1] + counted[1]]
        totals["gold_attribution"] += attribution
    report["total"] = {
        "percent_candidates": totals["percent"][0],
        "percent_in_gold": totals["percent"][1],
        "source_candidates": totals["sources"][0],
        "source_in_gold": totals["sources"][1],
        "gold_attribution": totals["gold_attribution"],
    }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
