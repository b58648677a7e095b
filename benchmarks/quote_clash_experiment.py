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
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402
from signal_experiments import _summary  # noqa: E402

EXTRA = ("quote_clash", "speaker_clash")  # ``generator.align.features._clashes``


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__)
    full = {
        name: real.evaluate_method(replace(real.SHIPPED, name=name, drop=drop), tune, check, old, embedder)
        for name, drop in (
            ("baseline", EXTRA),
            ("quote_clash", ("speaker_clash",)),
            ("speaker_clash", ("quote_clash",)),
            ("both", ()),
        )
    }
    report = {}
    for name, result in full.items():
        ecb = [v["f1"] for k, v in result["old_dev"].items() if k.startswith("ecb")]
        report[name] = _summary(result) | {"ecb_mean_f1": round(float(np.mean(ecb)), 4)}
        for part in ("loso", "check", "old_dev"):  # stories up and down against the baseline
            base, this = full["baseline"][part], result[part]
            report[name][f"{part}_up_down"] = [
                sum(this[k]["f1"] > base[k]["f1"] + 1e-9 for k in base),
                sum(this[k]["f1"] < base[k]["f1"] - 1e-9 for k in base),
            ]
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
