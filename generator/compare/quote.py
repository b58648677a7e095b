"""Quotes: the quoted words of a wording and who it says is speaking, and quotes of one utterance of
one speaker worded differently."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from ..lexicon import CARDINALS, DAYS, MONTHS, STOP_WORDS
from ..segment import QUOTATION as _QUOTE
from ..segment import opening
from .name import _PARTICLE, INNER_TITLES, NAME_STOP, TITLE_MODIFIERS, TITLES, _name_word, _same_name
from .number import MORE_NUMBER_WORDS, NUMBER_WORDS, ORDINALS, nth
from .text import SAME_FACT, _jaccard, _tokens

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


@lru_cache(maxsize=1 << 16)  # a story compares each sentence with every other: read each once
def _quotes(text: str) -> tuple[str, ...]:
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


def _one_utterance(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Strong signs that two quotes differ in wording for one utterance (for sentences the fact signal
    finds likely to state one fact): the same first three words, one of them a content word ("Had
    the crew arrived" / "Had the crew been able to arrive"), and a third of their words shared: two
    quotes that open with the same three small words were two utterances of one speaker (a tuning
    story). A quote whose words all appear in the other's is not enough: outlets trim
    quotes without marking the cut, and a trimmed quote is no disagreement."""
    opening = a[:3] == b[:3] and any(w not in STOP_WORDS and len(w) > 2 for w in a[:3])
    return opening and _jaccard(set(a), set(b)) >= ONE_UTTERANCE_OVERLAP


_SPEECH = (
    r"said|says|told|tells|added|adds|tweeted|wrote|writes|stated|explained|acknowledged|noted|argued|recalled"
    r"|reiterated|reiterates|recounted|recounts|reminded|remarked|insisted"
    # verbs that tell speech only before a quote ("Lee countered: “...”", not "Port Town countered with a
    # run"), or before the colon that opens it (a tag read without its quote); "replied" and "responded"
    # are read beside one quote (``_REPLY``)
    r"|(?:answered|countered|repeated|declared)(?=\s*(?:[,:]?\s*[“\"]|:\s*$))"
)
_SAYING = rf"(?:{_SPEECH}|continued)"  # ", he continued." after a quote
_NAMED_WORD = r"[A-Z][\w’'-]*(?:\.[A-Z][\w’'-]*)*"  # "A.J." is one word of a name
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# A particle inside a name is part of it ("Ana da Silva Roe"), never its first word.
_NAMED = rf"(?<![\w’'.-]){_NAMED_WORD}(?:(?:\.?\s+|\s+{_PARTICLE}\s+){_NAMED_WORD})*"
# Lowercase words that describe the person named next ("said Acme campaign manager Bo Lee"): the
# speaker is the name after them, not the organisation before; never a small word ("said Friday
# that Roe ...": Roe is no speaker).
_DESCRIBING = rf"(?!(?:{'|'.join(sorted(w for w in STOP_WORDS if w.isalpha()))})\b)[a-z]+"
# "Aaron said", "Don Aaron, a police spokesman, initially told", "Rep. Ann Doyle (D-Ore.) said",
# "said Mike Reichling", "according to Kim", "said senior adviser Ann Roe".
_SPEAKER = re.compile(
    rf"({_NAMED})(?:\s+from\s+{_NAMED},?(?=\s))?(?:(?:,[^,“”\"]{{1,80}}){{1,2}},|\s+\([^()]{{1,40}}\))?"
    rf"\s+(?:(?:has|had)\s+)?(?:\w+ly\s+)?{_SAYING}\b"
    rf"|\b(?:[Ss]aid|[Ss]ays|[Aa]dded|wrote)\s+(?:\d{{1,3}}-year-old\s+)?(?:{_NAMED}\s+(?:{_DESCRIBING}\s+){{1,3}}(?=[A-Z]))?"
    rf"((?:{_PARTICLE}\s+)?{_NAMED})"
    rf"|\baccording to ({_NAMED})"
    # "said senior adviser Ann Roe.": lowercase words that describe the person, then the name, which
    # ends the clause (not "said regional traders Roe and Lee met ...").
    rf"|\b(?:said|says|added|wrote)\s+(?:(?:former|{_DESCRIBING})\s+){{1,3}}((?:{_PARTICLE}\s+)?{_NAMED})(?=\s*(?:[,.;:!?]|$))"
)


def speakers(text: str) -> set[str]:
    """The name words of whoever the text says is speaking (outside its quotes): "Aaron said",
    "said Mike Reichling", "according to Mr. Kim" -> {"Kim"}; pronouns and titles are not names."""
    return set(_speakers(text))


@lru_cache(maxsize=1 << 16)
def _speaker_names(text: str) -> tuple[tuple[str, ...], ...]:
    """Each speaker the text names (outside its quotes), in order, as name words without titles,
    pronouns or days ("said Wednesday")."""
    return tuple(words for name in _speaker_matches(text) if (words := _named_words(name)))


# A sentence whose subject, a person named first, does something ", saying" what it quotes: "Mayor Ann
# Roe also thanked the crews, saying they had “saved the town.”" (an audit found such words given to
# the person the sentence before quotes). Not a body ("Police arrested him, saying ...": no name).
_SAYING_SUBJECT = re.compile(
    rf"^\W*({_NAMED})(?:,[^,“”\"]{{1,80}},)?\s+(?:also\s+|\w+ly\s+)?[a-z]+(?:ed|s)\b[^“”\"]{{0,160}},\s+saying\b"
    r"[^“”\"]*[“\"]"
)


def saying_subject(text: str, article: str = "") -> str | None:
    """The person a sentence names first, as its subject, where it quotes them after ", saying" ("Mayor
    Ann Roe also thanked the crews, saying they had “saved the town.”" -> "Ann Roe"); None for a
    body or a common word the article also writes in lowercase ("Police arrested him, saying ...")."""
    found = _SAYING_SUBJECT.match(text)
    words = _named_words(found.group(1)) if found else ()
    if not found or not words or (len(words) == 1 and _common_word(words[0], article)):
        return None
    return _label(found.group(1))


# A reply's tag ("“It will be,” Roe replied.") names the speaker of a sentence's one quote; beside a
# second quote it may follow a question another asked ("Asked, “Is it safe?” Roe replied, “It is.”").
_REPLY = re.compile(
    rf"({_NAMED})(?:(?:,[^,“”\"]{{1,80}}){{1,2}},)?\s+(?:\w+ly\s+)?(?:replied|replies|responded|responds)\b"
)


# What may stand between a reply's verb and its quote in a tag read without its quotes: a comma or a
# colon, then the quote (“…”) or the end, where a quote left open began.
_BEFORE_QUOTE = re.compile(r"[\s,:]*(?:“…”|$)")


def _speaker_matches(text: str) -> list[str]:
    """Each speaker as the text writes it, titles included ("FDA Commissioner Bo Lee"), outside quotes
    (a quote the sentence split cut, opened and not closed in it, too: "“Will it end, as Roe said")."""
    plain = _QUOTE.sub(" ", text)
    for quote in _quotes(text):
        plain = plain.replace(quote, " ")
    found = [next(g for g in m.groups() if g) for m in _SPEAKER.finditer(plain)]
    if not found and len(_QUOTE.findall(text)) == 1:
        found = [m.group(1) for m in _REPLY.finditer(plain)]
    return found


def _named_words(name: str) -> tuple[str, ...]:
    """The name words of a speaker as matched, without titles, pronouns ("I said") or days."""
    return tuple(
        _name_word(w if _INITIALS.fullmatch(w) else w.strip("."))
        for w in name.split()
        # "She's said ...": a pronoun with its verb run on ("'s": has, is) is no name.
        if w != "I" and re.sub(r"[’']s$", "", w.strip(".")) not in TITLES | NAME_STOP and w.lower() not in DAYS | MONTHS
    )


def _speakers(text: str) -> frozenset[str]:
    # A particle ("da", "van") names no one: two speakers who share one are not one speaker.
    return frozenset(w for name in _speaker_names(text) for w in name if not re.fullmatch(_PARTICLE, w))


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


def _speaker_label(text: str) -> str:
    """The first speaker the text names, as written, from the word after the last title ("Commissioner
    Bo Lee" -> "Bo Lee", "FDA Commissioner Bo Lee" -> "Bo Lee": the agency is not part of the name)."""
    return _label(next(name for name in _speaker_matches(text) if _named_words(name)))


def quote_speaker_label(text: str, quote: str) -> str:
    """The speaker of one quote of the text, as ``_speaker_label`` prints it: of a sentence that names
    two speakers ("“We will rebuild,” Ann Roe said, while Bo Lee, the fire chief, said the blaze
    “started in the kitchen”"), the one whose tag stands nearest the quote; else the first named."""
    plain = _QUOTE.sub(lambda m: " " * len(m.group()), text)
    # Tags found from every capital too, not only where the last one ended: "Roe told NBC, while Bo
    # Lee, who ..., said" holds "Roe told" and "Bo Lee, who ..., said", and a scan from "NBC" reads
    # "NBC, while Bo Lee, who ..., said" as one tag.
    found = [*_SPEAKER.finditer(plain), *(_SPEAKER.match(plain, c.start()) for c in re.finditer(r"\b[A-Z]", plain))]
    # A verb of a statement before the quote tags it too ("Police said ..., and Ann Roe confirmed that
    # the crew was “worn out”": Ann Roe's words; an audit read them given to "Police").
    at = text.find(quote)
    found += [m for m in _STATED_BY.finditer(plain) if m.end() <= at]  # a particle first: "da Silva Roe"
    tags = {
        (m.start(), m.end(), name)
        for m in found
        if m is not None and _named_words(name := next(g for g in m.groups() if g))
    }
    # A scan from inside a name ("Lee, who ..., said" of "Bo Lee, who ..., said") is the same tag.
    tags = {t for t in tags if not any(o[1] == t[1] and o[0] < t[0] and o[2].endswith(f" {t[2]}") for o in tags)}
    if len({_label(name) for *_, name in tags}) < 2 or at < 0:
        return _speaker_label(text)
    end = at + len(quote)
    # The nearest tag; of two as near, the tighter one (the name nearest its verb).
    return _label(min(tags, key=lambda t: (max(t[0] - end, at - t[1], 0), t[1] - t[0], t[0]))[2])


