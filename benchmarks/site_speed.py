"""Site speed: a digest of N ECB+ clusters built cold, rebuilt unchanged and after one edit, against
the bare embedding of its sentences and bare Pelican writing as many Markdown pages.

    python benchmarks/site_speed.py ../shared/data/ecbplus [--clusters 24] [--repeat 3] [--out FILE]

All in one run, on this machine, each figure the median of --repeat runs (wall-clock seconds, each
build a fresh ``python -m pelican`` process, as a user runs it):

- ``embed``: a fresh process loads the embedding model and encodes the site's sentences (no cache);
- ``cold``: the site built with an empty cache folder into an empty output folder;
- ``unchanged``: the same site rebuilt with nothing changed;
- ``one_edit``: rebuilt after one article of one story gained a sentence (reverted after each run);
- ``pelican``: bare Pelican (its own theme, no plugins) writing as many Markdown pages as the digest
  has HTML pages (``DISPLAY_PAGES_ON_MENU = False``), each page a few of the site's sentences.

The ratios are cold / embed, unchanged / pelican and one_edit / pelican. ``--workers`` sets
``DIGEST_WORKERS`` (stories aligned in parallel; default: one per core). ``--profile DIR`` also runs
each digest build once under cProfile and writes the top entries (cumulative and own time).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ecbplus import load, write_story  # noqa: E402
from report import emit  # noqa: E402

EMBED_SCRIPT = """
import sys, time, json
start = time.perf_counter()
from generator.embed import Embedder
texts = json.load(open(sys.argv[1], encoding="utf-8"))
Embedder(cache_dir=None).encode(texts)
print(time.perf_counter() - start)
"""

BARE_CONF = """
SITENAME = "Bare"
PATH = "content"
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = []
STATIC_PATHS = []
DISPLAY_PAGES_ON_MENU = False
DISPLAY_CATEGORIES_ON_MENU = False
DELETE_OUTPUT_DIRECTORY = True
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
"""


def write_site(ecbplus: Path, content: Path, clusters: int) -> list[Path]:
    """The first ``clusters`` ECB+ clusters as story folders; of a document ECB+ holds twice (the
    same text under two names), the second copy is left out, as an editor would."""
    from generator.errors import StoryErrors
    from generator.pipeline import prepare

    data = load(ecbplus / "sentences.tsv")
    folders = []
    for key in sorted(data)[:clusters]:
        folder = content / f"ecb-{key[0]}-{key[1]}"
        write_story(data[key], folder)
        for _ in range(10):
            try:
                prepare(folder)
                break
            except StoryErrors as errs:
                duplicates = [Path(e.path) for e in errs.errors if "duplicate article" in str(e)]
                if not duplicates:
                    raise
                for path in duplicates:
                    path.unlink(missing_ok=True)
        folders.append(folder)
    pages = content / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "content" / "pages" / "about.md", pages / "about.md")
    return folders


def site_sentences(folders: list[Path]) -> list[str]:
    from generator.pipeline import prepare

    return [s.text for f in folders for s in prepare(f).sentences]


def added(what: str) -> bytes:
    """A sentence no cache has seen (a kept folder's caches hold the sentences of its earlier runs),
    so that the one-edit rebuild embeds and parses it as an editor's new sentence is."""
    return f"\n\nA sentence added for {what}, {secrets.token_hex(4)}.\n".encode()


def pelican(content: Path, output: Path, settings: Path, *extra: str, profile: Path | None = None) -> float:
    command = [sys.executable]
    if profile is not None:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "pelican", str(content), "-o", str(output), "-s", str(settings), "--fatal", "errors", *extra]
    start = time.perf_counter()
    # This checkout's generator, not whichever one the virtualenv's editable install points to.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(command, cwd=content.parent, capture_output=True, text=True, env=env)
    took = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed ({' '.join(command)}):\n{result.stderr[-3000:]}")
    return took


