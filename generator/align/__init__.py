"""Align: a story's sentences grouped into claims, one fact or statement each.

The stage in order, each module feeding the next:

- ``units``: each sentence parsed once (spaCy): its clauses, and anchors (names, numbers, lemmas);
- ``features``: pair features over the sentences and their clauses, and the learned pair model;
- ``signal``: the probability that two sentences state a common fact, and which clause tells it;
- ``cluster``: the grouping algorithms (a story's threshold, clustering, attach passes, merging, cliques);
- ``claims``: groups as ``Claim``s in reading order, with titles and stable ids.
"""

from .claims import build_claims, claim_slug, claim_title, quote_edges, shorten, title_label, title_stem, title_text
from .cluster import attach, attach_all, cliques, cluster, merge_overlapping, merge_repeats, story_threshold

__all__ = [
    "attach",
    "attach_all",
    "build_claims",
    "claim_slug",
    "claim_title",
    "cliques",
    "cluster",
    "merge_overlapping",
    "merge_repeats",
    "quote_edges",
    "shorten",
    "story_threshold",
    "title_label",
    "title_stem",
    "title_text",
]
