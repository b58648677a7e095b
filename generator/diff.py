"""Diff: word-level comparison of the wordings in a claim (diff-match-patch, in word mode).

Words are compared by a normalised key (case, quote marks, dashes, accents and dotted acronyms
folded; surrounding punctuation ignored) so trivial differences do not light up. The diffs are
diff-match-patch's, run by its C++ port (``fast-diff-match-patch``: the same runs as the Python
original, tested, a dozen times faster; a site diffs every pair of wordings of every claim).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

import fast_diff_match_patch

from .lexicon import CARDINALS
from .similarity import normalise

ALL, SOME, UNIQUE = "all", "some", "unique"
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


@dataclass(frozen=True)
class Word:
    """A word as printed (with its punctuation) and how widely it is shared within the claim."""

    text: str
    mark: str | None  # ALL, SOME, UNIQUE, or None for punctuation and single-outlet claims


# Two or three capitals, dotted or not ("US", "U.S.", "WHO"): an acronym, never the word it spells.
# Longer runs of capitals are words set in capitals for style ("A FIRE broke out") as often as
# acronyms, and an acronym of four letters or more seldom spells a word: keyed as words.
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
_SHORT_CAPS = re.compile(r"[A-Z]{2,3}")
_CAPS_WORD = re.compile(r"[A-Z]{4,}")
_NAME_TAIL = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*-[a-z]{1,2}")


@lru_cache(maxsize=1 << 16)  # a site's pages key the same words over and over
def key(token: str) -> str:
    """The comparison key of a printed token: '“False,”' -> 'false'; an acronym keeps its capitals,
    dotted or not ('U.S.' and 'US' -> 'US'), so it is never the word 'us'."""
    bare = _EDGE.sub("", token).removesuffix("'s").removesuffix("’s")
    if _ACRONYM.fullmatch(bare) or _ACRONYM.fullmatch(bare + "."):
        return bare.replace(".", "")
    out = _EDGE.sub("", normalise(token)).replace("'s", "").replace(".", "")
    if _NAME_TAIL.fullmatch(bare):
        return out.replace("-", "_")  # "Ji-in", "Bo-un": one name, its tail no word "in" or "un"
    return out


def _keys(seq: list[str]) -> list[str]:
    """The comparison keys of a wording's tokens (``tokens``), read in their run: two or three capitals
    beside a word of four capitals or more are a word set in capitals for style, not an acronym
    ("DISCLOSE ACT" has the "act" of "Disclose Act")."""
    out = [key(t) for t in seq]
    for i in range(len(seq)):
        if _styled(seq, i):
            out[i] = out[i].lower()
    return out


def _styled(seq: list[str], i: int) -> bool:
    """Whether the i-th token, two or three capitals, stands beside a word of four capitals or more."""
    if not _SHORT_CAPS.fullmatch(_EDGE.sub("", seq[i])):
        return False
    return any(0 <= j < len(seq) and _CAPS_WORD.fullmatch(_EDGE.sub("", seq[j])) for j in (i - 1, i + 1))


class _Piece(str):
    """A word cut from the next at the dash or hyphen that joins them ("energy–" of "energy–was"):
    compared and marked as a word of its own, printed with no space after it."""

    __slots__ = ()


# A word up to a dash, hyphen or ellipsis that joins it to the next word ("asylum-", "energy–",
# "U.S.-", "critical...").
_PIECE = re.compile(r".+?(?:[-–—]|\.\.\.|…)(?=\w)|.+")


def tokens(text: str) -> list[str]:
    """The words of a text as compared and marked: what spaces delimit, cut after a dash, hyphen or
    ellipsis that joins two words, so each side is a word ("energy–was" is "energy" and "was", as a spaced
    dash would make it; "asylum-seekers" has the "asylum" of "asylum seekers"). A name's short
    hyphenated tail stays one word ("Ji-in"); a dash before a space ("short- and long-term") cuts
    nothing."""
    out: list[str] = []
    for t in _TOKEN.findall(text):
        pieces = [t] if _NAME_TAIL.fullmatch(_EDGE.sub("", t)) else _PIECE.findall(t)
        out += [_Piece(x) for x in pieces[:-1]] + pieces[-1:]
    return out


def gap(word: str) -> str:
    """What follows a word of ``tokens`` when printed: nothing after a piece cut at a dash, else a space."""
    return "" if isinstance(word, _Piece) else " "


def join(words: list[str]) -> str:
    """Words of ``tokens`` printed as the text had them."""
    return "".join(w + gap(w) for w in words[:-1]) + (words[-1] if words else "")


def _encode(seqs: list[list[str]]) -> list[str]:
    """Map each distinct key to one character, so diff-match-patch diffs words, not letters."""
    table: dict[str, str] = {}
    out = []
    for seq in seqs:
        out.append("".join(table.setdefault(k, chr(0xE000 + len(table))) for k in seq))
    return out


_OP = {"=": 0, "-": -1, "+": 1}


def diff_runs(a: str, b: str) -> list[tuple[int, int]]:
    """diff-match-patch's ``diff_main(a, b, checklines=False)`` with no time limit (exact diffs: the
    result must not depend on machine speed), as (op, length) runs: 0 equal, -1 delete, 1 insert."""
    runs = fast_diff_match_patch.diff(a, b, timelimit=0, checklines=False, cleanup="No", counts_only=True)
    return [(_OP[op], n) for op, n in runs]


def _diff(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """(op, length in words) runs turning key sequence a into b."""
    ca, cb = _encode([a, b])
    return diff_runs(ca, cb)


def matched(a: list[str], b: list[str]) -> tuple[list[bool], list[bool]]:
    """For each word of a, and of b, whether it is part of their common subsequence (one diff)."""
    in_a: list[bool] = []
    in_b: list[bool] = []
    for op, length in _diff(a, b):
        if op != 1:
            in_a += [op == 0] * length
        if op != -1:
            in_b += [op == 0] * length
    return in_a, in_b


def mark_wordings(
    texts: list[str], outlets: list[str] | None = None, shown: list[str] | None = None
) -> list[list[Word]]:
    """Each wording's words marked by how many of the other outlets' wordings have the word anywhere
    (in any place: word order does not make a word unique): all of them, some, or none.

    ``outlets`` names each wording's outlet (default: each its own); an outlet's other sentences in
    the claim are not counted as other wordings. ``shown`` is the text a reader sees for each
    wording (the whole sentences, when ``texts`` are the parts that tell the claim): a word counts
    as another outlet's wherever that outlet's shown text has it. A mark says the same thing in
    every card: a word marked ALL has a match in each other outlet's shown wording, one marked
    UNIQUE has none."""
    outlets = outlets or [str(i) for i in range(len(texts))]
    toks = [tokens(t) for t in texts]
    keys = [_keys(seq) for seq in toks]
    vocab: dict[str, set[str]] = {}
    for outlet, text in zip(outlets, shown or texts, strict=True):
        vocab.setdefault(outlet, set()).update(_vocab(text))
    result: list[list[Word]] = []
    for outlet, seq, seq_keys in zip(outlets, toks, keys, strict=True):
        others = [words for o, words in vocab.items() if o != outlet]
        marked = []
        for i, (tok, k) in enumerate(zip(seq, seq_keys, strict=True)):
            if not k or not others:
                marked.append(Word(tok, None))
                continue
            hits = sum(_hit(words, seq, seq_keys, i) for words in others)
            marked.append(Word(tok, ALL if hits == len(others) else SOME if hits else UNIQUE))
        result.append(marked)
    return result


def _with_parts(keys: Iterable[str]) -> set[str]:
    """Word keys with the parts of each hyphenated word too ("no-one" -> "no-one", "no", "one")."""
    out: set[str] = set()
    for k in keys:
        if k:
            out.add(k)
            out.update(p for p in k.split("-") if p)
    return out


def _capitalised(token: str) -> bool:
    return _EDGE.sub("", token)[:1].isupper()


_NAME_END = re.compile(r"[A-Z][a-z]?")  # a name's short last part, "Ho" of "Min Ho"


def _vocab(text: str) -> set[str]:
    """A wording's word keys (``_with_parts``), and a name with a short last part written apart also
    as the one word ``key`` makes of it written with a hyphen ("Min Ho" has "Min-ho"); capitals set
    for style (``_keys``) also as the acronym they could be ("FBI" of "FBI INQUIRY")."""
    toks = tokens(text)
    keys = _keys(toks)
    out = _with_parts(k or t for k, t in zip(keys, toks, strict=True))  # a dash is its own key in a pair view
    out.update(key(t) for i, t in enumerate(toks) if _styled(toks, i))
    for (a, ka), (b, kb) in pairwise(zip(toks, keys, strict=True)):
        if ka and kb and _capitalised(a) and _NAME_END.fullmatch(_EDGE.sub("", b)):
            out.add(f"{ka}_{kb}")
    out.update(k + _MEASURE for i, k in enumerate(keys) if k and _measured(toks, keys, i))
    return out


_MEASURE = "\x00measure"  # a key marked as the unit of a hyphenated measure ("day" of "30-day")
_COUNTS = frozenset(CARDINALS)


def _measured(seq: list[str], keys: list[str], i: int) -> bool:
    """Whether the i-th token is the unit of a hyphenated measure: a word right after a number joined
    to it by a hyphen ("day" of "30-day", "year" of "two-year-old")."""
    return i > 0 and isinstance(seq[i - 1], _Piece) and (keys[i - 1].isdigit() or keys[i - 1] in _COUNTS)


def _hit(words: set[str], seq: list[str], keys: list[str], i: int) -> bool:
    """Whether a wording (its ``_vocab``) has the i-th word of a sequence: the word itself (capitals
    set for style: the word or the acronym), or, for a part of a name written apart ("Min", "Ho" of
    "Min Ho"), the name written with a hyphen."""
    k = keys[i]
    if _has(words, k) or (_styled(seq, i) and key(seq[i]) in words):
        return True
    # A hyphenated measure's unit is in the singular: "30-day" is the other wording's "30 days", and its
    # "days" this one's "30-day" (an audit read "day" of "30-day" marked as one outlet's only).
    if _measured(seq, keys, i) and k + "s" in words:
        return True
    if k.endswith("s") and k[:-1] + _MEASURE in words:
        return True
    if not _capitalised(seq[i]):
        return False
    before = i > 0 and _capitalised(seq[i - 1]) and _NAME_END.fullmatch(_EDGE.sub("", seq[i]))
    after = i + 1 < len(seq) and _NAME_END.fullmatch(_EDGE.sub("", seq[i + 1]))
    return bool((before and f"{keys[i - 1]}_{k}" in words) or (after and f"{k}_{keys[i + 1]}" in words))


def _has(words: set[str], k: str) -> bool:
    """Whether a wording has the word: itself, or every part of a hyphenated word ("no one" has
    "no-one"; "no-one" has "one")."""
    return k in words or ("-" in k and all(p in words for p in k.split("-") if p))


@dataclass(frozen=True)
class Segment:
    """A run of a two-wording diff: op is 'equal', 'delete' (only in the first) or 'insert' (only in the
    second); after ``mark_moves`` also 'moved_out' / 'moved_in' (in both, in another place). ``gap`` is
    what is printed after it: a space, or nothing where a run ends inside a word cut at a dash."""

    op: str
    text: str
    gap: str = " "


_OPS = {0: "equal", -1: "delete", 1: "insert"}


def pair_diff(a: str, b: str) -> list[Segment]:
    """Word-level diff of two wordings as printed text runs (deletions before insertions)."""
    ta, tb = tokens(a), tokens(b)
    ka, kb = [k or t for k, t in zip(_keys(ta), ta, strict=True)], [k or t for k, t in zip(_keys(tb), tb, strict=True)]
    ca, cb = _encode([ka, kb])
    segments: list[Segment] = []
    ia = ib = 0
    for op, n in diff_runs(ca, cb):
        if op == 0:
            words = ta[ia : ia + n]
            ia, ib = ia + n, ib + n
        elif op == -1:
            words = ta[ia : ia + n]
            ia += n
        else:
            words = tb[ib : ib + n]
            ib += n
        segments.append(Segment(_OPS[op], join(words), gap(words[-1])))
    return segments


def mark_moves(
    segments: list[Segment], a: str, b: str, shown_a: str | None = None, shown_b: str | None = None
) -> list[Segment]:
    """The pair view's runs with each deleted or inserted word that the other wording also has, in
    another place, marked moved: 'moved_out' where the first wording has it (the second has it
    elsewhere), 'moved_in' where the second has it. "Trump and Putin" / "Putin and Trump" shares
    both names, so neither is shown as one outlet's only. ``shown_a`` / ``shown_b`` are the texts a
    reader sees for each wording (whole sentences, when ``a`` and ``b`` are the parts that tell a
    claim): a word the other card shows anywhere, greyed or not, is in both."""
    keys = {"delete": _vocab(shown_b or b), "insert": _vocab(shown_a or a)}
    moved = {"delete": "moved_out", "insert": "moved_in"}
    out: list[Segment] = []
    for seg in segments:
        if seg.op not in keys:
            out.append(seg)
            continue
        words = tokens(seg.text)
        word_keys = [k or w for k, w in zip(_keys(words), words, strict=True)]
        for i, word in enumerate(words):
            op = moved[seg.op] if _hit(keys[seg.op], words, word_keys, i) else seg.op
            after = seg.gap if i == len(words) - 1 else gap(word)
            if out and out[-1].op == op:
                out[-1] = Segment(op, out[-1].text + out[-1].gap + word, after)
            else:
                out.append(Segment(op, word, after))
    return out


_FIRST, _SECOND = {"equal", "delete", "moved_out"}, {"insert", "moved_in"}


def spaced(segments: list[Segment]) -> list[Segment]:
    """The pair view's runs as printed one after the other: a run that ends inside a word cut at a
    dash ("asylum-" of "asylum-seekers") is glued to what follows it in its own wording, never to a
    run only the other wording has, which a space sets apart ("asylum- [new] seekers", not
    "asylum-new"). Each run's ``gap`` stays its own wording's glue everywhere else."""
    out = []
    for seg, nxt in pairwise(segments):
        other = (seg.op in _FIRST and nxt.op in _SECOND) or (seg.op in _SECOND and nxt.op in _FIRST - {"equal"})
        out.append(replace(seg, gap=" ") if not seg.gap and other else seg)
    return out + segments[len(out) :]


def runs(words: list[Word]) -> list[tuple[str | None, str, str]]:
    """Consecutive words with the same mark joined into one run, so a highlight spans the gaps: (mark,
    text, what is printed after it: a space, or nothing inside a word cut at a dash)."""
    out: list[tuple[str | None, list[str]]] = []
    for w in words:
        if out and out[-1][0] == w.mark:
            out[-1][1].append(w.text)
        else:
            out.append((w.mark, [w.text]))
    return [(mark, join(texts), gap(texts[-1])) for mark, texts in out]
