"""What the comparison knows beyond two wordings: each article's date and text, and the whole
quotations the sentence split cut."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from ..furniture import LEAD_IN_REASON
from ..model import Sentence, Story
from ..segment import QUOTATION, quoted_runs, whole_quotations
from .date import article_day
from .number import stats_of_many

if TYPE_CHECKING:
    from .speaking import Speaking


@dataclass(frozen=True)
class Context:
    """The articles behind the wordings compared.

    ``days``: each article's date by source file, for weekdays and relative days; ``texts``: each
    article's whole text by source file, its headline first (a name the article uses elsewhere is a
    thing it knows);
    ``quotations``: by sentence key, the whole quotations of several sentences that the sentence is
    part of ("This crew was ready today to go in. This crew was ready to fight fires.");
    ``sentences``: each article's aligned sentences by source file, in order, as (key, text);
    ``outlets``: each article's outlet by source file; ``lead_ins``: by sentence key, the lead-in the
    site set aside right before the sentence's paragraph (``lead_ins_before``); ``paragraphs``: by
    sentence key, the paragraph of its article it is in (from 0); ``headlines``: each article's
    headline by source file, where it has one (the first line of its ``texts``)."""

    days: dict[str, date | None] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    quotations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sentences: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)
    lead_ins: dict[str, str] = field(default_factory=dict)
    paragraphs: dict[str, int] = field(default_factory=dict)
    headlines: dict[str, str] = field(default_factory=dict)

    def body(self, source: str) -> str:
        """An article's text without its headline (a headline rounds its figures: "400,000 students" above
        a body's "about 350,000")."""
        text, headline = self.texts.get(source, ""), self.headlines.get(source)
        return text[len(headline) + 1 :] if headline and text.startswith(headline + "\n") else text

    def bodies(self, sources: Iterable[tuple[str, str]]) -> dict[str, str]:
        """Per outlet, the bodies (``body``) of its articles among ``sources`` ((outlet, source) pairs)."""
        by_outlet: dict[str, list[str]] = {}
        for outlet, source in dict.fromkeys(sources):
            by_outlet.setdefault(outlet, []).append(self.body(source))
        return {outlet: "\n".join(texts) for outlet, texts in by_outlet.items()}

    @cached_property
    def many_stats(self) -> frozenset[str]:
        """The game statistics the story's outlets give many different figures of (``stats_of_many``)."""
        return stats_of_many(self.texts.values())

    @cached_property
    def speaking(self) -> Speaking:
        """Who speaks the quotations of the story's sentences (``speaking.Speaking``), read once."""
        from .speaking import Speaking  # a reading of the context: it imports this module

        return Speaking(self)


def aligned_in_order(story: Story) -> dict[str, list[Sentence]]:
    """Each article's aligned sentences (those in some claim), in the article's order, by source file."""
    ordered: dict[str, list[Sentence]] = {}
    for s in sorted({m.key: m for c in story.claims for m in c.members}.values(), key=lambda s: (s.source, s.index)):
        ordered.setdefault(s.source, []).append(s)
    return ordered


def lead_ins_before(story: Story, ordered: dict[str, list[Sentence]]) -> dict[str, str]:
    """Lead-ins the site sets aside ("Here's the mayor's statement:", "Ann Roe told the council:"): no
    claim, but they say whose words the paragraph after them quotes (audit 91). By the key of the first
    sentence of the paragraph after each (``ordered``: each article's sentences in order), the lead-in
    nearest it."""
    out: dict[str, str] = {}
    for article in story.articles:
        leads = {d.line: d.text for d in article.dropped if d.reason == LEAD_IN_REASON}
        previous = 0
        for s in ordered.get(article.source, []):
            if previous < s.line and (lines := [n for n in leads if previous < n < s.line]):
                out[s.key] = leads[max(lines)]
            previous = s.line
    return out


def with_lead_ins(keyed: list[tuple[str, str]], leads: dict[str, str]) -> list[tuple[str, str]]:
    """An article's (key, text) sentences with each lead-in before the sentence it introduces (keyed
    "lead-in")."""
    out: list[tuple[str, str]] = []
    for key, text in keyed:
        if key in leads:
            out.append(("lead-in", leads[key]))
        out.append((key, text))
    return out


