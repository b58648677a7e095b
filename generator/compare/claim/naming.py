"""Which outlets name someone or something, however they write the name, for "only X names Y"
details; two outlets that name two people of one surname."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ...furniture import headline_case
from ...lexicon import DAYS, DEMONYMS, MONTHS, STOP_WORDS
from ...segment import QUOTATION, dateline
from ...similarity import normalise, unaccented
from ..context import Context
from ..name import (
    COUNTS,
    DEGREE_CODES,
    INNER_TITLES,
    INSTITUTION_WORDS,
    NICKNAMES,
    POSTAL,
    STATES,
    TITLE_MODIFIERS,
    TITLES,
    _initials,
    _name_word,
    _same_name,
    _word_in,
    aliases,
    names,
    one_typo,
    state_in,
    whole_name,
)
from ..number import MORE_NUMBER_WORDS, NUMBER_WORDS, _singular
from .difference import Compared, Difference
from .figures import _other_articles
from .given import telling_by_outlet
from .part import part_text
from .summary import only_names

# British spellings of a name's longer words, as American English writes them ("Technicolour",
# "Harbour Centre": audit 181 read "only A and B name Technicolor" where C's article writes it so).
_BRITISH = ((re.compile(r"\b([A-Za-z]{3,})our\b"), r"\1or"), (re.compile(r"\b([A-Za-z]{3,})tre\b"), r"\1ter"))


@lru_cache(maxsize=1 << 12)  # an article, asked about for every name of every claim
def spelt_alike(text: str) -> str:
    """The text without accents and with British spellings of longer words written the American way:
    one name however an outlet spells it ("Calderón" / "Calderon", "Harbour" / "Harbor")."""
    text = unaccented(text)
    for british, american in _BRITISH:
        text = british.sub(american, text)
    return text


def _one_surname(lone: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Two outlets that each name, alone among the claim's outlets, a person of one surname with
    another first name ("Ann Roe" / "Jo Róe"): one of them names the wrong person. Nicknames and
    spellings of one first name are one name (they are never "only" one outlet's: ``_same_name``).
    A surname both outlets write alike makes neither name one outlet's alone, so this finds people
    whose surname the outlets accent differently (one name accented two ways, "Inés Róe" / "Ines
    Roe", is one person); a wider rule (any two first names with one surname in a claim) read
    nicknames, "Mt" / "Mount" and team names as people on the ECB+ stories (21 items,
    benchmarks/README.md)."""
    people = [
        (o, n, [w for w in n.split() if w not in TITLES and not re.fullmatch(r"[A-Z]\.", w)])
        for o, ns in lone.items()
        for n in ns
    ]
    for (o, x, xs), (p, y, ys) in itertools.combinations(people, 2):
        if o == p or len(xs) != 2 or len(ys) != 2 or normalise(xs[1]) != normalise(ys[1]):
            continue
        if not (_same_name(xs[0], ys[0]) or one_typo(xs[0], ys[0]) or normalise(xs[0]) == normalise(ys[0])):
            return [(o, x), (p, y)]
    return []


