import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.diff import ALL, SOME, UNIQUE, diff_runs, key, mark_moves, mark_wordings, pair_diff, spaced, tokens


def test_trivial_differences_do_not_light_up():
    assert key("“False,”") == key("false") == "false"
    assert key("U.S.") == key("US") == "US" != key("us")  # an acronym is never the word "us"
    [a, b] = mark_wordings(["Peskov called the report “false.”", 'peskov called the report "False"'])
    assert {w.mark for w in a} == {ALL} and {w.mark for w in b} == {ALL}


def test_shared_by_all_some_or_unique():
    a, b, c = mark_wordings(["Peskov denied the report", "Peskov rejected the report", "Peskov denied it"])
    assert [w.mark for w in a] == [ALL, SOME, SOME, SOME]
    assert [w.mark for w in b] == [ALL, UNIQUE, SOME, SOME]
    assert [w.mark for w in c] == [ALL, SOME, UNIQUE]


def test_single_wording_has_no_marks():
    [[*words]] = mark_wordings(["Only one outlet said this."])
    assert {w.mark for w in words} == {None}


def test_pair_diff_marks_insertions_and_deletions():
    segs = pair_diff("Trump spoke to Putin on Thursday", "Trump spoke with Putin on Thursday")
    assert [(s.op, s.text) for s in segs] == [
        ("equal", "Trump spoke"),
        ("delete", "to"),
        ("insert", "with"),
        ("equal", "Putin on Thursday"),
    ]


sentences = st.lists(
    st.sampled_from(
        [
            "the",
            "Kremlin",
            "denied",
            "U.S.",
            "us",
            "“false”",
            "call",
            "—",
            "Trump",
            "no-one",
            "no",
            "one",
            "Ji-in",
            "in",
        ]
    ),
    max_size=12,
)


@given(sentences, sentences)
def test_pair_diff_rebuilds_both_sides(a, b):
    """Each side's words, as compared, in order: the runs it shows and the runs both share (printed as
    the first side prints them); the first side printed exactly, each run followed by its gap (nothing
    inside a word cut at a dash)."""
    segs = pair_diff(" ".join(a), " ".join(b))

    def words(side: list[str]) -> list[str]:
        return [key(t) or t for t in tokens(" ".join(side))]

    assert [key(t) or t for s in segs if s.op != "insert" for t in tokens(s.text)] == words(a)
    assert [key(t) or t for s in segs if s.op != "delete" for t in tokens(s.text)] == words(b)
    assert "".join(s.text + s.gap for s in segs if s.op != "insert").strip() == " ".join(a)


@given(sentences, sentences)
def test_the_pair_view_glues_no_run_to_the_other_wording(a, b):
    """A run glued to what follows it ("no-" of "no-one") is followed by its own wording's words only."""
    first, second = " ".join(a), " ".join(b)
    segs = spaced(mark_moves(pair_diff(first, second), first, second))
    assert [s.text for s in segs] == [s.text for s in mark_moves(pair_diff(first, second), first, second)]
    for seg, nxt in pairwise(segs):
        if not seg.gap:
            assert not (seg.op in ("equal", "delete", "moved_out") and nxt.op in ("insert", "moved_in"))
            assert not (seg.op in ("insert", "moved_in") and nxt.op in ("delete", "moved_out"))


def test_a_word_only_the_second_wording_has_is_not_glued_to_a_cut_word():
    first, second = "Officials met ferry-goers at the pier", "Officials met ferry new goers at the pier"
    shown = "".join(s.text + s.gap for s in spaced(mark_moves(pair_diff(first, second), first, second)))
    assert "ferry-new" not in shown and "ferry- new goers" in shown


@given(sentences, sentences)
def test_matched_words_are_one_common_subsequence(a, b):
    from generator.diff import key, matched

    ka, kb = [key(t) or t for t in a], [key(t) or t for t in b]
    in_a, in_b = matched(ka, kb)
    assert len(in_a) == len(a) and len(in_b) == len(b)
    assert [k for k, hit in zip(ka, in_a, strict=True) if hit] == [k for k, hit in zip(kb, in_b, strict=True) if hit]


