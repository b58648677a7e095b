"""Adapt the sentence encoder to "same fact" pairs of the dev gold (a bi-encoder LoRA; measured, not shipped).

    python benchmarks/biencoder_experiment.py [--corpus ../shared/data/multi-outlet] [--folds 4]
        [--only-fold K] [--steps 200] [--batch 32] [--rank 8] [--lr 2e-4] [--out FILE]

Never run in CI or a build; reads the 12 tuning stories only (never a checking story). The stories
are cut into ``--folds`` groups (``names[k::folds]``, as ``rerank_experiment.py``; ``--shuffle SEED``:
the names shuffled first, another partition). For each group:

1. all-MiniLM-L6-v2 (``generator/encoder.py``) gets a low-rank adapter (LoRA, rank ``--rank``) on
   every attention and feed-forward linear of its 6 layers, trained on the other stories only: the
   cross-outlet sentence pairs inside one gold "same" group are positives, the other pairs of the
   batch (sampled from one story, so they are hard: same topic) are negatives, gold pairs among them
   masked out; a symmetric in-batch softmax loss (MultipleNegativesRankingLoss) at scale 20.
2. The adapter is merged into the weights (W + scale * B A: the build would run the same encoder
   at the same cost), and every story's sentences and clauses are embedded again (no cache).
3. The 20 pair features are recomputed, the logistic pair model is trained on the group's training
   stories, and the held-out stories are scored: average precision (AP) of the gold pairs among
   their cross-outlet pairs ("related" pairs left out), and pairwise F1 of the shipped grouping at
   the threshold best on the training stories (each training story scored by a pair model trained
   on the other training stories), at the shipped threshold 0.32, and at the held-out group's own
   best threshold (hindsight).

The unadapted encoder is scored the same way on the same folds. When every fold has run, a third
variant ("adapted_crossfit"): the pair model of each fold trained on the training stories' features
from the adapters that did not see them (out of fold), as the held-out stories' features are; it is
optimistic (those adapters saw the held-out stories). Prints and writes JSON of counts and scores
only (no text). About 30 minutes on 2 CPU cores.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
from multi_outlet import DEFAULT_CORPUS  # noqa: E402
from report import emit  # noqa: E402
from sklearn.metrics import average_precision_score  # noqa: E402
from train_pairs import examples, features, fit, loaded, tuning_stories  # noqa: E402

from generator.align import build_claims  # noqa: E402
from generator.embed import PLAIN_MODEL, Embedder, model_path  # noqa: E402
from generator.encoder import MiniLM  # noqa: E402
from generator.evaluate import score  # noqa: E402

TARGETS = ("query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense")
SHIPPED_THRESHOLD = 0.32  # real.py's best on all tuning stories for the shipped method


# --- the encoder with an adapter -----------------------------------------------------------------


class LoRAMiniLM(MiniLM):
    """MiniLM whose target linears add ``scale * x A^T B^T`` (A: rank x in, B: out x rank; B starts at 0)."""

    def __init__(self, folder: Path, rank: int, alpha: float, seed: int) -> None:
        import torch

        super().__init__(folder)
        gen = torch.Generator().manual_seed(seed)
        self.scale = alpha / rank
        self.lora: dict[str, tuple] = {}
        for i in range(self.layers):
            for part in TARGETS:
                name = f"encoder.layer.{i}.attention.self.{part}" if part in ("query", "key", "value") else (
                    f"encoder.layer.{i}.{part}")  # fmt: skip
                out_f, in_f = self.w[f"{name}.weight"].shape
                a = (torch.randn(rank, in_f, generator=gen) / math.sqrt(in_f)).requires_grad_(True)
                b = torch.zeros(out_f, rank).requires_grad_(True)
                self.lora[name] = (a, b)

    def parameters(self) -> list:
        return [t for ab in self.lora.values() for t in ab]

    def _linear(self, x, name):  # type: ignore[no-untyped-def]
        out = super()._linear(x, name)
        if name in self.lora:
            a, b = self.lora[name]
            out = out + (x @ a.T @ b.T) * self.scale
        return out

    def batch(self, texts: list[str]):  # type: ignore[no-untyped-def]
        import torch

        enc = self.tokenizer.encode_batch(texts)
        return [
            torch.tensor([getattr(e, f) for e in enc], dtype=torch.long) for f in ("ids", "type_ids", "attention_mask")
        ]

    def merged(self) -> MiniLM:
        """A plain MiniLM with the adapter folded into its weights (what a build would load)."""
        import torch

        self.tokenizer.enable_truncation(self.max_length, strategy="longest_first")  # as a build encodes
        plain = MiniLM.__new__(MiniLM)
        plain.__dict__.update({k: v for k, v in self.__dict__.items() if k not in ("lora", "scale")})
        with torch.no_grad():
            plain.w = dict(self.w)
            for name, (a, b) in self.lora.items():
                plain.w[f"{name}.weight"] = self.w[f"{name}.weight"] + self.scale * (b @ a)
        return plain


def gold_pairs(story: real.Loaded) -> tuple[set, set, list[list[int]]]:
    """(same pairs, related-only pairs, same groups as index lists) of a story, i < j."""
    key = {s.key: i for i, s in enumerate(story.prepared.sentences)}
    found: dict[str, set] = {"same": set(), "related": set()}
    groups = []
    for kind, gs in (("same", story.same), ("related", story.related)):
        for g in gs:
            idx = sorted(key[k] for k in g if k in key)
            if kind == "same":
                groups.append(idx)
            for a, b in combinations(idx, 2):
                found[kind].add((a, b))
    return found["same"], found["related"] - found["same"], groups


def train_adapter(stories: list[real.Loaded], args: argparse.Namespace, seed: int) -> tuple[LoRAMiniLM, dict]:
    """LoRA trained with in-batch negatives on the cross-outlet gold pairs of ``stories``."""
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    model = LoRAMiniLM(Path(model_path("all-MiniLM-L6-v2")), args.rank, args.alpha, seed)
    model.tokenizer.enable_truncation(args.max_tokens, strategy="longest_first")
    data = []  # per story: texts, the cross-outlet positive pairs, the set of all gold pairs
    for s in stories:
        same, _, _ = gold_pairs(s)
        outlets = [x.outlet for x in s.prepared.sentences]
        cross = sorted((i, j) for i, j in same if outlets[i] != outlets[j])
        if cross:
            data.append(([x.text for x in s.prepared.sentences], cross, same))
    weights = [len(d[1]) for d in data]
    params = model.parameters()

    def batch() -> tuple[list[str], list[tuple[int, int]], Callable[[int, int], bool]]:
        texts, cross, same = rng.choices(data, weights=weights)[0]
        return texts, rng.sample(cross, min(args.batch, len(cross))), lambda i, j: tuple(sorted((i, j))) in same

    start = time.perf_counter()
    losses = train_in_batch(model, batch, args, rng, every=25)
    info = {
        "stories": len(data),
        "positive_pairs": int(sum(weights)),
        "steps": args.steps,
        "seconds": round(time.perf_counter() - start, 1),
        "loss_first_25": round(float(np.mean(losses[:25])), 4),
        "loss_last_25": round(float(np.mean(losses[-25:])), 4),
        "adapter_parameters": int(sum(p.numel() for p in params)),
        "adapter_bytes_float16": int(sum(p.numel() for p in params) * 2),
    }
    return model, info


def train_in_batch(
    model: LoRAMiniLM,
    batch: Callable[[], tuple[list[str], list[tuple[int, int]], Callable[[int, int], bool]]],
    args: argparse.Namespace,
    rng: random.Random,
    every: int,
    hard: Callable[[int], list[int]] | None = None,
) -> list[float]:
    """``args.steps`` steps of the symmetric in-batch softmax loss (scale ``args.loss_scale``; AdamW at
    ``args.lr``, warm-up over a tenth of the steps, then linear decay). ``batch()`` gives texts, the
    positive pairs of one batch (indices into the texts), and which two texts are also a positive
    pair (such in-batch "negatives", like a text with itself, are masked). ``hard``: for a pair's
    first text, texts known not to say the same (a hand-made negative), added as more columns to
    tell it from. Returns the losses."""
    import torch

    params = model.parameters()
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    warm = max(1, args.steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, 1 - s / args.steps))
    start, losses = time.perf_counter(), []
    for step in range(args.steps):
        texts, pairs, positive = batch()
        pairs = [p if rng.random() < 0.5 else (p[1], p[0]) for p in pairs]
        left, right = [p[0] for p in pairs], [p[1] for p in pairs]
        extra = [k for i in left for k in (hard(i) if hard else [])]
        columns = right + extra
        unique = sorted(set(left) | set(columns))
        where = {u: k for k, u in enumerate(unique)}
        vecs = model.forward(*model.batch([texts[u] for u in unique]))
        a, b = vecs[[where[i] for i in left]], vecs[[where[j] for j in columns]]
        logits = args.loss_scale * a @ b.T
        bad = torch.tensor(
            [[r != c and (li == rj or positive(li, rj)) for c, rj in enumerate(columns)] for r, li in enumerate(left)]
        )
        logits = logits.masked_fill(bad, -1e4)
        target = torch.arange(len(pairs))
        n = len(pairs)
        loss = (
            torch.nn.functional.cross_entropy(logits, target)
            + torch.nn.functional.cross_entropy(logits[:, :n].T, target)
        ) / 2
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
        losses.append(loss.item())
        if (step + 1) % every == 0:
            print(f"    step {step + 1}/{args.steps} loss {np.mean(losses[-every:]):.3f} "
                  f"{time.perf_counter() - start:.0f}s", file=sys.stderr)  # fmt: skip
    return losses


def adapter_arguments(parser: argparse.ArgumentParser, steps: int) -> None:
    """The training settings both encoder-adapter experiments take."""
    parser.add_argument("--steps", type=int, default=steps)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--alpha", type=float, default=16.0)
    parser.add_argument("--lr", type=float, default=2e-4)
    parser.add_argument("--loss-scale", type=float, default=20.0)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)


def logits(model: object, x: np.ndarray) -> np.ndarray:
    """The pair model's log-odds for rows of features (a ranking score for average precision)."""
    return model.intercept + sum(  # type: ignore[attr-defined]
        c * (x[:, k] - mu) / sc
        for k, (mu, sc, c) in enumerate(zip(model.mean, model.scale, model.coef, strict=True))  # type: ignore[attr-defined]
    )


