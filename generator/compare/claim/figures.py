"""Figures and days only some outlets give, or given two ways: a claim's number and date differences."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from ...align.signal import weaker_matches
from ...model import Claim
from ...segment import QUOTATION
from ..context import Context
from ..date import (
    When,
    _apart,
    _days,
    date_spans,
    dates,
    days_apart,
    resolve,
    said_in_the_night,
    same_time,
    span_ends,
    without_the_hours,
)
from ..number import PEOPLE, Slot, head_noun, is_money, number_slots, with_hedge
from ..text import Likely
from .difference import Compared, Difference, _outlet_texts
from .given import (
    _WRITTEN_DATE,
    REPORT_WORD,
    _counts_people,
    _date_grain,
    _dated_elsewhere,
    _day_givers,
    _group,
    _number_givers,
    _particular,
    _quoted_relative_day,
    _said_on,
    _since,
    compared_with,
    labelled_years,
    month_said,
    outside_days,
    reported_on,
    telling_by_outlet,
    year_periods,
)
from .pair import Conflict
from .summary import _names_list, _outside_names


def figure_details(view: Compared, sure_dates: list[Conflict]) -> list[Difference]:
    """The claim's numbers and dates: its conflicts of each kind, else the values only some outlets
    give. Two days in one claim are a conflict only when ``sure_dates`` (one statement dated two ways,
    two times both said from the articles' dates); else they are told as a detail."""
    full, context, likely, conflict = view.full, view.context, view.likely, view.conflict
    every = view.every
    days = context.days
    diffs: list[Difference] = []
    this_event = _this_event(view)
    weak = weaker_matches(full, likely)[0] if likely is not None else []
    for kind in ("numbers", "dates"):
        by_outlet, outlets, whole, article = view.by_outlet, view.outlets, view.whole, view.article
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
        relative: dict[str, dict[str, int]] = {}  # years said from the article's date, for dates
        if kind == "numbers":
            # A figure of another event is no figure of this claim's: a member dated a day or more apart
            # from the heading ("in December" beside its "early Sunday") neither gives a value here nor,
            # as one of the claim's sentences, gives another outlet's (audit 206: "over 100 others" of a
            # Sunday crash read as given by "about 100 injured" of a December derailment, a member).
            by_outlet, outlets, whole, article = this_event
            slots = {o: number_slots(t) for o, t in by_outlet.items()}
            values = {o: list(dict.fromkeys(x.surface for x in slots[o])) for o in outlets}
            forms: dict[tuple[str, str], dict[str, str]] = {}  # another outlet's own form of a figure
            givers = _number_givers(values, slots, whole, article, forms)
            outside: dict[tuple[str, str], list[str]] | None = _outside_givers(
                values, slots, _other_articles(context, every), telling_by_outlet(full, context, likely, every)
            )
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
                    if _counts_people(x)
                    else x.unit,
                )
                for o in outlets
                for x in slots[o]
            }
        else:
            # The day a report came out ("The Harbour Times reported Monday that ...") is a date of
            # the claim only where its heading is about a report (audit 105: "only A and B give Monday",
            # the day another paper published, under a claim of what the paper found).
            heading = next((m.text for m in full.members if m.key == full.heading_key), "")
            # A heading that only credits reports ("..., according to media reports Tuesday") is about what
            # they report, not about them (audit 169: "only A, B and C give Tuesday", the day of the reports,
            # under a claim of a trip over Easter weekend).
            about_report = REPORT_WORD.search(_CREDITED_TO_REPORTS.sub(" ", heading)) is not None
            # A heading dated by its own event ("met ... over Easter weekend"): a day things were said on
            # ("aides told of the visit said on Tuesday") dates the saying, not this fact (audit
            # 204 read "only A, B and C give Tuesday", days of statements and reports, under such a claim).
            event_dated = any(
                not _said_on(heading, v) and not reported_on(heading, v) for v in dict.fromkeys(dates(heading).values())
            )
            # "Tomorrow" inside a quote (a tweet, a remark) is the speaker's day, counted from when
            # they spoke, not a date the outlet gives (an audit: "only A gives tomorrow" where B
            # quotes the same tweet).
            values = {
                o: date_spans(
                    t,
                    [
                        v
                        for v in dict.fromkeys(dates(t).values())
                        if not _quoted_relative_day(t, v)
                        and (about_report or not reported_on(t, v))
                        and not (event_dated and _said_on(t, v))
                    ],
                )
                for o, t in by_outlet.items()
            }
            # A year every wording here that says it says as the label of a thing ("the 2015 deal",
            # "a 1962 trade law") dates that thing, not the claim's event: no detail (audits 164, 165).
            labels = labelled_years(list(by_outlet.values()))
            values = {o: [v for v in vs if v not in labels] for o, vs in values.items()}
            relative = _relative_year_values(full, by_outlet, values, days)
            for o, extra in relative.items():
                values[o] += list(extra)
            forms = {}  # another outlet's own words for a day ("tomorrow" for "Tuesday")
            # The sentences elsewhere in each article likely to tell a fact of this claim: a weekday
            # there dates it as one in its sentences here does ("the crews were called on Sunday", in
            # an article of Sunday 21 July, gives "July 21st": an audit read "only B gives July 21st").
            dated = _dated_elsewhere(full, whole, context, likely) if likely is not None else None
            likeliest = {p: ts[1:] for p, ts in dated.items()} if dated else None
            givers = _day_givers(full, values, article, days, forms, likeliest)
            published = {m.outlet: days.get(m.source) for m in full.members}
            # A day every outlet gives somewhere in its article is no detail; but an outlet named as
            # giving it from elsewhere in its article is one whose sentence there is likely to tell a
            # fact of this claim (``_dated_elsewhere``), not one that gives the day of another event.
            near = _day_givers(full, values, {p: (whole[p],) for p in article}, days)
            if dated is not None:
                own_forms: dict[tuple[str, str], dict[str, str]] = {}
                credited = _day_givers(full, values, dated, days, own_forms, likeliest)
                # An outlet named from elsewhere in its article is said in its words there, in the
                # sentences that credit it (an audit read "January 2017" from a sentence about another
                # report, where the sentence before the claim's says "March 2017").
                for key, by in forms.items():
                    there = own_forms.get(key, {})
                    forms[key] = {p: said for p, f in by.items() if (said := f if p in near[key] else there.get(p))}
            # A year counted from the article's date ("earlier this year") is given only where the claim's
            # sentences, or those likely to tell its fact, give that year: an article names its own
            # year for many things (the detail "only C gives earlier this year (2018)" beside "A and B
            # give 2017" was left out because A and B named 2018 elsewhere).
            for o, extra in relative.items():
                for v in extra:
                    givers[(o, v)] = (credited or near)[(o, v)]
            same = None
            outside = outside_days(full, values, context, likely, every, days) if likely is not None else None
        printed = (
            {(o, x.surface): with_hedge(by_outlet[o], x.surface) for o in outlets for x in slots[o]}
            if kind == "numbers"
            else {
                # A day said of its late or early hours that another outlet gives across the night
                # ("early Saturday" / "Friday night", ``_day_givers``) is printed with its hours; else
                # bare, as the outlets that give it say it (audit 148 read "give Saturday morning" of
                # outlets that say "Saturday"). A month that only its outlet gives is printed with
                # the end of it the outlet says ("late January": another outlet's "early January" is
                # no such day, ``_day_givers``); one others give too, bare, as they may say it.
                (o, v): f"“{lead}{v}”"
                if (lead := span_start(by_outlet[o], v))
                else month_said(by_outlet[o], v)
                if givers.get((o, v), {o}) <= {o}
                else _with_hours(by_outlet[o], v, forms.get((o, v), {}))
                for o in outlets
                for v in values[o]
            }
            | {(o, v): f"{v} ({year})" for o, extra in relative.items() for v, year in extra.items()}
        )
        if len(outlets) > 1:
            found_extras = _extras(
                kind,
                values,
                givers,
                same,
                every,
                printed,
                forms,
                near,
                credited,
                outside,
                _surely_telling(outlets, weak),
                published if kind == "dates" else None,
            )
            if kind == "dates" and found_extras and _weekday_beside_date(found_extras[0], full, days):
                found_extras[0] = replace(found_extras[0], summary=found_extras[0].summary + UNDATED_NOTE)
            elif (
                kind == "dates"
                and found_extras
                and not found_extras[0].summary.endswith(SEVERAL_DAYS_NOTE)
                and _another_day(found_extras[0], values, full, days)
            ):
                # One day only some outlets give, beside a day the claim's wordings all give (audit
                # 125: "only A gives Monday", the day of a flight, under a claim of Wednesday's news).
                found_extras[0] = replace(found_extras[0], summary=found_extras[0].summary + OTHER_DAY_NOTE)
            diffs += found_extras
    return diffs