def top_entries(profile: Path, limit: int = 15) -> dict[str, list[str]]:
    import io
    import pstats

    out: dict[str, list[str]] = {}
    for key in ("cumulative", "tottime"):
        buffer = io.StringIO()
        pstats.Stats(str(profile), stream=buffer).sort_stats(key).print_stats(limit)
        lines = [line.rstrip() for line in buffer.getvalue().splitlines()]
        start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
        out[key] = [line for line in lines[start + 1 :] if line.strip()]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ecbplus", type=Path, nargs="?", default=ROOT.parent / "shared" / "data" / "ecbplus")
    parser.add_argument("--clusters", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--profile", type=Path, help="folder for one cProfile run of each digest build")
    parser.add_argument("--keep", type=Path, help="work in this folder (kept) instead of a temporary one")
    parser.add_argument(
        "--rebuilds-only",
        action="store_true",
        help="with --keep of an earlier run: time only the two rebuilds and bare Pelican (no embed, no cold build)",
    )
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.rebuilds_only and not (args.keep and (args.keep / "output").is_dir()):
        parser.error("--rebuilds-only needs --keep FOLDER of an earlier run")

    work = args.keep or Path(tempfile.mkdtemp(prefix="site-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    content = work / "content"
    if args.rebuilds_only:
        folders = sorted(p for p in content.iterdir() if p.name.startswith("ecb-"))
    else:
        shutil.rmtree(content, ignore_errors=True)
        folders = write_site(args.ecbplus, content, args.clusters)
    texts = site_sentences(folders)
    (work / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    settings = ROOT / "pelicanconf.py"
    cache = work / "cache"
    extra = ["-e", f'THEME="{ROOT / "theme"}"', f'DIGEST_CACHE_DIR="{cache}"']
    if args.workers is not None:
        extra.append(f"DIGEST_WORKERS={args.workers}")
    output = work / "output"
    edited = folders[len(folders) // 2]
    article = sorted(edited.glob("*.md"))[0]
    original = article.read_bytes()

    times: dict[str, list[float]] = {"embed": [], "cold": [], "unchanged": [], "one_edit": [], "pelican": []}
    pages = 0
    profiles: dict[str, dict] = {}
    if args.rebuilds_only:
        pelican(content, output, settings, *extra)  # the caches up to date with this code
        pages = sum(1 for _ in output.rglob("*.html"))
        del times["embed"], times["cold"]

    def rebuilds(what: str) -> None:
        """An unchanged rebuild, then one after the article gains a new sentence, then back."""
        times["unchanged"].append(pelican(content, output, settings, *extra))
        article.write_bytes(original + added(what))
        try:
            times["one_edit"].append(pelican(content, output, settings, *extra))
        finally:
            article.write_bytes(original)
        pelican(content, output, settings, *extra)  # back to the unedited site

    for run in range(args.repeat):
        if args.rebuilds_only:
            rebuilds(f"re-run {run}")
            continue
        result = subprocess.run(
            [sys.executable, "-c", EMBED_SCRIPT, str(work / "texts.json")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        times["embed"].append(float(result.stdout.strip().splitlines()[-1]))
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(output, ignore_errors=True)
        times["cold"].append(pelican(content, output, settings, *extra))
        pages = sum(1 for _ in output.rglob("*.html"))
        rebuilds(f"run {run} of the benchmark")
        print(json.dumps({k: round(v[-1], 2) for k, v in times.items() if v}), file=sys.stderr, flush=True)

    bare = work / "bare"
    shutil.rmtree(bare, ignore_errors=True)
    (bare / "content" / "pages").mkdir(parents=True)
    (bare / "pelicanconf.py").write_text(BARE_CONF, encoding="utf-8")
    per_page = max(1, len(texts) // max(pages, 1))
    for p in range(pages):
        chunk = texts[(p * per_page) % len(texts) : (p * per_page) % len(texts) + per_page] or texts[:1]
        body = "\n\n".join(chunk * 4)
        (bare / "content" / "pages" / f"page-{p}.md").write_text(f"Title: Page {p}\n\n{body}\n", encoding="utf-8")
    for _ in range(args.repeat):
        times["pelican"].append(pelican(bare / "content", bare / "output", bare / "pelicanconf.py"))

    if args.profile and not args.rebuilds_only:
        args.profile.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(output, ignore_errors=True)
        for name in ("cold", "unchanged", "one_edit"):
            if name == "one_edit":
                article.write_bytes(original + added("the profile"))
            try:
                pelican(content, output, settings, *extra, profile=args.profile / f"{name}.prof")
            finally:
                article.write_bytes(original)
            profiles[name] = top_entries(args.profile / f"{name}.prof")

    median = {k: round(statistics.median(v), 2) for k, v in times.items()}
    report = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}",
        "clusters": len(folders),
        "sentences": len(texts),
        "html_pages": pages,
        "workers": args.workers,
        "repeat": args.repeat,
        "seconds_median": median,
        "seconds_all": {k: [round(x, 2) for x in v] for k, v in times.items()},
        "ratios": {
            "cold_over_embed": round(median["cold"] / median["embed"], 2) if "cold" in median else None,
            "unchanged_over_pelican": round(median["unchanged"] / median["pelican"], 2),
            "one_edit_over_pelican": round(median["one_edit"] / median["pelican"], 2),
        },
    }
    if profiles:
        report["profiles"] = profiles
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
