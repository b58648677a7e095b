"""Quality guards: the shipped alignment on the dev gold and extraction on the public benchmark.

The floors sit a few points under the figures measured when the settings were chosen (see
benchmarks/README.md), so a change that makes alignment or extraction worse fails here.
"""

from __future__ import annotations

import gzip
import json
import sys

import pytest

from generator.evaluate import evaluate
from generator.pipeline import build_story

from .conftest import ROOT

GOLD = ROOT / "benchmarks" / "gold"
SHARED = ROOT.parent / "shared" / "data" / "article-extraction"
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


def test_shipped_alignment_on_the_dev_gold(embedder):
    f1 = {name: evaluate(build_story(GOLD / "stories" / name, embedder), GOLD / f"{name}.json").f1 for name in STORIES}
    assert sum(f1.values()) / len(f1) >= 0.66, f1  # measured 0.712
    assert f1["seed-kremlin"] >= 0.83, f1  # measured 0.883
    assert f1["ecb-8-ecbplus"] >= 0.81, f1  # measured 0.861 (annotated after the method was fixed)


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
