"""How often a simple "reported by the press / hedged" against "said by the source" rule would fire
inside a claim, against the tuning gold's attribution disagreements (measured, not shipped).

    python benchmarks/attribution_candidates.py [--corpus ../shared/data/multi-outlet] [--out FILE]

A claim is a candidate when one outlet's sentences of it (the parts that tell it) all credit the
press ("... Journal reported", "according to media reports", "citing", "reportedly") or hedge
("allegedly", "is believed to", "may have"), and another outlet's credit a source's own statement
("said", "announced", "confirmed", "according to"). Counts only: candidates, and how many hold two
outlets' sentences of a gold attribution disagreement. Tuning stories only. About a minute.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from differences import CACHE, stories  # noqa: E402
from multi_outlet import DEFAULT_CORPUS, GOLD_DIR  # noqa: E402
from report import emit  # noqa: E402

from generator.compare.claim import part_text  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.evaluate import load_disagreements  # noqa: E402
from generator.pipeline import build_story  # noqa: E402

_PRESS = (
    r"(?:The\s+)?(?:Washington Post|New York Times|Wall Street Journal|Journal|Post|Times|Associated Press|AP|Reuters"
    r"|CNN|NBC(?: News)?|ABC(?: News)?|CBS(?: News)?|Fox News|Politico|Bloomberg|BBC|[A-Z][\w.]+ (?:News|Times|Post"
    r"|Journal|Herald|Tribune|Daily)|media|news outlets|news reports|reports)"
)
PRESS = re.compile(
    rf"\b{_PRESS}\s+(?:first\s+|also\s+|had\s+|has\s+)?(?:reported|reports|reporting|said|confirmed)\b"
    rf"|\baccording to (?:media |news |published )?reports\b|\baccording to {_PRESS}"
    rf"|\b(?:speaking|told|talking) to {_PRESS}|\bciting\b|\breported(?:ly)?\b"
)
HEDGE = re.compile(
    r"\b(?:allegedly|is believed to|are believed to|may have|might have|conflicting reports|unconfirmed)\b"
)
SAID = re.compile(r"\b(?:said|says|announced|confirmed|told reporters|according to)\b")


def credit(text: str) -> str:
    """How a sentence's part credits what it tells: the press, a hedge, a source's statement, or nothing."""
    if PRESS.search(text):
        return "press"
    if HEDGE.search(text):
        return "hedge"
    return "said" if SAID.search(text) else "flat"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    embedder = Embedder(cache_dir=CACHE)
    report: dict = {"stories": {}}
    total = hits = gold_total = 0
    for _part, name, folder, gold_path in stories(args.corpus, GOLD_DIR, "tune"):
        story = build_story(folder, embedder)
        gold = [g for kind, g in load_disagreements(gold_path, story) if kind == "attribution"]
        found = in_gold = 0
        for claim in story.claims:
            kinds: dict[str, set[str]] = {}
            for m in claim.members:
                kinds.setdefault(m.outlet, set()).add(credit(part_text(claim, m)))
            press = [o for o, k in kinds.items() if k & {"press", "hedge"} and "said" not in k]
            said = [o for o, k in kinds.items() if "said" in k and k <= {"said", "flat"}]
            if press and said:
                found += 1
                in_gold += any(len({m.outlet for m in claim.members if m.key in g}) >= 2 for g in gold)
        report["stories"][name] = {"candidates": found, "in_gold": in_gold, "gold": len(gold)}
        total, hits, gold_total = total + found, hits + in_gold, gold_total + len(gold)
    report["total"] = {"candidates": total, "in_gold": hits, "gold": gold_total}
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
