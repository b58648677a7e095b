"""Segment: paragraphs to sentences, with the abbreviation and quotation rules news text needs."""

from __future__ import annotations

import re

from .lexicon import DAYS, MONTH_ABBREVIATIONS, MONTHS, TIME_ZONES
from .model import Article, Sentence

# Titles and other abbreviations that are followed by a name or number, never by a new sentence.
TITLES = {
    "const",
    "cpl",
    "pvt",
    "mr",
    "mrs",
    "ms",
    "mx",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "cpt",
    "sgt",
    "cmdr",
    "adm",
    "gov",
    "sen",
    "rep",
    "reps",
    "sens",
    "rev",
    "fr",
    "st",
    "hon",
    "pres",
    "supt",
    "insp",
    "det",
    "mt",
    "ft",
    "no",
    "nos",
    "vol",
    "p",
    "pp",
    "fig",
    "art",
    "sec",
    "ch",
    "approx",
    "vs",
    "v",
    "est",
    "ave",
    "blvd",
    "rd",
    "e.g",
    "i.e",
    "cf",
    "al",
    "gov't",
    "dept",
    "univ",
    "assn",
    "bros",
} | MONTH_ABBREVIATIONS
# Abbreviations that can end a sentence; a boundary is taken when a usual sentence opener follows.
ENDERS = {"inc", "corp", "ltd", "co", "llc", "plc", "jr", "sr", "etc", "am", "pm", "a.m", "p.m", "ph.d", "bn", "mn"}
# Capitalised words that usually continue a phrase after "U.S." or another dotted acronym.
ACRONYM_FOLLOWERS = {
    "president",
    "president-elect",
    "vice",
    "secretary",
    "senator",
    "sen",
    "rep",
    "representative",
    "official",
    "officials",
    "army",
    "navy",
    "air",
    "marine",
    "marines",
    "military",
    "forces",
    "troops",
    "government",
    "administration",
    "congress",
    "senate",
    "house",
    "state",
    "states",
    "department",
    "embassy",
    "ambassador",
    "envoy",
    "attorney",
    "district",
    "court",
    "supreme",
    "federal",
    "treasury",
    "dollar",
    "dollars",
    "capitol",
    "intelligence",
    "defense",
    "defence",
    "justice",
    "commerce",
    "central",
    "command",
    "coast",
    "open",
    "national",
    "citizens",
    "citizen",
    "navy's",
    "economy",
    "election",
    "elections",
    "policy",
    "policies",
    "allies",
    "ally",
    "general",
    "special",
    "postal",
    "census",
    "geological",
    "olympic",
    "food",
    "customs",
    "border",
    "immigration",
    "border-",
    "security",
    "soldiers",
    "warships",
    "aid",
    "lawmakers",
    "representatives",
    "bureau",
}
# More words that follow "U.S." inside a name ("U.S. Marshals Service") or a phrase.
ACRONYM_FOLLOWERS |= {
    "marshal", "marshals", "service", "consulate", "agency", "fish", "forest", "park", "mint", "fed", "chamber",
    "conference", "catholic", "bishops", "congressman", "congresswoman", "trade", "energy", "interior", "labor",
    "health", "homeland", "transportation", "education", "agriculture", "navy", "soldier", "troop", "bank",
}  # fmt: skip
SENTENCE_OPENERS = {
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "meanwhile",
    "in",
    "on",
    "at",
    "for",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "some",
    "many",
    "most",
    "one",
    "two",
    "three",
    "no",
    "not",
    "since",
    "still",
    "also",
    "then",
    "now",
    "earlier",
    "later",
    "last",
    "next",
    "what",
    "who",
    "why",
    "how",
    "where",
    "both",
    "each",
}

# Words that continue a sentence after "p.m." or "a.m.": days, months, time zones.
TIME_FOLLOWERS = DAYS | MONTHS | TIME_ZONES | {"local"}
SPEECH_VERBS = {
    "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "tweeted", "posted",
    "questioned", "noted", "explained", "replied", "continued", "insisted", "stated", "recalled", "warned",
    "claimed", "argued", "countered", "conceded", "admitted", "joked", "quipped", "shouted", "announced",
}  # fmt: skip
_FOLLOWING = re.compile(r"\s*([\w'’.-]+)")


