"""Claim pages for fact-level claims: a sentence's part set off, two sentences of one outlet, outlets counted."""

from __future__ import annotations

import re
from dataclasses import replace

from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import Environment, FileSystemLoader

from generator.compare import compare_story, mark_denied
from generator.model import Article, Claim, Paragraph, Sentence, Story
from generator.pages import TEMPLATE_FILTERS, claim_context, claim_counts, elsewhere, heading

from .conftest import ROOT

A1 = "Peskov said the report was false, and he added that Putin had no plans to call Trump."
A2 = "The Kremlin called the report pure fiction."
B1 = "The Kremlin said the report of a call was false."


def story() -> Story:
    a = Article("a.md", "Outlet A", [Paragraph(f"{A1} {A2}", 3)], title="Kremlin denies call", date="2024-11-11")
    b = Article("b.md", "Outlet B", [Paragraph(B1, 1)], url="https://example.com/b")
    s_a1 = Sentence("Outlet A", "a.md", A1, 0, 0, 3, 2)
    s_a2 = Sentence("Outlet A", "a.md", A2, 1, 0, 3, 2)
    s_b1 = Sentence("Outlet B", "b.md", B1, 0, 0, 1, 1)
    part = (0, A1.index(", and"))
    claim = Claim("the-kremlin-said-1a2b3c", B1[:30] + "…", [s_a1, s_a2, s_b1], number=1, parts={s_a1.key: part})
    return Story("s", "S", [a, b], [claim])


def render(context: dict) -> BeautifulSoup:
    return render_page(story(), context)


def render_page(s: Story, context: dict) -> BeautifulSoup:
    env = Environment(loader=FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True)
    env.filters.update(TEMPLATE_FILTERS)
    html = env.get_template("claim.html").render(
        SITEURL="..", SITENAME="Digest", DEFAULT_LANG="en", story=s, story_url="s/index.html", **context
    )
    return BeautifulSoup(html, "html.parser")


def _two_outlets(a_text: str, b_text: str) -> Story:
    """A story of one claim told by two outlets, one sentence each."""
    a = Article("a.md", "Outlet A", [Paragraph(a_text, 1)])
    b = Article("b.md", "Outlet B", [Paragraph(b_text, 1)])
    s_a, s_b = Sentence("Outlet A", "a.md", a_text, 0, 0, 1, 1), Sentence("Outlet B", "b.md", b_text, 0, 0, 1, 1)
    return Story("s", "S", [a, b], [Claim("c-1", b_text, [s_a, s_b], number=1)])


def test_a_claim_told_in_two_sentences_by_one_outlet_counts_outlets():
    s = story()
    context = claim_context(s, 0)
    assert [w["outlet"] for w in context["wordings"]] == ["Outlet A", "Outlet B"]
    assert [len(w["sentences"]) for w in context["wordings"]] == [2, 1]
    assert [(p["a"], p["b"]) for p in context["pairs"]] == [("Outlet A", "Outlet B")]
    assert heading(s.claims[0]) == B1
    page = render(context)
    assert " ".join(page.find(class_="coverage").get_text().split()).startswith("All 2 outlets reported this")
    assert [s.get_text() for s in page.select(".pairs summary")] == ["Outlet A and Outlet B"]


def test_the_key_speaks_of_a_box_only_where_a_card_shows_one():
    """A part that leaves out only punctuation is shown as the whole sentence, with no box: the key
    then says nothing of boxes (an audit found "boxed" on nine pages with none)."""
    s = story()
    s.claims[0].parts = {s.claims[0].members[0].key: (0, len(A1) - 1)}
    context = claim_context(s, 0)
    assert not any(x["part"] for w in context["wordings"] for x in w["sentences"])
    page = render(context)
    assert not page.select("article.wording .part")
    assert "boxed" not in page.find(class_="legend").get_text()
    assert "boxed" in render(claim_context(story(), 0)).find(class_="legend").get_text()


def test_the_part_that_tells_the_claim_is_set_off_and_labelled():
    context = claim_context(story(), 0)
    first = context["wordings"][0]["sentences"][0]
    assert first["part"] and first["before"] == "" and first["after"] == A1[A1.index(", and") :]
    page = render(context)
    part = page.select_one("article.wording p.text .part")
    labels = [x.get_text().strip() for x in part.select(".visually-hidden")]
    # Said in words, not brackets: a sentence's own brackets cannot be told from them by ear (an audit).
    assert labels == ["(the part that tells this claim begins)", "(the part ends)"]
    for hidden in part.select(".visually-hidden"):
        hidden.decompose()
    assert " ".join(part.get_text().split()) == "Peskov said the report was false"
    assert page.select_one("article.wording p.text .rest").get_text().startswith(", and he added")
    assert "boxed" in page.find(class_="legend").get_text()
    line = page.select_one("article.wording p.source")
    for hidden in line.select(".visually-hidden"):
        hidden.decompose()
    seen = " ".join(line.get_text().split())
    assert seen.startswith("Outlet A, “Kremlin denies call”, 11 November 2024 · paragraph 1 of 1")


def test_the_widest_claims_leave_no_tie_out():
    """'Every claim told by k or more' is true: no claim told by as many outlets is left out."""
    from generator.model import Article, Claim, Sentence, Story
    from generator.pages import story_overview

    outlets = [f"Outlet {i}" for i in range(7)]

    def claim(i: int, told_by: int) -> Claim:
        members = [Sentence(o, f"{j}.txt", f"Fact {i} by {o}.", i, 0, 1, 9) for j, o in enumerate(outlets[:told_by])]
        return Claim(f"c{i}", f"Fact {i}", members)

    counts = [3, 3, 3, 3, 2, 2, 2, 2, 1]  # no claim by more than half of 7; the fifth widest is told by 2
    articles = [Article(f"{j}.txt", o, []) for j, o in enumerate(outlets)]
    story = Story("s", "S", articles, [claim(i, k) for i, k in enumerate(counts)])
    overview = story_overview(story)
    assert overview["agreed_least"] == 2 and len(overview["agreed"]) == 8
    # An outlet that is only a weaker match is not counted: four of seven, one weak, is no majority.
    majority = [claim(0, 4), claim(1, 4)]
    majority[0].weak = ["Outlet 3"]
    overview = story_overview(Story("s", "S", articles, majority))
    assert overview["agreed_is_majority"] and [c.id for c in overview["agreed"]] == ["c1"]


