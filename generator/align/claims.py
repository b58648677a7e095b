"""Claims from groups: members in reading order, a heading from the most central sentence that reads
well alone, and an id (the page's address) from the heading's sentence."""

from __future__ import annotations

import hashlib
import re

import numpy as np
from scipy.optimize import linear_sum_assignment

from ..model import Claim, Sentence
from ..segment import opening, post_trailer, quoted_runs, whole_quotations
from ..similarity import normalise
from .cluster import attach, attach_all, cliques, cluster, merge_overlapping, merge_repeats

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


_OPENS_AFTER = set("([{—–-/")
_OPENS_WITH_PRONOUN = re.compile(
    r"(?:He|She|It|They|His|Her|Its|Their|This|These|That|Those)\b(?!-)"
    # "Within that category, ...", "At that point ...", "Among them ...": what "that" is, is elsewhere.
    r"|(?:In|Within|Of|From|For|At|On|By|After|Before|Despite|With|Under|Among|Amid|Besides|Beyond)\s+"
    r"(?:that|this|these|those|it|them)\b(?!-)"
    # "Here is what she can expect.", "Here's the statement": leads in to what follows.
    r"|Here(?:\s+is|\s+are|’s|'s)\b"
    # "In the same meeting, ...", "The same goes for ...": the same as what, is in the sentence before.
    r"|(?:(?:In|At|On|From|For|By|During|With)\s+)?[Tt]he\s+same\s+(?!time\b)"
)
# Outside quotation marks, the first person is someone's words with no one named ("I replied ...").
_OPENS_FIRST_PERSON = re.compile(r"(?:I|We|My|Our)\b(?!-|\.\s*[A-Z])")
# What a heading needs from outside itself: a sentence that goes on from the one before ("But ...",
# "He said ..."), a quote whose speaker is "he" or no one, or a lead-in to what follows.
_GOES_ON = re.compile(r"[\"“‘]?(?:But|And|Yet|So|Still|Also|Instead|Then)\b(?!-)")
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|it|they|we|I)\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|noted)\b[^\"“”]*$"
)
_OPENS_WITH_QUOTE = re.compile(r"[\"“]")


def title_faults(text: str, quoted: bool = False) -> int:
    """How much a sentence needs the sentences around it to be read as a heading: it opens with a
    pronoun or a phrase of one ("I replied", "Within that category"), goes on from the one before, or
    reads as cut from it (a lowercase start, a bracket left open); it is someone's words (inside a
    quotation of several sentences, ``quoted``, or a quote whose speaker is only "he" or no one); it
    leads in to what follows (ends with a colon)."""
    text = title_text(text)
    faults = 0
    posted = text.endswith(")") and "(posted by " in text  # an embedded post says who wrote it
    first_person = _OPENS_FIRST_PERSON.match(text) and not posted
    if _OPENS_WITH_PRONOUN.match(text.lstrip('"“‘')) or first_person or _GOES_ON.match(text):
        faults += 1
    elif text[:1].islower() or text.count("(") != text.count(")"):
        faults += 1  # a sentence cut from the one before ("today the mayor ...", "(It is possible ...")
    if quoted or _PRONOUN_SPEAKER.search(text):
        faults += 1
    elif _OPENS_WITH_QUOTE.match(text) and not re.search(r"[”\"][^\"“”]*[A-Za-z][^\"“”]*$", text):
        faults += 1  # a quote with no one named as saying it (nothing after it but its closing mark)
    if text.rstrip().endswith(":"):
        faults += 1
    return faults


_MARKS = set('"“”‘’')


