"""The algorithmic core of alignment: sentences grouped into facts from a pair-similarity matrix.

Average-linkage agglomerative clustering under the constraint that a claim holds at most one
sentence per outlet (clusters merge, best pair first, while their average cross-outlet similarity
reaches the threshold); an attach pass for an outlet that tells a claim twice; merging of a claim
told twice; a pass that lets a sentence join every claim it matches (a lead tells several facts);
and, as an alternative, maximal cliques. Ties break on sentence order, so results depend only on
the input.
"""

from __future__ import annotations

import numpy as np


def cluster(sim: np.ndarray, outlets: list[int], threshold: float, floor: float | None = None) -> list[list[int]]:
    """Group items so that each group has distinct outlets and average-linkage similarity >= threshold.

    With ``floor``, two groups also merge only if every cross pair is at least that similar, so a
    sentence that carries two claims cannot chain them into one. The average-linkage matrix is
    updated in place after each merge (Lance-Williams), so a merge costs one pass over the matrix.
    """
    n = len(outlets)
    groups: list[list[int] | None] = [[i] for i in range(n)]
    if n < 2:
        return [g for g in groups if g]
    total = sim.astype(np.float64).copy()
    lowest = sim.astype(np.float64).copy()
    sizes = np.ones(n)
    owner = np.array(outlets)
    conflict = owner[:, None] == owner[None, :]  # one sentence per outlet in a claim
    avg = total.copy()
    avg[conflict] = -np.inf
    if floor is not None:
        avg[lowest < floor] = -np.inf
    dead = np.zeros(n, dtype=bool)
    best = _RowBest(avg)
    while True:
        a, b = best.first()  # first maximum in row-major order: deterministic
        if avg[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        groups[a] = sorted(groups[a] + groups[b])  # type: ignore[operator]
        groups[b] = None
        total[a, :] += total[b, :]
        total[:, a] = total[a, :]
        lowest[a, :] = np.minimum(lowest[a, :], lowest[b, :])
        lowest[:, a] = lowest[a, :]
        sizes[a] += sizes[b]
        conflict[a, :] |= conflict[b, :]
        conflict[:, a] = conflict[a, :]
        row = total[a, :] / (sizes[a] * sizes)
        row[conflict[a, :]] = -np.inf
        if floor is not None:
            row[lowest[a, :] < floor] = -np.inf
        dead[b] = True
        row[dead] = -np.inf
        avg[a, :] = row
        avg[:, a] = row
        avg[b, :] = -np.inf
        avg[:, b] = -np.inf
        best.merged(a, b)
    return [g for g in groups if g]


class _RowBest:
    """Each row's first maximum, kept up to date as two groups merge (rows and columns ``a`` and
    ``b`` change): the first maximum in row-major order in O(n) per merge instead of O(n^2)."""

    def __init__(self, avg: np.ndarray) -> None:
        self.avg = avg
        self.col = avg.argmax(axis=1)
        self.val = avg[np.arange(len(avg)), self.col]

    def first(self) -> tuple[int, int]:
        a = int(np.argmax(self.val))
        return a, int(self.col[a])

    def merged(self, a: int, b: int) -> None:
        new = self.avg[:, a]
        stale = (self.col == a) | (self.col == b)
        better = ~stale & ((new > self.val) | ((new == self.val) & (a < self.col)))
        self.col[better] = a
        self.val[better] = new[better]
        stale[[a, b]] = True
        rows = np.flatnonzero(stale)
        self.col[rows] = self.avg[rows].argmax(axis=1)
        self.val[rows] = self.avg[rows, self.col[rows]]


def attach(groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float) -> list[list[int]]:
    """Let a sentence also join the one other claim it matches best, if the match reaches the threshold.

    Clustering allows one sentence per outlet per claim; this second pass catches an outlet that
    tells a claim twice, and a sentence that carries two claims ("the Post said X and Y"). The match
    is the average similarity to the claim's sentences from other outlets. A sentence that was a
    claim on its own moves; one already in a shared claim stays there too. All decisions are taken
    against the clustering's groups, then applied in sentence order; a sentence another one has
    joined stays where it is, so two lone sentences cannot swap places.
    """
    n = len(outlets)
    owner_of = np.array(outlets)
    cross = owner_of[:, None] != owner_of[None, :]
    membership = np.zeros((n, len(groups)))
    for g, group in enumerate(groups):
        membership[group, g] = 1.0
    # Average similarity of each sentence to each claim's sentences from other outlets: two products.
    sums = np.where(cross, sim, 0.0) @ membership
    counts = cross.astype(float) @ membership
    with np.errstate(invalid="ignore", divide="ignore"):
        avg = np.where(counts > 0, sums / counts, -np.inf)
    owner = {i: g for g, group in enumerate(groups) for i in group}
    avg[np.arange(n), [owner[i] for i in range(n)]] = -np.inf
    avg[:, [g for g, group in enumerate(groups) if len(group) < 2]] = -np.inf  # join shared claims only
    moves: list[tuple[int, int]] = []
    for i in range(n):
        g = int(np.argmax(avg[i]))  # first best claim: deterministic
        if avg[i, g] >= threshold:
            moves.append((i, g))
    result = [list(group) for group in groups]
    anchored: set[int] = set()  # sentences that others joined: they stay where they are
    for i, g in moves:
        if i in anchored:
            continue
        result[g].append(i)
        anchored.update(groups[g])
        if len(groups[owner[i]]) == 1:
            result[owner[i]].remove(i)
    return [sorted(group) for group in result if group]


def merge_repeats(groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float) -> list[list[int]]:
    """Join two claims that are one claim told twice by some outlet.

    When an outlet tells a claim in two sentences, clustering (one sentence per outlet) splits the
    claim in two, and the attach pass then puts the other outlets' sentences in both. Two claims
    that share sentences from two or more outlets, and whose other sentences are as similar as the
    clustering asks (average at least ``threshold``), become one. Pairs are taken in claim order and
    the scan restarts after each merge, so the result depends only on the input.
    """
    result = [set(group) for group in groups]
    merged = True
    while merged:
        merged = False
        holders: dict[int, list[int]] = {}
        for g, group in enumerate(result):
            for i in group:
                holders.setdefault(i, []).append(g)
        candidates = sorted({(a, b) for gs in holders.values() for a in gs for b in gs if a < b})
        for a, b in candidates:
            shared = result[a] & result[b]
            if len({outlets[i] for i in shared}) < 2:
                continue
            rest_a, rest_b = sorted(result[a] - shared), sorted(result[b] - shared)
            if rest_a and rest_b and float(sim[np.ix_(rest_a, rest_b)].mean()) < threshold:
                continue
            result[a] |= result.pop(b)
            merged = True
            break
    return [sorted(group) for group in result]


def attach_all(
    groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float, lone: bool = False
) -> list[list[int]]:
    """Let a sentence join every shared claim it matches, not only the best one.

    A sentence that carries several facts (a lead: who, what, when, where) tells several claims.
    It joins each claim with sentences from two or more outlets whose sentences from other outlets
    it matches, on average, at least ``threshold``; with ``lone``, also a sentence left alone by
    clustering (its outlet's match was taken by another claim). Decisions are taken against the
    groups as given, so the result does not depend on the order of the claims.
    """
    n = len(outlets)
    owner_of = np.array(outlets)
    cross = owner_of[:, None] != owner_of[None, :]
    shared = [g for g, group in enumerate(groups) if len({outlets[i] for i in group}) > 1 or (lone and len(group) == 1)]
    if not shared:
        return [list(g) for g in groups]
    membership = np.zeros((n, len(shared)))
    for c, g in enumerate(shared):
        membership[groups[g], c] = 1.0
    sums = np.where(cross, sim, 0.0) @ membership
    counts = cross.astype(float) @ membership
    with np.errstate(invalid="ignore", divide="ignore"):
        avg = np.where(counts > 0, sums / counts, -np.inf)
    result = [list(g) for g in groups]
    for c, g in enumerate(shared):
        for i in np.where(avg[:, c] >= threshold)[0]:
            if int(i) not in result[g]:
                result[g].append(int(i))
    return [sorted(g) for g in result]


MAX_CLIQUES_PER_SENTENCE = 50


def cliques(sim: np.ndarray, outlets: list[int], threshold: float) -> list[list[int]] | None:
    """Maximal sets of sentences from different outlets in which every pair reaches the threshold.

    A sentence is in every such set it belongs to, so a lead that tells three facts is in three
    claims. Bron-Kerbosch with pivoting over the graph of cross-outlet pairs at or above the
    threshold; vertices are visited in index order, so the result depends only on the input.
    Sentences in no set stay alone. Returns None when the graph is so dense that the sets would
    number over ``MAX_CLIQUES_PER_SENTENCE`` per sentence (the caller then clusters instead).
    """
    n = len(outlets)
    owner = np.array(outlets)
    linked = (sim >= threshold) & (owner[:, None] != owner[None, :])
    np.fill_diagonal(linked, False)
    neighbours = [set(np.flatnonzero(linked[i]).tolist()) for i in range(n)]
    found: list[list[int]] = []
    limit = MAX_CLIQUES_PER_SENTENCE * max(n, 1)

    def expand(r: list[int], p: set[int], x: set[int]) -> bool:
        if not p and not x:
            if len(r) > 1:
                found.append(sorted(r))
            return len(found) <= limit
        pivot = max(sorted(p | x), key=lambda u: len(neighbours[u] & p))
        for v in sorted(p - neighbours[pivot]):
            if not expand([*r, v], p & neighbours[v], x & neighbours[v]):
                return False
            p.remove(v)
            x.add(v)
        return True

    if not expand([], set(range(n)), set()):
        return None
    covered = {i for group in found for i in group}
    return sorted(found) + [[i] for i in range(n) if i not in covered]
