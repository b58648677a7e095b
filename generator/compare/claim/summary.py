"""A conflict said in words: each outlet's values, a long quote cut around what changes."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ...model import Sentence, site_of
from ..context import Context
from ..date import When, resolve, same_time
from ..name import _word_in
from ..negation import NEGATION, negated_terms
from ..quote import cited, quote_words, quotes, speakers, stretch, word_for_word
from ..quote.sources import venue
from ..text import _tokens
from .pair import Conflict


def _names_list(outlets: list[str]) -> str:
    """Outlets or values as a list reads: "A", "A and B", "A, B and C" ("May and June", not "May, June")."""
    outlets = list(dict.fromkeys(outlets))
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]


OUTSIDE_NAMED = 2


def _outside_names(outlets: list[str]) -> tuple[str, ...]:
    """Outlets outside the claim that give a value, as a detail names them: by name, two at most, else
    by their number ("4 other outlets"; "5 other articles" where some are one site's several articles,
    "bbc.co.uk (2)": audit 129 read "5 other outlets" for five articles of three sites)."""
    if len(outlets) > OUTSIDE_NAMED:
        if len({site_of(o) for o in outlets}) < len(outlets):
            return (f"{len(outlets)} other articles (elsewhere in them)",)
        return (f"{len(outlets)} other outlets (elsewhere in their articles)",)
    return tuple(f"{p} (elsewhere in its article)" for p in outlets)


def only_names(by_outlet: dict[str, list[str]], outside: dict[str, tuple[str, ...]]) -> str:
    """A names detail in words, outlet by outlet ("Only A names Ann Roe; only B names Port Town"), an
    outlet outside the claim whose article names the same named with it ("only A and C (elsewhere in
    its article) name Ann Roe": audit 127 read "only A names ..." where C names her in another claim)."""
    phrases = []
    for o, values in by_outlet.items():
        groups: dict[tuple[str, ...], list[str]] = {}
        for v in values:
            groups.setdefault(outside.get(v, ()), []).append(v)
        for also, vs in groups.items():
            who = _names_list([o, *_outside_names(list(also))])
            phrases.append(f"only {who} {'name' if also else 'names'} {_names_list(vs)}")
    told = "; ".join(phrases)
    return told[0].upper() + told[1:] + "."


def _conflict_summary(
    kind: str, found: list[Conflict], more: dict[str, list[str]] | None = None, context: Context | None = None
) -> tuple[str, dict[str, list[str]]]:
    """The summary of conflicts of one kind and the values by outlet; ``more``: other outlets that
    give one of the values (said too, so no outlet that agrees with a side is left out); ``context``
    the articles' sentences, where a source named earlier ("The Harbour Post reported ...") tells
    whose "the report" a sentence cites."""
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
            f"{no} {'says' if ' and ' not in no else 'say'} the opposite of what {yes} "
            f"{'reports' if ' and ' not in yes else 'report'} (“{word}”).{_attributed(found, context)}",
            by_outlet,
        )
    if kind == "quotes":  # a part of a quote the same outlet's whole quote holds is that quote, once
        by_outlet = {o: [v for v in vs if not any(v != w and v in w for w in vs)] for o, vs in by_outlet.items()}
    for o, vs in (more or {}).items():
        by_outlet.setdefault(o, [])
        by_outlet[o] += [v for v in vs if v not in by_outlet[o]]
    shown = by_outlet
    if kind == "quotes":  # a long quote shown by the part a shorter quote of another outlet spans
        shown = {o: [_spanned(v, [w for p, ws in by_outlet.items() if p != o for w in ws]) for v in vs]
                 for o, vs in by_outlet.items()}  # fmt: skip
        shown = _around_changes(shown)
    if kind == "quotes":
        parts = "; ".join(
            f"{_names_list(os)}: {' · '.join(vs)}{_printed_otherwise(vs, {o: shown[o] for o in os})}"
            for os, vs in _agreeing(shown, found)
        )
    else:
        parts = by_outlet_parts(shown)
    if kind == "attribution":  # which words: the long quote both give
        a, b = found[0].a.text, found[0].b.text
        said = next((q for q in quotes(a) for r in quotes(b) if word_for_word(quote_words(q), quote_words(r))), "")
        if said:
            return f"The same words (“{_clip(said, 60)}”) given to different people ({parts}).", by_outlet
    label = {
        "numbers": "Different numbers for the same thing",
        "dates": f"Different {_grain_word(shown)} in these wordings (one event dated two ways, or two events)",
        "names": "Different names for the same thing",
        "quotes": "The same words quoted differently",
        "attribution": "The same words given to different people",
    }[kind]
    if kind == "names" and all(head_apart(c.value_a, c.value_b) for c in found):
        label = "One name given two ways"  # "Harbour Street Clinic" / "Harbour Street Center"
    # Figures told apart are often two sources' counts (a company's statement, the police): said too.
    more_said = _attributed(found, context) if kind == "numbers" else _negated_in_one(shown) if kind == "quotes" else ""
    if kind == "quotes":
        more_said += _venues(found, context) + _translated(found, context)
    if kind == "dates" and context is not None:
        more_said = _same_days(found, context)
    return f"{label} ({parts}).{more_said}", by_outlet


