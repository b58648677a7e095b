"""Agreement of two independent annotations of the disagreements of the same stories.

    python benchmarks/agreement_differences.py [--corpus ../shared/data/multi-outlet] [--out FILE]

For each story with a gold file in ``gold/multi-outlet-differences/`` and in its ``second/`` folder:
a disagreement of one annotation is matched when some disagreement of the other holds two of its
sentences from two outlets (the criterion ``generator.evaluate.difference_counts`` uses for the
digest's own). Reported per story and in total, counts only: each annotation's disagreements, how
many of each the other matches, and the F1 of the two (2 x matched / (first + second), matched
counted from both sides).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from multi_outlet import DEFAULT_CORPUS, materialise, prepare  # noqa: E402
from report import emit  # noqa: E402

from generator.evaluate import load_disagreements  # noqa: E402
from generator.model import Claim  # noqa: E402
from generator.pipeline import prepare as prepare_story  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "multi-outlet-differences"


def _matches(item: set[str], others: list[set[str]], outlet: dict[str, str]) -> bool:
    return any(len({outlet[k] for k in item & other}) >= 2 for other in others)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    names = sorted(p.stem for p in (GOLD / "second").glob("*.json") if (GOLD / p.name).exists())
    work = Path(tempfile.mkdtemp(prefix="agreement-differences-"))
    prepare(args.corpus, work, names)
    stories: dict[str, dict] = {}
    total = {"first": 0, "second": 0, "first_matched": 0, "second_matched": 0}
    for name in names:
        prepared = prepare_story(work / name)
        story = prepared.story([Claim(s.key, s.key, [s]) for s in prepared.sentences])  # every sentence
        outlet = {s.key: s.outlet for s in prepared.sentences}
        sides = []
        for gold_path in (GOLD / f"{name}.json", GOLD / "second" / f"{name}.json"):
            text_gold = work / f"{name}.{len(sides)}.gold.json"
            text_gold.write_text(json.dumps(materialise(args.corpus, json.loads(gold_path.read_text()))))
            sides.append([keys for _, keys in load_disagreements(text_gold, story)])
        first, second = sides
        row = {
            "first": len(first),
            "second": len(second),
            "first_matched": sum(_matches(d, second, outlet) for d in first),
            "second_matched": sum(_matches(d, first, outlet) for d in second),
        }
        for key in total:
            total[key] += row[key]
        stories[name] = row | {"f1": _f1(row)}
    return emit({"stories": stories, "total": total | {"f1": _f1(total)}}, args.out)


def _f1(row: dict) -> float | None:
    n = row["first"] + row["second"]
    return round((row["first_matched"] + row["second_matched"]) / n, 3) if n else None


if __name__ == "__main__":
    sys.exit(main())
