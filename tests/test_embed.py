"""The embedding cache: keyed by model and text, read back without loading the model."""

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# The plain-torch encoder (generator/encoder.py) against sentence-transformers, which it replaces
# for the packaged model only to avoid importing it.

SEED = Path(__file__).resolve().parent.parent / "content" / "kremlin-denies-trump-putin-call"
LONG = " ".join(
    line for f in sorted(SEED.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines()
)  # about 2,000 tokens: cut at 256
ODD = [
    "",
    " ",
    "\t\n ",
    ".",
    "\u200b",
    "\ufeffA byte-order mark, then text.",
    "Café naïve résumé — e\u0301 (combining) and Ångström.",
    "Кремль опроверг сообщения.",
    "北京今天下雨了。 Tokyo 東京.",
    "الكرملين ينفي.",
    "Thumbs \U0001f44d\U0001f3fd and flags \U0001f1fa\U0001f1e6 and \u2603.",
    "NUL \x00 and bell \x07 inside, soft\u00adhyphen, \u00a0no-break.",
    "A" * 300,
    "supercalifragilisticexpialidocious " * 3,
    "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ １２３.",
    LONG,
    LONG[::-1],
]


def _seed_sentences() -> list[str]:
    lines = [line for f in sorted(SEED.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line.strip()][:40]


@pytest.fixture(scope="module")
def reference():
    """sentence-transformers' own model, as the embedder loaded it before the plain-torch encoder."""
    from sentence_transformers import SentenceTransformer

    from generator.embed import model_path

    return SentenceTransformer(model_path("all-MiniLM-L6-v2"), device="cpu")


def test_encoder_equals_sentence_transformers(reference):
    from generator.embed import PLAIN_MODEL
    from generator.encoder import MiniLM

    model = Embedder(PLAIN_MODEL)._load()
    assert isinstance(model, MiniLM)
    texts = _seed_sentences() + ODD
    ours = model.encode(texts)
    theirs = reference.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    assert ours.dtype == np.float32 and ours.shape == theirs.shape == (len(texts), 384)
    assert np.abs(ours - theirs).max() < 1e-5
    features = (getattr(reference, "preprocess", None) or reference.tokenize)(texts)  # padded, cut at 256
    enc = model.tokenizer.encode_batch(texts)
    assert [e.ids for e in enc] == features["input_ids"].tolist()
    assert [e.attention_mask for e in enc] == features["attention_mask"].tolist()


def test_encoder_is_deterministic(embedder: Embedder):
    model = embedder._load()
    texts = _seed_sentences()[:10] + ODD
    assert model.encode(texts).tobytes() == model.encode(texts).tobytes()


def test_padding_does_not_change_a_vector(embedder: Embedder):
    model = embedder._load()
    short = "Peskov called it false."
    alone = model.encode([short])[0]
    assert np.abs(model.encode([LONG, short, LONG[::-1], "x"])[1] - alone).max() < 1e-6


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=200), at=st.integers(0, 3))
def test_a_vector_does_not_depend_on_its_batch(embedder: Embedder, text: str, at: int):
    model = embedder._load()
    alone = model.encode([text])[0]
    batch = [LONG, "A short one.", LONG[::-1]]
    batch.insert(at, text)
    assert np.abs(model.encode(batch)[at] - alone).max() < 1e-6


