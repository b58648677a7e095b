"""How often "Where outlets differ" is right on stories no rule was written for: every ECB+ half-cluster.

    .venv/bin/python benchmarks/ecb_differences.py [--ecbplus ../shared/data/ecbplus] [--out FILE]
    .venv/bin/python benchmarks/ecb_differences.py --items DIR    # the items and stories, for a judge

Each of the 86 ECB+ half-clusters (one event told by many outlets, often ten or more) is built as the
site builds it and every item its story page lists under "Where outlets differ" is looked up in
``gold/ecbplus-verdicts.json``: verdicts of a helper session that read the items against the articles
and never saw the code (true: a real disagreement as summarised; imprecise: a real one summarised in
part wrongly; false: none). The verdicts are text-free: an item is keyed by its story, kind and the
hashes of its sentences, so an item whose sentences change is "unjudged" until judged again.

The stories are split by topic number: odd topics were read to design the rules (``design``), even
topics only scored (``measure``). ``--items DIR`` writes ``DIR/items.md`` (every item with its
sentences) and the stories' folders under ``DIR/stories`` for a new judge; nothing of it is committed.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ecbplus import load, write_story  # noqa: E402
from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.errors import StoryErrors  # noqa: E402
from generator.pipeline import build_story  # noqa: E402

VERDICTS = ROOT / "benchmarks" / "gold" / "ecbplus-verdicts.json"


def item_key(story: str, kind: str, texts: list[str]) -> str:
    """A text-free key of a listed item: its story, kind and its sentences' hashes."""
    hashes = sorted(hashlib.sha1(t.encode("utf-8")).hexdigest()[:12] for t in set(texts))
    return f"{story}|{kind}|{','.join(hashes)}"


def half(story: str) -> str:
    """``design`` for odd topics (read while designing), ``measure`` for even ones."""
    return "design" if int(story.split("-")[1]) % 2 else "measure"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--verdicts", type=Path, default=VERDICTS)
    parser.add_argument("--items", type=Path, help="write the items and stories here for a judge")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    verdicts = json.loads(args.verdicts.read_text(encoding="utf-8")) if args.verdicts.exists() else {}
    embedder = Embedder(cache_dir=ROOT / ".cache" / "digest")
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = args.items / "stories" if args.items else Path(tmp)
        for (topic, sub), docs in sorted(load(args.ecbplus / "sentences.tsv").items()):
            name = f"ecb-{topic}-{sub}"
            folder = root / name
            if not folder.exists():
                write_story(docs, folder)
            try:
                story = build_story(folder, embedder)
            except StoryErrors:
                continue  # the one real duplicate (corpus.py): no story to list
            for d in story.disagreements:
                key = item_key(name, d.kind, [m.text for m in d.members])
                verdict = verdicts.get(key, "unjudged")
                for group in (half(name), "all"):
                    counts[f"{group}|{d.kind}"][verdict] += 1
                    counts[f"{group}|all"][verdict] += 1
                lines += [f"## {key}", f"Story `{name}`, kind {d.kind}: {d.summary}"]
                lines += [f"- [{m.outlet}, file {m.source}] {m.text}" for m in d.members] + [""]
    if args.items:
        (args.items / "items.md").write_text("\n".join(lines), encoding="utf-8")
    report = {}
    for group, c in sorted(counts.items()):
        judged = c["true"] + c["imprecise"] + c["false"]
        report[group] = dict(sorted(c.items())) | {
            "listed": sum(c.values()),
            "precision": round(c["true"] / judged, 3) if judged else None,
            "precision_with_imprecise": round((c["true"] + c["imprecise"]) / judged, 3) if judged else None,
        }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
