"""One utterance quoted two ways: one speaker's words worded differently (a conflict, told only on
strong evidence), quoted alike, or given to two different named speakers (attribution)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from ...lexicon import STOP_WORDS
from ...segment import QUOTATION as _QUOTE
from ..text import SAME_FACT, _jaccard
from .speakers import _speaker_label, same_speaker, speakers
from .words import (
    _SMALL_WORDS,
    _TITLE_WORDS,
    _excerpt,
    _quotes,
    content_quote_words,
    quote_pieces,
    quote_words,
    quotes,
    unmask,
)


def _one_utterance(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Strong signs that two quotes differ in wording for one utterance (for sentences the fact signal
    finds likely to state one fact): the same first three words, one of them a content word ("Had
    the crew arrived" / "Had the crew been able to arrive"), and a third of their words shared: two
    quotes that open with the same three small words were two utterances of one speaker (a tuning
    story). A quote whose words all appear in the other's is not enough: outlets trim
    quotes without marking the cut, and a trimmed quote is no disagreement."""
    opening = a[:3] == b[:3] and any(w not in STOP_WORDS and len(w) > 2 for w in a[:3])
    return opening and _jaccard(set(a), set(b)) >= ONE_UTTERANCE_OVERLAP


def attribution_conflicts(a: str, b: str) -> list[tuple[str, str]]:
    """The same words given to two different named speakers ("..., said Ann Roe" / "..., Commissioner
    Lee said"): quotes of at least ``ATTRIBUTED_WORDS`` words each that share nearly all their words
    (``ATTRIBUTED_OVERLAP``), in sentences that each name a speaker and no name in common."""
    if same_speaker(a, b) or not speakers(a) or not speakers(b) or _names_other(a, b) or _names_other(b, a):
        return []
    for qa in _quotes(a):
        for qb in _quotes(b):
            if word_for_word(quote_words(qa), quote_words(qb)):
                return [(_speaker_label(a), _speaker_label(b))]
    return []


def _names_other(a: str, b: str) -> bool:
    """Whether b names a's speaker (as ``_speaker_label`` reads it) anywhere outside its quotes ("said
    Acme Labs analyst Bo Lee" / "said Bo Lee, an analyst at Acme Labs"): one
    person described two ways."""
    rest = _QUOTE.sub(" ", b)
    return re.search(rf"(?<![\w-]){re.escape(_speaker_label(a))}(?![\w-])", rest) is not None


