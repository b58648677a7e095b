"""A claim's differences: the conflicts between the wordings of two outlets (different values for one
thing, by kind) and the details only some outlets give.

The modules in order, each read by the ones after it and by ``compare_claim`` here:

- ``part``: the part of a member sentence that tells the claim, and its quotes;
- ``pair``: two outlets' wordings: their ``Conflict``s, kind by kind, and how related two sentences
  must be to be compared;
- ``summary``: a conflict said in words ("Different numbers for the same thing (A: ...; B: ...)");
- ``given``: which outlets give a figure or a day, here or elsewhere in their articles;
- ``difference``: a ``Difference``, and a claim as its differences are read (``Compared``);
- ``quoting``: who quotes what: a quote only some outlets give, or another prints tidied or cut;
- ``naming``: which outlets name someone or something, however they write the name;
- ``figures``: figures and days only some outlets give, or given two ways.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ...model import Claim
from ..context import Context
from ..date import yet_to_come
from ..text import Likely
from .difference import Compared, Difference
from .figures import counted_year_conflicts, figure_details
from .given import (
    _also_dated,
    _also_gives,
    _anchored_dates,
    _both_dated,
    _both_periods,
    _said_on,
    _since,
    compared_with,
    told_together,
)
from .naming import name_details
from .pair import Conflict, pair_conflicts
from .part import part_text
from .quoting import quote_details
from .summary import only_names

__all__ = ["Compared", "Difference", "compare_claim", "part_text"]


# Two members of a claim are compared only if the fact signal finds them at least this likely to state
# one fact: a claim grouped as cliques (stories of few outlets) holds pairs linked from 0.24, where
# two statements of one source or two counts of one kind meet. On the tuning stories 0.3 let one such
# false item through, 0.36 and 0.45 none (session 38); with the verb features of session 77 the pair
# model gives such pairs a little more, and 0.36 let two through (two spokespeople's statements, two
# fires' dead), 0.40 none, 0.45 none but lost a right one (benchmarks/README.md).
CLAIM_PAIR_LIKELY = 0.40


def _claim_conflicts(
    claim: Claim, context: Context, extra: list[Conflict], likely: Likely | None = None
) -> dict[str, list[Conflict]]:
    """The conflicts between the parts of a claim's members that the fact signal (``likely``, when
    given) finds at least ``CLAIM_PAIR_LIKELY`` likely to state one fact, then ``extra`` ones (found
    between the whole sentences), by kind, each pair and values once."""
    found: list[Conflict] = []
    members = claim.members
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.outlet == b.outlet:
                continue
            if likely is not None and likely(a.key, b.key) < CLAIM_PAIR_LIKELY:
                continue
            pair = pair_conflicts(a, part_text(claim, a), b, part_text(claim, b), context, True)
            if a.key in claim.joined or b.key in claim.joined:
                # A sentence that also tells other facts: its values may be theirs; but the words it
                # quotes in the part that tells this claim are this claim's utterance, worded its way.
                pair = [c for c in pair if c.kind == "quotes"]
            found += pair
    conflicts: dict[str, list[Conflict]] = {}
    seen: set[frozenset[tuple[str, str]]] = set()
    for c in found + extra:
        key = frozenset({(c.a.key, c.value_a), (c.b.key, c.value_b), (c.kind, "")})
        if key not in seen:
            seen.add(key)
            conflicts.setdefault(c.kind, []).append(c)
    return conflicts


def _keep(conflicts: dict[str, list[Conflict]], kind: str, keep: Callable[[Conflict], bool]) -> None:
    """Narrow one kind's conflicts to those ``keep`` accepts; a kind left with none is dropped."""
    kept = [c for c in conflicts.get(kind, []) if keep(c)]
    if kept:
        conflicts[kind] = kept
    else:
        conflicts.pop(kind, None)


