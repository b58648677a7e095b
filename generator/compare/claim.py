"""A claim's differences: the conflicts between the wordings of two outlets (different values for one
thing, by kind) and the details only some outlets give."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from ..lexicon import DAYS, DEMONYMS, HOLIDAY, MONTHS, STOP_WORDS
from ..model import Claim, Sentence
from ..segment import QUOTATION, dateline, told_span
from ..similarity import normalise
from .context import Context
from .date import PERIOD, When, date_conflicts, dates, period, resolve
from .name import (
    COUNTS,
    INNER_TITLES,
    INSTITUTION_WORDS,
    NICKNAMES,
    STATES,
    TITLE_MODIFIERS,
    TITLES,
    _initials,
    _name_word,
    _same_name,
    _word_in,
    aliases,
    kind_conflicts,
    names,
    one_typo,
    one_word_apart,
    whole_name,
)
from .negation import NEGATION, negation_conflict
from .number import (
    MORE_NUMBER_WORDS,
    NUMBER_WORDS,
    PEOPLE,
    Slot,
    _bare_numbers,
    _overlap,
    _singular,
    counted_many,
    is_money,
    number_conflicts,
    number_slots,
    rounds_to,
    with_hedge,
)
from .quote import (
    _excerpt,
    _inner_change,
    _speaker_label,
    attribution_conflicts,
    quote_conflicts,
    quote_pieces,
    quote_words,
    quotes,
    same_speaker,
    speakers,
    stretch,
    word_for_word,
)
from .text import SAME_FACT, _jaccard, content_stems


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


def part_text(claim: Claim, member: Sentence) -> str:
    """The part of a member sentence that tells this claim (the whole sentence by default), without its
    dateline or update header (``segment.opening``), an embedded post's trailing links and signature
    (``segment.post_trailer``) or a link inside it."""
    text = member.text[slice(*told_span(member.text, *(claim.parts.get(member.key) or (0, len(member.text)))))]
    return _LINK.sub("", text) if "http" in text or "pic." in text else text


_LINK = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S+")


def _part_quotes(claim: Claim, member: Sentence) -> list[str]:
    """The quotes of the member's part that tells the claim: its whole sentence's quotes (marks paired
    in the whole sentence) that reach into the part. Quote marks read in the part alone can pair the
    closing mark of one quote with the opening mark of the next and take the words between them,
    the outlet's own ('," the minister said at a briefing, adding "'), for a quote."""
    span = told_span(member.text, *(claim.parts.get(member.key) or (0, len(member.text))))
    out = []
    for q in quotes(member.text):
        at = member.text.find(q)
        if at < span[1] and at + len(q) > span[0]:
            out.append(q)
    return out


def _names_list(outlets: list[str]) -> str:
    """Outlets or values as a list reads: "A", "A and B", "A, B and C" ("May and June", not "May, June")."""
    outlets = list(dict.fromkeys(outlets))
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]


# Minimum content-word overlap (Jaccard of stems) of two sentences for a conflict to be told, inside
# one claim and between two claims. Chosen on the tuning stories (benchmarks/differences.py).
# Where the fact signal is given, ``SAME_FACT`` (``text``) decides instead of the numbers' overlap.
SAME_CLAIM_OVERLAP = 0.15
CROSS_CLAIM_OVERLAP = 0.3
NEGATION_OVERLAP = 0.15
# Half of SAME_FACT: on the tuning stories the seed's contradiction (Kyiv informed / not informed) has
# 0.47, and every other sentence pair where one negates words the other states has 0.05 or less.
NEGATION_LIKELY = SAME_FACT / 2
NUMBER_SURE = 0.9


@dataclass(frozen=True)
class Conflict:
    """Two sentences of two outlets that give different values for one thing."""

    kind: str
    a: Sentence
    b: Sentence
    value_a: str
    value_b: str


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _years(text: str) -> set[str]:
    return set(_YEAR.findall(text))


def _other_years(a: str, b: str) -> bool:
    """Both wordings name years and no year in common: two different years' figures."""
    years_a, years_b = _years(a), _years(b)
    return bool(years_a and years_b and not years_a & years_b)