# Words between a speaker and a speech verb in a tag: "Mr. Roe planned to ask", "Roe wanted to ask".
_TAG_GLUE = {"planned", "plans", "wanted", "wants", "to"}


def _speech_follows(text: str, pos: int) -> bool:
    """Whether a speech verb comes within the next three words, or five through words that join a
    speaker to it ("“Who was told?” Mr. Roe planned to ask."): a quote's attribution, not a new
    sentence."""
    previous = ""
    for n in range(5):
        m = _FOLLOWING.match(text, pos)
        if not m:
            return False
        word = m.group(1).rstrip(".,").lower()
        if word in SPEECH_VERBS or (word == "ask" and previous == "to"):
            return True
        previous = word
        glue = word in _TAG_GLUE and n > 0
        if n >= 3 and not glue:
            return False
        if not glue and not m.group(1)[:1].isupper() and m.group(1) not in ("he", "she", "they", "we", "it"):
            return False
        pos = m.end()
    return False


# The rest of a quotation a "!" or "?" stands inside, to its closing mark, and the word after it.
_QUOTE_REST = re.compile(r"[^“”\"\n]{0,200}?[!?.,]?[”\"]\s*([\w,;:—–-])")


def _quote_goes_on(text: str, pos: int) -> bool:
    """Whether the quotation that a "!" or "?" at ``pos`` stands inside closes and the sentence goes on
    in lowercase or after a comma ("“Stop! Go back!” as they marched", "“Who? Why?” she asked"): its
    exclamations or questions are the quotation's, inside one sentence. Only inside a quotation opened
    before (an odd count of straight marks, or more curly openings than closings)."""
    before = text[:pos]
    inside = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    rest = _QUOTE_REST.match(text, pos)
    return inside and rest is not None and (rest.group(1).islower() or rest.group(1) in ",;:—–-")


