"""A claim as its differences are read (``Compared``), and a ``Difference``: one kind of difference
said in words, a conflict or a detail."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Claim
from ..context import Context
from ..text import Likely
from .given import _agreeing_numbers, giving
from .pair import Conflict
from .part import part_text
from .summary import _conflict_summary


@dataclass(frozen=True)
class Difference:
    """One kind of substantive difference within a claim, said in words, with each outlet's part.

    ``conflict`` tells "different values for the same thing" (True) from "a detail only some outlets
    give" or a difference of wording (False); only conflicts reach "Where outlets differ". ``keys``
    are the sentence keys of the members that carry a conflict's values."""

    kind: str
    summary: str
    by_outlet: dict[str, list[str]] = field(default_factory=dict)
    conflict: bool = False
    keys: tuple[str, ...] = ()
    # For a names detail: the story's outlets outside the claim whose articles give a value too, by
    # value, named with the one that gives it here ("only A and C (elsewhere in its article) name ...").
    outside: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)


@dataclass
class Compared:
    """A claim of two outlets or more as its differences are read.

    ``full`` holds every member; ``claim`` the members that tell it (the fact signal's choice, all of
    them without it), which alone give details; ``conflicts`` its conflicts by kind; ``whole`` each
    outlet's sentences here as one text; ``article`` each outlet's texts to look a value up in (its
    sentences here, then its whole article); ``likely`` the fact signal, when there is one."""

    full: Claim
    claim: Claim
    context: Context
    conflicts: dict[str, list[Conflict]]
    whole: dict[str, str]
    article: dict[str, tuple[str, ...]]
    likely: Likely | None
    by_outlet: dict[str, str] = field(init=False)  # the parts that tell the claim, per telling outlet

    def __post_init__(self) -> None:
        self.by_outlet = _outlet_texts(self.claim)

    @property
    def every(self) -> list[str]:
        """All the claim's outlets."""
        return self.full.outlets

    @property
    def outlets(self) -> list[str]:
        """The outlets whose members tell the claim."""
        return list(self.by_outlet)

    def conflict(self, kind: str, detail: bool = False) -> Difference | None:
        """The conflicts of a kind as one difference; ``detail``: told as a detail, so only between
        members that tell the claim."""
        telling = {m.key for m in self.claim.members}
        found = [c for c in self.conflicts.get(kind, []) if not detail or {c.a.key, c.b.key} <= telling]
        if not found:
            return None
        more = _agreeing_numbers(found, self.whole) if kind == "numbers" else None
        summary, shown = _conflict_summary(kind, found, more, self.context)
        keys = tuple(dict.fromkeys([*(k for c in found for k in (c.a.key, c.b.key)), *giving(self.full.members, more)]))
        return Difference(kind, summary, shown, True, keys)


def _outlet_texts(claim: Claim) -> dict[str, str]:
    by_outlet: dict[str, str] = {}
    for m in claim.members:
        text = part_text(claim, m)
        # One line each: a name never runs from one member's part into the next one's.
        by_outlet[m.outlet] = f"{by_outlet[m.outlet]}\n{text}" if m.outlet in by_outlet else text
    return by_outlet