def _surely_telling(outlets: list[str], weak: list[str]) -> list[str]:
    """The outlets whose silence on a value is a difference: not an outlet the claim's page shows as a
    weaker match (``weak``, by ``weaker_matches``; none without the fact signal: its sentences may
    tell another fact), where two or more others tell it surely (audit 213 read "only A, B, C and D
    give Tuesday" where E, left out, was a weaker match: nothing differs)."""
    sure = [o for o in outlets if o not in weak]
    return sure if len(sure) >= 2 else outlets


def _this_event(view: Compared) -> tuple[dict[str, str], list[str], dict[str, str], dict[str, tuple[str, ...]]]:
    """The claim's texts without its members dated apart from its heading (``date.days_apart``): the
    parts that tell it by outlet, those outlets, each outlet's sentences here, and its texts to look a
    figure up in (those sentences, then its articles, whole: a sentence elsewhere gives a figure as
    it gives it); all as ``view`` has them where no member is so dated."""
    full, days = view.full, view.context.days
    heading = next((m for m in full.members if m.key == full.heading_key), None)
    if heading is None:
        return view.by_outlet, view.outlets, view.whole, view.article
    when = (heading.text, days.get(heading.source))
    members = [m for m in full.members if not days_apart(m.text, days.get(m.source), *when)]
    if len(members) == len(full.members):
        return view.by_outlet, view.outlets, view.whole, view.article
    by_outlet = _outlet_texts(replace(view.claim, members=[m for m in view.claim.members if m in members]))
    whole = {o: " ".join(m.text for m in members if m.outlet == o) for o in view.every}
    article = {o: (whole[o], *texts[1:]) for o, texts in view.article.items()}
    return by_outlet, list(by_outlet), whole, article