def pair_conflicts(
    a: Sentence,
    ta: str,
    b: Sentence,
    tb: str,
    context: Context,
    same_claim: bool,
    likely: float | None = None,
) -> list[Conflict]:
    """The conflicts between two wordings (``ta`` of sentence ``a``, ``tb`` of ``b``, other outlets);
    ``likely`` is the fact signal's probability that the two sentences state a common fact."""
    days = context.days
    overlap = _jaccard(content_stems(ta), content_stems(tb))
    out: list[Conflict] = []
    need = SAME_CLAIM_OVERLAP if same_claim else CROSS_CLAIM_OVERLAP
    related = overlap >= need if likely is None else likely >= SAME_FACT
    if related and not _other_years(ta, tb):
        for x, y in number_conflicts(ta, tb, likely is not None and likely >= NUMBER_SURE):
            if counted_many(context.texts.get(a.source, ""), x.unit) or counted_many(
                context.texts.get(b.source, ""), y.unit
            ):
                continue  # a noun the article counts for many things ("yards" in a game report)
            out.append(Conflict("numbers", a, b, x.surface, y.surface))
    if same_claim:
        for x, y in date_conflicts(ta, tb, days.get(a.source), days.get(b.source)):
            out.append(Conflict("dates", a, b, x, y))
    if related:
        for x, y in one_word_apart(ta, tb) + kind_conflicts(ta, tb):
            # An outlet that uses the other's name too, anywhere in its article, knows both things
            # ("North Valley Health", the hospital's owner, and "North Valley Hospital"): two
            # things named, not one thing named two ways.
            if not (
                _word_in(y, context.texts.get(a.source, ""), True) or _word_in(x, context.texts.get(b.source, ""), True)
            ):
                out.append(Conflict("names", a, b, x, y))
    if related:  # quotes of sentences about something else are other utterances
        whole_a, whole_b = context.quotations.get(a.key, ()), context.quotations.get(b.key, ())
        for x, y in quote_conflicts(ta, tb, likely, whole_a, whole_b):
            # An outlet that also quotes the other's words, elsewhere in its article, quotes two
            # utterances (two questions of one list), not one worded differently.
            if _quoted_in(context.texts.get(b.source, ""), x) or _quoted_in(context.texts.get(a.source, ""), y):
                continue
            out.append(Conflict("quotes", a, b, x, y))
        # The same long quote given to two named speakers: one utterance, two people said to have
        # made it; the words themselves show it is one utterance, inside a claim or across two.
        for x, y in attribution_conflicts(ta, tb):
            out.append(Conflict("attribution", a, b, x, y))
    # One states what the other denies: about one fact, so, with the signal, only for sentences it finds
    # at least NEGATION_LIKELY likely to state one (sentences that merely share a negated word are not).
    plausible = same_claim or likely is None or likely >= NEGATION_LIKELY
    # Two named speakers ("Doyle said" / "Moss said") are two people's words, not outlets that
    # contradict each other.
    if (overlap >= NEGATION_OVERLAP or same_claim) and plausible and same_speaker(ta, tb):
        for neg, pos, tneg, tpos in ((a, b, ta, tb), (b, a, tb, ta)):
            # The stating side's whole sentence too: a claim's part of it may leave out the negation
            # its clause carries ("there was" / "no sign at all that ...").
            words = negation_conflict(tneg, tpos) and negation_conflict(tneg, pos.text)
            if words and _jaccard(content_stems(tneg), content_stems(tpos)) >= NEGATION_OVERLAP:
                out.append(Conflict("negation", neg, pos, "not " + sorted(words)[0], sorted(words)[0]))
    return out


def _conflict_summary(
    kind: str, found: list[Conflict], more: dict[str, list[str]] | None = None
) -> tuple[str, dict[str, list[str]]]:
    """The summary of conflicts of one kind and the values by outlet; ``more``: other outlets that
    give one of the values (said too, so no outlet that agrees with a side is left out)."""
    by_outlet: dict[str, list[str]] = {}
    for c in found:
        by_outlet.setdefault(c.a.outlet, [])
        by_outlet.setdefault(c.b.outlet, [])
        if c.value_a not in by_outlet[c.a.outlet]:
            by_outlet[c.a.outlet].append(c.value_a)
        if c.value_b not in by_outlet[c.b.outlet]:
            by_outlet[c.b.outlet].append(c.value_b)
    if kind == "negation":
        no = _names_list([c.a.outlet for c in found])
        yes = _names_list([c.b.outlet for c in found])
        word = found[0].value_b
        return (
            f"{no} {'says' if ' and ' not in no else 'say'} the opposite of what {yes} "
            f"{'reports' if ' and ' not in yes else 'report'} (“{word}”).",
            by_outlet,
        )
    if kind == "quotes":  # a part of a quote the same outlet's whole quote holds is that quote, once
        by_outlet = {o: [v for v in vs if not any(v != w and v in w for w in vs)] for o, vs in by_outlet.items()}
    for o, vs in (more or {}).items():
        by_outlet.setdefault(o, [])
        by_outlet[o] += [v for v in vs if v not in by_outlet[o]]
    shown = by_outlet
    if kind == "quotes":  # a long quote shown by the part a shorter quote of another outlet spans
        shown = {o: [_spanned(v, [w for p, ws in by_outlet.items() if p != o for w in ws]) for v in vs]
                 for o, vs in by_outlet.items()}  # fmt: skip
        shown = _around_changes(shown)
    parts = "; ".join(f"{o}: {' · '.join(v)}" for o, v in shown.items())
    if kind == "attribution":  # which words: the long quote both give
        a, b = found[0].a.text, found[0].b.text
        said = next((q for q in quotes(a) for r in quotes(b) if word_for_word(quote_words(q), quote_words(r))), "")
        if said:
            return f"The same words (“{_clip(said, 60)}”) given to different people ({parts}).", by_outlet
    label = {
        "numbers": "Different numbers for the same thing",
        "dates": "Different days in these wordings (one event dated two ways, or two events)",
        "names": "Different names for the same thing",
        "quotes": "The same words quoted differently",
        "attribution": "The same words given to different people",
    }[kind]
    return f"{label} ({parts}).", by_outlet


def _spanned(quote: str, others: list[str]) -> str:
    """A quote as a summary prints it beside others: when it is much longer (``LONGER_QUOTE``) than the
    shortest of them, only the part that one spans ("[…] the words compared […]")."""
    shortest = min(others, key=len, default="")
    if shortest and len(quote) > LONGER_QUOTE * len(shortest):
        return stretch(quote, shortest)
    return quote


LONGER_QUOTE = 1.5


