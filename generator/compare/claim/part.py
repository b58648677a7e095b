"""The part of a member sentence that tells its claim, and the quotes in that part."""

from __future__ import annotations

import re

from ...model import Claim, Sentence
from ...segment import told_span
from ..quote import quotes


def part_text(claim: Claim, member: Sentence) -> str:
    """The part of a member sentence that tells this claim (the whole sentence by default), without its
    dateline or update header (``segment.opening``), an embedded post's trailing links and signature
    (``segment.post_trailer``) or a link inside it."""
    text = member.text[slice(*told_span(member.text, *(claim.parts.get(member.key) or (0, len(member.text)))))]
    return _LINK.sub("", text) if "http" in text or "pic." in text else text


_LINK = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S+")


def _part_quotes(claim: Claim, member: Sentence) -> list[str]:
    """The quotes of the member's part that tells the claim: its whole sentence's quotes (marks paired
    in the whole sentence) that reach into the part. Quote marks read in the part alone can pair the
    closing mark of one quote with the opening mark of the next and take the words between them,
    the outlet's own ('," the minister said at a briefing, adding "'), for a quote."""
    span = told_span(member.text, *(claim.parts.get(member.key) or (0, len(member.text))))
    out = []
    for q in quotes(member.text):
        at = member.text.find(q)
        if at < span[1] and at + len(q) > span[0]:
            out.append(q)
    return out
