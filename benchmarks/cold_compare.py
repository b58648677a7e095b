"""Cold alignment seconds of a few corpus stories with the code of another checkout, to tell a slower
machine from slower code: run it once with this checkout and once with an older one, on the same
machine, and compare (``real.py --costs`` times every story, but only with this checkout's code).

    git worktree add /tmp/old <commit>
    .venv/bin/python benchmarks/cold_compare.py /tmp/old      # the older code
    .venv/bin/python benchmarks/cold_compare.py .             # this code

Each story is aligned ``--repeat`` times from an empty embedding and parse cache (the model loaded once
beforehand, not counted), as ``real.py --costs`` does; the stories come from ``.cache/multi-outlet``
(prepared by ``differences.py`` or ``real.py``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

STORIES = Path(__file__).resolve().parent.parent / ".cache" / "multi-outlet" / "stories"
DEFAULT = ["migrant-caravan-reaches-us-border-2018-04", "macron-state-visit-trump-iran-deal-2018-04"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkout", type=Path, help="the repository whose generator/ is timed")
    parser.add_argument("--story", action="append", help="a corpus story's folder name (repeatable)")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    sys.path.insert(0, str(args.checkout.resolve()))
    from generator.embed import Embedder
    from generator.pipeline import align, prepare

    model = Embedder(cache_dir=Path(tempfile.mkdtemp()))
    model.encode(["warm-up"])
    for name in args.story or DEFAULT:
        prepared = prepare(STORIES / name)
        seconds = []
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                cold = Embedder(cache_dir=Path(tmp))
                cold._model = model._model
                start = time.perf_counter()
                align(prepared, cold)
                seconds.append(round(time.perf_counter() - start, 2))
        print(f"{name}: {len(prepared.sentences)} sentences, cold {seconds} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
