"""Robustness: time (and peak memory) on adversarial inputs, each in its own process under a timeout.

    python benchmarks/robustness.py [--root TREE] [--timeout 120] [--out results/robustness.json]

``--root`` imports ``generator`` from another checkout (e.g. an older commit, exported with
``git archive``) to measure before and after. A case that runs out of time is reported as such.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BIG = (
    "import tempfile, pathlib\n"
    "from generator.errors import StoryErrors\n"
    "from generator.pipeline import build_story\n"
    "d = pathlib.Path(tempfile.mkdtemp()) / 'big'; d.mkdir()\n"
    "(d / 'a.txt').write_text('\\n'.join(f'Sentence {{i}} says the council met on day {{i}}.' for i in range({n})))\n"
    "(d / 'b.txt').write_text('The council met.')\n"
    "try:\n    build_story(d, None)\nexcept StoryErrors as e:\n    print('refused:', e)\n"
)
SPLIT = "from generator.segment import split_sentences as s"
CASES = {
    "48 dots in a sentence": f"{SPLIT}; s('He paused' + '.' * 48 + 'and went on.')",
    "52 dots in a sentence": f"{SPLIT}; s('He paused' + '.' * 52 + 'and went on.')",
    "60 dots in a sentence": f"{SPLIT}; s('He paused' + '.' * 60 + 'and went on.')",
    "80 KB paragraph": (
        "from generator.segment import split_sentences as s; "
        "s(' '.join(f'Officials said the fire was out by {i} p.m. on Monday.' for i in range(1600)))"
    ),
    "100,000 nested divs (1.1 MB page)": (
        "from generator.extract import extract_html; "
        "extract_html('<html><body>' + '<div>' * 100000 + 'Deep text.' + '</div>' * 100000 + '</body></html>')"
    ),
    "15,000-sentence article (lexical)": BIG.format(n=15000),
    "4,000-sentence article (lexical; the limit)": BIG.format(n=3999),
}


def run(code: str, root: Path, timeout: float) -> dict:
    start = time.perf_counter()
    wrapped = (
        f"import sys; sys.path.insert(0, {str(root)!r})\n{code}\n"
        "import resource; print('maxrss_kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    try:
        proc = subprocess.run([sys.executable, "-c", wrapped], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "outcome": f"over {timeout:.0f} s (killed)"}
    seconds = time.perf_counter() - start
    rss = next((int(line.split()[1]) for line in proc.stdout.splitlines() if line.startswith("maxrss_kb")), None)
    outcome = "ok" if proc.returncode == 0 else (proc.stderr.strip().splitlines() or ["?"])[-1][:120]
    if "refused:" in proc.stdout:
        outcome = "refused: " + proc.stdout.split("refused:", 1)[1].strip().splitlines()[0][:160]
    return {"seconds": round(seconds, 2), "peak_mib": rss and round(rss / 1024), "outcome": outcome}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    results = {}
    for name, code in CASES.items():
        if args.only and not any(o in name for o in args.only):
            continue
        results[name] = run(code, args.root.resolve(), args.timeout)
        print(f"{name}: {results[name]}", flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
