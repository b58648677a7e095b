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
from typing import TYPE_CHECKING, Any

from pelican import Pelican, signals

from .errors import StoryErrors
from .model import Story

if TYPE_CHECKING:
    from .pipeline import Prepared

logger = logging.getLogger(__name__)


class _Build:
    started = time.perf_counter()  # the plugin is loaded as Pelican starts: the first build counts from here
    finished = False
    pages = 0
    digest: Any = None  # the digest's generator: how many pages it kept from the previous build
    stories: list[Story] = []  # noqa: RUF012 - one build at a time


def _count(n: int, word: str) -> str:
    """A count and its word, in the plural unless one ("1 claim", "2 claims")."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def started(prepared: Prepared, number: int, total: int) -> None:
    """The line before a story is aligned (a long story takes a while); printed by the process aligning it."""
    print(
        f"digest: [{number}/{total}] aligning {prepared.folder.name}: {_count(len(prepared.articles), 'outlet')}, "
        f"{_count(len(prepared.sentences), 'sentence')} ...",
        file=sys.stderr,
        flush=True,
    )


def finished(slug: str, story: Story, seconds: float, number: int, total: int) -> None:
    """The line after a story is aligned: its claims, and how long it took."""
    checked = sum(1 for c in story.claims if c.checked)
    print(
        f"digest: [{number}/{total}] {slug}: {_count(len(story.claims), 'claim')}"
        + (f" ({checked} checked by an editor)" if checked else "")
        + f" in {seconds:.1f} s",
        file=sys.stderr,
        flush=True,
    )


def failed(slug: str, errs: StoryErrors) -> None:
    """An input error found while aligning (a correction that no longer applies): one line per problem, exit 2."""
    for err in errs.errors:
        print(f"error: {err}", file=sys.stderr)
    logger.critical("digest: %d problem(s) in %s; the build stopped", len(errs.errors), slug)
    raise SystemExit(2) from None


def unchanged(count: int, total: int) -> None:
    """Stories taken from the cache of aligned stories (their inputs are as in an earlier build)."""
    if count:
        print(
            f"digest: {count} of {total} stor{'y' if total == 1 else 'ies'} unchanged since an earlier build "
            "(not aligned again)",
            file=sys.stderr,
            flush=True,
        )


def aligning(prepared: Prepared, number: int, total: int, align: Callable[[], Story]) -> Story:
    """Align one story, saying so before and after (a long story takes a while); an input error in
    the story (a correction that no longer applies) is one line per problem and exit code 2."""
    started(prepared, number, total)
    start = time.perf_counter()
    try:
        story = align()
    except StoryErrors as errs:
        failed(prepared.folder.name, errs)
    finished(prepared.folder.name, story, time.perf_counter() - start, number, total)
    return story


def closing_line() -> str:
    from .search import SearchGenerator

    _Build.finished = True
    stories = _Build.stories
    claims = sum(len(s.claims) for s in stories)
    shared = sum(1 for s in stories for c in s.claims if len(c.reporting) > 1)  # a weaker match not counted
    reused = getattr(_Build.digest, "reused", 0)
    kept = f" ({reused} unchanged, kept from the previous build)" if reused else ""
    indexed = f", {SearchGenerator.indexed} in the search index" if SearchGenerator.indexed is not None else ""
    return (
        f"digest: {len(stories)} stor{'y' if len(stories) == 1 else 'ies'}, {_count(claims, 'claim')} "
        f"({shared} told by more than one outlet), {_count(_Build.pages + reused, 'page')} written{kept}{indexed}, "
        f"in {time.perf_counter() - _Build.started:.1f} s"
    )


def _started(pelican_object: Pelican) -> None:
    from .search import SearchGenerator

    if _Build.finished:  # a rebuild in the same process (make devserver)
        _Build.started = time.perf_counter()
    _Build.finished = False
    _Build.pages = 0
    _Build.digest = None
    _Build.stories = []
    SearchGenerator.indexed = None


def _written(path: str, context: Any = None) -> None:
    if str(path).endswith(".html"):
        _Build.pages += 1


def _generated(generators: list[Any]) -> None:
    digest = next((g for g in generators if hasattr(g, "stories")), None)
    _Build.stories = digest.stories if digest is not None else []
    _Build.digest = digest


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
