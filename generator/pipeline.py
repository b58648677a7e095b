"""The pipeline: a story folder through ingest, segment and align to a ``Story``."""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .align import build_claims, cliques, story_threshold
from .align.features import shipped_model
from .align.signal import (
    Signal,
    add_homes,
    fact_signal,
    fold_summaries,
    join_twins,
    mark_elsewhere,
    mark_parts,
    mark_weak,
    merge_restated,
)
from .compare import Likely, compare_story, mark_reporting
from .compare.number import same_values
from .corrections import apply_corrections
from .embed import Embedder
from .errors import InputError, StoryErrors
from .furniture import sentence_reasons
from .ingest import SYMLINK_SKIPPED, decode_text, read_bytes, read_story_articles
from .model import Article, Claim, Dropped, Sentence, Story
from .segment import QUOTATION, segment_article
from .similarity import Blend, hybrid_matrix
from .stories import slugify

STORY_FILE = "story.toml"
# Every sentence is compared with every other: memory and time grow with the square of this.
# 4,000 sentences is about 128 MB per similarity matrix; a real story has 50 to 300.
MAX_SENTENCES = 4000
# Claim pages diff every two wordings exactly (time grows with the product of their lengths). The
# longest sentence in the ECB+ corpus has 91 words; a "sentence" of thousands is text without stops.
MAX_SENTENCE_WORDS = 400
MAX_SENTENCE_CHARS = 4000
# The word-by-word diffs of all claims together, in word pairs (about 0.6 s per million here; the
# seed stories need under 0.1 million each).
MAX_DIFF_WORK = 50_000_000
# Calibrated on the dev gold and STS-B (see benchmarks/README.md); override per site in pelicanconf.
# Fact-level: the learned pair model (probabilities), settings chosen leave-one-story-out on the
# tuning stories of the multi-outlet dev gold (benchmarks/real.py).
# The threshold is the story's own: the pairs linked are about 0.65 times as many as the pair model
# expects to state a common fact, between 0.2 and 0.5; the attach passes keep their offsets from the
# reference 0.36 (+0.1, +0.05). A story of at most four outlets is grouped as maximal cliques of the
# pairs at 0.24 or above, overlapping ones joined (session 38, benchmarks/clique_experiment.py).
DEFAULT_BLEND = Blend(
    weight=0.5,
    threshold=0.36,
    attach=0.46,
    floor=None,
    pairs=True,
    every=0.41,
    lone=True,
    share=0.65,
    bounds=(0.2, 0.5),
    clique_outlets=4,
    clique_threshold=0.24,
)
# The sentence-level blend of before, kept for comparison (benchmarks) and as DIGEST_BLEND option.
SENTENCE_BLEND = Blend(weight=0.5, threshold=0.43, attach=0.47, floor=0.35)
# Without the embedding model (--lexical-only): the lexical measure's own calibrated threshold.
LEXICAL_BLEND = Blend(weight=0.0, threshold=0.19)


STORY_KEYS = {"title": 200, "description": 2000, "order": None}  # key: the longest string it may be


def story_meta(folder: Path, errors: list[InputError], warnings: list[InputError] | None = None) -> dict[str, object]:
    """Optional ``story.toml``: ``title`` and ``description`` (strings), ``order`` (a finite number).

    Without a title, ``prepare`` names the story from its folder (``folder_title``). A value of the
    wrong type is an error naming the key.
    """
    meta: dict[str, object] = {}
    path = folder / STORY_FILE
    data: dict[str, object] = {}
    if path.is_symlink():
        if warnings is not None:
            warnings.append(InputError(path, SYMLINK_SKIPPED))
    elif path.exists():
        try:
            data = tomllib.loads(decode_text(path, read_bytes(path, 64 * 1024, "story files")))
        except InputError as err:
            errors.append(err)
        except tomllib.TOMLDecodeError as err:
            errors.append(InputError(path, f"not valid TOML: {err}"))
        except ValueError as err:  # e.g. an integer of thousands of digits
            errors.append(InputError(path, f"not valid TOML: {str(err)[:120]}"))
    for key, value in data.items():
        if key not in STORY_KEYS:
            if warnings is not None:
                warnings.append(InputError(path, f"unknown key {key!r} ignored (known: title, description, order)"))
            continue
        limit = STORY_KEYS[key]
        if limit is not None:
            if not isinstance(value, str):
                errors.append(InputError(path, f"{key} must be a string, not {type(value).__name__}"))
            elif len(value) > limit:
                errors.append(InputError(path, f"{key} is {len(value)} characters long; at most {limit}"))
            elif value.strip():
                meta[key] = value.strip()
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            errors.append(InputError(path, f"order must be a number, not {type(value).__name__}"))
            continue
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number) or abs(number) > 1e15:
            errors.append(InputError(path, f"order = {str(value)[:40]} is not a finite number of sensible size"))
            continue
        meta["order"] = number
    return meta


