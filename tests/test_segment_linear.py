"""The splitter in linear time splits exactly where the earlier (backtracking) splitter did.

``reference_split`` is the splitter as it was before it was made linear, kept here verbatim but for
the word lists, the rule after a dotted acronym (``_acronym_ends``), the opening dateline, inside
which no sentence ends (``dateline``), an opening mark before a lowercase word, and a quotation's "!" or
"?" that its sentence goes on after (``_quote_goes_on``, session 42), a stop just inside a bracket and a
title after a hyphen ("Aoraki-Mt. Cook"; session 70), that it shares with ``generator.segment``. Sentence boundaries
are referenced by annotation work, so on every text the two must agree; the reference is only ever
given short runs of marks.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import segment
from generator.extract import extract_file
from generator.ingest import ARTICLE_SUFFIXES, file_type, read_article
from generator.segment import split_sentences

from .conftest import ROOT

_REF_CANDIDATE = re.compile(r"(?P<end>(?:\.\.\.|…|[.!?])+[\"'”’»)\]]*)(?P<space>\s+)(?=(?P<next>[\"'“‘«(\[]?[\w]))")
_REF_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")


def _reference_is_boundary(text: str, match: re.Match[str]) -> bool:
    end = match.group("end")
    nxt_m = segment._NEXT_WORD.match(text, match.end())
    nxt = nxt_m.group(1) if nxt_m else ""
    opens = text[match.end()] in '"“‘«([' and not nxt[:1].islower()
    starts_upper = nxt[:1].isupper() or nxt[:1].isdigit() or opens
    if not starts_upper:
        return False
    if end[0] in "!?…" and end[-1] in "\"'”’»" and segment._speech_follows(text, match.end()):
        return False
    if end[0] in "!?" and end[-1] not in "\"'”’»" and segment._quote_goes_on(text, match.end()):
        return False
    if end[0] in "!?" or end.startswith("...") or end.startswith("…") or end[-1] in "\"'”’»)]":
        return True
    if match.start() and text[match.start() - 1] in "([":
        return False
    before = _REF_WORD_BEFORE.search(text, 0, match.start())
    word = before.group(1) if before else ""
    bare = word.rstrip(".").lower()
    if word.rsplit("-", 1)[-1][:1].isupper():
        bare = bare.rsplit("-", 1)[-1]
    token = word + "."
    if bare in ("a.m", "p.m"):
        return nxt.lower() not in segment.TIME_FOLLOWERS
    if bare in segment.ENDERS:
        return nxt.lower() in segment.SENTENCE_OPENERS
    if segment._DOTTED_ACRONYM.match(token):
        return segment._acronym_ends(text, text[::-1], match, word, nxt)
    if len(word) == 1 and word.isupper():
        return False
    return bare not in segment.TITLES


def reference_split(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    opening = segment.dateline(text)
    for match in _REF_CANDIDATE.finditer(text):
        if match.start() >= opening and _reference_is_boundary(text, match):
            piece = text[start : match.start("space")].strip()
            if piece:
                sentences.append(piece)
            start = match.end("space")
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _paragraphs() -> list[str]:
    found: list[str] = []
    for path in sorted([*(ROOT / "content").rglob("*"), *(ROOT / "tests" / "data").rglob("*")]):
        if not path.is_file() or file_type(path) not in ARTICLE_SUFFIXES or path.parent.name == "pages":
            continue
        if file_type(path) in (".html", ".htm"):
            body, _ = extract_file(path)
            found += body
        else:
            found += [p.text for p in read_article(path).paragraphs]
    return found


def test_the_splitter_is_unchanged_on_the_projects_articles():
    paragraphs = _paragraphs()
    assert len(paragraphs) > 100
    for paragraph in paragraphs:
        assert split_sentences(paragraph) == reference_split(paragraph), paragraph


WORDS = [
    "the", "said", "Kremlin", "Mr.", "Dr.", "U.S.", "U.S", "p.m.", "a.m.", "Inc.", "Jr.", "Corp", "Monday", "St.",
    "He", "She", "It", "The", "Police", "President", "Army", "J.", "F.", "e.g.", "i.e.", "No.", "3", "2024",
    "asked", "told", "he", "officials", "Jan.", "Sept.", "etc.", "co.", "vs.", "D.C.", "Washington", "Ltd",
]  # fmt: skip
MARKS = [".", "...", "…", "!", "?", "?!", "..", ". .", "....", "!!", ".”", "?”", '!"', ".'", ".)", ".]", "…”", ".»"]
GAPS = [" ", "  ", " \n", "\n", "\t", ""]
OPENERS = ["", "“", '"', "(", "'", "«", "‘", "["]

token = st.one_of(
    st.sampled_from(WORDS),
    st.tuples(st.sampled_from(MARKS), st.sampled_from(GAPS), st.sampled_from(OPENERS)).map("".join),
    st.text(alphabet="abcXYZ019'’-", min_size=1, max_size=6),
)


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(token, st.sampled_from([" ", " ", "", "\n"])), max_size=40))
def test_the_splitter_agrees_with_the_reference_on_news_like_text(parts):
    text = "".join(a + b for a, b in parts)
    assert split_sentences(text) == reference_split(text)


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*"aA1 .!?…\"'”’»)]“‘«([\n-", "U.S.", "Mr.", "p.m."]), max_size=60).map("".join))
def test_the_splitter_agrees_with_the_reference_on_punctuation_soup(text):
    if re.search(r"[.!?…]{12}", text):
        return  # the reference backtracks exponentially on long runs of marks
    assert split_sentences(text) == reference_split(text)


def _hang_guard(code: str, timeout: float = 60) -> None:
    """Run code in a fresh interpreter; it must finish well within ``timeout`` (a generous bound:
    the inputs took from 33 s to hours before)."""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr


def test_long_runs_of_marks_do_not_hang_the_splitter():
    _hang_guard(
        "from generator.segment import split_sentences as s\n"
        "for n in (48, 52, 60, 1000, 100000):\n"
        "    assert len(s('He paused' + '.' * n + 'and went on.')) == 1\n"
        "assert len(s('Wait' + '!' * 100000 + '\"' * 100000 + ' ' * 100000 + '-')) == 1\n"
    )


def test_the_splitter_grows_linearly():
    """Operation count, not time: the characters the regex engine and the word lookups touch grow in
    proportion to the paragraph (the search for the word before a candidate used to start at the
    beginning of the paragraph)."""
    touched: list[int] = []
    for n in (500, 2000, 8000):
        text = " ".join(f"Officials said the fire was out by {i} p.m. on Monday." for i in range(n))
        calls = {"chars": 0}
        original = segment._word_before

        def counting(text: str, reversed_text: str, end: int, calls=calls, original=original) -> str:
            word = original(text, reversed_text, end)
            calls["chars"] += len(word) + 1
            return word

        segment._word_before = counting
        try:
            assert len(split_sentences(text)) == n
        finally:
            segment._word_before = original
        touched.append(calls["chars"])
    assert touched[2] / touched[0] < 16 * 1.5  # 16 times the text: linear, with room to spare


def test_deep_and_broken_markup_does_not_hang_extraction(tmp_path: Path):
    _hang_guard(
        "from generator.extract import extract_html, source_lines\n"
        "page = '<html><body>' + '<div>' * 100000 + 'Deep text.' + '</div>' * 100000 + '</body></html>'\n"
        "assert extract_html(page).dropped == [('Deep text.', 'outside the article body')]\n"
        "assert source_lines('<' * 200000, ['a b c']) == [0]\n",
        timeout=120,
    )
