"""Names: the capitalised names of a wording, name words for one thing, and names that fill the same
slot of two wordings differently."""

from __future__ import annotations

import re
from collections.abc import Set

from ..lexicon import DAYS, HOLIDAY, MONTHS, STOP_WORDS
from ..segment import dateline
from ..similarity import normalise

# A capitalised word ("McMaster" and "DeSantis" are one word) or an acronym; a name is a run of them,
# with at most a middle initial between two ("Loretta E. Lynch").
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # letters with accents too ("Sánchez", "Calderón")
_CAP = (
    rf"(?:[{_UP}]+&[{_UP}]+(?![\w&])"  # AT&T
    rf"|[{_UP}][{_LOW}’']+(?:[{_UP}][{_LOW}’']+)*(?:[{_UP}]{{2,}}(?![{_LOW}]))?(?:-[{_UP}{_LOW}][{_LOW}’']*)*"
    rf"|[{_UP}]{{2,}}(?:[{_UP}][{_LOW}’']+)?(?![{_LOW}]))"  # FBI, NBCUniversal
)
_PARTICLE = r"(?:van|von|der|den|de|da|di|del|della|du|le|la|bin|ibn|al)"
# Titles that, inside a run of capitalised words, start a person's name after an organisation's
# ("Harbour Cafe CEO Bo Lee", "Harbour Trust Chairman Ann Roe").
INNER_TITLES = {"CEO", "Chairman", "Chairwoman", "President", "Director", "Spokesman", "Spokeswoman", "Attorney",
                "Commissioner", "Chief", "Secretary", "Manager", "Founder", "Owner"}  # fmt: skip
# Words that make a title with the next ("Vice President", "Press Secretary"): no cut between them.
TITLE_MODIFIERS = {"Vice", "Deputy", "Assistant", "Acting", "Former", "Press", "Executive", "Managing", "Senior",
                   "General", "Prime", "Attorney", "Police", "Fire", "Lieutenant", "District",
                   # A minister's or secretary's portfolio ("Treasury Secretary Ann Roe"): part of the
                   # title, not a name of its own.
                   "Treasury", "Defense", "Defence", "Commerce", "Interior", "Energy", "Education", "Labor",
                   "Labour", "Agriculture", "Transportation", "Foreign", "Finance", "Health", "Justice",
                   "Homeland"}  # fmt: skip
# Counts that open a sentence ("Two American swimmers ..."): no part of a name.
COUNTS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
          "hundreds", "thousands", "millions", "several", "many", "both", "few"}  # fmt: skip
# A name runs over spaces, never over a line break: a wording's sentences (or parts) are one a line.
# "Fox & Friends", "Procter & Gamble": an ampersand joins one name, never two.
_NAME = re.compile(
    rf"(?<![\w’'.@#-]){_CAP}(?:[^\S\n]+(?:&[^\S\n]+|[A-Z]\.[^\S\n]+|(?:{_PARTICLE}[^\S\n]+){{1,2}})?{_CAP})*"
)
SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}  # "Ann B. Roe Jr.": part of a name, never one alone


NAME_STOP = {
    "The",
    "Number",  # "Number 10", the British premier's office: no name of its own
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
    # time zones: "06:00 BST"
    "BST", "GMT", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
}  # fmt: skip


# Months that are also first names: "Jan Brewer", "April Ryan" (a month is followed by a number).
FIRST_NAMES = {"Jan", "April", "May", "June", "August"}


TITLES = {
    "President", "President-elect", "Prime", "Minister", "Chancellor", "Mr", "Mrs", "Ms", "Dr", "Sen", "Gov",
    "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "King", "Queen", "Pope", "General", "Former", "Senator",
    "Governor", "Mayor", "Judge", "Justice", "Chief", "Director", "Inspector", "Officer", "Sergeant", "Captain",
    "Rep", "Reps", "Sens", "Lt", "Col", "Gen", "Sgt", "Capt", "Adm", "Supt", "Det", "Atty", "Commissioner",
    "Ambassador", "Adviser", "Advisor", "Sheriff", "Chairman", "Chairwoman", "Representative", "Congressman",
    "Congresswoman", "Cpl", "Pvt", "Cmdr", "Maj", "Cpt", "Corporal", "Lieutenant", "Trooper", "Deputy", "Rev",
    "Sir", "Dame", "Manager", "Coach",
    # Offices and trades written before a name ("Producer Ann Roe", "Detective Bo Lee"): no part of it
    # (audit 167 read "— Producer Roe").
    "Producer", "Professor", "Prof", "Detective", "Councilman", "Councilwoman", "Councillor", "Councilor",
    "Archbishop", "Rabbi", "Pastor", "Superintendent", "Coroner", "Prosecutor",
}  # fmt: skip