def test_a_word_in_another_place_is_shared_not_unique():
    [a, b] = mark_wordings(["Trump and Putin spoke on Thursday", "Putin and Trump spoke on Thursday"])
    assert {w.mark for w in a} == {w.mark for w in b} == {ALL}


def test_an_outlets_second_sentence_is_not_another_wording():
    a1, a2, _b = mark_wordings(
        ["The fire spread fast.", "Crews arrived late.", "The fire spread fast."], ["A", "A", "B"]
    )
    assert {w.mark for w in a1} == {ALL}
    assert {w.mark for w in a2} == {UNIQUE}


vocabulary = [
    "the",
    "Kremlin",
    "denied",
    "U.S.",
    "“false”",
    "call",
    "—",
    "Trump",
    "Putin",
    "and",
    "report",
    "no-one",
    "no",
    "one",
    "us",
    "Ji-in",
    "in",
    "REFORM",
    "ACT",
    "Act",
    "act",
    "WHO",
    "30-day",
    "day",
    "days",
    "two-year",
    "years",
    "brand-new",
    "news",
]


def styled(words: list[str], i: int) -> bool:
    """A reference for capitals set for style: two or three capitals beside a word of four or more."""
    bare = [re.sub(r"^\W+|\W+$", "", w) for w in words]
    near = [bare[j] for j in (i - 1, i + 1) if 0 <= j < len(bare)]
    return bool(re.fullmatch(r"[A-Z]{2,3}", bare[i])) and any(re.fullmatch(r"[A-Z]{4,}", w) for w in near)


def forms(words: list[str], i: int) -> set[str]:
    """The keys a word may match: its own, and a styled word's lower-case word too."""
    k = key(words[i])
    return {k, k.lower()} if styled(words, i) else {k}


def has(keys: set[str], k: str) -> bool:
    """A wording has a word when it has the word, or every part of a hyphenated one ("no one" has
    "no-one"); its hyphenated words' parts count as its words too."""
    parts = {p for x in keys for p in x.split("-") if p}
    return k in keys or k in parts or ("-" in k and all(p in keys | parts for p in k.split("-") if p))


wordings = st.lists(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=8), min_size=2, max_size=5)


_NUMBERS = {"two", "30"}


def units(words: list[str]) -> set[str]:
    """A reference for hyphenated measures: the units a wording writes after a number and a hyphen
    ("day" of "30-day")."""
    out = set()
    for w in words:
        parts = [key(p) for p in w.split("-")]
        out.update(b for a, b in pairwise(parts) if a in _NUMBERS and b)
    return out


def measure_hit(other: set[str], other_units: set[str], printed: list[str], i: int) -> bool:
    """A reference for a measure's unit and its plural: "day" after "30-" is in a wording that writes
    "days", and "days" in one that writes "30-day"."""
    k = key(printed[i])
    after_number = i > 0 and printed[i - 1].endswith("-") and key(printed[i - 1]) in _NUMBERS
    parts = {p for x in other for p in x.split("-") if p}
    return (after_number and k + "s" in other | parts) or (k.endswith("s") and k[:-1] in other_units)


@given(wordings, st.data())
def test_marks_tell_the_truth(texts, data):
    outlets = [data.draw(st.sampled_from("ABC")) for _ in texts]
    marked = mark_wordings([" ".join(t) for t in texts], outlets)
    keys_of, units_of = {}, {}
    for outlet, words in zip(outlets, texts, strict=True):
        keys_of.setdefault(outlet, set()).update(f for i in range(len(words)) for f in forms(words, i) if f)
        units_of.setdefault(outlet, set()).update(units(words))
    for outlet, words in zip(outlets, marked, strict=True):
        others = [(k, units_of[o]) for o, k in keys_of.items() if o != outlet]
        printed = [w.text for w in words]
        for i, w in enumerate(words):
            k = key(w.text)
            hits = sum(
                any(has(other, f) for f in forms(printed, i)) or measure_hit(other, measure, printed, i)
                for other, measure in others
            )
            if w.mark == ALL:
                assert others and hits == len(others)  # a match in each other outlet's wording
            elif w.mark == UNIQUE:
                assert hits == 0  # a match in none
            elif w.mark == SOME:
                assert 0 < hits < len(others)
            else:
                assert not k or not others


