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


def _vectors(db: Path) -> dict[str, bytes]:
    import sqlite3

    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT key, vec FROM vectors"))


def test_damaged_vectors_are_recomputed(tmp_path: Path, embedder: Embedder):
    import sqlite3

    texts = ["The Kremlin denied the report.", "Peskov called it false.", "Kyiv was not told."]
    first = Embedder(cache_dir=tmp_path)
    first._model = embedder._load()
    vectors = first.encode(texts)
    db = tmp_path / "embeddings.sqlite3"
    keys = list(_vectors(db))
    with sqlite3.connect(db) as con:
        con.execute("UPDATE vectors SET vec = substr(vec, 1, 100) WHERE key = ?", (keys[0],))  # cut short
        con.execute("UPDATE vectors SET vec = ? WHERE key = ?", (b"\x7f" * 1536, keys[1]))  # garbage
        con.execute("UPDATE vectors SET vec = ? WHERE key = ?", ("a string", keys[2]))  # not even bytes
    second = Embedder(cache_dir=tmp_path)
    second._model = embedder._load()
    assert np.allclose(second.encode(texts), vectors, atol=1e-6)
    assert all(len(v) == 1536 for v in _vectors(db).values())  # and written back whole


def test_a_malformed_cache_is_set_aside_and_rebuilt(tmp_path: Path, embedder: Embedder):
    db = tmp_path / "embeddings.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    fresh = Embedder(cache_dir=tmp_path)
    aside = "set aside as embeddings.sqlite3.damaged-1"
    assert any("the cache was damaged" in w and aside in w for w in fresh.warnings)
    fresh._model = embedder._load()
    assert fresh.encode(["One sentence."]).shape == (1, 384)
    assert (tmp_path / "embeddings.sqlite3.damaged-1").exists() and len(_vectors(db)) == 1


def test_a_read_only_cache_is_used_but_not_written(tmp_path: Path, embedder: Embedder):
    first = Embedder(cache_dir=tmp_path)
    first._model = embedder._load()
    first.encode(["One sentence."])
    (tmp_path / "embeddings.sqlite3").chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        second = Embedder(cache_dir=tmp_path)
        second._model = embedder._load()
        assert second.encode(["One sentence.", "Another one."]).shape == (2, 384)
    finally:
        tmp_path.chmod(0o755)
    import os

    if os.geteuid() != 0:  # root may write anyway
        assert any("cannot be written" in w for w in second.warnings)
