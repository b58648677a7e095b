"""The embedding cache: keyed by model and text, read back without loading the model."""

from pathlib import Path

import numpy as np

from generator.embed import Embedder, EmbeddingCache


def test_cache_serves_vectors_without_the_model(tmp_path: Path, embedder: Embedder):
    texts = ["The Kremlin denied the report.", "Peskov called it false.", "The Kremlin denied the report."]
    first = Embedder(cache_dir=tmp_path)
    first._model = embedder._load()  # share the loaded model: this test is about the cache
    vectors = first.encode(texts)
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[2])

    second = Embedder(cache_dir=tmp_path)
    again = second.encode(texts)
    assert second._model is None  # every vector came from the cache
    assert np.array_equal(again, vectors)


def test_cache_key_names_the_model():
    assert EmbeddingCache.key("all-MiniLM-L6-v2", "text") != EmbeddingCache.key("other-model", "text")
    assert EmbeddingCache.key("m", "a") == EmbeddingCache.key("m", "a")
