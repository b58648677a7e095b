"""Fact-level alignment: clause units, anchors, pair features, the passes that give a sentence several claims."""

import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from generator.align import attach_all, build_claims, cliques, cluster
from generator.align.cluster import _unit, _units
from generator.align.features import FEATURES, PairModel, pair_features, shipped_model
from generator.align.signal import verb_vectors
from generator.align.units import parse_sentences, split_units, units_of
from generator.embed import DEFAULT_MODEL, PLAIN_MODEL, Embedder, model_identity
from generator.furniture import furniture_reason, is_credit_line, sentence_furniture
from generator.model import Article, Dropped, Paragraph, Sentence
from generator.pipeline import SENTENCE_BLEND, align, drop_credit_sentences, prepare
from generator.segment import split_sentences
from generator.similarity import lexical_matrix

from .conftest import ROOT

similarities_and_outlets = st.integers(2, 12).flatmap(
    lambda n: st.tuples(
        arrays(np.float64, (n, n), elements=st.floats(0, 1)).map(lambda m: (m + m.T) / 2),
        st.lists(st.integers(0, 3), min_size=n, max_size=n),
    )
)


@settings(max_examples=60)
@given(similarities_and_outlets, st.floats(0.1, 0.9))
def test_cliques_are_maximal_sets_of_linked_sentences_from_different_outlets(data, threshold):
    sim, outlets = data
    groups = cliques(sim, outlets, threshold)
    assert groups is not None
    assert {i for g in groups for i in g} == set(range(len(outlets)))  # nobody lost
    linked = lambda a, b: outlets[a] != outlets[b] and sim[a, b] >= threshold  # noqa: E731
    for g in groups:
        assert all(linked(a, b) for a, b in combinations(g, 2))
        if len(g) > 1:  # maximal: no outside sentence links to every member
            assert not any(all(linked(o, m) for m in g) for o in range(len(outlets)) if o not in g)
    assert groups == cliques(sim.copy(), list(outlets), threshold)  # deterministic


@settings(max_examples=60)
@given(similarities_and_outlets, st.floats(0.1, 0.9))
def test_attach_all_only_adds_sentences_that_match_the_claim(data, threshold):
    sim, outlets = data
    groups = cluster(sim, outlets, 0.5)
    joined = attach_all(groups, sim, outlets, threshold)
    assert len(joined) == len(groups)
    for before, after in zip(groups, joined, strict=True):
        assert set(before) <= set(after)
        for i in set(after) - set(before):
            others = [j for j in before if outlets[j] != outlets[i]]
            assert len({outlets[j] for j in before}) > 1 and others
            # Decided as the grouping decides, in whole units of 1 / SCALE (a float mean of equal
            # values can fall a hair below the value itself).
            assert _units(sim[i, others]).sum() >= _unit(threshold) * len(others)


def test_a_lead_that_tells_two_facts_joins_both_claims():
    texts = [
        "Four people were killed at the restaurant, and the gunman fled on foot.",
        "Four people died in the shooting at the restaurant.",
        "The gunman fled the scene on foot, police said.",
        "Police said the gunman ran off on foot.",
    ]
    outlets = ["Outlet A", "Outlet B", "Outlet C", "Outlet D"]
    sentences = [Sentence(o, f"{o[-1]}.txt", t, 0, 0, 1, 1) for o, t in zip(outlets, texts, strict=True)]
    sim = np.array([[1, 0.6, 0.55, 0.55], [0.6, 1, 0.1, 0.1], [0.55, 0.1, 1, 0.7], [0.55, 0.1, 0.7, 1]])
    without = build_claims(sentences, sim, 0.5, outlets)
    assert sum(1 for c in without if sentences[0] in c.members) == 1  # clustering: one claim per sentence
    claims = build_claims(sentences, sim, 0.5, outlets, None, None, 0.5)
    lead_claims = [c for c in claims if sentences[0] in c.members]
    assert {frozenset(m.outlet for m in c.members) for c in lead_claims} == {
        frozenset({"Outlet A", "Outlet B"}),
        frozenset({"Outlet A", "Outlet C", "Outlet D"}),
    }


