"""Pelican plugin: runs the pipeline on each story folder and writes the pages through the theme.

Enable with ``PLUGINS = ["generator.pelican_plugin"]``. Settings (all optional):
``DIGEST_MODEL`` (embedding model), ``DIGEST_CACHE_DIR`` (embedding cache, None to disable),
``DIGEST_BLEND`` (a ``generator.similarity.Blend``), ``DIGEST_LEXICAL_ONLY`` (no model).

The plugin also makes every build atomic (see ``generator.output``): Pelican writes into a fresh
folder beside the output folder, which replaces it only when the build is complete.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pelican import Pelican, signals
from pelican.generators import Generator
from pelican.writers import Writer

from .embed import DEFAULT_MODEL
from .errors import InputError, StoryErrors, internal_error
from .export import to_json
from .incremental import PageRecord, StoryCache, page_key, settings_key, site_key, story_key
from .ingest import SYMLINK_SKIPPED, articles_inside, is_article_file
from .model import Story
from .output import AtomicOutput
from .pages import TEMPLATE_FILTERS, data_path, site_pages
from .parallel import AlignSettings, Pool, _Worker, align_one, default_workers, prepare_one
from .stories import is_story_folder, slugify

if TYPE_CHECKING:
    from .pipeline import Prepared
from .summary import failed, finished, unchanged

logger = logging.getLogger(__name__)
T = TypeVar("T")


class DigestGenerator(Generator):
    """Finds story folders under the content path and writes the digest's pages.

    Every story is read and checked when the generator is made, before Pelican deletes or writes
    anything in the output folder: input errors stop the build with every problem listed, and the
    previous output stays as it was.
    """

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - Pelican's signature
        super().__init__(*args, **kwargs)
        self.env.autoescape = True  # article text is untrusted: escape it whatever the site config says
        self.env.filters.update(TEMPLATE_FILTERS)
        self.stories: list[Story] = []
        self.reused = 0  # pages kept from the previous build
        self.prepared = _guarded("reading the stories", self._read_stories)

    def _pelican_paths(self) -> list[str]:
        """The content sub-folders Pelican's own generators read (pages, static files, articles)."""
        keys = ("PAGE_PATHS", "STATIC_PATHS", "ARTICLE_PATHS")
        return [str(p) for key in keys for p in self.settings.get(key, []) if p is not None]

    def _pelican_links(self) -> list[InputError]:
        """Symbolic links where Pelican would read through them (it follows links): refused by name."""
        root = Path(self.path)
        found: list[InputError] = []
        for sub in dict.fromkeys(self._pelican_paths()):
            start = root / sub if sub else root
            if start.is_symlink():
                found.append(InputError(start, _REFUSED))
                continue
            for folder, dirs, files in os.walk(start):
                for name in sorted(dirs + files):
                    if os.path.islink(os.path.join(folder, name)):
                        found.append(InputError(Path(folder, name), _REFUSED))
                dirs[:] = sorted(d for d in dirs if not os.path.islink(os.path.join(folder, d)))
        return found

    def _settings_key(self) -> str:
        """What decides a story's alignment besides its folder: the model, the blend, lexical-only."""
        lexical = bool(self.settings.get("DIGEST_LEXICAL_ONLY", False))
        model = None if lexical else self.settings.get("DIGEST_MODEL", DEFAULT_MODEL)
        return settings_key({}, model, repr(self.settings.get("DIGEST_BLEND")), lexical)

    def _align_settings(self) -> AlignSettings:
        cache = self.settings.get("DIGEST_CACHE_DIR", ".cache/digest")
        lexical = bool(self.settings.get("DIGEST_LEXICAL_ONLY", False))
        model = None if lexical else self.settings.get("DIGEST_MODEL", DEFAULT_MODEL)
        threads = max(1, default_workers() // self.pool.workers) if self.pool.workers > 1 else None
        return AlignSettings(model, Path(cache) if cache else None, self.settings.get("DIGEST_BLEND"), threads)

    def _read_stories(self) -> list[Prepared]:
        cache = self.settings.get("DIGEST_CACHE_DIR", ".cache/digest")
        self.story_cache = StoryCache(Path(cache) if cache else None)
        workers = self.settings.get("DIGEST_WORKERS") or default_workers()
        self.pool = Pool(int(workers))
        self.cached: list[Story] = []
        self.keys: dict[str, str] = {}  # story slug -> the key of its inputs
        problems: list[InputError] = self._pelican_links()
        skipped = {Path(p).parts[0] for p in self._pelican_paths() if p and Path(p).parts}
        passed_over: list[str] = []  # warnings on what is not read: links, folders of stories, loose articles
        folders: list[Path] = []
        for folder in sorted(Path(self.path).iterdir()):
            if folder.name in skipped or folder.name.startswith((".", "_")):
                continue
            if folder.is_symlink():
                passed_over.append(str(InputError(folder, SYMLINK_SKIPPED)))
                continue
            if is_story_folder(folder):
                folders.append(folder)
            elif folder.is_dir() and (held := articles_inside(folder)):
                # Stories sorted into folders ("content/2024/fire/"): each story is a folder right here.
                passed_over.append(str(InputError(folder, f"skipped: a folder, not a story ({held})")))
            elif folder.is_file() and is_article_file(folder):
                passed_over.append(
                    str(InputError(folder, "skipped: an article outside a story; put it in its story's folder"))
                )
        self.story_folders = folders
        alignment = self._settings_key()
        todo: list[Path] = []
        warnings_of: dict[str, list[str]] = {}
        for folder in folders:
            key = story_key(folder, alignment)
            self.keys[slugify(folder.name)] = key
            story = self.story_cache.get(key)
            if story is None:
                todo.append(folder)
            else:
                self.cached.append(story)
                warnings_of[folder.name] = story.warnings
        read: dict[int, Prepared | StoryErrors] = dict(self.pool.map(prepare_one, [(f,) for f in todo]))
        prepared: list[Prepared] = []
        for i, folder in enumerate(todo):
            result = read[i]
            warnings_of[folder.name] = getattr(result, "warnings", [])
            if isinstance(result, StoryErrors):
                problems += result.errors
            else:
                prepared.append(result)
        seen: dict[str, Path] = {}
        for folder in folders:
            clash = seen.get(slugify(folder.name))
            if clash:
                problems.append(InputError(folder, f"gives the same URL as {clash.name}/; rename one folder"))
            elif _RESERVED.fullmatch(slugify(folder.name)):
                problems.append(
                    InputError(folder, f"its URL, {slugify(folder.name)}/, is the site's own folder; rename the folder")
                )
            seen.setdefault(slugify(folder.name), folder)
        if problems:
            self.pool.close()
            # One plain line per problem (Pelican's log would wrap and decorate them), then a CRITICAL
            # summary: --fatal turns an ERROR log into a traceback, which a user should never see.
            for problem in problems:
                print(f"error: {problem}", file=sys.stderr)
            logger.critical("digest: %d input problem(s); nothing was built or deleted", len(problems))
            raise SystemExit(2)
        for warning in passed_over:
            print(f"warning: {warning}", file=sys.stderr)
        for folder in folders:  # every story's warnings, in folder order, whether aligned now or before
            for warning in warnings_of.get(folder.name, []):
                print(f"warning: {warning}", file=sys.stderr)
        return prepared

    def generate_context(self) -> None:
        try:
            _guarded("aligning the stories", self._generate_context)
        finally:
            self.pool.close()

    def _generate_context(self) -> None:
        settings = self._align_settings()
        printed: set[str] = set()

        def warn(warnings: list[str]) -> None:
            for warning in warnings:
                if warning not in printed:
                    printed.add(warning)
                    print(f"warning: {warning}", file=sys.stderr)

        if self.prepared and settings.model and self.pool.workers == 1:
            warn(_Worker.get(settings).warnings)  # type: ignore[union-attr]  # the cache's state, on opening it
        total = len(self.prepared)
        unchanged(len(self.cached), total + len(self.cached))
        jobs = [(p, settings, n, total) for n, p in enumerate(self.prepared, start=1)]
        aligned: dict[int, Story] = {}
        for i, result in self.pool.map(align_one, jobs):  # progress lines and one-line errors: summary.py
            prepared = self.prepared[i]
            warn(result.warnings)
            if result.errors is not None:
                if isinstance(result.errors, StoryErrors):
                    failed(prepared.folder.name, result.errors)
                _guarded(f"aligning {prepared.folder}", _raise, result.errors)
            aligned[i] = result.story
            finished(prepared.folder.name, result.story, result.seconds, len(aligned), total)
            self.story_cache.put(self.keys[slugify(prepared.folder.name)], result.story)
        self.stories = [aligned[i] for i in sorted(aligned)] + self.cached
        # Stories with an `order` in story.toml first, in that order; then by folder name.
        self.stories.sort(key=lambda s: (float(s.order) if s.order is not None else float("inf"), s.slug))
        self.context["digest_stories"] = self.stories

    def generate_output(self, writer: Writer) -> None:
        _guarded("writing the pages", self._generate_output, writer)

    def _generate_output(self, writer: Writer) -> None:
        relative = self.settings.get("RELATIVE_URLS", False)
        output = Path(self.output_path)
        target = self.settings.get("DIGEST_TARGET")
        cache = self.settings.get("DIGEST_CACHE_DIR", ".cache/digest")
        record = PageRecord.load(Path(target), Path(cache) if cache else None) if target else None
        site = site_key(self.settings, Path(self.path), Path(self.theme), self.story_folders)
        for page in site_pages(self.stories):
            story = page.story
            key = page_key(site, self.keys[story.slug], page.path, page.template) if story is not None else None
            if key is not None and record is not None and record.reuse(page.path, key, output):
                continue
            writer.write_file(
                page.path, self.get_template(page.template), self.context, relative_urls=relative, **page.context
            )
            page._context = None  # written: let it go (a big site has thousands)
            if key is not None and record is not None:
                record.wrote(page.path, key, output)
        for story in self.stories:
            relative_path = data_path(story)
            key = page_key(site, self.keys[story.slug], relative_path, "json")
            if record is not None and record.reuse(relative_path, key, output):
                continue
            path = output / relative_path
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".json.partial")
            partial.write_text(to_json(story), encoding="utf-8", newline="\n")
            os.replace(partial, path)  # never a half-written data file
            if record is not None:
                record.wrote(relative_path, key, output)
        self.reused = record.reused if record is not None else 0
        if record is not None:
            _records[str(target)] = record