_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No))(?<!\bMrs)[.!?][\"”’)]*\s+(?=[\"“]?[A-Z])|\n(?=[\"“]?[A-Z])"
)
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,])(\d+(?:st|nd|rd|th))\s+$")
_QUOTE_START = re.compile(r"(?:[:,]\s*)?[“\"]\s*(?=[A-Z])")


# Words a number follows to label a part or a place ("Article 60", "Gate 12"), not names.
LABEL_WORDS = {
    "Article", "Section", "Chapter", "Clause", "Paragraph", "Part", "Rule", "Item", "Page", "Figure", "Table",
    "Grade", "Level", "Phase", "Stage", "Week", "Game", "Round", "Room", "Gate", "Exit", "Pier", "Platform",
    "Terminal", "Channel", "Proposition", "Measure", "Question", "Amendment", "Category", "Division", "Ward",
    "Precinct", "Lot", "Block", "Suite", "Floor", "Row", "Seat", "Box", "Volume", "Issue", "Episode", "Season",
    "District", "Interstate", "Highway", "Route", "Flight",
}  # fmt: skip


def names(text: str, known: Set[str] = frozenset()) -> set[str]:
    """Capitalised names in the text. A lone capitalised first word counts only if it is a known
    name (seen mid-sentence elsewhere), since any sentence starts with a capital."""
    found: set[str] = set()
    # A dateline or wire credit ("PORT TOWN (AP) —", "(CNN)") says where the story was filed: no
    # name the sentence tells. Blanked, not cut, so positions stay.
    cut = dateline(text)
    text = " " * cut + text[cut:]
    opening = len(" ".join(text.split()[:3]))  # "A LARGE fire broke out": capitals for style, not a name
    first = _lead(text)  # the first word, after any opening quote or dash
    # A quote's first word is capitalised as a sentence's is: 'said: “Happily no one ...'
    # So is the first word after a sentence's end: a wording may hold several sentences.
    starts = {first} | {m.end() for m in _QUOTE_START.finditer(text)} | {m.end() for m in _SENTENCE_END.finditer(text)}
    for m in _NAME.finditer(text):
        # "Cleveland-based", "Republican-backed": the name is the part before the hyphen.
        # A closing single quotation mark is no part of a name ("coming to 'London'").
        run = [re.sub(r"(?<=\w)-[a-z]{3,}$", "", w).rstrip("’'") for w in m.group(0).split()]
        ordinal = _ORDINAL_BEFORE.search(text, 0, m.start())
        if ordinal and run[0].lower() not in DAYS | MONTHS:
            run = [ordinal.group(1), *run]  # "52nd Street", not "Street" (but "6th June" is a date)
        # A lone capitalised word opening the sentence may be any word (see below).
        opens = m.start() in starts or m.start() <= first
        if opens and len(run) > 1 and (run[0].lower() in STOP_WORDS | COUNTS or run[0].endswith("ly")):
            run = run[1:]  # "Throughout WWII", "Luckily Smith": the sentence's first word is no name
            opens = False
        if len(run) == 1 and run[0] in LABEL_WORDS and re.match(r"\s+\d", text[m.end() :]):
            continue  # "Article 60", "Section 8": a numbered part or place, no name (audit 140)
        if text[m.end() : m.end() + 2][:1] == "-" and text[m.end() + 1 : m.end() + 2].isdigit():
            run = run[:-1]  # "AR-15", "F-16": a model's designation, not a name
        # A possessive ends a name ("Arizona Public Radio's Gillian Ferris" names two), and so does a
        # title inside a run ("Harbour Cafe CEO Bo Lee": a company, then a person).
        cuts = [i + 1 for i, w in enumerate(run[:-1]) if re.search(r"[’']s$", w)]
        cuts += [
            i
            for i, w in enumerate(run)
            if 0 < i < len(run) - 1 and w.rstrip(".") in INNER_TITLES and run[i - 1].rstrip(".") not in TITLE_MODIFIERS
        ]
        # An institution's name then a person's ("the Harbour Police Department Ann Roe told ...").
        cuts += [
            i
            for i in range(1, len(run) - 1)
            if run[i - 1] in OFFICE_WORDS
            and 2 <= len(run) - i <= 3
            and not any(w.rstrip(".") in INSTITUTION_WORDS | TITLES for w in run[i:])
        ]
        cuts = sorted(set(cuts))
        for lo, hi in zip([0, *cuts], [*cuts, len(run)], strict=True):
            if (
                hi < len(run)
                and run[hi].rstrip(".") in INNER_TITLES
                and all(w.rstrip(".") in _OFFICE_OPENING for w in run[lo:hi])
            ):
                continue  # "Chief Deputy City" before "Attorney Ann Roe": the office's first words, no name
            _add_name(found, run[lo:hi], m.start() < opening, opens and lo == 0, known)
    return found


