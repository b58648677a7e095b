"""Editor's corrections: a story's ``corrections.toml``, applied to its claims after alignment.

An editor who sees a wrong grouping says so in the story folder, and every build applies it:

.. code-block:: toml

    [[merge]]          # the claims become one; the first keeps its URL
    claims = ["peskov-said-the-report-was-false-1a2b3c", "the-kremlin-denied-the-report-4d5e6f"]

    [[split]]          # these sentences leave the claim and make a new claim together
    claim = "peskov-said-the-report-was-false-1a2b3c"
    sentences = ["002_1b36c0a44d48bd3c.txt@9f8e7d6c"]

    [[move]]           # a sentence leaves the claims it is in (or only ``from``) and joins ``to``
    sentence = "002_1b36c0a44d48bd3c.txt@9f8e7d6c"
    to = "the-kremlin-denied-the-report-4d5e6f"   # or "new": a claim of its own

    [[hide]]           # not shown on the site
    claim = "i-would-like-to-refer-to-the-7bdb44"

    [[retitle]]        # a heading that says what the claim is
    claim = "peskov-said-the-report-was-false-1a2b3c"
    title = "The Kremlin says the reported phone call never happened."

    [[check]]          # checked: nothing to change
    claim = "the-kremlin-denied-the-report-4d5e6f"

A claim is named by its id (the last part of its page's URL) or by one of its sentences; a sentence
by its file and a hash of its text (``FILE@HASH``; words after the hash are a reminder for the
editor and are ignored). ``python -m generator review STORY`` prints both. Corrections are applied
in the file's order; the result depends only on the articles and the file, and a claim keeps its
id (so its URL) through every correction but a split, whose new claim is named by its first
sentence. A correction that no longer applies (its sentence changed, its claim is gone) is an error
naming the file and line: the build stops rather than publish a grouping the editor rejected.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .align import claim_slug, claim_title
from .errors import InputError, StoryErrors
from .model import Claim, Sentence
from .similarity import normalise

CORRECTIONS_FILE = "corrections.toml"
KINDS = ("merge", "split", "move", "hide", "retitle", "check")
NEW = "new"
_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z_-]+)\s*\]\]")
_TOML_LINE = re.compile(r"line (\d+)")


def sentence_hash(text: str) -> str:
    """A short hash of a sentence's text (case, quote marks and spacing folded)."""
    return hashlib.sha1(" ".join(normalise(text).split()).encode()).hexdigest()[:8]


def sentence_ref(sentence: Sentence) -> str:
    """How a corrections file names a sentence: its file and the hash of its text."""
    return f"{sentence.source}@{sentence_hash(sentence.text)}"


@dataclass(frozen=True)
class Correction:
    """One table of the file: its kind, its keys and the line its header is on."""

    kind: str
    values: dict[str, Any]
    line: int


