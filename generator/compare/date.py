"""Dates: the days and dates a wording gives, resolved against its article's date, and dates that fill
the same slot of two wordings with different days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import lru_cache

from dateutil.easter import easter
from dateutil.parser import parse as parse_date

from ..lexicon import HOLIDAY, MONTHS, STOP_WORDS
from .text import _replacements

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_NUM = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight"
    r"|[Tt]his\s+(?:morning|afternoon|evening)"
    rf"|{_MONTH}(?:\s+{_DAY_NUM})?(?:,?\s+(?:19|20)\d{{2}}|\s+(?:of\s+)?(?:last|this|next)\s+year(?![’']s))?"
    # A day before its month, not a score's last figure nor one whose month a day follows ("a 30-7 Oct.
    # 19 loss": Oct. 19, not 7 Oct.; audit 144).
    rf"|(?<!\d[-–]){_DAY_NUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:19|20)\d{{2}})?(?!\s+\d{{1,2}}(?!\d))"
    rf"|{HOLIDAY.pattern}|(?:19|20)\d{{2}})(?!\w|-[a-z0-9])"  # "October-December": two months; "March-long": none
)


# A time said relative to the article's date: "last week", "earlier this year", "over the weekend",
# "three days ago" (read as a span of days by ``period``).
_COUNT = r"(?i:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"  # "Two weeks ago, ..."
PERIOD = re.compile(
    r"\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Ee]arlier this|[Ll]ater this)\s+(?:week(?:end)?|month|year)"
    r"|(?:[Oo]ver|[Dd]uring) the weekend"
    rf"|{_COUNT}\s+(?:day|week|month|year)s?\s+ago"
    r"|(?:Easter|Thanksgiving|Memorial\s+Day|Labor\s+Day)\s+weekend)\b"
)

_BARE_MONTH = re.compile(_MONTH)
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d{2})[-–]((?:19|20)?\d{2})\b")
_FULL_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
}  # fmt: skip
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
_NAME_BEFORE = re.compile(
    r"(?:(?<=[\w,;:] )|^(?!(?:In|On|By|Since|Until|Last|Next|Early|Late|This|That|From|During|Before|After|Through"
    r"|Mid|And|But|Or|So|Then|Each|Every|Through|Throughout)\b))(?:Mrs?\.|Ms\.|[A-Z][a-z]+)\s+$"
)


def _tidy(surface: str) -> str:
    """A date as printed, without the sentence's full stop ("in March."; "Jan." keeps its own)."""
    surface = surface.strip()
    if surface.endswith(".") and (surface[-2:-1].isdigit() or surface[:-1].split()[-1].lower() in _FULL_MONTHS):
        return surface[:-1]
    return surface


def _month_as_name(text: str, m: re.Match) -> bool:
    """Whether a bare month found in ``text`` is a name: a first name ("Gov. Jan Brewer", "April Ryan"),
    a surname or a name after a title ("Prime Minister May", "Ann May")."""
    # A capital after a month and a full stop opens the next sentence ("... in December. On Monday"):
    # no name goes on there.
    follows = not m.group(0).rstrip().endswith(".") and _NAME_NEXT.match(text, m.end())
    bare = bool(_BARE_MONTH.fullmatch(m.group(0).strip()))
    if bare and m.group(0).strip() == "May" and not _may_dated(text, m):
        return True
    return bare and bool(follows or _NAME_BEFORE.search(text, 0, m.start()))


def _may_dated(text: str, m: re.Match) -> bool:
    """Whether a bare "May" is the month: after a word that dates ("in May", "by early May", "April or
    May", "that May;"); else it is someone ("when May visited", "accused May of")."""
    return bool(
        _MAY_AS_MONTH.search(text, 0, m.start())
        or (re.search(r"\bthat\s+$", text[: m.start()]) and re.match(r"\s*(?:[;,.)]|$)", text[m.end() :]))
    )


# Words after which a bare "May" is the month.
_MAY_AS_MONTH = re.compile(
    r"(?:\b(?:in|on|since|by|until|till|through|throughout|from|of|early|late|last|next|during|around|between"
    r"|before|after|mid)|\bmid-|(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|June|July|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?:and|or|to|through|until)|\b(?:and|or)\s+early|\bthis)\s*$",
    re.IGNORECASE,
)


