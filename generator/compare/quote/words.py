"""What a sentence quotes, and a quote's words as quotes are compared: the quotation marks (a quote
the sentence split cut, a tag between two quotes), each quote's words without insertions, articles
and tense shifts, and the runs ("..." cuts) of one quote found in another."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import CARDINALS, STOP_WORDS
from ...segment import QUOTATION as _QUOTE
from ...segment import quote_marks
from ..name import TITLES
from ..number import MORE_NUMBER_WORDS, NUMBER_WORDS, ORDINALS, nth
from ..text import _tokens

_MASKED = re.compile(r"\b(\w+)(\*+)(\w*)")
_MARK = re.compile(r"[“”\"]")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_INSERTION = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_ARTICLES = {"a", "an", "the"}
# Quote words are cut to five letters (``quote_words``): small words and titles, cut the same way.
_SMALL_WORDS = {w[:5] for w in STOP_WORDS}
_TITLE_WORDS = {w.lower()[:5] for w in TITLES} | {"mr", "mrs", "ms", "dr", "madam", "sir"}
_CONTRACTIONS = {"ve": "have", "ll": "will", "re": "are", "m": "am", "d": "would"}
# Reported speech shifts a verb back a tense ("will be set out" -> "would be set out"): an outlet's
# grammar around the quote, not other words of the speaker's.
_BACKSHIFT = {"would": "will", "could": "can", "might": "may", "should": "shall", "was": "is", "were": "are"}


def quotes(text: str) -> list[str]:
    """The quoted words of the text. A quote of several sentences is cut by the segmenter: a lone
    opening mark quotes to the end of the sentence, a lone closing mark from its start."""
    return list(_quotes(text))


def _unnested(text: str) -> str:
    """The text with the quotations inside another quotation marked with single marks: a term the
    speaker's words quote ('"We let these large "Boats" of people in.', a sentence split from the rest
    of a quote) is part of the quote, not a quote of its own that cuts it. (A sentence that ends a
    quote opened before it is read as it is: its closing mark is as often a misprint.)"""
    marks = quote_marks(text)
    depth = 0
    positions = [m.start() for m in _MARK.finditer(text)]
    nested: list[int] = []
    pending: list[int] = []  # opening marks of terms quoted inside, not closed yet
    for at, mark in zip(positions, marks, strict=True):
        if mark == "open" and depth >= 1:
            pending.append(at)
        elif mark == "close" and pending:
            nested += [pending.pop(), at]
        else:
            depth = depth + 1 if mark == "open" else max(0, depth - 1)
    if not nested:
        return text
    chars = list(text)
    for at in nested:
        chars[at] = "‘" if marks[positions.index(at)] == "open" else "’"
    return "".join(chars)


@lru_cache(maxsize=1 << 16)  # a story compares each sentence with every other: read each once
def _quotes(text: str) -> tuple[str, ...]:
    text = _unnested(text)
    found = [q.strip(" ,.") for q in _QUOTE.findall(text)]
    rest = _QUOTE.sub("\n", text)
    marks = list(_MARK.finditer(rest))
    if len(marks) == 1:
        m = marks[0]
        before = rest[m.start() - 1] if m.start() else " "
        after = rest[m.end()] if m.end() < len(rest) else " "
        opening = m.group() == "“" or (m.group() == '"' and (before.isspace() or before in "([:—–-"))
        closing = m.group() == "”" or (m.group() == '"' and (before.isalpha() or before in ".,!?"))
        part = ""
        if opening and not closing and not after.isspace() and _misprinted(rest[: m.start()], rest[m.end() :]):
            part = rest[: m.start()].split("\n")[-1]  # '..., “said Ann Roe.': a closing mark printed as opening
        elif opening and not closing and not after.isspace():
            part = rest[m.end() :].split("\n")[0]
        elif closing and not opening and (after.isspace() or after in ".,;:!?)—"):
            part = rest[: m.start()].split("\n")[-1]
        if part.strip(" ,.;:"):
            found.append(part.strip(" ,.;:"))
    elif len(marks) == 2 and _tag_between(rest, marks[0].start(), marks[1].start()):
        # '... at all," Ann Roe said. "Then we ran': the end of one quote and the start of the next
        for part in (rest[: marks[0].start()].split("\n")[-1], rest[marks[1].end() :].split("\n")[0]):
            if part.strip(" ,.;:"):
                found.append(part.strip(" ,.;:"))
    return tuple(found)


def _misprinted(before: str, after: str) -> bool:
    """Whether a lone opening mark after a comma opens the speaker's tag, not a quote ("..., “said Ann
    Roe, a resident."; "..., “the mayor's spokesman told reporters."): the words after it open with a
    saying verb or end a few words after one (a quote that goes on, "..., “he said it is not so", or
    "..., “but I chose to do what I had said then, and ...", says more after it)."""
    words = after.split("\n")[0].split()
    verbs = [i for i, w in enumerate(words) if re.fullmatch(rf"{_SAYING}[.,;:]?", w)]
    return before.rstrip().endswith(",") and bool(verbs) and (verbs[0] == 0 or len(words) - verbs[0] - 1 <= TAG_TAIL)


TAG_TAIL = 5  # a tag ends a few words after its verb ("... told the local radio station on Friday.")


def few_quoted(text: str) -> bool:
    """Whether the sentence's quotes hold fewer than half its words."""
    return 2 * sum(len(q.split()) for q in _QUOTE.findall(text)) < len(text.split())


