"""Which outlets give a value (a figure, a day), in their sentences here or elsewhere in their
articles, and how finely a date is told."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from ...align.claims import title_faults
from ...lexicon import HOLIDAY, STOP_WORDS
from ...model import Claim, Sentence
from ...segment import QUOTATION
from ..context import Context
from ..date import (
    _DATE,
    PERIOD,
    When,
    date_conflicts,
    dates,
    night_words,
    period,
    resolve,
    said_early,
    said_late,
    span_ends,
)
from ..name import _word_in
from ..number import (
    _ON_TOP,
    CLOSE,
    PEOPLE,
    Slot,
    _compound,
    _fates_apart,
    _overlap,
    _part_slots,
    _plural,
    _singular,
    _value,
    added,
    as_told,
    bracketed_slots,
    converted,
    dead_counted_bare,
    head_noun,
    is_money,
    number_slots,
    people_of,
    rounds_to,
    several_slots,
    with_hedge,
)
from ..quote import quotes
from ..text import Likely
from .pair import NEGATION_LIKELY, Conflict
from .part import part_text


def _same_kind(x: Slot, y: Slot) -> bool:
    """Two numbers count the same kind of thing: the same noun, or both people ("crew members" /
    "crewmen"), and what is done to them is not two things ("killing" / "carrying"). A group told by
    its size ("a 12-person panel", "a 20-member team") counts its members: the same kind as the same
    group's size or as members or people counted plainly ("20 members"), not as people of another
    role ("a dozen guards": an audit read a panel's size credited to an outlet's guards)."""
    if _groups_apart(x, y):
        return False
    kind = x.unit == y.unit or (x.unit in PEOPLE and y.unit in PEOPLE)
    return kind and not (x.verb and y.verb and x.verb != y.verb)


_MEMBERS = {"people", "member"}  # what a group told by its size counts ("12-person", "20-member")


def _group(slot: Slot) -> str:
    """The group a figure tells the size of ("a 12-person panel" -> "panel"), or ""."""
    return _compound(slot) if slot.unit in _MEMBERS else ""


def _plain_people(slot: Slot) -> bool:
    """A plain count of people or members ("20 members", "12 people"), no group's size."""
    return slot.unit in _MEMBERS and not _compound(slot)


def _groups_apart(x: Slot, y: Slot) -> bool:
    """Whether one figure tells a group's size and the other counts anything but that group or
    people plainly ("a 12-person panel" / "a dozen guards"). A group whose noun the figure's words do
    not reach ("the 20-member Hotshot crew": "-") may be any other group of that size (audit 186 read
    "only A gives 20-member" beside "a 20-person crew")."""
    gx, gy = _group(x), _group(y)
    unknown = bool(gx and gy and "-" in (gx, gy))
    return bool((gx or gy) and gx != gy and not unknown and not (_plain_people(x) or _plain_people(y)))


def _agreeing_numbers(found: list[Conflict], whole: dict[str, str]) -> dict[str, list[str]]:
    """Outlets whose whole sentences count the same thing with one of the conflicting values: a third
    outlet ("700 residents" beside "700 residents / 600 people"), or an outlet of one pair that gives
    a value of another pair too (it carried "eight crew members" as well as "139 passengers"). A bound
    open on one side ("more than 10 firefighters") counts no one value (``_open``): beside "25" and
    "29 firefighters" it is a threshold said of something else (an audit read it listed as a side)."""
    # Not of a conversion's sides: both give the figure converted ("200 pesos"), every mention of it
    # would be listed as agreeing with each.
    values = [
        (x, sentence)
        for c in found
        if not converted(c.value_a)
        for v, sentence in ((c.value_a, c.a.text), (c.value_b, c.b.text))
        for x in number_slots(v)
    ]
    more: dict[str, list[str]] = {}
    for o, text in whole.items():
        for y in [*number_slots(text), *dead_counted_bare(text)]:
            if not _open(y) and any(_agrees(x, sentence, y, text) for x, sentence in values):
                more.setdefault(o, []).append(as_told(text, y.surface))
    return more


def _agrees(x: Slot, a: str, y: Slot, b: str) -> bool:
    """Whether a figure ``y`` of text ``b`` is a side's value ``x`` (of its sentence ``a``) again: the
    same kind of thing, inside its range, near a bound open on one side ("more than 40 people" is not
    "about 90 people": ``_near_bound``), and nothing else befell them ("injuring about 45 others" is
    no side of a count of the dead; ``fate``)."""
    near = not _open(x) or _near_bound(x, y)
    return _same_kind(x, y) and _overlap(x, y) and near and not _fates_apart(a, x, b, y)


# Where an article's text is cut into sentences to read the words around each figure: a line's end, or
# a stop and a capital (a rough cut: the words a figure stands beside are its own sentence's).
_SENTENCE_END = re.compile(r"\n+|(?<=[.!?”\"])\s+(?=[“\"A-Z])")
# What "several" may count where an outlet's other figure is read as giving it: a handful, not scores.
SEVERAL_AT_MOST = 9.0


