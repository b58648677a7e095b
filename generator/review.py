"""Review: the alignment's least certain decisions, each with the correction that would undo it.

Two kinds of decision are close calls. A sentence *joined* a claim, but its average similarity to
the claim's sentences from other outlets only just reaches the clustering threshold; or a sentence
was *kept apart* from a claim although its similarity to it only just misses the threshold. The
smaller the distance to the threshold, the less certain the decision; ``python -m generator review
STORY`` lists them closest first, with the lines to paste into the story's ``corrections.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .align import shorten
from .corrections import CORRECTIONS_FILE, NEW, sentence_ref
from .model import Claim, Sentence, Story


@dataclass(frozen=True)
class Decision:
    """One close call: the sentence, the claim, the similarity and what to paste to reverse it."""

    joined: bool
    sentence: Sentence
    claim: Claim
    similarity: float
    threshold: float
    paste: str

    @property
    def margin(self) -> float:
        return abs(self.similarity - self.threshold)

    def describe(self) -> str:
        said = f'{self.sentence.outlet}: "{shorten(self.sentence.text, 90)}"'
        where = f'claim {self.claim.number} ({self.claim.id}): "{shorten(self.claim.title, 70)}"'
        how = f"similarity {self.similarity:.3f}, threshold {self.threshold:.3f}"
        return f"{'joined' if self.joined else 'kept apart from'} {where}\n   {said}\n   ({how})"


def _avg(sim: np.ndarray, index: dict[str, int], sentence: Sentence, claim: Claim) -> float | None:
    others = [index[m.key] for m in claim.members if m.outlet != sentence.outlet]
    return float(np.mean(sim[index[sentence.key], others])) if others else None


def _move(sentence: Sentence, to: str, comment: str) -> str:
    ref = sentence_ref(sentence)
    return f'[[move]]\nsentence = "{ref}"  # {shorten(sentence.text, 60)}\nto = "{to}"  # {comment}'


def decisions(story: Story, sentences: list[Sentence], sim: np.ndarray, threshold: float) -> list[Decision]:
    """Every join and every near miss, least certain first (ties in claim and sentence order)."""
    index = {s.key: i for i, s in enumerate(sentences)}
    found: list[Decision] = []
    for claim in story.claims:
        if len(claim.outlets) < 2 or claim.checked:  # an editor has checked it already
            continue
        for m in claim.members[1:] if len(claim.members) == 2 else claim.members:  # a pair: one decision
            score = _avg(sim, index, m, claim)
            if score is not None:
                paste = _move(m, NEW, "take it out: a claim of its own")
                found.append(Decision(True, m, claim, score, threshold, paste))
    for s in sentences:
        best: tuple[float, Claim] | None = None
        for claim in story.claims:
            if s in claim.members or s.outlet in claim.outlets or claim.checked:
                continue
            score = _avg(sim, index, s, claim)
            if score is not None and score < threshold and (best is None or score > best[0]):
                best = (score, claim)
        if best is not None:
            paste = _move(s, best[1].id, shorten(best[1].title, 50))
            found.append(Decision(False, s, best[1], best[0], threshold, paste))
    found.sort(key=lambda d: (d.margin, d.claim.number, d.sentence.source, d.sentence.index))
    return found


def report(story: Story, folder: str, found: list[Decision], limit: int) -> str:
    """The decisions as text for the terminal."""
    lines = [
        f"{story.slug}: {len(story.claims)} claims; the {min(limit, len(found))} least certain of "
        f"{len(found)} decisions, closest to the threshold first.",
        f"To reverse one, paste its lines at the end of {folder.rstrip('/')}/{CORRECTIONS_FILE} and rebuild.",
        "",
    ]
    for n, d in enumerate(found[:limit], start=1):
        lines += [f"{n}. {d.describe()}", *("   " + line for line in d.paste.splitlines()), ""]
    return "\n".join(lines)
