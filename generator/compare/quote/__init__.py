"""Quotes: the quoted words of a wording and who it says is speaking, and quotes of one utterance of
one speaker worded differently. In the order the reading goes:

- ``words``: what a sentence quotes and the quote's words as quotes are compared;
- ``speakers``: who a sentence names as speaking, outside its quotes;
- ``tags``: the speaker of a quote its own sentence does not name, from the article around it;
- ``utterances``: one utterance quoted two ways (worded differently, alike, or given to two people);
- ``sources``: the source a sentence credits its statement to.
"""

from .sources import LOOKBACK, cited, named_before
from .speakers import full_name, quote_speaker_label, same_speaker, saying_subject, speakers
from .tags import (
    document_owner,
    leaves_open,
    only_quote,
    own_description,
    pronoun_subject,
    quote_speaker,
    reported_speaker,
    speaker_before,
    utterance_speaker,
)
from .utterances import (
    MIN_QUOTE_WORDS,
    QUOTE_OVERLAP,
    attribution_conflicts,
    one_quote,
    quote_conflicts,
    quoted_alike,
    stretch,
    word_for_word,
)
from .words import content_quote_words, quote_pieces, quote_words, quotes, unmask

__all__ = [
    "LOOKBACK",
    "MIN_QUOTE_WORDS",
    "QUOTE_OVERLAP",
    "attribution_conflicts",
    "cited",
    "content_quote_words",
    "document_owner",
    "full_name",
    "leaves_open",
    "named_before",
    "one_quote",
    "only_quote",
    "own_description",
    "pronoun_subject",
    "quote_conflicts",
    "quote_pieces",
    "quote_speaker",
    "quote_speaker_label",
    "quote_words",
    "quoted_alike",
    "quotes",
    "reported_speaker",
    "same_speaker",
    "saying_subject",
    "speaker_before",
    "speakers",
    "stretch",
    "unmask",
    "utterance_speaker",
    "word_for_word",
]
