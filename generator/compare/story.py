"""The story: conflicts inside claims and contradictions across claims, with the alignment's fact
signal deciding which whole sentences are compared."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

import numpy as np

from ..align.claims import quote_edges
from ..align.signal import WEAK_MATCH, word_runs
from ..lexicon import CARDINALS, DEMONYMS
from ..model import Claim, Sentence, Story
from ..segment import QUOTATION
from ..similarity import incidence
from .claim import compare_claim
from .claim.difference import Difference
from .claim.given import _agreeing_numbers, _also_gives, giving, told_together
from .claim.pair import NEGATION_LIKELY, NEGATION_OVERLAP, Conflict, _other_years, events_apart, pair_conflicts
from .claim.part import part_text
from .claim.summary import _conflict_summary, by_outlet_parts
from .context import Context, story_context
from .name import NICKNAMES, TITLE_MODIFIERS, TITLES, _word_in, names, one_typo
from .negation import negated, negated_terms
from .number import ORDINALS, figure_conflicts, figure_only, same_values
from .quote import quote_words
from .quote.speakers import _BODIES
from .quote.tags import _outside
from .quote.words import _QUOTE_MARK, _excerpt
from .speaking import heading_speakers
from .text import SAME_FACT, Likely, _tokens, content_stems


@dataclass(frozen=True)
class Disagreement:
    """Outlets that give different values for one thing, or where one states what another denies:
    inside one claim, or across two claims (then both claims link the other side)."""

    kind: str
    summary: str
    claims: tuple[str, ...]
    members: tuple[Sentence, ...]
    values: dict[str, list[str]] = field(default_factory=dict, compare=False)  # by outlet, as summarised
    # A name spelt two ways (``spellings``): the outlets tell the story's facts alike, one misspells a
    # name; no claim is told "with another value" for it (audit 103 heard "tells it with another
    # value" of an outlet whose one difference was "Vincente" for "Vicente").
    spelling: bool = field(default=False, compare=False)


def _sentence_conflicts(
    story: Story, context: Context, likely: Likely | None
) -> tuple[dict[str, list[Conflict]], dict[tuple[str, str, str], list[Conflict]]]:
    """Conflicts between whole sentences of two outlets: of members of one claim when the fact signal
    finds them likely to state a common fact (by the id of each claim they share), and of two
    sentences that never share a claim (by kind and the two claims' ids)."""
    homes: dict[str, list[str]] = {}
    core: dict[str, list[str]] = {}  # the claims a sentence is in for itself, not joined as a further fact
    firm: dict[str, set[str]] = {}  # ... and not as a weaker match (``Claim.weak``, ``weak_sentences``)
    for claim in story.claims:
        for m in claim.members:
            homes.setdefault(m.key, []).append(claim.id)
            core.setdefault(m.key, [])
            firm.setdefault(m.key, set())
            if m.key not in claim.joined:
                core[m.key].append(claim.id)
                if m.outlet not in claim.weak and m.key not in claim.weak_sentences:
                    firm[m.key].add(claim.id)
    sentences = list({m.key: m for c in story.claims for m in c.members}.values())
    by_source: dict[str, list[str]] = {}
    for s in sorted(sentences, key=lambda s: (s.source, s.index)):
        by_source.setdefault(s.source, []).append(s.text)
    articles = {source: tuple(texts) for source, texts in by_source.items()}
    bodies = context.bodies((article.outlet, article.source) for article in story.articles)
    inside: dict[str, list[Conflict]] = {}
    across: dict[tuple[str, str, str], list[Conflict]] = {}
    overlap = _overlaps([s.text for s in sentences])
    for i, a in enumerate(sentences):
        for j in range(i + 1, len(sentences)):
            b = sentences[j]
            if a.outlet == b.outlet:
                continue
            p = likely(a.key, b.key) if likely else None
            shared = [c for c in homes[a.key] if c in homes[b.key]]
            found: list[Conflict] = []
            # Too little in common for any kind of conflict (see ``pair_conflicts``); or a claim they
            # share compares the parts of them that tell it.
            near = overlap[i, j] >= NEGATION_OVERLAP or (p is not None and p >= SAME_FACT)
            if near and not (shared and (p is None or p < SAME_FACT)):
                found = pair_conflicts(a, a.text, b, b.text, context, False, p)
            elif near and not firm[a.key] & firm[b.key]:
                # They share only a claim that holds one of them as a weaker match (or joined for a
                # further fact): a sentence that denies what the other states may sit, weakly, in the
                # other side's claim; the two sides of a negation stay two sides.
                found = [c for c in pair_conflicts(a, a.text, b, b.text, context, False, p) if c.kind == "negation"]
            if p is not None and p >= NEGATION_LIKELY and not any(c.kind == "numbers" for c in found):
                found += _figure_conflicts(a, b, articles, context)
            found = [c for c in found if c.kind != "numbers" or not told_together(context, c)]
            if not shared:
                # Two claims' sentences: an outlet whose article also gives the other's value counts two
                # things ("wounded four others" above its "two others were injured" by gunfire).
                found = [c for c in found if c.kind != "numbers" or not _also_gives({}, c, bodies)]
            for c in found:
                # Two sides of a negation stay two sides: a sentence that joined the other side's
                # claim because it also tells its fact ("Kyiv had not been informed" joining "officials
                # were informed") is compared across from its own claim.
                where = shared if c.kind != "negation" else [x for x in shared if x in firm[a.key] and x in firm[b.key]]
                for claim_id in where:
                    inside.setdefault(claim_id, []).append(c)
                if not where:
                    first_a = (core[c.a.key] or homes[c.a.key])[0]
                    first_b = (core[c.b.key] or homes[c.b.key])[0]
                    across.setdefault((c.kind, first_a, first_b), []).append(c)
    return inside, across


def _figure_conflicts(
    a: Sentence, b: Sentence, articles: dict[str, tuple[str, ...]], context: Context
) -> list[Conflict]:
    """Figures of one thing that the two outlets' whole articles tell apart (``figure_conflicts``), for
    sentences of no two different years."""
    if _other_years(a.text, b.text) or events_apart(a, b, context.days):
        return []
    found = figure_conflicts(
        a.text,
        b.text,
        articles[a.source],
        articles[b.source],
        context.texts.get(a.source, a.text),
        context.texts.get(b.source, b.text),
    )
    return [Conflict("numbers", a, b, x.surface, y.surface) for x, y in found if x.unit not in context.many_stats]


def _overlaps(texts: list[str]) -> np.ndarray:
    """The overlap (``_jaccard``) of every two texts' content stems, at once: a sparse 0/1 text x
    stem matrix times its transpose counts the stems two texts share."""
    sets = [frozenset(content_stems(t)) for t in texts]
    matrix = incidence(sets)
    shared = (matrix @ matrix.T).toarray()
    sizes = np.array([len(s) for s in sets], dtype=np.float64)
    union = sizes[:, None] + sizes[None, :] - shared
    return np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)


