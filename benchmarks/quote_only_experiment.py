"""Two sentences that are little but a quote and its tag, quoting other words (experiment).

    python benchmarks/quote_only_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

An audit (95) read a claim of three outlets' sentences, each a different remark of one official
quoted with the same long tag ("“...,” State Police Commissioner Ann Roe said."), that the pair model
finds 0.92 to 0.99 likely to state one fact: the shared tag carries the word, clause and embedding
features, and ``quote_clash`` (the two quotes share under a fifth of their words) weighs little
against them. One more pair feature, ``quote_only_clash``: ``quote_clash`` where at least
``QUOTE_SHARE`` of each sentence's words are inside its quotes (the sentence states its quote and
who said it, little else). Scored as ``name_clash_experiment.py`` scores its features
(``signal_experiments.ablation``: the shipped method, leave one story out on the tuning stories, the
seed and the ECB+ dev stories); the checking stories' figures are left out of the report.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402
from signal_experiments import ablation, without_checking  # noqa: E402

from generator.compare.quote import quotes  # noqa: E402

EXTRA = ("quote_only_clash",)
QUOTE_SHARE = 0.4
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def quote_share(text: str) -> float:
    """The share of a sentence's words that are inside its quotes."""
    words = len(_WORD.findall(text))
    return len(_WORD.findall(" ".join(quotes(text)))) / words if words else 0.0


def quote_only(story: real.Loaded, feats: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``quote_clash`` of two sentences that are each mostly their quote."""
    mostly = np.array([quote_share(s.text) >= QUOTE_SHARE for s in story.prepared.sentences])
    return {"quote_only_clash": feats["quote_clash"] * (mostly[:, None] & mostly[None, :])}


VARIANTS = {"shipped": EXTRA, "quote_only_clash added": ()}


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, quote_only)
    return emit(without_checking(ablation(VARIANTS, tune, check, old, embedder)), args.out)


if __name__ == "__main__":
    sys.exit(main())