def _unmatched(text: str) -> tuple[int, int]:
    """Double quotation marks left unmatched: (closing marks with no opening before them, opening
    marks never closed). A straight mark opens after a space or the start and before a non-space. A
    closing mark after the text has opened a quotation of its own, with none open, is a stray mark,
    not the end of a quotation begun before the text ('... claiming "A" and "B" about it."': an audit
    heard such a sentence said to begin inside a quotation)."""
    before, depth, opened = 0, 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            # A run of marks ('""', '"“') opens or closes together: judged by what stands around it.
            start, end = i, i + 1
            while start and text[start - 1] in _MARKS:
                start -= 1
            while end < len(text) and text[end] in _MARKS:
                end += 1
            prev, nxt = text[start - 1 : start], text[end : end + 1]
            opens = (not prev or prev.isspace() or prev in _OPENS_AFTER) and bool(nxt) and not nxt.isspace()
            # A quote that opens the text with words left out ('" ... want more'): opening, its space aside.
            opens = opens or (not prev and text[end:].lstrip().startswith(("...", "…")))
        elif ch in "“”":
            # An opening mark with nothing after it is a closing one misprinted ("... shoot us.’ “").
            opens = ch == "“" and bool(text[i + 1 : i + 2].strip())
        else:
            continue
        if opens:
            depth, opened = depth + 1, True
        elif depth:
            depth -= 1
        elif not opened:
            before += 1
    return before, depth


def quote_edges(text: str, before: str = "") -> tuple[bool, bool]:
    """Whether a sentence begins inside a quotation that began in an earlier sentence (``before``, the
    text of its paragraph before it, leaves a quote open; or the sentence closes a mark it never
    opened), and whether it ends inside one (a quote open at its end)."""
    closes, opens = _unmatched(text)
    if not before.strip():
        return closes > 0, opens > 0
    return _unmatched(before)[1] > 0 or closes > 0, _unmatched(f"{before} {text}")[1] > 0


# A speaker's tag that ends a sentence: ", Mr. Roe said.", ", Ann Roe added."
_TAG_AT_END = re.compile(
    r",\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*\s+(?:said|says|added|explained)\.?\s*$"
)


def title_text(text: str) -> str:
    """A sentence as a heading: without the dateline that opens an article ("PORT TOWN (AP) —") or a
    live blog's update header ("UPDATE: 2:05 p.m. --"), an embedded post's links and signature said
    as who posted it ("Arrested at noon. (posted by City Police)"), and with the quotation marks a quotation of
    several sentences leaves unmatched in one of them put back ('And we will." -> '"And we will."')."""
    cut, author = post_trailer(text)
    if text[:cut].strip():
        text = text[:cut] + (f" ({_posted(text[:cut])} {author})" if author else "")
    text = text[opening(text) :].strip() or text.strip()
    curly = "“" in text or "”" in text
    before, after = _unmatched(text)
    close = "”" if curly else '"'
    # A quote left open before its own tag ("“We stay, Mr. Roe said."): closed before the tag, not after
    # it (an audit read the tag inside the quotation marks).
    if after == 1 and (tag := _TAG_AT_END.search(text)) and re.search(r"[“\"]", text[: tag.start()]):
        return ("“" if curly else '"') * before + text[: tag.start() + 1] + close + text[tag.start() + 1 :]
    return ("“" if curly else '"') * before + text + close * after


def _posted(text: str) -> str:
    """How a title says who posted a post's words: a post that quotes someone ("James Roe on the ferry:
    “...”") is not its author's words."""
    return "quoted in a post by" if any(mark in text for mark in '"“”') else "posted by"


def _by_paragraph(sentences: list[Sentence]) -> dict[tuple[str, int], list[int]]:
    """The sentences (by position in the list) of each paragraph, by source and paragraph, in order."""
    paragraphs: dict[tuple[str, int], list[int]] = {}
    for i in sorted(range(len(sentences)), key=lambda i: (sentences[i].source, sentences[i].index)):
        paragraphs.setdefault((sentences[i].source, sentences[i].paragraph), []).append(i)
    return paragraphs


