"""The sparse clustering gives exactly the groups of the plain argmax over the whole average matrix
after every merge (kept here as the reference).

The reference sums similarities as the module does, in integer units (``SCALE``), so exact ties
(similarities on a coarse grid) are ties in both; its averages are float64 quotients of exact
integer sums, which order exactly at these sizes (``quotients``)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.align.cluster import SCALE, cluster


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
        counts = np.outer(sizes, sizes)
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


@settings(max_examples=150, deadline=None)
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


def test_empty_and_single_inputs():
    assert cluster(np.zeros((0, 0)), [], 0.5) == []
    assert cluster(np.ones((1, 1)), [0], 0.5) == [[0]]
