"""Alternatives to the shipped alignment, measured the same way: leave one story out on the dev gold.

    python benchmarks/variants.py [--gold benchmarks/gold] [--stsb ../shared/data/stsb]
                                  [--model PATH_TO_ANOTHER_SENTENCE_TRANSFORMER] [--out FILE]

For each variant, each of the seven dev stories is scored with the threshold that is best on the
other six (attach and floor kept at the shipped offsets from the threshold), and the ranking of
cross-outlet pairs is scored by average precision (AP) against the gold. Variants: the shipped
blend; neighbour smoothing (a pair gains when the sentences before or after also match);
competitive linking (one-to-one matching between each two articles); a linear
adapter on the embeddings trained on STS-B train; a logistic pair classifier over fourteen
features (trained on the other six stories); and, with --model, another embedding model.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from report import emit  # noqa: E402
from tune import CHECK, TUNE, load_story  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.evaluate import cross_pairs, score  # noqa: E402
from generator.pipeline import DEFAULT_BLEND, align_prepared  # noqa: E402
from generator.similarity import Blend  # noqa: E402

THRESHOLDS = [round(t, 2) for t in np.arange(0.25, 0.75, 0.01)]
ATTACH_GAP = DEFAULT_BLEND.attach - DEFAULT_BLEND.threshold
FLOOR_GAP = DEFAULT_BLEND.threshold - DEFAULT_BLEND.floor
Sim = Callable[[dict], np.ndarray]


def unit(m: np.ndarray) -> np.ndarray:
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def shipped(s: dict) -> np.ndarray:
    return 0.5 * s["emb"] + 0.5 * s["lex"]


def pairs(s: dict) -> tuple[list[tuple[int, int]], np.ndarray, np.ndarray]:
    """Cross-outlet pairs (i < j), whether each is gold "same", and whether it is scored (not "related")."""
    sents = s["prepared"].sentences
    index = {x.key: i for i, x in enumerate(sents)}
    outlet = {x.key: x.outlet for x in sents}
    gold = {tuple(sorted((index[a], index[b]))) for a, b in cross_pairs(s["same"], outlet)}
    related = {tuple(sorted((index[a], index[b]))) for a, b in cross_pairs(s["related"], outlet)} - gold
    keys = [(i, j) for i in range(len(sents)) for j in range(i + 1, len(sents)) if sents[i].outlet != sents[j].outlet]
    return keys, np.array([k in gold for k in keys]), np.array([k not in related for k in keys])


def loo(stories: list[dict], sim: Sim) -> dict:
    """Leave-one-story-out pairwise F1 and pair-ranking AP of a similarity."""
    mats = {s["name"]: np.round(sim(s), 4) for s in stories}
    f1 = {}
    for t in THRESHOLDS:
        blend = Blend(0, t, round(t + ATTACH_GAP, 2), round(t - FLOOR_GAP, 2))
        for s in stories:
            story = align_prepared(s["prepared"], mats[s["name"]], blend)
            f1[(t, s["name"])] = score(story, s["same"], s["related"]).f1
    held, ap = {}, {}
    for s in stories:
        others = [o["name"] for o in stories if o is not s]
        best = max(THRESHOLDS, key=lambda t: np.mean([f1[(t, n)] for n in others]))
        held[s["name"]] = round(f1[(best, s["name"])], 4)
        keys, y, keep = pairs(s)
        scores = np.array([mats[s["name"]][i, j] for i, j in keys])
        ap[s["name"]] = round(float(average_precision_score(y[keep], scores[keep])), 4)
    return {
        "loo_mean_f1": round(float(np.mean(list(held.values()))), 4),
        "ap_mean": round(float(np.mean(list(ap.values()))), 4),
        "loo_f1": held,
        "ap": ap,
    }


def neighbours(beta: float) -> Sim:
    """The blend plus beta x the mean similarity of the sentences before and after (each in its article)."""

    def sim(s: dict) -> np.ndarray:
        base = shipped(s)
        sents = s["prepared"].sentences
        n = len(sents)
        context = np.zeros((n, n))
        for step in (-1, 1):
            near = np.array([i + step if 0 <= i + step < n and sents[i + step].source == x.source else -1
                             for i, x in enumerate(sents)])  # fmt: skip
            ok = near >= 0
            part = np.zeros((n, n))
            part[np.ix_(ok, ok)] = base[np.ix_(near[ok], near[ok])]
            context += part / 2
        return base + beta * (context - base.mean())

    return sim


def matching(penalty: float) -> Sim:
    """Competitive linking: for each pair of articles, pairs outside the best one-to-one matching
    (Hungarian algorithm on the blend) lose ``penalty``."""

    def sim(s: dict) -> np.ndarray:
        base = shipped(s)
        outlets = np.array([x.outlet for x in s["prepared"].sentences])
        kept = np.eye(len(base), dtype=bool)
        names = sorted(set(outlets))
        for k, a in enumerate(names):
            for b in names[k + 1 :]:
                rows, cols = np.where(outlets == a)[0], np.where(outlets == b)[0]
                r, c = linear_sum_assignment(-base[np.ix_(rows, cols)])
                kept[rows[r], cols[c]] = kept[cols[c], rows[r]] = True
        return np.where(kept, base, base - penalty)

    return sim


def stsb_adapter(stsb: Path, embedder: Embedder, strength: float = 0.1, steps: int = 300) -> np.ndarray:
    """A 384 x 384 linear map W (kept near the identity) so that cos(Wa, Wb) fits STS-B train scores / 5."""
    import torch

    rows = []
    with (stsb / "sts-train.csv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 7:
                rows.append((float(row[4]), row[5], row[6]))
    a = torch.tensor(embedder.encode([r[1] for r in rows]))
    b = torch.tensor(embedder.encode([r[2] for r in rows]))
    y = torch.tensor([r[0] / 5 for r in rows], dtype=torch.float32)
    torch.manual_seed(0)
    eye = torch.eye(a.shape[1])
    w = torch.nn.Parameter(eye.clone())
    opt = torch.optim.Adam([w], lr=1e-3)
    for _ in range(steps):
        cos = (torch.nn.functional.normalize(a @ w, dim=1) * torch.nn.functional.normalize(b @ w, dim=1)).sum(1)
        loss = (cos - y).pow(2).mean() + strength * (w - eye).pow(2).sum() / a.shape[1]
        opt.zero_grad()
        loss.backward()
        opt.step()
    return w.detach().numpy()


_STOP_WORDS = (
    "the a an of to in on and or for with by at from that this is was were be been has have had as it its he she "
    "they his her their said says will would not no but which who after over about into"
)
_STOP = frozenset(_STOP_WORDS.split())


def pair_features(s: dict) -> np.ndarray:
    """Per cross-outlet pair: embedding, lexical and blend similarity, its z-score in the story, best-match
    flags and margins over the runner-up in the other article, position gap, word / name / number
    overlap, length ratio, and whether one sentence opens its article."""
    sents = s["prepared"].sentences
    base = shipped(s)
    outlets = np.array([x.outlet for x in sents])
    cross = outlets[:, None] != outlets[None, :]
    best = np.zeros_like(base, dtype=bool)
    margin = np.zeros_like(base)
    for o in set(outlets):
        cols = np.where(outlets == o)[0]
        sub = base[:, cols]
        top = np.sort(sub, axis=1)[:, ::-1]
        second = top[:, 1] if len(cols) > 1 else top[:, 0]
        best[:, cols] = sub == top[:, :1]
        margin[:, cols] = sub - np.where(sub == top[:, :1], second[:, None], top[:, :1])

    def words(text: str, pattern: str) -> set[str]:
        return {w.lower() for w in re.findall(pattern, text)} - _STOP

    def jaccard(a: set[str], b: set[str]) -> float:
        return len(a & b) / len(a | b) if a | b else 0.0

    content = [words(x.text, r"[A-Za-z0-9’']+") for x in sents]
    names = [words(x.text, r"(?<=\s)[A-Z][\w’'-]+") for x in sents]
    numbers = [set(re.findall(r"\d+(?:[.,]\d+)?", x.text)) for x in sents]
    length = [len(x.text.split()) for x in sents]
    mean, std = base[cross].mean(), base[cross].std()
    rows = []
    for i, j in pairs(s)[0]:
        rows.append([
            s["emb"][i, j], s["lex"][i, j], base[i, j], (base[i, j] - mean) / std,
            best[i, j] or best[j, i], best[i, j] and best[j, i],
            min(margin[i, j], margin[j, i]), max(margin[i, j], margin[j, i]),
            abs(sents[i].position - sents[j].position),
            jaccard(content[i], content[j]), jaccard(names[i], names[j]), jaccard(numbers[i], numbers[j]),
            min(length[i], length[j]) / max(length[i], length[j]), float(min(sents[i].index, sents[j].index) == 0),
        ])  # fmt: skip
    return np.array(rows, dtype=float)


def classifier(stories: list[dict]) -> Sim:
    """Logistic regression on pair features, trained on the other stories; its probability is the similarity."""
    data = {s["name"]: (pair_features(s), *pairs(s)) for s in stories}

    def sim(s: dict) -> np.ndarray:
        train = [data[n] for n in data if n != s["name"]]
        x = np.vstack([f[keep] for f, _, _, keep in train])
        y = np.concatenate([g[keep] for _, _, g, keep in train])
        scaler = StandardScaler().fit(x)
        model = LogisticRegression(max_iter=2000).fit(scaler.transform(x), y)
        features, keys, _, _ = data[s["name"]]
        n = len(s["prepared"].sentences)
        out = np.zeros((n, n))
        for (i, j), p in zip(keys, model.predict_proba(scaler.transform(features))[:, 1], strict=True):
            out[i, j] = out[j, i] = p
        return out

    return sim


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold")
    parser.add_argument("--stsb", type=Path, default=ROOT.parent / "shared" / "data" / "stsb")
    parser.add_argument("--model", help="another sentence-transformers model folder, blended 0.5 with lexical")
    parser.add_argument("--out", type=Path, help="write the report as JSON here too")
    args = parser.parse_args()
    start = time.perf_counter()
    embedder = Embedder(cache_dir=ROOT / ".cache" / "digest")
    stories = [load_story(args.gold, n, embedder) for n in TUNE + CHECK]
    for s in stories:
        s["vec"] = embedder.encode([x.text for x in s["prepared"].sentences])
    variants: dict[str, Sim] = {
        "shipped": shipped,
        "neighbours 0.05": neighbours(0.05),
        "neighbours 0.15": neighbours(0.15),
        "matching 0.05": matching(0.05),
        "matching 0.10": matching(0.10),
        "logistic pair classifier": classifier(stories),
    }
    if (args.stsb / "sts-train.csv").exists():
        w = stsb_adapter(args.stsb, embedder)
        variants["STS-B linear adapter"] = lambda s: 0.5 * (unit(s["vec"] @ w) @ unit(s["vec"] @ w).T) + 0.5 * s["lex"]
    if args.model:
        other = Embedder(model=args.model, cache_dir=ROOT / ".cache" / "digest")
        for s in stories:
            v = other.encode([x.text for x in s["prepared"].sentences])
            s["other"] = v @ v.T
        variants[f"{Path(args.model).name} blend"] = lambda s: 0.5 * s["other"] + 0.5 * s["lex"]
    report = {"stories": TUNE + CHECK, "variants": {name: loo(stories, sim) for name, sim in variants.items()}}
    report["seconds"] = round(time.perf_counter() - start, 1)
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
