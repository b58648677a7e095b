"""The fact signal: how likely two sentences are to state a common fact, from the learned pair model.

Sentences are cut into clause units (``units``), each unit embedded (the base model with the fact
adapter when shipped) and compared by characters; ``features`` turns that and the parser's anchors
into pair features, and the pair model into a probability per sentence pair. ``mark_parts`` then
says, for a sentence of several clauses, which clause tells the claim it is in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..embed import Embedder
from ..model import Claim, Sentence
from ..segment import QUOTATION
from ..similarity import lexical_matrix, normalise
from .claims import claim_slug, claim_title, grouping_order, in_posts, in_reading_order, inside_quotations
from .cluster import cluster
from .features import pair_features, shipped_model
from .units import Parsed, Unit, parse_in_background, units_of

if TYPE_CHECKING:
    from ..pipeline import Prepared
    from ..similarity import Blend


@dataclass
class Signal:
    """Units of a story's sentences (the first n are the whole sentences), their similarity, and
    the probability that two sentences share a fact."""

    units: list[Unit]
    unit_similarity: np.ndarray
    probability: np.ndarray


def fact_signal(prepared: Prepared, embedder: Embedder, blend: Blend, background: bool = False) -> Signal:
    """The pair probabilities of a prepared story (parses cached beside the embeddings).

    The sentences are embedded while they are parsed (in a second process, with ``background``:
    see ``parse_in_background``), then the clauses the parse finds."""
    sentences = prepared.sentences
    texts = [s.text for s in sentences]
    parses = parse_in_background(texts, embedder.cache_dir, background)
    sentence_vectors = embedder.encode(texts)
    parsed = parses()
    units = units_of(texts, parsed)
    unit_texts = [u.text for u in units]
    clauses = unit_texts[len(texts) :]
    vectors = np.vstack([sentence_vectors, embedder.encode(clauses)]) if clauses else sentence_vectors
    embedding = vectors @ vectors.T
    lexical = lexical_matrix(unit_texts)
    rank = {a.outlet: i for i, a in enumerate(prepared.articles)}
    feats = pair_features(
        texts, [rank[s.outlet] for s in sentences], [s.position for s in sentences], parsed, units, embedding, lexical,
        verb_vectors(parsed, embedder), blend.weight,
    )  # fmt: skip
    probability = np.round(shipped_model().probability(feats), 4)
    return Signal(units, np.round(blend.weight * embedding + (1 - blend.weight) * lexical, 4), probability)


def verb_vectors(parsed: list[Parsed], embedder: Embedder) -> dict[str, np.ndarray]:
    """The embedding of each verb the parses give (a lemma alone, embedded as a text and cached so)."""
    verbs = sorted(set().union(*(p.verbs for p in parsed)))
    return dict(zip(verbs, embedder.encode(verbs), strict=True)) if verbs else {}


# An outlet whose sentences' best fact-signal probability with another outlet's sentence of its claim
# is under this told the fact of the claim's heading 44 % of the time on the tuning stories (106 of
# 242 outlets, each story scored by a pair model trained without it), against 80 % above it; on the
# seed story, never trained on, 2 of 7 against 23 of 30 (benchmarks/weak_match.py). A page says so.
WEAK_MATCH = 0.6
# What a page tells a reader is whether each outlet tells the claim's heading: an outlet none of whose
# sentences the signal finds at least this likely to state the heading sentence's fact is "a weaker
# match". On the tuning stories (pair models trained without the story) the outlets left unlabelled
# then tell the heading's fact 9 times in 10 (586 of 1,158 outlets unlabelled, 0.898), against 0.80
# with ``WEAK_MATCH`` against any member; the labelled ones told it half the time (0.51). Two browser
# audits had found the coverage line of 6 and 7 of 10 claim pages false (benchmarks/README.md).
HEADING_MATCH = 0.8


def mark_weak(claims: list[Claim], sentences: list[Sentence], signal: Signal) -> None:
    """Set each claim's ``weak`` outlets and ``weak_sentences`` (``weaker_matches``)."""
    index = {s.key: i for i, s in enumerate(sentences)}

    def likely(a: str, b: str) -> float:
        return float(signal.probability[index[a], index[b]])

    for claim in claims:
        claim.weak, claim.weak_sentences = weaker_matches(claim, likely)