def _also_gives(whole: dict[str, str], c: Conflict, articles: dict[str, str] | None = None) -> bool:
    """Whether either outlet of a number conflict also gives the other's value: anywhere in ``whole``
    (by outlet, its sentences of the claim), or in its article (``articles``, by outlet) beside words
    the other's value stands beside ("wounded four others" above "two others were injured" by gunfire;
    not "three people were killed" in another year's crash beside "several crew are still in
    hospital"). A bound open on one side ("more than 10 firefighters", "under 30 boats") gives no one
    value: it is a threshold said of something, not a figure the other outlet gives."""

    def gives(text: str, value: str, sentence: str, near: bool) -> bool:
        # Read sentence by sentence: the words around a figure are its own sentence's.
        slots = [y for piece in _SENTENCE_END.split(text) for y in number_slots(piece) if not _open(y)]
        # "Several others" is given by "four others", not by "116 people" (a count of another thing).
        told = [*number_slots(value), *(replace(x, high=SEVERAL_AT_MOST) for x in several_slots(value))]
        # The words around the value in its whole sentence (the conflict keeps only its slot's words).
        around = frozenset().union(
            *(z.context for z in [*number_slots(sentence), *several_slots(sentence)] if z.surface in value)
        )
        # In the article, beside words the value stands beside where it counts people ("three people
        # were killed" in another year's crash); a measure ("a 6.1-magnitude quake", "2,000 acres") the
        # outlet gives anywhere is one it gives (audit 149: an article's 2004 quake of 9.1 against the
        # 6.1 of the quake it reports was listed as a disagreement).
        # The same noun counted, however its figure is worded ("four sentences of life" gives "four
        # consecutive life sentences", read as a count of lives).
        return any(
            (_same_kind(x, y) or (head_noun(x) == head_noun(y) and not (x.verb and y.verb and x.verb != y.verb)))
            and _overlap(x, y)
            and (not near or x.unit not in _PEOPLE_COUNTED or bool(around & y.context))
            for x in told
            for y in slots
        )

    def either(texts: dict[str, str], near: bool) -> bool:
        return gives(texts.get(c.a.outlet, ""), c.value_b, c.b.text, near) or gives(
            texts.get(c.b.outlet, ""), c.value_a, c.a.text, near
        )

    if converted(c.value_a):
        return False  # the figure both convert is not the value in question
    return either(whole, False) or (articles is not None and either(articles, True))


def told_together(context: Context, c: Conflict) -> bool:
    """Whether some sentence of the story, any outlet's, gives both values of a number conflict (each
    as a figure of the same kind, not an open bound): figures a sentence sets side by side ("about
    150 nautical miles off the port and 13 nautical miles from the ship") count two things, or one
    thing before and after a change, never one thing two outlets count differently."""
    a = [x for x in number_slots(c.value_a) if not _open(x)]
    b = [x for x in number_slots(c.value_b) if not _open(x)]
    if not a or not b:
        return False
    for _, text in (pair for sentences in context.sentences.values() for pair in sentences):
        slots = [y for y in number_slots(text) if not _open(y)]
        # Two figures of its own, one for each value ("approximately 139" allows 136 too: one figure).
        gives_a = [y for y in slots if any(_same_kind(x, y) and _overlap(x, y) for x in a)]
        gives_b = [y for y in slots if any(_same_kind(x, y) and _overlap(x, y) for x in b)]
        if any(y not in gives_b for y in gives_a) and any(y not in gives_a for y in gives_b):
            return True
    return False


def _near_bound(bound: Slot, y: Slot) -> bool:
    """Whether a figure inside a bound is near enough to be the bounded figure told exactly: within
    ``CLOSE`` of a bound open on one side ("over 100 others" / "116 others"; not "more than a dozen" /
    "150"); any figure inside a bound closed on both sides."""
    if bound.high == float("inf"):
        return y.value <= bound.value * CLOSE
    if _open(bound):
        return y.value * CLOSE >= bound.value
    return True


def _tighter_bound(bound: Slot, y: Slot) -> bool:
    """Whether a bound inside another, open on the same side, is the same count told more exactly: its
    figure within ``TIGHTER_BOUND`` of the other's ("at least 116 others" / "over 100 others"; not
    "under 25 kilometres" / "under 50 km", two distances; audit 152)."""
    if not (_open(bound) and _open(y)) or (bound.high == float("inf")) != (y.high == float("inf")):
        return False
    low, high = sorted((bound.value, y.value))
    return low > 0 and high <= low * TIGHTER_BOUND


# The most a tighter bound's figure may be apart from the looser one's (as a ratio) to tell one count.
TIGHTER_BOUND = 1.25


def _open(slot: Slot) -> bool:
    """Whether a figure is a bound open on one side ("at least 10", "more than 10", "up to 30")."""
    return slot.high == float("inf") or (slot.low == 0 and slot.bound in ("<", "<="))


def _also_dated(whole: dict[str, str], c: Conflict) -> bool:
    """Whether either outlet of a date conflict also gives the other's day, as printed, in its
    sentences of the claim: an outlet that dates a meeting "over Easter weekend" and quotes a tweet
    that says "last week" does not disagree with an outlet that says "Easter weekend"."""
    return prints(whole.get(c.a.outlet, ""), c.value_b) or prints(whole.get(c.b.outlet, ""), c.value_a)


def prints(text: str, value: str) -> bool:
    """Whether the text prints the value as a whole word or words, in any case."""
    return re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text, re.IGNORECASE) is not None