def full_name(name: str, before: str, story: str) -> str:
    """A speaker named by one word ("Roe") in full ("Ann Roe"): where the story names one person of that
    surname in full and the text before the quote names them so, or names no one of that surname in
    full (an article that writes only "Roe" while the other outlets name Ann Roe: an audit read
    "— Roe" under one heading and "— Ann Roe" under the next); or, where the story names several
    ("Ann Roe", "Bo Roe"), where the text before names one of them in full and none by a title alone
    ("Mayor Roe" may be the other). Else as given (no title or small word is taken for a first name)."""
    if " " in name and not _SURNAME_PARTICLE.match(name):
        return name  # a surname of two words ("San Felice", "de Roe") may be named in full too
    here, everywhere = _full_names(name, before), _full_names(name, story)
    if len(here) == 1 and (here == everywhere or not _titled(name, before)):
        return next(iter(here))
    if not here and len(everywhere) == 1 and not _given_name(name, story) and not name.isupper():
        full = next(iter(everywhere))
        if all(_GIVEN.fullmatch(w) for w in full[: -len(name)].split()):
            return full  # not an acronym's ("HP"), nor "Harbour-based" before a name
    if not everywhere:
        # A name written family name first, the given name hyphenated ("Mr. Youn" of "Youn Kun-young",
        # as Korean names are romanised): where the story names one person so.
        family_first = rf"(?<![\w’'.-]){re.escape(name)}\s+[A-Z][a-z]+-[a-z]+\b"
        first = {" ".join(m.split()) for m in re.findall(family_first, story)}
        if len(first) == 1:
            return first.pop()
    return name


# A given name's form: capitalised, its parts after a hyphen or apostrophe too ("Jean-Luc", "D'Arcy").
_GIVEN = re.compile(r"[A-Z][a-z]*\.?(?:[-’'][A-Z][a-z]*)*")


def _given_name(name: str, story: str) -> bool:
    """Whether the story writes the name before another name ("Doug Lee"): a given name, whose "full
    name" found before it ("Dependable Doug") may be a nickname."""
    return re.search(rf"(?<![\w’'-]){re.escape(name)}\s+[A-Z][a-z]", story) is not None


_SURNAME_PARTICLE = re.compile(
    r"(?:San|Santa|De|Del|Della|Di|Da|Dos|Van|Von|Le|La|Al|El|Mac|St\.?|de|del|della|di|da|dos|van|von)\s+[A-Z]"
)


# Capitalised words before a name that are no given name: titles, offices, a party.
_NOT_GIVEN = TITLES | INNER_TITLES | TITLE_MODIFIERS | {"Democrat", "Democratic", "Republican", "Independent"}


_NO_GIVEN_WORDS = STOP_WORDS | NUMBER_WORDS.keys() | {"one", "two"}


def _runs_on_to(surname: str) -> str:
    """A lookahead: the capitalised words that follow do not run on to the surname ("in Ann Roe's")."""
    return rf"(?!(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w’'-]*))*[^\S\n]+{re.escape(surname)})"


def _full_names(surname: str, text: str) -> set[str]:
    """The given names and surname of a text for one surname ("Ann Roe"; "Luis Alberto Roe" where the
    two given names are all the capitalised words before it; not "Mayor Roe", "Because Roe", nor an
    office taken for a name: "Harbour Master Ann Roe", "Secretary of State Ann Roe" give "Ann Roe")."""
    out = set()
    # The name as a possessive too ("Ann Roe’s aide"), never inside a longer word ("Roeland", "Roe-Lee").
    for m in re.finditer(rf"(?<![\w’'.-]){re.escape(surname)}(?:(?![\w’'-])|(?=[’']s\b))", text):
        # The few words before it (not the whole text split at each match); a word the window cuts, out.
        window = text[max(0, m.start() - 200) : m.start()]
        # Not back past a paragraph's end (a heading "South Port" before "Acme said ...").
        words = window.split("\n")[-1].split()[1 if m.start() > 200 and "\n" not in window else 0 :]
        run: list[str] = []
        # Back over capitalised words, not past a sentence's end ("... the Journal. Ann Roe"; "Gov." is a title).
        while words and len(run) < 4 and re.fullmatch(r"[A-Z][\w’'-]*\.?", words[-1]):
            if words[-1].endswith(".") and words[-1].strip(".") not in _NOT_GIVEN:
                break
            run.insert(0, words.pop())
        if len(run) > 2 or (words and words[-1] in ("of", "for")):
            run = run[-1:]  # an office's words before the given name: the last word is the name
        while (
            run
            and (
                run[0].strip(".") in _NOT_GIVEN
                or run[0].lower() in _NO_GIVEN_WORDS  # "Two Acme workers"
                or run[0][-2:] in ("'s", "’s")
                or re.fullmatch(_SAYING, run[0].lower())  # a tag put first: "Added Roe: “...”"
            )
        ):
            run = run[1:]
        # A role the text also writes in lowercase before a given name ("Swimmer Ann Roe" where "the
        # swimmer" is written too) is no name; a lone given name ("Bill Roe") stays one.
        while len(run) > 1 and re.search(rf"\b{re.escape(run[0].lower())}\b", text):
            run = run[1:]
        # A place before a name-like word ("South Port Acme train", where the text has "in South Port"):
        # a given name follows no "in" unless the name goes on ("in Ann Roe's view").
        if run and re.search(rf"\b(?:in|near|across|throughout)\s+{re.escape(run[0])}\b{_runs_on_to(surname)}", text):
            run = []
        # A word that opens a sentence, one the text also writes in lowercase or an "-ing" word, is that
        # word, not a given name ("Following Roe’s speech, ..."); the name's other mentions tell it.
        opens = not words or re.search(r"[.!?][\"”’')]*$", words[-1])
        if len(run) == 1 and opens and (run[0].endswith("ing") or re.search(rf"\b{re.escape(run[0].lower())}\b", text)):
            run = []
        if run and all(w.strip(".") not in TITLES and w.lower() not in STOP_WORDS and "." not in w for w in run):
            out.add(" ".join([*run, surname]))
    return {n for n in out if not any(o != n and n.endswith(" " + o) for o in out)}


# Words that go on a title after it ("Chief Executive", "Chief Operating Officer"): no given names.
_AFTER_TITLE = {"Executive", "Operating", "Financial", "Officer", "Constable", "Superintendent"}
# A label starts after the last of these ("Acme CEO Bo Lee"); offices a label reads as titles too, never
# part of the name ("House Minority Leader Ann Roe", "County Coroner Bo Lee": an audit read both whole).
_OFFICES = {"Leader", "Coroner", "Speaker", "Whip", "Marshal", "Administrator", "Agent", "Examiner", "Treasurer",
            "Auditor", "Counsel"}  # fmt: skip
_LABEL_TITLES = TITLES | INNER_TITLES | _OFFICES


def _last_title(raw: list[str]) -> int:
    """Where the last title of a run of words ends (-1 for none): "Acme CEO Bo Lee" at "CEO", "Acme Chief
    Executive Bo Lee" at "Executive" (a title that goes on: "Chief Operating Officer ...")."""
    last = max((i for i, w in enumerate(raw) if w in _LABEL_TITLES), default=-1)
    while last >= 0 and last + 2 < len(raw) and raw[last + 1] in _AFTER_TITLE:
        last += 1
    return last


def _label(name: str) -> str:
    """A speaker's name as matched, from the word after the last title ("FDA Commissioner Bo Lee" ->
    "Bo Lee") or owner ("Acme's Bo Lee" -> "Bo Lee")."""
    raw = [w if _INITIALS.fullmatch(w) else w.strip(".") for w in name.split()]
    # An outlet's or a body's possessive before the person is no part of the name ("Acme's Bo Lee").
    owner = max((i for i, w in enumerate(raw[:-1]) if re.search(r"['’]s$", w)), default=-1)
    raw = raw[owner + 1 :]
    last = _last_title(raw)
    words = _named_words(" ".join(raw[last + 1 :])) or _named_words(name)
    # Four words or more after a title are an office's words before a name ("Chief Patrol Agent Bo
    # Lee" -> "Bo Lee"; an audit read "Patrol Agent Bo Lee"); three may be a name ("Luis Alberto Roe").
    return " ".join(words[-2:] if len(words) > 3 and last >= 0 else words)


ATTRIBUTED_WORDS = 8
ATTRIBUTED_OVERLAP = 0.8

