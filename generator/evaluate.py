"""Evaluate: the claims found for a story scored against a hand-made gold alignment.

Gold file (JSON)::

    {
      "story": "ecb-4-ecbplus",                        # informative
      "same": [                                        # one group per claim (2+ sentences)
        [{"source": "a.md", "text": "Esther Williams has died."},
         {"source": "b.md", "text": "The actress Esther Williams died."}]
      ],
      "related": [ [ ... ], ... ]                      # partial overlap or contradiction: not scored
    }

An item names its sentence by ``source`` (file name, with or without extension) or ``outlet``
(any case), and ``text``. A group may be a pair. Gold made with other sentence boundaries still
resolves: an item may match a run of the story's sentences, or part of one. Sentences not in any
"same" group are claims of their own. Scores are over cross-outlet sentence pairs: a pair is
positive when both sentences share a claim; pairs that are "related" in the gold (and not "same")
are left out. B-cubed is reported too.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from itertools import combinations
from pathlib import Path

from .errors import InputError
from .model import Sentence, Story
from .similarity import normalise

Pair = tuple[str, str]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    b3_precision: float
    b3_recall: float
    b3_f1: float
    gold_pairs: int
    predicted_pairs: int
    correct_pairs: int

    def as_dict(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _words(text: str) -> set[str]:
    return set(_flat(text).split())


def _flat(text: str) -> str:
    """Normalised words only, single-spaced: the form in which gold and story texts are compared."""
    return " ".join(re.findall(r"[a-z0-9]+", normalise(text)))


class Unmatched(InputError):
    """A gold sentence that matches no sentence of the story (one the generator left out, say a headline)."""


def _article(item: dict[str, str], sentences: list[Sentence]) -> list[Sentence]:
    """The sentences of the article a gold item names: by file name (with or without extension) or outlet."""
    source, outlet = str(item.get("source", "")), str(item.get("outlet", "")).casefold()
    return [
        s
        for s in sentences
        if (source and source in (s.source, Path(s.source).stem)) or (outlet and outlet == s.outlet.casefold())
    ]


def resolve(item: dict[str, str], sentences: list[Sentence], gold_path: Path) -> list[str]:
    """The keys of the story sentences a gold item names.

    Gold may split sentences differently from the segmenter: an item matches one sentence exactly,
    or a run of consecutive sentences that together make up its text, or the one sentence that
    contains it; failing those, the sentence with clearly the best word overlap.
    """
    side = sorted(_article(item, sentences), key=lambda s: s.index)
    if not side:
        raise InputError(gold_path, f"no article {item.get('source') or item.get('outlet')!r} in the story")
    target = _flat(item.get("text", ""))
    if not target:
        raise InputError(gold_path, f"a gold item for {side[0].source} has no text")
    flat = [_flat(s.text) for s in side]
    for s, f in zip(side, flat, strict=True):
        if f == target:
            return [s.key]
    for start, first in enumerate(flat):
        if first and target.startswith(first):
            joined = first
            for end in range(start + 1, len(flat)):
                joined = f"{joined} {flat[end]}".strip()
                if joined == target:
                    return [s.key for s in side[start : end + 1]]
                if not target.startswith(joined):
                    break
    containing = [s for s, f in zip(side, flat, strict=True) if f" {target} " in f" {f} "]
    if len(containing) == 1:
        return [containing[0].key]
    words = _words(item["text"])
    best = max(side, key=lambda s: len(words & _words(s.text)) / len(words | _words(s.text)))
    overlap = len(words & _words(best.text)) / len(words | _words(best.text))
    if overlap < 0.6:
        raise Unmatched(gold_path, f"no sentence in {side[0].source} matches gold text {item['text'][:60]!r}")
    return [best.key]


def load_gold(path: Path, story: Story, notes: list[str] | None = None) -> tuple[list[set[str]], list[set[str]]]:
    """The gold "same" and "related" groups (or pairs), as sets of sentence keys of this story.

    A gold sentence that matches none of the story's (a headline or sub-heading the generator set
    aside, say) stays in its group under a key of its own, so its pairs count as missed; each one
    is described in ``notes``. If most gold sentences match nothing, the gold is for another story:
    an error.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(path, f"cannot read gold file: {err}") from err
    if not isinstance(data, dict):
        raise InputError(path, 'a gold file is a JSON object with "same" (and optionally "related") groups')
    # A sentence in two claims (the attach pass) is one sentence here.
    sentences = list({m.key: m for c in story.claims for m in c.members}.values())
    groups: dict[str, list[set[str]]] = {"same": [], "related": []}
    items, missing = 0, list[Unmatched]()
    for kind in groups:
        for number, group in enumerate(data.get(kind, []), start=1):
            if not isinstance(group, list) or not all(isinstance(i, dict) and "text" in i for i in group):
                raise InputError(path, f'{kind} group {number}: a list of {{"source" or "outlet", "text"}} items')
            keys: set[str] = set()
            for item in group:
                items += 1
                try:
                    keys.update(resolve(item, sentences, Path(path)))
                except Unmatched as err:
                    source = _article(item, sentences)[0].source
                    keys.add(f"{source}#unmatched-{len(missing)}")
                    missing.append(err)
            groups[kind].append(keys)
    if missing and len(missing) * 2 > items:
        first = missing[0].message
        raise InputError(path, f"{len(missing)} of {items} gold sentences match nothing in the story ({first})")
    if notes is not None:
        notes.extend(f"{err.message}: its pairs count as missed" for err in missing)
    return groups["same"], groups["related"]