def _first_date(before: str, part: str, after: str) -> re.Match | None:
    """The first date or period (``PERIOD``) in a slot of a word diff that is no name, read with the
    words around it."""
    text = f"{before} {part} {after}"
    start, end = len(before) + 1, len(before) + 1 + len(part)
    found = [
        m for m in _DATE.finditer(text, start, end) if not _month_as_name(text, m) and not _holiday_as_thing(text, m)
    ]
    found += [m for m in PERIOD.finditer(text) if m.start() < end and m.end() > start]  # "last [week]"
    # The first; of two that start together, the longer ("Easter weekend", not "Easter").
    return min(found, key=lambda m: (m.start(), m.start() - m.end())) if found else None


def _holiday_as_thing(text: str, m: re.Match) -> bool:
    """Whether a holiday's name found in ``text`` names a thing, not the day: another word of a name
    after it ("Easter Island", "the Christmas Carol") or a noun it describes ("a Christmas tree",
    "Easter eggs"). A small word, a time of day or the end of the clause may follow the day."""
    if not HOLIDAY.fullmatch(m.group(0)):
        return False
    after = re.match(r"\s+([\w’'-]+)", text[m.end() :])
    if not after:
        return False
    word = after.group(1)
    return word[0].isupper() or (word not in STOP_WORDS and word not in _TIMES_OF_DAY)


_TIMES_OF_DAY = {"morning", "afternoon", "evening", "night", "weekend", "holiday", "holidays"}


_NOT_A_DAY_AFTER = re.compile(
    r"\s+(?:columnist|columns?|editions?|papers?|newspapers?|magazines?|supplements?|school|services?|shows?"
    r"|programmes?|programs?|best|bulletins?|newsletters?)\b",
    re.IGNORECASE,
)


# A weekday still to come, said so ("play at Houston next Sunday", "this coming Friday"): not the day
# a bare weekday names in news copy, the last one up to the article's date.
# Not "following" alone: "Following Monday's vote, ..." dates the vote.
_COMING_WEEKDAY = re.compile(r"\b(?:next|(?:this|the)\s+coming|the\s+following)\s+$", re.IGNORECASE)


# Days that are names of events, not the weekday of a date ("It's not Patch Tuesday"; audit 141).
_NAMED_WEEKDAY = re.compile(r"(?:Patch|Super|Giving|Cyber|Black|Bloody|Manic|Mega|Small Business)\s+$", re.IGNORECASE)
# A word before a year that makes the year part of a name ("Windows Server 2003", "Euro 2016"): a
# capitalised word without digits, full stops or a possessive; not a month, a season, a holiday, a
# time word, a preposition or a conjunction, which say when ("In 2003", "Summer 2016", "Christmas 2016").
_NAME_BEFORE_YEAR = re.compile(r"(?<![\w.’'-])([A-Z][a-z]*[A-Za-z])\s+$")
_LISTED_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:,\s*|,?\s+(?:and|or)\s+)$")
_WHEN_WORDS = {
    "In", "Since", "By", "Until", "Till", "Before", "After", "From", "During", "Through", "Of", "For", "And",
    "Or", "Than", "Around", "About", "Early", "Late", "Mid", "Spring", "Summer", "Fall", "Autumn", "Winter",
    "Christmas", "Easter", "Year", "Class", "Season", "Term", "Fiscal", "FY", "AD",
    "BC", "CE", "Circa", "As", "At", "On", "To", "The", "That", "This", "Then", "Back", "Last", "Next",
}  # fmt: skip


# A vehicle's make after a year: the year names the model ("a 2013 Toyota Camry", "his 1998 Ford pickup").
_MODEL_AFTER = re.compile(
    r"\s+(?:Toyota|Honda|Ford|Chevrolet|Chevy|Nissan|Dodge|Jeep|Chrysler|Buick|Cadillac|GMC|Lincoln|Hyundai|Kia"
    r"|Mazda|Subaru|Mitsubishi|Volkswagen|VW|Audi|BMW|Mercedes(?:-Benz)?|Lexus|Acura|Infiniti|Volvo|Porsche|Tesla"
    r"|Pontiac|Saturn|Mercury|Oldsmobile|Plymouth|Ram|Fiat|Peugeot|Renault|Vauxhall|Harley-Davidson|Yamaha|Suzuki)\b"
)

# ... after a determiner or a describing word, not a preposition of time ("In 2013 Ford sold ...").
_MODEL_BEFORE = re.compile(
    r"(?<![\w-])(?:a|an|the|his|her|their|its|my|our|your|[\w-]+['’]s|(?!(?:in|since|by|until|till|from|of|during|before|after|through|to|and|or|for|at|on)\s)[a-z][\w-]*)\s+$"
)