def test_the_packaged_model_imports_no_transformers(tmp_path: Path):
    import subprocess
    import sys

    code = (
        "import sys; from generator.embed import Embedder; Embedder(cache_dir=None).encode(['One sentence.']); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'transformers', 'sentence_transformers', 'sklearn'}))"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_cached_vectors_import_no_torch(tmp_path: Path, embedder: Embedder):
    """A worker (torch threads set) whose every vector is cached loads no model and imports no torch."""
    import subprocess
    import sys

    from generator.embed import DEFAULT_MODEL

    first = Embedder(cache_dir=tmp_path)
    first._model = embedder._load()
    first.encode(["One sentence.", "Another one."])
    code = (
        "import sys; from pathlib import Path; from generator.parallel import AlignSettings, _Worker; "
        f"e = _Worker.get(AlignSettings({DEFAULT_MODEL!r}, Path({str(tmp_path)!r}), None, threads=1)); "
        "e.encode(['Another one.', 'One sentence.']); print(e._model is None, 'torch' in sys.modules)"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True False"


def test_the_encoder_refuses_what_it_cannot_compute(tmp_path: Path):
    """Another layout, or damaged files, raise ValueError (the embedder's "cannot be loaded") rather
    than computing something else."""
    import shutil

    from generator.embed import model_path
    from generator.encoder import MiniLM

    source = Path(model_path("all-MiniLM-L6-v2"))
    for name in ("config.json", "modules.json", "sentence_bert_config.json", "1_Pooling/config.json"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(source / name, tmp_path / name)
    (tmp_path / "tokenizer.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="EOF while parsing"):
        MiniLM(tmp_path)
    pooling = (tmp_path / "1_Pooling" / "config.json").read_text(encoding="utf-8")
    (tmp_path / "1_Pooling" / "config.json").write_text(
        pooling.replace('"pooling_mode_cls_token": false', '"pooling_mode_cls_token": true'), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="not a BERT mean-pooling model"):
        MiniLM(tmp_path)


# The default model: all-MiniLM-L6-v2 with the adapter trained on MRPC (benchmarks/train_encoder.py)
# merged into its weights.


def _adapter(path: Path, model, names: list[str], rank: int = 4, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    arrays = {}
    for name in names:
        out_f, in_f = model.w[f"{name}.weight"].shape
        arrays[f"{name}.A"] = (rng.standard_normal((rank, in_f)) / np.sqrt(in_f)).astype(np.float16)
        arrays[f"{name}.B"] = (rng.standard_normal((out_f, rank)) * 0.05).astype(np.float16)
    np.savez_compressed(path, scale=np.array(2.0, dtype=np.float32), **arrays)
    return arrays


def test_a_merged_adapter_computes_what_the_adapter_adds(tmp_path: Path):
    """Merged weights (W + scale B A) give the vectors of the unmerged forward, which adds
    scale * x A^T B^T beside each adapted linear, as the adapter was trained."""
    import torch

    from generator.embed import PLAIN_MODEL, model_path
    from generator.encoder import MiniLM, merge_adapter

    folder = Path(model_path(PLAIN_MODEL))
    plain = MiniLM(folder)
    names = [
        "encoder.layer.0.attention.self.query",
        "encoder.layer.3.intermediate.dense",
        "encoder.layer.5.output.dense",
    ]
    arrays = _adapter(tmp_path / "a.npz", plain, names)

    class Unmerged(MiniLM):
        def _linear(self, x: torch.Tensor, name: str) -> torch.Tensor:
            out = super()._linear(x, name)
            if name in names:
                a, b = (torch.from_numpy(arrays[f"{name}.{k}"].astype(np.float32)) for k in "AB")
                out = out + 2.0 * (x @ a.T @ b.T)
            return out

    texts = _seed_sentences()[:12] + ODD[:6]
    merged = merge_adapter(MiniLM(folder), tmp_path / "a.npz").encode(texts)
    assert np.abs(merged - Unmerged(folder).encode(texts)).max() < 1e-5
    assert np.abs(merged - plain.encode(texts)).max() > 1e-3  # the adapter changed something


def test_a_bad_adapter_is_refused_with_what_is_wrong(tmp_path: Path):
    from generator.embed import PLAIN_MODEL, model_path
    from generator.encoder import MiniLM, merge_adapter

    model = MiniLM(Path(model_path(PLAIN_MODEL)))
    name = "encoder.layer.0.attention.self.query"
    a = np.zeros((4, 384), dtype=np.float16)
    cases = {
        "not a readable adapter": b"not a zip file",
        "no scale": {f"{name}.A": a, f"{name}.B": np.zeros((384, 4), dtype=np.float16)},
        "needs an A and a B": {"scale": np.float32(2), f"{name}.A": a},
        "has no linear": {"scale": np.float32(2), "x.A": a, "x.B": np.zeros((384, 4), dtype=np.float16)},
        "do not fit its weight": {"scale": np.float32(2), f"{name}.A": a, f"{name}.B": np.zeros((100, 4))},
        "not finite": {"scale": np.float32(2), f"{name}.A": a, f"{name}.B": np.full((384, 4), np.inf)},
    }
    for message, content in cases.items():
        path = tmp_path / "bad.npz"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            np.savez(path, **content)
        with pytest.raises(ValueError, match=message):
            merge_adapter(model, path)


def test_the_default_model_is_the_adapted_one_and_keyed_by_its_adapter():
    from generator.embed import _ADAPTERS, DEFAULT_MODEL, PLAIN_MODEL, model_identity

    adapter = _ADAPTERS[DEFAULT_MODEL.lower()]
    assert adapter.is_file() and adapter.stat().st_size < 2_000_000
    with np.load(adapter) as saved:
        assert len(saved.files) == 1 + 2 * 36  # the scale, and A and B of every attention and feed-forward linear
    assert model_identity(PLAIN_MODEL) == PLAIN_MODEL
    assert model_identity(DEFAULT_MODEL).startswith(DEFAULT_MODEL + "@") and len(model_identity(DEFAULT_MODEL)) > 20
    texts = ["The minister resigned on Tuesday.", "On Tuesday the minister stepped down.", "Rain is due."]
    adapted, plain = Embedder(DEFAULT_MODEL).encode(texts), Embedder(PLAIN_MODEL).encode(texts)
    assert np.allclose(np.linalg.norm(adapted, axis=1), 1, atol=1e-5)
    assert np.abs(adapted - plain).max() > 1e-3
    assert Embedder(DEFAULT_MODEL).encode(texts).tobytes() == adapted.tobytes()


def test_a_retrained_adapter_is_a_new_cache_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from generator import embed

    path = tmp_path / "a.npz"
    monkeypatch.setitem(embed._ADAPTERS, "test-adapted", path)
    np.savez(path, scale=np.float32(1))
    first = embed.model_identity("test-adapted")
    np.savez(path, scale=np.float32(2))
    assert embed.model_identity("test-adapted") != first
    assert first.startswith("test-adapted@")