def folder_title(name: str, texts: list[str]) -> str:
    """A story's title from its folder name when ``story.toml`` gives none: words as the articles
    write them in their sentences, not lines in title case ("macron-state-visit-trump-iran-deal-2018-04"
    -> "Macron state visit Trump Iran deal"), without a trailing date made of numbers."""
    words = [w for w in re.split(r"[-_\s]+", name) if w]
    while len(words) > 1 and words[-1].isdigit() and any(not w.isdigit() for w in words[:-1]):
        words.pop()
    lines = [line for t in texts for line in t.splitlines() if not _title_cased(line)]
    unquoted = [QUOTATION.sub(" ", line) for line in lines]  # a quote's capitals are the speaker's (a tweet's)
    seen: dict[str, dict[str, int]] = {}
    for text in lines:
        dotted = [m.replace(".", "") for m in re.findall(r"\b(?:[A-Z]\.){2,}", text)]  # "U.S." is "US"
        for w in re.findall(r"[^\W_]+", re.sub(r"\b(?:[A-Z]\.){2,}", " ", text)) + dotted:
            seen.setdefault(w.lower(), {}).setdefault(w, 0)
            seen[w.lower()][w] += 1
    # A slug drops apostrophes ("wont"): the articles' "won't" is the word.
    elided = {
        re.sub(r"['’]", "", m).lower(): m.replace("’", "'")
        for text in texts
        for m in re.findall(r"[^\W\d_]+['’][^\W\d_]+", text)
    }
    out: list[str] = []
    for i, w in enumerate(words):
        if w.lower() not in seen and w.lower() in elided:
            w = elided[w.lower()]
        if w.lower() not in seen and (written := _spaced(w, texts)):
            out.append(written)  # a slug runs a bill's or a flight's name together: "hr1" is "H.R. 1"
            continue
        forms = seen.get(w.lower(), {})
        lower = forms.get(w.lower(), 0)
        cased = max((f for f in forms if f != w.lower()), key=lambda f: (forms[f], f), default=None)
        # Proper nouns stay capitalised; a word capitalised mostly at a sentence's start does not; an
        # acronym the articles write ("US", "U.S.") is one, though "us" is a word too.
        acronym = cased is not None and cased.isupper() and len(cased) <= 4
        word = cased if cased and (forms[cased] > 2 * lower or acronym) else w.lower()
        # A word the articles write lowercase alone but capitalised after the name before it, as part
        # of a longer name ("cable", but "Time Warner Cable").
        if i and word.islower() and out[i - 1][:1].isupper() and _in_name(out[i - 1], word, unquoted):
            word = word[:1].upper() + word[1:]
        out.append(word[:1].upper() + word[1:] if i == 0 else word)
    return " ".join(out) or name


def _spaced(word: str, texts: list[str]) -> str | None:
    """How the articles most often write a slug's word of letters and digits with stops, spaces or a
    hyphen between its characters ("hr1" -> "H.R. 1", "g20" -> "G-20"), or None."""
    if not (re.search(r"[^\W\d_]", word) and re.search(r"\d", word)):
        return None
    pattern = r"(?<![\w.])" + r"[.\s-]{0,2}".join(map(re.escape, word)) + r"(?![\w])"
    found = Counter(m.group(0) for t in texts for m in re.finditer(pattern, t, re.IGNORECASE))
    return max(found, key=lambda f: (found[f], f)) if found else None


