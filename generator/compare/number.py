"""Numbers: what each number of a wording counts and the range its hedge allows ("about", "at least"),
and numbers that count the same thing with values that cannot both be true."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import CARDINALS, DEMONYMS, STOP_WORDS
from .date import _DATE
from .text import _tokens

# "one" and "two" are left out: in news prose they are mostly determiners ("the two leaders").
NUMBER_WORDS = {
    w: str(CARDINALS[w])
    for w in ("three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
              "hundred", "thousand")
}  # fmt: skip


def number_facts(text: str) -> list[tuple[str, str]]:
    """Each number outside dates (digits or a number word) with what it counts: for a whole number
    the next word ("five people" -> ("5", "people")); times and decimals compare as such."""
    tokens = _tokens(_DATE.sub(" ", text))
    facts = []
    for i, tok in enumerate(tokens):
        value = tok.replace(",", "") if tok[0].isdigit() else NUMBER_WORDS.get(tok)
        if value is None:
            continue
        if ":" in value or tokens[i + 1 : i + 2] in (["am"], ["pm"]):
            unit = "time"
        elif "." in value:
            unit = "decimal"
        else:
            unit = tokens[i + 1] if i + 1 < len(tokens) else ""
        facts.append((value, unit))
    return facts


def numbers(text: str) -> set[str]:
    """Numbers (digits and number words) outside dates."""
    return {value for value, _ in number_facts(text)}


MORE_NUMBER_WORDS = {
    w: str(CARDINALS[w])
    for w in ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "thirty", "forty",
              "fifty", "sixty", "seventy", "eighty", "ninety", "dozen")
}  # fmt: skip
_VAGUE = {"several", "few", "many", "some", "couple"}  # "a few hundred": how many is not said
_MULTIPLIERS = {w: float(CARDINALS[w]) for w in ("dozen", "hundred", "thousand", "million", "billion", "trillion")}
# Nouns for people: two outlets that count 19 "members" and 19 "firefighters" give one figure.
PEOPLE = {
    "people", "member", "firefighter", "worker", "officer", "student", "teacher", "child", "children", "adult",
    "victim", "soldier", "passenger", "crew", "crewmember", "employee", "staff", "migrant", "immigrant", "protester",
    "civilian", "patient", "man", "men", "woman", "women", "agent", "trooper", "deputy", "hotshot", "volunteer",
    "resident", "inhabitant", "individual", "person", "voter", "delegate", "lawmaker", "senator", "representative",
    "death", "dead", "fatality", "casualty", "body", "bodies", "personnel",
    # a crowd's people (audit 154: a count of people and the same count of demonstrators read as two counts)
    "demonstrator", "protestor", "marcher", "rioter", "activist", "mourner", "suspect",
    "refugee", "evacuee",  # "some 14,000 refugees" / "about 14,000 people" (audit 161)
    "contact",  # an outbreak's "48 contacts" / "48 other people ... having contact" (audit 192)
}  # fmt: skip
# "9/11", "AR-15", "MS08-078" (a bulletin's number; audit 148 read "078 addresses"): a name, a date or a model
_SLASHED = re.compile(r"\b\d+(?:/\d+)+\b|\b[A-Za-z][A-Za-z\d]*-\d+(?:[.:]\d+)*\b")  # "under-12:00" whole
_ABOUT = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "estimated", "approx", "circa"}
_AT_LEAST = {"least", "over", "more", "upwards", "exceeding", "plus"}
_AT_MOST = {"most", "under", "less", "fewer", "below", "up", "within"}
# Words that say nothing about what a number counts.
# Units that count the same thing ("a village of about 900 residents" / "a community of about 800 people").
_SAME_UNIT = {"resident": "people", "person": "people", "individual": "people", "inhabitant": "people",
              "nation": "country", "firm": "company", "location": "site", "place": "site",
              "house": "home", "residence": "home", "dwelling": "home",
              "appliance": "engine",  # a fire appliance is a fire engine (UK)
              # A unit and its abbreviation or irregular plural ("86-yd run" / "86-yard run"; audit 141).
              "yd": "yard", "ft": "foot", "feet": "foot", "lb": "pound", "hr": "hour", "mi": "mile",
              "kid": "child", "children": "child", "grandkid": "grandchild", "grandchildren": "grandchild",
              "catch": "reception",
              "bullet": "shot", "gunshot": "shot",  # "13 bullets" / "13 shots" fired (audit 155)
              # one unit spelt two ways or shortened ("10 kilometres" / "10 km"; audit 149)
              "kilometre": "kilometer", "km": "kilometer", "metre": "meter", "centimetre": "centimeter",
              "cm": "centimeter", "millimetre": "millimeter", "mm": "millimeter", "kg": "kilogram",
              "litre": "liter"}  # fmt: skip
_RATES = {"percent", "percentage", "point", "points", "basis", "per"}
# A distance per hour is a speed, counted as its abbreviation counts it ("59 miles an hour" is "59 mph";
# audit 104 read "only Fox News gives 59 mph" where another outlet gave "59 miles per hour").
_SPEED_UNITS = {"mile": "mph", "kilometre": "kph", "kilometer": "kph", "km": "kph"}
_PAUSE = "qqpause"  # a token for a comma or bracket right after a number
# ... or a colon ("IE 5.01: XP users should patch": audit 148 read "5.01 xp").
_SET_OFF = re.compile(r"(\d|\b(?:hundred|thousand|million|billion|trillion|dozen))[,):](?=\s|$)", re.IGNORECASE)
_NOT_UNITS = (STOP_WORDS - {"others"}) | {
    "percent",
    "per",
    "cent",
    "times",
    "am",
    "pm",
    "st",
    "nd",
    "rd",
    "th",
    "s",
    # Clock times' zones ("0300 GMT"): a time of day, not a count.
    "gmt",
    "utc",
    "edt",
    "est",
    "cdt",
    "cst",
    "pdt",
    "pst",
    "bst",
    "cet",
    _PAUSE,
}
# A figure in brackets right after another is the same figure in other units or money ("10 kilometres
# (6.2 miles)", "$1 million (£800,000)", "100 reals (about US $33)"), or a team's record ("the Colts
# (11-4)"): not a figure of its own.
_CONVERTED = re.compile(
    r"\(\s*(?:about |around |roughly |some |nearly )?(?:(?:[A-Za-z]{1,3}\s?)?[$£€¥]?\d"
    # ... or in words ("$5.3 million (four million euros)"; audit 166)
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:hundred|thousand|million|billion)\b)[^()]*\)"
)
# A number right after a capitalised word inside a sentence names something ("Week 15", "Flight 370",
# "Section 7"): a label, not a count. Not a word that opens a sentence ("Between 150 and 200 people").
_LABEL = re.compile(r"(?<=[^.!?:\"“”\s]\s)([A-Z][a-z]+)\s+\d[\d,]*\b")
# A number right after letters in capitals names something wherever it stands: a bill ("HR 1", "H.R.
# 1", "SB 1070"), a road or a flight ("US 271", "MH 17"): a label, never a count (an audit read "HR 1
# measure" as one measure).
_CAPS_LABEL = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,}|[A-Z]{2,5})\s+\d[\d,]*\b(?![.,]\d)")
# A number of time units is a time or an age, each of one event or person ("three years ago" / "15
# years ago"; an 18-year-old brother and a 44-year-old mother): not a count of one thing.
_TIME_UNITS = {
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night", "season", "quarter",
}  # fmt: skip
# A part of a whole or a stretch: "29 of 34 passes", "six of their last 9 matches" count a part and a
# whole, neither a figure to compare with a plain count (on the ECB+ stories read blind, comparing the
# part as a count of its noun was wrong 3 times of 4); "his first 17 passes", "the next 23 games"
# count a stretch, not a total.
_STRETCH = {"first", "last", "next", "final", "previous"}
_MEASURE_PREFIX = {"square", "cubic"}


@dataclass(frozen=True)
class Slot:
    """A number in a wording: its printed form, the range it allows, and what it counts."""

    surface: str
    low: float
    high: float
    unit: str
    position: int
    context: frozenset[str] = frozenset()
    value: float = 0.0  # the number as printed, before any hedge ("about 8,400" -> 8,400)
    verb: str = ""  # the verb just before the number, its first four letters ("sinking two" -> "sink")
    # A hedge that bounds the value from one side: "<" ("nearly", "almost", "less than"), "<=" ("at
    # most", "up to"), ">" ("more than", "over"), ">=" ("at least"). "Almost three dozen" and "at
    # least three dozen" meet at 36 and cannot both be true; "at most 36" and "at least 36" can, and
    # so can "nearly 400" and "400" (a round figure).
    bound: str = ""
    # A part of a whole ("two of the 116 people hurt"): what the figure counts is said after it, so it
    # is compared only with "several" or with another part of the same whole (``number_conflicts``).
    part: bool = False
    whole: float = 0.0  # a part's whole, when given ("two of the 116 people": 116)
    # A sum with its currency sign and no noun after it ("$45 billion, the company said"), read as
    # counting its currency: it says nothing of what it pays for, so two such sums may be two things
    # (an offer and a contract, a year's pay and the whole deal). A page gives it as a value only some
    # outlets give; it is never set against another sum as a conflict (``counts``; on the ECB+
    # stories no rule was written for, 14 more "Where outlets differ" items, 3 judged true, 4
    # imprecise, 7 false).
    bare: bool = False


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return word[:-2]  # "catches", "witnesses", "boxes": not "catche"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _is_number(token: str) -> bool:
    return token[:1].isdigit() or token in NUMBER_WORDS or token in MORE_NUMBER_WORDS or token == "two"


_TENS = {w for w, v in CARDINALS.items() if 20 <= v < 100 and not v % 10}
_ONES = {w: v for w, v in CARDINALS.items() if v < 10}
_CURRENCY = "$£€"
_WHOLE_NOUNS = {"people", "men", "women", "children", "grandchildren", "personnel", "feet"}  # plural without an -s
_NOT_NOUNS = {"ahead", "away", "back", "earlier", "later", "ago", "today", "tonight", "yesterday", "tomorrow", "now",
              "alone", "also", "still", "already", "apart", "together", "overall", "instead",
              # verbs in the past that end in neither -ed nor -ing ("a 4.2 magnitude tremor shook ...")
              "shook", "struck", "hit", "rocked", "left", "killed", "began", "broke", "came", "fell", "grew",
              "rose", "ran", "spread", "swept", "tore", "took", "went", "lost", "made", "sent", "told",
              "said", "says", "were", "was"} | STOP_WORDS  # fmt: skip
_NEXT_WORD = re.compile(r"(?:\s+|-)([a-z][a-z'’]*(?:-[a-z]+)*)")


# "won 212 to 87", "a 212-to-87 vote": a score (the larger first), not two counts; "10 to 12 people"
# is a range and stays.
_SCORE = re.compile(r"\b(\d[\d,]*)(?:\s+|-)to(?:\s+|-)(\d[\d,]*)\b")
# A score or a record written with a dash ("a 15-2 run", "a 27-24 loss", "the Colts (11-4)"): two
# tallies of a game, no count of the noun after them.
_DASHED_SCORE = re.compile(r"(?<![\w.,-])\d+[-–]\d+(?![\w-])")
# So is a shooting tally ("shot 6-for-15 from the floor", "a 9-for-12 mark"; audit 166 read a tally's
# first figure as a count).
_TALLY = re.compile(r"(?<![\w.,-])\d+-for-\d+(?![\w-])")


def _score(m: re.Match) -> str:
    first, second = (float(g.replace(",", "")) for g in m.groups())
    return " " if first > second else m.group(0)


_DETERMINERS = {"the", "these", "those", "both", "their", "our", "its", "his", "her", "my", "your"}
_MONEY_UNITS = {"dollar", "euro", "pound", "yen", "yuan", "real", "peso", "rupee", "franc"}


def is_money(slot: Slot) -> bool:
    """A sum of money ("$45 billion takeover", "30 million euros"): one figure whatever it buys."""
    return slot.surface[:1] in _CURRENCY or slot.unit in _MONEY_UNITS


def _currency(slot: Slot) -> str:
    """A sum's currency, by its sign or its word ("" for no sum): sums in two currencies are one sum
    converted, or two, never one figure told two ways ("$136 million worth" / "£88 million worth")."""
    return slot.surface[:1] if slot.surface[:1] in _CURRENCY else slot.unit if slot.unit in _MONEY_UNITS else ""


_LEADING = _ABOUT | _AT_LEAST | _AT_MOST | {"at", "the", "a", "an", "than", "to", "of", "all", "its", "their"}


def _verb_before(tokens: list[str], i: int) -> str:
    """The verb in -ing or -ed right before a number (hedges and articles aside): what is done to
    what is counted ("sinking two boats", "towing five boats")."""
    for tok in reversed(tokens[max(0, i - 4) : i]):
        if tok in _LEADING:
            continue
        if tok in _DONE_TO:
            return tok  # "shot four dock-hands" is no "killed three dock-hands" (invented)
        return tok[:4] if len(tok) > 4 and re.search(r"(?:ing|ed)$", tok) else ""
    return ""


# Verbs in the past that end in neither -ed nor -ing and say what was done to what is counted.
_DONE_TO = {"shot", "hit", "struck", "hurt", "beat", "caught", "held", "found", "took", "sent", "brought", "left",
            "led", "bought", "sold", "paid", "won", "lost", "fought", "saw", "bit", "cut"}  # fmt: skip


def _plural(word: str) -> bool:
    return (word.endswith("s") and not word.endswith(("us", "ss", "is"))) or word in _WHOLE_NOUNS


def _noun_like(word: str) -> bool:
    return word.isalpha() and word not in _NOT_NOUNS and not re.search(r"(?:ing|ed|ly)$", word)


def _printed(text: str, surface: str) -> str:
    """A number slot as the wording prints it, up to what it counts: "$45 million harbour plan"
    rather than the tokens "45 million harbour", "a 30-member team" rather than "30 member", "one in
    three chance"."""
    words = surface.split()
    pattern = r"(?<![\w.,])" + r"['’]?[\s-]+".join(re.escape(w) for w in words) + r"\b"
    found = re.search(pattern, text, flags=re.IGNORECASE)
    if not found:
        return surface
    start, end = found.start(), found.end()
    if start and text[start - 1] in _CURRENCY:
        start -= 1
    odds = re.search(r"\b(?:one|1)[\s-]in[\s-]$", text[:start], flags=re.IGNORECASE)
    if odds:
        start = odds.start()
    last = words[-1].lower()
    # A singular after a number is a modifier ("rescue", "member", "harbour") before what is counted:
    # read on to the noun (at most two words, up to a plural).
    for _ in range(2):
        if _plural(last):
            break
        nxt = _NEXT_WORD.match(text, end)
        if not nxt or nxt.group(1) in _NOT_NOUNS or re.search(r"(?:ing|ed|ly)$", nxt.group(1)):
            break
        end, last = nxt.end(), nxt.group(1)
    printed = text[start:end]
    first = printed.split()[0].split("-")[0]
    if first.istitle() and (_is_number(first.lower()) or first.lower() in ("one", "a", "an", "between")):
        printed = printed[0].lower() + printed[1:]  # a sentence's first word, not a name
    return printed


