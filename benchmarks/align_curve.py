"""Alignment cost by story size: seconds to group n real news sentences into claims, 250 to 4,000.

    python benchmarks/align_curve.py [--ecbplus ../shared/data/ecbplus] [--sizes 250 500 1000 2000 4000]

Sentences are ECB+ sentences (detokenised) in ten "outlets", as in ``speed.py``. The similarity is
the lexical measure (character n-gram TF-IDF, no model: the figure is the grouping's cost, not the
embedding's) and the grouping is ``build_claims`` with the lexical blend's threshold and the attach
pass. ``exponent`` is the slope of log(time) against log(n) between one size and the next (1: linear;
n log n gives about 1.1 here; 2: quadratic). Best of --repeat runs.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from report import emit  # noqa: E402
from speed import sentences  # noqa: E402

from generator.align import build_claims  # noqa: E402
from generator.pipeline import LEXICAL_BLEND  # noqa: E402
from generator.similarity import lexical_matrix  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000, 4000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    blend = LEXICAL_BLEND
    outlets = [f"Outlet {i}" for i in range(10)]
    rows: dict[int, dict] = {}
    previous: tuple[int, float] | None = None
    for n in args.sizes:
        sents = sentences(args.ecbplus, n)
        sim = lexical_matrix([s.text for s in sents])
        best = math.inf
        for _ in range(args.repeat):
            start = time.perf_counter()
            claims = build_claims(sents, sim, blend.threshold, outlets, blend.threshold + 0.05)
            best = min(best, time.perf_counter() - start)
        row = {"sentences": len(sents), "claims": len(claims), "seconds": round(best, 3)}
        if previous:
            row["exponent"] = round(math.log(best / previous[1]) / math.log(n / previous[0]), 2)
        previous = (n, best)
        rows[n] = row
        print(row, file=sys.stderr, flush=True)
    return emit({"sizes": rows}, args.out)


if __name__ == "__main__":
    sys.exit(main())
