"""Who quotes what in a claim: quotes only some outlets give, and quotes another outlet prints
tidied, shortened or elsewhere in its article."""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Claim
from ...segment import QUOTATION
from ..negation import NEGATION
from ..quote import (
    MIN_QUOTE_WORDS,
    QUOTE_OVERLAP,
    _excerpt,
    _inner_change,
    _speaker_label,
    quote_pieces,
    quote_words,
    speakers,
    word_for_word,
)
from ..text import _jaccard
from .summary import _clip

# A quoted word or two may be a term held at a distance ("the so-called “reform”", a title in
# quotation marks) rather than someone's words: an outlet whose only quotes are that short is not
# said to be the one that "quotes here" (what it quotes is still listed beside other outlets' quotes).
MIN_DETAIL_QUOTE_WORDS = 3


def _someones_words(found: list[str]) -> bool:
    """Whether a quote of ``found`` is someone's words: ``MIN_DETAIL_QUOTE_WORDS`` words or more."""
    return any(len(q.split()) >= MIN_DETAIL_QUOTE_WORDS for q in found)


def _with_speaker(claim: Claim, outlet: str, quote: str) -> str:
    """A quote as a detail prints it, with the speaker its sentence names ("Ann Roe: “...”"): quotes of
    two people in one claim are not variants of one person's words (a browser audit read a board
    president's words set beside the mayor's so)."""
    for m in claim.members:
        if m.outlet == outlet and quote.strip(" .,;:") in m.text and speakers(m.text):
            label = _speaker_label(m.text)
            # Only a name as the sentence writes it ("said Ann Roe", not "U.S." read as "S", nor the
            # state of "D-Maryland"), outside the quote.
            found = re.search(rf"(?<![\w.’'-]){re.escape(label)}(?![\w-])", QUOTATION.sub(" ", m.text))
            if found and not re.search(r"\b(?:of|from|in)\s+$", m.text[: found.start()]):  # "X of Maryland, ..."
                return f"{label}: “{_clip(quote)}”"
    return f"“{_clip(quote)}”"


def _quotes_part_of(text: str, quote: str) -> bool:
    """Whether the text quotes a part of the quote (``MIN_DETAIL_QUOTE_WORDS`` words or more): the
    same words, fewer of them."""
    whole = quote_words(quote)
    return any(_excerpt(list(pieces), whole) for pieces in _long_quotes(text))


@lru_cache(maxsize=1 << 10)  # an article is read once for all its claims
def _long_quotes(text: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The pieces (``quote_pieces``) of each quote of the text of ``MIN_DETAIL_QUOTE_WORDS`` words or more."""
    return tuple(tuple(quote_pieces(r)) for r in QUOTATION.findall(text) if len(r.split()) >= MIN_DETAIL_QUOTE_WORDS)


def _tidied_in(text: str, quote: str) -> bool:
    """Whether the text quotes the same words tidied: a quote of it that shares most of the quote's
    words (``TIDIED_SHARE``) and differs from it only as outlets tidy one utterance ("[It is a costly plan
    that] should never have been approved" / "should have never been approved"), by words at either end,
    words moved or one small word inside (``quote._inner_change``); or a long quote nearly word for
    word (``quote.word_for_word``: "depending on the tide, visitors may" /
    "depending upon the tide, those visitors may"): one utterance, told as a conflict if anything."""
    words = sum(quote_pieces(quote), ())
    if len(words) < MIN_DETAIL_QUOTE_WORDS:
        return False
    for pieces in _long_quotes(text):
        other = sum(pieces, ())
        if not other:
            continue  # a quote of editorial insertions and articles only ("(applause) (laughter) (cheers)")
        shared = len(set(words) & set(other)) / min(len(set(words)), len(set(other)))
        if shared >= TIDIED_SHARE and not _inner_change(words, other):
            return True
        if word_for_word(words, other):
            return True
    return False


TIDIED_SHARE = 0.6


def _requoted_in(text: str, quote: str) -> bool:
    """Whether the text quotes the same utterance in other words: a quote of it sharing at least half
    its words with the quote (``quote.QUOTE_OVERLAP``), as quotes of one utterance worded differently
    do. An outlet that quotes it so elsewhere in its article quotes it (an audit read "tells it without
    a quote" of an outlet that quoted the remark, worded its own way, in its next sentence)."""
    words = set(sum(quote_pieces(quote), ()))
    if len(words) < MIN_QUOTE_WORDS:
        return False
    return any(
        len(other := set(sum(pieces, ()))) >= MIN_QUOTE_WORDS and _jaccard(words, other) >= QUOTE_OVERLAP
        for pieces in _long_quotes(text)
    )


def _shortened(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one quote is the other shortened without marking the cuts: every word of the shorter
    (four or more) in the longer, in order, with at most three words left out between them and none
    of them a negation ("we are under pressure" in "we are under a lot of pressure to finish the
    pier"; not "the pier will open" in "the pier will not open"). One remark told shorter, not words
    only one outlet quotes."""
    short, long = sorted((a, b), key=len)
    if len(short) < SHORTENED_WORDS:
        return False
    for start in (i for i, w in enumerate(long) if w == short[0]):
        at, k, skipped = start, 0, list[str]()
        while at < len(long) and k < len(short) and len(skipped) <= SHORTENED_GAP:
            if long[at] == short[k]:
                k += 1
            else:
                skipped.append(long[at])
            at += 1
        if k == len(short) and len(skipped) <= SHORTENED_GAP and not set(skipped) & _NEGATING:
            return True
    return False


SHORTENED_WORDS = 4
SHORTENED_GAP = 3
_NEGATING = {w[:5] for w in NEGATION}  # as quote words: cut to five letters, "didn't" -> "did", "n't"