def _sum_as_written(text: str, words: list[str], sign: str) -> str:
    """A bare sum as the wording writes it, its sign and figure ("$45 billion"), from its tokens."""
    found = re.search(r"(?<![\w.])" + re.escape(sign) + r"\s?" + r"\s+".join(map(re.escape, words)) + r"\b", text)
    return found.group(0) if found else f"{sign}{' '.join(words)}"


def number_slots(text: str) -> list[Slot]:
    """Each counted number in the text ("eight crew members" -> 8 crew; "about 8,400 acres" -> 7,560-9,240
    acre), with the range a hedge allows. Numbers in dates, times and bare numbers are left out."""
    return list(_number_slots(text))


@lru_cache(maxsize=1 << 14)  # every claim reads its outlets' whole articles: each once
def _number_slots(text: str) -> tuple[Slot, ...]:
    text = _SCALE_LETTER.sub(lambda m: f"{m.group(1)} {_SCALE_WORD[m.group(2).lower()]}", text)  # "$334m" (audit 155)
    tokens = _tokens(_cleaned(text))
    slots = []
    ranges: dict[int, tuple[float, int]] = {}  # a range's second number: (its first value, where it starts)
    for i, tok in enumerate(tokens):
        if _read_with_another(tokens, i):
            continue
        value = _value(tokens, i)
        if value is None or (i and tokens[i - 1] == "minus"):
            continue  # "minus 17 degrees" is no "17 degrees" (audit 145): a figure below zero is left out
        j = i + 1
        # "between 150 and 200 people", "10 to 12 people", "two or three people": one range, counted
        # by the second number ("from 10 to 12 people" is a change, read as two numbers).
        between = i > 0 and tokens[i - 1] == "between"
        if (
            j + 1 < len(tokens)
            and (tokens[j] in ("to", "or") or (tokens[j] == "and" and between))
            and not (i > 0 and tokens[i - 1] == "from")
            and _is_number(tokens[j + 1])
            and tokens[j + 1] not in _MULTIPLIERS
        ):
            ranges[j + 1] = (value, i - 1 if between else i)
            continue
        if tok in _TENS and j < len(tokens) and tokens[j] in _ONES:
            value += _ONES[tokens[j]]
            j += 1
        if j < len(tokens) and tokens[j] in _MULTIPLIERS:
            value *= _MULTIPLIERS[tokens[j]]
            j += 1
        if j < len(tokens) and tokens[j] in ("am", "pm"):
            continue
        if _whole_after(tokens, j):
            # "Two of the 116 people": a part, defined by what the figure does not say (in critical
            # condition, of one mother); the whole (``_part_or_stretch``) is a total of another kind.
            continue
        unit = tokens[j] if j < len(tokens) else ""
        bare = unit.startswith(_BARE)  # a sum with no noun after it: its currency is what it counts
        unit = unit.removeprefix(_BARE)
        # Rates: outlets quote different measures (quarterly, annualised, year on year); a word in
        # -ing is a verb ("the 19 representing the city"), not what is counted.
        if (
            (unit in _NOT_UNITS and unit not in _ON_TOP)
            or unit in _RATES
            or unit[:1].isdigit()
            or (unit.endswith("ing") and len(unit) > 5)
        ):
            continue
        if unit in _MODIFIERS:
            # "40 different states": what is counted is the plural noun after it, written so in the text,
            # or a noun before one ("four consecutive life sentences", as "four life sentences" is read);
            # else ("three clearly marked schools", "11 different UN schools") the figure is left out.
            after = tokens[j + 1] if j + 1 < len(tokens) else ""
            then = tokens[j + 2] if j + 2 < len(tokens) else ""
            if not (
                _noun_like(after)
                and re.search(rf"(?<![\w-]){re.escape(after)}\b", text)
                and (_plural(after) or (_plural(then) and _noun_like(then)))
            ):
                continue
            j, unit = j + 1, after
        elif unit in _ON_TOP:
            # "four other people", "two more officers": people counted on top of others, read as
            # "four others" is (``added`` keeps them out of conflicts); of things, left out.
            after = tokens[j + 1] if j + 1 < len(tokens) else ""
            if not (_plural(after) and _singular(after) in PEOPLE):
                continue
            j, unit = j + 1, after
        # People counted with a modifier before them are counted as people ("75 health care workers");
        # other modifiers stay what is counted ("12 million broadband customers" are no "cable customers").
        k = j
        while k + 1 < len(tokens) and k - j < 2 and not _plural(tokens[k]) and _noun_like(tokens[k + 1]):
            k += 1
        # "A dozen", "a hundred": the article is part of the figure, and a hedge stands before it
        # ("more than a dozen packages" is no dozen).
        start = i - 1 if i and tok in _MULTIPLIERS and tokens[i - 1] in ("a", "an", "one") else ranges.get(i, (0, i))[1]
        printed = " ".join(tokens[start:j]) + f" {unit}"
        if j < k < len(tokens) and _plural(tokens[k]) and _singular(tokens[k]) in PEOPLE:
            unit = tokens[k]
            printed = " ".join(tokens[start : k + 1])  # "200 Central American migrants", not "200 Central"
        if tok == "two" and not _plural(unit):
            continue  # "the two leaders" is mostly a determiner; "two guards" counts
        low, high, bound = _hedged(value, set(tokens[max(0, start - 2) : start]))
        if i in ranges:
            low, high, bound = min(ranges[i][0], value), max(ranges[i][0], value), ""
        if not unit:
            continue  # a bare number counts nothing named
        capitals = [unit[:1].upper() + unit[1:]] + ([unit.upper()] if len(unit) >= 3 and text != text.upper() else [])
        if (
            any(re.search(rf"(?<![\w-]){re.escape(form)}\b", text) for form in capitals)
            and not re.search(rf"(?<![\w-]){re.escape(unit)}\b", text)
            and not (_plural(unit) and people_of(_singular(unit)))  # "Turkmens", not "Brazilian reals"
        ):
            # A name, not what is counted ("Jane Doe, 30; Ann Roe"; "told 1010 WINS", a station). A word
            # the text also writes in lower case is a word: a headline in title case ("19 Firefighters
            # Killed") above an article that counts "19 firefighters" names no one.
            continue
        if _SOURCES_AFTER.match(" ".join(tokens[(k if unit == tokens[k] else j) + 1 :][:4])) and (
            _singular(unit) in PEOPLE | _SOURCE_NOUNS
        ):
            continue  # the outlet's sources ("two people briefed on the trip said"), no count of the story
        kind = _kind(unit)
        if kind in _SPEED_UNITS and tokens[j + 1 : j + 3] in (["per", "hour"], ["an", "hour"], ["a", "hour"]):
            kind = _SPEED_UNITS[kind]  # "59 miles per hour" is the speed "59 mph" says
        if unit in _MEASURE_PREFIX and j + 1 < len(tokens):
            kind = f"{unit} {_kind(tokens[j + 1])}"  # "square metres" and "square feet" are two units
        if kind in _TIME_UNITS:
            continue
        surface = _sum_as_written(text, tokens[start:j], _CURRENCY_SIGN[unit]) if bare else _printed(text, printed)
        near, verb = _near(tokens, i, j), _verb_before(tokens, i)
        slots.append(Slot(surface, low, high, kind, i, near, value, verb, bound, bare=bare))
    return tuple(slots)


