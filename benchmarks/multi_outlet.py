"""The multi-outlet dev corpus (../shared/data/multi-outlet): story folders, sentence ids, text-free gold.

The corpus texts are the outlets' copyright, so the committed gold never holds text. A gold item
names a sentence by file, line and character span::

    {"source": "fox.txt", "line": 12, "start": 0, "end": 143, "sha1": "3f2a9c01b7de"}

``line`` is the 1-based line of the corpus file, ``start``/``end`` are offsets into that line
after ``generator.ingest.clean_text`` (NFC, white space collapsed), and ``sha1`` is the first 12
hex digits of the SHA-1 of the span: a changed corpus is detected, never silently mis-scored.
At evaluation time the gold is *materialised* from the corpus into the text form that
``generator.evaluate`` reads (``{"source", "text"}`` items), so scoring does not depend on where
the segmenter puts its boundaries.

Commands (CORPUS is the corpus folder, default ../shared/data/multi-outlet)::

    python benchmarks/multi_outlet.py prepare OUT [SLUG ...]      # story folders with a metadata header
    python benchmarks/multi_outlet.py sentences SLUG               # every sentence with its id (fox:12.2)
    python benchmarks/multi_outlet.py encode SLUG WORK.json GOLD   # ids -> committed, text-free gold
    python benchmarks/multi_outlet.py materialise GOLD OUT.json    # committed gold -> text gold

A work file (the annotator's, never committed) holds groups of sentence ids::

    {"same": [{"fact": "own words", "items": ["fox:3.0", "nyt:5.1"]}, ...], "related": [[...]],
     "disagreements": [{"kind": "numbers", "items": ["fox:3.0", "nyt:5.1"], "note": "..."}]}
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest import clean_text  # noqa: E402
from generator.segment import split_sentences  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "multi-outlet"
GOLD_DIR = ROOT / "benchmarks" / "gold" / "multi-outlet"


def corpus_args(description: str) -> argparse.Namespace:
    """A benchmark's command line over the corpus: ``--corpus`` (default ``DEFAULT_CORPUS``) and
    ``--out`` (the report's file)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    return parser.parse_args()


def outlets_of(keys: dict[str, str], groups: list[set[str]]) -> dict[str, str]:
    """Each sentence key's outlet (``keys``: the story's sentence keys and outlets), gold keys that
    match no sentence too ("fox.txt#unmatched-0": the outlet of its file)."""
    by_file = {k.split("#")[0]: o for k, o in keys.items()}
    return {k: by_file.get(k.split("#")[0], k) for g in groups for k in g} | keys


def index(corpus: Path) -> list[dict[str, str]]:
    with open(corpus / "index.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def slugs(corpus: Path) -> list[str]:
    return sorted({row["slug"] for row in index(corpus)})


def sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def spans(line: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one cleaned line, as the generator splits it."""
    out, cursor = [], 0
    for sentence in split_sentences(line):
        start = line.find(sentence, cursor)
        if start < 0:  # the splitter strips only white space, so this does not happen
            raise ValueError(f"sentence not found in its line: {sentence[:40]!r}")
        out.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return out


def lines(corpus: Path, slug: str, source: str) -> list[str]:
    path = corpus / "stories" / slug / source
    return [clean_text(x) for x in path.read_text(encoding="utf-8").splitlines()]


def sentence_table(corpus: Path, slug: str) -> dict[str, dict]:
    """Every sentence of a story by id (``outlet:line.k``), with its text and span."""
    table: dict[str, dict] = {}
    for row in index(corpus):
        if row["slug"] != slug:
            continue
        for number, line in enumerate(lines(corpus, slug, row["file"]), start=1):
            for k, (start, end) in enumerate(spans(line)):
                table[f"{row['outlet']}:{number}.{k}"] = {
                    "source": row["file"],
                    "line": number,
                    "start": start,
                    "end": end,
                    "text": line[start:end],
                }
    return table


def prepare(corpus: Path, out: Path, which: list[str]) -> list[Path]:
    """Story folders the generator reads: each article with a Title/Outlet/Date/URL header."""
    folders = []
    for slug in which or slugs(corpus):
        folder = out / slug
        folder.mkdir(parents=True, exist_ok=True)
        for row in index(corpus):
            if row["slug"] != slug:
                continue
            body = (corpus / "stories" / slug / row["file"]).read_text(encoding="utf-8")
            header = [
                f"Title: {row['headline']}",
                f"Outlet: {row['outlet_name']}",
                f"Date: {row['date'].lstrip('~')}",
                f"URL: {row['url']}" if row["url"].startswith("http") else "",
            ]
            text = "\n".join(h for h in header if h) + "\n\n" + body
            target = folder / row["file"]
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
        folders.append(folder)
    return folders


def _items(group: list | dict) -> list[str]:
    """A work-file group: a list of ids, or ``{"fact": "...", "items": [ids]}``."""
    return group["items"] if isinstance(group, dict) else group


def encode(corpus: Path, slug: str, work: dict) -> dict:
    """A work file of sentence ids as committed gold: spans and hashes, no text."""
    table = sentence_table(corpus, slug)

    def item(sid: str) -> dict:
        if sid not in table:
            raise SystemExit(f"{slug}: no sentence {sid!r} (see `multi_outlet.py sentences {slug}`)")
        s = table[sid]
        return {"source": s["source"], "line": s["line"], "start": s["start"], "end": s["end"], "sha1": sha(s["text"])}

    gold = {
        "story": slug,
        "corpus": "shared/data/multi-outlet",
        "annotation": work.get("annotation", ""),
        "guide": "benchmarks/gold/ANNOTATION.md",
        "same": [[item(i) for i in _items(group)] for group in work.get("same", [])],
        "facts": [group.get("fact", "") if isinstance(group, dict) else "" for group in work.get("same", [])],
        "related": [[item(i) for i in _items(group)] for group in work.get("related", [])],
        "disagreements": [
            {"kind": d["kind"], "note": d.get("note", ""), "items": [item(i) for i in d["items"]]}
            for d in work.get("disagreements", [])
        ],
    }
    return gold


def materialise(corpus: Path, gold: dict) -> dict:
    """Committed gold as text gold for ``generator.evaluate``; a changed corpus line is an error."""
    slug = gold["story"]
    cache: dict[str, list[str]] = {}

    def text(item: dict) -> dict:
        source = item["source"]
        if source not in cache:
            cache[source] = lines(corpus, slug, source)
        line = cache[source][item["line"] - 1]
        piece = line[item["start"] : item["end"]]
        if sha(piece) != item["sha1"]:
            raise SystemExit(f"{slug}/{source} line {item['line']}: the corpus text changed (hash mismatch)")
        return {"source": source, "text": piece}

    return {
        "story": slug,
        "annotation": gold.get("annotation", ""),
        "same": [[text(i) for i in g] for g in gold.get("same", [])],
        "related": [[text(i) for i in g] for g in gold.get("related", [])],
        "disagreements": [
            {"kind": d["kind"], "note": d.get("note", ""), "items": [text(i) for i in d["items"]]}
            for d in gold.get("disagreements", [])
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("out", type=Path)
    p.add_argument("slugs", nargs="*")
    p = sub.add_parser("sentences")
    p.add_argument("slug")
    p = sub.add_parser("encode")
    p.add_argument("slug")
    p.add_argument("work", type=Path)
    p.add_argument("gold", type=Path)
    p = sub.add_parser("materialise")
    p.add_argument("gold", type=Path)
    p.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "prepare":
        for folder in prepare(args.corpus, args.out, args.slugs):
            print(folder)
    elif args.command == "sentences":
        for sid, s in sentence_table(args.corpus, args.slug).items():
            print(f"{sid}\t{s['text']}")
    elif args.command == "encode":
        gold = encode(args.corpus, args.slug, json.loads(args.work.read_text(encoding="utf-8")))
        args.gold.parent.mkdir(parents=True, exist_ok=True)
        args.gold.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{args.gold}: {len(gold['same'])} same groups, {len(gold['disagreements'])} disagreements")
    elif args.command == "materialise":
        data = materialise(args.corpus, json.loads(args.gold.read_text(encoding="utf-8")))
        args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
