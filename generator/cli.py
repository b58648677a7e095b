"""Command line: ``python -m generator COMMAND ...``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .embed import DEFAULT_MODEL, Embedder
from .errors import InputError, StoryErrors

DEFAULT_CACHE = Path(os.environ.get("DIGEST_CACHE_DIR", ".cache/digest"))


def _embedder(args: argparse.Namespace) -> Embedder | None:
    if args.lexical_only:
        return None
    return Embedder(args.model, None if args.no_cache else args.cache_dir)


def cmd_export(args: argparse.Namespace) -> int:
    from .export import to_json
    from .pipeline import build_story

    story = build_story(Path(args.story), _embedder(args))
    sys.stdout.write(to_json(story))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Comparative story digest tools.")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_model(p: argparse.ArgumentParser) -> None:
        p.add_argument("--model", default=DEFAULT_MODEL, help="sentence-embedding model (default: %(default)s)")
        p.add_argument(
            "--cache-dir", type=Path, default=DEFAULT_CACHE, help="embedding cache folder (default: %(default)s)"
        )
        p.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
        p.add_argument("--lexical-only", action="store_true", help="align on lexical similarity alone (no model)")

    p = sub.add_parser("export", help="print a story folder as JSON")
    p.add_argument("story", help="story folder (one article file per outlet)")
    with_model(p)
    p.set_defaults(func=cmd_export)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except StoryErrors as errs:
        for err in errs.errors:
            print(f"error: {err}", file=sys.stderr)
        return 2
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