def _in_name(before: str, word: str, lines: list[str]) -> bool:
    """Whether the articles' lines (not in title case, quotes blanked) write ``word`` after ``before``
    capitalised, ending a name, more often than lowercase ("Chicago Teachers Union" is no evidence for
    "Chicago Teachers")."""
    upper = word[:1].upper() + word[1:]
    counts = {
        form: sum(len(re.findall(rf"(?<![\w’'-]){re.escape(before)}\s+{form}\b(?!\s+[A-Z])", line)) for line in lines)
        for form in (upper, word)
    }
    return counts[upper] > counts[word]


def _title_cased(line: str) -> bool:
    """Whether a line is a title: no sentence's end, most of its words of four letters or more
    capitalised ("Mayor Will Close Pier")."""
    long = re.findall(r"[^\W\d_]{4,}", line)
    return not re.search(r"[.!?][\"'”’)]*\s*$", line) and sum(w[:1].isupper() for w in long) * 2 > len(long)


@dataclass
class Prepared:
    """A story read and segmented, before alignment."""

    folder: Path
    meta: dict[str, object]
    articles: list[Article]
    sentences: list[Sentence]
    warnings: list[str]

    def story(self, claims: list[Claim]) -> Story:
        return Story(
            slug=slugify(self.folder.name),
            title=str(self.meta["title"]),
            description=self.meta.get("description"),  # type: ignore[arg-type]
            articles=self.articles,
            claims=claims,
            warnings=self.warnings,
            order=self.meta.get("order"),  # type: ignore[arg-type]
        )


def prepare(folder: Path) -> Prepared:
    """Read and segment a story folder; raise ``StoryErrors`` listing every input problem."""
    folder = Path(folder)
    if folder.is_symlink():
        raise StoryErrors([InputError(folder, "is a symbolic link; refused (only folders inside content/ are read)")])
    if not folder.is_dir():
        raise StoryErrors([InputError(folder, "not a folder")])
    try:
        reading = read_story_articles(folder)
    except OSError as err:
        raise StoryErrors([InputError(folder, f"cannot be read: {err.strerror or err}")]) from err
    meta = story_meta(folder, reading.errors, reading.warnings)
    articles = reading.articles
    if "title" not in meta:
        meta["title"] = folder_title(folder.name, [p.text for a in articles for p in a.paragraphs])
    if not articles and not reading.errors:
        reading.errors.append(InputError(folder, "no article files (.txt, .md, .html) in this folder"))
    if reading.errors:
        raise StoryErrors(reading.errors)
    warnings = [str(w) for w in reading.warnings]
    if len(articles) == 1:
        warnings.append(str(InputError(folder, "the story has one outlet only: there is nothing to compare")))
    sentences = [s for a in articles for s in drop_credit_sentences(a, segment_article(a))]
    too_long = [s for s in sentences if len(s.text) > MAX_SENTENCE_CHARS or len(s.text.split()) > MAX_SENTENCE_WORDS]
    if too_long:
        raise StoryErrors(
            [
                InputError(
                    folder / s.source,
                    f"a sentence of {len(s.text.split()):,} words ({len(s.text):,} characters) starting "
                    f"{s.text[:40]!r}; at most {MAX_SENTENCE_WORDS} words or {MAX_SENTENCE_CHARS:,} characters "
                    "(are its full stops missing?)",
                    s.line,
                )
                for s in too_long[:20]
            ]
        )
    if not sentences:
        raise StoryErrors(
            [InputError(folder, "no article text in any file (each is empty, headings or page furniture)")]
        )
    if len(sentences) > MAX_SENTENCES:
        counts = sorted(((sum(1 for s in sentences if s.source == a.source), a.source) for a in articles), reverse=True)
        biggest = ", ".join(f"{name} {n:,}" for n, name in counts[:3])
        raise StoryErrors(
            [
                InputError(
                    folder / counts[0][1],
                    f"the story has {len(sentences):,} sentences ({biggest}); at most {MAX_SENTENCES:,} per story "
                    "are compared (split the story, or trim the longest files)",
                )
            ]
        )
    return Prepared(folder, meta, articles, sentences, warnings)


