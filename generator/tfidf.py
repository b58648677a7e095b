"""TF-IDF cosine similarity of a set of texts, computed as scikit-learn's ``TfidfVectorizer`` does
(smoothed idf, sublinear tf, l2 rows), without importing scikit-learn: importing it takes about a
second, a third of what rebuilding a site after one edited article should cost. Tested against
scikit-learn in tests/test_tfidf.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import numpy as np
from scipy import sparse

from .lexicon import word_list

_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
_WHITE_SPACES = re.compile(r"\s\s+")


@cache
def english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words, read from its word-list file without importing it."""
    found = word_list("sklearn", "feature_extraction/_stop_words.py", "ENGLISH_STOP_WORDS")
    if found is None:
        raise RuntimeError("scikit-learn's stop-word list is missing: reinstall the project's requirements")
    return found


def words(text: str, stop_words: frozenset[str] = frozenset()) -> list[str]:
    """Words of two or more word characters, stop words out (``analyzer="word"``)."""
    return [w for w in _WORD.findall(text) if w not in stop_words]


def char_wb_ngrams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside words, padded with a space at each end (``analyzer="char_wb"``)."""
    out: list[str] = []
    for w in _WHITE_SPACES.sub(" ", text).split():
        w = f" {w} "
        size = len(w)
        for n in range(low, high + 1):
            offset = 0
            out.append(w[:n])
            while offset + n < size:
                offset += 1
                out.append(w[offset : offset + n])
            if offset == 0:  # a short word counts once
                break
    return out


def tfidf_rows(terms: Iterable[list[str]]) -> sparse.csr_matrix | None:
    """l2-normalised TF-IDF rows (sublinear tf, smoothed idf) of each text's terms; None when no
    text has a term (scikit-learn raises "empty vocabulary" then)."""
    term_lists = list(terms)
    # Ids by first appearance, each row in that order (scikit-learn's order: the sums below, and so
    # every bit of the result, follow it); alphabetical column numbers are given at the end.
    first: dict[str, int] = {}
    for ts in term_lists:
        for t in ts:
            first.setdefault(t, len(first))
    if not first:
        return None
    rows: list[int] = []
    cols: list[int] = []
    for r, ts in enumerate(term_lists):
        rows += [r] * len(ts)
        cols += [first[t] for t in ts]
    shape = (len(term_lists), len(first))
    counts = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape, dtype=np.float64)
    counts.sum_duplicates()
    counts.sort_indices()
    df = np.bincount(counts.indices, minlength=shape[1]).astype(np.float64) + 1.0
    idf = np.full_like(df, shape[0] + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    data = counts.data
    np.log(data, data)
    data += 1.0
    data *= idf[counts.indices]
    values = data.tolist()
    bounds = counts.indptr.tolist()
    norms = np.ones(shape[0])
    for r in range(shape[0]):
        total = 0.0
        for x in values[bounds[r] : bounds[r + 1]]:  # summed in order, as scikit-learn does: same bits
            total += x * x
        if total > 0.0:
            norms[r] = np.sqrt(total)
    data /= np.repeat(norms, np.diff(counts.indptr))
    alphabetical = np.empty(len(first), dtype=counts.indices.dtype)
    alphabetical[[first[t] for t in sorted(first)]] = np.arange(len(first))
    counts.indices = alphabetical[counts.indices]
    return counts


def cosine(texts: list[str], terms: Callable[[str], list[str]]) -> np.ndarray:
    """The n x n cosine of the texts' TF-IDF rows (zeros when no text has a term)."""
    rows = tfidf_rows(terms(t) for t in texts)
    if rows is None:
        return np.zeros((len(texts), len(texts)))
    return (rows @ rows.T).toarray()
