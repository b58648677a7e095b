"""Who quotes what in a claim: quotes only some outlets give, and quotes another outlet prints
tidied, shortened or elsewhere in its article."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...model import Claim
from ...segment import QUOTATION
from ..context import Context
from ..negation import NEGATION
from ..quote import (
    quote_pieces,
    quote_speaker_label,
    quote_words,
    quotes,
    saying_subject,
    speakers,
    word_for_word,
)
from ..quote.speakers import joint
from ..quote.utterances import MIN_DETAIL_QUOTE_WORDS, _inner_change, long_quotes, quotes_part_of, requoted_in
from ..quote.words import _SMALL_WORDS, _excerpt
from .difference import Compared, Difference
from .figures import _other_articles
from .pair import _quote_forms, _quoted_in, _text_forms
from .part import _part_quotes, part_text
from .summary import _clip, _names_list, _outside_names


def _someones_words(found: list[str]) -> bool:
    """Whether a quote of ``found`` is someone's words: ``MIN_DETAIL_QUOTE_WORDS`` words or more, no title."""
    return any(len(q.split()) >= MIN_DETAIL_QUOTE_WORDS and not title(q) for q in found)


# The small words a title leaves lowercase ("A Song for the Old Harbour").
_TITLE_SMALL = {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "with", "from", "as"}


def title(quote: str) -> bool:
    """Whether a quotation is a title or a name in quotation marks (a film, a book, a nickname:
    "Harbour Lights", "The Man Who Sailed Home", "Moorings"; invented), not someone's words: one to
    eight words, every one capitalised but a title's small words, no sentence's end mark (audit 166 read
    "only A quotes “Scrubs”" of a show's name)."""
    words = quote.strip().rstrip(",;:").split()
    return (
        1 <= len(words) <= 8
        and not quote.strip().endswith((".", "!", "?"))
        and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)
        and words[0][:1].isupper()
    )


def _with_speaker(claim: Claim, outlet: str, quote: str, context: Context | None = None) -> str:
    """A quote as a detail prints it, with the speaker its sentence names ("Ann Roe: “...”"), or that
    a "she said" stands for, named before it (``quote.quote_speaker``): quotes of two
    people in one claim are not variants of one person's words (a browser audit read a board
    president's words set beside the mayor's so, and a secretary's statement with no name beside a
    claim about the president's). Only the sentences that quote exactly these words are read when
    there are some: a short quote of one person may be words another's longer quote holds too. A
    speaker is named as quote headings name them: in full where that is sure ("Aaron" is "Craig
    Aaron" where the story names him so), and for a quote that goes on from one named before ("“...”"
    after "“...,” Ann Roe said.") the one it goes on from, as the story's one reading of whose words
    a quotation is gives it (``speaking.Speaking.whose``, which asks the other outlets too)."""
    holding = [m for m in claim.members if m.outlet == outlet and _holds(m.text, quote)]
    exact = [m for m in holding if quote.strip(" .,;:") in (q.strip(" .,;:") for q in quotes(m.text))]
    for m in exact or holding:
        if speakers(m.text):
            label = quote_speaker_label(m.text, quote.strip(" .,;:"))
            # Only a name as the sentence writes it ("said Ann Roe", not "U.S." read as "S", nor the
            # state of "D-Maryland"), outside the quote.
            found = re.search(rf"(?<![\w.’'-]){re.escape(label)}(?![\w-])", QUOTATION.sub(" ", m.text))
            if joint(m.text, label):
                continue  # several people's words at once ("Ann Roe and Bo Lee said"): no one's alone
            if re.search(rf"(?<![\w-]){re.escape(label.split()[-1])}(?![\w-])", quote):
                # The quote speaks of them ("Roe said that, with an aide stating: “Senator Roe will
                # fight ...”"; audit 154): another's words about them, not theirs.
                continue
            if found and not re.search(r"\b(?:of|from|in)\s+$", m.text[: found.start()]):  # "X of Maryland, ..."
                return f"{_in_full(label, m.key, context)}: “{_clip(quote)}”"
        elif person := saying_subject(m.text, context.texts.get(m.source, m.text) if context else m.text):
            # "President Ann Roe also thanked the crews, saying “...”" (an audit found the words of such
            # a sentence read as those of the person a detail named for the quote before them).
            return f"{_in_full(person, m.key, context)}: “{_clip(quote)}”"
        elif context is not None:
            # Found by where the quote stands (it goes on from a quote of the person named before), or
            # by the other outlets that quote the same words: the story's one reading of whose words
            # they are (``speaking.Speaking.whose``: audit 103 found a party spokesman's statement
            # read as the congressman's it attacked).
            speaking = context.speaking
            named, _ = speaking.whose(
                m.key, speaking.reading(m.key, False, text=m.text), [k.key for k in claim.members]
            )
            if named:
                return f"{_in_full(named, m.key, context)}: “{_clip(quote)}”"
    return f"“{_clip(quote)}”"