def test_a_condition_after_the_part_stays_in_its_box():
    """A part followed by its condition ("[...] if the council passes the plan") takes it in, to the next
    break between clauses; a part never ends at "as" after "so long" (no clause opens there)."""
    from generator.pages import shown_part

    t = "The mayor said traders expect more visitors in June if the council passes the plan; the clerk disagreed."
    assert shown_part(t, 0, t.index(" if")) == (0, t.index(";"))
    u = "The mayor said traders expect more visitors in June if the council passes the plan and urged all to read it."
    assert shown_part(u, 0, u.index(" if")) is None  # no break after the condition: the whole sentence
    w = "The clerk said the ferry would run, unless the storm turned; crews waited."
    assert shown_part(w, 0, w.index(", unless")) == (0, w.index(";"))
    v = "Asked about the plan, the clerk said any change was welcome, so long as it did not slow the ferry, and left."
    assert shown_part(v, v.index("the clerk"), v.index(" as it")) == (v.index("the clerk"), v.index(", and"))
    x = "The mayor said traders expect more visitors, and the clerk disagreed."
    assert shown_part(x, 0, x.index(", and")) == (0, x.index(", and"))  # no condition after: as before


def test_outlets_named_in_a_sentence_are_listed_as_a_sentence_lists_them():
    env = Environment(loader=FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True)
    env.filters.update(TEMPLATE_FILTERS)
    listing = env.from_string('{% from "parts.html" import names_list %}{{ names_list(names) }}')
    assert listing.render(names=["Outlet A"]) == "Outlet A"
    assert listing.render(names=["Outlet A", "Outlet B"]) == "Outlet A and Outlet B"
    assert listing.render(names=["Outlet A", "Outlet B", "Outlet C"]) == "Outlet A, Outlet B and Outlet C"


def test_the_part_set_off_keeps_its_condition_and_quotation_whole():
    from generator.pages import shown_part

    s = "If they restart their programme, they will pay a big price, and the talks will end."
    assert shown_part(s, s.index("they will"), s.index(", and")) == (0, s.index(", and"))
    q = "He said: “We will stay here until the end, no matter what,” as the crews left."
    assert shown_part(q, q.index("We"), q.index(", no")) == (q.index("“"), q.index("”") + 1)  # marks and all
    t = "The fire destroyed 200 homes."
    assert shown_part(t, 0, len(t) - 1) is None  # all but the full stop: the whole sentence
    assert shown_part(t, 4, 8) is None  # a phrase cut from its clause: no box (the whole sentence)
    b = "It launched two long-range rockets (LRRs), and the agency grew."
    assert shown_part(b, 0, b.index("LRRs") + 4) == (0, b.index(")") + 1)  # no "(LRRs" cut off
    k = "The agency grew, and (the LRRs flew far) last year."
    assert shown_part(k, k.index("the LRRs"), len(k) - 1) == (k.index("("), len(k) - 1)
    # A negation of the part's clause stays with it: boxed without it, the part reads as the opposite.
    n = "Nor is the merger likely to raise prices, and the board agreed."
    assert shown_part(n, n.index("is the"), n.index(", and")) == (0, n.index(", and"))
    d = "The ferry didn’t sail on Monday, and the quay stayed shut for a week."
    assert shown_part(d, d.index("sail"), d.index(", and")) == (0, d.index(", and"))
    c = "Nobody was hurt, but the quay stayed shut for a week."  # another clause's negation: not taken
    assert shown_part(c, c.index("the quay"), c.index(" for")) == (c.index("the quay"), len(c))
    # Who says it stays with what they said: boxed alone, an account reads as a fact.
    f = "The mayor said on Monday that the pier will reopen in May, aides recalled."
    assert shown_part(f, f.index("the pier"), f.index(", aides")) == (0, f.index(", aides"))
    g = "Crews worked all night, and the mayor said it was over but that (Harbour Chief) Bo Lee would stay, he added."
    assert shown_part(g, g.index("Bo Lee"), g.index(", he")) == (g.index("and the"), len(g))
    # A part cut from what it qualifies, or from whom it is about, is boxed from the sentence's start.
    # (And, since session 42, runs on to the main clause its "if" waits for: here the whole sentence.)
    w = "Asked whether the harbour would cope if the ferry stopped for a month, the clerk shrugged."
    assert shown_part(w, w.index("the ferry"), w.index(", the clerk")) is None
    w = "Asked whether the harbour would cope if the ferry stopped for a month, the clerk shrugged, and left."
    assert shown_part(w, w.index("the ferry"), w.index(", the clerk")) == (0, w.index(", and"))
    v = "The clerk thanked the crews, who worked through the night, and went home."
    assert shown_part(v, v.index("who worked"), v.index(", and"))[0] == 0
    u = "The clerk closed the quay that the storm had broken, and went home."
    assert shown_part(u, u.index("that the"), u.index(", and")) == (0, u.index(", and"))
    r = "The rule that the harbour board set in May stays in force, and the quay is shut."  # no saying
    assert shown_part(r, r.index("the harbour"), r.index(" stays")) == (0, r.index(", and"))


def test_the_part_set_off_takes_in_who_says_it_at_the_end_and_is_never_only_a_condition():
    """Invented sentences. A tag at the sentence's end (", the office said on Friday.", ", according to
    ...", "said Ann Roe, a clerk who ...") goes into the box, however far after the part; words after
    the part that only look like one ("shortly before the crews announced", "said the plan was") do
    not. A part that is only a condition or a concession is no box: the whole sentence is shown."""
    from generator.pages import shown_part

    a = "The pier will reopen in May, and the ferry will run again, the harbour office said on Friday."
    assert shown_part(a, a.index("the ferry"), a.index(", the harbour")) == (a.index("the ferry"), len(a))
    assert shown_part(a, 0, a.index(", and")) is None  # the whole sentence
    b = "The storm broke 30 boats, according to the port office."
    assert shown_part(b, 0, b.index(", acc")) is None
    q = "“The real work starts today,” said Bo Lee, one of the organisers who met the crews."
    assert shown_part(q, 1, q.index(",”")) is None  # the opening mark, the quote and its tag: all of it
    c = "The quay reopened at noon, and the crews went home, police have insisted."
    assert shown_part(c, c.index("the crews"), c.index(", police")) == (c.index("the crews"), len(c))
    for text in (
        "Officials reopened the quay, shortly before the crews announced a pause.",
        "The board met at noon, said the plan was sound and left.",
    ):
        assert shown_part(text, 0, text.index(",")) == (0, text.index(","))
    # Only a condition or a concession: no box. With what it qualifies: boxed whole.
    i = "If you enter the harbour at night, you will be fined."
    assert shown_part(i, 0, i.index(", you")) is None
    j = "If you enter the harbour at night, or after a storm, you will be fined."  # commas inside it
    assert shown_part(j, 0, j.index(", you")) is None
    h = "And while the quay is closed, the ferry runs from the beach, the clerk said."
    assert shown_part(h, h.index("the quay"), h.index(", the ferry")) is None
    assert shown_part(h, 0, h.index(", the clerk")) is None  # the tag runs it to the end