def _across(kind: str, conflicts: list[Conflict], ca: Claim, cb: Claim, context: Context) -> Disagreement:
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
    more = None
    if kind == "numbers":  # other outlets of the two claims that give one of the values say so too
        texts: dict[str, str] = {}
        for m in [*ca.members, *cb.members]:
            texts[m.outlet] = f"{texts.get(m.outlet, '')} {m.text}"
        more = _agreeing_numbers(conflicts, texts)
        both = {m.key: m for m in [*ca.members, *cb.members]}
        for key in giving(list(both.values()), more):
            members.setdefault(key, both[key])
    summary, values = _conflict_summary(kind, conflicts, more, context)
    first = {c.a.key for c in conflicts}  # one side, then the other (a negation: the negating side first)
    ordered = [m for m in members.values() if m.key in first] + [m for m in members.values() if m.key not in first]
    return Disagreement(kind, summary, (ca.id, cb.id), tuple(ordered), values)


def compare_story(story: Story, likely: Likely | None = None) -> list[Disagreement]:
    """Set each claim's differences and return the story's disagreements: every conflict inside a
    claim, then contradictions between sentences of two claims that never share a claim. A sentence
    that joined a claim as a further fact but denies it is taken out of that claim first.

    ``likely`` (sentence keys -> probability) is the alignment's fact signal, when there is one."""
    context = story_context(story)
    inside, across = _sentence_conflicts(story, context, likely)
    _drop_opposites(story, across)
    found: list[Disagreement] = []
    for claim in story.claims:
        kept = {m.key for m in claim.members}
        extra = [c for c in inside.get(claim.id, []) if c.a.key in kept and c.b.key in kept]
        claim.differences = compare_claim(
            claim, context, extra, _told(claim, likely), None if claim.checked else likely
        )
        by_key = {m.key: m for m in claim.members}
        for d in claim.differences:
            if d.conflict:
                found.append(
                    Disagreement(d.kind, d.summary, (claim.id,), tuple(by_key[k] for k in d.keys), d.by_outlet)
                )
    by_id = {c.id: c for c in story.claims}
    for (kind, ca, cb), conflicts in across.items():
        found.append(_across(kind, conflicts, by_id[ca], by_id[cb], context))
    found += _shown_in_claims(spellings(story), story.claims)
    return [_with_home_claims(_with_detail_claims(d, story.claims), story.claims) for d in _once(found)]