_NTH_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|every|each)\s+$", re.IGNORECASE)
_OF_EVERY = re.compile(r"\s+(?:of\s+(?:every|each|the)\s+month|of\s+the\s+month|each\s+month|every\s+month)\b")


def _in_a_name(text: str, m: re.Match) -> bool:
    """Whether a weekday or a year found in ``text`` is part of a name: "Patch Tuesday", "Windows
    Server 2003" (audit 141: "only A gives 2003")."""
    surface = m.group(0).strip()
    before = text[: m.start()]
    if surface.lower() in _WEEKDAYS:
        # "Patch Tuesday"; "the second Friday of each month", a schedule, no day (audit 161)
        return _NAMED_WEEKDAY.search(before) is not None or bool(
            _NTH_BEFORE.search(before) and _OF_EVERY.match(text, m.end())
        )
    if re.fullmatch(r"(?:1[89]|20)\d\d", surface):
        if _MODEL_AFTER.match(text, m.end()) and _MODEL_BEFORE.search(before):
            return True  # "a grey 2013 Toyota Camry": a model's year (audit 156 read it as a date)
        if listed := _LISTED_YEAR.search(before):
            before = before[: listed.start()]  # "Windows Server 2003 and 2008": both in the name
        word = _NAME_BEFORE_YEAR.search(before)
        if word is None or word.group(1) in _WHEN_WORDS or word.group(1).lower() in MONTHS:
            return False
        earlier = before[: word.start()].rstrip()
        return bool(earlier) and earlier[-1] not in '.!?:;"“‘('  # a sentence's first word is capitalised as such
    return False


def dates(text: str) -> dict[str, str]:
    """Days and dates in the text, by comparison key, as printed ("Nov. 30", "Monday", "2024")."""
    return dict(_dates(text))


@lru_cache(maxsize=1 << 14)  # every claim reads its outlets' whole articles: each once
def _dates(text: str) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for m in _DATE.finditer(text):
        surface = m.group(0).strip()
        if _month_as_name(text, m) or _holiday_as_thing(text, m) or _in_a_name(text, m):
            continue
        if surface.split()[0] in ("Today", "Tomorrow", "Yesterday", "Tonight", "This") and re.search(
            r"[\w,;]\s*[\"“‘']?$", text[: m.start()]
        ):
            continue  # capitalised inside a sentence: a title ("on NBC's Today show", "The Tonight Show"), not a day
        if surface.lower() in _WEEKDAYS and _NOT_A_DAY_AFTER.match(text, m.end()):
            continue  # "a Sunday columnist", "the Sunday edition": a kind of thing, not a day
        if surface.lower() in _WEEKDAYS and _COMING_WEEKDAY.search(text[: m.start()]):
            continue  # "next Sunday": a day to come, not the last Sunday up to the article (audit 167)
        surface = _tidy(surface)
        key = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|[.,]|\bof\b", "", surface.lower())
        found[" ".join(key.split())] = surface
    for m in _YEAR_RANGE.finditer(text):  # "1950-53": both years
        first, last = m.group(1), m.group(2)
        last = first[: 4 - len(last)] + last
        found.setdefault(first, first)
        found.setdefault(last, last)
    return tuple(found.items())


# Two months or two weekdays said as one span or one uncertain time: "July through September",
# "from October to December", "between March and May", "May or early June", "Monday to Friday". A
# detail that listed them as two values ("only A gives July and September") read as two months an
# outlet gives (audits 100, 101); the span is one value, given by an outlet that gives both ends.
_SPAN_END = (
    r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
_SPAN_JOIN = r"(?:\s*[-–]\s*|\s+(?:to|through|thru|until|till|or|and)\s+(?:(?:early|mid|late)[- ]?)?)"
_SPAN = re.compile(rf"({_SPAN_END}){_SPAN_JOIN}({_SPAN_END}(?:,?\s+(?:19|20)\d{{2}})?)")


def date_spans(text: str, values: list[str]) -> list[str]:
    """``values`` (as ``dates`` finds them in ``text``, in its order) with each two that the text
    joins into one span or one uncertain time ("July through September", "May or early June";
    "and" only after "between") replaced by the text's words for both."""
    out: list[str] = []
    k = 0
    while k < len(values):
        if k + 1 < len(values) and (m := _joined(text, values[k], values[k + 1])):
            out.append(m)
            k += 2
        else:
            out.append(values[k])
            k += 1
    return out


def _joined(text: str, a: str, b: str) -> str | None:
    """The words of ``text`` that join the dates ``a`` and ``b`` into one span, if it does."""
    for m in _SPAN.finditer(text):
        if m.group(1) == a and m.group(2) == b:
            if " and " in m.group(0) and not re.search(r"\bbetween\s+$", text[: m.start()]):
                continue  # "in August and October": two months
            return m.group(0)
    return None


def span_ends(value: str) -> tuple[str, str] | None:
    """The two ends of a value ``date_spans`` joined ("July", "September"), or None."""
    m = _SPAN.fullmatch(value)
    return (m.group(1), m.group(2)) if m else None


_RELATIVE_YEAR = {"last": -1, "this": 0, "next": 1}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_NUMBER = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}  # fmt: skip