def test_clauses_are_spans_of_their_sentence(tmp_path: Path):
    texts = [
        "Nineteen firefighters were killed on Sunday, officials said, and the governor ordered flags lowered.",
        "The suspect, who was arrested on Friday in Florida, appeared in court on Monday.",
        "Peskov said the report was false.",
    ]
    parsed = parse_sentences(texts, tmp_path)
    assert len(parsed[0].clauses) == 2 and len(parsed[2].clauses) == 1
    for text, p in zip(texts, parsed, strict=True):
        for start, end, _ in p.clauses:
            assert 0 <= start < end <= len(text)
    assert "19" in parsed[0].numbers and "florida" in parsed[1].names
    units = units_of(texts, parsed)
    assert [u.sentence for u in units[:3]] == [0, 1, 2] and all(u.whole for u in units[:3])
    assert all(not u.whole for u in units[3:])
    # Cached on disk: the same parse again, also after the cache file is damaged.
    assert parse_sentences(texts, tmp_path) == parsed
    (tmp_path / "parses.json").write_text('{"x": [1, 2]')
    assert parse_sentences(texts, tmp_path) == parsed
    assert split_units(texts, "sentences") == units[:3]


_BACKGROUND = """
import json, sys
from pathlib import Path
from generator.align.units import parse_in_background
texts = json.loads(sys.argv[1])
wait = parse_in_background(texts, Path(sys.argv[2]))
assert "spacy" not in sys.modules, "parsed here, not in the background"
parsed = wait()
assert "spacy" not in sys.modules and "torch" not in sys.modules
print(json.dumps([[p.clauses, sorted(p.names), sorted(p.numbers), sorted(p.lemmas)] for p in parsed]))
"""