@given(wordings)
def test_one_word_one_mark_in_every_card_when_all_outlets_differ(texts):
    marked = mark_wordings([" ".join(t) for t in texts])
    everywhere = set.intersection(*({key(w) for w in t} for t in texts)) - {""}
    for words in marked:
        for w in words:
            if key(w.text) in everywhere:
                assert w.mark == ALL


_NAMES = ["Lee", "Min", "Ho", "Min-ho", "Ji", "In", "Ji-in", "in", "met", "ho"]


def _name_matches(word: str, before: str | None, after: str | None, other: list[str]) -> bool:
    """A reference for names with a short last part: "Min-ho" is in a wording that writes "Min Ho";
    "Min" and "Ho" of "Min Ho" are in one that writes "Min-ho"; a lower-case "in" is no "Ji-in"."""

    def short(w: str | None) -> bool:
        return w is not None and w[:1].isupper() and len(w) <= 2

    if "-" in word:
        return word in other or word in {f"{x}-{y.lower()}" for x, y in pairwise(other) if x[:1].isupper() and short(y)}
    if word.lower() in {w.lower() for w in other}:
        return True
    joined = {w for w in other if "-" in w}
    if not word[:1].isupper():
        return False
    return (short(after) and f"{word}-{after.lower()}" in joined) or (
        before is not None and before[:1].isupper() and short(word) and f"{before}-{word.lower()}" in joined
    )


_NAME_WORDINGS = st.lists(st.sampled_from(_NAMES), min_size=1, max_size=6)


@given(_NAME_WORDINGS, _NAME_WORDINGS)
def test_a_name_written_with_and_without_its_hyphen_is_one_name(a, b):
    [ma, mb] = mark_wordings([" ".join(a), " ".join(b)], ["A", "B"])
    for words, marked, other in ((a, ma, b), (b, mb, a)):
        for i, w in enumerate(marked):
            before, after = (words[i - 1] if i else None), (words[i + 1] if i + 1 < len(words) else None)
            assert (w.mark == ALL) == _name_matches(words[i], before, after, other), (words, other, w)


def test_names_in_another_order_are_moved_not_one_outlets_only():
    a, b = "Trump and Putin spoke on Thursday", "Putin and Trump spoke on Thursday"
    segs = mark_moves(pair_diff(a, b), a, b)
    assert {s.op for s in segs} <= {"equal", "moved_out", "moved_in"}
    assert "Trump" in " ".join(s.text for s in segs if s.op == "moved_out")
    assert "Trump" in " ".join(s.text for s in segs if s.op == "moved_in")


@given(sentences, sentences)
def test_pair_view_marks_tell_the_truth(words_a, words_b):
    """'Only the first' words are in no place of the second wording, 'only the second' in no place of
    the first, and a word marked moved is in both."""
    a, b = " ".join(words_a), " ".join(words_b)
    ka, kb = {key(t) or t for t in tokens(a)}, {key(t) or t for t in tokens(b)}
    for seg in mark_moves(pair_diff(a, b), a, b):
        for word in tokens(seg.text):
            k = key(word) or word
            if seg.op == "delete":
                assert not has(kb, k)
            elif seg.op == "insert":
                assert not has(ka, k)
            elif seg.op in ("moved_out", "moved_in"):
                assert has(ka, k) and has(kb, k)


_KEYS = st.lists(st.sampled_from([chr(0xE000 + i) for i in range(12)]), max_size=40).map("".join)