@dataclass(frozen=True)
class When:
    """What a date expression tells: a day (when it can be worked out), a weekday, a month, a year."""

    day: date | None = None
    weekday: int | None = None
    month: int | None = None
    year: int | None = None


def article_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_date(value[:10]).date()
    except (ValueError, OverflowError):
        return None


def resolve(surface: str, published: date | None, before: str = "") -> When | None:
    """A date expression as a ``When``: "Monday", "Nov. 11", "November 11, 2024", "yesterday",
    "last Thursday" (with ``before`` the word in front). Relative days need the article's date; a
    day past the calendar's ends (an article dated 1 January of year 1, "yesterday") is None."""
    try:
        return _resolve(surface, published, before)
    except OverflowError:
        return None


def _resolve(surface: str, published: date | None, before: str = "") -> When | None:
    if HOLIDAY.fullmatch(" ".join(surface.split())):
        return _holiday_when(surface, published)
    words = re.sub(r"(\d)(st|nd|rd|th)\b|[.,]", r"\1", surface.lower()).split()
    if not words:
        return None
    head = words[0]
    if head == "tonight" or words in (["this", "morning"], ["this", "afternoon"], ["this", "evening"]):
        head = "today"  # "this morning" in an article of Friday is Friday
    if head in ("yesterday", "today", "tomorrow"):
        if published is None:
            return None
        day = published + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[head])
        return When(day, day.weekday(), day.month, day.year)
    if head in _WEEKDAYS:
        weekday = _WEEKDAYS.index(head)
        if before == "last" and published is not None:
            back = (published.weekday() - weekday) % 7 or 7
            day = published - timedelta(days=back)
            return When(day, weekday, day.month, day.year)
        return When(weekday=weekday)
    month = next((n for m, n in _MONTH_NUMBER.items() if head.startswith(m)), None)
    numbers_ = [int(w) for w in words if w.isdigit()]
    day_of = next((n for n in numbers_ if n <= 31), None)
    if month is None and len(words) >= 2:  # "13 July", "13th of July"
        later = words[2] if words[1] == "of" and len(words) > 2 else words[1]
        month = next((n for m, n in _MONTH_NUMBER.items() if later.startswith(m)), None)
    year = next((n for n in numbers_ if n > 1900), None)
    if month is None:
        return When(year=year) if year else None
    if year is None and published is not None and words[-1] == "year" and words[-2] in _RELATIVE_YEAR:
        year = published.year + _RELATIVE_YEAR[words[-2]]  # "January of last year", "in January last year"
    elif year is None and published is not None:
        # A month (or a day of it) without its year, in a dated article: "last December" the one before
        # the article's month, "next June" the one after, "in December" or "on Dec. 18" the one nearest
        # the article's date (in an article of April 2018, December 2017: never taken for "December
        # 2016", as an audit read, and "Dec. 18" of the same December as "in December").
        years = [y for d in (-1, 0, 1) if MINYEAR <= (y := published.year + d) <= MAXYEAR]
        if before == "last":
            years = [y for y in years if (y, month) < (published.year, published.month)]
        elif before == "next":
            years = [y for y in years if (y, month) > (published.year, published.month)]
        year = min(years, key=lambda y: abs(date(y, month, 15) - published), default=None)
    if day_of is not None and year is not None:
        try:
            day = date(year, month, day_of)
        except ValueError:
            return None
        return When(day, day.weekday(), month, year)
    return When(month=month, year=year)


def _holiday_when(surface: str, published: date | None) -> When | None:
    """A holiday as the day it fell on nearest the article's date ("Christmas" in an article of 3
    January is the Christmas before); without that date, the month of a holiday on a fixed day, and
    nothing for one that moves (Easter, Thanksgiving)."""
    if published is None:
        fixed = _FIXED_HOLIDAYS.get(_holiday_name(surface))
        return When(month=fixed[0]) if fixed else None
    years = [y for y in (published.year - 1, published.year, published.year + 1) if MINYEAR <= y <= MAXYEAR]
    days = [d for y in years if (d := _holiday(surface, y))]
    if not days:
        return None
    day = min(days, key=lambda d: abs((d - published).days))
    return When(day, day.weekday(), day.month, day.year)


