"""Compare: what differs in substance between the wordings of one claim.

Five kinds of difference, each found by a small rule on the words themselves: numbers (and number
words), days and dates, names, quoted words, attribution verbs, and negation. A negation that some
outlets have and others do not is flagged as a disagreement: the outlets may contradict each other.
With the alignment's fact signal (``Likely``), whole sentences it finds likely to state one fact are
compared too, inside a claim and across claims, however differently they are worded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from dateutil.parser import parse as parse_date

from .diff import pair_diff
from .lexicon import DAYS, MONTHS, STOP_WORDS
from .model import Claim, Sentence, Story
from .similarity import normalise

# "one" and "two" are left out: in news prose they are mostly determiners ("the two leaders").
NUMBER_WORDS = {
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "twenty": "20",
    "hundred": "100",
    "thousand": "1000",
}
ATTRIBUTION = {
    "said": "said",
    "says": "said",
    "say": "said",
    "told": "told",
    "tells": "told",
    "stated": "stated",
    "states": "stated",
    "claimed": "claimed",
    "claims": "claimed",
    "alleged": "alleged",
    "allegedly": "alleged",
    "denied": "denied",
    "denies": "denied",
    "deny": "denied",
    "rejected": "rejected",
    "rejects": "rejected",
    "dismissed": "dismissed",
    "dismisses": "dismissed",
    "refuted": "refuted",
    "refutes": "refuted",
    "insisted": "insisted",
    "insists": "insisted",
    "confirmed": "confirmed",
    "confirms": "confirmed",
    "reported": "reported",
    "reportedly": "reported",
    "reports": "reported",
    "noted": "noted",
    "notes": "noted",
    "warned": "warned",
    "warns": "warned",
    "added": "added",
    "adds": "added",
    "announced": "announced",
    "acknowledged": "acknowledged",
    "admitted": "admitted",
    "suggested": "suggested",
    "hinted": "hinted",
    "argued": "argued",
    "argue": "argued",
    "emphasised": "emphasised",
    "emphasized": "emphasised",
    "described": "described",
    "according": "according to",
    "quoted": "quoted",
}
# Verbs that carry a stance on what is reported (vs. the neutral said, told, reported, added).
LOADED = {"claimed", "alleged", "denied", "rejected", "dismissed", "refuted", "insisted", "confirmed", "admitted",
          "acknowledged", "warned", "hinted", "suggested", "argued"}  # fmt: skip
NEGATION = {"not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without", "n't", "cannot"}
# Words that deny what follows: "dismissed the report as false" has the polarity of "no call took place".
DENIAL = {
    "deny",
    "denied",
    "denies",
    "denial",
    "reject",
    "rejected",
    "rejects",
    "dismiss",
    "dismissed",
    "dismisses",
    "refute",
    "refuted",
    "refutes",
    "refuting",
    "false",
    "untrue",
    "fiction",
    "fake",
    "baseless",
    "unfounded",
    "against",
    "avoid",
    "refrain",
    "declined",
    "declines",
    "refused",
    "refuses",
}
_TOKEN = re.compile(r"[a-z0-9]+(?:[.,:][0-9]+)*(?:'[a-z]+)?|n't")
_QUOTE = re.compile(r"[“\"]([^“”\"]{2,}?)[”\"]")
_MARK = re.compile(r"[“”\"]")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_INSERTION = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_ARTICLES = {"a", "an", "the"}
_CONTRACTIONS = {"ve": "have", "ll": "will", "re": "are", "m": "am", "d": "would"}
_CAP = r"(?:[A-Z][a-z’']+(?:-[A-Za-z][a-z’']*)*|[A-Z]{2,})"
_NAME = re.compile(rf"(?<![\w’'-]){_CAP}(?:\s+{_CAP})*")
NAME_STOP = {
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "But",
    "However",
    "Meanwhile",
    "He",
    "She",
    "It",
    "They",
    "We",
    "This",
    "That",
    "These",
    "Those",
    "According",
    "While",
    "During",
    "After",
    "Before",
    "Despite",
    "When",
    "Last",
    "Earlier",
    "Several",
    "Some",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "As",
    "If",
    "With",
    "For",
    "From",
    "By",
    "And",
    "Or",
}


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


def _tokens(text: str) -> list[str]:
    return list(_token_tuple(text))


# "No. 1", "no. 2": the abbreviation of number, not a negation.
_NUMBER_ABBREVIATION = re.compile(r"\b[Nn]o\.\s?(?=\d)")


@lru_cache(maxsize=1 << 16)  # every pair of wordings is compared: each wording is tokenised once
def _token_tuple(text: str) -> tuple[str, ...]:
    text = _NUMBER_ABBREVIATION.sub("number ", text)
    return tuple(_TOKEN.findall(normalise(text).replace("n't", " n't")))


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_NUM = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]oday|[Tt]omorrow"
    rf"|{_MONTH}(?:\s+{_DAY_NUM})?(?:,?\s+(?:19|20)\d{{2}})?|{_DAY_NUM}\s+{_MONTH}(?:,?\s+(?:19|20)\d{{2}})?"
    rf"|(?:19|20)\d{{2}})(?![\w-])"
)
TITLES = {
    "President", "President-elect", "Prime", "Minister", "Chancellor", "Mr", "Mrs", "Ms", "Dr", "Sen", "Gov",
    "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "King", "Queen", "Pope", "General", "Former", "Senator",
    "Governor", "Mayor", "Judge", "Justice", "Chief", "Director", "Inspector", "Officer", "Sergeant", "Captain",
}  # fmt: skip


def dates(text: str) -> dict[str, str]:
    """Days and dates in the text, by comparison key, as printed ("Nov. 30", "Monday", "2024")."""
    found = {}
    for m in _DATE.finditer(text):
        surface = m.group(0).strip()
        key = re.sub(r"(st|nd|rd|th)\b|[.,]", "", surface.lower())
        found[" ".join(key.split())] = surface
    return found


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


def names(text: str, known: set[str] = frozenset()) -> set[str]:
    """Capitalised names in the text. A lone capitalised first word counts only if it is a known
    name (seen mid-sentence elsewhere), since any sentence starts with a capital."""
    found = set()
    opening = len(" ".join(text.split()[:3]))  # "A LARGE fire broke out": capitals for style, not a name
    for m in _NAME.finditer(text):
        words = [
            _name_word(w)
            for w in m.group(0).split()
            if w not in NAME_STOP
            and w.lower() not in DAYS | MONTHS
            and not (w.isupper() and len(w) >= 4 and m.start() < opening and w not in known)
        ]
        initial_only = m.start() == 0 and len(m.group(0).split()) == 1
        if words and (not initial_only or words[0] in known):
            found.add(" ".join(words))
    return found


def _name_word(word: str) -> str:
    return re.sub(r"[’']s$", "", word)


def quotes(text: str) -> list[str]:
    """The quoted words of the text. A quote of several sentences is cut by the segmenter: a lone
    opening mark quotes to the end of the sentence, a lone closing mark from its start."""
    found = [q.strip(" ,.") for q in _QUOTE.findall(text)]
    rest = _QUOTE.sub("\n", text)
    marks = list(_MARK.finditer(rest))
    if len(marks) == 1:
        m = marks[0]
        before = rest[m.start() - 1] if m.start() else " "
        after = rest[m.end()] if m.end() < len(rest) else " "
        opening = m.group() == "“" or (m.group() == '"' and (before.isspace() or before in "([:—–-"))
        closing = m.group() == "”" or (m.group() == '"' and (before.isalpha() or before in ".,!?"))
        part = ""
        if opening and not closing and not after.isspace():
            part = rest[m.end() :].split("\n")[0]
        elif closing and not opening and (after.isspace() or after in ".,;:!?)—"):
            part = rest[: m.start()].split("\n")[-1]
        if part.strip(" ,.;:"):
            found.append(part.strip(" ,.;:"))
    return found


# Forms that are nouns as often as verbs ("denied reports that...", "refuting claims"): a noun after
# a determiner or a verb; otherwise a verb after a name or pronoun ("Reuters reports") or before "that".
_NOUN_OR_VERB = {"reports", "claims"}
_BEFORE_NOUN = {
    "the", "a", "an", "these", "those", "such", "any", "some", "media", "news", "press", "earlier", "recent",
    "conflicting", "unconfirmed", "of", "about", "amid", "despite", "denied", "denies", "deny", "dismissed",
    "rejected", "refuted", "refuting", "confirmed", "and", "or",
}  # fmt: skip
_SUBJECT = {"he", "she", "it", "they", "who", "which", "paper", "newspaper", "agency", "kremlin", "ministry"}


def attributions(text: str) -> set[str]:
    """Attribution verbs in the text, by base form ("claims" -> "claimed")."""
    words = re.findall(r"[\w’'-]+", text)
    found = set()
    for i, word in enumerate(words):
        token = normalise(word)
        if token not in ATTRIBUTION:
            continue
        if token in _NOUN_OR_VERB:
            before = words[i - 1] if i else ""
            after = normalise(words[i + 1]) if i + 1 < len(words) else ""
            if normalise(before) in _BEFORE_NOUN:
                continue
            if not (before[:1].isupper() or normalise(before) in _SUBJECT or after == "that"):
                continue
        found.add(ATTRIBUTION[token])
    return found


def negated(text: str) -> bool:
    """Whether the wording has negative polarity: a negation or a word of denial."""
    return any(t in NEGATION or t in DENIAL for t in _tokens(text))


# Words skipped between a negation and what it negates ("had not been made aware of").
_NEG_SKIP = {
    "be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "a", "an", "the",
    "any", "such", "to", "made", "yet", "so", "far", "even", "ever", "also", "all", "of", "that", "it", "this",
}  # fmt: skip


def _stem(word: str) -> str:
    return word[:5]


def negated_terms(text: str) -> set[str]:
    """Stems of the word each negation applies to: "Kyiv had not been informed" -> {"infor"}."""
    tokens = _tokens(text)
    found: set[str] = set()
    for i, tok in enumerate(tokens):
        cue = tok in NEGATION or (tok == "yet" and i + 1 < len(tokens) and tokens[i + 1] == "to")
        if not cue:
            continue
        for nxt in tokens[i + 1 :]:
            if nxt in NEGATION:
                break
            if nxt not in _NEG_SKIP and len(nxt) > 2:
                found.add(_stem(nxt))
                break
    return found


def affirms(text: str, stems: set[str]) -> bool:
    """Whether the wording states one of the stems with no negation or denial anywhere in it."""
    return not negated(text) and not negated_terms(text) and any(_stem(t) in stems for t in _tokens(text))


def _same_name(a: str, b: str) -> bool:
    """Two name words for one thing: equal, or a place and its adjective (Russia/Russian, West/Western,
    Ukraine/Ukrainian): a shared opening of four letters or more, all but the last of the shorter word."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return shorter >= 4 and common >= max(4, shorter - 1)