def word_for_word(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two long quotes (``ATTRIBUTED_WORDS`` words or more each) nearly word for word (``ATTRIBUTED_OVERLAP``
    of their words shared): one utterance, however its small words were tidied."""
    return min(len(a), len(b)) >= ATTRIBUTED_WORDS and _jaccard(set(a), set(b)) >= ATTRIBUTED_OVERLAP


ATTRIBUTED_WORDS = 8
ATTRIBUTED_OVERLAP = 0.8


def quoted_alike(a: str, b: str) -> bool:
    """Whether two sentences quote one remark whole, word for word (``quote_words``), three words or
    more ("Who goes there?" / "who goes there!"), and name no two speakers for it. (A shared run of five
    quote words is not enough where the alignment has not joined the two: of such pairs on the tuning
    stories, 4 of 11 were one remark; "thoughts and prayers are with ..." was two people's.)"""
    qa, qb = {quote_words(q) for q in quotes(a)}, {quote_words(q) for q in quotes(b)}
    return any(len(x) >= 3 for x in qa & qb) and same_speaker(a, b)


def one_quote(a: str, b: str) -> bool:
    """Whether two sentences quote the same words (``SAME_QUOTE`` of the shorter quote's content words,
    three or more, in the other's; a sentence without quotation marks, a quote's middle, counts as all
    quote), two of them no name's: two quotes that name the story's subject ("the Harbour Gazette")
    are not the same words for that (an audit: a witness's words given to the police chief)."""
    named = set(quote_words(" ".join(re.findall(r"(?<=[\w,;’'] )[A-Z][\w’'-]*", f"{a} {b}"))))
    wa, wb = content_quote_words(a, True), content_quote_words(b, True)
    if len((wa & wb) - named) < 2:
        return False
    least = min(len(wa), len(wb))
    return least >= 3 and len(wa & wb) >= SAME_QUOTE * least


SAME_QUOTE = 0.6


def _inner_change(a: tuple[str, ...], b: tuple[str, ...], inside: bool = False) -> bool:
    """Whether the two quotes differ where cutting a longer statement cannot explain it: a word
    changed ("end of May" / "end of June"), or added or left out with shared words on both sides
    ("saved 12 of [some of] the oldest"). Quotes that differ only by words one has at its start or end
    (one runs on where the other stops, or starts earlier) are two cuts of a longer statement, each
    true to it: no disagreement."""
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    if not any(tag == "equal" for tag, *_ in ops):
        return False

    def anchored(i: int) -> bool:  # shared words on both sides, more than one small word each
        return all(
            0 <= k < len(ops) and ops[k][0] == "equal" and _anchor(a[ops[k][1] : ops[k][2]]) for k in (i - 1, i + 1)
        )

    inner = [
        (a[i1:i2], b[j1:j2])
        for i, (tag, i1, i2, j1, j2) in enumerate(ops)
        if ((tag == "replace" and not inside) or (tag != "equal" and anchored(i)))
        and not _one_spelling("".join(a[i1:i2]), "".join(b[j1:j2]))
        and not _acronym(a[i1:i2], b[j1:j2])
        and not (tag == "insert" and _doubled(b, j1, j2))
        and not (tag == "delete" and _doubled(a, i1, i2))
    ]
    return _substantive(inner)


def _anchor(words: tuple[str, ...]) -> bool:
    """Shared words that place a change inside one statement: two or more, or one content word (a
    lone "It" before "[is a costly mistake that] should never have been approved" may open two
    sentences)."""
    return len(words) >= 2 or any(w not in _SMALL_WORDS for w in words)


def _substantive(changes: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> bool:
    """Whether the words changed inside two quotes amount to another wording: two words or more, one
    content word, or one small word that changes what is said (``_TELLING``: "approved by [any] board",
    "for [our] plan", "is ready [and] will go"). Another small word dropped or added ("approved
    by [the] board", "never[, ever]"), a vocative ("The plan[, Mr. President,] should") or the same
    words in another order ("should never have" / "should have never") is how an outlet tidies a
    quote, not another wording."""
    removed = [w for x, _ in changes for w in x]
    added = [w for _, y in changes for w in y]
    moved = set(removed) & set(added)
    words = [w for w in removed + added if w not in moved and w not in _TITLE_WORDS]
    return len(words) >= 2 or any(w not in _SMALL_WORDS or w in _TELLING for w in words)


# Small words that change what a quote says (cut to five letters, as ``quote_words`` cuts): how many
# or which ("any", "all", "only"), who or whose ("our", "them") and what joins two statements ("and",
# "but", "because"). "No", "not" and "nor" are content words already.
_TELLING = {
    "any", "all", "some", "every", "each", "both", "eithe", "only", "never",
    "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them",
    "their", "and", "or", "but", "becau", "if", "unles",
}  # fmt: skip


def _cut_from(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the shorter quote is the longer one's words between two of its points, changed inside:
    its first and last words and nearly all the others (``CUT_MATCHED``) found in order in the longer,
    and most words shared (``QUOTE_OVERLAP``) with the stretch of it they span ("I know you are [a
    bit] tired" in "Mr. Mayor, I know you are a bit tired of this, but ..."). A shorter quote that
    opens or ends with words of its own ("It is [an honour]" / "To serve the town is an honour") says the
    cut part its own way, as outlets do around a quote."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    blocks = [m for m in SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks() if m.size]
    if not blocks or blocks[0].a != 0 or blocks[-1].a + blocks[-1].size != len(short):
        return False
    if sum(m.size for m in blocks) < CUT_MATCHED * len(short):
        return False
    spanned = long_[blocks[0].b : blocks[-1].b + blocks[-1].size]
    return _jaccard(set(short), set(spanned)) >= QUOTE_OVERLAP


CUT_MATCHED = 0.8


def stretch(quote: str, shorter: str) -> str:
    """The part of a long quote that a shorter quote of the same words spans, as the long one prints it,
    with "[…]" where it goes on ("[…] to fix the pier before the storms […]"); the whole quote when the
    shorter one's first and last words are not found in it, in order."""
    spans: list[tuple[int, int]] = []  # the characters of each of the quote's words (``quote_words``)
    words: list[str] = []
    for m in re.finditer(r"\S+", quote):
        for w in quote_words(m.group()):
            words.append(w)
            spans.append(m.span())
    short = quote_words(shorter)
    blocks = [b for b in SequenceMatcher(None, short, tuple(words), autojunk=False).get_matching_blocks() if b.size]
    if not blocks or blocks[0].a != 0 or blocks[-1].a + blocks[-1].size != len(short):
        return quote
    start, end = spans[blocks[0].b][0], spans[blocks[-1].b + blocks[-1].size - 1][1]
    part = quote[start:end].strip(" ,;:.")
    return f"{'[…] ' if start else ''}{part}{' […]' if quote[end:].strip(' ,;:.!?') else ''}"


def _doubled(words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` repeat the words just before or after them, with or
    without "and" ("efforts and efforts", "very very"): a word printed twice, no other wording."""
    run = tuple(w for w in words[start:end] if w not in ("and", "or"))
    n = len(run)
    return bool(n) and (words[max(0, start - n) : start] == run or words[end : end + n] == run)


def _acronym(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether one side is the other's initials ("IE" / "Internet Explorer")."""
    return any(len(u) == 1 and len(v) >= 2 and u[0] == "".join(w[0] for w in v) for u, v in ((x, y), (y, x)))


def _one_spelling(x: str, y: str) -> bool:
    """The same letters split or joined differently ("U.S." / "US", "web site" / "website"; words are
    cut to five letters, so one may be the other's opening), or one short word's singular and plural:
    a spelling, not another wording."""
    return bool(x and y) and (
        x == y
        or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x)))
        # One short word in the singular and the plural ("test" / "tests"): quote words are cut to five
        # letters, so a longer word's plural is its singular already ("victi").
        or (min(len(x), len(y)) >= 3 and (f"{x}s" == y or f"{y}s" == x))
    )


def quote_conflicts(
    a: str, b: str, likely: float | None = None, whole_a: tuple[str, ...] = (), whole_b: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    """Quotes of one utterance of one speaker worded differently, said only on strong evidence:

    - the sentences say it of one speaker (no two different names) and, when the fact signal is given
      (``likely``, for two whole sentences), it finds them more likely than not to state one fact: a
      quote that shares words with another in a sentence about something else is another utterance;
    - each quote has at least ``MIN_QUOTE_WORDS`` words: a few words are a phrase anyone may say
      (``SURE_QUOTE_WORDS`` where the signal is all but sure the two sentences state one fact);
    - most words shared (``QUOTE_OVERLAP``; ``NAMED_OVERLAP`` when, with the signal, one sentence names
      its speaker and the other names the same person: "To Rep. Roe, the bill "..."" / ""...," Rep.
      Roe said"), or the shorter one the longer's words from one point to another (``_cut_from``),
      or, with the signal, the signs of ``_one_utterance``; and the
      difference is inside the shared words (``_inner_change``), not at the ends;
    - neither is a cut or marked excerpt of the other, nor of the other's whole quotation when the
      sentence split cut it (``whole_a``, ``whole_b``: "This crew was ready today to go in. This crew
      was ready to fight fires."), once articles, editorial insertions and word endings are set
      aside. When the sentences' own quotes find nothing, such a whole quotation is compared too."""
    same_fact = likely is not None and likely >= SAME_FACT
    out: list[tuple[str, str]] = []
    if likely is not None and not same_fact:
        return out
    found_a, found_b = _quotes(a), _quotes(b)
    if not found_a or not found_b or not same_speaker(a, b):
        return out
    named = same_fact and any(speakers(x) and _names_other(x, y) for x, y in ((a, b), (b, a)))
    sure = likely is not None and likely >= SURE_LIKELY
    out = _differently(found_a, found_b, same_fact, whole_a, whole_b, named, sure=sure)
    if not out and _alike(found_a, found_b):
        # The two sentences quote the same words: where their whole quotations differ, in another
        # sentence of them, that sentence's claim says so (an audit read "a single cent" / "any single
        # cent" on the page of the next sentence, "And it is useless", quoted alike by every outlet).
        return out
    if not out:
        # A quotation the sentence split cut, compared whole ("We did it. We will do it again." / "We
        # did it and we will do it again."): each of its sentences alone is a cut of the other's
        # words. Only for a sentence that quotes a statement of its own (``MIN_QUOTE_WORDS``), not a
        # lead-in ("We are sad.") to words another claim holds, and whose own words the other quotes:
        # another sentence of the quotation may be what the other sentence quotes, not this one.
        more_a = tuple(w for w in whole_a if w not in found_a) if _long(found_a) and _within(found_a, found_b) else ()
        more_b = tuple(w for w in whole_b if w not in found_b) if _long(found_b) and _within(found_b, found_a) else ()
        tries = [(found_a, found_b + more_b), (found_a + more_a, found_b), (found_a + more_a, found_b + more_b)]
        for fa, fb in dict.fromkeys(t for t in tries if t != (found_a, found_b)):  # one side whole, then both
            out = out or _differently(fa, fb, same_fact, whole_a, whole_b, named, inside=True)
    return out


def _alike(found_a: tuple[str, ...], found_b: tuple[str, ...]) -> bool:
    """Whether two sentences' quotes read alike, word for word as quotes compare them (``quote_words``)."""
    return [quote_words(q) for q in found_a] == [quote_words(q) for q in found_b]


def _within(found: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether at least ``WITHIN`` of these quotes' content words are the other quotes' too."""
    own = {w for q in found for w in quote_words(q) if w not in _SMALL_WORDS}
    theirs = {w for q in other for w in quote_words(q)}
    return len(own & theirs) >= WITHIN * len(own)


WITHIN = 0.5


def _long(found: tuple[str, ...]) -> bool:
    """Whether a quote of these has ``MIN_QUOTE_WORDS`` words or more."""
    return any(len(quote_words(q)) >= MIN_QUOTE_WORDS for q in found)


def _differently(
    found_a: tuple[str, ...],
    found_b: tuple[str, ...],
    same_fact: bool,
    whole_a: tuple[str, ...],
    whole_b: tuple[str, ...],
    named: bool = False,
    inside: bool = False,
    sure: bool = False,
) -> list[tuple[str, str]]:
    """The pairs of these quotes that are one utterance worded differently (``quote_conflicts``), of
    ``SURE_QUOTE_WORDS`` words or more when ``sure``; with
    ``inside`` (a whole quotation, joined from several sentences), only where shared words stand on
    both sides of the change: where a joined quotation starts or ends is no sign of another wording."""
    out: list[tuple[str, str]] = []
    least = SURE_QUOTE_WORDS if sure else MIN_QUOTE_WORDS
    for qa in found_a:
        for qb in found_b:
            pa, pb = quote_pieces(unmask(qa, qb)), quote_pieces(unmask(qb, qa))
            ta, tb = sum(pa, ()), sum(pb, ())
            if len(ta) < least or len(tb) < least or _excerpt(pa, tb) or _excerpt(pb, ta):
                continue
            if any(_excerpt(pa, sum(quote_pieces(w), ())) for w in whole_b):
                continue
            if any(_excerpt(pb, sum(quote_pieces(w), ())) for w in whole_a):
                continue
            if not _inner_change(ta, tb, inside):
                continue
            if (
                _jaccard(set(ta), set(tb)) >= (NAMED_OVERLAP if named else QUOTE_OVERLAP)
                or _cut_from(ta, tb)
                or (same_fact and _one_utterance(ta, tb))
            ):
                out.append((qa, qb))
    return out


QUOTE_OVERLAP = 0.5
NAMED_OVERLAP = 0.4  # 0.3 let two statements of one speaker on one subject pass (tuning)
ONE_UTTERANCE_OVERLAP = 0.3
MIN_QUOTE_WORDS = 6
# Shorter quotes are compared in two sentences the fact signal finds this likely to state one fact:
# one remark quoted shorter by one outlet ("fall upon the small shops" / "fall upon our own
# small shops"). On the tuning stories and ECB+ (benchmarks/README.md, "Round 34") this found one disagreement
# of the gold and one a reader judged true, and no false one.
SURE_QUOTE_WORDS = 4
SURE_LIKELY = 0.9


# A quoted word or two may be a term held at a distance ("the so-called “reform”", a title in
# quotation marks) rather than someone's words: an outlet whose only quotes are that short is not
# said to be the one that "quotes here" (what it quotes is still listed beside other outlets' quotes).
MIN_DETAIL_QUOTE_WORDS = 3


def quotes_part_of(text: str, quote: str) -> bool:
    """Whether the text quotes a part of the quote (``MIN_DETAIL_QUOTE_WORDS`` words or more): the
    same words, fewer of them."""
    whole = quote_words(quote)
    return any(_excerpt(list(pieces), whole) for pieces in long_quotes(text))


@lru_cache(maxsize=1 << 10)  # an article is read once for all its claims
def long_quotes(text: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The pieces (``quote_pieces``) of each quote of the text of ``MIN_DETAIL_QUOTE_WORDS`` words or more."""
    return tuple(tuple(quote_pieces(r)) for r in _QUOTE.findall(text) if len(r.split()) >= MIN_DETAIL_QUOTE_WORDS)


def requoted_in(text: str, quote: str, share: float = QUOTE_OVERLAP) -> bool:
    """Whether the text quotes the same utterance in other words: a quote of it sharing at least
    ``share`` of its words with the quote (half, ``quote.QUOTE_OVERLAP``, unless given), as quotes of
    one utterance worded differently do. An outlet that quotes it so elsewhere in its article quotes it
    (an audit read "tells it without a quote" of an outlet that quoted the remark, worded its own way,
    in its next sentence)."""
    words = set(sum(quote_pieces(quote), ()))
    if len(words) < MIN_QUOTE_WORDS:
        return False
    return any(
        len(other := set(sum(pieces, ()))) >= MIN_QUOTE_WORDS and _jaccard(words, other) >= share
        for pieces in long_quotes(text)
    )