# Words that open an office before its title word ("Chief Deputy City Attorney", "Assistant U.S. Attorney").
_OFFICE_OPENING = TITLES | TITLE_MODIFIERS | {"City", "County", "State", "District", "Federal", "Special", "US", "U.S"}


def _add_name(found: set[str], parts: list[str], early: bool, opens: bool, known: Set[str]) -> None:
    """Add one run of capitalised words to ``found`` if it names something (see ``names``): ``early``,
    the run is in the sentence's first words (capitals there may be for style); ``opens``, it opens
    the sentence (a lone word there counts only if ``known``)."""
    if HOLIDAY.fullmatch(" ".join(parts)):
        return  # a day ("on Christmas Day"), compared as dates
    words = [
        _name_word(w)
        for w in parts
        if w not in NAME_STOP
        and (w.lower() not in DAYS | MONTHS or (w in FIRST_NAMES and len(parts) > 1))
        and not (w.isupper() and len(w) >= 4 and early and w not in known)
    ]
    while words and words[-1].rstrip(".") in TITLES:
        words.pop()  # "New York Republican Rep. Ann Roe": the title belongs to the next name
    if all(w.rstrip(".") in TITLES | SUFFIXES for w in words):
        return  # a title alone ("Gov.", "Mr.") or a suffix ("Jr.") names no one
    if words and (not (opens and len(parts) == 1) or words[0] in known):
        found.add(" ".join(words))


# Words that end an institution's name: capitalised words joined by "and" are one name when they end
# in one ("Kent and Essex Fire and Rescue", "Health and Human Services"); otherwise "and" joins
# two names ("Trump and Putin", "Harbour Police and FEMA"), and "and the" always does.
INSTITUTION_WORDS = {
    "Fire", "Rescue", "Service", "Services", "Police", "Department", "Ministry", "Office", "Agency", "Authority",
    "Council", "Committee", "Commission", "Board", "Trust", "Foundation", "Institute", "Association", "Society",
    "Company", "Corporation", "Group", "Bank", "Party", "University", "College", "School", "Hospital", "Court",
    "Museum", "Centre", "Center", "Fund", "Club", "Security", "Prevention", "Control", "Development",
}  # fmt: skip
# An office whose name a person's may follow in one run of capitals ("... Police Department Ann Roe").
OFFICE_WORDS = {"Department", "Office", "Agency", "Ministry", "Committee", "Commission", "Council", "Board", "Police",
                "Service", "Services", "Authority"}  # fmt: skip
_JOINED = re.compile(rf"(?<![\w’'-]){_CAP}(?:[^\S\n]+(?:(?:and|&)[^\S\n]+)?{_CAP})*")


_AFTER_NAME = re.compile(r"(?:\b[A-Z][\w’'-]*|\b[A-Z]\.)[^\S\n]+$")  # a capitalised word or an initial before
# Words that end what comes before "of" in one name of several words ("Eastern District of ...").
_OF_HEADS = INSTITUTION_WORDS | {"District"}
_OF_NAME = re.compile(
    rf"(?<![\w’'-]){_CAP}(?:[^\S\n]+{_CAP})*(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?{_CAP}(?:[^\S\n]+{_CAP})*)+"
)