def _names_list(outlets: list[str]) -> str:
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]


# --- Conflicts: the same slot filled with different values ------------------------------------------

MORE_NUMBER_WORDS = {
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
    "ninety": "90", "dozen": "12",
}  # fmt: skip
_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ABOUT = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "estimated", "approx", "circa"}
_AT_LEAST = {"least", "over", "more", "upwards", "exceeding", "plus"}
_AT_MOST = {"most", "under", "less", "fewer", "below", "up"}
# Words that say nothing about what a number counts.
# Units that count the same thing ("a town of about 700 residents" / "a community of about 600 people").
_SAME_UNIT = {"resident": "people", "person": "people", "individual": "people", "inhabitant": "people"}
_RATES = {"percent", "percentage", "point", "points", "basis", "per"}
_NOT_UNITS = (STOP_WORDS - {"others"}) | {"percent", "per", "cent", "times", "am", "pm", "st", "nd", "rd", "th", "s"}


@dataclass(frozen=True)
class Slot:
    """A number in a wording: its printed form, the range it allows, and what it counts."""

    surface: str
    low: float
    high: float
    unit: str
    position: int
    context: frozenset[str] = frozenset()


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def number_slots(text: str) -> list[Slot]:
    """Each counted number in the text ("eight crew members" -> 8 crew; "about 8,400 acres" -> 7,560-9,240
    acre), with the range a hedge allows. Numbers in dates, times and bare numbers are left out."""
    clean = _DATE.sub(" ", text.replace("%", " percent"))
    tokens = _tokens(clean)
    slots = []
    for i, tok in enumerate(tokens):
        if tok[0].isdigit():
            if ":" in tok or tok.count(".") > 1:
                continue
            try:
                value = float(tok.replace(",", ""))
            except ValueError:
                continue
        elif tok in NUMBER_WORDS or tok in MORE_NUMBER_WORDS or (tok == "two" and i + 1 < len(tokens)):
            value = float(NUMBER_WORDS.get(tok) or MORE_NUMBER_WORDS.get(tok) or 2)
        else:
            continue
        j = i + 1
        if j < len(tokens) and tokens[j] in _MULTIPLIERS:
            value *= _MULTIPLIERS[tokens[j]]
            j += 1
        if j < len(tokens) and tokens[j] in ("am", "pm"):
            continue
        unit = tokens[j] if j < len(tokens) else ""
        if unit in _NOT_UNITS or unit in _RATES or unit[:1].isdigit():
            continue  # rates: outlets quote different measures (quarterly, annualised, year on year)
        if tok == "two" and not unit.endswith("s"):
            continue  # "the two leaders" is mostly a determiner; "two guards" counts
        before = set(tokens[max(0, i - 2) : i])
        low, high = value, value
        if before & {"nearly", "almost", "approaching", "close"}:
            low = value * 0.95
        elif before & _ABOUT:
            low, high = value * 0.97, value * 1.03
        elif before & _AT_LEAST:
            high = float("inf")
        elif before & _AT_MOST:
            low = 0.0
        if re.search(rf"(?<![\w-]){re.escape(unit[:1].upper() + unit[1:])}\b", text):
            continue  # a name, not what is counted ("Christopher MacKenzie, 30; Grant McKee")
        near = [t for t in tokens[max(0, i - 6) : i] + tokens[j + 1 : j + 4] if t not in STOP_WORDS]
        near = [t[:6] for t in near if not t[0].isdigit() and len(t) > 2]
        kind = _SAME_UNIT.get(_singular(unit), _singular(unit))
        slots.append(Slot(" ".join(tokens[i:j]) + f" {unit}", low, high, kind, i, frozenset(near)))
    return slots


