"""all-MiniLM-L6-v2 in plain torch: its BERT encoder, mean pooling and L2 normalisation.

Why this exists: import cost. Importing sentence-transformers (and transformers under it) takes
longer than bare Pelican's whole build, and a rebuild after one edit only embeds a few sentences
(issue 12). This needs only torch, tokenizers (the model folder's ``tokenizer.json``) and
safetensors (its weights), and computes what sentence-transformers does for this model: the vectors
agree to within 1e-5 per component (``tests/test_embed.py``). Other models go through
sentence-transformers (``generator/embed.py``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.torch import load_file
from tokenizers import Tokenizer

# The modules sentence-transformers runs for this model (its modules.json), in order.
_MODULES = [
    "sentence_transformers.models.Transformer",
    "sentence_transformers.models.Pooling",
    "sentence_transformers.models.Normalize",
]


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


class MiniLM:
    """A BERT sentence encoder with mean pooling, loaded from a sentence-transformers model folder.

    Only the layout of all-MiniLM-L6-v2 is accepted (BERT, absolute positions, GELU, mean pooling,
    normalised); anything else raises ``ValueError`` rather than computing something else.
    """

    def __init__(self, folder: Path) -> None:
        config = _json(folder / "config.json")
        modules = [m["type"] for m in _json(folder / "modules.json")]
        pooling = _json(folder / "1_Pooling" / "config.json")
        st_config = _json(folder / "sentence_bert_config.json")
        modes = {k for k, v in pooling.items() if k.startswith("pooling_mode") and v}
        if (
            config.get("model_type") != "bert"
            or config.get("hidden_act") != "gelu"
            or config.get("position_embedding_type", "absolute") != "absolute"
            or modules != _MODULES
            or modes != {"pooling_mode_mean_tokens"}
            or st_config.get("do_lower_case")  # lowercasing is the tokenizer's own (tokenizer.json)
        ):
            raise ValueError(f"{folder} is not a BERT mean-pooling model like all-MiniLM-L6-v2")
        self.heads: int = config["num_attention_heads"]
        self.eps: float = config["layer_norm_eps"]
        self.dimension: int = config["hidden_size"]
        self.max_length = min(st_config["max_seq_length"], config["max_position_embeddings"])
        self.layers: int = config["num_hidden_layers"]
        try:
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            self.w = load_file(folder / "model.safetensors")
        except Exception as err:  # tokenizers raises a bare Exception, safetensors its own
            raise ValueError(f"{folder}: {err}") from err
        self.tokenizer.enable_truncation(self.max_length, strategy="longest_first")
        self.tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0), pad_type_id=0)  # to the longest

    def _linear(self, x: torch.Tensor, name: str) -> torch.Tensor:
        return F.linear(x, self.w[f"{name}.weight"], self.w[f"{name}.bias"])

    def _norm(self, x: torch.Tensor, name: str) -> torch.Tensor:
        return F.layer_norm(x, x.shape[-1:], self.w[f"{name}.weight"], self.w[f"{name}.bias"], self.eps)

    def forward(self, ids: torch.Tensor, types: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Unit-length sentence vectors of a padded batch (``mask`` 1 on tokens, 0 on padding)."""
        w, (n, length), h = self.w, ids.shape, self.heads
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.token_type_embeddings.weight"][types]
            + w["embeddings.position_embeddings.weight"][:length]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        keep = mask.bool()[:, None, None, :]  # padding is never attended to
        for i in range(self.layers):
            p = f"encoder.layer.{i}"
            q, k, v = (
                self._linear(x, f"{p}.attention.self.{part}").view(n, length, h, -1).transpose(1, 2)
                for part in ("query", "key", "value")
            )
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=keep).transpose(1, 2).reshape(n, length, -1)
            x = self._norm(x + self._linear(a, f"{p}.attention.output.dense"), f"{p}.attention.output.LayerNorm")
            f = self._linear(F.gelu(self._linear(x, f"{p}.intermediate.dense")), f"{p}.output.dense")
            x = self._norm(x + f, f"{p}.output.LayerNorm")
        m = mask.unsqueeze(-1).to(x.dtype)
        mean = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return F.normalize(mean, p=2, dim=1)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """float32 unit vectors, one row per text, in order; batched longest first, as
        sentence-transformers does, so that each batch pads little."""
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                batch = order[start : start + batch_size]
                enc = self.tokenizer.encode_batch([texts[i] for i in batch])
                ids, types, mask = (
                    torch.tensor([getattr(e, field) for e in enc], dtype=torch.long)
                    for field in ("ids", "type_ids", "attention_mask")
                )
                out[batch] = self.forward(ids, types, mask).numpy()
        return out


def merge_adapter(model: MiniLM, path: Path) -> MiniLM:
    """Fold a low-rank adapter into ``model``'s weights, in place: each adapted linear's weight
    becomes ``W + scale * B @ A``, which is what the adapter computes beside ``W`` when trained.

    ``path`` is an ``.npz`` of ``scale`` and, per adapted linear, ``<name>.A`` (rank x in) and
    ``<name>.B`` (out x rank), as ``benchmarks/event_adapter_experiment.py --save-adapter`` writes
    them. A file that does not fit the model raises ``ValueError`` naming what does not fit.
    """
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {k: np.asarray(data[k], dtype=np.float32) for k in data.files}
    except (OSError, ValueError, EOFError) as err:
        raise ValueError(f"{path}: not a readable adapter ({err})") from err
    scale = arrays.pop("scale", None)
    if scale is None or scale.shape != () or not np.isfinite(scale):
        raise ValueError(f"{path}: the adapter has no scale")
    names = sorted({k.rsplit(".", 1)[0] for k in arrays})
    if not names or set(arrays) != {f"{n}.{part}" for n in names for part in "AB"}:
        raise ValueError(f"{path}: every adapted linear needs an A and a B, and nothing else")
    merged = dict(model.w)
    for name in names:
        a, b, weight = arrays[f"{name}.A"], arrays[f"{name}.B"], model.w.get(f"{name}.weight")
        if weight is None:
            raise ValueError(f"{path}: the model has no linear {name}")
        if a.ndim != 2 or b.ndim != 2 or b.shape[1] != a.shape[0] or (b.shape[0], a.shape[1]) != tuple(weight.shape):
            shape = tuple(weight.shape)
            raise ValueError(f"{path}: {name}'s A {a.shape} and B {b.shape} do not fit its weight {shape}")
        if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))):
            raise ValueError(f"{path}: {name}'s A or B is not finite")
        merged[f"{name}.weight"] = weight + float(scale) * (torch.from_numpy(b) @ torch.from_numpy(a)).to(weight.dtype)
    model.w = merged
    return model