def diff_work(claims: list[Claim]) -> int:
    """How much word-by-word comparison the claim pages need: for every two wordings of a claim, the
    product of their lengths in words (the exact diff's worst case)."""
    work = 0
    for claim in claims:
        lengths = [len(m.text.split()) for m in claim.members]
        total = sum(lengths)
        work += (total * total - sum(n * n for n in lengths)) // 2
    return work


def drop_credit_sentences(article: Article, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences without bylines, credit lines and editor's notes inside paragraphs
    ("X contributed to this report", "This story has been updated to ..."): those are listed with the
    article's dropped lines, never aligned as claims."""
    reasons = sentence_reasons([(s.paragraph, s.text) for s in sentences])
    kept = [s for s, r in zip(sentences, reasons, strict=True) if r is None]
    if len(kept) == len(sentences):
        return sentences
    article.dropped.extend(
        Dropped(article.source, s.line, s.text, r) for s, r in zip(sentences, reasons, strict=True) if r is not None
    )
    # In the order they stand in the file (a line without a number last), as a reader checks them.
    article.dropped.sort(key=lambda d: (not d.line, d.line or 0))
    return [replace(s, index=i, total=len(kept)) for i, s in enumerate(kept)]


def summary_items(prepared: Prepared) -> set[str]:
    """The sentences (by key) of the items of outlets' highlights (``Paragraph.part``)."""
    articles = {a.source: a for a in prepared.articles}
    return {s.key for s in prepared.sentences if articles[s.source].part_of(s.paragraph)}


def align_prepared(prepared: Prepared, sim: np.ndarray, blend: Blend, signal: Signal | None = None) -> Story:
    """Claims from a precomputed similarity matrix (used by the tuning benchmark)."""
    outlets = [a.outlet for a in prepared.articles]
    blend = story_blend(blend, sim, prepared.sentences)
    claims = build_claims(
        prepared.sentences,
        sim,
        blend.threshold,
        outlets,
        blend.attach,
        blend.floor,
        blend.every,
        use_cliques=blend.cliques,
        lone=blend.lone,
    )
    work = diff_work(claims)
    if work > MAX_DIFF_WORK:
        raise StoryErrors(
            [
                InputError(
                    prepared.folder,
                    f"the claims' wordings are too long to compare word by word ({work:,} word pairs; at most "
                    f"{MAX_DIFF_WORK:,}): shorten the articles or split the story",
                )
            ]
        )
    if signal is not None:
        mark_parts(claims, prepared.sentences, signal)
        claims = add_homes(claims, prepared.sentences, signal)
        join_twins(claims, prepared.sentences)
        claims = merge_restated(claims, prepared.sentences, signal)
        claims = fold_summaries(claims, prepared.sentences, signal, summary_items(prepared))
    # The editor's corrections.toml, after alignment (and its parts) and before the comparison,
    # so the differences and disagreements are those of the corrected claims.
    claims = apply_corrections(prepared.folder, prepared.sentences, claims)
    story = prepared.story(claims)
    story.disagreements = compare_story(story, None if signal is None else likelihood(prepared.sentences, signal))
    if signal is not None:  # after the comparison, which may take a sentence out of a claim it denies
        mark_weak(story.claims, prepared.sentences, signal)
        mark_reporting(story)
        opposed, alike, otherwise = _sides(story)
        mark_elsewhere(story.claims, prepared.sentences, signal, opposed, otherwise, alike)
    return story


def _sides(story: Story) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """By claim: the sentences of the disagreements it is a side of that are on their other side (a
    negation's say the opposite); those of other outlets that give the value of one of the claim's own
    sentences, on its side (they tell its fact: a page that names them in "The other side" as
    reporting it cannot say they were not found, audit 109); and the sentences of a quotes
    disagreement its heading sentence is a side of (they quote the heading's remark in other words)."""
    opposed: dict[str, set[str]] = {}
    alike: dict[str, set[str]] = {}
    otherwise: dict[str, set[str]] = {}
    heads = {c.id: c.heading_key for c in story.claims}
    members = {c.id: {m.key for m in c.members} for c in story.claims}
    for d in story.disagreements:
        keys = {m.key for m in d.members}
        for claim_id in d.claims:
            # A name spelt two ways is no value of the claim's fact: its sentences tell many facts.
            mine = [] if d.spelling else [m for m in d.members if m.key in members.get(claim_id, set())]
            for m in d.members:
                side = any(
                    s.outlet != m.outlet and same_values(d.kind, d.values.get(m.outlet, []), d.values.get(s.outlet, []))
                    for s in mine
                )
                (alike if side and m.key not in members.get(claim_id, set()) else opposed).setdefault(
                    claim_id, set()
                ).add(m.key)
            if d.kind == "quotes" and heads.get(claim_id) in keys:
                otherwise.setdefault(claim_id, set()).update(keys)
    return opposed, alike, otherwise


def story_blend(blend: Blend, sim: np.ndarray, sentences: list[Sentence]) -> Blend:
    """The settings for one story: for a story of at most ``blend.clique_outlets`` outlets, maximal
    cliques at ``blend.clique_threshold`` (with few outlets a fact's sentences are few, and every pair
    of them must match; with more, clustering pools the evidence of many); else, with ``blend.share``,
    its own threshold (``align.story_threshold``) and the attach thresholds moved with it. A small
    story so densely linked that its cliques would be too many (``align.cliques`` gives up) is
    clustered as a story of more outlets is, not left to a bare clustering at the cliques' threshold."""
    outlets = [s.outlet for s in sentences]
    codes = {name: k for k, name in enumerate(sorted(set(outlets)))}
    few = 0 < len(codes) <= blend.clique_outlets
    if few and cliques(sim, [codes[o] for o in outlets], blend.clique_threshold) is not None:
        return replace(
            blend, threshold=blend.clique_threshold, attach=None, floor=None, every=None, share=None, cliques=True
        )
    if blend.share is None:
        return blend
    threshold = story_threshold(sim, outlets, blend.share, *blend.bounds)
    shift = threshold - blend.threshold
    return replace(
        blend,
        threshold=threshold,
        attach=None if blend.attach is None else blend.attach + shift,
        every=None if blend.every is None else blend.every + shift,
        floor=None if blend.floor is None else blend.floor + shift,
        share=None,
    )


def likelihood(sentences: list[Sentence], signal: Signal) -> Likely:
    """The fact signal's probability that two sentences (by key) state a common fact."""
    index = {s.key: i for i, s in enumerate(sentences)}

    def likely(a: str, b: str) -> float:
        return float(signal.probability[index[a], index[b]]) if a in index and b in index else 0.0

    return likely


def align(prepared: Prepared, embedder: Embedder | None, blend: Blend | None = None, alone: bool = False) -> Story:
    """Align a prepared story's sentences into claims (without an embedder, on lexical similarity).

    ``alone``: the only story this build aligns (its new sentences are parsed in the background)."""
    blend = blend or (DEFAULT_BLEND if embedder else LEXICAL_BLEND)
    texts = [s.text for s in prepared.sentences]
    if embedder is not None and blend.pairs and not shipped_model().fits(embedder.identity):
        unfit = (
            f"model {embedder.model_name}: the pair model was trained on the vectors of "
            f"{shipped_model().encoder}, not this model's; claims are aligned on the sentence blend instead"
        )
        embedder.notes += [unfit] if unfit not in embedder.notes else []
        blend = SENTENCE_BLEND
    if embedder is None or not blend.pairs:
        return align_prepared(prepared, hybrid_matrix(texts, embedder, blend), blend)
    signal = fact_signal(prepared, embedder, blend, background=alone)
    return align_prepared(prepared, signal.probability, blend, signal)


def build_story(folder: Path, embedder: Embedder | None, blend: Blend | None = None) -> Story:
    """Read, segment and align one story; raise ``StoryErrors`` listing every input problem."""
    return align(prepare(folder), embedder, blend)
