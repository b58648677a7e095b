"""Agreement between two gold annotations of one story, and the shipped method scored against each.

    python benchmarks/agreement.py GOLD_A GOLD_B STORY_FOLDER [--out FILE]

Pairwise precision, recall and F1 of B's "same" pairs against A's, as `evaluate` scores the
generator (A's "related" pairs not scored), and symmetrically (pairs "related" in either left out).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.evaluate import cross_pairs, load_gold, score  # noqa: E402
from generator.pipeline import align_prepared, build_story, prepare  # noqa: E402
from generator.similarity import Blend  # noqa: E402

Pair = tuple[str, str]


def prf(reference: set[Pair], other: set[Pair]) -> dict[str, float | int]:
    both = len(reference & other)
    p = both / len(other) if other else 1.0
    r = both / len(reference) if reference else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4), "pairs_a": len(reference),
            "pairs_b": len(other), "shared": both}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_a", type=Path, nargs="?")
    parser.add_argument("gold_b", type=Path, nargs="?")
    parser.add_argument("story", type=Path, nargs="?")
    parser.add_argument(
        "--multi", action="store_true", help="every story of gold/multi-outlet/second and multi-outlet-claims/second"
    )
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "multi-outlet")
    parser.add_argument("--out", type=Path, help="write the report as JSON here too")
    args = parser.parse_args()
    if args.multi:
        return emit(multi(args.corpus), args.out)
    return emit(agreement(args.gold_a, args.gold_b, args.story), args.out)


def multi(corpus: Path) -> dict:
    """Both annotations of each multi-outlet story that has a second one (``gold/multi-outlet`` and
    ``gold/multi-outlet-claims``), materialised from the corpus."""
    import json

    from multi_outlet import GOLD_DIR, materialise
    from multi_outlet import prepare as prepare_folders

    work = ROOT / ".cache" / "multi-outlet"
    stories = {}
    folders = (GOLD_DIR, GOLD_DIR.parent / "multi-outlet-claims")
    seconds = [(d, p) for d in folders for p in sorted(d.glob("second/*.json"))]
    for gold_dir, second in seconds:
        name = second.stem
        prepare_folders(corpus, work / "stories", [name])
        paths = []
        for which, path in (("a", gold_dir / f"{name}.json"), ("b", second)):
            out = work / "gold" / f"{name}.{which}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(materialise(corpus, json.loads(path.read_text(encoding="utf-8")))))
            paths.append(out)
        stories[name] = agreement(paths[0], paths[1], work / "stories" / name)
    f1 = [s["b_against_a"]["f1"] for s in stories.values()]
    return {"stories": stories, "mean_b_against_a_f1": round(sum(f1) / len(f1), 4)}


def agreement(gold_a: Path, gold_b: Path, folder: Path) -> dict:
    prepared = prepare(folder)
    probe = align_prepared(prepared, np.eye(len(prepared.sentences)), Blend(0, 2))  # resolves gold keys
    outlet = {s.key: s.outlet for s in prepared.sentences}
    same_a, related_a = load_gold(gold_a, probe)
    same_b, related_b = load_gold(gold_b, probe)
    by_source = {s.source: s.outlet for s in prepared.sentences}
    for group in same_a + related_a + same_b + related_b:  # gold sentences the story set aside
        outlet |= {k: by_source[k.rsplit("#", 1)[0]] for k in group if k not in outlet}
    a, b = cross_pairs(same_a, outlet), cross_pairs(same_b, outlet)
    rel_a, rel_b = cross_pairs(related_a, outlet) - a, cross_pairs(related_b, outlet) - b
    story = build_story(folder, Embedder(cache_dir=ROOT / ".cache" / "digest"))
    return {
        "story": prepared.folder.name,
        "b_against_a": prf(a, b - rel_a),
        "symmetric": prf(a - rel_a - rel_b, b - rel_a - rel_b),
        "shipped_against_a": score(story, same_a, related_a).as_dict(),
        "shipped_against_b": score(story, same_b, related_b).as_dict(),
    }


if __name__ == "__main__":
    sys.exit(main())