# --- scoring -------------------------------------------------------------------------------------


def story_features(stories: dict[str, real.Loaded], embedder: Embedder) -> dict[str, dict]:
    """Per story: the 20 feature matrices and the (x, y) examples of its cross-outlet pairs."""
    out = {}
    for n, s in stories.items():
        f = features(s, embedder)
        out[n] = {"features": f, "examples": examples(s, f)}
    return out


def f1_at(story: real.Loaded, p: np.ndarray, threshold: float) -> float:
    outlets = [a.outlet for a in story.prepared.articles]
    claims = build_claims(
        story.prepared.sentences, p, threshold, outlets, threshold + 0.1, None, threshold + 0.05
    )  # the shipped grouping (real.METHODS[0])
    return score(story.prepared.story(claims), story.same, story.related).f1


def probabilities(feats: dict[str, dict], train: list[str], target: str) -> np.ndarray:
    model = fit([feats[n]["examples"] for n in train])
    return np.round(model.probability(feats[target]["features"]), 4)


def evaluate(stories: dict[str, real.Loaded], feats: dict[str, dict], train: list[str], held: list[str]) -> dict:
    """AP and F1 of the held-out stories with a pair model trained on ``train``; the threshold is the
    best mean F1 over the training stories, each scored by a model trained on the other training stories."""
    grid = real.THRESHOLDS
    inner = {t: {th: f1_at(stories[t], probabilities(feats, [o for o in train if o != t], t), th) for th in grid}
             for t in train}  # fmt: skip
    chosen = max(grid, key=lambda th: (np.mean([inner[t][th] for t in train]), -abs(th - 0.45)))
    model = fit([feats[n]["examples"] for n in train])
    out = {}
    for n in held:
        x, y = feats[n]["examples"]
        p = np.round(model.probability(feats[n]["features"]), 4)
        z = logits(model, x)
        emb = x[:, list(real.FEATURES).index("embedding")]
        out[n] = {
            "pairs": len(y),
            "positive": int(y.sum()),
            "ap": round(float(average_precision_score(y, z)), 4),
            "ap_embedding_alone": round(float(average_precision_score(y, emb)), 4),
            "f1": {th: round(f1_at(stories[n], p, th), 4) for th in grid},
        }
    hindsight = max(grid, key=lambda th: (np.mean([out[n]["f1"][th] for n in held]), -abs(th - 0.45)))
    for n in held:
        table = out[n].pop("f1")
        out[n] |= {
            "f1_threshold_from_training": table[chosen],
            "f1_shipped_threshold": table[SHIPPED_THRESHOLD],
            "f1_hindsight": table[hindsight],
        }
    return {"threshold_from_training": chosen, "hindsight_threshold": hindsight, "stories": out}