# Folders the site itself writes: the theme's files and the search bundles (generator/search.py).
_RESERVED = re.compile(r"theme|pagefind(-\d+)?")


def page_record(settings: dict) -> PageRecord | None:
    """The record of what this build has written so far (None without a cache folder)."""
    return _records.get(str(settings.get("DIGEST_TARGET")))


def _raise(err: BaseException) -> None:
    raise err


_REFUSED = (
    "is a symbolic link, and Pelican would read what it points to: refused (put the file itself in the content folder)"
)


def _guarded(what: str, fn: Callable[..., T], *args: object) -> T:
    """Run a build step: an input error is one line and exit 2; anything else is an internal error,
    reported in one line with where its full trace was written, and exit 1. Nothing is published."""
    try:
        return fn(*args)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        logger.critical("digest: an input problem stopped the build; the previous output is unchanged")
        raise SystemExit(2) from None
    except StoryErrors as errs:
        for problem in errs.errors:
            print(f"error: {problem}", file=sys.stderr)
        logger.critical("digest: an input problem stopped the build; the previous output is unchanged")
        raise SystemExit(2) from None
    except Exception as err:
        print(internal_error(err, what), file=sys.stderr)
        raise SystemExit(1) from None


# The build in progress, per output folder (Pelican's devserver runs many builds in one process).
_builds: dict[int, AtomicOutput] = {}
# What each build wrote, per output folder: saved once the build is in place (incremental.PageRecord).
_records: dict[str, PageRecord] = {}


