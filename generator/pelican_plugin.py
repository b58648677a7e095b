"""Pelican plugin: runs the pipeline on each story folder and writes the pages through the theme.

Enable with ``PLUGINS = ["generator.pelican_plugin"]``. Settings (all optional):
``DIGEST_MODEL`` (embedding model), ``DIGEST_CACHE_DIR`` (embedding cache, None to disable),
``DIGEST_BLEND`` (a ``generator.similarity.Blend``), ``DIGEST_LEXICAL_ONLY`` (no model).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .embed import DEFAULT_MODEL, Embedder
from .errors import StoryErrors
from .export import to_json
from .pages import data_path, safe_url, site_pages
from .pipeline import DEFAULT_BLEND, build_story, is_story_folder

logger = logging.getLogger(__name__)


class DigestGenerator(Generator):
    """Finds story folders under the content path and writes the digest's pages."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.env.autoescape = True  # article text is untrusted: escape it whatever the site config says
        self.env.filters["safe_url"] = safe_url
        self.stories = []

    def _skipped(self) -> set[str]:
        paths = list(self.settings.get("PAGE_PATHS", [])) + list(self.settings.get("STATIC_PATHS", []))
        return {Path(p).parts[0] for p in paths if p}

    def generate_context(self) -> None:
        cache = self.settings.get("DIGEST_CACHE_DIR", ".cache/digest")
        embedder = None
        if not self.settings.get("DIGEST_LEXICAL_ONLY", False):
            embedder = Embedder(self.settings.get("DIGEST_MODEL", DEFAULT_MODEL), Path(cache) if cache else None)
        blend = self.settings.get("DIGEST_BLEND", DEFAULT_BLEND)
        skipped = self._skipped()
        for folder in sorted(Path(self.path).iterdir()):
            if folder.name in skipped or not is_story_folder(folder):
                continue
            try:
                story = build_story(folder, embedder, blend)
            except StoryErrors as errs:
                for err in errs.errors:
                    logger.error("digest: %s", err)
                continue
            for warning in story.warnings:
                logger.warning("digest: %s", warning)
            logger.info("digest: %s: %d outlets, %d claims", story.slug, len(story.articles), len(story.claims))
            self.stories.append(story)
        self.context["digest_stories"] = self.stories

    def generate_output(self, writer) -> None:
        relative = self.settings.get("RELATIVE_URLS", False)
        for page in site_pages(self.stories):
            writer.write_file(
                page.path, self.get_template(page.template), self.context, relative_urls=relative, **page.context
            )
        for story in self.stories:
            path = os.path.join(self.output_path, data_path(story))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(to_json(story))


def get_generators(pelican_object) -> type[Generator]:
    return DigestGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
