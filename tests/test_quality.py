"""Quality guards: the shipped alignment on the dev gold and extraction on the public benchmark.

The floors sit a few points under the figures measured when the settings were chosen (see
benchmarks/README.md), so a change that makes alignment or extraction worse fails here.
"""

from __future__ import annotations

import gzip
import json
import re
import sys

import pytest

from generator.evaluate import add_counts, difference_counts, difference_scores, evaluate, load_disagreements
from generator.pipeline import build_story

from .conftest import ROOT

GOLD = ROOT / "benchmarks" / "gold"
SHARED = ROOT.parent / "shared" / "data" / "article-extraction"
MULTI = ROOT.parent / "shared" / "data" / "multi-outlet"
STORIES = [
    "ecb-3-ecbplus",
    "ecb-4-ecbplus",
    "ecb-11-ecbplus",
    "seed-kremlin",
    "ecb-14-ecbplus",
    "ecb-20-ecb",
    "ecb-38-ecb",
    "ecb-8-ecbplus",
]


def test_shipped_alignment_on_the_old_dev_gold(embedder):
    """The seed story and ECB+ (sentence-level gold): the fact-level method costs here, see benchmarks/README.md."""
    f1 = {name: evaluate(build_story(GOLD / "stories" / name, embedder), GOLD / f"{name}.json").f1 for name in STORIES}
    assert sum(f1.values()) / len(f1) >= 0.63, f1  # measured 0.665 (the sentence-level method before: 0.706)
    assert f1["seed-kremlin"] >= 0.78, f1  # measured 0.846 (the sentence-level method before: 0.883)


@pytest.mark.skipif(not MULTI.exists(), reason="the shared multi-outlet corpus is not beside the project")
def test_shipped_alignment_on_real_multi_outlet_coverage(embedder, tmp_path):
    """The multi-outlet dev gold's tuning stories, as a build sees them (the pair model was trained on them)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from multi_outlet import GOLD_DIR, materialise, prepare

    checking = set(json.loads((GOLD_DIR / "split.json").read_text())["checking"])
    names = sorted(p.stem for p in GOLD_DIR.glob("*.json") if p.stem != "split" and p.stem not in checking)
    prepare(MULTI, tmp_path, names)
    f1 = {}
    differences: dict = {}
    for name in names:
        gold = tmp_path / f"{name}.gold.json"
        gold.write_text(json.dumps(materialise(MULTI, json.loads((GOLD_DIR / f"{name}.json").read_text()))))
        story = build_story(tmp_path / name, embedder)
        f1[name] = evaluate(story, gold).f1
        add_counts(differences, difference_counts(story, load_disagreements(gold, story)))
    assert sum(f1.values()) / len(f1) >= 0.47, f1  # measured 0.492 on 28 stories (before issue 9: 0.325)
    # "Where outlets differ" on the same stories (benchmarks/differences.py): measured 20 of 21 listed
    # right and 21 of the 91 annotated disagreements found (28 stories).
    scores = difference_scores(differences)["all"]
    assert scores["shown_precision"] >= 0.9 and scores["recall"] >= 0.2, scores


@pytest.mark.skipif(not SHARED.exists(), reason="the shared article-extraction benchmark is not beside the project")
def test_extraction_on_the_public_benchmark():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from extraction import prf

    from generator.extract import extract_html

    truth = json.loads((SHARED / "ground-truth.json").read_text())
    scores = []
    for page_id, item in truth.items():
        html = gzip.decompress((SHARED / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        scores.append(prf(item["articleBody"], "\n".join(extract_html(html).paragraphs))[2])
    assert sum(scores) / len(scores) >= 0.95  # measured 0.976


@pytest.mark.skipif(not MULTI.exists(), reason="the shared multi-outlet corpus is not beside the project")
def test_furniture_in_real_articles():
    """The corpus's dropped lines put back where they stood (benchmarks/furniture.py): most are set
    aside, and article lines are not (sub-headings and lead-ins aside, by design)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import tempfile
    from pathlib import Path

    from furniture import score_story, summarise

    with tempfile.TemporaryDirectory() as tmp:
        per_story = {p.name: score_story(p, Path(tmp))[0] for p in sorted((MULTI / "stories").iterdir())}
    scores = summarise(per_story)
    assert scores["furniture_set_aside_share"] >= 0.68, scores  # measured 0.73 (session 16 rules: 0.43)
    # The items of a highlights list are text (session 80): none is set aside.
    assert not any(r.startswith("summary list") for r in scores["body_set_aside_by_reason"]), scores
    assert scores["body_set_aside_otherwise"] <= 12, scores  # measured 9 of 2,868 lines (editor's notes, lead-ins)


