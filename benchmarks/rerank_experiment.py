"""Measure a cross-encoder re-ranker (``cross_encoder.py``) on the tuning stories (not shipped).

    python benchmarks/rerank_experiment.py [--corpus ../shared/data/multi-outlet] [--folds 4]
        [--only-fold K] [--epochs 2] [--stsb ../shared/data/stsb/sts-train.csv] [--seed 13]

Never run in CI or a build; reads tuning stories only (never a checking story). Each story's
cross-outlet sentence pairs get the pair model's probability from a model trained without that
story (``real.py``'s leave-one-story-out); the candidates (each sentence's best ``TOP`` matches per
other outlet, p >= ``FLOOR``) are the examples: positive when the gold puts both sentences in a
common claim, "related" pairs left out. The stories are cut into ``--folds`` groups; for each group
a cross-encoder is trained on the others (with ``--stsb``, one epoch on STS-B first) and scores the
group's candidates. Reported, out of fold: average precision on the candidates of the pair model,
the cross-encoder and a logistic stack of the two; and the held-out stories' mean pairwise F1 with
the shipped grouping, without and with the stack (each at its best threshold on those stories).
One fold takes 10 to 30 minutes on 2 CPU cores.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import cross_encoder as rerank  # noqa: E402
import real  # noqa: E402
from multi_outlet import DEFAULT_CORPUS  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import average_precision_score  # noqa: E402
from train_pairs import examples, features, loaded, tuning_stories  # noqa: E402

from generator.embed import Embedder  # noqa: E402

RANK, ALPHA, TOP, FLOOR = 8, 16.0, 3, 0.02


def story_pairs(corpus: Path) -> dict[str, dict]:
    """Per tuning story: texts, outlets, leave-one-out pair-model probabilities, gold pairs."""
    embedder = Embedder(cache_dir=real.CACHE)
    names = tuning_stories()
    stories = [loaded(n, corpus) for n in names]
    for s in stories:
        real.EXAMPLES[s.name] = examples(s, features(s, embedder))
        real.TRAINING[s.name] = [n for n in names if n != s.name]
    out = {}
    for s in stories:
        p = real.probability(s, real.Method("pairs", pairs=True), embedder)
        sentences = s.prepared.sentences
        key = {x.key: i for i, x in enumerate(sentences)}
        found: dict[str, set] = {"pos": set(), "rel": set()}
        for kind, groups in (("pos", s.same), ("rel", s.related)):
            for g in groups:
                for a, b in combinations(sorted(k for k in g if k in key), 2):
                    found[kind].add(tuple(sorted((key[a], key[b]))))
        rank = {a.outlet: i for i, a in enumerate(s.prepared.articles)}
        out[s.name] = {
            "texts": [x.text for x in sentences],
            "outlets": [rank[x.outlet] for x in sentences],
            "p": p,
            "pos": found["pos"],
            "rel": found["rel"] - found["pos"],
        }
    return out


def candidate_examples(story: dict) -> list[tuple[int, int, int]]:
    """(i, j, label) of the story's candidate pairs, related pairs left out."""
    pairs = rerank.candidates(story["p"], story["outlets"], TOP, FLOOR)
    return [(i, j, int((i, j) in story["pos"])) for i, j in pairs if (i, j) not in story["rel"]]


