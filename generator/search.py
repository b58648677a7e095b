"""Search: a search page, and Pagefind indexes of the story and claim pages.

Enable with ``PLUGINS = [..., "generator.search"]`` after ``generator.pelican_plugin``. Pages opt in
with ``data-pagefind-body`` (the story and claim templates), so the index holds stories and claims
only. The stories are shared out, by a hash of their slug, among a few Pagefind bundles
(``output/pagefind/``, ``output/pagefind-1/``, ...; one for a site of up to ``STORIES_PER_BUNDLE``
stories): a rebuild after one story changed indexes that story's bundle again and takes the others
from the previous build, as Pagefind's authors advise for large sites (Pagefind cannot update an
index in place). The search page merges the bundles in the browser (``mergeIndex``), so results
are ranked together. It works from any folder (a GitHub Pages project site): its script finds the
bundles and the site's base path from its own address. Without JavaScript the page lists every
claim of every story, and every other page works as before. ``DIGEST_SEARCH = False`` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import logging
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

from pelican import Pelican, signals
from pelican.generators import Generator
from pelican.writers import Writer

from .incremental import PageRecord
from .pages import TEMPLATE_FILTERS, heading, said_by, said_pronouns

logger = logging.getLogger(__name__)
SEARCH_PAGE = "search.html"
_INDEXED = re.compile(r"Indexed (\d+) pages?")
STORIES_PER_BUNDLE = 4  # stories per Pagefind bundle (setting DIGEST_SEARCH_BUNDLE_STORIES), at most ...
MAX_BUNDLES = 16  # ... up to this many bundles (each search fetches a little of every bundle)


def bundles(slugs: list[str], per_bundle: int = STORIES_PER_BUNDLE) -> dict[str, list[str]]:
    """The Pagefind bundles of a site's stories: folder -> its stories' slugs, in folder order.

    A power of two of bundles, so that a growing site seldom re-deals its stories, each story in the
    bundle its slug's hash picks; bundles no story fell into are left out."""
    count = 1
    while count < MAX_BUNDLES and count * max(1, per_bundle) < len(slugs):
        count *= 2
    dealt: dict[int, list[str]] = {}
    for slug in sorted(slugs):
        dealt.setdefault(int(hashlib.sha256(slug.encode()).hexdigest()[:8], 16) % count, []).append(slug)
    return {("pagefind" if i == 0 else f"pagefind-{i}"): dealt[i] for i in sorted(dealt)}


def _glob(slugs: list[str]) -> str:
    return "{" + ",".join(slugs) + "}/**/*.html" if len(slugs) > 1 else f"{slugs[0]}/**/*.html"


@cache
def _pagefind() -> list[str]:
    """The Pagefind binary, found as ``python -m pagefind`` finds it (without a Python process per
    bundle); ``python -m pagefind`` itself when that lookup is not available."""
    try:
        from pagefind.service import get_executable

        found = get_executable()
    except ImportError:
        found = None
    return [str(found)] if found is not None else [sys.executable, "-m", "pagefind"]


def build_index(site: str | Path, slugs: list[str] | None = None, folder: str = "pagefind") -> int:
    """Run Pagefind over a built site (only the pages of the stories ``slugs``, when given), writing
    its bundle to ``folder``; the number of pages indexed. Raise RuntimeError if it fails."""
    command = [*_pagefind(), "--site", str(site), "--output-subdir", folder]
    if slugs:
        command += ["--glob", _glob(slugs)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise RuntimeError(f"pagefind failed: {detail[-1] if detail else 'exit code ' + str(result.returncode)}")
    found = _INDEXED.search(result.stdout)
    return int(found.group(1)) if found else 0


class SearchGenerator(Generator):
    """Writes the search page, then indexes the pages the digest has written."""

    indexed: int | None = None

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - Pelican's signature
        super().__init__(*args, **kwargs)
        self.env.filters.update(TEMPLATE_FILTERS)  # the search page lists headings as the story pages do

    def generate_output(self, writer: Writer) -> None:
        if not self.settings.get("DIGEST_SEARCH", True):
            return
        stories = self.context.get("digest_stories", [])
        dealt = bundles(
            [s.slug for s in stories], int(self.settings.get("DIGEST_SEARCH_BUNDLE_STORIES", STORIES_PER_BUNDLE))
        )
        writer.write_file(
            SEARCH_PAGE,
            self.get_template("search"),
            self.context,
            relative_urls=self.settings.get("RELATIVE_URLS", False),
            stories=stories,
            headings={(s.slug, c.id): heading(c) for s in stories for c in s.claims},
            # Who speaks a quote heading, as the story pages say it (an audit found the list without them).
            speakers={(s.slug, claim_id): name for s in stories for claim_id, name in said_by(s).items()},
            pronouns={(s.slug, claim_id): p for s in stories for claim_id, p in said_pronouns(s).items()},
            bundles=list(dealt),
        )
        try:
            SearchGenerator.indexed = self._index(dealt)
        except (RuntimeError, OSError, subprocess.SubprocessError) as err:
            # Pagefind is another program: its failure is one line, not a traceback, and nothing is published.
            print(
                f"error: the search index could not be built ({err}); set DIGEST_SEARCH = False in "
                "pelicanconf.py to build without search",
                file=sys.stderr,
            )
            logger.critical("digest: the search index failed; the previous output is unchanged")
            raise SystemExit(1) from None

    def _index(self, dealt: dict[str, list[str]]) -> int:
        """Index each bundle, or take it from the previous build when every page it indexes is the
        same; bundles are indexed side by side, one Pagefind process per core."""
        from .pelican_plugin import page_record

        output = Path(self.output_path)
        record = page_record(self.settings)
        old: dict = {}
        version = None
        if record is not None:
            noted = record.old_notes.get("pagefind_indexed")
            old = noted if isinstance(noted, dict) else {}
            with contextlib.suppress(importlib.metadata.PackageNotFoundError):
                version = importlib.metadata.version("pagefind")
        counts: dict[str, int] = {}
        todo: list[tuple[str, list[str], str | None]] = []
        for folder, slugs in dealt.items():
            key = bundle_key(record, slugs, folder, version) if record is not None else None
            indexed = old.get(folder)
            if (
                record is not None
                and key is not None
                and isinstance(indexed, int)
                and record.reuse_folder(folder, key, output)
            ):
                counts[folder] = indexed
            else:
                todo.append((folder, slugs, key))
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            for (folder, _, key), indexed in zip(
                todo, pool.map(lambda item: build_index(output, item[1], item[0]), todo), strict=True
            ):
                if key is not None and record is not None:
                    record.wrote_folder(folder, key, output)
                counts[folder] = indexed
        if record is not None:
            record.notes["pagefind_indexed"] = dict(sorted(counts.items()))
        return sum(counts.values())


def bundle_key(record: PageRecord, slugs: list[str], *extra: object) -> str:
    """A hash of the keys of the pages of the stories ``slugs`` as this build wrote or kept them (a
    page's key changes with anything that can change its bytes), and ``extra``."""
    digest = hashlib.sha256(repr((slugs, extra)).encode())
    folders = tuple(f"{slug}/" for slug in slugs)
    for relative, entry in sorted(record.new.items()):
        if relative.endswith(".html") and relative.startswith(folders):
            digest.update(f"{relative}\0{entry[0]}\0".encode())
    return digest.hexdigest()


def get_generators(pelican_object: Pelican) -> type[Generator]:
    return SearchGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