def _both_dated(article: dict[str, tuple[str, ...]], c: Conflict) -> bool:
    """Whether each outlet of a date conflict gives the other's day too, as printed, somewhere in its
    article (``article``: its sentences here, then its whole article): both days are in both
    articles, so they date two events ("published on Thursday", "disputed on Friday"), not one
    event two ways."""
    return any(prints(t, c.value_b) for t in article.get(c.a.outlet, ())) and any(
        prints(t, c.value_a) for t in article.get(c.b.outlet, ())
    )


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


# For details only: figures of people said by what happened to them ("116 injured", "116 others")
# are a count of people as "116 people" is, in the claim's own sentences (elsewhere in an article
# "about 100 injured" may be another accident's). Not for conflicts: "five dead" and "two injured"
# are two counts, not one counted two ways.
_PEOPLE_COUNTED = PEOPLE | {"other", "injured", "wounded", "hurt", "survivor", "missing", "trapped", "died"}


def _counts_people(slot: Slot) -> bool:
    """Whether a figure counts people, by what they are, what happened to them or their people ("116
    injured", "1.5 million Turkmens")."""
    return slot.unit in _PEOPLE_COUNTED or people_of(slot.unit)


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
    held = {p: [y for t in ts for y in (*number_slots(t), *bracketed_slots(t))] for p, ts in article.items()}
    here = {p: number_slots(t) for p, t in whole.items()}
    parts = {p: _part_slots(t) for p, t in whole.items()}
    loose = {p: _loose_figures(t) for p, t in whole.items()}
    part_counts = {p: _part_counts(t) for p, t in whole.items()}
    determined = {p: _determined_counts(t) for p, t in whole.items()}

    def gives(p: str, x: Slot, o: str) -> bool:
        if not x.bound and x.low < x.high == x.value:  # a range ("between 40 and 60"): that range only
            same = [y for y in held[p] if (y.low, y.high) == (x.low, x.high)]
        else:  # not a range's end ("between 150 and 200 migrants" gives no "about 200 migrants"; audit 66)
            # Nor a bound from the other side ("almost four dozen" gives no "at least four dozen": the
            # two cannot both be true; audit 210).
            same = [
                y
                for y in held[p]
                if (y.value == x.value or rounds_to(x.value, y.value))
                and (y.bound or not y.low < y.high == y.value)
                and not (x.bound and y.bound and not _overlap(x, y))
            ]
        # A bounded figure ("over 100 others") is given, more exactly, by a figure inside its bound in
        # the other outlet's sentences here ("116 others"); not from elsewhere in its article.
        # A bound open on one side is given so only by a figure near it (within ``CLOSE``): "more than a
        # dozen people" (on a fence) is no "more than 150 migrants" (an audit).
        # Not by another bound ("less than 25 kilometres" is no "less than 50 km"; audit 152), but for a
        # tighter one from the same side just inside it (``_tighter_bound``: "at least 116 others" gives
        # "over 100 others"; audit 221).
        same += [
            y
            for y in here[p]
            if x.bound
            and y not in same
            and x.low <= y.low
            and y.high <= x.high
            and (_tighter_bound(x, y) if y.bound else _near_bound(x, y))
        ]
        # A part of a whole in the other outlet's sentences here gives its figure, within the range a
        # hedge allows ("144 of its 600 boats" gives "some 140 boats"; an audit read such an "only A gives"
        # as false), not a bound open on one side ("at least 9 matches"); nor a count of others, on top
        # of those counted before ("two others were hurt" is no "two of the five hurt": audit 210).
        others = x.unit in _ON_TOP or added(whole.get(o, ""), x)
        if not others:
            same += [
                y for y in parts[p] if (not _open(x) and x.low <= y.value <= x.high) or rounds_to(x.value, y.value)
            ]

        def one_figure(y: Slot) -> bool:
            return not _groups_apart(x, y) and (
                y.unit == x.unit
                or head_noun(x) == head_noun(y)  # "four young couples" gives "four couples"
                or (y.unit in PEOPLE and x.unit in PEOPLE)
                # people said by what happened to them: in the claim's own sentences
                or (y in here[p] and _counts_people(y) and _counts_people(x))
                or (is_money(x) and is_money(y))
                # A figure too particular to be another count ("183 CD's" / "183 compact discs")
                or (_particular(x.value) and y.value == x.value and is_money(x) == is_money(y))
            )

        found = sorted((y for y in same if one_figure(y)), key=lambda y: y not in here[p])
        if found:
            if rounded is not None and p != o and (found[0].value, found[0].unit) != (x.value, x.unit):
                # As printed, with its hedge ("about 60 boats"), from where it was found.
                texts = [whole[p], *article[p]] if found[0] in here[p] else list(article[p])
                text = next((t for t in texts if found[0].surface in t), "")
                rounded.setdefault((o, x.surface), {})[p] = with_hedge(text, found[0].surface)
            return True
        if (x.value, head_noun(x)) in determined[p]:
            return True
        bare = loose[p] if others else loose[p] | part_counts[p]
        return not any(y.value == x.value for y in here[p]) and x.value in bare

    givers: dict[tuple[str, str], set[str]] = {}
    for o, vs in values.items():
        for v in vs:
            slot = next(x for x in slots[o] if x.surface == v)
            givers[(o, v)] = {p for p in whole if gives(p, slot, o)}
    return givers


