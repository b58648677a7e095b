"""Count what the claim pages say differs, by kind: details ("only A gives ...") and conflicts, and the
story pages' "Where outlets differ" items, over every story folder under the given roots.

    .venv/bin/python benchmarks/details.py content benchmarks/gold/stories .cache/multi-outlet/stories

(``.cache/multi-outlet/stories`` is where ``multi_outlet.prepare`` puts the corpus as story folders.)
``--dump FILE`` writes every claim's differences, so two versions of the code can be compared.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.embed import Embedder  # noqa: E402
from generator.pipeline import build_story  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="+", type=Path, help="folders of story folders")
    parser.add_argument("--dump", type=Path, help="write every claim's differences as JSON")
    args = parser.parse_args()
    embedder = Embedder(cache_dir=ROOT / ".cache" / "digest")
    dump: dict[str, list] = {}
    counts: collections.Counter = collections.Counter()
    for root in args.roots:
        for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name != "pages"):
            story = build_story(folder, embedder)
            for claim in story.claims:
                for d in claim.differences:
                    counts[(d.kind, "conflict" if d.conflict else "detail")] += 1
                    dump[f"{folder.name}|{claim.id}|{d.kind}"] = [d.summary, d.conflict]
            for i, x in enumerate(story.disagreements):
                counts[(x.kind, "where outlets differ")] += 1
                dump[f"{folder.name}|disagreement {i}"] = [x.kind, x.summary]
    for (kind, what), n in sorted(counts.items()):
        print(f"{kind:12} {what:22} {n}")
    if args.dump:
        args.dump.write_text(json.dumps(dump, indent=0, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