# "..., she said in a statement." / "said he": the speaker a pronoun stands for, named before.
# "said he" only right after a quote: "Roe said he would stay" is reported speech, no tag.
# Verbs that tag a quote right after it, "“...,” he repeated" (not "he repeated the claim", which
# ``_SPEECH`` reads only before a quote). Not a reply's ("“Yes,” he answered"): its "he" is the one
# the sentence before spoke to, not its speaker.
_AFTER_QUOTE = r"(?:repeated|declared|asks|asked|(?:planned|wanted|wants)\s+to\s+ask)"
_OPENING_PRONOUN = r"(?:(?:But|And|Yet|Still|Then|So|Later|Earlier)\s+[Ss]?[Hh]e|He|She)"
# Verbs of a statement, not only of saying, that give "he" or "she" a view in the outlet's words ("He
# warned that ...", "She also stressed ...", "He expressed concerns that ..."): for a heading, whom
# the pronoun stands for (an audit read four such headings of one story with no one named).
_STATING = (
    r"(?:emphasi[sz]ed|stressed|warned|expressed|claimed|denied|suggested|predicted|urged|cautioned"
    r"|conceded|admitted|announced|confirmed|vowed|pledged|promised|accused|described)"
)
# A name and a verb of a statement: a tag for the quote it stands nearest (``quote_speaker_label``).
_STATED_BY = re.compile(rf"((?:{_PARTICLE}\s+)?{_NAMED})\s+(?:\w+ly\s+)?{_STATING}\b")
# Other verbs a sentence's subject quotes with: calling something a name ("called the levy “...”"), a
# verb of a statement before the quote in its clause ("He also urged crews to “stay home.”"), or any
# verb before the colon that opens a quote ("Then he cautioned: “...").
_QUOTING_VERB = rf"(?:called\b|{_STATING}\b[^“”\".;]{{0,80}}?[“\"]|[a-z]+ed:\s*[“\"])"
# What may come between "he" and the verb: "has", "had" or "'s", or what he did first ("paused, then",
# "smiled and"), then an adverb or "also".
_BETWEEN = r"(?:[’']s|\s+ha[sd]|\s+[a-z]+ed(?:,?\s+(?:and\s+)?then|\s+and))?\s+(?:(?:\w+ly|also)\s+)?"
# A sentence whose subject is "he" or "she", who says or calls something in words it quotes ("He said
# he is “...”", "She's said the plan is “...”", "She called the levy “...”"): the quote is theirs, as
# a tag's is, and "he" is whom the sentence before is about.
_OPENS_SAYING = re.compile(rf"{_OPENING_PRONOUN}{_BETWEEN}(?:{_SAYING}\b|{_QUOTING_VERB})")
_PRONOUN_SAYS = re.compile(
    rf"\b(?:[Hh]e|[Ss]he){_BETWEEN}{_SAYING}\b|[”\"]\s*(?:said|says|added)\s+(?:he|she)\b"
    rf"|[”\"][\s,]*(?:he|she)\s+(?:\w+ly\s+)?{_AFTER_QUOTE}\b|^{_OPENS_SAYING.pattern}"
)
# A "he said" that tags a quote ("“...,” he said", "he told the Courier: “...”", or one the sentence split
# cut, opened and not closed: "he told the radio: “He is ..."), not reported speech ("in which he said he
# would stay").
_QUOTE_BY_PRONOUN = re.compile(
    rf"“…”[\s,.;:—–-]*(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?(?:{_SAYING}|{_AFTER_QUOTE})\b"
    rf"|\b(?:[Hh]e|[Ss]he){_BETWEEN}{_SAYING}\b[^“”\".;]{{0,40}}[,:]\s*[“\"]"
)
# A sentence that opens with whom it is about: capitalised words (and the small words of an office,
# "Secretary of State") up to the first lowercase word ("Interior Secretary Ann Roe urged ...").
_OPENING_NAME = re.compile(
    r"(?:(?:[A-Z][\w.’'-]*|of|the|for|and|\([A-Z][\w.,’'-]*\))\s+)+(?=[a-z])"  # a party's tag: "Ann Roe (D-Md.)"
    r"|(?!(?:The|A|An)\s)(?:(?:[A-Z][\w.’'-]*|of|the|for|and)\s+)*[A-Z][\w.’'-]*(?=,\s)"  # "Ann Roe, co-director ..."
)


# A sentence that opens with its source ("According to Ann Roe, a clerk, ...").
_ACCORDING = re.compile(rf"According to ({_NAMED}),")
# A sentence that opens with a role and the person in it ("The official, Ann Roe, said ...", "The
# Harbour Board chairwoman, Ann Roe, ...", "But Mr. Roe's deputy, Bo Lee, noted ...": the person named
# after the role, not its owner).
_APPOSED = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:The|A|An|Its|His|Her|Their|(?:(?:Mrs?|Ms|Dr)\.\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*[’']s)"
    # the role's words: lowercase, or a body's name after "of the" ("The head of the UN refugee agency")
    rf"\s+(?:[A-Z][\w’'-]*\s+){{0,2}}[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*|\s+of\s+the(?:\s+[A-Z][\w’'-]*){{1,3}}){{0,4}},"
    rf"\s+({_NAMED}),\s"
)
# What a sentence may open with before whom it is about: a question put to the person ("Asked whether
# ..., Ann Roe ..."), or when, where or how they spoke ("Speaking at the town hall on Friday, Mayor Roe
# ...", "In an interview with the Courier, Roe ...", "As the storm neared, Roe ..."), or a concession
# ("Although the pier is closed, Mayor Roe ...").
_LEAD_IN = re.compile(
    r"(?:Asked|Pressed|Questioned|Speaking|Writing|In|At|On|During|As|After|Before|When|While|Later|Earlier"
    r"|Although|Though|Despite|Because|Since|Once"
    # "A day after telling reporters ..., Roe ...", "Hours before the vote, ..."
    r"|(?:An?|One|Two|Three|Hours|Days|Weeks|Months|Minutes|Moments)(?:\s+(?:day|week|month|hour)s?)?\s+(?:after|before))"
    r"\b(?:[^,“”\"]|“…”){0,150},\s+(?=[A-Z]|(?:the|an?)\s)"  # a quote inside it, its comma kept (``_quoted_to``)
)


# A longer opening phrase, commas inside it ("With the moderator, Ann Roe, opening the session with a
# question about the levy, which ..., Bo Lee criticised the plan"): up to the first name after a
# comma that a verb in the past tense follows.
_LONG_LEAD_IN = re.compile(
    r"(?:With|Amid|Following|Responding|Referring|Citing|Pointing)\b[^“”\"]{0,250}?,\s+"
    r"(?=(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+ed\b)"
)
# A linking word before the subject ("Also, NPR's Bo Lee is reporting ...", "Meanwhile, ...").
_LINKING = re.compile(r"^(?:Also|Meanwhile|However|Still|Separately),\s+(?=[A-Z])")
# A role before a person's full name, the sentence's subject: "the US ambassador Ann Roe confirmed ...",
# "a senior aide, Bo Lee, said" is ``_APPOSED``'s.
_ROLE_THEN_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:(?:[A-Z][\w.’'-]*|[a-z][\w’'-]*)\s+){1,4}?(?P<name>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*)\s+[a-z]"
)
# The same without an article: capitalised words, then the role's lowercase words, then the full name
# ("Outgoing Harbour Board economic adviser Ann Roe warned ..."). The role ends in a word that is no
# small word, so "Harbour Democrats led by Ann Roe said" is not Roe's.
_BARE_ROLE_THEN_NAME = re.compile(
    r"(?!(?:The|A|An)\s)(?:[A-Z][\w.’'-]*\s+){1,4}(?:[a-z][\w’'-]*\s+){0,2}(?P<role>[a-z][\w’'-]*)\s+"
    r"(?P<name>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*)\s+[a-z]"
)


def _quoted_to(quote: re.Match) -> str:
    """A quote as "“…”", the comma it ends with kept after it ("..., he said he was “done,” Ann Roe
    ..." reads "..., he said he was “…”, Ann Roe ...")."""
    return " “…”, " if quote.group(0)[:-1].rstrip().endswith(",") else " “…” "


