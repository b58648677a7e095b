"""The hand-written TF-IDF cosine (no scikit-learn import at build time) against scikit-learn's: the
same bits, so alignment is unchanged."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from generator.align.features import word_matrix
from generator.similarity import lexical_matrix, normalise
from generator.tfidf import english_stop_words

TEXTS = [
    "Kremlin spokesman Dmitry Peskov said on Monday that no call took place.",
    "Peskov told reporters: “There was no conversation.”",
    "The U.S. president-elect spoke with Putin last Thursday, the Washington Post reported.",
    "A 14-year-old girl was among the 3 dead, police said.",
    "the and of",  # stop words only
    "",
]


def _sklearn_word(texts: list[str]) -> np.ndarray:
    try:
        v = TfidfVectorizer(preprocessor=normalise, stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:
        return np.zeros((len(texts), len(texts)))
    return (v @ v.T).toarray()


def _sklearn_char(texts: list[str]) -> np.ndarray:
    v = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, preprocessor=normalise)
    m = v.fit_transform(texts)
    return (m @ m.T).toarray()


def test_stop_words_are_scikit_learns():
    assert english_stop_words() == ENGLISH_STOP_WORDS


def test_word_and_character_cosines_match_scikit_learn():
    assert np.array_equal(word_matrix(TEXTS), _sklearn_word(TEXTS))  # the same bits
    assert np.array_equal(lexical_matrix(TEXTS), _sklearn_char(TEXTS))
    assert np.array_equal(word_matrix(["the", "of"]), np.zeros((2, 2)))  # no word at all


_text = st.lists(
    st.sampled_from(["Peskov", "said", "the", "call", "Putin", "U.S.", "3", "dead", "a", "naïve", "—", "Kyiv's"]),
    min_size=1,
    max_size=12,
).map(" ".join)


@settings(max_examples=60)
@given(st.lists(_text, min_size=1, max_size=6))
def test_any_texts_match_scikit_learn(texts: list[str]):
    assert np.array_equal(word_matrix(texts), _sklearn_word(texts))
    assert np.array_equal(lexical_matrix(texts), _sklearn_char(texts))
