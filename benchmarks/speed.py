"""Speed: alignment time per 1,000 sentences and embedding throughput, with and without the cache.

    python benchmarks/speed.py [--ecbplus ../shared/data/ecbplus] [--sizes 250 500 1000 2000]

Sentences are real news sentences from ECB+ (detokenised), grouped into "outlets" by document so
that every story has ten outlets. Figures are wall-clock seconds on this machine, best of --repeat.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ecbplus import detokenise, load  # noqa: E402
from report import emit  # noqa: E402

from generator.align import build_claims  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.model import Sentence  # noqa: E402
from generator.pipeline import DEFAULT_BLEND  # noqa: E402
from generator.similarity import embedding_matrix, lexical_matrix  # noqa: E402


def sentences(ecbplus: Path, n: int, outlets: int = 10) -> list[Sentence]:
    out: list[Sentence] = []
    docs = [rows for cluster in load(ecbplus / "sentences.tsv").values() for rows in cluster.values()]
    for d, rows in enumerate(docs):
        for r in sorted(rows, key=lambda r: int(r["sent"]))[1:]:
            out.append(Sentence(f"Outlet {d % outlets}", f"{d}.txt", detokenise(r["text"]), len(out), 0, 1, n))
            if len(out) == n:
                return out
    return out


def timed(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    report: dict = {
        "machine": f"{platform.processor() or platform.machine()}, {platform.python_version()}",
        "sizes": {},
    }
    blend = DEFAULT_BLEND
    outlet_order = [f"Outlet {i}" for i in range(10)]
    with tempfile.TemporaryDirectory() as cache:
        embedder = Embedder(cache_dir=Path(cache))
        start = time.perf_counter()
        embedder.encode(["warm-up"])
        report["model_load_seconds"] = round(time.perf_counter() - start, 2)
        for n in args.sizes:
            sents = sentences(args.ecbplus, n)
            texts = [s.text for s in sents]
            cold_embedder = Embedder(cache_dir=None)
            cold_embedder._model = embedder._model  # same loaded model: time the encoding, not the load
            cold, _ = timed(lambda: cold_embedder.encode(texts), args.repeat)  # noqa: B023
            embedder.encode(texts)  # fill the cache
            warm, _ = timed(lambda: embedder.encode(texts), args.repeat)  # noqa: B023
            lex_t, lex = timed(lambda: lexical_matrix(texts), args.repeat)  # noqa: B023
            emb = embedding_matrix(texts, embedder)
            sim = np.round(blend.weight * emb + (1 - blend.weight) * lex, 4)
            clu_t, claims = timed(
                lambda: build_claims(sents, sim, blend.threshold, outlet_order, blend.attach),  # noqa: B023
                args.repeat,
            )
            align = lex_t + clu_t
            report["sizes"][n] = {
                "sentences": len(sents),
                "claims": len(claims),
                "embed_cold_sentences_per_s": round(len(texts) / cold, 1),
                "embed_cached_sentences_per_s": round(len(texts) / warm, 1),
                "lexical_s": round(lex_t, 3),
                "cluster_s": round(clu_t, 3),
                "align_s_per_1000_sentences": round(align * 1000 / len(texts), 3),
                "total_cold_s": round(cold + align, 2),
                "total_cached_s": round(warm + align, 2),
            }
            print(json.dumps({n: report["sizes"][n]}), flush=True)
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
