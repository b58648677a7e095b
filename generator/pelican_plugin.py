"""Pelican plugin: runs the pipeline on each story folder and writes the pages through the theme.

Enable with ``PLUGINS = ["generator.pelican_plugin"]``. Settings (all optional):
``DIGEST_MODEL`` (embedding model), ``DIGEST_CACHE_DIR`` (embedding cache, None to disable),
``DIGEST_BLEND`` (a ``generator.similarity.Blend``), ``DIGEST_LEXICAL_ONLY`` (no model).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from pelican import Pelican, signals
from pelican.generators import Generator
from pelican.writers import Writer

from .embed import DEFAULT_MODEL, Embedder
from .errors import InputError, StoryErrors
from .export import to_json
from .model import Story
from .pages import data_path, safe_url, site_pages
from .pipeline import Prepared, align, is_story_folder, prepare, slugify
from .summary import aligning

logger = logging.getLogger(__name__)


class DigestGenerator(Generator):
    """Finds story folders under the content path and writes the digest's pages.

    Every story is read and checked when the generator is made, before Pelican deletes or writes
    anything in the output folder: input errors stop the build with every problem listed, and the
    previous output stays as it was.
    """

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - Pelican's signature
        super().__init__(*args, **kwargs)
        self.env.autoescape = True  # article text is untrusted: escape it whatever the site config says
        self.env.filters["safe_url"] = safe_url
        self.stories: list[Story] = []
        self.prepared = self._read_stories()

    def _skipped(self) -> set[str]:
        paths = list(self.settings.get("PAGE_PATHS", [])) + list(self.settings.get("STATIC_PATHS", []))
        return {Path(p).parts[0] for p in paths if p}

    def _read_stories(self) -> list[Prepared]:
        prepared: list[Prepared] = []
        problems: list[InputError] = []
        skipped = self._skipped()
        for folder in sorted(Path(self.path).iterdir()):
            if folder.name in skipped or not is_story_folder(folder):
                continue
            try:
                story = prepare(folder)
            except StoryErrors as errs:
                problems += errs.errors
                continue
            clash = next((p for p in prepared if slugify(p.folder.name) == slugify(folder.name)), None)
            if clash:
                problems.append(InputError(folder, f"gives the same URL as {clash.folder.name}/; rename one folder"))
            prepared.append(story)
        if problems:
            # One plain line per problem (Pelican's log would wrap and decorate them), then a CRITICAL
            # summary: --fatal turns an ERROR log into a traceback, which a user should never see.
            for problem in problems:
                print(f"error: {problem}", file=sys.stderr)
            logger.critical("digest: %d input problem(s); nothing was built or deleted", len(problems))
            raise SystemExit(2)
        for story in prepared:
            for warning in story.warnings:
                logger.warning("digest: warning: %s", warning)
        return prepared

    def generate_context(self) -> None:
        cache = self.settings.get("DIGEST_CACHE_DIR", ".cache/digest")
        embedder = None
        if not self.settings.get("DIGEST_LEXICAL_ONLY", False):
            embedder = Embedder(self.settings.get("DIGEST_MODEL", DEFAULT_MODEL), Path(cache) if cache else None)
        blend = self.settings.get("DIGEST_BLEND")  # None: the calibrated default for the measures in use
        for n, prepared in enumerate(self.prepared, start=1):  # progress lines and one-line errors: summary.py
            story = aligning(prepared, n, len(self.prepared), lambda p=prepared: align(p, embedder, blend))
            self.stories.append(story)
        # Stories with an `order` in story.toml first, in that order; then by folder name.
        self.stories.sort(key=lambda s: (float(s.order) if s.order is not None else float("inf"), s.slug))
        self.context["digest_stories"] = self.stories

    def generate_output(self, writer: Writer) -> None:
        relative = self.settings.get("RELATIVE_URLS", False)
        for page in site_pages(self.stories):
            writer.write_file(
                page.path, self.get_template(page.template), self.context, relative_urls=relative, **page.context
            )
        for story in self.stories:
            path = Path(self.output_path) / data_path(story)
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".json.partial")
            partial.write_text(to_json(story), encoding="utf-8", newline="\n")
            os.replace(partial, path)  # never a half-written data file


def get_generators(pelican_object: Pelican) -> type[Generator]:
    return DigestGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