_CAPITAL_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+)*[A-Z][\w’'-]*)*")


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
    # Initials written as a word too ("Nafta", as some papers print "NAFTA"), of four letters or more.
    capitals = [w for w in name.split() if w[:1].isupper()]
    for ws in (capitals, _hyphen_parts(capitals)):
        initials = _initials(" ".join(ws))
        if len(ws) >= 2 and (
            _word_in(initials, text) or (len(initials) >= 4 and _word_in(initials.capitalize(), text))
        ):
            return True
    if 2 <= len(name) <= 5 and name.isupper() and name.isalpha():
        for run in _CAPITAL_RUN.finditer(text):
            ws = run.group(0).split()
            # An acronym inside the run keeps all its letters ("US Geological Survey": "USGS"; audit 129).
            spelt = "".join(w if w.isupper() and w.isalpha() else w[0] for w in ws)
            if any(name in _initials(" ".join(x)) for x in (ws, _hyphen_parts(ws))) or name in spelt:
                return True
            # A company's initials with its "Co." or "Corp." left out of the name written in full ("HSSC":
            # "Harbour Steel Shipping"; audit 166 read "only A names TSMC" beside B's name in full).
            caps = [w for w in ws if w[:1].isupper()]
            k = len(name) - 1
            if (
                k >= 3
                and name.endswith("C")
                and any(_initials(" ".join(caps[i : i + k])) == name[:-1] for i in range(len(caps) - k + 1))
            ):
                return True
    # Initials printed as a word ("Nafta"): a whole run of capitalised words, or all but its first
    # ("The ..."), spells it.
    if 4 <= len(name) <= 6 and name.isalpha() and name.istitle():
        for run in _CAPITAL_RUN.finditer(text):
            ws = run.group(0).split()
            if name.upper() in (_initials(" ".join(ws)), _initials(" ".join(ws[1:]))):
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
    # A range or group named in the plural by its first word ("the Poconos": "the Pocono Mountains";
    # "the Rockies": "the Rocky Mountains").
    if " " not in name and len(name) > 4 and name.endswith("s") and name[:1].isupper():
        stem = _singular(name)
        if re.search(rf"(?<![\w’'-]){re.escape(stem)}\s+(?:Mountains|Islands|Isles|Lakes|Hills|Keys)\b", text):
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
    # A service named by what is posted on it ("in a tweet": Twitter); Congress by its place or its
    # chambers ("hearings on Capitol Hill", "a Senate subcommittee").
    if any(form.search(text) for w in name.split() for form in _NAMED_BY_USE.get(w, ())):
        return True
    # A country by its initials or its words ("American" / "the U.S.", "British" / "the UK"); a state
    # by its abbreviation, after a party's letter too ("Rep. Ann Roe (R-Ark.)").
    state = POSTAL.get(name, name)
    if name not in DEGREE_CODES and state in POSTAL.values() and state_in(text, state):  # "Malibu, CA"
        return True
    return any(_word_in(alias, text) or _word_in(alias, open_text) for w in name.split() for alias in aliases(w))


def _given_forms(word: str) -> set[str]:
    """A given name's other forms: its short forms, or the name a short form is of."""
    return set(NICKNAMES.get(word, ())) | {full for full, short in NICKNAMES.items() if word in short}


_NAMED_BY_USE = {
    "Twitter": (re.compile(r"\b(?:re)?tweet", re.IGNORECASE),),
    "Congress": (re.compile(r"\b(?:Capitol Hill|[Cc]ongressional|Senate|House of Representatives)\b"),),
    "Capitol": (re.compile(r"\b(?:Congress|[Cc]ongressional)\b"),),  # "on Capitol Hill": in Congress
}


def _hyphen_parts(words: list[str]) -> list[str]:
    """The capitalised parts of the words, hyphened words split ("Trans-Ocean Pact" -> Trans, Ocean, Pact)."""
    return [p for w in words for p in w.split("-") if p[:1].isupper()]


_PLACED = re.compile(r"(.+) \(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")  # "Bellport (Oregon)"


def _with_states(text: str, found: list[str]) -> list[str]:
    """The names with a state said by its name, not news style's abbreviation or its postal code after
    a town ("Ore." as Oregon, "Bellport, OR"), and joined to the place it follows ("Bellport, Ore." is
    one place: "Bellport (Oregon)", so that a list of names never reads it as two)."""
    out = list(found)
    for n in found:
        place = next((p for p in out if p != n and re.search(rf"\b{re.escape(p)},\s+{re.escape(n)}\b", text)), None)
        town = re.search(rf"\w,\s+{re.escape(n)}\b", text) is not None
        state = STATES.get(n) or (POSTAL.get(n) if town and n not in DEGREE_CODES else None)
        if state is None:
            continue
        if place is None:
            out[out.index(n)] = state
        else:
            out[out.index(place)] = f"{place} ({state})"
            out.remove(n)
    return list(dict.fromkeys(out))


def _in_a_title(text: str, name: str) -> bool:
    """Whether the name stands only inside a short quote (a film's or a book's title, "“Harbour
    Lights”", ``MAX_TITLE_WORDS`` words at most): the quote is the detail (a title named whole, "only
    X names “Harbour Lights”", or a phrase "only X quotes ..."), and a word of it is no name the
    others leave out."""
    if _word_in(name, QUOTATION.sub(" ", text)):
        return False
    return any(len(q.split()) <= MAX_TITLE_WORDS and _word_in(name, q) for q in QUOTATION.findall(text))


MAX_TITLE_WORDS = 6

# A diplomat's post: the capital after it stands for the country ("the ambassador to Port Town").
_POST = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Ee]mbassy|[Mm]ission)s?\s+(?:to|in)\s+(?:the\s+)?$")