@settings(max_examples=400)
@given(_KEYS, _KEYS)
def test_the_cpp_port_diffs_as_the_python_original_does(a: str, b: str):
    """diff_runs (fast-diff-match-patch) gives diff-match-patch's own runs, exact diffs either way."""
    from diff_match_patch import diff_match_patch

    original = diff_match_patch()
    original.Diff_Timeout = 0
    assert diff_runs(a, b) == [(op, len(text)) for op, text in original.diff_main(a, b, False)]


@given(wordings, wordings, st.data())
def test_marks_tell_the_truth_against_the_text_shown(parts, extra, data):
    """Marks of the parts that tell a claim, counted against what each card shows (greyed text too)."""
    outlets = [data.draw(st.sampled_from("ABC")) for _ in parts]
    shown = [" ".join(p + (extra[i] if i < len(extra) else [])) for i, p in enumerate(parts)]
    marked = mark_wordings([" ".join(p) for p in parts], outlets, shown)
    keys_of, units_of = {}, {}
    for outlet, text in zip(outlets, shown, strict=True):
        words = text.split()
        keys_of.setdefault(outlet, set()).update(f for i in range(len(words)) for f in forms(words, i) if f)
        units_of.setdefault(outlet, set()).update(units(words))
    for outlet, words in zip(outlets, marked, strict=True):
        others = [(k, units_of[o]) for o, k in keys_of.items() if o != outlet]
        printed = [w.text for w in words]
        for i, w in enumerate(words):
            hits = sum(
                any(has(other, f) for f in forms(printed, i)) or measure_hit(other, measure, printed, i)
                for other, measure in others
            )
            if w.mark == ALL:
                assert others and hits == len(others)
            elif w.mark == UNIQUE:
                assert hits == 0
            elif w.mark == SOME:
                assert 0 < hits < len(others)


def test_a_word_in_another_cards_greyed_text_is_not_one_outlets_only():
    parts = ["store was closed", "crews praised the early response"]
    shown = ["store was closed after crews praised the early response", parts[1]]
    a, b = mark_wordings(parts, ["A", "B"], shown)
    assert {w.mark for w in b if key(w.text)} == {ALL}  # every word of B's part is in A's card, greyed or not
    assert {w.mark for w in a if key(w.text)} == {UNIQUE}


@given(sentences, sentences, sentences)
def test_pair_view_counts_the_other_cards_grey_text(words_a, words_b, grey):
    """With the text each card shows, 'only the first' words are in no place of the second card."""
    a, b = " ".join(words_a), " ".join(words_b)
    shown_b = f"{' '.join(grey)} {b}"
    kb = {key(t) or t for t in tokens(shown_b)}
    for seg in mark_moves(pair_diff(a, b), a, b, a, shown_b):
        if seg.op == "delete":
            assert all(not has(kb, key(w) or w) for w in tokens(seg.text))


def test_a_name_with_a_short_hyphenated_tail_is_one_word():
    a, b = mark_wordings(["Park Ji-in met us at the pier", "Park met the U.S. envoy at the pier"], ["A", "B"])
    assert {w.text: w.mark for w in a}["us"] == UNIQUE  # "U.S." is not "us"
    assert {w.text: w.mark for w in b}["U.S."] == UNIQUE
    _, d = mark_wordings(["Park Ji-in spoke", "Park spoke in Busan"], ["A", "B"])
    assert {w.text: w.mark for w in d}["in"] == UNIQUE  # the "in" of "Ji-in" is no word "in"


def test_a_hyphenated_word_matches_its_open_form():
    a, b = mark_wordings(["Luckily no-one was hurt", "Luckily no one was hurt"], ["A", "B"])
    assert all(w.mark in (ALL, None) for w in a + b)


