"""Diff: word-level comparison of the wordings in a claim (diff-match-patch, in word mode).

Words are compared by a normalised key (case, quote marks, dashes, accents and dotted acronyms
folded; surrounding punctuation ignored) so trivial differences do not light up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from .similarity import normalise

ALL, SOME, UNIQUE = "all", "some", "unique"
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


@dataclass(frozen=True)
class Word:
    """A word as printed (with its punctuation) and how widely it is shared within the claim."""

    text: str
    mark: str | None  # ALL, SOME, UNIQUE, or None for punctuation and single-outlet claims


def key(token: str) -> str:
    """The comparison key of a printed token: '“False,”' -> 'false', 'U.S.' -> 'us'."""
    return _EDGE.sub("", normalise(token)).replace("'s", "").replace(".", "")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _encode(seqs: list[list[str]]) -> list[str]:
    """Map each distinct key to one character, so diff-match-patch diffs words, not letters."""
    table: dict[str, str] = {}
    out = []
    for seq in seqs:
        out.append("".join(table.setdefault(k, chr(0xE000 + len(table))) for k in seq))
    return out


_dmp = diff_match_patch()
_dmp.Diff_Timeout = 0  # exact diffs: the result must not depend on machine speed


def _diff(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """(op, length in words) runs turning key sequence a into b."""
    ca, cb = _encode([a, b])
    return [(op, len(chunk)) for op, chunk in _dmp.diff_main(ca, cb, False)]


def matched(a: list[str], b: list[str]) -> tuple[list[bool], list[bool]]:
    """For each word of a, and of b, whether it is part of their common subsequence (one diff)."""
    in_a: list[bool] = []
    in_b: list[bool] = []
    for op, length in _diff(a, b):
        if op != 1:
            in_a += [op == 0] * length
        if op != -1:
            in_b += [op == 0] * length
    return in_a, in_b


def mark_wordings(texts: list[str]) -> list[list[Word]]:
    """Each wording's words marked as shared by all other wordings, by some, or by none."""
    toks = [tokens(t) for t in texts]
    keys = [[key(t) for t in seq] for seq in toks]
    others = len(texts) - 1
    counts = [[0] * len(seq) for seq in toks]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            hits_i, hits_j = matched(keys[i], keys[j])
            counts[i] = [c + h for c, h in zip(counts[i], hits_i, strict=True)]
            counts[j] = [c + h for c, h in zip(counts[j], hits_j, strict=True)]
    result: list[list[Word]] = []
    for seq, seq_keys, seq_counts in zip(toks, keys, counts, strict=True):
        words = []
        for tok, k, c in zip(seq, seq_keys, seq_counts, strict=True):
            mark = None if not k or others == 0 else ALL if c == others else SOME if c else UNIQUE
            words.append(Word(tok, mark))
        result.append(words)
    return result


@dataclass(frozen=True)
class Segment:
    """A run of a two-wording diff: op is 'equal', 'delete' (only in the first) or 'insert'."""

    op: str
    text: str


_OPS = {0: "equal", -1: "delete", 1: "insert"}


def pair_diff(a: str, b: str) -> list[Segment]:
    """Word-level diff of two wordings as printed text runs (deletions before insertions)."""
    ta, tb = tokens(a), tokens(b)
    ka, kb = [key(t) or t for t in ta], [key(t) or t for t in tb]
    ca, cb = _encode([ka, kb])
    diffs = _dmp.diff_main(ca, cb, False)
    segments: list[Segment] = []
    ia = ib = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == 0:
            text = " ".join(ta[ia : ia + n])
            ia, ib = ia + n, ib + n
        elif op == -1:
            text = " ".join(ta[ia : ia + n])
            ia += n
        else:
            text = " ".join(tb[ib : ib + n])
            ib += n
        segments.append(Segment(_OPS[op], text))
    return segments


def runs(words: list[Word]) -> list[tuple[str | None, str]]:
    """Consecutive words with the same mark joined into one run, so a highlight spans the gaps."""
    out: list[tuple[str | None, str]] = []
    for w in words:
        if out and out[-1][0] == w.mark:
            out[-1] = (w.mark, f"{out[-1][1]} {w.text}")
        else:
            out.append((w.mark, w.text))
    return out