# People counted as an outlet's sources, by what follows them: "two people briefed on the trip",
# "three officials familiar with the talks", "two aides said".
_SOURCES_AFTER = re.compile(
    r"(?:familiar with|briefed on|with knowledge of|with direct knowledge|who spoke on|speaking on|"
    r"who requested|who asked not|who declined to be|said|say|says|told)\b"
)
_SOURCE_NOUNS = {"official", "source", "aide", "adviser", "advisor", "lawmaker", "diplomat", "insider"}


# Words that stand between a figure and what it counts, never what is counted (audit 137 read "only A
# gives three clearly" and "11 different").
_MODIFIERS = {
    "different", "separate", "distinct", "various", "individual", "clearly", "newly", "recently", "previously",
    "mostly", "largely", "mainly", "fully", "partly", "partially", "highly", "heavily", "widely", "severely",
    "critically", "seriously", "slightly", "badly", "lightly", "entirely", "completely", "officially",
    "reportedly", "allegedly", "apparently", "publicly", "separately", "respectively", "specially", "especially",
    # "three consecutive terms": what is counted is not "consecutive" (audit 144 read it as the unit of
    # one outlet's count of life terms, set against another outlet's count of other terms).
    "consecutive", "successive", "straight",
    "late", "early",  # "13 late fees" counts fees (a time after a figure: ``_TIME_AFTER``)
}  # fmt: skip
# A time said right after a figure ("levelled the match at 21 late in the second half", "worth $3.1 million
# early Friday"): the figure ends there (audit 167 read a score as "13 late"); "13 late fees" still counts fees.
_TIME_AFTER = re.compile(
    r"(?:(?<=\d)|(?<=illion)|(?<=thousand))\s+(?:early|late)\s+"
    r"(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:morning|afternoon|evening|night|in|on)\b)"
)
_ON_TOP = {"other", "more"}  # "four other people": more of them, on top of those counted before


_RANK = re.compile(r"#\s?\d+\b")
# A height, and a weight said with it ("a 6-foot-10, 245-pound forward": a player's build, no count; audit
# 157 read two players' weights as one outlet's figure against another's).
_HEIGHT = re.compile(r"\b\d-(?:foot|feet)-\d{1,2}\b(?:\s*,\s*\d{2,3}-(?:pound|lb)\b)?")
_DECIMAL_QUAKE = re.compile(r"\b(\d\.\d)\s+((?:earth)?quakes?|tremors?|aftershocks?|temblors?)\b", re.IGNORECASE)
_MAGNITUDE_FIRST = re.compile(r"\b[Mm]agnitude[- ](\d(?:\.\d+)?)(?![\d.]*\d)")
_US_DOLLARS = re.compile(r"(?<![\w$])(?:\$US|US\s?\$)\s?(?=\d)")
# A sum's scale in a letter or two after its figure, as British and business copy writes it: "$334m",
# "£2bn", "€5.4bn", "$281M" (only after a currency sign: "5m" alone may be five metres).
_SCALE_LETTER = re.compile(r"(?<![\w.])([$£€¥]\s?\d[\d,]*(?:\.\d+)?)\s?(bn|mn|m|k)\b", re.IGNORECASE)
_SCALE_WORD = {"bn": "billion", "mn": "million", "m": "million", "k": "thousand"}
_HYPHENED_SCALE = re.compile(r"(?<=\d)-(?=(?:million|billion|trillion)\b)")  # "$5.4-billion"
_HYPHENED_PREFIX = re.compile(r"\b(semi|anti|non|multi|co|pre|post|sub|ex)-(?=[a-z])", re.IGNORECASE)