def quote_words(quote: str) -> tuple[str, ...]:
    """A quote's words for comparison: no editorial insertions ("(sic)", "[the people]") or articles,
    contractions spelt out ("would've" -> "would have"), "&" as "and", number words as digits ("two" -> "2"),
    a verb reported speech shifts back in its present form ("would" -> "will"), each word cut to its
    first five letters (the same word in another form compares equal)."""
    words = []
    for t in _tokens(_INSERTION.sub(" ", quote).replace("&", " and ")):
        head, _, tail = t.partition("'")
        words += [head, _CONTRACTIONS[tail]] if tail in _CONTRACTIONS else [t]
    words = [x for w in words for x in _UNAPOSTROPHISED.get(w, (w,))]  # "cant" is "can't"
    words = [_BACKSHIFT.get(w, w) for w in words if w not in _ARTICLES]
    return tuple(
        (NUMBER_WORDS.get(w) or MORE_NUMBER_WORDS.get(w) or _SMALL_NUMBERS.get(w) or _ORDINALS.get(w) or w)[:5]
        for w in words
    )


# "One" and "two", which the number rules leave out (mostly determiners in prose): inside a quote both
# sides read alike, so "a 2 in 5 chance" and "a two-in-five chance" are one wording printed two ways.
_SMALL_NUMBERS = {w: str(CARDINALS[w]) for w in ("one", "two")}


# Negated auxiliaries printed without their apostrophe ("cant", "dont"): "can't", "don't" as tokens.
_UNAPOSTROPHISED = {
    w: (w[:-2] if w not in ("cant", "wont") else {"cant": "ca", "wont": "wo"}[w], "n't")
    for w in ("cant", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wouldnt", "couldnt",
              "shouldnt", "hasnt", "havent", "hadnt", "wont")
}  # fmt: skip
# Ordinals as words and figures ("the Twelfth Doctor" / "the 12th Doctor").
_ORDINALS = {w: nth(n) for w, n in ORDINALS.items()}


def unmask(quote: str, other: str) -> str:
    """The quote with a word one outlet masked ("that d***ed plan") read as the other outlet's word
    that fits the mask ("that damned plan"): a house style, not other words."""

    def fill(m: re.Match) -> str:
        pattern = rf"\b{re.escape(m.group(1))}\w{{{len(m.group(2))}}}{re.escape(m.group(3))}\b"
        found = re.search(pattern, other, re.IGNORECASE)
        return found.group(0) if found else m.group(0)

    return _MASKED.sub(fill, quote)


def quote_pieces(quote: str) -> list[tuple[str, ...]]:
    """A quote's words (``quote_words``) in the pieces its ellipses ("...", "…") leave."""
    return [words for piece in _ELLIPSIS.split(quote) if (words := quote_words(piece))]


def _excerpt(pieces: list[tuple[str, ...]], whole: tuple[str, ...]) -> bool:
    """Whether the pieces are runs of ``whole``, in order: a cut of the same words, or an excerpt
    with its omissions marked by ellipses."""
    at = 0
    for piece in pieces:
        n = len(piece)
        start = next((i for i in range(at, len(whole) - n + 1) if whole[i : i + n] == piece), None)
        if start is None:
            return False
        at = start + n
    return True


_SPEECH = (
    r"said|says|told|tells|added|adds|tweeted|wrote|writes|stated|explained|acknowledged|noted|argued|recalled"
    r"|reiterated|reiterates|recounted|recounts|reminded|remarked|insisted|concurred|concurs"
    # verbs that tell speech only before a quote ("Lee countered: “...”", not "Port Town countered with a
    # run"), or before the colon that opens it (a tag read without its quote); "replied" and "responded"
    # are read beside one quote (``_REPLY``)
    r"|(?:answered|countered|repeated|declared)(?=\s*(?:[,:]?\s*[“\"]|:\s*$))"
)
_SAYING = rf"(?:{_SPEECH}|continued)"  # ", he continued." after a quote


def content_quote_words(text: str, whole: bool = False) -> set[str]:
    """The content words of what a sentence quotes (``quote_words``; small words out); with ``whole``,
    a sentence without quotation marks (a quote's middle) counts as all quote."""
    return {w for w in quote_words(" ".join(quotes(text)) or (text if whole else "")) if w not in _SMALL_WORDS}


def _tag_between(text: str, first: int, second: int) -> bool:
    """Whether the quotation marks at ``first`` and ``second`` close one quote and open the next with a
    tag between them ('... at all," Ann Roe said. "Then we ran'): a closing mark (a straight one right
    after a word or its punctuation), an opening one (a straight one after a space), a saying verb
    between (curly marks the wrong way round around a title are a misprint, not a tag)."""
    before = text[first - 1] if first > 0 else " "
    closes = (text[first] == "”" or (text[first] == '"' and not before.isspace())) and before not in "([:—–-"
    opens = text[second] == "“" or (text[second] == '"' and text[second - 1].isspace())
    return closes and opens and re.search(rf"\b{_SAYING}\b", text[first + 1 : second]) is not None


_QUOTE_MARK = re.compile(r"[“”\"]")
