"""Plain data passed between the pipeline stages (ingest -> segment -> align -> diff -> export)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Dropped:
    """A line the generator did not treat as article text, and why."""

    source: str
    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of article body text and the line it starts on in its file; ``part`` is the label
    of the part of the page it is an item of ("Story highlights": the outlet's own summary lines)."""

    text: str
    line: int
    part: str = ""


@dataclass
class Article:
    """One outlet's telling of a story, as read from one file."""

    source: str
    outlet: str
    paragraphs: list[Paragraph]
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    dropped: list[Dropped] = field(default_factory=list)
    outlet_named: bool = False
    warnings: list[str] = field(default_factory=list)
    copy_of: str | None = None  # the outlet whose text this article repeats (a shared wire copy)

    def part_of(self, paragraph: int) -> str:
        """The label of the outlet's summary lines ("Story highlights") the paragraph (by index) is
        an item of, or ""."""
        return self.paragraphs[paragraph].part if 0 <= paragraph < len(self.paragraphs) else ""


@dataclass(frozen=True)
class Sentence:
    """A sentence of one article; ``index`` is its position in the article, from 0."""

    outlet: str
    source: str
    text: str
    index: int
    paragraph: int
    line: int
    total: int

    @property
    def key(self) -> str:
        return f"{self.source}#{self.index}"

    @property
    def position(self) -> float:
        """Relative position in the article, 0 (first sentence) to 1 (last)."""
        return self.index / max(self.total - 1, 1)


@dataclass
class Claim:
    """Sentences from one or more outlets that tell the same fact or statement."""

    id: str
    title: str
    members: list[Sentence]
    number: int = 0
    differences: list = field(default_factory=list)  # list[compare.Difference]
    # The part of a member sentence that tells this claim, by sentence key: (start, end) offsets into
    # its text. A sentence that carries several facts is in several claims, each with its own part;
    # a member without an entry tells the claim with the whole sentence.
    parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    checked: bool = False  # an editor's correction (corrections.toml) touched or confirmed it
    # Members that joined because they also tell this fact among others (a lead: who, what, when):
    # their numbers and dates may be another fact's, so they are not compared as this fact's values.
    joined: set[str] = field(default_factory=set)
    # Outlets whose sentences match the claim's other outlets only weakly (``align.signal.mark_weak``):
    # on the dev stories such a member tells the claim about half the time or less.
    weak: list[str] = field(default_factory=list)
    # Sentences (by key) of the other outlets that match only weakly in the same way, while another
    # sentence of their outlet matches well: on the dev stories such a sentence tells the heading's
    # fact 41 % of the time (41 of 101), against 71 % (benchmarks/weak_match.py).
    weak_sentences: list[str] = field(default_factory=list)
    # The sentence (by key) that gives the claim its heading: its outlet tells the claim by definition.
    heading_key: str = ""
    # Outlets none of whose sentences is in the claim, each with its sentence (by key) that the fact
    # signal finds likely (``HEADING_MATCH``) to state the heading's fact all the same
    # (``align.signal.mark_elsewhere``): the claim page says where that outlet may tell it.
    elsewhere: dict[str, str] = field(default_factory=dict)
    # Outlets whose sentences here say the opposite of the heading's fact (a negation conflict inside
    # the claim, ``compare.mark_denied``): they tell it otherwise, and do not report it.
    denied: list[str] = field(default_factory=list)
    # Outlets that quote the heading's remark in other words in another claim, and none of its words
    # here (``compare.mark_requoted``): they tell it otherwise, and do not report it.
    requoted: list[str] = field(default_factory=list)
    # Outlets whose sentences here give, for a number the outlets differ on (a numbers conflict of the
    # claim's differences), only other figures than the heading's outlet (``compare.mark_other_numbers``):
    # they tell the fact with another value, and do not report it as told.
    other_numbers: list[str] = field(default_factory=list)
    # Outlets counted as a weaker match because their sentences here quote another named person than
    # the one the heading's remark is given to (``compare.mark_other_speakers``): outlet -> whom they quote.
    other_speakers: dict[str, str] = field(default_factory=dict)

    @property
    def outlets(self) -> list[str]:
        seen: list[str] = []
        for m in self.members:
            if m.outlet not in seen:
                seen.append(m.outlet)
        return seen

    @property
    def reporting(self) -> list[str]:
        """The outlets counted as reporting the claim: a weaker match (``weak``) may have, and is named
        apart; an outlet whose sentence here says the opposite (``denied``), gives another figure
        (``other_numbers``), or quotes the heading's remark otherwise in another claim (``requoted``),
        does not."""
        return [
            o
            for o in self.outlets
            if o not in self.weak and o not in self.denied and o not in self.requoted and o not in self.other_numbers
        ]


@dataclass
class Story:
    """A story: its articles, their sentences aligned into claims, and what was dropped."""

    slug: str
    title: str
    articles: list[Article]
    claims: list[Claim]
    description: str | None = None
    warnings: list[str] = field(default_factory=list)
    order: float | None = None
    # Where outlets differ: conflicts inside claims and contradictions across claims (compare.Disagreement).
    disagreements: list = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return [a.outlet for a in self.articles]

    @property
    def dropped(self) -> list[Dropped]:
        return [d for a in self.articles for d in a.dropped]


def site_of(outlet: str) -> str:
    """The site an outlet label stands for: "site (2)" is the second article of "site" (``ingest``
    labels a site's further articles so)."""
    return re.sub(r" \(\d+\)$", "", outlet)
