"""Names: the capitalised names of a wording, name words for one thing, and names that fill the same
slot of two wordings differently."""

from __future__ import annotations

import re

from ..lexicon import DAYS, MONTHS, STOP_WORDS
from .text import _replacements

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


TITLES = {
    "President", "President-elect", "Prime", "Minister", "Chancellor", "Mr", "Mrs", "Ms", "Dr", "Sen", "Gov",
    "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "King", "Queen", "Pope", "General", "Former", "Senator",
    "Governor", "Mayor", "Judge", "Justice", "Chief", "Director", "Inspector", "Officer", "Sergeant", "Captain",
}  # fmt: skip


def names(text: str, known: set[str] = frozenset()) -> set[str]:
    """Capitalised names in the text. A lone capitalised first word counts only if it is a known
    name (seen mid-sentence elsewhere), since any sentence starts with a capital."""
    found = set()
    opening = len(" ".join(text.split()[:3]))  # "A LARGE fire broke out": capitals for style, not a name
    first = re.match(r"[\W_]*", text).end()  # the first word, after any opening quote or dash
    for m in _NAME.finditer(text):
        parts = m.group(0).split()
        if m.start() <= first and len(parts) > 1 and (parts[0].lower() in STOP_WORDS or parts[0].endswith("ly")):
            parts = parts[1:]  # "Throughout WWII", "Luckily Smith": the sentence's first word is no name
        words = [
            _name_word(w)
            for w in parts
            if w not in NAME_STOP
            and w.lower() not in DAYS | MONTHS
            and not (w.isupper() and len(w) >= 4 and m.start() < opening and w not in known)
        ]
        initial_only = m.start() <= first and len(parts) == 1 and parts == m.group(0).split()
        if words and (not initial_only or words[0] in known):
            found.add(" ".join(words))
    return found


def _name_word(word: str) -> str:
    return re.sub(r"[’']s$", "", word)


def _same_name(a: str, b: str) -> bool:
    """Two name words for one thing: equal, or a place and its adjective (Russia/Russian, West/Western,
    Ukraine/Ukrainian): a shared opening of four letters or more, all but the last of the shorter word."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return shorter >= 4 and common >= max(4, shorter - 1)


def name_conflicts(a: str, b: str) -> list[tuple[str, str]]:
    """Names that fill the same slot of two wordings and that the other wording never uses."""
    out = []
    known = {w for n in names(a) | names(b) for w in n.split()}
    na, nb = names(a, known), names(b, known)
    words_a = {w for n in na for w in n.split()}
    words_b = {w for n in nb for w in n.split()}
    for before, part_a, part_b, _after in _replacements(a, b):
        if len(part_a.split()) > 4 or len(part_b.split()) > 4 or len(before.split()) < 2:
            continue
        xa = [n for n in na if n in part_a and not any(_same_name(w, v) for w in n.split() for v in words_b)]
        xb = [n for n in nb if n in part_b and not any(_same_name(w, v) for w in n.split() for v in words_a)]
        xa = [n for n in xa if not set(n.split()) & TITLES]
        xb = [n for n in xb if not set(n.split()) & TITLES]
        if xa and xb:
            out.append((xa[0], xb[0]))
    return out


def _spelling(a: str, b: str) -> bool:
    """Two spellings of one name word: in any case, one the opening of the other ("Ray"/"Raymond"),
    or at most two letters apart ("Attwell"/"Atwell")."""
    a, b = a.lower(), b.lower()
    if a.startswith(b) or b.startswith(a):
        return True
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1] <= 2


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def one_word_apart(a: str, b: str) -> list[tuple[str, str]]:
    """Names of three words or more (titles aside) that agree on every word but one, for two wordings
    of one fact: "Pike County Correctional Institute" / "Pike County Correctional Facility", "Monroe
    County Jail" / "Pike County Jail". A long name kept but for one word is the same slot named two
    ways. Not when the differing words are one name spelt two ways (``_same_name``, "Ray"/"Raymond",
    "Attwell"/"Atwell"), nor when either wording also names the other's (in full, by that word, or by
    its initials: "the FCC ... the Federal Trade Commission" names both commissions)."""
    known = {w for n in names(a) | names(b) for w in n.split()}
    out = []
    for x in sorted(names(a, known)):
        for y in sorted(names(b, known)):
            xs = [w for w in x.split() if w not in TITLES]
            ys = [w for w in y.split() if w not in TITLES]
            if len(xs) < 3 or len(xs) != len(ys):
                continue
            apart = [(u, v) for u, v in zip(xs, ys, strict=True) if u != v]
            if len(apart) != 1:
                continue
            u, v = apart[0]
            if _same_name(u, v) or _spelling(u, v):
                continue
            if _word_in(v, a) or _word_in(u, b) or _word_in(_initials(y), a) or _word_in(_initials(x), b):
                continue
            out.append((x, y))
    return out


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None
