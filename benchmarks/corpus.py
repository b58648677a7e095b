"""Run every ECB+ story cluster through the whole pipeline: a robustness and scale check.

    python benchmarks/corpus.py [--ecbplus ../shared/data/ecbplus] [--out FILE]

Converts the 86 clusters to story folders (in a temporary folder), builds each story, its pages'
data and its JSON, and reports time, counts, input problems and warnings. A crash is a bug.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ecbplus import load, write_story  # noqa: E402
from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.errors import StoryErrors  # noqa: E402
from generator.export import to_json  # noqa: E402
from generator.pages import site_pages  # noqa: E402
from generator.pipeline import build_story  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    embedder = Embedder(cache_dir=ROOT / ".cache" / "digest")
    report: dict = {"stories": 0, "articles": 0, "sentences": 0, "claims": 0, "shared_claims": 0}
    report |= {"input_problems": [], "warnings": []}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for (topic, sub), docs in sorted(load(args.ecbplus / "sentences.tsv").items()):
            folder = Path(tmp) / f"ecb-{topic}-{sub}"
            write_story(docs, folder)
            try:
                story = build_story(folder, embedder)
            except StoryErrors as errs:
                report["input_problems"] += [str(e).replace(tmp + "/", "") for e in errs.errors]
                continue
            [page.context for page in site_pages([story])]  # every page worked out
            to_json(story)
            report["stories"] += 1
            report["articles"] += len(story.articles)
            report["sentences"] += len({m.key for c in story.claims for m in c.members})
            report["claims"] += len(story.claims)
            report["shared_claims"] += sum(1 for c in story.claims if len(c.outlets) > 1)
            report["warnings"] += [w.replace(tmp + "/", "") for w in story.warnings]
    report["seconds"] = round(time.perf_counter() - start, 1)
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
