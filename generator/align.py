"""Align: sentences from several outlets grouped into claims.

The core is average-linkage agglomerative clustering over a blended similarity, under the
constraint that a claim holds at most one sentence per outlet. Clusters merge, best pair first,
while their average cross-outlet similarity reaches the threshold. Ties break on sentence order,
so the result depends only on the input.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from .model import Claim, Sentence
from .similarity import normalise
from .units import Unit


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


_SLUG_WORD = re.compile(r"[a-z0-9]+")


def claim_slug(text: str, words: int = 7) -> str:
    """A readable, stable slug: the first words of the text plus a short hash of the whole."""
    norm = normalise(text)
    stem = "-".join(_SLUG_WORD.findall(norm)[:words])[:60].rstrip("-") or "claim"
    digest = hashlib.sha1(" ".join(norm.split()).encode()).hexdigest()[:6]
    return f"{stem}-{digest}"


def shorten(text: str, limit: int = 110) -> str:
    """The text cut at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def build_claims(
    sentences: list[Sentence],
    sim: np.ndarray,
    threshold: float,
    outlet_order: list[str],
    attach_threshold: float | None = None,
    floor: float | None = None,
    every_threshold: float | None = None,
    use_cliques: bool = False,
) -> list[Claim]:
    """Claims in reading order, each titled by its most central sentence.

    Groups are either average-linkage clusters (one sentence per outlet, then the attach pass) or,
    with ``use_cliques``, maximal cliques of matching sentences (a sentence joins every fact it
    tells); in both, claims that share sentences from two or more outlets and are otherwise as
    similar as the threshold asks are merged.
    """
    rank = {name: i for i, name in enumerate(outlet_order)}
    outlets = [rank[s.outlet] for s in sentences]
    found = cliques(sim, outlets, threshold) if use_cliques else None
    if found is not None:
        groups = merge_repeats(found, sim, outlets, threshold)
    else:
        groups = cluster(sim, outlets, threshold, floor)
        if attach_threshold is not None:
            groups = merge_repeats(attach(groups, sim, outlets, attach_threshold), sim, outlets, threshold)
    if every_threshold is not None:
        groups = attach_all(groups, sim, outlets, every_threshold)
    claims: list[Claim] = []
    for group in groups:
        members = sorted((sentences[i] for i in group), key=lambda s: (rank[s.outlet], s.index))
        idx = sorted(group, key=lambda i: (rank[sentences[i].outlet], sentences[i].index))
        centrality = [sum(sim[i, j] for j in idx if j != i) for i in idx]
        central = members[int(np.argmax(centrality))] if len(idx) > 1 else members[0]
        claims.append(Claim(id=claim_slug(central.text), title=shorten(central.text), members=members))
    claims.sort(key=lambda c: (float(np.mean([m.position for m in c.members])), c.members[0].position, c.id))
    seen: dict[str, int] = {}
    for number, claim in enumerate(claims, start=1):
        claim.number = number
        if claim.id in seen:
            seen[claim.id] += 1
            claim.id = f"{claim.id}-{seen[claim.id]}"
        else:
            seen[claim.id] = 1
    return claims


def unit_groups(
    units: list[Unit],
    sim: np.ndarray,
    outlets: list[int],
    threshold: float,
    attach_threshold: float | None,
    floor: float | None,
) -> list[list[int]]:
    """Units clustered into facts: clustering, the attach pass and merging of repeats, as for sentences.

    Each sentence is a unit, and so is each clause of a sentence that has several. Units of one
    outlet never share a claim in clustering, so a sentence and its own clause cannot either.
    """
    groups = cluster(sim, outlets, threshold, floor)
    if attach_threshold is not None:
        groups = merge_repeats(attach(groups, sim, outlets, attach_threshold), sim, outlets, threshold)
    return groups


def claims_from_units(sentences: list[Sentence], units: list[Unit], groups: list[list[int]]) -> list[list[int]]:
    """Unit groups as groups of unit indices that make distinct claims, every sentence in at least one.

    A group of one outlet only is dropped when its sentence is already in a shared claim (its other
    units told that outlet's fact); groups with the same sentences are one claim.
    """
    shared = [g for g in groups if len({sentences[units[u].sentence].outlet for u in g}) > 1]
    covered = {units[u].sentence for g in shared for u in g}
    result: list[list[int]] = []
    seen: dict[tuple[int, ...], int] = {}
    alone: set[int] = set()
    for g in groups:
        members = tuple(sorted({units[u].sentence for u in g}))
        if g not in shared:
            if all(s in covered or s in alone for s in members):
                continue
            alone.update(members)
        if members in seen:
            result[seen[members]].extend(g)
            continue
        seen[members] = len(result)
        result.append(list(g))
    return result


def build_unit_claims(
    sentences: list[Sentence],
    units: list[Unit],
    sim: np.ndarray,
    threshold: float,
    outlet_order: list[str],
    attach_threshold: float | None = None,
    floor: float | None = None,
) -> list[Claim]:
    """Claims over fact units: a sentence joins every claim one of its units joins."""
    rank = {name: i for i, name in enumerate(outlet_order)}
    outlets = [rank[sentences[u.sentence].outlet] for u in units]
    groups = claims_from_units(sentences, units, unit_groups(units, sim, outlets, threshold, attach_threshold, floor))
    claims: list[Claim] = []
    for group in groups:
        idx = sorted(group, key=lambda u: (outlets[u], units[u].sentence, units[u].start))
        centrality = [sum(sim[i, j] for j in idx if j != i) for i in idx]
        central = units[idx[int(np.argmax(centrality))]] if len(idx) > 1 else units[idx[0]]
        members: list[Sentence] = []
        parts: dict[str, tuple[int, int]] = {}
        for u in idx:
            s = sentences[units[u].sentence]
            if s not in members:
                members.append(s)
            if units[u].whole:
                parts.pop(s.key, None)
                parts[s.key] = (0, len(s.text))
            elif s.key not in parts or parts[s.key] != (0, len(s.text)):
                start, end = parts.get(s.key, (units[u].start, units[u].end))
                parts[s.key] = (min(start, units[u].start), max(end, units[u].end))
        parts = {k: v for k, v in parts.items() if v != (0, len(next(m.text for m in members if m.key == k)))}
        members.sort(key=lambda s: (rank[s.outlet], s.index))
        text = sentences[central.sentence].text
        claims.append(Claim(id=claim_slug(central.text), title=shorten(text), members=members, parts=parts))
    claims.sort(key=lambda c: (float(np.mean([m.position for m in c.members])), c.members[0].position, c.id))
    seen: dict[str, int] = {}
    for number, claim in enumerate(claims, start=1):
        claim.number = number
        if claim.id in seen:
            seen[claim.id] += 1
            claim.id = f"{claim.id}-{seen[claim.id]}"
        else:
            seen[claim.id] = 1
    return claims


def attach_all(groups: list[list[int]], sim: np.ndarray, outlets: list[int], threshold: float) -> list[list[int]]:
    """Let a sentence join every shared claim it matches, not only the best one.

    A sentence that carries several facts (a lead: who, what, when, where) tells several claims.
    It joins each claim with sentences from two or more outlets whose sentences from other outlets
    it matches, on average, at least ``threshold``. Decisions are taken against the groups as
    given, so the result does not depend on the order of the claims.
    """
    n = len(outlets)
    owner_of = np.array(outlets)
    cross = owner_of[:, None] != owner_of[None, :]
    shared = [g for g, group in enumerate(groups) if len({outlets[i] for i in group}) > 1]
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