# Words that end the title of a day, an event or a law, whose small words are part of it: "Open
# Harbour and Fishing Fleet Day", "Take the Ferry to School Week", "Clean Rivers and Safe Beaches Act"
# (invented). Not "Bill": "Ann and Bill" is two people.
EVENT_WORDS = {
    "Day", "Week", "Month", "Act", "Festival", "Fair", "Games", "Awards", "Parade", "Summit", "Conference", "Forum",
    "Marathon", "Cup", "Championship", "Championships", "Tournament", "Expo", "Show", "Prize", "Challenge",
}  # fmt: skip
_SMALL = r"(?:and|&|to|of|for|the|in|on|at|with|a|an|your|our|my)"
_TITLED = re.compile(rf"(?<![\w’'-]){_CAP}(?:[^\S\n]+(?:{_SMALL}[^\S\n]+)*{_CAP})*")


def whole_name(text: str, name: str) -> str:
    """The whole name in the text that ``name`` is part of: an institution's ("Kent" in "Crews from
    Kent and Essex Fire and Rescue ..." -> "Kent and Essex Fire and Rescue"), a name with
    "of" inside ("Bay" and "Storms" in "the Bay of Storms" -> "Bay of Storms"), or the title of a day,
    an event or a law with its small words ("Fleet Day" in "the Open Harbour and Fishing Fleet Day"
    -> "Open Harbour and Fishing Fleet Day", ``EVENT_WORDS``); else ``name``."""
    part = name.split()
    titles = []
    for m in _TITLED.finditer(text):
        # A head followed by a small word ends one title ("... School Week with the ... Act": two).
        run = m.group(0).split()
        cuts = [i + 1 for i, w in enumerate(run[:-1]) if w in EVENT_WORDS and re.fullmatch(_SMALL, run[i + 1])]
        titles += [run[lo:hi] for lo, hi in zip([0, *cuts], [*cuts, len(run)], strict=True)]
    for words in titles:
        while words and (words[0] in NAME_STOP or re.fullmatch(_SMALL, words[0])):
            words = words[1:]  # "On Open Harbour ... Day" -> "Open Harbour ... Day"
        if len(words) < 3 or words[-1] not in EVENT_WORDS or not re.fullmatch(_CAP, words[-2]):
            continue  # a title ends in its head, after a capitalised word ("Fleet Day", not "and Day")
        if not any(re.fullmatch(_SMALL, w) for w in words) or any(w.rstrip(".") in TITLES for w in words):
            continue  # no small word inside: the plain run is the name already; a person's title: not one name
        if any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1)):
            return " ".join(words)
    for m in _OF_NAME.finditer(text):
        words = m.group(0).split()
        while words and words[0] in NAME_STOP:
            words = words[1:]
        before = words[: words.index("of")]  # the pattern holds an "of" after a capitalised word
        if not before or any(w.rstrip(".") in TITLES | INNER_TITLES for w in words):
            continue  # "Secretary of State Ann Roe": a title and a person, not one name
        if (len(before) > 1 or _AFTER_NAME.search(text[: m.start()])) and before[-1] not in _OF_HEADS:
            continue  # "Ann Roe of Harbour Bank", "Roe of Oregon": a person and where they are from
        if any(words[i : i + len(part)] == part for i in range(len(words))):
            return " ".join(words)
    for m in _JOINED.finditer(text):
        words = m.group(0).split()
        while words and (words[0] in NAME_STOP or words[0] in {"and", "&"}):
            words = words[1:]  # "The Fire and Rescue Service" -> "Fire and Rescue Service"
        if not {"and", "&"} & set(words) or words[-1] not in INSTITUTION_WORDS:
            continue  # "the Intelligence Committee and Representative Ann Roe": two names
        part = name.split()
        if any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1)):
            return " ".join(words)
    return name


def _name_word(word: str) -> str:
    return re.sub(r"[’']s$", "", word)