KEYS = ("ap", "ap_embedding_alone", "f1_threshold_from_training", "f1_shipped_threshold", "f1_hindsight")


def means(stories: dict) -> dict:
    return {key: round(float(np.mean([v[key] for v in stories.values()])), 4) for key in KEYS}


def mean_of(results: dict, key: str) -> float:
    return round(float(np.mean([v[key] for r in results for v in r["stories"].values()])), 4)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--only-fold", type=int, action="append", help="run only these folds (repeatable)")
    adapter_arguments(parser, steps=200)
    parser.add_argument("--shuffle", type=int, help="shuffle the stories with this seed before cutting the folds")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    names = tuning_stories()  # never a checking story
    stories = {n: loaded(n, args.corpus) for n in names}
    base_embedder = Embedder(PLAIN_MODEL, cache_dir=real.CACHE, threads=args.threads)  # the encoder it adapts
    start = time.perf_counter()
    base = story_features(stories, base_embedder)
    print(f"base features {time.perf_counter() - start:.0f}s", file=sys.stderr)
    # the 12-fold leave-one-story-out AP of the unadapted model (the shipped figure, 0.573)
    loso_ap = {}
    for n in names:
        model = fit([base[o]["examples"] for o in names if o != n])
        x, y = base[n]["examples"]
        z = logits(model, x)
        loso_ap[n] = round(float(average_precision_score(y, z)), 4)
    print(f"unadapted, leave one story out: mean AP {np.mean(list(loso_ap.values())):.4f}", file=sys.stderr)
    order = list(names)
    if args.shuffle is not None:  # another partition into folds
        random.Random(args.shuffle).shuffle(order)
    groups = [sorted(order[k :: args.folds]) for k in range(args.folds)]
    folds, oof = [], {}  # oof: each story's adapted features from the adapter that did not see it
    for k, held in enumerate(groups):
        if args.only_fold and k not in args.only_fold:
            continue
        train = [n for n in names if n not in held]
        print(f"fold {k}: {len(held)} held out, {len(train)} training", file=sys.stderr)
        adapter, info = train_adapter([stories[n] for n in train], args, args.seed + k)
        start = time.perf_counter()
        embedder = Embedder(cache_dir=None)
        embedder._model = adapter.merged()
        adapted = story_features(stories, embedder)
        info["embed_and_features_seconds_all_12_stories"] = round(time.perf_counter() - start, 1)
        fold = {
            "fold": k,
            "held_out": held,
            "training": info,
            "unadapted": evaluate(stories, base, train, held),
            "adapted": evaluate(stories, adapted, train, held),
        }
        for kind in ("unadapted", "adapted"):
            fold[kind]["mean"] = means(fold[kind]["stories"])
        print(json.dumps({k2: fold[k2]["mean"] for k2 in ("unadapted", "adapted")} | {"training": info}),
              file=sys.stderr)  # fmt: skip
        folds.append(fold)
        oof |= {n: adapted[n] for n in held}
        if args.out:  # what is done so far, in case a later fold does not finish
            args.out.write_text(json.dumps(summary(args, names, loso_ap, folds), indent=2) + "\n")
    if len(oof) == len(names):
        # Cross-fitted: the pair model (and its threshold) trained on the training stories' features
        # from the adapters that did not see those stories, as the held-out stories' features are.
        # Not fully clean: those adapters saw the held-out stories (a second-order leak, in the
        # adapted model's favour; a clean version needs adapters nested inside each fold).
        for fold in folds:
            train = [n for n in names if n not in fold["held_out"]]
            fold["adapted_crossfit"] = evaluate(stories, oof, train, fold["held_out"])
            fold["adapted_crossfit"]["mean"] = means(fold["adapted_crossfit"]["stories"])
            print(json.dumps({"fold": fold["fold"], "adapted_crossfit": fold["adapted_crossfit"]["mean"]}),
                  file=sys.stderr)  # fmt: skip
    return emit(summary(args, names, loso_ap, folds), args.out)


def summary(args: argparse.Namespace, names: list[str], loso_ap: dict, folds: list[dict]) -> dict:
    kinds = ("unadapted", "adapted") + (("adapted_crossfit",) if folds and "adapted_crossfit" in folds[0] else ())
    return {
        "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k != "corpus"},
        "tuning_stories": names,
        "unadapted_leave_one_story_out_ap": loso_ap,
        "unadapted_leave_one_story_out_mean_ap": round(float(np.mean(list(loso_ap.values()))), 4),
        "folds": folds,
        "summary": {kind: {key: mean_of([f[kind] for f in folds], key) for key in KEYS} for kind in kinds},
    }


if __name__ == "__main__":
    sys.exit(main())