# A run of sentence-ending marks, closing quotes or brackets, white space, and the start of a word.
# Written so the regex engine never backtracks: ``(?:\.\.\.|…|[.!?])+`` matched the same strings but
# tried every way of grouping a run of dots (exponential: 48 dots, 33 s). Only a whole run can be
# followed by a quote or a space, so a run starting mid-run never matches either: the lookbehind
# skips those start positions, which made a long run quadratic.
_CANDIDATE = re.compile(r"(?<![.!?…])(?P<end>[.!?…]++[\"'”’»)\]]*+)(?P<space>\s++)(?=(?P<next>[\"'“‘«(\[]?[\w]))")
# The word before a candidate, found backwards from it (a search from the paragraph's start for a
# word ending there rescanned the paragraph for every candidate: quadratic).
_WORD_CHARS_REVERSED = re.compile(r"[\w.'’-]+")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]?([\w'’-]+)")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}$")


def _word_before(text: str, reversed_text: str, end: int) -> str:
    """The longest run of word characters, dots, apostrophes and hyphens ending at ``end`` (or just
    before a newline there, as the regex ``$`` allowed)."""
    if end and text[end - 1] == "\n":
        end -= 1
    m = _WORD_CHARS_REVERSED.match(reversed_text, len(text) - end)
    return m.group(0)[::-1] if m else ""


_AFTER_NEXT = re.compile(r"[\"'“‘«(\[]?[\w'’-]+[,;:]?\s+([\w'’-]+)")


def _acronym_ends(text: str, reversed_text: str, match: re.Match[str], word: str, nxt: str) -> bool:
    """Whether a sentence ends at a dotted acronym before a capitalised word: "... and the U.S. Trump
    has said" ends; "the U.S. Geological Survey" (a name goes on), "the U.S. Embassy" (a usual
    follower), "Adviser H.R. McMaster" and "J.R.R. Tolkien wrote" (a person's initials) do not."""
    if nxt.lower() in SENTENCE_OPENERS:
        return True
    if nxt[:1].isdigit() and not re.fullmatch(r"(?:1[89]|20)\d\d", nxt):
        return False  # news style opens no sentence with a figure but a year: "in the U.S. 20 years ago"
    if re.sub(r"['’]s$", "", nxt.lower()) in ACRONYM_FOLLOWERS:
        return False  # "the U.S. Embassy", "the U.S. Attorney's Office"
    after = _AFTER_NEXT.match(text, match.end())
    if after and after.group(1)[:1].isupper() and not re.search(r"['’]s$", nxt):
        return False  # "U.S. Geological Survey" (but "the U.S. Ann's Harbour Radio" ends)
    start = match.start() - len(word)
    # Initials inside a phrase go on ("adviser H.R. McMaster", "told U.S. Senators"); after "the" they
    # are a country and after a place's comma a place, which can end a sentence ("in the U.S. Smith
    # said", "Washington, D.C. Roe's wife"); after a common noun's comma, a person's initials ("His
    # son, T.J. Roe, plays": audit 148 read "His son, T.J." as a sentence).
    before = _word_before(text, reversed_text, start - 1) if start and text[start - 1] == " " else ""
    if not start or before[-1:] in (".", "!", "?"):
        return False  # initials that open a sentence name what follows ("J.R.R. Tolkien wrote it.")
    if start >= 2 and text[start - 2 : start] == ", ":
        noun = _word_before(text, reversed_text, start - 2)
        if noun[:1].islower():
            return False
    if start and text[start - 1] in "/-–":
        return False  # a name joined to another ("the Ann Roe/B.J. Lee pile"; audit 153)
    if before.lower() in {"the", "a", "an"} and len(word) == 3 and f"{word.lower()}." not in _PLACE_INITIALS:
        return False  # a person's two initials after "the" ("the B.J. Lee era"), not a country's
    return not before or before.lower() in {"the", "a", "an"} or not before[-1:].isalnum()


# Two-letter initials of places and bodies that "the" stands before and a sentence may end with.
_PLACE_INITIALS = {"u.s.", "u.k.", "u.n.", "e.u.", "d.c.", "l.a.", "n.y."}


def _is_boundary(text: str, reversed_text: str, match: re.Match[str]) -> bool:
    end = match.group("end")
    nxt_m = _NEXT_WORD.match(text, match.end())
    nxt = nxt_m.group(1) if nxt_m else ""
    # An opening mark starts a sentence unless a lowercase word follows it ("if Iran “threatens” the
    # U.S. “they will pay ...”" goes on after "U.S.").
    opens = text[match.end()] in '"“‘«([' and not nxt[:1].islower()
    starts_upper = nxt[:1].isupper() or nxt[:1].isdigit() or opens
    if not starts_upper:
        return False
    if end[0] in "!?…" and end[-1] in "\"'”’»" and _speech_follows(text, match.end()):
        return False  # “Would we have done it?” Arians asked.
    if end[0] in "!?" and end[-1] not in "\"'”’»" and _quote_goes_on(text, match.end()):
        return False  # chanted, “No borders! No wall!” as they marched: one sentence
    if end[0] in "!?" or end.startswith("...") or end.startswith("…") or end[-1] in "\"'”’»)]":
        return True
    if match.start() and text[match.start() - 1] in "([":
        return False  # a stop just inside a bracket opens a figure ("a 41-39 (. 512) season"), ends nothing
    word = _word_before(text, reversed_text, match.start())
    bare = word.rstrip(".").lower()
    if word.rsplit("-", 1)[-1][:1].isupper():
        bare = bare.rsplit("-", 1)[-1]  # "Aoraki-Mt. Cook": a capitalised title after a hyphen
    token = word + "."
    if bare in ("a.m", "p.m"):
        return nxt.lower() not in TIME_FOLLOWERS  # "at 3 p.m. Monday" goes on; "at 11 p.m. Police said" ends
    if bare in ENDERS:
        return nxt.lower() in SENTENCE_OPENERS
    if _DOTTED_ACRONYM.match(token):
        return _acronym_ends(text, reversed_text, match, word, nxt)
    if len(word) == 1 and word.isupper():
        return False  # an initial, as in "John F. Kennedy"
    return bare not in TITLES


# A dateline or wire credit opening an article's first sentence says where the story was filed
# ("PORT TOWN, Ore. (AP) —", "WASHINGTON --", "(CNN)", "Port Town (Reuters) -"): no part of what it tells.
_WIRE = r"\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg)\)"
_DAY_OF_MONTH = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # "PORT TOWN, March 3 (Reuters) -"
_DATELINE = re.compile(
    r"^[^\w.!?…]*(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s*[A-Z][a-z]{1,4}\.?(?:\s+[A-Z][a-z]+)*)?"
    rf"{_DAY_OF_MONTH}\s*)?"
    rf"(?:{_WIRE}\s*)?[—–―-]+\s*"
    rf"|^[^\w.!?…]*{_WIRE}\s*(?:[—–―-]+\s*)?"
    r"|^[A-Z][\w'.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'.-]*){0,4}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    rf"{_DAY_OF_MONTH}\s+{_WIRE}\s*(?:[—–―-]+\s*)?"
    # A date and a wire credit with no place: "April 29 (UPI) —".
    rf"|^[^\w.!?…]*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s+{_WIRE}\s*[—–―-]+\s*"
)


def dateline(text: str) -> int:
    """The length of the dateline or wire credit that opens ``text`` (0 when there is none)."""
    found = _DATELINE.match(text)
    return found.end() if found else 0


# A live blog's update header opening a paragraph ("UPDATE: 2:05 p.m. --"), or a post's "BREAKING:"
# label: when, or how urgent, not what.
_UPDATE_HEADER = re.compile(
    r"(?:UPDATED?\b|BREAKING(?:\s+NEWS)?(?=\s*:))\s*:?\s*(?:\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*)?(?:[:—–-]+\s*)?(?=[\"“A-Z])"
)


def opening(text: str) -> int:
    """The length of what opens ``text`` before what it tells: a dateline or wire credit, then a live
    blog's update header ("UPDATE: 2:05 p.m. --") or a "BREAKING:" label; 0 when there is neither."""
    cut = dateline(text)
    header = _UPDATE_HEADER.match(text, cut)
    return header.end() if header and header.end() < len(text) else cut


# An embedded post quoted in an article ends with its links and signature: "Arrested at noon.
# pic.twitter.com/x — City Police (@CityPD) April 23, 2018". Who posted it and when, not what it tells.
_POST_SIGNATURE = re.compile(
    r"\s*[—–]\s*(?P<name>[^()—–\s][^()—–]{0,79}?)\s*\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\W*$"
)
_POST_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
_POST_TAG = re.compile(r"[#@]\w+")


def post_trailer(text: str) -> tuple[int, str]:
    """Where an embedded post's trailing links, tags and signature start in ``text`` (``len(text)``
    when it has none), and who signed the post ("" when unsigned). A run of tags alone ("#news")
    is no trailer: a sentence may end with a hashtag it tells."""
    end, author = len(text), ""
    signature = _POST_SIGNATURE.search(text)
    if signature:
        end, author = signature.start(), signature.group("name").strip()
    start, linked = end, False
    for token in reversed(list(re.finditer(r"\S+", text[:end]))):
        if _POST_LINK.fullmatch(token.group()):
            linked = True
        elif not _POST_TAG.fullmatch(token.group()):
            break
        start = token.start()
    if signature or linked:
        end = len(text[:start].rstrip()) if start < end else end
        return end, author
    return len(text), ""


def told_span(text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """The span ``start:end`` of a sentence without what opens it before what it tells (``opening``) or
    an embedded post's trailer (``post_trailer``) when they fall inside the span."""
    end = len(text) if end is None else end
    head = opening(text)
    start = head if start < head < end else start
    tail = post_trailer(text)[0]
    return (start, tail) if start < tail < end else (start, end)


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences; joining them with spaces gives the paragraph back."""
    sentences: list[str] = []
    start = 0
    reversed_text = text[::-1]
    # A dateline is no sentence of its own: "PORT TOWN, Ore. (Reuters) - ..." goes on after "Ore.".
    opening = dateline(text)
    for match in _CANDIDATE.finditer(text):
        if match.start() >= opening and _is_boundary(text, reversed_text, match):
            piece = text[start : match.start("space")].strip()
            if piece:
                sentences.append(piece)
            start = match.end("space")
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def segment_article(article: Article) -> list[Sentence]:
    """All sentences of an article, in reading order."""
    pieces = [
        (text, p_index, paragraph.line)
        for p_index, paragraph in enumerate(article.paragraphs)
        for text in split_sentences(paragraph.text)
    ]
    return [
        Sentence(article.outlet, article.source, text, i, p_index, line, len(pieces))
        for i, (text, p_index, line) in enumerate(pieces)
    ]


# A quotation between double marks, straight or curly (its words in group 1). A straight mark
# followed by a space closes a quotation and one after a space opens one: in '..., she said. "We'
# the two marks around the tag are a closing and an opening mark, not one quotation of the tag.
QUOTATION = re.compile(r"(?:“|\"(?!\s))([^“”\"]{2,}?)(?:”|(?<!\s)\")")


def whole_quotations(keys: list[str], texts: list[str]) -> dict[str, tuple[str, ...]]:
    """The quotations that run over several of these consecutive sentences (of one paragraph), by the
    key of each sentence they touch: the speaker's words that the sentence split cut."""
    joined, starts = "", []
    for t in texts:
        starts.append(len(joined) + (1 if joined else 0))
        joined = f"{joined} {t}" if joined else t
    ends = [s + len(t) for s, t in zip(starts, texts, strict=True)]
    out: dict[str, tuple[str, ...]] = {}
    for m in QUOTATION.finditer(joined):
        touched = [k for k, s, e in zip(keys, starts, ends, strict=True) if s < m.end() and m.start() < e]
        if len(touched) > 1:
            for k in touched:
                out[k] = (*out.get(k, ()), m.group(1).strip(" ,."))
    return out


_MARK = re.compile(r"[“”\"]")
LONGEST_QUOTATION = 6  # paragraphs a quotation may run over


def quote_marks(text: str) -> list[str]:
    """The text's double quotation marks in order, each as "open" or "close" (a straight mark opens
    after a space or the start and before a non-space)."""
    out = []
    for m in _MARK.finditer(text):
        ch, i = m.group(0), m.start()
        if ch == '"':
            opens = (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-") and text[i + 1 : i + 2].strip()
            out.append("open" if opens else "close")
        else:
            out.append("open" if ch == "“" else "close")
    return out


def _closed_within(marks: list[str]) -> bool:
    """Whether marks open and close in pairs, none closing before it opens (a term quoted inside a
    quoted paragraph, “plans”)."""
    depth = 0
    for mark in marks:
        depth += 1 if mark == "open" else -1
        if depth < 0:
            return False
    return depth == 0


def quoted_runs(paragraphs: dict[tuple[str, int], str]) -> list[list[tuple[str, int]]]:
    """The paragraphs (by source and number) of each quotation that runs over several paragraphs: it
    opens in a paragraph that leaves one open (``_left_open``), goes on through paragraphs with no
    mark, or that open again (news style opens each paragraph of a long quote anew), or that quote
    words of their own inside it and do not open with a mark (a blog post quoted whole, its opening
    mark on its first paragraph only: "Nobody has seen the “plans” yet."), and ends in the paragraph
    whose first mark closes it."""
    runs: list[list[tuple[str, int]]] = []
    run: list[tuple[str, int]] = []  # the paragraphs of the quotation so far
    for key in sorted(paragraphs):
        text = paragraphs[key]
        marks = quote_marks(text)
        follows = run and key[0] == run[-1][0] and key[1] == run[-1][1] + 1
        inner = bool(marks) and not text.lstrip().startswith(("“", '"')) and _closed_within(marks)
        goes_on = not marks or (marks[0] == "open" and marks[-1] == "open") or inner
        if follows and marks[:1] == ["close"]:
            runs.append([*run, key])
            run = []
        elif follows and goes_on and len(run) < LONGEST_QUOTATION:
            run.append(key)
        else:
            run = [key] if _left_open(marks) else []
    return runs


def _left_open(marks: list[str]) -> bool:
    """Whether marks leave a quotation open, read in order, a close with nothing open aside: the last
    opens, or more open than close (“So the board ... its “harbour plan” (...)": a quote opened, a term
    quoted and closed inside it)."""
    depth = 0
    for mark in marks:
        depth = max(depth + (1 if mark == "open" else -1), 0)
    return depth > 0