def by_outlet_parts(values: dict[str, list[str]]) -> str:
    """A summary's values, outlet by outlet ("A: 30 boats; B: 40 boats · about 40 boats")."""
    return "; ".join(f"{o}: {' · '.join(vs)}" for o, vs in values.items())


def head_apart(a: str, b: str) -> bool:
    """Whether two names of three words or more differ in their last word only, the kind of place or
    body they name ("Harbour Street Clinic" / "Harbour Street Center", "Pike County Correctional
    Institute" / "... Facility"): one name given two ways, as a reader sees it (blind judges of ECB+
    items read "different names for the same thing" of such pairs as no disagreement), not two
    things named ("Monroe County Jail" / "Pike County Jail")."""
    xs, ys = a.split(), b.split()
    return len(xs) == len(ys) >= 3 and xs[:-1] == ys[:-1] and xs[-1] != ys[-1]


def _agreeing(shown: dict[str, list[str]], found: list[Conflict]) -> list[tuple[list[str], list[str]]]:
    """A quotes summary's outlets, those that print the same words together ("A: ... knows the words
    ...; B and C: […] I think he knows that the words […]"): two outlets no conflict sets apart whose
    one quote each is the other's words, or holds them, go under one label, shown by the words both
    print (audit 134 read three wordings where two agreed, the longer with a lead-in the third left
    out, as three versions)."""
    apart = {frozenset((c.a.outlet, c.b.outlet)) for c in found}
    groups: list[tuple[list[str], list[str]]] = []
    for o, vs in shown.items():
        for outlets, values in groups:
            alike = len(vs) == 1 and len(values) == 1 and not any(frozenset((o, p)) in apart for p in outlets)
            if alike and (common := _common_quote(values[0], vs[0])):
                outlets.append(o)
                values[0] = common
                break
        else:
            groups.append(([o], list(vs)))
    return groups


_CUT = "[…]"
_PRINTED_WORD = re.compile(r"[\w’'-]+")


def _printed_words(text: str) -> list[str]:
    """A printing's words as printed: no apostrophes or hyphens standing as quotation marks or dashes
    around them ("'locked'", "- -"), those inside a word kept ("They're", "well-known")."""
    return [w for w in (m.strip("’'-") for m in _PRINTED_WORD.findall(text)) if any(c.isalnum() for c in w)]


