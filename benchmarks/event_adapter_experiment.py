"""Adapt the sentence encoder to ECB+'s cross-document event coreference (a LoRA; an experiment).

    python benchmarks/event_adapter_experiment.py [--ecbplus ../shared/data/ecbplus] [--steps 600]
        [--batch 32] [--rank 8] [--lr 2e-4] [--adapter FILE] [--out FILE]

The dev gold's large groups are event-level ("every sentence on the guards pointing a gun"), and
the missed pairs are sentences that tell one event in other words. ECB+ (CC BY 3.0; in ``../shared``)
links event mentions that refer to one real event across the articles of a topic: two sentences of
two articles that mention one event instance are a public, hand-made "same event" pair, never from
the multi-outlet corpus. So the adapter is trained on ECB+ alone, and every multi-outlet figure
below is clean: the pair model is trained and scored on features the adapter never saw.

1. Pairs: the sentences of ``sentences.tsv`` with a cross-document event instance, in the odd
   topics (the half the differences benchmark designs on) other than the old dev gold's (3, 11);
   a positive is two sentences of two articles of one topic that share an instance; a batch holds
   pairs of one topic (hard negatives: same subject), and in-batch pairs that share any instance
   are masked, not negatives. all-MiniLM-L6-v2 (``generator/encoder.py``) gets LoRA (rank
   ``--rank``) on every attention and feed-forward linear, trained with the symmetric in-batch
   softmax loss of ``biencoder_experiment.py``; the adapter is merged into the weights.
2. The shipped method of ``real.py`` (pair model, a threshold per story, clustering and the attach
   passes) is run twice, with the plain and with the adapted encoder: every sentence and clause
   embedded again (a cache of its own), the 20 pair features recomputed, the pair model trained
   leave one story out on the tuning stories, and scored on the tuning stories, the fifth checking
   set (read since), the old dev gold and the seed story. Also the pair model's average precision.

With ``--mrpc FILE`` (MRPC's ``msr_paraphrase_train.txt``: pairs of news sentences about one story,
from two outlets, marked as paraphrases or not; brought with the search tool's fetch from the public
repository Pzeyang/Paraphrase_Identification, commit dc1755e, never committed here; MRPC's own
licence terms apply) the adapter is trained on its 2,755 paraphrase pairs instead.

``--save-adapter FILE`` writes the trained adapter (rank-8 A and B of each adapted linear, float16,
and its scale; about 0.6 MB as ``.npz``). Since session 33 the MRPC adapter (``--hard --steps 1200``)
is shipped: ``benchmarks/train_encoder.py`` writes it, ``generator/encoder.py`` merges it. "Plain"
here is always the encoder without any adapter (``generator.embed.PLAIN_MODEL``).

Prints and writes JSON of counts and scores only (no text). Never run in CI or a build.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
from biencoder_experiment import LoRAMiniLM, adapter_arguments, logits, train_in_batch  # noqa: E402
from ecbplus import detokenise  # noqa: E402
from report import emit  # noqa: E402
from sklearn.metrics import average_precision_score  # noqa: E402

from generator.embed import PLAIN_MODEL, Embedder, model_path  # noqa: E402

DEV_TOPICS = {3, 4, 8, 11, 14, 20, 38}  # the old dev gold's ECB+ stories: never trained on


def event_pairs(tsv: Path) -> dict[int, tuple[list[str], list[frozenset[str]], list[str], list[tuple[int, int]]]]:
    """Per training topic: texts, each text's event instances, its document, and the positive pairs
    (two documents, a shared instance)."""
    topics: dict[int, list[tuple[str, frozenset[str], str]]] = collections.defaultdict(list)
    with tsv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            t, instances = int(row["topic"]), row["action_instances"] or ""
            if t % 2 == 0 or t in DEV_TOPICS or not instances.strip():
                continue
            topics[t].append((detokenise(row["text"]), frozenset(instances.split()), row["doc"]))
    out = {}
    for t, rows in sorted(topics.items()):
        texts = [r[0] for r in rows]
        inst = [r[1] for r in rows]
        docs = [r[2] for r in rows]
        pos = [
            (i, j)
            for i in range(len(rows))
            for j in range(i + 1, len(rows))
            if docs[i] != docs[j] and inst[i] & inst[j]
        ]
        if pos:
            out[t] = (texts, inst, docs, pos)
    return out


def paraphrase_pairs(path: Path) -> dict[int, tuple[list[str], list[frozenset[str]], list[str], list[tuple[int, int]]]]:
    """MRPC's training file (``Quality``, two ids, two sentences; news sentences of one story from two
    outlets) as one "topic": its paraphrase pairs are the positives, a sentence's ids say which other
    sentences are the same one (masked, never a negative)."""
    index: dict[str, int] = {}
    texts: list[str] = []
    ids: list[set[str]] = []
    pos = []
    negatives: dict[int, list[int]] = {}
    with path.open(encoding="utf-8-sig") as f:
        next(f)
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) != 5:
                continue
            quality, id1, id2, s1, s2 = row
            for i, t in ((id1, s1), (id2, s2)):
                if i not in index:
                    index[i] = len(texts)
                    texts.append(t)
                    ids.append({i})
            a, b = index[id1], index[id2]
            if quality == "1":
                ids[a].add(f"pair:{id1}:{id2}")
                ids[b].add(f"pair:{id1}:{id2}")
                pos.append((a, b))
            else:  # one story's two sentences that do not say the same: a hand-made hard negative
                negatives.setdefault(a, []).append(b)
                negatives.setdefault(b, []).append(a)
    HARD.clear()
    HARD.update(negatives)
    return {0: (texts, [frozenset(x) for x in ids], [str(k) for k in range(len(texts))], pos)}


HARD: dict[int, list[int]] = {}  # MRPC: each sentence's non-paraphrases (``paraphrase_pairs``)


def train(data: dict, args: argparse.Namespace) -> tuple[LoRAMiniLM, dict]:
    import torch

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    model = LoRAMiniLM(Path(model_path("all-MiniLM-L6-v2")), args.rank, args.alpha, args.seed)
    model.tokenizer.enable_truncation(args.max_tokens, strategy="longest_first")
    topics = sorted(data)
    weights = [min(len(data[t][3]), args.cap) for t in topics]  # big topics do not drown the rest

    def batch() -> tuple[list[str], list[tuple[int, int]], Callable[[int, int], bool]]:
        texts, inst, _docs, pos = data[rng.choices(topics, weights=weights)[0]]
        return texts, rng.sample(pos, min(args.batch, len(pos))), lambda i, j: bool(inst[i] & inst[j])

    start = time.perf_counter()

    def hard(i: int) -> list[int]:
        return [rng.choice(HARD[i])] if args.hard and HARD.get(i) else []

    losses = train_in_batch(model, batch, args, rng, every=50, hard=hard)
    info = {
        "topics": len(topics),
        "sentences": sum(len(data[t][0]) for t in topics),
        "positive_pairs": sum(len(data[t][3]) for t in topics),
        "steps": args.steps,
        "seconds": round(time.perf_counter() - start, 1),
        "loss_first_50": round(float(np.mean(losses[:50])), 4),
        "loss_last_50": round(float(np.mean(losses[-50:])), 4),
    }
    return model, info


def save_adapter(adapter: LoRAMiniLM, path: Path) -> None:
    """The adapter's low-rank matrices (``<linear>.A``, ``<linear>.B``, float16) and its scale, in one
    ``.npz``: what a build would merge into the encoder's weights (W + scale * B A)."""
    arrays = {f"{name}.{part}": t.detach().numpy().astype(np.float16) for name, ab in adapter.lora.items()
              for part, t in zip("AB", ab, strict=True)}  # fmt: skip
    np.savez_compressed(path, scale=np.array(adapter.scale, dtype=np.float32), **arrays)