_CREDITED_TO_REPORTS = re.compile(r"\baccording\s+to\s+(?:(?:the\s+)?[\w.’'-]+\s+){0,3}?reports?\b", re.IGNORECASE)


def _relative_year_values(
    claim: Claim, by_outlet: Mapping[str, str], values: Mapping[str, list[str]], days: Mapping[str, date | None]
) -> dict[str, dict[str, int]]:
    """Each outlet's years said from its article's date ("last year", "earlier this year", outside
    quotes: a speaker's "this year" is theirs), with the year each names, where another outlet of the
    claim gives a year in figures: the detail then says both ("only A and B give 2011; only C gives
    last year (2013)"). Without it, "only A and B give 2011" read as if C gave no year (an audit: C's
    "last year", in an article of 2014, put the same purchase in 2013). Beside no other year, a
    relative year is left untold, as before."""
    source = {m.outlet: m.source for m in claim.members}
    out: dict[str, dict[str, int]] = {}
    for o, text in by_outlet.items():
        if not any(_date_grain(v) == "year" for p, vs in values.items() if p != o for v in vs):
            continue
        said = year_periods(QUOTATION.sub(" ", text), days.get(source.get(o, "")))
        if said := {v: y for v, y in said.items() if v not in (w.lower() for w in values[o])}:
            out[o] = said
    return out