def _printed_otherwise(shown: list[str], own: dict[str, list[str]]) -> str:
    """Where outlets listed under one label print the label's words otherwise, each outlet's own
    printing of the words that differ, said after them (" (Outlet B prints “They are”)"): the label
    reads the words as the comparison does ("They're" is "They are", an article is no word), and a
    page that quotes an outlet must not put words in its mouth (audit 229 read "They're" credited to
    an outlet that printed "They are")."""
    if len(shown) != 1:
        return ""
    display = _printed_words(shown[0])
    a = [w.lower().replace("’", "'") for w in display]
    notes = []
    for outlet, values in own.items():
        printed = _printed_words(values[0]) if len(values) == 1 else []
        b = [w.lower().replace("’", "'") for w in printed]
        ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        # Words the outlet prints before or after the label's run are its longer quote, not other words.
        ops = [op for op in ops if not (op[0] == "insert" and op[1] in (0, len(a)))]
        printed_as = [f"“{' '.join(printed[j1:j2])}”" for tag, _, _, j1, j2 in ops if tag in ("replace", "insert")]
        left_out = [f"“{' '.join(display[i1:i2])}”" for tag, i1, i2, _, _ in ops if tag == "delete"]
        said = [f"prints {' · '.join(printed_as)}"] if printed_as else []
        said += [f"leaves out {' · '.join(left_out)}"] if left_out else []
        if said:
            notes.append(f"{outlet} {' and '.join(said)}")
    return f" ({'; '.join(notes)})" if notes else ""


def _common_quote(x: str, y: str) -> str | None:
    """The words two printings of a quote both have, where one's words, read as the comparison reads
    them (``quote_words``: case, punctuation and "[…]" aside, contractions spelt out, so "They're" is
    "They are"), run whole inside the other's: the shorter, marked "[…]" where the longer goes on; None
    when neither holds the other (audit 204 read two printings apart by a contraction as two versions)."""
    short, long = sorted((x, y), key=lambda v: len(quote_words(v)))
    ws, wl = quote_words(short), quote_words(long)
    if not ws:
        return None
    at = next((i for i in range(len(wl) - len(ws) + 1) if wl[i : i + len(ws)] == ws), -1)
    if at < 0:
        return None
    shown = short.removeprefix(f"{_CUT} ").removesuffix(f" {_CUT}")
    before = at > 0 or short.startswith(_CUT) or long.startswith(_CUT)
    after = at + len(ws) < len(wl) or short.endswith(_CUT) or long.endswith(_CUT)
    return f"{f'{_CUT} ' if before else ''}{shown}{f' {_CUT}' if after else ''}"


def _grain_word(by_outlet: dict[str, list[str]]) -> str:
    """What a dates summary's values are: "years" ("2002" / "2003": an audit read "different days" of
    two years), "months", "days" (a day or weekday among them), or "dates" for a mix of years and months."""
    grains = set()
    for value in (v for vs in by_outlet.values() for v in vs):
        # A year counted from the article's date is said with it ("last year (2013)"): that year.
        when = resolve(re.sub(r"^.*\((\d{4})\)$", r"\1", value), None)
        if when is None or when.day or when.weekday is not None:
            return "days"
        grains.add("months" if when.month else "years")
    return grains.pop() if len(grains) == 1 else "dates"


def _same_days(found: list[Conflict], context: Context) -> str:
    """Values of a dates summary that are one day told two ways, said so ("Tuesday" in an article of
    Monday 22 July and "tomorrow" in another of that Monday): each conflict's two days differ, but a
    third value may match one of them, and a list of three days would read as three (an audit);
    "" when none."""
    told: dict[str, When | None] = {}
    for c in found:
        for sentence, value in ((c.a, c.value_a), (c.b, c.value_b)):
            if value not in told:
                at = sentence.text.find(value)
                before = sentence.text[:at].split()[-1:] if at > 0 else []
                told[value] = resolve(value, context.days.get(sentence.source), before[0].lower() if before else "")
    values = list(told)
    pairs = [
        (x, y)
        for i, x in enumerate(values)
        for y in values[i + 1 :]
        if (a := told[x]) is not None and (b := told[y]) is not None and same_time(a, b)
    ]
    return "".join(f" “{x}” and “{y}” are the same day." for x, y in pairs)


# The comparison's negation words (``negation.NEGATION``), a contraction whole ("don't") as printed.
_NEGATING = re.compile(rf"\b\w+n[’']t\b|\b(?:{'|'.join(sorted(w for w in NEGATION if w.isalpha()))})\b", re.IGNORECASE)


