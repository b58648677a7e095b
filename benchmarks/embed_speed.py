"""Embedding speed in fresh processes: process start to the first vectors, and throughput.

    python benchmarks/embed_speed.py [--ecbplus ../shared/data/ecbplus] [--repeat 5] [--out FILE]

Each run is a fresh ``python`` process, as a rebuild is:

- ``first``: from the process's start (timed by the parent, so the interpreter's own start is
  counted) to the vectors of 5 sentences from ``Embedder(cache_dir=None).encode``: imports, model
  load and one batch;
- ``throughput``: the model loaded and warmed up, one ``encode`` of --sentences ECB+ sentences.

Each figure is the median of --repeat runs, the models' runs interleaved so that load from other
jobs falls on both alike. ``--model`` names the models compared (default: the packaged model by
name, and by its folder, which ``Embedder`` loads through sentence-transformers).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ecbplus import detokenise, load  # noqa: E402

FIRST = """
import sys, time, json
from generator.embed import Embedder
texts = json.load(open(sys.argv[2], encoding="utf-8"))
Embedder(sys.argv[3], cache_dir=None).encode(texts)
print(time.time() - float(sys.argv[1]))
"""

THROUGHPUT = """
import sys, time, json
from generator.embed import Embedder
texts = json.load(open(sys.argv[2], encoding="utf-8"))
embedder = Embedder(sys.argv[3], cache_dir=None)
embedder.encode(["warm-up"])
start = time.perf_counter()
embedder.encode(texts)
print(time.perf_counter() - start)
"""


def sentences(ecbplus: Path, n: int) -> list[str]:
    """The first ``n`` distinct ECB+ sentences (detokenised, each document's URL line left out)."""
    out: dict[str, None] = {}
    for cluster in load(ecbplus / "sentences.tsv").values():
        for rows in cluster.values():
            for r in sorted(rows, key=lambda r: int(r["sent"]))[1:]:
                out[detokenise(r["text"])] = None
                if len(out) == n:
                    return list(out)
    return list(out)


def run(script: str, texts: Path, model: str) -> float:
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", script, repr(start), str(texts), model],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return float(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--model", nargs="+")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    from generator.embed import DEFAULT_MODEL, model_path

    models = args.model or [DEFAULT_MODEL, model_path(DEFAULT_MODEL)]
    texts = sentences(args.ecbplus, args.sentences)
    runs: dict[str, dict[str, list[float]]] = {m: {"first": [], "throughput": []} for m in models}
    with tempfile.TemporaryDirectory() as tmp:
        five, many = Path(tmp) / "five.json", Path(tmp) / "many.json"
        five.write_text(json.dumps(texts[:5]), encoding="utf-8")
        many.write_text(json.dumps(texts), encoding="utf-8")
        for _ in range(args.repeat):
            for m in models:
                runs[m]["first"].append(round(run(FIRST, five, m), 3))
        for _ in range(args.repeat):
            for m in models:
                runs[m]["throughput"].append(round(run(THROUGHPUT, many, m), 3))
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()}",
        "sentences": len(texts),
        "models": {
            m: {
                "first_5_seconds": statistics.median(r["first"]),
                "first_5_runs": r["first"],
                "throughput_seconds": statistics.median(r["throughput"]),
                "throughput_runs": r["throughput"],
                "sentences_per_second": round(len(texts) / statistics.median(r["throughput"]), 1),
            }
            for m, r in runs.items()
        },
    }
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
