"""Pages: what each page of the site shows, as plain data for the theme's templates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from .diff import mark_wordings, pair_diff, runs
from .extract import OUTSIDE
from .model import Claim, Story

_HTTP = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """One output file: its path under the output folder, its template and its variables."""

    path: str
    template: str
    context: dict[str, Any]


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) address, else None (never a javascript: or data: link)."""
    return url if url and _HTTP.match(url) else None


def story_path(story: Story) -> str:
    return f"{story.slug}/index.html"


def claim_path(story: Story, claim: Claim) -> str:
    return f"{story.slug}/{claim.id}.html"


def data_path(story: Story) -> str:
    return f"{story.slug}/{story.slug}.json"


def coverage_summary(story: Story) -> list[dict[str, Any]]:
    """Per outlet: claims it reported, and claims only it reported."""
    rows = []
    for article in story.articles:
        told = [c for c in story.claims if article.outlet in c.outlets]
        rows.append(
            {
                "outlet": article.outlet,
                "reported": len(told),
                "alone": sum(1 for c in told if len(c.outlets) == 1),
            }
        )
    return rows


def _context(paragraph: str, sentence: str) -> tuple[str, str, str] | None:
    """The sentence's paragraph split around it (before, sentence, after), or None if it is the paragraph."""
    start = paragraph.find(sentence)
    if start < 0 or paragraph.strip() == sentence.strip():
        return None
    return paragraph[:start].rstrip(), sentence, paragraph[start + len(sentence) :].lstrip()


def claim_context(story: Story, index: int) -> dict[str, Any]:
    """Everything a claim page shows: wordings with marks, missing outlets, pair diffs, neighbours."""
    claim = story.claims[index]
    by_source = {a.source: a for a in story.articles}
    marked = mark_wordings([m.text for m in claim.members], [m.outlet for m in claim.members])
    wordings = [
        {
            "member": m,
            "article": by_source[m.source],
            "runs": runs(words),
            "paragraph": _context(by_source[m.source].paragraphs[m.paragraph].text, m.text),
            "also_in": [c for c in story.claims if c is not claim and any(x.key == m.key for x in c.members)],
        }
        for m, words in zip(claim.members, marked, strict=True)
    ]
    pairs = [
        {"a": a["member"], "b": b["member"], "segments": pair_diff(a["member"].text, b["member"].text)}
        for a, b in combinations(wordings, 2)
    ]
    by_id = {c.id: c for c in story.claims}
    mine = {m.key for m in claim.members}
    disputes = [
        {
            "disagreement": d,
            "others": [by_id[i] for i in d.claims if i != claim.id and i in by_id],
            "this_side": [m for m in d.members if m.key in mine],
            "other_side": [m for m in d.members if m.key not in mine],
        }
        for d in story.disagreements
        if claim.id in d.claims and len(d.claims) > 1
    ]
    return {
        "claim": claim,
        "disputes": disputes,
        "wordings": wordings,
        "pairs": pairs,
        "missing": [o for o in story.outlets if o not in claim.outlets],
        "previous": story.claims[index - 1] if index > 0 else None,
        "next": story.claims[index + 1] if index + 1 < len(story.claims) else None,
    }


def site_pages(stories: list[Story]) -> list[Page]:
    """The index, then per story its page and one page per claim."""
    pages = [Page("index.html", "index", {"stories": stories})]
    for story in stories:
        common = {"story": story, "story_url": story_path(story), "data_url": data_path(story)}
        pages.append(
            Page(
                story_path(story),
                "story",
                {
                    **common,
                    "coverage": coverage_summary(story),
                    "claim_of": {c.id: c for c in story.claims},
                    "outlet_of": {a.source: a.outlet for a in story.articles},
                    "dropped_lines": [d for d in story.dropped if d.reason != OUTSIDE],
                    "outside": {
                        a.source: [d.text for d in a.dropped if d.reason == OUTSIDE]
                        for a in story.articles
                        if any(d.reason == OUTSIDE for d in a.dropped)
                    },
                },
            )
        )
        for i, claim in enumerate(story.claims):
            pages.append(Page(claim_path(story, claim), "claim", {**common, **claim_context(story, i)}))
    return pages
