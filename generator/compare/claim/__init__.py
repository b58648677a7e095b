"""A claim's differences: the conflicts between the wordings of two outlets (different values for one
thing, by kind) and the details only some outlets give.

The modules in order, each read by the ones after it and by ``compare_claim`` here:

- ``part``: the part of a member sentence that tells the claim, and its quotes;
- ``pair``: two outlets' wordings: their ``Conflict``s, kind by kind, and how related two sentences
  must be to be compared;
- ``summary``: a conflict said in words ("Different numbers for the same thing (A: ...; B: ...)");
- ``quoting``: who quotes what: a quote only some outlets give, or another prints tidied or cut;
- ``given``: which outlets give a figure or a day, here or elsewhere in their articles;
- ``naming``: which outlets name someone or something, however they write the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from ...align.signal import HEADING_MATCH
from ...model import Claim
from ..context import Context
from ..date import dates
from ..name import TITLES, _name_word, _same_name, names, one_typo, whole_name
from ..negation import _stem, affirms, negated_terms
from ..number import is_money, number_slots, with_hedge
from ..quote import _excerpt, quote_pieces, quote_words, quotes
from ..text import Likely
from .given import (
    _PEOPLE_COUNTED,
    _agreeing_numbers,
    _also_dated,
    _also_gives,
    _anchored_dates,
    _both_dated,
    _both_periods,
    _date_grain,
    _dated_elsewhere,
    _day_givers,
    _group,
    _number_givers,
    _particular,
    _quoted_relative_day,
    giving,
)
from .naming import (
    _common_word,
    _in_a_title,
    _mentions,
    _one_surname,
    _own_name,
    _with_states,
    _without_opening_verb,
    _without_title,
)
from .pair import Conflict, _quote_forms, _quoted_in, _text_forms, pair_conflicts
from .part import _part_quotes, part_text
from .quoting import (
    MIN_DETAIL_QUOTE_WORDS,
    _quotes_part_of,
    _requoted_in,
    _shortened,
    _someones_words,
    _tidied_in,
    _with_speaker,
)
from .summary import _conflict_summary, _names_list


@dataclass(frozen=True)
class Difference:
    """One kind of substantive difference within a claim, said in words, with each outlet's part.

    ``conflict`` tells "different values for the same thing" (True) from "a detail only some outlets
    give" or a difference of wording (False); only conflicts reach "Where outlets differ". ``keys``
    are the sentence keys of the members that carry a conflict's values."""

    kind: str
    summary: str
    by_outlet: dict[str, list[str]] = field(default_factory=dict)
    conflict: bool = False
    keys: tuple[str, ...] = ()


def _outlet_texts(claim: Claim) -> dict[str, str]:
    by_outlet: dict[str, str] = {}
    for m in claim.members:
        text = part_text(claim, m)
        # One line each: a name never runs from one member's part into the next one's.
        by_outlet[m.outlet] = f"{by_outlet[m.outlet]}\n{text}" if m.outlet in by_outlet else text
    return by_outlet


def _tells_with(claim: Claim, outlet: str, quoting: list[str], likely: Likely | None) -> bool:
    """Whether the outlet's sentences here may tell what the quoting outlets' sentences tell: the fact
    signal finds one of its sentences likely (``TELLS_WITHOUT_QUOTE``) to state a fact with one of theirs (an
    audit read "Y tells it without a quote" of Y's sentence on another fact grouped in the claim).
    Without the signal, yes."""
    if _says_otherwise(claim, outlet, quoting):
        return False
    if likely is None:
        return True
    mine = [m.key for m in claim.members if m.outlet == outlet]
    theirs = [m.key for m in claim.members if m.outlet in quoting]
    return any(likely(a, b) >= TELLS_WITHOUT_QUOTE for a in mine for b in theirs)


# "Will do little to help": as good as "will not help", for what an outlet is said to tell.
_DO_LITTLE = re.compile(r"\b(?:do|does|did|done|doing)\s+(?:very\s+)?little\s+to\s+(\w+)", re.IGNORECASE)


def _says_otherwise(claim: Claim, outlet: str, quoting: list[str]) -> bool:
    """Whether the outlet's sentences deny a word the quoting outlets' sentences state plainly ("will
    do little to help" beside a quote that "will help"; an audit read such an outlet named as telling
    the quote in its own words)."""
    mine = " ".join(m.text for m in claim.members if m.outlet == outlet)
    denied = negated_terms(mine) | {_stem(m.group(1).lower()) for m in _DO_LITTLE.finditer(mine)}
    theirs = [part_text(claim, m) for m in claim.members if m.outlet in quoting]  # the part that tells it
    return any(affirms(t, denied) for t in theirs)