def _figure(text: str, pattern: str) -> tuple[int, ...]:
    """The figures a pattern of the about page finds (its words joined by any run of spaces and line
    breaks, as the page wraps them), as numbers."""
    found = re.search(r"\s+".join(pattern.split()), text)
    assert found, pattern
    return tuple(int(g.replace(",", "")) for g in found.groups())


def test_the_about_pages_figures_are_the_benchmarks_last_results():
    """The about page tells readers how far to trust the pages with figures measured by the benchmark
    scripts; each is the one the committed results hold, so a rerun that changes a result fails here
    until the page says it (audit 227 read a figure the page had kept from an older run)."""
    results = ROOT / "benchmarks" / "results"
    about = (ROOT / "content" / "pages" / "about.md").read_text(encoding="utf-8")
    shown = json.loads((results / "differences.json").read_text(encoding="utf-8"))["scores"]["tune"]["all"]
    listed = _figure(about, r"outlets each\), (\d+) of the (\d+) disagreements they list")
    assert listed == (shown["shown_correct"], shown["shown"])
    assert _figure(about, r"fewer than half of those \((\d+) of (\d+)\)") == (shown["recalled"], shown["gold"])
    ecb = json.loads((results / "ecb_differences.json").read_text(encoding="utf-8"))["measure|all"]
    now = _figure(about, r"and (\d+) of (\d+) now \(\d+ of them a name spelt two ways; (\d+) more real")
    assert now == (ecb["true"], ecb["listed"], ecb.get("imprecise", 0))
    absent = json.loads((results / "absent.json").read_text(encoding="utf-8"))
    tune, check = absent["tune"], absent["check"]
    named = (
        (
            "several outlets",
            r"several outlets \(([\d,]+) of ([\d,]+) on the stories the model was trained on; (\d+) of (\d+)",
        ),
        ("one outlet", r"found in one outlet only \(([\d,]+) of ([\d,]+); (\d+) of (\d+)\)"),
    )
    for label, pattern in named:
        counted = ("the gold has it", "named not found")
        assert _figure(about, pattern) == tuple(part[f"{label}: {k}"] for part in (tune, check) for k in counted)
    pointed = _figure(about, r"the heading's fact (\d+) times of (\d+) \((\d+) of (\d+) on the stories kept back\)")
    assert pointed == tuple(
        part[f"several outlets: {k}"] + part[f"one outlet: {k}"]
        for part in (tune, check)
        for k in ("the gold groups that sentence with the heading's", "pointed to a likely sentence")
    )
    weak = json.loads((results / "weak_match.json").read_text(encoding="utf-8"))["tuning"]
    assert _figure(about, r"claim it is in (\d+) times of (\d+);") == (
        weak["sentences given a claim of their own"]["told"],
        weak["sentences given a claim of their own"]["of"],
    )
    shares = [
        (r"such an outlet told the heading's fact (\d+) % of the time, against (\d+) %", "outlets"),
        (r"it told the heading's fact (\d+) % of the time, against (\d+) % for its outlet's", "sentences"),
    ]
    for pattern, what in shares:
        assert _figure(about, pattern) == (
            round(100 * weak[f"{what} labelled"]["told"] / weak[f"{what} labelled"]["of"]),
            round(100 * weak[f"{what} not labelled"]["told"] / weak[f"{what} not labelled"]["of"]),
        )
    heading = [weak[f"heading's outlet, other sentences {w}labelled"] for w in ("", "not ")]
    likely = _figure(about, r"unlikely to state its fact \((\d+) %, against (\d+) % for those it finds likely\)")
    assert likely == tuple(round(100 * h["told"] / h["of"]) for h in heading)