def _cleaned(text: str) -> str:
    """The text with what counts nothing blanked: figures converted in brackets, labels ("Week 15",
    "HR 1"), scores, dates, slashed numbers and models ("9/11", "AR-15"); a number set off by a comma
    or a bracket marked so ("Williams, 91, passed away": it counts nothing after it)."""
    text = _DASHED_EMERGENCY.sub(lambda m: m.group(0).replace("-", "").replace("–", ""), text)  # "9-1-1": 911
    text = _HYPHENED_PREFIX.sub(r"\1", text)  # "semi-automatic" is "semiautomatic" (audit 140)
    text = _RANK.sub(" ", text)  # "the #1 pick": a rank, no count (audit 141)
    text = _HEIGHT.sub(" ", text)  # "a 6-foot-7 lineman": a height, no count of linemen (audit 143)
    text = _US_DOLLARS.sub("$", text)  # "$US1 million", "US $1 million": dollars (audits 145, 149)
    text = _HYPHENED_SCALE.sub(" ", text)  # "$5.4-billion" is "$5.4 billion" (audit 149)
    text = _MAGNITUDE_FIRST.sub(r"\1-magnitude", text)  # "magnitude-6.1 quake" is a "6.1-magnitude quake" (audit 149)
    text = _DECIMAL_QUAKE.sub(r"\1-magnitude \2", text)  # so is "a 5.6 quake": no count of quakes
    text = _TIME_AFTER.sub(", ", _TALLY.sub(" ", text))
    clean = _CAPS_LABEL.sub(r"\1", _LABEL.sub(_label, _CONVERTED.sub(" ", text)))
    clean = _SLASHED.sub(" ", _DATE.sub(" ", _SCORE.sub(_score, clean).replace("%", " percent")))
    clean = _DASHED_SCORE.sub(" ", clean)
    clean = _BARE_SUM.sub(lambda m: f"{m.group(0)} {_BARE}{_CURRENCY_WORD[m.group(1)]}", clean)
    return _SET_OFF.sub(rf"\1 {_PAUSE} ", clean)


# A sum with its currency sign and no noun after it ("worth $45 billion, the company said", "paid
# $4 million to settle"): a sum of money in that currency, a value of a detail, never a conflict
# (``Slot.bare``).
_CURRENCY_WORD = {"$": "dollars", "£": "pounds", "€": "euros"}
_CURRENCY_SIGN = {word: sign for sign, word in _CURRENCY_WORD.items()}
_BARE = "qqsum"  # before the currency word a bare sum is read with (the slot is marked ``bare``)
# Words after a sum that say when or how, not what it buys ("repaid $60,000 earlier this year").
_ADVERBS = {"earlier", "later", "previously", "already", "instead", "annually", "altogether", "overall"}
# A rate ("$158 per share", "$10 billion a year", "$5 each") is no sum.
_RATE_AFTER = {"per", "a", "an", "each", "apiece", "every"}
_BARE_SUM = re.compile(
    r"(?<![\w.])([$£€])\s?\d(?:[\d,]*\d)?(?:\.\d+)?(?![\d.,]*\d)(?:\s+(?:million|billion|trillion))?"
    rf"(?=\s*(?:[,.;:)!?]|$)|\s+(?:{'|'.join(sorted((STOP_WORDS - _RATE_AFTER) | _ADVERBS, key=len, reverse=True))})\b)"
)


# An emergency telephone number before what it names ("a 911 call", "the 999 operator"): no figure
# (an audit read "only A gives 911 call" as a count).
_EMERGENCY_NUMBERS = {"911", "999", "112", "000"}
_EMERGENCY_WORDS = {
    "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "dispatch", "operator", "operators",
    "center", "centre", "centers", "centres", "system", "line", "lines", "tape", "tapes", "recording",
    "recordings", "report", "reports", "service", "services", "emergency", "emergencies", "audio",
}  # fmt: skip


_DASHED_EMERGENCY = re.compile(r"(?<![\w-])9[-–]1[-–]1(?![\w-])")


def _emergency_number(tokens: list[str], i: int) -> bool:
    return tokens[i] in _EMERGENCY_NUMBERS and i + 1 < len(tokens) and tokens[i + 1] in _EMERGENCY_WORDS


def _read_with_another(tokens: list[str], i: int) -> bool:
    """Whether the i-th token is no figure of its own: part of the number before it ("two hundred",
    "seventy-five"), a multiplier of a vague count ("several hundred"), a rank ("No. 2"), the two
    already named ("the two harbours"), or a part of a whole or a stretch (``_part_or_stretch``)."""
    tok = tokens[i]
    before = tokens[i - 1] if i else ""
    return bool(
        (tok in _MULTIPLIERS and i and (_is_number(before) or before in _VAGUE))
        or (tok in _ONES and before in _TENS)
        or before == "number"
        or _emergency_number(tokens, i)
        or (tok == "two" and before in _DETERMINERS)
        or _part_or_stretch(tokens, i)
    )


def _value(tokens: list[str], i: int) -> float | None:
    """The value of the i-th token as a number (digits or a number word), or None; "two" at the end of
    a text counts nothing."""
    tok = tokens[i]
    if tok[0].isdigit():
        if ":" in tok or tok.count(".") > 1:
            return None  # a clock time, a version
        try:
            return float(tok.replace(",", ""))
        except ValueError:
            return None
    if tok in NUMBER_WORDS or tok in MORE_NUMBER_WORDS or (tok == "two" and i + 1 < len(tokens)):
        return float(NUMBER_WORDS.get(tok) or MORE_NUMBER_WORDS.get(tok) or 2)
    if tok in _LARGE and i and tokens[i - 1] in ("a", "one"):
        return _MULTIPLIERS[tok]  # "a million dollars", "one million dollars" (audit 145)
    return None


_LARGE = ("million", "billion", "trillion")


def _hedged(value: float, before: set[str]) -> tuple[float, float, str]:
    """The range a figure allows and its one-sided bound (``Slot.bound``), from the words before it:
    "nearly" (a little under), "about" (3 % either side), "at least" / "more than", "at most" / "under".
    "Up" bounds only as "up to" ("picked up six seats" counts six)."""
    if "up" in before and "to" not in before:
        before = before - {"up"}
    if before & {"nearly", "almost", "approaching", "close"}:
        return value * 0.95, value, "<"
    if before & _ABOUT:
        return value * 0.97, value * 1.03, ""
    if before & _AT_LEAST:
        return value, float("inf"), ">=" if before & {"least", "upwards", "plus"} else ">"
    if before & _AT_MOST:
        return 0.0, value, "<=" if before & {"most", "up"} else "<"
    return value, value, ""


def _label(m: re.Match) -> str:
    """A label's word without its number; a hedge or a number word keeps it."""
    word = m.group(1)
    return m.group(0) if word.lower() in STOP_WORDS | _LEADING | _VAGUE else word


def _whole_after(tokens: list[str], j: int) -> int:
    """Where the noun of a part's whole starts ("three of the 40 people hurt" -> at "people"), or 0
    when the number before ``j`` is no part of a whole."""
    if j >= len(tokens) or tokens[j] != "of":
        return 0
    for k in range(j + 1, min(j + 4, len(tokens))):
        if _is_number(tokens[k]):
            k += 1
            while k < len(tokens) and tokens[k] in _MULTIPLIERS:
                k += 1
            return k
    return 0


def _part_or_stretch(tokens: list[str], i: int) -> bool:
    """Whether the number at ``i`` is the whole after a part ("29 of 34", "eight of their last 10")
    or a stretch ("his first 17", "the next 23"): see ``_STRETCH``."""
    before = tokens[max(0, i - 4) : i]
    if before[-1:] and before[-1] in _STRETCH:
        return True
    if "of" in before:
        at = len(before) - 1 - before[::-1].index("of")
        return at > 0 and _is_number(before[at - 1]) and len(before) - at - 1 <= 2
    return False


def _kind(unit: str) -> str:
    """What a number counts, as compared: the noun singular, a few synonyms as one ("residents": people)."""
    return _SAME_UNIT.get(_singular(unit), _singular(unit))


def _near(tokens: list[str], i: int, j: int) -> frozenset[str]:
    """The content words around a number at ``i`` counting ``tokens[j]``: a few before, a few after."""
    near = [
        t.removeprefix(_BARE)
        for t in tokens[max(0, i - 6) : i] + tokens[j + 1 : j + 4]
        if t not in STOP_WORDS and t != _PAUSE
    ]
    return frozenset(t[:6] for t in near if not t[0].isdigit() and len(t) > 2)


