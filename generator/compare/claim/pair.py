"""Two outlets' wordings of a claim: the ``Conflict``s between them, kind by kind, and when two
sentences are related enough to be compared."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from ...lexicon import DAYS, MONTHS
from ...model import Sentence
from ..context import Context
from ..date import date_conflicts, days_apart, first_days
from ..name import _word_in, kind_conflicts, one_word_apart
from ..negation import negation_conflict
from ..number import conversion_conflicts, counted_many, number_conflicts, ordinal_conflicts
from ..quote import attribution_conflicts, quote_conflicts, quote_pieces, quote_words, same_speaker
from ..quote.words import _excerpt
from ..text import SAME_FACT, _jaccard, content_stems

# Minimum content-word overlap (Jaccard of stems) of two sentences for a conflict to be told, inside
# one claim and between two claims. Chosen on the tuning stories (benchmarks/differences.py).
# Where the fact signal is given, ``SAME_FACT`` (``text``) decides instead of the numbers' overlap.
SAME_CLAIM_OVERLAP = 0.15
CROSS_CLAIM_OVERLAP = 0.3
NEGATION_OVERLAP = 0.15


# Half of SAME_FACT: on the tuning stories the seed's contradiction (Kyiv informed / not informed) has
# 0.47, and every other sentence pair where one negates words the other states has 0.05 or less.
NEGATION_LIKELY = SAME_FACT / 2
NUMBER_SURE = 0.9


@dataclass(frozen=True)
class Conflict:
    """Two sentences of two outlets that give different values for one thing."""

    kind: str
    a: Sentence
    b: Sentence
    value_a: str
    value_b: str


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _years(text: str) -> set[str]:
    return set(_YEAR.findall(text))


def _other_years(a: str, b: str) -> bool:
    """Both wordings name years and no year in common: two different years' figures."""
    years_a, years_b = _years(a), _years(b)
    return bool(years_a and years_b and not years_a & years_b)


# Where a wording says its event happened: a capitalised place after "in", "at" or "near", perhaps
# after words that say what kind of place ("in the southern city of Port Town", "at the Lee camp").
_PLACE_OF = re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*)"
)


def _places(text: str) -> set[str]:
    """The places a wording says things happened in (``_PLACE_OF``), days and months aside ("at
    Thursday's briefing", "in March")."""
    return {
        m.group(1) for m in _PLACE_OF.finditer(text) if m.group(1).split()[0].rstrip("’'s").lower() not in DAYS | MONTHS
    }


def _other_places(a: str, b: str) -> bool:
    """Both wordings say where their event happened, and no place in common (nor one inside the
    other's name): two events' figures ("30 killed at a school in the Lee camp" / "two killed at a
    school in Port Town"; a blind reading of ECB+ items found such a count set against another
    strike's)."""
    pa, pb = _places(a), _places(b)
    return bool(pa and pb) and not any(x in y or y in x for x in pa for y in pb)


def told_after(a: Sentence, b: Sentence, days: dict[str, date | None]) -> bool:
    """Whether every day ``a`` names falls after ``b``'s article came out and by the time ``a``'s did:
    ``b`` cannot tell that event, past for ``a`` and yet to come for ``b`` (audit 154: Wednesday
    night's crowd of "about 200" set against "nearly 100" in an article of the Monday before, about
    Monday's march). A day still to come for both (a hearing "on 19 August" / "on Tuesday") may be
    one planned event dated two ways."""
    published_a, published_b = days.get(a.source), days.get(b.source)
    if published_a is None or published_b is None:
        return False
    firsts = first_days(a.text, published_a)
    return bool(firsts) and all(day is not None and published_b < day <= published_a for day in firsts)


def events_apart(a: Sentence, b: Sentence, days: dict[str, date | None]) -> bool:
    """Whether two sentences' dates say they tell two events, so that their figures are no two values of
    one thing: one told after the other's article came out (``told_after``, either way), or the two
    dated to days apart (``date.days_apart``)."""
    return (
        told_after(a, b, days)
        or told_after(b, a, days)
        or days_apart(a.text, days.get(a.source), b.text, days.get(b.source))
    )