def mark_reporting(story: Story) -> None:
    """Once the claims' weaker matches are set (``align.signal.mark_weak``): the outlets that quote
    another person (``mark_other_speakers``, more weaker matches), the disagreements without the
    claims they reach only through weaker matches (``without_weak_sides``), then the outlets each
    claim holds that tell its fact otherwise (``mark_denied``, ``mark_other_numbers``,
    ``mark_requoted``): ``Claim.reporting`` counts none of them."""
    mark_other_speakers(story)
    story.disagreements = without_weak_sides(story.disagreements, story.claims)
    mark_denied(story.claims)
    mark_other_numbers(story)
    mark_requoted(story)


def without_weak_sides(disagreements: list[Disagreement], claims: list[Claim]) -> list[Disagreement]:
    """The disagreements, each without the claims it reaches only through weaker matches (once the
    claims' ``weak`` and ``weak_sentences`` are set): a claim whose every sentence of the disagreement
    is a weaker match, and whose own "What differs" shows none of it as a conflict, is no side of it
    ("Five were hurt, two of them badly", a weaker match of "A second victim later died at the
    clinic", does not make that claim a side of the count of the hurt; an audit read the link as
    false). A disagreement every claim of which is so keeps them all."""
    by_id = {c.id: c for c in claims}
    out = []
    for d in disagreements:
        kept = tuple(i for i in d.claims if i not in by_id or _firm_side(by_id[i], d))
        out.append(replace(d, claims=kept) if kept and len(kept) < len(d.claims) else d)
    return out


def mark_denied(claims: list[Claim]) -> None:
    """Set each claim's ``denied``: the outlets on the other side from its heading's outlet of a
    negation conflict among its differences ("USA Today says the opposite of what A and B report"),
    each with all its values on that side, none a weaker match (once ``weak`` is set). They tell the
    claim's fact otherwise: audit 204 read "2 of 5 outlets reported this" of a claim whose page also
    said one of the two said the opposite."""
    for claim in claims:
        claim.denied = []
        heading = next((m.outlet for m in claim.members if m.key == claim.heading_key), None)
        for x in claim.differences:
            if x.kind != "negation" or not x.conflict or heading not in x.by_outlet:
                continue
            side = {o: {v.startswith("not ") for v in vs} for o, vs in x.by_outlet.items() if vs}
            if len(side.get(heading, ())) != 1:
                continue
            claim.denied += [
                o
                for o, sides in side.items()
                if o != heading
                and len(sides) == 1
                and sides != side[heading]
                and o not in claim.weak
                and o not in claim.denied
            ]