@lru_cache(maxsize=1 << 14)
def _part_slots(text: str) -> tuple[Slot, ...]:
    """Each part of a whole the text counts ("Two of the 40 people hurt" -> 2 people, a part), for
    the conflicts only: the whole's noun is what the part counts."""
    tokens = _tokens(_DATE.sub(" ", _SET_OFF.sub(rf"\1 {_PAUSE} ", text)))
    slots = []
    for i, tok in enumerate(tokens):
        if not (tok[0].isdigit() or tok in NUMBER_WORDS or tok == "two") or _part_or_stretch(tokens, i):
            continue
        try:
            value = float(NUMBER_WORDS.get(tok) or ("2" if tok == "two" else tok.replace(",", "")))
        except ValueError:
            continue
        k = _whole_after(tokens, i + 1)
        if not k or k >= len(tokens) or not _plural(tokens[k]) or tokens[k] in _NOT_UNITS | _RATES:
            continue
        kind = _kind(tokens[k])
        if kind in _TIME_UNITS:
            continue
        whole = next((float(t.replace(",", "")) for t in tokens[i + 2 : k] if t[0].isdigit()), 0.0)
        surface = _printed(text, " ".join(tokens[i : k + 1]))
        near, verb = _near(tokens, i, k), _verb_before(tokens, i)
        slots.append(Slot(surface, value, value, kind, i, near, value, verb, "", True, whole))
    return tuple(slots)


@lru_cache(maxsize=1 << 14)
def several_slots(text: str) -> tuple[Slot, ...]:
    """The word "several" before what it counts ("several others were hurt"): more than two, told as at least
    three, for the conflicts only ("several others" / "two others" cannot both be true; "several
    others" / "five others" can). A count no one gives as a figure, so never a detail."""
    tokens = _tokens(_DATE.sub(" ", text))
    slots = []
    for i, tok in enumerate(tokens[:-1]):
        unit = tokens[i + 1]
        if tok != "several" or unit in _MULTIPLIERS or unit in _NOT_UNITS or unit in _RATES or not unit.isalpha():
            continue
        kind = _kind(unit)
        if kind in _TIME_UNITS:
            continue
        slots.append(Slot(f"several {unit}", 3.0, float("inf"), kind, i, _near(tokens, i, i + 1), 3.0, "", ">="))
    return tuple(slots)


def _overlap(a: Slot, b: Slot) -> bool:
    """Whether two slots' ranges share a value; a bound from above and one from below that meet at
    their value share none unless both take it in ("almost 36" / "at least 36": none; "at most 36" /
    "at least 36": 36)."""

    def apart(upper: Slot, lower: Slot) -> bool:
        return (
            upper.high == lower.low
            and upper.bound in ("<", "<=")
            and lower.bound in (">", ">=")
            and (upper.bound, lower.bound) != ("<=", ">=")
        )

    return a.low <= b.high and b.low <= a.high and not apart(a, b) and not apart(b, a)


def _bare_numbers(text: str) -> set[float]:
    """Every number written in digits in the text, whatever it counts."""
    out = set()
    for tok in re.findall(r"\d[\d,]*(?:\.\d+)?", text):
        try:
            out.add(float(tok.replace(",", "")))
        except ValueError:
            continue
    return out


def _several_values(slots: list[Slot]) -> set[str]:
    """Units a wording counts with values that cannot all be one ("spreading from 2,000 acres to 6,000
    acres"): a change over time or several things, so no one value to compare."""
    by_unit: dict[str, list[Slot]] = {}
    for s in slots:
        by_unit.setdefault(s.unit, []).append(s)
    return {u for u, ss in by_unit.items() if any(not _overlap(x, y) for x in ss for y in ss)}


CLOSE = 2.0  # the most one value may be times the other to be one count told two ways

# The stretch a figure is counted over, when a wording says it: a rate right after what is counted
# ("eight rebounds a game", "$10 billion a year") or a stretch anywhere in the sentence ("this
# season", "in his last two games", "since Week 11", "over four nights", "so far"). Two figures
# counted over different stretches (or one over a stretch, one not) are two counts, not one told two
# ways: a season's total against one game's, a yearly rate against a total. "Over the past six
# years" is a stretch as "over four nights" is.
_RATE = re.compile(
    r"^\S*(?:\s+\S+){0,2}?\s+(?:a|an|per|each|every)\s+(game|match|season|year|day|week|month|night|quarter|hour)\b"
    r"|^\S*(?:\s+\S+){0,2}?\s+(annually|yearly|daily|weekly|monthly|nightly)\b",
    re.IGNORECASE,
)
_OVER = re.compile(
    r"\b(?:this|last|next)\s+season\b|\bcareer\b|\bso\s+far\b|\bto\s+date\b"
    r"|\bsince\s+week\s+\d+|\bin\s+(?:his|her|their|its|the|my|our)\s+(?:last|past|first|previous|final)\s+"
    r"(?:\w+\s+)?(?:games|matches|seasons|starts|nights|days|weeks|months|years)\b"
    r"|\bover\s+(?:the\s+)?(?:\w+\s+){0,2}(?:nights|games|seasons|days|weeks|months|years)\b",
    re.IGNORECASE,
)


def stretch_of(text: str, slot: Slot) -> tuple[str, ...]:
    """The stretch a figure is counted over, as the wording says it (``_RATE``, ``_OVER``): ("a
    game",), ("this season",), () when none is said."""
    at = text.lower().find(slot.surface.lower())
    rate = _RATE.match(text[at:]) if at >= 0 else None
    found = [(rate.group(1) or rate.group(2)).lower()] if rate else []
    found += [re.sub(r"\s+", " ", m.group(0).lower()) for m in _OVER.finditer(text)]
    return tuple(sorted(set(found)))


def number_conflicts(a: str, b: str, sure: bool = False) -> list[tuple[Slot, Slot]]:
    """Numbers that count the same thing with values that cannot both be true (ranges apart), where
    neither wording also gives the other's value. Words around the two numbers in common tell that
    they count the same thing; with ``sure`` (the two wordings are known to state one fact) so does a
    noun each wording counts only once, with values close enough (``CLOSE``) to be one count told two
    ways ("almost three dozen" / "at least three dozen"; not "two riders fell" / "9,000 riders
    started"). A part of a whole ("two of the 116 people") is set beside "several" and parts of the same
    whole only."""
    values_a = {v for s in number_slots(a) for v in (s.low, s.high)} | _bare_numbers(a)
    values_b = {v for s in number_slots(b) for v in (s.low, s.high)} | _bare_numbers(b)
    sa, sb = counts(a), counts(b)
    sa, sb = sa + list(several_slots(a)), sb + list(several_slots(b))
    several = _several_values(sa) | _several_values(sb)
    sa, sb = sa + list(_part_slots(a)), sb + list(_part_slots(b))
    out = []
    for x in sa:
        for y in sb:
            if x.unit != y.unit or x.unit in several or _overlap(x, y) or _currency(x) != _currency(y):
                continue
            if (x.part or y.part) and not all(z.part or z.surface.startswith("several") for z in (x, y)):
                continue  # a part is no whole: "two of the 116 people" / "116 people"
            if x.whole and y.whole and x.whole != y.whole:
                continue  # parts of two wholes: "28 of his 68 punches" (a round) / "178 of 369 punches"
            alone = (
                sure
                and sum(z.unit == x.unit for z in sa) == 1
                and sum(z.unit == y.unit for z in sb) == 1
                and 0 < min(x.value, y.value) * CLOSE >= max(x.value, y.value)
            )
            if not (x.context & y.context or alone):
                continue
            if x.verb and y.verb and x.verb != y.verb:
                continue  # two things done: "sinking two boats", "towing five boats"
            if _fates_apart(a, x, b, y):
                continue  # two things befell them: "42 people were killed" / "400 people who sought shelter"
            if habitual(a, x) or habitual(b, y):
                continue  # the usual size of a kind of thing: "ferry crews usually number about a dozen"
            if stretch_of(a, x) != stretch_of(b, y):
                continue  # counted over two stretches: "six games this season" / "10 games"
            if not _same_compound(x, y):
                continue  # "a three-game losing streak" counts a streak, not the games of "10 games";
                # "a 68-yard drive" and "a 36-yard field goal" are two things
            if _decimals_of(x.value, y.value):
                continue  # "4.5 pounds" is 4.46 pounds said to one decimal
            if x.unit not in _LABELS and 0 < min(x.value, y.value) * COUNTS_APART < max(x.value, y.value):
                continue  # "three young men" / "more than 40 people": two counts, not one told two ways
            if x.value != y.value and (y.low in values_a or x.low in values_b):
                continue  # each wording also has the other's number ("the 19 deaths" beside "43 firefighters")
            if any(_overlap(x, z) for z in sb if z.unit == x.unit):
                continue
            if any(_overlap(y, z) for z in sa if z.unit == y.unit):
                continue
            # As printed, with the hedge ("nearly 30,000 teachers"): one figure bounded from two
            # sides says each bound, and "about 600" is not 600.
            out.append((replace(x, surface=as_told(a, x.surface)), replace(y, surface=as_told(b, y.surface))))
    return out