# A figure in digits standing alone, not one side of a score or record ("10-5"), a time ("10:03") or a
# fraction ("3/4"), nor a whole a part is of ("one of 13 passes"): a figure another outlet may give
# without its noun ("the 19 who died"). Audit 141 read "five seed" credited to outlets for a "9-5"
# record and "13-play drive" to "one of 13 passes".
_LOOSE_FIGURE = re.compile(r"(?<![\d:/.,-])(?<!\d of )\d[\d,]*(?:\.\d+)?(?![\d:/]|-\d|\.\d)")


_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k"}


def _loose_figures(text: str) -> set[float]:
    """The figures in digits the text gives alone (``_LOOSE_FIGURE``): with no word after them or a
    small one ("the 19 who died", "a mother of 12, was"), not a noun they count ("10 seconds ran off"
    gives no "10 yards"; audit 143)."""
    out = set()
    for m in _LOOSE_FIGURE.finditer(text):
        after = re.match(r"\s*([A-Za-z]+)", text[m.end() :])
        word = after.group(1) if after else ""
        if word.islower() and word not in STOP_WORDS | _SCALES and not text[m.end() : m.end() + 1].strip():
            continue  # a lowercase noun it counts; not a name ("35,000 Brazilian reals") nor "22.4 billion"
        out.add(float(m.group(0).replace(",", "")))
    return out


# A count after a determiner ("the two officers", "the final two games"), which ``number_slots`` leaves
# out (mostly the two already named, or a rank), gives that count of that noun in the claim's own
# sentences (audit 144: "only A and B give two police officers" beside C's "The two officers").
_DETERMINED = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Za-z]+['’]s)\s+"
    r"(?:(?:final|last|next|first|past|previous|other)\s+)?"
    r"(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)((?:\s+[a-z]+){1,3})"
)


def _determined_counts(text: str) -> set[tuple[float, str]]:
    """Each count said after a determiner, with the singular of the first plural noun of the (up to
    three) words after it ("the club's final two league home games": games)."""
    out = set()
    for m in _DETERMINED.finditer(text):
        value = _value([m.group(1).lower(), "x"], 0)
        noun = next((w for w in m.group(2).split() if _plural(w)), None)
        if value is not None and noun:
            out.add((value, _singular(noun)))
    return out


_PART = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+of\s+(?:them|those|these|the|whom)\b",
    re.IGNORECASE,
)


def _part_counts(text: str) -> set[float]:
    """The figures of a part said of a whole ("five of them", "two of the nine rescued"): a sentence
    that says so gives the figure (an audit read "only B gives five people" beside "nine were taken
    to hospital, five of them with burns", invented words)."""
    return {v for m in _PART.finditer(text) if (v := _value([m.group(1).lower(), "of"], 0)) is not None}


_RELATIVE_DAYS = {"today", "tomorrow", "yesterday", "tonight", "this morning", "this afternoon", "this evening"}


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