def weaker_matches(claim: Claim, likely: Callable[[str, str], float]) -> tuple[list[str], list[str]]:
    """A claim's weaker matches by the fact signal (``likely``, by sentence keys): the outlets none of
    whose sentences it finds likely (``HEADING_MATCH``) to state the fact of the sentence that gives
    the claim its heading (without a heading sentence: ``WEAK_MATCH`` with any other outlet's sentence
    of the claim); and such sentences of the other outlets, and of the heading's outlet but the
    heading. The outlet whose sentence gives the claim its heading tells it by definition, and is
    never one. A claim an editor checked, or one of a single outlet, has none."""
    weak: list[str] = []
    weak_sentences: list[str] = []
    if claim.checked or len(claim.outlets) < 2:
        return weak, weak_sentences
    heading = next((m for m in claim.members if m.key == claim.heading_key), None)
    for outlet in claim.outlets:
        mine = [m for m in claim.members if m.outlet == outlet]
        if heading is not None and outlet == heading.outlet:
            # The heading is its sentence: it tells the claim by definition. Its other sentences
            # here are said one by one, as another outlet's are: on the tuning stories those under
            # the bar told the heading's fact 55 times of 217, those above 15 of 24
            # (benchmarks/weak_match.py).
            weak_sentences += [
                m.key for m in mine if m.key != heading.key and likely(m.key, heading.key) < HEADING_MATCH
            ]
            continue
        if heading is not None:
            bar = HEADING_MATCH
            best = {m.key: likely(m.key, heading.key) for m in mine}
        else:
            bar = WEAK_MATCH
            others = [m.key for m in claim.members if m.outlet != outlet]
            best = {m.key: max(likely(m.key, k) for k in others) for m in mine}
        if max(best.values()) < bar:
            weak.append(outlet)
        else:  # an outlet that matches well: its sentences that do not are said to, one by one
            weak_sentences += [key for key, p in best.items() if p < bar]
    # A sentence worded as one the claim counts as telling it (two outlets that ran one statement)
    # tells it as well: the same words are never a weaker match beside a match (an audit).
    told = {_wording(m.text) for m in claim.members if m.outlet not in weak and m.key not in weak_sentences}
    weak = [o for o in weak if not any(_wording(m.text) in told for m in claim.members if m.outlet == o)]
    keys = {m.key: m for m in claim.members}
    weak_sentences = [k for k in weak_sentences if _wording(keys[k].text) not in told]
    # A sentence that quotes the heading's own quoted words, a run of them word for word, tells
    # the heading's remark: no weaker match (an audit found one so labelled beside the heading).
    if heading is not None and (runs := _quoted_runs(heading.text)):
        quoting = {m.key for m in claim.members if m.key != heading.key and runs & word_runs(m.text)}
        weak = [o for o in weak if not any(m.key in quoting for m in claim.members if m.outlet == o)]
        weak_sentences = [k for k in weak_sentences if k not in quoting]
    return weak, weak_sentences


# Words a sentence must quote of the heading's quotation, in a row, to tell the heading's remark.
QUOTED_RUN_WORDS = 6


def word_runs(text: str, n: int = QUOTED_RUN_WORDS) -> set[tuple[str, ...]]:
    """Every run of ``n`` words of a text (lower case, punctuation aside)."""
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.lower().replace("’", "'"))
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _quoted_runs(text: str) -> set[tuple[str, ...]]:
    """The runs (``word_runs``) of the words a text puts in quotation marks."""
    return set().union(*(word_runs(q) for q in QUOTATION.findall(text)))