def run_real(embedder: Embedder, corpus: Path) -> dict:
    """``real.py``'s shipped method with this embedder: leave one story out on the tuning stories,
    the fifth set, the old dev gold; and the pair model's average precision per tuning story."""
    from train_pairs import fit

    tune, check, old = real.load_sets(corpus, real.GOLD_DIR, ROOT / "benchmarks" / "gold")
    real.learn(tune, check + old, embedder)
    ap = {}
    for s in tune:
        model = fit([real.EXAMPLES[n] for n in real.TRAINING[s.name]])
        x, y = real.EXAMPLES[s.name]
        ap[s.name] = round(float(average_precision_score(y, logits(model, x))), 4)
    report = real.evaluate_method(real.SHIPPED, tune, check, old, embedder)
    return {
        "loso_mean_f1": report["loso_mean_f1"],
        "check_mean_f1": report["check_mean_f1"],
        "old_dev_mean_f1": report["old_dev_mean_f1"],
        "seed_f1": report["old_dev"]["seed-kremlin"]["f1"],
        "mean_ap": round(float(np.mean(list(ap.values()))), 4),
        "loso": {k: v["f1"] for k, v in report["loso"].items()},
        "check": {k: v["f1"] for k, v in report["check"].items()},
        "old_dev": {k: v["f1"] for k, v in report["old_dev"].items()},
        "ap": ap,
        "precision": round(float(np.mean([v["precision"] for v in report["tune"].values()])), 4),
        "recall": round(float(np.mean([v["recall"] for v in report["tune"].values()])), 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--corpus", type=Path, default=real.DEFAULT_CORPUS)
    adapter_arguments(parser, steps=600)
    parser.add_argument(
        "--cap", type=int, default=2000, help="a topic's sampling weight: its positive pairs, at most this"
    )
    parser.add_argument("--skip-plain", action="store_true", help="do not score the plain encoder again")
    parser.add_argument("--save-adapter", type=Path, help="write the trained adapter here (.npz, float16)")
    parser.add_argument("--hard", action="store_true", help="with --mrpc: its non-paraphrase pairs as hard negatives")
    parser.add_argument("--mrpc", type=Path, help="train on MRPC's paraphrase pairs (msr_paraphrase_train.txt) instead")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    data = paraphrase_pairs(args.mrpc) if args.mrpc else event_pairs(args.ecbplus / "sentences.tsv")
    adapter, info = train(data, args)
    print(json.dumps(info), file=sys.stderr)
    if args.save_adapter:
        save_adapter(adapter, args.save_adapter)
    settings = {k: v for k, v in vars(args).items() if k not in ("ecbplus", "corpus", "out", "mrpc", "save_adapter")}
    settings["data"] = "MRPC train (paraphrase pairs)" if args.mrpc else "ECB+ event coreference"
    if args.mrpc and args.hard:
        settings["data"] += ", its non-paraphrase pairs as hard negatives"
    report: dict = {"settings": settings, "training": info}
    with tempfile.TemporaryDirectory() as tmp:
        embedder = Embedder(cache_dir=Path(tmp), threads=args.threads)  # never the shared cache
        embedder._model = adapter.merged()
        report["adapted"] = run_real(embedder, args.corpus)
        print(
            json.dumps({k: v for k, v in report["adapted"].items() if "mean" in k or k in ("seed_f1",)}),
            file=sys.stderr,
        )
    if not args.skip_plain:
        report["plain"] = run_real(Embedder(PLAIN_MODEL, cache_dir=real.CACHE, threads=args.threads), args.corpus)
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
