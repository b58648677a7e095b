"""Train the fact adapter: LoRA on all-MiniLM-L6-v2, CPU, offline, from the multi-outlet dev gold.

    python benchmarks/train_adapter.py [--corpus ../shared/data/multi-outlet] [--out generator/data/fact_adapter.npz]
        [--stories a,b,...] [--exclude a,b,...] [--epochs 2] [--rank 8] [--seed 0]

Training pairs are cross-outlet sentence pairs of the tuning stories (never the checking ones):
positives share a fact in the gold; negatives are the hardest non-pairs by the base similarity
(the confusable same-topic sentences) plus random ones; "related" pairs are left out. The loss is
CoSENT (a ranking loss on the cosine). Only the low-rank matrices are trained and saved (about a
megabyte); generator/adapter.py merges them into the model at load time.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import torch  # noqa: E402
from multi_outlet import DEFAULT_CORPUS, GOLD_DIR, materialise, prepare  # noqa: E402
from real import WORK, load  # noqa: E402

from generator.embed import model_path  # noqa: E402
from generator.similarity import lexical_matrix  # noqa: E402

TARGETS = ("query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense")


class LoRA(torch.nn.Module):
    def __init__(self, base: torch.nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.A = torch.nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.B = torch.nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.A.T @ self.B.T) * self.scale


def wrap(model: torch.nn.Module, rank: int, alpha: float) -> dict[str, LoRA]:
    wrapped = {}
    for name, module in list(model.named_modules()):
        for child_name, child in list(module.named_children()):
            full = f"{name}.{child_name}" if name else child_name
            if isinstance(child, torch.nn.Linear) and any(full.endswith(t) for t in TARGETS) and ".layer." in full:
                lora = LoRA(child, rank, alpha)
                setattr(module, child_name, lora)
                wrapped[full] = lora
    return wrapped


def story_pairs(name: str, corpus: Path, rng: random.Random, hard: int, easy: int) -> list[tuple[str, str, float]]:
    gold = json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))
    path = WORK / "gold" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(materialise(corpus, gold)), encoding="utf-8")
    prepare(corpus, WORK / "stories", [name])
    story = load(name, WORK / "stories" / name, path)
    sentences = story.prepared.sentences
    key = {s.key: i for i, s in enumerate(sentences)}

    def pairs_of(groups: list[set[str]]) -> set[tuple[int, int]]:
        out = set()
        for g in groups:
            for a, b in combinations(sorted(k for k in g if k in key), 2):
                i, j = sorted((key[a], key[b]))
                if sentences[i].outlet != sentences[j].outlet:
                    out.add((i, j))
        return out

    positive = pairs_of(story.same)
    skip = positive | pairs_of(story.related)
    lex = lexical_matrix([s.text for s in sentences])
    negative = [
        (i, j)
        for i in range(len(sentences))
        for j in range(i + 1, len(sentences))
        if sentences[i].outlet != sentences[j].outlet and (i, j) not in skip
    ]
    negative.sort(key=lambda p: (-lex[p], p))
    chosen = negative[: hard * len(positive)]
    rest = negative[hard * len(positive) :]
    chosen += rng.sample(rest, min(len(rest), easy * len(positive)))
    text = [s.text for s in sentences]
    return [(text[i], text[j], 1.0) for i, j in sorted(positive)] + [(text[i], text[j], 0.0) for i, j in chosen]


def cosent(cos: torch.Tensor, labels: torch.Tensor, scale: float = 20.0) -> torch.Tensor:
    diff = (cos[None, :] - cos[:, None]) * scale  # diff[i, j] = cos_j - cos_i
    mask = (labels[:, None] > labels[None, :]).float()  # i positive, j negative: want cos_i > cos_j
    diff = diff - (1 - mask) * 1e12
    return torch.logsumexp(torch.cat([torch.zeros(1), diff.flatten()]), dim=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=ROOT / "generator" / "data" / "fact_adapter.npz")
    parser.add_argument("--stories", help="comma-separated; default: every tuning story of the dev gold")
    parser.add_argument("--exclude", default="", help="comma-separated stories to leave out")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--hard", type=int, default=3)
    parser.add_argument("--easy", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    checking = set(json.loads((GOLD_DIR / "split.json").read_text(encoding="utf-8"))["checking"])
    names = args.stories.split(",") if args.stories else sorted(p.stem for p in GOLD_DIR.glob("*.json"))
    names = [n for n in names if n != "split" and n not in checking and n not in set(args.exclude.split(","))]
    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    data = [p for n in names for p in story_pairs(n, args.corpus, rng, args.hard, args.easy)]
    print(f"{len(names)} stories, {len(data)} pairs ({sum(p[2] for p in data):.0f} positive)", file=sys.stderr)
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(model_path("all-MiniLM-L6-v2"), device="cpu")
    for p in model.parameters():
        p.requires_grad_(False)
    wrapped = wrap(model, args.rank, 2.0 * args.rank)
    params = [p for m in wrapped.values() for p in (m.A, m.B)]
    optimiser = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps = args.epochs * math.ceil(len(data) / args.batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1.0, (s + 1) / (0.1 * steps)))
    model.train()
    start = time.perf_counter()
    for epoch in range(args.epochs):
        rng.shuffle(data)
        total = 0.0
        for b in range(0, len(data), args.batch):
            batch = data[b : b + args.batch]
            left = model.tokenize([p[0] for p in batch])
            right = model.tokenize([p[1] for p in batch])
            u = model(left)["sentence_embedding"]
            v = model(right)["sentence_embedding"]
            cos = torch.nn.functional.cosine_similarity(u, v)
            loss = cosent(cos, torch.tensor([p[2] for p in batch]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss)
        print(f"epoch {epoch + 1}: loss {total / math.ceil(len(data) / args.batch):.4f}, "
              f"{time.perf_counter() - start:.0f} s", file=sys.stderr)  # fmt: skip
    arrays = {}
    for name, lora in wrapped.items():
        target = name.removeprefix("0.") if False else name
        arrays[f"{target}/A"] = lora.A.detach().numpy().astype(np.float32)
        arrays[f"{target}/B"] = lora.B.detach().numpy().astype(np.float32)
        arrays[f"{target}/scale"] = np.array(lora.scale, dtype=np.float32)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) from {', '.join(names)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