def _day_givers(
    claim: Claim,
    values: dict[str, list[str]],
    texts: dict[str, tuple[str, ...]],
    days: dict[str, date | None],
    forms: dict[tuple[str, str], dict[str, str]] | None = None,
    likeliest: dict[str, tuple[str, ...]] | None = None,
    sources: dict[str, str] | None = None,
) -> dict:
    """For each outlet's day or date, the outlets whose ``texts`` (sentences here, article) give the
    same day, by what the words mean where the article's date tells it: "yesterday" in an article of Friday 7 June and
    "Thursday" are one day; a date and its weekday are one day; other dates by their wording.
    ``forms``, when given, is filled with each other outlet's own words for that day where they
    differ from the value's ("tomorrow" for "Tuesday"): a page says them, not only the day they mean.
    ``likeliest``: each outlet's sentences elsewhere likely to tell a fact of the claim, whose
    weekdays give a date as its sentences here do. ``sources``: the article of each outlet of
    ``texts`` outside the claim, whose date reads its words."""
    source = {m.outlet: m.source for m in claim.members} | (sources or {})

    def keys(o: str, v: str) -> set[str]:
        if span_ends(v):
            return {_value_key("dates", v)}  # a span is given by both its ends (``givers``), not by one
        if (year := year_periods(v, days.get(source.get(o, ""))).get(v)) is not None:
            return {f"year:{year}"}  # "last year" in an article of 2014 is 2013 (a value ``figures`` adds)
        when = resolve(v, days.get(source.get(o, "")))
        if when and when.year and not when.month and not when.day and when.weekday is None:
            return {f"year:{when.year}", _value_key("dates", v)}  # "2017" is given by any day of 2017
        if when and when.month and not when.day and when.weekday is None:
            # "March" is given by any day of March; "March 2016" by one of March 2016. A day of the
            # month whose year no date tells ("June 17" in an undated article) is that month and day
            # (audit 143: "only A gives June 17" beside an undated outlet's "June 17").
            # Not the whole month, then: "6 December" is no "December 13" (audit 144).
            of_month = re.search(r"(?<![\d,])\b([0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d)", v)
            if of_month:
                return {f"md:{when.month:02d}-{int(of_month.group(1)):02d}", _value_key("dates", v)}
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
    here = {
        p: set().union(*(given(p, v) for t in (ts[:1] + (likeliest or {}).get(p, ())) for v in dates(t).values()))
        for p, ts in texts.items()
    }
    rest = {p: set().union(*(given(p, v) for t in ts[1:] for v in dates(t).values())) for p, ts in texts.items()}
    # A night's late hours and the next morning's are one time (audit 120): each outlet's days said
    # late or early here, as they are and moved across the night.
    night = {
        p: _overnight_keys(ts[:1] + (likeliest or {}).get(p, ()), days.get(source.get(p, "")))
        for p, ts in texts.items()
    }
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
        if ends := span_ends(v):
            return givers(o, ends[0]) & givers(o, ends[1])
        own_day = days.get(source.get(o, ""))
        want, when = keys(o, v), resolve(v, own_day)
        day = when.day if when else None
        written = bool(day and _WRITTEN_DATE.search(v))
        # The day a weekday of ``o``'s is near: its own, or, for a bare weekday, its article's.
        anchor = day or (own_day if when and when.weekday is not None else None)

        said = [m.text for m in claim.members if m.outlet == o] + list(texts.get(o, ()))
        part = _month_part(next((t for t in said if v in t), ""), v) if when and _month_only(when) else ""

        def gives(p: str) -> bool:
            # "Late January" is no "early January": a month's two ends are two times (audit 190 read one
            # outlet's late-January memo credited with another's early-January report).
            if part in _OTHER_END and when is not None:
                published = days.get(source.get(p, ""))
                ends = {
                    _month_part(t, w) if _month_only(x) else ""
                    for t in texts[p]
                    for w in dates(t).values()
                    if (x := resolve(w, published)) and x.month == when.month and x.year in (when.year, None)
                }
                if ends == {_OTHER_END[part]}:
                    return False
            # A weekday names a day of its article's own week: "Wednesday" in an article of Wednesday
            # 15 October is no "Oct. 8", though that was a Wednesday too; nor is "Tuesday" in an article
            # of 3 March the "today" of one of 28 April (audit 139).
            published = days.get(source.get(p, ""))
            far = anchor is not None and published is not None and abs((anchor - published).days) > WEEKDAY_REACH
            mine = {k for k in here[p] if not (far and k.startswith("weekday:"))}
            elsewhere = {k for k in rest[p] if not ((written or far) and k.startswith("weekday:"))}
            if _meet(want, mine | elsewhere, anchor):
                return True
            # "Friday morning" is given by "Thursday night", and back; not a bare "Friday".
            (own_late, own_early, _, _), (_, _, moved_late, moved_early) = night.get(o, _NO_NIGHT), night[p]
            met = want & own_early & moved_late | want & own_late & moved_early
            return any(not k.startswith("dayweek:") for k in met)  # two known days meet by their date

        return {p for p in texts if gives(p)}

    out = {(o, v): givers(o, v) for o, vs in values.items() for v in vs}
    if forms is not None:
        for (o, v), who in out.items():
            want = keys(o, v)
            for p in sorted(who - {o}):
                published = days.get(source.get(p, ""))
                worded = [w for t in texts[p] for w in (*dates(t).values(), *year_periods(t, published))]
                said = [w for w in worded if _meet(want, given(p, w))]
                if said and not any(w.lower() == v.lower() for w in said):
                    forms.setdefault((o, v), {})[p] = said[0]
                elif not said and (across := _across_the_night(texts[p], published, want)):
                    # Given across the night ("Saturday night" for an early "Sunday"): said in its own
                    # words (audits 144, 145 read "only A and B give Sunday" of B's "late Saturday").
                    forms.setdefault((o, v), {})[p] = across
    return out


# The words before a month that say which end of it ("late January", "the end of May", "mid-June").
_MONTH_PART = re.compile(
    r"\b(?:(early|at\s+the\s+(?:start|beginning)\s+of|in\s+the\s+first\s+days\s+of)"
    r"|(late|at\s+the\s+end\s+of|by\s+the\s+end\s+of|in\s+the\s+last\s+days\s+of)"
    r"|(mid|in\s+the\s+middle\s+of))[\s-]+$",
    re.IGNORECASE,
)
_OTHER_END = {"early": "late", "late": "early"}


def _month_only(when: When) -> bool:
    """Whether a date is a month (of a year or none), no day of it."""
    return bool(when.month and not when.day and when.weekday is None)


def _month_words(text: str, value: str) -> re.Match[str] | None:
    """The words before a value's first place in a text that say a part of a month (``_MONTH_PART``)."""
    at = text.find(value)
    return _MONTH_PART.search(text[:at]) if at > 0 else None


def _month_part(text: str, value: str) -> str:
    """Which part of its month a text says a month value of: "early", "late", "mid" or ""."""
    if (found := _month_words(text, value)) is None:
        return ""
    return "early" if found.group(1) else "late" if found.group(2) else "mid"


def month_said(text: str, value: str) -> str:
    """A month value with the words before it that say which part of the month ("early January 2017",
    "mid-June"), as the text says it; the value alone where it says none."""
    found = _month_words(text, value)
    if found is None or (when := resolve(value, None)) is None or not _month_only(when):
        return value
    words = " ".join(found.group(0).split()).lower()
    return f"{words}{value}" if words.endswith("-") else f"{words} {value}"


def _across_the_night(texts: tuple[str, ...], published: date | None, want: set[str]) -> str | None:
    """The words of the first day the texts say late or early ("Saturday night", "early Sunday")
    whose day moved across the night is one of ``want``'s keys."""
    return next((night_words(m) for m, _, _, moved in _night_days(texts, published) if moved & want), None)


