"""What the comparison knows beyond two wordings: each article's date and text, and the whole
quotations the sentence split cut."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Story
from ..segment import whole_quotations
from .date import article_day


@dataclass(frozen=True)
class Context:
    """The articles behind the wordings compared.

    ``days``: each article's date by source file, for weekdays and relative days; ``texts``: each
    article's whole text by source file, its headline first (a name the article uses elsewhere is a
    thing it knows);
    ``quotations``: by sentence key, the whole quotations of several sentences that the sentence is
    part of ("This crew was ready today to go in. This crew was ready to fight fires.");
    ``sentences``: each article's aligned sentences by source file, in order, as (key, text)."""

    days: dict[str, date | None] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    quotations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sentences: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)


def story_context(story: Story) -> Context:
    """The context of a story's comparison, read from its articles and their sentences."""
    days = {a.source: article_day(a.date) for a in story.articles}
    # The headline is the outlet's words too ("... leaves 400 pupils at home" gives 400 pupils).
    texts = {
        a.source: "\n".join([*([a.title] if a.title else []), *(p.text for p in a.paragraphs)]) for a in story.articles
    }
    paragraphs: dict[tuple[str, int], list] = {}
    by_source: dict[str, list[tuple[str, str]]] = {}
    for s in sorted({m.key: m for c in story.claims for m in c.members}.values(), key=lambda s: (s.source, s.index)):
        paragraphs.setdefault((s.source, s.paragraph), []).append(s)
        by_source.setdefault(s.source, []).append((s.key, s.text))
    quotations: dict[str, tuple[str, ...]] = {}
    for sentences in paragraphs.values():
        quotations |= whole_quotations([s.key for s in sentences], [s.text for s in sentences])
    return Context(days, texts, quotations, {source: tuple(pairs) for source, pairs in by_source.items()})