# How likely an outlet's sentence must be to state a fact with the quoting outlet's for the page to say
# it "tells it without a quote": the bar of a sentence that tells a claim's heading (``HEADING_MATCH``).
# On the tuning stories, of the outlets so named at ``WEAK_MATCH`` (0.6), 58 of 85 had a sentence in
# one gold group with the quoting sentence; at 0.7, 54 of 72; at 0.8, 41 of 52. The gold's groups are
# events, wider than "tells what the quote says": five browser audits still read the clause false of
# outlets named at 0.7, and naming fewer outlets never makes the detail untrue (README, round 17).
TELLS_WITHOUT_QUOTE = HEADING_MATCH


def _extras(
    kind: str,
    values: dict[str, list[str]],
    givers: dict[tuple[str, str], set[str]],
    same: Mapping[tuple[str, str], object] | None = None,
    every: list[str] | None = None,
    printed: dict[tuple[str, str], str] | None = None,
    forms: dict[tuple[str, str], dict[str, str]] | None = None,
    near: dict[tuple[str, str], set[str]] | None = None,
    credited: dict[tuple[str, str], set[str]] | None = None,
) -> list[Difference]:
    """Values only some outlets give: a detail, not a conflict. ``givers`` tells, for each outlet's
    value, every outlet that gives it (in its whole sentences, any wording of the same value); a value
    every outlet gives is no detail. Said by value, so each statement holds: "Only A and B give 1933;
    only C gives June". ``every``: all the claim's outlets, when ``values`` are of some of them;
    ``printed``: a value as the page says it (a figure with its hedge, "more than 10 boats");
    ``forms``: other outlets' own forms of a value ("8,374 acres" for "8,400 acres"), said beside it
    in the summary and listed as each outlet's value; ``near``: for each value, the outlets that give
    it in their sentences here (one that gives it only elsewhere in its article is said so: "only A
    and B (elsewhere in its article) give Thursday", where B's sentence here has no Thursday);
    ``credited``: for each value, the outlets the summary names as giving it when it is a detail
    (``givers`` when None; a value ``givers`` finds in every outlet is no detail all the same)."""
    outlets = every or list(values)
    groups: dict[tuple[str, ...], list[str]] = {}
    shown: dict[str, list[str]] = {}
    told: set[object] = set()  # one figure said two ways ("19 firefighters", "nineteen firefighters") once
    for o in outlets:
        for v in values.get(o, []):
            who = givers[(o, v)] | {o}
            if len(who) == len(outlets):
                continue
            here = (near or {}).get((o, v), set(who)) | {o}
            if credited is not None:
                who = (credited[(o, v)] | here) & who
            key = tuple(p if p in here else f"{p} (elsewhere in its article)" for p in outlets if p in who)
            figure = (same or {}).get((o, v), v)
            if figure not in told:
                told.add(figure)
                own = (forms or {}).get((o, v), {})
                v = (printed or {}).get((o, v), v)
                groups.setdefault(key, []).append(
                    v + (" (" + "; ".join(f"{p}: {f}" for p, f in own.items()) + ")" if own else "")
                )
                for p in outlets:
                    if p in who and own.get(p, v) not in shown.get(p, []):  # each of an outlet's values once
                        shown.setdefault(p, []).append(own.get(p, v))
    if not groups:
        return []
    parts = [
        f"only {_names_list(list(who))} {'gives' if len(who) == 1 else 'give'} "
        + (f"{', '.join(vs[:4])} and {len(vs) - 4} more" if len(vs) > 4 else _names_list(vs))
        for who, vs in groups.items()
    ]
    text = "; ".join(parts)
    return [Difference(kind, text[0].upper() + text[1:] + ".", shown)]