def _around_changes(by_outlet: dict[str, list[str]]) -> dict[str, list[str]]:
    """Quotes as a summary prints them: words every one of them opens (or ends) with, past the last
    ``AROUND`` before the first change (after the last), left out and marked "[…]" as an editor
    marks words left out of a quote ("[…] the storms that came this winter ..."; an outlet's own
    "..." stays as it printed it), so a reader sees where they differ rather than two long quotes
    alike for most of their length."""
    values = [v for vs in by_outlet.values() for v in vs]
    if len(values) < 2:
        return by_outlet
    tokens = [v.split() for v in values]
    keys = [[re.sub(r"\W", "", t).lower() for t in ts] for ts in tokens]
    shortest = min(len(k) for k in keys)
    head = next((i for i in range(shortest) if len({k[i] for k in keys}) > 1), shortest)
    tail = next((i for i in range(shortest - head) if len({k[-1 - i] for k in keys}) > 1), shortest - head)
    cut_head, cut_tail = max(head - AROUND, 0), max(tail - AROUND, 0)
    cut_head, cut_tail = (cut_head if cut_head >= MIN_CUT else 0), (cut_tail if cut_tail >= MIN_CUT else 0)
    if not (cut_head or cut_tail):
        return by_outlet

    def cut(value: str) -> str:
        words = value.split()
        kept = " ".join(words[cut_head : len(words) - cut_tail])
        return f"{'[…] ' if cut_head else ''}{kept}{' […]' if cut_tail else ''}"

    return {o: [cut(v) for v in vs] for o, vs in by_outlet.items()}


AROUND = 3  # words kept either side of the first and last change
MIN_CUT = 3  # fewer words left out are no help to a reader


# A quoted word or two may be a term held at a distance ("the so-called “reform”", a title in
# quotation marks) rather than someone's words: an outlet whose only quotes are that short is not
# said to be the one that "quotes here" (what it quotes is still listed beside other outlets' quotes).
MIN_DETAIL_QUOTE_WORDS = 3


def _someones_words(found: list[str]) -> bool:
    """Whether a quote of ``found`` is someone's words: ``MIN_DETAIL_QUOTE_WORDS`` words or more."""
    return any(len(q.split()) >= MIN_DETAIL_QUOTE_WORDS for q in found)


def _with_speaker(claim: Claim, outlet: str, quote: str) -> str:
    """A quote as a detail prints it, with the speaker its sentence names ("Ann Roe: “...”"): quotes of
    two people in one claim are not variants of one person's words (a browser audit read a board
    president's words set beside the mayor's so)."""
    for m in claim.members:
        if m.outlet == outlet and quote.strip(" .,;:") in m.text and speakers(m.text):
            label = _speaker_label(m.text)
            # Only a name as the sentence writes it ("said Ann Roe", not "U.S." read as "S", nor the
            # state of "D-Maryland"), outside the quote.
            found = re.search(rf"(?<![\w.’'-]){re.escape(label)}(?![\w-])", QUOTATION.sub(" ", m.text))
            if found and not re.search(r"\b(?:of|from|in)\s+$", m.text[: found.start()]):  # "X of Maryland, ..."
                return f"{label}: “{_clip(quote)}”"
    return f"“{_clip(quote)}”"


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _quote_forms(text: str) -> list[tuple[str, ...]]:
    """A text's words as quotes compare them (``quote_words``), and again with the words an editor
    put in brackets read as words ("fix [the] pier" is "fix pier" and "fix the pier")."""
    return list(dict.fromkeys([quote_words(text), quote_words(text.replace("[", " ").replace("]", " "))]))


def _quotes_part_of(text: str, quote: str) -> bool:
    """Whether the text quotes a part of the quote (``MIN_DETAIL_QUOTE_WORDS`` words or more): the
    same words, fewer of them."""
    whole = quote_words(quote)
    return any(_excerpt(list(pieces), whole) for pieces in _long_quotes(text))