def add_homes(claims: list[Claim], sentences: list[Sentence], signal: Signal) -> list[Claim]:
    """The claims, with a claim of its own for each sentence that has no claim whose fact it is likely
    to tell: a member only of claims of several outlets headed by other sentences, each of which the
    fact signal finds under ``WEAK_MATCH`` likely to state the same fact as it (none an editor checked).
    Such a sentence, shown only as "a weaker match" under other facts, is found on the tuning stories
    with the gold's same fact as such a heading 134 times of 391 (pair models trained without the
    story, ``benchmarks/weak_match.py``): the fact it tells would be listed nowhere else,
    and a reader could find it only under another fact's heading (a browser audit). It stays in
    the claims it is in, as a weaker match; such sentences of other outlets that the signal finds, each
    with each, as likely to state one fact as a claim's members are with its heading (``HEADING_MATCH``)
    share its claim. The claims are renumbered in reading order."""
    index = {s.key: i for i, s in enumerate(sentences)}
    homes: dict[str, list[Claim]] = {}
    for claim in claims:
        for m in claim.members:
            homes.setdefault(m.key, []).append(claim)

    def homeless(key: str) -> bool:
        # As ``mark_weak`` reads a claim: a claim of one outlet, or one an editor checked, labels no
        # member, and the heading tells it by definition.
        return all(
            not claim.checked
            and len(claim.outlets) > 1
            and claim.heading_key in index
            and claim.heading_key != key
            and float(signal.probability[index[key], index[claim.heading_key]]) < WEAK_MATCH
            for claim in homes[key]
        )

    # Sentences without a home that the signal finds, each with each, likely to state one fact share one
    # (one sentence per outlet): two outlets printing the same sentence, each a weaker match elsewhere,
    # are one claim, not two claims "found in one outlet only" (a browser audit). The likeliest pairs
    # join first (``cluster``, every pair at least ``HEADING_MATCH``): read first come, first joined,
    # an outlet's sentence before the one it printed word for word with another outlet took that
    # outlet's place (audit 227: a quote's first sentence joined, its second left alone).
    order = [i for i in grouping_order(sentences) if sentences[i].key in homes and homeless(sentences[i].key)]
    ranks = {name: n for n, name in enumerate(dict.fromkeys(sentences[i].outlet for i in order))}
    outlets = [ranks[sentences[i].outlet] for i in order]
    found = cluster(signal.probability[np.ix_(order, order)], outlets, HEADING_MATCH, HEADING_MATCH)
    groups = [[order[k] for k in sorted(g)] for g in sorted(found, key=min)]  # headed by the first read
    quoted = inside_quotations(sentences)
    posts = in_posts(sentences)
    taken = {c.id for c in claims}
    added = []
    for group in groups:
        head = sentences[group[0]]
        base = claim_slug(head.text)
        name, n = base, 1
        while name in taken:  # the same words in two places: the later in the list takes a suffix
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        members = [sentences[j] for j in sorted(group)]  # in the story's order, as every claim lists them
        title = claim_title(head.text, quoted=group[0] in quoted, posted_by=posts.get(group[0], ""))
        added.append(Claim(id=name, title=title, members=members, heading_key=head.key))
    return in_reading_order(claims + added) if added else claims


# Words a sentence must have for another outlet's sentence worded the same to be taken as telling its fact.
TWIN_WORDS = 4


def join_twins(claims: list[Claim], sentences: list[Sentence]) -> None:
    """Add to each claim the sentences of other outlets worded as its heading sentence (``_wording``,
    at least ``TWIN_WORDS`` words) that it lacks: two outlets that print one sentence word for word
    tell one fact, and a claim page that counted only one of them as reporting it, the other's
    sentence filed under another claim, said "1 of 3 outlets" of words a second outlet printed (audit
    231). A claim an editor checked is left as it is. The members stay in the story's order."""
    index = {s.key: i for i, s in enumerate(sentences)}
    by_wording: dict[str, list[Sentence]] = {}
    for s in sentences:
        if len(_words_of(s.text).split()) >= TWIN_WORDS:
            by_wording.setdefault(_wording(s.text), []).append(s)
    for claim in claims:
        heading = next((m for m in claim.members if m.key == claim.heading_key), None)
        if claim.checked or heading is None:
            continue
        keys = {m.key for m in claim.members}
        twins = [
            s for s in by_wording.get(_wording(heading.text), []) if s.outlet != heading.outlet and s.key not in keys
        ]
        if twins:
            claim.members = sorted(claim.members + twins, key=lambda m: index[m.key])


def merge_restated(claims: list[Claim], sentences: list[Sentence], signal: Signal) -> list[Claim]:
    """The claims, each whose firm members (``weaker_matches`` aside: the heading and the sentences
    likely to tell its fact) of several outlets are those of a claim read before it joined to that one:
    two headings each likely to tell the other's fact, the same sentences telling both, are one claim
    told twice, which a story page counted twice among the claims "told by more than one outlet"
    (audit 231). The later claim's other members join the first, so no sentence loses a claim and no
    pair of members is parted; a claim an editor checked is left as it is. Renumbered in reading
    order when any is joined."""
    index = {s.key: i for i, s in enumerate(sentences)}

    def likely(a: str, b: str) -> float:
        return float(signal.probability[index[a], index[b]])

    first: dict[frozenset[str], Claim] = {}
    kept: list[Claim] = []
    for claim in claims:
        weak, weak_sentences = weaker_matches(claim, likely)
        firm = [m for m in claim.members if m.outlet not in weak and m.key not in weak_sentences]
        key = frozenset(m.key for m in firm)
        if claim.checked or len({m.outlet for m in firm}) < 2 or claim.heading_key not in key:
            kept.append(claim)
            continue
        into = first.setdefault(key, claim)
        if into is claim:
            kept.append(claim)
            continue
        have = {m.key for m in into.members}
        into.members = sorted(
            into.members + [m for m in claim.members if m.key not in have], key=lambda m: index[m.key]
        )
        into.parts = {**{k: v for k, v in claim.parts.items() if k not in have}, **into.parts}
        into.joined |= {k for k in claim.joined if k not in have}
    return in_reading_order(kept) if len(kept) < len(claims) else claims