# A date a span starts from ("expenses dating back to 2015", "in office since 2009"): said with those
# words, it reads as the start of something, not as the day of the claim's event (an audit read "only
# A gives 2015", the year some expenses began, beside the other outlets' year of their repayment).
_SPAN_START = re.compile(
    r"\b(?:since|dating back to|dating to|going back to|as far back as|as early as|beginning in|starting in)\s+$",
    re.IGNORECASE,
)


# Years counted back from an article's date ("last year", "earlier this year"): a time gone by.
_GONE_YEARS = {"last year", "earlier this year"}
_YEAR = re.compile(r"(?<![\d(])(?:19|20)\d\d(?!\d)")
# How likely the fact signal must find two sentences to state one fact for a year counted back in one
# and a year in figures in the other to be one event dated two ways (``counted_year_conflicts``).
COUNTED_YEAR_LIKELY = 0.8


def counted_year_conflicts(claim: Claim, context: Context, likely: Likely | None) -> list[Conflict]:
    """A year one outlet counts back from its article's date ("repaid ... earlier this year", in an
    article of 2018) against years in figures another gives in a sentence the fact signal finds
    ``COUNTED_YEAR_LIKELY`` likely to state the same fact ("repaid ... in 2017"), where neither
    article names the other's year anywhere (an article that does tells of both years: two events)
    and neither year is a label, the start of a span or a year compared with: one event dated two ways
    (three audits, 192, 207 and 217, and the gold read the repayment so). Outside quotes (a speaker's
    "this year" is theirs); not of a sentence that joined the claim as a further fact."""
    out: list[Conflict] = []
    members = [m for m in claim.members if m.key not in claim.joined]
    for a in members:
        plain = QUOTATION.sub(" ", a.text)
        counted = {w: y for w, y in year_periods(plain, context.days.get(a.source)).items() if w in _GONE_YEARS}
        if not counted:
            continue
        for b in members:
            if b.outlet == a.outlet or (likely is not None and likely(a.key, b.key) < COUNTED_YEAR_LIKELY):
                continue
            other = QUOTATION.sub(" ", b.text)
            labels = labelled_years([b.text])
            years = [
                y
                for y in dict.fromkeys(_YEAR.findall(other))
                if y not in labels
                and not span_start(b.text, y)
                and not compared_with(b.text, y)
                and not _since(b.text, y)
            ]
            there, here = context.texts.get(b.source, b.text), context.texts.get(a.source, a.text)
            for words, year in counted.items():
                if (
                    not years
                    or str(year) in years
                    or _names_year(str(year), there)
                    or any(_names_year(y, here) for y in years)
                ):
                    continue
                said = re.search(re.escape(words), plain, re.IGNORECASE)
                out.append(Conflict("dates", a, b, f"{said.group(0) if said else words} ({year})", years[0]))
    return out


def _names_year(year: str, text: str) -> bool:
    """Whether a text names a year in figures anywhere."""
    return re.search(rf"(?<!\d){year}(?!\d)", text) is not None


def span_start(text: str, value: str) -> str:
    """The words before a date that make it the start of a span ("dating back to "), or ""."""
    at = text.find(value)
    found = _SPAN_START.search(text[:at]) if at > 0 else None
    return found.group(0).lower() if found else ""


def _other_articles(context: Context, every: list[str]) -> dict[str, tuple[str, ...]]:
    """The whole articles of the story's outlets that are not the claim's, by outlet."""
    out: dict[str, tuple[str, ...]] = {}
    for source, text in context.texts.items():
        outlet = context.outlets.get(source)
        if outlet is not None and outlet not in every:
            out[outlet] = (*out.get(outlet, ()), text)
    return out


