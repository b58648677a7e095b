"""Score the sentence splitter against ECB+'s sentence segmentation.

    python benchmarks/segmentation.py [--ecbplus ../shared/data/ecbplus] [--compare-pysbd]

Each ECB+ document's sentences (detokenised, the URL line left out) are joined into one paragraph
and split again; a boundary is correct when it falls where ECB+ has one. Reports boundary
precision, recall and F1, and the share of documents split exactly right. ECB+ has a few errors of
its own (it splits after "U.S." in "U.S. Marshals"), so 100% is not the ceiling.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ecbplus import detokenise, load  # noqa: E402
from report import emit  # noqa: E402

from generator.segment import split_sentences  # noqa: E402


def boundaries(sentences: list[str]) -> set[int]:
    """Character offsets (ignoring white space) where each sentence after the first starts."""
    out, pos = set(), 0
    for s in sentences[:-1]:
        pos += len(re.sub(r"\s", "", s))
        out.add(pos)
    return out


def score(splitter: Callable[[str], list[str]], docs: list[list[str]]) -> dict[str, float]:
    tp = fp = fn = exact = 0
    for sentences in docs:
        gold = boundaries(sentences)
        pred = boundaries(splitter(" ".join(sentences)))
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
        exact += gold == pred
    p, r = tp / (tp + fp), tp / (tp + fn)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4),
            "documents_exact": round(exact / len(docs), 4)}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--compare-pysbd", action="store_true", help="also score pysbd (pip install pysbd)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    docs = []
    for cluster in load(args.ecbplus / "sentences.tsv").values():
        for rows in cluster.values():
            lines = [detokenise(r["text"]) for r in sorted(rows, key=lambda r: int(r["sent"]))]
            lines = [line for line in lines if not line.startswith("http") and line]
            if len(lines) > 1:
                docs.append(lines)
    report = {
        "documents": len(docs),
        "boundaries": sum(len(d) - 1 for d in docs),
        "generator": score(split_sentences, docs),
    }
    if args.compare_pysbd:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        report["pysbd"] = score(lambda text: [s.strip() for s in seg.segment(text) if s.strip()], docs)
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