# Other words for one name: a country's initials or adjective ("UK Prime Minister" / "British Prime
# Minister"), a party's nickname, a department's initials.
ALIASES = {
    "UK": {"British", "Britain", "England", "English"},
    "US": {"American", "America", "Americans"},
    "USA": {"American", "America", "Americans"},
    "EU": {"European", "Europe"},
    "UN": {"Nations"},
    "UAE": {"Emirati", "Emirates"},
    "GOP": {"Republican", "Republicans"},
    "AP": {"Associated"},  # the wire service: "reports AP" / "the Associated Press"
    # Departments by their initials and their key word ("DOJ": "the Justice Department").
    "DOJ": {"Justice"}, "DHS": {"Homeland"}, "DOD": {"Defense", "Pentagon"},
    # Countries whose adjective does not open with the country's name ("Polish President ...").
    "Poland": {"Polish", "Poles"}, "France": {"French"}, "Netherlands": {"Dutch"}, "Spain": {"Spanish"},
    "Sweden": {"Swedish", "Swedes"}, "Denmark": {"Danish", "Danes"}, "Finland": {"Finnish", "Finns"},
    "Turkey": {"Turkish", "Turks"}, "Ireland": {"Irish"}, "Greece": {"Greek", "Greeks"},
    "Switzerland": {"Swiss"}, "China": {"Chinese"}, "Japan": {"Japanese"}, "Vietnam": {"Vietnamese"},
    "Lebanon": {"Lebanese"}, "Portugal": {"Portuguese"}, "Thailand": {"Thai"}, "Norway": {"Norwegian"},
    "Philippines": {"Filipino", "Filipinos", "Philippine"}, "Wales": {"Welsh"}, "Scotland": {"Scottish", "Scots"},
}  # fmt: skip
# A given name and the short forms news copy quotes people by ("Jimmy" for James Feigen).
NICKNAMES = {
    "James": {"Jim", "Jimmy", "Jamie"}, "William": {"Bill", "Billy", "Will", "Willie"},
    "Robert": {"Bob", "Bobby", "Rob", "Robby"}, "Richard": {"Dick", "Rick", "Ricky", "Rich"},
    "Michael": {"Mike", "Mikey"}, "Thomas": {"Tom", "Tommy"}, "Joseph": {"Joe", "Joey"},
    "Edward": {"Ed", "Eddie", "Ted", "Teddy"}, "Charles": {"Charlie", "Chuck"}, "John": {"Jack", "Johnny"},
    "Elizabeth": {"Liz", "Beth", "Betsy", "Betty"}, "Margaret": {"Maggie", "Peggy", "Meg"},
    "Katherine": {"Kate", "Kathy", "Katie"}, "Catherine": {"Cathy", "Kate"}, "Patricia": {"Pat", "Patty"},
    "Anthony": {"Tony"}, "Christopher": {"Chris"}, "Daniel": {"Dan", "Danny"}, "David": {"Dave"},
    "Steven": {"Steve"}, "Stephen": {"Steve"}, "Nicholas": {"Nick"}, "Alexander": {"Alex"},
    "Benjamin": {"Ben"}, "Samuel": {"Sam"}, "Timothy": {"Tim"}, "Kenneth": {"Ken"}, "Gregory": {"Greg"},
    "Lawrence": {"Larry"}, "Gerald": {"Jerry"}, "Ronald": {"Ron"}, "Donald": {"Don"}, "Frederick": {"Fred"},
}  # fmt: skip


# US states as news style abbreviates them ("Rep. Ann Roe, R-Calif.", "CAYCE, S.C.").
STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
    "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "Okla": "Oklahoma",
    "Ore": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia",
    "Wash": "Washington", "WVa": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip


# The postal codes, as a place line writes them after a town ("Malibu, CA").
POSTAL = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip


# Postal codes that are as often a degree after a person's name ("Ann Roe, MD", "Bo Lee, MA"): no state.
DEGREE_CODES = {"MD", "MA", "MS", "PA"}


def state_in(text: str, state: str) -> bool:
    """Whether the text names a US state in any of news copy's forms: its name, its style-book
    abbreviation with or without the full stop after a town or a party's letter ("Malibu, Calif.",
    "Calif,", "(D-S.C.)"), or its postal code after a town ("Malibu, CA")."""
    if re.search(rf"(?<![\w.-]){re.escape(state)}(?![\w-])", text):
        return True
    # An abbreviation only where it follows a town or a party's letter ("Malibu, Calif.", "(R-Calif.)",
    # "Rancho Mirage, Calif,"): "Miss", "Mass", "La" and "Del" are words and names elsewhere.
    forms = [a for a, name in STATES.items() if name == state]
    forms += [".".join(a) for a, name in STATES.items() if name == state and len(a) == 2 and a.isupper()]
    if any(re.search(rf"(?:,\s+|-){re.escape(f)}(?:\.|,|\)|$)", text) for f in forms):
        return True
    codes = "|".join(code for code, name in POSTAL.items() if name == state and code not in DEGREE_CODES)
    return bool(codes) and re.search(rf"\w,\s+(?:{codes})(?![\w-])(?!\.\w)", text) is not None