def test_capitals_for_style_and_an_ellipsis_hide_no_shared_word():
    # A word set in capitals ("A FIRE broke out") is the word; two or three capitals stay an acronym.
    assert key("FIRE") == key("fire") and key("U.S.") == key("US") != key("us") and key("WHO") != key("who")
    a, b = mark_wordings(["A FIRE broke out at the quay store", "Fire crews were called to the store"], ["A", "B"])
    assert {w.text: w.mark for w in a}["FIRE"] == ALL and {w.text: w.mark for w in b}["Fire"] == ALL
    # Two or three capitals beside a word set in capitals are a word too, or the acronym they spell.
    a, b = mark_wordings(["They back the HARBOR ACT now", "They back the Harbor Act now"], ["A", "B"])
    assert {w.mark for w in a + b} == {ALL}
    assert [s.op for s in mark_moves(pair_diff("the HARBOR ACT", "the Harbor Act"), "x", "y")] == ["equal"]
    a, b = mark_wordings(["An FBI INQUIRY began", "The FBI inquiry began"], ["A", "B"])
    assert {w.text: w.mark for w in a}["FBI"] == ALL and {w.text: w.mark for w in b}["FBI"] == ALL
    # Words an ellipsis joins are two words ("vital...the" is "vital" and "the").
    assert tokens("it is vital...the permits") == ["it", "is", "vital...", "the", "permits"]
    a, b = mark_wordings(["It is vital...the permits stay", "It is vital, the permits stay"], ["A", "B"])
    assert {w.mark for w in a} == {ALL}


def test_words_joined_by_a_dash_are_two_words():
    a, b = mark_wordings(
        ["Prices excluding fuel–rose a little in May", "Prices, not counting fuel, rose in May"], ["A", "B"]
    )
    marks = {w.text: w.mark for w in a}
    assert marks["fuel–"] == ALL and marks["rose"] == ALL  # B has both words: neither is A's only
    assert {w.text: w.mark for w in b}["fuel,"] == ALL
    # Printed as the text has them: no space comes into "fuel–rose", in a card or a pair view.
    from generator.diff import runs

    assert "".join(text + gap for _, text, gap in runs(a)).strip() == "Prices excluding fuel–rose a little in May"
    first, second = "Prices excluding fuel–rose a little in May", "Prices, not counting fuel, rose in May"
    segments = mark_moves(pair_diff(first, second), first, second)
    assert "fuel–rose" in "".join(s.text + s.gap for s in segments if s.op != "insert")


@given(
    st.lists(
        st.sampled_from(["fuel–rose", "asylum-seekers", "U.S.-Mexico", "short-", "—", "Ji-in", "a", "well-"]),
        max_size=8,
    )
)
def test_words_print_as_the_text_had_them(parts):
    from generator.diff import join

    text = " ".join(parts)
    assert join(tokens(text)) == text


def test_a_piece_of_a_word_a_dash_cuts_is_said_with_its_word():
    """A screen reader's list of one outlet's words says a piece cut at a dash with the word it is in:
    "seekers (part of asylum-seekers)", never a bare "seekers" or "anti"; a whole hyphenated word is said
    as it stands."""
    from generator.diff import runs
    from generator.pages import _said

    a, b, c = mark_wordings(
        [
            "The asylum-seekers waited at the gate.",
            "The asylum applicants waited at the gate.",
            "Crews waited at the anti-wind gate.",
        ]
    )
    assert _said(runs(a), "unique") == ["seekers (part of asylum-seekers)"]
    assert _said(runs(a), "some") == ["asylum (part of asylum-seekers)"]
    # A piece that is a word of its own is heard as a piece, not as "in (in in-school)" (audit 96).
    [a, _] = mark_wordings(["Pupils ate these in-school meals.", "Pupils ate school meals."])
    assert _said(runs(a), "unique") == ["these in (in: part of in-school)"]
    assert _said(runs(b), "some") == ["asylum"]
    assert _said(runs(c), "unique") == ["Crews", "anti-wind"]


def test_a_list_of_words_says_no_bracket_it_does_not_open_and_close():
    """Invented wordings. A run whose opening bracket is cut at its edge ("(HP) said the pier shut",
    after the words both outlets share) is heard without the stray closing one (audit 99)."""
    from generator.diff import runs
    from generator.pages import _said

    [a, _] = mark_wordings(["The Harbour Post (HP) said the pier shut.", "The Harbour Post reported a closure."])
    assert _said(runs(a), "unique") == ["HP said", "pier shut"]


