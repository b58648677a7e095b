"""Do a story's claims depend on the order or names of its article files? Every story is built twice:
as it is, and with its files renamed so that they sort in the reverse order. Reported per story,
counts only: claims in each build, claims (as sets of sentences, each known by its article's bytes
and its place there) found in one build and not the other, claims whose id, heading or weaker-match
outlets differ, and whether "Where outlets differ" and the claims' differences (kind, conflict,
values by outlet) are the same. An outlet is known by its article's bytes too: one labelled from
its file name, or numbered in file order ("site (2)"), is labelled otherwise after the renaming.

    .venv/bin/python benchmarks/file_order.py [--corpus ../shared/data/multi-outlet] [--out FILE]

The stories: the multi-outlet corpus (every story, as ``multi_outlet.prepare`` writes it) and the
demo stories under ``content/``. Nothing of the texts is printed.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from multi_outlet import corpus_args, prepare, slugs  # noqa: E402
from report import emit  # noqa: E402

from generator.embed import Embedder  # noqa: E402
from generator.ingest import is_article_file  # noqa: E402
from generator.model import Story  # noqa: E402
from generator.pipeline import build_story  # noqa: E402

WORK = ROOT / ".cache" / "multi-outlet"
CACHE = ROOT / ".cache" / "digest"


def reading(story: Story, folder: Path) -> dict:
    """What a build says, keyed so that two builds of the same articles under other file names
    compare: a sentence by its article's bytes and its place there, an outlet by its article's bytes
    (an outlet labelled from its file name, or numbered in file order, is labelled otherwise)."""
    article = {p.name: hashlib.sha1(p.read_bytes()).hexdigest()[:12] for p in folder.iterdir() if p.is_file()}
    by_label = {a.outlet: article[a.source] for a in story.articles}

    def members(sentences: list) -> tuple[tuple[str, int], ...]:
        return tuple(sorted((article[m.source], m.index) for m in sentences))

    claims = {members(c.members): c for c in story.claims}
    return {
        "claims": claims,
        "labels": {k: (c.id, c.title, tuple(sorted(by_label[o] for o in c.weak))) for k, c in claims.items()},
        "differences": sorted(
            (k, d.kind, d.conflict, sorted((by_label[o], tuple(sorted(v))) for o, v in d.by_outlet.items()))
            for k, c in claims.items()
            for d in c.differences
        ),
        "disagreements": sorted((d.kind, members(d.members)) for d in story.disagreements),
    }


def compare(folder: Path, embedder: Embedder) -> dict:
    """The story built as it is and with its files renamed to sort the other way round."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        renamed = Path(tmp) / folder.name
        renamed.mkdir()
        articles = [p for p in files if is_article_file(p)]
        for k, path in enumerate(reversed(articles)):
            shutil.copy(path, renamed / f"{k:03d}-{path.name}")
        for path in files:
            if path not in articles:  # story.toml, corrections.toml: as they are
                shutil.copy(path, renamed / path.name)
        a = reading(build_story(folder, embedder), folder)
        b = reading(build_story(renamed, embedder), renamed)
    common = a["claims"].keys() & b["claims"].keys()
    return {
        "claims": len(a["claims"]),
        "claims_renamed": len(b["claims"]),
        "claims_in_one_build_only": len(a["claims"].keys() ^ b["claims"].keys()),
        "claims_labelled_otherwise": sum(a["labels"][k] != b["labels"][k] for k in common),
        "same_differences": a["differences"] == b["differences"],
        "same_disagreements": a["disagreements"] == b["disagreements"],
    }


def main() -> int:
    args = corpus_args(__doc__)
    embedder = Embedder(cache_dir=CACHE)
    names = slugs(args.corpus)
    prepare(args.corpus, WORK / "stories", names)
    folders = [WORK / "stories" / n for n in names]
    folders += sorted(p for p in (ROOT / "content").iterdir() if p.is_dir() and p.name != "pages")
    stories = {folder.name: compare(folder, embedder) for folder in folders}
    changed = [n for n, r in stories.items() if r["claims_in_one_build_only"] or r["claims_labelled_otherwise"]]
    total = {
        "stories": len(stories),
        "stories_whose_claims_change": len(changed),
        "claims": sum(r["claims"] for r in stories.values()),
        "claims_in_one_build_only": sum(r["claims_in_one_build_only"] for r in stories.values()),
        "claims_labelled_otherwise": sum(r["claims_labelled_otherwise"] for r in stories.values()),
        "stories_whose_differences_change": sum(not r["same_differences"] for r in stories.values()),
        "stories_whose_disagreements_change": sum(not r["same_disagreements"] for r in stories.values()),
    }
    return emit({"total": total, "stories": stories}, args.out)


if __name__ == "__main__":
    sys.exit(main())