def test_the_part_set_off_never_cuts_a_phrase():
    """Invented sentences. A part ends at punctuation or a conjunction and begins after one (or at the
    sentence's edge); one that cuts a phrase ("to the spot [where ...]", "came [hours after ...]") runs on
    to the nearest break between clauses (a semicolon, a comma before a conjunction), else to the
    sentence's edge: not to a comma inside its clause."""
    from generator.pages import shown_part

    a = "The crews took boats from the harbour to the spot where the river meets the sea."
    assert shown_part(a, 0, a.index(" where")) is None
    b = "The decision came hours after the storm passed, and the pier reopened on Monday."
    assert shown_part(b, b.index("hours"), b.index(", and")) == (0, b.index(", and"))
    # Only the clause after "after": no fact of its own (audit 66), boxed with what it qualifies.
    assert shown_part(b, b.index("the storm"), b.index(", and")) == (0, b.index(", and"))
    c = "The port closed the quay that the storm broke, and the ferry ran late."
    assert shown_part(c, 0, c.index(" that")) == (0, c.index(", and"))
    d = "The report described a talk in which Ann Roe, speaking from home, urged calm."
    assert shown_part(d, 0, d.index(" in which")) is None
    e = "“The pier is safe,” Ann Roe said on Friday, after the inspection."
    assert shown_part(e, 1, e.index(",”")) is None  # the quotation, then who said it: all of it
    g = "Crews, some of whom had come from as far as Port Town, rallied on Sunday, and the quay reopened."
    assert shown_part(g, g.index("Port Town"), g.index(", and")) == (0, g.index(", and"))  # "as far as" opens nothing
    f = "Nobody was hurt; the quay that the storm broke stays shut, the clerk said."
    assert shown_part(f, f.index("the quay"), f.index(" that")) == (f.index("the quay"), len(f))