def aliases(word: str) -> set[str]:
    """The other words for a country or state word: its initials or the words for its initials ("UK" /
    "British"), a state's abbreviation or its name ("Ill." / "Illinois", "S.C." / "South Carolina")."""
    if word in ALIASES:
        return set(ALIASES[word])
    found = {initials for initials, words in ALIASES.items() if word in words}
    short = word.replace(".", "")
    if short in STATES:
        found.add(STATES[short])
    found |= {f"{a}." if len(a) > 2 else ".".join(a) + "." for a, name in STATES.items() if name == word}
    return found


def _same_name(a: str, b: str) -> bool:
    """Two name words for one thing: equal, an alias ("GOP" / "Republican") or a nickname ("Jimmy" /
    "James"), or a place and its adjective (Russia/Russian, West/Western, Ukraine/Ukrainian): a shared
    opening of four letters or more, all but the last of the shorter word."""
    if a == b or b in ALIASES.get(a, ()) or a in ALIASES.get(b, ()):
        return True
    if b in NICKNAMES.get(a, ()) or a in NICKNAMES.get(b, ()):
        return True
    shorter = min(len(a), len(b))
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return shorter >= 4 and common >= max(4, shorter - 1)


def one_typo(a: str, b: str) -> bool:
    """Two name words one keystroke apart (a letter left out, added or changed), with the same first
    letter and four letters or more: a typo of one name ("Trump" / "Tump"), not another name ("Bush" /
    "Rush"), nor a name with and without its accent (a spelling, not a slip)."""
    if a[:1] != b[:1] or min(len(a), len(b)) < 4 or normalise(a) == normalise(b):
        return False
    return _edits(a, b) == 1


