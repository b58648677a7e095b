"""Search: a search page, and a Pagefind index of the story and claim pages in ``output/pagefind/``.

Enable with ``PLUGINS = [..., "generator.search"]`` after ``generator.pelican_plugin``. Pages opt in
with ``data-pagefind-body`` (the story and claim templates), so the index holds stories and claims
only. The search page works from any folder (a GitHub Pages project site): its script finds the
index and the site's base path from its own address. Without JavaScript the page lists every
claim of every story, and every other page works as before. ``DIGEST_SEARCH = False`` turns it off.
"""

from __future__ import annotations

import importlib.metadata
import logging
import re
import subprocess
import sys
from pathlib import Path

from pelican import Pelican, signals
from pelican.generators import Generator
from pelican.writers import Writer

from .incremental import files_key
from .pages import heading

logger = logging.getLogger(__name__)
SEARCH_PAGE = "search.html"
_INDEXED = re.compile(r"Indexed (\d+) pages?")


def build_index(site: str | Path) -> int:
    """Run Pagefind over a built site; the number of pages it indexed. Raise RuntimeError if it fails."""
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise RuntimeError(f"pagefind failed: {detail[-1] if detail else 'exit code ' + str(result.returncode)}")
    found = _INDEXED.search(result.stdout)
    return int(found.group(1)) if found else 0


class SearchGenerator(Generator):
    """Writes the search page, then indexes the pages the digest has written."""

    indexed: int | None = None

    def generate_output(self, writer: Writer) -> None:
        if not self.settings.get("DIGEST_SEARCH", True):
            return
        stories = self.context.get("digest_stories", [])
        writer.write_file(
            SEARCH_PAGE,
            self.get_template("search"),
            self.context,
            relative_urls=self.settings.get("RELATIVE_URLS", False),
            stories=stories,
            headings={(s.slug, c.id): heading(c) for s in stories for c in s.claims},
        )
        SearchGenerator.indexed = self._index()

    def _index(self) -> int:
        """Pagefind's index; taken from the previous build when every page it indexes is the same."""
        from .pelican_plugin import page_record

        record = page_record(self.settings)
        if record is None:
            return build_index(self.output_path)
        output = Path(self.output_path)
        try:
            version = importlib.metadata.version("pagefind")
        except importlib.metadata.PackageNotFoundError:
            version = None
        key = files_key(output, ".html", "pagefind", version)
        indexed = record.old_notes.get("pagefind_indexed")
        if isinstance(indexed, int) and record.reuse_folder("pagefind", key, output):
            record.notes["pagefind_indexed"] = indexed
            return indexed
        indexed = build_index(output)
        record.wrote_folder("pagefind", key, output)
        record.notes["pagefind_indexed"] = indexed
        return indexed


def get_generators(pelican_object: Pelican) -> type[Generator]:
    return SearchGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
