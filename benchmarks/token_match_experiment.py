"""Token-level matching as pair features (BERTScore-style; measured, not shipped).

    python benchmarks/token_match_experiment.py [--corpus ../shared/data/multi-outlet]

For each tuning story (never a checking story), every content token of a sentence (MiniLM's last
hidden layer, unit length; word pieces of stop words and punctuation left out) is matched to its
best cosine among the other sentence's tokens; the mean over the sentence is how much of it the other
holds. The smaller and larger of the two directions and their harmonic mean join the 20 features of
``generator.align.features``; a logistic model trained leave-one-story-out is compared with the
shipped features by average precision on the held-out story's cross-outlet pairs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from multi_outlet import DEFAULT_CORPUS  # noqa: E402
from sklearn.metrics import average_precision_score  # noqa: E402

from generator.align.features import FEATURES  # noqa: E402
from generator.embed import Embedder, model_path  # noqa: E402

STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "for",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "are",
        "that",
        "this",
        "it",
        "its",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "said",
        "says",
    ]
)
EXTRA = ("tokens_min", "tokens_max", "tokens_f")


def token_vectors(texts: list[str]) -> list[np.ndarray]:
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = model_path("all-MiniLM-L6-v2")
    tok, model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()
    out = []
    with torch.inference_mode():
        for b in range(0, len(texts), 32):
            enc = tok(texts[b : b + 32], padding=True, truncation=True, max_length=256, return_tensors="pt")
            hidden = torch.nn.functional.normalize(model(**enc).last_hidden_state, dim=-1).numpy()
            for k in range(hidden.shape[0]):
                pieces = tok.convert_ids_to_tokens(enc["input_ids"][k].tolist())
                mask = enc["attention_mask"][k].tolist()
                keep = [
                    i for i, (w, m) in enumerate(zip(pieces, mask, strict=True))
                    if m and w not in ("[CLS]", "[SEP]", "[PAD]") and w.strip("#").isalnum() and w.lower() not in STOP
                ]  # fmt: skip
                out.append(hidden[k, keep or [0]])
    return out


def held_matrix(vectors: list[np.ndarray]) -> np.ndarray:
    """[i, j]: the mean over sentence i's tokens of their best cosine among sentence j's tokens."""
    starts = np.r_[0, np.cumsum([len(v) for v in vectors])[:-1]]
    sim = np.vstack(vectors) @ np.vstack(vectors).T
    best = np.maximum.reduceat(sim, starts, axis=1)
    return np.add.reduceat(best, starts, axis=0) / np.array([len(v) for v in vectors])[:, None]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    names = train_pairs.tuning_stories()
    embedder = Embedder(cache_dir=real.CACHE)
    feats = {}
    for n in names:
        story = train_pairs.loaded(n, args.corpus)
        f = train_pairs.features(story, embedder)
        r = held_matrix(token_vectors([s.text for s in story.prepared.sentences]))
        f |= {
            "tokens_min": np.minimum(r, r.T),
            "tokens_max": np.maximum(r, r.T),
            "tokens_f": 2 * r * r.T / (r + r.T + 1e-9),
        }
        feats[n] = f
    for label, cols in (("shipped features", FEATURES), ("with token matching", FEATURES + EXTRA)):
        train_pairs.FEATURES = cols  # examples() reads the module's list
        ex = {n: train_pairs.examples(train_pairs.loaded(n, args.corpus), feats[n]) for n in names}
        aps, scores, labels = [], [], []
        for n in names:
            m = train_pairs.fit([ex[o] for o in names if o != n], features=cols)
            z = m.intercept + sum(
                c * (ex[n][0][:, k] - mu) / sc
                for k, (mu, sc, c) in enumerate(zip(m.mean, m.scale, m.coef, strict=True))
            )
            aps.append(average_precision_score(ex[n][1], z))
            scores.append(z)
            labels.append(ex[n][1])
        pooled = average_precision_score(np.concatenate(labels), np.concatenate(scores))
        print(f"{label}: mean AP {np.mean(aps):.4f}, pooled AP {pooled:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