def cross_pairs(groups: list[set[str]], outlet: dict[str, str]) -> set[Pair]:
    """Unordered cross-outlet pairs within each group."""
    pairs: set[Pair] = set()
    for group in groups:
        for a, b in combinations(sorted(group), 2):
            if outlet[a] != outlet[b]:
                pairs.add((a, b))
    return pairs


def _bcubed(items: list[str], predicted: list[set[str]], gold: list[set[str]]) -> tuple[float, float]:
    def clusters(groups: list[set[str]]) -> dict[str, set[str]]:
        out = {i: {i} for i in items}
        for g in groups:
            for i in g:
                out[i] |= g
        return out

    pred, true = clusters(predicted), clusters(gold)
    p = sum(len(pred[i] & true[i]) / len(pred[i]) for i in items) / len(items)
    r = sum(len(pred[i] & true[i]) / len(true[i]) for i in items) / len(items)
    return p, r


def score(story: Story, same: list[set[str]], related: list[set[str]]) -> Scores:
    """Pairwise and B-cubed scores of the story's claims against gold groups."""
    outlet = {m.key: m.outlet for c in story.claims for m in c.members}
    by_source = {m.source: m.outlet for c in story.claims for m in c.members}
    outlet |= {k: by_source[k.rsplit("#", 1)[0]] for g in same + related for k in g if k not in outlet}
    predicted_groups = [{m.key for m in c.members} for c in story.claims]
    gold = cross_pairs(same, outlet)
    ignored = cross_pairs(related, outlet) - gold
    predicted = cross_pairs(predicted_groups, outlet) - ignored
    correct = len(predicted & gold)
    p = correct / len(predicted) if predicted else 1.0
    r = correct / len(gold) if gold else 1.0
    found = {m.key for c in story.claims for m in c.members}
    bp, br = _bcubed(sorted(found), predicted_groups, [g & found for g in same])
    return Scores(p, r, _f1(p, r), bp, br, _f1(bp, br), len(gold), len(predicted), correct)


def evaluate(story: Story, gold_path: Path, notes: list[str] | None = None) -> Scores:
    """Score a story against a gold file; gold sentences the story lacks are described in ``notes``."""
    same, related = load_gold(gold_path, story, notes)
    return score(story, same, related)


# --- Differences and disagreements --------------------------------------------------------------

KINDS = ("numbers", "dates", "names", "quotes", "attribution", "negation")


