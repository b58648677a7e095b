"""The algorithmic core of alignment: sentences grouped into facts from a pair-similarity matrix.

Average-linkage agglomerative clustering under the constraint that a claim holds at most one
sentence per outlet (clusters merge, best pair first, while their average cross-outlet similarity
reaches the threshold); an attach pass for an outlet that tells a claim twice; merging of a claim
told twice; a pass that lets a sentence join every claim it matches (a lead tells several facts);
and, as an alternative, maximal cliques. Ties break on sentence order, so results depend only on
the input.

The work is sparse: a group (or a claim) can only reach an average of at least the threshold with
another if some cross-outlet pair between them does, so only pairs linked by such an "edge" are
ever scored, each from its small block of the matrix. Similarities are summed as integers (units
of ``1 / SCALE``), so averages compare exactly and ties cannot depend on the order of a sum.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Callable, Hashable, Sequence
from fractions import Fraction

import numpy as np

SCALE = 10**12  # similarities are summed in units of 1e-12: exact, and 4-decimal values stay exact


def _units(values: np.ndarray) -> np.ndarray:
    """Similarities as integers in units of ``1 / SCALE`` (int64 holds up to about 9e6 in size)."""
    return np.rint(np.asarray(values, dtype=np.float64) * SCALE).astype(np.int64)


def _unit(value: float) -> int:
    """A threshold in units of ``1 / SCALE``."""
    return int(np.rint(value * SCALE))


def _edges(sim: np.ndarray, owner: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Ordered pairs (i, j) of sentences from different outlets with ``sim[i, j]`` at least the
    threshold (in units), in row-major order; the matrix is read in blocks of rows."""
    n = len(owner)
    least = _unit(threshold)
    lowest = (least - 1) / SCALE  # a little below: the exact test is on the units
    step = max(1, 2**22 // max(n, 1))
    found = [np.zeros(0, dtype=np.intp)]
    for start in range(0, n, step):
        found.append(np.flatnonzero(sim[start : start + step] >= lowest) + start * n)  # flat: faster than 2-d
    i, j = np.divmod(np.concatenate(found), n)
    keep = (owner[i] != owner[j]) & (_units(sim[i, j]) >= least)
    return i[keep], j[keep]


# A member whose average link to the other group is under this share of the threshold is unrelated
# to it: two groups with such a member do not merge (a lead that tells two facts, linked strongly to
# the tellings of each, would otherwise pull them into one claim). On the dev gold it changes the
# real stories' F1 by under 0.001 (benchmarks/README.md).
UNRELATED = 0.25


def cluster(sim: np.ndarray, outlets: list[int], threshold: float, floor: float | None = None) -> list[list[int]]:
    """Group items so that each group has distinct outlets and average-linkage similarity >= threshold.

    Two groups do not merge while a member of one is unrelated to the other (``UNRELATED``); with
    ``floor``, also only if every cross pair is at least that similar, so a sentence that carries
    two claims cannot chain them into one. ``sim`` is symmetric. Of the pairs
    with the highest average the first in row-major order merges (the smallest pair of group
    indices) and the group keeps the smaller index. Candidate pairs wait in a heap; a merge
    re-scores the merged group against its linked neighbours only.
    """
    n = len(outlets)
    groups = [[i] for i in range(n)]
    if n < 2:
        return groups
    least = _unit(threshold)
    bottom = None if floor is None else _unit(floor)
    codes = np.unique(np.asarray(outlets), return_inverse=True)[1].reshape(-1)
    mask = [1 << int(o) for o in codes]  # each group's outlets as a bit set
    version = [0] * n  # a heap entry is valid while both its groups are at the version it saw
    neighbours: list[set[int]] = [set() for _ in range(n)]
    # Averages sum / count as exact integer keys sum * (lcm / count): a count is |A| |B| with
    # |A| + |B| at most the number of outlets.
    kinds = int(codes.max()) + 1
    common = math.lcm(*range(1, (kinds // 2) * ((kinds + 1) // 2) + 1))
    heap: list[tuple[int, int, int, int, int]] = []
    rows, cols = _edges(sim, codes, threshold)
    rows, cols = rows[rows < cols], cols[rows < cols]
    values = _units(sim[rows, cols])
    if bottom is not None:  # a pair below the floor keeps its two sentences apart for good
        rows, cols, values = rows[values >= bottom], cols[values >= bottom], values[values >= bottom]
    for i, j, v in zip(rows.tolist(), cols.tolist(), values.tolist(), strict=True):
        neighbours[i].add(j)
        neighbours[j].add(i)
        heap.append((-v * common, i, j, 0, 0))
    heapq.heapify(heap)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if version[a] != va or version[b] != vb:
            continue
        groups[a] = sorted(groups[a] + groups[b])
        groups[b] = []
        mask[a] |= mask[b]
        version[a] += 1
        version[b] = -1
        linked = (neighbours[a] | neighbours[b]) - {a, b}
        for c in neighbours[b]:
            neighbours[c].discard(b)
        neighbours[b] = set()
        for c in [c for c in linked if mask[c] & mask[a]]:  # an outlet in both: never mergeable
            linked.discard(c)
            neighbours[c].discard(a)
        neighbours[a] = linked
        if not linked:
            continue
        others = sorted(linked)
        sizes = [len(groups[c]) for c in others]
        starts = [0, *itertools.accumulate(sizes[:-1])]
        block = _units(sim[np.array(groups[a])[:, None], [i for c in others for i in groups[c]]])
        sums = np.add.reduceat(block.sum(axis=0), starts).tolist()
        lows = np.minimum.reduceat(block.min(axis=0), starts).tolist() if bottom is not None else []
        # Whether a member of a (a row) or of some c (a column) links to the other group, on average,
        # under UNRELATED of the threshold: sums against the bar times the other group's size (exact).
        bar = UNRELATED * least
        loose_a: list[bool] = np.any(np.add.reduceat(block, starts, axis=1) < bar * np.array(sizes), axis=0).tolist()
        loose_c: list[bool] = np.maximum.reduceat(block.sum(axis=0) < bar * len(groups[a]), starts).tolist()
        for k, c in enumerate(others):
            if bottom is not None and lows[k] < bottom:
                linked.discard(c)
                neighbours[c].discard(a)
                continue
            if loose_a[k] or loose_c[k]:
                neighbours[c].add(a)  # may merge later, once other sentences have joined either group
                continue
            neighbours[c].add(a)
            count = len(groups[a]) * sizes[k]
            if sums[k] >= least * count:
                x, y = min(a, c), max(a, c)
                heapq.heappush(heap, (-sums[k] * (common // count), x, y, version[x], version[y]))
    return [g for g in groups if g]


def _runs(lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For consecutive runs of the given lengths: each run's start, and each element's place in its run."""
    starts = np.cumsum(lengths) - lengths
    return starts, np.arange(int(lengths.sum())) - np.repeat(starts, lengths)


def _near_claims(
    groups: list[list[int]], sim: np.ndarray, codes: np.ndarray, threshold: float, eligible: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Sentence-claim pairs (i, g) that may reach the threshold, sorted, with for each the sum (in
    units) and the number of i's similarities to the eligible claim g's sentences from other outlets.

    Only a claim with a member that i matches at the threshold (an edge) can reach it on average.
    """
    sizes = np.array([len(g) for g in groups], dtype=np.int64)
    members = np.array([i for g in groups for i in g], dtype=np.int64)
    holders = np.repeat(np.arange(len(groups)), sizes)[np.argsort(members, kind="stable")]  # by sentence
    held = np.bincount(members, minlength=len(codes))  # how many claims hold each sentence
    i, j = _edges(sim, codes, threshold)
    starts, places = _runs(held[j])
    pair_i = np.repeat(i, held[j])
    pair_g = holders[np.repeat((np.cumsum(held) - held)[j], held[j]) + places]  # each claim holding j
    keep = eligible[pair_g]
    pair = np.unique(pair_i[keep] * len(groups) + pair_g[keep])
    if not len(pair):
        return pair, pair, pair, pair
    pair_i, pair_g = pair // len(groups), pair % len(groups)
    starts, places = _runs(sizes[pair_g])
    rows = np.repeat(pair_i, sizes[pair_g])
    cols = members[np.repeat((np.cumsum(sizes) - sizes)[pair_g], sizes[pair_g]) + places]
    cross = codes[rows] != codes[cols]
    sums = np.add.reduceat(np.where(cross, _units(sim[rows, cols]), 0), starts)
    return pair_i, pair_g, sums, np.add.reduceat(cross.astype(np.int64), starts)


def attach(groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float) -> list[list[int]]:
    """Let a sentence also join the one other claim it matches best, if the match reaches the threshold.

    Clustering allows one sentence per outlet per claim; this second pass catches an outlet that
    tells a claim twice, and a sentence that carries two claims ("the Post said X and Y"). The match
    is the average similarity to the claim's sentences from other outlets (of equal matches, the
    first claim's). A sentence that was a claim on its own moves; one already in a shared claim
    stays there too. All decisions are taken against the clustering's groups, then applied best
    match first (of equal matches, in sentence order); a sentence another one has joined stays where
    it is, so two lone sentences cannot swap places.
    """
    codes = np.unique(np.asarray(outlets), return_inverse=True)[1].reshape(-1)
    owner = {i: g for g, group in enumerate(groups) for i in group}
    shared = np.array([len(group) >= 2 for group in groups], dtype=bool)  # join shared claims only
    pair_i, pair_g, sums, counts = _near_claims(groups, sim, codes, threshold, shared)
    least = _unit(threshold)
    best: dict[int, tuple[Fraction, int]] = {}
    for i, g, s, c in zip(pair_i.tolist(), pair_g.tolist(), sums.tolist(), counts.tolist(), strict=True):
        if g == owner[i] or c == 0 or s < least * c:
            continue
        score = Fraction(s, c)
        if i not in best or score > best[i][0]:  # pairs come in claim order: the first best claim
            best[i] = (score, g)
    # The strongest matches first (of equal ones, the earlier sentence): the order of the sentences
    # decides only exact ties.
    moves = [(i, best[i][1]) for i in sorted(best, key=lambda i: (-best[i][0], i))]
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


# The strength of a join that adds no pair of sentences to compare (one group inside the other, but
# for sentences of outlets the other already has): above any average of similarities.
_WHOLE = Fraction(SCALE + 1)


def merge_repeats(groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float) -> list[list[int]]:
    """Join two claims that are one claim told twice by some outlet.

    When an outlet tells a claim in two sentences, clustering (one sentence per outlet) splits the
    claim in two, and the attach pass then puts the other outlets' sentences in both. Two claims
    that share sentences from two or more outlets, and whose other sentences are as similar as the
    clustering asks (average at least ``threshold``), become one (``_merge``: the result depends only
    on the input)."""

    least = _unit(threshold)

    def strength(a: set[int], b: set[int]) -> Fraction | None:
        shared = a & b
        if len({outlets[i] for i in shared}) < 2:
            return None
        rest_a, rest_b = sorted(a - shared), sorted(b - shared)
        if not (rest_a and rest_b):
            return _WHOLE
        total = int(_units(sim[np.ix_(rest_a, rest_b)]).sum())
        count = len(rest_a) * len(rest_b)
        return Fraction(total, count) if total >= least * count else None

    return _merge(groups, strength)


def merge_overlapping(
    groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float, cover: float = 0.5
) -> list[list[int]]:
    """Join maximal cliques that tell one fact: at a low threshold a fact told in three outlets' several
    sentences makes many small overlapping cliques ({a, b}, {a, c}), where annotators see one group.
    Two cliques of several sentences join when they share at least ``cover`` of the smaller one and
    the pairs of outlets the join adds (their other sentences, across outlets) average at least
    ``threshold``; lone sentences stay as they are (``_merge``: the result depends only on the input)."""

    least = _unit(threshold)

    def strength(a: set[int], b: set[int]) -> Fraction | None:
        shared = a & b
        if len(shared) < cover * min(len(a), len(b)):
            return None
        added = [(i, j) for i in sorted(a - shared) for j in sorted(b - shared) if outlets[i] != outlets[j]]
        if not added:
            return _WHOLE
        total = int(_units(np.array([sim[i, j] for i, j in added])).sum())
        return Fraction(total, len(added)) if total >= least * len(added) else None

    several = [g for g in groups if len(g) > 1]
    joined = _merge(several, strength)
    covered = {i for g in joined for i in g}
    return joined + [g for g in groups if len(g) == 1 and g[0] not in covered]


def _merge(groups: list[list[int]], strength: Callable[[set[int], set[int]], Fraction | None]) -> list[list[int]]:
    """Groups that share a sentence joined wherever ``strength`` finds them joinable (not None), the
    strongest join first (of equal ones, the first pair in group order), the merged group keeping the
    earlier place; after each merge only pairs with the merged group are scored again (no other pair
    changed). Strongest first, the result does not hang on the order of the sentences, only on the
    similarities (exact ties aside)."""
    result = [set(group) for group in groups]
    alive = [True] * len(result)
    version = [0] * len(result)
    holders: dict[int, set[int]] = {}
    for g, group in enumerate(result):
        for i in group:
            holders.setdefault(i, set()).add(g)
    todo: list[tuple[Fraction, int, int, int, int]] = []

    def score(a: int, b: int) -> None:
        found = strength(result[a], result[b])
        if found is not None:
            heapq.heappush(todo, (-found, a, b, version[a], version[b]))

    for a, b in sorted({(a, b) for gs in holders.values() for a in gs for b in gs if a < b}):
        score(a, b)
    while todo:
        _, a, b, seen_a, seen_b = heapq.heappop(todo)
        if not (alive[a] and alive[b]) or (version[a], version[b]) != (seen_a, seen_b):
            continue
        for i in result[b]:
            holders[i].discard(b)
            holders[i].add(a)
        result[a] |= result[b]
        result[b] = set()
        alive[b] = False
        version[a] += 1
        for c in sorted({c for i in result[a] for c in holders[i]} - {a}):
            score(min(a, c), max(a, c))
    return [sorted(group) for group, kept in zip(result, alive, strict=True) if kept]


def attach_all(
    groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float, lone: bool = False
) -> list[list[int]]:
    """Let a sentence join every shared claim it matches, not only the best one.

    A sentence that carries several facts (a lead: who, what, when, where) tells several claims.
    It joins each claim with sentences from two or more outlets whose sentences from other outlets
    it matches, on average, at least ``threshold``; with ``lone``, also a sentence left alone by
    clustering (its outlet's match was taken by another claim). The match is counted against the
    claim's members that share no claim with the sentence yet: one it already shares a claim with
    matches it for that claim's fact ("the Post said X and Y" matches a telling of Y, but is no
    evidence that the telling of Y also tells X). Decisions are taken against the groups as given,
    so the result does not depend on the order of the claims.
    """
    shared = np.array(
        [len({outlets[i] for i in group}) > 1 or (lone and len(group) == 1) for group in groups], dtype=bool
    )
    if not shared.any():
        return [list(g) for g in groups]
    codes = np.unique(np.asarray(outlets), return_inverse=True)[1].reshape(-1)
    pair_i, pair_g, sums, counts = _near_claims(groups, sim, codes, threshold, shared)
    least = _unit(threshold)
    result = [list(g) for g in groups]
    members = [set(g) for g in groups]
    homes: dict[int, set[int]] = {}
    for g, group in enumerate(groups):
        for j in group:
            homes.setdefault(j, set()).add(g)
    for i, g, s, c in zip(pair_i.tolist(), pair_g.tolist(), sums.tolist(), counts.tolist(), strict=True):
        if c == 0 or s < least * c or i in members[g]:
            continue
        # A member that already shares a claim with i matches it for that claim's fact: only the
        # others are evidence that i also tells this one.
        others = [j for j in groups[g] if codes[j] != codes[i] and not homes[j] & homes.get(i, set())]
        if others and int(_units(sim[i, others]).sum()) >= least * len(others):
            result[g].append(i)
    return [sorted(g) for g in result]


MAX_CLIQUES_PER_SENTENCE = 50


def cliques(sim: np.ndarray, outlets: list[int], threshold: float) -> list[list[int]] | None:
    """Maximal sets of sentences from different outlets in which every pair reaches the threshold.

    A sentence is in every such set it belongs to, so a lead that tells three facts is in three
    claims. Bron-Kerbosch with pivoting over the graph of cross-outlet pairs at or above the
    threshold; vertices are visited in index order, so the result depends only on the input.
    Sentences in no set stay alone. Returns None when the graph is so dense that the sets would
    number over ``MAX_CLIQUES_PER_SENTENCE`` per sentence (``pipeline.story_blend`` then has the story
    clustered, as one of more outlets is).
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


def story_threshold(
    probability: np.ndarray, outlets: Sequence[Hashable], share: float, low: float, high: float
) -> float:
    """The linking threshold for one story, from its own pair probabilities.

    A calibrated pair model expects about sum(p) of a story's cross-outlet pairs to state a common
    fact; the threshold is the probability of the ``share * sum(p)``-th most likely pair (at least the
    first), kept within ``[low, high]``. A story the model finds full of likely pairs (short articles
    telling one event, near-copies of one wire story) is linked more strictly; one it is unsure of
    throughout (long articles, loosely worded), less. The sum is exact (``math.fsum``), so the
    threshold depends only on the probabilities."""
    owner = np.asarray(outlets)
    values = np.sort(probability[np.triu(owner[:, None] != owner[None, :], 1)])[::-1]
    if values.size == 0:
        return high
    k = min(max(round(share * math.fsum(values.tolist())), 1), values.size)
    return float(min(max(values[k - 1], low), high))