def read_corrections(path: Path) -> list[Correction]:
    """The file's corrections in file order; raise ``StoryErrors`` for a file that cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise StoryErrors([InputError(path, "not UTF-8 text")]) from None
    except tomllib.TOMLDecodeError as err:
        found = _TOML_LINE.search(str(err))
        line = int(found.group(1)) if found else len(text.splitlines()) if "end of document" in str(err) else None
        raise StoryErrors([InputError(path, f"not valid TOML: {err}", line)]) from None
    headers = [(i, m.group(1)) for i, line in enumerate(text.splitlines(), start=1) if (m := _HEADER.match(line))]
    errors: list[InputError] = []
    corrections: list[Correction] = []
    seen: dict[str, int] = {}
    for line, kind in headers:
        if kind not in KINDS:
            errors.append(InputError(path, f"[[{kind}]] is not a correction; use one of {', '.join(KINDS)}", line))
            continue
        n = seen.get(kind, 0)
        seen[kind] = n + 1
        corrections.append(Correction(kind, data[kind][n], line))
    for key, value in data.items():
        if key not in KINDS or not isinstance(value, list):
            errors.append(InputError(path, f"{key!r} is not a correction; write [[merge]], [[move]], ... tables", 1))
    if errors:
        raise StoryErrors(errors)
    return corrections


class _Story:
    """The claims being corrected, with the lookups a correction needs."""

    def __init__(self, path: Path, sentences: list[Sentence], claims: list[Claim]) -> None:
        self.path = path
        self.claims = claims
        self.by_ref = {sentence_ref(s): s for s in sentences}
        self.checked: set[int] = set()  # id() of claims an editor touched

    def error(self, correction: Correction, message: str) -> InputError:
        return InputError(self.path, f"[[{correction.kind}]] {message}", correction.line)

    def text(self, correction: Correction, key: str) -> str:
        value = correction.values.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(correction, f'needs {key} = "..."')
        return value.strip()

    def sentence(self, correction: Correction, ref: str) -> Sentence:
        key = ref.split()[0]
        if key not in self.by_ref:
            source = key.split("@")[0]
            why = "its text changed, or" if any(r.startswith(f"{source}@") for r in self.by_ref) else "no such file, or"
            raise self.error(
                correction,
                f"sentence {key} is not in the story ({why} the reference is mistyped); "
                "run `python -m generator review` for current references",
            )
        return self.by_ref[key]

    def claim(self, correction: Correction, ref: str) -> Claim:
        if "@" in ref:
            sentence = self.sentence(correction, ref)
            found = next((c for c in self.claims if sentence in c.members), None)
            if found is None:
                raise self.error(correction, f"sentence {ref.split()[0]} is in no claim shown (hidden?)")
            return found
        found = next((c for c in self.claims if c.id == ref), None)
        if found is None:
            why = "its sentences changed?"
            raise self.error(correction, f"claim {ref} is not in the story ({why}): update or remove this correction")
        return found

    def new_claim(self, members: list[Sentence], parts: dict[str, tuple[int, int]]) -> Claim:
        base = claim_slug(members[0].text)
        taken = {c.id for c in self.claims}
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        claim = Claim(id=slug, title=claim_title(members[0].text), members=members, parts=parts)
        self.claims.append(claim)
        self.checked.add(id(claim))
        return claim

    def drop_empty(self) -> None:
        self.claims[:] = [c for c in self.claims if c.members]

    # One method per kind of correction.

    def merge(self, c: Correction) -> None:
        refs = c.values.get("claims")
        if not isinstance(refs, list) or len(refs) < 2 or not all(isinstance(r, str) for r in refs):
            raise self.error(c, 'needs claims = ["first-claim", "second-claim", ...]')
        first, *rest = (self.claim(c, r) for r in refs)
        for other in rest:
            if other is first:
                continue
            for m in other.members:
                if m not in first.members:
                    first.members.append(m)
                    if m.key in other.parts:
                        first.parts[m.key] = other.parts[m.key]
            other.members = []
        self.checked.add(id(first))
        self.drop_empty()

    def split(self, c: Correction) -> None:
        claim = self.claim(c, self.text(c, "claim"))
        refs = c.values.get("sentences")
        if not isinstance(refs, list) or not refs or not all(isinstance(r, str) for r in refs):
            raise self.error(c, 'needs sentences = ["FILE@HASH", ...]')
        leaving = [self.sentence(c, r) for r in refs]
        for s in leaving:
            if s not in claim.members:
                raise self.error(c, f"sentence {sentence_ref(s)} is not in claim {claim.id}")
        if len(leaving) == len(claim.members):
            raise self.error(c, f"would move every sentence of {claim.id}; nothing would be split")
        parts = {s.key: claim.parts[s.key] for s in leaving if s.key in claim.parts}
        claim.members = [m for m in claim.members if m not in leaving]
        self.checked.add(id(claim))
        self.new_claim(leaving, parts)

    def move(self, c: Correction) -> None:
        sentence = self.sentence(c, self.text(c, "sentence"))
        target_ref = self.text(c, "to")
        target = None if target_ref == NEW else self.claim(c, target_ref)
        source_ref = c.values.get("from")
        sources = [self.claim(c, source_ref)] if isinstance(source_ref, str) else self.holding(sentence)
        if isinstance(source_ref, str) and sentence not in sources[0].members:
            raise self.error(c, f"sentence {sentence_ref(sentence)} is not in claim {sources[0].id}")
        part = next((s.parts[sentence.key] for s in sources if sentence.key in s.parts), None)
        for claim in sources:
            if claim is target:
                continue
            claim.members = [m for m in claim.members if m is not sentence]
            claim.parts.pop(sentence.key, None)
            self.checked.add(id(claim))
        if target is None:
            self.new_claim([sentence], {sentence.key: part} if part else {})
        else:
            if sentence not in target.members:
                target.members.append(sentence)
                if part:
                    target.parts[sentence.key] = part
            self.checked.add(id(target))
        self.drop_empty()

    def holding(self, sentence: Sentence) -> list[Claim]:
        return [claim for claim in self.claims if sentence in claim.members]

    def hide(self, c: Correction) -> None:
        claim = self.claim(c, self.text(c, "claim"))
        self.claims.remove(claim)

    def retitle(self, c: Correction) -> None:
        claim = self.claim(c, self.text(c, "claim"))
        claim.title = self.text(c, "title")
        self.checked.add(id(claim))

    def check(self, c: Correction) -> None:
        self.checked.add(id(self.claim(c, self.text(c, "claim"))))


def apply_corrections(folder: Path, sentences: list[Sentence], claims: list[Claim]) -> list[Claim]:
    """The claims with the folder's corrections applied (unchanged if it has no corrections file).

    Claims come back in reading order, numbered from 1, each member list in outlet and sentence
    order; a claim an editor touched has ``checked`` set. Raise ``StoryErrors`` naming the file and
    line of every correction that does not apply.
    """
    path = Path(folder) / CORRECTIONS_FILE
    if not path.is_file():
        return claims
    story = _Story(path, sentences, list(claims))
    errors: list[InputError] = []
    for correction in read_corrections(path):
        try:
            getattr(story, correction.kind)(correction)
        except InputError as err:
            errors.append(err)
    if errors:
        raise StoryErrors(errors)
    order = {s.outlet: i for i, s in reversed(list(enumerate(sentences)))}
    for claim in story.claims:
        claim.members.sort(key=lambda s: (order[s.outlet], s.index))
        claim.parts = {k: v for k, v in claim.parts.items() if any(m.key == k for m in claim.members)}
        claim.checked = id(claim) in story.checked
    story.claims.sort(key=lambda c: (float(np.mean([m.position for m in c.members])), c.members[0].position, c.id))
    for number, claim in enumerate(story.claims, start=1):
        claim.number = number
    return story.claims
