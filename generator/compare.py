"""Compare: what differs in substance between the wordings of one claim.

Five kinds of difference, each found by a small rule on the words themselves: numbers (and number
words), days and dates, names, quoted words, attribution verbs, and negation. A negation that some
outlets have and others do not is flagged as a disagreement: the outlets may contradict each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import DAYS, MONTHS
from .model import Claim
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
    """One kind of substantive difference within a claim, said in words, with each outlet's part."""

    kind: str
    summary: str
    by_outlet: dict[str, list[str]] = field(default_factory=dict)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalise(text).replace("n't", " n't"))


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
    return [q.strip(" ,.") for q in _QUOTE.findall(text)]


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


def _compare_values(kind: str, label: str, values: dict[str, dict[str, str]]) -> list[Difference]:
    """Numbers or dates per outlet, keyed "what|value" (what a number counts, or "date"), mapped to the
    printed form. A conflict (``kind``) is two outlets giving different values for the same "what";
    otherwise, values only some outlets give are listed (``extra-kind``)."""
    having = {o: v for o, v in values.items() if v}
    shown = {o: list(dict.fromkeys(v.values())) for o, v in having.items()}
    keys = {o: set(v) for o, v in having.items()}

    def by_what(k: set[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for key in k:
            out.setdefault(key.split("|")[0], set()).add(key)
        return out

    def clash(a: set[str], b: set[str]) -> bool:
        ga, gb = by_what(a), by_what(b)
        return any(ga[w] - gb[w] and gb[w] - ga[w] for w in ga.keys() & gb.keys())

    conflict = any(clash(keys[o], keys[p]) for i, o in enumerate(keys) for p in list(keys)[i + 1 :])
    if conflict:
        return [Difference(kind, f"Outlets give different {label}.", shown)]
    common = set.intersection(*keys.values()) if keys else set()
    extra = {o: [v[k] for k in v if k not in common] for o, v in having.items()}
    extra = {o: e for o, e in extra.items() if e and len(values) > 1}
    if not extra:
        return []
    if len(extra) == 1:
        [(o, e)] = extra.items()
        return [Difference(f"extra-{kind}", f"Only {o} gives {', '.join(e)}.", extra)]
    parts = "; ".join(f"{o}: {', '.join(e)}" for o, e in extra.items())
    return [Difference(f"extra-{kind}", f"Some outlets give {label} the others do not ({parts}).", extra)]


def compare_claim(claim: Claim) -> list[Difference]:
    """The substantive differences between a claim's wordings (none for a one-outlet claim)."""
    by_outlet: dict[str, str] = {}
    for m in claim.members:
        by_outlet[m.outlet] = f"{by_outlet[m.outlet]} {m.text}" if m.outlet in by_outlet else m.text
    if len(by_outlet) < 2:
        return []
    outlets = list(by_outlet)
    diffs: list[Difference] = []

    nums = {o: {f"{unit}|{value}": value for value, unit in number_facts(t)} for o, t in by_outlet.items()}
    diffs += _compare_values("numbers", "numbers", nums)
    days = {o: {f"date|{k}": v for k, v in dates(t).items()} for o, t in by_outlet.items()}
    diffs += _compare_values("dates", "days or dates", days)

    known = {w for t in by_outlet.values() for n in names(t) for w in n.split()}
    named = {o: names(t, known) for o, t in by_outlet.items()}
    lone: dict[str, list[str]] = {}
    if len(outlets) >= 2:
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
    if lone:
        parts = "; ".join(f"only {o} names {', '.join(ns)}" for o, ns in lone.items())
        diffs.append(Difference("names", parts[0].upper() + parts[1:] + ".", lone))

    quoted = {o: quotes(t) for o, t in by_outlet.items()}
    quoting = [o for o in outlets if quoted[o]]
    if len(quoting) == 1:
        diffs.append(Difference("quotes", f"Only {quoting[0]} quotes this.", {quoting[0]: quoted[quoting[0]]}))
    elif len(quoting) >= 2:
        keys = {o: frozenset(normalise(q) for q in quoted[o]) for o in quoting}
        if len(set(keys.values())) > 1:
            silent = [o for o in outlets if not quoted[o]]
            verb = "does" if len(silent) == 1 else "do"
            rest = f"; {_names_list(silent)} {verb} not quote." if silent else "."
            summary = f"Outlets quote different words{rest}"
            diffs.append(Difference("quotes", summary, {o: quoted[o] for o in quoting}))

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

    # A disagreement: one outlet negates a word that another states plainly ("Kyiv was not informed"
    # / "Kyiv was informed"). Two negative wordings ("declined to comment" / "do not comment") agree.
    negating = {o: negated_terms(t) for o, t in by_outlet.items()}
    yes = [o for o in outlets if negating[o]]
    no = [o for o in outlets if any(affirms(by_outlet[o], negating[p]) for p in yes if p != o)]
    if yes and no:
        yes = [o for o in yes if any(affirms(by_outlet[p], negating[o]) for p in no)]
        diffs.append(
            Difference(
                "negation",
                f"Disagreement: {_names_list(yes)} {'uses' if len(yes) == 1 else 'use'} a negation that "
                f"{_names_list(no)} {'does' if len(no) == 1 else 'do'} not; check whether they contradict each other.",
                {o: ["negated" if o in yes else "affirmed"] for o in yes + no},
            )
        )
    return diffs
