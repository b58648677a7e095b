"""Small word lists shared by the text stages (sentence splitting, comparing wordings)."""

from __future__ import annotations

import importlib.util
import re

DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow"}
)
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"}
) | MONTH_ABBREVIATIONS  # fmt: skip
# Holidays a story may date something by ("on Christmas Day", "over Easter"): days, not names.
HOLIDAY = re.compile(
    r"(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']s\s+(?:Day|Eve)|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
    r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|Fourth\s+of\s+July|Halloween|Valentine[’']s\s+Day|Memorial\s+Day"
    r"|Labor\s+Day|Veterans\s+Day)"
)
# English number words and their values: the one table each stage takes its own selection from (the
# difference rules leave "one" and "two" out, the parse reads up to twenty, the word marks read all).
CARDINALS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}  # fmt: skip
TIME_ZONES = frozenset(
    {"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet"}
)


def word_list(package: str, relative: str, name: str) -> frozenset[str] | None:
    """The word list ``name`` of the Python file ``relative`` inside an installed ``package``, read from
    that file without importing the package (spaCy's or scikit-learn's import takes a second or more);
    None when the package or file is not there."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = f"{next(iter(spec.submodule_search_locations))}/{relative}"
    loader = importlib.util.spec_from_file_location(f"_digest_{package}_{name.lower()}", path)
    if loader is None or loader.loader is None:
        return None
    module = importlib.util.module_from_spec(loader)
    try:
        loader.loader.exec_module(module)
    except OSError:
        return None
    return frozenset(getattr(module, name))


def _spacy_stop_words() -> frozenset[str]:
    """spaCy's English stop words (empty without spaCy)."""
    return word_list("spacy", "lang/en/stop_words.py", "STOP_WORDS") or frozenset()


# spaCy's list holds some words that carry content in news ("call", "made", "name"): kept as content here.
CONTENT = {"call", "give", "made", "make", "show", "put", "take", "see", "name", "top", "bottom", "front", "back",
           "side", "full", "empty", "first", "last", "move", "part", "serious", "fifty", "forty", "sixty", "twenty",
           "hundred", "three", "four", "five", "six", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "two",
           "one", "third", "never", "none", "nobody", "nothing", "not", "no", "nor", "neither", "cannot", "done",
           "used", "using", "say", "get", "go", "keep", "became", "become"}  # fmt: skip
STOP_WORDS = (_spacy_stop_words() - CONTENT) | {"said", "says", "told", "also", "would", "could"}

# Words for peoples, places' people and parties, and capitalised common nouns: said of a thing, not
# its name ("the American border", "a Democratic donor", "on TV"). "Only X names American" tells a
# reader nothing about who or what the outlets name.
DEMONYMS = frozenset({
    "American", "Americans", "British", "English", "French", "German", "Germans", "Russian", "Russians", "Chinese",
    "Japanese", "Korean", "Koreans", "Mexican", "Mexicans", "Canadian", "Canadians", "Israeli", "Israelis",
    "Palestinian", "Palestinians", "Iranian", "Iranians", "Iraqi", "Iraqis", "Syrian", "Syrians", "Afghan",
    "Afghans", "Pakistani", "Pakistanis", "Indian", "Indians", "Saudi", "Saudis", "Turkish", "Ukrainian",
    "Ukrainians", "European", "Europeans", "African", "Africans", "Asian", "Asians", "Arab", "Arabs", "Muslim",
    "Muslims", "Jewish", "Catholic", "Catholics", "Latino", "Latinos", "Latina", "Hispanic", "Hispanics", "Cuban",
    "Cubans", "Brazilian", "Brazilians", "Venezuelan", "Venezuelans", "Honduran", "Hondurans", "Guatemalan",
    "Guatemalans", "Salvadoran", "Salvadorans", "Italian", "Italians", "Spanish", "Irish", "Scottish", "Welsh",
    "Australian", "Australians", "Polish", "Poles", "Dutch", "Swiss", "Swedish", "Swedes", "Danish", "Danes",
    "Norwegian", "Norwegians", "Finnish", "Greek", "Greeks", "Turks", "Portuguese", "Belgian", "Belgians",
    "Austrian", "Austrians", "Czech", "Czechs", "Hungarian", "Hungarians", "Romanian", "Romanians", "Bulgarian",
    "Serbian", "Serbs", "Croatian", "Croats", "Bosnian", "Albanian", "Georgian", "Armenian", "Armenians",
    "Belarusian", "Lithuanian", "Latvian", "Estonian", "Egyptian", "Egyptians", "Lebanese", "Jordanian", "Yemeni",
    "Libyan", "Libyans", "Sudanese", "Somali", "Somalis", "Ethiopian", "Nigerian", "Nigerians", "Kenyan",
    "Kenyans", "Haitian", "Haitians", "Jamaican", "Colombian", "Colombians", "Peruvian", "Chilean", "Argentine",
    "Argentinian", "Filipino", "Filipinos", "Vietnamese", "Thai", "Taiwanese", "Indonesian", "Malaysian",
    "Kurdish", "Kurds", "Qatari", "Kuwaiti", "Emirati", "Scandinavian", "Nordic", "Baltic", "Balkan",
    "Western", "Eastern", "Northern", "Southern", "Democratic", "Democrat", "Democrats",
    "Republican", "Republicans", "North", "South", "East", "West", "Central", "Latin", "Internet", "TV", "Web",
    # initials used as common nouns ("a DNA sample", "the GPS", "an SUV")
    "DNA", "GPS", "SUV", "ATM", "CPR", "PDF", "IED", "GDP", "CEO", "ID", "IQ", "CD", "CDs", "DVD", "DVDs",
    "PR", "ICBM",
    # a post's initials ("the party's VP candidate"; audit 145 read "only A names VP")
    "VP", "CFO", "COO", "CTO",
    # a knockout's (audit 148 read "only A names TKO")
    "KO", "KOs", "TKO", "TKOs",
    # peoples of Central Asia and the Caucasus (audit 148 read "only A names Turkmens")
    "Turkmen", "Turkmens", "Uzbek", "Uzbeks", "Kazakh", "Kazakhs", "Tajik", "Tajiks", "Kyrgyz", "Azeri", "Azeris",
    "Chechen", "Chechens",
    # faiths' adjectives ("an evangelical Christian group"; audit 152 read "only A names Christian")
    "Christian", "Christians", "Evangelical", "Protestant", "Protestants", "Islamic", "Hindu", "Hindus",
    "Buddhist", "Buddhists", "Jew", "Jews", "Sunni", "Shiite", "Shia",
    # time zones ("at 2:15 a.m. ET"; audit 153 read "only A names ET")
    "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "GMT", "UTC", "BST",
})  # fmt: skip
