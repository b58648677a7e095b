"""Pair features on each sentence's statement without its attribution (experiment).

    python benchmarks/gist_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

A tag ("..., said Ann Roe, a county spokeswoman.", "Police said ...") tells who said a thing, not
what: two sentences of one speaker share its words whatever they state, and two outlets that credit
one statement to different sources share fewer. Three more pair features, computed on each
sentence's gist (``gist``: the sentence with a leading or trailing tag cut off): embedding cosine,
character n-gram cosine and word TF-IDF cosine. Scored as the shipped method is (leave one story
out), with and without them, and with them in place of the whole sentences' three.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402
from signal_experiments import ablation  # noqa: E402

from generator.align.features import word_matrix  # noqa: E402
from generator.embed import Embedder  # noqa: E402
from generator.similarity import embedding_matrix, lexical_matrix  # noqa: E402


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Verbs of a tag, words a tag's subject may hold besides capitalised ones, and words after its verb.
_VERBS = _set(
    "said says say told tells added adds noted explained stated wrote writes tweeted announced reported confirmed"
    " insisted argued warned acknowledged claimed recalled continued according"
)
_ROLE = _set(
    "a an the of for and at in on with to county state police officials official spokesman spokeswoman"
    " spokesperson spokespeople witness witnesses director chief secretary president minister lawyer lawyers"
    " attorney attorneys prosecutor prosecutors authorities investigators sources source people person aides aide"
    " analysts analyst experts economists leader governor mayor sheriff commissioner familiar matter reporters"
    " reporter statement department agency office company group also later then have has had both two house white"
    " administration representative senator general organizers residents union officers officer agents agent deputy"
    " his her their its senior former member members"
)
_AFTER = _set(
    "in a an the on at news conference briefing interview statement late early morning afternoon evening night by"
    " phone email with to reporters told"
)
_Q = '"“”'
_WORD = re.compile(r"[\w’'.-]+")


def _is_tag(head: str) -> bool:
    """A tag's subject: names, roles and titles ("Ann Roe, Port County Fire Division spokeswoman")."""
    words = [w.strip(".") for w in _WORD.findall(head) if w.strip(".")]
    if len(words) > 12:
        return False
    return all(w[:1].isupper() or w.lower() in _ROLE or w.lower().endswith("ly") or w[:1].isdigit() for w in words)


def _trail(text: str) -> int | None:
    """Where a trailing attribution starts: the earliest comma after which come a tag's subject (or
    nothing), a verb of saying and a few words without quotation marks."""
    for m in re.finditer(r",[" + _Q + r"]?\s+", text):
        if m.start() < 20:
            continue
        tail = text[m.end() :]
        if any(q in tail for q in _Q) or len(tail.split()) > 18:
            continue
        words = tail.split()
        at = next((i for i, w in enumerate(words) if w.strip(",.").lower() in _VERBS), None)
        if at is None:
            continue
        after = [w for w in words[at + 1 :] if w.lower().strip(",.") not in _AFTER]
        if words[at].lower().startswith("according"):
            if at == 0:
                return m.start()
            continue
        if at == 0 and _is_tag(" ".join(after)):
            return m.start()  # ", said Ann Roe, a spokeswoman."
        if at and _is_tag(" ".join(words[:at])) and len(after) <= 6 and _is_tag(" ".join(after)):
            return m.start()  # ", police said Sunday.", ", Roe told the Arizona Republic."
    return None


_LEAD = re.compile(
    rf"^(?P<head>(?:[^,.{_Q}]|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Lt|Col|Gen|Jr|[A-Z])\.){{0,80}}?)"
    r"\s(?:said|says|told|announced|confirmed|warned|added|noted|insisted|argued|acknowledged|claimed)\b"
)


_NOT_YET = re.compile(r"\s+(?:on|in|at|to|by|late|early|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def _lead(text: str) -> int | None:
    """Where the statement starts after a leading tag ("Police said the ...", "Roe told reporters on
    Friday that ...", "Roe said: “...")."""
    m = _LEAD.match(text)
    if not m or not _is_tag(m.group("head")):
        return None
    rest = text[m.end() :]
    that = re.match(r"(?:\s+[^\s" + _Q + r",]+){0,8}?\s+that\s+", rest)
    if that:
        return m.end() + that.end()
    reporters = re.match(r"\s+reporters\b", rest) if m.group(0).endswith("told") else None
    if reporters:
        rest, skip = rest[reporters.end() :], reporters.end()
    else:
        skip = 0
    colon = re.match(r"\s*:\s*", rest)
    if colon:
        return m.end() + skip + colon.end()
    if re.match(r"\s+[\w$]", rest) and not re.match(_NOT_YET, rest):
        return m.end() + skip + 1
    return None


def gist(text: str) -> str:
    out = text
    at = _trail(out)
    if at is not None:
        out = out[:at]
    at = _lead(out)
    if at is not None and len(out) - at > 20:
        out = out[at:]
    if out == text:
        return text
    return out.strip(" " + _Q) or text


EXTRA = ("gist_embedding", "gist_lexical", "gist_words")
_EMBEDDER: list[Embedder] = []


def gist_features(story: real.Loaded, feats: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    if not _EMBEDDER:
        _EMBEDDER.append(Embedder(cache_dir=train_pairs.CACHE))
    texts = [gist(s.text) for s in story.prepared.sentences]
    return {
        "gist_embedding": embedding_matrix(texts, _EMBEDDER[0]),
        "gist_lexical": lexical_matrix(texts),
        "gist_words": word_matrix(texts),
    }


# Each variant leaves out the features named: the shipped ones, theirs on the gists added, or in place.
VARIANTS = {
    "baseline": EXTRA,
    "gist": (),
    "gist_instead": ("embedding", "lexical", "words", "blend"),
    "gist_embedding_only": ("gist_lexical", "gist_words"),
}


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, gist_features)
    return emit(ablation(VARIANTS, tune, check, old, embedder), args.out)


if __name__ == "__main__":
    sys.exit(main())
