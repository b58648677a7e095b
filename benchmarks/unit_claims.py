"""A measured alternative (benchmarks/real.py): clause units aligned as units, a sentence joining
every claim one of its clauses joins. Not shipped: the pair model over whole sentences with clause
features does better on the dev gold (benchmarks/README.md)."""

from __future__ import annotations

import numpy as np

from generator.align.claims import claim_slug, in_reading_order, shorten
from generator.align.cluster import attach, cluster, merge_repeats
from generator.align.units import Unit
from generator.model import Claim, Sentence


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
    return in_reading_order(claims)