def _negated_in_one(by_outlet: dict[str, list[str]]) -> str:
    """For quotes of one utterance, as a summary prints them (a long quote cut to what the shorter
    spans: a negation in words only one outlet quotes is no change of meaning): a negation only some
    outlets' words have ("If they don't pass it, the risk grows" / "To pass it would raise the
    risk"), said, as the two may then mean opposite things (an audit found such an item read as a
    small change of wording); "" when none."""
    cues = {
        o: {m.group().lower().replace("’", "'") for v in vs for m in _NEGATING.finditer(v)}
        for o, vs in by_outlet.items()
    }
    every = set.intersection(*cues.values()) if cues else set()
    only = {o: sorted(c - every) for o, c in cues.items() if c - every}
    if not only or len(only) == len(cues):
        return ""
    # ... and only where what it negates is in another outlet's words too ("don't close" / "to close"):
    # a negation of words the others leave out ("who would not have got out" against a quote
    # that ends before it) changes no meaning they give (an audit).
    negating = {t for o in only for v in by_outlet[o] for t in negated_terms(v)}
    others = {t[:5] for o, vs in by_outlet.items() if o not in only for v in vs for t in _tokens(v)}
    if not negating & others:
        return ""
    who = _names_list(list(only))
    words = _names_list([f"“{w}”" for ws in only.values() for w in ws])
    return f" Only {who} {'has' if len(only) == 1 else 'have'} {words}: the wordings may mean opposite things."


def _attributed(found: list[Conflict], context: Context | None = None) -> str:
    """Whom each side's sentence gives its statement to, where it names a source: opposite statements
    are often two sources' (an official's denial, a report's claim), each outlet relaying one
    (" Sources: A cites a senior official; B cites the ministry."; said with a verb, since "A, a senior
    official" read to two audits as the outlet named as a source); "" when no sentence names one.
    "The report said ..." cites the publication the article names before it (``context``)."""
    sources: dict[str, str] = {}
    for sentence in [c.a for c in found] + [c.b for c in found]:
        if sentence.outlet not in sources and (source := cited(sentence.text, _around(sentence, context)[0])):
            sources[sentence.outlet] = source
    return " Sources: " + "; ".join(f"{o} cites {s}" for o, s in sources.items()) + "." if sources else ""


def _venues(found: list[Conflict], context: Context | None) -> str:
    """Where each side of a quotes conflict says the words were said, when the outlets name different
    media (" Outlet A gives them as said to WXYZ: they may come from two interviews, not one remark
    misquoted."): a speaker interviewed twice says a thing twice, in other words each time (audit 135
    read a witness's words relayed from a TV station's interview and an outlet's own interview as one
    remark misquoted); "" when every side names the same medium, or none does, or two name one (the
    words were said there). An outlet that names itself has the words from its own interview."""
    told: dict[str, str | None] = {}
    for sentence in [c.a for c in found] + [c.b for c in found]:
        if sentence.outlet not in told:
            told[sentence.outlet] = venue(sentence.text, *_around(sentence, context))
    said = {o: v for o, v in told.items() if v}
    media = {_bare(v) for v in said.values()}
    unsaid = len(said) < len(told)  # an outlet that names no medium: perhaps its own interview
    # A medium two outlets name is where the words were said, whatever a third leaves unsaid.
    if not said or len(media) < len(said) or len(media) + unsaid < 2:
        return ""
    sides = "; ".join(
        f"{o} gives them from its own interview" if _bare(v) in _bare(o) else f"{o} gives them as said to {v}"
        for o, v in said.items()
    )
    return f" {sides[0].upper()}{sides[1:]}: they may come from two interviews, not one remark misquoted."


# Words that say a quote comes from another language: a translation, an interpreter, a state's news
# agency or broadcaster (which publish in their language first), words said in another language.
_TRANSLATED = re.compile(
    r"\b(?:translat(?:ed|es|ing|ion|ions|or|ors)|(?:through|via) an interpreter|state(?:-run)? (?:media|news agency"
    r"|television|TV|broadcaster)|official news agency|KCNA|Korean Central News Agency|Xinhua|TASS|RIA Novosti|IRNA"
    r"|Yonhap|(?:said|spoke|speaking|wrote|writing|delivered|given|remarks) in"
    r" (?:Spanish|French|Russian|Arabic|Chinese|Mandarin|Korean"
    r"|Japanese|German|Portuguese|Italian|Turkish|Persian|Farsi|Hebrew|Ukrainian|Hindi|Urdu))\b",
    re.IGNORECASE,
)