def in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` are words of ``long``, in the same order ("Ann Roe" in "Ann B.
    Roe")."""
    rest = iter(long)
    return all(word in rest for word in short)


def _spelling(a: str, b: str) -> bool:
    """Two spellings of one name word: in any case, one the opening of the other ("Ray"/"Raymond"),
    a part of the other ("Time"/"Comcast-Time"), an abbreviation of it ("PD"/"Police", "Mt"/"Mount"),
    or at most two letters apart ("Attwell"/"Atwell")."""
    if any(len(w) <= 4 and w.isupper() and w[0] == v[0] for w, v in ((a, b), (b, a))):
        return True
    if any(len(w) <= 3 < len(v) and w[0] == v[0] and w[-1] == v[-1] for w, v in ((a, b), (b, a))):
        return True  # "Mt" / "Mount", "Ft" / "Fort": an abbreviation by first and last letters
    a, b = a.lower(), b.lower()
    if a.startswith(b) or b.startswith(a) or a in b.split("-") or b in a.split("-"):
        return True
    return _edits(a, b) <= 2


def _edits(a: str, b: str) -> int:
    """The letters left out, added or changed that turn one word into the other (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def one_word_apart(a: str, b: str) -> list[tuple[str, str]]:
    """Names of three words or more (titles aside) that agree on every word but one, for two wordings
    of one fact: "Pike County Correctional Institute" / "Pike County Correctional Facility", "Monroe
    County Jail" / "Pike County Jail". A long name kept but for one word is the same slot named two
    ways. Not when the differing words are one name spelt two ways (``_same_name``, "Ray"/"Raymond",
    "Attwell"/"Atwell"), nor when one is its sentence's first word (capitalised as such), nor when
    either wording also names the other's (in full, by that word, or by its initials: "the FCC ...
    the Federal Trade Commission" names both commissions)."""
    known = {w for n in names(a) | names(b) for w in n.split()}
    out = []
    for x in sorted(names(a, known)):
        for y in sorted(names(b, known)):
            xs = [w for w in x.split() if w not in TITLES]
            ys = [w for w in y.split() if w not in TITLES]
            if len(xs) < 3 or len(xs) != len(ys):
                continue
            apart = [(u, v) for u, v in zip(xs, ys, strict=True) if u != v]
            if len(apart) != 1:
                continue
            u, v = apart[0]
            if _same_name(u, v) or _spelling(u, v) or _opens(a, u) or _opens(b, v):
                continue  # one name spelt two ways; or a sentence's first word, capitalised as such
            if _in_title(x, u) or _in_title(y, v):
                continue  # a person's office said two ways ("City Councilman" / "Brooklyn Councilman")
            if _word_in(v, a) or _word_in(u, b) or _word_in(_initials(y), a) or _word_in(_initials(x), b):
                continue
            out.append((x, y))
    return out


_OFFICE = TITLES | INNER_TITLES | TITLE_MODIFIERS | {
    "Councilman", "Councilwoman", "Councilor", "Councillor", "Assemblyman", "Assemblywoman", "Alderman", "Coach",
    "Controller", "Treasurer", "Speaker", "Leader", "Prosecutor", "Superintendent", "Editor", "Researcher",
}  # fmt: skip


def _in_title(name: str, word: str) -> bool:
    """Whether the word is part of the office before a person's name: a title itself or an acronym of
    one ("Chief Executive" / "CEO", "General Manager" / "GM"), or the word just before a title ("City
    Councilman")."""
    words = name.split()
    at = words.index(word)
    after = words[at + 1] if at + 1 < len(words) else ""
    return word in _OFFICE or (word.isupper() and len(word) <= 4 and after not in _OFFICE) or after in _OFFICE


def _opens(text: str, word: str) -> bool:
    """Whether the word is the text's first (after any opening quote or dash): its capital is no sign
    of a name ("Hosting President Anne Marie Laval, the king ...")."""
    return text[_lead(text) :].split(" ", 1)[0] == word


def _lead(text: str) -> int:
    """How many characters before the text's first word (an opening quote or dash)."""
    return len(text) - len(_LEADING.sub("", text, count=1))


_LEADING = re.compile(r"^[\W_]*")


def _word_in(word: str, text: str, any_case: bool = False) -> bool:
    """Whether the text has the word (or name) as whole words, not inside a longer or hyphenated one."""
    flags = re.IGNORECASE if any_case else 0
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, flags) is not None


_KIND_AFTER = re.compile(rf"(?<![\w’'-])({_CAP}(?:[^\S\n]+{_CAP})*)(?:[^\S\n]+([a-z]+))?")


def _kind_names(text: str) -> tuple[dict[str, set[tuple[str, ...]]], set[str], set[str]]:
    """Names said with the kind of thing they name, by that kind: "the Cedar Peak fire" and "the
    Elk Ridge Fire" -> {"fire": {("Cedar", "Peak"), ("Elk", "Ridge")}} (the kind a lowercase word
    after the name, or the last of a name of three words or more); the kinds said after a name in
    lowercase ("fire"), and those said as part of a name ("Fire"), which a verb or preposition after
    a name ("reported", "near") never is."""
    out: dict[str, set[tuple[str, ...]]] = {}
    after: set[str] = set()
    in_names: set[str] = set()
    for m in _KIND_AFTER.finditer(text):
        words = m.group(1).split()
        while words and words[0] in NAME_STOP:
            words = words[1:]
        if m.group(2) and m.group(2) not in STOP_WORDS and len(m.group(2)) > 2:
            out.setdefault(m.group(2), set()).add(tuple(words))
            after.add(m.group(2))
        if len(words) >= 3:
            out.setdefault(words[-1].lower(), set()).add(tuple(words[:-1]))
            in_names.add(words[-1].lower())
    return out, after, in_names


def kind_conflicts(a: str, b: str) -> list[tuple[str, str]]:
    """Two names of one kind of thing, for two wordings of one fact, that have no word in common: "the
    Elk Ridge Fire near Pine Falls" / "the Cedar Peak fire of Pine Falls". The kind
    must be a noun said both as part of a name ("Fire") and in lowercase after a name ("fire"; not
    "Smith" of "Mary Ann Smith" / "John Paul Smith"), each name two words or more (a one-word
    name is as often a place or an adjective: "Arizona fire", "Rio police"), and neither wording
    uses a word of the other's name (then it names both)."""
    (ka, after_a, named_a), (kb, after_b, named_b) = _kind_names(a), _kind_names(b)
    out = []
    for kind in sorted(set(ka) & set(kb) & (after_a | after_b) & (named_a | named_b)):
        for x in sorted(ka[kind]):
            for y in sorted(kb[kind]):
                if len(x) < 2 or len(y) < 2 or any(w.lower() in DAYS | MONTHS for w in x + y):
                    continue
                if any(_same_name(u, v) for u in x for v in y):
                    continue
                if any(_word_in(w, b) for w in x) or any(_word_in(w, a) for w in y):
                    continue
                out.append((f"{' '.join(x)} {kind}", f"{' '.join(y)} {kind}"))
    return out