def speaker_before(text: str, previous: str, article: str = "") -> str | None:
    """Whom a quote's sentence gives it to with a pronoun ("“...,” she said"), named in the article's
    sentence before: the speaker it names ("Ann Roe said ..."), or else the person it opens with, a
    full name or a name after a title ("Interior Secretary Ann Roe urged ..."); for a sentence that is
    only a quote, the speaker the sentence before names. None when the sentence names its own
    speaker, says no "he said" or "she said", or the one before names no one so (a group, one
    capitalised word, or one the article also writes in lowercase: "Aides said ...")."""
    plain = _QUOTE.sub(" “…” ", text)
    # A sentence that is only a quote goes on with the speaker the sentence before quotes ("“...,” Ann
    # Roe said. “...”"), as a quote paragraph without a tag goes on with the last speaker.
    quote_only = bool(_QUOTE.search(text)) and not re.search(r"[^\W\d_]", plain)
    if speakers(text) or not (_PRONOUN_SAYS.search(plain) or quote_only):
        return None
    if speakers(previous):
        return _named(previous, _speaker_label(previous), article)
    # "“...,” the congressman said.": the one person the article names with that office's title.
    if person := _role_says(previous, article):
        return person if quote_only or _pronoun_fits(text, person, article) else None
    if quote_only:
        return None
    told = _QUOTE.sub(_quoted_to, previous).strip()
    # "According to Ann Roe, a clerk, the ferry left early.": the source the sentence opens with (the
    # speaker ``speakers`` reads only in "..., according to Ann Roe", lower case: what the alignment's
    # features were trained on). "The official, Ann Roe, said ...", "Her lawyer, Bo Lee, argued ...":
    # the person a role opens with.
    # A source named by surname alone ("According to Roe, ...") is the one person the article names so.
    opening = _ACCORDING.match(told) or _APPOSED.match(told)
    named = _named_words(opening.group(1)) if opening else ()
    whole = " ".join(named) if len(named) >= 2 else _person(named[0], article) if named else None
    if whole:
        return whole if _tags_by_pronoun(text) and _pronoun_fits(text, whole, article) else None
    # A question put to the person first ("Asked whether ..., Ann Roe, a former clerk, offered ..."):
    # the person the sentence opens with comes after it.
    if lead := _LEAD_IN.match(told) or _LONG_LEAD_IN.match(told):
        told = told[lead.end() :]
    told = _LINKING.sub("", told, count=1)
    # "the US ambassador Ann Roe confirmed ...": a role in lowercase words, then the person's full name.
    role = _ROLE_THEN_NAME.match(told)
    if role is None and (bare := _BARE_ROLE_THEN_NAME.match(told)) and bare.group("role") not in STOP_WORDS:
        role = bare
    if role and len(full := _named_words(role.group("name"))) >= 2:
        whole = " ".join(full)
        fits = full[-1] not in _BODIES and _tags_by_pronoun(text) and _pronoun_fits(text, whole, article)
        return whole if fits else None
    if role := _THE_ROLE.match(told):
        person = _titled_person(role.group(1).lower(), article)
        fits = person is not None and _tags_by_pronoun(text) and _pronoun_fits(text, person, article)
        return person if fits else None
    opening = _OPENING_NAME.match(told)
    if not opening:
        return None
    # The last run of capitalised words ("Ann Roe of the parks office" -> "Ann Roe"; "Department of
    # Homeland Security Secretary Ann Roe" -> "Homeland Security Secretary Ann Roe"), from past its title.
    opened = re.sub(r"\s*\([^)]*\)", "", opening.group(0)).strip()  # without a party's tag
    runs = re.split(r"\s+(?:of|the|for|and)(?=\s|$)", " " + opened)
    at = next((i for i in range(len(runs) - 1, -1, -1) if runs[i].strip()), 0)
    raw = [w.strip(".") for w in runs[at].split()]
    # An outlet's or a body's possessive before the person is no part of the name ("NPR's Bo Lee").
    owner = max((i for i, w in enumerate(raw[:-1]) if re.search(r"['’]s$", w)), default=-1)
    raw = raw[owner + 1 :]
    last = _last_title(raw)  # "Acme CEO Bo Lee", as a label reads it
    named = _named_words(" ".join(raw[last + 1 :]))
    if last < 0 and at > 0 and runs[at - 1].split() and runs[at - 1].split()[-1].strip(".") in TITLES:
        named, last = named[-2:], 0  # "Secretary of State Ann Roe": the office's words, then the name
    if not named or named[-1] in _BODIES:
        return None
    if (lead or (len(named) < 2 and last < 0)) and not _tags_by_pronoun(text):
        return None  # "..., Roe went on, in which he said he would ...": the "he" may be another's
    person = " ".join(named) if len(named) >= 2 or last >= 0 else _person(named[0], article)
    return person if person and _pronoun_fits(text, person, article) else None


# An office a sentence opens with, for the one person the article names with its title ("The governor
# added ..." where the article names "Gov. Ann Roe"): the titles each is written with.
_OFFICE_TITLES = {
    "governor": ("Gov.", "Governor"), "mayor": ("Mayor",), "senator": ("Sen.", "Senator"),
    "congressman": ("Rep.", "Representative", "Congressman"),
    "congresswoman": ("Rep.", "Representative", "Congresswoman"),
    "sheriff": ("Sheriff",), "prosecutor": ("Prosecutor",), "judge": ("Judge",), "president": ("President",),
}  # fmt: skip
# A quote's own tag that names an office ("the mayor said", "..., said the governor." where the clause
# ends: not "said the judge also refused", whose judge is no speaker).
_ROLE_SAYS = re.compile(
    # "the seven-term congressman demands": words that describe the office's holder before it, and
    # verbs that tag a quote only beside one ("demands", "asked")
    rf"\bthe\s+(?:[\w-]+-[\w-]+\s+|(?:new|former|veteran|longtime)\s+)?({'|'.join(_OFFICE_TITLES)})\s+(?:\w+ly\s+)?"
    rf"(?:{_SAYING}|demands|demanded|asks|asked|shouts|shouted)\b"
    rf"|\b(?:said|says|added)\s+the\s+({'|'.join(_OFFICE_TITLES)})(?=\s*(?:[,.;:!?]|$))",
    re.IGNORECASE,
)
_THE_ROLE = re.compile(rf"The\s+(?:[a-z][\w-]*\s+){{0,2}}?({'|'.join(_OFFICE_TITLES)})\b(?![’']s)(?!\s+(?:of|and)\s)")


# A lead-in that gives whose statement follows: "Here's the governor's statement:", "Below is Ann Roe's
# full statement:", "Read the mayor's letter:".
_STATEMENT_OWNER = re.compile(
    rf"^\W*(?:here(?:['’]s| is)|below is|read|this is|the following is)\s+(?:the\s+)?(?:full\s+)?(?:text\s+of\s+)?"
    rf"(?:(?:the\s+)?(?P<role>{'|'.join(_OFFICE_TITLES)})|(?P<name>{_NAMED}))['’]s?\s+(?:full\s+)?"
    r"(?:statement|remarks|letter|message|speech)\s*:\s*$",
    re.IGNORECASE,
)


def _statement_owner(lead: str, article: str, describe: bool = False) -> str | None:
    """Whose statement a lead-in says follows: the one person the article titles with its office ("the
    president" -> "Ann Roe" where it names "President Ann Roe"), a person it names, or with
    ``describe`` the office itself where the article titles no one so."""
    found = _STATEMENT_OWNER.match(lead)
    if not found:
        return None
    if role := found.group("role"):
        return _titled_person(role.lower(), article) or (f"the {role.lower()}" if describe else None)
    return _label(found.group("name")) if _named_words(found.group("name")) else None


def _role_says(text: str, article: str) -> str | None:
    """The person a tag of an office ("“...,” the mayor said") stands for: the one the article titles so."""
    role = _ROLE_SAYS.search(_outside(text))
    return _titled_person((role.group(1) or role.group(2)).lower(), article) if role else None


def _titled_person(office: str, article: str) -> str | None:
    """The one person the article names with the office's title ("Gov. Ann B. Roe", "Governor Ann B.
    Roe" -> "Ann B. Roe"), the fullest way it names them; None for none or several."""
    titles = "|".join(re.escape(t) for t in _OFFICE_TITLES[office])
    found = re.findall(rf"(?<![\w.])(?:{titles}) +((?:[A-Z][\w’'-]*\.? +){{1,2}}[A-Z][\w’'-]+)", article)
    found = [re.sub(r"[’']s$", "", n) for n in found]  # "Mayor Ann Roe's office": Ann Roe
    # Not a headline's words in title case ("Congressman Breaks His Silence"): no name has a small word.
    found = [n for n in found if not any(w.lower() in STOP_WORDS for w in n.split())]
    named = {n.split()[-1]: n for n in sorted(found, key=len)}  # by surname, the longest form last
    return next(iter(named.values())) if len(named) == 1 else None


def _person(word: str, article: str) -> str | None:
    """A sentence's one-word subject ("Roe pushed back ...") as a person the article names: in full, one
    person of that surname ("Ann Roe"), or else after a title ("Mayor Roe"). None for a word the
    article also writes as a common word, or without the article."""
    if not article or _common_word(word, article):
        return None
    full = _full_names(word, article)
    if len(full) == 1:
        return next(iter(full))
    return word if not full and _titled(word, article) else None


_TITLE_WORDS_RX = "|".join(sorted(TITLES))


def _titled(name: str, text: str) -> bool:
    """Whether the text names ``name`` after a title ("Mayor Roe", "Sen. Roe")."""
    return re.search(rf"\b(?:{_TITLE_WORDS_RX})\.?\s+{re.escape(name)}(?![\w’'-])", text) is not None


def _pronoun_fits(text: str, person: str, article: str) -> bool:
    """Whether the "he" or "she" a sentence gives its quote to may stand for the person: not a "she" for
    someone the article calls "Mr. Roe", nor a "he" for "Ms. Roe"."""
    pronoun, surname = _says_pronoun(text), re.escape(person.split()[-1])
    other = {"he": r"(?:Ms|Mrs|Miss)", "she": r"Mr"}.get(pronoun or "")
    return other is None or not re.search(rf"\b{other}\.?\s+{surname}(?![\w’'-])", article)


def _common_word(word: str, article: str) -> bool:
    """Whether a capitalised word is a common word, as far as the article tells: it writes the word in
    lowercase, or capitalises it only where a sentence begins ("Aides said ..."; a name stands inside
    a sentence somewhere: "... Chief Bo Lee"). False without the article."""
    if not article:
        return False
    lower = re.search(rf"\b{re.escape(word.lower())}\b", article)
    inside = re.search(
        rf"(?:[\w,;:’')]|\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt)\.)\s+{re.escape(word)}\b", article
    )
    return bool(lower) or not inside


def _tagged(text: str, label: str) -> str | None:
    """``label`` as the text writes it ("Ann B. Roe" for "Ann B Roe") where the text names it as who
    speaks, outside its quotes; None for a place ("a spokeswoman in Washington said") or the subject
    of what was said ("said Roe would stay": reported speech)."""
    plain = _QUOTE.sub(" ", text)
    name = r"\.?\s+".join(re.escape(w) for w in label.split())
    found = re.search(rf"(?<![\w.’'-]){name}(?![\w-])", plain)
    if not found or re.search(r"\b(?:of|from|in)\s+$", plain[: found.start()]):
        return None
    if re.search(r"\b(?:said|says|wrote|writes)\s+(?:\S+\s+)*$", plain[: found.start()]) and _REPORTED.match(
        plain[found.end() :]
    ):
        return None
    return found.group()


# What follows the subject of a reported statement ("said Roe would", "says Roe “should"), not a tag.
_REPORTED = re.compile(
    r"\s+(?:would|will|was|were|is|are|had|has|have|could|should|might|may|did|does|can|must)\b|\s*[“\"]"
)