def _night_days(
    texts: tuple[str, ...], published: date | None
) -> Iterator[tuple[re.Match[str], int, set[str], set[str]]]:
    """Each day the texts say late (step 1: "Thursday night", "late Thursday") or early (step -1:
    "Friday morning", "early Friday"), with its keys and the keys of the day across the night from it
    (a late day's next, an early day's before)."""
    for text in texts:
        for m in _DATE.finditer(text):
            step = 1 if said_late(m) else -1 if said_early(m) else 0
            when = resolve(m.group(0), published) if step else None
            if when is None:
                continue
            if when.day:
                day = when.day + timedelta(days=step)
                yield m, step, _when_keys(when), _when_keys(When(day, day.weekday(), day.month, day.year))
            elif when.weekday is not None and when.month is None:
                yield m, step, {f"weekday:{when.weekday}"}, {f"weekday:{(when.weekday + step) % 7}"}


WEEKDAY_REACH = 6  # days from the article's date a bare weekday can name


_NO_NIGHT: tuple[set[str], set[str], set[str], set[str]] = (set(), set(), set(), set())


def _overnight_keys(texts: tuple[str, ...], published: date | None) -> tuple[set[str], set[str], set[str], set[str]]:
    """The keys of the days the texts say late ("Thursday night", "late Thursday") and early ("Friday
    morning", "early Friday"), then the same moved across the night: a late day to the next, an early
    one to the day before. A flight that leaves one night lands the next morning, and outlets date it
    either way (audit 120 read "only A gives Friday" of a flight A dates by the next morning beside B's
    "left the island Thursday night", invented words)."""
    late: set[str] = set()
    early: set[str] = set()
    moved_late: set[str] = set()
    moved_early: set[str] = set()
    for _, step, keys, moved in _night_days(texts, published):
        (late if step == 1 else early).update(keys)
        (moved_late if step == 1 else moved_early).update(moved)
    return late, early, moved_late, moved_early


# A sentence that opens with an event of someone named before ("After his arrest, ...", "Following
# their meeting, ..."): the sentence before says when that was.
_AFTER_ITS = re.compile(r"(?:After|Before|Since|Following|During|Upon|Until|Despite)\s+(?:his|her|its|their)\b")


def _dated_elsewhere(
    claim: Claim, whole: dict[str, str], context: Context, likely: Likely
) -> dict[str, tuple[str, ...]]:
    """Each outlet's texts to name it by as giving a day: its sentences here (and the one before a
    sentence that needs it to be read, ``title_faults``, or that opens with the event of someone named
    there, ``_AFTER_ITS``), then the other sentences of its article that the fact signal finds at
    least somewhat likely (``NEGATION_LIKELY``) to state a fact with another outlet's sentence here.
    A day elsewhere in an article is as often the day of something else it tells ("Friday" of a
    council vote further down, beside the launch this claim dates): of the 44 times a tuning story's
    day detail named an outlet from a sentence elsewhere, the 23 sentences the signal scored under
    0.25 all told another fact than the claim's in the gold; of the 21 above, 13 told the same fact
    (benchmarks/README.md)."""
    here = {m.key for m in claim.members}
    # A member that needs the sentence before it to be read (a bare quote, "He said ...") takes its
    # day from there too: "In a statement on Saturday, the club said:" then the quote; so does one that
    # opens with the event of someone the sentence before names ("After her release, ..."): it was
    # dated there (an audit: "only A gives 2017" where B gives it in the sentence before).
    before = {
        replace(m, index=m.index - 1).key
        for m in claim.members
        if m.index and (title_faults(m.text, bool(context.quotations.get(m.key))) or _AFTER_ITS.match(m.text))
    }
    out = {}
    for o, text in whole.items():
        others = [m.key for m in claim.members if m.outlet != o]
        sources = dict.fromkeys(m.source for m in claim.members if m.outlet == o)
        out[o] = (
            text,
            *(
                t
                for source in sources
                for key, t in context.sentences.get(source, ())
                if key not in here and (key in before or any(likely(key, k) >= NEGATION_LIKELY for k in others))
            ),
        )
    return out


def telling_outside(claim: Claim, context: Context, likely: Likely, every: list[str]) -> dict[str, tuple[str, ...]]:
    """The sentences of the story's articles outside the claim (of outlets not in ``every``) that the fact
    signal finds at least somewhat likely (``NEGATION_LIKELY``) to state a fact with one of the claim's,
    by file, in the story's order: where another outlet may tell this claim's fact in words the grouping
    did not match, not the day or the name of something else its article tells."""
    members = [m.key for m in claim.members]
    out: dict[str, tuple[str, ...]] = {}
    for file, sentences in context.sentences.items():
        outlet = context.outlets.get(file)
        if outlet is None or outlet in every:
            continue
        if told := tuple(t for key, t in sentences if any(likely(key, k) >= NEGATION_LIKELY for k in members)):
            out[file] = told
    return out


def telling_by_outlet(
    claim: Claim, context: Context, likely: Likely | None, every: list[str]
) -> dict[str, tuple[str, ...]]:
    """``telling_outside`` by outlet, every article of it; none without the fact signal."""
    out: dict[str, tuple[str, ...]] = {}
    if likely is not None:
        for file, told in telling_outside(claim, context, likely, every).items():
            out[context.outlets[file]] = (*out.get(context.outlets[file], ()), *told)
    return out