def story_context(story: Story) -> Context:
    """The context of a story's comparison, read from its articles and their sentences."""
    days = {a.source: article_day(a.date) for a in story.articles}
    # The headline is the outlet's words too ("... leaves 400 pupils at home" gives 400 pupils).
    texts = {
        a.source: "\n".join([*([a.title] if a.title else []), *(p.text for p in a.paragraphs)]) for a in story.articles
    }
    ordered = aligned_in_order(story)
    paragraphs: dict[tuple[str, int], list] = {}
    for s in (s for sentences in ordered.values() for s in sentences):
        paragraphs.setdefault((s.source, s.paragraph), []).append(s)
    quotations: dict[str, tuple[str, ...]] = {}
    for sentences in paragraphs.values():
        quotations |= whole_quotations([s.key for s in sentences], [s.text for s in sentences])
    for run in _quoted_runs(paragraphs):
        found = whole_quotations([s.key for s in run], [_continued(s, run) for s in run])
        quotations |= {k: v for k, v in found.items() if k not in quotations}
    for going_on in _going_on(list(ordered.values())):
        whole = " ".join(_closed(q) for _, q in going_on[:-1]) + " " + going_on[-1][1].strip(" ,.")
        quotations |= {k: (whole,) for k, _ in going_on if k not in quotations}
    in_order = {source: tuple((s.key, s.text) for s in sentences) for source, sentences in ordered.items()}
    outlets = {a.source: a.outlet for a in story.articles}
    at = {s.key: s.paragraph for sentences in ordered.values() for s in sentences}
    headlines = {a.source: a.title for a in story.articles if a.title}
    return Context(days, texts, quotations, in_order, outlets, lead_ins_before(story, ordered), at, headlines)


_BARE = re.compile(r"\s*[“\"]([^“”\"]{2,})[”\"]\s*")


def _going_on(articles: list[list[Sentence]]) -> list[list[tuple[str, str]]]:
    """Quotations that go on after their tag in the sentences next to it, in its paragraph or the next,
    each nothing but a quotation ("“We are sad,” Roe said. “We will rebuild.”"): one utterance, as its
    sentences' keys and quotes."""
    runs: list[list[tuple[str, str]]] = []
    for sentences in articles:
        for a, b in itertools.pairwise(sentences):
            bare = _BARE.fullmatch(b.text)
            if not (bare and b.index == a.index + 1 and b.paragraph - a.paragraph <= 1):
                continue
            if runs and runs[-1][-1][0] == a.key:  # a bare quotation after a bare quotation: the same run
                runs[-1].append((b.key, bare.group(1).strip()))
            elif QUOTATION.search(a.text):
                runs.append([(a.key, QUOTATION.findall(a.text)[-1].strip()), (b.key, bare.group(1).strip())])
    return runs


def _closed(quote: str) -> str:
    """A quotation's words ended as a sentence, to read on into the next ("We are sad," -> "We are sad.")."""
    quote = quote.rstrip(" ,;:")
    return quote if quote[-1:] in ".!?…" else f"{quote}."


def _quoted_runs(paragraphs: dict[tuple[str, int], list[Sentence]]) -> list[list[Sentence]]:
    """Sentences of a quotation that runs over several paragraphs (``segment.quoted_runs``), one list per
    quotation."""
    texts = {key: " ".join(s.text for s in sentences) for key, sentences in paragraphs.items()}
    return [[s for key in run for s in paragraphs[key]] for run in quoted_runs(texts)]


def _continued(sentence: Sentence, run: list[Sentence]) -> str:
    """A sentence's text in a quotation over several paragraphs, without the mark that opens its
    paragraph anew (so the quotation reads as one)."""
    first = next(s for s in run if s.source == sentence.source and s.paragraph == sentence.paragraph)
    if sentence is first and sentence is not run[0] and sentence.text[:1] in '“"':
        return sentence.text[1:]
    return sentence.text