def _open_marks(text: str) -> int:
    """Opening double quotation marks the text leaves open (negative: closing marks it has more of);
    straight marks count as one quotation each pair, the first of an odd one out as opening. A quote
    the outlet opened with one kind of mark and closed with the other ('"We stay,” he said') is one
    quotation, as ``segment.QUOTATION`` reads it (an audit found its "he said" left without a speaker)."""
    text = _QUOTE.sub(" ", text)
    curly = text.count("“") - text.count("”")
    straight = text.count('"') % 2
    if straight and curly == 0:
        first = text.index('"')
        return 1 if first == 0 or text[first - 1].isspace() or text[first - 1] in "([:—–-" else -1
    return curly


QUOTE_RUN = 4  # sentences a quote cut by the sentence split is followed over, to the one that tags it
# Sentences without marks read as one quotation's middle, between the sentence that opens it and the
# one that closes it: a statement of six or seven short sentences ("... is a bad deal. We paid ... .
# We gave ... . It's insane. ...," Roe said) is one quotation (an audit found its second sentence,
# five sentences from the close, without the speaker its next one had).
QUOTE_SPAN = 8


def quote_speaker(
    text: str, before: Sequence[str], after: Sequence[str], article: str = "", describe: bool = False
) -> str | None:
    """Who speaks the quote of a sentence that does not name them (``before``: the article's sentences
    before it, nearest first; ``after``: those after it). The one a "she said" or a bare quote goes on
    from (``speaker_before``, then back through sentences that only go on quoting to the nearest that
    names its speaker); for a quote the sentence split cut ("“We are grieving." / "We lost good
    people,” Bo Lee said."), the speaker named where it closes, a few sentences on, or where it
    opened. A sentence without quotation marks is a quote's middle only between a sentence that
    opens a quote and one that closes it. None when the sentence names its speaker, or no speaker is
    found so. With ``describe``, a tag that describes the speaker without a name ("one harbour official
    said") gives that description (``described``) where no name is found."""
    if speakers(text) or _relays(text):
        return None  # named, or a quote inside a quote ("“He said, ‘...’”"): whose words, not sure
    # "“...,” the mayor said": the one person the article names with that office's title.
    if person := _role_says(text, article):
        return person
    # "“...,” it said in a statement.": the body the sentence before names as its speaker ("The
    # Harbour Commission said ..."; audit 93 found such a heading without its speaker).
    if before and _IT_SAYS.search(_QUOTE.sub(" “…” ", text)) and (body := _body_speaking(before[0])):
        return body
    # The first sentence of a statement a lead-in introduces ("Here's the governor's statement:").
    if before and _QUOTE_MARK.search(text) and (owner := _statement_owner(before[0], article, describe)):
        return owner
    if not _QUOTE_MARK.search(text):
        closing, opening = _closer(after), _opener(before)
        if opening is None and closing is not None and _unopened_mark(after[closing]):
            # Between a quote its tag closes, the tag last, and a closing mark no sentence opened ('“We
            # will stay,” Roe said. We are proud. We did it.”'): the tag's person's words.
            k = _first_marked(before)
            if k is None or _open_marks(before[k]) != 0:
                return None
            return _reopened(before[k], before[k + 1 :], article)
        if opening is None or closing is None or _NESTED.search(before[opening]):
            return None  # no quote's middle (the outlet's own words), or the middle of a quote within one
        if named := _tag_of(after[closing], article, describe):
            return named
        if _says_pronoun(after[closing]):  # "..., Editors died. / It is a fact,” she said.": hers
            return _goes_on_from(after[closing], [*after[:closing][::-1], text, *before], article, describe)
        return _goes_on_from(text, before, article, describe) or _opener_speaker(text, before, after, article, describe)
    if _open_marks(text) <= 0 or not _goes_on(text):
        # A quote that closes here, or none cut: whom it goes on from.
        found = _goes_on_from(text, before, article, describe)
        if found or _open_marks(text) == 0:
            return found
        if _open_marks(text) < 0:
            return _opener_speaker(text, before, after, article, describe)
        # A quote the outlet's words open and the sentence split cut ("Crews “worked all night. / We are
        # proud,” Ann Roe said."): the speaker its close names.
        at = _closer(after)
        return None if at is None else _tag_of(after[at], article, describe)
    # A quote the sentence split cut: its tag where it closes comes first ("“I love it. / I do,” Roe said").
    if before and _PRONOUN_SAYS.search(text) and (named := speaker_before(text, before[0], article)):
        return named  # "He added: “..." names whom "he" stands for before it
    at = _closer(after)
    tail = "" if at is None else _outside(after[at])
    if at is not None and (speakers(tail) or (describe and described(tail))):
        return _tag_of(after[at], article, describe)
    # "“...,” he said", no tag, or no close found: the speaker of the quote before it.
    return _goes_on_from(f"“…,” {tail.strip()}", before, article, describe)


# A quote given to "it" ("“...,” it said", "It added: “...”").
_IT_SAYS = re.compile(rf"“…”[\s,.;:—–-]*it\s+(?:\w+ly\s+)?{_SAYING}\b|\b[Ii]t\s+(?:\w+ly\s+)?{_SAYING}\s*:?\s*“…”")


def _body_speaking(previous: str) -> str | None:
    """The body a sentence names as its speaker ("The Harbour Commission said ..." -> "Harbour
    Commission"), not a person: its name ends in a word of a body (``_BODIES``)."""
    if not speakers(previous):
        return None
    label = _speaker_label(previous)
    return label if label.split()[-1] in _BODIES else None


def _opener_speaker(text: str, before: Sequence[str], after: Sequence[str], article: str, describe: bool) -> str | None:
    """The speaker of the sentence that opened the quote ``text`` is inside or closes, where that
    sentence gives the quote to "he" or "she" ("He urged crews to “stay home. / Roads are shut.”"):
    whom that "he" stands for; or where it names no one, whom its own quote is given to (“Who are
    you?” the mayor asks. “Tell me ... / I want to know.”": the mayor's, both halves of one quote)."""
    opening = _opener(before)
    if opening is None or (speakers(before[opening]) and not _says_pronoun(before[opening])):
        return None
    later = [*before[:opening][::-1], text, *after]
    return quote_speaker(before[opening], before[opening + 1 :], later, article, describe)


# A sentence in the outlet's own words that gives words to "he" or "she" ("He said the talks went on.",
# "Still, she noted that ..."), after at most a short opening phrase, or with the tag at its end ("The
# talks went on, he said.").
# What may open such a sentence before its "he" or "she": a short phrase and a comma, or a linking word.
_REPORTED_OPENING = r"(?:[^,“”\"]{0,40},\s+|(?:But|And|Yet|Still|So)\s+)?(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?"
_REPORTED_BY_PRONOUN = re.compile(rf"{_REPORTED_OPENING}{_SAYING}\b")
_REPORTED_TAG_LAST = re.compile(rf"[^“”\"]*,\s+(?:he|she)\s+(?:\w+ly\s+)?{_SAYING}\s*\.?$")
# A sentence whose source its end names, not "he" or "she" ("He told Roe he would stay, the people
# said."): what "he" said is that source's account, not his own words.
_SOURCED_LAST = re.compile(
    rf",\s+(?!(?:he|she)\b)[^,“”\"]{{0,60}}?\s(?:{_SAYING})\s*\.?$|,\s+according\s+to\s+[^,]+\.?$"
)
_REPORTED_STATING = re.compile(rf"({_REPORTED_OPENING}(?:also\s+)?){_STATING}\b")


def reported_speaker(text: str, before: Sequence[str], article: str = "") -> str | None:
    """Whom "he" or "she" stands for in a sentence of the outlet's own words that says what they said
    ("He said the ferry talks had settled every point but one.", "The talks settled every point, he
    said.", "He warned that ...": ``_STATING``): the person named before, as a "he said" after a quote
    is found (``_goes_on_from``); None for a sentence that quotes or names its speaker, or a tag at its
    end after a sentence of two people's words."""
    if _QUOTE_MARK.search(text) or speakers(text) or _SOURCED_LAST.search(text):
        return None
    if _REPORTED_TAG_LAST.match(text):
        # Not after a sentence of two people's words ("Our reporter says ..., but Mr Lee said ..."):
        # which one the "he" stands for, not sure.
        if before and len(re.findall(rf"\b{_SAYING}\b", _QUOTE.sub(" ", before[0]))) > 1:
            return None
    elif stating := _REPORTED_STATING.match(text):
        text = text[: stating.end(1)] + "said" + text[stating.end() :]  # read as the "he said" it stands for
    elif not _REPORTED_BY_PRONOUN.match(text):
        return None
    return _goes_on_from(text, before, article, reported=True)


def utterance_speaker(text: str, before: Sequence[str], after: Sequence[str], article: str = "") -> str | None:
    """Who speaks the quote of a sentence: the speaker its own tag names ("“...,” said Ann Roe."), or
    the one its article names around it (``quote_speaker``)."""
    if speakers(text):
        return None if _relays(text) else _tag_of(text, article)
    return quote_speaker(text, before, after, article)


def content_quote_words(text: str, whole: bool = False) -> set[str]:
    """The content words of what a sentence quotes (``quote_words``; small words out); with ``whole``,
    a sentence without quotation marks (a quote's middle) counts as all quote."""
    return {w for w in quote_words(" ".join(quotes(text)) or (text if whole else "")) if w not in _SMALL_WORDS}


def only_quote(text: str) -> bool:
    """Whether a sentence is a quote and no words of the outlet's own but a short tag ("“...”", "“...,”
    he told reporters")."""
    return _goes_on(text) and len(re.findall(r"[^\W\d_]+", _outside(text).replace("…", ""))) <= TAG_TAIL + 3


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