def _overlap(a: Slot, b: Slot) -> bool:
    return a.low <= b.high and b.low <= a.high


def content_stems(text: str) -> set[str]:
    """Stems of the content words: no stop words, numbers or one-letter words."""
    return set(_content_stems(text))


@lru_cache(maxsize=1 << 16)
def _content_stems(text: str) -> frozenset[str]:
    return frozenset(t[:6] for t in _token_tuple(text) if t not in STOP_WORDS and not t[0].isdigit() and len(t) > 2)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


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


def number_conflicts(a: str, b: str) -> list[tuple[Slot, Slot]]:
    """Numbers that count the same thing with values that cannot both be true (ranges apart), where
    neither wording also gives the other's value."""
    sa, sb = number_slots(a), number_slots(b)
    values_a = {v for s in sa for v in (s.low, s.high)} | _bare_numbers(a)
    values_b = {v for s in sb for v in (s.low, s.high)} | _bare_numbers(b)
    several = _several_values(sa) | _several_values(sb)
    out = []
    for x in sa:
        for y in sb:
            if x.unit != y.unit or x.unit in several or _overlap(x, y) or not (x.context & y.context):
                continue
            if y.low in values_a or x.low in values_b:
                continue  # each wording also has the other's number ("the 19 deaths" beside "43 firefighters")
            if any(_overlap(x, z) for z in sb if z.unit == x.unit):
                continue
            if any(_overlap(y, z) for z in sa if z.unit == y.unit):
                continue
            out.append((x, y))
    return out


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _years(text: str) -> set[str]:
    return set(_YEAR.findall(text))