def _holiday(surface: str, year: int) -> date | None:
    """The day of a holiday (``lexicon.HOLIDAY``, US dates where they differ) in a year."""
    name = _holiday_name(surface)
    first_of = {m: date(year, m, 1) for m in (5, 9, 11)}
    if name in _FIXED_HOLIDAYS:
        return date(year, *_FIXED_HOLIDAYS[name])
    if name.startswith("easter") or name == "good friday":
        shift = {"good friday": -2, "easter monday": 1}.get(name, 0)
        return easter(year) + timedelta(days=shift)
    if name.startswith("thanksgiving"):  # the fourth Thursday of November
        return first_of[11] + timedelta(days=(3 - first_of[11].weekday()) % 7 + 21)
    if name == "memorial day":  # the last Monday of May
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    if name == "labor day":  # the first Monday of September
        return first_of[9] + timedelta(days=-first_of[9].weekday() % 7)
    return None


def _holiday_name(surface: str) -> str:
    return " ".join(surface.lower().replace("’", "'").split())


# Holidays on one day of the year (month, day); the others move (Easter, Thanksgiving, ...).
_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "veterans day": (11, 11),
}  # fmt: skip
# The days of a holiday weekend, from the holiday: Good Friday to Easter Monday, Thanksgiving to the
# Sunday after, and the Saturday to the Monday holiday.
_HOLIDAY_WEEKEND = {"easter": (-2, 1), "thanksgiving": (0, 3), "memorial day": (-2, 0), "labor day": (-2, 0)}


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
# A period's days are read generously, so that two ways of saying one time never look apart: "last
# week" is any day from the Monday of the calendar week before the article's to the day before it
# ("last week" may be the calendar week or the seven days before; not "two weeks ago", which it
# was read to meet until session 77), "N weeks ago" four days either side, "this weekend" any of the
# ten days before the article or the three after.
_AGO = {"day": (1, 1), "week": (7, 4), "month": (30, 15), "year": (365, 183)}


def _month_span(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    first = date(year, month, 1)
    return first, (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))


def period(surface: str, published: date | None) -> tuple[date, date] | None:
    """The days a period relative to the article's date can mean (first, last): "last month" in an
    article of 17 June is 1 to 31 May; None without the article's date (or past the calendar's ends,
    for an article dated in year 1)."""
    if published is None:
        return None
    try:
        return _period(surface, published)
    except (ValueError, OverflowError):
        return None


