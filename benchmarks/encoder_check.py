"""The plain-torch encoder (generator/encoder.py) against sentence-transformers on real sentences.

    python benchmarks/encoder_check.py [--ecbplus ../shared/data/ecbplus] [--sentences 2000] [--out FILE]

Sets: --sentences ECB+ sentences; every sentence of the site's own content (``content/``, split by
``split_sentences``) and of the test pages (``tests/data``: visible text, tags stripped); the
content's files whole (most longer than 256 tokens); odd
strings (empty, whitespace, control characters, scripts, emoji, over 256 tokens). For each: the
largest absolute difference of any component, whether the token ids and masks are the same, and how
many texts were cut at 256 tokens. Then padding: 200 of the sentences encoded alone against in the
batches of the ECB+ set (largest difference). Exit code 1 if any difference exceeds 1e-5.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from embed_speed import sentences  # noqa: E402

from generator.segment import split_sentences  # noqa: E402

ODD = [
    "",
    " ",
    "\t\n",
    "\u200b\u200c\u200d",
    "\ufeff",
    "\x00\x01\x7f",
    "Café naïve résumé — e\u0301 and Ångström, ﬁ ligature.",
    "Кремль опроверг сообщения о телефонном разговоре президентов.",
    "北京今天下雨了。東京も。서울은 맑음.",
    "الكرملين ينفي التقرير. שלום.",
    "Emoji \U0001f44d\U0001f3fd \U0001f1fa\U0001f1e6 \U0001f468\u200d\U0001f469\u200d\U0001f467 \u2603\ufe0f",
    "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ １２３.",
    "x" * 5000,
    "word " * 600,
    "http://example.com/a/very/long/url?with=query&and=more#fragment",
]


def site_sentences() -> list[str]:
    out: list[str] = []
    for f in sorted((ROOT / "content").rglob("*")):
        if f.suffix in {".txt", ".md"}:
            for para in f.read_text(encoding="utf-8").split("\n"):
                out.extend(s for s in split_sentences(para) if s.strip())
    for f in sorted((ROOT / "tests" / "data").iterdir()):
        raw = gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes()
        text = re.sub(r"<[^>]+>", " ", raw.decode("utf-8", "replace"))
        for para in text.split("\n"):
            out.extend(s for s in split_sentences(" ".join(para.split())) if s.strip())
    return list(dict.fromkeys(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    from sentence_transformers import SentenceTransformer

    from generator.embed import model_path
    from generator.encoder import MiniLM

    folder = model_path("all-MiniLM-L6-v2")
    ours, theirs = MiniLM(Path(folder)), SentenceTransformer(folder, device="cpu")
    tokenize = getattr(theirs, "preprocess", None) or theirs.tokenize
    files = [f for f in sorted((ROOT / "content").rglob("*")) if f.suffix in {".txt", ".md"}]
    articles = [f.read_text(encoding="utf-8") for f in files]
    sets = {
        "ecbplus": sentences(args.ecbplus, args.sentences),
        "site": site_sentences(),
        "articles": articles,  # whole files: most cut at 256 tokens
        "odd": ODD,
    }
    report: dict = {"sets": {}}
    worst = 0.0
    for name, texts in sets.items():
        a = ours.encode(texts)
        b = theirs.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        diff = float(np.abs(a - b).max())
        worst = max(worst, diff)
        same_tokens = True
        cut = 0
        for start in range(0, len(texts), 64):
            chunk = texts[start : start + 64]
            feats = tokenize(chunk)
            enc = ours.tokenizer.encode_batch(chunk)
            same_tokens &= [e.ids for e in enc] == feats["input_ids"].tolist()
            same_tokens &= [e.attention_mask for e in enc] == feats["attention_mask"].tolist()
            cut += sum(len(e.overflowing) > 0 for e in enc)
        report["sets"][name] = {
            "texts": len(texts),
            "max_abs_difference": diff,
            "mean_abs_difference": float(np.abs(a - b).mean()),
            "min_cosine": float(np.min(np.sum(a * b, axis=1))),
            "same_tokens": same_tokens,
            "cut_at_256_tokens": cut,
        }
    ecb = sets["ecbplus"]
    batched = ours.encode(ecb)
    sample = list(range(0, len(ecb), max(1, len(ecb) // 200)))[:200]
    alone = np.vstack([ours.encode([ecb[i]]) for i in sample])
    report["padding_max_abs_difference"] = float(np.abs(alone - batched[sample]).max())
    report["max_abs_difference"] = worst
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0 if worst <= 1e-5 else 1


if __name__ == "__main__":
    sys.exit(main())