def inside_quotations(sentences: list[Sentence]) -> set[int]:
    """The sentences (by position in the list) that stand wholly inside a quotation of several
    sentences of their paragraph (``segment.whole_quotations``, as the comparison reads them), or
    of several paragraphs (``segment.quoted_runs``), with no quotation mark of their own."""
    paragraphs = _by_paragraph(sentences)
    out: set[int] = set()
    for members in paragraphs.values():
        touched = whole_quotations([str(i) for i in members], [sentences[i].text for i in members])
        out |= {i for i in members if str(i) in touched and not any(ch in '"“”' for ch in sentences[i].text)}
    # A quotation over several paragraphs (a blog post an article quotes whole, its marks only where it
    # opens and closes): its sentences read as the outlet's own words without them (an audit).
    texts = {key: " ".join(sentences[i].text for i in members) for key, members in paragraphs.items()}
    for run in quoted_runs(texts):
        out |= {i for key in run for i in paragraphs[key] if not any(ch in '"“”' for ch in sentences[i].text)}
    return out


# An embedded post is short: a paragraph longer than this that ends with a post's signature holds the
# article's own words too.
POST_CHARS = 600


def in_posts(sentences: list[Sentence]) -> dict[int, str]:
    """The sentences (by position in the list) of an embedded post other than the one that carries its
    signature ("Crews are at the pier. Roads are shut. pic.twitter.com/x — City Police (@CityPD) May 2,
    2025"), each with who posted it: a title says it of them too, not only of the last (an audit read
    a sheriff's post as the outlet's words)."""
    paragraphs = _by_paragraph(sentences)
    out: dict[int, str] = {}
    for members in paragraphs.values():
        last = sentences[members[-1]].text
        cut, author = post_trailer(last)
        if author and cut < len(last) and sum(len(sentences[i].text) for i in members) <= POST_CHARS:
            out |= {i: author for i in members[:-1] if post_trailer(sentences[i].text)[0] == len(sentences[i].text)}
    return out


def claim_title(text: str, limit: int = 110, quoted: bool = False, posted_by: str = "") -> str:
    """A claim's title from its central sentence: ``title_text``, cut at a word boundary when long,
    a quotation the cut leaves open closed after the ellipsis; ``quoted``: a sentence inside a
    quotation of several sentences, set in quotation marks; ``posted_by``: the author of the embedded
    post the sentence is in (``in_posts``). Who posted a post's words is said after them, the cut or
    not (an audit read a long post's first sentence, its label cut away, as the outlet's words)."""
    whole, label = _post_label(text, title_text(text), posted_by)
    if quoted:
        whole = f"“{whole}”"
    if len(whole) <= limit:
        return whole + label
    cut = shorten(whole, max(limit - len(label), 1))
    if cut != whole:
        cut += ("”" if "“" in cut else '"') * _unmatched(cut)[1]
    return cut + label


def _post_label(text: str, whole: str, posted_by: str = "") -> tuple[str, str]:
    """A title's words and, apart, the label that says who posted them (" (posted by City Police)"):
    a post's signature sentence carries its own (``title_text``), a sentence of the post before it is
    given ``posted_by``."""
    cut, author = post_trailer(text)
    if author and whole.endswith(own := f" ({_posted(text[:cut])} {author})"):
        return whole[: -len(own)], own
    return whole, (f" ({_posted(text)} {posted_by})" if posted_by else "")


_POST_LABEL = re.compile(r" \((?:quoted in a post by|posted by) [^()]+\)$")


def title_stem(title: str) -> str | None:
    """The text a cut title kept (before its ellipsis and any label of who posted it), or None for a
    title that was not cut."""
    stem = _POST_LABEL.sub("", title).rstrip('"”')
    return stem[:-1] if stem.endswith("…") else None


def title_label(title: str) -> str:
    """The label a title ends with that says who posted its words (" (posted by City Police)"), or ""."""
    found = _POST_LABEL.search(title)
    return found.group() if found else ""