def _outside_givers(
    values: dict[str, list[str]],
    slots: dict[str, list[Slot]],
    others: dict[str, tuple[str, ...]],
    telling: dict[str, tuple[str, ...]] | None = None,
) -> dict[tuple[str, str], list[str]]:
    """For each outlet's figure, the other outlets whose articles give the same figure of the same noun
    ("five sites" / "five sites"; a range only as that range), and no other figure of it: an article
    that counts a noun for several things ("six games" of one player, "three games" of another) may
    give the same figure for another of them. Or, in a sentence likely to tell a fact of the claim
    (``telling``, by outlet), the same number of people by another word ("about 400 ground personnel"
    / "400 firefighters": audit 186 read "only A gives" of such a figure). In the story's order of
    outlets."""
    held = {p: [y for t in ts for y in number_slots(t)] for p, ts in others.items()}
    near = {p: [y for t in ts for y in number_slots(t)] for p, ts in (telling or {}).items()}
    out: dict[tuple[str, str], list[str]] = {}
    for o, vs in values.items():
        for v in vs:
            x = next(s for s in slots[o] if s.surface == v)
            out[(o, v)] = []
            for p, ys in held.items():
                of_noun = [y for y in ys if y.unit == x.unit or head_noun(y) == head_noun(x)]
                if (
                    of_noun
                    and all((y.value, y.low, y.high, y.bound) == (x.value, x.low, x.high, x.bound) for y in of_noun)
                ) or (x.unit in PEOPLE and any(y.unit in PEOPLE and y.value == x.value for y in near.get(p, ()))):
                    out[(o, v)].append(p)
    return out


# A weekday and a date without its year, where the articles that give them are undated, may be one
# day ("Monday" / "November 11"): the detail lists each value as given, and says it cannot tell.
UNDATED_NOTE = (
    " (No article here is dated, so a weekday cannot be matched to a date:"
    " a weekday and a date above may be the same day.)"
)


def _with_hours(text: str, value: str, forms: dict[str, str]) -> str:
    """A day as the page prints it: with the hours the text says it of ("early Saturday") where
    another outlet's form of it (``forms``, by outlet) is said across the night ("Friday night"), else
    as it is."""
    night = said_in_the_night(text, value)
    crossed = any(without_the_hours(f).lower() != value.lower() and f != without_the_hours(f) for f in forms.values())
    return night if night and crossed else value


def _another_day(detail: Difference, values: dict[str, list[str]], claim: Claim, days: Mapping[str, object]) -> bool:
    """Whether the claim's wordings give a day that is none of the detail's days, told apart from each
    (a day every outlet gives, beside the day only some give)."""
    source = {m.outlet: m.source for m in claim.members}

    def when(outlet: str, value: str) -> tuple[When, tuple[date, date] | None] | None:
        published = days.get(source.get(outlet, ""))
        day = published if isinstance(published, date) else None
        if ends := span_ends(value):  # "July through September": from the first day of one to the last of the other
            first, last = (when(outlet, end) for end in ends)
            if first is None or last is None or first[1] is None or last[1] is None:
                return None
            return When(), (first[1][0], last[1][1])
        found = resolve(value, day)
        if found is None:
            return None
        try:
            return found, _days(found, day)
        except OverflowError:
            return found, None

    def apart(x: tuple[When, tuple[date, date] | None], y: tuple[When, tuple[date, date] | None]) -> bool:
        return same_time(x[0], y[0]) is False or _apart(x[1], y[1])

    # A day is listed as said ("early Sunday"), and read without its hours.
    listed = [when(o, without_the_hours(v)) for o, vs in detail.by_outlet.items() for v in vs]
    shown = {without_the_hours(v) for vs in detail.by_outlet.values() for v in vs}
    for outlet, vs in values.items():
        for v in vs:
            mine = when(outlet, v) if v not in shown else None
            if mine and all(x is not None and apart(mine, x) for x in listed):
                return True
    return False


def _weekday_beside_date(detail: Difference, claim: Claim, days: Mapping[str, object]) -> bool:
    """Whether a dates detail lists a weekday and a day of a month given without a year, by outlets
    none of whose articles here is dated."""
    whens = [(v, w) for vs in detail.by_outlet.values() for v in vs if (w := resolve(v, None)) is not None]
    weekday = any(w.weekday is not None and not w.month for _, w in whens)
    month_day = any(w.month and not w.year and _WRITTEN_DATE.search(v) for v, w in whens)
    sources = {m.source for m in claim.members if m.outlet in detail.by_outlet}
    return weekday and month_day and not any(days.get(s) for s in sources)