def test_a_list_of_words_says_only_the_cut_word_whole_and_a_dash_joins_no_word():
    """Invented wordings. A run of several words whose first is a piece of a hyphenated word says only
    that word whole ("one: part of one-on-one"), not the run again; a dash between two words ("harbour–a
    quay") is no hyphenated word."""
    from generator.diff import runs
    from generator.pages import _said

    marked = [("all", "They will meet one-on-", ""), ("unique", "one, but gave no date", " "), ("all", "at all.", " ")]
    assert _said(marked, "unique") == ["one, but gave no date (one: part of one-on-one)"]
    a, _ = mark_wordings(["Spending on the harbour–a quay that includes cranes–grew.", "Spending on the harbour grew."])
    assert _said(runs(a), "unique") == ["a quay that includes cranes"]


def test_a_word_marked_twice_is_said_once():
    """Invented wordings (audit 68 heard "percent; percent"): a list of one outlet's words says each
    once, in the order first met."""
    from generator.diff import runs
    from generator.pages import _said

    a, _ = mark_wordings(["Tariffs rose 25 percent and fees 10 percent.", "Tariffs rose 25 points and fees 10 points."])
    assert _said(runs(a), "unique") == ["percent"]


def test_an_abbreviation_in_a_list_of_words_keeps_its_stop():
    """Invented wordings. "Mr." and "U.S." are said with their stops (read without, they are letters);
    a word that ends a sentence is said without its full stop."""
    from generator.diff import runs
    from generator.pages import _said

    a, _ = mark_wordings(["Mr. Lee met U.S. crews at the quay.", "Ann Lee met harbour crews at the gate."])
    said = _said(runs(a), "unique")
    assert "Mr." in said and any(s.startswith("U.S.") for s in said), said
    assert all(not s.endswith("quay.") for s in said), said


def test_a_run_that_ends_with_an_abbreviation_keeps_its_stop_and_the_list_ends_with_one_stop():
    """Invented wordings (audit 62 heard "for example, Mr; ... Mr.."): a run of several words that
    ends with "Mr." keeps the stop as a lone "Mr." does; a list whose last item ends with a stop is
    not given a second one."""
    from generator.diff import runs
    from generator.pages import _said

    marked = [("unique", "Staff, for example, Mr.", " "), ("all", "Lee met the crews", " "), ("unique", "Mr.", "")]
    assert _said(marked, "unique") == ["Staff, for example, Mr.", "Mr."]
    a, _ = mark_wordings(["Later Mr. Lee met crews.", "Ann Lee met harbour crews."])
    assert "Later Mr." in _said(runs(a), "unique")


def test_a_hyphenated_measure_is_the_same_words_as_the_measure_written_apart():
    """ "30-day" and "30 days" are one outlet's words and the other's (audit 93 read "day" of "30-day"
    marked as one outlet's only); "brand-new" is no "news"."""
    a, b = mark_wordings(["the 30-day delay", "a delay of 30 days"])
    assert [(w.text, w.mark) for w in a if w.text in ("30-", "day")] == [("30-", ALL), ("day", ALL)]
    assert [w.mark for w in b if w.text == "days"] == [ALL]
    # Any number word counts a measure, as the comparison reads them ("ninety", "a dozen").
    a, b = mark_wordings(["a ninety-day pause", "a pause of ninety days"])
    assert [w.mark for w in a if w.text == "day"] == [ALL] and [w.mark for w in b if w.text == "days"] == [ALL]
    a, b = mark_wordings(["brand-new rules", "the news today"])
    assert [w.mark for w in a if w.text == "new"] == [UNIQUE] and [w.mark for w in b if w.text == "news"] == [UNIQUE]


def test_an_acronym_in_capitals_is_never_a_small_word():
    """A screen reader's list of words other outlets also use leaves out runs of small words only;
    "US" in capitals is an acronym, not the word "us" (audit 101 found it left out)."""
    from generator.pages import _small

    assert _small("of the") and _small("A") and _small("us")
    assert not _small("US") and not _small("the US")