# Two figures of one kind this many times apart count two things (audit 137: the dead of a family beside
# a school's), not one thing told two ways.
COUNTS_APART = 5
# Figures that name a size rather than count ("a .38-caliber revolver" / "a .357-caliber revolver").
_LABELS = {"caliber", "calibre", "gauge"}


# A figure, with its unit (up to two words: "200 Mexican pesos", "3,000 acres"), then the same figure
# in other money or units in brackets ("(about US $20)", "(1,200 hectares)"; ``_CONVERTED``).
_CONVERSION = re.compile(
    r"(?<![\w.,$£€¥])(?P<sign>[$£€¥])?\s?(?P<base>\d[\d,]*(?:\.\d+)?)(?P<mult>\s+(?:million|billion))?"
    r"(?P<unit>(?:\s+[A-Za-z][\w-]*){0,2})\s*"
    r"\(\s*(?P<hedge>about |around |roughly |some |nearly |approximately )?(?:[A-Z]{1,3}\s?)?"
    r"(?P<to_sign>[$£€¥])?\s?(?P<to>\d[\d,]*(?:\.\d+)?)(?P<to_mult>\s+(?:million|billion))?(?P<to_unit>\s+[A-Za-z]+)?\s*\)"
)
# Two conversions of one figure this far apart, the larger over the smaller, are two values, not one
# rate or rounding told two ways ("(about $20)" / "($12)" of one sum; not "(1,214 hectares)" /
# "(1,200 hectares)").
CONVERSIONS_APART = 1.25


def _conversions(text: str) -> dict[tuple[str, float, str], tuple[float, str, str]]:
    """The text's figures given again in brackets in other money or units: by the figure (its money
    sign, value, unit's last word in the singular), the converted value, its sign or unit, and the
    whole as written."""
    out = {}
    for m in _CONVERSION.finditer(text):
        unit = m.group("unit").split()
        to_unit = (m.group("to_unit") or "").strip().lower()
        if not (m.group("sign") or unit) or not (m.group("to_sign") or to_unit):
            continue
        value = float(m.group("base").replace(",", "")) * _MULTIPLIERS.get((m.group("mult") or "").strip(), 1.0)
        to = float(m.group("to").replace(",", "")) * _MULTIPLIERS.get((m.group("to_mult") or "").strip(), 1.0)
        base = (m.group("sign") or "", value, _singular(unit[-1].lower()) if unit else "")
        out[base] = (to, m.group("to_sign") or _singular(to_unit), m.group(0).strip())
    return out


# Peoples counted by their name ("1.5 million Turkmens", "four Americans"), not parties or faiths: a count
# of people, written with a capital. Kept singular, as a slot's unit is.
_PEOPLES = frozenset(_singular(w.lower()) for w in DEMONYMS if w.endswith("s") and w[:1].isupper() and len(w) > 3) - {
    "democrat", "republican", "muslim", "catholic", "christian", "protestant", "hindu", "buddhist", "jew",
    "ko", "tko", "cd", "dvd",
}  # fmt: skip


def people_of(unit: str) -> bool:
    """Whether a unit, singular, is a people counted by its name ("turkmen": "1.5 million Turkmens")."""
    return unit in _PEOPLES


def head_noun(slot: Slot) -> str:
    """The noun a figure's printed words end with, singular ("four young couples" -> "couple"; "four
    life terms", counted as lives, -> "term")."""
    return _singular(re.sub(r"\W+$", "", slot.surface.split()[-1].lower()))


def bracketed_slots(text: str) -> list[Slot]:
    """The figures the text gives again in brackets in other units or money ("10 kilometres (6
    miles)": 6 miles), which ``number_slots`` leaves out as no figure of their own: an outlet that
    prints them gives them, for a detail of who gives a figure."""
    return [y for m in _CONVERTED.finditer(text) for y in number_slots(m.group(0)[1:-1])]


def converted(value: str) -> bool:
    """Whether a value is a figure with its conversion in brackets, as ``conversion_conflicts`` gives
    it: its sides differ in the conversion, not in the figure both count."""
    return _CONVERSION.fullmatch(value.strip()) is not None


def conversion_conflicts(a: str, b: str) -> list[tuple[str, str]]:
    """One figure converted to one currency or unit with values too far apart to be one rate or a
    rounding (``CONVERSIONS_APART``): "200 pesos ($12)" / "200 pesos (about US $20)"."""
    found_b = _conversions(b)
    out = []
    for base, (value, unit, surface) in _conversions(a).items():
        other = found_b.get(base)
        if other is None or other[1] != unit or min(value, other[0]) <= 0:
            continue
        if max(value, other[0]) / min(value, other[0]) >= CONVERSIONS_APART:
            out.append((surface, other[2]))
    return out


_ADDED = re.compile(r"\b(?:another|an(?:other)? additional|a further|additional|further)\s+$", re.IGNORECASE)


def counts(text: str) -> list[Slot]:
    """The text's figures that may be set against another wording's count of the same things: its
    slots (``number_slots``) but those it counts on top of others (``added``) and bare sums
    (``Slot.bare``)."""
    return [x for x in number_slots(text) if not added(text, x) and not x.bare]


# A count of the dead said by its verb alone, with no noun after the figure ("the 1931 blaze, which
# killed 29."; "killing 12 and injuring 40"): ``number_slots`` reads no count there (what a bare
# figure counts is not said), but the verb says it counts people, and that they died.
_COUNT_WORDS = {**NUMBER_WORDS, **MORE_NUMBER_WORDS}
_KILLED_BARE = re.compile(
    rf"\b(?:killed|killing|kills)\s+(\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_COUNT_WORDS)})"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|in|on|at|when|while|including|after|before|during)\b)",
    re.IGNORECASE,
)


def dead_counted_bare(text: str) -> list[Slot]:
    """The text's counts of the dead said by the verb alone ("which killed 29."), as counts of people
    whose fate is death (``fate``): for an outlet's figure that sides with one of a conflict's values,
    never a side of its own (a bare figure may be read wrong; the sides are read from nouns)."""
    out = []
    for m in _KILLED_BARE.finditer(text):
        word = m.group(1).lower().replace(",", "")
        value = float(_COUNT_WORDS.get(word, word))
        at = len(_tokens(text[: m.start(1)]))  # its place as ``number_slots`` counts it, in words
        out.append(Slot(m.group(0), value, value, "people", at, value=value, verb="kill"))
    return out


def added(text: str, slot: Slot) -> bool:
    """Whether the text counts the slot's things on top of others ("another 300 cabins are at risk",
    "an additional 40 officers", "30 more cabins"): a count of more of them, never the same count as
    another wording's ("about 200 cabins have burned")."""
    number = slot.surface.split()[0]
    for m in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w])", text, re.IGNORECASE):
        if _ADDED.search(text[: m.start()]) or re.match(r"\s+(?:more|other)\b", text[m.end() :], re.IGNORECASE):
            return True
    return False


def figure_conflicts(
    a: str, b: str, article_a: tuple[str, ...], article_b: tuple[str, ...], whole_a: str, whole_b: str
) -> list[tuple[Slot, Slot]]:
    """One thing counted by two outlets with figures that cannot both be true, read across their whole
    articles (``article_a``: every sentence of the outlet of ``a``; ``whole_a``: its whole text) where
    the words around the two figures differ ("a town of about 600 people" / "all 700 residents of the
    town"): the same noun counted with values close enough to be one count (``CLOSE``), neither a
    rounding of the other, and neither outlet giving, anywhere, a figure of that noun the other's
    fits, or the other's number at all. A wording that counts one noun with several values ("from
    300 hectares to 900 hectares") tells a change, not one figure, and an article that counts the noun
    for many things (``counted_many``) gives no one figure of it. For sentences the fact signal finds
    at least somewhat likely to state one fact (the caller's test): each outlet's figures for a
    thing, taken together, say which figure it gives."""
    sa, sb = counts(a), counts(b)
    several = _several_values(sa) | _several_values(sb)
    all_a, all_b = _article_slots(article_a), _article_slots(article_b)
    bare_a, bare_b = _bare_numbers(whole_a), _bare_numbers(whole_b)
    out = []
    for x in sa:
        for y in sb:
            if x.unit != y.unit or x.unit in several or _overlap(x, y) or _currency(x) != _currency(y):
                continue
            if not 0 < min(x.value, y.value) * CLOSE >= max(x.value, y.value) or rounds_to(x.value, y.value):
                continue
            if (x.verb and y.verb and x.verb != y.verb) or not _same_compound(x, y) or _fates_apart(a, x, b, y):
                continue
            if habitual(a, x) or habitual(b, y) or stretch_of(a, x) != stretch_of(b, y):
                continue
            if counted_many(whole_a, x.unit) or counted_many(whole_b, y.unit):
                continue
            # Either outlet gives the other's figure of that noun, however worded ("four terms of
            # life" gives "four consecutive life terms").
            if any(_overlap(x, z) for z in all_b if z.unit == x.unit or head_noun(z) == head_noun(x)) or any(
                _overlap(y, z) for z in all_a if z.unit == y.unit or head_noun(z) == head_noun(y)
            ):
                continue
            if y.low in bare_a or x.low in bare_b:
                continue
            out.append((replace(x, surface=as_told(a, x.surface)), replace(y, surface=as_told(b, y.surface))))
    return out


