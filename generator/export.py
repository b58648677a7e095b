"""Export: a ``Story`` as plain JSON-ready data (the published data file and the CLI output)."""

from __future__ import annotations

import json
from typing import Any

from .model import Story
from .pages import elsewhere, heading, said_by, said_pronouns, section_heading, summary_part, told_otherwise


def story_data(story: Story) -> dict[str, Any]:
    """The story as a dict: outlets, claims with their member sentences, and dropped lines."""
    speakers_of = said_by(story)
    pronouns = said_pronouns(story)
    otherwise = {c.id: told_otherwise(story, c) for c in story.claims}
    sentence = {m.key: m for c in story.claims for m in c.members}
    by_source = {a.source: a for a in story.articles}
    return {
        "story": story.slug,
        "title": story.title,
        "outlets": story.outlets,
        "articles": [
            {
                "outlet": a.outlet,
                "source": a.source,
                "title": a.title,
                "url": a.url,
                "date": a.date,
                "author": a.author,
                "same_text_as": a.copy_of,  # the outlet whose text this one repeats (a shared wire copy)
                "sentences": len({m.key for c in story.claims for m in c.members if m.source == a.source}),
            }
            for a in story.articles
        ],
        "claims": [
            {
                "id": c.id,
                "number": c.number,
                "title": c.title,
                "heading": heading(c),
                "heading_speaker": speakers_of.get(c.id),  # who speaks a quote heading that names no one
                # For a heading in the outlet's own words, the "he" or "she" that speaker stands for.
                "heading_speaker_pronoun": pronouns.get(c.id),
                "outlets": c.outlets,
                "reporting": c.reporting,
                "missing": [o for o in story.outlets if o not in c.outlets and o not in otherwise[c.id]],
                # Outlets the claim lacks, or holds only as a weaker match, whose sentence is the other
                # side of one of its disagreements, those whose sentence here says the opposite of its
                # heading or gives only other figures for a number its outlets differ on, and those that
                # quote its heading's remark otherwise in another claim and none of its words here: they
                # tell the fact with another value (listed under "disagreements").
                "told_with_another_value": otherwise[c.id],
                # Outlets of ``missing`` whose sentence the fact signal finds likely to state the
                # heading's fact all the same, with the claim that holds it (``pages.home``).
                "missing_maybe_told": [
                    {
                        "outlet": o,
                        "claim": other.id,
                        "source": sentence[c.elsewhere[o]].source,
                        "sentence": sentence[c.elsewhere[o]].index,
                    }
                    for o, other in elsewhere(story, c, otherwise[c.id])
                ],
                "weaker_match": c.weak,
                # Weaker matches whose sentences here quote another person than the heading's speaker:
                # outlet -> whom they quote (``compare.mark_other_speakers``).
                "weaker_match_other_speaker": c.other_speakers,
                "weaker_match_sentences": [
                    {"source": m.source, "sentence": m.index} for m in c.members if m.key in c.weak_sentences
                ],
                "differences": [
                    {"kind": d.kind, "summary": d.summary, "by_outlet": d.by_outlet, "conflict": d.conflict}
                    for d in c.differences
                ],
                "members": [
                    {
                        "outlet": m.outlet,
                        "source": m.source,
                        "text": m.text,
                        "sentence": m.index,
                        "line": m.line,
                        "section": section_heading(by_source[m.source], m),
                        "part": summary_part(by_source[m.source], m),
                    }
                    for m in c.members
                ],
            }
            for c in story.claims
        ],
        "disagreements": [
            {
                "kind": d.kind,
                "summary": d.summary,
                "claims": list(d.claims),
                "members": [{"outlet": m.outlet, "source": m.source, "text": m.text} for m in d.members],
            }
            for d in story.disagreements
        ],
        "warnings": story.warnings,
        "dropped": [{"source": d.source, "line": d.line, "text": d.text, "reason": d.reason} for d in story.dropped],
    }


def to_json(story: Story) -> str:
    """Deterministic JSON text (stable key order, UTF-8 characters kept, trailing newline)."""
    return json.dumps(story_data(story), ensure_ascii=False, indent=2) + "\n"
