"""Compare: what differs in substance between the wordings of one claim.

Six kinds of difference, each found by a small rule on the words themselves: numbers (and number
words), days and dates, names, quoted words, the same words given to different people (attribution),
and negation. A negation that some
outlets have and others do not is flagged as a disagreement: the outlets may contradict each other.
With the alignment's fact signal (``Likely``), whole sentences it finds likely to state one fact are
compared too, inside a claim and across claims, however differently they are worded.

The stage in order, each module feeding the next:

- ``text``: a wording's tokens, content-word stems and word-diff replacements, read by every module
  below, and the fact signal's threshold;
- ``date``: days and dates, resolved against each article's date; dates that fill one slot with
  different days;
- ``number``: what each number counts and the range its hedge allows (dates left out); numbers that
  cannot both be true;
- ``name``: capitalised names; names that fill one slot differently; long names one word apart, and
  two names of one kind of thing ("the Elk Ridge Fire" / "the Cedar Peak fire");
- ``quote``: quoted words and who is speaking (by name); quotes of one utterance worded differently,
  and one long quote given to two different named speakers (attribution);
- ``context``: what is known beyond two wordings: each article's date and whole text, and the whole
  quotations of several sentences that the sentence split cut;
- ``negation``: a wording's polarity and what each negation applies to; what one wording negates and
  another states plainly;
- ``claim`` (a sub-package: ``part``, ``pair``, ``summary``, ``given``, ``difference``, ``quoting``,
  ``naming``, ``figures``): a claim's ``Difference``s from the readers above: ``Conflict``s between two
  outlets' wordings, and details only some outlets give;
- ``story``: a story's ``Disagreement``s: every conflict inside a claim, then contradictions across
  claims, the fact signal deciding which whole sentences are compared.
"""

from .claim import Difference, compare_claim
from .claim.pair import Conflict
from .context import Context, story_context
from .date import article_day, date_conflicts, dates
from .name import kind_conflicts, names, one_word_apart
from .negation import negated, negation_conflict
from .number import number_conflicts, number_slots, numbers
from .quote import quote_conflicts, quotes, speakers
from .story import (
    Disagreement,
    compare_story,
    mark_denied,
    mark_other_numbers,
    mark_other_speakers,
    mark_reporting,
    mark_requoted,
    without_weak_sides,
)
from .text import Likely

__all__ = [
    "Conflict",
    "Context",
    "Difference",
    "Disagreement",
    "Likely",
    "article_day",
    "compare_claim",
    "compare_story",
    "date_conflicts",
    "dates",
    "kind_conflicts",
    "mark_denied",
    "mark_other_numbers",
    "mark_other_speakers",
    "mark_reporting",
    "mark_requoted",
    "names",
    "negated",
    "negation_conflict",
    "number_conflicts",
    "number_slots",
    "numbers",
    "one_word_apart",
    "quote_conflicts",
    "quotes",
    "speakers",
    "story_context",
    "without_weak_sides",
]
