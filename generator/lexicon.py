"""Small word lists shared by the text stages (sentence splitting, comparing wordings)."""

from __future__ import annotations

import importlib.util

DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow"}
)
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"}
) | MONTH_ABBREVIATIONS  # fmt: skip
TIME_ZONES = frozenset(
    {"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet"}
)


def _spacy_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from its word-list file without importing spaCy (seconds)."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = f"{next(iter(spec.submodule_search_locations))}/lang/en/stop_words.py"
    loader = importlib.util.spec_from_file_location("_digest_stop_words", path)
    if loader is None or loader.loader is None:
        return frozenset()
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


# spaCy's list holds some words that carry content in news ("call", "made", "name"): kept as content here.
CONTENT = {"call", "give", "made", "make", "show", "put", "take", "see", "name", "top", "bottom", "front", "back",
           "side", "full", "empty", "first", "last", "move", "part", "serious", "fifty", "forty", "sixty", "twenty",
           "hundred", "three", "four", "five", "six", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "two",
           "one", "third", "never", "none", "nobody", "nothing", "not", "no", "nor", "neither", "cannot", "done",
           "used", "using", "say", "get", "go", "keep", "became", "become"}  # fmt: skip
STOP_WORDS = (_spacy_stop_words() - CONTENT) | {"said", "says", "told", "also", "would", "could"}
