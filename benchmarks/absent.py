"""How often an outlet a claim page names as "not found in" does tell the claim, by the hand-made grouping.

    python benchmarks/absent.py [--corpus ../shared/data/multi-outlet] [--out FILE]

For every claim of the multi-outlet dev stories (built as the site builds them) and every outlet none
of whose sentences is in it, whether the gold puts a sentence of that outlet in a "same" group with
the sentence that gives the claim its heading: the outlet then tells (a fact of) the heading's
sentence in words the grouping did not match. Counted apart for claims of several outlets and claims
found in one outlet only, on the tuning stories (with the seed story) and the checking stories. Also
counted: the outlets the page says may tell the claim all the same, in a sentence the fact signal
finds likely to state the heading's fact (``Claim.elsewhere``), and how often the gold groups that
sentence with the heading's (the shipped pair model was trained on the tuning stories: there, an
upper bound). Counts only, never text.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from differences import CACHE, stories  # noqa: E402
from multi_outlet import DEFAULT_CORPUS, GOLD_DIR  # noqa: E402
from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.evaluate import load_gold  # noqa: E402
from generator.model import Story  # noqa: E402
from generator.pipeline import build_story  # noqa: E402


def absent(story: Story, same: list[set[str]]) -> Counter:
    """Outlets named as not found, and those of them the gold says tell the heading's sentence."""
    outlet = {m.key: m.outlet for c in story.claims for m in c.members}
    groups: dict[str, list[set[str]]] = defaultdict(list)
    for g in same:
        for k in g:
            groups[k].append(g)
    counts: Counter = Counter()
    for claim in story.claims:
        told = {m.outlet for m in claim.members}
        head = claim.heading_key or claim.members[0].key
        with_head = {outlet[k] for g in groups[head] for k in g if k in outlet}
        missing = [o for o in story.outlets if o not in told]
        kind = "one outlet" if len(told) == 1 else "several outlets"
        counts[f"{kind}: named not found"] += len(missing)
        counts[f"{kind}: the gold has it"] += sum(o in with_head for o in missing)
        # Those the page says may tell it all the same (``Claim.elsewhere``), and how often the gold
        # groups that very sentence with the heading's.
        pointed = [claim.elsewhere[o] for o in missing if o in claim.elsewhere]
        counts[f"{kind}: pointed to a likely sentence"] += len(pointed)
        counts[f"{kind}: the gold groups that sentence with the heading's"] += sum(
            any(key in g for g in groups[head]) for key in pointed
        )
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    embedder = Embedder(cache_dir=CACHE)
    totals: dict[str, Counter] = defaultdict(Counter)
    for part, _name, folder, gold_path in stories(args.corpus, GOLD_DIR, "all"):
        story = build_story(folder, embedder)
        same, _related = load_gold(gold_path, story)
        totals[part] += absent(story, same)
    return emit({part: dict(sorted(c.items())) for part, c in sorted(totals.items())}, args.out)


if __name__ == "__main__":
    sys.exit(main())