def compare_claim(
    claim: Claim,
    context: Context | None = None,
    extra: list[Conflict] | None = None,
    told: set[str] | None = None,
    likely: Likely | None = None,
) -> list[Difference]:
    """The substantive differences between a claim's wordings (none for a one-outlet claim).

    ``context`` tells the articles' dates (for weekdays and relative days), texts and whole
    quotations; ``extra`` are conflicts the story found between members' whole sentences; ``told``,
    the members the fact signal finds telling the claim (all when None): only they give details
    ("only X gives ..."), checked against every member's whole sentence; ``likely``, the fact
    signal itself: which of an article's other sentences may date the claim's fact."""
    context = context or Context()
    days = context.days
    every = claim.outlets
    if len(every) < 2:
        return []
    conflicts = _claim_conflicts(claim, context, extra or [], likely)
    whole = {o: " ".join(m.text for m in claim.members if m.outlet == o) for o in every}
    # Each outlet's texts to look a detail up in: its sentences here and its whole article. A detail
    # "only A gives X" is false when B gives X elsewhere in its article, where the alignment may have
    # put the sentence that tells this fact too ("only A names Roe" where B says "she" here and "Ann
    # Roe" in every other paragraph). The article is one text for all its claims (read once: cached).
    article = {
        o: (
            whole[o],
            *dict.fromkeys(
                context.texts[m.source] for m in claim.members if m.outlet == o and m.source in context.texts
            ),
        )
        for o in every
    }
    # An outlet that also gives the other's value (in another of its sentences here, or anywhere in its
    # article) does not disagree with it: "lost 40 members over five years" beside "gained five
    # members" is two counts; "wounded four others" above "two others were injured" (by gunfire).
    if conflicts.get("numbers"):
        bodies = context.bodies((m.outlet, m.source) for m in claim.members)
        _keep(conflicts, "numbers", lambda c: not _also_gives(whole, c, bodies))
    # Nor do two outlets whose values another outlet gives side by side, in one sentence (two things
    # counted, or one before and after a change).
    _keep(conflicts, "numbers", lambda c: not told_together(context, c))
    # So with days (an audit: a post one outlet quotes said "last week", beside the outlet's own
    # holiday weekend): the two days are not the outlets' disagreement.
    _keep(conflicts, "dates", lambda c: not _also_dated(whole, c))
    # Nor a day still to come set against one gone by (``date.yet_to_come``): two events.
    _keep(
        conflicts,
        "dates",
        lambda c: (
            not yet_to_come((c.value_a, c.a.text, days.get(c.a.source)), (c.value_b, c.b.text, days.get(c.b.source)))
        ),
    )
    # Days told apart for sure: one statement worded alike and dated two ways, or two times both said
    # from the article's date. When there are such, they alone are the conflict: another outlet's day
    # in the claim ("two aides on the staff since 2005", invented) is no side of it.
    # So is a year counted back from the article's date against another year in figures, in two
    # sentences the signal finds likely to state one fact (``counted_year_conflicts``).
    counted = counted_year_conflicts(claim, context, likely)
    if counted:
        conflicts["dates"] = [*conflicts.get("dates", []), *counted]
    sure_dates = [
        c for c in conflicts.get("dates", []) if c in counted or _anchored_dates([c], claim, days) or _both_periods([c])
    ]
    if sure_dates:
        conflicts["dates"] = sure_dates
    elif conflicts.get("dates"):
        # Told as a detail ("one event dated two ways, or two events", below): not where each outlet
        # gives both days somewhere in its article, for then they date two events (an audit).
        _keep(conflicts, "dates", lambda c: not _both_dated(article, c))
        # Nor where both days date when a span began ("since he began ... three years ago" / "since she
        # crossed ... 15 years ago"): two events (an audit found such a detail wrong).
        _keep(conflicts, "dates", lambda c: not (_since(c.a.text, c.value_a) and _since(c.b.text, c.value_b)))
        # Nor where one is the year a figure is compared with ("4.1 percent above 2017's trade"; audit
        # 114 read it as a date set against "since 2015").
        _keep(
            conflicts, "dates", lambda c: not (compared_with(c.a.text, c.value_a) or compared_with(c.b.text, c.value_b))
        )
        # Nor where one day is when something was said and the other when something was done ("Roe
        # said Friday that ..." / "Police on Thursday charged ..."): two events (an audit).
        _keep(conflicts, "dates", lambda c: _said_on(c.a.text, c.value_a) == _said_on(c.b.text, c.value_b))
    telling = claim if told is None else replace(claim, members=[m for m in claim.members if m.key in told])
    # Details from the members that tell the claim, the conflicts from all.
    view = Compared(claim, telling, context, conflicts, whole, article, likely)
    diffs = _one_names_detail(figure_details(view, sure_dates) + name_details(view) + quote_details(view))
    # Which verb each outlet attributes the claim with ("said" / "claimed") is not told: three browser
    # audits found such a detail false 10 times in 16 (verbs of quoted words or of other facts).
    for kind in ("attribution", "negation"):
        found = view.conflict(kind)
        if found:
            diffs.append(found)
    return diffs


def _one_names_detail(diffs: list[Difference]) -> list[Difference]:
    """The differences with the names only some outlets give told in one detail, outlet by outlet:
    the names the word rules find and the titles in quotation marks the quote rules find ("Only A
    names Ann Roe and “Harbour Lights”; only B names Port Town")."""
    names = [d for d in diffs if d.kind == "names" and not d.conflict]
    if len(names) < 2:
        return diffs
    by_outlet: dict[str, list[str]] = {}
    outside: dict[str, tuple[str, ...]] = {}
    for d in names:
        outside |= d.outside
        for o, values in d.by_outlet.items():
            seen = {v.strip("“”") for v in by_outlet.get(o, [])}
            by_outlet[o] = by_outlet.get(o, []) + [v for v in values if v.strip("“”") not in seen]
    merged = replace(names[0], summary=only_names(by_outlet, outside), by_outlet=by_outlet, outside=outside)
    later = {id(d) for d in names[1:]}
    return [merged if d is names[0] else d for d in diffs if id(d) not in later]