# A day said with its year ("January this year", "June 2029"): ``_extras`` says it before the day bare.
_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?:this|last|next) year\b", re.IGNORECASE)


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
    outside: dict[tuple[str, str], list[str]] | None = None,
    telling: list[str] | None = None,
    published: Mapping[str, date | None] | None = None,
) -> list[Difference]:
    """Values only some outlets give: a detail, not a conflict. ``givers`` tells, for each outlet's
    value, every outlet that gives it (in its whole sentences, any wording of the same value); a value
    every outlet gives is no detail, nor one that every outlet that tells the claim gives (``telling``:
    the others' sentences here tell another fact, so their silence on it is no difference; audit
    101). Said by value, so each statement holds: "Only A and B give 1933;
    only C gives June". ``every``: all the claim's outlets, when ``values`` are of some of them;
    ``printed``: a value as the page says it (a figure with its hedge, "more than 10 boats");
    ``forms``: other outlets' own forms of a value ("8,374 acres" for "8,400 acres"), said beside it
    in the summary and listed as each outlet's value; ``near``: for each value, the outlets that give
    it in their sentences here (one that gives it only elsewhere in its article is said so: "only A
    and B (elsewhere in its article) give Thursday", where B's sentence here has no Thursday);
    ``credited``: for each value, the outlets the summary names as giving it when it is a detail
    (``givers`` when None; a value ``givers`` finds in every outlet is no detail all the same);
    ``outside``: for each value, the story's outlets outside the claim that give it in their articles
    (an audit read "only A, B and C give five sites" where D, whose sentences the claim did not
    group, gives five sites too): named after the others, as giving it elsewhere in their articles.
    ``published``: each outlet's article date, said beside a day two groups of outlets word alike
    ("Tuesday (article of 4 March)"), so that the two read as two days."""
    outlets = every or list(values)
    groups: dict[tuple[str, ...], list[str]] = {}
    shown: dict[str, list[str]] = {}
    told: set[object] = set()  # one figure said two ways ("19 firefighters", "nineteen firefighters") once
    teller: dict[tuple[tuple[str, ...], str], str] = {}  # the outlet whose value each one said is
    # A day with its year ("January this year", "June 2029") is said before the same day without it,
    # whichever outlet comes first: the other outlets' bare forms are then said beside it, and which
    # is said does not hang on the order of the story's files (``benchmarks/file_order.py``).
    # The page still tells the values in the outlets' order (``place``).
    pairs = [(o, v) for o in outlets for v in values.get(o, [])]
    place = {pair: k for k, pair in enumerate(pairs)}
    if kind == "dates":
        pairs.sort(key=lambda ov: not _WITH_YEAR.search(ov[1]))
    at: dict[str, int] = {}  # each value said, by the place of the outlet's value it was said for
    for o, v in pairs:
        first = place[(o, v)]
        who = givers[(o, v)] | {o}
        if len(who) == len(outlets) or (telling and who >= set(telling)):
            continue
        here = (near or {}).get((o, v), set(who)) | {o}
        if credited is not None:
            who = (credited[(o, v)] | here) & who
        key = tuple(p if p in here else f"{p} (elsewhere in its article)" for p in outlets if p in who)
        key += _outside_names((outside or {}).get((o, v), []))
        # A day said alike by outlets that do not give one another's, where what it means hangs on
        # the article's date, is two values ("Tuesday" in articles eight weeks apart): told once
        # per set of outlets that give it. A written date ("Jan. 6") is one value.
        figure = (same or {}).get((o, v), (v, key) if kind == "dates" and _by_article(v) else v)
        shown_as = (printed or {}).get((o, v), v)
        if kind == "dates" and shown_as != v and month_said(shown_as, v) == shown_as:
            figure = (figure, shown_as)  # "late March" and "early March": two values
        if figure not in told and (o, v) not in told:
            told.add(figure)
            own = {p: f for p, f in (forms or {}).get((o, v), {}).items() if p in who}  # of the outlets named
            told.update(own.items())  # "today" said as B's form of "Wednesday" is not said again
            told.update((p, without_the_hours(f)) for p, f in own.items())  # nor B's "Thursday" of "late Thursday"
            mine = _own_prints(o, v, who, here, own, printed or {}, outlets)
            v = mine[o]
            other = {p: f for p, f in mine.items() if p != o and (p in own or (p in here and f != v))}
            said = v + (" (" + "; ".join(f"{p}: {f}" for p, f in other.items()) + ")" if other else "")
            groups.setdefault(key, []).append(said)
            teller[(key, said)] = o
            at[said] = min(at.get(said, first), first)
            for p in outlets:
                if p in who and mine.get(p, v) not in shown.get(p, []):  # each of an outlet's values once
                    shown.setdefault(p, []).append(mine.get(p, v))
    if not groups:
        return []
    ordered = sorted(groups.items(), key=lambda group: min(at[v] for v in group[1]))
    groups = {who: sorted(vs, key=lambda v: at[v]) for who, vs in ordered}
    if published:
        alike = [v for vs in groups.values() for v in vs]
        groups = {
            who: [
                f"{v} (article of {day.day} {day:%B %Y})"
                if alike.count(v) > 1 and (day := published.get(teller[(who, v)]))
                else v
                for v in vs
            ]
            for who, vs in groups.items()
        }
    parts = [
        f"only {_names_list(list(who))} {'gives' if len(who) == 1 else 'give'} "
        + (f"{', '.join(vs[:4])} and {len(vs) - 4} more" if len(vs) > 4 else _names_list(vs))
        for who, vs in groups.items()
    ]
    text = "; ".join(parts)
    several = kind == "dates" and sum(len(vs) for vs in groups.values()) > 1
    return [Difference(kind, text[0].upper() + text[1:] + "." + (SEVERAL_DAYS_NOTE if several else ""), shown)]