def _posted_to(text: str, name: str) -> bool:
    """Whether the name stands only after a diplomat's post ("Ambassador to Port Town"): part of an
    office, not a place the others leave out (audit 72: "only A names Washington" of "the British
    Ambassador to Washington")."""
    at = [m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text)]
    return bool(at) and all(_POST.search(text[:i]) for i in at)


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
    if all(w in DEMONYMS for w in re.split(r"[\s-]+", name)) or name.split()[-1] in DEMONYMS:
        return True  # "American", "British-Irish", "TV", "the California Democrat": no name of who or what
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


# Words that may follow a whole noun phrase: "the Senate on Tuesday", "the Senate, which", but not "the
# Roe administration" (there "Roe" is no phrase of its own).
_AFTER_PHRASE = (
    r"(?:[,.;:)!?”\"]|\s+(?:on|in|of|to|for|with|by|at|from|that|which|who|was|is|are|were|has|have|had|will"
    r"|would|could|can|said|says|told)\b|$)"
)


def _with_article(text: str, name: str) -> str:
    """The name as the outlet writes it with "the" when it is a whole phrase so ("the Senate", "the
    Harbour Authority"), for a detail that reads as English ("only A names the Senate")."""
    if re.search(rf"\b[Tt]he {re.escape(name)}{_AFTER_PHRASE}", text):
        return f"the {name}"
    return name


def _shown_alone(alone: list[str], o: str, view: Compared) -> list[str]:
    """The names outlet ``o`` alone gives as a detail says them: whole, once each, at most four."""
    by_outlet, context = view.by_outlet, view.context
    # Whether a name stands only inside a quote is read from the whole sentences: the part that
    # tells the claim may end inside the quote ("... was the “Harbour of Dreams" cut before its mark).
    whole = "\n".join(m.text for m in view.claim.members if m.outlet == o)
    alone = [
        n
        for n in alone
        if not _common_word(n, context)
        and not _own_name(n, o)
        and not (_in_a_title(by_outlet[o], n) or _in_a_title(whole, n))
        and not _posted_to(by_outlet[o], n)
        and not _title_cased_only(n, o, view)
    ]
    # Told by its whole name: "Kent and Essex Fire and Rescue", not "Kent, Rescue"; a person
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
    return alone[:4]


def _title_cased_only(name: str, outlet: str, view: Compared) -> bool:
    """Whether the outlet writes the name only in lines in Title Case (a deck, "... Set The Stage For
    A Disruptive Approach"; audit 155 read "only A names the Stage"): capitals of style, not a name
    its prose gives."""
    own = [m.text for m in view.claim.members if m.outlet == outlet]
    if not any(headline_case(t) for t in own if _word_in(name, t)):
        return False
    # Its sentences here one by one, and its article line by line (``article`` opens with them joined).
    lines = own + [line for text in view.article[outlet][1:] for line in text.splitlines()]
    return not any(_word_in(name, line) for line in lines if not headline_case(line))


def _names_too(text: str, name: str) -> bool:
    """Whether an article outside the claim names what the claim's outlet names, so a detail may say it
    does: the whole name (titles, accents and British spellings aside), its initials ("IAEA", of three
    words or more), its last word as a name (a surname; capitalised, not a month or a day), or each of
    its words, capitalised ("the Pocono Mountain woods"). Any word of the name in any case (``_mentions``) is
    enough to keep "only A names" from a page, not to credit another outlet with a name (audit 128:
    "Theresa May" credited for "the end of May", "El Chaparral" for another "el")."""
    words = [spelt_alike(w) for w in name.split() if w not in TITLES]  # "Harbour" is "Harbor" too
    if not words:
        return False
    if name in POSTAL.values():  # a state by its abbreviation too ("Malibu, Calif.", "Malibu, CA")
        return state_in(text, name)
    if (placed := _PLACED.fullmatch(name)) and placed.group(2) in POSTAL.values():
        return _names_too(text, placed.group(1))  # "Bellport (Oregon)": the town named, with its state or not
    plain = spelt_alike(_undot(text))
    if _word_in(" ".join(words), plain) or (name.isupper() and _mentions(text, name)):
        return True
    # Initials in the plural, with an apostrophe or without ("GI's" / "GIs"; audit 208 read "only A and
    # B name GI" beside a third outlet's "a pinup for GIs").
    if name.isupper() and name.isalpha() and any(_word_in(name + end, plain) for end in ("s", "'s", "’s")):
        return True
    # A name some copy prints in capitals ("the Tardis": "the TARDIS"; audit 145).
    if len(words) == 1 and len(words[0]) >= 4 and _word_in(words[0].upper(), plain):
        return True
    # A name by the initials news copy writes for it ("the Associated Press": "reports AP"; "Britain": "UK").
    whole = {a for w in words for a in aliases(w) if a.isupper() and (len(words) == 1 or a == _initials(name))}
    if any(_word_in(a, plain) for a in whole):
        return True
    capitals = [w for w in words if w[:1].isupper()]
    # Initials of three words or more ("IAEA"): two letters are as often a person's ("H.R. McMaster"
    # spelt "HR" is no "Hassan Rouhani": audit 130).
    if len(capitals) >= 3 and _word_in(_initials(" ".join(capitals)), plain):
        return True

    def named(word: str) -> bool:
        return (
            word[:1].isupper()
            and word.lower() not in DAYS | MONTHS
            and (_word_in(word, plain) or (word.endswith("s") and len(word) > 3 and _word_in(word[:-1], plain)))
        )

    return (len(words[-1]) > 2 and named(words[-1])) or all(named(w) for w in words if w[:1].isupper() or len(w) > 3)