def pair_conflicts(
    a: Sentence,
    ta: str,
    b: Sentence,
    tb: str,
    context: Context,
    same_claim: bool,
    likely: float | None = None,
) -> list[Conflict]:
    """The conflicts between two wordings (``ta`` of sentence ``a``, ``tb`` of ``b``, other outlets);
    ``likely`` is the fact signal's probability that the two sentences state a common fact."""
    days = context.days
    if told_after(a, b, days) or told_after(b, a, days):
        return []  # two events: one outlet's came after the other outlet's article
    overlap = _jaccard(content_stems(ta), content_stems(tb))
    out: list[Conflict] = []
    need = SAME_CLAIM_OVERLAP if same_claim else CROSS_CLAIM_OVERLAP
    related = overlap >= need if likely is None else likely >= SAME_FACT
    if related and not _other_years(ta, tb) and not _other_places(ta, tb) and not events_apart(a, b, days):
        for sa, sb in number_conflicts(ta, tb, likely is not None and likely >= NUMBER_SURE):
            if (
                counted_many(context.texts.get(a.source, ""), sa.unit)
                or counted_many(context.texts.get(b.source, ""), sb.unit)
                or sa.unit in context.many_stats
            ):
                continue  # a noun the article, or the story, counts for many things ("yards" in a game report)
            out.append(Conflict("numbers", a, b, sa.surface, sb.surface))
        for u, v in ordinal_conflicts(ta, tb) + conversion_conflicts(ta, tb):
            out.append(Conflict("numbers", a, b, u, v))
    if same_claim:
        for x, y in date_conflicts(ta, tb, days.get(a.source), days.get(b.source)):
            out.append(Conflict("dates", a, b, x, y))
    if related:
        for x, y in one_word_apart(ta, tb) + kind_conflicts(ta, tb):
            # An outlet that uses the other's name too, anywhere in its article, knows both things
            # ("North Valley Health", the hospital's owner, and "North Valley Hospital"): two
            # things named, not one thing named two ways.
            if not (
                _word_in(y, context.texts.get(a.source, ""), True) or _word_in(x, context.texts.get(b.source, ""), True)
            ):
                out.append(Conflict("names", a, b, x, y))
    if related:  # quotes of sentences about something else are other utterances
        whole_a, whole_b = context.quotations.get(a.key, ()), context.quotations.get(b.key, ())
        for x, y in quote_conflicts(ta, tb, likely, whole_a, whole_b):
            # An outlet that also quotes the other's words, elsewhere in its article, quotes two
            # utterances (two questions of one list), not one worded differently.
            if _quoted_in(context.texts.get(b.source, ""), x) or _quoted_in(context.texts.get(a.source, ""), y):
                continue
            # A chant is said over and over by many, with its words varied: two outlets that print it
            # two ways may both be right ("how long will you wait ..." / "how long did you wait ...").
            if _CHANTED.search(ta) or _CHANTED.search(tb):
                continue
            # Posted words are copied, not heard: two outlets that print a post with other words in
            # several places quote two posts (audit 119: one man's two posts of a month, "... enter
            # their country" / "... into our Country"); a one-word slip is one post misquoted.
            posted = all(_POSTED.search(_paragraph(context.texts.get(s.source, ""), s.text)) for s in (a, b))
            if posted and _words_apart(x, y) >= POSTS_APART:
                continue
            out.append(Conflict("quotes", a, b, x, y))
        # The same long quote given to two named speakers: one utterance, two people said to have
        # made it; the words themselves show it is one utterance, inside a claim or across two.
        for x, y in attribution_conflicts(ta, tb):
            out.append(Conflict("attribution", a, b, x, y))
    # One states what the other denies: about one fact, so, with the signal, only for sentences it finds
    # at least NEGATION_LIKELY likely to state one (sentences that merely share a negated word are not).
    plausible = same_claim or likely is None or likely >= NEGATION_LIKELY
    # Two named speakers ("Doyle said" / "Moss said") are two people's words, not outlets that
    # contradict each other.
    if (overlap >= NEGATION_OVERLAP or same_claim) and plausible and same_speaker(ta, tb):
        for neg, pos, tneg, tpos in ((a, b, ta, tb), (b, a, tb, ta)):
            # The stating side's whole sentence too: a claim's part of it may leave out the negation
            # its clause carries ("there was" / "no sign at all that ...").
            words = negation_conflict(tneg, tpos) and negation_conflict(tneg, pos.text)
            if words and _jaccard(content_stems(tneg), content_stems(tpos)) >= NEGATION_OVERLAP:
                out.append(Conflict("negation", neg, pos, "not " + sorted(words)[0], sorted(words)[0]))
    return out


_CHANTED = re.compile(r"\bchant(?:s|ed|ing)?\b", re.IGNORECASE)
_POSTED = re.compile(r"\b(?:tweet(?:s|ed)?|posted|retweeted|on Twitter|on Facebook|on Instagram)\b", re.IGNORECASE)


POSTS_APART = 2  # words one printing of a post has and the other has not, at least, for two posts


def _words_apart(x: str, y: str) -> int:
    """How many words of the larger side two quotes do not share in order (``quote_words``)."""
    wx, wy = quote_words(x), quote_words(y)
    shared = sum(block.size for block in SequenceMatcher(None, wx, wy, autojunk=False).get_matching_blocks())
    return max(len(wx), len(wy)) - shared


def _paragraph(article: str, sentence: str) -> str:
    """The line of the article that holds the sentence (the sentence itself where none does): a quote's
    tag may stand in another sentence of its paragraph."""
    return next((line for line in article.splitlines() if sentence in line), sentence)


def _quoted_in(text: str, quote: str) -> bool:
    """Whether the text has the quote's words (an excerpt of them in order, ``_excerpt``)."""
    return bool(text) and any(_excerpt(quote_pieces(quote), w) for w in _text_forms(text))


@lru_cache(maxsize=1 << 10)  # an article is read once for all its claims
def _text_forms(text: str) -> tuple[tuple[str, ...], ...]:
    """An article's words as quotes compare them (``_quote_forms``)."""
    return tuple(_quote_forms(text))


def _quote_forms(text: str) -> list[tuple[str, ...]]:
    """A text's words as quotes compare them (``quote_words``), and again with the words an editor
    put in brackets read as words ("fix [the] pier" is "fix pier" and "fix the pier")."""
    return list(dict.fromkeys([quote_words(text), quote_words(text.replace("[", " ").replace("]", " "))]))
