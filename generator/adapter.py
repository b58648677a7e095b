"""A low-rank adapter (LoRA) for the sentence-embedding model, merged into its weights at load time.

The adapter is a few matrices per linear layer (``W + scale * B @ A``), trained offline on CPU by
``benchmarks/train_adapter.py`` to tell "these two sentences state a common fact" from "these two
sentences are about the same story". It is stored as a small ``.npz`` file; merging needs nothing
beyond PyTorch, and the merged model embeds as fast as the base model.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np

ADAPTER_FILE = Path(__file__).parent / "data" / "fact_adapter.npz"


def adapter_id(path: Path) -> str:
    """A short content hash: part of the embedding cache key, so a new adapter never reuses old vectors."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def merge_adapter(model: Any, path: Path) -> None:
    """Add each layer's low-rank update to the model's weights, in place."""
    import torch

    data = np.load(path)
    modules = dict(model.named_modules())
    names = sorted({k.rsplit("/", 1)[0] for k in data.files if k.endswith("/A")})
    with torch.no_grad():
        for name in names:
            layer = modules[name]
            a, b = data[f"{name}/A"], data[f"{name}/B"]
            scale = float(data[f"{name}/scale"])
            delta = torch.from_numpy((b @ a) * scale).to(layer.weight.dtype)
            layer.weight.add_(delta)