def ordinal_conflicts(a: str, b: str) -> list[tuple[str, str]]:
    """ "The third crash since December" in one wording and "four crashes since December" in the other:
    the n-th of a thing since a time says there were n of it since then, so another count of the same
    noun since the same time cannot be true with it. Only with "since" and its time in both: an
    ordinal alone ranks ("the third game", "his fourth season") as often as it counts."""
    out = []
    for first, second, flip in ((a, b, False), (b, a, True)):
        for m in _ORDINAL_SINCE.finditer(first):
            n, noun, when = _ORDINALS[m.group(1).lower()], _stem(m.group(2)), m.group(3).lower()
            for slot in number_slots(second):
                head = slot.surface.split()[-1]
                at = second.lower().find(slot.surface.lower())  # a sentence's first number is printed in lower case
                after = second[at + len(slot.surface) :] if at >= 0 else ""
                since = re.match(r"\s+since\s+(\w+)", after)
                if _stem(head) != noun or not since or since.group(1).lower() != when or slot.low <= n <= slot.high:
                    continue
                ordinal = m.group(0)[: m.group(0).lower().rfind(" since")]
                out.append(
                    (with_hedge(second, slot.surface), ordinal) if flip else (ordinal, with_hedge(second, slot.surface))
                )
    return out


# Ordinals as words ("the Twelfth Doctor" is the 12th).
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip


