"""Two pair features for quotes of other words or other speakers (experiment; both shipped since session 36).

    python benchmarks/quote_clash_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

Browser audits found claims whose cards quote other words of other people (a coordinator's words
beside an organiser's) grouped by their topic. Two more pair features: ``quote_clash``, 1 when both
sentences quote four or more content words and the quotes share under a fifth of them
(``compare.quote.content_quote_words``); ``speaker_clash``, 1 when both name a speaker
(``compare.quote.speakers``) and no name word is shared (both in ``generator.align.features``).
Scored as the shipped method is (a threshold per story, leave one story out), each feature alone and
both, against the same pair model without them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_pairs  # noqa: E402
from report import emit  # noqa: E402
from signal_experiments import ablation  # noqa: E402

EXTRA = ("quote_clash", "speaker_clash")  # ``generator.align.features._clashes``


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__)
    report = ablation(
        {"baseline": EXTRA, "quote_clash": ("speaker_clash",), "speaker_clash": ("quote_clash",), "both": ()},
        tune,
        check,
        old,
        embedder,
    )
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
