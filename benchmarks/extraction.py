"""Score article-body extraction on the public article-extraction benchmark.

    python benchmarks/extraction.py [--data ../shared/data/article-extraction] [--out FILE]

Metric (as the benchmark's authors define it): precision, recall and F1 of the extracted text's
word 4-gram shingles against the human-checked ``articleBody``, averaged over pages. Reports the
generator's extractor (``generator.extract.extract_html``: trafilatura favouring precision, with
tables, headline and furniture removed) and trafilatura with its default settings.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import trafilatura  # noqa: E402
from report import emit  # noqa: E402

from generator.extract import extract_html  # noqa: E402
from generator.furniture import furniture_reason  # noqa: E402
from generator.ingest import clean_text  # noqa: E402


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(max(len(words) - n + 1, 0))}


def prf(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    if not t and not p:
        return 1.0, 1.0, 1.0
    tp = len(t & p)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(t) if t else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "article-extraction")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    methods = {"trafilatura": [], "generator": []}
    start = time.perf_counter()
    for page_id, item in sorted(truth.items()):
        html = gzip.decompress((args.data / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        ours = "\n".join(extract_html(html).paragraphs)
        default = trafilatura.extract(html, include_comments=False) or ""
        methods["trafilatura"].append(prf(item["articleBody"], default))
        methods["generator"].append(prf(item["articleBody"], ours))
    report = {"pages": len(truth), "seconds": round(time.perf_counter() - start, 1), "methods": {}}
    # Precision of the furniture rules: lines of the human-checked bodies that they would drop.
    lines = [clean_text(line) for item in truth.values() for line in item["articleBody"].splitlines() if line.strip()]
    report["furniture_rules_on_true_body_lines"] = {
        "lines": len(lines),
        "dropped": [f"{furniture_reason(line)}: {line}" for line in lines if furniture_reason(line)],
    }
    for name, scores in methods.items():
        n = len(scores)
        report["methods"][name] = {
            "precision": round(sum(s[0] for s in scores) / n, 4),
            "recall": round(sum(s[1] for s in scores) / n, 4),
            "f1": round(sum(s[2] for s in scores) / n, 4),
        }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