@lru_cache(maxsize=1 << 10)  # an article is read once for all its claims
def _long_quotes(text: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The pieces (``quote_pieces``) of each quote of the text of ``MIN_DETAIL_QUOTE_WORDS`` words or more."""
    return tuple(tuple(quote_pieces(r)) for r in QUOTATION.findall(text) if len(r.split()) >= MIN_DETAIL_QUOTE_WORDS)


def _tidied_in(text: str, quote: str) -> bool:
    """Whether the text quotes the same words tidied: a quote of it that shares most of the quote's
    words (``TIDIED_SHARE``) and differs from it only as outlets tidy one utterance ("[It is a costly plan
    that] should never have been approved" / "should have never been approved"), by words at either end,
    words moved or one small word inside (``quote._inner_change``); or a long quote nearly word for
    word (``quote.word_for_word``: "depending on the tide, visitors may" /
    "depending upon the tide, those visitors may"): one utterance, told as a conflict if anything."""
    words = sum(quote_pieces(quote), ())
    if len(words) < MIN_DETAIL_QUOTE_WORDS:
        return False
    for pieces in _long_quotes(text):
        other = sum(pieces, ())
        if not other:
            continue  # a quote of editorial insertions and articles only ("(applause) (laughter) (cheers)")
        shared = len(set(words) & set(other)) / min(len(set(words)), len(set(other)))
        if shared >= TIDIED_SHARE and not _inner_change(words, other):
            return True
        if word_for_word(words, other):
            return True
    return False


TIDIED_SHARE = 0.6


def _shortened(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one quote is the other shortened without marking the cuts: every word of the shorter
    (four or more) in the longer, in order, with at most three words left out between them and none
    of them a negation ("we are under pressure" in "we are under a lot of pressure to finish the
    pier"; not "the pier will open" in "the pier will not open"). One remark told shorter, not words
    only one outlet quotes."""
    short, long = sorted((a, b), key=len)
    if len(short) < SHORTENED_WORDS:
        return False
    for start in (i for i, w in enumerate(long) if w == short[0]):
        at, k, skipped = start, 0, []
        while at < len(long) and k < len(short) and len(skipped) <= SHORTENED_GAP:
            if long[at] == short[k]:
                k += 1
            else:
                skipped.append(long[at])
            at += 1
        if k == len(short) and len(skipped) <= SHORTENED_GAP and not set(skipped) & _NEGATING:
            return True
    return False


SHORTENED_WORDS = 4
SHORTENED_GAP = 3
_NEGATING = {w[:5] for w in NEGATION}  # as quote words: cut to five letters, "didn't" -> "did", "n't"


def _quoted_in(text: str, quote: str) -> bool:
    """Whether the text has the quote's words (an excerpt of them in order, ``_excerpt``)."""
    return bool(text) and any(_excerpt(quote_pieces(quote), w) for w in _text_forms(text))


@lru_cache(maxsize=1 << 10)  # an article is read once for all its claims
def _text_forms(text: str) -> tuple[tuple[str, ...], ...]:
    """An article's words as quotes compare them (``_quote_forms``)."""
    return tuple(_quote_forms(text))


def _same_kind(x: Slot, y: Slot) -> bool:
    """Two numbers count the same kind of thing: the same noun, or both people ("crew members" /
    "crewmen"), and what is done to them is not two things ("killing" / "carrying")."""
    kind = x.unit == y.unit or (x.unit in PEOPLE and y.unit in PEOPLE)
    return kind and not (x.verb and y.verb and x.verb != y.verb)


def _agreeing_numbers(found: list[Conflict], whole: dict[str, str]) -> dict[str, list[str]]:
    """Outlets whose whole sentences count the same thing with one of the conflicting values: a third
    outlet ("700 residents" beside "700 residents / 600 people"), or an outlet of one pair that gives
    a value of another pair too (it carried "eight crew members" as well as "139 passengers")."""
    values = [x for c in found for v in (c.value_a, c.value_b) for x in number_slots(v)]
    more: dict[str, list[str]] = {}
    for o, text in whole.items():
        for y in number_slots(text):
            if any(_same_kind(x, y) and _overlap(x, y) for x in values):
                more.setdefault(o, []).append(with_hedge(text, y.surface))
    return more


def _also_gives(whole: dict[str, str], c: Conflict) -> bool:
    """Whether either outlet of a number conflict also gives the other's value, anywhere in its
    sentences of the claim."""

    def gives(text: str, value: str) -> bool:
        return any(_same_kind(x, y) and _overlap(x, y) for x in number_slots(value) for y in number_slots(text))

    return gives(whole.get(c.a.outlet, ""), c.value_b) or gives(whole.get(c.b.outlet, ""), c.value_a)


def giving(members: list[Sentence], more: dict[str, list[str]] | None) -> list[str]:
    """The keys of the members whose sentences print a value ``more`` names for their outlet: a
    disagreement that lists an outlet's value shows that outlet's wording."""
    return [m.key for m in members if any(v in m.text for v in (more or {}).get(m.outlet, []))]


def _anchored_dates(found: list[Conflict], claim: Claim, days: dict[str, date | None]) -> bool:
    """Whether a date conflict is one statement worded alike and dated two ways (``ANCHOR_WORDS``)."""
    return any(
        date_conflicts(part_text(claim, c.a), part_text(claim, c.b), days.get(c.a.source), days.get(c.b.source), True)
        for c in found
    )


def _outlet_texts(claim: Claim) -> dict[str, str]:
    by_outlet: dict[str, str] = {}
    for m in claim.members:
        text = part_text(claim, m)
        # One line each: a name never runs from one member's part into the next one's.
        by_outlet[m.outlet] = f"{by_outlet[m.outlet]}\n{text}" if m.outlet in by_outlet else text
    return by_outlet


def _extras(
    kind: str,
    values: dict[str, list[str]],
    givers: dict[tuple[str, str], set[str]],
    same: dict[tuple[str, str], object] | None = None,
    every: list[str] | None = None,
    printed: dict[tuple[str, str], str] | None = None,
    forms: dict[tuple[str, str], dict[str, str]] | None = None,
    near: dict[tuple[str, str], set[str]] | None = None,
) -> list[Difference]:
    """Values only some outlets give: a detail, not a conflict. ``givers`` tells, for each outlet's
    value, every outlet that gives it (in its whole sentences, any wording of the same value); a value
    every outlet gives is no detail. Said by value, so each statement holds: "Only A and B give 1933;
    only C gives June". ``every``: all the claim's outlets, when ``values`` are of some of them;
    ``printed``: a value as the page says it (a figure with its hedge, "more than 10 boats");
    ``forms``: other outlets' own forms of a value ("8,374 acres" for "8,400 acres"), said beside it
    in the summary and listed as each outlet's value; ``near``: for each value, the outlets that give
    it in their sentences here (one that gives it only elsewhere in its article is said so: "only A
    and B (elsewhere in its article) give Thursday", where B's sentence here has no Thursday)."""
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
                    if p in who:
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


# For details only: figures of people said by what happened to them ("116 injured", "116 others")
# are a count of people as "116 people" is, in the claim's own sentences (elsewhere in an article
# "about 100 injured" may be another accident's). Not for conflicts: "five dead" and "two injured"
# are two counts, not one counted two ways.
_PEOPLE_COUNTED = PEOPLE | {"other", "injured", "wounded", "hurt", "survivor", "missing"}


def _number_givers(
    values: dict[str, list[str]],
    slots: dict[str, list],
    whole: dict[str, str],
    article: dict[str, tuple[str, ...]],
    rounded: dict[tuple[str, str], dict[str, str]] | None = None,
) -> dict:
    """For each outlet's number, the outlets whose articles give the same figure for a thing of the
    same kind: the same noun, or both people ("19 members" / "nineteen firefighters"), or whose
    sentences here give the figure alone ("the 19 who died"); "19 fire shelters" is not "19
    firefighters". ``rounded`` collects, for each, the outlets that give it in another form, with
    their own figure ("8,374 acres" for "8,400 acres", "two Amtrak personnel" for "two crew
    members"), so the page can say both."""
    held = {p: [y for t in ts for y in number_slots(t)] for p, ts in article.items()}
    here = {p: number_slots(t) for p, t in whole.items()}
    bare = {p: _bare_numbers(t) for p, t in whole.items()}

    def gives(p: str, x: Slot, o: str) -> bool:
        same = [y for y in held[p] if y.value == x.value or rounds_to(x.value, y.value)]
        # A bounded figure ("over 100 others") is given, more exactly, by a figure inside its bound in
        # the other outlet's sentences here ("116 others"); not from elsewhere in its article.
        same += [y for y in here[p] if x.bound and y not in same and x.low <= y.low and y.high <= x.high]

        def one_figure(y: Slot) -> bool:
            return (
                y.unit == x.unit
                or _head(x) == _head(y)  # "four young couples" gives "four couples"
                or (y.unit in PEOPLE and x.unit in PEOPLE)
                # people said by what happened to them: in the claim's own sentences
                or (y in here[p] and y.unit in _PEOPLE_COUNTED and x.unit in _PEOPLE_COUNTED)
                or (is_money(x) and is_money(y))
                # A figure too particular to be another count ("183 CD's" / "183 compact discs")
                or (_particular(x.value) and y.value == x.value and is_money(x) == is_money(y))
            )

        found = sorted((y for y in same if one_figure(y)), key=lambda y: y not in here[p])
        if found:
            if rounded is not None and p != o and (found[0].value, found[0].unit) != (x.value, x.unit):
                rounded.setdefault((o, x.surface), {})[p] = found[0].surface
            return True
        return not any(y.value == x.value for y in here[p]) and x.value in bare[p]

    givers: dict[tuple[str, str], set[str]] = {}
    for o, vs in values.items():
        for v in vs:
            slot = next(x for x in slots[o] if x.surface == v)
            givers[(o, v)] = {p for p in whole if gives(p, slot, o)}
    return givers


_RELATIVE_DAYS = {"today", "tomorrow", "yesterday", "tonight"}


def _quoted_relative_day(text: str, value: str) -> bool:
    """Whether the value is a day counted from now ("tomorrow") that the text has only inside quotes."""
    if value.lower() not in _RELATIVE_DAYS:
        return False
    unquoted = QUOTATION.sub(" ", text)
    return any(_word_in(value, q, True) for q in quotes(text)) and not _word_in(value, unquoted, True)


def _particular(value: float) -> bool:
    """A figure two counts of one story rarely share by chance: 100 or more, and not a multiple of ten
    ("183", "8,374"; not "19", "400" or "55,000")."""
    return value >= 100 and value == int(value) and int(value) % 10 != 0


def _head(slot: Slot) -> str:
    """The noun a figure's printed words end with, singular ("four young couples" -> "couple")."""
    return _singular(re.sub(r"\W+$", "", slot.surface.split()[-1].lower()))


def _day_givers(
    claim: Claim, values: dict[str, list[str]], texts: dict[str, tuple[str, ...]], days: dict[str, date | None]
) -> dict:
    """For each outlet's day or date, the outlets whose ``texts`` (sentences here, article) give the
    same day, by what the words mean where the article's date tells it: "yesterday" in an article of Friday 7 June and
    "Thursday" are one day; a date and its weekday are one day; other dates by their wording."""
    source = {m.outlet: m.source for m in claim.members}

    def keys(o: str, v: str) -> set[str]:
        when = resolve(v, days.get(source.get(o, "")))
        if when and when.year and not when.month and not when.day and when.weekday is None:
            return {f"year:{when.year}", _value_key("dates", v)}  # "2017" is given by any day of 2017
        if when and when.month and not when.day and when.weekday is None:
            # "March" is given by any day of March; "March 2016" by one of March 2016.
            return {f"month:{when.year or ''}-{when.month}", _value_key("dates", v)}
        return _when_keys(when) or {_value_key("dates", v)}

    def given(p: str, v: str) -> set[str]:
        when = resolve(v, days.get(source.get(p, "")))
        if not (when and when.month):
            return keys(p, v)
        year = when.day.year if when.day else when.year
        return (
            keys(p, v)
            | {f"month:-{when.month}"}
            | ({f"month:{when.year}-{when.month}"} if when.year else set())
            | ({f"year:{year}"} if year and (when.year or when.day) else set())
        )

    # A weekday gives a date only in the claim's sentences (``ts[0]``): "Friday" elsewhere in the
    # article is the day of anything else it tells, not "March 23" because that was a Friday.
    here = {p: set().union(*(given(p, v) for v in dates(ts[0]).values())) if ts else set() for p, ts in texts.items()}
    rest = {p: set().union(*(given(p, v) for t in ts[1:] for v in dates(t).values())) for p, ts in texts.items()}
    for p, ts in texts.items():  # "last year" in an article of 2018 gives 2017
        published = days.get(source.get(p, ""))
        if published:
            here[p] |= _relative_years(ts[0] if ts else "", published)
            rest[p] |= set().union(*(_relative_years(t, published) for t in ts[1:]))
    for p, ts in texts.items():  # a day named by what happened on it ("the 9/11 attacks")
        for name, day in NAMED_DAYS.items():
            if any(re.search(rf"(?<![\w/]){re.escape(name)}(?![\w/])", t) for t in ts):
                here[p] |= {f"day:{day.isoformat()}", f"md:{day:%m-%d}"}

    def givers(o: str, v: str) -> set[str]:
        want, when = keys(o, v), resolve(v, days.get(source.get(o, "")))
        written = bool(when and when.day and _WRITTEN_DATE.search(v))

        def gives(p: str) -> bool:
            # A bare weekday names a day of its article's own week: "Wednesday" in an article of
            # Wednesday 15 October is no "Oct. 8", though that was a Wednesday too.
            published = days.get(source.get(p, ""))
            far = written and published is not None and abs((when.day - published).days) > WEEKDAY_REACH
            mine = {k for k in here[p] if not (far and k.startswith("weekday:"))}
            return bool(want & (mine | {k for k in rest[p] if not (written and k.startswith("weekday:"))}))

        return {p for p in texts if gives(p)}

    return {(o, v): givers(o, v) for o, vs in values.items() for v in vs}


WEEKDAY_REACH = 6  # days from the article's date a bare weekday can name


# Days the news names by what happened on them.
NAMED_DAYS = {"9/11": date(2001, 9, 11)}


def _one_surname(lone: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Two outlets that each name, alone among the claim's outlets, a person of one surname with
    another first name ("Ann Roe" / "Jo Róe"): one of them names the wrong person. Nicknames and
    spellings of one first name are one name (they are never "only" one outlet's: ``_same_name``).
    A surname both outlets write alike makes neither name one outlet's alone, so this finds people
    whose surname the outlets accent differently; a wider rule (any two first names with one surname
    in a claim) read nicknames, "Mt" / "Mount" and team names as people on the ECB+ stories (21
    items, benchmarks/README.md)."""
    people = [
        (o, n, [w for w in n.split() if w not in TITLES and not re.fullmatch(r"[A-Z]\.", w)])
        for o, ns in lone.items()
        for n in ns
    ]
    for (o, x, xs), (p, y, ys) in itertools.combinations(people, 2):
        if o == p or len(xs) != 2 or len(ys) != 2 or normalise(xs[1]) != normalise(ys[1]):
            continue
        if not (_same_name(xs[0], ys[0]) or one_typo(xs[0], ys[0])):
            return [(o, x), (p, y)]
    return []


def _both_periods(found: list[Conflict]) -> bool:
    """Whether every date conflict sets a period said from the article's date beside another ("closed
    last week" / "closed last month"): each outlet dates the fact from the day it wrote, so spans
    with no day in common cannot both be right."""
    return all(_date_grain(c.value_a) == "period" == _date_grain(c.value_b) for c in found)


def _date_grain(value: str) -> str:
    """How finely a date is told: a period ("last week"), a day ("Monday", "June 1"), a month, a year."""
    if PERIOD.search(value):
        return "period"
    if value.lower().startswith(("yesterday", "today", "tomorrow", "tonight")) or _HOLIDAY.fullmatch(value):
        return "day"
    when = resolve(value, None)
    if when and (
        when.day or when.weekday is not None or (when.month and _WRITTEN_DATE.search(value) and not when.year)
    ):
        return "day"
    if when and when.month:
        return "month"
    return "year" if when and when.year else "other"


_HOLIDAY = re.compile(HOLIDAY)
_WRITTEN_DATE = re.compile(r"\d")  # "March 23", "Oct. 8", "3/23": a date by its day's number


_CAPITAL_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|on)\s+)*[A-Z][\w’'-]*)*")


_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})")


def _undot(text: str) -> str:
    """Initials without their full stops: "F.B.I." -> "FBI", "U.S." -> "US"."""
    return _DOTTED.sub(lambda m: m.group(1).replace(".", "") + " ", text)


def _mentions(text: str, name: str) -> bool:
    """Whether the text has any word of the name (titles aside), in any case, or spells out the
    name's initials ("WP": "the Washington Post", "ISW": "Institute for the Study of War"), or writes
    the name as initials ("United States": "U.S.", "FBI": "F.B.I.")."""
    text = _undot(text)
    # Initials read with hyphened words whole and in parts ("Trans-Ocean Shipping Pact": "TOSP").
    capitals = [w for w in name.split() if w[:1].isupper()]
    if any(len(ws) >= 2 and _word_in(_initials(" ".join(ws)), text) for ws in (capitals, _hyphen_parts(capitals))):
        return True
    if 2 <= len(name) <= 5 and name.isupper() and name.isalpha():
        for run in _CAPITAL_RUN.finditer(text):
            ws = run.group(0).split()
            if any(name in _initials(" ".join(x)) for x in (ws, _hyphen_parts(ws))):
                return True
    # A word inside a hyphenated one is there too ("anti-Obama", "witch-hunt"), and a name of two
    # hyphened names is named by each ("the Roe-Lee talks": "Roe").
    open_text = text.replace("-", " ")
    words = name.split() + _hyphen_parts([w for w in name.split() if "-" in w])
    if any(_word_in(w, text, True) or _word_in(w, open_text, True) for w in words if w not in TITLES and len(w) > 1):
        return True
    # A state or country by its abbreviation or other name ("Kentucky": "Sen. Roe (R-Ky.)"; "Britain": "U.K.").
    if any(_word_in(a.replace(".", ""), open_text) or _word_in(a, open_text) for w in name.split() for a in aliases(w)):
        return True
    # One name written as one word or two ("NewsCorp" / "News Corp").
    joined = name.replace(" ", "")
    if len(joined) >= 6 and (
        _word_in(joined, text) or joined in {w.replace(" ", "") for w in _CAPITAL_RUN.findall(text)}
    ):
        return True
    # A person by a given name or its short form ("Jimmy" / "James Feigen").
    if any(_word_in(form, text) for w in name.split() for form in _given_forms(w)):
        return True
    # A service named by what is posted on it ("in a tweet": Twitter).
    if any(form.search(text) for w in name.split() for form in _NAMED_BY_USE.get(w, ())):
        return True
    # A country by its initials or its words ("American" / "the U.S.", "British" / "the UK"); a state
    # by its abbreviation, after a party's letter too ("Rep. Ann Roe (R-Ark.)").
    return any(_word_in(alias, text) or _word_in(alias, open_text) for w in name.split() for alias in aliases(w))


def _relative_years(text: str, published: date) -> set[str]:
    """The years that "last year", "this year", "earlier this year" ... name in an article of the
    given date (``date.period``; a span over two years, "the past year", names none)."""
    spans = [period(m.group(0), published) for m in PERIOD.finditer(text) if m.group(0).endswith("year")]
    return {f"year:{first.year}" for first, last in filter(None, spans) if first.year == last.year}


def _given_forms(word: str) -> set[str]:
    """A given name's other forms: its short forms, or the name a short form is of."""
    return set(NICKNAMES.get(word, ())) | {full for full, short in NICKNAMES.items() if word in short}


_NAMED_BY_USE = {"Twitter": (re.compile(r"\b(?:re)?tweet", re.IGNORECASE),)}


def _hyphen_parts(words: list[str]) -> list[str]:
    """The capitalised parts of the words, hyphened words split ("Trans-Ocean Pact" -> Trans, Ocean, Pact)."""
    return [p for w in words for p in w.split("-") if p[:1].isupper()]


def _with_states(text: str, found: list[str]) -> list[str]:
    """The names with a state said by its name, not news style's abbreviation ("Ore." as Oregon), and
    joined to the place it follows ("Bellport, Ore." is one place: "Bellport (Oregon)", so that a list of
    names never reads it as two)."""
    out = list(found)
    for n in found:
        if n not in STATES:
            continue
        place = next((p for p in out if p != n and re.search(rf"\b{re.escape(p)},\s+{re.escape(n)}\b", text)), None)
        if place is None:
            out[out.index(n)] = STATES[n]
        else:
            out[out.index(place)] = f"{place} ({STATES[n]})"
            out.remove(n)
    return list(dict.fromkeys(out))


def _in_a_title(text: str, name: str) -> bool:
    """Whether the name stands only inside a short quote (a film's or a book's title, "“Harbour
    Lights”", ``MAX_TITLE_WORDS`` words at most): the quote is the detail ("only X quotes ..."), and a
    word of a title is no name the others leave out."""
    if _word_in(name, QUOTATION.sub(" ", text)):
        return False
    return any(len(q.split()) <= MAX_TITLE_WORDS and _word_in(name, q) for q in QUOTATION.findall(text))


MAX_TITLE_WORDS = 6


def _own_name(name: str, outlet: str) -> bool:
    """Whether the name is the outlet's own ("Harbour Radio has learned"): it names itself as the
    one reporting, not a thing the others leave out."""

    def bare(text: str) -> str:
        return re.sub(r"^the\s+", "", " ".join(text.lower().split()))

    return bare(name) == bare(outlet)


def _common_word(name: str, context: Context) -> bool:
    """A "name" that is a common word: a small word at a clause's start ("Because", "They're"), an
    institution word alone ("Department"), a word for a people or a party (``lexicon.DEMONYMS``), or a
    word the story's articles also write in lower case ("Authorities" / "authorities")."""
    if all(w in DEMONYMS for w in name.split()) or name.split()[-1] in DEMONYMS:
        return True  # "American", "Democratic", "TV", "the California Democrat": no name of who or what
    if re.fullmatch(r"[A-Z]{2,}s", name):
        return True  # initials in the plural ("three ICBMs", "the SUVs"): things, not a name
    if re.fullmatch(r"[A-Z][a-z]+ians", name):
        return True  # people by what they are ("Olympians", "Parisians"): a group, not a name
    if name in _CAPITALISED_WORDS:
        return True
    if name.lower() in DAYS | MONTHS:
        return True  # a day or a month is a date, not a name
    head, hyphen, tail = name.partition("-")
    if hyphen and " " not in name and tail[:1].islower():
        return _common_word(head, context)  # "Republican-backed", "Harbour-side": as its first word
    if " " in name or name.isupper():
        return False
    base = re.split(r"[’']", name)[0].lower()
    if base in STOP_WORDS | COUNTS or name in INSTITUTION_WORDS or base in NUMBER_WORDS or base in MORE_NUMBER_WORDS:
        return True
    if re.search(r"(?:ately|ally|ously|ively|edly|ingly|ently|antly)$", base):
        return True  # an adverb opening a clause ("Separately, ...")
    word = re.compile(rf"(?<![\w’'./@#-]){re.escape(name.lower())}(?![\w’'-]|\.\w)")  # not in a web address
    return any(word.search(t) for t in context.texts.values())


# Words written with a capital by convention that name no one thing of a story: units of temperature,
# a government's cabinet.
_CAPITALISED_WORDS = {"Celsius", "Fahrenheit", "Kelvin", "Cabinet"}


def _without_title(name: str) -> str:
    """A person's name without the titles before it ("U.S. Attorney Ann Roe" -> "Ann Roe"), when two
    words or more are left."""
    words = name.split()
    while len(words) > 2 and words[0].rstrip(".") in TITLES | INNER_TITLES | TITLE_MODIFIERS and words[1][0].isupper():
        words.pop(0)
    return " ".join(words)


def _without_opening_verb(name: str, texts: list[str], context: Context) -> str:
    """A name without the verb form that opens its sentence: "Praising Harbour Council" opens a sentence
    with "praising", which the story also writes in lower case; "Downing Street" keeps its first word."""
    first, _, rest = name.partition(" ")
    opening = re.compile(rf"[\W_]*{re.escape(name)}\b")
    if (
        rest
        and re.search(r"[a-z](?:ing|ed)$", first)
        and any(opening.match(t[dateline(t) :]) for t in texts)
        and _common_word(first, context)
    ):
        return rest
    return name


def _when_keys(when: When | None) -> set[str]:
    if when is None:
        return set()
    # The month and day too: "Feb. 8" (its year read from the article's date) is given by "Feb. 8, 2017".
    keys = {f"day:{when.day.isoformat()}", f"md:{when.day:%m-%d}"} if when.day else set()
    if when.weekday is not None:
        keys.add(f"weekday:{when.weekday}")
    return keys


def _value_key(kind: str, value: str) -> str:
    if kind == "dates":
        return " ".join(re.sub(r"(st|nd|rd|th)\b|[.,]|\bof\b", "", value.lower()).split())
    return value


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


def compare_claim(
    claim: Claim, context: Context | None = None, extra: list[Conflict] | None = None, told: set[str] | None = None
) -> list[Difference]:
    """The substantive differences between a claim's wordings (none for a one-outlet claim).

    ``context`` tells the articles' dates (for weekdays and relative days), texts and whole
    quotations; ``extra`` are conflicts the story found between members' whole sentences; ``told``,
    the members the fact signal finds telling the claim (all when None): only they give details
    ("only X gives ..."), checked against every member's whole sentence."""
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
    numbers_ = [c for c in conflicts.get("numbers", []) if not _also_gives(whole, c)]
    conflicts = {k: v for k, v in conflicts.items() if k != "numbers"} | ({"numbers": numbers_} if numbers_ else {})
    # Days told apart for sure: one statement worded alike and dated two ways, or two times both said
    # from the article's date. When there are such, they alone are the conflict: another outlet's day
    # in the claim ("two aides on the staff since 2005", invented) is no side of it.
    sure_dates = [c for c in conflicts.get("dates", []) if _anchored_dates([c], claim, days) or _both_periods([c])]
    if sure_dates:
        conflicts["dates"] = sure_dates
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
            near = _day_givers(full, values, {p: (whole[p],) for p in article}, days)
            same = None
        printed = (
            {(o, x.surface): with_hedge(by_outlet[o], x.surface) for o in outlets for x in slots[o]}
            if kind == "numbers"
            else None
        )
        if len(outlets) > 1:
            diffs += _extras(kind, values, givers, same, every, printed, rounded if kind == "numbers" else None, near)

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
        # Told by its whole name: "Devon and Somerset Fire and Rescue", not "Devon, Rescue"; a person
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
            _quoted_in(t, q) or _quotes_part_of(t, q) or _tidied_in(t, q)
            for q in quoted[quoting[0]] + [q for m in full.members if m.outlet == quoting[0] for q in quotes(m.text)]
            if len(q.split()) >= MIN_DETAIL_QUOTE_WORDS
            for p in every
            if p != quoting[0]
            for t in article[p][1:]
        )
    ):
        # Which words: a reader should not have to find them (a browser audit).
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
                f"Only {quoting[0]} quotes here{which}; {_names_list([o for o in every if o != quoting[0]])} "
                f"{'tells' if len(every) == 2 else 'tell'} it without a quote.",
                {quoting[0]: quoted[quoting[0]]},
            )
        )
    elif len(quoting) >= 2 and all(quoted[o] for o in quoting):
        # Words one outlet quotes that another prints too (in its quotes or anywhere in its sentences,
        # "(sic)", brackets, case and articles aside), or that hold another's quote, are the same
        # words, more or fewer of them. The rest are told by outlet: "Only A quotes “...”".
        # The other outlet's whole article counts: the same words quoted in another paragraph, or a
        # word one outlet quotes inside a longer quote of the other's ("profoundly"), are not "only A's".
        printed = {
            o: _quote_forms(" ".join(m.text for m in claim.members if m.outlet == o))
            + [w for t in article[o][1:] for w in _text_forms(t)]
            for o in quoting
        }
        alone = {
            o: [
                q
                for q in dict.fromkeys(quoted[o])
                if not any(
                    any(_excerpt(quote_pieces(q), w) for w in printed[p])
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
        alone = {o: qs for o, qs in alone.items() if qs}
        if alone:
            parts = "; ".join(
                f"only {o} quotes "
                + " and ".join(_with_speaker(full, o, q) for q in qs[:2])
                + (" and more" if len(qs) > 2 else "")
                for o, qs in alone.items()
            )
            # An outlet that quotes these words elsewhere in its article is no outlet that "tells it without a quote".
            silent = [
                o
                for o in outlets
                if o not in quoting
                and not any(
                    _tidied_in(t, q) or _quoted_in(t, q) for qs in alone.values() for q in qs for t in article[o]
                )
            ]
            verb = "tells" if len(silent) == 1 else "tell"
            rest = f"; {_names_list(silent)} {verb} it without a quote." if silent else "."
            diffs.append(Difference("quotes", parts[0].upper() + parts[1:] + rest, alone))

    # Which verb each outlet attributes the claim with ("said" / "claimed") is not told: three browser
    # audits found such a detail false 10 times in 16 (verbs of quoted words or of other facts).
    found = conflict("attribution")
    if found:
        diffs.append(found)

    found = conflict("negation")
    if found:
        diffs.append(found)
    return diffs