@given(st.text(alphabet='ab “”",.If()', max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_a_part_set_off_stays_inside_its_sentence(text, a, b):
    from generator.pages import shown_part

    span = shown_part(text, min(a, b), max(a, b))
    assert span is None or 0 <= span[0] <= span[1] <= len(text)


def test_a_pair_view_is_shown_only_for_wordings_that_keep_words_in_the_same_order():
    from generator.diff import mark_moves, pair_diff
    from generator.pages import _readable

    a = "The council closed the old pier on Monday after a storm."
    b = "The council closed the old pier on Monday."
    c = "After a storm on Monday, the old pier was closed by the council."
    assert _readable(mark_moves(pair_diff(a, b), a, b), a, b)  # a word-by-word view reads well
    assert _readable(mark_moves(pair_diff(a, c), a, c), a, c) == []  # the same words, shuffled: none


def test_a_dateline_is_shown_in_grey_and_never_compared():
    a_text = "PORT TOWN (AP) — The council closed the pier on Monday."
    b_text = "The council closed the pier in Port Town on Monday."
    s = _two_outlets(a_text, b_text)
    context = claim_context(s, 0)
    first = context["wordings"][0]["sentences"][0]
    assert first["before"] == "PORT TOWN (AP) — " and not first["part"]
    page = render_page(s, context)
    card = page.select_one("article.wording p.text")
    # Grey, and said to a screen reader: not compared.
    assert (
        " ".join(card.select_one(".rest").get_text().split()) == "(not compared) PORT TOWN (AP) — (compared from here)"
    )
    assert not any("PORT" in m.get_text() or "TOWN" in m.get_text() for m in card.select("[data-mark]"))
    assert "dateline" in page.find(class_="legend").get_text()
    assert "PORT" not in " ".join(x.get_text() for x in page.select(".pairs .diff"))


def test_an_embedded_posts_links_and_signature_are_grey_and_never_compared():
    a_text = "The pier is closed until Friday. pic.twitter.com/AbC123 — Port Town Police (@PortTownPD) May 2, 2025"
    b_text = "Police said the pier is closed until Friday."
    s = _two_outlets(a_text, b_text)
    context = claim_context(s, 0)
    page = render_page(s, context)
    first = next(w for w in context["wordings"] if w["outlet"] == "Outlet A")["sentences"][0]
    assert first["after"].strip().startswith("pic.twitter.com/AbC123 — Port Town Police") and not first["part"]
    card = next(c for c in page.select("article.wording p.text") if "twitter" in c.get_text())
    rest = " ".join(card.select_one(".rest").get_text().split())
    assert rest.startswith("(not compared from here) pic.twitter.com/AbC123 — Port Town Police")
    assert not any("twitter" in m.get_text() or "PortTownPD" in m.get_text() for m in card.select("[data-mark]"))
    assert "embedded post" in page.find(class_="legend").get_text()
    assert "twitter" not in " ".join(x.get_text() for x in page.select(".pairs .diff"))


def test_a_live_blogs_update_header_is_grey_and_never_compared():
    a_text = "UPDATE: 4:10 p.m. -- The council closed the pier on Monday."
    b_text = "The council closed the pier on Monday."
    s = _two_outlets(a_text, b_text)
    context = claim_context(s, 0)
    first = next(w for w in context["wordings"] if w["outlet"] == "Outlet A")["sentences"][0]
    assert first["before"] == "UPDATE: 4:10 p.m. -- " and not first["part"]
    page = render_page(s, context)
    assert "update header" in page.find(class_="legend").get_text()
    assert "dateline" not in page.find(class_="legend").get_text()
    assert not any("UPDATE" in m.get_text() for m in page.select("[data-mark]"))
    assert "UPDATE" not in " ".join(x.get_text() for x in page.select(".pairs .diff"))


def test_a_conflict_the_claim_shows_itself_is_not_also_its_other_side():
    """A claim whose "What differs" lists a conflict between its sentences does not show the story's
    wider item of that conflict (the same values and one outlet more, across two claims) again as
    "The other side"; the other claim of that item does."""
    from generator.compare import Difference, Disagreement

    a = Sentence("Outlet A", "a.md", "Two others were hurt when the pier fell.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.md", "Four others were hurt when the pier fell.", 0, 0, 1, 1)
    c = Sentence("Outlet C", "c.md", "Several others were hurt at the harbour.", 0, 0, 1, 1)
    here = Claim("c-1", "c-1", [a, b], number=1)
    here.differences = [Difference("numbers", "Different numbers (A: two; B: four).", {}, True, (a.key, b.key))]
    there = Claim("c-2", "c-2", [c], number=2)
    articles = [Article(f"{o}.md", f"Outlet {o.upper()}", [Paragraph("x", 1)]) for o in "abc"]
    s = Story("s", "S", articles, [here, there])
    s.disagreements = [
        Disagreement("numbers", "Different numbers (A: two; B: four; C: several).", ("c-1", "c-2"), (a, b, c))
    ]
    assert claim_context(s, 0)["disputes"] == []
    assert [m.key for m in claim_context(s, 1)["disputes"][0]["other_side"]] == [a.key, b.key]


def test_a_conflict_of_other_figures_in_the_same_sentences_does_not_hide_the_other_side():
    """Two sentences of a claim may carry two figures: the claim's own conflict over one ("about 600
    people" / "700 residents") does not stand for the story's item over the other ("about 200 homes"
    / "250 homes") that links the claim: its page shows that item as the other side."""
    from generator.compare import Difference, Disagreement

    a = Sentence("Outlet A", "a.md", "About 200 homes burned in the town of about 600 people.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.md", "The fire burned homes in the town of 700 residents.", 0, 0, 1, 1)
    c = Sentence("Outlet C", "c.md", "Another 250 homes are threatened.", 0, 0, 1, 1)
    here = Claim("c-1", "c-1", [a, b], number=1)
    own = {"Outlet A": ["about 600 people"], "Outlet B": ["700 residents"]}
    here.differences = [Difference("numbers", "Different numbers (A: about 600 people; B: 700 residents).", own, True,
                                   (a.key, b.key))]  # fmt: skip
    there = Claim("c-2", "c-2", [c], number=2)
    articles = [Article(f"{o}.md", f"Outlet {o.upper()}", [Paragraph("x", 1)]) for o in "abc"]
    s = Story("s", "S", articles, [here, there])
    values = {"Outlet A": ["about 200 homes"], "Outlet C": ["250 homes"]}
    s.disagreements = [
        Disagreement("numbers", "Different numbers (A: about 200 homes; C: 250 homes).", ("c-1", "c-2"), (a, c), values)
    ]
    shown = claim_context(s, 0)["disputes"]
    assert [m.key for m in shown[0]["other_side"]] == [c.key] and [m.key for m in shown[0]["this_side"]] == [a.key]
    here.differences = [Difference("numbers", "Different numbers.", {"Outlet A": ["about 200 homes"]}, True, (a.key,))]
    assert claim_context(s, 0)["disputes"] == []  # the same figure: the claim shows it itself


def test_the_other_sides_claims_are_links_set_apart():
    """Two claims on the other side are two links a reader can tell apart, not one run of text."""
    from generator.compare import Disagreement

    a = Sentence("Outlet A", "a.md", "Two boats sank at the pier on Friday.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.md", "Four boats sank at the pier on Friday.", 0, 0, 1, 1)
    c = Sentence("Outlet C", "c.md", "Four boats went down at the harbour.", 0, 0, 1, 1)
    claims = [Claim(f"c-{i}", f"c-{i}", [m], number=i) for i, m in enumerate((a, b, c), start=1)]
    articles = [Article(f"{o}.md", f"Outlet {o.upper()}", [Paragraph("x", 1)]) for o in "abc"]
    s = Story("s", "S", articles, claims)
    s.disagreements = [
        Disagreement("numbers", "Different numbers (A: two; B, C: four).", ("c-1", "c-2", "c-3"), (a, b, c))
    ]
    page = render_page(s, claim_context(s, 0))
    links = page.select(".disputes .meta a")
    assert [x.get_text() for x in links] == ["Claim 2: c-2", "Claim 3: c-3"]  # each claim by its heading
    # A line may break before the separator's dot, never after it (an audit saw a line end with "·").
    assert " ·\xa0" in page.select_one(".disputes .meta").get_text()


def test_a_link_to_a_claim_headed_by_this_pages_side_says_so():
    """Invented text. B's claim is the other side of A's "unlikely to meet"; C's "expected to meet",
    on B's side, heads the claim A's sentence is in: the link says its heading gives this page's side,
    not that it is no side (audit 122 read that note as false)."""
    from generator.compare import Disagreement

    a = Sentence("Outlet A", "a.md", "The mayor is unlikely to meet the governor on the ferry.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.md", "Reports suggest the mayor will meet the governor on the ferry.", 0, 0, 1, 1)
    c = Sentence("Outlet C", "c.md", "The mayor is expected to meet the governor on the ferry.", 0, 0, 1, 1)
    this = Claim("c-1", "c-1", [b], number=1, heading_key=b.key)
    that = Claim("c-2", "c-2", [c, a], number=2, heading_key=c.key)
    articles = [Article(f"{o}.md", f"Outlet {o.upper()}", [Paragraph("x", 1)]) for o in "abc"]
    s = Story("s", "S", articles, [this, that])
    values = {"Outlet A": ["not meet"], "Outlet B": ["meet"], "Outlet C": ["meet"]}
    s.disagreements = [Disagreement("negation", "A says the opposite.", ("c-1", "c-2"), (a, b, c), values)]
    page = render_page(s, claim_context(s, 0))
    [link] = page.select(".disputes .meta a")
    assert link.get_text().startswith("Claim 2 (its heading, Outlet C’s sentence, gives this page’s side): ")
    assert [li.get_text() for li in page.select(".disputes ul.by-outlet li")] == [f"Outlet A: {a.text}"]


def test_a_name_spelt_another_way_elsewhere_is_no_other_side():
    """Invented text. Outlet A spells a name "Vincente" where B and C write "Vicente": on the claim of B's
    and C's sentences, the spelling is said apart, not as "The other side" of its fact (audit 126 read
    "The other side" of the claim that Roa will not pay as a dispute about whether he will)."""
    from generator.compare import Disagreement

    a = Sentence("Outlet A", "a.md", "Former governor Vincente Roa said he will not pay for the pier.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.md", "Vicente Roa, a former governor, will not pay for the pier.", 0, 0, 1, 1)
    c = Sentence("Outlet C", "c.md", "Vicente Roa said the pier is not his to pay for.", 0, 0, 1, 1)
    this = Claim("c-1", "c-1", [b, c], number=1, heading_key=b.key)
    that = Claim("c-2", "c-2", [a], number=2, heading_key=a.key)
    articles = [Article(f"{o}.md", f"Outlet {o.upper()}", [Paragraph("x", 1)]) for o in "abc"]
    s = Story("s", "S", articles, [this, that])
    summary = "One name spelt two ways (Outlet B and Outlet C: Vicente Roa; Outlet A: Vincente Roa)."
    values = {"Outlet A": ["Vincente Roa"], "Outlet B": ["Vicente Roa"], "Outlet C": ["Vicente Roa"]}
    s.disagreements = [Disagreement("names", summary, ("c-1", "c-2"), (a, b, c), values, spelling=True)]
    page = render_page(s, claim_context(s, 0))
    assert page.select_one("section.disputes") is None
    [item] = page.select("section.spellings > ul > li")
    assert item.select_one("span.tag").get_text() == "Spelling:"
    assert [x.get_text() for x in item.select(".meta a")] == ["Claim 2: c-2"]
    assert [li.get_text() for li in item.select("ul.by-outlet li")] == [f"Outlet A: {a.text}"]


def test_a_claim_holding_a_side_only_as_a_further_fact_is_not_flagged_as_differing():
    """Invented text. A's "two boats" and B's "four boats" are the two sides; claim 3, about the storm,
    holds B's sentence only as a further fact it also tells: the story page does not flag claim 3
    "outlets differ on a value here" (audit 127 read such flags on six claims no side disputes)."""
    from generator.compare import Disagreement
    from generator.pages import differs_here

    a = Sentence("Outlet A", "a.md", "Two boats sank at the pier on Friday.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.md", "Four boats sank at the pier on Friday in the storm.", 0, 0, 1, 1)
    c = Sentence("Outlet C", "c.md", "The storm hit the harbour on Friday.", 0, 0, 1, 1)
    claims = [
        Claim("c-1", "c-1", [a], number=1),
        Claim("c-2", "c-2", [b], number=2),
        Claim("c-3", "c-3", [c, b], number=3, joined={b.key}),
    ]
    articles = [Article(f"{o}.md", f"Outlet {o.upper()}", [Paragraph("x", 1)]) for o in "abc"]
    s = Story("s", "S", articles, claims)
    s.disagreements = [Disagreement("numbers", "Different numbers.", ("c-1", "c-2", "c-3"), (a, b))]
    assert differs_here(s) == {"c-1", "c-2"}


def test_a_disagreement_whose_side_is_a_weaker_match_says_so_on_the_story_page():
    """As the claim page says beside its own conflict, the story page says which side is only a weaker
    match in its claim (an audit read the caveat on a claim page and not beside the story's item)."""
    from generator.compare import Disagreement
    from generator.pages import _story_context, weak_sides

    a = Sentence("Outlet A", "a.md", "“Had he reloaded, we would all be gone,” Bo Lee said.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.md", "“Had he had a chance to reload, we would be gone,” Lee said.", 0, 0, 1, 1)
    articles = [Article(f"{o}.md", f"Outlet {o.upper()}", [Paragraph(m.text, 1)]) for o, m in (("a", a), ("b", b))]
    claim = Claim("c-1", "c-1", [a, b], number=1)
    s = Story("s", "S", articles, [claim])
    s.disagreements = [Disagreement("quotes", "The same words quoted differently (...).", ("c-1",), (a, b))]
    assert weak_sides(s) == {}
    claim.weak = ["Outlet B"]
    assert weak_sides(s) == {0: ["Outlet B"]}
    env = Environment(loader=FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True)
    env.filters.update(TEMPLATE_FILTERS)
    html = env.get_template("story.html").render(
        SITEURL="..", SITENAME="Digest", DEFAULT_LANG="en", **_story_context(s)
    )
    item = BeautifulSoup(html, "html.parser").select_one("ul.differ li").get_text(" ", strip=True)
    assert "(Outlet B is only a weaker match in that claim: its values may be another fact's.)" in item
    # Across two claims, the claim that holds the side's sentence (an audit read "in these claims" of
    # an outlet weak in one of them and a full reporter in the other).
    other = Claim("c-2", "c-2", [Sentence("Outlet B", "b.md", "Lee told reporters so.", 1, 0, 1, 1)], number=2)
    s.claims.append(other)
    s.disagreements = [Disagreement("quotes", "The same words quoted differently (...).", ("c-1", "c-2"), (a, b))]
    html = env.get_template("story.html").render(
        SITEURL="..", SITENAME="Digest", DEFAULT_LANG="en", **_story_context(s)
    )
    item = BeautifulSoup(html, "html.parser").select_one("ul.differ li").get_text(" ", strip=True)
    assert "(Outlet B is only a weaker match in the claim that holds its sentence:" in item
    claim.weak = ["Outlet A", "Outlet B"]
    assert weak_sides(s) == {}  # every side weak: the claim's own line says so


def test_a_sentence_in_many_other_claims_lists_them_in_a_closed_box():
    """A lead in five claims: on each claim page its links to the four others sit in a closed
    "details" box whose summary counts them (an audit found ten such lines pushing the next card
    screens down on a phone); a sentence in two claims keeps its one line."""
    lead = "The storm broke the pier, sank three boats, closed the school, cut the power and flooded the quay."
    a = Article("a.md", "Outlet A", [Paragraph(lead, 1)])
    b_texts = ["The pier broke.", "Three boats sank.", "The school closed.", "The power went out.", "The quay flooded."]
    b = Article("b.md", "Outlet B", [Paragraph(" ".join(b_texts), 1)])
    s_a = Sentence("Outlet A", "a.md", lead, 0, 0, 1, 1)
    s_b = [Sentence("Outlet B", "b.md", t, i, 0, 1, 5) for i, t in enumerate(b_texts)]
    claims = [Claim(f"c-{i}", t, [s_a, s_b[i]], number=i + 1, heading_key=s_b[i].key) for i, t in enumerate(b_texts)]
    page = render_page(Story("s", "S", [a, b], claims), claim_context(Story("s", "S", [a, b], claims), 0))
    box = page.select_one("details.also-more")
    assert box is not None and "4 other claims" in box.summary.get_text()
    assert len(box.select("p.also a")) == 4
    two = Story("s", "S", [a, b], claims[:2])
    page = render_page(two, claim_context(two, 0))
    assert page.select_one("details.also-more") is None and len(page.select("p.also a")) == 1


def test_a_box_is_never_only_when_or_why_nor_starts_after_the_word_that_opens_its_clause():
    """Invented sentences. A part that is only a clause of when or why ("[When the gale came], ...",
    "... sank when [the gale came]") is no fact of its own: the whole sentence is shown; so is a part
    that begins right after the word that opens the sentence's clause ("As [the gale neared, ...]"). A
    clause a comma sets off after a day tells its own fact ("began in May, [when the pier closed]")
    and keeps its box."""
    from generator.pages import shown_part

    s = "When the gale came, the ferry stopped for the night."
    assert shown_part(s, 0, s.index(",")) is None
    t = "The ferry sank when the gale came over the headland."
    assert shown_part(t, t.index("the gale"), len(t) - 1) is None
    u = "As the gale neared the quay, the mayor closed the ferry."
    assert shown_part(u, u.index("the gale"), len(u)) is None
    v = "The repairs began in May, when the crews closed the pier for the summer."
    assert shown_part(v, v.index("when"), len(v) - 1) == (v.index("when"), len(v) - 1)
    for x in (
        "PORT TOWN — As the gale neared the quay, the mayor closed the ferry.",
        "Two crews were hurt on Monday, after the gale broke the sea wall.",
        "The crews sang on the quay as the ferry left the harbour.",
    ):
        cut = next(m.end() for m in re.finditer(r"\b(?:As|after|as) ", x))
        assert shown_part(x, cut, len(x) - 1) is None, x
    w = "The ferry stopped, and the crews left when the gale came."
    assert shown_part(w, w.index("the crews"), len(w) - 1) == (w.index("the crews"), len(w) - 1)


def test_a_box_takes_in_the_main_clause_of_a_when_it_opens_and_never_starts_at_a_closing_mark():
    """Invented sentence. A part that opens a clause of when or if and stops before that clause's
    main clause ("[Roe said that when the council built it in 2015], it should ...") runs on to take it;
    a relative clause after the part (", which ...") is no such main clause. A part never begins with
    the closing mark of the quotation before it."""
    from generator.pages import shown_part

    t = (
        '"If the storm hits, we will close the pier," Roe said, noting that when the council built it in 2015, '
        'it "should have made it higher."'
    )
    assert shown_part(t, t.index('" Roe'), t.index(", it")) == (t.index("Roe said"), len(t))
    u = "Two of the crew were hurt when the wave struck, which surprised the harbour office."
    assert shown_part(u, 0, u.index(", which")) == (0, u.index(", which"))


def test_a_box_keeps_a_wherever_before_it_and_never_ends_between_a_subject_and_its_verb():
    """Invented sentences. "Wherever there is trouble — A, B — [the storm is behind it]" keeps its
    condition; a part that is a subject ("[Crossing at the quay], as the crews plan to, does not break
    the rule") runs on to its verb and what it says, negation and all."""
    from generator.pages import shown_part

    w = "Wherever there is trouble — the quay, the pier, anywhere — the storm is behind it, she said."
    assert shown_part(w, w.index("the storm"), len(w) - 1) is None
    s = "And crossing at the quay, as the crews plan to do, does not break the rule, the clerk says; the mayor agrees."
    assert shown_part(s, s.index("crossing"), s.index(", does")) == (s.index("crossing"), s.index(";"))
    t = "The tolls, which rose in May, are paid at the quay, and the ferry runs at noon."
    assert shown_part(t, 0, t.index(", are")) == (0, t.index(", and"))


def test_a_cards_weaker_sentences_say_the_whole_note_once():
    """Two weaker-match sentences in one card: the first says what a weaker match is, the second only
    that it is one too (audit 104: a screen reader heard the long note five times over on one card)."""
    texts = [
        "The ferry left the harbour at noon.",
        "The harbour was calm in the morning.",
        "Crews had checked the ferry the night before.",
    ]
    a = Article("a.md", "Outlet A", [Paragraph(" ".join(texts), 1)])
    b = Article("b.md", "Outlet B", [Paragraph("The ferry left at noon.", 1)])
    mine = [Sentence("Outlet A", "a.md", t, i, 0, 1, 3) for i, t in enumerate(texts)]
    theirs = Sentence("Outlet B", "b.md", "The ferry left at noon.", 0, 0, 1, 1)
    claim = Claim("c-1", "The ferry left at noon.", [*mine, theirs], number=1)
    claim.weak_sentences = [mine[1].key, mine[2].key]
    s = Story("s", "S", [a, b], [claim])
    page = render_page(s, claim_context(s, 0))
    notes = [" ".join(n.get_text().split()) for n in page.select("article.wording p.weak-sentence")]
    assert len(notes) == 2
    assert notes[0].startswith("A weaker match, the sentence below: it matches the other outlets’ less well")
    assert notes[1] == "A weaker match too, the sentence below."
    for note in page.select("article.wording p.weak-sentence"):
        assert "text" in note.find_next_sibling()["class"]


def test_words_left_out_of_a_quote_are_heard_as_words_not_as_brackets():
    """Invented text. A conflict's summary marks the words of a long quote it leaves out "[…]": a
    screen reader hears "(words left out)", a sighted reader sees the mark, and the text is escaped."""
    from generator.compare import Difference

    a_text = "“We will mend the pier and the old sea wall by spring,” the mayor said."
    b_text = "“We will mend the pier by the summer,” the mayor said."
    s = _two_outlets(a_text, b_text)
    summary = "The same words quoted differently (Outlet A: […] by spring <now>; Outlet B: […] by the summer)."
    s.claims[0].differences = [Difference("quotes", summary, {}, True, tuple(m.key for m in s.claims[0].members))]
    item = render_page(s, claim_context(s, 0)).select_one("li.diff-quotes strong")
    assert [x.get_text() for x in item.select(".visually-hidden")] == ["(words left out)"] * 2
    assert [x.get_text() for x in item.select("[aria-hidden=true]")] == ["[…]"] * 2
    assert "by spring <now>" in item.get_text() and not item.select("now")


def test_a_marked_run_is_said_without_the_quotation_marks_inside_it():
    """Invented text. A run of words only one outlet uses may take in a quote's closing mark ("its
    job,” Mr."): the list a screen reader hears says the words, not the mark; an apostrophe inside a
    word stays, and an abbreviation keeps its stop."""
    from generator.pages import _said

    runs = [("unique", "done its job,” Mr.", " "), ("all", "Roe", " "), ("unique", "didn’t", " ")]
    assert _said(runs, "unique") == ["done its job, Mr.", "didn’t"]


def test_a_heading_printed_inside_quotation_marks_keeps_its_own_marks_paired():
    """Invented text. A pointer names the claim it leads to by its heading inside quotation marks: a
    heading that is one quotation loses its own marks; one that opens with a quote and goes on in the
    outlet's words keeps both of its marks (audit 110 read “Who goes there!" the guard shouts.”)."""
    from generator.pages import unquoted_heading

    assert unquoted_heading("“We are ready.”") == "We are ready."
    assert unquoted_heading('"Who goes there!" the guard shouts.') == '"Who goes there!" the guard shouts.'
    assert unquoted_heading('"We will," she said, "go on."') == '"We will," she said, "go on."'
    a = Sentence("Outlet A", "a.md", "The guard stopped the boat at the gate.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.md", "The guard stopped a boat.", 0, 0, 1, 1)
    c = Sentence("Outlet C", "c.md", '"Who goes there!" the guard shouts at the gate.', 0, 0, 1, 1)
    here = Claim("c-1", "c-1", [a, b], number=1, heading_key=a.key)
    here.elsewhere = {"Outlet C": c.key}
    there = Claim("c-2", c.text, [c], number=2, heading_key=c.key)
    articles = [Article(f"{o}.md", f"Outlet {o.upper()}", [Paragraph("x", 1)]) for o in "abc"]
    s = Story("s", "S", articles, [here, there])
    pointer = render_page(s, claim_context(s, 0)).select_one(".elsewhere .visually-hidden").get_text()
    assert pointer == ', headed “"Who goes there!" the guard shouts at the gate.”'


def test_the_label_of_a_heading_in_the_outlets_own_words_names_its_he_she_or_office():
    """Invented text. The word a "(he: Ann Roe)" label stands for: "he" or "she" outside any phrase the
    outlet quotes, or the office a sentence opens with; none for a quote, one a colon opens, or a
    sentence mostly quoted (those are the speaker's words, labelled "— Ann Roe")."""
    from generator.compare.speaking import frames_a_phrase, reported_word

    assert reported_word("He said the pier is “safe as houses” for now.") == "he"
    assert reported_word("Those repairs, she said, “were overdue.”") == "she"
    assert reported_word("The governor added that no boat was at the pier.") == "the governor"
    assert reported_word("He added: “We will mend the pier.”") == ""
    assert reported_word("“We will mend the pier and the wall by spring,” he said.") == ""
    assert reported_word("The pier will reopen in May.") == ""
    assert frames_a_phrase("He also urged boat owners to “stay in port.”")
    assert frames_a_phrase("The mayor also warned that the pier was unsafe.")
    assert not frames_a_phrase("“We will mend the pier by the spring,” he said.")
    # The pronoun doing anything, where the sentence quotes a phrase (audit 115: "— Ann Roe" read as
    # her words); not a quote's middle sentence, marked nowhere.
    assert frames_a_phrase("On Monday, he marvelled at what he called a “circus” on the pier.")
    assert frames_a_phrase("She called the new harbour levy “a tax on tides.”")
    assert not frames_a_phrase("He knows the harbour and the men who work it.")
    # The outlet's frame before a long quote is its account too (audit 116: "He's said the claims are
    # “...”" labelled as his words); a quote only a comma or a colon introduces is the speaker's.
    long = "“a tale that wrongs every crew on the quay and, worse, wrongs the harbour and the town.”"
    assert (
        frames_a_phrase(f"He’s said the claims are {long}")
        and reported_word(f"He’s said the claims are {long}") == "he"
    )
    assert reported_word(f"The mayor added that the claims are {long}") == "the mayor"
    assert not frames_a_phrase(f"He added, {long}") and reported_word(f"He added, {long}") == ""


def test_an_outlet_weak_here_and_the_other_side_there_is_explained_as_such_on_both_pages():
    """Invented text. An outlet held by a claim only as a weaker match, whose sentence in another claim
    is the claim's other side, shows ≠ (no ◐): the story page's keys explain ≠ and not ◐, and its card
    on the claim page points to "The other side" (session 74 left both untested)."""
    from generator.compare import Disagreement
    from generator.pages import _story_context

    texts = {
        "a": ["The mayor is unlikely to meet the governor on the ferry.", "The ferry leaves the harbour at noon."],
        "b": ["The mayor will meet the governor on the ferry on Friday."],
        "c": ["The mayor will meet the governor on the ferry, aides said."],
    }
    articles = [Article(f"{o}.md", f"Outlet {o.upper()}", [Paragraph(" ".join(t), 1)]) for o, t in texts.items()]
    sent = {
        (o, i): Sentence(f"Outlet {o.upper()}", f"{o}.md", t, i, 0, 1, len(ts))
        for o, ts in texts.items()
        for i, t in enumerate(ts)
    }
    a, a_weak, b, c = sent["a", 0], sent["a", 1], sent["b", 0], sent["c", 0]
    this = Claim("c-1", "c-1", [b, c, a_weak], number=1)
    this.weak_sentences, this.weak = [a_weak.key], ["Outlet A"]
    s = Story("s", "S", articles, [this, Claim("c-2", "c-2", [a], number=2)])
    values = {"Outlet A": ["not meet"], "Outlet B": ["meet"], "Outlet C": ["meet"]}
    s.disagreements = [Disagreement("negation", "Outlet A says the opposite.", ("c-1", "c-2"), (a, b, c), values)]
    env = Environment(loader=FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True)
    env.filters.update(TEMPLATE_FILTERS)
    html = env.get_template("story.html").render(
        SITEURL="..", SITENAME="Digest", DEFAULT_LANG="en", **_story_context(s)
    )
    page = BeautifulSoup(html, "html.parser")
    assert "◐" not in page.get_text() and "weaker match" not in " ".join(h.get_text() for h in page.select("p.hint"))
    assert "≠ tells it with another value" in page.get_text()
    card = render_page(s, claim_context(s, 0)).select_one("section.wordings").get_text(" ", strip=True)
    assert "Its sentence that tells this fact, with another value, is under “The other side” above." in card
    # With another weaker match that is no other side, ◐ is shown and explained.
    this.members.append(d := Sentence("Outlet D", "d.md", "The governor keeps a boat on the ferry.", 0, 0, 1, 1))
    s.articles.append(Article("d.md", "Outlet D", [Paragraph(d.text, 1)]))
    this.weak_sentences, this.weak = [a_weak.key, d.key], ["Outlet A", "Outlet D"]
    html = env.get_template("story.html").render(
        SITEURL="..", SITENAME="Digest", DEFAULT_LANG="en", **_story_context(s)
    )
    assert "◐ may have reported it, a weaker match" in BeautifulSoup(html, "html.parser").get_text()


def test_a_pointer_names_the_claim_its_sentence_tells_not_one_that_holds_it_as_a_weaker_match():
    """ "B may tell it all the same: its sentence in claim N": N is the claim that sentence heads, or
    one that holds it as a sure match, not the first claim holding it as a weaker match (audit 210
    followed such a link to a claim of another fact)."""
    texts = {
        "a1": "The mayor called the rescuer a hero.",
        "a2": "The rescuer pulled two children from the river.",
        "b1": "Two children were pulled from the river by a passer-by.",
        "b2": "The passer-by is a hero, the mayor told reporters.",
    }
    a = Article("a.md", "Outlet A", [Paragraph(f"{texts['a1']} {texts['a2']}", 1)])
    b = Article("b.md", "Outlet B", [Paragraph(f"{texts['b1']} {texts['b2']}", 1)])
    a1, a2 = (Sentence("Outlet A", "a.md", texts[k], i, 0, 1, 2) for i, k in enumerate(("a1", "a2")))
    b1, b2 = (Sentence("Outlet B", "b.md", texts[k], i, 0, 1, 2) for i, k in enumerate(("b1", "b2")))
    rescue = Claim("rescue", "Rescue", [a2, b1, b2], number=1, heading_key=a2.key, weak_sentences=[b2.key])
    praise = Claim("praise", "Praise", [b2], number=2, heading_key=b2.key)
    mayor = Claim("mayor", "Mayor", [a1], number=3, heading_key=a1.key, elsewhere={"Outlet B": b2.key})
    s = Story("s", "S", [a, b], [rescue, praise, mayor])
    assert [(o, c.id) for o, c in elsewhere(s, mayor, [])] == [("Outlet B", "praise")]
    # Without a claim it heads, the one that holds it as a sure match.
    s = Story("s", "S", [a, b], [rescue, Claim("praise", "Praise", [a1, b2], number=2, heading_key=a1.key), mayor])
    assert [(o, c.id) for o, c in elsewhere(s, mayor, [])] == [("Outlet B", "praise")]
    # Held only as a weaker match, the first claim that holds it.
    s = Story("s", "S", [a, b], [rescue, mayor])
    assert [(o, c.id) for o, c in elsewhere(s, mayor, [])] == [("Outlet B", "rescue")]


def test_an_outlet_whose_sentence_here_says_the_opposite_is_not_counted_as_reporting_the_claim():
    """A claim that holds one outlet's denial of its fact beside the others' statement of it (a
    negation conflict inside the claim) counts that outlet as telling it otherwise, not as reporting
    it: audit 204 read "2 of 5 outlets reported this" where the page said one of the two said the
    opposite."""
    texts = {
        "a": "The minister is expected to meet the mayor during the visit.",
        "b": "Officials said the minister will meet the mayor on Friday.",
        "c": "The minister is unlikely to meet the mayor during the short visit.",
    }
    articles = [Article(f"{k}.md", f"Outlet {k.upper()}", [Paragraph(t, 1)]) for k, t in texts.items()]
    members = [Sentence(f"Outlet {k.upper()}", f"{k}.md", t, 0, 0, 1, 1) for k, t in texts.items()]
    claim = Claim("meet", "Meet", members, number=1, heading_key=members[0].key)
    s = Story("s", "S", articles, [claim])
    s.disagreements = compare_story(s)
    [x] = [x for x in claim.differences if x.kind == "negation"]
    assert x.conflict
    mark_denied(s.claims)
    assert claim.denied == ["Outlet C"] and claim.reporting == ["Outlet A", "Outlet B"]
    page = render_page(s, claim_context(s, 0))
    coverage = " ".join(page.select_one("p.coverage").get_text().split())
    assert coverage.startswith("2 of 3 outlets reported this: Outlet A, Outlet B.")
    assert "Outlet C says the opposite" in coverage
    assert [p.get_text() for p in page.select("p.denies")] == [
        "This outlet says the opposite of the claim: see “What differs”."
    ]
    assert claim_counts(s)["several"] == 1
    # The heading's own outlet on the denying side: the others say the opposite of it.
    claim.heading_key = members[2].key
    mark_denied(s.claims)
    assert claim.denied == ["Outlet A", "Outlet B"] and claim.reporting == ["Outlet C"]
    assert claim_counts(s) == {"several": 0, "copies": 0, "weakly": 0, "alone": 0, "otherwise": 1}


def test_an_item_of_an_outlets_highlights_is_its_text_shown_as_one_of_them(tmp_path):
    # An outlet's "Story highlights" are statements it makes of the story: aligned like any sentence,
    # and the card says where they stand (a reader took one for page furniture without it).
    from generator.ingest import read_article
    from generator.segment import segment_article

    path = tmp_path / "a.txt"
    path.write_text(
        "Story highlights The council closes the pier for a year\nThe council closed the pier on Monday.\n",
        encoding="utf-8",
    )
    a = replace(read_article(path), outlet="Outlet A")
    first, body = segment_article(a)
    assert first.text == "The council closes the pier for a year"
    assert body.text == "The council closed the pier on Monday."
    b_text = "The pier will stay closed for a year, the council said."
    b = Article("b.md", "Outlet B", [Paragraph(b_text, 1)])
    s_b = Sentence("Outlet B", "b.md", b_text, 0, 0, 1, 1)
    s = Story("s", "S", [a, b], [Claim("c-1", b_text, [first, body, s_b], number=1)])
    page = render_page(s, claim_context(s, 0))
    sources = [" ".join(p.get_text().split()) for p in page.select("article.wording p.meta.source")]
    said = "item 1 of 1 of its “Story highlights” (the outlet’s own summary lines)"
    assert sources[0].startswith("Outlet A") and said in sources[0]  # not "under the heading" (audit 220)
    assert "paragraph" not in sources[0]  # nor "paragraph 1 of 2" of the body (audit 221)
    assert "Story highlights" not in " ".join(sources[1:]) and "under the heading" not in " ".join(sources)
    assert "paragraph 1 of 1" in sources[1]  # the body's paragraphs, counted without the highlights