def get_generators(pelican_object: Pelican) -> type[Generator]:
    """Called at the start of every build, before any generator exists: redirect the output."""
    previous = _builds.pop(id(pelican_object), None)
    if previous is not None:  # the previous build in this process failed before finishing
        previous.abandon()
        pelican_object.output_path = str(previous.target)
    target = getattr(pelican_object, "digest_target", None) or pelican_object.output_path
    pelican_object.digest_target = target
    build = AtomicOutput(target)
    try:
        building = build.begin(keep_old=not pelican_object.delete_outputdir)
    except OSError as err:
        build.abandon()
        problem = InputError(build.parent, f"cannot build the site here: {err.strerror or err}")
        print(f"error: {problem}", file=sys.stderr)
        raise SystemExit(2) from None
    _builds[id(pelican_object)] = build
    pelican_object.output_path = str(building)
    pelican_object.settings["DIGEST_TARGET"] = str(build.target)
    return DigestGenerator


def finalized(pelican_object: Pelican) -> None:
    """Every generator has written its pages: swap the new site in."""
    build = _builds.pop(id(pelican_object), None)
    if build is None:
        return
    pelican_object.output_path = str(build.target)
    retain = tuple(pelican_object.output_retention or ())
    _guarded(f"putting the new site in place at {build.target}", build.finish, retain)
    record = _records.pop(str(build.target), None)
    if record is not None:
        record.save()  # only now is the record true of the output folder


class _FatalWithoutTraceback(logging.Filter):
    """With ``--fatal errors``, Pelican stops on the first error it logs (already printed, naming the
    file) and then logs a RuntimeError with its traceback. That second record becomes one line, and
    the exit code 2 of an input problem."""

    def filter(self, record: logging.LogRecord) -> bool:
        err = record.exc_info[1] if record.exc_info else None
        if record.levelno >= logging.CRITICAL and isinstance(err, RuntimeError) and "error encountered" in str(err):
            err.exitcode = 2  # type: ignore[attr-defined]  # Pelican's main exits with it
            record.exc_info = None
            record.msg, record.args = "the build stopped on the error above; the previous output is unchanged", ()
        return True


def register() -> None:
    signals.get_generators.connect(get_generators)
    signals.finalized.connect(finalized)
    pelican_logger = logging.getLogger("pelican")
    if not any(isinstance(f, _FatalWithoutTraceback) for f in pelican_logger.filters):
        pelican_logger.addFilter(_FatalWithoutTraceback())