# A quote inside a quote: a single mark opening after a space or a double mark ("“He said, ‘We ..."),
# or closing right before a double one ("... we're safe.’”").
_NESTED = re.compile(r"(?:^|[\s“\"(])['‘](?=[A-Za-z])|[’']\s*[”\"]")
# A word or two in single marks inside a quote ("the system we call ‘Boardwalk,’ he said"): a name
# or term the speaker marks, not another's words relayed.
_TERM = re.compile(r"(?:^|(?<=[\s“\"(]))‘([^‘’]{1,40}?)[,.]?’(?=[\s,.;:!?”\"]|$)")


def _relays(text: str) -> bool:
    """Whether a quote in the text relays another's words (``_NESTED``), other than terms (``_TERM``),
    outside the text's own double quotation marks, or the text begins or ends inside relayed words (it
    closes a single quotation mark it never opened, "We did nothing.’”", or opens one it does not
    close, "“He told me, ‘Go."). Words relayed and closed inside a quote of the text's own (“When we
    say, ‘Open doors,’ we mean it,” she said) are the quote's speaker's to say, as the rest of it is."""
    plain = _outside(text)
    if _NESTED.search(_TERM.sub(lambda m: m.group(0) if len(m.group(1).split()) > 2 else " ", plain)):
        return True
    closes, opens = _INNER_CLOSE.search(text), _INNER_OPEN.search(text)
    if closes is not None and (opens is None or closes.start() < opens.start()):
        return True
    # Nor where it goes on inside them ("“He said, ‘We did nothing."): the words are mostly another's.
    return _leaves_inner_open(text)


def _leaves_inner_open(text: str) -> bool:
    """Whether the text opens relayed words in single marks and does not close them ("“He told me,
    ‘Go home.")."""
    opens = list(_INNER_OPEN.finditer(text))
    # After an opening mark, a mark at a word's end closes it ("the ‘cloud’ he wanted lifted").
    at = opens[-1].end() if opens else 0
    return bool(opens) and _INNER_END.search(text, at) is None and _INNER_CLOSE.search(text, at) is None


# A single quotation mark that opens relayed words, and one that closes them (after a stop or a comma,
# or right before a double mark or the end: not an apostrophe, "Ann’s", nor a plural's, "the crews’ pay");
# after an opening mark, one at a word's end closes them too (``_INNER_END``: "the ‘cloud’ he wanted").
_INNER_OPEN = re.compile(r"(?:^|(?<=[\s“\"(]))['‘](?=[A-Za-z])")
_INNER_CLOSE = re.compile(r"(?<=[.,!?…])['’]|['’](?=\s*[”\"]|\s*$)")
_INNER_END = re.compile(r"(?<=[\w.,!?…])['’](?=[\s,.;:!?)”\"]|$)")


def _first_marked(sentences: Sequence[str]) -> int | None:
    """The nearest of the sentences (up to ``QUOTE_SPAN``) with a quotation mark, or None."""
    return next((i for i, t in enumerate(sentences[:QUOTE_SPAN]) if _QUOTE_MARK.search(t)), None)


def _opener(before: Sequence[str]) -> int | None:
    """Which of the sentences before (nearest first) opens the quote the next sentences are inside:
    back over sentences without marks to one that leaves a quote open (None if a quote closes first)."""
    i = _first_marked(before)
    return i if i is not None and leaves_open(before[i]) else None


def _closer(after: Sequence[str]) -> int | None:
    """Which of the sentences after closes the quote they go on with: over sentences without marks
    to one that closes a quote (None if another quote opens first)."""
    i = _first_marked(after)
    return i if i is not None and _closes_earlier(after[i]) else None


# A written statement's words given to its author: "“...,” Ann Roe's statement read." (not a spokesman's:
# "Roe's spokesman said" names someone else, unnamed).
_WRITTEN_BY = re.compile(
    rf"({_NAMED})['’]s\s+(?:\w+\s+)?(?:statement|tweet|letter|post|memo|message|e-?mail)\s+(?:read|reads|said|says|stated)\b"
)


# A quote put as a headline or a post puts it: the person's full name, what about, a colon, the quote
# ("Ann Roe on the ferry's return: “We are back.”").
_ON_TOPIC = re.compile(rf"^\W*({_NAMED})\s+on\s+[^:“”\"]{{1,80}}:\s*$")


def _tag_of(text: str, article: str, describe: bool = False) -> str | None:
    """The speaker a sentence's tag names, outside its quotes, if it is a name (``_named``), or the
    author of a written statement it quotes ("Roe's statement read"), or the person a quote is put
    under as a headline would ("Ann Roe on the ferry: “...”"); with ``describe``, else the speaker it
    describes (``described``)."""
    tag = _outside(text)
    reply = _REPLY.search(tag)
    if (
        not speakers(tag)
        and reply
        and _named_words(reply.group(1))
        and _BEFORE_QUOTE.match(tag, reply.end())
        and "?" not in text.partition(reply.group(1))[0]
    ):
        # "Roe responded: “We ...": a reply's verb names its speaker right before the quote, which the
        # tag read alone has lost (audit 94: the quote's closing sentence went without a speaker); not
        # after a question quoted before it ("Asked, “Is it safe?” Roe replied, “It is.”": whose words
        # a bare quote after it goes on with is not sure).
        return _named(text, _label(reply.group(1)), article)
    if not speakers(tag) and (written := _WRITTEN_BY.search(tag)) and _named_words(written.group(1)):
        return _named(text, _label(written.group(1)), article)
    on = _ON_TOPIC.match(tag) if _QUOTE_MARK.search(text) else None
    if on and len(named := _named_words(on.group(1))) >= 2 and named[-1] not in _BODIES:
        return " ".join(named)
    if not speakers(tag):
        return described(tag) if describe else None
    # Read with its quote: "says Roe “should ..." is reported speech.
    speaker = _named(text, _speaker_label(tag), article)
    # A name that is no speaker ("A spokeswoman in Port Town said": a place) leaves the description.
    return described(tag) if speaker is None and describe else speaker


# A speaker described, not named, in a quote's tag: "one harbour official said", "the Port-born
# reporter told ...", "..., said one member who voted no." (an article or "one", at most four more
# words, none a small word, the last in lowercase: a person, or a body's document, "the statement
# said"; perhaps a body's name or a noun after it, "a spokeswoman for the Port Authority", "a friend of
# the family"; after the quote a "who ..." clause too), after the quote or opening the sentence.
# A party's member is described, not named ("said one Republican on the board").
_MEMBER = r"(?:Democrat|Republican|Tory|Conservative|Liberal|Socialist)s?"
_DESCRIBED_WORDS = (
    rf"(?P<core>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w’'-]+\s+){{0,3}}?(?:[a-z][\w’'-]*|{_MEMBER}\b))"
    r"(?:\s+(?:of|for|in|at|with)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|[a-z][\w’'-]*))?"
)
_DESCRIBED_TAGS = (
    re.compile(rf"(?:^|“…”[\s,]*)(?P<who>{_DESCRIBED_WORDS})\s+(?:\w+ly\s+)?{_SAYING}\b"),
    re.compile(
        rf"“…”[\s,]*(?:said|says|added|wrote)\s+(?P<who>{_DESCRIBED_WORDS}(?:\s+who\s+[a-z][^,.;“”]{{0,30}}?)?)"
        r"\s*(?=[,.;:]|$)"
    ),
)


def described(tag: str) -> str | None:
    """The speaker a quote's tag (its words outside the quotes) describes without a name ("one harbour
    official said" -> "one harbour official"), its first word in lowercase; None for a tag that names
    no one so ("a clerk looked at him and said" describes no one: a small word inside)."""
    for pattern in _DESCRIBED_TAGS:
        found = pattern.search(tag.strip())
        if found and not any(w.lower() in STOP_WORDS for w in found.group("core").split()[1:]):
            words = found.group("who").split()
            return " ".join([words[0].lower(), *words[1:]])
    return None


def _named(text: str, label: str, article: str) -> str | None:
    """``label`` as the text writes it where it is a person the text names as who speaks: not a body
    ("the Police Department said"), nor a common word the article capitalises only where a sentence
    begins (``_common_word``), nor a place or reported speech (``_tagged``)."""
    if label.split()[-1] in _BODIES or (" " not in label and _common_word(label, article)):
        return None
    return _tagged(text, label)


# Sources that are no one named, giving an account of "he" or "she" ("Aides said he wanted ...",
# "Officials say she was ..."): the pronoun stands for whom the sentences before name.
_SOURCE_ABOUT = re.compile(r"^\W*([A-Z][a-z]+)\s+(?:\w+ly\s+)?(?:said|say|says)\s+(?:that\s+)?(he|she)\b")


def _source_about(text: str, pronoun: str, article: str) -> bool:
    """Whether a sentence is others' account of the pronoun's person, its source a common word
    ("Aides said he wanted ..."): the person is whom the sentences before it name (audit 92)."""
    found = _SOURCE_ABOUT.match(text)
    return bool(found and found.group(2).lower() == pronoun and _common_word(found.group(1), article))