def outside_days(
    claim: Claim,
    values: dict[str, list[str]],
    context: Context,
    likely: Likely,
    every: list[str],
    days: dict[str, date | None],
) -> dict[tuple[str, str], list[str]]:
    """For each outlet's month or day (with its year), the story's outlets outside the claim that give
    the same one in a sentence the fact signal finds at least somewhat likely (``NEGATION_LIKELY``) to
    state a fact with one of the claim's (audit 130 read "only A gives January 2017" where C, outside
    the claim, writes "in January last year" of the same invitation); read from each article's own
    date. Not a weekday or a bare year: those name the days of many things."""
    texts: dict[str, tuple[str, ...]] = {}
    files: dict[str, str] = {}
    for file, told in telling_outside(claim, context, likely, every).items():
        outlet = context.outlets[file]
        if outlet not in texts:  # an outlet's first article that tells it (its date reads it)
            texts[outlet] = ("", *told)
            files[outlet] = file
    if not texts:
        return {}
    source = {m.outlet: m.source for m in claim.members}
    sure = {
        (o, v)
        for o, vs in values.items()
        for v in vs
        if (when := resolve(v, days.get(source.get(o, "")))) and when.month and (when.year or when.day)
    }
    given = _day_givers(claim, values, texts, days, sources=files)
    order = list(dict.fromkeys(context.outlets.values()))
    return {key: sorted(who, key=order.index) for key, who in given.items() if key in sure and who}


# Days the news names by what happened on them.
NAMED_DAYS = {"9/11": date(2001, 9, 11)}


def _both_periods(found: list[Conflict]) -> bool:
    """Whether every date conflict sets a period said from the article's date beside another ("closed
    last week" / "closed last month"): each outlet dates the fact from the day it wrote, so spans
    with no day in common cannot both be right. Not a period that dates when a span began ("since he
    began running three years ago" / "since she crossed 15 years ago": two events, an audit)."""
    return all(
        _date_grain(c.value_a) == "period" == _date_grain(c.value_b)
        and not _since(c.a.text, c.value_a)
        and not _since(c.b.text, c.value_b)
        for c in found
    )


def _since(text: str, value: str) -> bool:
    """Whether the date is in a "since ..." clause (no comma, semicolon or dash between)."""
    at = text.find(value)
    return at > 0 and re.search(r"\bsince\b[^,;:—–]*$", text[:at], re.IGNORECASE) is not None


# A year a figure is set against ("4.1 percent above 2017's trade", "higher than in 2016"): the base of
# a comparison, not when the claim's event happened.
_COMPARED = re.compile(r"\b(above|below|than|over|from|compared\s+(?:with|to)|versus|vs\.)\s+(?:in\s+|the\s+)?$")


def compared_with(text: str, value: str) -> bool:
    """Whether the date is the base a figure is compared with (``_COMPARED``): the year's own figure
    ("above 2017's trade"), or any year after "than" ("more than in 2016")."""
    at = text.find(value)
    word = _COMPARED.search(text[:at]) if at > 0 else None
    return word is not None and (word.group(1) == "than" or re.match(r"['’]s\b", text[at + len(value) :]) is not None)


# A day that dates a statement: a saying verb, at most three words, then the day ("said Friday", "told
# reporters on Friday", "said in a statement Monday"); or the day, then the verb ("Roe on Monday said").
_STATING = r"(?:said|says|told|announced|stated|confirmed|added|wrote|tweeted)\b"
_BEFORE_DAY = r"\s+(?:on\s+|late\s+|early\s+)?$"  # what may stand right before the day
_STATEMENT_DAY = re.compile(rf"\b{_STATING}(?:\s+[\w.’']+){{0,3}}?{_BEFORE_DAY}")
_DAY_STATEMENT = re.compile(rf"\s*{_STATING}")


# A day that dates a report ("The Harbour Times reported Monday", "first reported on Monday", "according
# to media reports Tuesday", "published by The Harbour Times on Monday"): when the report came out,
# not when what it tells happened.
_REPORTING = r"(?:reported|reports|published)\b"
_REPORT_DAY = re.compile(rf"\b{_REPORTING}(?:\s+by(?:\s+[A-Z][\w.’']*){{1,5}})?(?:\s+[\w.’']+){{0,2}}?{_BEFORE_DAY}")
REPORT_WORD = re.compile(r"\b(?:report|reports|reported|reporting|published)\b", re.IGNORECASE)


# A day that names a report ("in its Thursday report", "Monday's story"): when it came out.
_DAY_OF_REPORT = re.compile(r"(?:['’]s)?\s+(?:report|story|article|dispatch)\b")


def reported_on(text: str, value: str) -> bool:
    """Whether the date says when a report came out ("The Harbour Times reported Monday that ...", "in
    its Thursday report")."""
    at = text.find(value)
    return at >= 0 and (
        _REPORT_DAY.search(text[:at]) is not None or _DAY_OF_REPORT.match(text, at + len(value)) is not None
    )