def _claim_conflicts(claim: Claim, context: Context, extra: list[Conflict]) -> dict[str, list[Conflict]]:
    """The conflicts between the parts of a claim's members, then ``extra`` ones (found between the
    whole sentences), by kind, each pair and values once."""
    found: list[Conflict] = []
    members = claim.members
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.outlet == b.outlet or a.key in claim.joined or b.key in claim.joined:
                continue  # a sentence that also tells other facts: its values may be theirs
            found += pair_conflicts(a, part_text(claim, a), b, part_text(claim, b), context, True)
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
    signal itself: an outlet "tells it without a quote" only where its sentence is likely to state
    a fact with the quoting outlet's (any outlet, without the signal)."""
    context = context or Context()
    days = context.days
    every = claim.outlets
    if len(every) < 2:
        return []
    conflicts = _claim_conflicts(claim, context, extra or [])
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
    # An outlet that also gives the other's value (in another of its sentences here) does not
    # disagree with it: "lost 40 members over five years" beside "gained five members" is two counts.
    _keep(conflicts, "numbers", lambda c: not _also_gives(whole, c))
    # So with days (an audit: a post one outlet quotes said "last week", beside the outlet's own
    # holiday weekend): the two days are not the outlets' disagreement.
    _keep(conflicts, "dates", lambda c: not _also_dated(whole, c))
    # Days told apart for sure: one statement worded alike and dated two ways, or two times both said
    # from the article's date. When there are such, they alone are the conflict: another outlet's day
    # in the claim ("two aides on the staff since 2005", invented) is no side of it.
    sure_dates = [c for c in conflicts.get("dates", []) if _anchored_dates([c], claim, days) or _both_periods([c])]
    if sure_dates:
        conflicts["dates"] = sure_dates
    elif conflicts.get("dates"):
        # Told as a detail ("one event dated two ways, or two events", below): not where each outlet
        # gives both days somewhere in its article, for then they date two events (an audit).
        _keep(conflicts, "dates", lambda c: not _both_dated(article, c))
    full = claim
    if told is not None:  # details from the members that tell the claim, the conflicts from all
        claim = replace(claim, members=[m for m in claim.members if m.key in told])
    by_outlet = _outlet_texts(claim)
    outlets = list(by_outlet)
    diffs: list[Difference] = []
    telling = {m.key for m in claim.members}

    def conflict(kind: str, detail: bool = False) -> Difference | None:
        """The conflicts of a kind; ``detail``: told as a detail, so only between members that tell it."""
        found = [c for c in conflicts.get(kind, []) if not detail or {c.a.key, c.b.key} <= telling]
        if not found:
            return None
        more = _agreeing_numbers(found, whole) if kind == "numbers" else None
        summary, shown = _conflict_summary(kind, found, more)
        keys = tuple(dict.fromkeys([*(k for c in found for k in (c.a.key, c.b.key)), *giving(full.members, more)]))
        return Difference(kind, summary, shown, True, keys)

    for kind in ("numbers", "dates"):
        credited = None
        found = conflict(kind)
        if found and kind == "dates" and not sure_dates:
            # Told as a detail, not a conflict: two days in one claim are as often two events (a
            # departure and an arrival, a forecast and a reading) as one event dated two ways; on
            # the tuning stories one date "conflict" in three was right (benchmarks/README.md).
            # One statement worded alike and dated two ways stays a conflict, and so do two times
            # both said from the article's date ("last week" / "last month").
            found = conflict(kind, detail=True)
            found = found and Difference(found.kind, found.summary, found.by_outlet, False, found.keys)
            # Days of different grains ("this week", "June 1", "Monday"; "last year" / "April 21")
            # are dates of different events far more often than one event dated two ways (two
            # audits judged such items false or misleading): told value by value below instead.
            if found and len({_date_grain(v) for vs in found.by_outlet.values() for v in vs}) > 1:
                found = None
        if found:
            diffs.append(found)
            continue
        # Details are checked against the other outlets' whole sentences, as a reader sees them.
        if kind == "numbers":
            slots = {o: number_slots(t) for o, t in by_outlet.items()}
            values = {o: list(dict.fromkeys(x.surface for x in slots[o])) for o in outlets}
            rounded: dict[tuple[str, str], dict[str, str]] = {}
            givers = _number_givers(values, slots, whole, article, rounded)
            near = _number_givers(values, slots, whole, {p: (whole[p],) for p in article})
            same = {
                (o, x.surface): (
                    x.value,
                    "money"
                    if is_money(x)
                    else "particular"
                    if _particular(x.value)
                    else f"group {_group(x)}"  # a group's size: its members, no other people
                    if _group(x)
                    else "people"
                    if x.unit in _PEOPLE_COUNTED
                    else x.unit,
                )
                for o in outlets
                for x in slots[o]
            }
        else:
            # "Tomorrow" inside a quote (a tweet, a remark) is the speaker's day, counted from when
            # they spoke, not a date the outlet gives (an audit: "only A gives tomorrow" where B
            # quotes the same tweet).
            values = {
                o: [v for v in dict.fromkeys(dates(t).values()) if not _quoted_relative_day(t, v)]
                for o, t in by_outlet.items()
            }
            givers = _day_givers(full, values, article, days)
            # A day every outlet gives somewhere in its article is no detail; but an outlet named as
            # giving it from elsewhere in its article is one whose sentence there is likely to tell a
            # fact of this claim (``_dated_elsewhere``), not one that gives the day of another event.
            if likely is not None:
                credited = _day_givers(full, values, _dated_elsewhere(full, whole, context, likely), days)
            near = _day_givers(full, values, {p: (whole[p],) for p in article}, days)
            same = None
        printed = (
            {(o, x.surface): with_hedge(by_outlet[o], x.surface) for o in outlets for x in slots[o]}
            if kind == "numbers"
            else None
        )
        if len(outlets) > 1:
            diffs += _extras(
                kind, values, givers, same, every, printed, rounded if kind == "numbers" else None, near, credited
            )

    found = conflict("names")
    if found:
        diffs.append(found)
    known = {w for t in by_outlet.values() for n in names(t) for w in n.split()}
    texts_of = {o: [part_text(claim, m) for m in claim.members if m.outlet == o] for o in outlets}
    named = {o: {_without_opening_verb(n, texts_of[o], context) for n in names(t, known)} for o, t in by_outlet.items()}
    lone: dict[str, list[str]] = {}
    for o in outlets:
        others = set().union(*(named[p] for p in outlets if p != o))
        other_words = {part for x in others for w in x.split() for part in _name_word(w).split("-")}
        alone = sorted(
            n
            for n in named[o]
            if not any(
                _same_name(part, other) or one_typo(part, other)  # "Tump" is the others' "Trump", mistyped
                for w in n.split()
                if w not in TITLES
                for part in w.split("-")
                for other in other_words
            )
        )
        # "Only X names Y" is checked against the other outlets' whole sentences, in any case: a
        # name outside the part that tells this claim, or written "high street", is named there too.
        alone = [n for n in alone if not any(_mentions(t, n) for p in every if p != o for t in article[p])]
        alone = [
            n
            for n in alone
            if not _common_word(n, context) and not _own_name(n, o) and not _in_a_title(by_outlet[o], n)
        ]
        # Told by its whole name: "Kent and Essex Fire and Rescue", not "Kent, Rescue"; a person
        # by the name alone: "Ann Roe", not "Attorney Ann Roe".
        # A state by its name, not news style's abbreviation ("Bellport, Ore." names Oregon).
        alone = _with_states(by_outlet[o], [_without_title(whole_name(by_outlet[o], n)) for n in alone])
        # One name once: not "Comey" beside "James Comey", nor "WP" beside "Washington Post".
        alone = [
            n
            for n in alone
            if not any(
                m != n and (set(n.split()) < set(m.split()) or n == "".join(w[0] for w in m.split() if w[0].isupper()))
                for m in alone
            )
        ]
        if alone:
            lone[o] = alone[:4]
    surnamed = _one_surname(lone) if not found else []
    if surnamed:
        shown = {o: [n] for o, n in surnamed}
        keys = tuple(m.key for m in claim.members for o, n in surnamed if m.outlet == o and n in m.text)
        told_by = "; ".join(f"{o}: {n}" for o, n in surnamed)
        diffs.append(Difference("names", f"Different people named for the same thing ({told_by}).", shown, True, keys))
    elif lone and not found and len(outlets) > 1:
        parts = "; ".join(f"only {o} names {_names_list(ns)}" for o, ns in lone.items())
        diffs.append(Difference("names", parts[0].upper() + parts[1:] + ".", lone))

    found = conflict("quotes")
    # Each member's own quotes: quote marks are paired within one wording, never across two. A sentence
    # inside a quotation of several sentences quotes, though its marks are in its neighbours (one with
    # quotes of its own quotes only them: its part may be the words around them).
    quoted = {
        o: [
            q
            for m in claim.members
            if m.outlet == o
            for q in _part_quotes(claim, m)
            or ([part_text(claim, m)] if context.quotations.get(m.key) and not quotes(m.text) else [])
        ]
        for o in every
    }
    # Who quotes at all is read from the whole sentences every card shows, grey text included; a
    # sentence that ends in a colon introduces what it quotes in its next paragraph.
    marked = {
        o: any(
            quotes(m.text) or context.quotations.get(m.key) or m.text.rstrip().endswith(":")
            for m in full.members
            if m.outlet == o
        )
        for o in every
    }
    quoting = [o for o in every if quoted[o] or marked[o]]
    if found:
        diffs.append(found)
    elif len(outlets) < 2:
        pass  # no two members that tell the claim: no detail to tell
    elif (
        len(quoting) == 1
        and _someones_words(quoted[quoting[0]])
        # "Only X quotes here" is no detail where another outlet's article quotes or
        # prints the same words elsewhere.
        and not any(
            _quoted_in(t, q) or _quotes_part_of(t, q) or _tidied_in(t, q) or _requoted_in(t, q)
            for q in quoted[quoting[0]] + [q for m in full.members if m.outlet == quoting[0] for q in quotes(m.text)]
            if len(q.split()) >= MIN_DETAIL_QUOTE_WORDS
            for p in every
            if p != quoting[0]
            for t in article[p][1:]
        )
    ):
        # Which words: a reader should not have to find them (a browser audit).
        paraphrase = [o for o in every if o != quoting[0] and _tells_with(full, o, [quoting[0]], likely)]
        said: dict[tuple[str, ...], str] = {}  # each quote once, without the end mark a whole sentence brings
        for q in quoted[quoting[0]]:
            if len(q.split()) >= MIN_DETAIL_QUOTE_WORDS:
                said.setdefault(quote_words(q), q.strip().rstrip(".,;:"))
        which = (
            " ("
            + " and ".join(_with_speaker(full, quoting[0], q) for q in list(said.values())[:2])
            + (" and more" if len(said) > 2 else "")
            + ")"
            if said
            else ""
        )
        diffs.append(
            Difference(
                "quotes",
                # "Tells it without a quote": of its wording here, not a claim that the outlet never
                # quotes the speaker (an audit read "does not" so, of an outlet quoting a paragraph on).
                f"Only {quoting[0]} quotes here{which}"
                + (
                    f"; {_names_list(paraphrase)} {'tells' if len(paraphrase) == 1 else 'tell'} it without a quote."
                    if paraphrase
                    else "."
                ),
                {quoting[0]: quoted[quoting[0]]},
            )
        )
    elif len(quoting) >= 2 and all(quoted[o] for o in quoting):
        # Words one outlet quotes that another prints too (in its quotes or anywhere in its sentences,
        # "(sic)", brackets, case and articles aside), or that hold another's quote, are the same
        # words, more or fewer of them. The rest are told by outlet: "Only A quotes “...”".
        # The other outlet's whole article counts: the same words quoted in another paragraph, or a
        # word one outlet quotes inside a longer quote of the other's ("profoundly"), are not "only A's".
        printed_forms = {
            o: _quote_forms(" ".join(m.text for m in claim.members if m.outlet == o))
            + [w for t in article[o][1:] for w in _text_forms(t)]
            for o in quoting
        }
        only_here = {
            o: [
                q
                for q in dict.fromkeys(quoted[o])
                if not any(
                    any(_excerpt(quote_pieces(q), w) for w in printed_forms[p])
                    or any(_excerpt(quote_pieces(r), w) for r in quoted[p] for w in _quote_forms(q))
                    or any(_shortened(quote_words(q), quote_words(r)) for r in quoted[p])
                    for p in quoting
                    if p != o
                )
                # Nor is it "only A's" where another outlet of the claim prints the same words, or
                # quotes them tidied, anywhere in its article ("the finest" / "the very finest").
                and not any(_tidied_in(t, q) or _quoted_in(t, q) for p in every if p != o for t in article[p][1:])
            ]
            for o in quoting
        }
        only_here = {o: qs for o, qs in only_here.items() if qs}
        if only_here:
            parts = "; ".join(
                f"only {o} quotes "
                + " and ".join(_with_speaker(full, o, q) for q in qs[:2])
                + (" and more" if len(qs) > 2 else "")
                for o, qs in only_here.items()
            )
            # An outlet that quotes these words elsewhere in its article is no outlet that "tells it without a quote".
            silent = [
                o
                for o in outlets
                if o not in quoting
                and not any(
                    _tidied_in(t, q) or _quoted_in(t, q) for qs in only_here.values() for q in qs for t in article[o]
                )
                and _tells_with(full, o, list(only_here), likely)
            ]
            verb = "tells" if len(silent) == 1 else "tell"
            rest = f"; {_names_list(silent)} {verb} it without a quote." if silent else "."
            diffs.append(Difference("quotes", parts[0].upper() + parts[1:] + rest, only_here))

    # Which verb each outlet attributes the claim with ("said" / "claimed") is not told: three browser
    # audits found such a detail false 10 times in 16 (verbs of quoted words or of other facts).
    found = conflict("attribution")
    if found:
        diffs.append(found)

    found = conflict("negation")
    if found:
        diffs.append(found)
    return diffs