def load_disagreements(path: Path, story: Story) -> list[tuple[str, set[str]]]:
    """The gold "disagreements" (each ``{"kind", "note", "items"}``) as (kind, sentence keys of this
    story); an item that matches no sentence is left out."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(path, f"cannot read gold file: {err}") from err
    sentences = list({m.key: m for c in story.claims for m in c.members}.values())
    out = []
    for d in data.get("disagreements", []) if isinstance(data, dict) else []:
        keys: set[str] = set()
        for item in d.get("items", []):
            try:
                keys.update(resolve(item, sentences, Path(path)))
            except Unmatched:
                continue
        out.append((str(d.get("kind", "")), keys))
    return out


def _hits(keys: set[str], gold: set[str], outlet: dict[str, str]) -> bool:
    """Whether a found conflict is a gold one: two of its sentences, from two outlets, are in it."""
    return len({outlet[k] for k in keys & gold if k in outlet}) >= 2


def difference_counts(story: Story, gold: list[tuple[str, set[str]]]) -> dict[str, dict[str, dict[str, int]]]:
    """Counts for precision and recall, per kind and in total ("all"):

    - ``shown``: the story's disagreements ("Where outlets differ"): ``found``, ``correct`` (two of its
      sentences from two outlets are in one gold disagreement), ``correct_kind`` (of the same kind);
    - ``claims``: the claims' differences marked as conflicts, the same way;
    - ``gold``: gold disagreements (by their kind), ``recalled`` when some shown disagreement hits one.
    """
    outlet = {m.key: m.outlet for c in story.claims for m in c.members}

    def tally(items: list[tuple[str, set[str]]]) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for kind, keys in items:
            for k in (kind, "all"):
                row = out.setdefault(k, {"found": 0, "correct": 0, "correct_kind": 0})
                row["found"] += 1
                row["correct"] += any(_hits(keys, g, outlet) for _, g in gold)
                row["correct_kind"] += any(_hits(keys, g, outlet) for gk, g in gold if gk == kind)
        return out

    shown = [(d.kind, {m.key for m in d.members}) for d in story.disagreements]
    claims = [(d.kind, set(d.keys)) for c in story.claims for d in c.differences if d.conflict]
    recall: dict[str, dict[str, int]] = {}
    for kind, g in gold:
        for k in (kind, "all"):
            row = recall.setdefault(k, {"gold": 0, "recalled": 0})
            row["gold"] += 1
            row["recalled"] += any(_hits(keys, g, outlet) for _, keys in shown)
    return {"shown": tally(shown), "claims": tally(claims), "gold": recall}


def add_counts(total: dict, counts: dict) -> dict:
    """Sum two ``difference_counts`` results (nested dicts of integers)."""
    for part, rows in counts.items():
        for kind, row in rows.items():
            into = total.setdefault(part, {}).setdefault(kind, {})
            for name, value in row.items():
                into[name] = into.get(name, 0) + value
    return total


def difference_scores(counts: dict) -> dict[str, dict[str, float | int]]:
    """Precision of what is shown and of claim conflicts, recall of gold disagreements, per kind."""
    out: dict[str, dict[str, float | int]] = {}
    for kind in ("all", *KINDS):
        shown = counts.get("shown", {}).get(kind, {})
        claims = counts.get("claims", {}).get(kind, {})
        gold = counts.get("gold", {}).get(kind, {})
        row: dict[str, float | int] = {
            "shown": shown.get("found", 0),
            "shown_correct": shown.get("correct", 0),
            "claim_conflicts": claims.get("found", 0),
            "claim_conflicts_correct": claims.get("correct", 0),
            "gold": gold.get("gold", 0),
            "recalled": gold.get("recalled", 0),
        }
        if shown.get("found"):
            row["shown_precision"] = round(shown["correct"] / shown["found"], 3)
            row["shown_precision_same_kind"] = round(shown["correct_kind"] / shown["found"], 3)
        if claims.get("found"):
            row["claim_precision"] = round(claims["correct"] / claims["found"], 3)
        if gold.get("gold"):
            row["recall"] = round(gold["recalled"] / gold["gold"], 3)
        if any(row[k] for k in ("shown", "claim_conflicts", "gold")):
            out[kind] = row
    return out