def _numbers_in(text: str) -> set[float]:
    """The numbers a text gives, in figures or words ("four", "116", "third"), each as its value: every
    cardinal and ordinal word, where ``number.numbers`` reads a few words and no ordinal ("third" must
    meet "four" as 3, "fourth" as 4)."""
    found = set()
    for word in re.findall(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+", text):
        if word[0].isdigit():
            found.add(float(word.replace(",", "")))
        elif (value := CARDINALS.get(word.lower()) or ORDINALS.get(word.lower())) is not None:
            found.add(float(value))
    return found


def mark_other_numbers(story: Story) -> None:
    """Set each claim's ``other_numbers``: the outlets it counts as reporting (once ``weak``, ``denied``
    are set) that, in a numbers conflict among its differences that "Where outlets differ" lists too
    (a numbers disagreement holding their sentence here and the heading's outlet's), give only other
    figures than the heading's outlet (none of its figures in their sentences here), where no more
    outlets give other figures than give the heading's. They tell the claim's fact with another value:
    audit 240 read "all 3 outlets reported this" of a claim whose page set one outlet's "third crash"
    against the heading's "four deadly crashes", a disagreement the story page listed. Where the
    heading's figure is the fewer outlets', its outlet is as likely the one that differs: none is
    marked."""
    for claim in story.claims:
        claim.other_numbers = []
        heading = next((m.outlet for m in claim.members if m.key == claim.heading_key), None)
        keys = {m.key for m in claim.members}
        listed = [{m.outlet for m in d.members if m.key in keys} for d in story.disagreements if d.kind == "numbers"]
        for x in claim.differences:
            if x.kind != "numbers" or not x.conflict or not x.by_outlet.get(heading):
                continue
            giving = [o for o, values in x.by_outlet.items() if values]
            apart = [
                o for o in giving if o != heading and _other_figures(claim, o, x.by_outlet[o], x.by_outlet[heading])
            ]
            if len(apart) <= len(giving) - len(apart):
                claim.other_numbers += [
                    o
                    for o in apart
                    if o in claim.reporting
                    and o not in claim.other_numbers
                    and any({o, heading} <= outlets for outlets in listed)
                ]


def _other_figures(claim: Claim, outlet: str, values: list[str], heading: list[str]) -> bool:
    """Whether an outlet's values of a numbers conflict are all other than the heading's outlet's, and
    its sentences in the claim give none of the heading's figures."""
    said = set().union(*(_numbers_in(m.text) for m in claim.members if m.outlet == outlet))
    return not same_values("numbers", values, heading) and not said & set().union(*map(_numbers_in, heading))


# Words in a row a sentence must quote of the heading's quotation to quote the heading's remark.
QUOTED_WORDS = 3


def _may_quote(sentence: Sentence, runs: set[tuple[str, ...]]) -> bool:
    """Whether a sentence may quote some of the words ``runs`` holds: a run of them inside its
    quotation marks, or a quotation mark not closed in it (a quote running on: its words are unknown)."""
    quotes = QUOTATION.findall(sentence.text)
    if not quotes:
        return any(mark in sentence.text for mark in '“”"')
    return any(runs & word_runs(q, QUOTED_WORDS) for q in quotes)


def mark_requoted(story: Story) -> None:
    """Set each claim's ``requoted``: the outlets it holds (none a weaker match, once ``weak`` is set)
    that quote its heading's remark in other words in another claim (a side of a quotes disagreement
    across claims, the heading on the other) and none of the heading's quoted words in their sentences
    here, which tell another remark. They tell the heading's remark otherwise: audit 231 read "3 of 5
    outlets reported this" counting an outlet for another remark of the speaker's, while its own words
    of the heading's remark stood under "The other side"."""
    for claim in story.claims:
        claim.requoted = []
        heading = next((m for m in claim.members if m.key == claim.heading_key), None)
        if heading is None or claim.checked:
            continue
        keys = {m.key for m in claim.members}
        for d in story.disagreements:
            if d.kind != "quotes" or claim.id not in d.claims or len(d.claims) < 2 or heading not in d.members:
                continue
            mine = d.values.get(heading.outlet, [])
            # The heading's words of this remark, and of any other it quotes (a sentence here quoting
            # another remark the heading quotes tells the heading too).
            runs = set().union(*(word_runs(v, QUOTED_WORDS) for v in [*mine, *QUOTATION.findall(heading.text)]))
            claim.requoted += [
                o
                for o in dict.fromkeys(m.outlet for m in d.members if m.key not in keys)
                if o in claim.outlets
                and o != heading.outlet
                and o not in claim.weak
                and o not in claim.denied
                and o not in claim.requoted
                and runs
                and not same_values(d.kind, d.values.get(o, []), mine)
                and not any(_may_quote(m, runs) for m in claim.members if m.outlet == o)
            ]


# Words in a row two speakers' quotes must share to be one remark given to two people.
SAME_REMARK_WORDS = 4


def _a_name(speaker: str) -> bool:
    """Whether a speaker is named as a person ("Ann Roe", "Mayor Roe"), not described ("one harbour
    official") or a body ("Harbour Police")."""
    words = speaker.split()
    return all(w[:1].isupper() for w in words) and words[-1] not in _BODIES


def _a_quote(story: Story, sentence: Sentence) -> bool:
    """Whether a sentence gives someone's words: at least as many of its words inside its quotation
    marks as outside them (a tag, "Ann Roe told the harbour board on Friday"); or, with no mark, inside a
    quotation begun before it in its paragraph (``align.quote_edges``)."""
    if _QUOTE_MARK.search(sentence.text):
        outside = len(re.findall(r"[^\W\d_]+", _outside(sentence.text).replace("…", "")))
        return 2 * outside <= len(re.findall(r"[^\W\d_]+", sentence.text))
    article = next((a for a in story.articles if a.source == sentence.source), None)
    if article is None or not 0 <= sentence.paragraph < len(article.paragraphs):
        return False
    paragraph = article.paragraphs[sentence.paragraph].text
    at = paragraph.find(sentence.text)
    return quote_edges(sentence.text, paragraph[:at] if at > 0 else "")[0]


def _name_words(speaker: str) -> set[str]:
    """A speaker's words that name them, in lower case: titles aside ("Mayor Ann Roe" and "Mayor Tom
    Bell" are two people)."""
    return {w.lower() for w in speaker.replace(".", " ").split() if w not in TITLES}


def _quoted_or_whole(text: str) -> list[str]:
    """The words a sentence quotes, or the sentence itself where it quotes none (a sentence inside a
    quotation begun before it)."""
    return QUOTATION.findall(text) or [text]


def mark_other_speakers(story: Story) -> None:
    """Set each claim's ``other_speakers`` and add them to its ``weak``: the outlets it counts as
    reporting (once ``weak`` is set) whose every sentence here quotes a named person other than the
    one the heading's remark is given to (no word of their names in common, titles aside), and none of
    the heading's quoted words (``SAME_REMARK_WORDS`` in a row: "state and local" is anyone's). They
    give another person's words, which may not tell the remark: audit 236 read "All 3 outlets reported
    this" of a president's statement, one outlet counted for a cabinet secretary's. A claim an editor
    checked is left as it is. Who speaks is read only for the claims whose heading and some other
    outlet's sentences are all quotes (reading the story's quotations is slow)."""
    candidates: dict[str, list[str]] = {}
    for claim in story.claims:
        claim.other_speakers = {}
        head = next((m for m in claim.members if m.key == claim.heading_key), None)
        if head is None or claim.checked or len(claim.outlets) < 2 or not _a_quote(story, head):
            continue
        runs = set().union(*(word_runs(q, SAME_REMARK_WORDS) for q in _quoted_or_whole(head.text)))
        quoting = [
            o
            for o in claim.reporting
            if o != head.outlet
            and all(_a_quote(story, m) for m in claim.members if m.outlet == o)
            and not any(
                runs & word_runs(q, SAME_REMARK_WORDS)
                for m in claim.members
                if m.outlet == o
                for q in _quoted_or_whole(m.text)
            )
        ]
        if quoting:
            candidates[claim.id] = quoting
    if not candidates:
        return
    speaking = story_context(story).speaking
    reported: set[str] = set()
    headings = heading_speakers(story, reported, set(candidates), speaking)
    for claim in story.claims:
        if claim.id not in candidates or claim.id in reported:
            continue
        head = next(m for m in claim.members if m.key == claim.heading_key)
        keys = [m.key for m in claim.members]
        said = headings.get(claim.id)
        if said is None and QUOTATION.search(head.text):
            said = speaking.whose(head.key, speaking.reading(head.key, True), keys)[0]
        if not said or not _a_name(said):
            continue
        named = _name_words(said)
        for outlet in candidates[claim.id]:
            mine = [m for m in claim.members if m.outlet == outlet]
            whose = [speaking.whose(m.key, speaking.reading(m.key, True), keys)[0] for m in mine]
            if all(w and _a_name(w) and not named & _name_words(w) for w in whose):
                named_here = dict.fromkeys(speaking.in_full(m.key, w) for m, w in zip(mine, whose, strict=True) if w)
                claim.other_speakers[outlet] = " and ".join(named_here)
                claim.weak.append(outlet)


def _firm_side(claim: Claim, d: Disagreement) -> bool:
    """Whether a claim is a side of a disagreement (``without_weak_sides``)."""
    keys = {m.key for m in d.members}
    held = [m for m in claim.members if m.key in keys]
    firm = [m for m in held if m.outlet not in claim.weak and m.key not in claim.weak_sentences]
    shown = any(x.conflict and x.kind == d.kind and set(x.keys) & keys for x in claim.differences)
    return bool(firm) or shown or not held


def _shown_in_claims(found: list[Disagreement], claims: list[Claim]) -> list[Disagreement]:
    """The disagreements, each also a conflict among the differences of every claim that holds both
    sides of it (a name spelt two ways by two outlets of one claim): that claim's page shows it under
    "What differs", as it shows its own conflicts (an audit found a claim marked "outlets differ"
    whose page said nothing of it)."""
    by_id = {c.id: c for c in claims}
    shown: set[tuple[str, ...]] = set()  # (claim, sentences): one name's two words spelt once each
    for d in found:
        for claim_id in d.claims:
            claim = by_id[claim_id]
            keys = {m.key for m in claim.members}
            held = [m for m in d.members if m.key in keys]
            outlets = {m.outlet for m in held}
            seen = (claim_id, *sorted(m.key for m in held))
            # Both sides held, not two outlets of one side ("Vicente" twice against another's "Vincente").
            sides = [d.values.get(o, []) for o in sorted(outlets)]
            apart = any(not same_values(d.kind, x, y) for i, x in enumerate(sides) for y in sides[i + 1 :])
            if len(outlets) > 1 and apart and seen not in shown:
                shown.add(seen)
                values = {o: v for o, v in d.values.items() if o in outlets}
                claim.differences.append(Difference(d.kind, d.summary, values, True, tuple(m.key for m in held)))
    return found


def _name_pairs(text: str) -> set[tuple[str, str]]:
    """A sentence's names of a person as (first, last) word pairs: two capitalised words side by side
    in a name (``names``), neither a title, an office's word or a people's adjective."""
    out = set()
    for name in names(text):
        words = [w for w in name.split() if w not in TITLES and w not in TITLE_MODIFIERS and w not in DEMONYMS]
        out |= {(a, b) for a, b in itertools.pairwise(words) if a[:1].isupper() and b[:1].isupper()}
    return out


def _misspelt(a: str, b: str, story_words: set[str]) -> bool:
    """Two words of a name one keystroke apart (``one_typo``: "Vincente" / "Vicente"), neither a plural
    of the other, a given name and its short form, nor a word the story writes in lower case (a common
    word, capitalised in a title)."""
    if a == b or not one_typo(a, b) or a.rstrip("s") == b.rstrip("s"):
        return False
    if b in NICKNAMES.get(a, ()) or a in NICKNAMES.get(b, ()):
        return False  # a given name and its short form ("Steven" / "Steve")
    return a.lower() not in story_words and b.lower() not in story_words


def spellings(story: Story) -> list[Disagreement]:
    """A person's name spelt two ways by different outlets ("Vincente Roa" / "Vicente Roa": one word
    one keystroke away, the other the same), each spelling written by outlets that never write the
    other anywhere in their articles (a word of it alone counts): one of them misspells it. Listed
    once per name, with the first sentence of each outlet that writes it and the claims that hold
    those sentences; a name accented two ways is a house style, not a misspelling (``one_typo``)."""
    sentences = sorted({m.key: m for c in story.claims for m in c.members}.values(), key=lambda s: (s.source, s.index))
    story_words = {w for s in sentences for w in re.findall(r"\b[a-z]+\b", s.text)}
    texts: dict[str, str] = {}  # by outlet: its articles' words
    for a in story.articles:
        texts[a.outlet] = " ".join([texts.get(a.outlet, ""), a.title or "", *(p.text for p in a.paragraphs)])
    first: dict[tuple[str, str], dict[str, Sentence]] = {}  # spelling -> outlet -> its first sentence
    for s in sentences:
        for pair in _name_pairs(s.text):
            first.setdefault(pair, {}).setdefault(s.outlet, s)
    found = []
    for x, y in itertools.combinations(sorted(first), 2):
        same = [i for i in (0, 1) if x[i] == y[i]]
        if len(same) != 1 or not _misspelt(x[1 - same[0]], y[1 - same[0]], story_words):
            continue
        ox, oy = first[x], first[y]
        k = 1 - same[0]
        if (
            set(ox) & set(oy)
            or any(_word_in(y[k], texts.get(o, "")) for o in ox)
            or any(_word_in(x[k], texts.get(o, "")) for o in oy)
        ):
            continue  # an outlet writes both, anywhere in its article: its own two spellings, or two people
        values = {o: [" ".join(x)] for o in ox} | {o: [" ".join(y)] for o in oy}
        sides = "; ".join(f"{' and '.join(sorted(os))}: {' '.join(n)}" for n, os in ((x, ox), (y, oy)))
        members = tuple(sorted([*ox.values(), *oy.values()], key=lambda s: (s.outlet, s.index)))
        keys = {m.key for m in members}
        claims = tuple(dict.fromkeys(c.id for c in story.claims if any(m.key in keys for m in c.members)))
        found.append(Disagreement("names", f"One name spelt two ways ({sides}).", claims, members, values, True))
    return found


def _with_home_claims(d: Disagreement, claims: list[Claim]) -> Disagreement:
    """The disagreement, linked also to each claim headed by one of its sentences: the claim a reader
    finds that sentence under ("Found in one outlet only", where a sentence placed only as a further
    member of other facts' claims has a claim of its own), whose page then shows the other side (an
    audit found a count of the injured linked to claims about other facts of the same lead, and not to
    the claims of the two sentences that disagree)."""
    keys = {m.key for m in d.members}
    linked = list(dict.fromkeys([*d.claims, *(c.id for c in claims if c.heading_key in keys)]))
    return replace(d, claims=tuple(linked)) if len(linked) > len(d.claims) else d


def _with_detail_claims(d: Disagreement, claims: list[Claim]) -> Disagreement:
    """The disagreement, linked also to each claim that gives one of its values as a detail ("only A
    gives nearly 30,000 teachers") from a sentence of the disagreement's own (not one joined as a
    further fact): that claim's page shows the other side rather than leave the reader to think no
    other outlet gives a figure."""
    keys = {m.key for m in d.members}
    linked = list(d.claims)
    for claim in claims:
        if claim.id in linked:
            continue
        own = {m.outlet for m in claim.members if m.key in keys and m.key not in claim.joined}
        if any(
            not x.conflict and x.kind == d.kind and same_values(d.kind, x.by_outlet.get(o, []), d.values.get(o, []))
            for x in claim.differences
            for o in own
        ):
            linked.append(claim.id)
    return replace(d, claims=tuple(linked)) if len(linked) > len(d.claims) else d


def _told(claim: Claim, likely: Likely | None) -> set[str] | None:
    """The members the fact signal finds telling the claim: likely (``WEAK_MATCH``) to state a fact with
    another outlet's member. Only they give details ("only X gives ..."): a sentence grouped by topic
    or a shared name gives values of another fact (a browser audit: of the details this leaves out at
    0.5, 13 of 24 were false or from such a sentence, against 61 of 165 of all details; at 0.6, 26 of
    52; benchmarks/README.md). The pages' stricter "a weaker match" (``HEADING_MATCH`` against the
    heading sentence) is not used here: over two later audits' 102 details it would have left out 25
    true ones with 11 imprecise and 5 false, the share of true details kept the same (0.64 against
    0.63). Nor does a sentence that joined the claim as a further fact (a lead that
    tells several): as in the conflicts, its values may be another fact's (two audits' labelled
    details: of the 55 this leaves out, 30 were false or from such a sentence). All of them without
    the signal, or when an editor checked the claim."""
    if likely is None or claim.checked:
        return None
    return {
        m.key
        for m in claim.members
        if m.key not in claim.joined
        and any(likely(m.key, n.key) >= WEAK_MATCH for n in claim.members if n.outlet != m.outlet)
    }


def _drop_opposites(story: Story, across: dict[tuple[str, str, str], list[Conflict]]) -> None:
    """Take out of a claim a sentence that joined it as a further fact but says the opposite of it (a
    negation across two claims: "Kyiv had not been informed" joined "officials were informed"): it
    does not report that claim, and its outlet must not be counted as reporting it."""
    by_id = {c.id: c for c in story.claims}
    for (kind, ca, cb), conflicts in across.items():
        if kind != "negation":
            continue
        for c in conflicts:
            for sentence, other in ((c.a, by_id[cb]), (c.b, by_id[ca])):
                if sentence.key in other.joined:
                    other.members = [m for m in other.members if m.key != sentence.key]
                    other.joined.discard(sentence.key)
                    other.parts.pop(sentence.key, None)


def _figures(d: Disagreement) -> dict[str, list[str]]:
    """A disagreement's values by outlet, a figure without the words said with it for what befell the
    people counted ("wounding two others" and "two others were hurt" are one value, "two others")."""
    if d.kind != "numbers":
        return d.values
    return {o: list(dict.fromkeys(figure_only(v) for v in vs)) for o, vs in d.values.items()}


def _among(kind: str, values: dict[str, list[str]], earlier: dict[str, list[str]]) -> bool:
    """Whether every outlet's values are among those the earlier disagreement gives for that outlet, or
    hold one of them (a quote found again in its whole quotation, "We will not pay. It is useless"
    beside "We will not pay")."""
    return bool(values) and all(
        any(v == u or (kind == "quotes" and _holds(v, u)) for u in earlier.get(o, ()))
        for o, vs in values.items()
        for v in vs
    )


def _holds(value: str, other: str) -> bool:
    """Whether a quote's words hold the other's, in order (``quote._excerpt``)."""
    part = quote_words(other)
    return bool(part) and _excerpt([part], quote_words(value))


def _once(found: list[Disagreement]) -> list[Disagreement]:
    """The disagreements, each listed once: one whose sentences an earlier one of its kind already
    lists is not listed again, but its claims join the earlier one's (two claims that share both
    sentences both show the conflict, and the story marks both); so is one that gives the same values
    by the same outlets (one outlet's figure against the other's, found in two pairs of sentences):
    its sentences join the earlier one's too (an audit read the same two figures listed twice)."""
    out: list[Disagreement] = []
    for d in found:
        keys = {m.key for m in d.members}
        i = next(
            (
                i
                for i, e in enumerate(out)
                if e.kind == d.kind
                and (keys <= {m.key for m in e.members} or (d.values and _among(d.kind, _figures(d), _figures(e))))
            ),
            None,
        )
        # ... and one that lists an earlier one's sentences, or all its values by the same outlets, and
        # more takes its place (audit 152 read one refugee count's two listings, the second holding the first).
        wider = (
            None
            if i is not None
            else next(
                (
                    k
                    for k, e in enumerate(out)
                    if e.kind == d.kind
                    and ({m.key for m in e.members} <= keys or (e.values and _among(d.kind, _figures(e), _figures(d))))
                ),
                None,
            )
        )
        same = (
            None
            if i is not None or wider is not None
            else next((k for k, e in enumerate(out) if _one_quote_conflict(d, e)), None)
        )
        # ... and one that gives the same names as an earlier one, one sentence in common, for other
        # outlets too: one name given two ways, listed once with every outlet's (an ECB+ story listed
        # one clinic's two names three times, each with some of the outlets that used them).
        twice = (
            None
            if i is not None or wider is not None or same is not None
            else next((k for k, e in enumerate(out) if _same_names(d, e)), None)
        )
        if wider is not None:
            e = out[wider]
            members = tuple({m.key: m for m in d.members + e.members}.values())
            out[wider] = replace(d, claims=tuple(dict.fromkeys(e.claims + d.claims)), members=members)
        elif i is not None:
            members = tuple({m.key: m for m in out[i].members + d.members}.values())
            out[i] = replace(out[i], claims=tuple(dict.fromkeys(out[i].claims + d.claims)), members=members)
        elif same is not None:  # the one of more outlets is listed, with the sentences and claims of both
            e = out[same]
            wide, narrow = (d, e) if len(d.values) > len(e.values) else (e, d)
            members = tuple({m.key: m for m in wide.members + narrow.members}.values())
            out[same] = replace(wide, claims=tuple(dict.fromkeys(e.claims + d.claims)), members=members)
        elif twice is not None:
            out[twice] = _with_names_of(out[twice], d)
        else:
            out.append(d)
    return out


def _same_names(d: Disagreement, e: Disagreement) -> bool:
    """Whether two names disagreements are one: a sentence in common, the same names in all, each
    outlet of both giving the same in each, and summaries said outlet by outlet (as
    ``by_outlet_parts``, so that the two can be said as one)."""
    if not (d.kind == e.kind == "names" and d.values and e.values):
        return False
    if not {m.key for m in d.members} & {m.key for m in e.members}:
        return False
    if {v for vs in d.values.values() for v in vs} != {v for vs in e.values.values() for v in vs}:
        return False
    if any(o in e.values and e.values[o] != vs for o, vs in d.values.items()):
        return False
    return all(x.summary.endswith(f" ({by_outlet_parts(x.values)}).") for x in (d, e))


def _with_names_of(e: Disagreement, d: Disagreement) -> Disagreement:
    """The earlier names disagreement ``e`` with the outlets, sentences and claims of ``d`` (``_same_names``)."""
    values = {**e.values, **{o: vs for o, vs in d.values.items() if o not in e.values}}
    label = e.summary[: -len(f" ({by_outlet_parts(e.values)}).")]
    return replace(
        e,
        summary=f"{label} ({by_outlet_parts(values)}).",
        values=values,
        members=tuple({m.key: m for m in e.members + d.members}.values()),
        claims=tuple(dict.fromkeys(e.claims + d.claims)),
    )


def _one_quote_conflict(d: Disagreement, e: Disagreement) -> bool:
    """Whether two quote disagreements are one: the outlets of one are all the other's, and each of
    them quotes, in both, the same words, one cut shorter ("[…] a generation with her […]" beside "She
    won a generation with her […]")."""
    if not (d.kind == e.kind == "quotes" and d.values and e.values):
        return False
    small, large = (d.values, e.values) if len(d.values) <= len(e.values) else (e.values, d.values)
    return len(small) > 1 and all(
        o in large and all(any(_holds(u, v) or _holds(v, u) for u in large[o]) for v in vs) for o, vs in small.items()
    )
