"""Stories read and aligned in parallel worker processes (``DIGEST_WORKERS``, default one per core).

Each worker loads its own embedding model once and uses the shared caches (the SQLite embedding
cache takes turns between processes). A story is aligned exactly as in one process: the result does
not depend on which worker aligned it, or in which order. Input problems come back as values and are
reported by the main process, as in a serial build; an unexpected failure comes back as itself.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .embed import Embedder
from .errors import InputError, StoryErrors
from .model import Story
from .similarity import Blend
from .summary import started

if TYPE_CHECKING:
    from .pipeline import Prepared


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class AlignSettings:
    model: str | None  # None: lexical only
    cache_dir: Path | None
    blend: Blend | None
    threads: int | None = None  # torch threads per worker (None: torch's default)


class _Worker:
    """The embedder of this process, made on first use (the model loads on the first encode)."""

    settings: AlignSettings | None = None
    embedder: Embedder | None = None
    made = False

    @classmethod
    def get(cls, settings: AlignSettings) -> Embedder | None:
        if not cls.made or cls.settings != settings:
            cls.settings, cls.made = settings, True
            # torch's threads are set when the model loads: with every vector cached, torch is not imported.
            cls.embedder = Embedder(settings.model, settings.cache_dir, settings.threads) if settings.model else None
        return cls.embedder


def _init(threads: int | None) -> None:
    if threads:
        for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
            os.environ[name] = str(threads)


def prepare_one(folder: Path) -> Prepared | StoryErrors:
    from .pipeline import prepare

    try:
        return prepare(folder)
    except StoryErrors as errs:
        return errs


@dataclass
class Aligned:
    """One story's result: the story, or the input problems that stopped it; and what to warn about."""

    number: int
    story: Story | None
    errors: StoryErrors | InputError | None
    seconds: float
    warnings: list[str]


def align_one(prepared: Prepared, settings: AlignSettings, number: int, total: int) -> Aligned:
    from .pipeline import align

    started(prepared, number, total)
    start = time.perf_counter()
    embedder = _Worker.get(settings)
    try:
        story = align(prepared, embedder, settings.blend, alone=total == 1)
    except (StoryErrors, InputError) as errs:
        return Aligned(number, None, errs, time.perf_counter() - start, list(embedder.warnings if embedder else []))
    return Aligned(number, story, None, time.perf_counter() - start, list(embedder.warnings if embedder else []))


class Pool:
    """A pool of worker processes, or this process alone (``workers`` 1, or one job)."""

    def __init__(self, workers: int, threads: int | None = None) -> None:
        self.workers = max(1, workers)
        self.threads = threads
        self._executor: Executor | None = None

    def _pool(self) -> Executor:
        if self._executor is None:
            method = "fork" if sys.platform.startswith("linux") else "spawn"
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context(method),
                initializer=_init,
                initargs=(self.threads,),
            )
        return self._executor

    def map(self, fn: Callable[..., Any], jobs: list[tuple]) -> Iterator[tuple[int, Any]]:
        """(index, result) per job, as they finish (in order when in this process)."""
        if self.workers == 1 or len(jobs) < 2:
            for i, args in enumerate(jobs):
                yield i, fn(*args)
            return
        futures: dict[Future, int] = {self._pool().submit(fn, *args): i for i, args in enumerate(jobs)}
        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