def nth(n: int) -> str:
    """An ordinal in figures: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# The second to the tenth, in words and figures: "the first ... since" counts no earlier one.
_ORDINALS = {w: n for w, n in ORDINALS.items() if 2 <= n <= 10} | {nth(n): n for n in range(2, 11)}
# "the fourth ferry fire since March": the ordinal, at most two words before the noun, "since" and its time.
_ORDINAL_SINCE = re.compile(
    rf"\b({'|'.join(_ORDINALS)})\s+(?:[\w’'-]+\s+){{0,2}}?([a-z]+)\s+since\s+(\w+)", re.IGNORECASE
)


def _stem(noun: str) -> str:
    """A noun without its plural ending, "-es" too ("crash" / "crashes"): ``_singular`` keeps the "e",
    enough for units, which are only compared with units made the same way."""
    noun = noun.lower()
    return noun[:-2] if noun.endswith(("ches", "shes", "sses", "xes")) else noun[:-1] if noun.endswith("s") else noun


@lru_cache(maxsize=256)  # one article, compared sentence pair by sentence pair: read once
def _article_slots(sentences: tuple[str, ...]) -> tuple[Slot, ...]:
    return tuple(s for t in sentences for s in number_slots(t))


def _compound(slot: Slot) -> str:
    """The noun a figure joined to its unit by a hyphen tells a kind of ("a 48-page indictment" ->
    "indictment", "a 36-yard field goal" -> "field"; "" for a plain count): a 200-yard game is a game,
    not how many yards; two such figures count one thing only for one noun."""
    words = slot.surface.split()
    if "-" not in words[0] or words[0].rsplit("-", 1)[1] in {*NUMBER_WORDS, *_MULTIPLIERS}:
        return ""
    return words[1].lower() if len(words) > 1 else "-"


# What befell people counted plainly ("42 people were killed", "about 1,000 people were sheltering",
# "80 people who had fled there"): the verb after the figure, the dead and the hurt each one fate
# however worded. Two counts of people to whom two things happened count two groups (audit 170 set a
# school's dead beside the people sheltering in another school).
_FATE_AFTER = re.compile(
    r"\s+(?:who\s+|that\s+)?(?:(?:were|was|are|is|had|have|has)\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?"
    r"([a-z]{3,}(?:ed|ing)|died|dead|hurt|shot|fled|sought|taken)\b"
)
_FATES = {
    "killed": "dead", "dead": "dead", "died": "dead", "perished": "dead", "drowned": "dead",
    "injured": "hurt", "wounded": "hurt", "hurt": "hurt",
}  # fmt: skip
# What a verb right before a count of people (``Slot.verb``: its first letters) says befell them
# ("killing 30 people", "injuring about 45 others"): only death or hurt, never what was done with
# them ("carrying 136 passengers" may be said of the dead or the hurt).
_FATE_BEFORE = {"kill": "dead", "woun": "hurt", "inju": "hurt", "hurt": "hurt"}
# ... or said after a phrase that tells whose they are ("nine members of a crew from the valley died"):
# only a verb of what befell them then, as a participle in the phrase may tell of the crew.
_FATE_AFTER_PHRASE = re.compile(
    r"\s+(?:of|from)\s+[^,;:.!?]{1,60}?\s+(?:(?:were|was|had|have)\s+)?(?:been\s+)?"
    r"(killed|dead|died|perished|drowned|injured|wounded|hurt|survived)\b"
)


def fate(text: str, slot: Slot) -> str:
    """What befell the people a plain count counts ("dead", "hurt", or the verb's stem's first letters),
    read after the figure, or from a verb of death or hurt right before it ("killing 30 people"); ""
    where the count is of something else or no such verb is found."""
    if slot.unit not in ("people", "person", "other") and slot.unit not in PEOPLE:
        return ""
    at = text.lower().find(slot.surface.lower())
    if at < 0:
        return ""
    found = _FATE_AFTER.match(text.lower(), at + len(slot.surface)) or _FATE_AFTER_PHRASE.match(
        text.lower(), at + len(slot.surface)
    )
    if found is None:  # ... or said by the verb before it ("which also injured about 45 others")
        return _FATE_BEFORE.get(slot.verb, "")
    word = found.group(1)
    return _FATES.get(word) or re.sub(r"(?:ing|ed)$", "", word)[:4]  # "tuning" / "tuned": one verb


# A figure said of what usually is ("ferry crews usually number about a dozen"): the size of a kind of thing,
# no count of the story's; read in the few words before it.
_HABITUAL = re.compile(r"\b(?:often|usually|typically|generally|normally|commonly|routinely)\b")


def habitual(text: str, slot: Slot) -> bool:
    """Whether the figure is said of what usually is: an adverb of habit in the four words before it."""
    at = text.lower().find(slot.surface.lower())
    return at >= 0 and bool(_HABITUAL.search(" ".join(text[:at].lower().split()[-4:])))


def _fates_apart(a: str, x: Slot, b: str, y: Slot) -> bool:
    """Whether two counts of people say two different things befell them (``fate``)."""
    fx, fy = fate(a, x), fate(b, y)
    return bool(fx and fy and fx != fy)


def _same_compound(x: Slot, y: Slot) -> bool:
    """Both plain counts, or both kinds of one noun ("8.6-magnitude quake" / "8.7-magnitude earthquake")."""
    a, b = _compound(x), _compound(y)
    return a == b or bool(a and b and (a.endswith(b) or b.endswith(a)))


def counted_many(text: str, unit: str) -> bool:
    """Whether a text (an article) counts the noun with ``MANY_VALUES`` values or more that cannot be
    one: "yards" and "touchdowns" in a game report count many things, and two outlets' figures of
    such a noun are not one figure told two ways."""
    values: list[Slot] = []
    for s in number_slots(text):
        if s.unit == unit and not any(_overlap(s, v) for v in values):
            values.append(s)
    return len(values) >= (2 if unit in PLAYER_STATS else MANY_VALUES)


def stats_of_many(texts: Iterable[str]) -> frozenset[str]:
    """The game statistics (``PLAYER_STATS``) a story's articles together give ``STORY_STATS`` or more
    different figures of ("364 yards", "605 yards", "35 yards"): each outlet may give one, but they are
    several players' or games', so no figure of them is the story's one figure, told two ways. Two
    figures alone may be one figure told two ways ("364 yards" / "346 yards")."""
    values: dict[str, list[Slot]] = {}
    for text in texts:
        for s in number_slots(text):
            if s.unit in PLAYER_STATS and not any(_overlap(s, v) for v in values.get(s.unit, ())):
                values.setdefault(s.unit, []).append(s)
    return frozenset(unit for unit, found in values.items() if len(found) >= STORY_STATS)


STORY_STATS = 3
MANY_VALUES = 5
# A game's statistics are each player's, in each game, season or career: an article that gives two
# figures of one ("364 yards" passing, "35 yards" on a return) counts them for several players or
# stretches, so no figure of it is the article's one figure (units as ``_kind`` spells them).
PLAYER_STATS = {
    "yard", "carry", "catche", "passe", "rebound", "touchdown", "tds", "assist", "tackle", "sack", "interception",
    "strikeout", "wicket", "reception", "goal",
}  # fmt: skip


def _decimals_of(a: float, b: float) -> bool:
    """Whether one figure with decimals is the other said to fewer of them ("4.5" for 4.46, "2" for
    1.8 is not: a whole number is a count)."""
    for x, y in ((a, b), (b, a)):
        places = len(repr(x).split(".")[1].rstrip("0")) if "." in repr(x) else 0
        if places and x != y and round(y, places) == x and len(repr(y).split(".")[1].rstrip("0")) > places:
            return True
    return False


def rounds_to(a: float, b: float) -> bool:
    """Whether one figure is the other rounded ("8,400 acres" for 8,374): the round one ends in at
    least two zeros, the other rounds to it there, and they are within ``ROUNDING`` of each other; or
    one is the other said to fewer decimals (``_decimals_of``)."""
    if _decimals_of(a, b):
        return True
    for x, y in ((a, b), (b, a)):
        if x == y or x < 1000 or x % 100:
            continue
        zeros = len(str(int(x))) - len(str(int(x)).rstrip("0"))
        if round(y, -zeros) == x and abs(x - y) <= ROUNDING * x:
            return True
    return False


ROUNDING = 0.02


_HEDGE = re.compile(
    r"\b(?:at least|at most|more than|less than|fewer than|upwards of|up to|close to|nearly|almost|over|under"
    r"|below|about|around|roughly|approximately|some|an estimated)\s+$",
    re.IGNORECASE,
)


def with_hedge(text: str, surface: str) -> str:
    """A figure as printed with the hedge before it ("at least three dozen complaints", "about 200
    boats")."""
    at = text.find(surface)
    hedge = _HEDGE.search(text[:at]) if at > 0 else None
    return f"{hedge.group(0).lower()}{surface}" if hedge else surface


# Words that count people without saying what befell them ("two others", "40 people"). A figure of
# them in a conflict is shown with the words that say it ("two others were hurt", "injured several
# others"): "several others" / "two others" / "four others" side by side did not say what each
# outlet counts (audit 69). After the figure, a participle with its auxiliary ("were badly hurt",
# "had been arrested") or one of the words below alone; before it, one of the verbs below
# ("injured", "wounding").
_GENERIC_COUNT = {"others", "people", "persons"}
_BEFELL = (
    r"(?:killed|dead|injured|wounded|hurt|shot|missing|arrested|evacuated|hospitali[sz]ed|displaced"
    r"|trapped|detained|stranded|rescued|sickened)"
)
_BEFELL_AFTER = re.compile(
    rf"\s+(?:(?:were|was|are|is|have been|had been|been)\s+(?:[a-z]+ly\s+)?(?:{_BEFELL}|[a-z]{{3,}}ed)|{_BEFELL})\b",
    re.IGNORECASE,
)
_BEFELL_VERB = rf"(?:{_BEFELL}|killing|injuring|wounding|hurting|shooting)"
_BEFELL_BEFORE = re.compile(rf"\b{_BEFELL_VERB}\s+$", re.IGNORECASE)


def as_told(text: str, surface: str) -> str:
    """A figure of a conflict as printed (``with_hedge``) and, for people counted with no word for what
    befell them (``_GENERIC_COUNT``), with the words that say it: "three others wounded", "two others
    were hurt", "injured several others"."""
    shown = with_hedge(text, surface)
    at = text.lower().find(surface.lower())  # a sentence's first figure is printed in lower case
    if at < 0 or surface.split()[-1].lower() not in _GENERIC_COUNT:
        return shown
    if after := _BEFELL_AFTER.match(text, at + len(surface)):
        return shown + after.group(0)
    before = _BEFELL_BEFORE.search(text[: at - (len(shown) - len(surface))])
    return f"{before.group(0).lower()}{shown}" if before else shown


_BEFELL_LEAD = re.compile(rf"^{_BEFELL_VERB}\s+", re.IGNORECASE)
_GENERIC_END = re.compile(rf"\b(?:{'|'.join(sorted(_GENERIC_COUNT))})(?={_BEFELL_AFTER.pattern}$)", re.IGNORECASE)


def figure_only(value: str) -> str:
    """A value as ``as_told`` shows it, without the words it added for what befell the people counted:
    "wounding two others" and "two others were hurt" give one figure, "two others"."""
    if end := _GENERIC_END.search(value):
        value = value[: end.end()]
    if value.split()[-1:] and value.split()[-1].lower() in _GENERIC_COUNT:
        return _BEFELL_LEAD.sub("", value)
    return value


def same_values(kind: str, a: list[str], b: list[str]) -> bool:
    """Whether two lists of one kind's values, as differences give them, share one: figures without
    the words ``as_told`` adds ("two others were hurt" is the detail's "two others"), or one number of
    one thing worded two ways (``_one_figure``); quotes by their
    words, not their marks ("... such a stupid wall!" is "... such a stupid wall": an audit read an
    outlet quoting the same words marked as the other side)."""
    if kind == "numbers":
        return bool({figure_only(v) for v in a} & {figure_only(v) for v in b}) or any(
            _one_figure(x, y) for x in a for y in b
        )
    if kind == "quotes":
        return bool({_words_of(v) for v in a} & {_words_of(v) for v in b})
    return bool(set(a) & set(b))


def _one_figure(a: str, b: str) -> bool:
    """Whether two printed figures give one number of one thing, however each words it ("eight crew
    members" / "eight crewmembers", "approximately 139 passengers" / "139 passengers": audit 105 read
    an outlet marked as telling the fact with another value for them)."""
    return any(
        x.value == y.value and (x.unit == y.unit or {x.unit, y.unit} <= PEOPLE)
        for x in number_slots(a)
        for y in number_slots(b)
    )


def _words_of(quote: str) -> tuple[str, ...]:
    """A quote's words, in lower case, without its punctuation and ellipses."""
    return tuple(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", quote.lower()))


# A person's age as news prints it: "a 91-year-old", "aged 91", "at the age of 91", "dies at 91",
# "Williams, 91, died", "She was 91." (not "at 9 a.m.", "at 91 percent", "at 91 Main Street").
_AGE_AFTER = r"(?=\s*(?:[,.;:)!?]|$|years?\s+old\b|\s+(?:and|in|on|after|when|of|while|following)\b))"
_AGES = (
    re.compile(r"\b(\d{1,3})-year-old\b"),
    re.compile(rf"\b(?:aged|age(?:\s+of)?|at(?:\s+the\s+age\s+of)?)\s+(\d{{1,3}}){_AGE_AFTER}", re.IGNORECASE),
    re.compile(r"\b[A-Z][\w’'-]+,\s+(\d{1,3}),\s"),
    re.compile(r"\b(?:was|is)\s+(\d{1,3})(?:\s+years?\s+old)?\s*(?:[.;!]|,\s|$)"),
)
# Words a sentence that only tells an age may have besides it ("Williams was 91 years old.").
_AGE_WORDS = {"year", "years", "old", "aged", "age", "died", "dies", "dead", "death", "time"}


def ages(text: str) -> set[int]:
    """The ages the text gives ("The 91-year-old actress ..." -> {91})."""
    return {int(m.group(1)) for pattern in _AGES for m in pattern.finditer(text) if 0 < int(m.group(1)) < 130}


def age_told(text: str) -> int | None:
    """The age a sentence tells and little else ("She was 91.", "Roe was 91 years old."): its one
    age, where at most two other content words stand beside it (a name); None for a sentence that
    gives an age beside another fact ("Ann Roe, 91, died on Thursday in her sleep")."""
    found = ages(text)
    if len(found) != 1:
        return None
    words = [w for w in _tokens(text) if w not in STOP_WORDS and w not in _AGE_WORDS and not w.isdigit()]
    return next(iter(found)) if len(words) <= 2 else None