def stsb_pairs(path: Path) -> list[tuple[str, str, float]]:
    """STS Benchmark training pairs with the score scaled to 0-1 (a soft label)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 7:
            out.append((cols[5], cols[6], float(cols[4]) / 5))
    return out


def train(data: list[tuple[str, str, float]], epochs: int, seed: int, pre: list | None = None) -> tuple:
    torch = rerank._torch()
    torch.manual_seed(seed)
    torch.set_num_threads(2)
    rng = random.Random(seed)
    tokenizer, model = rerank.build_model(RANK, ALPHA)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=4e-4, weight_decay=0.01)
    phases = ([pre] if pre else []) + [data] * epochs
    steps = sum((len(d) + 15) // 16 for d in phases)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 50) * max(0.0, 1 - s / steps))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    model.train()
    start, step = time.time(), 0
    for epoch, phase in enumerate(phases):
        order = list(phase)
        rng.shuffle(order)
        for b in range(0, len(order), 16):
            batch = order[b : b + 16]
            flip = [rng.random() < 0.5 for _ in batch]
            first = [y if f else x for (x, y, _), f in zip(batch, flip, strict=True)]
            second = [x if f else y for (x, y, _), f in zip(batch, flip, strict=True)]
            enc = tokenizer(first, second, padding=True, truncation=True, max_length=rerank.MAX_TOKENS,
                            return_tensors="pt")  # fmt: skip
            labels = torch.tensor([float(z) for _, _, z in batch])
            loss = loss_fn(model(**enc), labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                print(f"  epoch {epoch} step {step}/{steps} loss {loss.item():.3f} {time.time() - start:.0f}s",
                      file=sys.stderr)  # fmt: skip
    model.eval()
    return tokenizer, model


def texts_of(story: dict, rows: list[tuple[int, int, int]]) -> list[tuple[str, str, int]]:
    return [(story["texts"][i], story["texts"][j], y) for i, j, y in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--only-fold", type=int, help="train and score one fold only (a quick look)")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--stsb", type=Path, help="STS-B sts-train.csv: one epoch on it first")
    args = parser.parse_args()
    stories = story_pairs(args.corpus)
    names = sorted(stories)
    rows = {n: candidate_examples(stories[n]) for n in names}
    print({n: (len(r), sum(y for *_, y in r)) for n, r in rows.items()}, file=sys.stderr)
    groups = [names[k :: args.folds] for k in range(args.folds)]
    oof: dict[str, list] = {}
    for k, held in enumerate(groups):
        if args.only_fold is not None and k != args.only_fold:
            continue
        data = [t for n in names if n not in held for t in texts_of(stories[n], rows[n])]
        print(f"fold {k}: held out {held}, {len(data)} examples", file=sys.stderr)
        pre = stsb_pairs(args.stsb) if args.stsb else None
        tokenizer, model = train(data, args.epochs, args.seed + k, pre)
        for n in held:  # every candidate, related pairs too, as a build scores them
            story = stories[n]
            pairs = rerank.candidates(story["p"], story["outlets"], TOP, FLOOR)
            logits = rerank.score_pairs(tokenizer, model, [(story["texts"][i], story["texts"][j]) for i, j in pairs])
            oof[n] = [[i, j, round(float(v), 3)] for (i, j), v in zip(pairs, logits, strict=True)]
    # out-of-fold average precision on the candidates (related pairs left out)
    done = sorted(oof)
    logit = {(n, i, j): v for n in done for i, j, v in oof[n]}
    y = np.array([yy for n in done for *_, yy in rows[n]])
    p = np.array([stories[n]["p"][i, j] for n in done for i, j, _ in rows[n]])
    z = np.array([logit[(n, i, j)] for n in done for i, j, _ in rows[n]])
    lp = np.log(np.clip(p, 1e-4, 1 - 1e-4) / (1 - np.clip(p, 1e-4, 1 - 1e-4)))
    stack = LogisticRegression(C=1.0).fit(np.column_stack([lp, z]), y)
    s = stack.predict_proba(np.column_stack([lp, z]))[:, 1]
    print(f"candidates: {len(y)} ({int(y.sum())} positive); AP pair model {average_precision_score(y, p):.3f}, "
          f"cross-encoder {average_precision_score(y, z):.3f}, stack {average_precision_score(y, s):.3f}",
          file=sys.stderr)  # fmt: skip
    print(f"held-out mean F1 without / with the stack: {held_out_f1(stories, oof, stack, args.corpus)}",
          file=sys.stderr)  # fmt: skip
    return 0


def held_out_f1(stories: dict[str, dict], oof: dict[str, list], stack: LogisticRegression, corpus: Path) -> str:
    """Mean pairwise F1 of the held-out stories, shipped grouping, without and with the stacked score."""
    from generator.align import build_claims
    from generator.evaluate import score

    def f1(name: str, p: np.ndarray, threshold: float) -> float:
        story = loaded(name, corpus)
        outlets = [a.outlet for a in story.prepared.articles]
        claims = build_claims(story.prepared.sentences, p, threshold, outlets, threshold + 0.1, None, threshold + 0.05)
        return score(story.prepared.story(claims), story.same, story.related).f1

    plain = {n: stories[n]["p"] for n in oof}
    stacked = {}
    for n, rows in oof.items():
        p = stories[n]["p"].copy()
        i, j = np.array([r[0] for r in rows]), np.array([r[1] for r in rows])
        q = np.clip(p[i, j], 1e-4, 1 - 1e-4)
        s = stack.predict_proba(np.column_stack([np.log(q / (1 - q)), [r[2] for r in rows]]))[:, 1]
        p[i, j] = p[j, i] = np.round(s, 4)
        stacked[n] = p
    out = []
    for probs in (plain, stacked):
        best = max((float(np.mean([f1(n, probs[n], t) for n in probs])), t) for t in real.THRESHOLDS)
        out.append(f"{best[0]:.3f} (threshold {best[1]:.2f})")
    return " / ".join(out)


if __name__ == "__main__":
    sys.exit(main())
