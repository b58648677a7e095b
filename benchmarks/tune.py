"""Calibrate the similarity blend on the dev gold, and compare lexical, embedding and blended scores.

    python benchmarks/tune.py [--gold benchmarks/gold] [--stsb ../shared/data/stsb] [--out FILE]

Tuning stories pick the weight and threshold (best mean pairwise F1); checking stories are only
scored. Also reports each measure's Spearman correlation with STS Benchmark dev scores.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.evaluate import load_gold, score  # noqa: E402
from generator.pipeline import DEFAULT_BLEND, align_prepared, prepare  # noqa: E402
from generator.similarity import Blend, embedding_matrix, lexical_matrix  # noqa: E402

TUNE = ["ecb-3-ecbplus", "ecb-4-ecbplus", "ecb-11-ecbplus", "seed-kremlin"]
CHECK = ["ecb-14-ecbplus", "ecb-20-ecb", "ecb-38-ecb", "ecb-8-ecbplus"]
WEIGHTS = [round(w, 2) for w in np.arange(0, 1.0001, 0.05)]
THRESHOLDS = [round(t, 2) for t in np.arange(0.15, 0.9001, 0.01)]
ATTACH = [None] + [round(t, 2) for t in np.arange(0.35, 0.7001, 0.02)]


def load_story(gold_dir: Path, name: str, embedder: Embedder) -> dict:
    prepared = prepare(gold_dir / "stories" / name)
    texts = [s.text for s in prepared.sentences]
    lex, emb = lexical_matrix(texts), embedding_matrix(texts, embedder)
    probe = align_prepared(prepared, np.eye(len(texts)), Blend(0, 2))  # every sentence alone: resolves gold keys
    same, related = load_gold(gold_dir / f"{name}.json", probe)
    return {"name": name, "prepared": prepared, "lex": lex, "emb": emb, "same": same, "related": related}


FLOOR = DEFAULT_BLEND.floor  # a design constraint (no chaining through two-claim sentences), not tuned


def run(story: dict, blend: Blend) -> dict:
    sim = np.round(blend.weight * story["emb"] + (1 - blend.weight) * story["lex"], 4)
    result = align_prepared(story["prepared"], sim, blend)
    return score(result, story["same"], story["related"]).as_dict()


def best(stories: list[dict], weights: list[float], attach: bool) -> tuple[Blend, float]:
    """Best mean pairwise F1: weight and threshold first; for the shipped method, then the attach
    threshold, with the floor that keeps two-claim sentences from chaining claims together."""
    top: tuple[float, Blend] = (-1.0, Blend())
    for w in weights:
        for t in THRESHOLDS:
            f1 = float(np.mean([run(s, Blend(w, t))["f1"] for s in stories]))
            if f1 > top[0] + 1e-9:
                top = (f1, Blend(w, t))
    if not attach:
        return top[1], top[0]
    top = (-1.0, top[1])
    for a in ATTACH:
        blend = Blend(top[1].weight, top[1].threshold, a, FLOOR)
        f1 = float(np.mean([run(s, blend)["f1"] for s in stories]))
        if f1 > top[0] + 1e-9:
            top = (f1, blend)
    return top[1], top[0]


def leave_one_out(stories: list[dict]) -> dict:
    """Each story scored with the threshold that is best on the other stories (weight fixed at the
    shipped 0.5): an estimate of F1 on a story nobody tuned on, for the blend and the shipped method."""
    out = {}
    weight, thresholds = DEFAULT_BLEND.weight, [t for t in THRESHOLDS if 0.3 <= t <= 0.6]
    for method, make in (
        ("blend", lambda t: Blend(weight, t)),
        ("shipped", lambda t: Blend(weight, t, DEFAULT_BLEND.attach, FLOOR)),
    ):
        f1 = {(t, s["name"]): run(s, make(t))["f1"] for t in thresholds for s in stories}
        held = {}
        for s in stories:
            others = [o["name"] for o in stories if o is not s]
            best = max(thresholds, key=lambda t: np.mean([f1[(t, n)] for n in others]))
            held[s["name"]] = f1[(best, s["name"])]
        out[method] = {"mean_f1": round(float(np.mean(list(held.values()))), 4), "stories": held}
    return out


def stsb_scores(path: Path, embedder: Embedder, genre: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gold scores, lexical and embedding similarities of an STS-B split's pairs ("all" or one genre)."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 7 and genre in ("all", row[0]):
                rows.append((float(row[4]), row[5], row[6]))
    a, b = [r[1] for r in rows], [r[2] for r in rows]
    n = len(rows)
    lex = lexical_matrix(a + b)
    emb = np.einsum("ij,ij->i", embedder.encode(a), embedder.encode(b))
    return np.array([r[0] for r in rows]), np.array([lex[i, n + i] for i in range(n)]), emb


def stsb_weights(path: Path, embedder: Embedder) -> dict[float, float]:
    """Spearman x100 of the blend on STS-B news pairs, for each embedding weight."""
    gold, lex_s, emb_s = stsb_scores(path, embedder, "main-news")
    return {w: round(100 * spearmanr(w * emb_s + (1 - w) * lex_s, gold).statistic, 1) for w in WEIGHTS[::2]}


def stsb(path: Path, embedder: Embedder, blend: Blend) -> dict:
    out = {}
    for genre in ("all", "main-news"):
        gold, lex_s, emb_s = stsb_scores(path, embedder, genre)
        n = len(gold)
        blend_s = blend.weight * emb_s + (1 - blend.weight) * lex_s
        out[genre] = {
            "pairs": n,
            "lexical": round(100 * spearmanr(lex_s, gold).statistic, 1),
            "embeddings": round(100 * spearmanr(emb_s, gold).statistic, 1),
            "shipped": round(100 * spearmanr(blend_s, gold).statistic, 1),
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold")
    parser.add_argument("--stsb", type=Path, default=ROOT.parent / "shared" / "data" / "stsb")
    parser.add_argument("--out", type=Path, help="write the report as JSON here too")
    args = parser.parse_args()
    embedder = Embedder(cache_dir=ROOT / ".cache" / "digest")
    start = time.perf_counter()
    tune = [load_story(args.gold, n, embedder) for n in TUNE]
    check = [load_story(args.gold, n, embedder) for n in CHECK]
    report: dict = {"tune": TUNE, "check": CHECK, "methods": {}}
    for method, weights, attach in (
        ("lexical", [0.0], False),
        ("embeddings", [1.0], False),
        ("blend", WEIGHTS, False),
        ("shipped", WEIGHTS, True),
    ):
        blend, tune_f1 = best(tune, weights, attach)
        report["methods"][method] = {
            "weight": blend.weight,
            "threshold": blend.threshold,
            "attach": blend.attach,
            "tune_mean_f1": round(tune_f1, 4),
            "stories": {s["name"]: run(s, blend) for s in tune + check},
            "check_mean_f1": round(float(np.mean([run(s, blend)["f1"] for s in check])), 4),
        }
    shipped = report["methods"]["shipped"]
    if (args.stsb / "sts-dev.csv").exists():
        report["stsb_dev_spearman"] = stsb(args.stsb / "sts-dev.csv", embedder, Blend(shipped["weight"], 0))
    if (args.stsb / "sts-train.csv").exists():
        report["stsb_train_news_spearman_by_weight"] = stsb_weights(args.stsb / "sts-train.csv", embedder)
    report["leave_one_story_out"] = leave_one_out(tune + check)
    report["seconds"] = round(time.perf_counter() - start, 1)
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
