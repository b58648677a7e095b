"""Build summary: progress while the stories are aligned, and the digest's own closing line.

Pelican closes a build with a count of blog articles and pages, which for the digest is always
"0 articles ... 1 page". With ``PLUGINS = [..., "generator.summary"]`` that line is replaced by the
digest's: stories, claims, pages written, pages in the search index, and seconds.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Any

from pelican import Pelican, signals

from .errors import StoryErrors
from .model import Story
from .pipeline import Prepared

logger = logging.getLogger(__name__)


class _Build:
    started = time.perf_counter()  # the plugin is loaded as Pelican starts: the first build counts from here
    finished = False
    pages = 0
    stories: list[Story] = []  # noqa: RUF012 - one build at a time


def aligning(prepared: Prepared, number: int, total: int, align: Callable[[], Story]) -> Story:
    """Align one story, saying so before and after (a long story takes a while); an input error in
    the story (a correction that no longer applies) is one line per problem and exit code 2."""
    slug = prepared.folder.name
    print(
        f"digest: [{number}/{total}] aligning {slug}: {len(prepared.articles)} outlets, "
        f"{len(prepared.sentences)} sentences ...",
        file=sys.stderr,
        flush=True,
    )
    start = time.perf_counter()
    try:
        story = align()
    except StoryErrors as errs:
        for err in errs.errors:
            print(f"error: {err}", file=sys.stderr)
        logger.critical("digest: %d problem(s) in %s; the build stopped", len(errs.errors), slug)
        raise SystemExit(2) from None
    checked = sum(1 for c in story.claims if c.checked)
    print(
        f"digest: [{number}/{total}] {slug}: {len(story.claims)} claims"
        + (f" ({checked} checked by an editor)" if checked else "")
        + f" in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
        flush=True,
    )
    return story


def closing_line() -> str:
    from .search import SearchGenerator

    _Build.finished = True
    stories = _Build.stories
    claims = sum(len(s.claims) for s in stories)
    shared = sum(1 for s in stories for c in s.claims if len(c.outlets) > 1)
    indexed = f", {SearchGenerator.indexed} in the search index" if SearchGenerator.indexed is not None else ""
    return (
        f"digest: {len(stories)} stor{'y' if len(stories) == 1 else 'ies'}, {claims} claims "
        f"({shared} told by more than one outlet), {_Build.pages} pages written{indexed}, "
        f"in {time.perf_counter() - _Build.started:.1f} s"
    )


def _started(pelican_object: Pelican) -> None:
    from .search import SearchGenerator

    if _Build.finished:  # a rebuild in the same process (make devserver)
        _Build.started = time.perf_counter()
    _Build.finished = False
    _Build.pages = 0
    _Build.stories = []
    SearchGenerator.indexed = None


def _written(path: str, context: Any = None) -> None:
    if str(path).endswith(".html"):
        _Build.pages += 1


def _generated(generators: list[Any]) -> None:
    _Build.stories = next((g.stories for g in generators if hasattr(g, "stories")), [])


def _install_closing_line() -> None:
    """Pelican prints its closing line with ``pelican.console.print``: print the digest's instead."""
    import pelican

    console = pelican.console
    if getattr(console.print, "digest", False):
        return
    original = console.print

    def print_(*objects: Any, **kwargs: Any) -> None:
        if objects and isinstance(objects[0], str) and objects[0].startswith("Done: Processed"):
            original(closing_line(), soft_wrap=True, highlight=False)
            return
        original(*objects, **kwargs)

    print_.digest = True  # type: ignore[attr-defined]
    console.print = print_


def register() -> None:
    signals.get_generators.connect(_started)
    signals.content_written.connect(_written)
    signals.all_generators_finalized.connect(_generated)
    _install_closing_line()
