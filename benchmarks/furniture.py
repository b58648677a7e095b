"""Page furniture on real articles: the corpus's own dropped lines put back where they stood.

    python benchmarks/furniture.py [--corpus ../shared/data/multi-outlet] [--split tune|check|all] [--out FILE]
    python benchmarks/furniture.py --show tune      # the lines scored wrong, with text (tuning stories only)

The multi-outlet corpus lists, per story, every whole line its gatherer removed from the source texts
(``dropped.txt``: headlines, photo captions, video and newsletter widgets, related-story links, bylines
and credit lines, copyright footers ...) with its position among the source's lines. This script puts
each line back at its position, so every article reads as its source did (as a plain-text file, the
headline first), reads the story as the site does (``generator.pipeline.prepare``), and counts:

- furniture kept: gold furniture lines any of whose sentences the story keeps for alignment (a
  claim could hold them), by the gatherer's reason;
- body lines set aside: lines the gatherer kept as article text that the generator drops whole,
  by the generator's reason. Sub-headings are set aside by design (a heading is not a claim; the
  gatherer kept them on purpose, so they are counted apart).

Stories are split once, before any line was read for design: ``CHECK`` (``random.Random(17)``, ten of
the forty slugs) is only scored. The report holds counts only, never text.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from multi_outlet import DEFAULT_CORPUS, slugs  # noqa: E402
from report import emit  # noqa: E402

from generator.errors import StoryErrors  # noqa: E402
from generator.pipeline import prepare  # noqa: E402

# Set aside as headings by design: sub-headings, the headline, and a list's label ("Story highlights"),
# alone on its line or cut from its first item's (the items are text, under it).
HEADINGS = {
    "heading",
    "headline (shown as the article title)",
    "label of a summary list (story highlights)",
}


def checking(corpus: Path) -> list[str]:
    """The stories only scored: ten of the sorted slugs, drawn with ``random.Random(17)``."""
    return sorted(random.Random(17).sample(sorted(slugs(corpus)), 10))


def dropped_rows(story: Path) -> dict[str, dict[int, tuple[str, str]]]:
    """Per article file, the dropped lines by source position: position -> (reason, text)."""
    rows: dict[str, dict[int, tuple[str, str]]] = {}
    lines = [ln for ln in (story / "dropped.txt").read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        rows.setdefault(row["file"], {})[int(row["src"])] = (row["reason"], row["text"])
    return rows


def rebuild(kept: list[str], dropped: dict[int, tuple[str, str]]) -> list[tuple[str, str | None]]:
    """The source's lines in order: (text, the gatherer's reason if it dropped the line)."""
    total = len(kept) + len(dropped)
    body = iter(kept)
    out: list[tuple[str, str | None]] = []
    for position in range(1, total + 1):
        if position in dropped:
            reason, text = dropped[position]
            out.append((text, reason))
        else:
            out.append((next(body), None))
    # A position past the end (a source counted lines differently): keep the line, at the end.
    out += [(text, reason) for p, (reason, text) in sorted(dropped.items()) if p > total]
    return out


def score_story(story: Path, work: Path) -> tuple[dict, list[tuple[str, str, str, str]]]:
    """Counts for one story, and the lines scored wrong: (kind, reason, file, text)."""
    rows = dropped_rows(story)
    folder = work / story.name
    folder.mkdir(parents=True)
    truth: dict[str, list[tuple[str, str | None]]] = {}
    for path in sorted(story.glob("*.txt")):
        if path.name == "dropped.txt":
            continue
        lines = rebuild(path.read_text(encoding="utf-8").splitlines(), rows.get(path.name, {}))
        (folder / path.name).write_text("".join(text + "\n" for text, _ in lines), encoding="utf-8")
        truth[path.name] = lines
    try:
        prepared = prepare(folder)
    except StoryErrors as err:
        raise SystemExit(f"{story.name}: {err}") from err
    kept_lines = {(s.source, s.line) for s in prepared.sentences}
    ours = {(d.source, d.line): d.reason for a in prepared.articles for d in a.dropped}
    counts = {"furniture": Counter(), "furniture_kept": Counter(), "body": 0, "body_set_aside": Counter()}
    wrong = []
    for name, lines in truth.items():
        for i, (text, reason) in enumerate(lines):
            line = i + 1  # one paragraph per line, as in the corpus
            if reason is not None:
                counts["furniture"][reason] += 1
                if (name, line) in kept_lines:
                    counts["furniture_kept"][reason] += 1
                    wrong.append(("furniture kept", reason, name, text))
            else:
                counts["body"] += 1
                if (name, line) not in kept_lines:
                    why = ours.get((name, line), "not read")
                    counts["body_set_aside"][why] += 1
                    if why not in HEADINGS:
                        wrong.append(("body set aside", why, name, text))
    return counts, wrong


def general(reason: str) -> str:
    """The gatherer's reason without its note in brackets ("photo caption (a note)")."""
    return reason.split(" (")[0]


def summarise(per_story: dict[str, dict]) -> dict:
    furniture, kept, set_aside = Counter(), Counter(), Counter()
    body = 0
    for counts in per_story.values():
        for reason, n in counts["furniture"].items():
            furniture[general(reason)] += n
        for reason, n in counts["furniture_kept"].items():
            kept[general(reason)] += n
        set_aside.update(counts["body_set_aside"])
        body += counts["body"]
    total, missed = sum(furniture.values()), sum(kept.values())
    headings = sum(n for r, n in set_aside.items() if r in HEADINGS)
    other = sum(n for r, n in set_aside.items() if r not in HEADINGS)
    return {
        "stories": len(per_story),
        "furniture_lines": total,
        "furniture_kept": missed,
        "furniture_set_aside_share": round(1 - missed / total, 3) if total else None,
        "furniture_by_reason": {r: {"lines": n, "kept": kept[r]} for r, n in sorted(furniture.items())},
        "body_lines": body,
        "body_set_aside_as_headings": headings,
        "body_set_aside_otherwise": other,
        "body_set_aside_by_reason": dict(sorted(set_aside.items())),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=["tune", "check", "all"], default="all")
    parser.add_argument("--show", choices=["tune"], help="print the lines scored wrong (tuning stories only)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    check = set(checking(args.corpus))
    which = "tune" if args.show else args.split
    per_split: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for slug in sorted(slugs(args.corpus)):
            part = "check" if slug in check else "tune"
            if which != "all" and part != which:
                continue
            counts, wrong = score_story(args.corpus / "stories" / slug, Path(tmp))
            per_split.setdefault(part, {})[slug] = counts
            if args.show:
                for kind, reason, name, text in wrong:
                    print(f"{slug}\t{name}\t{kind}\t{reason}\t{text[:160]}")
    if args.show:
        return 0
    report = {
        "checking_stories": sorted(check),
        "scores": {part: summarise(stories) for part, stories in sorted(per_split.items())},
    }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