def _by_article(value: str) -> bool:
    """Whether what a day means hangs on its article's date: a weekday or a day counted from it
    ("Tuesday", "yesterday", "this morning"), not a written date."""
    when = resolve(value, None)
    return when is None or (when.day is None and when.weekday is not None)


def _own_prints(
    o: str,
    v: str,
    who: set[str],
    here: set[str],
    own: Mapping[str, str],
    printed: Mapping[tuple[str, str], str],
    outlets: list[str],
) -> dict[str, str]:
    """Each outlet named as giving ``o``'s value ``v``, with the value as that outlet prints it: its own
    form (``own``) and its own hedge ("at least 2,000 acres" / "2,000 acres"). Printing the first
    outlet's hedge for every outlet made a detail depend on the order of the files (and credit an
    outlet with a hedge it does not give). An outlet whose sentences here do not give the value in
    those words (it gives it elsewhere in its article, or outside the part that tells the claim) is
    printed as the first outlet gives it, as before: its words there are not read."""
    out = {o: printed.get((o, v), v)}
    for p in outlets:
        if p in who and p != o:
            said = own.get(p, v)
            # Its own print where its sentences here give it; else, as before, the value as first given.
            form = printed.get((p, said)) if p in here or p in own else None
            if form is None:
                form = said if p in own else out[o]
            # Another form of the value keeps its hedge ("about 8,374 acres"), not what the page adds
            # to explain it ("last year (2029)" beside 2029 says the year twice).
            out[p] = form if p not in own or form.endswith(said) else said
    return out


# Days only some outlets give, two or more of them, are as often days of different events the claim's
# wordings tell (a call, its report and its denial) as one event dated two ways: the detail lists each
# as given, and says so (an audit read "only A gives Monday; only C gives November 11; only B gives
# Thursday" as three dates of the claim's one event, where they were three events).
SEVERAL_DAYS_NOTE = " (These may be the dates of different events.)"
# One day only some outlets give where the claim's wordings give another day too, which every outlet gives.
OTHER_DAY_NOTE = " (The wordings here give another day too: this may be the date of another event.)"
