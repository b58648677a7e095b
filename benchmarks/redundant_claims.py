"""Claims that repeat another claim's heading sentence with weaker matches only (measured, not shipped).

    python benchmarks/redundant_claims.py [--corpus ../shared/data/multi-outlet] [--out FILE]

With cliques (stories of few outlets) a sentence can be in several claims: an audit (94) read a
claim headed by one outlet's sentence, its other outlets all weaker matches, beside a larger claim
that holds the same sentence and says every outlet told it, and found the two pages' coverage lines
at odds. Each tuning story built as the site builds it (the shipped pair model, trained on these
stories): pairwise F1 of the site's claims, and of them without every such claim (a claim of two
outlets or more whose heading sentence is in a claim of more outlets, and whose outlets but the
heading's are all weaker matches); and of them with each such claim's sentences joined to the
largest claim that holds its heading sentence instead (session 58). Counts and F1 only. About a
minute.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from differences import CACHE, stories  # noqa: E402
from multi_outlet import GOLD_DIR, corpus_args, outlets_of  # noqa: E402
from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.evaluate import cross_pairs, load_gold  # noqa: E402
from generator.model import Claim, Story  # noqa: E402
from generator.pipeline import build_story  # noqa: E402


def f1(predicted: set, gold: set) -> float:
    hits = len(predicted & gold)
    p = hits / len(predicted) if predicted else 0.0
    r = hits / len(gold) if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def redundant(story: Story, claim: Claim) -> bool:
    """A claim of two outlets or more whose heading sentence a claim of more outlets holds, and whose
    outlets but the heading's are all weaker matches."""
    if len(claim.outlets) < 2 or not claim.heading_key:
        return False
    head = next(m.outlet for m in claim.members if m.key == claim.heading_key)
    larger = any(
        other is not claim
        and claim.heading_key in {m.key for m in other.members}
        and len(other.outlets) > len(claim.outlets)
        for other in story.claims
    )
    return larger and all(o in claim.weak for o in claim.outlets if o != head)


def merged(story: Story) -> list[set[str]]:
    """The claims' sentence keys, each redundant claim's joined to the claim of most outlets that holds
    its heading sentence (and not kept apart)."""
    groups = {c.id: {m.key for m in c.members} for c in story.claims}
    gone = set()
    for claim in story.claims:
        if redundant(story, claim):
            hosts = [o for o in story.claims if o is not claim and claim.heading_key in groups[o.id]]
            groups[max(hosts, key=lambda o: len(o.outlets)).id] |= groups[claim.id]
            gone.add(claim.id)
    return [groups[c.id] for c in story.claims if c.id not in gone]


def main() -> int:
    args = corpus_args(__doc__)
    embedder = Embedder(cache_dir=CACHE)
    report: dict = {"stories": {}}
    for _part, name, folder, gold_path in stories(args.corpus, GOLD_DIR, "tune"):
        story = build_story(folder, embedder)
        same, related = load_gold(gold_path, story)
        outlet = outlets_of({m.key: m.outlet for c in story.claims for m in c.members}, same + related)
        gold = cross_pairs(same, outlet)
        ignored = cross_pairs(related, outlet) - gold
        kept = [c for c in story.claims if not redundant(story, c)]
        before = cross_pairs([{m.key for m in c.members} for c in story.claims], outlet) - ignored
        after = cross_pairs([{m.key for m in c.members} for c in kept], outlet) - ignored
        joined = cross_pairs(merged(story), outlet) - ignored
        report["stories"][name] = {
            "claims": len(story.claims),
            "redundant": len(story.claims) - len(kept),
            "f1": round(f1(before, gold), 4),
            "f1_without_them": round(f1(after, gold), 4),
            "f1_joined": round(f1(joined, gold), 4),
        }
    rows = report["stories"].values()
    report["mean"] = {
        "f1": round(float(np.mean([r["f1"] for r in rows])), 4),
        "f1_without_them": round(float(np.mean([r["f1_without_them"] for r in rows])), 4),
        "f1_joined": round(float(np.mean([r["f1_joined"] for r in rows])), 4),
        "joined_up": sum(r["f1_joined"] > r["f1"] for r in rows),
        "joined_down": sum(r["f1_joined"] < r["f1"] for r in rows),
        "up": sum(r["f1_without_them"] > r["f1"] for r in rows),
        "down": sum(r["f1_without_them"] < r["f1"] for r in rows),
        "redundant": sum(r["redundant"] for r in rows),
    }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
