"""The clustering's bookkeeping of each row's best pair gives exactly the groups of the plain
argmax over the whole matrix (kept here as the reference)."""

from __future__ import annotations

import numpy as np
import pytest

from generator.align import cluster


def naive_cluster(sim: np.ndarray, outlets: list[int], threshold: float, floor: float | None = None) -> list[list[int]]:
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
    while True:
        flat = int(np.argmax(avg))  # first maximum in row-major order: deterministic
        a, b = divmod(flat, n)
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
        row[[g is None for g in groups]] = -np.inf
        avg[a, :] = row
        avg[:, a] = row
        avg[b, :] = -np.inf
        avg[:, b] = -np.inf
    return [g for g in groups if g]


@pytest.mark.parametrize("seed", range(6))
def test_cluster_equals_the_plain_argmax_version(seed: int):
    rng = np.random.default_rng(seed)
    for trial in range(40):
        n = int(rng.integers(2, 90))
        x = np.round(rng.random((n, n)), int(rng.integers(1, 3)))  # coarse values: many ties
        sim = np.round((x + x.T) / 2, 2)
        outlets = [int(o) for o in rng.integers(0, int(rng.integers(1, 8)), n)]
        floor = None if trial % 2 else 0.2
        threshold = float(rng.choice([0.3, 0.5, 0.6]))
        assert cluster(sim, outlets, threshold, floor) == naive_cluster(sim, outlets, threshold, floor)
