"""Text: a wording's words as every other module of the stage reads them.

Tokens (normalised, "n't" split off, "No. 1" read as a number), content-word stems and the overlap of
two sets of them, the word diff's replacements (the same slot of two wordings filled differently), and
the alignment's fact signal (``Likely``) with the probability from which two sentences state one fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..diff import pair_diff
from ..lexicon import STOP_WORDS
from ..similarity import normalise

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,:][0-9]+)*(?:'[a-z]+)?|n't")


def _tokens(text: str) -> list[str]:
    return list(_token_tuple(text))


# "No. 1", "no. 2": the abbreviation of number, not a negation.
_NUMBER_ABBREVIATION = re.compile(r"\b[Nn]o\.\s?(?=\d)")


@lru_cache(maxsize=1 << 16)  # every pair of wordings is compared: each wording is tokenised once
def _token_tuple(text: str) -> tuple[str, ...]:
    text = _NUMBER_ABBREVIATION.sub("number ", text)
    return tuple(_TOKEN.findall(_SPACED_NT.sub("'", normalise(text)).replace("n't", " n't")))


_SPACED_NT = re.compile(r"(?<=\w)' (?=(?:t|m|ll|s|re|ve|d)\b)")  # "didn’ t", "I’ m": a stray space


def content_stems(text: str) -> set[str]:
    """Stems of the content words: no stop words, numbers or one-letter words."""
    return set(_content_stems(text))


@lru_cache(maxsize=1 << 16)
def _content_stems(text: str) -> frozenset[str]:
    return frozenset(t[:6] for t in _token_tuple(text) if t not in STOP_WORDS and not t[0].isdigit() and len(t) > 2)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _replacements(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """Word-diff replacements (text only in a, text only in b) anchored by shared words on both
    sides: (a's words before, a's part, b's part, words after), the same slot filled differently.
    The start and the end of both wordings anchor too (a slot at the start has no words before), but
    not both: two wordings with nothing in common are no slot."""
    segs = pair_diff(a, b)
    out = []
    for i, seg in enumerate(segs):
        if seg.op != "delete" or i + 1 >= len(segs) or segs[i + 1].op != "insert":
            continue
        before = segs[i - 1].text if i and segs[i - 1].op == "equal" else ""
        after = segs[i + 2].text if i + 2 < len(segs) and segs[i + 2].op == "equal" else ""
        if (before or i == 0) and (after or (before and i + 2 == len(segs))):
            out.append((before, seg.text, segs[i + 1].text, after))
    return out


# With the alignment's fact signal (``Likely``: the pair model's probability that two sentences, by
# key, state a common fact), two whole sentences' numbers are compared when that is more likely than
# not, however differently they are worded ("nine crew members and 120 passengers" / "carrying eight
# crewmembers and 124 passengers"), and not otherwise: the signal replaces the word overlap. On the
# tuning stories any threshold from 0.3 to 0.5 gave the same figures (benchmarks/README.md).
SAME_FACT = 0.5
Likely = Callable[[str, str], float]