def _translated(found: list[Conflict], context: Context | None) -> str:
    """For a quotes conflict, where an outlet's sentence or the one before it in its article says the
    words come from another language (``_TRANSLATED``: "remarks that state media aired", "said in
    Spanish"), or an earlier sentence of its article that names the speaker does ("Mayor Roe's remarks
    were delivered in French", audit 222): said, as two translations of one statement differ without
    a misquote (audit 207 read two such items as outlets that disagree); "" when none does."""
    sentences = [c.a for c in found] + [c.b for c in found]
    named = {name.split()[-1] for s in sentences for name in speakers(s.text) if name.split()}
    cues: dict[str, str] = {}
    for sentence in sentences:
        if sentence.outlet in cues:
            continue
        before, _ = _around(sentence, context)
        earlier = [t for t in before[:-1] if any(_word_in(n, t) for n in named)]
        for text in (sentence.text, *before[-1:], *reversed(earlier)):
            if found_cue := _TRANSLATED.search(text):
                cues[sentence.outlet] = found_cue.group(0)
                break
    if not cues:
        return ""
    said = "; ".join(f"{o}: “{cue}”" for o, cue in cues.items())
    return f" They may be two translations of words said in another language ({said})."


def _bare(name: str) -> str:
    """A medium's or outlet's name as compared: lowercase, without a leading "the"."""
    return name.lower().removeprefix("the ")


def _around(sentence: Sentence, context: Context | None) -> tuple[list[str], list[str]]:
    """The article's sentences before this one and after it, in order (none without the context)."""
    pairs = context.sentences.get(sentence.source, ()) if context is not None else ()
    keys = [k for k, _ in pairs]
    if sentence.key not in keys:
        return [], []
    at = keys.index(sentence.key)
    return [t for _, t in pairs[:at]], [t for _, t in pairs[at + 1 :]]


def _spanned(quote: str, others: list[str]) -> str:
    """A quote as a summary prints it beside others: when it is much longer (``LONGER_QUOTE``) than the
    shortest of them, only the part that one spans ("[…] the words compared […]")."""
    shortest = min(others, key=len, default="")
    if shortest and len(quote) > LONGER_QUOTE * len(shortest):
        return stretch(quote, shortest)
    return quote


LONGER_QUOTE = 1.5


def _around_changes(by_outlet: dict[str, list[str]]) -> dict[str, list[str]]:
    """Quotes as a summary prints them: words every one of them opens (or ends) with, past the last
    ``AROUND`` before the first change (after the last), left out and marked "[…]" as an editor
    marks words left out of a quote ("[…] the storms that came this winter ..."; an outlet's own
    "..." stays as it printed it), so a reader sees where they differ rather than two long quotes
    alike for most of their length."""
    values = [v for vs in by_outlet.values() for v in vs]
    if len(values) < 2:
        return by_outlet
    tokens = [v.split() for v in values]
    keys = [[re.sub(r"\W", "", t).lower() for t in ts] for ts in tokens]
    shortest = min(len(k) for k in keys)
    head = next((i for i in range(shortest) if len({k[i] for k in keys}) > 1), shortest)
    tail = next((i for i in range(shortest - head) if len({k[-1 - i] for k in keys}) > 1), shortest - head)
    cut_head, cut_tail = max(head - AROUND, 0), max(tail - AROUND, 0)
    cut_head, cut_tail = (cut_head if cut_head >= MIN_CUT else 0), (cut_tail if cut_tail >= MIN_CUT else 0)
    if not (cut_head or cut_tail):
        return by_outlet

    def cut(value: str) -> str:
        words = value.split()
        kept = " ".join(words[cut_head : len(words) - cut_tail])
        return f"{'[…] ' if cut_head else ''}{kept}{' […]' if cut_tail else ''}"

    return {o: [cut(v) for v in vs] for o, vs in by_outlet.items()}


AROUND = 3  # words kept either side of the first and last change
MIN_CUT = 3  # fewer words left out are no help to a reader


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
