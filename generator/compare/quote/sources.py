"""The source a sentence credits its statement to ("A senior official confirmed ...", "according to
the county's lawyers"), and the publication a later "the report" stands for."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...segment import QUOTATION as _QUOTE
from ...segment import opening
from ..name import TITLES
from .speakers import speakers
from .words import _SPEECH

# Verbs by which a sentence gives its words to a source ("A spokesman confirmed that ..."): those of
# speech, and those of reporting a claim ("continued" is not one: "The storm continued to ...").
_CITING = rf"(?:{_SPEECH}|confirmed|claimed|reported|reports|commented|announced|insisted|maintained|denied)"
# Words that may stand between a source and its verb ("The report further claimed").
_BETWEEN = r"(?:\s+(?:\w+ly|further|also|then|later|earlier|again|first|previously|had|has|have))*"
_LINKS = r"(?:Meanwhile|However|But|And|Separately|Earlier|Later|Also)"
_LINKING = re.compile(rf"^{_LINKS},?\s+")
_CITED = (
    # "A senior official confirmed that ...", "The ministry said on Monday ...": a source at the start,
    # after a linking word or none ("Meanwhile, Radio Harbour's Bo Lee reports that ...").
    re.compile(
        rf"^(?:{_LINKS},?\s+)?(?P<src>(?:[A-Z][\w.’'-]*|the|a|an)(?:\s+(?:[\w.’'-]+|\([^()]{{1,30}}\))){{0,6}}?){_BETWEEN}\s+{_CITING}\b"
    ),
    re.compile(r"\b[Aa]ccording to (?P<src>[^,;:“”\"()]{2,60}?)\s*(?:[,;:)]|[.!?]?\s*$)"),
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
            source = _LINKING.sub("", found.group("src").strip())  # "But he said": a pronoun after all
            first, _, rest = source.partition(" ")
            if source.lower() == "according to":
                continue  # "According to reports, ...": "reports" is no verb of a source here
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


# Where a speaker's words were said, as an outlet writes it: "Roe told WXYZ", "told the Harbour Post",
# "in an interview with Radio Harbour". A medium, not a person: a call sign or acronym ("WXYZ"), a
# name after "the" ("the Harbour Post"), or a name with a word of the news in it ("Harbour News").
_TOLD = re.compile(
    r"\b(?:told|said to|in an interview with|speaking to|speaking with|interviewed by)\s+"
    r"(?P<venue>(?:[Tt]he\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})"
)
_MEDIA_WORD = re.compile(
    r"\b(?:News|Post|Times|Journal|Radio|TV|Television|Network|Press|Magazine|Herald|Tribune|Daily|Channel|"
    r"Gazette|Globe|Telegraph|Guardian|Observer|Chronicle|Broadcasting)\b"
)
VENUE_LOOKBACK = 4  # sentences back that may name the speaker of a quote whose sentence names none


def venue(text: str, earlier: Sequence[str] = (), later: Sequence[str] = ()) -> str | None:
    """The medium the speaker of a sentence's quote said it to, as the outlet writes it ("told WXYZ",
    "told the Harbour Post"): in the sentence; for a sentence that names no speaker, in the next one
    (``later``: "“We will go.” / “Soon,” Roe told WXYZ."); else in the last sentence before it
    (``earlier``, the article's, in order) that says the same speaker told it ("Ann Roe, a diner, told
    WXYZ she ..." before "“...,” Roe said."; a sentence that names no speaker is the one's named
    next, or last within ``VENUE_LOOKBACK``). None when none is named. A person told ("told Lee") is
    no medium."""
    back = list(reversed(earlier))
    names = set(speakers(text))
    if not names and later and (names := set(speakers(later[0]))):
        back = [later[0], *back]
    # A quote's sentence that names no speaker goes on with the words of the last one named.
    names = names or next((set(named) for t in back[:VENUE_LOOKBACK] if (named := speakers(t))), set())
    for i, sentence in enumerate([text, *back]):
        plain = _QUOTE.sub(" “…” ", sentence)
        for m in _TOLD.finditer(plain):
            before = set(re.findall(r"[A-Z][\w’'-]+", plain[: m.start()]))
            if i and not names & before:
                continue  # a sentence of another speaker
            found = re.sub(r"^The\b", "the", re.sub(r"(?<=\w\w)\.$", "", m.group("venue")))  # a full stop
            bare = found.removeprefix("the ")
            if (bare.isupper() and len(bare) >= 2) or found.startswith("the ") or _MEDIA_WORD.search(found):
                return found
    return None