def _goes_on_from(
    text: str, before: Sequence[str], article: str, describe: bool = False, reported: bool = False
) -> str | None:
    """The speaker a "she said" or a bare quote goes on from: named in the sentence before
    (``speaker_before``), or, back through sentences that only go on quoting ("“...”", "“...,” he
    said", a quote's middle), in the nearest one whose tag names someone, up to ``QUOTE_RUN``
    sentences back."""
    if not before:
        return None
    pronoun = pronoun_own = _says_pronoun(text)
    if named := _named_back(text, before, 0, pronoun if _tags_by_pronoun(text) else None, article):
        return named
    if _QUOTE_MARK.search(text) and not _goes_on(text):
        return None  # words of the outlet's own beside the quote: a tag this does not read ("— Gov. Roe")
    # A quote opened before it (not a sentence of reported speech, ``reported``: "He said the talks ...").
    inside = not reported and (_QUOTE_MARK.search(text) is None or _open_marks(text) < 0)
    said = None  # where an earlier "he said" the run goes back from stands (the text's own: tried above)
    # Where the quote the text's own "he said" closes opened ("Bo Lee heard a noise." / "“The door was
    # gone." / "It was in pieces,” he said."): the sentence before that names whom "he" stands for.
    tagged = inside and _tags_by_pronoun(text)
    unopened = False  # the "he said" at ``said`` closes a quote with no opening mark in its sentence
    opened = None
    steps = 0  # sentences gone back over, a long quote's middle sentences not counted
    for k, earlier in enumerate(before[: 3 * QUOTE_RUN]):
        if _relays(earlier):
            # A quote within a quote: the words may be another's, relayed; but a quote closed in a
            # sentence whose tag names its speaker ("“We told them, ‘Soon,’” Roe said.") is theirs,
            # and the bare quote after it goes on in their words. Relayed words closed inside the
            # sentence's own quote (“He called it ‘a disgrace.’ We agreed.”) are its speaker's.
            if inside or _open_marks(earlier) != 0:
                return None
            return _tag_of(earlier, article)
        marked = _QUOTE_MARK.search(earlier) is not None
        if inside and not marked:
            continue  # a middle sentence of the quote
        steps += 1
        if steps > QUOTE_RUN:
            return None
        if inside and not leaves_open(earlier):
            # A quote closed here: the sentence was not inside one; but where the "he said" the run goes
            # back to closes a quote no sentence opened (its opening mark left out, '... fence," he
            # said.'), the quote began in that sentence, and the one before it names whom "he" stands for.
            # So too where the text's own "he said" closes such a quote: whom this sentence names.
            if said is None and pronoun and _unopened_mark(text):
                return speaker_before(text, earlier, article)
            # A quote closed and tagged here, then sentences without marks up to a closing mark no
            # sentence opened ('“We will stay,” Roe said. We are proud. We did it.”'): the outlet left
            # out the mark that opened the quote again after its tag; the words are the tag's person's.
            if said is None and _open_marks(earlier) == 0 and (found := _reopened(earlier, before[k + 1 :], article)):
                return found
            found = _unopened(before, said, unopened, pronoun, article)
            if found is None and said is not None and not pronoun_own and _open_marks(earlier) == 0:
                # A bare quote after a "he said" that closes a quote of several sentences: whose words
                # that sentence closes are whose these are.
                found = quote_speaker(before[said], before[said + 1 :], [], article, describe)
            return found
        if named := _tag_of(earlier, article, describe):
            return named
        if not _goes_on(earlier):
            if pronoun and _says_pronoun(earlier) == pronoun and not speakers(earlier):
                continue  # words given to the same "he" ("..., he said he would stay."): still whom it stands for
            # The sentence that opened the quote the run came back through, with a colon ("Roe was
            # quick to retort: “... / ...”" then "He added: “...”"): whom it opens with.
            if pronoun and leaves_open(earlier) and _COLON_QUOTE.search(earlier):
                return speaker_before(text, earlier, article)
            # The "he said" the run goes back to, right after a sentence that names its person ("Asked
            # ..., Ann Roe, a clerk, offered a view." then "“...,” she said." then "“...”").
            if opened is not None and k == opened + 1:
                return speaker_before(text, earlier, article)
            if said is None or k != said + 1:
                return None
            return _named_back(before[said], before, k, pronoun, article)  # "She ordered ..." / "“...,” she said."
        if tagged and opened is None and leaves_open(earlier):
            opened = k
        inside = _closes_earlier(earlier)  # it closes a quote opened before it
        if not pronoun and (pronoun := _says_pronoun(earlier)):  # a bare quote goes on from a "he said" before it
            said = k
            unopened = inside and _unopened_mark(earlier)
        elif said is not None and k == said + 1 and _says_pronoun(earlier) == pronoun:
            said = k  # "“...,” she said. She added: “...": the same "she", one sentence further back
        elif said is None and k == 0 and pronoun and _says_pronoun(earlier) == pronoun and not speakers(earlier):
            said = k  # "He said he is “...”" then "He's said it is “...”": the same "he" the sentence before
    return _unopened(before, said, unopened, pronoun, article)


def _reopened(text: str, before: Sequence[str], article: str) -> str | None:
    """Whose quote a sentence closes and then tags, its tag last ("“We will stay,” Roe said."): the
    speaker its tag names, or whom its "he said" stands for; None for a sentence that does not end
    with a tag."""
    last = max((m.end() for m in _QUOTE_MARK.finditer(text)), default=-1)
    tail = text[last:]
    if last < 0 or not re.search(r"[^\W\d_]", tail) or re.search(r"[A-Z][\w’'.-]*\s+and\s+[A-Z]", tail):
        return None  # no tag, or one of two people ("said Roe and Lee"): whose words, not sure
    if re.search(
        rf"\b{_SAYING}\b.*?[,;:—–]\s*(?:though|although|but|while|as|and|adding|because|when|after|before)\b", tail
    ):
        return None  # the outlet's words after the tag ("Roe said, though no one asked"): no tag last
    if speakers(tail):
        return _tag_of(text, article)
    if _says_pronoun(tail):
        return _goes_on_from(text, before, article)
    return None


def _unopened_mark(text: str) -> bool:
    """Whether the sentence's first quotation mark closes a quote (none opens before it in the sentence)."""
    first = _QUOTE_MARK.search(text)
    return first is not None and (first.group() == "”" or (first.group() == '"' and _open_marks(text) < 0))


def _unopened(before: Sequence[str], said: int | None, unopened: bool, pronoun: str | None, article: str) -> str | None:
    """Whom the "he said" at ``said`` stands for, named in the sentence before it, where its quote's
    opening mark is nowhere to be found (``unopened``); None otherwise."""
    if said is None or not unopened:
        return None
    return _named_back(before[said], before, said + 1, pronoun, article)


_COLON_QUOTE = re.compile(r":\s*[“\"]")  # a quote a colon opens ("Roe was quick to retort: “...")
_POSSESSIVE = {"he": "his", "she": "her"}


def _named_back(text: str, before: Sequence[str], at: int, pronoun: str | None, article: str) -> str | None:
    """Whom the "he" or "she" of ``text`` stands for, named in ``before[at]`` (``speaker_before``), or
    back over at most two sentences about the same person to the one that names them ("Roe said she was
    glad." / "She hoped ...", "Her office ...", "But she ..." / "“...,” she said."); only the first
    without the ``pronoun``."""
    for j in range(at, min(at + 3, len(before))):
        if named := speaker_before(text, before[j], article):
            return named
        about = _about(before[j], pronoun) or _source_about(before[j], pronoun, article) if pronoun else False
        if not about or _QUOTE_MARK.search(before[j]):
            return None
    return None


def _about(text: str, pronoun: str) -> bool:
    """Whether a sentence opens with the pronoun or its possessive, after at most a short phrase or a
    linking word ("She hoped ...", "Her office ...", "Unseen, she ...", "But she said ...")."""
    opening = rf"(?:[^,]{{0,60}},\s+|(?:But|And|Yet|Still|Then|So)\s+)?(?:{pronoun}|{_POSSESSIVE[pronoun]})\b"
    return re.match(opening, text, re.IGNORECASE) is not None


def _tags_by_pronoun(text: str) -> bool:
    """Whether the text gives a quote to "he" or "she" (``_QUOTE_BY_PRONOUN``), a quote it closes
    included ("... in pieces,” he said.")."""
    if _QUOTE_BY_PRONOUN.search(_QUOTE.sub(" “…” ", text)) or (_OPENS_SAYING.match(text) and _QUOTE.search(text)):
        return True
    return (
        _closes_earlier(text)
        and re.match(rf"\W*(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?{_SAYING}\b", _outside(text)) is not None
    )


def _says_pronoun(text: str) -> str | None:
    """The pronoun a sentence gives words to outside its quotes ("“...,” he said" -> "he"), if any."""
    found = _PRONOUN_SAYS.search(_QUOTE.sub(" “…” ", text))
    return None if found is None else re.search(r"\b[Ss]?[Hh]e\b", found.group(0)).group(0).lower()  # type: ignore[union-attr]


def _outside(text: str) -> str:
    """The text outside its quotes (each written “…”); a lone opening mark quotes to the end, a lone
    closing mark from the start."""
    paired = [m.span() for m in _QUOTE.finditer(text)]
    lone = [m.start() for m in _QUOTE_MARK.finditer(text) if not any(a <= m.start() < b for a, b in paired)]
    if len(lone) == 1:
        text = text[: lone[0]] if _open_marks(text) > 0 else text[lone[0] + 1 :]
    elif len(lone) == 2 and _tag_between(text, *lone):
        text = text[lone[0] + 1 : lone[1]]  # a quote's end, its tag, the next quote's start
    return _QUOTE.sub(" “…” ", text)


def _tag_between(text: str, first: int, second: int) -> bool:
    """Whether the quotation marks at ``first`` and ``second`` close one quote and open the next with a
    tag between them ('... at all," Ann Roe said. "Then we ran'): a closing mark (a straight one right
    after a word or its punctuation), an opening one (a straight one after a space), a saying verb
    between (curly marks the wrong way round around a title are a misprint, not a tag)."""
    before = text[first - 1] if first > 0 else " "
    closes = (text[first] == "”" or (text[first] == '"' and not before.isspace())) and before not in "([:—–-"
    opens = text[second] == "“" or (text[second] == '"' and text[second - 1].isspace())
    return closes and opens and re.search(rf"\b{_SAYING}\b", text[first + 1 : second]) is not None


