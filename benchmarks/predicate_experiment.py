"""What the sentences say was done, as pair features (experiment; the verb features shipped since session 77).

    python benchmarks/predicate_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

Audits find claims that join two outlets' sentences on one topic that tell different things of the
same people ("four were killed" beside "two were wounded"): the pair model read shared words, names
and figures and the whole sentence's embedding, but nothing compared what each sentence says was
done. Session 77 measured four features from spaCy's parse (``en_core_web_sm``): the share of verbs
in common (``verbs_jaccard``) and the verbs' best-match MiniLM cosine taken the weaker way round
(``verbs_cos``), reporting verbs such as "say" aside (``align.units.REPORTING``); and each
sentence's main predicate (the root verb or, where the root reports, the verb of what is reported):
whether two are one lemma (``main_same``) and the cosine of their embeddings (``main_cos``). The
first two are shipped (``align.features._sets_alike`` of the verbs); this script scores the shipped method without
them, and with the main predicate's two added, or the same two measures of the sentences' common
nouns (``nouns_jaccard``, ``nouns_cos``), or the best-match cosine of their subjects' nouns
(``subj_cos``), as ``name_clash_experiment.py`` scores its features (leave one story out on the
tuning stories, the seed and the ECB+ dev stories; the checking stories' figures are left out of
the report).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402
from signal_experiments import ablation, without_checking  # noqa: E402

import generator.align.units as align_units  # noqa: E402
from generator.align.features import _sets_alike  # noqa: E402

MAIN = ("main_same", "main_cos")
NOUNS = ("nouns_jaccard", "nouns_cos")
SUBJECTS = ("subj_cos",)
EXTRA = MAIN + NOUNS + SUBJECTS
VERBS = ("verbs_jaccard", "verbs_cos")
_EMB: dict[str, np.ndarray] = {}
EMBEDDER = None


def predicate(doc: Doc) -> str:
    """The main predicate's lemma ("" if none)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    main = ""
    for root in roots:
        head = root
        for _ in range(3):
            if head.lemma_.lower() in align_units.REPORTING:
                nxt = [c for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
                if not nxt:
                    break
                head = nxt[0]
            else:
                break
        if head.pos_ == "VERB" and head.lemma_.lower() not in align_units.REPORTING:
            main = head.lemma_.lower()
            break
    return main


def _vectors(words: set[str]) -> None:
    todo = sorted(w for w in words if w and w not in _EMB)
    if todo:
        vecs = EMBEDDER.encode(todo)
        for w, v in zip(todo, vecs, strict=True):
            _EMB[w] = v / (np.linalg.norm(v) or 1.0)


def _nouns(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The sentence's common nouns (lemmas) and its subjects' nouns and names."""
    nouns = frozenset(t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.is_alpha and not t.is_stop)
    subjects = frozenset(
        t.lemma_.lower() for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.is_alpha and t.pos_ in ("NOUN", "PROPN")
    )
    return nouns, subjects


def predicate_features(story: real.Loaded, feats: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    texts = [s.text for s in story.prepared.sentences]
    docs = list(align_units._nlp().pipe(texts, batch_size=64))
    read = [predicate(doc) for doc in docs]
    nouns, subjects = zip(*(_nouns(doc) for doc in docs), strict=True)
    _vectors(set(read) | set().union(*nouns, *subjects))
    n = len(read)
    out = {k: np.zeros((n, n)) for k in MAIN}
    for i in range(n):
        for j in range(i + 1, n):
            if read[i] and read[j]:
                out["main_same"][i, j] = out["main_same"][j, i] = float(read[i] == read[j])
                out["main_cos"][i, j] = out["main_cos"][j, i] = float(_EMB[read[i]] @ _EMB[read[j]])
    out["nouns_jaccard"], out["nouns_cos"] = _sets_alike(list(nouns), _EMB)
    out["subj_cos"] = _sets_alike(list(subjects), _EMB)[1]
    return out


VARIANTS = {
    "shipped": EXTRA,
    "without the verb features": EXTRA + VERBS,
    "without verbs_jaccard": (*EXTRA, "verbs_jaccard"),
    "main predicate added": NOUNS + SUBJECTS,
    "nouns added": MAIN + SUBJECTS,
    "subjects added": MAIN + NOUNS,
}


def main() -> int:
    global EMBEDDER
    from generator.embed import Embedder

    EMBEDDER = Embedder(cache_dir=real.CACHE)
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, predicate_features)
    return emit(without_checking(ablation(VARIANTS, tune, check, old, embedder)), args.out)


if __name__ == "__main__":
    sys.exit(main())
