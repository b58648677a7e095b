"""A cross-encoder for "do these two sentences tell a common fact?" (measured, not shipped).

all-MiniLM-L6-v2 reads the two sentences as one input, with a low-rank adapter (LoRA) in every
attention and feed-forward layer and a one-unit head on the mean of its token vectors; only the
adapter and the head are trained (``train_reranker.py``). It re-scores the candidate pairs only:
each sentence's best few matches in every other outlet by the pair model. See benchmarks/README.md
("Claim alignment on real coverage", tried and not shipped) for what it gained and why it is not in
the generator.
"""

from __future__ import annotations

import math
import os
from typing import Any

import numpy as np

MAX_TOKENS = 128
BATCH = 32
TARGETS = ("query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense")


def candidates(probability: np.ndarray, outlets: list[int], top: int, floor: float) -> list[tuple[int, int]]:
    """Pairs (i < j) where j is among i's ``top`` best in j's outlet or the reverse, with p >= floor."""
    group = np.asarray(outlets)
    out: set[tuple[int, int]] = set()
    for o in sorted(set(outlets)):
        cols = np.flatnonzero(group == o)
        rows = np.flatnonzero(group != o)
        if not len(rows) or not len(cols):
            continue
        block = probability[np.ix_(rows, cols)]
        k = min(top, len(cols))
        best = np.argsort(-block, axis=1, kind="stable")[:, :k]
        for r, picks in zip(rows, best, strict=True):
            for c in cols[picks]:
                if probability[r, c] >= floor:
                    out.add((min(int(r), int(c)), max(int(r), int(c))))
    return sorted(out)


# --- the model -----------------------------------------------------------------------------------


def _torch() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import torch

    return torch


def build_model(rank: int, alpha: float) -> tuple[Any, Any]:
    """(tokenizer, model): all-MiniLM-L6-v2 with LoRA in every attention and feed-forward layer
    and a one-unit head on the mean of its token vectors; only the adapter and head are trainable."""
    torch = _torch()
    from transformers import AutoModel, AutoTokenizer

    from generator.embed import model_path

    path = model_path("all-MiniLM-L6-v2")
    tokenizer = AutoTokenizer.from_pretrained(path)
    base = AutoModel.from_pretrained(path)
    for p in base.parameters():
        p.requires_grad_(False)

    class LoRA(torch.nn.Module):
        def __init__(self, linear: Any) -> None:
            super().__init__()
            self.linear = linear
            self.a = torch.nn.Parameter(torch.randn(rank, linear.in_features) / math.sqrt(linear.in_features))
            self.b = torch.nn.Parameter(torch.zeros(linear.out_features, rank))
            self.scale = alpha / rank

        def forward(self, x: Any) -> Any:
            return self.linear(x) + (x @ self.a.T @ self.b.T) * self.scale

    for name, module in list(base.named_modules()):
        for target in TARGETS:
            head, _, leaf = name.rpartition(".")
            if name.endswith(target) and isinstance(module, torch.nn.Linear) and ".layer." in name:
                parent = base.get_submodule(head)
                if not isinstance(getattr(parent, leaf), LoRA):
                    setattr(parent, leaf, LoRA(module))
                break

    class CrossEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.base = base
            self.head = torch.nn.Linear(base.config.hidden_size, 1)

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any | None = None) -> Any:
            hidden = self.base(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
            return self.head(pooled).squeeze(-1)

    return tokenizer, CrossEncoder()


def trainable_state(model: Any) -> dict[str, Any]:
    """The adapter and head tensors (what is saved), by name."""
    return {k: v.detach().clone() for k, v in model.named_parameters() if v.requires_grad}


def score_pairs(tokenizer: Any, model: Any, pairs: list[tuple[str, str]]) -> np.ndarray:
    """The cross-encoder's logit per pair, in order (no cache)."""
    torch = _torch()
    out = []
    with torch.no_grad():
        for start in range(0, len(pairs), BATCH):
            chunk = pairs[start : start + BATCH]
            enc = tokenizer(
                [a for a, _ in chunk], [b for _, b in chunk], padding=True, truncation=True,
                max_length=MAX_TOKENS, return_tensors="pt",
            )  # fmt: skip
            out.append(model(**enc).numpy())
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)