def test_a_background_parse_gives_the_same_parses(tmp_path: Path):
    """Parsed in a second process (the parser loaded there without torch) while this one works on:
    the same clauses and anchors as parsed here, and cached the same way."""
    texts = [
        "Nineteen firefighters were killed on Sunday, officials said, and the governor ordered flags lowered.",
        "The suspect, who was arrested on Friday in Florida, appeared in court on Monday.",
    ]
    result = subprocess.run(
        [sys.executable, "-c", _BACKGROUND, json.dumps(texts), str(tmp_path / "background")],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    here = parse_sentences(texts, tmp_path / "here")
    expected = [[[list(c) for c in p.clauses], sorted(p.names), sorted(p.numbers), sorted(p.lemmas)] for p in here]
    assert json.loads(result.stdout) == expected
    cached = json.loads((tmp_path / "background" / "parses.json").read_text(encoding="utf-8"))
    assert cached == json.loads((tmp_path / "here" / "parses.json").read_text(encoding="utf-8"))


def test_pair_features_are_symmetric_and_the_model_gives_probabilities(embedder: Embedder, tmp_path: Path):
    texts = [
        "Nineteen firefighters died battling the Yarnell Hill fire in Arizona on Sunday.",
        "The governor ordered flags lowered across the state.",
        "The fire near Yarnell, Arizona, killed 19 firefighters.",
        "Flags will fly at half-staff, the governor said.",
    ]
    parsed = parse_sentences(texts, tmp_path)
    units = units_of(texts, parsed)
    unit_texts = [u.text for u in units]
    vectors = embedder.encode(unit_texts)
    similarity = vectors @ vectors.T
    verbs = verb_vectors(parsed, embedder)
    feats = pair_features(
        texts, [0, 0, 1, 1], [0, 1, 0, 1], parsed, units, similarity, lexical_matrix(unit_texts), verbs
    )
    assert set(feats) == set(FEATURES)
    for name, matrix in feats.items():
        assert matrix.shape == (4, 4) and np.isfinite(matrix).all(), name
    probability = shipped_model().probability(feats)
    assert np.allclose(probability, probability.T) and ((probability >= 0) & (probability <= 1)).all()
    assert probability[0, 2] > probability[0, 3] and probability[1, 3] > probability[1, 2]


def test_specific_figures_two_sentences_share_are_a_pair_feature(tmp_path: Path):
    """Invented text. A decimal or a figure of three digits or more, rare in the story, shared by two
    sentences is evidence they tell one fact (audit 91: "grew 2.8 percent" told by every outlet, in
    claims of one outlet each); a year, a small count or a figure many sentences give is not."""
    from generator.align.features import _rare_figures

    texts = [
        "Harbour traffic grew 2.8 percent in 2019, the port said, with 134 ships more.",
        "The port's traffic rose by 2.8 percent in 2019.",
        "In 2019 three cranes were added.",
        "Some 134 more ships docked, officials said.",
        "Three cranes came in 2019.",
    ]
    feats = _rare_figures(parse_sentences(texts, tmp_path))
    assert feats[0, 1] == pytest.approx(np.log(2)) and feats[0, 3] == pytest.approx(np.log(2))
    assert feats[2, 4] == 0  # a year and a small count ("three") are shared by chance
    assert feats[1, 3] == 0 and np.allclose(feats, feats.T)


def test_what_two_sentences_say_was_done_is_a_pair_feature(tmp_path: Path):
    """Invented text. The parse gives each sentence's verbs without the verbs that report ("said",
    "told"); two sentences with one verb share all their verbs and match at 1, two that tell other
    things done to the same people ("killed" / "hired") match less, and a sentence with no verb of
    its own matches nothing. The cosines come from the verbs' vectors (here made up: "slay" near
    "kill")."""
    from generator.align.features import _sets_alike

    texts = [
        "Police said the storm killed four fishermen near the harbour.",
        "Four fishermen were killed by the storm, the coast guard told reporters.",
        "The storm slew four fishermen.",
        "The harbour board hired four fishermen.",
        "The mayor said so.",
    ]
    parsed = parse_sentences(texts, tmp_path)
    assert [sorted(p.verbs) for p in parsed] == [["kill"], ["kill"], ["slay"], ["hire"], []]
    vectors = {"kill": np.array([1.0, 0.0, 0.0]), "slay": np.array([0.8, 0.6, 0.0]), "hire": np.array([0.0, 0.0, 2.0])}
    jaccard, near = _sets_alike([p.verbs for p in parsed], vectors)
    assert jaccard[0, 1] == 1.0 and near[0, 1] == pytest.approx(1.0)
    assert jaccard[0, 2] == 0.0 and near[0, 2] == pytest.approx(0.8)  # the vectors are read normalised
    assert near[0, 3] == pytest.approx(0.0) and near[2, 3] == pytest.approx(0.0)
    assert not jaccard[4].any() and not near[4].any() and not near[:, 4].any()
    assert np.allclose(near, near.T) and np.allclose(jaccard, jaccard.T)


def test_pair_model_round_trips_as_plain_data():
    model = shipped_model()
    assert PairModel.from_dict(model.as_dict()) == model
    assert model.features == FEATURES


def test_the_pair_model_is_used_only_with_the_encoder_it_was_trained_on(seed_folder: Path, tmp_path: Path):
    """The shipped pair model records the encoder its features were computed with, and it is the
    default one; with another model a build aligns on the sentence blend and says so once."""
    model = shipped_model()
    assert model.encoder == model_identity(DEFAULT_MODEL)
    assert model.fits(Embedder().identity) and not model.fits(model_identity(PLAIN_MODEL))
    plain = Embedder(PLAIN_MODEL, cache_dir=tmp_path)
    prepared = prepare(seed_folder)
    story = align(prepared, plain)
    assert len(plain.warnings) == 1 and PLAIN_MODEL in plain.warnings[0] and "sentence blend" in plain.warnings[0]
    expected = align(prepare(seed_folder), plain, SENTENCE_BLEND)
    assert [[m.key for m in c.members] for c in story.claims] == [[m.key for m in c.members] for c in expected.claims]
    align(prepare(seed_folder), plain)
    assert len(plain.warnings) == 1  # said once however many stories are aligned


def test_every_sentence_of_the_seed_story_has_a_claim_whose_fact_it_may_tell(seed_folder: Path, embedder: Embedder):
    """No sentence is shown only as a weaker match under other facts: in at least one claim it holds,
    it gives the heading, it is of a claim of its outlet alone, or the fact signal finds it at least
    ``WEAK_MATCH`` likely to state the heading's fact (``align.signal.add_homes``)."""
    from generator.align.signal import WEAK_MATCH
    from generator.pipeline import DEFAULT_BLEND, fact_signal

    prepared = prepare(seed_folder)
    p = fact_signal(prepared, embedder, DEFAULT_BLEND).probability
    story = align(prepare(seed_folder), embedder)
    index = {s.key: i for i, s in enumerate(prepared.sentences)}
    for key, i in index.items():
        holding = [c for c in story.claims if key in {m.key for m in c.members}]
        assert any(
            c.heading_key == key or len(c.outlets) < 2 or p[i, index[c.heading_key]] >= WEAK_MATCH for c in holding
        ), key


def test_bylines_and_credit_lines_are_furniture():
    for line in [
        "Associated Press writers Bob Christie and Jacques Billeaud contributed to this report.",
        "Reporting by Jon Herskovitz; Editing by Peter Cooney",
        "Follow Jane Doe on Twitter at @janedoe.",
        "By John Smith, Associated Press",
        "Copyright 2018 The Associated Press. All rights reserved.",
        "Write to Ann Roe at ann.roe@example.com",
        "Our Standards: The Harbour Wire Trust Principles.",
        # a blog's byline (audit 156 read its "Esq" and "LLP" as names only one outlet gives)
        "On behalf of Jo Lee, Esq. posted in Harbour Accidents on Wednesday, May 7, 2031.",
    ]:
        assert is_credit_line(line), line
        assert furniture_reason(line) == "byline or credit line"
    # Prompts to the reader: a tip line, a feedback request, a subscription offer, a wire's coverage page.
    assert furniture_reason("Have a news tip? Email us at tips@example.com") == "feedback prompt"
    assert furniture_reason("We want to hear from you. Tell us what you think.") == "feedback prompt"
    assert furniture_reason("Subscribe now for unlimited access.") == "newsletter or sharing prompt"
    assert furniture_reason("Follow all of AP's coverage of the storm at https://example.com/storm") == (
        "related-story link"
    )
    for line in [
        "Readers wrote to the council at its address.",
        "We heard from the mayor on Friday.",
        "Subscribers to the ferry pass paid more.",
        "Police followed the coverage closely.",
    ]:
        assert furniture_reason(line) is None, line
    for line in [
        "By Sunday, the fire had grown.",
        "He contributed to the campaign.",
        "Police said 19 people died.",
        "On behalf of the family, the mayor posted a statement on Monday.",
    ]:
        assert not is_credit_line(line), line


def test_other_houses_credit_lines_widgets_and_footers_are_furniture():
    """Furniture of outlets the dev corpus does not hold, as their pages print it (invented names)."""
    for line in [
        "Associated Press writer Ann Roe in Port Town contributed.",
        "Ann Roe reported from Port Town, and Bo Lee from Lakeside.",
        "Ann Roe and Bo Lee reported from Port Town.",
        "Additional reporting by Bo Lee.",
        "Reporting by Ann B. Roe; Editing by Bo Lee.",
        "Compiled by Ann Roe",
        "Contributing: Ann Roe, Bo Lee",
        "This report was produced in partnership with Harbour Health News.",
        "Ann Roe is a staff writer at the Harbour Daily. Follow her on Twitter @annroe.",
        "Follow her on Twitter @annroe.",
    ]:
        assert furniture_reason(line) == "byline or credit line", line
    assert furniture_reason("Supported by") == "advertisement"
    assert furniture_reason("Send us your thoughts on this story.") == "feedback prompt"
    assert furniture_reason("Enjoy unlimited access to all of our journalism.") == "newsletter or sharing prompt"
    assert furniture_reason("Terms of Use | Privacy Policy | Contact Us") == "page notice (cookies, scripts, sign-in)"
    assert furniture_reason("Media playback is unsupported on your device") == "video player"
    assert furniture_reason("Image source, Getty Images") == "photo credit"
    assert furniture_reason("The mayor spoke at the quay on Monday. (Ann Roe/Reuters)") == "photo caption"
    for line in [
        "Ann Roe reported from the scene that the pier had collapsed.",
        "The ferry line is supported by the council.",
        "The company changed its privacy policy on Monday.",
        "Residents said the new bridge was produced by a local firm.",
        "The mayor, who was compiled by no one, spoke.",
        "Police reported from the harbour that two boats sank.",
        "Police reported from the harbour.",
        "Crews in the harbour contributed.",
        "Reporting by the crews was done by hand.",
        "He said she would follow him on any path.",
        "The senator asked voters to follow him on Twitter.",
        "Roe contributed $5,000 to the campaign.",
    ]:
        assert furniture_reason(line) is None, line


def test_a_credit_sentence_inside_a_paragraph_is_dropped_and_listed():
    text = "The fire was contained on Tuesday. Fox News' Jane Doe contributed to this report."
    article = Article("a.txt", "Outlet A", [Paragraph(text, 3)])
    sentences = [Sentence("Outlet A", "a.txt", t, i, 0, 3, 2) for i, t in enumerate(text.split(". ", 1))]
    kept = drop_credit_sentences(article, sentences)
    assert [s.text for s in kept] == ["The fire was contained on Tuesday"] and kept[0].total == 1
    assert [(d.line, d.reason) for d in article.dropped] == [(3, "byline or credit line")]
    # Listed in the file's order among the lines dropped whole (an audit found a table out of order).
    article = Article("a.txt", "Outlet A", [Paragraph(text, 3)], dropped=[Dropped("a.txt", 9, "Advertisement", "ad")])
    drop_credit_sentences(article, sentences)
    assert [d.line for d in article.dropped] == [3, 9]


def test_a_note_in_parentheses_of_several_sentences_is_dropped_and_listed_but_the_facts_it_restates_stay():
    text = (
        "PORT TOWN, Ore. (Reuters) - (This March 9 story corrects the pier's length. The pier is 90 metres"
        " long. The error first appeared in an earlier version.) The harbour reopened on Monday."
    )
    assert furniture_reason(text) is None  # a note of several sentences is judged sentence by sentence
    article = Article("a.txt", "Outlet A", [Paragraph(text, 1)])
    pieces = split_sentences(text)
    assert pieces[0].startswith("PORT TOWN, Ore. (Reuters) - (This")  # the dateline is no sentence of its own
    sentences = [Sentence("Outlet A", "a.txt", t, i, 0, 1, len(pieces)) for i, t in enumerate(pieces)]
    kept = drop_credit_sentences(article, sentences)
    # The note's sentences about the story go; the fact it restates is the outlet's word and stays.
    assert [s.text for s in kept] == ["The pier is 90 metres long.", "The harbour reopened on Monday."]
    assert [d.reason for d in article.dropped] == ["editor's note (print, update or correction notice)"] * 2


def test_editors_notes_are_furniture_but_updates_with_news_are_not():
    for line in [
        "A version of this article appears in print on March 3, 2011, on page A9 of the New York edition.",
        "This story has been updated to note that the mayor confirmed the meeting.",
        "(Reuters) - (This March 9 story corrects the spelling of the harbour master's name in paragraph two.",
        "PORT TOWN, Ore. (Reuters) - (This March 9 story corrects the pier's length.",
        "An earlier version of this article misstated the number of passengers.",
        "Correction: The fire began on Friday, not Saturday.",
        "UPDATE:",
        "UPDATE at 11:00 ET:",  # an update header with its time (audit 88: it was called a "lead-in")
        "Update 4:10 p.m.:",
        "We have updated this post since the harbour master was named.",
    ]:
        assert sentence_furniture(line) == "editor's note (print, update or correction notice)", line
        assert furniture_reason(line) == "editor's note (print, update or correction notice)", line
    for line in [
        "UPDATE: The mayor said in a statement that the bridge will reopen on Monday.",
        "The story has gripped the town since Friday.",
        "Officials updated the death toll to 19 on Monday.",
        "Thank you to our first responders! — Jane Roe (@janeroe) February 4, 2018",  # an embedded post: content
    ]:
        assert sentence_furniture(line) is None, line