def _reopens(text: str) -> bool:
    """Whether the sentence closes a quote opened before it, tags it and opens the next one ("... at
    all,” Ann Roe said. “Then we ran"): it both ends a quote and leaves one open."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    return len(marks) == 2 and _tag_between(text, *marks)


def leaves_open(text: str) -> bool:
    """Whether the sentence leaves a quote open for the next ones to go on with."""
    return _open_marks(text) > 0 or _reopens(text)


def _closes_earlier(text: str) -> bool:
    """Whether the sentence closes a quote an earlier sentence opened."""
    return _open_marks(text) < 0 or _reopens(text)


def _goes_on(text: str) -> bool:
    """Whether a sentence only goes on quoting: a quote and no other words, or a quote given to "he"
    or "she"."""
    if not _QUOTE_MARK.search(text):
        return False
    rest = _outside(text)
    if not re.search(r"[^\W\d_]", rest.replace("…", "")) or _PRONOUN_SAYS.search(rest):
        return True
    # "He also urged crews to “stay home." with its quote left open: the verb's quote is cut from ``rest``.
    return bool(_OPENS_SAYING.match(text)) and leaves_open(text)


_QUOTE_MARK = re.compile(r"[“”\"]")


# What a "he" or "she" is not: a body that speaks ("the Police Department said").
_BODIES = {
    "Department", "Office", "Agency", "Police", "Service", "Administration", "Commission", "Committee", "Council",
    "Ministry", "Company", "Inc", "Corp", "Group", "Association", "Institute", "University", "House", "Court",
    "Board", "Party", "Post", "Times", "News", "Journal", "Press", "Reuters", "Bureau", "Authority", "Center",
    "Centre", "Foundation", "Force", "Army", "Navy", "Government", "Congress", "Senate", "Campaign",
}  # fmt: skip


def same_speaker(a: str, b: str) -> bool:
    """False only when both wordings name a speaker and the names have no word in common."""
    sa, sb = speakers(a), speakers(b)
    return not (sa and sb) or any(_same_name(x, y) for x in sa for y in sb)


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


def _acronym(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether one side is the other's initials ("IE" / "Internet Explorer")."""
    return any(len(u) == 1 and len(v) >= 2 and u[0] == "".join(w[0] for w in v) for u, v in ((x, y), (y, x)))


def _one_spelling(x: str, y: str) -> bool:
    """The same letters split or joined differently ("U.S." / "US", "web site" / "website"; words are
    cut to five letters, so one may be the other's opening): a spelling, not another wording."""
    return bool(x and y) and (x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x))))


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


# Verbs by which a sentence gives its words to a source ("A spokesman confirmed that ..."): those of
# speech, and those of reporting a claim ("continued" is not one: "The storm continued to ...").
_CITING = rf"(?:{_SPEECH}|confirmed|claimed|reported|reports|commented|announced|insisted|maintained|denied)"
# Words that may stand between a source and its verb ("The report further claimed").
_BETWEEN = r"(?:\s+(?:\w+ly|further|also|then|later|earlier|again|first|previously|had|has|have))*"
_CITED = (
    # "A senior official confirmed that ...", "The ministry said on Monday ...": a source at the start,
    # after a linking word or none ("Meanwhile, Radio Harbour's Bo Lee reports that ...").
    re.compile(
        rf"^(?:(?:Meanwhile|However|But|And|Separately|Earlier|Later|Also),?\s+)?(?P<src>(?:[A-Z][\w.’'-]*|the|a|an)(?:\s+(?:[\w.’'-]+|\([^()]{{1,30}}\))){{0,6}}?){_BETWEEN}\s+{_CITING}\b"
    ),
    re.compile(r"\baccording to (?P<src>[^,;:“”\"()]{2,60}?)\s*(?:[,;:)]|[.!?]?\s*$)"),
    # "..., a spokesman said." / "..., said Ann Roe." at the end.
    re.compile(rf",\s*(?P<src>[^,“”\"]{{2,60}}?){_BETWEEN}\s+{_CITING}(?:\s+\w+)?\s*[.!?]?$"),
    re.compile(r",\s*(?:said|says|added|wrote)\s+(?P<src>[^,.“”\"]{2,60})[.!?]?$"),
)


def cited(text: str, earlier: Sequence[str] = ()) -> str | None:
    """The source a sentence gives its statement to, as it writes it ("A senior official confirmed that
    ..." -> "a senior official"; "..., according to the county's lawyers." -> "the county's lawyers"),
    outside its quotes; None when it names none. A leading "The" or "A" is lowercased (it is read
    inside another sentence); a pronoun ("he said") is no source, nor a publication named only by a
    common noun ("the report said", "according to the newspaper"): printed beside an outlet's name it
    reads as that outlet's own report, where it is another's, named earlier. So such a publication is
    read as the one the article's ``earlier`` sentences (in order) last name (``named_before``), and
    is no source when they name none. What opens a sentence before what it tells (a dateline, "PORT
    TOWN (Reuters) — The ministry said ...", or a live blog's update header; ``segment.opening``, as
    the comparison reads it) is no part of its source."""
    plain = _QUOTE.sub(" “…” ", text[opening(text) :]).strip()
    for pattern in _CITED:
        if found := pattern.search(plain):
            source = found.group("src").strip()
            first, _, rest = source.partition(" ")
            if first.lower() in _PRONOUNS or not re.search(r"[A-Za-z]", source) or source in ("A", "An", "The"):
                continue  # "he said"; "A reported 29 firefighters died" (an adjective)
            if _unnamed_publication(source):
                if named := named_before(source, earlier):
                    return named
                continue
            if first in ("The", "A", "An") and rest:
                source = f"{first.lower()} {rest}"
            return source
    return None


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "who", "which"}
# A publication named only by what it is ("the report", "a new report", "the newspaper"): another outlet's,
# named earlier in the article. A memo, a statement or a filing is a source's own document, and stays.
_PUBLICATION = {"report", "reports", "paper", "newspaper", "article", "story", "publication", "outlet", "site",
                "website", "magazine", "network", "broadcaster", "tabloid", "daily"}  # fmt: skip


# A name as a publication is printed: capitalised words, "of" between them ("Radio Free Europe", "The
# Times of London"); an initial's full stop is part of a word.
_NAME_WORD = r"[A-Z](?:[\w&.-]|[’'](?!s\b))*"  # "O'Brien", not "Post's"
_PUBLICATION_NAME = rf"{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD}){{0,3}}"
_WRITTEN = r"(?P<noun>report|article|story)"
# Where an article names the publication a later "the report" or "the newspaper" is: "the Harbour
# Post report", "a report by the Harbour Post", "the Harbour Post's report", "The Harbour Post
# reported". In the last, a name of one word is read only in capitals ("WXYZ reported"): "Police
# reported" and "Officials reported" name no publication, nor does a title ("Mr. Roe reported").
_NAMING = (
    re.compile(rf"\b(?P<det>[Tt]he|[Aa]n?)\s+(?P<name>{_PUBLICATION_NAME})\s+{_WRITTEN}\b"),
    re.compile(
        rf"\b(?P<det>[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?{_WRITTEN}\s+(?:by|in|from)\s+(?P<name>(?:the\s+)?{_PUBLICATION_NAME})"
    ),
    re.compile(rf"(?P<name>(?:\b[Tt]he\s+)?{_PUBLICATION_NAME})[’']s\s+(?:[a-z]+\s+)?{_WRITTEN}\b"),
    re.compile(
        rf"(?P<name>\b[Tt]he\s+{_PUBLICATION_NAME}|\b[A-Z]{{2,}}\b|(?<![\w.])(?!(?:{'|'.join(sorted(TITLES))})\b)[A-Z][a-z]+(?:\s+{_NAME_WORD}){{1,3}})"
        r"(?:\s+(?:first|also|previously|had|has))?\s+reported\b"
    ),
)
LOOKBACK = 8  # sentences back that a "the report" may point to


def named_before(source: str, earlier: Sequence[str]) -> str | None:
    """The publication an unnamed one ("the report", "the newspaper") is, as the last of the
    ``LOOKBACK`` sentences before it that names one writes it: "the report" after "The Harbour Post
    report said ..." is "the Harbour Post report", after "The Harbour Post reported ..." "the report
    by the Harbour Post"; "the newspaper" is the name alone ("the Harbour Post"). None when they
    name none."""
    noun = source.split()[-1].lower()
    written = noun in ("report", "reports", "article", "story")
    for text in reversed(earlier[-LOOKBACK:]):
        plain = _QUOTE.sub(" “…” ", text)
        found = [m for pattern in _NAMING for m in pattern.finditer(plain)]
        if not found:
            continue
        m = max(found, key=lambda m: m.start("name"))  # the last named
        name = m.group("name")
        name = re.sub(r"^The\b", "the", name)
        if m.re is _NAMING[0]:
            det = m.group("det").lower()
            if written:
                return f"{det} {name} {m.group('noun')}"
            if det != "the":
                continue  # "a Senate report": the paper a later "the newspaper" is, not named
            return f"the {name}"
        if not written:
            return name
        if m.re is _NAMING[3]:
            return f"{source[0].lower()}{source[1:]} by {name}"
        return re.sub(r"^(The|A|An)\b", lambda x: x.group(1).lower(), m.group(0))
    return None


def _unnamed_publication(source: str) -> bool:
    """Whether a source is a publication named only by a common noun: "the report", "a new report"."""
    words = source.split()
    return (
        len(words) <= 4
        and words[0].lower() in ("the", "a", "an", "that", "this")
        and words[-1].lower() in _PUBLICATION
        and not any(w[:1].isupper() for w in words[1:])
    )
