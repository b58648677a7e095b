"""Command line: ``python -m generator COMMAND ...``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from .embed import DEFAULT_MODEL, Embedder
from .errors import InputError, StoryErrors, internal_error

DEFAULT_CACHE = Path(os.environ.get("DIGEST_CACHE_DIR", ".cache/digest"))


def _embedder(args: argparse.Namespace) -> Embedder | None:
    if args.lexical_only:
        return None
    return Embedder(args.model, None if args.no_cache else args.cache_dir)


def cmd_export(args: argparse.Namespace) -> int:
    from .export import to_json
    from .pipeline import build_story

    embedder = _embedder(args)
    story = build_story(Path(args.story), embedder)
    for warning in story.warnings + (embedder.warnings if embedder else []):
        print(f"warning: {warning}", file=sys.stderr)
    sys.stdout.write(to_json(story))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    import json
    from dataclasses import replace

    from .evaluate import difference_counts, difference_scores, evaluate, load_disagreements
    from .pipeline import DEFAULT_BLEND, LEXICAL_BLEND, build_story

    embedder = _embedder(args)
    blend = DEFAULT_BLEND if embedder else LEXICAL_BLEND
    if args.weight is not None:
        blend = replace(blend, weight=args.weight)
    if args.threshold is not None:
        blend = replace(blend, threshold=args.threshold)
    story = build_story(Path(args.story), embedder, blend)
    for warning in embedder.warnings if embedder else []:
        print(f"warning: {warning}", file=sys.stderr)
    notes: list[str] = []
    scores = evaluate(story, Path(args.gold), notes)
    for note in notes:
        print(f"warning: {args.gold}: {note}", file=sys.stderr)
    gold_data = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    differences = None
    if isinstance(gold_data, dict) and "disagreements" in gold_data:
        differences = difference_scores(difference_counts(story, load_disagreements(Path(args.gold), story)))
    if args.json:
        out: dict[str, Any] = {"story": story.slug, **scores.as_dict()}
        if differences is not None:
            out["differences"] = differences
        print(json.dumps(out, indent=2))
    else:
        s = scores
        print(
            f"{story.slug}: pairwise P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
            f"({s.correct_pairs} of {s.predicted_pairs} predicted pairs correct, {s.gold_pairs} gold pairs); "
            f"B-cubed P {s.b3_precision:.3f} R {s.b3_recall:.3f} F1 {s.b3_f1:.3f}"
        )
        for kind, row in (differences or {}).items():
            print(
                f"  differences, {kind}: shown {row['shown']} ({row['shown_correct']} right), "
                f"claim conflicts {row['claim_conflicts']} ({row['claim_conflicts_correct']} right), "
                f"gold {row['gold']} ({row['recalled']} found)"
            )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    import json

    from .extract import extract_file

    body, article = extract_file(Path(args.file))
    for warning in article.warnings:
        print(f"warning: {args.file}: {warning}", file=sys.stderr)
    if args.json:
        data = {
            "source": article.source,
            "title": article.title,
            "outlet": article.outlet or None,
            "url": article.url,
            "date": article.date,
            "author": article.author,
            "paragraphs": body,
            "dropped": [{"line": d.line or None, "text": d.text, "reason": d.reason} for d in article.dropped],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for paragraph in body:
            print(paragraph)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from .importer import add_to_story

    target, article = add_to_story(Path(args.story), Path(args.file), args.outlet)
    print(f"wrote {target} ({len(article.paragraphs)} paragraphs; {len(article.dropped)} lines left out)")
    print("review it: check the Outlet, Title and Date lines and the text, then run make html")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from .align.signal import fact_signal
    from .pipeline import DEFAULT_BLEND, LEXICAL_BLEND, align_prepared, prepare, story_blend
    from .review import decisions, report
    from .similarity import hybrid_matrix

    embedder = _embedder(args)
    blend = DEFAULT_BLEND if embedder else LEXICAL_BLEND
    prepared = prepare(Path(args.story))
    # The same alignment as the build (pipeline.align), so the claims named here are the site's.
    if embedder is None or not blend.pairs:
        signal = None
        sim = hybrid_matrix([s.text for s in prepared.sentences], embedder, blend)
    else:
        signal = fact_signal(prepared, embedder, blend)
        sim = signal.probability
    story = align_prepared(prepared, sim, blend, signal)
    # The story's own linking threshold (its share of expected pairs, or its cliques'), as the build's.
    threshold = story_blend(blend, sim, prepared.sentences).threshold
    print(report(story, args.story, decisions(story, prepared.sentences, sim, threshold), args.limit))
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

    p = sub.add_parser("evaluate", help="score a story's claims against a gold alignment")
    p.add_argument("gold", help="gold alignment (JSON; see generator/evaluate.py)")
    p.add_argument("story", help="story folder")
    p.add_argument("--weight", type=float, help="weight of embeddings in the blend (0..1)")
    p.add_argument("--threshold", type=float, help="clustering threshold")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    with_model(p)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("extract", help="print the article text of a saved page or text file")
    p.add_argument("file", help="an .html, .htm, .txt or .md file")
    p.add_argument("--json", action="store_true", help="print metadata, paragraphs and dropped lines as JSON")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("add", help="add a saved page or text file to a story as a Markdown article")
    p.add_argument("story", help="story folder (created if missing)")
    p.add_argument("file", help="an .html, .htm, .txt or .md file")
    p.add_argument("--outlet", help="the outlet's name, if the page does not give it")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("review", help="the alignment's least certain decisions, with corrections to paste")
    p.add_argument("story", help="story folder")
    p.add_argument("--limit", type=int, default=15, help="how many decisions to list (default: %(default)s)")
    with_model(p)
    p.set_defaults(func=cmd_review)

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
    except BrokenPipeError:
        return 1
    except OSError as err:  # a file named on the command line (a gold file, say) that cannot be read
        print(f"error: {InputError(err.filename or '?', f'cannot be read: {err.strerror or err}')}", file=sys.stderr)
        return 2
    except json.JSONDecodeError as err:
        print(f"error: {InputError(getattr(args, 'gold', '?'), f'not valid JSON: {err}')}", file=sys.stderr)
        return 2
    except Exception as err:
        print(internal_error(err, f"running {args.command}"), file=sys.stderr)
        return 1