def fold_summaries(claims: list[Claim], sentences: list[Sentence], signal: Signal, summary: set[str]) -> list[Claim]:
    """The claims, with each item of an outlet's highlights (``summary``: its own summary lines, by
    key) that heads a claim of that outlet alone told where the outlet's body tells it: when the
    signal finds the item and one of the outlet's other sentences at least ``HEADING_MATCH`` likely to
    state one fact (the likeliest of them), the item joins every claim that holds that sentence and
    its own claim goes. A summary restates the article: its own claim would count the outlet's one
    fact twice among those "found in no other outlet" (audit 220). The claims are renumbered in
    reading order."""
    index = {s.key: i for i, s in enumerate(sentences)}
    homes: dict[str, list[Claim]] = {}
    for claim in claims:
        for m in claim.members:
            homes.setdefault(m.key, []).append(claim)
    gone: set[str] = set()
    for claim in claims:
        head = claim.heading_key
        if claim.checked or head not in summary or head not in index or len(set(claim.outlets)) != 1:
            continue
        i = index[head]
        rows = [
            j
            for j, t in enumerate(sentences)
            if t.source == sentences[i].source and t.key not in summary and t.key in homes
        ]
        if not rows or signal.probability[i, best := _likeliest(rows, signal.probability[:, i])] < HEADING_MATCH:
            continue
        targets = [c for c in homes[sentences[best].key] if c.id not in gone and c is not claim]
        if not targets:
            continue
        for target in targets:
            known = {m.key for m in target.members}
            target.members = sorted(
                target.members + [m for m in claim.members if m.key not in known], key=lambda m: index[m.key]
            )
        gone.add(claim.id)
    return in_reading_order([c for c in claims if c.id not in gone]) if gone else claims


def mark_elsewhere(
    claims: list[Claim],
    sentences: list[Sentence],
    signal: Signal,
    opposed: Mapping[str, set[str]] | None = None,
    otherwise: Mapping[str, set[str]] | None = None,
    alike: Mapping[str, set[str]] | None = None,
) -> None:
    """Set each claim's ``elsewhere``: for every outlet of the story none of whose sentences is in the
    claim, its sentence the fact signal finds most likely to state the fact of the heading sentence,
    when that is at least ``HEADING_MATCH`` (the bar at which a member is no weaker match). The
    grouping left the sentence out (with cliques, it missed another member of the claim), yet on the
    dev stories it tells the heading's fact most of the time (benchmarks/absent.py): "not found in"
    that outlet would mislead without a word on it. A sentence on the other side of a disagreement
    with the claim (``opposed``, by claim id: "Kyiv was not informed" beside "officials were
    informed") is alike in words but says the opposite, and is never pointed to. Ties go to the
    earlier sentence. Under the bar, a sentence that quotes the heading's remark whole
    (``quote.quoted_alike``: "who goes there?") is pointed to all the same, and so is one on the
    other side of a quotes disagreement with the claim (``otherwise``: the same remark quoted in
    other words): the page shows it as the other side, and "not found in" its outlet would say the
    outlet does not quote the remark at all (an audit); and so is one on the claim's side of a
    disagreement (``alike``: another claim's sentence that gives the value of one of this claim's),
    which the page names as reporting the fact (audit 109). So is a sentence that gives the age a
    heading tells and little else ("She was 91." beside "... died on Thursday at 91": audit 99 read
    four outlets "not found" that gave it). A claim an editor checked, or one without a heading
    sentence, has none."""
    from ..compare.number import age_told, ages  # the comparison imports the alignment's names
    from ..compare.quote import quoted_alike

    index = {s.key: i for i, s in enumerate(sentences)}
    by_outlet: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        by_outlet.setdefault(s.outlet, []).append(i)
    for claim in claims:
        claim.elsewhere = {}
        if claim.checked or claim.heading_key not in index:
            continue
        head = index[claim.heading_key]
        told = set(claim.outlets)
        against = (opposed or {}).get(claim.id, set())
        quoted_otherwise = (otherwise or {}).get(claim.id, set())
        same_side = (alike or {}).get(claim.id, set())
        to_head = signal.probability[:, head]
        for outlet, rows in by_outlet.items():
            if outlet in told:
                continue
            sides = [i for i in rows if sentences[i].key in quoted_otherwise]
            rows = [i for i in rows if sentences[i].key not in against]
            if rows and to_head[best := _likeliest(rows, to_head)] >= HEADING_MATCH:
                claim.elsewhere[outlet] = sentences[best].key
            elif quoting := [i for i in rows if quoted_alike(sentences[head].text, sentences[i].text)]:
                # A sentence that quotes the heading's remark whole (``quoted_alike``) tells of it,
                # whatever the signal says: the most likely of them.
                claim.elsewhere[outlet] = sentences[_likeliest(quoting, to_head)].key
            elif sides:  # the same remark quoted in other words (a disagreement the page shows)
                claim.elsewhere[outlet] = sentences[_likeliest(sides, to_head)].key
            elif siding := [i for i in rows if sentences[i].key in same_side]:
                # On the claim's side of a disagreement the page shows: the same value of its fact.
                claim.elsewhere[outlet] = sentences[_likeliest(siding, to_head)].key
            elif (age := age_told(sentences[head].text)) and (
                aged := [i for i in rows if age in ages(sentences[i].text)]
            ):
                claim.elsewhere[outlet] = sentences[_likeliest(aged, to_head)].key  # the same age, in other words