# A year said as the label of a thing ("the 2015 agreement", "a 2017 arrest", "Roe's 2016 rival"):
# it tells which thing is meant, not when the claim's event happened. Audits 164 and 165 read "only A
# and B give 2015" of two outlets that name "the 2015 deal" under a claim of its renewal, where C names
# it so elsewhere. A year after "in", "since" or "of" dates, and one before a comma or "and" ends a phrase.
_LABEL_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|whose)|\w['’]s)\s+$", re.IGNORECASE)
_LABEL_AFTER = re.compile(
    r"[-\s]+(?!(?:and|or|to|through|until|till|when|as|in|at|on|after|before|for|with|by|of|the|a|an)\b)[A-Za-z]"
)


# ... but a year before an event ("a 2019 arrest", "a 1998 assault conviction", "the 2016 election")
# dates that event, which the claim may tell: still a date.
_EVENT_AFTER = re.compile(
    r"[-\s]+(?:[\w-]+\s+){0,2}?(?:arrests?|convictions?|assaults?|shootings?|killings?|murders?|attacks?|bombings?"
    r"|crash(?:es)?|fires?|accidents?|elections?|trials?|indictments?|(?:earth)?quakes?|storms?|floods?|hurricanes?)\b",
    re.IGNORECASE,
)


def labelling_year(text: str, value: str) -> bool:
    """Whether a bare year stands, wherever the text says it, as the label of the thing after it (not
    of an event it dates)."""
    if not re.fullmatch(r"(?:1[89]|20)\d\d", value):
        return False
    spots = list(re.finditer(rf"(?<![\w$£€.,-]){value}(?![\w%-])", text))
    return bool(spots) and all(
        _LABEL_BEFORE.search(text[: m.start()])
        and _LABEL_AFTER.match(text, m.end())
        and not _EVENT_AFTER.match(text, m.end())
        for m in spots
    )


def labelled_years(texts: list[str]) -> set[str]:
    """The years that every text saying them says as a label (``labelling_year``): no date of any."""
    years = {v for t in texts for v in re.findall(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", t)}
    return {v for v in years if all(labelling_year(t, v) for t in texts if re.search(rf"(?<!\d){v}(?!\d)", t))}


def _said_on(text: str, value: str) -> bool:
    """Whether the date says when something was said ("Roe said Friday that ...", "Roe on Friday
    said ..."), not when what is said happened."""
    at = text.find(value)
    return at >= 0 and (
        _STATEMENT_DAY.search(text[:at]) is not None or _DAY_STATEMENT.match(text[at + len(value) :]) is not None
    )


def _date_grain(value: str) -> str:
    """How finely a date is told: a period ("last week"), a day ("Monday", "June 1"), a month, a year."""
    if PERIOD.search(value):
        return "period"
    if value.lower().startswith(("yesterday", "today", "tomorrow", "tonight", "this ")) or HOLIDAY.fullmatch(value):
        return "day"
    when = resolve(value, None)
    if when and (
        when.day or when.weekday is not None or (when.month and _WRITTEN_DATE.search(value) and not when.year)
    ):
        return "day"
    if when and when.month:
        return "month"
    return "year" if when and when.year else "other"


_WRITTEN_DATE = re.compile(r"\d")  # "March 23", "Oct. 8", "3/23": a date by its day's number


def _relative_years(text: str, published: date) -> set[str]:
    """The years that "last year", "this year", "earlier this year" ... name in an article of the
    given date, as keys ("year:2013")."""
    return {f"year:{year}" for year in year_periods(text, published).values()}


def year_periods(text: str, published: date | None) -> dict[str, int]:
    """The years a text names from its article's date, by their words in lowercase ("Last year" in an
    article of 2014 -> {"last year": 2013}; "earlier this year" -> 2014): ``date.period``'s span, where
    it lies in one year ("the past year" spans two: none). None without the article's date."""
    out: dict[str, int] = {}
    for m in PERIOD.finditer(text):
        span = period(m.group(0), published) if m.group(0).endswith("year") else None
        if span and span[0].year == span[1].year:
            out.setdefault(m.group(0).lower(), span[0].year)
    return out


def _when_keys(when: When | None) -> set[str]:
    if when is None:
        return set()
    # The month and day too: "Feb. 8" (its year read from the article's date) is given by "Feb. 8, 2017".
    keys = {f"day:{when.day.isoformat()}", f"md:{when.day:%m-%d}"} if when.day else set()
    if when.weekday is not None:
        # The weekday of a known day is no other known day's: "Tuesday" in an article of 4 March and
        # "today" in one of 28 April were both Tuesdays, and two days (audit 139). It meets a weekday
        # said where the date is not known (``_meet``).
        keys.add(f"dayweek:{when.weekday}:{when.day.isoformat()}" if when.day else f"weekday:{when.weekday}")
    return keys


def _meet(want: set[str], have: set[str], near: date | None = None) -> bool:
    """Whether a value's keys meet another's: a key in common, where a known day's weekday
    ("dayweek:") meets only a weekday whose day is not known ("weekday:"), not another known day's,
    and a weekday said ``near`` a day (its article's) meets a known day within a week of it."""
    if any(not k.startswith("dayweek:") and k in have for k in want):
        return True
    known = [h.split(":")[1:] for h in have if h.startswith("dayweek:")]  # [weekday, day]
    for kind, _, rest in (k.partition(":") for k in want):
        weekday = rest.split(":")[0]
        if kind == "dayweek" and f"weekday:{weekday}" in have:
            return True
        if kind == "weekday" and any(
            wd == weekday and (near is None or abs((date.fromisoformat(day) - near).days) <= WEEKDAY_REACH)
            for wd, day in known
        ):
            return True
    return False


def _value_key(kind: str, value: str) -> str:
    if kind == "dates":
        return " ".join(re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|[.,]|\bof\b", "", value.lower()).split())
    return value