def name_details(view: Compared) -> list[Difference]:
    """The claim's names: its conflict of names; else two people of one surname, each named by one
    outlet alone (``_one_surname``); else the names only some outlets give ("only A names Ann Roe"),
    checked against every other outlet's whole article."""
    claim, context, conflict = view.claim, view.context, view.conflict
    by_outlet, outlets, every, article = view.by_outlet, view.outlets, view.every, view.article
    diffs: list[Difference] = []
    found = conflict("names")
    if found:
        diffs.append(found)
    known = {w for t in by_outlet.values() for n in names(t) for w in n.split()}
    texts_of = {o: [part_text(claim, m) for m in claim.members if m.outlet == o] for o in outlets}
    named = {o: {_without_opening_verb(n, texts_of[o], context) for n in names(t, known)} for o, t in by_outlet.items()}
    lone: dict[str, list[str]] = {}
    lone_plain: dict[str, list[str]] = {}
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
        if kept := _shown_alone(alone, o, view):
            lone[o] = kept
        # ... and without accents ("Calderón" / "Calderon" is one name), in either spelling
        # ("Harbour Centre" / "Harbor Center", ``spelt_alike``): a name so found is no one outlet's
        # alone; but one surname accented two ways may be two people (``_one_surname``).
        plain = [
            n
            for n in alone
            if not any(_mentions(spelt_alike(t), spelt_alike(n)) for p in every if p != o for t in article[p])
        ]
        if kept := _shown_alone(plain, o, view):
            lone_plain[o] = kept
    surnamed = _one_surname(lone) if not found else []
    if surnamed:
        shown = {o: [n] for o, n in surnamed}
        keys = tuple(m.key for m in claim.members for o, n in surnamed if m.outlet == o and n in m.text)
        told_by = "; ".join(f"{o}: {n}" for o, n in surnamed)
        diffs.append(Difference("names", f"Different people named for the same thing ({told_by}).", shown, True, keys))
    elif lone_plain and not found and len(outlets) > 1:
        shown = {o: [_with_article(by_outlet[o], n) for n in ns] for o, ns in lone_plain.items()}
        # The story's outlets outside the claim credited with a name ("only A and C (elsewhere in its
        # article) name Ann Roe") from their sentences likely to tell a fact of this claim: a name
        # elsewhere in an article is as often another thing's (audits 184, 185: "the White House" of
        # its press secretary, "Guatemala" of another migrant, "Washington" for the government).
        elsewhere = (
            _other_articles(context, every)
            if view.likely is None
            else telling_by_outlet(claim, context, view.likely, every)
        )
        outside = {
            n: also
            for ns in lone_plain.values()
            for n in ns
            if (also := tuple(p for p, texts in elsewhere.items() if any(_names_too(t, n) for t in texts)))
        }
        said = {
            s: outside[n] for o, ns in lone_plain.items() for n, s in zip(ns, shown[o], strict=True) if n in outside
        }
        diffs.append(Difference("names", only_names(shown, said), lone_plain, outside=outside))
    return diffs