def _likeliest(rows: list[int], likely: np.ndarray) -> int:
    """Of some sentences (indices), the one ``likely`` rates highest; the first of ties."""
    return max(rows, key=lambda i: (likely[i], -i))


def _wording(text: str) -> str:
    """A sentence's words for telling two wordings the same (``normalise``): case, quotation marks and
    spacing aside."""
    return " ".join(re.sub(r"[\"']", "", normalise(text)).split())


def mark_parts(claims: list[Claim], sentences: list[Sentence], signal: Signal) -> None:
    """For each member sentence of several clauses, the clause closest to the other outlets' members
    (not for the sentence that gives the claim its heading: the heading is all of it)."""
    index = {s.key: i for i, s in enumerate(sentences)}
    clauses: dict[int, list[int]] = {}
    for u, unit in enumerate(signal.units):
        if not unit.whole:
            clauses.setdefault(unit.sentence, []).append(u)
    for claim in claims:
        for member in claim.members:
            if member.key == claim.heading_key:
                continue  # the heading is this whole sentence: all of it tells the claim
            i = index[member.key]
            others = [index[o.key] for o in claim.members if o.outlet != member.outlet]
            if i not in clauses or not others:
                continue
            if _told_whole(member, claim):
                continue  # another outlet prints all of it, word for word: all of it tells the claim
            scores = [float(signal.unit_similarity[u, others].mean()) for u in clauses[i]]
            best = signal.units[clauses[i][int(np.argmax(scores))]]
            if _OPENS_QUOTE.match(member.text, best.end):
                continue  # a lead-in cut off the quote that goes on from it ('To Ann Roe, the plan "is ..."')
            claim.parts[member.key] = (best.start, best.end)


def _words_of(text: str) -> str:
    """A sentence's words, lowercased, one space apart (quotation marks, punctuation and tags aside)."""
    return " ".join(re.findall(r"\w+(?:[’']\w+)*", text.lower().replace("’", "'")))


def _told_whole(member: Sentence, claim: Claim) -> bool:
    """Whether another outlet's member of the claim has all of the member's words, in order (one quote
    printed whole by two outlets, one with its tag: audit 129 heard the first half of a quote word for
    word the heading's set aside as no part of the claim)."""
    words = _words_of(member.text)
    return len(words.split()) >= 4 and any(
        f" {words} " in f" {_words_of(o.text)} " for o in claim.members if o.outlet != member.outlet
    )


# A quotation opening right after a clause: the words go on into the quote, which the parse read as
# a clause of its own.
_OPENS_QUOTE = re.compile(r"\s+[“\"](?=\w)")
