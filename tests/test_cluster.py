"""The sparse grouping gives exactly the groups of plain dense references: the clustering those of
an argmax over the whole average matrix after every merge, the attach passes and the merging of
repeats those of the dense versions they replaced.

The references sum similarities as the module does, in integer units (``SCALE``), so exact ties
(similarities on a coarse grid) are ties in both; their averages are float64 quotients of exact
integer sums, which order exactly at these sizes (``quotients``)."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.align.cluster import SCALE, UNRELATED, attach, attach_all, cluster, merge_repeats


def units(values: np.ndarray | float) -> np.ndarray:
    return np.rint(np.asarray(values, dtype=np.float64) * SCALE).astype(np.int64)


def quotients(sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """sums / counts in float64, ordered exactly: two different quotients differ by at least
    1 / (c1 c2), more than the roundings of both when c1 c2 |quotient| < 2^52 (checked)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        quotient = sums / counts
    assert np.abs(quotient[counts > 0]).max(initial=0) * float(counts.max(initial=1)) ** 2 < 2**52
    return quotient


def naive_cluster(sim: np.ndarray, outlets: list[int], threshold: float, floor: float | None = None) -> list[list[int]]:
    """Average-linkage clustering, one sentence per outlet in a group, the plain O(n^3) way: after
    each merge, the first maximum of the whole average matrix in row-major order."""
    n = len(outlets)
    groups: list[list[int] | None] = [[i] for i in range(n)]
    if n < 2:
        return [g for g in groups if g]
    total = units(sim)
    lowest = total.copy()
    sizes = np.ones(n, dtype=np.int64)
    owner = np.array(outlets)
    conflict = owner[:, None] == owner[None, :]  # one sentence per outlet in a claim
    dead = np.zeros(n, dtype=bool)
    while True:
        blocked = conflict | dead[:, None] | dead[None, :]
        if floor is not None:
            blocked |= lowest < units(floor)
        # A member unrelated to the other group (its sum of links under UNRELATED of the threshold
        # times that group's size) keeps the two groups apart.
        bar = UNRELATED * units(threshold)
        member = np.zeros((n, n), dtype=np.int64)  # member x group: sum of the member's links to the group
        for g, group in enumerate(groups):
            if group:
                member[:, g] = units(sim)[:, group].sum(axis=1)
        loose = np.zeros((n, n), dtype=bool)
        for x, gx in enumerate(groups):
            for y, gy in enumerate(groups):
                if gx and gy and x != y:
                    loose[x, y] = bool((member[gx, y] < bar * len(gy)).any())
        blocked |= loose | loose.T
        counts = np.where(blocked, 0, np.outer(sizes, sizes))
        avg = np.where(blocked, -np.inf, quotients(total, counts))
        a, b = divmod(int(np.argmax(avg)), n)  # first maximum in row-major order
        if blocked[a, b] or total[a, b] < units(threshold) * counts[a, b]:
            break
        a, b = min(a, b), max(a, b)
        groups[a] = sorted(groups[a] + groups[b])  # type: ignore[operator]
        groups[b] = None
        dead[b] = True
        total[a, :] += total[b, :]
        total[:, a] = total[a, :]
        lowest[a, :] = np.minimum(lowest[a, :], lowest[b, :])
        lowest[:, a] = lowest[a, :]
        sizes[a] += sizes[b]
        conflict[a, :] |= conflict[b, :]
        conflict[:, a] = conflict[a, :]
    return [g for g in groups if g]


