"""Labelled differences within a claim (conflicts vs details), contradictions across claims, and hard
cases end to end. Every test sentence is written for the tests."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from generator.compare import (
    article_day,
    compare_claim,
    compare_story,
    kind_conflicts,
    names,
    negated,
    negation_conflict,
    number_slots,
    numbers,
    one_word_apart,
    quote_conflicts,
    quotes,
    speakers,
)
from generator.compare.context import Context, story_context
from generator.compare.number import as_told, figure_only, number_conflicts, same_values
from generator.compare.quote import (
    LOOKBACK,
    cited,
    named_before,
    quote_speaker,
    reported_speaker,
    speaker_before,
    stretch,
    unmask,
    utterance_speaker,
)
from generator.compare.quote.utterances import _substantive
from generator.compare.story import spellings
from generator.model import Article, Claim, Paragraph, Sentence, Story
from generator.pages import claim_context, said_by
from generator.pipeline import build_story
from generator.segment import whole_quotations


def _summaries(claim: Claim, context: Context | None = None) -> dict[str, str]:
    """Each difference's summary by its kind, as a claim page says it."""
    return {d.kind: d.summary for d in compare_claim(claim, context)}


def _claim(*texts: str, cid: str = "c") -> Claim:
    members = [Sentence(f"Outlet {chr(65 + i)}", f"{i}.txt", t, 0, 0, 1, 1) for i, t in enumerate(texts)]
    return Claim(cid, cid, members)


def kinds(claim: Claim, days: dict | None = None) -> dict[str, tuple[str, bool]]:
    return {d.kind: (d.summary, d.conflict) for d in compare_claim(claim, Context(days=days or {}))}


def test_figures_told_apart_name_the_source_each_outlet_cites():
    claim = _claim(
        "The ferry was carrying 212 passengers when it ran aground, the harbour authority said.",
        "The ferry was carrying 240 passengers when it ran aground near the pier.",
    )
    summary, conflict = kinds(claim)["numbers"]
    assert conflict and summary.endswith("Sources: Outlet A cites the harbour authority.")
    claim = _claim(
        "The ferry was carrying 212 passengers when it ran aground near the pier.",
        "The ferry was carrying 240 passengers when it ran aground near the pier.",
    )
    assert "Attributed" not in kinds(claim)["numbers"][0]  # no source named, none said


def test_different_values_for_the_same_thing_are_a_conflict():
    found = kinds(
        _claim(
            "The freight train hit the passenger train carrying eight crew members and 139 passengers.",
            "The freight train hit the passenger train carrying nine crew members and 139 passengers.",
        )
    )
    summary, conflict = found["numbers"]
    assert conflict and "eight crew" in summary and "nine crew" in summary


def test_people_counted_in_a_conflict_are_shown_with_what_befell_them():
    """ "Two others" / "four others" side by side do not say what is counted (an audit read such an
    item as counting different things): the words that say it are shown with each figure."""
    found = kinds(
        _claim(
            "A driver struck a crowd at the market on Friday, killing one man and injuring several others.",
            "A driver struck a crowd at the market on Friday; one man died and two others were badly hurt.",
            "A driver struck a crowd at the market on Friday, killing one man and wounding four others.",
        )
    )
    summary, conflict = found["numbers"]
    assert conflict
    for shown in ("injuring several others", "two others were badly hurt", "wounding four others"):
        assert shown in summary, summary
    # Only a figure of people said with no noun for them; a count that says what it counts stays as printed.
    assert as_told("Police said 40 people attended the vigil.", "40 people") == "40 people"
    assert as_told("About 30 people were arrested.", "30 people") == "about 30 people were arrested"
    assert as_told("The quake injured 12 residents.", "12 residents") == "12 residents"
    # One figure, however it is told: a disagreement found twice is listed once, and a claim that gives
    # the figure as a detail is linked to it.
    assert figure_only("wounding two others") == figure_only("two others were badly hurt") == "two others"
    assert same_values("numbers", ["two others were hurt"], ["two others"])
    assert not same_values("numbers", ["two others were hurt"], ["four others"])
    assert not same_values("quotes", ["“We saw two others hurt”"], ["two others"])
    # One number of one thing worded two ways (audit 105: an outlet giving "eight crewmembers" and "139
    # passengers" was marked as telling the fact with another value than "about 139 passengers").
    assert same_values("numbers", ["eight crew members"], ["eight crewmembers"])
    assert same_values("numbers", ["approximately 139 passengers"], ["139 passengers"])
    assert not same_values("numbers", ["nine crew members", "136 passengers"], ["eight crewmembers", "139 passengers"])
    assert not same_values("numbers", ["eight ferries"], ["eight crewmembers"])


def test_a_figure_bounded_from_the_other_side_gives_no_figure_of_the_claim():
    """ "Almost four dozen" and "at least four dozen" cannot both be true: an outlet whose article says
    the one does not give the other (audit 210 read "only A and B (elsewhere in its article) give at
    least four dozen questions" of an outlet that says "almost four dozen")."""
    claim = _claim(
        "The panel sent at least four dozen questions to the mayor's lawyers.",
        "The questions range from the budget to the harbour contract.",
        "The panel's questions range from the budget to the harbour.",
    )

    def told(figure: str) -> tuple[str, bool]:  # the numbers detail, where B's article gives the figure
        texts = {"1.txt": f"The panel sent {figure} questions to the mayor.\nThe questions range widely."}
        return next((d.summary, d.conflict) for d in compare_claim(claim, Context(texts=texts)) if d.kind == "numbers")

    assert told("almost four dozen") == ("Only Outlet A gives at least four dozen questions.", False)
    # A plain count of the same figure elsewhere in the article gives it.
    assert told("four dozen")[0].startswith("Only Outlet A and Outlet B (elsewhere in its article) give")


def test_a_part_of_a_whole_gives_no_count_of_others():
    """ "Two others were hurt" counts people on top of those counted before it; "two of the five
    hurt" counts some of a whole: not the same figure (audit 210 read "only A and B give two others"
    of an outlet whose figure was two of a whole)."""
    claim = _claim(
        "Five people were hurt at the diner, including three who were burned and two others who were cut.",
        "Two of the five hurt at the diner were treated for burns.",
        "Gunfire at the diner left several people dead.",
    )
    d = next(d for d in compare_claim(claim, Context()) if d.kind == "numbers")
    assert d.summary == "Only Outlet A gives five people and two others.", d.summary
    # A part still gives a plain count of its figure.
    claim = _claim(
        "Two people at the diner were treated for burns.",
        "Two of the five hurt at the diner were treated for burns.",
        "Gunfire at the diner wounded customers.",
    )
    d = next(d for d in compare_claim(claim, Context()) if d.kind == "numbers")
    assert d.summary.startswith("Only Outlet A and Outlet B give two people"), d.summary


def test_a_value_every_outlet_but_a_weaker_match_gives_is_no_detail():
    """ "Only A, B and C give Tuesday", where D, left out, is a weaker match of the claim (its sentence
    may tell another fact): nothing differs (audit 213). With one outlet alone surely telling it, or
    without the fact signal, the detail stays."""
    texts = [
        "The ferry ran aground on Tuesday near the harbour mouth.",
        "On Tuesday the ferry ran aground near the harbour.",
        "The ferry ran aground near the harbour mouth on Tuesday, the coastguard said.",
        "The harbour has seen three groundings in a decade.",
    ]
    claim = replace(_claim(*texts), heading_key="0.txt#0")

    def likely(x: str, y: str) -> float:
        return 0.3 if "3.txt#0" in (x, y) else 0.95

    def dates(likely=None) -> list[str]:
        return [d.summary for d in compare_claim(claim, Context(), likely=likely) if d.kind == "dates"]

    assert dates(likely) == []
    assert dates() == ["Only Outlet A, Outlet B and Outlet C give Tuesday."]
    lone = replace(claim, members=[claim.members[0], claim.members[3]])
    assert [d.summary for d in compare_claim(lone, Context(), likely=likely) if d.kind == "dates"] == [
        "Only Outlet A gives Tuesday."
    ]


def test_a_year_counted_back_from_the_articles_date_against_another_year_is_a_conflict():
    """ "Repaid ... earlier this year" in an article of 2029 and "repaid ... in 2028" in another, two
    sentences the fact signal finds likely to state one fact: one event dated two ways, a conflict
    (audits 192, 207 and 217 read it as a detail "that may be the dates of different events"). Not
    where either article names the other's year (both years are told: two events), nor a year to come."""
    days = {"0.txt": date(2029, 8, 22), "1.txt": date(2029, 8, 22)}
    a = "The mayor repaid the city more than $6,000 earlier this year for the trips."
    b = "The mayor's lawyer said in 2028 that he had repaid the city about $6,000 for the trips."
    claim = replace(_claim(a, b), heading_key="0.txt#0")

    def found(texts: dict | None = None, likely=lambda x, y: 0.9) -> tuple[str, bool] | None:
        diffs = compare_claim(claim, Context(days=days, texts=texts or {}), likely=likely)
        return next(((d.summary, d.conflict) for d in diffs if d.kind == "dates"), None)

    summary, conflict = found()
    assert conflict and summary == (
        "Different years in these wordings (one event dated two ways, or two events) "
        "(Outlet A: earlier this year (2029); Outlet B: 2028)."
    )
    assert not found(likely=lambda x, y: 0.6)[1]  # the signal unsure they tell one fact: a detail
    # An article that names the other's year tells of both years.
    assert not found({"0.txt": f"{a}\\nThe first trips were in 2028."})[1]
    later = replace(claim, members=[replace(claim.members[0], text=a.replace("earlier this year", "later this year"))])
    later.members.append(claim.members[1])
    assert not any(d.conflict for d in compare_claim(later, Context(days=days), likely=lambda x, y: 0.9))


def test_a_number_only_one_outlet_gives_is_a_detail_not_a_conflict():
    found = kinds(_claim("A 5.6 quake injured five people.", "A 5.6 quake struck at 17:06."))
    assert found["numbers"] == ("Only Outlet A gives five people.", False)
    # Decades of a career and an age are not values of one thing.
    found = kinds(_claim("She starred in swimming films of the 1940s and 1950s.", "She was 91 when she died."))
    assert not any(conflict for _, conflict in found.values())


def test_a_part_of_a_whole_gives_the_hedged_figure_it_lies_within():
    """Invented text. "144 of its 600 boats" gives "some 140 boats" (an audit read "only A gives some
    140 boats" as false); "14 of its last 20 matches" gives no "at least 9 matches", a bound open above."""
    found = kinds(
        _claim(
            "Officials said some 140 boats would stay in the harbour on Monday.",
            "The harbour kept 144 of its 600 boats in port on Monday.",
            "The harbour kept most boats in port on Monday.",
        )
    )
    assert found["numbers"] == (
        "Only Outlet A and Outlet B give some 140 boats (Outlet B: 144 of its 600 boats).",
        False,
    )
    found = kinds(
        _claim(
            "The club took 14 of its last 20 matches to end the season.",
            "The club ended the season after trailing by at least 9 matches.",
        )
    )
    assert "Only Outlet B gives at least 9 matches" in found["numbers"][0]


def test_hedged_values_that_can_both_be_true_do_not_conflict():
    found = kinds(_claim("At least six people were killed in the strikes.", "Seven people were killed in the strikes."))
    assert not found.get("numbers", ("", False))[1]
    found = kinds(_claim("About 8,400 acres burned overnight.", "8,374 acres burned overnight."))
    assert not found.get("numbers", ("", False))[1]


def test_the_same_day_said_two_ways_is_not_a_difference():
    days = {"0.txt": article_day("2024-11-11"), "1.txt": article_day("2024-11-11")}
    claim = _claim("The ministry denied the report on Monday.", "The ministry denied the report on November 11.")
    assert "dates" not in {k for k, (_, c) in kinds(claim, days).items() if c}
    # A Tuesday is not 11 November 2024 (a Monday): one statement, worded alike, dated two ways is a
    # conflict.
    claim = _claim("The ministry denied the report on Tuesday.", "The ministry denied the report on November 11.")
    summary, conflict = kinds(claim, days)["dates"]
    assert conflict and "Tuesday" in summary
    # Two days in less alike wordings are told as a detail: as often two events (a call and its
    # denial) as one event dated two ways.
    claim = _claim("The ministry denied it on Tuesday, officials said.", "It was denied on November 11.")
    summary, conflict = kinds(claim, days)["dates"]
    assert not conflict and "Tuesday" in summary
    # Without the article's date, a weekday and a date cannot be told apart: nothing is said.
    claim = _claim("The ministry denied the report on Tuesday.", "The ministry denied the report on November 11.")
    assert not kinds(claim).get("dates", ("", False))[1]


def test_a_weekday_beside_a_date_in_undated_articles_is_said_to_be_maybe_one_day():
    """Undated, "Monday" and "November 11" may be one day: a detail that lists both says so; with the
    articles' dates it is either one day (no detail) or two, and the note is not printed."""
    claim = _claim("The ministry denied the report on Monday.", "The ministry denied the report on November 11.")
    summary, conflict = kinds(claim)["dates"]
    assert not conflict and "Monday" in summary and "November 11" in summary
    assert summary.endswith("a weekday and a date above may be the same day.)")
    dated = {"0.txt": article_day("2024-11-12"), "1.txt": article_day("2024-11-12")}
    assert "may be the same day" not in kinds(claim, dated).get("dates", ("", False))[0]
    years = _claim("The ministry denied the report on Monday.", "The ministry denied the report on November 11, 2024.")
    assert "may be the same day" not in kinds(years).get("dates", ("", False))[0]


def test_a_month_without_its_year_is_the_one_nearest_the_articles_date():
    """In an article of 30 April 2018, "in December" is December 2017, "last June" June 2017, "next
    June" June 2018 and "January of last year" January 2017: a "December" is never given as the same
    day as "December 2016" (an audit read two Decembers of two events set together as one value)."""
    from generator.compare.date import dates, resolve

    published = date(2018, 4, 30)
    assert resolve("December", published).year == 2017
    assert resolve("June", published, "last").year == 2017 and resolve("June", published, "next").year == 2018
    assert (resolve("January of last year", published).month, resolve("January of last year", published).year) == (
        1,
        2017,
    )
    assert resolve("December", None).year is None  # undated: no year is guessed
    assert dates("The harbour letter of early March of last year said so.") == {"march last year": "March of last year"}
    days = {"0.txt": published, "1.txt": published}
    claim = _claim("Flynn was charged in December, aides said.", "The calls took place in December 2016, aides said.")
    summary = kinds(claim, days)["dates"][0]
    assert "(Outlet B: December 2016)" not in summary and "December 2016" in summary


def test_days_of_different_grains_are_told_value_by_value():
    """'last year' beside 'April 21' dates two events far more often than one: no 'different days' item."""
    days = {"0.txt": date(2018, 4, 30), "1.txt": date(2018, 4, 30)}
    claim = _claim("The leaders met in Rome last year, aides said.", "The leaders met in Rome on April 21.")
    summary, conflict = kinds(claim, days)["dates"]
    assert not conflict and "Different days" not in summary and "April 21" in summary
    claim = _claim(
        "Officials warned last week that the quay would close.", "Officials said last month the quay would close."
    )
    summary, conflict = kinds(claim, days)["dates"]
    # Two times both said from the article's date that share no day, in wordings of one fact: one
    # event dated two ways, a conflict ("last week" / "last month").
    assert summary.startswith("Different days") and conflict
    claim = _claim("The board warned last week that the quay would close.", "The quay will close, the board said.")
    assert not kinds(claim, days).get("dates", ("", False))[1]
    # Periods of two events ("since it began ..." / "since they left ..."), though the clauses share a
    # subject: no conflict, nor a detail.
    claim = _claim(
        "Crews have fought the fire since it began three years ago, officials said.",
        "Crews came back to the hills for the first time since they left 15 years ago, officials said.",
    )
    assert "dates" not in kinds(claim, days)


def test_two_days_each_article_gives_both_of_are_two_events():
    days = {"0.txt": date(2024, 5, 10), "1.txt": date(2024, 5, 10)}
    a = "The club published the report on Thursday, citing two officials."
    b = "The league disputed the report on Friday, citing two officials."
    summary, conflict = kinds(_claim(a, b), days)["dates"]
    assert summary.startswith("Different days in these wordings") and not conflict
    # Each outlet gives the other's day too, elsewhere in its article: a publication and a dispute.
    texts = {"0.txt": f"{a}\nThe league disputed it on Friday.", "1.txt": f"{b}\nThe club published it on Thursday."}
    assert "dates" not in {d.kind for d in compare_claim(_claim(a, b), Context(days=days, texts=texts))}
    texts = {"0.txt": a, "1.txt": f"{b}\nThe club published it on Thursday."}  # one outlet only: still said
    assert "dates" in {d.kind for d in compare_claim(_claim(a, b), Context(days=days, texts=texts))}


def test_a_day_told_two_ways_among_different_days_is_said_to_be_one():
    """Invented text. "Tuesday" in an article of Monday 22 July and "tomorrow" in another of that Monday
    are one day; the third outlet's "19 August" is another: the summary lists all three values, and
    says which two are one day (an audit read the list as three days)."""
    days = {"0.txt": date(2013, 7, 22), "1.txt": date(2013, 7, 22), "2.txt": date(2013, 7, 23)}
    claim = _claim(
        "The baker, 31, will face the harbour magistrates on Tuesday.",
        "The baker, 31, will face the harbour magistrates tomorrow.",
        "The baker, 31, will face the harbour magistrates on 19 August.",
    )
    summary, conflict = kinds(claim, days)["dates"]  # worded alike: a conflict
    assert summary.startswith("Different days in these wordings") and conflict
    assert summary.endswith("“Tuesday” and “tomorrow” are the same day.")
    assert "“19 August” and" not in summary and "and “19 August”" not in summary
    # Undated articles: "tomorrow" is no day, and nothing is said to be one.
    summary, _ = kinds(claim, {})["dates"]
    assert "are the same day" not in summary


def test_the_day_something_was_said_and_the_day_something_was_done_are_two_events():
    """Invented text. "said Friday that ..." dates a statement, "on Thursday charged ..." a deed: no
    "different days" between them, but each day a detail of its outlet; two days of two deeds still
    are said to differ."""
    days = {"0.txt": date(2024, 5, 10), "1.txt": date(2024, 5, 10)}
    said = "Harbour police said Friday that the crew had lied about the guards."
    done = "Harbour police on Thursday charged the crew over the guards."
    summary, conflict = kinds(_claim(said, done), days)["dates"]
    assert (
        not conflict
        and summary
        == "Only Outlet A gives Friday; only Outlet B gives Thursday. (These may be the dates of different events.)"
    )
    assert kinds(_claim("Harbour police on Friday said the crew had lied about the guards.", done), days)["dates"] == (
        "Only Outlet A gives Friday; only Outlet B gives Thursday. (These may be the dates of different events.)",
        False,
    )
    deed = "Harbour police on Friday questioned the crew about the guards."
    summary, conflict = kinds(_claim(deed, done), days)["dates"]
    assert summary.startswith("Different days in these wordings") and not conflict


def test_a_day_only_one_outlet_gives_beside_a_day_all_give_may_be_another_events():
    """Invented text. Every outlet dates the news Wednesday; one also gives Monday, the day of another
    event its sentence tells: the detail says the wordings give another day too (audit 125 read "only
    A gives Monday" as the day of the claim's news). Without such a day, it is said plainly."""
    days = {"0.txt": date(2024, 5, 15), "1.txt": date(2024, 5, 15)}
    a = "The ferry worker who was found to be ill on Wednesday should not have sailed on Monday, officials say."
    b = "Officials confirmed on Wednesday that a second ferry worker was ill."
    summary, conflict = kinds(_claim(a, b), days)["dates"]
    assert not conflict and summary == (
        "Only Outlet A gives Monday. (The wordings here give another day too: this may be the date of another event.)"
    )
    plain = "Officials confirmed that a second ferry worker was ill."
    assert kinds(_claim(a.replace(" on Wednesday", ""), plain), days)["dates"] == ("Only Outlet A gives Monday.", False)
    # So where the day is said with its hours ("early Monday").
    summary, _ = kinds(_claim(a.replace("on Monday", "early Monday"), b), days)["dates"]
    assert summary.startswith("Only Outlet A gives Monday. (The wordings here give another day too")


def test_a_day_an_outlet_gives_only_elsewhere_in_its_article_is_said_so():
    claim = _claim(
        "The harbour closed on Thursday after the storm.",
        "The harbour closed after the storm.",
        "The harbour is closed after a storm.",
    )
    texts = {"1.txt": "The harbour closed after the storm.\nThe storm struck on Thursday night."}
    [d] = [d for d in compare_claim(claim, Context(texts=texts)) if d.kind == "dates"]
    assert d.summary == "Only Outlet A and Outlet B (elsewhere in its article) give Thursday." and not d.conflict


def test_a_day_elsewhere_in_an_article_is_credited_from_a_sentence_of_the_same_fact_only():
    a = _s("A", 0, "The harbour closed on Thursday after the storm.")
    c = _s("C", 0, "The harbour is closed after a storm.")
    b = _s("B", 3, "The harbour closed after the storm.")
    lead = [_s("B", 0, "Storm damage shut ports along the coast."), _s("B", 1, "Ferries stayed in dock.")]
    council = _s("B", 5, "The council met on Thursday to set its budget.")  # another event's day
    struck = _s("B", 6, "The storm struck on Thursday night.")  # the day of this claim's fact

    def summary(*elsewhere: Sentence, likely=None) -> str:
        claims = [Claim("c", "c", [a, b, c])] + [Claim(s.key, s.key, [s]) for s in (*lead, *elsewhere)]
        story = _story(claims)
        for article in story.articles:  # each article's text: its sentences in order
            mine = sorted((m for x in claims for m in x.members if m.source == article.source), key=lambda m: m.index)
            article.paragraphs = [Paragraph(m.text, m.index + 1) for m in mine]
        compare_story(story, likely)
        return next(d.summary for d in story.claims[0].differences if d.kind == "dates")

    def likely(x: str, y: str) -> float:
        keys = {x, y}
        if keys <= {a.key, b.key, c.key}:
            return 0.9
        return 0.4 if struck.key in keys and keys & {a.key, c.key} else 0.05

    assert summary(council, likely=likely) == "Only Outlet A gives Thursday."
    assert summary(struck, likely=likely) == "Only Outlet A and Outlet B (elsewhere in its article) give Thursday."
    # Without the fact signal, any day of the article counts.
    assert summary(council) == "Only Outlet A and Outlet B (elsewhere in its article) give Thursday."


def test_an_outlet_credited_from_elsewhere_is_said_in_the_words_of_the_sentence_that_credits_it():
    """Invented text. B's article dates another event "January 2029" before it dates the closure
    "March 2029": B gives 2029 for the claim by its closure sentence, and the page says B's words
    there, not the first month of 2029 its article prints (an audit read such a month of another
    event beside the claim)."""
    a = _s("A", 0, "The harbour closed in 2029 after the storm.")
    c = _s("C", 0, "The harbour is closed after a storm.")
    b = _s("B", 3, "The harbour closed after the storm.")
    other = _s("B", 1, "The council budget was first reported in January 2029.")  # another event's day
    closed = _s("B", 2, "Ferries stopped in March 2029 as the harbour shut.")  # this claim's day
    claims = [Claim("c", "c", [a, b, c]), Claim("x", "x", [other]), Claim("y", "y", [closed])]
    story = _story(claims)
    for article in story.articles:
        mine = sorted((m for x in claims for m in x.members if m.source == article.source), key=lambda m: m.index)
        article.paragraphs = [Paragraph(m.text, m.index + 1) for m in mine]

    def likely(x: str, y: str) -> float:
        keys = {x, y}
        if keys <= {a.key, b.key, c.key}:
            return 0.9
        return 0.4 if closed.key in keys and keys & {a.key, c.key} else 0.05

    compare_story(story, likely)
    [d] = [d for d in story.claims[0].differences if d.kind == "dates"]
    assert d.summary == "Only Outlet A and Outlet B (elsewhere in its article) give 2029 (Outlet B: March 2029)."


def test_a_year_said_from_the_articles_date_is_told_beside_other_outlets_years():
    """Invented text. C's "last year", in an article of 2030, is 2029: beside A's and B's 2027 the
    page says so, not "only A and B give 2027" as if C gave no year (an audit); of one fact (here, with
    no fact signal, every pair of the claim), a conflict (``counted_year_conflicts``). Where C's
    article gives 2027 too, or no other outlet gives a year, or the year is a speaker's (inside a
    quote), C gives no such value."""
    texts = (
        "The port bought the old ferry yard in 2027, officials said.",
        "The port's purchase of the old ferry yard in 2027 was approved by the council.",
        "Last year, the port bought the old ferry yard for $4 million.",
    )
    days = {"0.txt": date(2030, 5, 2), "1.txt": date(2030, 5, 2), "2.txt": date(2030, 5, 2)}
    summary, conflict = kinds(_claim(*texts), days)["dates"]
    assert (
        summary
        == (
            "Different years in these wordings (one event dated two ways, or two events)"
            " (Outlet C: Last year (2029); Outlet A: 2027; Outlet B: 2027)."
        )
        and conflict
    )
    # Said inside a quote, the year is the speaker's: C gives none.
    quoted = (*texts[:2], "“Last year we bought the old ferry yard,” the port's director said.")
    assert kinds(_claim(*quoted), days)["dates"][0] == "Only Outlet A and Outlet B give 2027."
    # Beside no other year, a relative year stays untold.
    assert "dates" not in kinds(_claim(texts[2], "The port bought the old ferry yard for $4 million."), days)
    # An outlet whose "last year" is another's year gives that year, told once in its own words.
    same = (
        "The port bought the old ferry yard in 2029, officials said.",
        "The council approved the port's purchase of the old ferry yard.",
        texts[2],
    )
    summary, _ = kinds(_claim(*same), days)["dates"]
    assert summary == "Only Outlet A and Outlet C give 2029 (Outlet C: last year)."


def test_a_weekday_in_a_sentence_likely_to_tell_the_claim_dates_it_as_one_here_does():
    """Invented text. B's sentence here gives no day; its next sentence, which the fact signal finds
    likely to tell the claim's fact, says the fire broke out "on Sunday", in an article of Sunday 21
    July: B gives July 21 too, so "only A gives July 21" is not said (an audit). Where the signal
    finds that sentence unlikely to tell the claim, its weekday gives nothing."""
    a = _s("A", 0, "A fire broke out at the harbour warehouse on July 21, destroying its roof.")
    b = _s("B", 0, "Crews tackled a fire that destroyed the roof of a harbour warehouse.")
    when = _s("B", 1, "The alarm was raised at the warehouse at dawn on Sunday.")

    def details(likely_when: float) -> list[str]:
        claims = [Claim("c", "c", [a, b]), Claim("x", "x", [when])]
        story = _story(claims)
        for article in story.articles:
            article.date = "2030-07-21"  # a Sunday
            mine = sorted((m for x in claims for m in x.members if m.source == article.source), key=lambda m: m.index)
            article.paragraphs = [Paragraph(m.text, m.index + 1) for m in mine]

        def likely(x: str, y: str) -> float:
            keys = {x, y}
            return 0.9 if keys == {a.key, b.key} else likely_when if keys == {a.key, when.key} else 0.05

        compare_story(story, likely)
        return [d.summary for d in story.claims[0].differences if d.kind == "dates"]

    assert details(0.6) == []
    assert details(0.05) == ["Only Outlet A gives July 21."]


def test_a_sentence_that_opens_with_an_event_named_before_takes_its_day_from_there():
    """Invented text. B's sentence "After her arrest, ..." dates nothing itself; the sentence before it
    says the arrest was in March 2019: B gives the year too (an audit read "only A gives 2019")."""
    a = _s("A", 4, "Her pilot's licence was suspended after a 2019 arrest, officials said.")
    arrested = _s("B", 2, "Port police arrested Ann Roe at the marina in March 2019.")
    b = _s("B", 3, "After her arrest, her pilot's licence was suspended by officials.")
    c = _s("C", 1, "Officials suspended Ann Roe's pilot's licence.")
    claims = [Claim("c", "c", [a, b, c]), Claim("x", "x", [arrested])]
    story = _story(claims)
    for article in story.articles:
        mine = sorted((m for x in claims for m in x.members if m.source == article.source), key=lambda m: m.index)
        article.paragraphs = [Paragraph(m.text, m.index + 1) for m in mine]

    def likely(x: str, y: str) -> float:
        return 0.9 if {x, y} <= {a.key, b.key, c.key} else 0.05

    compare_story(story, likely)
    [d] = [d for d in story.claims[0].differences if d.kind == "dates"]
    assert d.summary.startswith("Only Outlet A and Outlet B (elsewhere in its article) give 2019")


def test_two_people_of_one_surname_named_for_one_thing_are_a_conflict():
    claim = _claim(
        "Rep. Ann Roe won the race for harbour board chair, beating Bo Lee.",
        "Representative Jo T. Róe of Bayside won the harbour board chair in a close vote.",
    )
    summary, conflict = kinds(claim)["names"]
    assert conflict and "Outlet A: Ann Roe" in summary and "Outlet B: Jo T. Róe" in summary
    # A nickname or the same first name is one person; a name both outlets give is no one's alone.
    for other in ("Representative Ann Róe of Bayside won the harbour board chair.",
                  "Representative Ann Roe of Bayside won the harbour board chair."):  # fmt: skip
        assert not kinds(_claim(claim.members[0].text, other)).get("names", ("", False))[1]


def test_two_events_dates_are_never_compared():
    claim = _claim(
        "The paper said the leaders spoke last Thursday, and the ministry denied it.",
        "The ministry on Monday denied that the leaders spoke.",
    )
    assert not kinds(claim).get("dates", ("", False))[1]
    summary, conflict = kinds(_claim("The leaders met Thursday in Rome.", "The leaders flew home on Friday."))["dates"]
    assert not conflict and "Thursday" in summary and "Friday" in summary
    summary, conflict = kinds(
        _claim("The two leaders met on Thursday in Rome.", "The two leaders met on Friday in Rome.")
    )["dates"]
    assert conflict and "Thursday" in summary and "Friday" in summary  # one statement, two days
    # A third outlet's day of something else in the claim is no side of that conflict.
    claim = _claim(
        "The mayor has led the harbour council since 2002.",
        "The mayor has led the harbour council since 2003.",
        "Two aides have been part of the council staff since 2005.",
    )
    summary, conflict = kinds(claim)["dates"]
    assert conflict and "2002" in summary and "Outlet C" not in summary and "2005" not in summary


def test_quotes_of_one_utterance_worded_differently():
    found = kinds(
        _claim(
            "“We lost nine of the bravest people you could meet,” the chief said.",
            "“We lost nine of some of the bravest people you could meet,” the chief said.",
        )
    )
    assert found["quotes"][1]
    # A shorter cut of the same words is not a different quote.
    found = kinds(_claim("He called it “simply false information.”", "He called the report “false.”"))
    assert "quotes" not in found  # no conflict, and no "different words" either: one holds the other


def test_a_place_and_its_adjective_are_one_name_and_names_are_details():
    found = kinds(
        _claim(
            "The envoy said there were no preparations for talks with European leaders or Russian envoys.",
            "The envoy said Europe and Russia had no talks planned, nor had Ukraine.",
        )
    )
    assert found["names"] == ("Only Outlet B names Ukraine.", False)


def test_a_name_joined_by_and_is_told_whole():
    """'Only X names ...' gives an institution's whole name, not its pieces; 'and' between two names
    ("the mayor and the Harbour Trust", "Trump and Putin") still joins two."""
    from generator.compare.name import whole_name

    found = kinds(
        _claim(
            "Crews from Kent and Essex Fire and Rescue put out a blaze at a warehouse in an Essex town.",
            "Firefighters put out a blaze at a warehouse in an Essex town on Sunday.",
        )
    )
    assert found["names"] == ("Only Outlet A names Kent and Essex Fire and Rescue.", False)
    assert whole_name("Lee and Roe met the Harbour Trust and the Port Authority.", "Roe") == "Roe"
    assert whole_name("The Parks and Gardens Service said.", "Parks") == "Parks and Gardens Service"
    assert whole_name("The Home Office and Interpol said.", "Interpol") == "Interpol"


def test_the_title_of_a_day_or_an_event_is_told_whole_with_its_small_words():
    from generator.compare.name import whole_name

    found = kinds(
        _claim(
            "The mayor opened the Open Harbour and Fishing Fleet Day on the quay on Saturday.",
            "The mayor opened a festival on the quay on Saturday.",
        )
    )
    assert found["names"] == ("Only Outlet A names the Open Harbour and Fishing Fleet Day.", False)
    text = "Pupils marked Take the Ferry to School Week with the Clean Rivers and Safe Beaches Act."
    assert whole_name(text, "School Week") == "Take the Ferry to School Week"
    assert whole_name(text, "Safe Beaches Act") == "Clean Rivers and Safe Beaches Act"
    # Two people, however the run ends; and a person's title keeps its name apart.
    assert whole_name("Ann and Bill Roe went to Harbour Day.", "Bill Roe") == "Bill Roe"
    assert whole_name("Ann and Bill went to the fair.", "Bill") == "Bill"
    assert whole_name("Mayor Ann Roe and the Harbour Day.", "Ann Roe") == "Ann Roe"


def test_helpers():
    assert numbers("three people and 2,000 tents, 5.6 magnitude") == {"3", "2000", "5.6"}
    assert negated("Kyiv had not been informed") and not negated("Kyiv was informed")
    assert names("Kyiv said Dmitry Peskov spoke on Monday") == {"Dmitry Peskov"}
    units = [s.unit for s in number_slots("It carried eight crew members and about 30,000 tonnes.")]
    assert units == ["member", "tonne"]
    assert compare_claim(_claim("Only one outlet.")) == []


def test_a_closing_single_quotation_mark_is_no_part_of_a_name():
    assert names("The mayor will 'definitely be coming to Portmouth'.") == {"Portmouth"}
    assert names("Ann O'Hara met the Harbour Board.") == {"Ann O'Hara", "Harbour Board"}


def _story(claims: list[Claim]) -> Story:
    outlets = sorted({m.outlet for c in claims for m in c.members})
    articles = [Article(f"{ord(o[-1]) - 65}.txt", o, []) for o in outlets if not o.endswith(")")]
    # A site's second article ("Outlet C (2)") is read from its sentences' own file.
    seconds = sorted({(m.outlet, m.source) for c in claims for m in c.members if m.outlet.endswith(")")})
    articles += [Article(s, o, []) for o, s in seconds]
    return Story("s", "S", articles, claims)


def _s(outlet: str, index: int, text: str) -> Sentence:
    return Sentence(f"Outlet {outlet}", f"{ord(outlet) - 65}.txt", text, index, 0, 1, 10)


def test_the_same_values_found_in_two_claims_are_one_disagreement():
    a = _s("A", 0, "The harbour fire killed five people and several others were hurt on Friday.")
    b1 = _s("B", 0, "The harbour fire killed five people and two others were hurt on Friday.")
    b2 = _s("B", 1, "Police said two others were hurt in the harbour fire on Friday.")
    story = _story([Claim("c1", "c1", [a, b1]), Claim("c2", "c2", [a, b2])])
    [d] = compare_story(story)  # "several others" / "two others" once, not once per claim
    assert d.kind == "numbers" and d.claims == ("c1", "c2")
    assert {m.key for m in d.members} == {a.key, b1.key, b2.key}


def test_a_quote_detail_reads_the_lead_in_the_site_set_aside():
    """Invented text. "Ann Roe told the council:" is set aside, but a detail quoting the paragraph after
    it names her, as the claim's heading would (the notes and the headings read the same lead-ins)."""
    from generator.furniture import LEAD_IN_REASON
    from generator.model import Dropped

    said = Sentence("Outlet A", "0.txt", "“Every boat must stay in port until Friday.”", 1, 1, 5, 2)
    other = Sentence("Outlet B", "1.txt", "Boats were told to stay in port until Friday, officials said.", 0, 0, 1, 1)
    before = Sentence("Outlet A", "0.txt", "The harbour was shut on Monday after the storm.", 0, 0, 1, 2)
    claim = Claim("c", "c", [said, other])
    story = Story("s", "S", [Article("0.txt", "Outlet A", []), Article("1.txt", "Outlet B", [])], [claim])
    story.claims.append(Claim("d", "d", [before]))
    story.articles[0].dropped = [Dropped("0.txt", 3, "Ann Roe told the council:", LEAD_IN_REASON)]
    context = story_context(story)
    assert context.lead_ins == {said.key: "Ann Roe told the council:"}
    [d] = [d for d in compare_claim(claim, context) if d.kind == "quotes"]
    assert "Ann Roe: “Every boat must stay in port until Friday”" in d.summary, d.summary


def test_a_contradiction_across_two_claims_links_both():
    no_a = _s("A", 0, "An official in the capital said the ministry had not been informed of any call with the envoy.")
    no_b = _s("B", 0, "The ministry had not been made aware of any such contact, an official in the capital said.")
    yes_c = _s("C", 0, "The paper said officials in the ministry were informed of the call with the envoy.")
    other = _s("C", 1, "Shares in the company rose after the results were published.")
    claims = [Claim("no", "no", [no_a, no_b]), Claim("yes", "yes", [yes_c]), Claim("x", "x", [other])]
    [d] = compare_story(_story(claims))
    assert d.kind == "negation" and set(d.claims) == {"no", "yes"}
    assert {m.outlet for m in d.members} == {"Outlet A", "Outlet B", "Outlet C"}


def test_a_denial_that_also_sits_weakly_in_the_other_sides_claim_is_still_a_disagreement():
    no_b = _s("B", 0, "An official in the capital said the ministry had not been informed about a call with the envoy.")
    yes_c = _s("C", 0, "The paper said officials in the ministry were informed of the call with the envoy.")
    # Outlet B's denial matches the "informed" claim only weakly (``Claim.weak``), as a sentence about
    # the same call may: it is still the other side of that claim, not a second wording of it.
    claims = [Claim("no", "no", [no_b]), Claim("yes", "yes", [yes_c, no_b], weak=["Outlet B"])]
    [d] = compare_story(_story(claims))
    assert d.kind == "negation" and set(d.claims) == {"no", "yes"}
    assert {m.key for m in d.members} == {no_b.key, yes_c.key}
    # Held as a good match, the denial is compared inside the one claim both wordings tell.
    claims = [Claim("no", "no", [no_b]), Claim("yes", "yes", [yes_c, no_b])]
    [d] = compare_story(_story(claims))
    assert d.kind == "negation" and d.claims == ("yes",)


def test_a_sentence_in_two_claims_and_an_outlet_with_two_sentences():
    both = _s("A", 0, "The train carried eight crew members, and it left the station at noon.")
    crew = _s("B", 0, "Nine crew members were on the train.")
    crew_again = _s("B", 1, "The train had nine crew members on board.")
    left = _s("C", 0, "The train left the station at noon with 139 passengers.")
    crew_claim = Claim("crew", "crew", [both, crew, crew_again], parts={both.key: (0, 38)})
    left_claim = Claim("left", "left", [both, left], parts={both.key: (40, len(both.text))})
    story = _story([crew_claim, left_claim])
    found = compare_story(story)
    assert [(d.kind, d.claims) for d in found] == [("numbers", ("crew",))]
    assert {m.key for m in found[0].members} == {both.key, crew.key, crew_again.key}
    # The part of the shared sentence that tells the other claim has no crew number to compare.
    assert not any(d.conflict for d in left_claim.differences)


@given(st.permutations(["eight", "crew", "members", "boarded", "the", "train"]))
def test_word_order_never_makes_a_conflict(words):
    text = " ".join(words)
    assert not any(d.conflict for d in compare_claim(_claim("eight crew members boarded the train", text)))


def _folder(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text + "\n")
    return folder


def test_contradiction_is_listed_end_to_end(tmp_path: Path, embedder):
    folder = _folder(
        tmp_path / "s",
        {
            "a.txt": "Kyiv was informed of the call between the two presidents, a Ukrainian official said.",
            "b.txt": "A Ukrainian official said Kyiv was not informed of the call between the two presidents.",
            "c.txt": "Shares in a fruit company rose sharply after the quarterly results were published.",
        },
    )
    story = build_story(folder, embedder)
    [d] = story.disagreements
    assert d.kind == "negation" and {m.source for m in d.members} == {"a.txt", "b.txt"}
    assert d.summary.startswith("Outlet B says the opposite of what Outlet A reports")
    # Opposite statements are often two sources': the summary says whom each outlet gives its statement to.
    assert d.summary.endswith("Sources: Outlet B cites a Ukrainian official; Outlet A cites a Ukrainian official.")


def test_a_report_named_earlier_is_the_source_a_disagreement_names(tmp_path: Path, embedder):
    folder = _folder(
        tmp_path / "s",
        {
            "a.txt": "The Harbour Gazette reported on the call between the two presidents.\n\n"
            "The report further claimed that Kyiv was informed of the call between the two presidents.",
            "b.txt": "A Ukrainian official said Kyiv was not informed of the call between the two presidents.",
            "c.txt": "Shares in a fruit company rose sharply after the quarterly results were published.",
        },
    )
    [d] = build_story(folder, embedder).disagreements
    assert d.summary.endswith(
        "Sources: Outlet B cites a Ukrainian official; Outlet A cites the report by the Harbour Gazette."
    )


def test_the_source_a_sentence_cites():
    assert cited("A senior aide confirmed that the mayor was never briefed on the plan.") == "a senior aide"
    assert cited("The memo further claimed that the council was told in March.") == "the memo"
    assert cited("Harbour Board chair Ann Roe told reporters the pier would reopen.") == "Harbour Board chair Ann Roe"
    assert cited("The pier will reopen in May, according to the harbour's engineers.") == "the harbour's engineers"
    assert cited("The pier will reopen in May, a spokeswoman said.") == "a spokeswoman"
    # After a linking word, and in the present tense (an audit found a radio reporter's figure uncredited).
    assert cited("Meanwhile, Radio Harbour's Bo Lee reports that the pier has been closed.") == "Radio Harbour's Bo Lee"
    assert cited("But the ministry said on Monday that the pier was shut.") == "the ministry"
    assert cited("Later that day the pier was shut.") is None
    assert cited("The pier will reopen in May, said Bo Lee.") == "Bo Lee"
    # No source named: a pronoun, a quote's own words, or a plain statement.
    assert cited("“The pier will reopen in May,” she said.") is None
    assert cited("The pier had not been inspected since the storm.") is None
    assert cited("“Ann Roe said it would reopen,” the post read, without a date.") is None
    assert cited("A reported 40 boats were lost in the storm.") is None
    assert cited("It was the worst storm since 1953, according to records kept by the U.S. Weather Bureau.") == (
        "records kept by the U.S. Weather Bureau"
    )
    # An opening dateline is where the story was filed, not who said it.
    assert cited("PORT TOWN, Ore. (Reuters) - A senior aide confirmed that the pier was shut.") == "a senior aide"
    assert cited("HARBOURVILLE — The ministry said on Monday that the pier would reopen.") == "the ministry"
    # A publication named only by a common noun reads as the outlet's own report: not printed as a source.
    assert cited("The pier will reopen in May, the report said.") is None
    assert cited("The pier will reopen in May, according to the newspaper.") is None
    assert cited("The pier will reopen in May, the Harbour Gazette reported.") == "the Harbour Gazette"
    # "According to" opening a sentence is no source that "reports" (audit 136's story: "cites According to").
    assert cited("According to the harbour police, the pier will reopen in May.") == "the harbour police"
    assert cited("According to reports, a ferry sank near the pier.") != "According to"


def test_an_unnamed_publication_is_the_one_the_article_named_before():
    earlier = ["The mayor spoke on Monday.", "The Harbour Gazette reported that the pier was shut.", "Nobody came."]
    assert cited("The report further claimed that the pier would reopen.", earlier) == (
        "the report by the Harbour Gazette"
    )
    assert cited("The pier will reopen in May, according to the newspaper.", earlier) == "the Harbour Gazette"
    # As the article writes it: the last one named before, in any of the usual forms.
    assert named_before(
        "the report", ["A report by the Harbour Gazette said so.", "The Bay Post report said more."]
    ) == ("the Bay Post report")
    assert named_before("the report", ["As a report in the Bay Post put it, the pier is shut."]) == (
        "a report in the Bay Post"
    )
    assert named_before("the newspaper", ["The Bay Post’s report named no one."]) == "the Bay Post"
    assert named_before("the report", ["WXYZ reported on Monday that the pier was shut."]) == "the report by WXYZ"
    # Not a publication: a title's name, a capitalised common word, words inside a quote; nor too far back.
    assert named_before("the report", ["Mr. Roe reported the leak."]) is None
    assert named_before("the report", ["Police reported two arrests."]) is None
    assert named_before("the report", ["“The Bay Post reported it,” she said."]) is None
    assert named_before("the report", ["The Bay Post reported it.", *["Nothing here."] * LOOKBACK]) is None
    # "a Senate report" is the report, not the newspaper.
    assert named_before("the newspaper", ["A Senate report found fraud."]) is None
    assert cited("The report further claimed that the pier would reopen.", ["The pier was shut."]) is None


def test_sentence_with_two_claims_joins_both(tmp_path: Path, embedder):
    folder = _folder(
        tmp_path / "s",
        {
            "a.txt": "The Post said Trump urged Putin not to escalate the war in Ukraine and reminded him of the "
            "large US military presence in Europe.",
            "b.txt": "Trump urged Putin not to escalate the war in Ukraine, the newspaper reported.",
            "c.txt": "Trump reminded Putin of the large US military presence in Europe, according to the report.",
            "d.txt": "According to the paper, Trump urged Putin not to escalate the war in Ukraine.",
            "e.txt": "The report said Trump reminded Putin of the considerable US military presence in Europe.",
        },
    )
    story = build_story(folder, embedder)
    holding = [c for c in story.claims if any(m.source == "a.txt" for m in c.members)]
    assert len(holding) == 2
    assert sorted(sorted(m.source for m in c.members) for c in holding) == [
        ["a.txt", "b.txt", "d.txt"],
        ["a.txt", "c.txt", "e.txt"],
    ]
    assert not story.disagreements


# --- The fact signal: sentences likely to state one fact are compared however they are worded -----


def _likely(p: float):
    return lambda a, b: p


def _two_claims(text_a: str, text_b: str) -> tuple[Story, Sentence, Sentence]:
    a, b = _s("A", 0, text_a), _s("B", 0, text_b)
    return _story([Claim("a", "a", [a]), Claim("b", "b", [b])]), a, b


def test_a_disagreement_that_holds_an_earlier_one_takes_its_place():
    """Invented text (audit 152: one refugee count listed twice, the second listing holding the
    first): the wider disagreement is listed once, with the claims of both."""
    a = _s("A", 0, "The camp holds over 24,000 refugees, the charity said.")
    b = _s("B", 0, "The camp holds about 20,000 refugees, officials said.")
    c = _s("C", 0, "The camp holds more than 22,000 refugees, aid workers said.")
    story = _story([Claim("c1", "c1", [a, b]), Claim("c2", "c2", [a, b, c])])
    found = [d for d in compare_story(story, _likely(0.9)) if d.kind == "numbers"]
    assert len(found) == 1 and set(found[0].claims) == {"c1", "c2"}
    assert {m.outlet for m in found[0].members} == {"Outlet A", "Outlet B", "Outlet C"}


def test_differently_worded_sentences_of_one_fact_are_compared_with_the_signal():
    story, a, b = _two_claims(
        "The ferry, carrying nine crew members and 136 passengers, was sailing from Dover to Calais.",
        "Its hull was breached below the waterline; the vessel had eight crew members and 139 passengers aboard.",
    )
    assert compare_story(story) == []  # few words in common: without the signal nothing is compared
    assert compare_story(story, _likely(0.2)) == []  # the signal finds them unlikely to be one fact
    [d] = compare_story(story, _likely(0.8))
    assert d.kind == "numbers" and set(d.claims) == {"a", "b"} and {m.key for m in d.members} == {a.key, b.key}
    assert "136 passengers" in d.summary and "139 passengers" in d.summary and "nine crew" in d.summary


def test_the_signal_decides_which_sentences_are_compared_for_numbers():
    story, _, _ = _two_claims(
        "In all, 83 firefighters died on duty across the country last year, the agency said.",
        "In all, 29 firefighters died on duty in that blaze, the agency said.",
    )
    assert [d.kind for d in compare_story(story)] == ["numbers"]  # the words alone: much in common
    assert compare_story(story, _likely(0.1)) == []  # the signal: two facts


def test_the_same_value_said_two_ways_is_no_conflict_even_for_one_fact():
    story, _, _ = _two_claims(
        "The ferry was carrying nine crew members and about 140 passengers when it left Dover.",
        "On board were 9 crew members and 139 passengers, the operator said of the Calais crossing.",
    )
    assert compare_story(story, _likely(0.95)) == []


def test_a_quantity_given_at_two_times_is_not_compared():
    story, _, _ = _two_claims(
        "The blaze spread overnight from 2,000 acres to 6,000 acres, fire officials said.",
        "The blaze, officials said, now covers 8,400 acres of dry brush.",
    )
    assert compare_story(story, _likely(0.9)) == []


def _articles(*sentences: Sentence) -> Story:
    """A story of one-sentence claims, one per sentence."""
    return _story([Claim(f"c{i}", f"c{i}", [s]) for i, s in enumerate(sentences)])


def test_one_thing_counted_two_ways_across_two_articles():
    # The words around the two figures differ (one tells the closure, the other a promise), but each
    # outlet gives one figure of pupils in its whole article, and they cannot both be true.
    closure = _s("A", 0, "The closure left about 120,000 pupils without lessons on Monday.")
    promise = _s("B", 0, "The mayor vowed to keep the nearly 150,000 pupils safe while schools stay shut.")
    story = _articles(closure, promise)
    [d] = compare_story(story, _likely(0.3))
    assert d.kind == "numbers" and set(d.claims) == {"c0", "c1"}
    assert "Outlet A: about 120,000 pupils" in d.summary and "Outlet B: nearly 150,000 pupils" in d.summary
    assert compare_story(_articles(closure, promise), _likely(0.2)) == []  # unlikely to be about one fact
    assert compare_story(_articles(closure, promise)) == []  # never without the signal


def test_an_outlet_that_gives_the_other_figure_anywhere_does_not_disagree():
    closure = _s("A", 0, "The closure left about 120,000 pupils without lessons on Monday.")
    promise = _s("B", 0, "The mayor vowed to keep the nearly 150,000 pupils safe while schools stay shut.")
    elsewhere = _s("B", 1, "Some 120,000 pupils in the city's public schools had no lessons.")
    assert compare_story(_articles(closure, promise, elsewhere), _likely(0.3)) == []
    charter = _s("A", 1, "Another 150,000 pupils attend schools the strike does not touch.")
    assert compare_story(_articles(closure, promise, charter), _likely(0.3)) == []


def test_figures_of_one_noun_that_are_not_one_count():
    def found(a: str, b: str) -> list:
        return compare_story(_articles(_s("A", 0, a), _s("B", 0, b)), _likely(0.3))

    # Too far apart to be one count told two ways: a part and the whole.
    assert found("About 12,000 pupils take the bus.", "The nearly 150,000 pupils stayed at home.") == []
    # One a rounding of the other.
    assert found("The outbreak has killed 4,493 people, the agency said.", "Some 4,500 people have died.") == []
    # Two years' figures.
    assert found("In 2019, 350 boats were built.", "Yards built 420 boats in 2021.") == []
    # A change told with several values is no one figure.
    assert found("The fire grew from 300 hectares to 900 hectares.", "It has burned about 1,200 hectares.") == []
    # Two things done: "sinking" and "towing" boats.
    assert found("The storm ended after sinking five boats.", "Crews spent the night towing seven boats.") == []


def test_a_count_of_more_things_is_not_the_count_of_them():
    """ "Another 250 cabins are threatened" counts cabins on top of those burned: never a different
    count of the same cabins, with the fact signal sure or not, in one claim or across the articles."""
    burned = "About 200 cabins have burned near the lake, the county said."
    for more in (
        "The county says another 250 cabins are still threatened.",
        "The county says an additional 250 cabins are still threatened.",
        "The county says 250 more cabins are still threatened.",
    ):
        for sure in (False, True):
            assert number_conflicts(burned, more, sure) == [] and number_conflicts(more, burned, sure) == []
        story = _articles(_s("A", 0, burned), _s("B", 0, more))
        assert [d for d in compare_story(story, _likely(0.9)) if d.kind == "numbers"] == []
    plain = "The county says 250 cabins have burned near the lake."
    assert [(x.surface, y.surface) for x, y in number_conflicts(burned, plain, True)] == [
        ("about 200 cabins", "250 cabins")
    ]


def test_figures_counted_over_two_stretches_are_two_counts():
    # A season's figure against one without it, a rate against a total, two stretches: two counts.
    pairs = [
        ("The striker scored eight goals this season, the club said.", "The striker scored 12 goals, the club said."),
        ("The ferry carries 300 passengers a day, the port said.", "The ferry carries 2,000 passengers, it said."),
        ("She scored 11 points in her last two games, he said.", "She scored 30 points since Week 4, he said."),
    ]
    for a, b in pairs:
        assert number_conflicts(a, b) == [] and number_conflicts(b, a) == []
        story = _articles(_s("A", 0, a), _s("B", 0, b))
        assert [d for d in compare_story(story, _likely(0.9)) if d.kind == "numbers"] == []
    # The same stretch said by both: one count, told two ways.
    a, b = "The striker scored eight goals this season.", "The striker scored 12 goals this season."
    assert [(x.surface, y.surface) for x, y in number_conflicts(a, b)] == [("eight goals", "12 goals")]
    a, b = "The ferry carries 300 passengers a day.", "The ferry carries 400 passengers a day."
    assert [(x.surface, y.surface) for x, y in number_conflicts(a, b)] == [("300 passengers", "400 passengers")]


def test_a_game_statistic_given_twice_in_an_article_is_no_one_figure():
    from generator.compare.number import counted_many

    report = "The quarterback threw for 300 yards, and a receiver ran back a punt 40 yards."
    assert counted_many(report, "yard")  # two players' yards: a statistic counted for several
    assert not counted_many("The storm sank 30 boats and damaged 40 boats.", "boat")  # news: five ways
    a = _s("A", 0, "The quarterback threw for 300 yards in the win.")
    b = _s("B", 0, "The quarterback threw for 280 yards in the win.")
    other = _s("A", 1, "A receiver ran back a punt 40 yards.")
    story = _story([Claim("c", "c", [a, b]), Claim("d", "d", [other])])
    story.articles[0].paragraphs = [Paragraph(a.text, 1), Paragraph(other.text, 2)]
    story.articles[1].paragraphs = [Paragraph(b.text, 1)]
    assert compare_story(story, _likely(0.9)) == []
    story.articles[0].paragraphs = story.articles[0].paragraphs[:1]  # one figure of yards: compared
    assert [d.kind for d in compare_story(story, _likely(0.9))] == ["numbers"]


def test_a_game_statistic_the_outlets_give_many_figures_of_is_no_one_figure():
    """Each outlet gives one figure of yards, but together they give three (two players' and a
    punt's): no outlet's figure is the story's one figure told another way."""
    from generator.compare.number import stats_of_many

    a = _s("A", 0, "The quarterback threw for 300 yards in the win.")
    b = _s("B", 0, "The quarterback threw for 280 yards in the win.")
    c = _s("C", 0, "A receiver ran back a punt 40 yards late in the game.")
    story = _story([Claim("c", "c", [a, b]), Claim("d", "d", [c])])
    for article, s in zip(story.articles, (a, b, c), strict=True):
        article.paragraphs = [Paragraph(s.text, 1)]
    assert stats_of_many([a.text, b.text, c.text]) == {"yard"}
    assert compare_story(story, _likely(0.9)) == []
    # Two figures alone are one figure told two ways; and news counts are no game's statistics.
    story.articles[2].paragraphs = [Paragraph("A receiver ran back a punt late in the game.", 1)]
    assert [d.kind for d in compare_story(story, _likely(0.9))] == ["numbers"]
    assert stats_of_many(["The storm sank 30 boats.", "It sank 40 boats.", "Ten boats sank at the pier."]) == set()


def test_a_groups_size_is_its_members_not_people_of_another_role():
    found = kinds(
        _claim(
            "The board named a 12-person panel to study the pier.",
            "The board named a panel to study the pier; a dozen officers stood by.",
        )
    )
    assert found["numbers"] == ("Only Outlet A gives 12-person panel; only Outlet B gives a dozen officers.", False)
    # Its members or people counted plainly are one figure with it.
    assert "numbers" not in kinds(_claim("A 20-member team reached the pier.", "About 20 members of it came."))
    assert "numbers" not in kinds(_claim("A 12-person panel will study it.", "Twelve people will study it."))
    # A group whose noun a name hides ("the 12-member Harbour Watch panel") may be the other's group of
    # that size (audit 186: "only A gives 20-member" beside "a 20-person crew"); not people of a role.
    hidden = "The board named the 12-member Harbour Watch panel to study the pier."
    assert "numbers" not in kinds(_claim(hidden, "The board named a 12-person panel to study the pier."))
    officers = kinds(_claim(hidden, "The board named a panel to study the pier; a dozen officers stood by."))
    assert officers["numbers"][0].startswith("Only Outlet A gives 12-member")


def test_a_figure_is_printed_with_its_hedge_once():
    story, _, _ = _two_claims(
        "The union, which represents nearly 30,000 teachers, called the strike.",
        "Some 26,000 teachers were due on the picket line, union leaders said.",
    )
    [d] = compare_story(story, _likely(0.9))
    assert "Outlet A: nearly 30,000 teachers;" in d.summary and "Outlet B: some 26,000 teachers" in d.summary


def test_a_claim_that_gives_one_side_as_a_detail_links_the_disagreement():
    # A's sentence gives the teachers' figure that B's contradicts (their claim), and also tells the
    # walkout with C, where only A gives a figure: the walkout's page must show the other side.
    union = _s("A", 0, "The union, which represents nearly 30,000 teachers, called the strike on Monday.")
    picket = _s("B", 0, "Some 26,000 teachers were due on the picket line, union leaders said.")
    walkout = _s("C", 0, "Teachers in the city walked off the job on Monday and called the strike.")
    talks, strike = Claim("talks", "talks", [union, picket]), Claim("walkout", "walkout", [walkout, union])
    story = _story([talks, strike])
    for article, s in zip(story.articles, (union, picket, walkout), strict=True):
        article.paragraphs = [Paragraph(s.text, 1)]
    [d] = compare_story(story, _likely(0.9))
    assert d.kind == "numbers" and d.claims == ("talks", "walkout")
    assert [x.summary for x in strike.differences] == ["Only Outlet A gives nearly 30,000 teachers."]
    story.disagreements = [d]
    page = claim_context(story, 1)
    [dispute] = page["disputes"]
    assert [m.key for m in dispute["other_side"]] == [picket.key] and dispute["others"] == [talks]
    assert claim_context(story, 0)["disputes"] == []  # its own "What differs" shows the conflict
    # The detail says its figure is disputed (an audit read "only A gives nearly 30,000 teachers"
    # beside the box that disputes it as the page contradicting itself); the conflict is no detail.
    assert page["disputed"] == [0]
    assert claim_context(story, 0)["disputed"] == []
    # B, whose sentence is that other side, is not said to be "not found" on the walkout's page: it
    # tells the fact with another figure (an audit read the two as the page contradicting itself).
    assert page["missing"] == ["Outlet B"] and page["against"] == ["Outlet B"]
    assert claim_context(story, 0)["against"] == []


def test_a_claim_page_counts_the_sites_of_the_articles_it_counts():
    """Invented text. "3 of 5 articles reported this ...; Outlet D may have too" goes on "these 3 from
    2" (the sites of the three it counts), not of all four with the weaker match (audit 141 read "these
    11 from 10" after "7 of 11")."""
    a = _s("A", 0, "The ferry ran aground near the pier on Monday.")
    b = _s("B", 0, "A ferry ran aground by the pier on Monday.")
    b2 = Sentence("Outlet B (2)", "1b.txt", "The ferry ran aground at the pier on Monday.", 0, 0, 1, 10)
    d = _s("D", 0, "Harbour traffic was slow on Monday.")
    claim = Claim("ferry", "ferry", [a, b, b2, d], weak=["Outlet D"])
    story = _story([claim, Claim("e", "e", [_s("E", 0, "The weather was fine.")])])
    for article in story.articles:
        told = [m for c in story.claims for m in c.members if m.source == article.source]
        article.paragraphs = [Paragraph(m.text, 1) for m in told]
    page = claim_context(story, 0)
    assert claim.reporting == ["Outlet A", "Outlet B", "Outlet B (2)"] and page["claim_sites"] == 2


def test_a_figure_is_one_value_in_its_units_abbreviation_plural_or_hyphened_word():
    """Invented text (audits 140, 141): "70-yd" and "70-yard", "6-feet" and "6-foot", "three
    semi-automatic pistols" and "3 semiautomatic pistols", "two grandkids" and "two grandchildren" are
    each one value; "1010 WINS" is a station and "#1 pick" a rank, no figure."""
    pairs = [
        ("Roe broke a 70-yd run in the third.", "Roe broke a 70-yard run in the third."),
        ("The suspect is 6-feet tall.", "The suspect is a 6-foot man."),
        ("He fled with three semi-automatic pistols.", "He fled with 3 semiautomatic pistols."),
        ("She leaves two grandkids.", "She leaves two grandchildren."),
        ("Roe had 59 catches for the season.", "Roe had 59 receptions for the season."),
    ]
    for a, b in pairs:
        assert "numbers" not in kinds(_claim(a, b)), (a, b)
        assert "numbers" in kinds(_claim(a, "He fled, police said.")), a  # each is a figure
    assert number_slots("The driver fled, police told 1010 WINS.") == []
    assert number_slots("He was the #1 pick in the draft.") == []  # a rank, no count
    assert number_slots("Roe, a 6-foot-7 offensive lineman, was hurt.") == []  # a height, no "6 offensive"
    # ... and a weight said with it, a build (audit 157 read two players' weights set one against the other)
    assert number_slots("The 6-foot-10, 245-pound Roe blocked six shots.")[0].surface == "six shots"


def test_a_weekday_or_a_year_inside_a_name_is_no_date():
    """Invented text (audit 141): "Patch Tuesday" names a release day, "Harbour Server 2003 and 2008" a
    product; "In 2003", "summer 2016", "by Tuesday" and "the mayor's 2016 campaign" say when."""
    from generator.compare.date import dates

    assert dates("It is not Patch Tuesday, the vendor said.") == {}
    assert dates("Harbour Server 2003 and 2008 are not affected.") == {}
    assert set(dates("In 2003 the pier closed, and by Tuesday it was open.")) == {"2003", "tuesday"}
    assert set(dates("Between 1991 and 1998 he lived abroad.")) == {"1991", "1998"}
    assert set(dates("The mayor's 2016 campaign began in summer 2015.")) == {"2016", "2015"}


def test_a_figure_given_without_its_noun_is_no_side_of_a_score_nor_the_whole_of_a_part():
    """Invented text (audit 141): a "10-5" record gives no "5 seed", "1 of 13" no "13 plays"; "the 19
    who died" still gives "19 firefighters"."""
    seed = kinds(_claim("The win gave Harbour FC the 5 seed in the playoffs.", "Harbour FC (10-5) won the game."))
    assert seed["numbers"][0] == "Only Outlet A gives 5 seed."
    plays = kinds(_claim("The Harbour FC drive took 13 plays.", "Roe went 1 of 13 passing in the game."))
    assert plays["numbers"][0] == "Only Outlet A gives 13 plays."
    assert "numbers" not in kinds(_claim("The fire killed 19 firefighters.", "The 19 who died were honoured."))
    quake = _claim("A 5.6 magnitude quake hit the island.", "The island was hit by a quake of a magnitude of 5.6.")
    assert "numbers" not in kinds(quake)  # "of" before a figure is no part's whole
    # No "2 quake": "magnitude-5.2" is the quake's magnitude (audit 149), its figure whole.
    assert [(x.value, x.unit) for x in number_slots("A magnitude-5.2 quake hurt three people.")] == [
        (5.2, "magnitude"),
        (3, "people"),
    ]
    # A figure with a noun after it counts that noun: "10 seconds ran off" gives no "10 yards" (audit 143).
    run = kinds(_claim("Roe ran for 10 yards before the whistle.", "Then 10 seconds ran off the clock."))
    assert run["numbers"][0] == "Only Outlet A gives 10 yards."
    # ... but a name or a scale after a figure is no noun it counts.
    sum_ = _claim("Roe agreed to give 35,000 reals to charity.", "Roe agreed to give 35,000 Brazilian reals to a fund.")
    assert "numbers" not in kinds(sum_)


def test_figures_of_what_was_done_to_them_with_two_verbs_are_two_counts():
    """Invented text: "shot four dock-hands, killing three" and "shot and killed three dock-hands" give
    the shot and the killed: no conflict (an irregular past, "shot", is a verb too)."""
    a = "On the quay Ann Roe shot four dock-hands, killing three, the harbour police said."
    b = "On the quay Ann Roe shot and killed three dock-hands, the harbour police said."
    assert number_conflicts(a, b, True) == []
    assert len(number_conflicts(a, "On the quay Ann Roe shot six dock-hands, the harbour police said.", True)) == 1


def test_a_name_set_off_after_a_relation_after_the_verb_speaks():
    """Invented text (audits 140, 143): "said Ann Roe's father, Bo Lee." gives the words to the
    father, not to the daughter; "said the harbour's spokesman, Bo Lee." to the spokesman."""
    from generator.compare.quote import utterance_speaker

    for text in (
        "“We wanted justice,” said Ann Roe's father, Bo Lee.",
        "“We wanted justice,” said Roe's father, Bo Lee.",
        "“We wanted justice,” said the harbour's spokesman, Bo Lee.",
    ):
        assert utterance_speaker(text, [], [], text) == "Bo Lee", text
        assert speakers(text) == {"Bo", "Lee"}, text


def test_an_emergency_number_is_no_figure():
    """Invented text. "A 911 call" names a telephone line, not a count (audit 92 read "only A gives 911
    call" as a figure); 911 of anything else is a count."""
    from generator.compare.number import number_slots

    for text in ["Police got a 911 call at noon.", "The 999 operator sent crews.", "Officers heard 911 reports."]:
        assert number_slots(text) == [], text
    assert [x.surface for x in number_slots("The fire destroyed 911 homes.")] == ["911 homes"]
    # Written with dashes ("9-1-1"), it is the same line (audit 136 read "only A gives 1 call").
    assert not number_slots("Crews answered a 9-1-1 call at 2:10 a.m.")


def test_two_figures_many_times_apart_are_two_counts():
    # Audit 137: a family's three dead set beside a school's forty as one count told two ways. A size
    # ("a .38-caliber" / "a .357-caliber revolver") stays comparable.
    from generator.compare.number import number_conflicts

    a = "The shelling killed three young men, the harbour doctors said."
    b = "The shelling killed more than 40 young men, the harbour doctors said."
    assert number_conflicts(a, b, True) == []
    assert number_conflicts(a, "The shelling killed four young men, the harbour doctors said.", True)
    assert number_conflicts("Police found a .38-caliber revolver.", "Police found a .357-caliber revolver.", True)


def test_a_word_between_a_figure_and_what_it_counts_is_not_what_it_counts():
    # Audit 137 read "only A gives three clearly" and "only B gives 11 different": such a figure counts
    # the plural noun after the word, or is left uncompared; a noun in -ly ("family") is still counted.
    from generator.compare.number import number_slots

    assert not number_slots("Three clearly-marked harbour schools were hit.")
    assert not number_slots("They stay in 11 different UN schools.")
    assert [x.surface for x in number_slots("It was sold in 40 different states.")] == ["40 different states"]
    assert [x.surface for x in number_slots("The 19 family members wept.")] == ["19 family members"]
    assert "numbers" not in kinds(_claim("Police got a 911 call at noon.", "Police were called at noon."))
    # Nor is "consecutive" (audit 144 read one outlet's count of consecutive life terms as a count of
    # "consecutive", at odds with another outlet's two counts of terms; invented words below).
    assert [x.surface for x in number_slots("The club lost four straight games.")] == ["four straight games"]
    story, _, _ = _two_claims(
        "A judge handed Roe four consecutive life terms without parole on Monday.",
        "Judge Ann Lee gave Roe seven consecutive life terms and four terms of life without parole.",
    )
    assert compare_story(story, _likely(0.9)) == []


def test_no_with_a_number_is_not_a_negation():
    assert not negated("The No. 1 and No. 2 cable operators would merge.")
    story, _, _ = _two_claims(
        "“When the No. 1 and the No. 2 cable operators merge, regulators worry,” he said.",
        "The deal would merge the two biggest cable operators, and regulators worry.",
    )
    assert compare_story(story, _likely(0.9)) == []


def test_a_conflict_between_two_sentences_in_two_shared_claims_is_listed_once():
    a = _s("A", 0, "The union, which represents nearly 30,000 teachers, called the strike on Sunday night.")
    b = _s("B", 0, "Some 26,000 teachers called a strike, the union said.")
    claims = [Claim("strike", "strike", [a, b]), Claim("union", "union", [a, b], joined={b.key})]
    found = compare_story(_story(claims), _likely(0.9))
    # Listed once, naming both claims: each holds both sentences and shows the conflict, so the
    # story page marks both ("outlets differ") as the claim pages say.
    assert [(d.kind, d.claims) for d in found] == [("numbers", ("strike", "union"))]
    assert all(any(d.conflict for d in c.differences) for c in claims)


_COUNTS = st.sampled_from([("nine", "9"), ("twelve", "12"), ("three", "3"), ("seven", "7"), ("eleven", "11")])


@given(_COUNTS, st.sampled_from(["", "about ", "nearly ", "at least "]), st.floats(0, 1))
def test_one_count_in_words_and_in_digits_never_conflicts(count, hedge, p):
    word, digits = count
    story, _, _ = _two_claims(
        f"The ferry carried {hedge}{word} crew members when it left the harbour at dawn.",
        f"There were {digits} crew members on the ferry that left the harbour, the operator said.",
    )
    assert compare_story(story, _likely(p)) == []


# --- Quotes --------------------------------------------------------------------------------------


def test_a_quote_of_several_sentences_is_read_from_its_one_mark():
    assert quotes("“We were lucky to get out alive.") == ["We were lucky to get out alive"]
    assert quotes('We were so lucky to get out alive," she said.') == ["We were so lucky to get out alive"]
    assert quotes('The 5" pipe burst under the road.') == []
    found = kinds(_claim("“We were lucky to get out of the house alive.", 'We were lucky to get out alive," she said.'))
    assert found["quotes"][1]


def test_quotes_that_differ_by_articles_insertions_or_contractions_are_one_quote():
    pumps = "“The pumps control {}access to {}tunnels and shafts,” he said."
    hearts = "“Our hearts are with everyone hurt in this mornings {}crash,” she wrote."
    felt = "He said he felt “better than {}expected.”"
    for x, y in [
        (pumps.format("the ", "the "), pumps.format("", "")),
        (hearts.format(""), hearts.format("(sic) ")),
        (felt.format("I would have "), felt.format("I would've ")),
        ("She asked whether he “fully backed the mayor's plan.”", "She asked, “Do you fully back the mayor's plan?”"),
    ]:
        assert quote_conflicts(x, y, 1.0) == [], (x, y)


def test_one_utterance_worded_differently_with_the_signal():
    a = "“Had that driver stopped, there were dozens of children on that bridge who would have been hurt.”"
    b = "“Had that driver had time to stop, there were more children on that bridge.”"
    assert quote_conflicts(a, b) == []  # a third of the words in common: not enough on its own
    assert quote_conflicts(a, b, 0.3) == []  # nor for sentences unlikely to state one fact
    assert quote_conflicts(a, b, 0.9) == [(a.strip("“”.").rstrip("."), b.strip("“”.").rstrip("."))]
    # The shorter's words in the longer, in order: a quote trimmed without marking the cut, no disagreement.
    a = "The mayor said “most of the cost of the new tunnel will fall on our own taxpayers.”"
    b = "The mayor said the bill “will fall on our own taxpayers.”"
    assert quote_conflicts(a, b, 0.9) == []


def test_two_utterances_that_begin_alike_are_not_one_quote():
    a = "“No matter how tired and no matter how late it gets, that is no reason to shout,” he added."
    b = "“No matter how noisy and tired our meetings can become, this does not excuse my manner,” he said."
    assert quote_conflicts(a, b, 0.9) == []


def test_quotes_of_two_named_speakers_never_conflict():
    assert speakers("“We will rebuild the bridge by May,” Mayor Ana Ruiz said.") == {"Ana", "Ruiz"}
    assert speakers("The bridge will reopen, said Tom Lee, a spokesman.") == {"Tom", "Lee"}
    assert speakers("He called the plan “reckless” because Ruiz knew it.") == set()
    assert speakers("She's said the plan is “reckless.”") == set()  # a pronoun run on with its verb
    # A long apposition between name and verb (audit 122: a quote of 82 characters' office went unlabelled).
    office = "the director of the North Harbour ferry safety programme at the Port Town Institute"
    long = f"“It can wait,” Tom Lee, {office}, wrote."
    assert speakers(long) == {"Tom", "Lee"}
    a = "“We will rebuild the bridge by the end of May,” Mayor Ana Ruiz said."
    b = "“We will rebuild the bridge by the end of June,” Governor Tom Lee said."
    assert quote_conflicts(a, b, 0.9) == []
    assert quote_conflicts(a, "“We will rebuild the bridge by the end of June,” Ruiz said.", 0.9)


_BRIDGE = "We will rebuild the old bridge by the end of May and open it to buses"


@given(st.data())
def test_a_cut_or_an_excerpt_of_a_quote_is_never_a_conflict(data):
    words = _BRIDGE.split()
    start = data.draw(st.integers(0, len(words) - 4))
    end = data.draw(st.integers(start + 4, len(words)))
    cut = words[start:end]
    gap = data.draw(st.integers(1, len(cut) - 2))  # an omission marked "..." after word ``gap``
    skip = data.draw(st.integers(gap, len(cut) - 1))
    excerpt = " ".join(cut[:gap]) + data.draw(st.sampled_from([" ... ", "… ", "..."])) + " ".join(cut[skip:])
    for shown in (" ".join(cut), excerpt):
        assert quote_conflicts(f"“{_BRIDGE},” Ruiz said.", f"Ruiz said “{shown}.”", 1.0) == [], shown


def test_the_same_story_gives_the_same_disagreements():
    def build() -> list[tuple[str, str, tuple[str, ...]]]:
        story, _, _ = _two_claims(
            "“Had that driver stopped, there were dozens of children on that bridge,” Ruiz said of the 14 buses.",
            "“Had that driver had time to stop, there were more children on that bridge,” said Ruiz of 12 buses.",
        )
        return [(d.kind, d.summary, d.claims) for d in compare_story(story, _likely(0.9))]

    first = build()
    assert [k for k, _, _ in first] == ["numbers", "quotes"] and build() == first


def test_an_ampersand_joins_one_name():
    """ "Harbour & Sons", a TV show "Morning & Friends" (invented): one name, so a detail never names
    its first word alone (an audit read "only Vox names Fox" of a show's name)."""
    assert names("The chief told Morning & Friends the recorders were found.") == {"Morning & Friends"}
    assert names("Shares of Harbour & Sons rose on Monday.") == {"Harbour & Sons"}
    claim = _claim(
        "The chief told Morning & Friends the recorders were found.", "The chief said the recorders were found."
    )
    assert "Only Outlet A names Morning & Friends." in _summaries(claim).get("names", "")


def test_a_part_of_a_whole_gives_its_figure():
    """ "Eight were taken to hospital, six of them with burns" gives six: no "only A gives six people"
    (invented text; an audit read such a detail beside the other outlet's card)."""
    claim = _claim(
        "Six people were burned and two others were hurt in the blaze.",
        "Eight people were taken to hospital, six of them with burns.",
    )
    summary = kinds(claim)["numbers"][0]
    assert summary == "Only Outlet A gives two others; only Outlet B gives eight people."  # six: both give it


def test_only_one_outlet_names_it_is_checked_against_whole_sentences():
    a = _claim(
        "Fire crews from Wellington tackled the blaze on the High Street, officials said.",
        "Crews tackled the blaze, which is on the town's high street, early on Sunday, said the Wellington crew.",
    )
    b = a.members[1]
    # Outlet B's part that tells the claim leaves out "the Wellington crew", and writes "high street".
    a.parts[b.key] = (0, 57)
    names_said = " ".join(d.summary for d in compare_claim(a) if d.kind == "names")
    assert "Wellington" not in names_said and "High Street" not in names_said


def test_a_sentences_first_word_is_no_name():
    found = names("Throughout World War II, she swam in films for MGM.")
    assert "MGM" in found and not any("Throughout" in n for n in found)
    assert "Luckily" not in " ".join(names("“Luckily Smith was not hurt,” the chief said."))


def test_the_same_day_said_two_ways_is_no_detail_of_one_outlet():
    claim = _claim("Williams died yesterday at her home.", "Williams died on Thursday at her home.")
    days = {"0.txt": date(2013, 6, 7), "1.txt": date(2013, 6, 6)}  # Friday; Thursday
    assert not [d for d in compare_claim(claim, Context(days=days)) if d.kind == "dates"]
    claim = _claim("Williams died on June 6 at her home.", "Williams died on Thursday at her home.")
    assert not [d for d in compare_claim(claim, Context(days=days)) if d.kind == "dates"]  # June 6, 2013 was a Thursday
    claim = _claim("Williams died on Monday at her home.", "Williams died on Thursday at her home.")
    [detail] = [d for d in compare_claim(claim, Context(days=days)) if d.kind == "dates"]
    assert not detail.conflict and "Monday" in detail.summary


def test_an_abbreviation_is_named_where_another_outlet_spells_it_out():
    claim = _claim(
        "The Washington Post reported that the two leaders spoke by phone on Thursday.",
        "The two leaders spoke by phone on Thursday, the newspaper (WP) reported.",
    )
    said = " ".join(d.summary for d in compare_claim(claim) if d.kind == "names")
    assert "WP" not in said


# --- Quotes: only on strong evidence of one utterance (issue 10) --------------------------------


def test_two_cuts_of_a_longer_statement_are_not_a_conflict():
    # One quote starts earlier, the other runs on: both are true to the same statement.
    a = "“We will rebuild the old bridge by the end of May and open it to buses,” Ruiz said."
    b = "Ruiz said “the old bridge by the end of May and open it to buses and trams in the summer.”"
    assert quote_conflicts(a, b) == [] and quote_conflicts(a, b, 0.9) == []
    # A word changed inside the shared words is still one utterance worded differently.
    c = "Ruiz said “the old bridge by the end of June and open it to buses and trams in the summer.”"
    assert quote_conflicts(a, c, 0.9)


def test_one_spelling_or_number_written_out_is_not_another_wording():
    for x, y in [
        ("“We asked the U.S. government for help with the flood,” the mayor said.",
         "“We asked the US government for help with the flood,” the mayor said."),
        ("“We lost nineteen of the bravest people you could meet,” the chief said.",
         "“We lost 19 of the bravest people you could meet,” the chief said."),
        ("“Please check the web site for the new opening hours,” she said.",
         "“Please check the website for the new opening hours,” she said."),
        # A word printed twice, and a short word in the singular and the plural (a longer word's
        # plural is its singular already, as quote words are cut to five letters).
        ("“We will join the harbour towns to halt the ship tests altogether,” the mayor said.",
         "“We will join the harbour towns and towns to halt the ship test altogether,” the mayor said."),
    ]:  # fmt: skip
        assert quote_conflicts(x, y) == [], (x, y)
    # Another word is another wording still.
    x = "“We will join the harbour towns to halt the ship tests altogether,” the mayor said."
    assert quote_conflicts(x, x.replace("ship tests", "boat tests")) != []


def test_a_short_phrase_quoted_differently_is_not_one_utterance():
    a = "She called it “a very serious and sad day” for the town."
    b = "She called it “a very sad and serious day” for the town."
    assert quote_conflicts(a, b) == []


def test_a_short_quote_is_compared_where_the_signal_is_all_but_sure_of_one_fact():
    """A remark one outlet quotes in four words, another in full with a word changed: compared only when
    the fact signal is all but sure the two sentences state one fact."""
    a = "He called the plan “cynical” because the mayor knew the cost “would fall upon our own small shops.”"
    b = "The council leader said the cost of such rules will “fall upon the small shops.”"
    assert quote_conflicts(a, b, 0.95) == [("would fall upon our own small shops", "fall upon the small shops")]
    assert quote_conflicts(a, b, 0.8) == [] and quote_conflicts(a, b) == []


def test_quotes_in_sentences_the_signal_finds_about_something_else_do_not_conflict():
    a = "“We will rebuild the old bridge by the end of May,” Ruiz said of the river crossing."
    b = "“We will rebuild the old school by the end of May,” Ruiz said at the opening of the gym."
    assert quote_conflicts(a, b)  # without the signal, most words shared and one changed
    assert quote_conflicts(a, b, 0.2) == []  # the signal finds two facts: two utterances
    story, _, _ = _two_claims(a, b)
    assert [d.kind for d in compare_story(story, _likely(0.2))] == []


# --- Names: a long name kept but for one word (issue 10) ----------------------------------------


def test_a_long_name_kept_but_for_one_word_names_one_place_two_ways():
    a = "The suspect is being held in the Monroe County Correctional Facility in Stroudsburg."
    b = "The suspect was taken to the Pike County Correctional Facility early on Friday."
    assert one_word_apart(a, b) == [("Monroe County Correctional Facility", "Pike County Correctional Facility")]
    story, _, _ = _two_claims(a, b)
    assert [d.kind for d in compare_story(story, _likely(0.9))] == ["names"]
    assert compare_story(story, _likely(0.2)) == []  # not one fact: two jails may both be right
    c = "The suspect was taken to the Monroe County Correctional Institute early on Friday."
    assert one_word_apart(a, c) == [("Monroe County Correctional Facility", "Monroe County Correctional Institute")]


def test_names_one_word_apart_that_are_one_name_or_two_named_things_are_no_conflict():
    for x, y in [
        ("District Attorney Raymond Tonkin of Pike County will seek the death penalty.",
         "District Attorney Ray Tonkin of Pike County will seek the death penalty."),  # a short form
        ("Board member Meredith Attwell Baker left for a job at Comcast.",
         "Board member Meredith Atwell Baker left for a job at Comcast."),  # a spelling
        ("The FCC will review the deal, while the Federal Trade Commission leads the antitrust inquiry.",
         "The deal must be cleared by the Federal Communications Commission."),  # both commissions named
        ("Victims Michael Cella and Michael Kempf both died.", "Michael Kempf and Michael Cella died."),
        ("Officers of the Metro Nashville Police arrived.", "Officers of the Metro Nashville PD arrived."),
        ("Shares of Time Warner Cable rose.", "Shares of the new Comcast-Time Warner Cable rose."),
    ]:  # fmt: skip
        assert one_word_apart(x, y) == [], (x, y)


def test_two_names_of_one_kind_for_one_fact_name_one_thing_two_ways():
    a = "In 1994, the Storm King Fire near Glenwood Springs killed 14 firefighters."
    b = "The last fire to kill more was the South Canyon fire of Glenwood Springs, which killed 14 in 1994."
    story, _, _ = _two_claims(a, b)
    [d] = compare_story(story, _likely(0.9))
    assert d.kind == "names" and "Storm King fire" in d.summary and "South Canyon fire" in d.summary
    assert compare_story(story, _likely(0.2)) == []  # two fires, two facts
    # Not a kind: a verb or preposition after a name, a kind never said as part of a name, one-word
    # names (a place, an adjective), or a wording that names both.
    for x, y in [
        ("Mary Ann Smith reported the fire near the Lake Mead Marina.",
         "John Paul Smith reported the fire near the old smith shop."),
        ("The Yarnell Hill fire spread overnight.", "The Doce Canyon fire spread overnight."),
        ("The Arizona Forestry Division said the Yarnell Hill Fire grew.", "Officials said the Arizona fire grew."),
        ("The Storm King Fire killed 14.", "Like the Storm King fire, the South Canyon fire killed 14."),
    ]:  # fmt: skip
        assert kind_conflicts(x, y) == [], (x, y)


def test_not_only_is_no_negation():
    """ "not just X but also Y" adds to X: nothing is denied, so no contradiction with "X" stated."""
    a = "Its scientists are building weapons of every kind, not just nuclear weapons but also chemical ones."
    b = "The two leaders argued over whose nuclear weapons were more powerful."
    assert not negated(a)
    assert negation_conflict(a, b) == set()
    assert negation_conflict("The ministry had not been informed of the call.", "Officials were informed of the call.")


def test_a_contradiction_needs_sentences_the_signal_finds_about_one_fact():
    no_a = _s("A", 0, "An official in the capital said the ministry had not been informed of any call with the envoy.")
    yes_c = _s("C", 0, "The paper said officials in the ministry were informed of the call with the envoy.")
    claims = [Claim("no", "no", [no_a]), Claim("yes", "yes", [yes_c])]
    assert compare_story(_story(claims), lambda a, b: 0.47)  # the seed's pair: as likely as that, linked
    assert compare_story(_story(claims), lambda a, b: 0.05) == []  # sentences that only share words: not


def test_an_ampersand_is_and_in_a_quote():
    a = "The minister said in a statement that she and the mayor “agree that parks & clean rivers are vital.”"
    b = "“The mayor and I have talked, and both agree that parks and clean rivers are vital,” the statement said."
    assert quote_conflicts(a, b) == [] and quote_conflicts(a, b, 0.9) == []


_CITING_WORDS = [
    "A", "The", "aide", "Roe", "said", "told", "confirmed", "according", "to", "that", "he", "the", "pier",
    "reopens", ",", ".", "“", "”", "U.S.", "further", "not",
]  # fmt: skip


@given(st.lists(st.sampled_from(_CITING_WORDS), max_size=14))
def test_a_cited_source_is_words_of_the_sentence_outside_its_quotes(words):
    text = " ".join(words)
    source = cited(text)
    if source is not None:
        assert source.strip() and (source in text or source[0].upper() + source[1:] in text)
        assert source.split()[0].lower() not in {"he", "she", "they", "it"}
        assert not set(source) & set("“”…")  # never words of a quote


def test_one_and_two_in_words_or_figures_are_one_quote():
    a = "“We think there is a 2 in 5 chance the bridge reopens in the spring,” the engineer said."
    b = "The engineer said: “We think there is a two-in-five chance the bridge reopens in the spring.”"
    c = "The engineer said: “We think there is one chance in five the bridge reopens in the spring.”"
    d = "“We think there is 1 chance in 5 the bridge reopens in the spring,” the engineer said."
    assert quote_conflicts(a, b, 0.9) == [] and quote_conflicts(c, d, 0.9) == []
    assert quote_conflicts(a, c, 0.9)  # another figure is another wording


def test_a_quote_the_split_cut_is_compared_with_the_whole_quotation():
    """One outlet quotes two sentences of a statement, another only the second: no conflict, though
    the first sentences begin alike ("This crew was ready ...")."""
    first = _s("A", 0, '"This crew was ready today to go in.')
    second = _s("A", 1, 'This crew was ready to fight fires," the chief said.')
    other = _s("B", 0, "“This crew was ready to fight fires,” the chief told reporters.")
    paragraph = [Paragraph(f"{first.text} {second.text}", 1)]
    articles = [Article("0.txt", "Outlet A", paragraph), Article("1.txt", "Outlet B", [Paragraph(other.text, 1)])]
    claims = [Claim("a", "a", [first]), Claim("b", "b", [second, other])]
    story = Story("s", "S", articles, claims)
    assert story_context(story).quotations[first.key] == (
        "This crew was ready today to go in. This crew was ready to fight fires",
    )
    # Read alone, the cut sentence looks like the same utterance worded differently:
    assert quote_conflicts(first.text, other.text)
    assert compare_story(story, _likely(0.9)) == []


def test_whole_quotations_are_only_those_over_several_sentences():
    keys, texts = ["a", "b", "c"], ['He said "one two three."', '"Four five six.', 'Seven eight," he added.']
    assert whole_quotations(keys, texts) == {"b": ("Four five six. Seven eight",), "c": ("Four five six. Seven eight",)}


def test_a_verb_reported_speech_shifts_back_is_the_same_quote():
    a = '"Further plans will be set out in the coming weeks," the office said.'
    b = 'The office would not elaborate, saying only that "further plans would be set out in the coming weeks."'
    assert quote_conflicts(a, b) == []
    c = 'The office said only that "further plans will be set out in the coming months."'
    assert quote_conflicts(a, c)  # another word is still another wording


def test_names_one_word_apart_are_two_things_when_an_outlet_uses_both():
    a = _s("A", 0, "Dr. Lee, chief medical officer of North Valley Resources, said the staff followed the rules.")
    b = _s("B", 0, "Dr. Lee, chief medical officer for North Valley Presbyterian, said the staff followed the rules.")
    story = _story([Claim("c", "c", [a, b])])
    assert [d.kind for d in compare_story(story, _likely(0.9))] == ["names"]
    # Outlet A's article names the hospital too, elsewhere: the company and its hospital, two things.
    story.articles[0] = Article(
        "0.txt", "Outlet A", [Paragraph(a.text, 1), Paragraph("She works at North Valley Presbyterian.", 2)]
    )
    assert compare_story(story, _likely(0.9)) == []


def test_a_small_word_a_vocative_or_a_moved_word_is_no_other_wording():
    said = '"The plan should never have been approved by the board," the mayor said.'
    for other in (
        '"The plan should have never been approved by the board," the mayor said.',  # the same words moved
        '"The plan should never, ever have been approved by the board," the mayor said.',  # one small word
        '"The plan, Mr. President, should never have been approved by the board," the mayor said.',  # a vocative
    ):
        assert quote_conflicts(said, other) == [] and quote_conflicts(said, other, 0.9) == [], other
    # Two words or a content word inside the shared ones are another wording.
    assert quote_conflicts(said, '"The plan should never have been quietly approved by the board," the mayor said.')
    assert quote_conflicts(said, '"The plan should never have been approved by some of the board," the mayor said.')
    # One small word that says how many, whose, or how two statements join is another wording too.
    for other in (
        '"The plan should never have been approved by any board," the mayor said.',
        '"The plan should never have been approved by our board," the mayor said.',
    ):
        assert quote_conflicts(said, other) and quote_conflicts(said, other, 0.9), other


def test_a_cut_quote_changed_inside_is_another_wording_of_the_longer_one():
    long_ = (
        '"Mayor, I know you are a bit tired of this plan, but the harbour needs an answer before the winter'
        ' storms close the port again," Roe said.'
    )
    # The shorter quote is the longer's words from one point to another, with words left out inside.
    assert quote_conflicts(long_, '"I know you are tired of this plan," Roe said.', 0.9)
    # A plain cut, or a cut that opens with words of its own, is no other wording.
    assert not quote_conflicts(long_, '"I know you are a bit tired of this plan," Roe said.', 0.9)
    assert not quote_conflicts(long_, '"We are all tired of this plan," Roe said.', 0.9)


def test_quotes_of_a_speaker_both_sentences_name_may_share_fewer_words():
    a = (
        'To Sen. Ada Quill, the plan "moves money away from the lobbyists and the insiders and hands it back'
        ' to the workers."'
    )
    b = (
        'The Fair Wages Act "shifts money from the lobbyists, big donors and the top earners and hands it back'
        ' to working families," Sen. Ada Quill said.'
    )
    # Both sentences name the speaker and the signal finds one fact: under half the words shared is
    # still one statement worded two ways.
    assert quote_conflicts(a, b, 0.9)
    assert quote_conflicts(a, b) == []  # without the signal: too few words shared
    # Without the name on both sides, as many words shared say nothing of one utterance.
    assert quote_conflicts(a.replace("To Sen. Ada Quill, the", "The"), b, 0.9) == []


def test_a_long_quote_is_summarised_by_the_part_the_shorter_quote_spans():
    long_ = (
        '"Mayor, I know you are a bit tired of this plan, but the harbour needs an answer before the winter'
        ' storms close the port again," Roe said.'
    )
    summary, conflict = kinds(_claim(long_, '"I know you are tired of this plan," Roe said.'))["quotes"]
    assert conflict and "Outlet A: […] I know you are a bit tired of this plan […];" in summary
    assert "winter storms" not in summary


def test_quotes_alike_for_most_of_their_length_are_summarised_around_the_change():
    opening = "In light of the storms that came this winter and the damage they did to the old quay,"
    a = f'"{opening} the board has decided to close the harbour to ferries until the spring," Roe said.'
    b = f'"{opening} the board has decided to close the harbour to all boats until the spring," Roe said.'
    summary, conflict = kinds(_claim(a, b))["quotes"]
    assert conflict and "Outlet A: […] the harbour to ferries until the spring;" in summary
    assert "Outlet B: […] the harbour to all boats until the spring)" in summary


_PLAIN = st.lists(st.sampled_from(["plan", "board", "Roe", "never", "city", "vote", "9", "we", "pier"]), max_size=12)


@given(_PLAIN, st.integers(0, 12), st.integers(0, 12))
def test_a_stretch_is_the_quotes_own_words(words, i, j):
    quote = " ".join(words)
    part = stretch(quote, " ".join(words[min(i, j) : max(i, j)]))
    assert part == quote or part.removeprefix("[…] ").removesuffix(" […]") in quote


def test_a_quotation_the_sentence_split_cut_is_compared_whole():
    a = '"We fixed the old pier last year and we will fix it again," the mayor said.'
    b = '"We fixed the old pier last year.'  # its paragraph goes on: "We will fix it again when ..."
    whole_b = ("We fixed the old pier last year. We will fix it again when the storms pass",)
    assert quote_conflicts(a, b, 0.9) == []  # the sentence alone is a cut of the other's words
    assert quote_conflicts(a, b, 0.9, (), whole_b) == [
        ("We fixed the old pier last year and we will fix it again", whole_b[0])
    ]


def test_a_change_after_one_small_shared_word_is_not_inside_one_statement():
    a = '"It is a costly mistake that should never have been approved," the mayor said.'
    b = '"It should never have been approved," the mayor said.'
    assert quote_conflicts(a, b) == [] and quote_conflicts(a, b, 0.9) == []


def test_what_holds_now_is_no_contradiction_of_what_held_before():
    old = "The old harbour code required ferries to carry two pilots, the board said."
    assert negation_conflict("The new rules don't require ferries to carry two pilots.", old) == set()
    # Both in the past, or both now: one of them is wrong.
    assert negation_conflict("The old code did not require ferries to carry two pilots.", old) == {"required"}
    now = "The new rules require ferries to carry two pilots."
    assert negation_conflict("The new rules don't require ferries to carry two pilots.", now) == {"require"}


def test_a_negation_by_two_named_speakers_is_no_contradiction():
    a = _s("A", 0, 'Rep. Ann Doyle (D-Ore.) said the plan "serves the people, not the special interests."')
    b = _s("B", 0, 'The plan "takes power from the special interests," Sen. Bill Moss said.')
    assert {"Ann", "Doyle"} <= speakers(a.text) and "Moss" in speakers(b.text)
    assert compare_story(_story([Claim("a", "a", [a]), Claim("b", "b", [b])]), _likely(0.9)) == []


def test_a_sentences_first_word_is_not_part_of_a_long_name():
    a = "Hosting President Anne Marie Laval at the palace, the king praised the treaty."
    b = "The king praised the treaty with French President Anne Marie Laval at his side."
    assert one_word_apart(a, b) == []


def test_numbers_of_time_units_are_times_and_ages_not_counts():
    assert number_slots("He first ran for the office three years ago.") == []
    assert number_slots("She came with her 44-year-old mother.") == []
    story, _, _ = _two_claims(
        "The mayor first spoke of the plan three years ago, before the election.",
        "The mayor first spoke of the plan 15 years ago, before the election.",
    )
    assert compare_story(story, _likely(0.9)) == []
    story, _, _ = _two_claims(
        "The storm destroyed 40 homes in the valley.", "The storm destroyed 60 homes in the valley."
    )
    assert [d.kind for d in compare_story(story, _likely(0.9))] == ["numbers"]


def test_a_negation_in_a_condition_states_no_fact():
    assert (
        negation_conflict(
            "Drivers who don't pass the eyesight test lose their licence.",
            "Most drivers pass the eyesight test, officials said.",
        )
        == set()
    )
    assert (
        negation_conflict(
            "Drivers did not pass the eyesight test.", "If they pass the eyesight test, drivers may keep it."
        )
        == set()
    )
    assert negation_conflict(
        "Drivers did not pass the eyesight test.", "Officials said most drivers pass the eyesight test."
    )
    # A negation in a condition gives the rest of the sentence no polarity: it states "pass" plainly.
    stated = "Even if they don't get extra lessons, most drivers pass the eyesight test, officials said."
    assert negation_conflict("Drivers did not pass the eyesight test.", stated) == {"pass"}
    assert negation_conflict("Drivers did not pass the eyesight test.", "They don't pass the eyesight test.") == set()


def test_a_word_one_outlet_masks_is_the_same_word():
    a = '"We will never fund that d***ed bridge over the bay!" the former governor told the host.'
    b = '"We will never fund that damned bridge over the bay," the former governor told the host.'
    assert quote_conflicts(a, b) == [] and quote_conflicts(a, b, 0.9) == []
    c = '"We will never fund that b****y bridge over the bay," the former governor told the host.'
    assert quote_conflicts(b, c)  # a mask that does not fit the other's word


def test_a_negating_sentence_that_joined_the_other_claim_stays_on_its_side():
    no_a = _s(
        "A", 0, "An official in the capital said the ministry had not been made aware of any contact with the envoy."
    )
    no_b = _s(
        "B", 0, "An official in the capital confirmed the ministry had not been informed of any call with the envoy."
    )
    yes_c = _s("C", 0, "The paper said officials in the ministry were informed of the call with the envoy.")
    # B tells the "not informed" fact and joined C's claim as a further fact (the attach-to-every-claim pass).
    claims = [Claim("no", "no", [no_a, no_b]), Claim("yes", "yes", [no_b, yes_c], joined={no_b.key})]
    [d] = compare_story(_story(claims), _likely(0.6))
    assert d.kind == "negation" and d.claims == ("no", "yes")
    assert [m.outlet for m in d.members] == ["Outlet B", "Outlet A", "Outlet C"]  # the negating side first
    # B says the opposite of the "informed" claim: it no longer counts as reporting it.
    assert [m.outlet for m in claims[1].members] == ["Outlet C"] and not claims[1].joined


def test_a_negation_is_about_what_is_done_not_when():
    a = "The mayor took questions, which the governor did not a week ago."
    b = "Unlike the governor a week ago, the mayor took every question."
    assert negation_conflict(a, b) == set()
    assert negation_conflict("The governor did not answer questions a week ago.", "The governor answered questions.")


_WORDS = st.lists(
    st.sampled_from(["plan", "board", "will", "never", "city", "vote", "the", "we", "said"]), min_size=1, max_size=6
)


@given(
    st.lists(
        st.tuples(_WORDS, st.sampled_from(["", '"', "“", "”"]), st.sampled_from(["", '"', "”"])), min_size=1, max_size=5
    )
)
def test_whole_quotations_span_several_sentences_and_are_their_words(parts):
    texts = [f"{open_}{' '.join(words)}.{close}" for words, open_, close in parts]
    keys = [str(i) for i in range(len(texts))]
    joined = " ".join(texts)
    found = whole_quotations(keys, texts)
    for key, quotations in found.items():
        assert key in keys
        for q in quotations:
            assert q in joined  # the speaker's words, as printed
    # A quotation is reported for at least two sentences or none.
    by_quote: dict[str, int] = {}
    for quotations in found.values():
        for q in quotations:
            by_quote[q] = by_quote.get(q, 0) + 1
    assert all(n >= 2 for n in by_quote.values())


@given(_WORDS, st.randoms(use_true_random=False))
def test_the_same_words_in_another_order_are_never_another_wording(words, rng):
    moved = list(words)
    rng.shuffle(moved)
    assert not _substantive([(tuple(words), tuple(moved))])


@given(st.text(alphabet="abc *", max_size=30), st.text(alphabet="abc ", max_size=30))
def test_unmask_changes_only_masked_words(quote, other):
    out = unmask(quote, other)
    if "*" not in quote:
        assert out == quote
    assert len(out.split()) == len(quote.split())


def test_a_quotes_first_word_and_a_time_zone_are_no_names():
    assert names("A spokesman for the grocer said: “Luckily no-one was hurt in the blaze.”") == set()
    assert names("Crews were called at 06:00 BST to the store.") == set()
    assert names("The store manager, Ann Lee, said: “Ann Lee is proud of the crews.”") == {"Ann Lee"}


def test_a_verb_after_a_figures_noun_is_no_part_of_how_it_is_printed():
    """Invented text. "A 4.2 magnitude tremor shook ..." prints its figure as "4.2 magnitude tremor"
    (audit 129 read such a verb in a detail, a verb the other outlet never used)."""
    [slot] = number_slots("A 4.2 magnitude tremor shook the harbour.")
    assert (slot.surface, slot.unit) == ("4.2 magnitude tremor", "magnitude")
    [slot] = number_slots("The 30-member crew left early.")
    assert slot.surface == "30-member crew"


def test_a_number_set_off_by_commas_counts_nothing():
    assert number_slots("The swimmer, 91, passed away on Thursday.") == []
    assert [s.unit for s in number_slots("A town of about 700 residents, officials said.")] == ["people"]


def test_a_day_three_outlets_share_is_not_said_to_be_one_outlets():
    claim = _claim(
        "The actress died yesterday in her sleep.",
        "The actress died on Thursday in her sleep.",
        "The actress died Thursday in her sleep.",
    )
    summary, conflict = kinds(claim)["dates"]  # no article dates: "yesterday" cannot be resolved
    assert not conflict and summary == (
        "Only Outlet A gives yesterday; only Outlet B and Outlet C give Thursday."
        " (These may be the dates of different events.)"
    )


def test_details_are_said_by_value_and_checked_against_whole_sentences():
    """A value every outlet gives, in any wording, is no detail ("19 members" / "nineteen firefighters");
    one an outlet gives outside the part that tells the claim is given (its card shows it)."""
    claim = _claim(
        "The blaze killed 19 members of the crew on Sunday.",
        "The blaze killed nineteen firefighters on Sunday.",
        "Nineteen firefighters died in the blaze.",
    )
    assert "numbers" not in kinds(claim)
    claim = _claim(
        "The blaze killed 19 firefighters, the deadliest since 1933.",
        "The blaze killed 19 firefighters. It was the deadliest since 1933.",
        "The blaze killed 19 firefighters.",
    )
    claim.parts[claim.members[1].key] = (0, 34)  # its part leaves out "since 1933"
    assert kinds(claim)["dates"] == ("Only Outlet A and Outlet B give “since 1933”.", False)


def test_a_date_a_span_starts_from_is_given_with_the_words_that_say_so():
    """Invented text (audit 87). "Expenses dating back to 2015" dates the start of the expenses, not the
    claim's repayment: the detail says the outlet's words ("only B gives “dating back to 2015”"), not a
    bare year that reads as the other outlets' event dated another way."""
    claim = _claim(
        "The mayor's lawyers said in 2017 that she repaid the fund about $6,000.",
        "She repaid the fund more than $6,000 for expenses dating back to 2015.",
        "The mayor repaid about $6,000 to the fund.",
    )
    assert kinds(claim)["dates"][0] == (
        "Only Outlet A gives 2017; only Outlet B gives “dating back to 2015”."
        " (These may be the dates of different events.)"
    )


def test_a_conflict_names_every_outlet_that_gives_a_side():
    claim = _claim(
        "The fire forced 700 residents of the village to leave.",
        "The fire forced all 600 people of the village to leave.",
        "The fire forced 700 residents of the village to leave their homes.",
    )
    summary, conflict = kinds(claim)["numbers"]
    assert conflict and "Outlet A: 700 residents" in summary and "Outlet C: 700 residents" in summary
    # An outlet whose value the conflict lists is shown with it, though it joined the claim as a
    # further fact and so was not compared itself.
    claim.joined = {claim.members[2].key}
    [found] = [d for d in compare_claim(claim, Context()) if d.kind == "numbers"]
    assert "Outlet C: 700 residents" in found.summary and claim.members[2].key in found.keys
    # A bound said of something else ("more than 100 residents" of another village) is no side.
    claim = _claim(
        "The fire forced 700 residents of the village to leave.",
        "The fire forced all 600 people of the village to leave.",
        "No fire since 1990 had forced more than 100 residents of any village to leave.",
    )
    summary, conflict = kinds(claim)["numbers"]
    assert conflict and "100" not in summary and "Outlet C" not in summary


def test_names_are_whole_and_titles_or_common_words_are_not_names():
    """Found by a browser audit of long stories (sentences invented here)."""
    from generator.compare import dates

    assert names("Gov. Jan Brewer visited the town.") == {"Jan Brewer"}  # a first name, not January
    assert dates("Gov. Jan Brewer visited the town.") == {}
    assert dates("The vote is on Jan. 5.") == {"jan 5": "Jan. 5"}
    assert names("Adviser H.R. McMaster met Ann DeLuca.") == {"McMaster", "Ann DeLuca"}
    assert names("Attorney General Ann E. Roe spoke.") == {"Attorney General Ann E. Roe"}
    assert names("Ohio Rep. Ann Roe and Mr. Lee met.") == {"Ohio", "Ann Roe", "Lee"}  # no "Rep", no "Mr"
    claim = _claim(
        "Authorities said Ann Roe of the F.B.I. led the search in the United States.",
        "Ann Roe of the FBI led the search in the U.S., the authorities said.",
    )
    texts = {m.source: m.text for m in claim.members}
    found = _summaries(claim, Context(texts=texts))
    assert "names" not in found  # "Authorities" is a common word; FBI / F.B.I. and U.S. / United States
    assert one_word_apart("The UK Prime Minister Ann Roe spoke.", "The British Prime Minister Ann Roe spoke.") == []


def test_quote_marks_pair_within_one_wording():
    claim = _claim(
        "“We owe every crew our thanks,” the mayor said of the crews.",
        "We owe every crew our thanks, the mayor said of the crews.",
    )
    claim.members.append(Sentence("Outlet A", "0.txt", "The chief said the city “will not forget” them.", 0, 1, 2, 2))
    found = {d.kind: d for d in compare_claim(claim, Context())}
    assert found["quotes"].summary == (
        "Only Outlet A quotes here (“We owe every crew our thanks” and “will not forget”)."
    )
    assert found["quotes"].by_outlet["Outlet A"] == ["We owe every crew our thanks", "will not forget"]


def test_a_multiplier_joins_its_number_and_a_slashed_number_counts_nothing():
    assert [(s.surface, s.low) for s in number_slots("About two hundred firefighters came.")] == [
        ("two hundred firefighters", 194.0)
    ]
    assert number_slots("It was the worst day since the 9/11 attacks.") == []


def test_the_same_words_given_to_two_people_are_an_attribution_conflict():
    from generator.compare.quote import attribution_conflicts

    a = "“Travellers may need to wait at the border while officers process those inside,” said Ann Roe."
    b = "“Travellers may need to wait at the border as officers process those inside,” Commissioner Bo Lee said."
    assert attribution_conflicts(a, b) == [("Ann Roe", "Bo Lee")]
    assert attribution_conflicts(a, a.replace("said Ann Roe", "Ms. Roe said")) == []  # one speaker
    win = "“We know how to win elections and we will win again,” "
    assert attribution_conflicts(win + "she said Wednesday.", win + "Ann Roe said.") == []
    found = {d.kind: d for d in compare_claim(_claim(a, b), Context())}
    assert found["attribution"].conflict
    summary = (
        "The same words (“Travellers may need to wait at the border while officers…”) given to different people"
        " (Outlet A: Ann Roe; Outlet B: Bo Lee)."
    )
    assert found["attribution"].summary == summary
    # One quote given to two people is not also "only A quotes ...; only B quotes ...": both quote it.
    assert "quotes" not in _summaries(_claim(a, b), Context(texts={"0.txt": a, "1.txt": b}))
    # The agency before a title is not part of the speaker's name.
    assert attribution_conflicts(a, b.replace("Commissioner", "Port Authority Commissioner")) == [("Ann Roe", "Bo Lee")]


def test_a_speaker_named_before_two_appositives_is_one_speaker():
    """A speaker as in "Ann Roe, the director of the Harbour Users Group, a trade group, said" is Ann Roe,
    not the group, so a quote given to "Roe" elsewhere is given to the same person."""
    from generator.compare.quote import attribution_conflicts, speakers

    words = "“If the harbour closes, the night ferries will stop and the island will be cut off,” "
    long = words + "Ann Roe, the director of the Harbour Users Group, a trade group, said in a statement."
    assert {"Ann", "Roe"} <= speakers(long)
    assert attribution_conflicts(words + "Roe said.", long) == []


def test_the_name_set_off_after_a_relation_or_the_tag_after_the_verb_is_the_speaker():
    # Audit 137: "his father, Samir, said" gave the quote after it to the son; a tag whose verb the
    # speaker follows ("..., said hospital director Ann Roe.") to the person an apposition before it
    # describes. Whom "told" names after it is no speaker, nor is a day.
    from generator.compare.quote import speakers
    from generator.compare.quote.tags import quote_speaker

    father = "Bo Lee's father, Sam, said the house was gone."
    assert speakers(father) == {"Sam"}
    assert quote_speaker("“We came when they told us to leave,” he said.", [father], []) == "Sam"
    assert speakers("Her lawyer, Ann Roe, said on Monday that she would appeal.") == {"Ann", "Roe"}
    tag = "Among the hurt was a boy, identified as Tim Dow, whose arm was broken, said harbour doctor Ann Roe."
    assert speakers(tag) == {"Ann", "Roe"}
    assert quote_speaker("“We are picking up two more,” she said.", [tag], []) == "Ann Roe"
    assert speakers("Dr. Ann Roe, chief of the clinic, told reporters Wednesday, facing questions.") == {"Ann", "Roe"}
    assert speakers("“It was close,” Ann Roe, a county officer, told cable station WXYZ.") == {"Ann", "Roe"}
    assert speakers("Mr. Lee said neither Mr. Dow’s office nor the police had called him.") == {"Lee"}
    # A name, then the body the person is of: the person speaks (audit 139: "— Harbour Trust"), as
    # after an office joined by "of" the name does.
    assert speakers("“It is gone,” said Ann Roe of the Harbour Trust for Wild Birds.") == {"Ann", "Roe"}
    assert speakers("“It is over,” said Secretary of State Ann Roe.") == {"Ann", "Roe"}
    # A "he" after a source's words in the outlet's own stays that source's (no apposition, no tag).
    from generator.compare.quote.tags import pronoun_subject

    argued = "Roe, after a hard year for the party, argued that new members need a louder voice."
    ohio = "He represents north Harbour County, a region full of the voters who helped Bo Lee win."
    assert pronoun_subject(ohio, [argued], f"Rep. Tim Roe ran against her. {argued} {ohio}") == "Roe"


def test_a_he_or_she_after_a_persons_lawyer_or_kin_is_nobodys_for_sure():
    # Audit 136 read "(she: Mark Heller)" under "She flew ..." after "Roe lawyer Mark Heller told the
    # judge ...": the "she" is the client. After a body's adviser the person stays the one named.
    from generator.compare.quote.tags import pronoun_subject, quote_speaker

    lawyer = "Roe lawyer Bo Lee told Superior Court Judge Tim R. Dow that Roe had checked into a clinic."
    assert pronoun_subject("She flew home on Wednesday night.", [lawyer], lawyer) is None
    # A quote after the lawyer's words is the lawyer's, as the speaker the sentence before names.
    assert quote_speaker("“It went well,” she said.", [lawyer], []) == "Bo Lee"
    family = "The family lawyer Ann Roe told the court the will was forged."
    assert pronoun_subject("She said the papers were false.", [family], family) == "Ann Roe"
    adviser = "Harbour Board economic adviser Ann Roe warned that fares would rise."
    assert pronoun_subject("She said the board would meet.", [adviser], adviser) == "Ann Roe"
    # A particle inside the name the sentence opens with is part of it (audit 136: "— Public Advocate Bill").
    particle = "Harbour Advocate Bill de Roe, a candidate for mayor, also came to the pier on Monday."
    assert quote_speaker("“I understand the anger,” he said.", [particle], [], particle).endswith("Bill de Roe")


def test_a_speaker_named_by_a_given_name_is_labelled_by_the_surname_written_with_it():
    # Audit 137: "Doug said" labelled "— Dependable Doug", a nickname one article gives him once,
    # where the story writes "Doug McDermott" again and again. "Donald Roe" and "President Roe" make
    # "Roe" a surname, whatever follows it elsewhere.
    from generator.compare.quote.speakers import full_name

    story = "PM EST\nAcme's Bo Lee scored 20. But Bo said it was easy. Bo Lee set a record. He was Dependable Bo."
    assert full_name("Bo", "", story) == full_name("Bo", story, story) == "Bo Lee"
    assert full_name("Roe", "", "Donald Roe spoke. President Roe left. Roe Tower is tall. Roe Tower fell.") == "Roe"


def test_a_speaker_with_an_age_or_a_home_town_is_the_name():
    """Invented text. "said 18-year-old Ann Roe" and "Ann Roe from Port Town, said:" are Ann Roe's words;
    a place before "said" after a comma is no speaker."""
    from generator.compare.quote import speakers
    from generator.compare.quote.speakers import _speaker_label

    aged = "“I am nervous,” said 18-year-old Ann Roe from Port Town, who crossed with her mother."
    assert speakers(aged) == {"Ann", "Roe"} and _speaker_label(aged) == "Ann Roe"
    home = "Another marcher, Ann Roe from Port Town, said: “This goes back years."
    assert speakers(home) == {"Ann", "Roe"} and _speaker_label(home) == "Ann Roe"
    assert speakers("Crowds in Port Town, said to be thousands, cheered.") == set()


def test_an_office_or_trade_before_a_name_is_no_part_of_it():
    """Invented text (audit 167 labelled a quote "— Producer Roe"): a trade or office written before a
    name ("Producer", "Professor", "Councilman") is not a word of the speaker's name; a surname that is
    also a church office ("Ann Bishop") stays a name."""
    from generator.compare.quote import speakers
    from generator.compare.quote.speakers import _speaker_label

    producer = "“The pick is perfect,” Producer Roe said on Sunday."
    assert speakers(producer) == {"Roe"} and _speaker_label(producer) == "Roe"
    council = "“We need answers,” said Harbour Councilman Bo Lee."
    assert _speaker_label(council) == "Bo Lee"
    assert _speaker_label("“It is over,” Professor Ann Roe told reporters.") == "Ann Roe"
    assert _speaker_label("“It is over,” Ann Bishop told reporters.") == "Ann Bishop"


def test_a_quote_is_no_apposition_of_the_name_before_it():
    """Invented text. "At Harbour Grill, which opens early, “...,” said Ann Roe, a cook." is Ann Roe's
    quote, not the grill's (audit 129 heard a restaurant named as a waitress's speaker); an apposition
    may still hold a quote ("Bo Lee, who said “...” in May, tweeted")."""
    from generator.compare.quote import speakers
    from generator.compare.quote.speakers import _speaker_label

    grill = "Up the road at Harbour Grill, which opens early, “the plates all shook,” said Ann Roe, a cook."
    assert speakers(grill) == {"Ann", "Roe"} and _speaker_label(grill) == "Ann Roe"
    title = "The Harbour Bill “gives the pier back to the town,” Rep. Ann Roe (D-Ore.) said."
    assert speakers(title) == {"Ann", "Roe"}
    lee = "Bo Lee, who said in May “the pier is safe”, tweeted the news on Friday."
    assert speakers(lee) == {"Bo", "Lee"}


def test_a_speaker_who_replies_recounts_or_has_said_is_named():
    """Invented text. "Roe replied" (beside one quote), "Roe recounts in a memo", "Ann Roe, the port
    director, has said" and "said da Silva Roe" name who speaks (session 38: tuning stories' quote
    headings were shown without a speaker their own sentences name); "he reiterated" is a pronoun's tag,
    "Roe asked the court" no speech tag and "I replied" no name."""
    from generator.compare.quote import speakers
    from generator.compare.quote.speakers import _speaker_label
    from generator.compare.quote.tags import _says_pronoun

    for verb in ("replied", "responded", "reiterated", "recounts in a memo", "reminded reporters"):
        text = f"“The pier stays shut,” Roe {verb}."
        assert speakers(text) == {"Roe"} and _speaker_label(text) == "Roe"
    # A reply beside a second quote may follow a question another asked: no speaker said.
    assert speakers("Asked, “Is the pier safe?” Roe replied, “It will be.”") == set()
    text = "“We will build it,” Ann Roe, the port director, has said."
    assert speakers(text) == {"Ann", "Roe"} and _speaker_label(text) == "Ann Roe"
    text = "“Perhaps,” said da Silva Roe, who would not say more."
    assert speakers(text) == {"Silva", "Roe"} and _speaker_label(text) == "da Silva Roe"
    assert _says_pronoun("“Who pays?” he reiterated.") == "he"
    assert speakers("Roe asked the court to wait.") == set()
    assert speakers("I replied that the pier would stay shut.") == set()  # "I" is no name


def test_a_speaker_who_remarks_insists_or_answers_a_quote_is_named():
    """Invented text. "remarked" and "insisted" tell speech as "said" does; "answered", "countered",
    "repeated" and "declared" only before the quote they open ("Lee countered: “...”"), never for a team's
    run or a police call ("Drake countered with a run", "Police responded to a call"); "Added Roe: “...”"
    names Roe; a concession before the subject ("Although ..., Mayor Ann Roe rejected ...") is passed over
    to find whom a "she said" stands for."""
    from generator.compare.quote import speakers

    assert speakers("Roe remarked in May that: “The pier stays shut.”") == {"Roe"}
    assert speakers("Mr. Roe insisted the pier was safe.") == {"Roe"}
    assert speakers("Added Roe: “We will build it.”") == {"Roe"}
    assert speakers("Bo Lee countered: “The pier is safe.”") == {"Bo", "Lee"}
    for text in (
        "Port Town countered with a 7-0 run.",
        "Police responded to a call about a fire.",
        "Her repeated calls went unanswered.",
        "The council declared the pier closed.",
    ):
        assert speakers(text) == set(), text
    before = "Although the pier is closed, Mayor Ann Roe rejected the plan on Friday."
    assert speaker_before("“We will reopen it,” she said.", before) == "Ann Roe"


def test_a_he_said_stands_for_a_role_then_a_name_a_possessive_outlets_reporter_or_a_person_after_also():
    """Invented text (session 43, tuning stories' quote headings): "Despite ..., the harbour's chief
    engineer Ann Roe confirmed ..." then "She told the radio: “...": Ann Roe (a role in lowercase words
    before the full name; a quote the split cut, opened after "she told ...:"); "Also, Harbour Radio's
    Bo Lee is reporting ..." then "Here's what he told us: “...": Bo Lee, not "Harbour Radio Bo Lee";
    never a body ("the Harbour Times reported")."""
    before = "Despite the storm, the harbour's chief engineer Ann Roe confirmed the pier would open."
    assert speaker_before("She told the radio on Friday: “It is safe.", before) == "Ann Roe"
    before = "Also, Harbour Radio's Bo Lee is reporting on the new forecast."
    assert speaker_before("Here's what he told us: “The pier is safe.”", before) == "Bo Lee"
    before = "On Monday, the local paper the Harbour Times reported the pier would open."
    assert speaker_before("“It is safe,” he said.", before) is None


def test_a_he_said_stands_for_a_name_after_a_role_without_an_article():
    """ "Outgoing Harbour Board economic adviser Ann Roe warned ..." then "“...,” she told reporters at
    the Harbour Board.": Ann Roe, not the board; the role ends in a word of its own, so "Harbour
    Democrats led by Bo Lee said ..." is the Democrats', not Bo Lee's."""
    before = "Outgoing Harbour Board economic adviser Ann Roe warned on Monday that the pier would close."
    assert speaker_before("“It is not safe,” she told reporters at the Harbour Board.", before) == "Ann Roe"
    assert speaker_before("“It is safe,” he said.", "Harbour Democrats led by Bo Lee voted for the pier.") != "Bo Lee"


def test_a_speaker_described_before_the_name_is_the_name():
    """ "said Harbour Board spokesman Bo Lee" is said by Bo Lee, not the board; "said Friday that Roe
    was right" names no speaker."""
    from generator.compare.quote import attribution_conflicts, speakers
    from generator.compare.quote.speakers import _speaker_label

    said = "“The ferries will run,” said Harbour Board spokesman Bo Lee."
    assert speakers(said) == {"Bo", "Lee"} and _speaker_label(said) == "Bo Lee"
    assert speakers("“The ferries will run,” said Bo Lee, a Harbour Board spokesman.") == {"Bo", "Lee"}
    assert speakers("“The ferries will run,” the board said Friday that Roe was right.") == set()
    # Dotted initials are one word of the name, and a manager's title no name.
    words = "“We are sorry that the old pier has to close again this winter,” "
    a, b = words + "harbour manager A.B. Roe said.", words + "said Harbour Manager A.B. Roe in a statement."
    assert _speaker_label(a) == "A.B. Roe" and speakers(a) <= speakers(b)
    assert attribution_conflicts(a, b) == []
    assert attribution_conflicts(a, b.replace("A.B. Roe", "Bo Lee")) == [("A.B. Roe", "Bo Lee")]
    # A particle inside a name is part of it, and no name word two people share.
    said = "“The pier will open,” harbour police chief Ana da Silva Roe said through a translator."
    assert _speaker_label(said) == "Ana da Silva Roe" and speakers(said) == {"Ana", "Silva", "Roe"}


def test_a_sentence_inside_a_quotation_of_several_sentences_quotes():
    """Its quote marks are in its neighbours: it still quotes ("Only X uses quotation marks" is false)."""
    a = Sentence("Outlet A", "0.txt", "“We will not give up.", 0, 0, 3, 1)
    a2 = Sentence("Outlet A", "0.txt", "Keep the library open for the children,” the mayor said.", 1, 0, 3, 1)
    b = Sentence("Outlet B", "1.txt", "“Keep the library open for the children,” the mayor told reporters.", 0, 0, 1, 1)
    claim = Claim("c", "c", [a2, b])
    context = Context(quotations={a.key: ("We will not give up. Keep it open",), a2.key: ("x",)})
    found = _summaries(claim, context)
    assert "Only" not in found.get("quotes", "")
    middle = Sentence("Outlet A", "0.txt", "Keep the library open for the children.", 1, 0, 3, 1)
    claim = Claim("c", "c", [middle, b])
    found = _summaries(claim, Context(quotations={middle.key: ("x",)}))
    assert "Only" not in found.get("quotes", "")
    found = _summaries(claim, Context())
    assert found["quotes"] == "Only Outlet B quotes here (“Keep the library open for the children”)."


def test_a_quote_given_to_she_is_given_to_whom_the_sentence_before_names():
    """ "“...,” she said": the detail names the speaker the article's sentence before names, or the
    person it opens with (invented text); never a body ("the Harbour Office said") nor a group."""
    before = Sentence(
        "Outlet A", "0.txt", "Harbour Secretary Ann Roe thanked the crews, while mourning the lost boats.", 0, 0, 2, 1
    )
    said = Sentence(
        "Outlet A",
        "0.txt",
        "“Our hearts go out to every family on the quay tonight,” she said in a statement.",
        1,
        0,
        2,
        1,
    )
    b = Sentence("Outlet B", "1.txt", "Harbour Secretary Ann Roe thanked the crews and mourned the boats.", 0, 0, 1, 1)
    claim = Claim("c", "c", [said, b])
    context = Context(
        sentences={"0.txt": ((before.key, before.text), (said.key, said.text)), "1.txt": ((b.key, b.text),)}
    )
    assert _summaries(claim, context)["quotes"].startswith(
        "Only Outlet A quotes here (Ann Roe: “Our hearts go out to every family on the quay tonight”)"
    )
    assert "Ann Roe" not in _summaries(claim, Context())["quotes"]  # without the article, no name
    body = replace(before, text="The Harbour Office said the crews had worked through the night.")
    group = replace(before, text="Officials thanked the crews, while mourning the lost boats.")
    for other in (body, group):
        context = Context(sentences={"0.txt": ((other.key, other.text), (said.key, said.text))})
        assert "Only Outlet A quotes here (“Our hearts" in _summaries(claim, context)["quotes"]
    assert speaker_before(said.text, "Bo Lee said the boats were lost.") == "Bo Lee"
    assert speaker_before(said.text, "Secretary of Fisheries Bo Lee toured the quay.") == "Bo Lee"
    # The speaker named as headings name them: in full where the story names them so ("Roe" is "Ann
    # Roe"), and a bare quote that goes on from a named one is that person's (an audit read "Roe" in
    # one note beside "Ann Roe" in the next, and a chief executive's words with no name).
    tagged = replace(said, text="“We will stay on this quay,” Roe said.")
    going_on = replace(said, text="“We will rebuild the quay for every family.”", index=2)
    claim = Claim("c", "c", [tagged, going_on, b])
    texts = {"0.txt": f"Ann Roe, the secretary, spoke. {tagged.text} {going_on.text}"}
    keyed = ((tagged.key, tagged.text), (going_on.key, going_on.text))
    context = Context(texts=texts, sentences={"0.txt": keyed, "1.txt": ((b.key, b.text),)})
    assert _summaries(claim, context)["quotes"].startswith(
        "Only Outlet A quotes here (Ann Roe: “We will stay on this quay” and “We will rebuild the quay for"
    )
    assert speaker_before("“We will rebuild,” said Jo Park.", "Bo Lee said the boats were lost.") is None
    assert speaker_before("“We will rebuild,” they said.", "Bo Lee said the boats were lost.") is None
    # The person named after a role, not the role's owner ("Ms. Roe’s deputy, Bo Lee, noted ...").
    owned = "But Ms. Roe’s deputy, Bo Lee, noted the gain for the harbour town."
    assert speaker_before("“The pier is the key to it all,” he said.", owned, "Ms. Roe. Bo Lee. Mr. Lee.") == "Bo Lee"
    # A sentence that is only a quote goes on with the speaker the sentence before quotes.
    tagged = "“Do not feed the gulls,” Harbour Secretary Bo Lee said at a town hall."
    assert speaker_before("“This plan is the worst plan.”", tagged) == "Bo Lee"
    assert speaker_before("“This plan is the worst plan.”", "Secretary Bo Lee toured the quay.") is None
    assert speaker_before("The plan is “the worst plan”.", tagged) is None  # the outlet's own words


def test_a_quote_in_a_sentence_whose_subject_is_he_or_she_is_given_to_whom_the_sentence_before_names():
    """Invented text. "She said she is “...”", "She has said ...", "She called the levy “...”" and "Then she
    warned: “...”" open with the person who speaks, a pronoun for whom the sentence before is about
    (a browser audit found such headings without the speaker their articles name)."""
    article = "Mayor Ann Roe has fought the harbour levy for months. Ferries ran late."
    before = ["Mayor Ann Roe has fought the harbour levy for months."]
    for text in (
        "She said she is “not giving up” on a repeal.",
        "She has said the levy is “a tax on tides.”",
        "She called the levy “a tax on tides.”",
        "Then she warned: “The tide will not wait.”",
        "She also said the levy is “a tax on tides.”",
    ):
        assert quote_speaker(text, before, [], article) == "Ann Roe", text
    # The sentence before names her by her surname alone: the person the article names so.
    surname = ["Roe has fought the harbour levy for months."]
    assert quote_speaker("She said she is “not giving up” on a repeal.", surname, [], article) == "Ann Roe"
    # Whom the sentence before names no one: no speaker.
    assert quote_speaker("She called the levy “a tax on tides.”", ["Ferries ran late."], [], article) is None
    # A "she" inside the sentence, not its subject, is not read so.
    assert quote_speaker("The clerk, whom she called “a hero,” left.", before, [], article) is None


def test_a_quote_heading_that_names_no_one_is_given_the_speaker_its_article_names_around_it():
    """Invented text (the sentences before a heading are given nearest first). A quote the sentence
    split cut is followed to the sentence that closes it and its tag; a "he said" there, or no tag,
    stands for the speaker of the quote before; back through sentences that only go on quoting to
    the one that names its speaker; a place, reported speech, a speaker said without a name, or a
    group are no speaker."""
    tagged = "“We lost the east pier,” Mayor Bo Lee said on Friday."
    wall = "The storm broke the sea wall."
    assert quote_speaker("“We are grieving.", [wall], ["We lost good boats,” Bo Lee said."]) == "Bo Lee"
    assert quote_speaker("“We are grieving.", [tagged], ["We lost good boats,” he said."]) == "Bo Lee"
    assert quote_speaker("“We are grieving.", [tagged], ["We lost good boats.”"]) == "Bo Lee"
    assert quote_speaker("“We are grieving.”", [tagged], []) == "Bo Lee"  # a bare quote goes on from the one before
    assert quote_speaker("“We are grieving,” she said.", ["Ann B. Roe said the quay would reopen."], []) == "Ann B. Roe"
    # Where a cut quote closes, its own tag comes before the tag of the quote before it.
    assert quote_speaker("“We are grieving.", [tagged], ["We lost good boats,” Jo Park said."]) == "Jo Park"
    # Back through a quote's middle and its opening sentence, and through bare quotes, to a named tag.
    run = ["The crews are tired.", "“We lost good boats.", wall]
    assert quote_speaker("We will rebuild.”", run, []) is None  # no tag before the quote opened
    assert quote_speaker("We will rebuild.”", [*run[:2], tagged], []) == "Bo Lee"
    assert quote_speaker("“We will rebuild.”", ["“The crews are tired,” he said.", tagged], []) == "Bo Lee"
    assert quote_speaker("“We will rebuild.”", ["“The crews are tired,” he said.", wall, tagged], []) is None
    # A sentence without marks is a quote's middle only between an opening and a closing sentence.
    opened = "“We lost good boats, Bo Lee said."
    assert quote_speaker("The crews are tired.", ["“We lost good boats."], ["We will rebuild,” Bo Lee said."]) == (
        "Bo Lee"
    )
    assert quote_speaker("The crews are tired.", [opened, tagged], [wall]) is None
    assert quote_speaker("The crews are tired.", [wall], ["We will rebuild,” Bo Lee said."]) is None
    # The sentence names its speaker, or says who speaks without a name: nothing to add.
    assert quote_speaker("“We are grieving,” Bo Lee said.", [tagged], []) is None
    assert quote_speaker("A harbour spokesman said: “We are grieving.", [tagged], ["We lost boats.”"]) is None
    assert quote_speaker("We are grieving.” — Harbour Master Bo Lee", [tagged], []) is None
    assert quote_speaker("The harbour is closed.", [tagged], []) is None
    # Not a speaker: a place, the subject of what was said, a group the article also writes in lowercase.
    assert quote_speaker("“We are grieving.”", ["A clerk in Portmouth said the quay would reopen."], []) is None
    assert quote_speaker("“We are grieving.”", ["Crews have said Roe would visit the “broken” quay."], []) is None
    assert quote_speaker("Nor should we.”", ["The letter says Mayor Roe “should not give up."], []) is None
    aides = "Aides said he would stay on the quay."
    assert quote_speaker("“We will stay,” he said.", [aides], [], "Two aides left early. " + aides) is None
    assert quote_speaker("“We will stay,” he said.", [aides], [], aides) is None  # capitalised only at a start
    lee = "Lee said he would stay on the quay."
    assert quote_speaker("“We will stay,” he said.", [lee], [], "Mayor Lee spoke. " + lee) == "Lee"
    assert quote_speaker("“We will stay,” he said.", [lee], [], "Mr. Lee spoke. " + lee) == "Lee"
    # "Roe said he would stay" is reported speech, not a "said he" after a quote.
    assert speaker_before("The clerk said he saw it: “a wall of water”.", tagged) is None
    # A quote within a quote may be another's words, relayed: no speaker is said.
    relayed = ["“He told me, ‘We did nothing wrong.", "“He was calm,” Bo Lee said."]
    assert quote_speaker("We will not leave.", relayed, ["We are the ones at risk.’”"]) is None
    assert quote_speaker("We are the ones at risk.’”", ["We will not leave.", *relayed], []) is None


def test_a_he_said_after_the_governor_is_the_one_governor_the_article_names():
    """Invented text: "The governor added that ..." then "“...,” he said." is the governor's words, where
    the article names one person as governor ("Gov. Bo B. Lee", "Governor Bo B. Lee"); not where it
    names two, nor after "The governor's office" (a body)."""
    added = "The governor added that it would open."
    article = f"Gov. Bo B. Lee toured the quay.\nGovernor Bo B. Lee said the pier was safe.\n{added}"
    assert speaker_before("“It is safe,” he said.", added, article) == "Bo B. Lee"
    assert speaker_before("“It is safe,” he said.", added, article + "\nGov. Ann Roe came too.") is None
    office = "The governor's office said the pier would open."
    assert speaker_before("“It is safe,” he said.", office, article + "\n" + office) is None
    assert speaker_before("“It is safe,” she said.", added, article.replace("toured", "(Mr. Lee) toured")) is None


def test_a_bare_quote_goes_on_from_a_she_said_back_over_sentences_about_her():
    """Invented text: "Mayor Ann Roe said ..." / "She ordered ..." / "“...,” she said." / "“...”": the
    bare quote is Ann Roe's, as the "she said" is (back over at most two sentences that open with "she"
    or "her"); not past a sentence about someone else."""
    roe = "Mayor Ann Roe said the quay would stay shut."
    she = "She ordered flags flown at half-staff from Monday."
    said = "“It may be days before we know why,” she said."
    assert quote_speaker("“We will rebuild.”", [said, she, roe], []) == "Ann Roe"
    assert quote_speaker("“We will rebuild.”", [said, "After the storm, her office closed the pier.", roe], []) == (
        "Ann Roe"
    )
    assert quote_speaker("“We will rebuild.”", [said, "The crews worked all night.", roe], []) is None
    # "But she said ..." is about her too.
    but = "But she said the pier could open in May."
    assert quote_speaker("“We will rebuild,” she said.", [but, roe], []) == "Ann Roe"
    # A tag may acknowledge, note, argue or recall; a reply follows a question another asked.
    assert quote_speaker("“We will stay.”", ["“The crews are tired,” Ann Roe acknowledged."], []) == "Ann Roe"
    asked = "Asked, “Is the pier safe?” Ann Roe replied, “It will be.”"
    assert quote_speaker("“We will stay.”", [asked], []) is None


def test_the_middle_and_the_end_of_a_long_quote_are_its_speakers():
    """Invented text. A quote that opens after its tag and runs on over several sentences: a middle
    sentence and the closing one are the speaker's, however many middle sentences came before (they
    are not counted in the sentences gone back over)."""
    opening = ["“The crews will stay until the quay is safe.", "“We lost good boats,” Bo Lee said."]
    middles = ["The storm broke the wall.", "The boats sank in an hour.", "We will rebuild."]
    before = [*middles[::-1], *opening]  # nearest first
    assert quote_speaker("The ferry will run again.", before, ["It will take a year.”"]) == "Bo Lee"
    assert quote_speaker("It will take a year.”", ["The ferry will run again.", *before], []) == "Bo Lee"


def test_a_sentence_that_closes_a_quote_tags_it_and_opens_the_next_names_the_speaker_of_both():
    """Invented text. '... gave way," Ann Roe said. "Water came ...' (the split cut the quotation before
    and after the tag): the two marks are a closing and an opening one, not a quotation of the tag,
    with straight marks as with curly ones; the sentences before and after are the same speaker's,
    and the two quotes are hers. Curly marks the wrong way round around a title are no tag."""
    from generator.compare.quote import quotes, speakers, utterance_speaker

    for o, c in ("“”", '""'):
        opening = f"{o}We heard the siren first."
        tagged = f"Then the roof gave way,{c} Ann Roe said. {o}Water came in through the windows."
        middle = "The water rose fast."
        closing = f"We carried the children up the hill.{c}"
        assert speakers(tagged) == {"Ann", "Roe"}
        assert quotes(tagged) == ["Then the roof gave way", "Water came in through the windows"]
        assert utterance_speaker(tagged, [opening], [middle, closing]) == "Ann Roe"
        assert quote_speaker(opening, [], [tagged, middle, closing]) == "Ann Roe"
        assert quote_speaker(middle, [tagged, opening], [closing]) == "Ann Roe"
        assert quote_speaker(closing, [middle, tagged, opening], []) == "Ann Roe"
    title = "The board put the ferry on their” Ten Best Crossings “list of the year."
    assert quotes(title) == []


def test_a_he_or_she_that_opens_a_sentence_is_the_person_the_sentence_before_opens_with():
    """Invented text. "She is due in court on Monday." after "Ann Roe was charged on Friday.": whom the
    "she" stands for (audit 124 found 21 headings led by a bare pronoun with no label), back over
    sentences about her; not after a sentence that quotes or names a speaker, whose "she" may be
    another's, nor where the sentence before opens with no one."""
    from generator.compare.quote import pronoun_subject

    charged = "Ann Roe, the harbour master, was charged on Friday."
    assert pronoun_subject("She is due in court on Monday.", [charged]) == "Ann Roe"
    assert pronoun_subject("But she also declined to enter a plea.", ["She spent the night in jail.", charged]) == (
        "Ann Roe"
    )
    assert pronoun_subject("She is due in court on Monday.", ["“It was a shock,” Bo Lee said.", charged]) is None
    # The same "she" quoted just before: whose quote that is (audit 127).
    told = ["“It was quiet,” she said.", "Ann Roe, a passenger, told the radio that the ferry stopped."]
    assert pronoun_subject("She went home after the crossing.", told) == "Ann Roe"
    assert pronoun_subject("She is due in court on Monday.", ["Police said Ann Roe was charged."]) is None
    assert pronoun_subject("She is due in court on Monday.", ["The pier was shut all week."]) is None
    assert pronoun_subject("“She is due in court,” he said.", [charged]) is None  # a quote: quote_speaker's
    # A word or two it quotes is read without the marks (audit 128); a sentence mostly quoted is not.
    assert pronoun_subject("She called the delay a “disgrace” at the hearing.", [charged]) == "Ann Roe"
    assert pronoun_subject("She said: “The delay is a disgrace and we will fight it.”", [charged]) is None
    assert pronoun_subject("The hearing is on Monday.", [charged]) is None
    # Not where the sentence before names another person too: whom "he" stands for is not sure.
    two = "Prosecutor Ann Roe charged Bo Lee on Friday."
    assert pronoun_subject("He denied it.", [two], two) is None
    one = "Bo Lee was charged by the harbour board on Friday."
    assert pronoun_subject("He denied it.", [one], one) == "Bo Lee"
    # A people is no other person, a dateline no part of whom the sentence opens with, and a "she said"
    # about the same "she" no other source (audit 128).
    lead = "PORT TOWN — Mayor Bo Lee flew into a rage after hearing that hundreds of Central Americans had landed."
    assert pronoun_subject("He railed against the landing.", [lead], lead) == "Bo Lee"
    body = "Mayor Bo Lee has been dealing with the Harbour Board through the Coast Guard, according to aides."
    assert pronoun_subject("And he has been in touch with the ferry crews.", [body], body) == "Bo Lee"
    # A source's words in the outlet's own, naming no one else: the "he" is the one who spoke (audit 131).
    argued = "Lee, after a long night at the harbour, argued that the ferry needs a new captain."
    assert (
        pronoun_subject("He represents the island wards.", [argued], f"Bo Lee spoke. {argued}") == "Lee"
    )  # in full on the page
    told = "Prosecutor Ann Roe said Bo Lee was charged on Friday."
    assert pronoun_subject("He is due in court on Monday.", [told], told) is None
    # A possessive that opens the sentence stands for whom "he" would (audit 129), its word "his".
    from generator.compare.speaking import reported_word

    assert pronoun_subject("His licence was suspended.", [one], one) == "Bo Lee"
    assert pronoun_subject("But her office denied it.", [charged]) == "Ann Roe"
    assert reported_word("His licence was suspended.") == "his"
    assert reported_word("His lawyer said he would appeal.") == "his"
    said = "But she told the radio that going home would be worse."
    assert pronoun_subject("She left for reasons she would not give.", [said, charged]) == "Ann Roe"
    assert (
        pronoun_subject("She left for reasons she would not give.", ["But police said it was worse.", charged]) is None
    )


def test_a_he_said_in_the_outlets_own_words_is_given_to_whom_he_stands_for():
    """Invented text. "He said the talks ..." (no quote): the person named before, as for a quote's "he
    said"; not a sentence that quotes or names its own speaker, nor one that says what no pronoun said."""
    from generator.compare.quote import reported_speaker

    named = "Harbour Board chairman Bo Lee said the ferries would run on Sunday."
    assert reported_speaker("He said the talks had settled all but two points.", [named]) == "Bo Lee"
    assert reported_speaker("Still, she noted that the quay was shut.", ["Ann Roe, the harbour master, spoke."]) == (
        "Ann Roe"
    )
    # The person after a role the sentence before opens with, where it tells no saying (audit 129).
    resident = "Port Town resident Bo Lee first reported that the quay shook for ten seconds."
    assert reported_speaker("He said it was the worst storm he had seen there.", [resident]) == "Bo Lee"
    # Words quoted inside such a sentence are his too (audit 102 read such headings with no one named);
    # not a quote left open for the next sentence, nor one a tag gives to someone else.
    assert reported_speaker("He said the talks had settled “all but two points.”", [named]) == "Bo Lee"
    assert reported_speaker("He added that, “sadly,” the quay was shut.", [named]) == "Bo Lee"
    assert reported_speaker("He added: “The quay is shut.”", [named]) == "Bo Lee"
    assert reported_speaker("He added: “The quay is shut.", [named]) is None
    assert reported_speaker("He added that “the quay is shut,” Ann Roe said.", [named]) is None
    assert reported_speaker("“The quay is shut,” he said.", [named]) is None  # a quote's tag: quote_speaker's
    assert reported_speaker("Ann Roe said the talks had settled all but two points.", [named]) is None
    assert reported_speaker("The talks settled all but two points.", [named]) is None
    # The tag at the end ("..., he said."), but not after a sentence of two people's words.
    assert reported_speaker("The talks settled all but two points, he said.", [named]) == "Bo Lee"
    # ... or before a clause it joins (audit 127: a swimmer's account, "..., he said, but ...").
    assert (
        reported_speaker(
            "The crew pulled a sign off the pier as the others waited, he said, but no boat was damaged.", [named]
        )
        == "Bo Lee"
    )
    two = "Our reporter says the quay was calm, but Bo Lee said the ferries had stopped."
    assert reported_speaker("The talks settled all but two points, he says.", [two]) is None
    # After his quote of several sentences: the "he" of its tag, named before it (an audit found the
    # mayor's "He said negotiators had ..." without him).
    run = ["Stay at the table.”", "“Talk.", "“It is the wrong choice,” he said.", "Mayor Bo Lee said the strike hurt."]
    assert reported_speaker("He said the talks had settled all but two points.", run) == "Bo Lee"
    # A verb of a statement, not only of saying ("warned", "also stressed", "expressed concerns that"): the
    # view is his too (an audit read four such headings of one story with no one named).
    assert reported_speaker("On Friday, he warned the quay would shut.", [named]) == "Bo Lee"
    assert reported_speaker("He also stressed that the ferries were safe.", [named]) == "Bo Lee"
    assert reported_speaker("He expressed concerns that the quay was too low.", [named]) == "Bo Lee"
    assert reported_speaker("He sailed that the quay was too low.", [named]) is None  # no statement
    assert reported_speaker("He made clear that the quay would shut.", [named]) == "Bo Lee"
    assert reported_speaker("He also declined to discuss the fares.", [named]) == "Bo Lee"  # audit 124
    assert reported_speaker("He referred further questions to the harbour police.", [named]) == "Bo Lee"  # audit 127
    # After a "he said" quote of two sentences whose person the sentence before it names with no verb of
    # saying ("Roe agreed that ..."): "He added that ..." is that quote's person's (audit 122).
    agreed = ["It is, in truth, a wreck,” he said.", "“The pier is old.", "Ann Roe agreed that the pier was a problem."]
    assert reported_speaker("He added that, “sadly,” the quay was shut.", agreed) == "Ann Roe"
    assert reported_speaker("She added that, “sadly,” the quay was shut.", agreed) is None
    # Back over sentences about the same "he" to the one that names him, its apposition long (audit 123).
    critic = (
        "Bo Lee, one of the harbour's most outspoken critics of the ferry service and its many delays, said it was old."
    )
    chain = ["He said he had met no one.", "He did not rule out a leak and had no idea who sent it.",
             "He said he had hired a lawyer.", critic]  # fmt: skip
    assert reported_speaker("He said he regretted the delay.", chain) == "Bo Lee"
    assert reported_speaker("He said he regretted the delay.", [*chain[:2], "The board said it was old."]) is None
    # After a linking word ("But she said ...", "And he confirmed ..."), as after an opening phrase.
    assert reported_speaker("But he said the talks had stalled.", [named]) == "Bo Lee"
    assert reported_speaker("And he confirmed the quay would shut.", [named]) == "Bo Lee"
    assert reported_speaker("He also said the talks had stalled.", [named]) == "Bo Lee"
    # A title that goes on after its title word is no part of the name ("Chief Executive").
    chief = "Acme Ferries Chief Executive Bo Lee, who will run the new line, said the firm had bids."
    assert reported_speaker("But he said the talks had stalled.", [chief]) == "Bo Lee"


def test_a_he_that_opens_a_statement_stands_for_the_surname_the_sentence_before_opens_with():
    """Invented text. "Lee praised the crew. He expressed ..." (audit 112: a "he" sentence of the demo
    without a label): the person the article names in full, after a day ("Last Thursday,"); not the
    owner of what the sentence before opens with ("Lee's plan is what Roe attacked."), nor a "he" after
    a question put first."""
    from generator.compare.quote import reported_speaker

    article = "Harbour Board chairman Bo Lee met the crews. Ann Roe, the mayor, spoke too."
    statement = "He expressed the board's readiness for talks with the crews."
    assert reported_speaker(statement, ["Lee praised the crews and thanked Roe."], article) == "Bo Lee"
    assert reported_speaker(statement, ["Last Thursday, Lee praised the crews."], article) == "Bo Lee"
    assert reported_speaker(statement, ["On Monday, Lee praised the crews."], article) == "Bo Lee"
    assert reported_speaker(statement, ["Lee’s plan is what Roe attacked."], article) is None
    assert reported_speaker(statement, ["Asked about the plan, Lee praised the crews."], article) is None
    # After an office alone ("The mayor hinted ..."), and with "even" before the verb (audit 115).
    titled = "Mayor Bo Lee met the crews. Ann Roe, the harbour master, spoke too."
    assert reported_speaker("He denied speaking to the crews.", ["The mayor hinted at a deal."], titled) == "Bo Lee"
    assert reported_speaker("He even suggested a deal.", ["“We will stay,” Bo Lee said."], article) == "Bo Lee"


def test_a_quote_tagged_with_an_office_is_given_to_the_one_person_the_article_titles_so():
    """ "“...,” the congressman said" and "..., said the mayor.": the one person the article names with
    that office's title; none where it titles two, and no "said the judge" inside a clause."""
    article = "Rep. Bo Lee (D-Port) spoke on Friday. Mayor Ann Roe and Mayor Jo Park met."
    said = "“We never sent the ferry plans out” the congressman said, after the vote."
    assert quote_speaker(said, [], [], article) == "Bo Lee"
    assert quote_speaker("“The quay will reopen,” said the mayor.", [], [], article) is None  # two mayors
    assert quote_speaker("“The quay will reopen,” said the mayor.", [], [], "Mayor Ann Roe spoke.") == "Ann Roe"
    # One mayor named twice, once as a possessive ("Mayor Ann Roe's plan"), is one person (an audit
    # found "the mayor said" without the name the article gives).
    owned_too = "Mayor Ann Roe's plan failed. Mayor Ann Roe spoke."
    assert quote_speaker("“The quay will reopen,” said the mayor.", [], [], owned_too) == "Ann Roe"
    clause = "Officials said the judge then declined to hear them, “twice over.”"
    assert quote_speaker(clause, [], [], "Judge Bo Lee sat.") is None
    # "the president told reporters": the one person the article titles President (an audit).
    told = "“The ferry crews did well,” the president told reporters on Friday."
    assert quote_speaker(told, [], [], "President Ann Roe flew home.") == "Ann Roe"
    assert quote_speaker(told, [], [], "President Ann Roe met President Bo Lee.") is None
    owned = "“It was hacked,” said the congressman's office."
    assert quote_speaker(owned, [], [], article) is None


def test_a_word_in_single_marks_inside_a_quote_is_a_term_not_words_relayed():
    """ "the stretch we call the ‘Front,’" marks a name, not another's words: the quote's "he said" is
    still given to whom the sentence before the quotation names. Words relayed in single marks inside
    his quote are his to say as the rest of it is (an audit found such quotes without the speaker the
    paragraph names); words relayed outside a quote of his are not given to him."""
    before = ["“Only the port can grow.", "But Ms. Roe’s deputy, Bo Lee, noted the gain for the town."]
    article = "Ms. Roe. Bo Lee. Mr. Lee."
    term = "And the quay, the stretch we call the ‘Front,’ is the key,” he said."
    assert quote_speaker(term, before, [], article) == "Bo Lee"
    relayed = "And the mayor told us, ‘We will build the quay soon,’ at the time,” he said."
    assert quote_speaker(relayed, before, [], article) == "Bo Lee"
    assert utterance_speaker("“We say ‘Open port for all,’ and we mean it,” Bo Lee said.", [], [], article) == "Bo Lee"
    assert quote_speaker("‘We will build the quay soon,’ he said.", before, [], article) is None
    # ... and a quote that goes on after a sentence with such relayed words is the same speaker's.
    reopened = "“We were told to wait,” said Bo Lee. “The mayor called it ‘a delay.’"
    assert quote_speaker("We waited a year.”", [reopened], [], article) == "Bo Lee"
    assert quote_speaker("We waited a year.’”", ["“The mayor told us, ‘Wait.", reopened], [], article) is None
    assert utterance_speaker("‘We will build the quay soon,’ said Bo Lee.", [], [], article) is None


def test_a_quote_goes_on_after_a_tagged_sentence_that_quotes_a_quote():
    """Invented text. "“We told them, ‘Soon,’” Bo Lee said. “This is hard." then a middle sentence: the
    middle is Bo Lee's (the quote within his closed quote is his, relayed by him); a bare quote after
    an open quote within a quote is no one's for sure."""
    tagged = "“We told them again, ‘We can finish this tomorrow,’” Bo Lee said."
    before = ["“This is hard work.", tagged]
    assert quote_speaker("We want this done.", before, ["We want the boats back.”"]) == "Bo Lee"
    assert quote_speaker("We want this done.", ["“This is hard work.", "“We told them, ‘We can finish."], []) is None


def test_a_speaker_named_by_surname_is_given_in_full_only_where_that_is_sure():
    """Invented text. "Roe" is "Ann Roe" where the story names one Roe in full and the article before the
    quote names her so; where the story names two Roes, only if the article before names one of them
    in full and no Roe by a title alone; a capitalised small word is no first name."""
    from generator.compare.quote import full_name

    assert full_name("Roe", "Ann Roe, the harbour master, spoke.", "Ann Roe spoke. Roe left.") == "Ann Roe"
    assert full_name("Ann Roe", "", "") == "Ann Roe"
    story = "Ann Roe spoke. Bo Roe, her brother, did not."
    assert full_name("Roe", "The envoy Bo Roe arrived.", story) == "Bo Roe"
    assert full_name("Roe", "Ann Roe and Bo Roe arrived.", story) == "Roe"
    assert full_name("Roe", "Mayor Roe welcomed Bo Roe.", story) == "Roe"  # "Mayor Roe" may be Ann
    # Unless the story gives that title to one of them in full (audit 116: "— Trump" and "— Donald
    # Trump" in one story that also names Melania Trump).
    titled = "Mayor Ann Roe spoke. Bo Roe, her brother, did not. Mayor Roe left."
    assert full_name("Roe", "Mayor Roe left.", titled) == "Ann Roe"
    assert full_name("Roe", "Ann Roe spoke. Mayor Roe left.", titled) == "Ann Roe"
    assert full_name("Roe", "Chief Roe left.", titled) == "Roe"  # a title the story gives no Roe in full
    assert full_name("Roe", "Because Roe left early, the quay shut.", "Because Roe left early.") == "Roe"
    # A tag put before its quote ("Added Roe: “...”") names no one "Added Roe" (audit 78: "— Gibbs").
    tagged = "Mayor Ann Roe spoke first. Added Roe: “We will rebuild.”"
    assert full_name("Roe", tagged, tagged) == "Ann Roe"
    # A name as a possessive names its person too ("Ann Roe’s aide"): with Bo Roe named so, the story
    # has two Roes and a bare "Roe" stays as it is (audit: a father's name given to his son's words).
    owned = "Bo Roe told the crew. Ann Roe’s boat sailed. Roe said so."
    assert full_name("Roe", owned, owned) == "Roe"
    assert full_name("Roe", "Ann Roe’s boat sailed. Roe said so.", "Ann Roe’s boat sailed.") == "Ann Roe"
    # A word that opens a sentence is no given name ("Following Roe’s speech" names no "Following Roe").
    opened = "Following Roe’s speech, the crew sailed. Roe said so."
    assert full_name("Roe", opened, opened) == "Roe"
    # A count is no given name ("Two Acme workers"), nor a place the story writes after "in" ("South
    # Port Acme", a heading, where the story says "in South Port"); a paragraph's end is no name's start.
    assert full_name("Acme", "Two Acme workers were hurt.", "Two Acme workers were hurt.") == "Acme"
    placed = "The crash happened in South Port.\nSouth Port Acme crash: what we know\nAcme said so."
    assert full_name("Acme", placed, placed) == "Acme"
    assert full_name("Roe", "In Ann Roe’s view, it was fine. Roe said so.", "Roe said so.") == "Ann Roe"
    headed = "Harbour News\nAcme said so."
    assert full_name("Acme", headed, headed) == "Acme"


def test_a_surname_an_article_never_names_in_full_is_given_as_the_story_names_it():
    """Invented text. An article that writes only "Roe" while the story names one Roe, Ann Roe: "Ann Roe"
    (an audit read "— Roe" under one heading and "— Ann Roe" under the next, of one person); not
    where the story names two Roes, nor a given name the story writes before a surname ("Bo" of "Bo
    Lee", whose "Big Bo" is a nickname), nor a role the story writes in lowercase too ("Swimmer Ann
    Roe" where "the swimmer" is written: "Ann Roe"); a surname with a particle ("da Costa") in full."""
    from generator.compare.quote import full_name

    story = "The quay shut. Swimmer Ann Roe said the swimmer was fine. Police chief Luis da Costa Lima spoke."
    assert full_name("Roe", "“We swam,” Roe said.", story) == "Ann Roe"
    assert full_name("Roe", "“We swam,” Roe said.", f"{story} Bo Roe, her brother, did not.") == "Roe"
    assert full_name("Bo", "“We won,” Bo said.", "Big Bo scored. Bo Lee said so.") == "Bo"
    assert full_name("da Costa Lima", "", story) == "Luis da Costa Lima"
    assert full_name("HB", "", "Harbour-based HB spoke.") == "HB"  # an acronym, an adjective: no name
    assert full_name("Roe", "", "Harbour-based Roe spoke.") == "Roe"


def test_a_written_statements_words_are_its_authors():
    """Invented text. "“...,” Ann Roe's statement read." gives the quote, and the quote it goes on to, to
    Ann Roe (without her title); a spokesman's words are not hers, and an unnamed one's are no one's."""
    tag = "“Let me be clear,” Harbour Secretary Ann Roe’s statement read."
    assert quote_speaker("“We will reopen the quay in May.", [tag], ["Until then, stay away.”"]) == "Ann Roe"
    assert quote_speaker("“We will reopen the quay.”", [tag], []) == "Ann Roe"
    assert quote_speaker("“We will reopen the quay.”", ["“Let me be clear,” Roe’s spokesman said."], []) is None


def test_a_he_said_goes_back_through_words_given_to_the_same_he():
    """Invented text. "“...,” he said" after "Still, he said, ..." or ", she said she would ..." stands for
    whom that pronoun stands for, named further back; not through words given to another pronoun, nor
    through a sentence that names someone else saying something."""
    named = "Bo Lee said he had left the harbour at dawn."
    again = "If the quay stays shut, he said he would not return."
    assert quote_speaker("“I cannot go back,” he said.", [again, named], []) == "Bo Lee"
    assert quote_speaker("“I cannot go back,” he said.", ["Still, he said, there was one way: north.", named], []) == (
        "Bo Lee"
    )
    # A bare quote after a "he said" goes back as that "he" does.
    quoted = "“I cannot go back,” he said."
    assert quote_speaker("“I will not stay.”", [quoted, again, named], []) == "Bo Lee"
    # The person a sentence opens with, though a comma follows the name ("Ann Roe, co-director of ...").
    opener = "Ann Roe, co-director of the Harbour Users Group, one of several groups, came to the quay."
    assert quote_speaker("“This is about who we are,” she said.", [opener], []) == "Ann Roe"
    described = "The harbour master, who is known for her temper, came to the quay."
    assert quote_speaker("“This is about who we are,” she said.", [described], []) is None
    she = "If it stays shut, she said she would go."
    assert quote_speaker("“I cannot go back,” he said.", [she, named], []) is None
    assert quote_speaker("“I cannot go back,” she said.", [again, named], []) is None


def test_a_quote_heading_names_an_organisation_written_with_an_ampersand_whole():
    """A bare quote goes on from a sentence whose speaker is an organisation written with "&": the
    heading names it whole, not only the words after the "&" (an audit read "— Coastal Studies")."""
    paper = _s("A", 0, "In a paper, the Harbour-based Centre for Port & Coastal Studies said that “ferries are key.”")
    bare = _s("A", 1, "“The stakes are high for the town and its mayor.”")
    other = _s("B", 0, "The town's ferries were late again.")
    story = _story([Claim("p", "p", [paper]), Claim("q", "q", [bare], heading_key=bare.key), Claim("o", "o", [other])])
    story.articles[0].paragraphs = [Paragraph(paper.text, 1), Paragraph(bare.text, 2)]
    story.articles[1].paragraphs = [Paragraph(other.text, 1)]
    assert said_by(story) == {"q": "Centre for Port & Coastal Studies"}


def test_a_quote_a_post_closes_is_the_person_the_post_puts_it_under():
    """Invented text. An embedded post that quotes someone as a headline would ("Ann Roe on the ferry:
    “...”") and closes the quote in its next sentence, before its links and signature: the heading
    names the person, not the poster (an audit read a man's words "posted by" the outlet)."""
    opener = _s("A", 0, "Ann Roe on the ferry's return: \"We are back.")
    closer = _s("A", 1, 'And we stay." https://t.co/x1 — Port News (@PortNews) May 2, 2025')
    story = _story([Claim("o", "o", [opener]), Claim("q", "q", [closer], heading_key=closer.key)])
    story.articles[0].paragraphs = [Paragraph(f"{opener.text} {closer.text}", 1)]
    assert said_by(story) == {"q": "Ann Roe"}
    # A group's or a body's words put so are not read as a person's.
    assert quote_speaker("And we stay.”", ["Port News on the ferry: “We are back."], []) is None
    assert quote_speaker("And we stay.”", ["Ann Roe on the ferry: “We are back."], []) == "Ann Roe"


def test_a_bare_quote_heading_whose_speaker_is_described_not_named_shows_the_description():
    """Invented text. A bare quote going on from "..., one harbour official said." (or cut and closed
    there, or after "said one member who ..."): no name anywhere, so the heading gives the description;
    the quote speaker itself still names only people, and a pronoun, reported speech or a named tag
    describe no one."""
    tagged = "“The board keeps its own counsel,” one harbour official said."
    bare = "“But they are moving backwards now.”"
    a0 = _s("A", 0, tagged)
    a1 = _s("A", 1, bare)
    story = _story([Claim("t", "t", [a0]), Claim("q", "q", [a1], heading_key=a1.key)])
    story.articles[0].paragraphs = [Paragraph(f"{a0.text} {a1.text}", 1)]
    assert said_by(story) == {"q": "one harbour official"}
    # A document described as speaking ("the statement said") is whose it is, named before, or no one's
    # (audit 104 read "— Said by the statement").
    owned = "The Harbour Board’s earlier statement also apologised for the delay."
    stated = "“We regret the closure of the pier,” the statement said."
    for before, label in ((owned, {"q": "Harbour Board"}), ("The pier was shut all week.", {})):
        b0, b1, b2 = _s("B", 0, before), _s("B", 1, stated), _s("B", 2, "“The pier will open again in May.”")
        story = _story([Claim("t", "t", [b0]), Claim("s", "s", [b1]), Claim("q", "q", [b2], heading_key=b2.key)])
        story.articles[0].paragraphs = [Paragraph(b0.text, 1), Paragraph(f"{b1.text} {b2.text}", 2)]
        assert said_by(story) == label, before
    assert quote_speaker(bare, [tagged], []) is None
    assert quote_speaker(bare, [tagged], [], describe=True) == "one harbour official"
    closing = "The board keeps its own counsel,” one harbour official said."
    assert quote_speaker("“The board has a long memory.", [], [closing], describe=True) == "one harbour official"
    inverted = "“There is a lot of anger,” said one member who voted no, who would not give a name."
    assert quote_speaker(bare, [inverted], [], describe=True) == "one member who voted no"
    # A party's member is described too, not named (an audit found such a heading with no speaker).
    party = "“We are tired of waiting,” said one Republican who voted no, who would not give a name."
    assert quote_speaker(bare, [party], [], describe=True) == "one Republican who voted no"
    assert quote_speaker(bare, ["“We ran,” he said."], [], describe=True) is None
    assert quote_speaker(bare, ["Police said the men paid for the pier."], [], describe=True) is None
    assert quote_speaker(bare, ["“We ran,” Bo Lee said."], [], describe=True) == "Bo Lee"
    assert quote_speaker(bare, ["Then a clerk looked at him and said: “We ran.”"], [], describe=True) is None
    # A place before the verb is no name that hides the description (an audit: "A spokeswoman in
    # Washington said ..." left the quote after it without one).
    placed = "A harbour spokeswoman in Port Town said the delay was “sensible,” but crews were tired."
    assert quote_speaker(bare, [placed], [], describe=True) == "a harbour spokeswoman in Port Town"


def test_a_statement_read_out_is_its_authors_and_a_joint_one_no_ones_alone():
    """Invented text. "“...,” the statement read." gives the words to whoever the sentences before say
    issued the statement, as "the statement said" does; a statement several people issued together is
    not one of theirs alone."""
    stated = "“We regret the closure of the pier,” the statement read."
    cases = (
        ("Ann Roe, the harbour master, said in a statement that crews were out.", {"s": "Ann Roe"}),
        ("Ann Roe and Bo Lee issued a statement on Monday.", {}),
        ("A joint statement from Harbour Master Ann Roe, Port Chief Bo Lee and Mayor Cy Day came late.", {}),
        ("The boy read the letter aloud.", {}),
    )
    for before, label in cases:
        b0, b1 = _s("B", 0, before), _s("B", 1, stated)
        story = _story([Claim("t", "t", [b0]), Claim("s", "s", [b1], heading_key=b1.key)])
        story.articles[0].paragraphs = [Paragraph(f"{b0.text} {b1.text}", 1)]
        assert said_by(story) == label, before


def test_a_quote_carried_over_a_paragraph_end_is_the_speaker_of_where_it_opened():
    """Invented text. A quote opens after Bo Lee's and runs to its paragraph's end without a closing
    mark: the middle sentence is Bo Lee's, where the next paragraph opens with a mark again, as news
    copy carries a quote on, and where it is the outlet's own words, the closing mark left out (an
    audit read such a middle sentence, given to no one, as the outlet's own words)."""
    tagged = _s("A", 0, "“We were stopped on the coast road,” Bo Lee said.")
    opened = _s("A", 1, "“They drew their guns on the crew.")
    middle = _s("A", 2, "We had done nothing wrong.")
    again = replace(_s("A", 3, "“Then they let the boats go.”"), paragraph=1)
    own = replace(_s("A", 3, "The harbour police have not commented."), paragraph=1)
    for next_paragraph, speaker in ((again, {"m": "Bo Lee"}), (own, {"m": "Bo Lee"})):
        sentences = [tagged, opened, middle, next_paragraph]
        claims = [Claim(f"x{i}", "x", [s]) for i, s in enumerate(sentences) if s is not middle]
        story = _story([*claims, Claim("m", "m", [middle], heading_key=middle.key)])
        story.articles[0].paragraphs = [
            Paragraph(" ".join(s.text for s in sentences[:3]), 1),
            Paragraph(next_paragraph.text, 2),
        ]
        assert said_by(story) == speaker


def test_a_quote_headings_speaker_is_checked_against_the_other_outlets_quoting_the_same_words():
    """Invented text. The heading's own article gives a bare quote to the speaker before it; another
    outlet tags the same words with someone else: no speaker is said, unless only one of them is
    found inside the quote's own paragraph. Where the heading's
    article names no one, another outlet's tag of the same words is taken, in its fullest form; a
    sentence of the claim that quotes other words is not asked."""
    a0 = _s("A", 0, "“I would if I could,” Bo Lee added.")
    a1 = _s("A", 1, "“His conduct is a disgrace to the harbour board.")
    b0 = _s("B", 0, "“Bo Lee has lost his way,” said Jo Park, a board spokesman.")
    b1 = _s("B", 1, "“His conduct is a disgrace to the harbour board.”")
    c0 = _s("C", 0, "The board met on Friday.")
    lone = [Claim(f"x{i}", "x", [s]) for i, s in enumerate([a0, b0, c0])]
    disputed = Claim("q", "q", [a1, b1], heading_key=a1.key)
    assert said_by(_story([*lone, disputed])) == {}
    assert said_by(_story([*lone, replace(disputed, heading_key=b1.key)])) == {}
    assert said_by(_story([*lone, Claim("q", "q", [b1], heading_key=b1.key)])) == {"q": "Jo Park"}
    # A's quote stands in a paragraph of its own, B's beside its tag: B's paragraph says who speaks.
    a1_alone = replace(a1, paragraph=1)
    assert said_by(_story([*lone, Claim("q", "q", [a1_alone, b1], heading_key=a1_alone.key)])) == {"q": "Jo Park"}
    # C's article names no one before its quote; B names Jo Park, D "Park": the fullest is said.
    c1 = _s("C", 1, "“His conduct is a disgrace to the harbour board.”")
    d0 = _s("D", 0, "“His conduct is a disgrace to the harbour board,” Park said.")
    named = Claim("q", "q", [c1, b1, d0], heading_key=c1.key)
    assert said_by(_story([*lone, named])) == {"q": "Jo Park"}
    # Another quote in the claim (other words, another speaker) has no say.
    other = _s("A", 1, "“The pier will reopen in the spring,” Bo Lee said.")
    assert said_by(_story([*lone, Claim("q", "q", [other, b1], heading_key=b1.key)])) == {"q": "Jo Park"}


def test_a_quote_goes_to_the_speaker_another_outlet_names_for_an_earlier_sentence_of_the_same_quotation():
    """Invented text. A's quotation runs over two sentences in a paragraph of its own, after a quote of
    Bo Lee's; B tags its first sentence with Jo Park. The second sentence, heading a claim alone, is
    not Bo Lee's: the quotation is one utterance, and B's paragraph says whose (an audit read a
    spokesman's attack given to the man attacked)."""
    a0 = _s("A", 0, "“I would if I could,” Bo Lee added.")
    a1 = replace(_s("A", 1, "“His conduct is a disgrace to the harbour board."), paragraph=1)
    a2 = replace(_s("A", 2, "Voting down the ferry was poor, and pushing a pupil aside is far worse.”"), paragraph=1)
    b0 = _s("B", 0, "“Bo Lee has lost his way,” said Jo Park, a board spokesman.")
    b1 = _s("B", 1, "“His conduct is a disgrace to the harbour board.”")
    lone = [Claim(f"x{i}", "x", [s]) for i, s in enumerate([a0, b0])]
    claims = [*lone, Claim("q1", "q1", [a1, b1], heading_key=b1.key), Claim("q2", "q2", [a2], heading_key=a2.key)]
    story = _story(claims)
    story.articles[0].paragraphs = [Paragraph(a0.text, 1), Paragraph(f"{a1.text} {a2.text}", 2)]
    story.articles[1].paragraphs = [Paragraph(f"{b0.text} {b1.text}", 1)]
    assert said_by(story) == {"q1": "Jo Park", "q2": "Jo Park"}
    # Where no other outlet quotes any of it, the quote goes on from the sentence before, as read.
    alone = _story([Claim("x0", "x", [a0]), Claim("q2", "q2", [a2], heading_key=a2.key), Claim("x1", "x", [a1])])
    alone.articles[0].paragraphs = story.articles[0].paragraphs
    assert said_by(alone)["q2"] == "Bo Lee"


def test_a_short_quote_is_given_to_the_sentence_that_quotes_it_not_to_a_longer_quote_holding_it():
    """Two people's words in one claim of one outlet, the second's a few words the first's longer
    quote holds too (invented text): the short quote is not given to the first speaker."""
    before = Sentence("Outlet A", "0.txt", "Harbour Secretary Ann Roe thanked the crews on the quay.", 0, 0, 3, 1)
    said = Sentence(
        "Outlet A",
        "0.txt",
        "“Tonight, our thoughts turn to every family on the quay,” she said in a statement.",
        1,
        0,
        3,
        1,
    )
    mayor = Sentence(
        "Outlet A",
        "0.txt",
        "Mayor Jo Park also praised the crews, saying the night was grim and “our thoughts turn” to the quay.",
        2,
        0,
        3,
        1,
    )
    b = Sentence("Outlet B", "1.txt", "Harbour Secretary Ann Roe and Mayor Jo Park thanked the crews.", 0, 0, 1, 1)
    claim = Claim("c", "c", [said, mayor, b])
    context = Context(
        sentences={
            "0.txt": tuple((x.key, x.text) for x in (before, said, mayor)),
            "1.txt": ((b.key, b.text),),
        }
    )
    summary = _summaries(claim, context)["quotes"]
    assert "Ann Roe: “Tonight, our thoughts turn to every family" in summary
    assert "Ann Roe: “our thoughts turn”" not in summary
    assert "“our thoughts turn”" in summary


def _paragraphs(*lines: list[Sentence]) -> Story:
    """A one-article story whose paragraphs hold these sentences, each sentence a claim of its own."""
    sentences = [s for line in lines for s in line]
    story = _story([Claim(s.key, s.key, [s]) for s in sentences])
    story.articles[0].paragraphs = [Paragraph(" ".join(s.text for s in line), i + 1) for i, line in enumerate(lines)]
    return story


def test_a_quotation_over_several_paragraphs_is_one_quotation():
    def s(i: int, paragraph: int, text: str) -> Sentence:
        return Sentence("Outlet A", "0.txt", text, i, paragraph, paragraph + 1, 9)

    lead = s(0, 0, "The group's post reads:")
    one = s(1, 1, "“Expect more of this on the quay.")
    two = s(2, 2, "The ferry was late again today.")  # no mark of its own: inside the quotation
    three = s(3, 3, "Act accordingly.”")
    after = s(4, 4, "The ferry company did not reply.")
    found = story_context(_paragraphs([lead], [one], [two], [three], [after])).quotations
    assert set(found) == {one.key, two.key, three.key}
    assert found[two.key] == ("Expect more of this on the quay. The ferry was late again today. Act accordingly",)
    # News style opens each paragraph of a long quote anew: still one quotation.
    two = s(2, 2, "“The ferry was late again today.")
    found = story_context(_paragraphs([lead], [one], [two], [three], [after])).quotations
    assert found[two.key] == ("Expect more of this on the quay. The ferry was late again today. Act accordingly",)
    # A quotation never closed is no quotation of the paragraphs after it.
    assert story_context(_paragraphs([lead], [one], [s(2, 2, "The ferry was late.")], [after])).quotations == {}


def test_a_quotation_that_goes_on_after_its_tag_is_one_quotation():
    """ "“We are sad,” the mayor said. “We will rebuild the pier.”": a bare quotation after the tag, in its
    paragraph or the next (news style gives a quote its own paragraph), goes on with the speaker's
    words; a sentence of the outlet's own ends it, and so does a paragraph between."""

    def s(i: int, paragraph: int, text: str) -> Sentence:
        return Sentence("Outlet A", "0.txt", text, i, paragraph, paragraph + 1, 9)

    said = s(0, 0, "“We are sad,” the mayor said.")
    more = s(1, 0, "“We will rebuild the pier.”")
    again = s(2, 1, "“And we will do it by June.”")
    own = s(3, 1, "The council meets on Monday.")
    late = s(4, 1, "“Nobody was hurt.”")
    found = story_context(_paragraphs([said, more], [again, own, late])).quotations
    whole = "We are sad. We will rebuild the pier. And we will do it by June"
    assert found == {said.key: (whole,), more.key: (whole,), again.key: (whole,)}
    assert story_context(_paragraphs([said], [], [replace(more, paragraph=2)])).quotations == {}


def test_one_outlet_joins_what_another_quotes_as_two_sentences_of_one_utterance():
    """One outlet quotes "A, because B"; another quotes "A," then, after the tag, "B.": the word that
    joins them is the first outlet's, a quote worded differently. Where the quotes start or end is no
    sign of that: a quote whose opening words another outlet quotes in the sentence before is not."""
    joined = _s("A", 0, "“We will rebuild the old pier this year, because the town needs it,” the mayor said.")
    first = _s("B", 0, "“We will rebuild the old pier this year,” the mayor said.")
    second = _s("B", 1, "“The town needs it.”")
    articles = [
        Article("0.txt", "Outlet A", [Paragraph(joined.text, 1)]),
        Article("1.txt", "Outlet B", [Paragraph(f"{first.text} {second.text}", 1)]),
    ]
    story = Story("s", "S", articles, [Claim("a", "a", [joined, first]), Claim("b", "b", [second])])
    found = compare_story(story, _likely(0.9))
    assert [d.kind for d in found] == ["quotes"] and "because" in found[0].summary
    cut = _s(
        "A",
        0,
        "“Says the council, the town needs the ferry, its trade and its people more than ever before,” it read.",
    )
    needs = _s("B", 1, "“The town needs the ferry, its trade and its people more than ever before.”")
    articles[0] = Article("0.txt", "Outlet A", [Paragraph(cut.text, 1)])
    articles[1] = Article("1.txt", "Outlet B", [Paragraph(f"{first.text} {needs.text}", 1)])
    story = Story("s", "S", articles, [Claim("a", "a", [cut, needs]), Claim("b", "b", [first])])
    assert compare_story(story, _likely(0.9)) == []


def test_a_whole_quotation_is_compared_only_for_a_sentence_whose_own_words_the_other_quotes():
    """A sentence opens a quotation that goes on after its tag; another outlet quotes only the words
    that go on, changed: the sentence that holds them quotes them differently, not the one before."""
    before = "“The new ferry looks and feels great,” said the director."
    after = "“With two decks and a cafe, the new ferry will carry more people than ever before.”"
    other = "“With two decks and a cafe, the new ferry will carry more passengers than ever before,” she said."
    whole = (f"{before[1:-21]}. {after[1:-2]}",)  # the two sentences' words, one quotation
    assert quote_conflicts(other, after, 0.9, (), whole)
    assert quote_conflicts(other, before, 0.9, (), whole) == []


def test_a_quote_conflict_belongs_to_the_claim_of_the_sentences_that_word_it_differently():
    """The changed words are in the first sentences of two outlets' quotations; their second sentences
    quote the same words (an audit read "a single penny" / "any single penny" on the page of the second
    sentence, quoted alike by every outlet): one disagreement, the first sentences' claim's only."""
    a0 = _s("A", 0, "“We will not put a single penny into such a silly fence!")
    a1 = _s("A", 1, "And the whole thing will be of no use at all,” the mayor told reporters.")
    b0 = _s("B", 0, "“We will not put any single penny into such a silly fence!” the mayor told reporters.")
    b1 = _s("B", 1, "“And the whole thing will be of no use at all.”")
    articles = [
        Article("0.txt", "Outlet A", [Paragraph(f"{a0.text} {a1.text}", 1)]),
        Article("1.txt", "Outlet B", [Paragraph(f"{b0.text} {b1.text}", 1)]),
    ]
    story = Story("s", "S", articles, [Claim("one", "one", [a0, b0]), Claim("two", "two", [a1, b1])])
    found = compare_story(story, _likely(0.9))
    assert len(found) == 1 and found[0].kind == "quotes" and set(found[0].claims) == {"one"}
    assert "any single penny" in found[0].summary
    assert not story.claims[1].differences
    # The second sentences read with their whole quotations (as the story's context gives them).
    whole_a = ("We will not put a single penny into such a silly fence! And the whole thing will be of no use at all",)
    whole_b = (
        "We will not put any single penny into such a silly fence!",
        "And the whole thing will be of no use at all",
    )
    assert quote_conflicts(a1.text, b1.text, 0.9, whole_a, whole_b) == []


_LINES = ["“Open", "closed.”", "plain.", "“Both.”", "“Again", '"Straight', 'ends."', "Its “own” words."]


@given(st.lists(st.sampled_from(_LINES), max_size=9))
def test_quotations_over_paragraphs_run_from_an_opening_to_a_closing(lines):
    from generator.compare.context import _quoted_runs
    from generator.segment import LONGEST_QUOTATION
    from generator.segment import quote_marks as _marks

    sentences = [Sentence("Outlet A", "0.txt", t, i, i, i + 1, 9) for i, t in enumerate(lines)]
    for run in _quoted_runs({("0.txt", s.paragraph): [s] for s in sentences}):
        numbers = [s.paragraph for s in run]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers))) and len(numbers) >= 2
        assert _marks(run[0].text)[-1] == "open" and _marks(run[-1].text)[0] == "close"  # (its lines: one mark each)
        assert len(run) <= LONGEST_QUOTATION + 1


def _detail_beside(kind: str, here: list[Sentence], outside: list[Sentence]) -> str:
    """The summary of the detail of ``kind`` of a claim of the ``here`` sentences, in a story whose other
    claims are the ``outside`` sentences, one each (the fact signal finding every pair likely)."""
    story = _story([Claim("c", "c", here), *(Claim(f"o{i}", f"o{i}", [x]) for i, x in enumerate(outside))])
    for article in story.articles:
        article.paragraphs = [Paragraph(x.text, 1) for x in [*here, *outside] if x.source == article.source]
    compare_story(story, _likely(0.9))
    return next(d.summary for d in story.claims[0].differences if d.kind == kind)


def _names_beside(here: list[Sentence], text: str) -> str:
    """The names detail of a claim of the ``here`` sentences, beside Outlet C's sentence ``text``."""
    return _detail_beside("names", here, [_s("C", 0, text)])


def test_an_outlet_outside_the_claim_is_credited_with_a_name_only_where_it_names_it():
    """Invented text. "Only A and C (elsewhere in its article) name Ann May" is said only where C names
    her: not for "the end of May" nor for another "el" (audit 128 found three such credits false);
    her surname alone, the name's initials and each of its words still count."""
    a = _s("A", 0, "Prime Minister Ann May met the crews at the El Faro Marina gate on Tuesday.")
    b = _s("B", 0, "The prime minister met the crews at the gate on Tuesday.")

    def names(text: str) -> str:
        return _names_beside([a, b], text)

    alone = "Only Outlet A names El Faro Marina and Ann May."
    assert names("The gate will reopen by the end of May, el capitan said.") == alone
    assert names("May told reporters the pier was safe.") == alone  # "May" the month, for all it shows
    assert names("Her aide, A.M. Tully, spoke first.") == alone  # "AM" is no "Ann May" (audit 130)
    assert names("Ann May told reporters the pier was safe.") == (
        "Only Outlet A names El Faro Marina; only Outlet A and Outlet C (elsewhere in its article) name Ann May."
    )
    initials = names("The EFM board will meet again.")
    assert initials.startswith("Only Outlet A and Outlet C (elsewhere in its article) name El Faro Marina")
    # A one-word name some copy prints in capitals is named so (audit 145: "the TARDIS").
    ferry = [_s("A", 0, "The crew boarded the Seawolf at dawn."), _s("B", 0, "The crew boarded the ferry at dawn.")]
    assert _names_beside(ferry, "Later the SEAWOLF sailed.") == (
        "Only Outlet A and Outlet C (elsewhere in its article) name the Seawolf."
    )
    # Initials in the plural name them too, with an apostrophe or without (audit 208: "GIs").
    crew = [_s("A", 0, "The ferry carried RNLI crews at dawn."), _s("B", 0, "The ferry carried the crews at dawn.")]
    for plural in ("RNLIs", "RNLI's", "RNLI’s"):
        assert _names_beside(crew, f"The ferry carried the {plural} at dawn.") == (
            "Only Outlet A and Outlet C (elsewhere in its article) name RNLI."
        )
    assert _names_beside(crew, "The ferry carried the RNLs at dawn.") == "Only Outlet A names RNLI."


def test_an_outlet_outside_the_claim_is_credited_with_a_name_only_from_a_sentence_of_the_same_fact():
    """Invented text. Outlet C, outside the claim, names the Harbour Board in a sentence of this claim's
    fact (credited) or only in another fact's, its press officer's title (not credited: audits 184 and
    185 read "the White House" of a press secretary and another migrant's country credited so)."""
    a = _s("A", 0, "The Harbour Board closed the quay on Tuesday.")
    b = _s("B", 0, "The quay was closed on Tuesday.")
    told = _s("C", 0, "The Harbour Board shut the quay this week.")
    other = _s("C", 0, "Harbour Board press officer Ann Roe spoke at the fair.")

    def names(c: Sentence) -> str:
        story = _story([Claim("c", "c", [a, b]), Claim("o", "o", [c])])
        for article in story.articles:
            article.paragraphs = [Paragraph(x.text, 1) for x in (a, b, c) if x.source == article.source]

        def likely(x: str, y: str) -> float:
            return 0.9 if {x, y} <= {a.key, b.key} or told.text == c.text else 0.05

        compare_story(story, likely)
        return next(d.summary for d in story.claims[0].differences if d.kind == "names")

    assert names(told) == "Only Outlet A and Outlet C (elsewhere in its article) name Harbour Board."
    assert names(other) == "Only Outlet A names Harbour Board."


def test_a_state_a_wire_service_and_an_office_are_credited_in_every_form_news_copy_writes_them():
    """Invented text. A state is named by its name, its style-book abbreviation or its postal code
    after a town; the Associated Press by "AP"; "Chief Deputy City" before "Attorney Ann Roe" is the
    office's opening words, no name; so is "Article" before "60" (audits 136, 138, 140)."""
    singer = [
        _s("A", 0, "The singer moved to a clinic in Harbour Bay, Calif., the Associated Press reported."),
        _s("B", 0, "The singer moved to a clinic, her manager said."),
    ]

    def names_beside(text: str) -> str:
        return _names_beside(singer, text)

    alone = "Only Outlet A names Associated Press and Harbour Bay (California)."
    assert names_beside("She was seen in a shop in Port Town on Monday.") == alone
    assert names_beside("She was seen in a shop in Port Town, CA, on Monday, reports AP.") == (
        "Only Outlet A and Outlet C (elsewhere in its article) name Associated Press; "
        "only Outlet A names Harbour Bay (California)."
    )
    assert "Outlet C (elsewhere in its article) name Harbour Bay" in names_beside("She was seen at Harbour Bay.")
    assert names("Chief Deputy City Attorney Ann Roe met her.") == {"Attorney Ann Roe"}
    assert names("Mayor Bo Lee Spokesman Tim Ray said so.") == {"Mayor Bo Lee", "Spokesman Tim Ray"}
    # Two peoples' words joined are no name (audit 140: "only A names British-Irish").
    boxer = [_s("A", 0, "The British-Irish boxer Ann Roe won the bout."), _s("B", 0, "The boxer won the bout.")]
    assert _names_beside(boxer, "The crowd cheered.") == "Only Outlet A names Ann Roe."
    # A numbered part is no name (audit 140: "only A names Article"); a maker's model keeps its maker.
    assert names("Under Article 60 of the harbour charter, the vote was held.") == set()
    assert names("The Boeing 737 landed at Port Town.") == {"Boeing", "Port Town"}
    assert names("The car stopped near Interstate 805 at dawn.") == set()  # no "only A names Interstate"
    from generator.compare.name import state_in

    assert state_in("Rep. Ann Roe (R-Calif.) spoke.", "California") and state_in("Port Town, Miss., 4", "Mississippi")
    assert not state_in("Miss Roe went to Mass at La Paz.", "Mississippi")  # abbreviations only after a town
    # A degree after a person's name is no state ("Ann Roe, MD"); a town's state is ("Port Town, CA").
    doctor = [_s("A", 0, "The report was written by Ann Roe, MD, of the clinic."), _s("B", 0, "The report was out.")]
    assert "Maryland" not in _names_beside(doctor, "It was read in Port Town, MD.")


def test_a_month_an_outlet_outside_the_claim_gives_is_named_with_the_detail():
    """Invented text. "Only A gives January 2017" is false where C, whose sentences the claim did not
    group, dates the same vote so (audit 130): C is named as giving it elsewhere in its article; not
    for a weekday, which names the days of many things."""
    a = _s("A", 0, "The council voted in January 2017 to close the ferry pier for repairs.")
    b = _s("B", 0, "The council voted to close the ferry pier for repairs.")
    c = _s("C", 0, "In January 2017 the council voted to shut the pier.")
    assert _detail_beside("dates", [a, b], [c]) == (
        "Only Outlet A and Outlet C (elsewhere in its article) give January 2017."
    )
    monday = [replace(a, text="The council voted on Monday to close the ferry pier."), b]
    assert _detail_beside("dates", monday, [replace(c, text="On Monday the council voted to shut it.")]) == (
        "Only Outlet A gives Monday."
    )


def test_a_figure_an_outlet_outside_the_claim_gives_is_named_with_the_detail():
    """ "Only A gives five sites" is false where C, whose sentences the claim did not group, gives five
    sites too: the detail names it as giving it elsewhere in its article; past two such outlets, by
    their number."""
    a = _s("A", 0, "The council is reviewing five sites for the new ferry pier.")
    b = _s("B", 0, "The council is reviewing sites for the new ferry pier.")
    others = [_s(o, 0, f"Five sites were in the running, Outlet {o} reported.") for o in "CDEF"]

    def numbers(outside: list[Sentence]) -> str:
        return _detail_beside("numbers", [a, b], outside)

    assert numbers([]) == "Only Outlet A gives five sites."
    assert numbers(others[:1]) == "Only Outlet A and Outlet C (elsewhere in its article) give five sites."
    assert numbers(others) == "Only Outlet A and 4 other outlets (elsewhere in their articles) give five sites."
    # A site's second article ("Outlet C (2)") is one more article, not one more outlet (audit 129).
    second = replace(others[0], outlet="Outlet C (2)", source="c2.txt", text="Five sites were in the running.")
    assert numbers([*others[:3], second]) == "Only Outlet A and 4 other articles (elsewhere in them) give five sites."
    # An article that counts sites for several things ("five sites" and "two sites") is not named.
    counts = replace(others[0], text="Five sites were in the running, and two sites were dropped.")
    assert numbers([counts]) == "Only Outlet A gives five sites."


def test_people_an_outlet_outside_the_claim_counts_by_another_word_are_named_from_a_sentence_of_the_fact():
    """Invented text (audit 186: "only A gives 400 firefighters" where C, outside the claim, counts the
    same crews as "400 ground personnel"): one number of people by another word is named, from a
    sentence the fact signal finds likely to tell a fact of the claim only."""
    a = _s("A", 0, "By noon 400 firefighters had reached the harbour blaze, the agency said.")
    b = _s("B", 0, "Crews reached the harbour blaze by noon.")
    told = _s("C", 0, "Some 400 ground personnel had reached the harbour blaze by noon.")
    other = _s("C", 0, "About 400 ground personnel marched in the town parade last year.")
    assert _detail_beside("numbers", [a, b], [told]) == (
        "Only Outlet A and Outlet C (elsewhere in its article) give 400 firefighters."
    )

    def numbers(c: Sentence) -> str:
        story = _story([Claim("c", "c", [a, b]), Claim("o", "o", [c])])
        for article in story.articles:
            article.paragraphs = [Paragraph(x.text, 1) for x in (a, b, c) if x.source == article.source]
        compare_story(story, lambda x, y: 0.9 if {x, y} <= {a.key, b.key} else 0.05)
        return next(d.summary for d in story.claims[0].differences if d.kind == "numbers")

    assert numbers(other) == "Only Outlet A gives 400 firefighters."


def test_a_quote_an_outlet_outside_the_claim_quotes_is_named_with_the_detail():
    """Invented text. "Only A quotes “...”" where C quotes the same words in a sentence the claim did not
    group: the detail names C as quoting them elsewhere in its article (audit 125), as a figure's does;
    not for a word or two, which may stand in quotation marks anywhere."""
    a = _s("A", 0, "The board said in its notice, “from May 1, the old ferry pier will close to all traffic.”")
    b = _s("B", 0, "The board said in its notice that it would also “review the fares” next year.")
    c = _s("C", 0, "“From May 1, the old ferry pier will close to all traffic,” the harbour board said.")

    def quoted(outside: list[Sentence]) -> str:
        return _detail_beside("quotes", [a, b], outside)

    assert quoted([]).startswith("Only Outlet A quotes “from May 1")
    assert quoted([c]).startswith("Only Outlet A and Outlet C (elsewhere in its article) quote “from May 1")
    assert "; only Outlet B quotes “review the fares”" in quoted([c])
    # Some of the words (five or more), quoted outside the claim: said beside them.
    part = _s("C", 0, "“From May 1, the old ferry pier will close,” the harbour board said.")
    assert "(Outlet C quotes some of these words elsewhere in its article); only Outlet B" in quoted([part])
    # The one outlet that quotes here: the outside outlet that quotes the same words is said after it.
    b_plain = _s("B", 0, "The board said in its notice that the old ferry pier would close in May.")
    summary = _detail_beside("quotes", [a, b_plain], [c])
    assert summary.startswith("Only Outlet A quotes here (")
    assert summary.endswith("; Outlet C (elsewhere in its article) quotes the same words.")


def test_two_words_an_outlet_outside_the_claim_quotes_alone_are_credited_to_it():
    """Invented text. Two words only A of the claim quotes, which C's article, outside the claim, puts
    in quotation marks by themselves ("ghost ferries" / “ghost-ferries”): C is named with A (audit 194
    read "only A quotes" false of such a coinage). Not where C's quote holds other words too, nor for
    one word, which may stand in quotation marks anywhere."""
    a = _s("A", 0, "The harbour board called the empty night boats “ghost ferries” in its notice.")
    b = _s("B", 0, "The harbour board said in its notice that it would “review the fares” next year.")

    def quoted(text: str) -> str:
        return _detail_beside("quotes", [a, b], [_s("C", 0, text)])

    alone = "Only Outlet A quotes “ghost ferries”; only Outlet B quotes “review the fares”."
    assert quoted("The night boats ran on.") == alone
    assert quoted("Locals call the late boats “ghost-ferries” and few ride them.").startswith(
        "Only Outlet A and Outlet C (elsewhere in its article) quote “ghost ferries”; only Outlet B"
    )
    assert quoted("“The ghost ferries run half empty,” a pilot said.") == alone
    one = _s("A", 0, "The harbour board called the empty night boats “ghosts” in its notice.")
    assert _detail_beside("quotes", [one, b], [_s("C", 0, "Locals call the late boats “ghosts”.")]).startswith(
        "Only Outlet A quotes “ghosts”"
    )
    the = _s("A", 0, "The harbour board called the empty night boats “the ghosts” in its notice.")
    assert _detail_beside("quotes", [the, b], [_s("C", 0, "Locals call the late boats “ghosts”.")]).startswith(
        "Only Outlet A quotes “the ghosts”"
    )


def test_contacts_counted_are_people():
    """Invented text. "48 contacts" in an outbreak are 48 people: an outlet that counts "48 other people"
    watched gives no figure the other's article lacks (audit 192 read "only A gives 48 other people"
    false where B counts "48 contacts")."""
    a = _s("A", 0, "Officials are watching 48 other people in the port town who met the sailor.")
    b = _s("B", 0, "Some 70 clinic workers who treated the sailor are also under watch.")
    contacts = _s("B", 1, "The 48 contacts outside the clinic show no symptoms, officials said.")
    shelters = _s("B", 1, "The 48 shelters outside the clinic were opened, officials said.")
    assert _detail_beside("numbers", [a, b], [contacts]) == "Only Outlet B gives some 70 clinic workers."
    assert _detail_beside("numbers", [a, b], [shelters]).startswith("Only Outlet A gives 48 other people;")


def test_a_name_an_outlet_outside_the_claim_names_is_named_with_the_detail():
    """Invented text. "Only A names Selma Roe" where C, whose sentences the claim did not group, names
    her too: the detail names C as naming her elsewhere in its article (audit 127), as a figure's and
    a quote's details do; a name no other outlet writes stays A's alone."""
    a = _s("A", 0, "The ferry ran aground near the pier, harbour pilot Selma Roe said on Friday.")
    b = _s("B", 0, "The ferry ran aground near the pier on Friday.")
    c = _s("C", 0, "Harbour pilot Selma Roe was on the bridge when the tide turned.")

    def named(outside: list[Sentence]) -> str:
        return _detail_beside("names", [a, b], outside)

    assert named([]) == "Only Outlet A names Selma Roe."
    assert named([c]) == "Only Outlet A and Outlet C (elsewhere in its article) name Selma Roe."


def test_a_capital_after_a_diplomats_post_is_no_place_only_one_outlet_names():
    """ "The ambassador to Port Town" names an office, not a place the others leave out."""
    posted = "The island's ambassador to Port Town said the ferry visit will go ahead in July."
    plain = "The ferry visit will go ahead in July, officials said."
    assert "names" not in kinds(_claim(posted, plain))
    visited = "The ferry visit to Port Town will go ahead in July, officials said."
    assert kinds(_claim(visited, plain))["names"] == ("Only Outlet A names Port Town.", False)


def test_a_day_given_where_a_bare_quote_is_introduced_is_given():
    a = _s("A", 0, "On Saturday the ferry company said the crossing was safe.")
    lead_in = _s("B", 4, "In a statement on Saturday, the ferry company defended its captain.")
    b = _s("B", 5, "“The crossing was safe.”")  # needs the sentence before it: who said it, and when
    c = _s("C", 0, "The ferry company said the crossing was safe.")
    story = _story([Claim("c", "c", [a, b, c]), Claim("lead", "lead", [lead_in])])
    story.articles[1].paragraphs = [Paragraph(lead_in.text, 5), Paragraph(b.text, 6)]
    story.articles[0].paragraphs, story.articles[2].paragraphs = [Paragraph(a.text, 1)], [Paragraph(c.text, 1)]

    def likely(x: str, y: str) -> float:
        return 0.9 if {x, y} <= {a.key, b.key, c.key} else 0.05

    compare_story(story, likely)
    [d] = [d for d in story.claims[0].differences if d.kind == "dates"]
    assert d.summary == "Only Outlet A and Outlet B (elsewhere in its article) give Saturday."
    # A quote that names who said it reads alone: the sentence before it dates nothing of it.
    said = replace(b, text="“The crossing was safe,” the ferry company said.")
    story = _story([Claim("c", "c", [a, said, c]), Claim("lead", "lead", [lead_in])])
    story.articles[1].paragraphs = [Paragraph(lead_in.text, 5), Paragraph(said.text, 6)]
    story.articles[0].paragraphs, story.articles[2].paragraphs = [Paragraph(a.text, 1)], [Paragraph(c.text, 1)]
    compare_story(story, likely)
    [d] = [d for d in story.claims[0].differences if d.kind == "dates"]
    assert d.summary == "Only Outlet A gives Saturday."


def test_a_detail_counts_the_same_kind_of_thing_once():
    """'19 fire shelters' is not '19 firefighters'; '19 members' and 'nineteen firefighters' are one
    figure said twice; 'four dozen' is 48; a date keeps no sentence's full stop."""
    from generator.compare import dates

    claim = _claim(
        "Nineteen fire shelters were deployed, and 19 firefighters died.",
        "The blaze killed 19 members of the crew.",
    )
    assert kinds(claim)["numbers"] == ("Only Outlet A gives nineteen fire shelters.", False)  # 19 people: both
    claim = _claim("Nineteen fire shelters were deployed in the blaze.", "The blaze killed 19 firefighters.")
    summary, _ = kinds(claim)["numbers"]
    assert summary == "Only Outlet A gives nineteen fire shelters; only Outlet B gives 19 firefighters."
    dozens = number_slots("He faces four dozen questions.")
    assert [(s.surface, s.value) for s in dozens] == [("four dozen questions", 48)]
    assert dates("It began in March.") == {"march": "March"} and dates("Due on Jan. 5.") == {"jan 5": "Jan. 5"}


def test_people_counted_by_what_happened_to_them_are_one_figure_in_details():
    """'116 injured', '116 others' and '116 people' are one count of people: no outlet 'only' gives it."""
    claim = _claim(
        "A crew member died and 116 others were hurt when the ferry hit the pier.",
        "A man died and 116 injured were taken to hospital after the ferry hit the pier.",
        "The ferry hit the pier, killing one and injuring 116 people.",
    )
    assert "numbers" not in kinds(claim)
    # Elsewhere in an article, "about 100 injured" may be another accident's: no "100 others" given.
    a, b = "The ferry hit the pier; over 100 others were hurt.", "The ferry hit the pier on Sunday."
    texts = {"0.txt": a, "1.txt": f"{b}\nIn May a bus crash left about 100 injured."}
    assert "100 others" in _summaries(_claim(a, b), Context(texts=texts))["numbers"]
    # A count of what is not people is still its own figure.
    claim = _claim("The ferry hit the pier and 120 cars were damaged.", "The ferry hit the pier; 120 others were hurt.")
    summary, conflict = kinds(claim)["numbers"]
    assert not conflict and "120 cars" in summary and "120 others" in summary


def test_names_end_at_a_possessive_and_keep_their_particles():
    assert names("Harbour Radio's Ann Roe reports that the fire spread.") == {"Harbour Radio", "Ann Roe"}
    assert names("He hired Piet van der Berg, a lawyer.") == {"Piet van der Berg"}
    assert names("Vice President Ann Roe Jr. spoke.") == {"Vice President Ann Roe Jr"}
    claim = _claim("Critics called it an anti-Roe campaign, said Lee.", "Ann Roe was attacked in a campaign, Lee said.")
    assert "Only Outlet B names" not in {d.summary[:19] for d in compare_claim(claim, Context())}


def test_third_audit_names_numbers_dates_and_embedded_posts():
    """Found by a browser audit of four more corpus stories (sentences invented here)."""
    from generator.compare import dates
    from generator.compare.claim.naming import _common_word
    from generator.compare.negation import negated_terms

    assert names("PORT TOWN (AP) — Two American swimmers left on Friday.") == {"American"}  # no "PORT TOWN", "Two"
    assert names("(CNN) Ann Roe said on Friday that guards drew guns.") == {"Ann Roe"}
    assert names("He used an AR-15 rifle, Ann Roe said.") == {"Ann Roe"}
    assert names("Harbour Cafe CEO Bo Lee visited the site.") == {"Harbour Cafe", "CEO Bo Lee"}
    assert names("Vice President Ann Roe spoke.") == {"Vice President Ann Roe"}
    assert names("Follow @CityPolice for updates, said Ann Roe.") == {"Ann Roe"}
    assert [s.surface for s in number_slots("He used an AR-15 rifle and fired 20 rounds.")] == ["20 rounds"]
    assert dates("The war of 1950-53 ended in a truce.") == {"1950": "1950", "1953": "1953"}
    assert _common_word("Separately", Context()) and _common_word("Eight", Context())
    assert not _common_word("Italy", Context()) and not _common_word("Kelly", Context())
    assert negated_terms("No further details about the victims were released.") >= {"detai"}
    post = "Our thoughts are with the crews. — City Police (@CityPD) April 23, 2018"
    claim = _claim(post, "Our thoughts are with the crews, the police said.")
    assert "dates" not in kinds(claim)  # the post's date is when it was posted, not what it tells


def test_who_quotes_is_read_from_the_whole_sentences_a_card_shows():
    a = "“Keep the doors open,” the mayor said on Monday."
    b = "The mayor urged talks to go on, adding: “Keep the doors open.”"
    claim = _claim(a, b)
    claim.parts[claim.members[1].key] = (0, b.index(","))  # B's quote is outside its part, in grey
    assert "quotes" not in {d.kind for d in compare_claim(claim, Context())}


def test_a_number_is_printed_up_to_what_it_counts():
    from generator.compare.number import number_slots

    def shown(text: str) -> list[str]:
        return [x.surface for x in number_slots(text)]

    assert shown("Twelve rescue boats were sent.") == ["twelve rescue boats"]
    assert shown("A 30-member team searched the pier.") == ["30-member team"]
    assert shown("The $45 million harbour plan passed.") == ["$45 million harbour plan"]
    assert shown("He gave the team a one in four chance.") == ["one in four chance"]
    assert shown("Six crew members and 80 passengers were aboard.") == ["six crew members", "80 passengers"]
    assert shown("Nine people were hurt.") == ["nine people"]
    assert shown("the nine crew were rescued") == ["nine crew"]


def test_a_country_word_is_named_by_its_initials_too():
    claim = _claim(
        "Officials at the American embassy said the ferry was late.",
        "Officials said the ferry was late, the U.S. embassy confirmed.",
    )
    assert "names" not in kinds(claim)


def test_a_dateline_with_a_horizontal_bar_is_no_name():
    from generator.compare.name import names

    assert names("SAN MARCO ― Mayor Ann Roe opened the pier.") == {"Mayor Ann Roe"}


def test_several_values_read_as_a_list():
    # Two days are listed as two; "May or June" is one uncertain time (audits 100, 101), said so.
    claim = _claim(
        "The ferry service will resume on Monday and again on Friday, the operator said.",
        "The ferry service will resume, the operator said.",
    )
    assert kinds(claim)["dates"] == (
        "Only Outlet A gives Monday and Friday. (These may be the dates of different events.)",
        False,
    )
    claim = _claim(
        "The ferry service will resume in May or June, the operator said.",
        "The ferry service will resume, the operator said.",
    )
    assert kinds(claim)["dates"] == ("Only Outlet A gives May or June.", False)


def test_compound_number_words_and_ranks():
    from generator.compare.number import number_slots

    def read(text: str) -> list[tuple[str, float, str]]:
        return [(x.surface, x.value, x.unit) for x in number_slots(text)]

    assert read("Forty-two rescue workers searched the pier.") == [("forty-two rescue workers", 42.0, "worker")]
    assert read("Twenty-one passengers were aboard.") == [("twenty-one passengers", 21.0, "passenger")]
    assert read("It is the No. 3 ferry operator.") == []  # a rank, not a count
    # A modifier other than one for people stays what is counted.
    assert read("It has 12 million broadband customers.")[0][2] == "broadband"


def test_names_written_with_capitals_inside_are_whole():
    assert names("The deal beat HarbourNet and B&Q to buy CBSHarbour, the FBI said.") == {
        "HarbourNet",
        "B&Q",
        "CBSHarbour",
        "FBI",
    }
    claim = _claim("The ferry firm sold its stake to CBSHarbour.", "The ferry firm sold its stake to CBS Harbour.")
    assert "names" not in kinds(claim)


def test_a_capitalised_today_inside_a_sentence_is_a_title_not_a_day():
    from generator.compare import dates

    assert dates("The mayor told the Today programme on Monday.") == {"monday": "Monday"}
    assert dates("Today the ferry sails.") == {"today": "Today"}


def test_the_words_around_a_sentences_own_quotes_are_not_quoted():
    # Outlet A's sentence has quotes of its own; the part that tells the claim is the words between
    # them. Even where the quotation pairing spans its neighbours, that part quotes nothing.
    text = '"The pier is safe," the mayor told the council on Monday, adding "the ferry will sail."'
    claim = _claim(text, "The mayor told the council on Monday the ferry would sail.")
    a = claim.members[0]
    start = text.index("the mayor")
    claim.parts[a.key] = (start, text.index(", adding") + len(", adding"))
    context = Context(days={}, quotations={a.key: ("The pier is safe",)})
    shown = [q for d in compare_claim(claim, context) if d.kind == "quotes" for qs in d.by_outlet.values() for q in qs]
    assert not any("the mayor told" in q for q in shown)


def test_one_sum_of_money_or_one_count_said_with_a_synonym_is_no_detail():
    claim = _claim(
        "The two nations agreed a $12 million harbour deal.",
        "The two countries agreed the $12 million harbour purchase.",
    )
    assert "numbers" not in kinds(claim)
    claim = _claim(
        "Inspectors visited five sites near the harbour.", "Inspectors visited five locations by the harbour."
    )
    assert "numbers" not in kinds(claim)


def test_a_word_for_a_people_or_a_party_is_no_name_an_outlet_gives():
    claim = _claim(
        "A Democratic donor and two Canadian tourists boarded the ferry at Port Lowell.",
        "A donor and two tourists boarded the ferry at Port Lowell, officials said on TV.",
    )
    assert "names" not in kinds(claim)


def test_the_same_words_quoted_more_or_less_or_with_sic_are_not_different_words():
    def quoted(*texts: str) -> list[str]:
        return [s for k, (s, _) in kinds(_claim(*texts)).items() if k == "quotes"]

    assert (
        quoted(
            '"It seems to me that the ferry was at the berth it was meant to be at," the mayor said.',
            'He said the ferry "was at the berth it was meant to be at."',
        )
        == []
    )
    assert (
        quoted(
            '"My thoughts are with all of the victims of this mornings ferry crash," he wrote.',
            'He wrote: "my thoughts are with all of the victims of this mornings (sic) ferry crash."',
        )
        == []
    )
    assert quoted('"The pier is safe," the mayor said.', '"The ferry will sail," the mayor said.') == [
        "Only Outlet A quotes “The pier is safe”; only Outlet B quotes “The ferry will sail”."
    ]
    # What only one outlet quotes is said by outlet; brackets an editor added are words too.
    assert quoted(
        'The mayor was "glad" and said: "We will rebuild the pier."',
        'The mayor said she was "glad" and that the pier would be rebuilt.',
    ) == ["Only Outlet A quotes “We will rebuild the pier”."]
    assert quoted('He said the town "must fix the old pier."', 'He said the town "must fix [the] old pier."') == []
    # The same words quoted twice by one outlet, once with the stop the sentence split left them, are
    # said once.
    a1 = Sentence("Outlet A", "a.txt", "“It seems the ferry was at the wrong berth,” the mayor said.", 0, 0, 2, 1)
    a2 = Sentence("Outlet A", "a.txt", "It seems the ferry was at the wrong berth.", 1, 1, 2, 1)  # inside a quotation
    b = Sentence("Outlet B", "b.txt", '"The pier is safe," the mayor said.', 0, 0, 1, 1)
    quotations = {a2.key: ("This is bad. It seems the ferry was at the wrong berth.",)}
    [told] = [d.summary for d in compare_claim(Claim("c", "c", [a1, a2, b]), Context(quotations=quotations))]
    assert told.count("wrong berth") == 1, told


def test_ranks_states_and_hyphenated_words_in_names_details():
    assert names("State police Cpl. was at the pier.") == set()
    # "Ill." and "Illinois" are one state; "Republican-backed" says who backs it, it names no one.
    claim = _claim(
        "The suspect lived in Port Lowell, Ill., and a Republican-backed plan told residents to stay in.",
        "The suspect lived in Port Lowell, Illinois, and a plan told residents to stay in.",
    )
    assert "names" not in kinds(claim)


def test_counts_of_two_things_done_do_not_conflict_and_a_side_names_all_its_values():
    from generator.compare.number import number_conflicts

    assert (
        number_conflicts(
            "The storm at the pier, sinking two boats, closed the harbour.",
            "The tug at the pier was towing five boats when the storm hit.",
        )
        == []
    )
    claim = _claim(
        "The ferry, carrying ten crew members and 80 passengers, hit the pier.",
        "The ferry was carrying six crew members and about 95 passengers when it hit the pier.",
        "The ferry, carrying six crewmembers and 95 passengers, hit the pier.",
    )
    summary, conflict = kinds(claim)["numbers"]
    assert conflict and "Outlet C: 95 passengers · six crewmembers" in summary


def test_a_day_of_a_month_without_its_year_is_of_the_same_year_as_that_month():
    """In an article of late February, "on Dec. 14" is the December just past, the one "in December"
    means: the two are one time, not a day ten months ahead set beside a month gone by."""
    from generator.compare.date import _apart, _days, resolve

    published = date(2031, 2, 20)
    day, month = resolve("Dec. 14", published), resolve("December", published)
    assert day.day == date(2030, 12, 14) and month.year == 2030
    assert not _apart(_days(day, published), _days(month, published))
    assert resolve("Nov. 3", date(2031, 10, 30)).day == date(2031, 11, 3)  # a day ahead stays ahead
    assert resolve("Jan. 2", date(2031, 12, 28)).day == date(2032, 1, 2)  # ... across a new year


def test_a_range_of_months_gives_both():
    from generator.compare import dates

    assert set(dates("Sales rose in the October-December quarter.")) == {"october", "december"}
    assert set(dates("Sales rose in October- December.")) == {"october", "december"}
    assert dates("a March-long sit-in") == {}


def test_a_surname_is_no_month_and_one_day_written_two_ways_is_one_day():
    from datetime import date

    from generator.compare import dates

    assert dates("Prime Minister Ann May will visit the pier.") == {}
    assert dates("Ann May will visit the pier.") == {}
    assert dates("In May, the pier closed.") == {"may": "May"}
    # "May" alone, by the surname once given in full, is someone; the month after a word that dates.
    assert dates("The pier was proposed in March 2019 when May visited the harbour.") == {"march 2019": "March 2019"}
    assert dates("Roe and May last met at the pier in June.") == {"june": "June"}
    assert dates("She turned to speak to May directly.") == {}
    for dated in ("by mid-May", "in April or May", "in May or early June", "that May;", "early May", "this May"):
        assert "may" in dates(f"The pier opened {dated} again."), dated
    claim = _claim("Ann May will open the pier on the 13th of July.", "Ann May will open the pier on 13 July.")
    assert "dates" not in kinds(claim)
    # A date without its year is given by the same month and day with one.
    claim = _claim(
        "The ferry was sold on Feb. 8, officials said.", "The ferry was sold on Feb. 8, 2017, officials said."
    )
    assert "dates" not in kinds(claim, {"0.txt": date(2018, 4, 1), "1.txt": date(2018, 4, 1)})


def test_a_name_once_whole_with_its_accents_and_no_description_or_day_as_a_name():
    assert names("Rep. Ana Núñez met Felipe Calderón in Port Lowell.") == {
        "Ana Núñez",
        "Felipe Calderón",
        "Port Lowell",
    }
    claim = _claim(
        "Ana Núñez, the Oregon Democrat, told the Harbour Post (HP) on Wednesday that Núñez would run.",
        "She said she would run.",
    )
    summary, _ = kinds(claim)["names"]
    assert summary == "Only Outlet A names Ana Núñez and Harbour Post."


def test_a_verb_form_opening_a_sentence_is_no_part_of_a_name():
    claim = _claim("Praising Harbour Council, the mayor said the pier would open.", "The mayor said it would open.")
    texts = {"0.txt": "Praising Harbour Council, the mayor said the pier would open. She was praising the builders."}
    found = _summaries(claim, Context(texts=texts))
    assert found["names"] == "Only Outlet A names Harbour Council."
    # A place whose first word is never written in lower case keeps it.
    claim = _claim("Downing Street said the visit would go ahead.", "The visit will go ahead, officials said.")
    texts = {"0.txt": "Downing Street said the visit would go ahead. It was praising the plan."}
    found = _summaries(claim, Context(texts=texts))
    assert found["names"] == "Only Outlet A names Downing Street."


def test_only_members_the_signal_finds_telling_the_claim_give_details():
    from generator.compare.story import _told

    claim = _claim(
        "Five people died in the harbour fire on Monday.",
        "The harbour fire killed five people.",
        "Officials met 12 residents at the town hall on Tuesday.",  # grouped by topic: another fact
    )
    a, b, c = (m.key for m in claim.members)
    odds = {frozenset((a, b)): 0.9, frozenset((a, c)): 0.2, frozenset((b, c)): 0.1}
    told = _told(claim, lambda x, y: odds[frozenset((x, y))])
    assert told == {a, b}
    everything = " ".join(d.summary for d in compare_claim(claim, Context()))
    assert "12 residents" in everything and "Tuesday" in everything
    details = " ".join(d.summary for d in compare_claim(claim, Context(), told=told))
    assert "12 residents" not in details and "Tuesday" not in details
    assert "Only Outlet A gives Monday." in details  # checked against every card: C's Tuesday is no Monday
    # No two members that tell it: no detail at all.
    assert compare_claim(claim, Context(), told={a}) == []
    # A sentence that joined the claim as a further fact gives no detail either.
    claim.joined = {b}
    assert _told(claim, lambda x, y: odds[frozenset((x, y))]) == {a}


def test_a_value_every_outlet_that_tells_the_claim_gives_is_no_detail():
    # A and B tell the claim, each with its Monday; C's sentence, grouped with them, tells another fact:
    # "only A and B give Monday" would read as an outlet that told the claim leaving the day out
    # (audit 101: "Only Breitbart, HuffPost, The New York Times and USA Today give April 21", every
    # outlet the page counts as reporting it).
    claim = _claim(
        "Five people died in the harbour fire on Monday.",
        "The harbour fire killed five people on Monday, the council said.",
        "Officials met residents at the town hall.",
    )
    a, b, _ = (m.key for m in claim.members)
    assert "dates" not in {d.kind for d in compare_claim(claim, Context(), told={a, b})}
    # Where C tells it too and gives no Monday, A and B alone give it: a detail.
    [d] = [d for d in compare_claim(claim, Context()) if d.kind == "dates"]
    assert d.summary == "Only Outlet A and Outlet B give Monday."


def test_names_read_as_a_reader_reads_them():
    assert names("The parcel went to an office on 52nd Street in Port Lowell.") == {"52nd Street", "Port Lowell"}
    assert names("It was sent on 6th June.") == set()  # a date, not a name
    assert names("A Harbourtown-based firm, Lowell Works, won.") == {"Harbourtown", "Lowell Works"}
    assert names("Chief of the Port Lowell Police Department Ann Roe spoke.") == {
        "Port Lowell Police Department",
        "Ann Roe",
    }
    assert names("The Lowell Water Safety Program began.") == {"Lowell Water Safety Program"}
    # A sentence of a wording that holds several opens with any capitalised word.
    assert names("Prices rose 2 percent. Excluding fuel, they rose less.") == set()
    # Initials used as common nouns are no name an outlet alone gives.
    claim = _claim("A DNA sample tied Ann Roe to the boat.", "Police tied Ann Roe to the boat.")
    assert "names" not in kinds(claim)
    # Nor are a post's initials (audit 145: "only A names VP").
    claim = _claim("Ann Roe, the Harbour Party's former VP pick, sailed.", "Ann Roe of the Harbour Party sailed.")
    assert "names" not in kinds(claim)
    # Nor a knockout's, nor a people's name (audit 148: "only A names TKO", "only A names Turkmens").
    claim = _claim("Ann Roe won by TKO, her tenth KO, as Uzbeks cheered.", "Ann Roe won the bout.")
    assert "names" not in kinds(claim)
    claim = _claim("The pier shut at 2:15 a.m. ET, the port said.", "The pier shut, the port said.")
    assert "names" not in kinds(claim)  # a time zone (audit 153: "only A names ET")
    claim = _claim("The evangelical Christian group Harbour Aid runs the camp.", "Harbour Aid runs the camp.")
    assert "names" not in kinds(claim)  # a faith's adjective (audit 152: "only A names Christian")


def test_a_name_never_runs_from_one_part_into_the_next_and_is_told_without_its_title():
    claim = _claim(
        "The report came from the Harbour Office. Prosecutors said Ann Roe lied.",
        "Ann Roe lied, the report said.",
    )
    claim.parts = {claim.members[0].key: (0, len("The report came from the Harbour Office"))}
    second = Sentence("Outlet A", "0.txt", "Prosecutors said U.S. Attorney Lee Park filed it.", 1, 0, 1, 1)
    claim.members.insert(1, second)
    summary, _ = kinds(claim)["names"]
    assert "Office Prosecutors" not in summary and "Lee Park" in summary and "Attorney Lee Park" not in summary


def test_a_state_named_by_its_abbreviation_after_a_party_letter_is_named():
    claim = _claim("Senators from Arkansas backed the harbour bill.", "Sen. Ann Roe (R-Ark.) backed the harbour bill.")
    assert "Arkansas" not in kinds(claim).get("names", ("", False))[0]


def test_a_surname_that_is_a_month_fills_no_date_slot():
    from generator.compare.date import date_conflicts

    a = "The premier will visit the port in June, aides said."
    assert date_conflicts(a, "The premier will visit the port with Deputy Jo May, aides said.", None, None) == []
    assert date_conflicts(a, "The premier will visit the port in May, aides said.", None, None) == [("June", "May")]


def test_an_outlet_that_also_gives_the_other_value_does_not_disagree():
    a1 = Sentence("Outlet A", "a.txt", "The club has lost nearly 60 members over the past six years.", 0, 0, 1, 1)
    a2 = Sentence("Outlet A", "a.txt", "It gained just six members this season.", 1, 0, 1, 1)
    b = Sentence("Outlet B", "b.txt", "The club gained just six members this season, its chairman said.", 0, 0, 1, 1)
    assert "numbers" not in {d.kind for d in compare_claim(Claim("c", "c", [a1, a2, b])) if d.conflict}
    c = Sentence("Outlet C", "c.txt", "The club gained just nine members this season, its chairman said.", 0, 0, 1, 1)
    assert [d.kind for d in compare_claim(Claim("c", "c", [a2, c])) if d.conflict] == ["numbers"]


def test_up_bounds_a_figure_only_as_up_to():
    # "picked up nine members" counts nine; "up to nine members" allows none to nine.
    assert [(s.low, s.high, s.bound) for s in number_slots("The club picked up only nine members.")] == [(9.0, 9.0, "")]
    assert [(s.low, s.high, s.bound) for s in number_slots("Up to nine members could leave.")] == [(0.0, 9.0, "<=")]
    # So an outlet that also gives the other's nine members, after "picked up", does not disagree with it.
    a1 = Sentence("Outlet A", "a.txt", "The union has lost nearly 80 members over the past ten years.", 0, 0, 2, 1)
    a2 = Sentence("Outlet A", "a.txt", "It picked up only nine members at this year's fair.", 1, 1, 2, 1)
    b = Sentence("Outlet B", "b.txt", "The union picked up only nine members at this year's fair.", 0, 0, 1, 1)
    assert not [d for d in compare_claim(Claim("c", "c", [a1, a2, b])) if d.conflict]


def test_a_count_over_the_past_years_is_over_a_stretch():
    # "over the past ten years" is a stretch as "over four nights" is: not one fair's count.
    a = Sentence("Outlet A", "a.txt", "The union has lost nearly 80 members over the past ten years.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.txt", "The union picked up only nine members at this year's fair.", 0, 0, 1, 1)
    assert not [d for d in compare_claim(Claim("c", "c", [a, b])) if d.conflict]


def test_a_bound_open_on_one_side_gives_no_value_of_the_other_outlet():
    # "more than 10 sailors" (another wreck) fits 31 but gives no figure: the 31 / 35 conflict stands.
    a = Sentence("Outlet A", "a.txt", "In 1911, when 31 sailors drowned as the brig sank off Cape Lorne.", 0, 0, 1, 1)
    b1 = Sentence("Outlet B", "b.txt", "The last wreck to take more than 10 sailors was the Selby in 1960.", 0, 0, 2, 1)
    b2 = Sentence("Outlet B", "b.txt", "A reported 35 sailors drowned when the brig sank off Cape Lorne.", 1, 1, 2, 1)
    found = [d for d in compare_claim(Claim("c", "c", [a, b1, b2])) if d.conflict]
    assert [d.kind for d in found] == ["numbers"] and "35 sailors" in found[0].summary
    # A closed figure in another sentence still does: the outlet gives both, it does not disagree.
    b1 = replace(b1, text="The log of the Selby listed 31 sailors lost in 1960.")
    assert not [d for d in compare_claim(Claim("c", "c", [a, b1, b2])) if d.conflict]


def test_a_date_slot_ends_with_its_clause():
    claim = _claim(
        "The council has run the harbour trust since 2002.",
        "The council has run the harbour trust since 2003, and that is what the critics dislike.",
    )
    assert kinds(claim)["dates"][1] is True  # one statement dated two ways


def test_scores_and_the_two_already_named_are_no_figures():
    assert number_slots("The board backed the plan by a 212-to-87 vote.") == []
    assert number_slots("The plan passed, 51 to 49, late on Monday.") == []
    # A range is one figure: "between 10 to 12 people", "two or three guards" (not "from 10 to 12": a change).
    assert [(s.surface, s.low, s.high) for s in number_slots("Between 10 to 12 people were hurt.")] == [
        ("between 10 to 12 people", 10.0, 12.0)
    ]
    assert [(s.low, s.high) for s in number_slots("Two or three guards drew their guns.")] == [(2.0, 3.0)]
    assert [(s.surface, s.low) for s in number_slots("The crowd grew from 10 to 12 people.")] == [("12 people", 12.0)]
    assert number_conflicts("Between 150 and 200 boats sank on Friday.", "About 180 boats sank on Friday.") == []
    assert number_slots("It was the first meeting between the two harbours since the flood.") == []
    assert [s.surface for s in number_slots("He fled past two guards at the gate.")] == ["two guards"]


def test_initials_in_the_plural_name_nothing():
    claim = _claim(
        "The army tested three ICBMs and the PR office said so, officials in Harbour City said.",
        "The army tested three missiles last year, officials said.",
    )
    assert "ICBMs" not in kinds(claim).get("names", ("", False))[0]
    assert "PR" not in kinds(claim).get("names", ("", False))[0].split()


def test_a_detail_is_checked_against_the_other_outlets_whole_articles():
    # Outlet B says "she" here but names the harbour master, gives the day and counts the boats in
    # other paragraphs: none of it is a detail only Outlet A gives.
    a = "Harbour master Ines Varga said on Tuesday that 14 boats had been moved."
    b = "She said the boats had been moved before the storm."
    claim = _claim(a, b)
    alone = _summaries(claim, Context())
    assert {"names", "dates", "numbers"} <= set(alone)
    texts = {"0.txt": a, "1.txt": f"{b}\nVarga spoke on Tuesday at the quay.\nIn all, 14 boats were moved."}
    told = _summaries(claim, Context(texts=texts))
    assert not {"names", "dates", "numbers"} & set(told)
    # A figure of another thing elsewhere in the article is no giving of this one.
    texts["1.txt"] = f"{b}\nThe storm sank 14 buoys."
    told = _summaries(claim, Context(texts=texts))
    assert told["numbers"] == "Only Outlet A gives 14 boats."


def test_an_article_gives_a_date_by_its_weekday_only_where_it_tells_the_claim():
    """'Friday' elsewhere in an article is the day of something else it tells, not 'March 23' because
    that was a Friday; in the claim's own sentences a weekday and its date are one day."""
    a = "The levy was imposed on March 23, officials said."
    b = "The levy was imposed in March."
    claim = _claim(a, b)
    days = {"0.txt": date(2018, 4, 30), "1.txt": date(2018, 4, 30)}
    texts = {"0.txt": a, "1.txt": f"{b}\nTalks on the harbour resumed on Friday."}
    told = _summaries(claim, Context(days=days, texts=texts))
    assert told["dates"] == "Only Outlet A gives March 23."
    texts["1.txt"] = f"{b}\nThe levy came into force on March 23."
    told = _summaries(claim, Context(days=days, texts=texts))
    assert "dates" not in told


def test_a_weekday_names_a_day_of_the_articles_own_week():
    """'Wednesday' in an article of Wednesday 15 October is no 'Oct. 8', though that was a Wednesday."""
    claim = _claim("The pier closed on Oct. 8, officials said.", "On Wednesday officials said the pier had closed.")
    late = {"0.txt": date(2014, 10, 15), "1.txt": date(2014, 10, 15)}
    assert kinds(claim, late)["dates"][0].startswith("Only Outlet A gives Oct. 8")
    near = {"0.txt": date(2014, 10, 10), "1.txt": date(2014, 10, 10)}
    assert "Oct. 8" not in kinds(claim, near).get("dates", ("",))[0]


def test_two_outlets_weekdays_are_one_day_only_within_a_week_of_each_other():
    """Invented text. "Tuesday" in an article of Tuesday 4 March and "today" or "Tuesday" in one of
    Tuesday 29 April are two days eight weeks apart, though both Tuesdays (audit 139: "only A and B
    give Tuesday" credited two outlets with one day); in articles of one week they are one day."""
    claim = _claim(
        "The minister on Tuesday lifted the harbour levy.",
        "The minister lifted the harbour levy today, officials said.",
        "The levy was lifted, officials said.",
    )
    apart = {"0.txt": date(2031, 3, 4), "1.txt": date(2031, 4, 29), "2.txt": date(2031, 4, 29)}
    told = kinds(claim, apart)["dates"][0]
    assert told.startswith("Only Outlet A gives Tuesday; only Outlet B gives today"), told
    week = {"0.txt": date(2031, 4, 29), "1.txt": date(2031, 4, 29), "2.txt": date(2031, 4, 29)}
    assert kinds(claim, week)["dates"][0].startswith("Only Outlet A and Outlet B give Tuesday")
    # A bare weekday in each article: one day where the articles are of one week, two where not.
    both = _claim(
        "The minister on Tuesday lifted the levy.", "On Tuesday the minister lifted the levy.", "It was lifted."
    )
    assert kinds(both, apart)["dates"][0].startswith(
        "Only Outlet A gives Tuesday (article of 4 March 2031); only Outlet B gives Tuesday (article of 29 April 2031)"
    )
    assert kinds(both, week)["dates"][0].startswith("Only Outlet A and Outlet B give Tuesday")


def test_a_day_of_the_month_in_an_undated_article_is_that_day():
    """Invented text (audits 141, 143): "July 9" in an article with no date gives the "July 9" of a
    dated one, though its year is not known."""
    claim = _claim("The pier hearing opens on July 9, the port said.", "Its hearing opens July 9.", "It opens soon.")
    days = {"0.txt": date(2031, 5, 2), "1.txt": None, "2.txt": date(2031, 5, 2)}
    assert kinds(claim, days)["dates"][0] == "Only Outlet A and Outlet B give July 9."
    # ... and no other day of that month (audit 144: "6 December" credited to "December 13 2008").
    claim = _claim(
        "The harbour wall collapsed on 6 December, officials said.",
        "Repairs began on Saturday December 13 2008 after the harbour wall collapsed, officials said.",
        "The harbour wall collapsed, officials said.",
    )
    assert kinds(claim)["dates"][0].startswith("Only Outlet A gives 6 December; only Outlet B gives Saturday")


def test_a_service_is_named_by_what_is_posted_on_it():
    claim = _claim(
        "The mayor said on Twitter that the pier would reopen.", "The mayor said in a tweet that the pier would reopen."
    )
    assert "names" not in kinds(claim)


def test_a_name_the_outlet_writes_with_the_is_said_with_the():
    """'Only B names the Senate' reads as English; 'the Roe administration' names Roe, not 'the Roe'."""
    said = "The harbour deal passed on Tuesday, its backers said."
    chamber = kinds(_claim(said, "The harbour deal passed the Senate on Tuesday, its backers said."))["names"][0]
    assert chamber == "Only Outlet B names the Senate."
    person = kinds(_claim(said, "The harbour deal of the Roe administration passed on Tuesday."))["names"][0]
    assert person == "Only Outlet B names Roe."


def test_congress_is_named_by_its_place_or_a_chamber():
    said = "The harbour deal will face questions in Congress, its backers said."
    assert "names" not in kinds(_claim(said, "The harbour deal will face hearings on Capitol Hill."))
    senate = kinds(_claim(said, "A Senate panel will hold hearings on the deal."))["names"][0]
    assert senate == "Only Outlet B names Senate."  # a chamber is Congress; Congress names no chamber
    assert (
        "Only Outlet A names Congress"
        in kinds(_claim(said, "The harbour deal will face questions, its backers said."))["names"][0]
    )


def test_quotes_of_a_part_are_the_whole_sentences_quotes_that_reach_into_it():
    """Marks read in a part alone can pair one quote's closing mark with the next one's opening mark."""
    from generator.compare.claim.part import _part_quotes

    text = '"The pier is safe now," the mayor said at the harbour, adding "the ferry will sail on Monday."'
    member = Sentence("Outlet A", "0.txt", text, 0, 0, 1, 1)
    start = text.index("safe now")  # the part opens inside the first quote
    claim = Claim("c", "c", [member], parts={member.key: (start, len(text))})
    assert _part_quotes(claim, member) == ["The pier is safe now", "the ferry will sail on Monday"]
    assert "mayor" not in " ".join(_part_quotes(claim, member))
    claim = Claim("c", "c", [member], parts={member.key: (text.index("the ferry"), len(text))})
    assert _part_quotes(claim, member) == ["the ferry will sail on Monday"]
    claim = Claim("c", "c", [member])
    assert _part_quotes(claim, member) == ["The pier is safe now", "the ferry will sail on Monday"]


def test_fifth_audit_names_years_and_lead_ins():
    """Found by a fifth browser audit (sentences invented here)."""
    # A party by its nickname, a person by a short form of the given name, "Number 10" is no name.
    claim = _claim("The GOP leader backed the harbour bill.", "The Republican leader backed the harbour bill.")
    assert "names" not in kinds(claim)
    a, b = '"We paid and left," Jimmy said of the harbour guards.', "The swimmers paid the harbour guards and left."
    texts = {"0.txt": a, "1.txt": f"{b}\nJames Fenner, a swimmer, was also there."}
    assert "names" not in {d.kind for d in compare_claim(_claim(a, b), Context(texts=texts))}
    claim = _claim(
        "The DOJ sent the harbour memos on Monday.", "The Justice Department sent the harbour memos on Monday."
    )
    assert "names" not in kinds(claim)
    claim = _claim("He met the Polish president at the harbour.", "He met the president of Poland at the harbour.")
    assert "names" not in kinds(claim)
    claim = _claim("A spokesman for Number 10 said the visit was on.", "Officials said the visit was on.")
    assert "Number" not in kinds(claim).get("names", ("",))[0]
    # "Last year" in an article of 2018 gives 2017.
    days = {"0.txt": date(2018, 4, 27), "1.txt": date(2018, 4, 27)}
    claim = _claim("The queen invited him in 2017, officials said.", "The queen invited him last year.")
    assert "2017" not in kinds(claim, days).get("dates", ("",))[0]
    # A sentence ending in a colon quotes in its next paragraph: no "only A quotes here".
    claim = _claim('"It will be the best visit ever," the minister wrote on Monday.', "The minister wrote on Monday:")
    assert "quotes" not in kinds(claim)


def test_a_title_case_headline_names_nothing_the_article_counts():
    """'19 Firefighters Killed' above the article: 'firefighters' is a word the text counts, not a name."""
    text = "19 Firefighters Killed In Hill Blaze\nThe blaze killed nineteen firefighters on Sunday."
    assert [(s.value, s.unit) for s in number_slots(text)] == [(19, "firefighter"), (19, "firefighter")]
    # A capitalised word the text never writes in lower case is still a name ("Jane Doe, 30; Ann Roe").
    assert number_slots("Jane Doe, 30; Ann Roe, 41, were hurt.") == []


def test_a_quote_another_outlet_prints_tidied_elsewhere_is_not_only_one_outlets():
    a = '"We lost nine of the finest sailors you will ever meet," the harbour chief said on Monday.'
    b = '"Our hearts are broken tonight," the harbour chief said on Monday.'
    claim = _claim(a, b)
    texts = {"0.txt": a, "1.txt": b}
    told = _summaries(claim, Context(texts=texts))
    assert "Only Outlet A quotes “We lost nine" in told["quotes"]
    # Outlet B quotes the same words elsewhere, tidied (one small word more): not Outlet A's alone.
    texts["1.txt"] = f'{b}\n"We lost nine of the very finest sailors you will ever meet," he added.'
    told = _summaries(claim, Context(texts=texts))
    assert "We lost nine" not in told.get("quotes", "")
    # ... or with two words fewer inside (A: "of some of the finest"): the same remark (audit 69).
    a3 = a.replace("of the finest", "of some of the finest")
    remark = '"We grieve for the crews. We lost nine of the finest sailors you will ever meet," he added.'
    texts = {"0.txt": a3, "1.txt": f"{b}\n{remark}"}
    assert "We lost nine" not in _summaries(_claim(a3, b), Context(texts=texts)).get("quotes", "")
    # Half the words of another sentence of the remark is not the same words.
    texts["1.txt"] = f'{b}\n"We lost nine of our sailors to the storm this year," he added.'
    assert "Only Outlet A quotes “We lost nine" in _summaries(_claim(a3, b), Context(texts=texts))["quotes"]
    texts = {"0.txt": a, "1.txt": b}
    # More words at either end, the same words moved: the same utterance quoted, cut another way.
    a2 = '"It is a costly plan that should never have been approved," the harbour chief said on Monday.'
    texts = {"0.txt": a2, "1.txt": f'{b}\n"It should have never been approved, but we will talk," he added.'}
    told = _summaries(_claim(a2, b), Context(texts=texts))
    assert "costly plan" not in told.get("quotes", "")
    texts = {"0.txt": a, "1.txt": b}
    # A quote of editorial insertions only is no quote to compare with (and no crash).
    texts["1.txt"] = f'{b}\nHe said: "(applause) (laughter) (cheers)" and left.'
    told = _summaries(claim, Context(texts=texts))
    assert "Only Outlet A quotes “We lost nine" in told["quotes"]
    # Another utterance that shares words is still another quote.
    texts["1.txt"] = f'{b}\n"We lost nine boats and the finest harbour you will ever see," he added.'
    told = _summaries(claim, Context(texts=texts))
    assert "Only Outlet A quotes “We lost nine" in told["quotes"]


def test_a_figure_and_its_rounding_are_one_figure_in_details():
    """'8,400 acres' is 8,374 acres rounded: no outlet 'only' gives it; 98 and 100 degrees are two."""
    a, b = "The fire has burned 8,400 acres near the harbour.", "Crews fought the fire near the harbour."
    texts = {"0.txt": a, "1.txt": f"{b}\nBy the morning the blaze covered 8,374 acres."}
    assert "numbers" not in {d.kind for d in compare_claim(_claim(a, b), Context(texts=texts))}
    texts["1.txt"] = f"{b}\nBy the morning the blaze covered 8,000 acres."
    assert "numbers" in {d.kind for d in compare_claim(_claim(a, b), Context(texts=texts))}
    claim = _claim("It hit 98 degrees by the harbour.", "It hit 100 degrees by the harbour.")
    assert "98 degrees" in kinds(claim)["numbers"][0]
    claim = _claim("About 400 ground personnel fought the fire.", "Some 400 firefighters fought the fire.")
    assert "numbers" not in kinds(claim)


def test_a_day_named_by_what_happened_on_it_gives_its_date():
    claim = _claim(
        "It was the worst day for the harbour crews since Sept. 11, 2001.",
        "The harbour crews had their worst day since 9/11.",
    )
    assert "dates" not in kinds(claim)


def test_last_week_is_the_calendar_week_before_or_the_seven_days_before_not_two_weeks_ago():
    """Invented text. "Last week" in an article of a Wednesday is any day from the Monday of the week
    before to the Tuesday (the calendar week before, or the seven days before), so "two weeks ago" of
    one event in the same day's article is another time (audits 95, 116 and 200 read a lawyer's hiring
    said both ways as a clear contradiction, and so does the tuning gold); in an article of a Sunday
    the two may meet. A relative time that opens a
    sentence fills the same slot as one inside the other wording."""
    from generator.compare.date import date_conflicts, period

    wednesday, sunday = date(2030, 6, 19), date(2030, 6, 23)
    assert period("last week", wednesday) == (date(2030, 6, 10), date(2030, 6, 18))
    assert period("last week", date(2030, 6, 17)) == (date(2030, 6, 10), date(2030, 6, 16))  # a Monday
    assert period("Two weeks ago", wednesday) == period("two weeks ago", wednesday)
    said = "The harbour board hired Ann Roe last week as its pilot."
    other = "The harbour board hired Ann Roe two weeks ago as its pilot."
    assert date_conflicts(said, other, wednesday, wednesday) == [("last week", "two weeks ago")]
    assert date_conflicts(said, other, sunday, sunday) == []
    opening = "Two weeks ago, harbour officials hired pilot Ann Roe, who starts in July."
    inside = "The old pilot was replaced last week by pilot Ann Roe."
    assert date_conflicts(opening, inside, wednesday, wednesday) == [("Two weeks ago", "last week")]
    assert date_conflicts(inside, opening, wednesday, wednesday) == [("last week", "Two weeks ago")]
    # Two wordings with nothing in common around them are no slot.
    assert date_conflicts("Two weeks ago it rained.", "Snow fell last week.", wednesday, wednesday) == []


def test_a_holiday_is_the_day_it_fell_on_nearest_the_article():
    from generator.compare.date import date_conflicts, resolve

    assert resolve("Easter", date(2030, 4, 30)).day == date(2030, 4, 21)
    assert resolve("Christmas Day", date(2031, 1, 4)).day == date(2030, 12, 25)  # the Christmas just past
    assert resolve("Thanksgiving", date(2030, 11, 1)).day == date(2030, 11, 28)  # the fourth Thursday
    assert resolve("Christmas", None).month == 12 and resolve("Easter", None) is None  # Easter moves
    said = "The ferry line sold the old yard over Easter weekend to a shipbuilder."
    # The weekend is Good Friday to Easter Monday: "last week" two weeks after it is another time.
    other = "The ferry line sold the old yard last week to a shipbuilder."
    assert date_conflicts(said, other, date(2030, 5, 10), date(2030, 5, 10)) == [("Easter weekend", "last week")]
    assert date_conflicts(said, other, date(2030, 4, 26), date(2030, 4, 26)) == []
    # One day said as a holiday and as a date is no detail of one outlet; a holiday is no name.
    claim = _claim(
        "The ferry line sold the old yard on Christmas Day, its owner said.",
        "The ferry line sold the old yard on Dec. 25, its owner said.",
    )
    assert "dates" not in kinds(claim, {"0.txt": date(2030, 12, 28), "1.txt": date(2030, 12, 29)})
    assert "names" not in kinds(claim)


def test_an_outlet_that_also_gives_the_others_day_does_not_disagree_on_it():
    own = Sentence(
        "Outlet A", "0.txt", "The ferry line sold the old yard over Easter weekend to a shipbuilder.", 0, 0, 1, 3
    )
    tweet = '"The ferry line sold the old yard last week to a shipbuilder," the owner wrote.'
    quoted = Sentence("Outlet A", "0.txt", tweet, 2, 1, 3, 3)
    other = Sentence(
        "Outlet B", "1.txt", "The ferry line sold the old yard over Easter weekend to a shipbuilder.", 0, 0, 1, 1
    )
    days = {"0.txt": date(2030, 5, 10), "1.txt": date(2030, 5, 10)}
    found = kinds(Claim("c", "c", [quoted, other]), days)
    assert found["dates"][1]  # a tweet's "last week" against "Easter weekend": apart
    # A also dates it "over Easter weekend" in its own words: the tweet's day is no side of A's.
    assert "dates" not in kinds(Claim("c", "c", [own, quoted, other]), days)


def test_a_holiday_that_names_a_thing_is_no_day():
    from generator.compare import dates

    assert names("They left on Christmas Day for Easter Island.") == {"Easter Island"}
    assert dates("The town lit its Christmas tree and sent a ship to Easter Island.") == {}
    assert dates("They sailed on Christmas morning and were back by Easter.") == {
        "christmas": "Christmas",
        "easter": "Easter",
    }


def test_a_year_is_given_by_any_date_in_it():
    claim = _claim(
        "The harbour fees were repaid in 2017, his lawyer said.", "By March 2017 the harbour fees were repaid."
    )
    assert kinds(claim)["dates"][0] == "Only Outlet B gives March 2017."  # the month is B's alone
    claim = _claim(
        "The harbour fees were repaid in 2016, his lawyer said.", "By March 2017 the harbour fees were repaid."
    )
    assert "Only Outlet A gives 2016" in kinds(claim)["dates"][0]


@given(st.integers(0, 10**9), st.integers(0, 10**9))
def test_a_rounding_is_symmetric_close_and_ends_in_zeros(a: int, b: int):
    from generator.compare.number import ROUNDING, rounds_to

    if rounds_to(a, b):
        assert rounds_to(b, a)
        assert abs(a - b) <= ROUNDING * max(a, b)
        assert a != b and (a % 100 == 0 or b % 100 == 0) and max(a, b) >= 1000
    assert rounds_to(8374, 8400) and not rounds_to(98, 100) and not rounds_to(8300, 8400)


def test_a_particular_figure_with_another_noun_is_one_figure_in_details():
    """'183 CDs' and '183 compact discs' are one count: a figure of 100 or more, not a multiple of ten,
    is rarely two counts by chance ('19 fire shelters' and '19 firefighters' can be)."""
    claim = _claim("The archive held 183 CDs of files.", "The archive held 183 compact discs of files.")
    assert "numbers" not in kinds(claim)
    claim = _claim("The archive held 180 CDs of files.", "The archive held 180 compact discs of files.")
    assert "numbers" in kinds(claim)


def test_a_name_with_of_inside_is_told_whole():
    found = kinds(
        _claim(
            "Oil from the platform reached the Bay of Storms by Monday, the Court of Appeals said.",
            "Oil from the platform reached the coast by Monday, officials said.",
        )
    )
    assert found["names"][0] == "Only Outlet A names the Court of Appeals and the Bay of Storms."
    # A person "of" a place or a firm keeps the person's name alone.
    found = kinds(
        _claim(
            "The appeal was filed, Tomas Brink of Harbour Legal said.",
            "The appeal was filed, a lawyer said.",
        )
    )
    assert "Tomas Brink" in found["names"][0] and " of " not in found["names"][0]


def test_a_quoted_word_or_two_is_not_quoting_here():
    # Scare quotes or a title in quotation marks: the outlet is not the one that quotes the claim.
    found = kinds(
        _claim("The so-called “harbour plan” was passed on Monday.", "The harbour plan was passed on Monday.")
    )
    assert "quotes" not in found
    found = kinds(
        _claim(
            "The plan was passed, “and it will save the harbour,” the mayor said.",
            "The harbour plan was passed on Monday.",
        )
    )
    assert found["quotes"][0] == "Only Outlet A quotes here (“and it will save the harbour”)."


def test_a_day_with_its_year_and_without_it_is_told_alike_whichever_outlet_comes_first():
    """Invented text. One outlet dates the cancelling "January this year", another "January": the
    detail says the day with its year, the other's form beside it, in whichever order the story's files
    put the outlets (``benchmarks/file_order.py`` found the detail worded, and its values listed,
    otherwise when the files were renamed)."""
    texts = {
        "A": "In January this year, the mayor scrapped a February trip to the port to open the new ferry terminal.",
        "B": "In January, the mayor called off a trip to the harbour to open the ferry terminal, citing its cost.",
        "C": "She also stayed away from the new ferry terminal's launch, calling it a waste.",
    }
    days = {f"{k}.txt": date(2030, 4, 26) for k in texts}

    def dated(order: str) -> tuple[str, dict[str, list[str]]]:
        members = [Sentence(f"Outlet {o}", f"{o}.txt", texts[o], 0, 0, 1, 1) for o in order]
        found = [d for d in compare_claim(Claim("c", "c", members), Context(days=days)) if d.kind == "dates"]
        assert len(found) == 1
        return found[0].summary, {o: sorted(v) for o, v in found[0].by_outlet.items()}

    for order in ("ABC", "BAC", "CBA"):
        summary, values = dated(order)
        assert "give January this year (Outlet B: January)" in summary, order
        assert values == {"Outlet A": ["February", "January this year"], "Outlet B": ["January"]}, order


def test_a_time_said_relative_to_the_article_is_read_as_its_days():
    from generator.compare.date import date_conflicts, period

    published = date(2030, 6, 19)  # a Wednesday
    assert period("last month", published) == (date(2030, 5, 1), date(2030, 5, 31))
    assert period("last year", published) == (date(2029, 1, 1), date(2029, 12, 31))
    assert period("earlier this year", published) == (date(2030, 1, 1), published)
    assert period("three days ago", published) == (date(2030, 6, 15), date(2030, 6, 17))
    assert period("last week", None) is None  # no article date: nothing to read it against
    said = "The harbour board warned last week that the quay would close."
    # A month before is another time; a weekday of last week or a day inside it is the same time said
    # two ways.
    other = "The harbour board warned last month that the quay would close."
    assert date_conflicts(said, other, published, published) == [("last week", "last month")]
    for same in ("on Monday", "on June 12", "over the weekend"):
        other = f"The harbour board warned {same} that the quay would close."
        assert date_conflicts(said, other, published, published) == [], same
    # Without the article's date a relative time is not compared.
    assert date_conflicts(said, "The harbour board warned last month that the quay would close.", None, None) == []
    bought = "The ferry line bought the yard last year for cash."
    assert date_conflicts(bought, "The ferry line bought the yard in 2027 for cash.", published, published) == [
        ("last year", "2027")
    ]
    assert date_conflicts(bought, "The ferry line bought the yard in 2029 for cash.", published, published) == []


_DATED = [
    "A memorial to the divers grew {} outside Harbor Station No. 4.",
    "The town of Harbor, Maine, has named the six divers lost {}.",
    "The rescue divers -- members of the county's Blue Water Team -- were lost {} while searching the wreck.",
    "The Gull Point search began {} near the town of Gull, about 40 miles north of Bath.",
    "The ferry line said {} that the quay would close for a month.",
    "The quay closed {}, the ferry line said.",
]


@given(
    st.sampled_from(_DATED),
    st.sampled_from(_DATED),
    st.sampled_from(["Sunday", "Monday", "Friday", "on Tuesday", "last week", "May 3"]),
    st.sampled_from(["Sunday", "Monday", "Friday", "on Tuesday", "last week", "May 3"]),
    st.booleans(),
)
def test_dates_in_one_slot_do_not_depend_on_which_wording_comes_first(first, second, day_a, day_b, anchored):
    # A word diff can line two wordings up one way read from the first and another read from the
    # second; which outlet is listed first must not decide whether two dates conflict.
    from generator.compare.date import date_conflicts

    a, b = first.format(day_a), second.format(day_b)
    published = date(2030, 5, 8)
    forth = date_conflicts(a, b, published, published, anchored)
    back = date_conflicts(b, a, published, published, anchored)
    assert forth == [(y, x) for x, y in back]


def test_a_slot_one_reading_of_the_diff_finds_is_no_slot():
    from generator.compare.date import date_conflicts

    a = "A memorial to the divers grew Monday outside Harbor Station No. 4."
    b = "The town of Harbor, Maine, has named the six divers lost Sunday."
    # Read from b, the diff puts "lost Sunday" against "grew Monday"; read from a it does not: two
    # sentences about two days' events (a memorial, a loss), not one event dated two ways.
    assert date_conflicts(a, b, date(2030, 5, 8), date(2030, 5, 8)) == []
    assert date_conflicts(b, a, date(2030, 5, 8), date(2030, 5, 8)) == []


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from(["last", "this", "next", "past", "earlier this", "later this"]),
    st.sampled_from(["week", "weekend", "month", "year"]),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["day", "week", "month", "year"]),
)
def test_a_period_is_a_span_of_days_on_the_right_side_of_the_article(published, which, unit, n, unit_ago):
    from generator.compare.date import PERIOD, period

    first, last = period(f"{which} {unit}", published)
    assert first <= last
    if which == "last":
        assert last < published  # what is over
    if which == "next":
        assert first > published  # what is to come
    if which in ("this", "earlier this", "later this"):
        assert first <= published <= last or unit == "weekend"
    ago = f"{n} {unit_ago}s ago"
    assert PERIOD.fullmatch(ago)
    first, last = period(ago, published)
    assert first <= last <= published


def test_two_bounds_that_meet_at_one_figure_cannot_both_be_true():
    at_least = "The ferry company received at least three dozen complaints about the timetable."
    almost = "The ferry company received almost three dozen complaints about the timetable."
    found = number_conflicts(at_least, almost)
    surfaces = [(x.surface, y.surface) for x, y in found]
    assert surfaces == [("at least three dozen complaints", "almost three dozen complaints")]
    # A round figure beside a bound is no conflict ("nearly 400" may be printed "400"), nor are two
    # bounds from one side.
    assert number_conflicts(almost, "The ferry company received 36 complaints about the timetable.") == []
    more = "The ferry company received more than three dozen complaints about the timetable."
    assert number_conflicts(at_least, more) == []
    # Bounds that both take the figure in can both be true; one that leaves it out cannot.
    at_most = "The ferry company received at most three dozen complaints about the timetable."
    assert number_conflicts(at_most, at_least) == []
    assert len(number_conflicts(at_most, more)) == 1


def test_a_noun_counted_once_in_wordings_of_one_fact_needs_no_words_in_common():
    a = "The ferry company has at least three dozen complaints on its desk, the harbour paper reported."
    b = "Passengers sent the regulator almost three dozen complaints over the winter."
    assert number_conflicts(a, b) == []  # no words around the figures in common: maybe two things
    assert len(number_conflicts(a, b, sure=True)) == 1  # known to state one fact
    # Even then, values too far apart to be one count are two things counted.
    fell = "Two riders fell on the last descent of the hill race."
    started = "Organisers said as many as 9,000 riders started the hill race in the rain."
    assert number_conflicts(fell, started, sure=True) == []


def test_an_outlet_naming_itself_a_pair_of_names_and_a_state_abbreviation_in_details():
    text = "The Roe-Lee crossing in Bellport, Ore., will close, Harbour Radio has learned."
    a = Sentence("Harbour Radio", "0.txt", text, 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "The crossing will close, officials said.", 0, 0, 1, 1)
    # Outlet B names both owners elsewhere in its article.
    context = Context(texts={"0.txt": a.text, "1.txt": b.text + " It is run by Ann Roe and Bo Lee."})
    found = _summaries(Claim("c", "c", [a, b]), context)["names"]
    assert "names Harbour Radio" not in found  # it names itself as the one reporting
    assert "Roe-Lee" not in found  # the other outlet names both
    assert "Bellport (Oregon)" in found and "Ore" not in found.replace("Oregon", "")  # one place, its state by name


def test_unlikely_denies_what_another_outlet_says_will_happen():
    will = "Reports suggest the premier will attend the harbour gala during the visit."
    unlikely = "Since the visit is a private one, the premier is unlikely to attend the harbour gala."
    assert negated(unlikely) and not negated(will)
    assert "attend" in negation_conflict(unlikely, will)


def test_a_quoted_title_is_named_whole_not_quoted():
    text = "She starred in “Harbour Lights” and in “Neptune's Sweetheart” later."
    a = Sentence("Outlet A", "0.txt", text, 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "She starred in “Harbour Lights” and in other films later.", 0, 0, 1, 1)
    found = _summaries(Claim("c", "c", [a, b]))
    # A film's title is no one's words: named, whole and in its quotation marks, not "quoted".
    assert found["names"] == "Only Outlet A names “Neptune's Sweetheart”."
    assert "quotes" not in found
    # Beside a name the word rules find, one detail says both, outlet by outlet.
    c = Sentence("Outlet B", "1.txt", "She starred in “Harbour Lights” and other films at Port Town.", 0, 0, 1, 1)
    found = _summaries(Claim("c", "c", [a, c]))
    assert found["names"] == "Only Outlet B names Port Town; only Outlet A names “Neptune's Sweetheart”."


def test_a_word_of_a_quoted_phrase_is_no_name_where_the_part_ends_inside_the_quote():
    text = "She spoke for hours, and she said on Harbour Radio it was a “Neptune's Garden party” for all."
    claim = _claim(text, "She spoke for hours, the station said.")
    # The part that tells the claim ends inside the quote, before its closing mark: the quote's words
    # are still no name the outlet gives (a quoted phrase is told by the quotes detail).
    claim.parts = {claim.members[0].key: (0, text.index(" party"))}
    summary, _ = kinds(claim)["names"]
    assert "Harbour Radio" in summary and "Garden" not in summary


def test_a_title_in_quotation_marks_is_told_from_someones_words():
    from generator.compare.claim.quoting import title

    assert title("Harbour Lights") and title("The Man Who Sailed Home") and title("A Song for the Old Harbour")
    assert not title("Tell me who you are") and not title("We Will Win.") and not title("harbour lights")
    assert not title("This Is The Day We Rebuild The Old Harbour Wall Together")
    assert title("Lights") and not title("lights")  # a one-word title too (audit 166)


def test_quote_details_are_checked_against_each_other_outlets_whole_article():
    a = Sentence("Outlet A", "0.txt", "“We will reopen the pier by the spring,” the mayor said on Monday.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "The mayor said the pier would reopen in the spring.", 0, 0, 1, 1)
    claim = Claim("c", "c", [a, b])
    alone = {"0.txt": a.text, "1.txt": b.text + " Repairs began in May."}
    found = _summaries(claim, Context(texts=alone))
    assert found["quotes"] == "Only Outlet A quotes here (“We will reopen the pier by the spring”)."
    # Outlet B quotes the same words in another paragraph: it does not only put them in its own words.
    elsewhere = {"0.txt": a.text, "1.txt": b.text + " “We will reopen the pier by the spring,” she told the council."}
    assert "quotes" not in {d.kind for d in compare_claim(claim, Context(texts=elsewhere))}
    # A word one outlet quotes inside the other's longer quote, elsewhere in its article, is not its own.
    text = "The mayor said she was “deeply” sorry and would “fix the pier soon.”"
    c = Sentence("Outlet A", "0.txt", text, 0, 0, 1, 1)
    d = Sentence("Outlet B", "1.txt", "The mayor said she would “fix the pier soon.”", 0, 0, 1, 1)
    texts = {"0.txt": c.text, "1.txt": d.text + " “I am deeply sorry,” she added."}
    summary = {k.kind: k.summary for k in compare_claim(Claim("c", "c", [c, d]), Context(texts=texts))}
    assert "deeply" not in summary.get("quotes", "")


def test_an_outlet_that_quotes_the_remark_in_other_words_elsewhere_does_quote_it():
    said = "“The close bond we have built with the harbour board is a sign of a lasting trust,” Roe said."
    a = Sentence("Outlet A", "0.txt", said, 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "Roe said the bond with the board showed trust.", 0, 0, 1, 1)
    claim = Claim("c", "c", [a, b])
    alone = {"0.txt": a.text, "1.txt": b.text + " Work began in May."}
    assert _summaries(claim, Context(texts=alone))["quotes"].startswith("Only Outlet A quotes here")
    # B quotes the remark a paragraph on, worded its own way (more than tidied): it quotes it.
    requoted = (
        " “The close bond we have built over the past year with the board is a mark of the deep trust,” Roe said."
    )
    assert "quotes" not in _summaries(claim, Context(texts={"0.txt": a.text, "1.txt": b.text + requoted}))


def test_this_morning_and_tonight_are_the_articles_day():
    """Invented text. "This morning" and "tonight" name the article's day, as "today" does: beside a
    hearing another outlet dates "Nov. 12" they are a day given, not nothing (an audit read "only B
    gives Nov. 12" where A's hearing was set for this morning); the same day said as a weekday is
    no detail. A show's name in capitals is no day."""
    from generator.compare.date import dates

    days = {"0.txt": date(2026, 10, 30), "1.txt": date(2026, 10, 30)}
    assert dates("He appeared on The Tonight Show.") == {} and dates("She told This Morning viewers.") == {}
    court = "He goes before the judge at 10 a.m. this morning, prosecutors said."
    summary, conflict = kinds(_claim(court, "His court hearing is set for Nov. 12, prosecutors said."), days)["dates"]
    assert not conflict and summary == (
        "Only Outlet A gives this morning; only Outlet B gives Nov. 12. (These may be the dates of different events.)"
    )
    assert "dates" not in kinds(_claim(court, "He goes before the judge on Friday, prosecutors said."), days)
    assert "dates" not in kinds(
        _claim("The council votes tonight on the levy.", "The council votes today on the levy."), days
    )


def test_a_quoted_show_title_is_no_day_and_people_by_what_they_are_no_name():
    from generator.compare.date import dates

    assert dates("He told the “Today” show that he was sorry.") == {}
    assert dates("“Today is the day,” she said.") == {"today": "Today"}
    a = Sentence("Outlet A", "0.txt", "The police chief said the Olympians had left the country on Friday.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "The police chief said the swimmers had left the country on Friday.", 0, 0, 1, 1)
    found = _summaries(Claim("c", "c", [a, b]))
    assert "Olympians" not in found.get("names", "")


def test_a_part_of_a_quote_the_same_outlet_quotes_whole_is_listed_once():
    from generator.compare.claim.pair import Conflict
    from generator.compare.claim.summary import _conflict_summary

    a = _s("A", 0, "“If the tide turns, we will close the pier for good,” the mayor said.")
    b = _s("B", 0, "“If the tide turns, we shall shut the pier,” the mayor said.")
    whole = "If the tide turns, we will close the pier for good"
    found = [Conflict("quotes", a, b, "we will close the pier for good", "we shall shut the pier")]
    found.append(Conflict("quotes", a, b, whole, "If the tide turns, we shall shut the pier"))
    summary, by_outlet = _conflict_summary("quotes", found)
    assert by_outlet["Outlet A"] == [whole]
    assert summary.count("close the pier") == 1


def test_outlets_that_print_the_same_words_of_a_quote_go_under_one_label():
    # Audit 134: three printings of one remark, two of them alike but for a lead-in one leaves out,
    # read as three versions. The two that agree are named together, by the words both print.
    from generator.compare.claim.pair import Conflict
    from generator.compare.claim.summary import _conflict_summary

    a = _s("A", 0, "“As the mayor well knows, the ferry runs late,” Roe said.")
    b = _s("B", 0, "“On that point, I think the mayor well knows that the ferry runs late,” Roe said.")
    c = _s("C", 0, "“I think the mayor well knows that the ferry runs late,” Roe said.")
    longer = "On that point, I think the mayor well knows that the ferry runs late"
    shorter = "I think the mayor well knows that the ferry runs late"
    found = [
        Conflict("quotes", a, b, "As the mayor well knows, the ferry runs late", longer),
        Conflict("quotes", a, c, "As the mayor well knows, the ferry runs late", shorter),
    ]
    summary, by_outlet = _conflict_summary("quotes", found)
    assert "Outlet B and Outlet C: […] I think the mayor well knows that the ferry runs late)" in summary
    assert summary.count("I think") == 1 and "Outlet A: As the mayor" in summary
    assert by_outlet["Outlet B"] == [longer] and by_outlet["Outlet C"] == [shorter]
    # Two outlets a conflict sets apart stay apart, however their words run.
    apart = [*found, Conflict("quotes", b, c, longer, shorter)]
    summary, _ = _conflict_summary("quotes", apart)
    assert "Outlet B and Outlet C" not in summary


def test_printings_of_a_quote_apart_only_by_a_contraction_go_under_one_label():
    # Audit 204: "They're" / "They are" in two printings of one remark, beside a third outlet's other
    # wording, read as three versions. The comparison reads a contraction spelt out; so does the label.
    from generator.compare.claim.pair import Conflict
    from generator.compare.claim.summary import _conflict_summary

    first = "We would want to hear who runs the ferry, because they are late every day"
    short = "We'd want to hear who runs the ferry. They're late every day"
    spelt = "We’d want to hear who runs the ferry. They are late every day"
    a, b, c = (_s(o, 0, f"“{q},” Roe said.") for o, q in (("A", first), ("B", short), ("C", spelt)))
    found = [Conflict("quotes", a, b, first, short), Conflict("quotes", a, c, first, spelt)]
    summary, by_outlet = _conflict_summary("quotes", found)
    assert "Outlet B and Outlet C: We'd want to hear who runs the ferry. They're late every day" in summary
    assert summary.count("ferry") == 2 and by_outlet["Outlet C"] == [spelt]
    # ... and the label says how the outlet that prints it otherwise prints it (audit 229 read "They're"
    # credited to an outlet that printed "They are"); an outlet printed as shown is not named.
    assert "They're late every day (Outlet C prints “They are”))." in summary and "Outlet B prints" not in summary
    bare = "We’d want to hear who runs ferry. They're late every day"  # no article: one wording to compare
    found = [Conflict("quotes", a, b, first, short), Conflict("quotes", a, c, first, bare)]
    summary, _ = _conflict_summary("quotes", found)
    assert "They're late every day (Outlet C leaves out “the”))." in summary and "Outlet B and Outlet C" in summary
    # Other words are still another version.
    other = "We’d want to hear who runs the ferry. They are late most days"
    found = [Conflict("quotes", a, b, first, short), Conflict("quotes", a, c, first, other)]
    summary, _ = _conflict_summary("quotes", found)
    assert "Outlet B and Outlet C" not in summary and summary.count("ferry") == 3


def test_quotes_of_words_said_in_another_language_may_be_two_translations():
    # Audit 207: two outlets' wordings of one statement that a state's news agency published, read as a
    # misquote. Where an outlet's sentence, or the one before it, says the words come from another
    # language, the item says they may be two translations.
    from generator.compare.claim.pair import Conflict
    from generator.compare.claim.summary import _conflict_summary

    a = _s("A", 0, "“The harbour will stay open,” the minister said in remarks that state media aired.")
    intro = _s("B", 0, "The official news agency published the minister's remarks on Monday.")
    b = _s("B", 1, "“The port will remain open,” the minister said.")
    plain = _s("B", 1, "“The port will remain open,” the minister told reporters.")
    context = Context(sentences={"0.txt": ((a.key, a.text),), "1.txt": ((intro.key, intro.text), (b.key, b.text))})
    found = [Conflict("quotes", a, b, "The harbour will stay open", "The port will remain open")]
    summary, _ = _conflict_summary("quotes", found, context=context)
    assert summary.endswith(
        " They may be two translations of words said in another language"
        " (Outlet A: “state media”; Outlet B: “official news agency”)."
    )
    a2 = _s("A", 0, "“The harbour will stay open,” the minister said.")
    alone = Context(sentences={"0.txt": ((a2.key, a2.text),), "1.txt": ((plain.key, plain.text),)})
    summary, _ = _conflict_summary("quotes", [Conflict("quotes", a2, plain, "x", "y")], context=alone)
    assert "translation" not in summary
    said = _s("A", 0, "“We will not pay,” the former president said in Spanish.")
    summary, _ = _conflict_summary("quotes", [Conflict("quotes", said, plain, "x", "y")], context=alone)
    assert summary.endswith("(Outlet A: “said in Spanish”).")
    # Audit 222: the outlet says so earlier in its article, of the speaker by name, not just before the quote;
    # an earlier sentence that names someone else says nothing of these words.
    first = _s("A", 0, "Mayor Roe spoke after the minister; her remarks were delivered in French.")
    between = _s("A", 1, "The two leaders then toured the harbour.")
    quoted = _s("A", 2, "“We will not always agree,” Roe said.")
    other = _s("B", 0, "“We do not always agree,” Roe said.")
    found = [Conflict("quotes", quoted, other, "We will not always agree", "We do not always agree")]
    keyed = tuple((x.key, x.text) for x in (first, between, quoted))
    context = Context(sentences={"0.txt": keyed, "1.txt": ((other.key, other.text),)})
    summary, _ = _conflict_summary("quotes", found, context=context)
    assert summary.endswith("(Outlet A: “delivered in French”).")
    elsewhere = _s("A", 0, "Mayor Lee spoke first; his remarks were delivered in French.")
    keyed = tuple((x.key, x.text) for x in (elsewhere, between, quoted))
    context = Context(sentences={"0.txt": keyed, "1.txt": ((other.key, other.text),)})
    assert "translation" not in _conflict_summary("quotes", found, context=context)[0]


def test_a_quote_one_outlet_relays_from_another_medium_may_be_words_of_two_interviews():
    # Audit 135: a witness's words relayed from a TV station's interview beside an outlet's own
    # interview of him, read as one remark misquoted. Said where the outlets name different media
    # (an earlier sentence may name it for the same speaker); not where both name the same one.
    from generator.compare.claim.pair import Conflict
    from generator.compare.claim.summary import _conflict_summary
    from generator.compare.quote.sources import venue

    intro = _s("A", 0, "Bo Lee, a regular at the diner, told WXYZ he was waiting outside.")
    a = _s("A", 1, "“He got out and he was ready,” Lee said.")
    b = _s("B", 0, "“He left the van and looked calm,” Lee said.")
    assert venue(a.text, [intro.text]) == "WXYZ"
    assert venue(a.text, ["Ann Roe, the manager, told WXYZ she was inside."]) is None  # another speaker
    assert venue("“It was loud,” Lee said.", ["Lee told Ann Roe he was fine."]) is None  # a person told
    assert venue("“It was loud,” Lee told the Harbour Post.") == "the Harbour Post"
    assert venue("“So loud.”", ["“It was loud,” Lee told KPTV."]) == "KPTV"  # the words of the last named
    context = Context(sentences={"0.txt": ((intro.key, intro.text), (a.key, a.text)), "1.txt": ((b.key, b.text),)})
    found = [Conflict("quotes", a, b, "He got out and he was ready", "He left the van and looked calm")]
    summary, _ = _conflict_summary("quotes", found, context=context)
    assert summary.endswith(
        " Outlet A gives them as said to WXYZ: they may come from two interviews, not one remark misquoted."
    )
    both = Context(
        sentences={
            "0.txt": ((intro.key, intro.text), (a.key, a.text)),
            "1.txt": ((b.key, "“He got out,” Lee told WXYZ."),),
        }
    )
    b2 = _s("B", 0, "“He got out,” Lee told WXYZ.")
    summary, _ = _conflict_summary("quotes", [Conflict("quotes", a, b2, "ready", "out")], context=both)
    assert "interviews" not in summary
    # Two outlets that name one medium say where the words were said; a third that names none is no
    # other interview. A sentence that names no speaker is read with its tag in the next one.
    c1 = _s("C", 0, "“He got out and he was ready.”")
    assert venue(c1.text, [], ["“So ready,” Lee told WXYZ."]) == "WXYZ"
    three = Context(
        sentences={
            "0.txt": ((intro.key, intro.text), (a.key, a.text)),
            "1.txt": ((b.key, b.text),),
            "2.txt": ((c1.key, c1.text), ("2.txt#1", "“So ready,” Lee told WXYZ.")),
        }
    )
    found = [Conflict("quotes", b, a, "looked calm", "ready"), Conflict("quotes", b, c1, "looked calm", "ready")]
    summary, _ = _conflict_summary("quotes", found, context=three)
    assert "interviews" not in summary


def test_a_figure_a_month_or_initials_said_another_way_are_given_by_the_other_outlet():
    # "four young couples" gives "four couples"; a day of March gives "March"; "TOSP" names the
    # Trans-Ocean Shipping Pact.
    a = Sentence("Outlet A", "0.txt", "Four couples with the TOSP group crossed the border in March.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "The couples crossed the border, officials said.", 0, 0, 1, 1)
    elsewhere = " Four young couples of the Trans-Ocean Shipping Pact group crossed on March 25."
    context = Context(
        days={"0.txt": date(2030, 4, 2), "1.txt": date(2030, 4, 2)},
        texts={"0.txt": a.text, "1.txt": b.text + elsewhere},
    )
    found = _summaries(Claim("c", "c", [a, b]), context)
    assert "numbers" not in found and "dates" not in found and "TOSP" not in found.get("names", "")
    # A day of another month, or of another year, does not give it.
    other = {"0.txt": a.text, "1.txt": b.text + " Four young couples of the TOSP group crossed on May 25."}
    found = _summaries(Claim("c", "c", [a, b]), replace_texts(context, other))
    assert found["dates"] == "Only Outlet A gives March."


def replace_texts(context: Context, texts: dict[str, str]) -> Context:
    return Context(days=context.days, texts=texts, quotations=context.quotations)


def test_vague_hundreds_a_whole_counted_noun_and_capitalised_common_words():
    assert number_slots("The march drew several hundred supporters on Sunday.") == []
    assert number_slots("A few thousand fans waited at the gate.") == []
    assert [s.surface for s in number_slots("About 200 Northern Irish migrants reached the port.")] == [
        "200 Northern Irish migrants"
    ]
    a = Sentence("Outlet A", "0.txt", "The Cabinet met as the heat reached 40 degrees Celsius at noon.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "Ministers met as the heat rose at noon.", 0, 0, 1, 1)
    found = _summaries(Claim("c", "c", [a, b]))
    assert "Cabinet" not in found.get("names", "") and "Celsius" not in found.get("names", "")


def test_a_word_for_a_people_is_no_name_detail():
    a = Sentence("Outlet A", "0.txt", "He spoke beside the Polish president at the harbour.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "He spoke beside a visiting president at the harbour.", 0, 0, 1, 1)
    found = _summaries(Claim("c", "c", [a, b]))
    assert "Polish" not in found.get("names", "")


def test_an_outlet_that_also_quotes_the_others_words_quotes_two_utterances():
    q1 = "What steps were taken to reach the harbour board about the lease or a possible waiver?"
    q2 = "After the vote, what calls or steps were taken by your staff to reach the harbour board about the lease?"
    a = Sentence("Outlet A", "0.txt", f"One question reads: “{q1}”", 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", f"One question reads: “{q2}”", 0, 0, 1, 1)
    claim = Claim("c", "c", [a, b])
    apart = Context(texts={"0.txt": a.text, "1.txt": b.text})
    found = {d.kind: d.conflict for d in compare_claim(claim, apart)}
    assert found.get("quotes") is True  # one question worded two ways, as far as the two wordings tell
    both = Context(texts={"0.txt": a.text, "1.txt": b.text + f" Another reads: “{q1}”"})
    assert not {d.kind: d.conflict for d in compare_claim(claim, both)}.get("quotes")  # B quotes both: two


@given(
    st.one_of(st.sampled_from([date.min, date.max]), st.dates()),  # the calendar's ends too
    st.sampled_from(
        ["last week", "last month", "three days ago", "yesterday", "on Monday", "last Thursday", "at Christmas"]
    ),
    st.sampled_from(
        ["last year", "next week", "over the weekend", "tomorrow", "on June 3", "a year ago", "over Easter weekend"]
    ),
)
def test_any_article_date_reads_relative_times_without_failing(published, said, other):
    from generator.compare.date import date_conflicts

    a = f"The harbour board voted {said} to close the quay."
    b = f"The harbour board voted {other} to close the quay."
    found = date_conflicts(a, b, published, published)
    assert all(isinstance(x, str) and isinstance(y, str) for x, y in found)


def test_a_month_that_ends_a_sentence_is_a_date_and_a_part_quoted_elsewhere_is_the_same_words():
    from generator.compare.date import dates

    assert dates("A ferry sank off the cape in December. On Monday the inquiry opened.") == {
        "december": "December",
        "monday": "Monday",
    }
    assert dates("The premier met Ann May. Officials said so.") == {}  # a surname still
    a = Sentence(
        "Outlet A",
        "0.txt",
        "“It looks to me like the ferry was in the lane it was meant to be in,” he said.",
        0,
        0,
        1,
        1,
    )
    b = Sentence("Outlet B", "1.txt", "The captain said the ferry had kept to its lane.", 0, 0, 1, 1)
    texts = {"0.txt": a.text, "1.txt": b.text + " He said the ferry “was in the lane it was meant to be in.”"}
    assert "quotes" not in {d.kind for d in compare_claim(Claim("c", "c", [a, b]), Context(texts=texts))}


def test_a_headline_is_the_outlets_words_and_the_13th_of_july_is_july_13():
    from generator.compare.date import resolve

    assert resolve("13th of July", date(2030, 4, 2)) == resolve("July 13", date(2030, 4, 2))
    a = _s("A", 0, "The storm left 400 pupils at home on Monday.")
    b = _s("B", 0, "The storm closed the schools on Monday.")
    story = _story([Claim("c", "c", [a, b])])
    found = _summaries(story.claims[0], story_context(story))
    assert "400 pupils" in found["numbers"]
    story.articles[1] = Article("1.txt", "Outlet B", [Paragraph(b.text, 1)], title="Storm leaves 400 pupils at home")
    found = _summaries(story.claims[0], story_context(story))
    assert "numbers" not in found  # Outlet B's headline gives the figure


def test_several_is_more_than_two():
    """Lines "several others were hurt" and "two others were hurt" cannot both be true; "five others" can.
    "Several" is no figure an outlet gives (never a detail), and "several hundred" says no number."""
    hurt = "The storm flattened the pier and several others were hurt in the harbour."
    assert [(x.surface, y.surface) for x, y in number_conflicts(hurt, "Two others were hurt in the harbour.")] == [
        ("several others were hurt", "two others were hurt")
    ]
    assert number_conflicts(hurt, "Five others were hurt in the harbour.") == []
    assert number_conflicts(hurt.replace("several", "several hundred"), "Two others were hurt in the harbour.") == []
    rain = "It rained for several days in the harbour."
    assert number_conflicts(rain, rain.replace("several", "two")) == []
    assert number_slots(hurt) == []


def test_a_part_of_a_whole_is_compared_with_several_and_with_parts_of_the_same_whole():
    part = "Two of the 40 people hurt were in serious condition at the harbour clinic."
    several = "Several people were in serious condition at the harbour clinic."
    assert [(x.surface, y.surface) for x, y in number_conflicts(part, several, True)] == [
        ("two of the 40 people hurt", "several people")
    ]
    three = part.replace("Two", "Three")
    assert [(x.surface, y.surface) for x, y in number_conflicts(part, three, True)] == [
        ("two of the 40 people hurt", "three of the 40 people hurt")
    ]
    # A part is no whole, and parts of two wholes (a half, a whole game) are two counts.
    assert number_conflicts(part, "Some 40 people were hurt at the harbour clinic.", True) == []
    shots = "Lee made 12 of his 20 shots in the first half."
    assert number_conflicts(shots, "Lee made 30 of 61 shots in the first half.", True) == []
    assert number_slots(part) == []  # never a figure an outlet gives as a detail


def test_the_nth_of_a_thing_since_a_time_counts_n_since_then():
    from generator.compare.number import ordinal_conflicts

    a = "It was the fourth ferry fire since March, the harbour master said."
    b = "There have been five ferry fires since March, the harbour master said."
    assert ordinal_conflicts(a, b) == [("fourth ferry fire", "five ferry fires")]
    assert ordinal_conflicts(b, a) == [("five ferry fires", "fourth ferry fire")]
    assert ordinal_conflicts(a, b.replace("five", "four")) == []
    assert ordinal_conflicts(a, b.replace("since March", "since June")) == []  # another stretch of time
    # Without "since", an ordinal ranks: a fourth season is no count of seasons told.
    assert (
        ordinal_conflicts("It was his fourth season at the harbour club.", "He spent five seasons at the club.") == []
    )
    summary, conflict = kinds(_claim(a, b))["numbers"]
    assert conflict and "fourth ferry fire" in summary and "five ferry fires" in summary


@given(st.sampled_from(["second", "third", "fourth", "fifth", "6th", "7th"]), st.integers(min_value=1, max_value=40))
def test_an_nth_since_conflicts_only_with_another_count(nth: str, m: int):
    from generator.compare.number import _ORDINALS, ordinal_conflicts

    found = ordinal_conflicts(f"It was the {nth} ferry fire since March.", f"There were {m} ferry fires since March.")
    assert bool(found) == (m != _ORDINALS[nth])


@given(st.integers(min_value=1, max_value=10_000))
def test_several_conflicts_only_with_fewer_than_three(n: int):
    found = number_conflicts("Several boats sank in the harbour.", f"{n:,} boats sank in the harbour.")
    assert bool(found) == (n < 3)


def test_a_detail_prints_a_figure_with_its_hedge():
    """A detail "only A gives 10 boats" of "more than 10 boats" would say a figure A does not give."""
    a = "More than 10 boats sank when the storm reached the harbour on Friday."
    b = "The storm reached the harbour on Friday and boats sank."
    assert _summaries(_claim(a, b))["numbers"] == "Only Outlet A gives more than 10 boats."
    assert _summaries(_claim(a.replace("More than", "About"), b))["numbers"] == "Only Outlet A gives about 10 boats."


def test_each_outlet_of_a_detail_keeps_its_own_hedge_whatever_the_order():
    """Two outlets give one figure, one with a hedge: each is credited with its own wording, and
    listing the outlets the other way round says the same of each (the first one's hedge was
    printed for both, so a detail changed with the order of the files)."""
    hedged = "The fire spread to at least 40 acres near the harbour on Friday."
    plain = "The fire near the harbour had spread to 40 acres by Friday."
    silent = "The fire near the harbour spread on Friday, officials said."
    told = {}
    for order in ((hedged, plain, silent), (plain, hedged, silent)):
        claim = _claim(*order)
        [d] = [d for d in compare_claim(claim) if d.kind == "numbers"]
        by_text = {m.text: d.by_outlet.get(m.outlet) for m in claim.members}
        assert by_text[hedged] == ["at least 40 acres"] and by_text[plain] == ["40 acres"], d.by_outlet
        told[order] = d.summary
    assert told[(hedged, plain, silent)] == "Only Outlet A and Outlet B give at least 40 acres (Outlet B: 40 acres)."
    assert told[(plain, hedged, silent)] == "Only Outlet A and Outlet B give 40 acres (Outlet B: at least 40 acres)."


def test_a_dozen_keeps_its_article_and_the_hedge_before_it():
    """The figure "more than a dozen boats" is bounded from below, printed as the text has it."""
    (slot,) = number_slots("More than a dozen boats sank in the harbour.")
    assert (slot.surface, slot.low, slot.high) == ("a dozen boats", 12.0, float("inf"))
    assert number_conflicts("More than a dozen boats sank in the harbour.", "14 boats sank in the harbour.") == []
    assert [s.surface for s in number_slots("A hundred boats sank in the harbour.")] == ["a hundred boats"]
    assert [s.surface for s in number_slots("Two dozen boats sank in the harbour.")] == ["two dozen boats"]


@given(st.integers(min_value=3, max_value=5000), st.integers(min_value=1, max_value=5000), st.integers(0, 10_000))
def test_a_range_agrees_with_every_figure_inside_it(low: int, span: int, pick: int):
    high = low + span
    inside = low + pick % (span + 1)
    (slot,) = number_slots(f"Between {low:,} and {high:,} boats sank in the harbour.")
    assert (slot.low, slot.high) == (low, high)
    assert (
        number_conflicts(
            f"Between {low:,} and {high:,} boats sank in the harbour.", f"{inside:,} boats sank in the harbour."
        )
        == []
    )


def test_a_name_mistyped_is_the_name_the_others_give():
    """ "Only A names Tump" where B names Trump is false: one keystroke apart, same first letter."""
    from generator.compare.name import one_typo

    a = "Mayor Hartly said on Monday the pier would reopen in spring."
    b = "Mayor Hartley said on Monday the pier would reopen in spring."
    assert "names" not in _summaries(_claim(a, b))
    assert "names" in _summaries(_claim(a.replace("Hartly", "Bartley"), b))
    assert one_typo("Trump", "Tump") and one_typo("Attwell", "Atwell")
    assert not one_typo("Bush", "Rush") and not one_typo("Sanchez", "Sánchez") and not one_typo("Ray", "Rae")


def test_a_quote_shortened_without_a_mark_is_not_only_one_outlets():
    """A remark one outlet quotes in full and another shorter, without marking the cut, is one remark:
    no "only A quotes ...; only B quotes ..." detail. Not when the words left out negate it."""
    from generator.compare.claim.quoting import _shortened
    from generator.compare.quote import quote_words

    a = "“We are under a lot of pressure to finish the pier,” the mayor told the builder."
    b = "“We are under pressure,” the mayor told the builder of the pier."
    assert "quotes" not in _summaries(_claim(a, b), Context(texts={"0.txt": a, "1.txt": b}))
    assert _shortened(quote_words("the pier will open in May"), quote_words("so the pier will surely open in May"))
    assert not _shortened(quote_words("the pier will open in May"), quote_words("the pier will not open in May"))
    assert not _shortened(quote_words("the pier did open in May"), quote_words("the pier didn't open in May"))
    assert not _shortened(quote_words("we will win"), quote_words("we will surely win it"))  # too few words
    # Three words, two of them not small words, are specific enough (an audit read such a quote as
    # "only" one outlet's beside two that quote the longer remark).
    assert _shortened(quote_words("calmer than expected"), quote_words("calmer than I would have expected"))
    assert not _shortened(quote_words("calmer than expected"), quote_words("calmer than I would never have expected"))


def test_a_bounded_figure_is_given_by_a_figure_inside_its_bound():
    """ "Over 100 others were hurt" beside "116 others were hurt": the second outlet gives the figure, more
    exactly; "only A gives over 100 others" would mislead."""
    a = "The ferry hit the pier on Friday and over 100 others were hurt, officials said."
    b = "The ferry hit the pier on Friday, and 116 others were hurt, officials said."
    texts = {"0.txt": a, "1.txt": b}
    assert "over 100 others" not in _summaries(_claim(a, b), Context(texts=texts)).get("numbers", "")
    c = b.replace("116", "80")
    assert "over 100 others" in _summaries(_claim(a, c), Context(texts={"0.txt": a, "1.txt": c})).get("numbers", "")


def test_a_figure_of_another_event_is_no_figure_of_the_claims_event():
    """Invented text (audit 206: "over 100 others" of a Sunday crash read as given by "about 100 injured"
    in a December derailment, a sentence the claim had matched weakly). A member dated a day or more
    apart from the heading, by a day, a month or a year, neither gives a value of the claim nor gives
    another outlet's."""
    from dataclasses import replace
    from datetime import date

    from generator.compare.date import days_apart

    sunday = date(2024, 2, 4)
    heading = "Two crew members died and over 100 others were hurt when the ferry hit the pier early Sunday."
    same = "Two crew members died when the ferry hit the pier on Sunday, officials said."
    other = "Three people died and about 100 were hurt when a ferry sank off Port Town in December."
    assert days_apart(other, sunday, heading, sunday)
    assert days_apart("The ferry sank in 2019.", sunday, heading, sunday)
    assert not days_apart("The ferry sank in February.", sunday, heading, sunday)  # the Sunday's month
    assert not days_apart("The ferry sank on Saturday night.", sunday, heading, sunday)  # a day apart at most
    assert not days_apart("The ferry sank, officials said.", sunday, heading, sunday)  # no date: unknown
    days = {"0.txt": sunday, "1.txt": sunday}
    claim = _claim(heading, same)
    claim = replace(claim, members=[*claim.members, Sentence("Outlet B", "1.txt", other, 1, 0, 1, 1)])
    claim.heading_key = claim.members[0].key
    texts = {"0.txt": heading, "1.txt": f"{same} {other}"}
    found = _summaries(claim, Context(days=days, texts=texts)).get("numbers", "")
    assert found == "Only Outlet A gives over 100 others."  # not "(Outlet B: about 100)", nor "three people"
    # Undated articles: no time to set the sentences apart by; the December figures count as before.
    assert _summaries(claim, Context(texts=texts)).get("numbers", "") == "Only Outlet B gives three people."


def test_a_day_something_was_said_on_is_no_date_of_a_fact_its_heading_dates_otherwise():
    """Invented text (audit 204, as audit 169: "only A, B and C give Tuesday", days of statements and
    reports, under a claim of a trip over Easter weekend). Under a heading dated by its own event, a
    day things were said on is the saying's; under a heading about a statement, it is the claim's."""
    from datetime import date

    tuesday = date(2024, 4, 9)
    days = {"0.txt": tuesday, "1.txt": tuesday}
    trip = "Ann Roe met the mayor of Port Town over Easter weekend, the Harbour Times has confirmed."
    said = "Ann Roe met the mayor of Port Town over Easter weekend, aides told of the visit said on Tuesday."
    claim = _claim(trip, said)
    claim.heading_key = claim.members[0].key
    texts = {"0.txt": trip, "1.txt": said}
    assert "dates" not in _summaries(claim, Context(days=days, texts=texts))
    statement = "Ann Roe said on Tuesday that the mayor of Port Town would visit."
    plain = "Ann Roe said that the mayor of Port Town would visit."
    claim = _claim(statement, plain)
    claim.heading_key = claim.members[0].key
    found = _summaries(claim, Context(days=days, texts={"0.txt": statement, "1.txt": plain}))
    assert found.get("dates") == "Only Outlet A gives Tuesday."


def test_tomorrow_in_a_quote_is_the_speakers_day_not_the_outlets():
    a = "“We will put out a paper tomorrow,” the editor wrote on Thursday night after the storm."
    b = "The editor wrote on Thursday night that the paper would come out after the storm."
    found = _summaries(_claim(a, b), Context(texts={"0.txt": a, "1.txt": b}))
    assert "tomorrow" not in found.get("dates", "")


def test_a_state_is_named_by_its_abbreviation_after_a_party():
    """ "Sen. Ann Roe (R-Ky.)" names Kentucky: "only A names Kentucky" would be false."""
    from generator.compare.claim.naming import _mentions

    assert _mentions("Sen. Ann Roe (R-Ky.) said the bill would fail.", "Kentucky")
    assert _mentions("Sen. Ann Roe, R-Ky., said the bill would fail.", "Kentucky")
    assert not _mentions("Sen. Ann Roe said the bill would fail.", "Kentucky")


def test_a_weekday_before_a_kind_of_thing_is_no_day():
    """A weekday that says a kind of thing ("a Sunday columnist", "the Sunday edition") is no day any
    outlet gives; "Sunday night" is one."""
    from generator.compare import dates

    assert dates("Ann Roe, a Sunday columnist, wrote about the pier.") == {}
    assert dates("The Sunday edition carried the story.") == {}
    assert dates("The club advertised the fair in a Sunday bulletin.") == {}  # audit 145
    assert dates("The pier closed on Sunday night.") == {"sunday": "Sunday"}
    assert dates("The March 5 edition carried the story.") == {"march 5": "March 5"}


def _numbers_detail(*texts: str) -> str:
    """The numbers detail of a claim of one sentence per outlet."""
    return kinds(_claim(*texts))["numbers"][0]


def test_a_count_after_the_gives_that_count_in_the_claims_sentences():
    """Invented text (audit 144: "only A and B give two police officers" beside "The two officers")."""
    officers = _numbers_detail(
        "Two harbour police officers were charged on Monday.",
        "The two officers were charged, the court said.",
        "Officers were charged, the court said.",
    )
    assert officers == "Only Outlet A and Outlet B give two harbour police officers."
    games = _numbers_detail(
        "Roe will miss two games with a sprained knee.",
        "Roe will miss the club's final two league games.",
        "Roe was hurt in training.",
    )
    assert games == "Only Outlet A and Outlet B give two games."


def test_a_measure_an_outlet_gives_anywhere_in_its_article_is_no_other_value_of_it():
    """Invented text (audit 149: one outlet's 9.1-magnitude quake of 2004 was listed against the
    6.1-magnitude quake the others report, though its own first sentence gives 6.1 too): a measure
    the other outlet's article gives anywhere is no disagreement; "magnitude-6.1" is a magnitude."""
    from generator.compare.number import number_slots

    assert [(x.value, x.unit) for x in number_slots("A magnitude-6.1 quake hit.")] == [(6.1, "magnitude")]
    assert [(x.value, x.unit) for x in number_slots("Earlier a 5.6 quake hit.")] == [(5.6, "magnitude")]
    a = _s("A", 0, "Hundreds were hurt when the 6.1-magnitude quake shook a region the 2004 tsunami struck.")
    b0 = _s("B", 0, "A magnitude-6.1 tremor shook the harbour province on Tuesday.")
    b1 = _s("B", 1, "The 2004 tsunami followed a huge 9.1-magnitude quake off the same coast.")
    story = _story([Claim("c0", "c0", [a, b0]), Claim("c1", "c1", [b1])])
    for article in story.articles:
        article.paragraphs = [Paragraph(x.text, 1) for x in (a, b0, b1) if x.source == article.source]
    assert compare_story(story, _likely(0.9)) == []


def test_a_count_said_by_what_befell_them_and_a_bound_within_a_bound():
    """Invented text (audit 152): "some 3 million died" and "some 3 million people" are one count in
    the claim's own sentences; "under 25 kilometres" does not give "under 50 km"."""
    dead = _numbers_detail(
        "The war, in which some 3 million died, ended in 2001.",
        "Some 3 million people were lost in that war, which ended in 2001.",
        "The war ended in 2001.",
    )
    assert dead == "Only Outlet A and Outlet B give some 3 million died (Outlet B: some 3 million people)."
    near = _numbers_detail(
        "The depot stands under 50 km off the coast.",
        "The depot stands under 25 kilometres off the coast.",
        "The depot stands off the coast.",
    )
    assert near == "Only Outlet A gives under 50 km; only Outlet B gives under 25 kilometres."


def test_a_tighter_bound_from_the_same_side_gives_the_looser_one():
    """Invented text (audit 221: "only Fox News gives over 100 others" beside another outlet's "at least
    116 others"): a bound just inside another from the same side tells the same count more exactly; one
    far inside it, or from the other side, does not."""
    looser = "Two crew died and over 100 others were hurt when the ferry hit the pier."
    quiet = "The ferry hit the pier, killing two crew."
    hit = "The ferry hit the pier, killing two crew and injuring"
    tighter = _numbers_detail(looser, f"{hit} at least 116 others.", quiet)
    assert tighter.startswith("Only Outlet A and Outlet B give over 100 others (Outlet B: at least 116 others)")
    far = _numbers_detail(looser, f"{hit} at least 190 others.", quiet)
    assert far.startswith("Only Outlet A gives over 100 others;")
    below = _numbers_detail(looser, f"{hit} almost 110 others.", quiet)
    assert below.startswith("Only Outlet A gives over 100 others;")


def test_a_sum_in_words_or_with_a_marked_dollar_is_a_figure():
    """Invented text (audit 145: "only A gives $1 million" beside "a million dollars", "$US1 million")."""
    from generator.compare.number import number_slots

    for text in [
        "The storm did a million dollars damage.",
        "The storm did one-million dollars in damage.",
        "The storm did $US1 million in damage.",
        "The storm did US$ 1 million in damage.",
    ]:
        [slot] = number_slots(text)
        assert (slot.low, slot.unit) == (1_000_000, "dollar"), text
    assert number_slots("She was one in a million.") == []
    # A figure below zero is left out, not read without its sign (audit 145: "17 degrees").
    assert number_slots("Crews worked in temperatures of minus 12 degrees.") == []
    # A bulletin's number and a figure before a colon count nothing; "US $5.4-billion" is a sum; a unit
    # spelt two ways or shortened is one unit (audits 148, 149; invented words).
    assert number_slots("Bulletin HB08-078 addresses the flaw in version 5.01: XP users should patch.") == []
    [sum_] = number_slots("The port was sold for US $5.4-billion.")
    assert (sum_.low, sum_.unit) == (5_400_000_000, "dollar")
    slide = _numbers_detail(
        "The slide left 14 others trapped 10 kilometres from the port, police said.",
        "The slide left 14 trapped 10 km from the port, police said.",
        "The slide hit the port, police said.",
    )
    assert slide == "Only Outlet A and Outlet B give 14 others (Outlet B: 14 trapped) and 10 kilometres."


def test_a_scores_last_figure_is_no_day_of_the_month():
    """Invented text (audit 144 read "7 Oct." of "a 30-7 Oct. 19 loss"): a day before its month is
    not a score's last figure, nor read where a day follows the month."""
    from generator.compare import dates

    assert dates("The Harbour Gulls were beaten in a 30-7 Oct. 19 loss.") == {"oct 19": "Oct. 19"}
    assert dates("The pier opened on 6 December 2008.") == {"6 december 2008": "6 December 2008"}
    assert dates("The pier opened on 6 Dec.") == {"6 dec": "6 Dec."}


# --- Read on many outlets: what a negation applies to, and what a figure counts -------------------


def test_what_a_negation_states_as_fact():
    said = "The board approved the merger on Friday."
    assert negation_conflict("The board had not approved the merger.", said)  # the plain case
    # "Without" tells how, not that something did not happen; "no" denies a thing exists, not an event.
    assert not negation_conflict("Without the merger approved, shares fell.", said)
    assert not negation_conflict("No flood warning was issued after the second storm.", "A flood warning was issued.")
    # A counterfactual, a hope, a plea: no fact denied.
    assert not negation_conflict("The board would not have approved the merger if shares had fallen.", said)
    assert not negation_conflict("He hoped the board wasn't approving the merger for his sake.", said)
    guilty = "A jury found the driver guilty of three charges of fraud on Friday."
    assert not negation_conflict("The driver pleaded not guilty to three charges of fraud.", guilty)
    assert negation_conflict("A jury found the driver not guilty of three charges of fraud.", guilty)
    # Others, a name, a contrast: not a denial of what the other states.
    assert not negation_conflict("Nobody else approved the merger.", said)
    assert not negation_conflict("This wasn't Jane Roe or Ann Doyle, who resigned.", "Jane Roe resigned on Friday.")
    assert not negation_conflict("It was a red truck, not a blue van like the one seen.", "A blue van was seen.")


def test_a_negation_reaches_no_further_than_its_clause():
    quote = "“The review isn't over,” said security chief Ann Doyle."
    assert not negation_conflict(quote, "Security chief Ann Doyle urged users to update.")
    assert not negation_conflict("“Would they have won without him?” Doyle asked.", "Coach Ann Doyle asked.")
    # An editor's brackets are no clause: the condition before them still holds.
    assert not negation_conflict(
        "If they [directors] don't approve the merger, shares will fall.", "They approve the merger."
    )


def test_a_stated_side_that_takes_it_back_or_does_not_know():
    alert = "No one was hurt, and no flood warning was issued for the valley."
    assert not negation_conflict(alert, "Officials issued and later lifted a flood warning for the valley.")
    assert not negation_conflict("No reason for the delay was given.", "The reason for the delay is unknown.")
    # "didn’ t" with a stray space is still a negation.
    assert negated("Ms. Ray didn’ t answer a message asking for her view.")
    assert not negation_conflict(
        "Ms. Ray did not answer a message.", "Ms. Ray didn’ t answer a message asking for her view."
    )


def test_figures_that_are_not_counts_of_their_noun():
    # A conversion in brackets is the same figure; a clock time's zone; a label ("Week 15").
    assert [s.surface for s in number_slots("The cave lies at a depth of 4 kilometres (2.5 miles).")] == [
        "4 kilometres"
    ]
    assert (
        number_conflicts("Damage was put at $1 million ($1.5 million), police said.", "Damage was put at $1 million.")
        == []
    )
    assert number_conflicts("Polls opened at 0300 GMT on Sunday.", "Polls closed at 1100 GMT on Sunday.") == []
    # ... its currency's letters set off by a space too (audit 104: "$33" read as a sum of its own).
    assert [s.surface for s in number_slots("They paid 100 pesos (about US $5) for the damage.")] == ["100 pesos"]
    assert number_slots("They paid 100 pesos (about US $5).") == number_slots("They paid 100 pesos.")
    # A distance per hour is a speed, as its abbreviation is (audit 104: "only Fox News gives 59 mph").
    speeds = ["The ferry made 30 miles per hour.", "The ferry made 30 miles an hour.", "The ferry made 30 mph."]
    assert {s.unit for t in speeds for s in number_slots(t)} == {"mph"}
    assert [s.unit for s in number_slots("The ferry sailed 30 miles to the island.")] == ["mile"]
    assert [s.unit for s in number_slots("The ferry made 50 km per hour.")] == ["kph"]
    assert number_slots("He was hurt in the Week 15 loss.") == []
    # Capitals before a number name a bill, a road, a flight, wherever they stand: no count.
    assert number_slots("The so-called “SB 40” measure drew praise from both parties.") == []
    assert number_slots("S.B. 40 passed the chamber on a voice vote.") == []
    assert [s.surface for s in number_slots("The bill, SB 40, won 61 votes.")] == ["61 votes"]
    # A hyphenated figure tells a kind of thing: a three-game streak is no count of games.
    assert number_conflicts("They lost a three-game series of road games.", "They lost 10 games of the series.") == []
    assert number_conflicts("A 47-page indictment was unsealed.", "The 48-page indictment was unsealed.")
    assert number_conflicts("A 68-yard drive set up the 36-yard field goal.", "It was a 40-yard drive.") == []
    # "Within 20 miles" allows 17.
    assert (
        number_conflicts("A rocket landed within 20 miles of the city.", "A rocket landed 17 miles from the city.")
        == []
    )


def test_a_noun_an_article_counts_for_many_things_is_not_compared():
    report = (
        "He ran for 120 yards. He caught passes for 45 yards. His longest run was 30 yards. The team gained 410 yards."
        " The defence allowed 260 yards."
    )
    articles = [Article("0.txt", "Outlet A", [Paragraph(report, 1)]), Article("1.txt", "Outlet B", [])]
    a = _s("A", 0, "He ran for 120 yards in the win.")
    b = _s("B", 0, "He ran for 98 yards in the win.")
    story = Story("s", "S", articles, [Claim("c", "c", [a, b])])
    assert compare_story(story) == []
    story.articles[0].paragraphs = [Paragraph("He ran for 120 yards in the win.", 1)]
    [d] = compare_story(story)
    assert d.kind == "numbers"


def test_quotes_that_differ_only_in_how_they_are_printed():
    # A stray space in a contraction, an ordinal as a figure, an acronym for the words it stands for.
    assert (
        quote_conflicts(
            "“I’ m standing right by the crowd near the square,” she said.",
            "“I'm standing right by the crowd near the square,” she said.",
        )
        == []
    )
    assert (
        quote_conflicts(
            "She said: “He is the man to become the Twelfth Doctor in the series.”",
            "She said: “He is the man to become the 12th Doctor in the series.”",
        )
        == []
    )
    assert (
        quote_conflicts(
            "He said it “urges all Internet Explorer users to install this update now”.",
            "He said it “urges all IE users to install this update now”.",
        )
        == []
    )
    assert (
        quote_conflicts(
            "“I cant comment on the first night, but this looks like a lack of care,” he said.",
            "“I can't comment on the first night, but this looks like a lack of care,” he said.",
        )
        == []
    )
    # Still another wording: a word changed.
    assert quote_conflicts(
        "He said it “urges all Internet Explorer users to install this update now”.",
        "He said it “urges all Firefox users to install this update now”.",
    )


def test_a_closing_mark_printed_as_an_opening_one_opens_no_quote():
    # '..., “said Ann Roe': the tag after the quote is no quote of its own.
    assert quotes("We ask you to respect her privacy at this time, “her agent Ann Roe tells the magazine.") == [
        "We ask you to respect her privacy at this time"
    ]
    assert quotes("She said: “We ask you to respect her privacy.") == ["We ask you to respect her privacy"]


def test_the_same_words_given_to_one_person_described_two_ways():
    from generator.compare.quote import attribution_conflicts

    a = "“When the fix is out, people should hurry, not wait, to install it,” said Acme Labs researcher Bo Lee."
    b = "“When the fix is out people should hurry, not wait, to install it,” said Bo Lee, a researcher with Acme Labs."
    assert attribution_conflicts(a, b) == []
    c = "“When the fix is out, people should hurry, not wait, to install it,” said Ann Roe, a spokeswoman."
    assert attribution_conflicts(b, c) == [("Bo Lee", "Ann Roe")]


def test_a_person_s_office_said_two_ways_is_no_other_name():
    assert (
        one_word_apart("City Councilman Jo Dunn called for calm.", "Later, Bay Councilman Jo Dunn called for calm.")
        == []
    )
    assert one_word_apart("Acme Chief Executive Bo Lee will stay.", "Acme CEO Bo Lee will stay on.") == []
    assert one_word_apart("They camped near the Mount Ashby Hut overnight.", "They camped near the Mt Ashby Hut.") == []
    # Still two names: one word of the place itself differs.
    assert one_word_apart(
        "He is held in the Lake Hollow County Detention Center.",
        "He went to the Lake Hollow County Detention Facility.",
    )


def test_a_part_of_a_whole_a_stretch_a_score_and_seasons():
    # "Two of the 116 people", "29 of 34 passes": a part and a whole, no plain count; a stretch is no total.
    assert number_slots("Two of the 116 people hurt were in critical condition.") == []
    assert number_slots("She made her first 12 shots.") == []
    assert number_conflicts("She made 20 of 31 shots.", "She made her first 12 shots.") == []
    # A score with a dash, and seasons (a time, like years), count nothing compared.
    assert number_slots("Their 15-2 run sealed it.") == []
    assert number_conflicts("He spent 19 seasons with the club.", "He spent four seasons as its scout.") == []


def test_a_figure_given_rounded_by_another_outlet_says_both():
    # B gives the figure more exactly elsewhere in its article: the page says which figure it gives.
    claim = _claim(
        "The blaze now covers 8,400 acres, officials said on Monday.",
        "The blaze is still growing fast, officials said on Monday.",
        "The blaze is still growing, officials said on Monday.",
    )
    texts = {"1.txt": "The blaze has grown to 8,374 acres by this morning."}
    [d] = [d for d in compare_claim(claim, Context(texts=texts)) if d.kind == "numbers"]
    assert (
        d.summary == "Only Outlet A and Outlet B (elsewhere in its article) give 8,400 acres (Outlet B: 8,374 acres)."
    )
    # Each outlet's own figure where the page lists the values by outlet.
    assert d.by_outlet == {"Outlet A": ["8,400 acres"], "Outlet B": ["8,374 acres"]}


def test_a_quote_detail_names_the_speaker_its_sentence_names():
    claim = _claim(
        "“We want the pupils back in class,” said Ann Roe, the board president, on Monday.",
        "Mayor Bo Lee said: “We will keep our pupils safe through this strike.”",
        "The strike kept pupils out of class on Monday.",
    )
    summary = _summaries(claim)["quotes"]
    assert "Outlet A quotes Ann Roe: “We want the pupils back in class”" in summary
    assert "Outlet B quotes Bo Lee: “We will keep our pupils safe through this strike”" in summary
    # Not a place read as a speaker ("a senator of Maryland, the committee's senior member, said").
    claim = _claim(
        "Rep. Jo Dunn of Maryland, the panel's senior member, said the memos “give strong evidence of it all”.",
        "The memos were sent to the panel on Thursday.",
    )
    assert "Maryland:" not in _summaries(claim)["quotes"]
    # The subject of a sentence that quotes it after ", saying" (an audit found the words of such a
    # sentence read as those of the person named for the quote before them).
    claim = _claim(
        "Governor Ann Roe also praised the crews, saying their work was “beyond all praise” on Monday.",
        "The crews worked through the night on Monday, the fire chief said.",
    )
    assert "Ann Roe: “beyond all praise”" in _summaries(claim)["quotes"]
    claim = _claim(
        "Police arrested a man near the pier, saying he was “armed and angry” on Monday.",
        "The crews worked through the night on Monday, the fire chief said.",
    )
    assert "Police:" not in _summaries(claim)["quotes"]


def test_a_figure_said_to_fewer_decimals_and_square_units():
    # "4.5 pounds" is 4.46 pounds said to one decimal; a whole number is a count of its own.
    assert (
        number_conflicts(
            "The laptop weighs 4.5 pounds, the maker said.", "The laptop weighs 4.46 pounds, the maker said."
        )
        == []
    )
    assert number_conflicts(
        "The laptop weighs 4.5 pounds, the maker said.", "The laptop weighs 4.7 pounds, the maker said."
    )
    # "Square metres" and "square feet" are two units, not one figure told two ways.
    assert [s.unit for s in number_slots("The hall covers 1,500 square metres.")] == ["square meter"]  # one spelling
    assert number_conflicts("The new hall covers 1,500 square metres.", "The new hall covers 16,000 square feet.") == []


def test_not_saying_is_no_denial():
    assert not negation_conflict(
        "The studio will not confirm he is attached to the film.",
        "A magazine has confirmed he is attached to the film.",
    )
    assert not negation_conflict(
        "They vowed not to disclose the donor's name until her death.", "She worried about disclosing the donor's name."
    )
    assert not negation_conflict(
        "The source was not one person but a group of aides.", "He insists the source is one person."
    )
    assert negation_conflict("The studio has not hired him for the film.", "The studio hired him for the film.")


def test_a_range_is_given_only_by_the_same_range():
    claim = _claim(
        "Between 40 and 60 boats were damaged in the storm, the harbour master said.",
        "About 60 boats were damaged in the storm, the harbour master said.",
        "More than 40 boats were damaged in the storm.",
    )
    [d] = compare_claim(claim, Context())
    # "About 60" is no "between 40 and 60": B does not give A's range.
    assert d.summary == "Only Outlet A gives between 40 and 60 boats."
    four = _claim(
        "Between 40 and 60 boats were damaged in the storm, the harbour master said.",
        "More than 40 boats were damaged in the storm, the harbour master said.",
        "About 60 boats were damaged in the storm, the harbour master said.",
        "Many boats were damaged in the storm, the harbour master said.",
    )
    [d] = compare_claim(four, Context())
    assert d.by_outlet["Outlet A"] == ["between 40 and 60 boats"]  # its one value, once
    assert "Outlet C: about 60 boats" in d.summary  # another outlet's own form, with its hedge


def test_no_outlet_is_said_to_tell_a_quote_in_its_own_words():
    """ "Only A quotes here (...)" names no outlet that "tells it without a quote": four browser audits
    read that clause false far more often than true, whatever the fact signal said (invented text)."""
    a = Sentence("Outlet A", "0.txt", "“We will reopen the pier by the spring,” the mayor said on Monday.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "The mayor said the pier would reopen in the spring.", 0, 0, 1, 1)
    c = Sentence("Outlet C", "2.txt", "Critics say the pier will not reopen by the spring.", 0, 0, 1, 1)
    claim = Claim("c", "c", [a, b, c])
    for likely in (None, _likely(0.95), _likely(0.1)):
        [d] = [d for d in compare_claim(claim, Context(), likely=likely) if d.kind == "quotes"]
        assert d.summary == "Only Outlet A quotes here (“We will reopen the pier by the spring”).", d.summary
    some = Claim("c", "c", [a, replace(b, text="“The spring is the aim for the pier,” the mayor said."), c])
    [d] = [d for d in compare_claim(some, Context(), likely=_likely(0.95)) if d.kind == "quotes"]
    assert "without a quote" not in d.summary and d.summary.endswith(".")


def test_a_day_another_outlet_gives_in_its_own_words_is_said_in_them():
    # Outlet B's "tomorrow", in an article of Monday 1 April 2030, is Outlet A's Tuesday: the detail
    # says B gives it, and in which words (an audit read "B gives Tuesday" where B wrote "tomorrow").
    a = Sentence("Outlet A", "0.txt", "Ann Roe will appear before the harbour court on Tuesday.", 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "Ann Roe will appear before the harbour court tomorrow morning.", 0, 0, 1, 1)
    c = Sentence("Outlet C", "2.txt", "Ann Roe will appear before the harbour court.", 0, 0, 1, 1)
    days = {"0.txt": date(2030, 4, 1), "1.txt": date(2030, 4, 1), "2.txt": date(2030, 4, 1)}
    found = _summaries(Claim("c", "c", [a, b, c]), Context(days=days))
    assert found["dates"] == "Only Outlet A and Outlet B give Tuesday (Outlet B: tomorrow)."


def test_a_portfolio_before_a_title_is_part_of_the_title_not_a_name():
    from generator.compare.name import names

    assert names("The talks were led by Treasury Secretary Ann Roe and Jo Lee.") == {
        "Treasury Secretary Ann Roe",
        "Jo Lee",
    }
    found = _summaries(
        _claim(
            "The talks were led by Treasury Secretary Ann Roe and the harbour board.",
            "The talks were led by the harbour board.",
        )
    )
    assert found["names"] == "Only Outlet A names Ann Roe."
    # A company's name before a title is a name: "Harbour Cafe CEO Bo Lee" names both.
    assert names("The plan was backed by Harbour Cafe CEO Bo Lee.") == {"Harbour Cafe", "CEO Bo Lee"}


def test_members_the_signal_finds_unlikely_to_state_one_fact_are_not_compared():
    """Invented text. A claim grouped as cliques may hold two sentences linked at 0.24 (two counts of
    one kind: last year's dead and a fire's dead); with the fact signal given, a pair under
    ``CLAIM_PAIR_LIKELY`` is not compared, one at or above it is."""
    from generator.compare.claim import CLAIM_PAIR_LIKELY

    claim = _claim("A total of 83 rangers died on duty last year.", "A reported 29 rangers died on duty last year.")
    numbers = {d.kind: d.conflict for d in compare_claim(claim, Context())}
    assert numbers.get("numbers") is True  # without the signal: compared

    def likely(value: float):
        return lambda a, b: value

    low = compare_claim(claim, Context(), likely=likely(CLAIM_PAIR_LIKELY - 0.1))
    assert not any(d.kind == "numbers" and d.conflict for d in low)
    high = compare_claim(claim, Context(), likely=likely(CLAIM_PAIR_LIKELY))
    assert any(d.kind == "numbers" and d.conflict for d in high)


def test_a_quote_is_credited_to_the_speaker_whose_tag_stands_nearest_it():
    """A sentence that quotes two people ("..., Ann Roe said, while Bo Lee ... said the storm "...""):
    each quote is printed with its own speaker, not the first one named (an audit read a quote of a
    science adviser credited to the president)."""
    from generator.compare.quote import quote_speaker_label

    text = (
        "“We will rebuild the pier by summer,” Ann Roe told reporters, while Bo Lee, who runs the harbour"
        " office, said the storm “broke every mooring on the east side of the bay.”"
    )
    assert quote_speaker_label(text, "We will rebuild the pier by summer") == "Ann Roe"
    assert quote_speaker_label(text, "broke every mooring on the east side of the bay") == "Bo Lee"
    # A name the first speaker spoke to is no speaker of the second quote (an audit read "NBC").
    radio = (
        "“We will rebuild,” Ann Roe told Harbour Radio, while Bo Lee, who runs the office, said the storm “broke it.”"
    )
    assert quote_speaker_label(radio, "We will rebuild") == "Ann Roe"
    assert quote_speaker_label(radio, "broke it") == "Bo Lee"
    # A speaker known by a number keeps it (audit 144 printed "Juror No").
    assert quote_speaker_label("“We listened,” said Juror No. 4, a teacher.", "We listened") == "Juror No. 4"
    assert quote_speaker_label("“We listened,” Juror No. 11 said.", "We listened") == "Juror No. 11"
    a = Sentence("Outlet A", "0.txt", text, 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", "Ann Roe told reporters the pier would be rebuilt by summer.", 0, 0, 1, 1)
    summary = _summaries(Claim("c", "c", [a, b]), Context())["quotes"]
    assert "Bo Lee: “broke every mooring" in summary and "Ann Roe: “broke" not in summary


def test_a_quote_conflict_says_when_only_one_wording_has_a_negation():
    """Two outlets' quotes of one utterance, one with "don't": the item says so, as the wordings may
    mean opposite things (an audit read such an item as a small change of wording); quotes negated
    in both, in other words ("not" / "don't"), say nothing more."""
    a = Sentence(
        "Outlet A",
        "0.txt",
        "“To close the pier in the next few weeks would seriously raise the risk of a flood,” the mayor said.",
        0,
        0,
        1,
        1,
    )
    b = Sentence(
        "Outlet B",
        "1.txt",
        "“If they don't close the pier in the next few weeks it will seriously raise the risk of a flood,” she said.",
        0,
        0,
        1,
        1,
    )
    summary = _summaries(Claim("c", "c", [a, b]), Context())["quotes"]
    assert summary.startswith("The same words quoted differently") and "Only Outlet B has “don't”" in summary
    # A negation in words only the longer quote goes on to is no change of meaning (an audit).
    longer = _s("A", 0, "“Madam mayor, I see you are under heavy pressure to win back votes, but the town"
                " would gain more if we don't keep shouting,” Roe said.")  # fmt: skip
    shorter = _s("B", 0, "“Madam mayor, I see you are under pressure to win back votes,” Roe said.")
    assert "has “" not in _summaries(Claim("d", "d", [longer, shorter]), Context())["quotes"]
    from generator.compare.claim.summary import _negated_in_one

    assert (
        _negated_in_one({"Outlet A": ["We do not agree with the plan"], "Outlet B": ["We don't agree with it"]}) == ""
    )
    assert _negated_in_one({"Outlet A": ["We agree with the plan"], "Outlet B": ["We agree with it"]}) == ""
    # A negation of words the other quote leaves out: no opposite meaning said (an audit).
    cut = {"Outlet A": ["Had he waited, a dozen of us would not have got out of that hall alive"],
           "Outlet B": ["Had he waited, a dozen more of us were in that hall"]}  # fmt: skip
    assert _negated_in_one(cut) == ""


def test_a_hyphenated_role_before_a_name_is_part_of_the_tag():
    # "said co-author Ann Roe" names Ann Roe, as "said senior adviser Ann Roe" does (audit 100: a
    # heading "..., she said." went without the name the sentence before gives her).
    from generator.compare.quote import speakers

    before = "The storms are where most people feel the change, said co-author Ann Roe, a climate scientist."
    assert speakers(before) == {"Ann", "Roe"}
    assert speakers("The storms are where most people feel the change, said study co-founder Ann Roe.") == {
        "Ann",
        "Roe",
    }
    said = "Floods cost families money and anyone can watch them happen, she said."
    assert reported_speaker(said, [before]) == "Ann Roe"


def test_a_run_of_quotes_names_the_speaker_a_tag_of_described_name_gives():
    """Invented text. "..., said senior adviser Ann Roe." is a tag (lowercase words before the name,
    which ends the clause); words inside a quote the sentence split left open name no speaker ("“Do
    they know how this ends, as Bo said, ..."): the sentences that go on quoting are Ann Roe's."""
    from generator.align import claim_title
    from generator.compare.quote import speakers

    a0 = _s("A", 0, "“Where does this go, and what does it cost to play it out?” said senior adviser Ann Roe.")
    a1 = _s("A", 1, "“Do they know where this leads, and what it costs in time, because as Bo said the toll is real.")
    a2 = _s("A", 2, "We know that.”")
    claims = [Claim(f"x{i}", claim_title(s.text), [s], heading_key=s.key) for i, s in enumerate([a0, a1, a2])]
    assert speakers(a0.text) == {"Ann", "Roe"} and speakers(a1.text) == set()
    assert said_by(_story(claims)) == {"x1": "Ann Roe", "x2": "Ann Roe"}
    assert speakers("Traders said regional prices Rose and fell.") == {"Traders"}  # no name ends the clause


def test_a_quote_run_after_a_he_said_names_the_person_a_question_was_put_to():
    """Invented text. "Asked whether ..., Bo Lee, a former harbour clerk, offered a calmer view." then
    "“...,” he said." then bare quotes: the "he" is Bo Lee, and so are the quotes after it; a lead-in
    put to no one named names no one."""
    asked = "Asked whether the town would suffer if the vote waited, Bo Lee, a former clerk, offered a calmer view."
    said = "“The wait is no risk to the quay,” he said."
    more = "“A slump would come from the tides, not the council.”"
    assert speaker_before(said, asked) == "Bo Lee"
    assert quote_speaker(more, [said, asked], []) == "Bo Lee"
    assert quote_speaker(more, [said, "Asked about the wait, the council offered a calmer view."], []) is None


def test_a_he_said_quote_goes_back_to_the_person_the_sentences_before_are_about():
    """Invented text. A "she said" stands for the one-word subject of the sentence before when the
    article names that person in full (or with a title), past an opening that says when or where
    ("Speaking at the quay on Friday, ..."), and back over sentences about the same "she"; not for a
    "he said" of reported speech, a surname two people share, or a "she" the article calls "Mr."."""
    article = "Harbour Master Ann Roe spoke at noon. Roe also pushed back on the rumours."
    said = "“The pier will hold,” she said."
    assert speaker_before(said, "Roe also pushed back on the rumours.", article) == "Ann Roe"
    assert speaker_before(said, "Roe also pushed back on the rumours.", article + " Bo Roe left.") is None
    assert speaker_before(said, "Roe also pushed back on the rumours.", "Mr. Roe spoke.") is None
    assert speaker_before(said, "Roe also pushed back on the rumours.", "Mayor Roe spoke.") == "Roe"
    assert speaker_before(said, "Roe also pushed back on the rumours.", "") is None  # the article unknown
    lead = "Speaking at the quay on Friday, Mayor Bo Lee praised the crews."
    assert speaker_before("“They saved the pier,” he said.", lead) == "Bo Lee"
    reported = "Notably, she faulted Bo Lee over a remark in which he said he was “not worried” about tides."
    assert speaker_before(reported, "Roe also pushed back on the rumours.", article) is None
    run = ["She hoped the signs would help.", "Ann Roe said she was glad to see the boats back."]
    assert quote_speaker("“It is a sign of hope,” she said.", run, [], article) == "Ann Roe"
    assert quote_speaker("“It is a sign of hope,” he said.", run, [], article) is None  # another pronoun
    assert quote_speaker("“It is a sign of hope,” she said.", ["The crews hoped so.", run[1]], [], article) is None


def test_a_quote_run_a_he_said_closes_goes_back_to_whom_the_sentence_before_it_names():
    """Invented text (sentences before, nearest first). A quote that opened a sentence or two before
    and closes with "he said" stands for the person named right before it opened; so does one after
    "The official, Ann Roe, said ..."; and back over "Unseen, she ..." to the sentence naming her.
    Two quotes that share only a name are not the same words."""
    from generator.compare.quote import one_quote

    article = "Harbour clerk Bo Lee watched the quay. Lee heard a loud noise. Mayor Ann Roe spoke later."
    opened = ["“The door was gone.", "Lee was on the quay when the wave struck."]
    assert quote_speaker("It was in pieces on the quay,” he said.", opened, [], article) == "Bo Lee"
    assert quote_speaker("It was in pieces on the quay,” he said.", opened, [], article + " Ms. Lee left.") is None
    official = "The official, Ann Roe, said the crews had the right to leave."
    assert speaker_before("“This is one choice for the town,” she said.", official, article) == "Ann Roe"
    assert speaker_before("“This is one choice for the town,” she said.", "The official said so.", article) is None
    unseen = ["Unseen, she also tried to call the coastguard.", "Ann Roe could hear the waves."]
    assert quote_speaker("“I was sure they could hear me,” she said.", unseen, [], article) == "Ann Roe"
    chief = "“The storm was aimed squarely at the Harbour Gazette,” Roe said."
    witness = (
        'It was in pieces across the Harbour Gazette office, and the water was aimed at us," he told a radio station.'
    )
    assert not one_quote(chief, witness)
    assert one_quote(
        "“We will rebuild the east pier by June,” Roe said.", "“We will rebuild the pier by June,” she said."
    )


def test_a_figure_is_not_given_by_the_end_of_another_outlets_range():
    """Invented text. "Between 150 and 200 boats" elsewhere in B's article gives no "about 200 boats"
    (audit 66: the figure was credited to an outlet whose article gives only a range); the same figure
    said as such there still is, so no outlet gives it alone."""
    claim = _claim("About 200 boats sailed into the harbour on Sunday.", "Boats sailed into the harbour on Sunday.")
    ranged = {"1.txt": "Boats sailed into the harbour on Sunday.\nBetween 150 and 200 boats may sail tomorrow."}
    [d] = [d for d in compare_claim(claim, Context(texts=ranged)) if d.kind == "numbers"]
    assert d.summary == "Only Outlet A gives about 200 boats.", d.summary
    same = {"1.txt": "Boats sailed into the harbour on Sunday.\nSome 200 boats took part."}
    assert not [d for d in compare_claim(claim, Context(texts=same)) if d.kind == "numbers"]  # both give it


def test_a_speaker_is_named_in_full_as_the_story_names_them():
    """Invented text. A surname the story gives with two given names ("Luis Alberto Roe"), a surname of
    two words ("San Felice"), and a name also written after a word that describes the person
    ("Democrat Ann Roe" beside "Ann Roe"), are named in full; a title is no given name."""
    from generator.compare.quote import full_name

    story = "Luis Alberto Roe walked with the crowd. Later Mr. Roe spoke."
    assert full_name("Roe", "Luis Alberto Roe walked with the crowd.", story) == "Luis Alberto Roe"
    story = "Bea San Felice hid under a desk. San Felice said it was close."
    assert full_name("San Felice", "Bea San Felice hid under a desk.", story) == "Bea San Felice"
    story = "Democrat Ann Roe won. Ann Roe spoke. Roe left."
    assert full_name("Roe", story, story) == "Ann Roe"
    story = "Interior Secretary Jo Lee spoke. Lee left."
    assert full_name("Lee", story, story) == "Jo Lee"
    assert full_name("Ann Roe", "Mayor Ann Roe spoke.", "Mayor Ann Roe spoke.") == "Ann Roe"


def test_a_disagreement_links_the_claims_its_sentences_head():
    """Invented text. Two sentences that disagree inside a shared claim also head claims of their own
    (of their outlet alone): those are linked too, and their pages show the other side."""
    a = _s("A", 0, "The storm hurt 12 people on the quay, the harbour office said.")
    b = _s("B", 0, "The storm hurt 15 people on the quay, the harbour office said.")
    shared = Claim("shared", "shared", [a, b], heading_key=a.key)
    home = Claim("home", "home", [b], heading_key=b.key)
    story = _story([shared, home])
    for article, s in zip(story.articles, (a, b), strict=True):
        article.paragraphs = [Paragraph(s.text, 1)]
    [d] = compare_story(story, _likely(0.9))
    assert d.kind == "numbers" and d.claims == ("shared", "home")
    story.disagreements = [d]
    [dispute] = claim_context(story, 1)["disputes"]
    assert [m.key for m in dispute["other_side"]] == [a.key] and dispute["others"] == [shared]


def test_an_office_before_a_name_is_no_part_of_the_speaker_label():
    """Invented text: four words or more after a title are an office's words before the name (audit
    67 read "Patrol Agent" as part of a name); three may be a name."""
    from generator.compare.quote.speakers import _speaker_label

    assert _speaker_label("“Turn back,” said Chief Patrol Agent Bo Lee.") == "Bo Lee"
    assert _speaker_label("“Turn back,” said Mayor Luis Alberto Roe.") == "Luis Alberto Roe"
    # A title that goes on after its title word, or an office word of a firm's ("Chief Executive",
    # "Defense Attorney"): an audit read "— Executive Bo Lee".
    assert _speaker_label("“We stay,” said Acme Bank Chief Executive Bo Lee.") == "Bo Lee"
    assert _speaker_label("Outside court, Defense Attorney Bo Lee said the case was weak.") == "Bo Lee"
    # Offices without a title word of their own (audits read "— House Minority Leader ..." and
    # "— ... County Coroner ...").
    assert _speaker_label("“We object,” said Harbour Council Minority Leader Ann Roe.") == "Ann Roe"
    assert _speaker_label("“Two died,” Portmouth County Coroner Bo Lee said.") == "Bo Lee"


def test_a_name_written_with_or_without_its_accents_is_one_name():
    """Invented text. "Muñoz" and "Munoz" are one name (an audit read "only A names Calderón" where
    another outlet wrote it without the accent)."""
    accented = "The former mayor, Inés Muñoz, said the harbour tax would be repealed next year."
    plain = "Former mayor Ines Munoz said the harbour tax would be repealed next year."
    assert "names" not in kinds(_claim(accented, plain))
    # Nor does the accent make a conflict of two people: it is one surname.
    assert "names" not in kinds(_claim(plain, accented))
    # Another name is still told apart.
    other = "Former mayor Jo Ortega said the harbour tax would be repealed next year."
    assert "names" in kinds(_claim(accented, other))


def test_a_name_another_article_spells_the_british_way_is_named_there_too():
    """Invented text (audit 181 read "only A and B name Technicolor" where another outlet's article
    writes "Technicolour"): a longer word's British spelling is the same name; another name is not."""
    a = "The star of many Technicolor musicals at the Harbor Center died on Friday, aged 90."
    b = "The swimmer and film star died on Friday at the age of 90, her family said."
    elsewhere = f"{b} She made glittering Technicolour musicals at the Harbour Centre."
    assert "names" not in _summaries(_claim(a, b), Context(texts={"0.txt": a, "1.txt": elsewhere}))
    other = f"{b} She made glittering Cinemascope musicals at the Harbour Hall."
    named = _summaries(_claim(a, b), Context(texts={"0.txt": a, "1.txt": other}))["names"]
    assert "Technicolor" in named
    # An outlet outside the claim whose article spells it so is named as giving it there.
    c = "Her glittering Technicolour musicals made her a star."
    texts, outlets = {"0.txt": a, "1.txt": other, "2.txt": c}, {"0.txt": "Outlet A", "1.txt": "Outlet B", "2.txt": "C"}
    named = _summaries(_claim(a, b), Context(texts=texts, outlets=outlets))["names"]
    assert "Only Outlet A and C (elsewhere in its article) name Technicolor" in named, named


def test_a_quote_headings_speaker_is_spelt_as_most_of_the_storys_articles_spell_the_name():
    """Invented text. One article misspells the speaker ("Vincente Roa"); two others write "Vicente
    Roa": the heading of the bare quote that goes on from his says "Vicente Roa". As many articles, the
    spelling written more often; a full tie keeps the article's own spelling."""
    a0 = _s("A", 0, "“The pier is a waste of money,” said Vincente Roa, a former governor.")
    a1 = _s("A", 1, "“We will not pay for the new pier.”")
    b0 = _s("B", 0, "Vicente Roa, a former governor, spoke against the pier.")
    c0 = _s("C", 0, "Former governor Vicente Roa was in town.")
    claims = [Claim(f"x{i}", "x", [s]) for i, s in enumerate([a0, b0, c0])] + [
        Claim("q", "q", [a1], heading_key=a1.key)
    ]
    story = _story(claims)
    for article, sentences in zip(story.articles, [[a0, a1], [b0], [c0]], strict=True):
        article.paragraphs = [Paragraph(s.text, i + 1) for i, s in enumerate(sentences)]
    assert said_by(story) == {"q": "Vicente Roa"}
    tie = _story(claims[:2] + claims[3:])
    for article, sentences in zip(tie.articles, [[a0, a1], [b0]], strict=True):
        article.paragraphs = [Paragraph(s.text, i + 1) for i, s in enumerate(sentences)]
    assert said_by(tie) == {"q": "Vincente Roa"}
    # As many articles, the spelling written more often (audit 104 read a label copied from one slip).
    a2 = _s("A", 2, "Vicente Roa was governor until 2006; Vicente Roa left office that year.")
    more = _story([claims[0], Claim("x9", "x", [a2]), *claims[3:]])
    for article, sentences in zip(more.articles, [[a0, a1, a2]], strict=True):
        article.paragraphs = [Paragraph(s.text, i + 1) for i, s in enumerate(sentences)]
    assert said_by(more) == {"q": "Vicente Roa"}


def test_a_denied_cause_is_no_denial_of_the_cause_itself():
    """Invented text. "The delays were not due to heavy snow" denies the link, not the snow: a
    sentence saying heavy snow slowed the ploughs is not its opposite; one saying they were due to
    the snow is."""
    denied = "The two delays were not due to heavy snow, the operator said."
    assert not negation_conflict(denied, "Heavy snow slowed the ploughs on Monday.")
    assert negation_conflict(denied, "The delays were due to heavy snow across the region.")
    assert not negation_conflict("The fire was not because of faulty wiring.", "Faulty wiring ran along the roof.")


def test_one_quote_conflict_found_again_cut_shorter_or_with_one_outlet_more_is_listed_once():
    """Invented text. Two claims hold the same quoted remark, worded two ways: the conflict found in the
    one cut shorter ("[…] the quay with her […]") and in the one of an outlet more is listed once, as
    the wider one, linked to both claims; another remark's conflict stays apart."""
    from generator.compare.story import Disagreement, _once

    a, b, c = _s("A", 0, "x"), _s("B", 0, "y"), _s("C", 0, "z")
    short = Disagreement(
        "quotes",
        "short",
        ("c1",),
        (a, b),
        {"Outlet A": ["[…] the old quay with her boats […]"], "Outlet B": ["[…] the quay with her boats […]"]},
    )
    wide = Disagreement(
        "quotes",
        "wide",
        ("c2",),
        (a, b, c),
        {
            "Outlet A": ["She saved the old quay with her boats […]"],
            "Outlet B": ["She saved the quay with her boats […]"],
            "Outlet C": ["She saved the old quay with her own boats"],
        },
    )
    other = Disagreement(
        "quotes",
        "other",
        ("c3",),
        (_s("A", 1, "u"), _s("B", 1, "v")),
        {"Outlet A": ["We sail at dawn"], "Outlet B": ["We sail at noon"]},
    )
    [one, kept] = _once([short, wide, other])
    assert one.summary == "wide" and set(one.claims) == {"c1", "c2"} and kept.summary == "other"


def test_a_name_spelt_two_ways_by_different_outlets_is_a_disagreement():
    """Invented text. One outlet writes "Vincente Roa", two write "Vicente Roa": one of them misspells
    the name, listed once, linked to the claims of the sentences that spell it. Not a name accented two
    ways, a plural, an outlet that writes both, nor two people's names that differ in both words."""
    a = _s("A", 0, "Former governor Vincente Roa spoke at the pier on Friday.")
    b = _s("B", 0, "Vicente Roa, a former governor, spoke at the pier.")
    c = _s("C", 0, "The crowd cheered when Vicente Roa arrived.")
    claims = [Claim("x", "x", [a, b]), Claim("y", "y", [c])]
    [d] = [d for d in compare_story(_story(claims)) if d.kind == "names"]
    assert d.summary == "One name spelt two ways (Outlet B and Outlet C: Vicente Roa; Outlet A: Vincente Roa)."
    assert set(d.claims) == {"x", "y"} and {m.key for m in d.members} == {a.key, b.key, c.key}
    # Claim x holds both spellings: its own "What differs" shows the conflict (its page says what the
    # story's listing says of it); claim y holds one spelling only.
    story = _story(claims)
    compare_story(story)
    [x] = [x for x in story.claims[0].differences if x.kind == "names"]
    assert x.conflict and x.summary == d.summary and set(x.keys) == {a.key, b.key}
    assert x.by_outlet == {"Outlet A": ["Vincente Roa"], "Outlet B": ["Vicente Roa"]}
    assert not [x for x in story.claims[1].differences if x.kind == "names"]
    # A claim that holds two outlets of one spelling holds one side only: its page shows the other side
    # under "The other side", not as a conflict of its own (an audit read one naming an outlet it lacks).
    story = _story([Claim("x", "x", [b, c]), Claim("y", "y", [a])])
    story.disagreements = compare_story(story)
    assert not [x for x in story.claims[0].differences if x.kind == "names"]
    # ... but Outlet A tells no other value of x's fact: a misspelt name is no "tells it with another
    # value" (audit 103 heard that of an outlet whose one difference was the spelling).
    from generator.pages import _disputes, told_otherwise

    assert [d["disagreement"].spelling for d in _disputes(story, story.claims[0])] == [True]
    assert told_otherwise(story, story.claims[0]) == [] and told_otherwise(story, story.claims[1]) == []
    # The story page flags "outlets differ on a value here" only on a claim whose sentences spell it both
    # ways (audit 110): here none; with A's sentence beside B's, that claim alone.
    from generator.pages import differs_here

    assert differs_here(story) == set()
    story = _story(claims)
    story.disagreements = compare_story(story)
    assert differs_here(story) == {"x"}
    accented = _s("C", 0, "The crowd cheered when Vicénte Roa arrived.")
    both = _s("C", 1, "Vincente Roa, or Vicente Roa as the banner had it, waved.")
    other = _s("C", 0, "The crowd cheered when Bo Lee arrived.")
    for extra in ([accented], [c, both]):
        story = _story([Claim("x", "x", [_s("A", 0, "Governor Vicente Roa spoke.")]), Claim("y", "y", extra)])
        assert not [d for d in compare_story(story) if d.summary.startswith("One name spelt")]
    story = _story([Claim("x", "x", [_s("A", 0, "Ann Roe and Bo Lee spoke.")]), Claim("y", "y", [other])])
    assert not [d for d in compare_story(story) if d.summary.startswith("One name spelt")]
    assert not spellings(
        _story([Claim("x", "x", [_s("A", 0, "Port Towns won.")]), Claim("y", "y", [_s("B", 0, "Port Town won.")])])
    )
    short = [Claim("x", "x", [_s("A", 0, "Steven Roa spoke.")]), Claim("y", "y", [_s("B", 0, "Steve Roa spoke.")])]
    assert not spellings(_story(short))  # a given name and its short form
    # An outlet that writes the other spelling anywhere in its article ("Vicente" alone) writes both.
    mixed = _story(claims)
    mixed.articles[0].paragraphs = [Paragraph(a.text, 1), Paragraph("Later Vicente waved to the crowd.", 2)]
    assert not spellings(mixed)


@given(
    st.integers(min_value=0, max_value=6),
    st.sampled_from(["{} night", "late {}", "{} evening"]),
    st.sampled_from(["{} morning", "early {}"]),
)
def test_a_night_said_as_either_of_its_two_days_is_one_time(weekday, late, early):
    """A crossing that leaves one night and lands the next morning is one time told from either end
    (an audit read "flew out Tuesday night" / "flew in on Wednesday morning" as two days); two days
    further apart, or the later one said late, stay two days."""
    from generator.compare.date import date_conflicts

    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    first, second, third = days[weekday], days[(weekday + 1) % 7], days[(weekday + 2) % 7]
    published = date(2031, 3, 20)
    a = f"The two sailors flew home {early.format(second)}, the club said."
    b = f"The two sailors flew home {late.format(first)}, the club said."
    assert date_conflicts(a, b, published, published) == []
    farther = f"The two sailors flew home {early.format(third)}, the club said."
    assert date_conflicts(farther, b, published, published) == [(third, first)]
    later_late = f"The two sailors flew home {second} night, the club said."
    assert date_conflicts(later_late, b, published, published) == [(second, first)]


def test_a_statement_of_many_short_sentences_is_one_speakers_throughout():
    """A quotation of seven short sentences, tagged where it closes: each sentence inside it is the
    tagged speaker's, the second as much as the sixth (an audit found the second without the speaker
    the third had)."""
    said = ["“The levy is a bad levy.", "We paid six million.", "We paid it in coins.", "Bags of coins.",
            "It is absurd.", "It is unfair.", "It should never have passed,” Ann Roe said on Monday."]  # fmt: skip
    for i in range(1, 6):
        assert quote_speaker(said[i], said[:i][::-1], said[i + 1 :]) == "Ann Roe", said[i]
    # Without the sentence that opens it, the middle is the outlet's own words: no one's quote.
    assert quote_speaker(said[2], ["The council met on Monday."], said[3:]) is None


def test_a_quote_repeated_by_he_is_the_person_the_sentence_before_is_about():
    """ "“...,” he repeated at a rally" gives the quote to the person the sentence before opens with;
    a reply's "he" ("“Yes,” he answered" after Bo Lee asked Cy Moss) is not the asker."""
    article = "Ann Roe and Bo Lee spoke. Roe promised an end to the toll."
    told = "“On day one, I will scrap the toll,” she repeated at a rally in May."
    assert quote_speaker(told, ["Roe promised an end to the toll."], [], article) == "Ann Roe"
    reply = "“Yes,” he answered."
    assert quote_speaker(reply, ["At one point, Bo Lee asked Cy Moss, “You knew, didn't you?”"], []) is None


def test_a_quote_given_to_she_after_according_to_her_is_hers():
    """ "According to Ann Roe, ..." names whom the quote the next sentences give to "she" is by (an
    audit found such a quote's sentences without a speaker)."""
    opened = "According to Ann Roe, a clerk at the port, the ferry left early."
    assert quote_speaker("It was empty,” she said.", ["“We ran.", opened], []) == "Ann Roe"
    # ... and so is a sentence inside it, the quote's middle.
    assert quote_speaker("We hid.", ["“We ran.", opened], ["It was empty,” she said."]) == "Ann Roe"
    # A role with a capitalised word in it, then the person: "The Harbour Board chairwoman, Ann Roe, ...".
    role = "The Harbour Board chairwoman, Ann Roe, said the ferry would stay."
    assert quote_speaker("“It is a sign of hope,” she said.", [role], []) == "Ann Roe"
    # A source by surname alone is the one person the article names so ("He added:" after "According
    # to Lee, ..."); a surname the article also writes as a common word is no one.
    article = "Bo Lee, the crew's lawyer, spoke. According to Lee, the crew left. He added: “We are sorry.”"
    after = "According to Lee, the crew left early."
    assert quote_speaker("He added: “We are sorry.", [after], [], article) == "Bo Lee"
    common = "Bo Lee spoke from the lee of the pier. " + article
    assert quote_speaker("He added: “We are sorry.", [after], [], common) is None
    # What he did before he spoke may stand between "he" and the verb ("He paused, then added:"), the
    # quote opened and left for the next sentence to close, and that one is his too.
    said = "“I never saw it,” Bo Lee said."
    assert quote_speaker("He paused, then added: “Still, I may be wrong.", [said], []) == "Bo Lee"
    closing = "And I will not guess.”"
    assert quote_speaker(closing, ["He paused, then added: “Still, I may be wrong.", said], []) == "Bo Lee"
    assert quote_speaker("He paused and said: “Still, I may be wrong.”", [said], []) == "Bo Lee"


def test_a_name_written_family_name_first_is_given_in_full():
    """ "Mr. Youn said" in full where the story names him family name first, the given name hyphenated
    ("Youn Kun-young", as Korean names are romanised; an audit read "— Youn"); two such people of one
    family name ("Kim Jong-un", "Kim Yo-jong") leave it as written."""
    from generator.compare.quote import full_name

    story = "said Pak Sun-hee, a director. “It went well,” Ms. Pak said. Ri Chol-min met Ri Yong-ho."
    assert full_name("Pak", story, story) == "Pak Sun-hee"
    assert full_name("Ri", story, story) == "Ri"
    # Of two such people, the one the article before the quote names (spelt with or without the
    # hyphen), followed by "Mr. Ri", not by an office alone ("Minister Ri" may be the other); an
    # article before that names both, or neither, leaves it as written (audit 101: "— Kim").
    assert full_name("Ri", "The envoy Ri Chol Min arrived. Mr. Ri said ", story) == "Ri Chol Min"
    assert full_name("Ri", "Ri Chol-min arrived. ", story) == "Ri Chol-min"
    assert full_name("Ri", "Ri Chol-min arrived. Minister Ri said ", story) == "Ri"
    assert full_name("Ri", "Ri Chol-min met Ri Yong-ho. ", story) == "Ri"
    assert full_name("Ri", "The envoys arrived. ", story) == "Ri"


def test_one_person_is_labelled_one_way_over_a_storys_quote_headings():
    """A heading labelled "— Roe" beside others labelled "— Ann Roe" is labelled "— Ann Roe" too,
    where the story names no other Roe; with a Bo Roe named anywhere, or two fuller labels, it stays."""
    from generator.compare.speaking import _one_label_each

    found = {"a": "Roe", "b": "Ann Roe", "c": "Cy Moss"}
    assert _one_label_each(found, "Ann Roe spoke. Roe said so.") == {"a": "Ann Roe", "b": "Ann Roe", "c": "Cy Moss"}
    assert _one_label_each(found, "Ann Roe spoke, and so did her son Bo Roe.")["a"] == "Roe"
    assert _one_label_each({**found, "d": "Bo Roe"}, "Ann Roe spoke.")["a"] == "Roe"
    # One person named in full two ways ("Ann Roe", "Ann B. Roe"; "Ana da Silva Costa"): the label more
    # headings give (audit 79 read both beside one another); two middle initials are two people.
    found = {"a": "Ann Roe", "b": "Ann B. Roe", "c": "Ann Roe", "d": "Ana da Silva Costa", "e": "Ana Costa"}
    assert _one_label_each(found, "") == {
        "a": "Ann Roe",
        "b": "Ann Roe",
        "c": "Ann Roe",
        **dict.fromkeys("de", "Ana da Silva Costa"),
    }
    two = {"a": "Ann Roe", "b": "Ann B. Roe", "c": "Ann C. Roe"}
    assert _one_label_each(two, "") == two


def test_words_a_further_facts_sentence_quotes_for_the_claim_are_compared_as_quotes_only():
    """A sentence that joined the claim as a further fact (“No more trials are needed,” Roe said,
    adding “the old test range has finished its job”) quotes the claim's utterance its own way: the
    quote is compared (an audit found two wordings of one remark side by side, with no note); its
    days, which may be another fact's, are not."""
    a = _s("A", 0, "“The test range has done its job,” Ann Roe said of the site on Monday.")
    b = _s(
        "B", 0, "“No more trials are needed,” Roe said on Tuesday, adding “the old test range has finished its job.”"
    )
    claim = Claim("range", "range", [a, b], joined={b.key})
    compare_story(_story([claim]), _likely(0.45))
    assert [d.kind for d in claim.differences if d.conflict] == ["quotes"], claim.differences
    assert not any(d.kind == "dates" for d in claim.differences)


def test_a_quote_tagged_by_he_after_a_long_opening_phrase_is_the_subjects():
    """The sentence before a quote opens with a long phrase, commas inside it ("With the chair, Ann Roe,
    opening the session with a question about the levy, which ..., Bo Lee criticized ..."): "he said"
    stands for the subject after it, and so does every sentence of the quote (an audit found three
    sentences of one quote without a speaker)."""
    lead = (
        "With the chair, Ann Roe, opening the session with a question about the levy, which passed a month"
        " ago, Bo Lee criticized the council for its haste."
    )
    said = ["“This is absurd.", "They first ignored the harbour.", "Now they blame the boats,” he said."]
    article = " ".join([lead, *said])
    for i in range(3):
        assert quote_speaker(said[i], [*said[:i][::-1], lead], said[i + 1 :], article) == "Bo Lee", said[i]


def test_she_said_then_she_added_goes_back_to_whom_she_stands_for():
    """ "“...,” she said. She added: “... / ... / ...”": a sentence inside the added quote is hers, the
    person the sentence before the first "she said" opens with."""
    before = [
        "She added: “This is a grim day.",
        "“For us, this is about the town,” she said.",
        "Ann Roe, co-director of a harbour trust, sailed to the port on Monday.",
    ]
    article = " ".join(before[::-1])
    assert quote_speaker("This is a hard day.", before, ["We will rebuild.”"], article) == "Ann Roe"


def test_he_added_after_a_quote_opened_with_a_colon_is_whom_that_sentence_opens_with():
    """ "Bo Lee was quick to retort: “... / ...”" then "He added: “...”": "he" is the one who opened
    the quote before (an audit found the added quote without a speaker)."""
    before = ["None of it is true.”", "Bo Lee was quick to retort: “With respect, that is nonsense."]
    article = "Ann Roe spoke first. " + " ".join(before[::-1])
    text = "He added: “This talk of weakness, I do not follow it.”"
    assert quote_speaker(text, before, [], article) == "Bo Lee"


def test_two_years_for_one_statement_are_said_as_years():
    """Invented text. Two years in one statement worded alike are "different years", not "different
    days" (an audit read "Different days ... (Outlet A: 2002; Outlet B: 2003)")."""
    days = {"0.txt": date(2016, 11, 30), "1.txt": date(2016, 11, 30)}
    claim = _claim("Ann Roe has led the harbour board since 2002.", "Ann Roe has led the harbour board since 2003.")
    summary, conflict = kinds(claim, days)["dates"]
    assert conflict and summary.startswith("Different years in these wordings"), summary


def test_a_sentence_inside_a_quote_carried_over_paragraphs_is_its_speakers():
    """Invented text. A coach's quote carried over paragraphs, one sentence a paragraph, news style (a
    paragraph that goes on with it opens with a mark again) until one closes it: a sentence of a
    paragraph with no marks of its own, inside it, is headed with the coach's name, as the sentences
    that carry the marks are; a sentence after it closed is not."""
    lines = [
        "“We are a different side now,” coach Ann Roe said after the ferry cup final.",
        "“We don’t look like the side we were in May.",
        "Bo is everywhere.",
        "“I am proud of them.",
        "And of him.”",
        "The cup goes back to the harbour on Monday.",
    ]
    members = [Sentence("Outlet A", "0.txt", t, i, i, i + 1, 10) for i, t in enumerate(lines)]
    other = _s("B", 0, "The ferry cup went to the harbour side.")
    story = _story(
        [*(Claim(f"c{i}", f"c{i}", [m], heading_key=m.key) for i, m in enumerate(members)), Claim("o", "o", [other])]
    )
    story.articles[0].paragraphs = [Paragraph(t, i + 1) for i, t in enumerate(lines)]
    story.articles[1].paragraphs = [Paragraph(other.text, 1)]
    assert said_by(story).get("c2") == "Ann Roe"
    assert "c5" not in said_by(story)  # the outlet's own words after the quote closed


def test_a_quote_whose_opening_mark_was_left_out_is_still_the_speakers():
    """Invented text. A statement's quote that closes, tagged "he said", with its opening mark left out
    by the outlet ('... by the old pier," he said.'): the bare quote after it goes on in the words of
    the person the sentence before it names, not of no one (an audit found four such headings)."""
    before = [
        'Over the past week several crews have tied up without permits by the old pier," he said.',
        "In a statement Friday, Mayor Ann Roe said there had been several late arrivals.",
    ]
    assert quote_speaker('"In two of these cases, the crews had children aboard.', before, ['It was reckless."']) == (
        "Ann Roe"
    )
    # With its opening mark, the quote opened before the statement: its sentences are the quote's, and
    # the run goes back to its opener, as before.
    opened = ["“It was late,” he said.", "“We waited.", "“The crews came in at night."]
    assert quote_speaker("“It was reckless.”", opened, []) is None


def test_a_quote_given_with_a_verb_of_a_statement_is_the_pronouns():
    """Invented text. "He urged crews to “stay home.”", "She claimed the pier “was never safe.”": the
    quote is whom the pronoun stands for, named in the sentence before (an audit read such headings with
    no one named), as "He said the pier was “never safe.”" is; a verb that says nothing is not."""
    before = ["Harbour Mayor Bo Lee spoke to reporters on Friday."]
    assert quote_speaker("He urged crews to “stay home.”", before, []) == "Bo Lee"
    assert quote_speaker("He also warned the pier “was never safe.”", before, []) == "Bo Lee"
    assert quote_speaker("He sailed to the “old pier.”", before, []) is None


def test_a_quote_given_to_she_by_a_verb_goes_on_in_her_words():
    """Invented text. "She also urged drivers to “stay off ..." after a quote of hers is hers, as a "she
    said" would be, though the quote it opens is left open by the sentence split; the sentences that go
    on with that quote, to the one that closes it without a tag, are hers too (an audit found a
    statement's last three sentences without the speaker its first had)."""
    statement = "In a statement, harbour master Ann Roe said the road had flooded."
    tagged = "Crews worked all night,” she said. “Two cars are stuck."
    closed = "We towed both.”"
    urged = "She also urged drivers to “stay off the coast road."
    middle, last = "The bridge is shut until Friday.", "We will say when it opens.”"
    before = [closed, tagged, statement]
    assert quote_speaker(urged, before, [middle, last], "") == "Ann Roe"
    assert quote_speaker(middle, [urged, *before], [last], "") == "Ann Roe"
    assert quote_speaker(last, [middle, urged, *before], [], "") == "Ann Roe"


def test_quote_speakers_found_past_a_lead_in_a_role_tag_an_owner_and_a_cut_quote():
    """Invented text (audit 86 listed each family without the speaker its article names)."""
    article = "Mayor Ann Roe (D-Port) spoke. Rep. Bo Lee spoke. Harbour Board Meets Its Critics."
    # A lead-in of a time and a quote whose comma is inside its marks, then a party's tag.
    lead = 'A day after telling crews that she is "not going to wait," Mayor Ann Roe (D-Port) closed the pier.'
    told = '"The pier was a hazard," she told the Courier\'s Jo Park.'
    assert quote_speaker(told, [lead], [], article) == "Ann Roe"
    # A quote whose opening mark was left out, its "he told" after a sentence tagged by an office:
    # the one person the article titles so (a headline's title-case words are no person).
    tagged = '"We did not plan it" the congressman said, though he would not say more.'
    assert quote_speaker('Is the pier safe? I cannot say" he told Park.', ["Is it?", tagged], [], article) == "Bo Lee"
    # A quote the outlet's words open and the sentence split cuts: the speaker its close names.
    cut = "Both crews “acted only as witnesses."
    assert quote_speaker(cut, [], ["This must be very clear,” lawyer Jo Park said."], article) == "Jo Park"
    # A body's possessive before the person is no part of the name.
    owned = '"Keep your passwords long," Acme\'s Jo Park wrote.'
    assert quote_speaker('He urged crews to use a "strong password."', [owned], [], article) == "Jo Park"
    # A word in straight single marks inside a quote is no relayed speech left open.
    marked = "The memos show the 'cloud' he wanted lifted was not the inquiry.\""
    assert quote_speaker(marked, ['"We have read them," Jo Park said. "They are clear.'], [], article) == "Jo Park"
    # An office's tag with words describing its holder and a verb that tags only beside a quote (audit
    # 91): the one person the article titles so; and the close of the quote the next sentence opens,
    # without a tag, is theirs too (both halves of one quote).
    demands = '"Who are you?" the two-term congressman demands.'
    assert quote_speaker(demands, [], [], article) == "Bo Lee"
    opener, closer = '"Tell me your name ...', 'I want to know who you are."'
    assert quote_speaker(opener, [demands], [closer], article) == "Bo Lee"
    assert quote_speaker(closer, [opener, demands], [], article) == "Bo Lee"
    # "He said" after others' account of the same "he" ("Aides said he wanted ..."): whom the sentence
    # before that names (audit 92 found a president's remarks given to no one).
    named = "Mayor Ann Roe, who likes to decide late, was coy about the pier."
    aides = "Aides said she wanted to hold firm against the council."
    quoted = '"Nobody knows what I will do," she said at a meeting with Rep. Bo Lee.'
    assert quote_speaker(quoted, [aides, named], [], article) == "Ann Roe"
    # Not others' account of another pronoun's person.
    assert quote_speaker(quoted, ["Aides said he wanted to hold firm.", named], [], article) is None


def test_a_quote_after_a_lead_in_of_another_subject_is_not_the_first_tags():
    """Invented text (audit 167 read a paragraph's quote as the words of the person the paragraph before
    first quotes, where that paragraph's last clause leads in to it with someone else as its subject)."""
    bare = "“Brilliant! The best pick.”"
    lead = "Critic Ann Roe wrote: “A fine actor, at least” while his old co-star Bo Lee was as pleased with it:"
    assert quote_speaker(bare, [lead], [], "") is None
    added = "“A fine actor,” Ann Roe wrote, and Bo Lee added:"
    assert quote_speaker(bare, [added], [], "") == "Bo Lee"
    # A lead-in of the tag's own speaker, or a clause of hers, still gives her the quote.
    assert quote_speaker(bare, ["“A fine actor,” Ann Roe wrote, adding:"], [], "") == "Ann Roe"
    assert quote_speaker(bare, ["“A fine actor,” said Roe, who was in Paris and Rome that week:"], [], "") == "Roe"


def test_a_sentence_that_goes_on_inside_relayed_words_names_no_speaker():
    """Invented text. "He said, ‘We did nothing." opens another's words and does not close them: the
    sentence is mostly that other person's words, relayed, so no one is named for it."""
    before = ["“He stopped me and denied it,” Jo Park said."]
    assert quote_speaker("“He said, ‘We did nothing wrong.", before, []) is None
    assert quote_speaker("“He said, ‘We did nothing wrong,’ and left.”", before, []) == "Jo Park"


def test_a_note_names_one_person_one_way_as_the_story_writes_them_most():
    """Invented text. A note that quotes two outlets names their one speaker as the story writes the
    name most often ("Ana da Silva Costa" once, "Ana Costa" twice: "Ana Costa"); two people with the
    same first and last word ("Ann B. Roe", "Ann C. Roe") keep their names."""
    from generator.compare.speaking import _most_written

    story = "Chief Ana Costa spoke. Ana da Silva Costa, the chief, said so. Later Ana Costa left."
    assert _most_written("Ana da Silva Costa", story) == "Ana Costa" == _most_written("Ana Costa", story)
    two = "Ann B. Roe spoke. Ann C. Roe spoke. Ann C. Roe left."
    assert _most_written("Ann B. Roe", two) == "Ann B. Roe"
    assert _most_written("Roe", two) == "Roe"


def test_a_quote_after_a_verb_of_a_statement_is_given_to_its_subject_in_a_note():
    """Invented text. "Police said ... “worn out,” and da Silva Roe confirmed that ... “under strain”":
    the second quote is the chief's (an audit read it given to "Police"), read with the particle its
    name opens with, so that it is said in full as the story writes it; the first stays the police's."""
    from generator.compare.quote import full_name, quote_speaker_label

    text = 'Police said the crew looked "worn out," and da Silva Roe confirmed that the pier was "under strain" then.'
    assert quote_speaker_label(text, "under strain") == "da Silva Roe"
    assert quote_speaker_label(text, "worn out") == "Police"
    story = "Harbour Chief Ana da Silva Roe spoke. " + text
    assert full_name("da Silva Roe", story, story) == "Ana da Silva Roe"
    assert full_name("da Silva Roe", "Ana da Silva Roe and Bo da Silva Roe spoke.", "") == "da Silva Roe"


def test_a_quote_reopened_without_its_mark_after_its_tag_is_the_tags_persons():
    """Invented text (audit 88). '“...,” Ann Roe said at the pier. We are proud. We did it.”': the
    outlet left out the mark that opened the quote again after its tag; the sentences up to the
    closing mark no sentence opened are Ann Roe's, and so is a quote a "he said" closes after them.
    Not where the tag names two people, nor where the outlet's words follow the tag."""
    tagged = "“The crews worked all night,” Ann Roe said at the pier."
    middle, closer = "We are proud of them.", "We did it together.”"
    assert quote_speaker(middle, [tagged], [closer]) == "Ann Roe"
    assert quote_speaker(closer, [middle, tagged], []) == "Ann Roe"
    both = "“The crews worked all night,” said Ann Roe and Bo Lee."
    assert quote_speaker(middle, [both], [closer]) is None
    told = "“The crews worked all night,” Ann Roe said, though no one asked her."
    assert quote_speaker(middle, [told], [closer]) is None
    # The next paragraph's quote, closed by "he said", then a bare quote: the same person's.
    opener, tagged_by_pronoun = "“We will rebuild the pier.", "We have the timber,” she said before leaving."
    bare = "“Nothing will stop us.”"
    earlier = [closer, middle, tagged]
    assert quote_speaker(opener, earlier, [tagged_by_pronoun, bare]) == "Ann Roe"
    assert quote_speaker(bare, [tagged_by_pronoun, opener, *earlier], []) == "Ann Roe"


def test_a_quote_asked_by_he_and_a_view_he_has_given_name_whom_he_stands_for():
    """Invented text (audit 87). "“...?” he asks." tags a question as "he said" tags a quote; "He's
    said ..." after "He said he is “...”" is the same "he", named in the sentence before that."""
    before = ["At every stop, Ann Roe Baker asks the crowd a question about the pier."]
    assert quote_speaker("“Who will pay for it?” he asks.", before, []) == "Ann Roe Baker"
    assert quote_speaker("“Who will pay for it?” she planned to ask.", before, []) == "Ann Roe Baker"
    about = "Mayor Bo Lee has often dismissed the claims about the pier."
    said = "He said he is “ready” to answer every question about it."
    assert quote_speaker("He's said the claims are “a story made up to hurt the town.”", [said, about], []) == "Bo Lee"


def test_what_he_told_someone_by_the_account_of_others_is_no_words_of_his():
    """Invented text (audit 87). "He told Roe that ..., the people said.": the account is the people's,
    not words of his a label can give him; without that source at its end, whom "he" stands for."""
    before = ["Mayor Bo Lee was not satisfied."]
    told = "He told Ann Roe last spring he must see the ferry accounts"
    assert reported_speaker(f"{told}, the people said.", before) is None
    assert reported_speaker(f"{told}, according to two people briefed on it.", before) is None
    assert reported_speaker(f"{told}.", before) == "Bo Lee"


def test_a_role_of_a_named_body_before_a_name_is_no_name():
    """Invented text (ECB+): "The head of the Port Town ferry agency, Ann Roe, said ..." names Ann Roe,
    not "Port Town", for the "she said" after it."""
    opening = "The head of the Port Town ferry agency, Ann Roe, said three boats were lost."
    assert speaker_before("“It was bound to happen,” she said.", opening) == "Ann Roe"


def test_the_middle_of_a_quote_whose_tag_describes_its_speaker_shows_the_description():
    """Invented text (audit 88). The sentences of a bare quote after "..., one harbour official said."
    show the description, the middle one (no marks of its own) as the first and last do."""
    sentences = [
        _s("A", 0, "“The board keeps its own counsel,” one harbour official said."),
        _s("A", 1, "“We asked for the papers."),
        _s("A", 2, "Nobody answered."),
        _s("A", 3, "We will ask again.”"),
    ]
    claims = [Claim(f"c{i}", "c", [s], heading_key=s.key) for i, s in enumerate(sentences)]
    story = _story(claims)
    story.articles[0].paragraphs = [Paragraph(" ".join(s.text for s in sentences), 1)]
    assert said_by(story) == {f"c{i}": "one harbour official" for i in (1, 2, 3)}


def test_a_quote_opened_with_one_kind_of_mark_and_closed_with_the_other_is_one_quote():
    """Invented text (audit 89). '"We stay for the crews,” he said.': a straight mark opens it and a
    curly one closes it; it is one quote, and its "he said" goes on from the speaker named before."""
    before = ['"They worked all night."', '"We are proud of them," Ann Roe said in a statement.']
    assert quote_speaker('"We stay for the crews,” he said.', before, []) == "Ann Roe"


def test_values_another_outlet_gives_side_by_side_are_two_things():
    """Invented text. One outlet's sentence gives both figures ("40 nautical miles off the cape and 12
    nautical miles from the rescue boat"): two distances, so outlets that each give one of them do not
    disagree; "about 40" alone, a figure that allows 39 too, is one figure, not two."""
    a = _s("A", 0, "The ferry sank about 40 nautical miles off the cape on Friday.")
    b = _s("B", 0, "The ferry sank 12 nautical miles off the cape on Friday.")
    [d] = compare_story(_story([Claim("c1", "c1", [a, b])]))
    assert d.kind == "numbers"
    c = _s("C", 0, "The ferry was 40 nautical miles off the cape and 12 nautical miles from the rescue boat.")
    assert compare_story(_story([Claim("c1", "c1", [a, b]), Claim("c2", "c2", [c])])) == []
    # "approximately 139" allows 136 too: one figure, not two side by side.
    a = _s("A", 0, "The ferry was carrying 136 passengers when it ran aground near the pier.")
    b = _s("B", 0, "The ferry was carrying 139 passengers when it ran aground near the pier.")
    c = _s("C", 0, "The ferry ran aground near the pier carrying approximately 139 passengers and a crew of nine.")
    found = compare_story(_story([Claim("c1", "c1", [a, b]), Claim("c2", "c2", [c])]))
    assert [d.kind for d in found] == ["numbers"] and {m.outlet for m in found[0].members} >= {"Outlet A", "Outlet B"}


def test_a_bound_open_on_one_side_is_given_only_by_a_figure_near_it():
    """Invented text. "More than a dozen people" (climbing a fence) is not the other outlet's "more
    than 150 people" told exactly, as "over 100 others" is "116 others" (audit 93)."""
    fence = "Protesters gathered at the harbour fence on Sunday; more than a dozen people climbed the barrier."
    a = Sentence("Outlet A", "a.txt", fence, 0, 0, 1, 1)
    b = Sentence("Outlet B", "b.txt", "More than 150 people gathered at the harbour fence on Sunday.", 0, 0, 1, 1)
    [d] = compare_claim(Claim("c", "c", [a, b]))
    assert d.summary == "Only Outlet A gives more than a dozen people; only Outlet B gives more than 150 people."
    a = Sentence(
        "Outlet A", "a.txt", "Over 100 others were hurt when the ferry hit the harbour wall on Sunday.", 0, 0, 1, 1
    )
    b = Sentence("Outlet B", "b.txt", "The ferry hit the harbour wall on Sunday, and 116 others were hurt.", 0, 0, 1, 1)
    assert [d.summary for d in compare_claim(Claim("c", "c", [a, b]))] == ["Only Outlet B gives 116 others."]


def test_a_quote_closed_after_a_reply_is_the_replying_persons():
    """Invented text. "..., Ann Roe responded: “We ... / ... more.”": the quote's closing sentence is
    hers (audit 94 found such a heading without its speaker; a reply's verb names its speaker only
    beside the quote, which the tag read alone had lost)."""
    opener = "Told that the port had called the plan late, Ann Roe responded: “We have no one else to blame here."
    assert quote_speaker("I think the delay speaks for itself.”", [opener], [], opener) == "Ann Roe"
    # A reply's verb with no quote beside it names no one's words.
    plain = "Told that the port had called the plan late, Ann Roe responded with a letter."
    assert quote_speaker("“I think the delay speaks for itself.”", [plain], [], plain) is None


def test_a_quote_given_to_it_is_the_body_the_sentence_before_names():
    """Invented text. "“...,” it said in a statement." after "The Harbour Commission said ...": the
    commission's words (audit 93 found such a heading without its speaker); after a person, no one."""
    body = "The Harbour Commission said the delay would cost the port dearly."
    quote = "“The pier must be finished by spring,” it said in a statement."
    assert quote_speaker(quote, [body], [], body) == "Harbour Commission"
    person = "Ann Roe said the delay would cost the port dearly."
    assert quote_speaker(quote, [person], [], person) is None


def test_an_outlet_giving_this_sides_value_from_another_claim_is_no_other_side():
    """ "Expected to meet the governor" is the side of "will meet the governor", against "unlikely to
    meet her", though its sentence sits in the other claim (an audit read it marked as telling the
    fact with another value)."""
    from generator.compare import Disagreement
    from generator.pages import _disputes, told_otherwise

    a = _s("A", 0, "The mayor is unlikely to meet the governor on the ferry.")
    b = _s("B", 0, "Reports suggest the mayor will meet the governor on the ferry.")
    c = _s("C", 0, "The mayor is expected to meet the governor on the ferry.")
    this, that = Claim("b", "b", [b]), Claim("c", "c", [c, a])
    story = _story([this, that])
    values = {"Outlet A": ["not meet"], "Outlet B": ["meet"], "Outlet C": ["meet"]}
    story.disagreements = [Disagreement("negation", "A says the opposite", ("b", "c"), (a, b, c), values)]
    [dispute] = _disputes(story, this)
    assert [m.outlet for m in dispute["other_side"]] == ["Outlet A"]
    assert told_otherwise(story, this) == ["Outlet A"]
    # A claim that holds both sides itself shows no other side.
    both = Claim("b", "b", [b, a])
    story = _story([both, that])
    story.disagreements = [Disagreement("negation", "A says the opposite", ("b", "c"), (a, b, c), values)]
    assert _disputes(story, both) == [] and told_otherwise(story, both) == []


def test_an_outlet_only_a_weaker_match_here_and_the_other_side_there_tells_it_otherwise():
    """Invented text (audit 179: the story page marked an outlet ◐, a weaker match, on a claim whose own
    page set that outlet's sentence in another claim under "The other side"): it tells the fact with
    another value, marked and counted so, not as a weaker match; its weaker match stays on the claim."""
    from generator.compare import Disagreement
    from generator.pages import claim_counts, coverage_summary, found_in, told_otherwise

    b = _s("B", 0, "The mayor will meet the governor on the ferry on Friday.")
    c = _s("C", 0, "The mayor will meet the governor on the ferry, aides said.")
    a_weak = _s("A", 1, "The ferry leaves the harbour at noon.")
    a = _s("A", 0, "The mayor is unlikely to meet the governor on the ferry.")
    this, that = Claim("b", "b", [b, c, a_weak]), Claim("a", "a", [a])
    this.weak_sentences = [a_weak.key]
    this.weak = ["Outlet A"]
    story = _story([this, that])
    values = {"Outlet A": ["not meet"], "Outlet B": ["meet"], "Outlet C": ["meet"]}
    story.disagreements = [Disagreement("negation", "A says the opposite", ("b", "a"), (a, b, c), values)]
    assert told_otherwise(story, this) == ["Outlet A"]
    assert found_in(this, ["Outlet A"]) == ["Outlet B", "Outlet C"]
    rows = {r["outlet"]: r for r in coverage_summary(story)}
    assert rows["Outlet A"]["weaker"] == 0 and rows["Outlet A"]["otherwise"] == 1
    assert claim_counts(story)["weakly"] == 0
    # Beside a third outlet's weaker match, one outlet telling it and another with another value is
    # counted as told with another value, not as matched only weakly (audits 187, 189).
    c_weak = _s("C", 1, "The ferry leaves the harbour at noon, aides said.")
    both = Claim("b", "b", [b, c_weak, a_weak])
    both.weak_sentences, both.weak = [c_weak.key, a_weak.key], ["Outlet A", "Outlet C"]
    story = _story([both, that])
    story.disagreements = [Disagreement("negation", "A says the opposite", ("b", "a"), (a, b, c), values)]
    assert told_otherwise(story, both) == ["Outlet A"]
    counts = claim_counts(story)
    assert (counts["weakly"], counts["otherwise"], counts["alone"]) == (0, 2, 0)  # "a" is told otherwise too
    # Beside no outlet that surely tells it, a weaker match is no other value of its fact.
    alone = Claim("b", "b", [c, a_weak])
    alone.weak_sentences, alone.weak = [a_weak.key, c.key], ["Outlet A", "Outlet C"]
    story = _story([alone, that])
    story.disagreements = [Disagreement("negation", "A says the opposite", ("b", "a"), (a, c), values)]
    assert told_otherwise(story, alone) == []


def test_an_outlet_quoting_the_headings_remark_otherwise_there_and_another_remark_here_tells_it_otherwise():
    """Invented text (audit 231: "3 of 5 outlets reported this" counted an outlet whose sentence here
    quotes another remark of the speaker's, while its own words of the heading's remark stood under
    "The other side"): it tells the heading's remark with another value, and does not report it. One
    whose sentence here quotes some of the heading's words (or a quote that runs on, its words unknown
    here), or whose other sentence is a side of no quotes disagreement, reports it."""
    from generator.compare import Disagreement, mark_requoted
    from generator.pages import claim_counts, told_otherwise

    b = _s("B", 0, "“If the pier fails again, the port will pay dearly for it,” the mayor said.")
    c = _s("C", 0, "“If the pier fails again, the port will pay dearly for it,” the mayor told reporters.")
    a_here = _s("A", 1, "Asked about the pier, the mayor said it “will not fail twice.”")
    a = _s("A", 0, "“If the pier fails, the port is going to pay a big price,” the mayor said.")
    values = {"Outlet A": [a.text], "Outlet B": [b.text], "Outlet C": [c.text]}

    def story_of(here: Sentence, kind: str = "quotes", weak: bool = False) -> tuple[Story, Claim]:
        this, that = Claim("b", "b", [b, c, here], heading_key=b.key), Claim("a", "a", [a], heading_key=a.key)
        this.weak = ["Outlet A"] if weak else []
        story = _story([this, that])
        story.disagreements = [Disagreement(kind, "quoted differently", ("b", "a"), (a, b, c), values)]
        mark_requoted(story)
        return story, this

    story, this = story_of(a_here)
    assert this.requoted == ["Outlet A"] and this.reporting == ["Outlet B", "Outlet C"]
    assert told_otherwise(story, this) == ["Outlet A"]
    assert claim_counts(story)["otherwise"] == 1  # "a": told by A, and by B and C with another value
    quoting = _s("A", 1, "The mayor warned that “the port will pay dearly” if the pier fails.")
    running_on = _s("A", 1, "“The pier will not fail twice, and if it does")  # its quote's words go on
    for story, this in (story_of(quoting), story_of(running_on), story_of(a_here, "numbers")):
        assert this.requoted == [] and this.reporting == ["Outlet B", "Outlet C", "Outlet A"]
        assert told_otherwise(story, this) == []
    # A weaker match is no outlet reporting it: it tells it otherwise as such (audit 179), not requoted.
    story, this = story_of(a_here, weak=True)
    assert this.requoted == [] and told_otherwise(story, this) == ["Outlet A"]


def test_a_claim_reached_only_through_weaker_matches_is_no_side_of_a_disagreement():
    from generator.compare import Disagreement, without_weak_sides

    a = _s("A", 0, "Gunfire wounded four others at the pier.")
    b = _s("B", 0, "Six people were shot and two others were hurt at the pier.")
    c = _s("C", 1, "Another person died at the harbour clinic.")
    told, weakly = Claim("t", "t", [a, b]), Claim("w", "w", [c, b])
    d = Disagreement("numbers", "Different numbers", ("t", "w"), (a, b), {})
    weakly.weak = ["Outlet B"]
    assert without_weak_sides([d], [told, weakly])[0].claims == ("t",)
    weakly.weak = []  # a sentence that tells the claim's fact makes it a side
    assert without_weak_sides([d], [told, weakly])[0].claims == ("t", "w")
    told.weak = weakly.weak = ["Outlet A", "Outlet B"]  # every claim so: all kept
    assert without_weak_sides([d], [told, weakly])[0].claims == ("t", "w")


def test_a_chant_printed_two_ways_is_no_quote_told_differently():
    """A chant is said over and over, its words varied: two wordings of it are no disagreement (a blind
    reader of the ECB+ items read one as false); the same words as one person's remark still are."""
    said = kinds(
        _claim(
            "Marchers chanted “We will open the harbour to every boat today” outside the council offices.",
            "Marchers chanted “We will open the harbour to every boat tomorrow” outside the council offices.",
        )
    )
    assert not said.get("quotes", ("", False))[1]
    said = kinds(
        _claim(
            "“We will open the harbour to every boat today,” the mayor told the crowd.",
            "“We will open the harbour to every boat tomorrow,” the mayor told the crowd.",
        )
    )
    assert said["quotes"][1]


def test_quotes_are_the_same_value_whatever_their_marks():
    """Two outlets that quote the same words, one with an exclamation mark, give one value (an audit
    read one marked as the other side of a quote told differently)."""
    assert same_values("quotes", ["We will not pay a cent for it!"], ["we will not pay a cent for it"])
    assert not same_values("quotes", ["We will not pay a cent for it!"], ["We will not pay any cent for it"])


def test_an_age_is_read_where_news_prints_one_and_a_sentence_of_an_age_alone_tells_it():
    """Invented text. Ages as news prints them, not a time, a share or an address; a sentence tells an
    age (``age_told``) where little else stands beside it."""
    from generator.compare.number import age_told, ages

    assert ages("The 64-year-old skipper was rescued.") == {64}
    assert ages("Roe, 64, was rescued on Friday.") == {64}
    assert ages("The skipper died at the age of 64 in Port Town.") == {64}
    assert ages("The skipper, aged 64, was rescued.") == {64}
    assert ages("The skipper dies at 64") == {64}
    assert ages("The ferry left at 9 a.m. on Friday.") == set()
    assert ages("Turnout was at 64 percent.") == set()
    assert ages("The office is at 64 Harbour Street.") == set()
    assert ages("The score was 64 to 60.") == set()
    assert age_told("He was 64.") == 64 and age_told("Roe was 64 years old.") == 64
    assert age_told("Ann Roe, 64, was rescued from the harbour on Friday night.") is None
    assert age_told("The crew were 64 and 60.") is None


def test_a_span_of_months_is_one_value_of_a_detail():
    """ "July through September" is one span, not two months the outlet gives (audits 100 and 101 read
    "only A gives July and September"); an outlet that gives one end does not give the span."""
    a = "Ferry traffic fell 2.1 percent from July through September, the harbour board said."
    b = "Ferry traffic fell 2.1 percent, the harbour board said on Thursday."
    c = "Ferry traffic fell 2.1 percent in September, the harbour board said."
    summary, conflict = kinds(_claim(a, b))["dates"]
    assert not conflict
    assert summary.startswith("Only Outlet A gives July through September; only Outlet B gives Thursday.")
    # C gives September, which lies within A's span: the span is A's only, September no detail.
    assert kinds(_claim(a, c))["dates"] == ("Only Outlet A gives July through September.", False)

    # Two months joined by "and" are a span only after "between".
    def given(text: str) -> list[str]:
        [d] = [d for d in compare_claim(_claim(text, b)) if d.kind == "dates"]
        return d.by_outlet["Outlet A"]

    assert given("Prices rose between March and May, the agency said.") == ["March and May"]
    assert given("Prices rose in March and May, the agency said.") == ["March", "May"]


@given(
    st.sampled_from(["January", "March", "May", "July", "October", "Monday", "Friday"]),
    st.sampled_from(["February", "April", "June", "September", "December", "Tuesday", "Sunday"]),
    st.sampled_from([" through ", " to ", "-", "–", " or early ", " and ", ", ", " then "]),
    st.booleans(),
)
def test_two_dates_are_one_span_only_when_the_text_joins_them(first: str, second: str, join: str, between: bool):
    from generator.compare.date import date_spans, dates, span_ends

    text = f"Sales rose {'between' if between else 'in'} {first}{join}{second}, the agency said."
    found = date_spans(text, list(dates(text).values()))
    joined = join.strip(" ") in ("through", "to", "-", "–", "or early") or (join == " and " and between)
    if joined and (first in _WEEKDAY_NAMES) == (second in _WEEKDAY_NAMES):
        assert found == [f"{first}{join}{second}"] and span_ends(found[0]) == (first, second)
    elif not joined:
        assert found == [first, second] and not any(span_ends(v) for v in found)


_WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def test_a_sum_with_its_currency_sign_and_no_noun_after_it_is_money():
    """ "$45 billion, the company said", "paid $4 million to settle": a sum of money, printed as
    written; a rate ("$158 per share", "$10 billion a year") is none."""
    from generator.compare.number import number_slots

    def read(text: str) -> list[tuple[str, str]]:
        return [(x.surface, x.unit) for x in number_slots(text)]

    assert read("The harbour deal is worth $45 billion, the port said.") == [("$45 billion", "dollar")]
    assert read("The port paid £4.5 million to settle the claim.") == [("£4.5 million", "pound")]
    assert read("The port repaid $60,000 earlier this year.") == [("$60,000", "dollar")]
    assert read("The port offered $158.82 per share.") == []
    assert read("The port spends $10 billion a year on dredging.") == []
    assert read("A $45 billion harbour plan was agreed.") == [("$45 billion harbour plan", "harbour")]  # as before
    # A comma after "million" ends the figure, as one after a digit does: "5 million, officials said"
    # counts no officials (it was read as "5 million officials", people).
    assert read("Port traffic reached 5 million, officials said.") == []
    assert read("Port traffic reached 5 million tonnes, officials said.") == [("5 million tonnes", "tonne")]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
@example(392, 400)  # one the other rounded: no detail (hypothesis found it after the test was written)
@example(5, 6)
def test_bare_sums_are_details_never_conflicts(a: int, b: int):
    """Two sums that name nothing they pay for may be two things: no conflict, whatever the values;
    a page tells each as a value only that outlet gives, unless one is the other rounded."""
    from generator.compare.number import rounds_to

    first = f"The port agreed to sell the old ferry yard for ${a} million, officials said."
    second = f"The port agreed to sell the old ferry yard for ${b} million, officials said."
    assert number_conflicts(first, second) == []
    told = kinds(_claim(first, second)).get("numbers")
    if a == b or rounds_to(a * 1e6, b * 1e6):
        assert told is None  # one figure, or one of them the other rounded ("$400 million" for $392 million)
    else:
        assert told == (f"Only Outlet A gives ${a} million; only Outlet B gives ${b} million.", False)


def test_a_quote_detail_is_not_given_to_the_speaker_before_it_when_another_outlet_tags_it_otherwise():
    """Invented text (audit 103). A's bare quote stands after a quote of Bo Lee, so it reads as his;
    B tags its first line as Jo Park's: the detail names Jo Park (B's tag is said, A's is read
    from where the quote stands). Two other outlets naming two people leave it unnamed."""
    a0 = _s("A", 0, "“I would if I could,” Bo Lee added.")
    a1 = replace(_s("A", 1, "“His conduct is a disgrace to the harbour board."), paragraph=1)
    a2 = replace(
        _s("A", 2, "It is bad enough that he skipped the vote, but shoving a reporter goes far beyond the pale.”"),
        paragraph=1,
    )
    b0 = _s("B", 0, "“His conduct is a disgrace to the harbour board,” said Jo Park, a board spokesman.")
    c0 = _s("C", 0, "Bo Lee shoved a reporter after the harbour board vote, witnesses said.")
    claim = Claim("q", "q", [a2, c0], heading_key=c0.key)
    lone = [Claim(f"x{i}", "x", [s]) for i, s in enumerate([a0, a1, b0])]
    story = _story([*lone, claim])
    told = _summaries(claim, story_context(story))["quotes"]
    assert "Jo Park: “It is bad enough" in told and "Bo Lee" not in told, told
    # Without B, the quote goes on from Bo Lee's, as before.
    alone = _story([Claim("x0", "x", [a0]), Claim("x1", "x", [a1]), claim])
    assert "Bo Lee: “It is bad enough" in _summaries(claim, story_context(alone))["quotes"]
    # Two outlets tagging it with two people: no one is named.
    d0 = _s("D", 0, "“His conduct is a disgrace to the harbour board,” said Cy Moss, a board member.")
    both = _story([*lone, Claim("x9", "x", [d0]), claim])
    told = _summaries(claim, story_context(both))["quotes"]
    assert "Bo Lee" not in told and "Jo Park" not in told and "Cy Moss" not in told, told
    # E's line goes on from its tagged quote before it, in a sentence of its own: inside that quote's
    # paragraph it is Jo Park's, as A's is no one's inside its own (the story's one reading of the
    # quotation, as its heading would be labelled); in the paragraph after, no one's, and no one is named.
    e0 = _s("E", 0, "“Bo Lee has lost his way,” said Jo Park, a board spokesman.")
    e1 = _s("E", 1, "“His conduct is a disgrace to the harbour board.”")
    went_on = _story(
        [Claim("x0", "x", [a0]), Claim("x1", "x", [a1]), Claim("e", "x", [e0]), Claim("f", "x", [e1]), claim]
    )
    told = _summaries(claim, story_context(went_on))["quotes"]
    assert "Jo Park: “It is bad enough" in told and "Bo Lee" not in told, told
    e1 = replace(e1, paragraph=1)
    went_on = _story(
        [Claim("x0", "x", [a0]), Claim("x1", "x", [a1]), Claim("e", "x", [e0]), Claim("f", "x", [e1]), claim]
    )
    told = _summaries(claim, story_context(went_on))["quotes"]
    assert "Bo Lee" not in told and "Jo Park" not in told and "“It is bad enough" in told, told
    # The quote heading of a claim of A's sentence reads the same.
    headed = Claim("q", "q", [a2, c0], heading_key=a2.key)
    assert said_by(_story([*lone, headed])) == {"q": "Jo Park"}


def test_a_quote_is_given_to_one_speaker_by_its_heading_and_its_detail_alike():
    """Invented text. A's quote stands alone, its article naming no speaker; B tags the same words as Ann
    Roe's: the claim headed by A's quote is labelled Ann Roe, and the detail of a claim that holds it
    names her too (one story-level reading, ``compare.speaking``). A quote inside A's own words that
    names no speaker for it ("the plan, which ... has called “...”") is given to no one."""
    a0 = _s("A", 0, "The harbour reopened on Monday after the storm.")
    a1 = _s("A", 1, "“We will rebuild the old pier before the spring tides.”")
    b0 = _s("B", 0, "“We will rebuild the old pier before the spring tides,” said Ann Roe, the harbour master.")
    c0 = _s("C", 0, "The harbour master promised to rebuild the pier by spring.")
    lone = [Claim("x0", "x", [a0]), Claim("x1", "x", [b0])]
    claim = Claim("q", "q", [a1, c0], heading_key=c0.key)
    story = _story([*lone, claim])
    assert "Ann Roe: “We will rebuild the old pier" in _summaries(claim, story_context(story))["quotes"]
    headed = Claim("q", "q", [a1, c0], heading_key=a1.key)
    assert said_by(_story([*lone, headed])) == {"q": "Ann Roe"}
    inside = _s("A", 1, "The plan, which the board has called “a costly mistake for the whole town,” passed.")
    b1 = _s("B", 1, "“It is a costly mistake for the whole town,” said Ann Roe.")
    claim = Claim("p", "p", [inside, c0], heading_key=c0.key)
    told = _summaries(claim, story_context(_story([Claim("x0", "x", [a0]), Claim("x1", "x", [b1]), claim])))
    assert "Ann Roe" not in told["quotes"] and "“a costly mistake for the whole town" in told["quotes"], told


def test_a_statement_of_several_people_at_once_is_no_one_of_theirs_alone():
    """Invented text. "Ann Roe and Bo Lee said", or a list of three chairs who "told the board together":
    the quote is none of them alone, nor is the quote that goes on from it; a body's name with "and"
    in it ("the Fish and Game Service") is one speaker."""
    from generator.compare.quote.speakers import joint

    assert utterance_speaker("“It will fail the town,” Ann Roe and Bo Lee said.", [], []) is None
    assert quote_speaker("“It will fail.”", ["“We object to the plan,” Ann Roe and Bo Lee said."], []) is None
    three = (
        "Board Chair Ann Roe, of Port Town; Council Chair Bo Lee, of Bay City; and Harbour Chair Cy Moss, of "
        "Eastport, told the board together that the plan “will fail the town.”"
    )
    assert joint(three, "Bo Lee") and joint(three, "Ann Roe") and joint(three, "Cy Moss")
    assert utterance_speaker("“It will fail the town,” Ann Roe said.", [], []) == "Ann Roe"
    assert not joint("“It will fail,” a spokesman for the Fish and Game Service said.", "Game Service")
    assert not joint("Ann Roe said the ferry left and Bo Lee agreed.", "Ann Roe")
    # An office named with "and" after the person is no second person.
    office = "“We have time,” said Jo Roe, director of the Office of Harbours and Ferries."
    assert not joint(office, "Jo Roe") and utterance_speaker(office, [], []) == "Jo Roe"
    assert joint("Ann Roe, of Port Town, and Bo Lee, of Bay City, said the plan would fail.", "Bo Lee")
    # A detail names no one of them.
    a = _s("A", 0, three)
    b = _s("B", 0, "The town's three board chairs opposed the harbour plan on Monday.")
    claim = Claim("q", "q", [a, b], heading_key=b.key)
    told = _summaries(claim, story_context(_story([claim])))["quotes"]
    assert "Roe:" not in told and "Lee:" not in told and "Moss:" not in told and "will fail the town" in told, told


def test_the_day_a_report_came_out_is_no_date_of_what_it_tells():
    """Invented text (audit 105: "only A and B give Monday", the day another paper published, under a
    claim of what the paper found). A claim whose heading is about the report keeps its day."""
    a = "The harbour board kept a list of 40 questions for the mayor, The Port Times reported Monday."
    b = "The harbour board has a list of 40 questions for the mayor."
    claim = Claim("c", "c", [_s("A", 0, a), _s("B", 0, b)], heading_key=_s("B", 0, b).key)
    assert "dates" not in _summaries(claim)
    reported = Claim("c", "c", [_s("A", 0, a), _s("B", 0, b)], heading_key=_s("A", 0, a).key)
    assert "Monday" in _summaries(reported).get("dates", "")
    from generator.compare.claim.given import reported_on

    assert reported_on("The list, which was published by The Port Times on Monday, has 40 questions.", "Monday")
    assert not reported_on("The photos were published after the ferry sank Monday.", "Monday")
    # A day that names the report (audit 112: "in its Thursday report" credited as the day of a call).
    assert reported_on("The Port Times said the mayor called in its Thursday report.", "Thursday")
    assert reported_on("Monday's story in The Port Times set out 40 questions.", "Monday")
    assert not reported_on("The mayor called on Thursday, the report said.", "Thursday")
    # A day the fact itself happened stays.
    sank = "The ferry sank on Monday, The Port Times reported."
    claim = Claim(
        "c", "c", [_s("A", 0, sank), _s("B", 0, "The ferry sank.")], heading_key=_s("B", 0, "The ferry sank.").key
    )
    assert "Monday" in _summaries(claim).get("dates", "")


def test_a_heading_and_a_note_name_one_speaker_the_same_way():
    """Invented text. An article that names the speaker only with a title ("President Roa") while the
    story names one Roa in full, "Vicente Roa" (and a "Roa Foundation"): the quote heading and a note
    that quotes the sentence both say "Vicente Roa" (headings said "— Roa" where notes said "Vicente
    Roa": two rules for one name)."""
    from generator.compare.claim.quoting import _in_full

    a0 = _s("A", 0, "President Roa came to the pier on Monday.")
    a1 = _s("A", 1, "“The pier is a waste of money,” Roa said.")
    a2 = _s("A", 2, "“We will not pay for it.”")
    b0 = _s("B", 0, "Vicente Roa, the president, spoke at the Roa Foundation against the pier.")
    claims = [Claim("x0", "x", [a0]), Claim("x1", "x", [a1]), Claim("q", "q", [a2], heading_key=a2.key)]
    story = _story([*claims, Claim("x2", "x", [b0])])
    for article, sentences in zip(story.articles, [[a0, a1, a2], [b0]], strict=True):
        article.paragraphs = [Paragraph(s.text, i + 1) for i, s in enumerate(sentences)]
    assert said_by(story) == {"q": "Vicente Roa"}
    assert _in_full("Roa", a1.key, story_context(story)) == "Vicente Roa"


def test_a_quotes_item_shows_the_rest_of_a_cut_quotation_where_the_compared_words_stand():
    """Invented text. A quotes disagreement compares whole quotations; where one side's sentence holds
    only the start of its quotation, the story page shows the article's sentence that goes on (an
    audit read words in the summary that no sentence shown below it held); not where the sentences
    shown already hold the words compared."""
    from generator.compare.story import Disagreement
    from generator.pages import cut_quotations

    a0 = _s("A", 0, "“We have rebuilt the old pier twice before.")
    a1 = _s("A", 1, "We will rebuild it again by the summer,” Mayor Ann Roe said on Monday.")
    b0 = _s("B", 0, "“We have rebuilt the old pier twice before and we will rebuild it again,” Mayor Ann Roe said.")
    b1 = _s("B", 1, "The pier opened in 1990.")
    story = _story([Claim("c", "c", [a0, b0], heading_key=b0.key), Claim("d", "d", [a1, b1])])
    story.articles[0].paragraphs = [Paragraph(f"{a0.text} {a1.text}", 1)]
    story.articles[1].paragraphs = [Paragraph(f"{b0.text} {b1.text}", 1)]
    values = {
        "Outlet A": ["We have rebuilt the old pier twice before. We will rebuild it again by the summer"],
        "Outlet B": ["We have rebuilt the old pier twice before and we will rebuild it again"],
    }
    story.disagreements = [Disagreement("quotes", "The same words quoted differently.", ("c",), (a0, b0), values)]
    assert cut_quotations(story) == {0: {a0.key: ([], [a1.text])}}
    story.disagreements = [
        Disagreement("quotes", "The same words quoted differently.", ("c", "d"), (a0, b0, a1), values)
    ]
    assert cut_quotations(story) == {}
    shown = {**values, "Outlet A": ["We have rebuilt the old pier twice before"]}
    story.disagreements = [Disagreement("quotes", "The same words quoted differently.", ("c",), (a0, b0), shown)]
    assert cut_quotations(story) == {}


def test_one_sum_converted_to_two_far_apart_values_is_a_numbers_conflict():
    """Invented text. Two outlets convert one sum to one currency with values too far apart to be one
    rate told two ways: "200 pesos ($12)" / "200 pesos (about US $20)" is a conflict; "(about $11)"
    is a rounding of the same rate, and a conversion to other money is no side of it."""
    from generator.compare.number import conversion_conflicts

    a = "The driver asked for 200 pesos ($12) at the pier."
    assert conversion_conflicts(a, "They paid 200 Mexican pesos (about US $20) in cash.") == [
        ("200 pesos ($12)", "200 Mexican pesos (about US $20)")
    ]
    assert conversion_conflicts(a, "They paid 200 pesos (about $11) in cash.") == []
    assert conversion_conflicts(a, "They paid 200 pesos (€15) in cash.") == []
    assert conversion_conflicts(a, "They paid 300 pesos (about $20) in cash.") == []
    assert (
        conversion_conflicts("It burned 3,000 acres (1,200 hectares).", "It burned 3,000 acres (1,214 hectares).") == []
    )
    story = _story(
        [
            Claim(
                "c",
                "c",
                [_s("A", 0, a), _s("B", 0, "They paid the driver 200 Mexican pesos (about US $20) at the pier.")],
            )
        ]
    )
    [d] = compare_story(story)
    assert d.kind == "numbers" and "200 pesos ($12)" in d.summary


def test_a_linking_word_before_a_pronoun_is_no_source():
    """Invented text: "But he said ..." cites no one (a summary read "Sources: B cites But he")."""
    from generator.compare.quote.sources import cited

    assert cited("But he said the crew chose to go, so the fee was paid.") is None
    assert cited("But the harbour office said on Monday it would pay.") == "the harbour office"


def test_a_surname_two_people_share_is_the_one_named_just_before():
    """Invented text. The story names a crew member, Kevin Lund, and later his father, Joe Lund: a
    bare "Lund" in the sentences right after the father is named is the father; with neither named
    near, or both in one sentence, or one by a title alone after, the surname stays as written."""
    from generator.compare.quote.speakers import full_name

    crew = "The crew was Ann Roe, 24, and Kevin Lund, 21. " + "The boat sank at dawn. " * 3
    father = "Joe Lund said he spoke to his son on Sunday. “Call me later,” the elder Lund recalled. "
    story = crew + father + "Later, Lund wept."
    assert full_name("Lund", crew + father, story) == "Joe Lund"
    assert full_name("Lund", crew + father + "The boat sank at dawn. " * 15, story) == "Lund"
    assert full_name("Lund", crew + "Joe Lund and Kevin Lund sailed together. ", story) == "Lund"
    assert full_name("Lund", crew + "Joe Lund spoke. Captain Lund did not. ", story) == "Lund"


def test_initials_printed_as_a_word_name_what_they_stand_for():
    """Invented text. Some papers print initials as a word ("Piwa" for PIWA): an outlet that writes
    the words they stand for names it too (an audit read "only A names" a trade pact so printed,
    beside B's words in full); a word that is no run's initials is not."""
    from generator.compare.claim.naming import _mentions

    assert _mentions("Talks on the Ports and Inland Waterways Authority resumed.", "Piwa")
    assert _mentions("Talks on Piwa resumed.", "Ports and Inland Waterways Authority")
    assert not _mentions("Talks in Paris resumed on Monday.", "Piwa")
    assert not _mentions("Talks on the inland waterways pact resumed.", "Piwa")
    # An acronym inside the words keeps all its letters: "US Harbour Survey" spells "USHS" (audit 129).
    assert _mentions("The tremor was logged by the US Harbour Survey.", "USHS")
    assert _mentions("The tremor was logged by the U.S. Harbour Survey.", "USHS")
    assert not _mentions("The tremor was logged by the US Navy.", "USHS")
    # A name's small words may be "in" too (audit 156: OSCE, "... Security and Cooperation in Europe").
    assert _mentions("Monitors came from the Office for Harbour Safety in Europe.", "OHSE")


def test_a_speaker_described_by_title_alone_is_the_person_just_named_with_it():
    """Invented text. "Here is the governor's statement:" after "..., Governor Roe called the crews
    heroes." labels the statement's words "Ann Roe", as the story names her (audit 106 read "the
    president" under some headings of one statement and the name under others); with no one, or two
    people, named with that title just before, the description stays."""
    a0 = _s("A", 0, "In a statement issued early Monday, Governor Roe called the crews heroes.")
    a1 = _s("A", 1, "Here is the governor's statement:")
    a2 = _s("A", 2, "“They were heroes, every one of them.”")
    b0 = _s("B", 0, "Ann Roe, the governor, toured the pier.")
    story = _story([Claim("x0", "x", [a0]), Claim("x1", "x", [a1]), Claim("q", "q", [a2], heading_key=a2.key)])
    story = _story([*story.claims, Claim("x2", "x", [b0])])
    story.articles[0].paragraphs = [Paragraph(a0.text, 1), Paragraph(a1.text, 2), Paragraph(a2.text, 3)]
    story.articles[1].paragraphs = [Paragraph(b0.text, 1)]
    assert said_by(story) == {"q": "Ann Roe"}
    from generator.compare.speaking import _titled_person

    assert _titled_person("the governor", ["Governor Ann Roe thanked the crews."]) == "Ann Roe"
    assert _titled_person("the governor", ["Governor Roe and Governor Bo Lee met."]) is None
    assert _titled_person("the governor", ["The crews were thanked."]) is None
    assert _titled_person("one official", ["Governor Ann Roe thanked the crews."]) is None
    # A statement quoted over several paragraphs: the sentence nearest before them that names one.
    quoted = ["“We will rebuild.”", "“The crews were brave.”", "“They saved the town.”", "“We mourn.”"]
    before = [*quoted, "Here is the governor's statement:", "Governor Ann Roe spoke.", "Governor Bo Lee left."]
    assert _titled_person("the governor", before) == "Ann Roe"
    assert _titled_person("the governor", [*quoted, "Governor Roe met Governor Lee."]) is None


def test_a_tag_that_puts_the_verb_first_and_a_place_before_the_speaker_names_the_speaker():
    """Invented text. "“...,” writes Port Town, Ore., Harbour-Herald columnist Ann Roe." names Ann Roe
    (audit 107 read a bare quote after such a tag with no label); so does "said Port Town, Ore.,
    columnist Ann Roe", and "said Port Town, Ore., Mayor Bo Lee" names Bo Lee, not the town."""
    tag = "“The quay was never shut,” writes Port Town, Ore., Harbour-Herald columnist Ann Roe."
    assert speakers(tag) == {"Ann", "Roe"}
    assert quote_speaker("“She was right all along.”", [tag], []) == "Ann Roe"
    assert speakers("“It was shut,” said Port Town, Ore., columnist Ann Roe.") == {"Ann", "Roe"}
    assert speakers("“We stay,” said Port Town, Ore., Mayor Bo Lee.") == {"Bo", "Lee"}
    assert speakers("He said regional traders Roe and Lee met.") == set()


def test_a_range_named_in_the_plural_is_named_by_its_first_word():
    """Invented text: "the Ozarks" is "the Ozark Mountains" (audit 107 read "Only A names Poconos"
    where B wrote "the Pocono Mountains"); a person's name is not a plural ("Roberts" / "Robert Lee")."""
    from generator.compare.claim.naming import _mentions

    assert _mentions("Crews searched the Ozark Mountains for a week.", "Ozarks")
    assert _mentions("Crews searched the Rocky Mountains for a week.", "Rockies")
    assert not _mentions("Robert Lee searched the hills for a week.", "Roberts")


def test_an_outlet_whose_article_gives_the_other_value_beside_the_same_words_does_not_disagree():
    """Invented text. Outlet B's lead gives A's "five others" beside the same words; its "two others"
    counts another thing (those hurt by glass). Its article's "five others" of another crash, or its
    headline's, gives no such value: the conflict stands."""
    said = "At least three people died and five others were hurt on Sunday, police said."
    a = Sentence("Outlet A", "a.txt", said, 0, 0, 1, 1)
    glass = "Eight people were hurt, three fatally, and two others were hurt by glass."
    b = Sentence("Outlet B", "b.txt", glass, 1, 1, 2, 2)
    lead = "The ferry struck the pier on Sunday, killing three people and injuring five others."
    claim = Claim("c", "c", [a, b])

    def conflicts(body: str, headline: str | None = None) -> list[str]:
        texts = {"a.txt": a.text, "b.txt": "\n".join([*([headline] if headline else []), body, b.text])}
        context = Context(texts=texts, headlines={"b.txt": headline} if headline else {})
        return [d.kind for d in compare_claim(claim, context) if d.conflict]

    assert conflicts(lead) == []
    assert conflicts("A bus crash in the hills last year left five others injured.") == ["numbers"]
    assert conflicts("The pier reopened on Monday.", "Three people died and five others were hurt") == ["numbers"]


def test_several_is_given_by_a_handful_of_the_same_thing_in_the_other_article():
    """Invented text. Across two claims, "several others" is no disagreement with an outlet whose lead
    says "four others" beside the same words; its "116 others" of a crash years before gives no
    "several" (scores are not a handful), so that conflict stands."""
    a = _s("A", 0, "Police said the gunman injured several others in the harbour cafe shooting.")
    b2 = _s("B", 1, "Police said the gunman injured two others in the harbour cafe shooting.")

    def numbers(lead: str) -> list[str]:
        b1 = _s("B", 0, lead)
        story = _story([Claim("c1", "c1", [a]), Claim("c2", "c2", [b2]), Claim("c3", "c3", [b1])])
        story.articles[1].paragraphs = [Paragraph(b1.text, 1), Paragraph(b2.text, 2)]
        return [d.kind for d in compare_story(story) if d.kind == "numbers"]

    assert numbers("The gunman killed three people and injured four others in the harbour cafe on Sunday.") == []
    assert numbers("A gunman injured 116 others in the harbour cafe in 1990.") == ["numbers"]
    assert numbers("The harbour cafe reopened on Monday.") == ["numbers"]


def test_the_year_a_figure_is_compared_with_dates_no_event():
    """Invented text (audit 114: "Different years ... (A: 2017; B: 2015)" of a comparison's base year and
    a span's start, where both outlets give one rate)."""
    claim = _claim(
        "The harbour's trade for the year was 4.1 percent above 2017's trade.",
        "For the year, the harbour's trade grew 4.1 percent, its best showing since 2015.",
    )
    assert "Different years" not in kinds(claim).get("dates", ("", False))[0]
    from generator.compare.claim.given import compared_with

    assert compared_with("Trade was higher than in 2016.", "2016")
    assert not compared_with("The ferry sank in 2017.", "2017")


def test_a_term_quoted_inside_a_quote_is_part_of_it():
    """Invented text (audit 119: a post whose own words quote a term, printed with straight marks and
    split after its first sentence, was read as two quotes, "... let these large" and the term)."""
    text = '"The council has every right not to let these noisy "Jet Skis" into the bay at night.'
    assert quotes(text) == ["The council has every right not to let these noisy ‘Jet Skis’ into the bay at night"]
    assert quotes("“We call them “plans” now,” he said.") == ["We call them ‘plans’ now"]
    # Two quotes of their own stay two; a mark misprinted with no close is left as it is.
    assert quotes('"Yes," she said. "No."') == ["Yes", "No"]
    assert quotes('He said the "plan" was "dead".') == ["plan", "dead"]


def test_a_speaker_with_an_adverb_or_a_long_office_is_read():
    """Invented text: "Roe also said", "Roe later told" and an office of several words joined by "of",
    "for" or "and" before the name name the speaker (audit 119: two "he said" headings unlabelled)."""
    assert speakers("Roe also said the ferry would run.") == {"Roe"}
    assert speakers("Roe later told reporters the ferry would run.") == {"Roe"}
    assert speakers("“It will run,” said Secretary of State Ann Roe.") == {"Ann", "Roe"}
    tag = "“The boats stay in,” said Deputy Commissioner for Harbours and Ferries Ann Roe."
    assert speakers(tag) == {"Ann", "Roe"}
    article = f"{tag} “It has become standard practice,” she said."
    assert speaker_before("“It has become standard practice,” she said.", tag, article) == "Ann Roe"
    # Two people joined by "and" are still two speakers of one statement, no one of them alone.
    assert speaker_before("“We agree,” he said.", "“Yes,” said Bo Lee and Ann Roe.", "") is None
    assert speaker_before("“We agree,” he said.", "“Yes,” said the Secretary of State and Bo Roe.", "") is None


def test_a_body_beside_one_person_speaking_leaves_the_person_for_he():
    """Invented text (audit 119): "Police said ..., but Roe later said ..." then "..., he said.": a body
    is no "he"; two people are still not sure."""
    before = "Police said they found a flare, but Roe later said the man had smoke canisters."
    text = "Officers were searching his boat and his house, he said."
    article = f"Chief Bo Roe spoke on Monday. {before} {text}"
    assert reported_speaker(text, [before], article) == "Roe"  # named in full on the page (``full_name``)
    two = "Lee said they found a flare, but Roe later said the man had smoke canisters."
    assert reported_speaker(text, [two], f"Ann Lee and Bo Roe spoke. {two} {text}") is None


def test_people_counted_with_an_irregular_plural_and_sources_are_told_apart():
    """Invented text: "two people" and "two Navy personnel" count (audit 119 read a detail that took an
    outlet's "2 dead" from its headline where its lead says "Two Navy personnel were killed"); the
    people an outlet cites ("two people briefed on the talks said") count its sources, not the story."""
    assert [s.surface for s in number_slots("Two people died in the fire.")] == ["two people"]
    assert [s.surface for s in number_slots("Two Navy personnel were killed.")] == ["two Navy personnel"]
    assert number_slots("the two men met at the pier") == []
    assert number_slots("The mayor flew to the island, two people briefed on the trip said.") == []
    assert number_slots("Three officials familiar with the talks said the deal was off.") == []
    assert [s.surface for s in number_slots("Five people were hurt, police said.")] == ["five people"]
    # A fire appliance is a fire engine (audit 120: "four appliances" beside "six engines" of one call-out).
    assert number_conflicts(
        "Four appliances raced to the harbour warehouse blaze.", "Six engines raced to the harbour warehouse blaze."
    )


def test_a_post_printed_with_other_words_in_several_places_is_two_posts():
    """Invented text (audit 119: one man's two posts of one month, "... enter their country" and "...
    into our Country", shown as one quote worded two ways). Posted words are copied: other words in
    two places are two posts; a one-word slip is one post misquoted; spoken words stay compared."""

    def kinds_of(a: str, b: str) -> dict[str, tuple[str, bool]]:
        claim = _claim(a, b)
        return {d.kind: (d.summary, d.conflict) for d in compare_claim(claim, Context(texts={"0.txt": a, "1.txt": b}))}

    two = kinds_of(
        "“The harbour will stay open to every boat this summer and next,” the mayor tweeted.",
        "The mayor tweeted that “the harbour will stay open to all boats this summer and next.”",
    )
    assert not two.get("quotes", ("", False))[1]
    slip = kinds_of(
        "“The harbour will stay open to every boat this summer and next,” the mayor tweeted.",
        "The mayor tweeted that “the harbour will stay open to every boat this coming summer and next.”",
    )
    assert slip["quotes"][1]
    spoken = kinds_of(
        "“The harbour will stay open to every boat this summer and next,” the mayor said.",
        "The mayor said that “the harbour will stay open to all boats this summer and next.”",
    )
    assert spoken["quotes"][1]


def test_words_only_one_outlet_quotes_of_a_speaker_another_quotes_are_these_words():
    """Invented text (audit 178 read "only A quotes Ann Roe: ..." as saying no other outlet quotes her,
    where another outlet on the page quotes her in other words): the detail says "these words of"."""
    a = "“The pier stays shut until May,” Ann Roe said on Friday, and Bo Lee called it “a sad day”."
    b = "The pier closed on Friday, a day Bo Lee called “a sad day” for the town."
    claim = _claim(a, b)
    plain = _summaries(claim, Context(texts={"0.txt": a, "1.txt": b}))["quotes"]
    assert "Only Outlet A quotes Ann Roe: “The pier stays shut until May”" in plain
    said = f"{b} “It had to be done,” Ann Roe said of the closure."
    told = _summaries(claim, Context(texts={"0.txt": a, "1.txt": said}))["quotes"]
    assert "Only Outlet A quotes these words of Ann Roe: “The pier stays shut until May”" in told


def test_the_one_outlet_quoting_here_gives_these_words_of_a_speaker_another_quotes_elsewhere():
    """Invented text (audit 188 read "only A quotes here (Ann Roe: ...)" as no other outlet quoting her,
    where B quotes her in the next paragraph): "these words of", and her name once for two quotes."""
    a = "“The pier stays shut until May,” Ann Roe said. “It is not safe,” Ann Roe said."
    b = "The pier will stay shut until May, the council said."
    claim = _claim("“The pier stays shut until May,” Ann Roe said.", "“It is not safe,” Ann Roe said.", b)
    claim.members[1] = replace(claim.members[1], outlet="Outlet A", source="0.txt", index=1)
    plain = _summaries(claim, Context(texts={"0.txt": a, "2.txt": b}))["quotes"]
    assert plain == "Only Outlet A quotes here (Ann Roe: “The pier stays shut until May” and “It is not safe”)."
    said = f"{b} “It had to be done,” Ann Roe said of the closure."
    told = _summaries(claim, Context(texts={"0.txt": a, "2.txt": said}))["quotes"]
    assert told.startswith("Only Outlet A quotes here (these words of Ann Roe: “The pier stays shut until May” and")


def test_a_detail_given_only_by_a_weaker_match_sentence_says_so():
    """Invented text (audit 119: "only A quotes Ann Roe: ..." taken from a sentence its page marks a
    weaker match, with no word of it): the outlet is named as giving it in such a sentence."""
    from generator.compare.claim.difference import Difference
    from generator.pages import _weak_givers

    a1 = _s("A", 0, "The pier closed on Friday after the storm, the council said.")
    a2 = _s("A", 1, "“The pier stays shut until May,” Ann Roe said.")
    b1 = _s("B", 0, "The council closed the pier on Friday after the storm.")
    claim = Claim("c", "c", [a1, a2, b1])
    claim.weak_sentences = [a2.key]
    quoted = Difference(
        "quotes",
        "Only Outlet A quotes Ann Roe: “The pier stays shut until May”.",
        {"Outlet A": ["The pier stays shut until May"]},
    )
    assert _weak_givers(claim, quoted) == ["Outlet A"]
    dated = Difference("dates", "Only Outlet A gives Friday.", {"Outlet A": ["Friday"]})
    assert _weak_givers(claim, dated) == []  # its matching sentence gives it too


def test_counts_of_events_in_two_named_places_are_no_disagreement():
    """Invented text (a blind reading of ECB+ items: a count at one school set against another school's
    strike). Each wording says where its event happened, and no place is common: two events."""
    apart = kinds(
        _claim(
            "Some 30 people were killed when shells hit a school in the Lee refugee camp, officials said.",
            "Four people were killed when a shell hit a school in the southern town of Port Roe.",
        )
    )
    assert "numbers" not in apart or not apart["numbers"][1]
    same = kinds(
        _claim(
            "Some 30 people were killed when shells hit a school in the Lee refugee camp, officials said.",
            "Twelve people were killed when shells hit a school in the Lee camp on Tuesday.",
        )
    )
    assert same["numbers"][1]


def test_a_question_many_asked_is_not_the_words_of_the_one_who_relays_it():
    """Invented text (audit 119: evacuees' question, relayed by a driver the tag names, labelled as his)."""
    text = "They were scared, Mr. Roe said, and all asked one thing: “How could it happen here?"
    assert utterance_speaker(text, [], [], "Bo Roe drove them home. " + text) is None
    own = "They were scared, Mr. Roe said: “How could it happen here?”"
    assert utterance_speaker(own, [], [], "Bo Roe drove them home. " + own) is not None


def test_a_paragraph_that_reopens_a_long_quote_goes_on_with_its_speaker():
    """Invented text (audit 120: two sentences of a swimmer's long quote unlabelled). News style opens
    each paragraph of a long quote with a mark and closes only the last; a paragraph that reopens it
    and closes it with no tag is the words of whoever the quote's opening gives them to."""
    s_a = '"We saw the boat drift off," Roe said.'
    s_b = '"Then the wind picked up.'
    s_m = "I stayed on the deck, I was sure we could ride it out."
    s_c = "\"And then the mast snapped, and he said, 'Jump,' and I jumped."
    s_d = 'We swam for an hour."'
    article = f"Ann Roe, a sailor, was rescued on Sunday.\n{s_a} {s_b} {s_m}\n{s_c} {s_d}"
    assert utterance_speaker(s_c, [s_m, s_b, s_a], [s_d], article) == "Roe"
    assert utterance_speaker(s_d, [s_c, s_m, s_b, s_a], [], article) == "Roe"


def test_a_night_and_the_next_morning_give_each_other():
    """Invented text (audit 120: "only A gives Friday" of a flight "on Friday morning" beside B's "flew
    out Thursday night"): a day said late gives the next morning's, and back; not a bare day."""
    saturday = date(2016, 8, 20)
    days = {"0.txt": saturday, "1.txt": saturday}
    morning = _claim(
        "The two rowers flew home to Port Town on Friday morning, the club said.",
        "The two rowers flew out of the island Thursday night, the club said.",
    )
    assert "Friday" not in kinds(morning, days).get("dates", ("", False))[0]
    bare = _claim(
        "The two rowers flew home to Port Town on Friday, the club said.",
        "The two rowers flew out of the island Thursday night, the club said.",
    )
    assert "Friday" in kinds(bare, days).get("dates", ("", False))[0]


def test_a_day_given_across_the_night_is_said_in_each_outlets_words():
    """Invented text (audits 144, 145: "only A and B give Sunday" of B's "late Saturday"): an outlet
    that gives a day across the night is named with its own words, and its day is not listed again
    as a second value."""
    saturday = date(2016, 8, 20)
    days = {"0.txt": saturday, "1.txt": saturday, "2.txt": saturday}
    claim = _claim(
        "The two rowers flew home to Port Town on Friday morning, the club said.",
        "The two rowers flew out of the island late Thursday, the club said.",
        "The two rowers left the island, the club said.",
    )
    summary = kinds(claim, days)["dates"][0]
    assert summary == "Only Outlet A and Outlet B give Friday morning (Outlet B: late Thursday)."
    # Where the others give it as it is, it is printed bare (audit 148: "give Saturday morning" of
    # outlets that say "Saturday").
    bare = _claim(
        "The two rowers flew home to Port Town on Friday morning, the club said.",
        "The two rowers flew home on Friday, the club said.",
        "The two rowers left the island, the club said.",
    )
    assert kinds(bare, days)["dates"][0] == "Only Outlet A and Outlet B give Friday."
    # Late or early in a month is no time of a day, but a part of the month: printed as the outlet
    # says it where only it gives the month, and no other outlet's "early March" gives it (audit 190);
    # where another gives the month bare, bare.
    month = _claim("The pier closed in late March, the club said.", "The pier closed, the club said.")
    assert kinds(month, days)["dates"][0] == "Only Outlet A gives late March."
    early = _claim(
        "The pier closed in late March, the club said.",
        "The pier closed, the club said.",
        "The pier shut in early March, the club said.",
    )
    assert kinds(early, days)["dates"][0].startswith("Only Outlet A gives late March; only Outlet C gives early March.")
    bare = _claim("The pier closed in late March, the club said.", "The pier closed in March, the club said.")
    assert "dates" not in kinds(bare, days)


def test_a_place_a_sentence_opens_with_speaks_no_quote():
    """Invented text (audit 149: "— Said by" a district's name, of an official's words after "In
    Bener Meriah, ..., a local official told AFP."): a place the sentence before opens with is no
    person its "he said" stands for."""
    from generator.compare.quote.tags import quote_speaker

    quote = "“We have no power and the phones are down,” he added."
    before = "In Harbour Vale, about 300 people slept outdoors, a local official said."
    assert quote_speaker(quote, [before], [], f"{before} {quote}") is None
    named = "In Harbour Vale, Mayor Ann Roe spoke to the crews."
    assert quote_speaker("“We will rebuild,” she said.", [named], [], named) == "Ann Roe"


def test_a_reply_keeps_the_particle_of_its_speakers_name():
    """Invented text (audit 120: "— Silva Veloso", a name no article writes, of "da Silva Veloso
    responded"): the particle is part of the surname a reply's tag names."""
    text = 'Told of the plan, da Silva Roe responded: "We will see."'
    before = "Chief Ana da Silva Roe spoke on Monday."
    assert utterance_speaker(text, [before], [], f"{before} {text}") == "da Silva Roe"


def test_people_counted_on_top_of_others_are_counted():
    """Invented text (audit 152: "only A gives four people" beside B's "Four other people died"):
    "four other people" and "two more officers" count people, as "four others" does; as counts on top
    of others they are never set against another outlet's count."""
    from generator.compare.number import counts, number_slots

    assert [x.surface for x in number_slots("Four other people died.")] == ["four other people"]
    assert [x.surface for x in number_slots("He said two more officers were hurt.")] == ["two more officers"]
    assert not number_slots("Three other states sued.")
    assert not counts("Four other people died.")
    hospital = _numbers_detail(
        "Another four people died in hospital, the harbour doctor said.",
        "Four other people died in hospital, he said.",
        "Dozens were hurt and taken to three clinics, he said.",
    )
    assert hospital == "Only Outlet A and Outlet B give four people; only Outlet C gives three clinics."
    blast = kinds(
        _claim("Six people died in the blast, police said.", "Four other people died in the blast, police said.")
    )
    assert blast["numbers"] == ("Only Outlet A gives six people; only Outlet B gives four other people.", False)


def test_a_figure_converted_in_brackets_is_given():
    """Invented text (audit 152: "only A and B give six miles" where C printed "10 kilometres (6
    miles)"): the figure in brackets is one the outlet gives."""
    miles = _numbers_detail(
        "The ferry sank in water 10 kilometres (6 miles) deep, the coast guard said.",
        "The ferry sank in water six miles deep, the coast guard said.",
        "The ferry sank, the coast guard said.",
    )
    assert miles == "Only Outlet A gives 10 kilometres; only Outlet A and Outlet B give six miles."


def test_a_count_worded_with_a_word_between_is_the_same_count():
    """Invented text (audit 153: "four consecutive life sentences" was read as no figure, so "only A and
    B give four sentences" left it out): "four consecutive life terms" is read as "four life terms" is,
    given by "four terms of life", and is no other value beside it."""
    terms = _numbers_detail(
        "Roe got four consecutive life terms on Monday.",
        "Roe got seven life terms and four terms of life without parole.",
        "Roe was sentenced on Monday.",
    )
    assert terms == (
        "Only Outlet A and Outlet B give four consecutive life terms (Outlet B: four terms); "
        "only Outlet B gives seven life terms."
    )


def test_a_year_said_from_the_articles_date_is_told_where_other_articles_name_that_year_elsewhere():
    """Invented text (audit 150's Hunter claim: "earlier this year" left out beside "2017" because the
    other articles named the year of their date for other things): C's "last year" is told beside A's
    and B's 2027 though their articles give 2029 elsewhere."""
    texts = (
        "The port bought the old ferry yard in 2027, officials said.",
        "The port's purchase of the old ferry yard in 2027 was approved by the council.",
        "Last year, the port bought the old ferry yard for $4 million.",
    )
    days = {f"{i}.txt": date(2030, 5, 2) for i in range(3)}
    articles = {
        "0.txt": texts[0] + "\nThe harbour flooded in 2029.",
        "1.txt": texts[1] + "\nA new mayor took office in 2029.",
        "2.txt": texts[2],
    }
    summary = _summaries(_claim(*texts), Context(days=days, texts=articles))
    assert summary["dates"].startswith("Only Outlet A and Outlet B give 2027; only Outlet C gives last year (2029).")


def test_a_motive_denied_is_no_denial_of_the_act():
    """Invented text (audit 155: "the motive of the deal ... was not to sell its products but to ..." was
    listed as saying the opposite of "plans to sell servers"): a negation of why something is done
    denies no statement that it is done."""
    motive = "The main reason for buying the ferry line was not to run ferries but to own its piers, Roe said."
    plan = "Harbour Co plans to run ferries on the line, but it bought it mostly for its piers."
    assert not negation_conflict(motive, plan)
    assert negation_conflict("Harbour Co will not run ferries on the line, Roe said.", plan)


def test_an_event_dated_after_an_article_came_out_is_not_what_it_tells():
    """Invented text (audit 154: Wednesday night's crowd set against a count in an article of the
    Monday before, of Monday's march): where every day one sentence names falls after the other
    outlet's article came out, the two tell two events, never one told two ways."""

    def numbers(date_b: str) -> list:
        story, _, _ = _two_claims(
            "Late on Wednesday, some 200 people marched to the harbour, police said.",
            "Nearly 100 people marched to the harbour, police said.",
        )
        story.articles[0].date = "2030-03-14"  # a Thursday
        story.articles[1].date = date_b
        return [d for d in compare_story(story, _likely(0.9)) if d.kind == "numbers"]

    assert not numbers("2030-03-11")  # the Monday before the march
    assert numbers("2030-03-14")


def test_a_crowd_counted_as_people_and_shots_counted_as_bullets_are_one_count():
    """Invented text (audits 154 and 155: a count of people and of demonstrators, "13 bullets"
    and "13 shots" were told as figures only one outlet gives)."""
    crowd = _numbers_detail(
        "Police said 38 people were held at the harbour.",
        "At least 38 demonstrators were held at the harbour, police said.",
        "Many were arrested at the harbour.",
    )
    assert crowd == "Only Outlet A and Outlet B give 38 people (Outlet B: at least 38 demonstrators)."
    shots = _numbers_detail(
        "Roe fired 13 bullets at the car, police said.",
        "Roe fired 13 shots at the car, police said.",
        "Roe fired at the car.",
    )
    assert shots == "Only Outlet A and Outlet B give 13 bullets."


def test_a_person_who_concurs_is_whom_the_next_he_said_stands_for():
    """Invented text (audit 154: "he said" after "His cousin, ..., concurred." was read as the man
    quoted before): the one who concurs speaks next."""
    from generator.compare.quote.tags import reported_speaker

    before = ["His cousin, Bo Lee, also a ferryman, concurred.", "“They never check the ferries,” said Ann Roe, 39."]
    text = "Last year, he said, an inspector stopped him at the pier and fined him."
    assert reported_speaker(text, before) == "Bo Lee"


def test_a_sums_scale_in_letters_is_read():
    """Invented text (audit 155: "$334m" and "($281M in cash)" were read as no figure, so "only A
    gives $334 million" left out the outlet that wrote "$334m")."""
    from generator.compare.number import number_slots

    assert [x.value for x in number_slots("It cost £2bn and €5.4bn.")] == [2e9, 5.4e9]
    assert not number_slots("He ran 5m in the heat.")
    sums = _numbers_detail(
        "Harbour Co will pay $334m for the ferry line, it said.",
        "Harbour Co will pay $334 million for the ferry line, it said.",
        "Harbour Co will buy the ferry line, it said.",
    )
    assert sums == "Only Outlet A and Outlet B give $334 million."


def test_a_quote_that_speaks_of_someone_is_not_given_to_them():
    """Invented text (audit 154: a spokesman's "As president, Senator X will fight ..." was printed as
    X's words, the sentence naming X as stating before it)."""
    plan = "Roe opposed the plan to close the pier."
    aide = (
        "At the time, Roe stated that he opposed the plan, with an aide stating: "
        "“As mayor, Senator Roe will fight to keep the pier open.”"
    )
    assert _summaries(_claim(aide, plan))["quotes"] == (
        "Only Outlet A quotes here (“As mayor, Senator Roe will fight to keep the pier open”)."
    )
    own = "At the time, Roe stated that he opposed the plan: “As mayor, I will fight to keep the pier open.”"
    assert _summaries(_claim(own, plan))["quotes"] == (
        "Only Outlet A quotes here (Roe: “As mayor, I will fight to keep the pier open”)."
    )


def test_words_capitalised_only_in_a_title_case_line_are_no_names():
    """Invented text (audit 155: "only A names the Stage", from a deck in Title Case): a name the
    outlet writes only in lines in Title Case is capitals of style."""
    deck = (
        "Harbour Co Low-Cost Ferry Services Set the Stage for Harbour Co’s Disruptive Approach To Lead "
        "Fast-Growing Coastal Market"
    )
    plan = "Harbour Co plans cheaper ferry crossings across the bay, Roe said."
    assert _summaries(_claim(deck, plan))["names"] == "Only Outlet B names Roe."


def test_a_models_year_is_no_date():
    """Invented text (audit 156: "only A gives 2013", the year of a car's model): a year between a
    determiner or a describing word and a vehicle's make names the model; after "in" it dates."""
    from generator.compare.date import dates

    assert dates("The driver of a grey 2029 Toyota Camry fled on Friday.") == {"friday": "Friday"}
    assert dates("Roe’s 2024 Honda was found.") == {}
    assert dates("In 2029 Ford sold more trucks.") == {"2029": "2029"}


def test_a_people_counted_by_its_name_is_a_count_of_people_and_a_clock_after_a_hyphen_is_none():
    """Invented text (audits 156 and 157: "only A, B and C give" a count of people beside D's count of
    Turkmens; a figure "00" read from a game clock after a hyphen, "the under-12:00 break")."""
    from generator.compare.number import number_slots

    voters = _numbers_detail(
        "Over 1.5 million people could vote in the poll, officials said.",
        "Over 1.5 million Turkmens could vote in the poll, officials said.",
        "Many were eligible to vote, officials said.",
    )
    assert voters == "Only Outlet A and Outlet B give over 1.5 million people (Outlet B: over 1.5 million Turkmens)."
    assert [x.surface for x in number_slots("Three Democrats voted no.")] == []  # a party, no people counted so
    # A people's adjective before another noun counts no people ("two Canadian ferries", "100 Brazilian reals").
    assert not number_slots("Two Canadian ferries sailed.") and not number_slots("They paid 100 Brazilian reals.")
    assert not number_slots("Roe came on at the under-12:00 break and scored.")


def test_sums_in_two_currencies_are_no_two_values_of_one_sum():
    """Invented text (a blind reading of ECB+ items: "$136M worth" set against "£88m worth" of one
    theft, the same sum in two currencies)."""
    from generator.compare.number import number_slots

    assert not number_conflicts(
        "A thief made off with $136 million worth of gems from the harbour hotel.",
        "A thief made off with £88m worth of gems from the harbour hotel.",
        True,
    )
    assert number_conflicts(
        "A thief made off with $136 million worth of gems from the harbour hotel.",
        "A thief made off with $88m worth of gems from the harbour hotel.",
        True,
    )
    assert [x.surface for x in number_slots("A thief stole £88m worth of gems.")] == ["£88 million worth"]


def test_crews_that_responded_to_a_fire_said_nothing():
    """Invented text (audit 159: "“a number” of other apparatus" was printed as the words of a fire
    department that "responded to the blaze")."""
    from generator.compare.quote import speakers

    arrived = "Crews of the Harbour Fire Service responded to the blaze with “a few” of their engines."
    assert speakers(arrived) == set()
    assert speakers("“It will hold,” Roe responded to a reporter.") == {"Roe"}
    assert speakers("Ann Roe responded to reports that the pier would close: “It will not.”") == {"Ann", "Roe"}
    assert speakers("Officers from the Harbour Police responded to reports of shots fired.") == set()


def test_figures_of_events_days_apart_are_two_events_and_a_monthly_weekday_is_no_day():
    """Invented text (audit 161: a Wednesday aftershock's distance from the city set against the Sunday
    quake's; a weekday of every month read as a day)."""
    from generator.compare.date import dates, days_apart

    aftershock = "Wednesday's quake struck some 75 kilometres west of Port Town."
    quake = "The first quake struck on Sunday about 135 kilometres from Port Town."
    assert days_apart(aftershock, None, quake, None)
    assert not days_apart(aftershock, None, "The quake struck on Wednesday, 135 kilometres away.", None)
    # Dated articles: "today" in one of Wednesday 14 March against "Sunday" in one of Monday 12 March
    # (11 March); in one of Sunday 18 March against "Sunday" in one of Monday 19 March, one day.
    today = "The quake struck today some 75 kilometres west of Port Town."
    assert days_apart(today, date(2029, 3, 14), quake, date(2029, 3, 12))
    assert not days_apart(today, date(2029, 3, 18), quake, date(2029, 3, 19))
    # Police said it on Friday: the day it was said, not the day of the quake.
    assert not days_apart("Police said Friday the quake struck 75 kilometres away.", None, quake, None)
    assert dates("Updates come out on the second Friday of each month.") == {}
    crowd = _numbers_detail(
        "About 14,000 people fled to the hills, officials said.",
        "Some 14,000 refugees fled to the hills, officials said.",
        "Many fled to the hills, officials said.",
    )
    assert crowd == "Only Outlet A and Outlet B give about 14,000 people (Outlet B: some 14,000 refugees)."


def test_a_year_that_labels_a_thing_in_every_wording_is_no_date_detail():
    """Invented text (audits 164 and 165: "only A and B give 2015" of two outlets that name "the 2015
    pact" under a claim of its renewal; "a 1962 trade law")."""
    from generator.compare.claim.given import labelling_year

    assert labelling_year("The harbour board delayed renewing the 2015 ferry pact.", "2015")
    assert labelling_year("Roe's 2016 rival lost.", "2016")
    assert not labelling_year("The ferry pact was signed in 2015 and renewed since.", "2015")
    assert not labelling_year("The 2015 pact and the one signed in 2015 differ.", "2015")  # one says when
    assert not labelling_year("The ferries of 2015, 2016 and 2017.", "2015")
    assert not labelling_year("Her licence was suspended after a 2019 arrest.", "2019")  # it dates an event
    assert not labelling_year("He was serving time for a 2001 armed assault conviction.", "2001")
    days = {"0.txt": date(2031, 4, 2), "1.txt": date(2031, 4, 2), "2.txt": date(2031, 4, 2)}
    labels = _claim(
        "The harbour board delayed renewing the 2015 ferry pact, which caps fares.",
        "The 2015 pact the board signed caps fares for ten years.",
        "The board will choose next month whether to renew the pact.",
    )
    assert "dates" not in kinds(labels, days)
    # A year one wording says when something happened still makes a detail.
    dated = _claim(
        "The harbour board delayed renewing the 2015 ferry pact, which caps fares.",
        "The pact the board signed in 2015 caps fares for ten years.",
        "The board will choose next month whether to renew the pact.",
    )
    assert kinds(dated, days)["dates"][0].startswith("Only Outlet A and Outlet B give 2015")


def test_a_shooting_tally_and_a_score_said_with_its_time_count_nothing():
    """Invented text (audits 166 and 167: a tally's first figure read as a count, a score said with when it
    stood read as "13 late")."""
    assert number_slots("Roe added 17 points, with a 10-for-11 mark at the line.") == []
    assert number_slots("The Gulls levelled the match at 21 late in the second half.") == []
    assert [x.surface for x in number_slots("The harbour board waived 13 late fees.")] == ["13 late fees"]
    # A sum with the time after it, and one converted in words in brackets (audit 166).
    late = number_slots("Thieves took gems worth over $3.1 million early Friday.")
    assert [(x.surface, x.unit) for x in late] == [("$3.1 million", "dollar")]
    words = number_slots("Thieves took $5.3 million (four million euros) in gems.")
    assert [x.surface for x in words] == ["$5.3 million"]


def test_a_weekday_still_to_come_is_no_day_of_the_article_week():
    """Invented text (audit 167: "next Sunday", a game to come, credited as giving the Sunday of a game
    already played)."""
    from generator.compare.date import dates

    assert dates("The Gulls play at Port Town next Sunday.") == {}
    assert dates("They meet again this coming Friday.") == {}
    assert dates("The Gulls played on Sunday.") == {"sunday": "Sunday"}
    assert dates("Following Monday's vote, the board met.") == {"monday": "Monday"}


def test_a_day_still_to_come_is_not_set_against_one_gone_by():
    """Invented text (audit 167: a lead actor quits the show "at Christmas", in an August article, set
    beside the Sunday his successor was named, as one event dated two ways)."""
    from generator.compare.date import yet_to_come

    august = date(2031, 8, 4)
    leaves = "Ann Roe takes over from Bo Lee, who quits the show at Christmas."
    named = "Ann Roe was named as the new lead on Sunday."
    assert yet_to_come(("Christmas", leaves, august), ("Sunday", named, august))
    assert yet_to_come(("Sunday", named, august), ("Christmas", leaves, august))
    # A bare weekday in a wording that looks ahead may be the next one: no two events for sure.
    due = "Bo Lee is due in court on Tuesday."
    assert not yet_to_come(("19 August", "The hearing is on 19 August.", august), ("Tuesday", due, august))
    # A day to come for one article but gone by when the other was written may be one planned event.
    assert not yet_to_come(("Christmas", leaves, august), ("Sunday", named, date(2031, 12, 28)))
    days = {"0.txt": august, "1.txt": august}
    claim = _claim(
        "Ann Roe will be the new lead, taking over from Bo Lee, who quits the show at Christmas.",
        "Ann Roe will be the new lead, taking over from Bo Lee, the producer announced on Sunday.",
    )
    summary, conflict = kinds(claim, days)["dates"]
    assert not conflict and "Different days" not in summary


def test_a_one_word_title_in_quotation_marks_is_named_not_quoted():
    """Invented text (audit 166: "only A quotes “Scrubs”" of a show's name)."""
    claim = _claim(
        "Roe had a role on “Moorings” and starred in “Harbour Lights” and “The Long Pier.”",
        "Her films include “Harbour Lights” and “The Long Pier.”",
    )
    found = _summaries(claim)
    assert "quotes" not in found and found["names"] == "Only Outlet A names “Moorings”."


def test_a_company_named_by_its_initials_with_co_left_out_in_full():
    """Invented text (audit 166: "only A names TSMC" beside B's "Taiwan Semiconductor Manufacturing")."""
    claim = _claim(
        "The yard builds hulls with HSSC and two other firms.",
        "The yard builds hulls with Harbour Steel Shipping and Port Town Metals.",
    )
    assert "HSSC" not in _summaries(claim).get("names", "")
    other = _claim("The yard builds hulls with HSSC and two other firms.", "The yard builds hulls with Harbour Steel.")
    assert "HSSC" in _summaries(other)["names"]


def test_a_heading_that_credits_reports_is_not_about_a_report():
    """Invented text (audit 169: "only A, B and C give Tuesday", the day media reports came out, under a
    claim of a trip made over the weekend, headed by a sentence "..., according to media reports Tuesday")."""
    days = {"0.txt": date(2031, 4, 8), "1.txt": date(2031, 4, 8)}
    claim = _claim(
        "Ann Roe met the harbour board on Saturday, according to media reports on Tuesday.",
        "Ann Roe met the harbour board on Saturday.",
    )
    assert "dates" not in kinds(replace(claim, heading_key=claim.members[0].key), days)


def test_counts_of_people_to_whom_two_things_befell_are_no_two_values_of_one():
    """Invented text (audit 170: a school's dead set beside the people sheltering in another school, as
    two values of one count)."""
    killed = "Officials said 42 people were killed at the harbour school."
    sheltering = "About 60 people were sheltering at the harbour school, officials said."
    assert not number_conflicts(killed, sheltering, True)
    assert not number_conflicts(killed, "They were among 60 people who had fled to the school.", True)
    # The dead said two ways are one fate: two tolls still differ.
    assert number_conflicts(killed, "At least 43 people died at the harbour school, officials said.", True)


def test_a_crews_dead_and_its_size_are_no_two_values_of_one_count():
    """Invented text (session 80: an outlet's highlights, now aligned, set the dead of a crew beside
    another outlet's crew of that many, and beside the usual size of such crews)."""
    dead = 'Nine members of a "smokejumper" crew from the valley died in the blaze'
    # Who the count is of, then what befell them: a crew's survivors and its dead are two groups.
    assert not number_conflicts(dead, "Only one of the Ridge Smokejumpers' 10 members survived.", True)
    # The usual size of a kind of thing is no count of the story's.
    assert not number_conflicts(dead, "Smokejumper crews often have about 10 members.", True)
    # Two tolls of the crew's dead still differ.
    assert number_conflicts(dead, "Ten members of the smokejumper crew were killed.", True)
    assert number_conflicts(dead, "All 10 members of the smokejumper crew died.", True)


def _two_tolls(first: tuple[str, str], second: tuple[str, str]) -> list:
    """A numbers conflict of two outlets' sentences (Outlet A's and Outlet B's), each given as its text
    and the value the conflict reads in it."""
    from generator.compare.claim.pair import Conflict

    a = Sentence("Outlet A", "0.txt", first[0], 0, 0, 1, 1)
    b = Sentence("Outlet B", "1.txt", second[0], 1, 0, 1, 1)
    return [Conflict("numbers", a, b, first[1], second[1])]


def test_a_third_outlets_figure_sides_with_a_count_only_if_the_same_befell_them_near_its_bound():
    """Invented text (an ECB+ story's item listed a count of the wounded beside a death toll of
    "more than 40 people"): a third outlet's figure is listed as agreeing with a side only when what
    befell them is the same (read after the figure or from the verb before it) and, beside a bound
    open on one side, near it."""
    from generator.compare.claim.given import _agreeing_numbers

    found = _two_tolls(
        ("Some 30 people were killed when shells hit it, officials said.", "some 30 people were killed"),
        ("More than 40 people died when shells hit it, doctors said.", "more than 40 people"),
    )
    whole = {
        "Outlet C": "The blast, which also injured about 45 people, came at dawn.",
        "Outlet D": "Shells hit the school, killing 42 people.",
        "Outlet E": "About 90 people were killed across the camp that week.",
        "Outlet F": "The attack also wounded some 30 people.",
    }
    assert _agreeing_numbers(found, whole) == {"Outlet D": ["killing 42 people"]}


def test_a_name_that_differs_in_its_last_word_only_is_one_name_given_two_ways():
    """Invented names (blind ECB+ judges read "different names for the same thing" of "... Clinic" /
    "... Center" as no disagreement): a name of three words or more that differs from the other in its
    last word only, the kind of place, is one name given two ways; one that differs in another word
    names two things."""
    from generator.compare.claim.pair import Conflict
    from generator.compare.claim.summary import _conflict_summary

    a = _s("A", 0, "She checked into the Harbour Street Clinic on Friday.")
    b = _s("B", 0, "She checked into the Harbour Street Center on Friday.")
    one = [Conflict("names", a, b, "Harbour Street Clinic", "Harbour Street Center")]
    summary, _ = _conflict_summary("names", one)
    assert summary == "One name given two ways (Outlet A: Harbour Street Clinic; Outlet B: Harbour Street Center)."
    c = _s("B", 0, "She checked into the Quay Street Clinic on Friday.")
    two = [Conflict("names", a, c, "Harbour Street Clinic", "Quay Street Clinic")]
    assert _conflict_summary("names", two)[0].startswith("Different names for the same thing (")
    # Two words alone say too little to be one name given two ways ("Lee Clinic" / "Lee Center").
    assert _conflict_summary("names", [Conflict("names", a, b, "Lee Clinic", "Lee Center")])[0].startswith("Different")


def test_one_name_given_two_ways_found_in_several_claims_is_listed_once_with_every_outlet():
    """Invented names (an ECB+ story listed one clinic's two names three times, each item with some of
    the outlets that used them): names items with a sentence in common and the same names in all are
    one item, with every outlet's; items with other names, or none in common, stay apart."""
    from generator.compare.story import Disagreement, _once

    def item(claim: str, sides: list[tuple[Sentence, str]]) -> Disagreement:
        values = {s.outlet: [name] for s, name in sides}
        parts = "; ".join(f"{o}: {vs[0]}" for o, vs in values.items())
        members = tuple(s for s, _ in sides)
        return Disagreement("names", f"One name given two ways ({parts}).", (claim,), members, values)

    a = _s("A", 0, "She checked into the Harbour Street Clinic.")
    b = _s("B", 0, "She checked into the Harbour Street Center.")
    c = _s("C", 0, "She is at the Harbour Street Center.")
    d = _s("D", 0, "The Harbour Street Center took her in.")
    first = item("c1", [(a, "Harbour Street Clinic"), (b, "Harbour Street Center")])
    second = item("c2", [(a, "Harbour Street Clinic"), (c, "Harbour Street Center"), (d, "Harbour Street Center")])
    [one] = _once([first, second])
    assert one.summary == (
        "One name given two ways (Outlet A: Harbour Street Clinic; Outlet B: Harbour Street Center;"
        " Outlet C: Harbour Street Center; Outlet D: Harbour Street Center)."
    )
    assert one.claims == ("c1", "c2") and [m.key for m in one.members] == [a.key, b.key, c.key, d.key]
    e = _s("E", 0, "She checked into the Quay Street Clinic.")
    other = item("c3", [(a, "Harbour Street Clinic"), (e, "Quay Street Clinic")])
    assert len(_once([first, other])) == 2
    elsewhere = _s("C", 1, "The Harbour Street Clinic.")
    apart = item("c4", [(elsewhere, "Harbour Street Clinic"), (d, "Harbour Street Center")])
    assert len(_once([first, apart])) == 2


def test_a_third_outlets_count_of_the_dead_said_by_its_verb_alone_sides_with_a_count():
    """Invented text (audit 226: a list of two outlets' death tolls of an old fire left out a third
    outlet that gave one of them as "which killed 29."): a figure after "killed" with no noun after
    it counts the dead, and an outlet that gives one of a conflict's values so is listed with it; one
    that counts something else or gives no such figure is not."""
    from generator.compare.claim.given import _agreeing_numbers
    from generator.compare.number import dead_counted_bare

    found = _two_tolls(
        ("In 1931, 25 firefighters died in the Ridge fire.", "25 firefighters"),
        ("The list says 29 firefighters were killed in the Ridge fire.", "29 firefighters"),
    )
    whole = {
        "Outlet C": "The list names the 1931 Ridge fire, which killed 29.",
        "Outlet D": "The Ridge fire burned 29 homes in 1931.",
        "Outlet E": "The storm killed 31 in the valley.",
    }
    assert _agreeing_numbers(found, whole) == {"Outlet C": ["killed 29"]}
    assert [s.value for s in dead_counted_bare("A blast killing twelve and injuring 40 shook it.")] == [12.0]
    assert dead_counted_bare("He was killed in 1931.") == dead_counted_bare("It killed 25 firefighters.") == []


def test_an_outlet_quoting_another_named_person_under_a_quote_heading_is_a_weaker_match():
    """Invented text (audit 236 read "All 3 outlets reported this" of a president's statement, one
    outlet counted for a cabinet secretary's): an outlet whose sentence here gives another named
    person's words, none of the heading's quote, may not tell the remark. One quoting the same person,
    or the heading's words, or telling it in its own words, reports it."""
    from generator.compare import mark_other_speakers

    b = _s("B", 0, "“The harbour will reopen on Friday, and every ferry will run again,” Mayor Ann Roe said.")
    c = _s("C", 0, "“We will reopen the harbour Friday, with every ferry back,” Roe told reporters.")
    others = _s("A", 0, "“Our crews are working with the port to get the boats moving,” Mayor Tom Bell said.")

    def marked(here: Sentence) -> Claim:
        claim = Claim("b", "b", [b, c, here], heading_key=b.key)
        mark_other_speakers(_story([claim]))
        return claim

    claim = marked(others)
    assert claim.other_speakers == {"Outlet A": "Tom Bell"} and claim.weak == ["Outlet A"]
    assert claim.reporting == ["Outlet B", "Outlet C"]
    for here in (
        _s("A", 0, "“The harbour will reopen on Friday,” Tom Bell said."),  # the heading's words: one remark
        _s("A", 0, "“Every boat goes out again on Friday,” Ann Roe said."),  # the heading's speaker
        _s("A", 0, "Tom Bell said crews were working with the port to get the boats moving."),  # own words
    ):
        claim = marked(here)
        assert claim.other_speakers == {} and claim.weak == [] and "Outlet A" in claim.reporting, here.text


def test_an_outlet_giving_another_figure_for_a_listed_number_tells_the_claim_otherwise():
    """Invented text (audit 240 read "all 3 outlets reported this" of a claim whose page set one
    outlet's "third crash" against the heading's "four deadly crashes", a disagreement the story page
    listed): that outlet tells the fact with another value, and is not counted as reporting it. Not
    so where its sentence gives the heading's figure too, where the disagreement is not listed, or
    where more outlets give other figures than the heading's."""
    from generator.compare import Difference, Disagreement, mark_other_numbers
    from generator.pages import claim_counts, told_otherwise

    a = _s("A", 0, "Four deadly crashes have hit the ferry line since 2015.")
    b = _s("B", 0, "It was the ferry line's third fatal crash in five years.")
    c = _s("C", 0, "Officials counted four deadly crashes on the line in that time.")

    def marked(
        b: Sentence, values_b: list[str], listed: bool = True, c: Sentence = c, values_c: list[str] | None = None
    ):
        values = {
            "Outlet A": ["four deadly crashes"],
            "Outlet B": values_b,
            "Outlet C": values_c or ["four deadly crashes"],
        }
        claim = Claim("c", "c", [a, b, c], heading_key=a.key)
        claim.differences = [Difference("numbers", "Different numbers", values, True, (a.key, b.key))]
        story = _story([claim])
        story.disagreements = [Disagreement("numbers", "Different numbers", ("c",), (a, b), values)] if listed else []
        mark_other_numbers(story)
        return story, claim

    story, claim = marked(b, ["third fatal crash"])
    assert claim.other_numbers == ["Outlet B"] and claim.reporting == ["Outlet A", "Outlet C"]
    assert told_otherwise(story, claim) == ["Outlet B"]
    both = _s("B", 0, "It was the third crash this year and the fourth fatal crash since 2015.")
    outnumbered = _s("C", 0, "The line has had three fatal crashes in that time, officials said.")
    for _, claim in (
        marked(both, ["third crash"]),  # its sentence gives the heading's figure too
        marked(b, ["third fatal crash"], listed=False),  # not among "Where outlets differ"
        marked(b, ["third fatal crash"], c=outnumbered, values_c=["three fatal crashes"]),  # two against one
    ):
        assert claim.other_numbers == [] and claim.reporting == ["Outlet A", "Outlet B", "Outlet C"]
    assert claim_counts(marked(b, ["third fatal crash"])[0])["several"] == 1