# --- Dates resolved against the article's date ---------------------------------------------------

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
    "last Thursday" (with ``before`` the word in front). Relative days need the article's date."""
    words = re.sub(r"(\d)(st|nd|rd|th)\b|[.,]", r"\1", surface.lower()).split()
    if not words:
        return None
    head = words[0]
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
    if month is None and len(words) >= 2:
        month = next((n for m, n in _MONTH_NUMBER.items() if words[1].startswith(m)), None)
    year = next((n for n in numbers_ if n > 1900), None)
    if month is None:
        return When(year=year) if year else None
    if year is None and published is not None and day_of is not None:
        year = published.year
    if day_of is not None and year is not None:
        try:
            day = date(year, month, day_of)
        except ValueError:
            return None
        return When(day, day.weekday(), month, year)
    return When(month=month, year=year)


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


def _replacements(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """Word-diff replacements (text only in a, text only in b) anchored by shared words on both
    sides: (a's words before, a's part, b's part, words after), the same slot filled differently."""
    segs = pair_diff(a, b)
    out = []
    for i, seg in enumerate(segs):
        if seg.op != "delete" or i + 1 >= len(segs) or segs[i + 1].op != "insert":
            continue
        before = segs[i - 1].text if i and segs[i - 1].op == "equal" else ""
        after = segs[i + 2].text if i + 2 < len(segs) and segs[i + 2].op == "equal" else ""
        if before and (after or i + 2 == len(segs)):  # the end of both wordings anchors too
            out.append((before, seg.text, segs[i + 1].text, after))
    return out


def date_conflicts(a: str, b: str, day_a: date | None, day_b: date | None) -> list[tuple[str, str]]:
    """Dates that fill the same slot of two wordings ("met on Monday" / "met on Thursday") and are
    different days once weekdays and relative days are resolved against each article's date."""
    out = []
    for before, part_a, part_b, _after in _replacements(a, b):
        ma, mb = _DATE.search(part_a), _DATE.search(part_b)
        if not (ma and mb):
            continue
        last = before.split()[-1].lower() if before.split() else ""
        pre_a = part_a[: ma.start()].split()[-1:] or [last]
        pre_b = part_b[: mb.start()].split()[-1:] or [last]
        wa = resolve(ma.group(0), day_a, pre_a[0].lower())
        wb = resolve(mb.group(0), day_b, pre_b[0].lower())
        if wa and wb and same_time(wa, wb) is False:
            out.append((ma.group(0), mb.group(0)))
    return out


def name_conflicts(a: str, b: str) -> list[tuple[str, str]]:
    """Names that fill the same slot of two wordings and that the other wording never uses."""
    out = []
    known = {w for n in names(a) | names(b) for w in n.split()}
    na, nb = names(a, known), names(b, known)
    words_a = {w for n in na for w in n.split()}
    words_b = {w for n in nb for w in n.split()}
    for before, part_a, part_b, _after in _replacements(a, b):
        if len(part_a.split()) > 4 or len(part_b.split()) > 4 or len(before.split()) < 2:
            continue
        xa = [n for n in na if n in part_a and not any(_same_name(w, v) for w in n.split() for v in words_b)]
        xb = [n for n in nb if n in part_b and not any(_same_name(w, v) for w in n.split() for v in words_a)]
        xa = [n for n in xa if not set(n.split()) & TITLES]
        xb = [n for n in xb if not set(n.split()) & TITLES]
        if xa and xb:
            out.append((xa[0], xb[0]))
    return out


def quote_words(quote: str) -> tuple[str, ...]:
    """A quote's words for comparison: no editorial insertions ("(sic)", "[the people]") or articles,
    contractions spelt out ("would've" -> "would have"), each word cut to its first five letters (the
    same word in another form compares equal)."""
    words = []
    for t in _tokens(_INSERTION.sub(" ", quote)):
        head, _, tail = t.partition("'")
        words += [head, _CONTRACTIONS[tail]] if tail in _CONTRACTIONS else [t]
    return tuple(w[:5] for w in words if w not in _ARTICLES)


def quote_pieces(quote: str) -> list[tuple[str, ...]]:
    """A quote's words (``quote_words``) in the pieces its ellipses ("...", "…") leave."""
    return [words for piece in _ELLIPSIS.split(quote) if (words := quote_words(piece))]


def _excerpt(pieces: list[tuple[str, ...]], whole: tuple[str, ...]) -> bool:
    """Whether the pieces are runs of ``whole``, in order: a cut of the same words, or an excerpt
    with its omissions marked by ellipses."""
    at = 0
    for piece in pieces:
        n = len(piece)
        start = next((i for i in range(at, len(whole) - n + 1) if whole[i : i + n] == piece), None)
        if start is None:
            return False
        at = start + n
    return True


def _one_utterance(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Strong signs that two quotes differ in wording for one utterance (for sentences the fact signal
    finds likely to state one fact): the same first three words, one of them a content word ("Had
    that guy reloaded" / "Had that guy had a chance to reload"), and a third of their words shared:
    "No matter how partisan ..." and "No matter how intrusive ..." were two utterances of one speaker
    (a tuning story). A quote whose words all appear in the other's is not enough: outlets trim
    quotes without marking the cut, and a trimmed quote is no disagreement."""
    opening = a[:3] == b[:3] and any(w not in STOP_WORDS and len(w) > 2 for w in a[:3])
    return opening and _jaccard(set(a), set(b)) >= ONE_UTTERANCE_OVERLAP


_SAYING = r"(?:said|says|told|tells|added|adds|tweeted|wrote|writes|stated|explained|continued)"
_NAMED = r"(?<![\w’'-])[A-Z][\w’'-]*(?:\.?\s+[A-Z][\w’'-]*)*"
# "Aaron said", "Don Aaron, a police spokesman, initially told", "said Mike Reichling", "according to Kim".
_SPEAKER = re.compile(
    rf"({_NAMED})(?:,[^,“”\"]{{1,80}},)?\s+(?:\w+ly\s+)?{_SAYING}\b"
    rf"|\b(?:said|says|added|wrote)\s+({_NAMED})|\baccording to ({_NAMED})"
)


def speakers(text: str) -> set[str]:
    """The name words of whoever the text says is speaking (outside its quotes): "Aaron said",
    "said Mike Reichling", "according to Mr. Kim" -> {"Kim"}; pronouns and titles are not names."""
    outside = _QUOTE.sub(" ", text)
    found: set[str] = set()
    for m in _SPEAKER.finditer(outside):
        name = next(g for g in m.groups() if g)
        found |= {_name_word(w.strip(".")) for w in name.split() if w.strip(".") not in TITLES | NAME_STOP}
    return found


def same_speaker(a: str, b: str) -> bool:
    """False only when both wordings name a speaker and the names have no word in common."""
    sa, sb = speakers(a), speakers(b)
    return not (sa and sb) or any(_same_name(x, y) for x in sa for y in sb)


def quote_conflicts(a: str, b: str, likely: float | None = None) -> list[tuple[str, str]]:
    """Quotes of one utterance of one speaker worded differently: most words shared (or, when the fact
    signal finds the sentences likely to state one fact, the signs of ``_one_utterance``), yet neither
    is a cut or marked excerpt of the other once articles, editorial insertions and word endings are
    set aside."""
    same_fact = likely is not None and likely >= SAME_FACT
    out: list[tuple[str, str]] = []
    if not same_speaker(a, b):
        return out
    for qa in quotes(a):
        for qb in quotes(b):
            pa, pb = quote_pieces(qa), quote_pieces(qb)
            ta, tb = sum(pa, ()), sum(pb, ())
            if len(ta) < 4 or len(tb) < 4 or _excerpt(pa, tb) or _excerpt(pb, ta):
                continue
            if _jaccard(set(ta), set(tb)) >= QUOTE_OVERLAP or (same_fact and _one_utterance(ta, tb)):
                out.append((qa, qb))
    return out


QUOTE_OVERLAP = 0.5
ONE_UTTERANCE_OVERLAP = 0.3


# Verbs of stopping: "will suspend nuclear tests" agrees with "requires no further nuclear tests".
STOPPING = {
    "suspend", "suspends", "suspended", "suspending", "freeze", "freezes", "froze", "halt", "halts", "halted",
    "stop", "stops", "stopped", "end", "ends", "ended", "cancel", "cancels", "cancelled", "canceled", "abandon",
    "abandoned", "scrap", "scrapped", "drop", "dropped", "close", "closed", "shut", "ban", "banned", "lack", "lacks",
    "lacked", "unable", "fail", "failed", "fails", "refuse", "refused", "unlikely", "absence", "absent",
}  # fmt: skip


def negated_phrases(text: str) -> list[tuple[str, ...]]:
    """For each negation, the stems of the first two content words it applies to, within five words:
    "Kyiv had not been informed of any call" -> ("inform", "call")."""
    tokens = _tokens(text)
    out = []
    for i, tok in enumerate(tokens):
        if tok not in NEGATION:
            continue
        words: list[str] = []
        for nxt in tokens[i + 1 : i + 6]:
            if nxt in NEGATION:
                break
            if nxt not in STOP_WORDS and nxt not in _NEG_SKIP and len(nxt) > 2 and not nxt[0].isdigit():
                words.append(nxt[:6])
            if len(words) == 2:
                out.append(tuple(words))
                break
    return out


def negation_conflict(a: str, b: str) -> set[str]:
    """The words a negates that b states plainly: both content words a negation applies to are in b,
    and b has no negation or denial anywhere."""
    tokens = _tokens(b)
    if negated(b) or negated_terms(b) or set(tokens) & STOPPING:
        return set()
    for first, second in negated_phrases(a):
        for i, tok in enumerate(tokens):
            if tok[:6] == first and any(t[:6] == second for t in tokens[i + 1 : i + 5]):
                return {tok}
    return set()


# --- A claim's differences -------------------------------------------------------------------------


def part_text(claim: Claim, member: Sentence) -> str:
    """The part of a member sentence that tells this claim (the whole sentence by default)."""
    span = claim.parts.get(member.key)
    return member.text[span[0] : span[1]] if span else member.text


def _names_list(outlets: list[str]) -> str:
    outlets = list(dict.fromkeys(outlets))
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]


# Minimum content-word overlap (Jaccard of stems) of two sentences for a conflict to be told, inside
# one claim and between two claims. Chosen on the tuning stories (benchmarks/differences.py).
SAME_CLAIM_OVERLAP = 0.15
CROSS_CLAIM_OVERLAP = 0.3
NEGATION_OVERLAP = 0.15
# With the alignment's fact signal (``Likely``: the pair model's probability that two sentences, by
# key, state a common fact), two whole sentences' numbers are compared when that is more likely than
# not, however differently they are worded ("nine crew members and 136 passengers" / "carrying eight
# crewmembers and 139 passengers"), and not otherwise: the signal replaces the word overlap. On the
# tuning stories any threshold from 0.3 to 0.5 gave the same figures (benchmarks/README.md).
SAME_FACT = 0.5
Likely = Callable[[str, str], float]


@dataclass(frozen=True)
class Conflict:
    """Two sentences of two outlets that give different values for one thing."""

    kind: str
    a: Sentence
    b: Sentence
    value_a: str
    value_b: str


def pair_conflicts(
    a: Sentence,
    ta: str,
    b: Sentence,
    tb: str,
    days: dict[str, date | None],
    same_claim: bool,
    likely: float | None = None,
) -> list[Conflict]:
    """The conflicts between two wordings (``ta`` of sentence ``a``, ``tb`` of ``b``, other outlets);
    ``likely`` is the fact signal's probability that the two sentences state a common fact."""
    overlap = _jaccard(content_stems(ta), content_stems(tb))
    out: list[Conflict] = []
    need = SAME_CLAIM_OVERLAP if same_claim else CROSS_CLAIM_OVERLAP
    related = overlap >= need if likely is None else likely >= SAME_FACT
    years_a, years_b = _years(ta), _years(tb)
    if related and not (years_a and years_b and not years_a & years_b):
        for x, y in number_conflicts(ta, tb):
            out.append(Conflict("numbers", a, b, x.surface, y.surface))
    if same_claim:
        for x, y in date_conflicts(ta, tb, days.get(a.source), days.get(b.source)):
            out.append(Conflict("dates", a, b, x, y))
    for x, y in quote_conflicts(ta, tb, likely):
        out.append(Conflict("quotes", a, b, x, y))
    if overlap >= NEGATION_OVERLAP or same_claim:
        for neg, pos, tneg, tpos in ((a, b, ta, tb), (b, a, tb, ta)):
            words = negation_conflict(tneg, tpos)
            if words and _jaccard(content_stems(tneg), content_stems(tpos)) >= NEGATION_OVERLAP:
                out.append(Conflict("negation", neg, pos, "not " + sorted(words)[0], sorted(words)[0]))
    return out


def _conflict_summary(kind: str, found: list[Conflict]) -> tuple[str, dict[str, list[str]]]:
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
            f"Contradiction: {no} {'negates' if ' and ' not in no else 'negate'} what {yes} "
            f"{'states' if ' and ' not in yes else 'state'} (“{word}”).",
            by_outlet,
        )
    parts = "; ".join(f"{o}: {' · '.join(v)}" for o, v in by_outlet.items())
    label = {
        "numbers": "Different numbers for the same thing",
        "dates": "Different days in these wordings (one event dated two ways, or two events)",
        "names": "Different names in the same place",
        "quotes": "The same words quoted differently",
    }[kind]
    return f"{label} ({parts}).", by_outlet


def _outlet_texts(claim: Claim) -> dict[str, str]:
    by_outlet: dict[str, str] = {}
    for m in claim.members:
        text = part_text(claim, m)
        by_outlet[m.outlet] = f"{by_outlet[m.outlet]} {text}" if m.outlet in by_outlet else text
    return by_outlet


def _extras(kind: str, label: str, values: dict[str, list[str]], keys: dict[str, set[str]]) -> list[Difference]:
    """Values only some outlets give (by comparison key): a detail, not a conflict."""
    common = set.intersection(*keys.values()) if keys else set()
    extra = {}
    for o in values:
        rest = [v for v in values[o] if _value_key(kind, v) not in common]
        if rest:
            extra[o] = rest
    if not extra:
        return []
    if len(extra) == 1:
        [(o, e)] = extra.items()
        return [Difference(kind, f"Only {o} gives {', '.join(e)}.", extra)]
    parts = "; ".join(f"{o}: {', '.join(e)}" for o, e in extra.items())
    return [Difference(kind, f"Some outlets give {label} the others do not ({parts}).", extra)]


def _value_key(kind: str, value: str) -> str:
    if kind == "dates":
        return " ".join(re.sub(r"(st|nd|rd|th)\b|[.,]", "", value.lower()).split())
    return value


def _claim_conflicts(claim: Claim, days: dict[str, date | None], extra: list[Conflict]) -> dict[str, list[Conflict]]:
    """The conflicts between the parts of a claim's members, then ``extra`` ones (found between the
    whole sentences), by kind, each pair and values once."""
    found: list[Conflict] = []
    members = claim.members
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.outlet == b.outlet or a.key in claim.joined or b.key in claim.joined:
                continue  # a sentence that also tells other facts: its values may be theirs
            found += pair_conflicts(a, part_text(claim, a), b, part_text(claim, b), days, True)
    conflicts: dict[str, list[Conflict]] = {}
    seen: set[frozenset[tuple[str, str]]] = set()
    for c in found + extra:
        key = frozenset({(c.a.key, c.value_a), (c.b.key, c.value_b), (c.kind, "")})
        if key not in seen:
            seen.add(key)
            conflicts.setdefault(c.kind, []).append(c)
    return conflicts


def compare_claim(
    claim: Claim, days: dict[str, date | None] | None = None, extra: list[Conflict] | None = None
) -> list[Difference]:
    """The substantive differences between a claim's wordings (none for a one-outlet claim).

    ``days`` maps an article's source file to its date, for resolving weekdays and relative days;
    ``extra`` are conflicts the story found between members' whole sentences."""
    days = days or {}
    by_outlet = _outlet_texts(claim)
    if len(by_outlet) < 2:
        return []
    outlets = list(by_outlet)
    diffs: list[Difference] = []
    conflicts = _claim_conflicts(claim, days, extra or [])

    def conflict(kind: str) -> Difference | None:
        found = conflicts.get(kind)
        if not found:
            return None
        summary, shown = _conflict_summary(kind, found)
        keys = tuple(dict.fromkeys(k for c in found for k in (c.a.key, c.b.key)))
        return Difference(kind, summary, shown, True, keys)

    for kind, label in (("numbers", "numbers"), ("dates", "days or dates")):
        found = conflict(kind)
        if found and kind == "dates":
            # Told as a detail, not a conflict: two days in one claim are as often two events (a
            # departure and an arrival, a forecast and a reading) as one event dated two ways; on
            # the tuning stories one date "conflict" in three was right (benchmarks/README.md).
            found = Difference(found.kind, found.summary, found.by_outlet, False, found.keys)
        if found:
            diffs.append(found)
            continue
        if kind == "numbers":
            values = {o: list(dict.fromkeys(s.surface for s in number_slots(t))) for o, t in by_outlet.items()}
            keys = {o: set(v) for o, v in values.items()}
        else:
            values = {o: list(dict.fromkeys(dates(t).values())) for o, t in by_outlet.items()}
            keys = {o: {_value_key(kind, v) for v in vs} for o, vs in values.items()}
        diffs += _extras(kind, label, values, keys)

    found = conflict("names")
    if found:
        diffs.append(found)
    known = {w for t in by_outlet.values() for n in names(t) for w in n.split()}
    named = {o: names(t, known) for o, t in by_outlet.items()}
    lone: dict[str, list[str]] = {}
    for o in outlets:
        others = set().union(*(named[p] for p in outlets if p != o))
        other_words = {part for x in others for w in x.split() for part in _name_word(w).split("-")}
        alone = sorted(
            n
            for n in named[o]
            if not any(
                _same_name(part, other)
                for w in n.split()
                if w not in TITLES
                for part in w.split("-")
                for other in other_words
            )
        )
        if alone:
            lone[o] = alone[:4]
    if lone and not found:
        parts = "; ".join(f"only {o} names {', '.join(ns)}" for o, ns in lone.items())
        diffs.append(Difference("names", parts[0].upper() + parts[1:] + ".", lone))

    found = conflict("quotes")
    quoted = {o: quotes(t) for o, t in by_outlet.items()}
    quoting = [o for o in outlets if quoted[o]]
    if found:
        diffs.append(found)
    elif len(quoting) == 1:
        diffs.append(Difference("quotes", f"Only {quoting[0]} quotes this.", {quoting[0]: quoted[quoting[0]]}))
    elif len(quoting) >= 2:
        qkeys = {o: frozenset(normalise(q) for q in quoted[o]) for o in quoting}
        if len(set(qkeys.values())) > 1:
            silent = [o for o in outlets if not quoted[o]]
            verb = "does" if len(silent) == 1 else "do"
            rest = f"; {_names_list(silent)} {verb} not quote." if silent else "."
            diffs.append(Difference("quotes", f"Outlets quote different words{rest}", {o: quoted[o] for o in quoting}))

    verbs = {o: attributions(t) for o, t in by_outlet.items()}
    with_verbs = [o for o in outlets if verbs[o]]
    loaded = {v for o in with_verbs for v in verbs[o] if v in LOADED}
    if len(with_verbs) >= 2 and any(not loaded <= verbs[o] for o in with_verbs) and loaded:
        groups: dict[tuple[str, ...], list[str]] = {}
        for o in with_verbs:
            groups.setdefault(tuple(sorted(verbs[o])), []).append(o)
        parts = "; ".join(f"{_names_list(os_)}: {', '.join(vs)}" for vs, os_ in groups.items())
        diffs.append(
            Difference(
                "attribution", f"Outlets attribute it differently ({parts}).", {o: sorted(verbs[o]) for o in with_verbs}
            )
        )

    found = conflict("negation")
    if found:
        diffs.append(found)
    return diffs


# --- The story: conflicts inside claims and contradictions across claims -------------------------


@dataclass(frozen=True)
class Disagreement:
    """Outlets that give different values for one thing, or where one states what another denies:
    inside one claim, or across two claims (then both claims link the other side)."""

    kind: str
    summary: str
    claims: tuple[str, ...]
    members: tuple[Sentence, ...]


def story_days(story: Story) -> dict[str, date | None]:
    return {a.source: article_day(a.date) for a in story.articles}


def _sentence_conflicts(
    story: Story, days: dict[str, date | None], likely: Likely | None
) -> tuple[dict[str, list[Conflict]], dict[tuple[str, str, str], list[Conflict]]]:
    """Conflicts between whole sentences of two outlets: of members of one claim when the fact signal
    finds them likely to state a common fact (by the id of each claim they share), and of two
    sentences that never share a claim (by kind and the two claims' ids)."""
    homes: dict[str, list[str]] = {}
    for claim in story.claims:
        for m in claim.members:
            homes.setdefault(m.key, []).append(claim.id)
    sentences = list({m.key: m for c in story.claims for m in c.members}.values())
    inside: dict[str, list[Conflict]] = {}
    across: dict[tuple[str, str, str], list[Conflict]] = {}
    for i, a in enumerate(sentences):
        for b in sentences[i + 1 :]:
            if a.outlet == b.outlet:
                continue
            p = likely(a.key, b.key) if likely else None
            shared = [c for c in homes[a.key] if c in homes[b.key]]
            if shared and (p is None or p < SAME_FACT):
                continue  # the claim compares the parts of them that tell it
            for c in pair_conflicts(a, a.text, b, b.text, days, False, p):
                for claim_id in shared:
                    inside.setdefault(claim_id, []).append(c)
                if not shared:
                    across.setdefault((c.kind, homes[c.a.key][0], homes[c.b.key][0]), []).append(c)
    return inside, across


def _across(kind: str, conflicts: list[Conflict], ca: Claim, cb: Claim) -> Disagreement:
    """A disagreement between two claims; a negation takes in the rest of each side: other outlets'
    sentences of the two claims that negate, or that state the word plainly ("Kyiv had not been made
    aware" joins "Kyiv had not been informed")."""
    members = {m.key: m for c in conflicts for m in (c.a, c.b)}
    if kind == "negation":
        words = {c.value_b for c in conflicts}
        for m in ca.members:
            if m.key not in members and negated_terms(part_text(ca, m)):
                members[m.key] = m
        for m in cb.members:
            t = part_text(cb, m)
            if m.key not in members and not negated(t) and words & set(_tokens(t)):
                members[m.key] = m
        negating = {c.a.key for c in conflicts}
        conflicts = conflicts + [
            Conflict(kind, m, conflicts[0].b, conflicts[0].value_a, conflicts[0].value_b)
            for m in members.values()
            if m.key in {x.key for x in ca.members} and m.key not in negating
        ]
    summary, _ = _conflict_summary(kind, conflicts)
    return Disagreement(kind, summary, (ca.id, cb.id), tuple(members.values()))


def compare_story(story: Story, likely: Likely | None = None) -> list[Disagreement]:
    """Set each claim's differences and return the story's disagreements: every conflict inside a
    claim, then contradictions between sentences of two claims that never share a claim.

    ``likely`` (sentence keys -> probability) is the alignment's fact signal, when there is one."""
    days = story_days(story)
    inside, across = _sentence_conflicts(story, days, likely)
    found: list[Disagreement] = []
    for claim in story.claims:
        claim.differences = compare_claim(claim, days, inside.get(claim.id))
        by_key = {m.key: m for m in claim.members}
        for d in claim.differences:
            if d.conflict:
                found.append(Disagreement(d.kind, d.summary, (claim.id,), tuple(by_key[k] for k in d.keys)))
    by_id = {c.id: c for c in story.claims}
    for (kind, ca, cb), conflicts in across.items():
        found.append(_across(kind, conflicts, by_id[ca], by_id[cb]))
    return _once(found)


def _once(found: list[Disagreement]) -> list[Disagreement]:
    """The disagreements, less any whose sentences an earlier one of its kind already lists (two claims
    that share both sentences both show the conflict; the story lists it once)."""
    out: list[Disagreement] = []
    for d in found:
        keys = {m.key for m in d.members}
        if not any(e.kind == d.kind and keys <= {m.key for m in e.members} for e in out):
            out.append(d)
    return out