def distinct(groups: list[list[int]]) -> list[int]:
    """The groups (by position) a reader should see as claims: sentences joining every claim they
    match can make two claims of the same sentences (the first stays), or a claim whose sentences are
    all in one other claim (it goes): either way a reader would read the same sentences twice under
    two headings, and counts that are not true. The pairs, and so the scores, are the same."""
    seen: set[frozenset[int]] = set()
    first = []
    for i, g in enumerate(groups):
        if frozenset(g) not in seen:
            seen.add(frozenset(g))
            first.append(i)
    sets = [set(groups[i]) for i in first]
    return [i for i, s in zip(first, sets, strict=True) if not any(s < t for t in sets)]


def _distinct_titles(titles: list[list[str]], chosen: list[int]) -> list[int]:
    """The title (by position in each claim's list) of every claim, as ``chosen`` gives them, but where
    two claims would share one and another choice lets every claim have its own: the fewest claims
    change, each to its best title left (an assignment of claims to titles, ``linear_sum_assignment``,
    which is deterministic). Only the claims a change can reach are assigned: those sharing a title,
    and on through every claim that could take one of their titles."""
    heads = [t[k] for t, k in zip(titles, chosen, strict=True)]
    if len(set(heads)) == len(heads):
        return chosen
    offering: dict[str, list[int]] = {}
    for g, options in enumerate(titles):
        for t in options:
            offering.setdefault(t, []).append(g)
    seen = {h for h in heads if heads.count(h) > 1}
    rows: set[int] = set()
    todo = sorted(seen)
    while todo:
        for g in offering[todo.pop()]:
            if g not in rows:
                rows.add(g)
                todo += [t for t in titles[g] if t not in seen]
                seen.update(titles[g])
    part = sorted(rows)
    names = sorted(seen)
    col = {t: i for i, t in enumerate(names)}
    none = 1_000_000.0  # no title of its own: keeps its first choice, shared
    cost = np.full((len(part), len(names) + len(part)), 10 * none)
    for r, g in enumerate(part):
        for k, t in enumerate(titles[g]):
            cost[r, col[t]] = min(cost[r, col[t]], 0.0 if k == chosen[g] else 1_000.0 + k)
        cost[r, len(names) + r] = none
    out = list(chosen)
    for r, c in zip(*(x.tolist() for x in linear_sum_assignment(cost)), strict=True):
        g = part[r]
        out[g] = titles[g].index(names[c]) if c < len(names) else chosen[g]
    return out


def grouping_order(sentences: list[Sentence]) -> list[int]:
    """The sentences (by position in the list) in the order grouping reads them: article by article,
    the articles in the order of a hash of their sentences' words, each in its own order. Neither the
    articles' files, their names nor the outlets' labels (which may come from the file names) decide
    anything: renamed, relabelled or listed in another order, the same articles give the same claims."""
    texts: dict[str, list[str]] = {}
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        texts.setdefault(s.source, []).append(s.text)
    digest = {source: hashlib.sha1("\n".join(t).encode()).hexdigest() for source, t in texts.items()}
    keys = [(digest[s.source], s.index, s.source) for s in sentences]
    return sorted(range(len(sentences)), key=keys.__getitem__)