def _period(surface: str, published: date) -> tuple[date, date]:
    words = surface.lower().split()
    if words[-1] == "weekend" and (holiday := " ".join(words[:-1])) in _HOLIDAY_WEEKEND:
        when = _holiday_when(holiday, published)
        if when is None or when.day is None:
            raise ValueError(surface)
        before, after = _HOLIDAY_WEEKEND[holiday]
        return when.day + timedelta(days=before), when.day + timedelta(days=after)
    unit = words[-1].rstrip("s") if words[-1] != "ago" else words[-2].rstrip("s")
    if words[-1] == "ago":
        n = int(words[0]) if words[0].isdigit() else _COUNT_WORDS[words[0]]
        step, slack = _AGO[unit]
        centre = published - timedelta(days=n * step)
        return centre - timedelta(days=slack), centre + timedelta(days=slack)
    which = " ".join(words[:-1])
    if unit == "weekend":  # "last weekend", "over the weekend"
        return {
            "last": (published - timedelta(days=10), published - timedelta(days=1)),
            "next": (published + timedelta(days=1), published + timedelta(days=10)),
        }.get(which, (published - timedelta(days=10), published + timedelta(days=3)))
    if unit == "week":
        return {
            # The calendar week before the article's or the seven days before it: from the Monday a
            # week before the article's week to the day before the article.
            "last": (published - timedelta(days=published.weekday() + 7), published - timedelta(days=1)),
            "past": (published - timedelta(days=8), published),
            "next": (published + timedelta(days=1), published + timedelta(days=14)),
        }.get(which, (published - timedelta(days=7), published + timedelta(days=7)))
    if unit == "month":
        if which in ("last", "next"):
            index = published.year * 12 + published.month - 1 + (1 if which == "next" else -1)
            return _month_span(index // 12, index % 12 + 1)
        if which == "past":
            return published - timedelta(days=35), published
        first, last = _month_span(published.year, published.month)
        return {"earlier this": (first, published), "later this": (published, last)}.get(which, (first, last))
    if which == "past":
        return published - timedelta(days=370), published
    year = published.year + {"last": -1, "next": 1}.get(which, 0)
    first, last = date(year, 1, 1), date(year, 12, 31)
    return {"earlier this": (first, published), "later this": (published, last)}.get(which, (first, last))


# A day something was said on ("police said Friday"): no day of the event a figure counts.
_SAID_BEFORE_DAY = re.compile(
    r"\b(?:said|says|told|announced|confirmed|reported|added|stated|tweeted)\s+(?:on\s+)?$", re.IGNORECASE
)


def _last_weekday(published: date, weekday: int) -> date:
    """The last day of that weekday up to the article's date ("Wednesday" in an article of Thursday 14
    March: 13 March): the day news copy means by a bare weekday of what has happened."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _event_dates(text: str, said: bool = False) -> list[tuple[str, str]]:
    """Each date a text names, with the words before it; days things were said on only with ``said``
    ("police said Friday" dates no event a figure counts, but no article can tell what was said after
    it came out either)."""
    out = []
    for surface in dates(text).values():
        before = text[: text.find(surface)] if surface in text else ""
        if said or not _SAID_BEFORE_DAY.search(before):
            out.append((surface, before))
    return out


def _resolved(surface: str, before: str, published: date) -> When | None:
    """A date as ``resolve`` reads it after the words before it."""
    words = before.split()
    return resolve(surface, published, words[-1].lower() if words else "")


def first_days(text: str, published: date) -> list[date | None]:
    """The earliest day each date of a text can mean (``_event_dates``, days things were said on too),
    read from its article's date: a weekday the last such day up to that date, a month or a year its
    first day; None for one that cannot be placed."""
    out: list[date | None] = []
    for surface, before in _event_dates(text, said=True):
        when = _resolved(surface, before, published)
        if when is not None and when.day is None and when.weekday is not None and when.month is None:
            out.append(_last_weekday(published, when.weekday))
            continue
        span = _days(when, published) if when is not None else None
        out.append(span[0] if span else None)
    return out


def _placed(when: When | None, published: date, weekdays: bool = True) -> date | None:
    """The one day a date names, read from its article's date: its own day, or (with ``weekdays``) a
    bare weekday's last such day up to that date; None for a month, a year or what cannot be placed."""
    if when is None:
        return None
    if when.day is not None:
        return when.day
    if weekdays and when.weekday is not None and when.month is None and when.year is None:
        return _last_weekday(published, when.weekday)
    return None


@lru_cache(maxsize=1 << 14)  # a claim's members are each set beside its heading, and pairs of them
def event_spans(text: str, published: date | None) -> tuple[tuple[date, date], ...] | None:
    """The spans of days a wording dates what it tells to (``_event_dates``; days things were said on
    aside), read from its article's date: a day its own (a bare weekday its last such day up to that
    date), a month or a year whole ("in December" in an article of February: last December); None
    where it names none, or one that cannot be placed ("last year", "in recent weeks")."""
    if published is None:
        return None
    out: list[tuple[date, date]] = []
    for surface, before in _event_dates(text):
        when = _resolved(surface, before, published)
        day = _placed(when, published)
        if day is not None:
            out.append((day, day))
            continue
        if when is None or when.weekday is not None or not (when.month or when.year):
            return None
        span = _days(when, published)
        if span is None:
            return None
        out.append(span)
    return tuple(out) or None


def days_apart(a: str, published_a: date | None, b: str, published_b: date | None) -> bool:
    """Whether two wordings date what they tell to times more than a day apart, by days, months or years
    (``event_spans``: "early Sunday" / "in December"; "in 2016" / "on March 3, 2018"): two events, whose
    figures are no two values of one thing (audit 161: a Wednesday aftershock's distance set against
    the Sunday quake's; audit 206: a December derailment's injured against a Sunday crash's)."""
    spans_a, spans_b = event_spans(a, published_a), event_spans(b, published_b)
    if spans_a and spans_b:
        gap = timedelta(days=1)
        return all(x[1] + gap < y[0] or y[1] + gap < x[0] for x in spans_a for y in spans_b)
    # Undated articles: weekdays alone, two or more days apart either way round the week ("Wednesday's
    # quake" / "struck on Sunday"), are two days whatever the week.
    week_a, week_b = _weekdays_only(a), _weekdays_only(b)
    if not (week_a and week_b):
        return False
    return all(min((x - y) % 7, (y - x) % 7) > 1 for x in week_a for y in week_b)


# Words that put what a sentence tells ahead of its article: a bare weekday there may be the next one
# ("is due in court on Tuesday"), not the last one up to the article's date.
_AHEAD = re.compile(
    r"\b(?:will|shall|due|scheduled|expected|set\s+to|plans?\s+to|planned|going\s+to|to\s+appear|upcoming)\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)


def _day_of(value: str, text: str, published: date) -> date | None:
    """The day a value names (``_placed``), a bare weekday only where nothing in the text puts what it
    tells ahead."""
    return _placed(resolve(value, published), published, weekdays=not _AHEAD.search(text))


def yet_to_come(a: tuple[str, str, date | None], b: tuple[str, str, date | None]) -> bool:
    """Whether, of two (value, text, article date) triples, one day is still to come when both articles
    were written and the other had passed when its own was: two events, not one dated two ways (audit
    167: a lead actor quits the show "at Christmas", in an August article, beside the Sunday his successor
    was announced)."""
    (va, ta, pa), (vb, tb, pb) = a, b
    if pa is None or pb is None:
        return False
    day_a, day_b = _day_of(va, ta, pa), _day_of(vb, tb, pb)
    if day_a is None or day_b is None:
        return False
    latest = max(pa, pb)
    return (day_a > latest and day_b <= pb) or (day_b > latest and day_a <= pa)


def _weekdays_only(text: str) -> set[int] | None:
    """The weekdays a wording names, where every date it names is a weekday (days things were said
    on aside); None otherwise."""
    out: set[int] = set()
    for surface, _ in _event_dates(text):
        head = surface.lower().split()[0].rstrip("’'s")
        if head not in _WEEKDAYS:
            return None
        out.add(_WEEKDAYS.index(head))
    return out or None


def _days(when: When, published: date | None) -> tuple[date, date] | None:
    """The days a date can mean, to set beside a period: a day; a month or a year whole; a weekday
    any day of the week either side of the article's date."""
    if when.day:
        return when.day, when.day
    if when.month and when.year:
        return _month_span(when.year, when.month)
    if when.year and when.month is None and when.weekday is None:
        return date(when.year, 1, 1), date(when.year, 12, 31)
    if when.weekday is not None and when.month is None and published is not None:
        return published - timedelta(days=7), published + timedelta(days=7)
    return None


def same_time(a: When, b: When) -> bool | None:
    """True or False when the two can be told apart, None when they cannot ("Monday" / "in October")."""
    if a.day and b.day:
        return a.day == b.day
    if a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    if a.month and b.month and (a.year is None or b.year is None or a.year == b.year):
        return a.month == b.month if (a.weekday is None and b.weekday is None) else None
    if a.year and b.year and a.month is None and b.month is None:
        return a.year == b.year
    return None


# Shared words right before a date that make two wordings one statement dated two ways ("has led
# the party since [2002]" / "... since [2003]"); with fewer, two days in one claim are as often two
# events (a departure and an arrival) as one event dated two ways.
ANCHOR_WORDS = 4


def _clause(part: str) -> str:
    """A slot of a word diff up to the end of its clause: "2003, and that is the problem" is "2003"
    (what runs on after a comma, semicolon or dash is another clause, not the date's slot)."""
    return re.split(r"[,;:]\s|\s[—–-]+\s", part, maxsplit=1)[0]


def date_conflicts(
    a: str, b: str, day_a: date | None, day_b: date | None, anchored: bool = False
) -> list[tuple[str, str]]:
    """Dates that fill the same slot of two wordings ("met on Monday" / "met on Thursday") and are
    different days once weekdays and relative days are resolved against each article's date. With
    ``anchored``, only where at least ``ANCHOR_WORDS`` shared words come right before and the slot
    holds little besides the date: one statement dated two ways.

    A word diff lines two wordings up one way when read from the first and sometimes another way when
    read from the second (which shared words anchor a slot is a tie it breaks by order); a slot is the
    same slot only when both readings find it, so the answer never depends on which outlet comes first.
    """
    back = set(_one_way(b, a, day_b, day_a, anchored))
    return [(x, y) for x, y in _one_way(a, b, day_a, day_b, anchored) if (y, x) in back]


def _one_way(a: str, b: str, day_a: date | None, day_b: date | None, anchored: bool) -> list[tuple[str, str]]:
    """``date_conflicts`` as the word diff from ``a`` to ``b`` lines the two wordings up."""
    out = []
    for before, part_a, part_b, after in _replacements(a, b):
        if anchored and (
            len(before.split()) < ANCHOR_WORDS
            or len(_DATE.sub("", _clause(part_a)).split()) > 1
            or len(_DATE.sub("", _clause(part_b)).split()) > 1
        ):
            continue
        ma, mb = _first_date(before, part_a, after), _first_date(before, part_b, after)
        if not (ma and mb):
            continue
        last = before.split()[-1].lower() if before.split() else ""
        pre_a = ma.string[len(before) + 1 : ma.start()].split()[-1:] or [last]
        pre_b = mb.string[len(before) + 1 : mb.start()].split()[-1:] or [last]
        if ma.re is PERIOD or mb.re is PERIOD:
            if _apart(_span(ma, day_a, pre_a[0]), _span(mb, day_b, pre_b[0])):
                out.append((_tidy(ma.group(0)), _tidy(mb.group(0))))
            continue
        wa = resolve(ma.group(0), day_a, pre_a[0].lower())
        wb = resolve(mb.group(0), day_b, pre_b[0].lower())
        if wa and wb and same_time(wa, wb) is False and not _overnight(ma, wa, mb, wb):
            out.append((_tidy(ma.group(0)), _tidy(mb.group(0))))
    return out


_LATE = re.compile(r"\s+(?:night|evening)\b", re.IGNORECASE)
_EARLY = re.compile(r"\s+morning\b", re.IGNORECASE)


def _overnight(ma: re.Match, wa: When, mb: re.Match, wb: When) -> bool:
    """Whether two days one night apart are said of that night: the earlier late ("Thursday night",
    "late Thursday"), the later early ("Friday morning", "early Friday"). A flight that leaves one
    night lands the next morning, and what happens after midnight is dated either way: one time,
    not two days."""
    if wa.day and wb.day:
        gap = (wb.day - wa.day).days
    elif wa.weekday is not None and wb.weekday is not None:
        gap = 1 if (wb.weekday - wa.weekday) % 7 == 1 else -1 if (wa.weekday - wb.weekday) % 7 == 1 else 0
    else:
        return False
    if abs(gap) != 1:
        return False
    first, second = (ma, mb) if gap == 1 else (mb, ma)
    return said_late(first) and said_early(second)


def said_late(m: re.Match) -> bool:
    """Whether a date is said of its late hours ("Thursday night", "late Thursday", "tonight")."""
    late = m.group(0).lower() in ("tonight", "this evening")
    return late or bool(_LATE.match(m.string, m.end())) or m.string[: m.start()].lower().endswith("late ")


def said_early(m: re.Match) -> bool:
    """Whether a date is said of its early hours ("Friday morning", "early Friday", "this morning")."""
    early = m.group(0).lower() == "this morning"
    return early or bool(_EARLY.match(m.string, m.end())) or m.string[: m.start()].lower().endswith("early ")


def night_words(m: re.Match) -> str:
    """A date as its text says it of late or early hours ("late Saturday", "Friday night", "early
    Sunday", "Sunday morning"), or as it is."""
    before = m.string[: m.start()].lower()
    lead = "late " if before.endswith("late ") else "early " if before.endswith("early ") else ""
    after = _LATE.match(m.string, m.end()) or _EARLY.match(m.string, m.end())
    return lead + m.group(0) + (" " + after.group(0).strip() if after else "")


def without_the_hours(words: str) -> str:
    """A date said of late or early hours without them ("late Saturday" -> "Saturday")."""
    return re.sub(r"^(?:late|early)\s+|\s+(?:night|evening|morning)$", "", words, flags=re.IGNORECASE)


def said_in_the_night(text: str, value: str) -> str | None:
    """The words a text dates ``value`` by where it says it of late or early hours ("early Saturday"
    for "Saturday"), if it does."""
    if not _IN_A_DAY.search(value):
        return None  # "late January" is said of a month's last days, not of a day's hours
    for m in _DATE.finditer(text):
        if m.group(0) == value and (said_late(m) or said_early(m)):
            return night_words(m)
    return None


_IN_A_DAY = re.compile(r"day\b|(?<!\d)\d{1,2}(?!\d)|^to(?:night|morrow)|^yesterday", re.IGNORECASE)


def _span(m: re.Match, published: date | None, before: str) -> tuple[date, date] | None:
    """The days a date or period found in a slot can mean."""
    if m.re is PERIOD:
        return period(m.group(0), published)
    when = resolve(m.group(0), published, before.lower())
    try:
        return _days(when, published) if when else None
    except OverflowError:
        return None  # a weekday beside an article dated at the calendar's ends


def _apart(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """Whether two spans of days are known and share no day."""
    return a is not None and b is not None and (a[1] < b[0] or b[1] < a[0])
