"""Turn ECB+ story clusters into story folders (one detokenised article per outlet).

    python benchmarks/ecbplus.py ../shared/data/ecbplus OUT_FOLDER [TOPIC:SUBTOPIC ...]

Each document becomes ``<doc>.md`` with its URL (sentence 0 in ECB+) in a metadata header and one
sentence a line. Without TOPIC:SUBTOPIC arguments every cluster is written (86 folders).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

_FUNCTION = {"and", "or", "but", "the", "a", "an", "that", "which", "who", "to", "of", "in", "on", "for", "with", "as"}


def detokenise(text: str) -> str:
    """Undo PTB-style tokenisation: `` '' -LRB- -RRB-, split clitics, spaced punctuation and hyphens."""
    t = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("``", '"').replace("''", '"')
    t = re.sub(r"\b((?:[A-Z] \. ){1,3}[A-Z]) \.", lambda m: m.group(0).replace(" ", ""), t)  # U . S . -> U.S.
    t = re.sub(r"(\d) : (\d)", r"\1:\2", t)
    t = re.sub(r"\b([ap]) \. ?m \.", r"\1.m.", t)  # a . m . -> a.m.
    t = re.sub(r"(\d) \. (\d)", r"\1.\2", t)  # 6 . 30 -> 6.30
    t = re.sub(r"(\d) , (\d{3})\b", r"\1,\2", t)  # 30 , 000 -> 30,000
    t = re.sub(r"(\w) \. (com|org|net|gov|edu)\b", r"\1.\2", t)  # MyFoxHouston . com
    hyphen = re.compile(r"(\w) - (\w+)")
    while hyphen.search(t):
        t = hyphen.sub(lambda m: f"{m.group(1)}{' – ' if m.group(2).lower() in _FUNCTION else '-'}{m.group(2)}", t)
    t = re.sub(r" ?’ s\b", "’s", t)
    t = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m|’s)\b", r"\1", t)
    t = re.sub(r" ([.,;:!?%)\]}])", r"\1", t)
    t = re.sub(r"([(\[{$]) ", r"\1", t)
    # Straight double quotes: alternate opening and closing.
    out, open_ = [], True
    for part in re.split(r'(")', t):
        if part == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(part)
    t = "".join(out)
    t = re.sub(r"“ ", "“", t)
    t = re.sub(r" ”", "”", t)
    t = re.sub(r"‘ ", "‘", t)
    t = re.sub(r" ’", "’", t)
    return re.sub(r"\s+", " ", t).strip()


def load(tsv: Path) -> dict[tuple[str, str], dict[str, list[dict[str, str]]]]:
    clusters: dict[tuple[str, str], dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    with tsv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            clusters[(row["topic"], row["subtopic"])][row["doc"]].append(row)
    return clusters


def write_story(docs: dict[str, list[dict[str, str]]], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for doc, rows in sorted(docs.items()):
        rows.sort(key=lambda r: int(r["sent"]))
        lines: list[str] = []
        for r in rows:
            text = detokenise(r["text"])
            # ECB+ sometimes splits a sentence after "U.S." or inside "6.30am": join those back.
            if lines and (
                re.search(r"\bU\.S\.$", lines[-1])
                or (re.search(r"\b\d{1,2}\.$", lines[-1]) and re.match(r"\d{2} ?[ap]\.?m\b", text))
            ):
                lines[-1] += ("" if text[:1].isdigit() else " ") + text
            else:
                lines.append(text)
        header = ""
        if lines and lines[0].startswith("http"):
            header = f"URL: {lines[0].replace(' ', '')}\n\n"
            lines = lines[1:]
        (folder / f"{doc}.md").write_text(header + "\n\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ecbplus", type=Path, help="the ECB+ folder (holding sentences.tsv)")
    parser.add_argument("out", type=Path)
    parser.add_argument("clusters", nargs="*", help="TOPIC:SUBTOPIC, e.g. 4:ecbplus")
    args = parser.parse_args(argv)
    clusters = load(args.ecbplus / "sentences.tsv")
    wanted = [tuple(c.split(":")) for c in args.clusters] or sorted(clusters)
    for key in wanted:
        if key not in clusters:
            print(f"error: no cluster {':'.join(key)}", file=sys.stderr)
            return 2
        write_story(clusters[key], args.out / f"ecb-{key[0]}-{key[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