def build_claims(
    sentences: list[Sentence],
    sim: np.ndarray,
    threshold: float,
    outlet_order: list[str],
    attach_threshold: float | None = None,
    floor: float | None = None,
    every_threshold: float | None = None,
    use_cliques: bool = False,
    lone: bool = False,
) -> list[Claim]:
    """Claims in reading order, each titled by its most central sentence that reads well alone and
    named (its id) by that sentence.

    Groups are either average-linkage clusters (one sentence per outlet, then the attach pass) or,
    with ``use_cliques``, maximal cliques of matching sentences (a sentence joins every fact it
    tells), those that overlap by half joined (``merge_overlapping``); in both, claims that share
    sentences from two or more outlets and are otherwise as similar as the threshold asks are merged.
    """
    # The sentences are grouped in an order of their own (``grouping_order``), so what decides ties
    # (the earlier sentence, the earlier claim) is never which file an article came from.
    order = grouping_order(sentences)
    sentences = [sentences[i] for i in order]
    sim = sim[np.ix_(order, order)]
    rank = {name: i for i, name in enumerate(outlet_order)}
    outlets = [rank[s.outlet] for s in sentences]
    quoted = inside_quotations(sentences)
    posts = in_posts(sentences)
    found = cliques(sim, outlets, threshold) if use_cliques else None
    if found is not None:
        groups = merge_repeats(merge_overlapping(found, sim, outlets, threshold), sim, outlets, threshold)
    else:
        groups = cluster(sim, outlets, threshold, floor)
        if attach_threshold is not None:
            groups = merge_repeats(attach(groups, sim, outlets, attach_threshold), sim, outlets, threshold)
    core = [set(g) for g in groups]
    if every_threshold is not None:
        groups = attach_all(groups, sim, outlets, every_threshold, lone)
    keep = distinct(groups)
    groups, core = [groups[i] for i in keep], [core[i] for i in keep]
    joined = [set(g) - c for g, c in zip(groups, core, strict=True)]
    # Each group's candidate titles, best first: the most central of the sentences clustered together
    # (not one that joined because it also tells this fact among others) that reads best alone
    # (``title_faults``: "He said ...", "But ...", a quote of no one named mean little out of their
    # article). The id is the heading sentence's: a page's address names the fact its heading states,
    # and as no two claims share a heading, an id seldom needs a suffix that hangs on the claims'
    # reading order (with the most central sentence's, the id before session 40, 236 of the 2,568
    # claims of the non-checking corpus stories shared a sentence's id and took -2, -3, and 307 ids
    # named a sentence other than the heading; now 2 take a suffix). A sentence inside a quotation of
    # several sentences, with no mark of its own, is someone's words: if no other can title the
    # claim, it is set in quotation marks.
    candidates = []
    for group, extra in zip(groups, joined, strict=True):
        idx = sorted(set(group) - extra)  # in ``grouping_order``: of equally central sentences, the first there
        centrality = [sum(sim[i, j] for j in idx if j != i) for i in idx]
        ranked = [idx[k] for k in sorted(range(len(idx)), key=lambda k: -centrality[k])]
        preferred = sorted(ranked, key=lambda i: title_faults(sentences[i].text, i in quoted))
        titles = [claim_title(sentences[i].text, quoted=i in quoted, posted_by=posts.get(i, "")) for i in preferred]
        candidates.append((preferred, titles))
    # A sentence of two facts can be the most central of two claims: titles are given claims with the
    # fewest candidates first (a small claim of cliques whose every sentence also heads a larger one),
    # each the best one not yet given, so the story page never lists two claims under one heading
    # when another sentence can title one.
    chosen = [0] * len(candidates)
    used: set[str] = set()
    for g in sorted(range(len(candidates)), key=lambda g: (len(candidates[g][1]), g)):
        titles = candidates[g][1]
        chosen[g] = next((k for k, t in enumerate(titles) if t not in used), 0)
        used.add(titles[chosen[g]])
    chosen = _distinct_titles([titles for _, titles in candidates], chosen)
    claims: list[Claim] = []
    for g, (group, extra) in enumerate(zip(groups, joined, strict=True)):
        preferred, titles = candidates[g]
        heading = sentences[preferred[chosen[g]]]
        members = sorted((sentences[i] for i in group), key=lambda s: (rank[s.outlet], s.index))
        claims.append(
            Claim(
                id=claim_slug(heading.text),
                title=titles[chosen[g]],
                members=members,
                joined={sentences[i].key for i in extra},
                heading_key=heading.key,
            )
        )
    return in_reading_order(claims)


def in_reading_order(claims: list[Claim]) -> list[Claim]:
    """Claims sorted by where their sentences stand in the articles, numbered from 1, with ids made
    unique by a suffix (-2, -3) in that order."""
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