def _dense_averages(
    groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float
) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's average similarity to each group's sentences from other outlets (-inf where
    there are none or the average is under the threshold): two products with the membership."""
    owner_of = np.array(outlets)
    cross = owner_of[:, None] != owner_of[None, :]
    membership = np.zeros((len(outlets), len(groups)), dtype=np.int64)
    for g, group in enumerate(groups):
        membership[group, g] = 1
    sums = np.where(cross, units(sim), 0) @ membership  # int64: exact
    counts = cross.astype(np.int64) @ membership
    avg = np.where(counts > 0, quotients(sums, counts), -np.inf)
    avg[sums < units(threshold) * counts] = -np.inf
    return avg, counts


def dense_attach(groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float) -> list[list[int]]:
    """The dense attach pass the sparse one replaced (in integer units)."""
    n = len(outlets)
    avg, _ = _dense_averages(groups, sim, outlets, threshold)
    owner = {i: g for g, group in enumerate(groups) for i in group}
    avg[np.arange(n), [owner[i] for i in range(n)]] = -np.inf
    avg[:, [g for g, group in enumerate(groups) if len(group) < 2]] = -np.inf  # join shared claims only
    moves: list[tuple[float, int, int]] = []
    for i in range(n):
        g = int(np.argmax(avg[i]))  # first best claim: deterministic
        if avg[i, g] > -np.inf:
            moves.append((-float(avg[i, g]), i, g))
    moves.sort()  # the strongest match first; of equal ones, the earlier sentence
    result = [list(group) for group in groups]
    anchored: set[int] = set()
    for _, i, g in moves:
        if i in anchored:
            continue
        result[g].append(i)
        anchored.update(groups[g])
        if len(groups[owner[i]]) == 1:
            result[owner[i]].remove(i)
    return [sorted(group) for group in result if group]


def dense_attach_all(
    groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float, lone: bool = False
) -> list[list[int]]:
    """The dense attach-to-every-claim pass the sparse one replaced (in integer units)."""
    shared = [g for g, group in enumerate(groups) if len({outlets[i] for i in group}) > 1 or (lone and len(group) == 1)]
    if not shared:
        return [list(g) for g in groups]
    avg, _ = _dense_averages([groups[g] for g in shared], sim, outlets, threshold)
    homes = [{g for g, group in enumerate(groups) if i in group} for i in range(len(outlets))]
    result = [list(g) for g in groups]
    for c, g in enumerate(shared):
        for i in np.where(avg[:, c] > -np.inf)[0]:
            i = int(i)
            # the evidence: members of other outlets that share no claim with i yet
            others = [j for j in groups[g] if outlets[j] != outlets[i] and not homes[j] & homes[i]]
            if i not in result[g] and others and units(sim[i, others]).sum() >= units(threshold) * len(others):
                result[g].append(i)
    return [sorted(g) for g in result]


def restarting_merge_repeats(
    groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float
) -> list[list[int]]:
    """The merging of repeats, plainly: after each merge the whole scan starts again and the
    strongest joinable pair (the greatest average of the two claims' other sentences, in units; of
    equal ones the first in group order) merges."""
    result = [set(group) for group in groups]
    while True:
        holders: dict[int, list[int]] = {}
        for g, group in enumerate(result):
            for i in group:
                holders.setdefault(i, []).append(g)
        best: tuple[Fraction, int, int] | None = None
        for a, b in sorted({(a, b) for gs in holders.values() for a in gs for b in gs if a < b}):
            shared = result[a] & result[b]
            if len({outlets[i] for i in shared}) < 2:
                continue
            rest_a, rest_b = sorted(result[a] - shared), sorted(result[b] - shared)
            if rest_a and rest_b:
                total = int(units(sim[np.ix_(rest_a, rest_b)]).sum())
                if total < units(threshold) * len(rest_a) * len(rest_b):
                    continue
                strength = Fraction(total, len(rest_a) * len(rest_b))
            else:
                strength = Fraction(SCALE + 1)  # one inside the other: above any average
            if best is None or strength > best[0]:
                best = (strength, a, b)
        if best is None:
            return [sorted(group) for group in result]
        _, a, b = best
        result[a] |= result.pop(b)


def random_case(rng: np.random.Generator, n: int, grid: bool) -> tuple[np.ndarray, list[int]]:
    """A symmetric similarity matrix (on a grid of 0.05: many exact ties; else continuous) and outlets."""
    x = rng.integers(0, 21, (n, n)) * 0.05 if grid else rng.random((n, n))
    sim = np.triu(x) + np.triu(x, 1).T
    return (np.round(sim, 2) if grid else sim), [int(o) for o in rng.integers(0, int(rng.integers(1, 8)), n)]


@pytest.mark.parametrize("seed", range(6))
def test_cluster_equals_the_plain_argmax_version(seed: int):
    rng = np.random.default_rng(seed)
    for trial in range(40):
        sim, outlets = random_case(rng, int(rng.integers(2, 90)), grid=trial % 4 != 3)
        floor = None if trial % 2 else float(rng.choice([0.1, 0.2, 0.35]))
        threshold = float(rng.choice([0.3, 0.45, 0.5, 0.6]))
        assert cluster(sim, outlets, threshold, floor) == naive_cluster(sim, outlets, threshold, floor)


grid_cases = st.integers(2, 24).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(0, 20), min_size=n * n, max_size=n * n),
        st.lists(st.integers(0, 5), min_size=n, max_size=n),
    )
)


def _grid(values: list[int], n: int) -> np.ndarray:
    x = np.array(values, dtype=np.float64).reshape(n, n) * 0.05
    return np.round(np.triu(x) + np.triu(x, 1).T, 2)


@settings(max_examples=150)
@given(grid_cases, st.sampled_from([0.25, 0.4, 0.5, 0.65]), st.sampled_from([None, 0.1, 0.3]))
def test_cluster_on_tied_grids_equals_the_plain_version(case, threshold: float, floor: float | None):
    values, outlets = case
    sim = _grid(values, len(outlets))
    groups = cluster(sim, outlets, threshold, floor)
    assert groups == naive_cluster(sim, outlets, threshold, floor)
    assert sorted(i for g in groups for i in g) == list(range(len(outlets)))
    assert all(len({outlets[i] for i in g}) == len(g) for g in groups)


def test_ties_break_on_sentence_order():
    # Every pair ties at 0.5: (0, 1) merges first, then (0, 1) with 2 averages 0.5 too; 3 shares 0's outlet.
    sim = np.full((4, 4), 0.5)
    assert cluster(sim, [0, 1, 2, 0], 0.5) == [[0, 1, 2], [3]]
    # After (2, 3) merge, 1 is as close to them, (0.1 + 0.2) / 2, as to 0: a tie, which the first pair
    # (0, 1) wins. (A float sum, 0.1 + 0.2 = 0.30000000000000004, would have given 1 to (2, 3).)
    sim = np.zeros((4, 4))
    sim[0, 1] = sim[1, 0] = 0.15
    sim[2, 3] = sim[3, 2] = 0.9
    sim[1, 2], sim[1, 3] = sim[2, 1], sim[3, 1] = 0.1, 0.2
    assert cluster(sim, [0, 1, 2, 3], 0.12) == naive_cluster(sim, [0, 1, 2, 3], 0.12) == [[0, 1], [2, 3]]


@pytest.mark.parametrize("seed", range(4))
def test_attach_passes_equal_the_dense_versions(seed: int):
    rng = np.random.default_rng(100 + seed)
    for trial in range(40):
        n = int(rng.integers(2, 60))
        sim, outlets = random_case(rng, n, grid=trial % 3 != 2)
        threshold = float(rng.choice([0.3, 0.4, 0.5]))
        clustered = cluster(sim, outlets, threshold, None if trial % 2 else 0.2)
        labels = rng.integers(0, n // 3 + 1, n)
        partition = [np.flatnonzero(labels == k).tolist() for k in np.unique(labels)]  # any partition
        for groups in (clustered, partition):
            for t in (threshold, threshold + 0.05):
                attached = attach(groups, sim, outlets, t)
                assert attached == dense_attach(groups, sim, outlets, t)
                repeats = merge_repeats(attached, sim, outlets, threshold)
                assert repeats == restarting_merge_repeats(attached, sim, outlets, threshold)
                for lone in (False, True):
                    expected = dense_attach_all(repeats, sim, outlets, t - 0.05, lone)
                    assert attach_all(repeats, sim, outlets, t - 0.05, lone) == expected


@settings(max_examples=100)
@given(grid_cases, st.sampled_from([0.3, 0.45, 0.6]), st.booleans())
def test_attach_passes_on_tied_grids_equal_the_dense_versions(case, threshold: float, lone: bool):
    values, outlets = case
    sim = _grid(values, len(outlets))
    groups = cluster(sim, outlets, threshold)
    attached = attach(groups, sim, outlets, threshold)
    assert attached == dense_attach(groups, sim, outlets, threshold)
    repeats = merge_repeats(attached, sim, outlets, threshold)
    assert repeats == restarting_merge_repeats(attached, sim, outlets, threshold)
    expected = dense_attach_all(repeats, sim, outlets, threshold, lone)
    assert attach_all(repeats, sim, outlets, threshold, lone) == expected


def test_merge_repeats_with_overlapping_random_claims():
    rng = np.random.default_rng(7)
    for _ in range(200):
        n = int(rng.integers(2, 30))
        sim, outlets = random_case(rng, n, grid=True)
        claims = int(rng.integers(1, 12))
        groups = [sorted({int(i) for i in rng.choice(n, int(rng.integers(1, 6)))}) for _ in range(claims)]
        threshold = float(rng.choice([0.2, 0.4, 0.6]))
        expected = restarting_merge_repeats(groups, sim, outlets, threshold)
        assert merge_repeats(groups, sim, outlets, threshold) == expected
        for lone in (False, True):
            expected = dense_attach_all(groups, sim, outlets, threshold, lone)
            assert attach_all(groups, sim, outlets, threshold, lone) == expected


def test_empty_and_single_inputs():
    empty = np.zeros((0, 0))
    assert cluster(empty, [], 0.5) == attach([], empty, [], 0.5) == attach_all([], empty, [], 0.5, True) == []
    one = np.ones((1, 1))
    assert cluster(one, [0], 0.5) == attach([[0]], one, [0], 0.5) == attach_all([[0]], one, [0], 0.5, True) == [[0]]


def test_a_storys_threshold_links_about_a_share_of_the_expected_pairs():
    from generator.align import story_threshold

    outlets = [0, 0, 1, 1]
    prob = np.zeros((4, 4))
    for (i, j), p in {(0, 2): 0.9, (1, 3): 0.8, (0, 3): 0.3, (1, 2): 0.1}.items():
        prob[i, j] = prob[j, i] = p
    prob[0, 1] = prob[1, 0] = 0.99  # one outlet's own sentences: never counted
    # The model expects 2.1 pairs; 0.7 of them is 1.47, so the 1st most likely pair sets the threshold.
    assert story_threshold(prob, outlets, 0.7, 0.2, 0.95) == 0.9
    assert story_threshold(prob, outlets, 1.0, 0.2, 0.95) == 0.8  # 2.1 -> the 2nd
    assert story_threshold(prob, outlets, 1.0, 0.2, 0.5) == 0.5  # kept within its bounds
    assert story_threshold(prob, outlets, 2.0, 0.2, 0.95) == 0.2  # the 4th (0.1), raised to the floor
    assert story_threshold(np.zeros((2, 2)), [0, 0], 0.7, 0.2, 0.5) == 0.5  # no pair to link


@settings(max_examples=200)
@given(st.integers(2, 12), st.integers(0, 10_000), st.floats(0.1, 2.0), st.floats(0.1, 2.0))
def test_a_larger_share_never_raises_the_threshold(n: int, seed: int, share: float, more: float):
    from generator.align import story_threshold

    rng = np.random.default_rng(seed)
    prob = np.round(rng.random((n, n)), 4)
    prob = (prob + prob.T) / 2
    outlets = list(rng.integers(0, 3, n))
    low = story_threshold(prob, outlets, share + more, 0.2, 0.5)
    high = story_threshold(prob, outlets, share, 0.2, 0.5)
    assert 0.2 <= low <= high <= 0.5
