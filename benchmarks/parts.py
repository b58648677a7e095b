"""Boxed parts ("the part that tells this claim") against a helper's judgement: how often the box holds
the fact the outlets share, and whether the box's size or its margin over the whole sentence tells a
wrong box (gold/parts/boxes-session19.json; text-free, no corpus needed).

    python benchmarks/parts.py [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from report import emit  # noqa: E402

LABELS = ("right", "outside", "whole", "none")


def table(items: list[dict], key: str, cuts: list[float]) -> list[dict]:
    """For each cut, the labels of the boxes under it (``key`` below the cut)."""
    rows = []
    for cut in cuts:
        under = Counter(x["label"] for x in items if x[key] < cut)
        rows.append({"under": cut, "boxes": sum(under.values()), **{label: under[label] for label in LABELS}})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold" / "parts" / "boxes-session19.json")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    items = json.loads(args.gold.read_text(encoding="utf-8"))["items"]
    for x in items:
        x["margin"] = x["best_clause"] - x["whole_sentence"]
    labels = Counter(x["label"] for x in items)
    return emit(
        {
            "boxes": len(items),
            "labels": {label: labels[label] for label in LABELS},
            "by_share": table(items, "box_share", [0.3, 0.4, 0.5, 0.6]),
            "by_margin": table(items, "margin", [-0.1, -0.05, 0.0, 0.05]),
        },
        args.out,
    )


if __name__ == "__main__":
    raise SystemExit(main())
