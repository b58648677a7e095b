"""Differences and disagreements against the gold "disagreements" of the multi-outlet dev stories.

    python benchmarks/differences.py [--corpus ../shared/data/multi-outlet] [--out FILE] [--split tune|check|all]
    python benchmarks/differences.py --show tune     # found and gold disagreements, with text (tuning only)
    python benchmarks/differences.py --gold benchmarks/gold/multi-outlet-differences   # eight more stories

Each story is built as the site builds it (shipped alignment and comparison). Scored, per kind and in
total (see ``generator.evaluate.difference_counts``):

- "Where outlets differ" precision: of the disagreements a story page lists, how many are a gold
  disagreement (two of its sentences, from two outlets, are in one gold disagreement);
- claim-difference precision: the same for the claims' differences marked as conflicts;
- contradiction recall: of the gold disagreements, how many some listed disagreement finds.

Tuning stories (and the seed story, ``gold/seed-kremlin.json``) are for design; the checking stories
(``gold/multi-outlet/split.json``) are only scored. The report holds counts only, never text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from multi_outlet import DEFAULT_CORPUS, GOLD_DIR, materialise, prepare  # noqa: E402
from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.evaluate import add_counts, difference_counts, difference_scores, load_disagreements  # noqa: E402
from generator.pipeline import build_story  # noqa: E402

WORK = ROOT / ".cache" / "multi-outlet"
CACHE = ROOT / ".cache" / "digest"
SEED = ("seed-kremlin", ROOT / "benchmarks" / "gold" / "stories" / "seed-kremlin", ROOT / "benchmarks" / "gold")


def stories(corpus: Path, gold_dir: Path, which: str) -> list[tuple[str, str, Path, Path]]:
    """(split, name, story folder, text gold) for the chosen split."""
    split = json.loads((gold_dir / "split.json").read_text(encoding="utf-8"))
    names = sorted(p.stem for p in gold_dir.glob("*.json") if p.stem != "split")
    chosen = [n for n in names if which == "all" or (n in split["checking"]) == (which == "check")]
    prepare(corpus, WORK / "stories", chosen)
    (WORK / "gold").mkdir(parents=True, exist_ok=True)
    out = []
    for name in chosen:
        text_gold = materialise(corpus, json.loads((gold_dir / f"{name}.json").read_text(encoding="utf-8")))
        path = WORK / "gold" / f"{name}.json"
        path.write_text(json.dumps(text_gold, ensure_ascii=False), encoding="utf-8")
        out.append(("check" if name in split["checking"] else "tune", name, WORK / "stories" / name, path))
    if which != "check" and gold_dir.resolve() == GOLD_DIR.resolve():  # the seed goes with the first dev gold
        out.append(("tune", SEED[0], SEED[1], SEED[2] / f"{SEED[0]}.json"))
    return out


def show(story, gold: list[tuple[str, set[str]]]) -> None:
    """Print found and gold disagreements with their sentences (for design, on tuning stories only)."""
    text = {m.key: f"{m.outlet}: {m.text}" for c in story.claims for m in c.members}
    outlet = {m.key: m.outlet for c in story.claims for m in c.members}
    print(f"=== {story.slug}")
    for d in story.disagreements:
        keys = {m.key for m in d.members}
        ok = any(len({outlet[k] for k in keys & g}) >= 2 for _, g in gold)
        print(f"  {'OK ' if ok else 'BAD'} {d.kind}: {d.summary}")
        for m in d.members:
            print(f"        {m.outlet}: {m.text[:200]}")
    for kind, g in gold:
        found = any(len({outlet[k] for k in {m.key for m in d.members} & g}) >= 2 for d in story.disagreements)
        print(f"  gold {'found' if found else 'MISSED'} {kind}")
        for k in sorted(g):
            print(f"        {text.get(k, k)[:200]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--gold", type=Path, default=GOLD_DIR)
    parser.add_argument("--split", choices=["tune", "check", "all"], default="all")
    parser.add_argument("--show", choices=["tune"], help="print found and gold disagreements of the tuning stories")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    which = "tune" if args.show else args.split
    embedder = Embedder(cache_dir=CACHE)
    totals: dict[str, dict] = {}
    per_story: dict[str, dict] = {}
    for part, name, folder, gold_path in stories(args.corpus, args.gold, which):
        story = build_story(folder, embedder)
        gold = load_disagreements(gold_path, story)
        if args.show:
            show(story, gold)
            continue
        counts = difference_counts(story, gold)
        per_story[name] = {"split": part, **difference_scores(counts)}
        add_counts(totals.setdefault(part, {}), counts)
    if args.show:
        return 0
    report = {
        "split": which,
        "scores": {part: difference_scores(counts) for part, counts in totals.items()},
        "stories": per_story,
    }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
