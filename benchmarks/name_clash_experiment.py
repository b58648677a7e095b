"""Two sentences about different people or places, as pair features (experiment).

    python benchmarks/name_clash_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

An audit (93) found claims that join two outlets' sentences about different people ("Byron ...,
a Salvadoran, and his family" beside "Karina ... and her mother"), and signs of it elsewhere: the
pair model reads names only as shared proper-noun words (``names``, weight near zero: a story's main
names are in most of its sentences) and rare ones shared (``rare_shared``); nothing says that each
sentence names someone rare, and not the same one. Two more pair features, from the parse's
proper-noun words (``Parsed.names``): whether both sentences name something at most ``RARE`` of the
story's sentences name and share none of those rare names (``rare_names_apart``); and the same where
they share no proper-noun word at all (``names_apart``). Scored as ``rare_numbers_experiment.py``
scores its features (``signal_experiments.ablation``: the shipped method, leave one story out on the
tuning stories, the seed and the ECB+ dev stories); the checking stories' figures are left out of
the report.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402
from signal_experiments import ablation, without_checking  # noqa: E402

from generator.align.features import RARE  # noqa: E402
from generator.align.units import parse_sentences  # noqa: E402

EXTRA = ("rare_names_apart", "names_apart")


def name_clash(story: real.Loaded, feats: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Both sentences name something rare in the story and share no rare name / no name at all."""
    parsed = parse_sentences([s.text for s in story.prepared.sentences], real.CACHE)
    counts = Counter(w for p in parsed for w in p.names)
    rare = [frozenset(w for w in p.names if counts[w] <= RARE) for p in parsed]
    n = len(parsed)
    rare_apart = np.zeros((n, n))
    apart = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            if rare[i] and rare[j] and not rare[i] & rare[j]:
                rare_apart[i, j] = rare_apart[j, i] = 1.0
                if not parsed[i].names & parsed[j].names:
                    apart[i, j] = apart[j, i] = 1.0
    return {"rare_names_apart": rare_apart, "names_apart": apart}


VARIANTS = {
    "shipped": EXTRA,
    "rare_names_apart added": ("names_apart",),
    "names_apart added": ("rare_names_apart",),
    "both added": (),
}


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, name_clash)
    return emit(without_checking(ablation(VARIANTS, tune, check, old, embedder)), args.out)


if __name__ == "__main__":
    sys.exit(main())