def _in_full(name: str, key: str, context: Context | None) -> str:
    """A speaker's name as the quote headings print it (``speaking.Speaking.in_full``): a note that
    quotes two outlets names one person one way."""
    return name if context is None else context.speaking.in_full(key, name)


def _holds(text: str, quote: str) -> bool:
    """Whether the sentence holds the quote (as the quote rules print it, end marks aside)."""
    return quote.strip(" .,;:") in text


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
    for pieces in long_quotes(text):
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


def _shortened(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one quote is the other shortened without marking the cuts: every word of the shorter
    (four or more, or three of which two are not small words: "better than expected" in "better than
    we had expected", not "we will win") in the longer, in order, with at most three words left out
    between them and none of them a negation ("we are under pressure" in "we are under a lot of
    pressure to finish the pier"; not "the pier will open" in "the pier will not open"). One remark
    told shorter, not words only one outlet quotes."""
    short, long = sorted((a, b), key=len)
    specific = len(short) == SHORTENED_WORDS - 1 and sum(w not in _SMALL_WORDS for w in short) >= 2
    if len(short) < SHORTENED_WORDS and not specific:
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


# Words a quote shares with another outlet's for the two to be one remark where each outlet quotes
# other words too: half of them is two sentences of one remark as often ("the pier was shut at noon
# today" / "the pier was shut to all boats").
NEARLY = 0.7
SHORTENED_WORDS = 4
SHORTENED_GAP = 3
_NEGATING = {w[:5] for w in NEGATION}  # as quote words: cut to five letters, "didn't" -> "did", "n't"


def quote_details(view: Compared) -> list[Difference]:
    """The claim's quotes: its conflict of quotes (one utterance worded two ways); else the quote only
    one outlet gives ("Only A quotes here (...); B tells it without a quote"), or the words only some
    of the quoting outlets quote, each checked against the other outlets' whole articles."""
    claim, full, context, conflict = view.claim, view.full, view.context, view.conflict
    outlets, every, article = view.outlets, view.every, view.article
    found = conflict("quotes")
    # Each member's own quotes: quote marks are paired within one wording, never across two. A sentence
    # inside a quotation of several sentences quotes, though its marks are in its neighbours (one with
    # quotes of its own quotes only them: its part may be the words around them).
    quoted = {
        o: [
            q
            for m in claim.members
            if m.outlet == o
            for q in _part_quotes(claim, m)
            or ([part_text(claim, m)] if context.quotations.get(m.key) and not quotes(m.text) else [])
        ]
        for o in every
    }
    # Who quotes at all is read from the whole sentences every card shows, grey text included; a
    # sentence that ends in a colon introduces what it quotes in its next paragraph.
    marked = {
        o: any(
            quotes(m.text) or context.quotations.get(m.key) or m.text.rstrip().endswith(":")
            for m in full.members
            if m.outlet == o
        )
        for o in every
    }
    quoting = [o for o in every if quoted[o] or marked[o]]
    if found:
        return [found]
    if len(outlets) < 2:
        return []  # no two members that tell the claim: no detail to tell
    if len(quoting) == 1:
        one = quoting[0]
        # "Only X quotes here" is no detail where another outlet's article quotes or prints the same
        # words elsewhere.
        elsewhere = any(
            _quoted_in(t, q) or quotes_part_of(t, q) or _tidied_in(t, q) or requoted_in(t, q)
            for q in quoted[one] + [q for m in full.members if m.outlet == one for q in quotes(m.text)]
            if len(q.split()) >= MIN_DETAIL_QUOTE_WORDS and not title(q)
            for p in every
            if p != one
            for t in article[p][1:]
        )
        # A title in quotation marks the others never print is named by this outlet alone.
        alone = [
            q
            for q in quoted[one]
            if title(q)
            and len(q.split()) >= MIN_DETAIL_QUOTE_WORDS  # as for its words: a two-word title may be a slogan
            and not any(_quoted_in(t, q) for p in every if p != one for t in article[p][1:])
        ]
        named = titles_named({one: alone})
        if _someones_words(quoted[one]) and not elsewhere:
            return _one_quotes(view, one, [q for q in quoted[one] if not title(q)]) + named
        return named
    if len(quoting) >= 2 and all(quoted[o] for o in quoting):
        return _some_quote(view, quoting, quoted)
    return []


def _one_quotes(view: Compared, one: str, quoted: list[str]) -> list[Difference]:
    """The one outlet that quotes: "Only A quotes here (its words)". Which other outlet tells the quote
    in its own words is not said: four browser audits read "B tells it without a quote" false far more
    often than true (the last two, 7 of 7 after it needed a word of the quote), as the fact signal
    joins sentences on one event that say other things. The words are "these words of" their speaker
    where another outlet of the claim quotes that speaker elsewhere (``_these_words``; audit 188 read
    "only A quotes here (Ann Roe: ...)" as no other outlet quoting her at all)."""
    full = view.full
    # Which words: a reader should not have to find them (a browser audit).
    said: dict[tuple[str, ...], str] = {}  # each quote once, without the end mark a whole sentence brings
    for q in quoted:
        if len(q.split()) >= MIN_DETAIL_QUOTE_WORDS:
            said.setdefault(quote_words(q), q.strip().rstrip(".,;:"))
    which = (
        " ("
        + _one_speaker(
            _these_words(view, one, _with_speaker(full, one, q, view.context)) for q in list(said.values())[:2]
        )
        + (" and more" if len(said) > 2 else "")
        + ")"
        if said
        else ""
    )
    # An outlet outside the claim whose article quotes the same words is named (audit 127: "Only Fox News
    # quotes Don Aaron: “...”" where USA Today quotes them word for word in another claim).
    outside = _other_articles(view.context, view.every)
    whole = [p for p, ts in outside.items() if any(_quotes_whole(ts, q) for q in said.values())]
    part = [p for p, ts in outside.items() if p not in whole and _quotes_some(ts, list(said.values()))]
    more = "".join(
        f"; {_names_list(list(_outside_names(ps)))} {'quotes' if len(ps) == 1 else 'quote'} {what}"
        for ps, what in ((whole, "the same words"), (part, "some of these words"))
        if ps
    )
    return [Difference("quotes", f"Only {one} quotes here{which}{more}.", {one: quoted})]


@lru_cache(maxsize=1 << 10)  # an article is read once for all its claims
def _article_quotes(text: str) -> tuple[str, ...]:
    """An article's quotes, in quotation marks."""
    return tuple(quotes(text))


def _quotes_whole(texts: tuple[str, ...], quote: str) -> bool:
    """Whether the texts quote, in quotation marks, the quote's words (``_quoted_in``)."""
    return any(_quoted_in(r, quote) for t in texts for r in _article_quotes(t))


def _quotes_just(texts: tuple[str, ...], quote: str) -> bool:
    """Whether the texts quote, in quotation marks, the quote's words and no others."""
    words = quote_words(quote)
    return any(quote_words(r) == words for t in texts for r in _article_quotes(t))


def _quotes_some(texts: tuple[str, ...], quoted: list[str]) -> bool:
    """Whether the texts quote, in quotation marks, five words or more of one of the quotes in order."""
    return any(len(r.split()) >= 5 and _quoted_in(q, r) for q in quoted for t in texts for r in _article_quotes(t))


def _some_quote(view: Compared, quoting: list[str], quoted: dict[str, list[str]]) -> list[Difference]:
    """The words only some of the quoting outlets quote ("only A quotes “...”")."""
    claim, full = view.claim, view.full
    every, article = view.every, view.article
    # Words one outlet quotes that another prints too (in its quotes or anywhere in its sentences,
    # "(sic)", brackets, case and articles aside), or that hold another's quote, are the same
    # words, more or fewer of them. The rest are told by outlet: "Only A quotes “...”".
    # The other outlet's whole article counts: the same words quoted in another paragraph, or a
    # word one outlet quotes inside a longer quote of the other's ("profoundly"), are not "only A's".
    printed_forms = {
        o: _quote_forms(" ".join(m.text for m in claim.members if m.outlet == o))
        + [w for t in article[o][1:] for w in _text_forms(t)]
        for o in quoting
    }
    only_here = {
        o: [
            q
            for q in _once(quoted[o])
            if not any(
                any(_excerpt(quote_pieces(q), w) for w in printed_forms[p])
                or any(_excerpt(quote_pieces(r), w) for r in quoted[p] for w in _quote_forms(q))
                or any(_shortened(quote_words(q), quote_words(r)) for r in quoted[p])
                for p in quoting
                if p != o
            )
            # Nor is it "only A's" where another outlet of the claim prints the same words, or
            # quotes them tidied or with most of their words, anywhere in its article ("the finest" /
            # "the very finest"; "some of the finest crews we had" / "the finest crews we had": audit
            # 69 read such an item false).
            and not any(
                _tidied_in(t, q) or _quoted_in(t, q) or requoted_in(t, q, NEARLY)
                for p in every
                if p != o
                for t in article[p][1:]
            )
        ]
        for o in quoting
    }
    # A film's or a book's title in quotation marks is no one's words: the outlet names it.
    named = titles_named({o: [q for q in qs if title(q)] for o, qs in only_here.items()})
    only_here = {o: [q for q in qs if not title(q)] for o, qs in only_here.items()}
    only_here = {o: qs for o, qs in only_here.items() if qs}
    if only_here:
        # An outlet outside the claim whose article quotes the same words is named with the one that
        # quotes them here (audit 125 read "only A quotes “...”" where C quotes them in another claim),
        # as a figure's details name such outlets.
        outside = _other_articles(view.context, every)
        phrases = []
        for o, qs in only_here.items():
            by_others: dict[tuple[str, ...], list[str]] = {}
            for q in qs:
                # A word or two may stand in quotation marks anywhere, in a longer quote of other
                # words too: an outside article gives two words (articles aside) only as its own whole
                # quote ("aqua musicals" / “aqua-musicals”: audit 194 read "only A quotes" false); one
                # word ("the scheme"), never.
                long = len(q.split()) >= MIN_DETAIL_QUOTE_WORDS
                also = tuple(
                    p
                    for p, texts in outside.items()
                    if (_quotes_whole(texts, q) if long else len(quote_words(q)) == 2 and _quotes_just(texts, q))
                )
                by_others.setdefault(also, []).append(q)
            for also, group in by_others.items():
                who = _names_list([o, *_outside_names(list(also))])
                # ... and one whose article quotes some of them (five words or more of the quote).
                part = [p for p in outside if p not in also and _quotes_some(outside[p], group)]
                some = (
                    f" ({_names_list(part)} {'quotes' if len(part) == 1 else 'quote'} some of these words elsewhere in"
                    f" {'its article' if len(part) == 1 else 'their articles'})"
                    if part
                    else ""
                )
                phrases.append(
                    f"only {who} {'quote' if also else 'quotes'} "
                    + _one_speaker(_these_words(view, o, _with_speaker(full, o, q, view.context)) for q in group[:2])
                    + (" and more" if len(group) > 2 else "")
                    + some
                )
        parts = "; ".join(phrases)
        return [Difference("quotes", parts[0].upper() + parts[1:] + ".", only_here), *named]
    return named


def _one_speaker(shown: Iterable[str]) -> str:
    """Quotes as a detail prints them, joined by "and", their speaker said once where two have the same
    ("these words of Ann Roe: “...” and “...”", not her name twice)."""
    out: list[str] = []
    said = ""
    for q in shown:
        speaker = re.match(r"[^“]+?: (?=“)", q)
        if speaker and speaker.group(0) == said:
            q = q[len(said) :]
        said = speaker.group(0) if speaker else ""
        out.append(q)
    return " and ".join(out)


def _these_words(view: Compared, outlet: str, shown: str) -> str:
    """A quote as a detail prints it ("Ann Roe: “...”"), as "these words of Ann Roe: “...”" where
    another outlet of the claim names the same speaker saying something, anywhere in its article:
    "only A quotes Ann Roe" would say no other outlet gives her words at all (audit 178)."""
    said = re.match(r"([^“]+?): “", shown)  # the speaker before the quote, never words inside it
    surname = said.group(1).split()[-1] if said else ""
    if surname and any(surname in speakers(t) for p in view.every if p != outlet for t in view.article[p][1:]):
        return f"these words of {shown}"
    return shown


def _once(quoted: list[str]) -> list[str]:
    """Each quote once by its words: a quote the sentence split ends with its stop ("... the wrong
    berth.") is the same words as the one quoted inside a sentence ("... the wrong berth"), which is
    kept."""
    kept: dict[tuple[str, ...], str] = {}
    for q in quoted:
        words = quote_words(q)
        if words not in kept or kept[words].rstrip().endswith((".", ",", ";", ":")):
            kept[words] = q
    return list(kept.values())


def titles_named(titled: dict[str, list[str]]) -> list[Difference]:
    """A names detail for the titles in quotation marks only some outlets give ("Only A names “Harbour
    Lights”"): a film's or a book's title is no one's words, and not "quoted"."""
    shown = {o: [f"“{q.strip()}”" for q in dict.fromkeys(qs)][:2] for o, qs in titled.items() if qs}
    if not shown:
        return []
    told = "; ".join(f"only {o} names {_names_list(vs)}" for o, vs in shown.items())
    return [Difference("names", told[0].upper() + told[1:] + ".", shown)]
