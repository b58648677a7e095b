from hypothesis import given, settings
from hypothesis import strategies as st

from generator.segment import split_sentences


def test_abbreviations_and_initials_do_not_split():
    text = "Mr. Smith met Gen. Jones and John F. Kennedy Jr. at 3 p.m. Monday in Washington, D.C. on a visit."
    assert split_sentences(text) == [text]


def test_a_title_after_a_hyphen_and_a_stop_inside_a_bracket_do_not_split():
    """Invented text (audit 139): "Harbour-Mt. Cook" names one park; "(. 512)" is a figure a wire copy
    spaced out; a lowercase word after a hyphen ("state-of-the-art.") still ends its sentence."""
    assert split_sentences("They met in the Harbour-Mt. Cook park on Sunday. Then they left.") == [
        "They met in the Harbour-Mt. Cook park on Sunday.",
        "Then they left.",
    ]
    assert split_sentences("He coached to a 41-39 (. 512) mark. He left in May.") == [
        "He coached to a 41-39 (. 512) mark.",
        "He left in May.",
    ]
    assert split_sentences("The pier is state-of-the-art. No one disputes it.") == [
        "The pier is state-of-the-art.",
        "No one disputes it.",
    ]


def test_us_before_title_is_not_a_boundary():
    text = "Putin spoke to former U.S. President Donald Trump. The Kremlin denied it."
    assert split_sentences(text) == ["Putin spoke to former U.S. President Donald Trump.", "The Kremlin denied it."]


def test_sentence_ending_in_us_before_a_new_sentence():
    text = "It highlights the tension between Russia and the U.S. Trump has expressed his willingness to mediate."
    assert split_sentences(text) == [
        "It highlights the tension between Russia and the U.S.",
        "Trump has expressed his willingness to mediate.",
    ]


def test_quotes_and_ellipses():
    text = (
        "Peskov said, “Nothing can be ruled out.” He added, “European leaders are continuing… to try,” "
        "while Russia waits. “Is it true?” he asked. Then he left..."
        " It was over."
    )
    assert split_sentences(text) == [
        "Peskov said, “Nothing can be ruled out.”",
        "He added, “European leaders are continuing… to try,” while Russia waits.",
        "“Is it true?” he asked.",
        "Then he left...",
        "It was over.",
    ]


def test_numbers_and_lowercase_continuations():
    assert split_sentences("Shares rose 3.5% to $12.40 on Friday. Analysts were surprised.") == [
        "Shares rose 3.5% to $12.40 on Friday.",
        "Analysts were surprised.",
    ]
    assert split_sentences("The war, now over 2 years old, goes on. e.g. this stays.") == [
        "The war, now over 2 years old, goes on. e.g. this stays."
    ]


words = st.text(alphabet="abcXYZ .!?“”\"'…,U.S", min_size=0, max_size=80)


@given(words)
def test_sentences_rebuild_the_paragraph(text: str):
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert " ".join(sentences).split() == text.split()


def test_quote_attribution_and_times():
    assert split_sentences("“Would we have done it without him?” Arians asked. The team won.") == [
        "“Would we have done it without him?” Arians asked.",
        "The team won.",
    ]
    # A tag whose speaker plans or wants to ask is the question's tag (an audit found "Mr. Roe planned to
    # ask." cut from its questions as claims of its own); a new sentence after a question is not.
    assert split_sentences("“Who paid for the ferry?” Mr. Roe planned to ask, the list shows. It was long.") == [
        "“Who paid for the ferry?” Mr. Roe planned to ask, the list shows.",
        "It was long.",
    ]
    assert split_sentences("“Help!” Residents ask for aid at the pier.") == [
        "“Help!”",
        "Residents ask for aid at the pier.",
    ]
    assert split_sentences("“Who paid for it?” Roe also said that he had paid.") == [
        "“Who paid for it?”",
        "Roe also said that he had paid.",
    ]
    assert split_sentences("“We will win.” He said the team was ready.") == [
        "“We will win.”",
        "He said the team was ready.",
    ]
    assert split_sentences("Shots were heard at 11 p.m. Police said two men fled. It was 3 p.m. Monday.") == [
        "Shots were heard at 11 p.m.",
        "Police said two men fled.",
        "It was 3 p.m. Monday.",
    ]


def test_a_dotted_acronym_inside_a_name_does_not_end_a_sentence():
    assert split_sentences("Data from the U.S. Geological Survey show a rise in quakes.") == [
        "Data from the U.S. Geological Survey show a rise in quakes."
    ]
    assert split_sentences("National Security Adviser H.R. McMaster met him on Friday.") == [
        "National Security Adviser H.R. McMaster met him on Friday."
    ]
    assert split_sentences("He lives in the U.S. Smith said he would stay.") == [
        "He lives in the U.S.",
        "Smith said he would stay.",
    ]
    # Initials that open a sentence or a paragraph are a person's (invented names).
    assert split_sentences("A.B.C. Dorne wrote the report. It was long.") == [
        "A.B.C. Dorne wrote the report.",
        "It was long.",
    ]
    assert split_sentences("It rained. J.K. Lorne spoke at noon.") == ["It rained.", "J.K. Lorne spoke at noon."]
    # After a common noun's comma, initials are a person's (audit 148 read "His son, T.J." as a
    # sentence); after a place's comma, a place that may end one.
    assert split_sentences("Her brother, B.J. Lorne, rows for Harbour.") == [
        "Her brother, B.J. Lorne, rows for Harbour."
    ]
    # So after "the", two initials are a person's, not a country's (audit 153 read "Carlesimo pile." as a
    # sentence), and initials joined to another name by a slash go on.
    assert split_sentences("He joins the B.J. Lorne era. It was short.") == [
        "He joins the B.J. Lorne era.",
        "It was short.",
    ]
    assert split_sentences("He joins the Roe/B.J. Lorne list.") == ["He joins the Roe/B.J. Lorne list."]
    assert split_sentences("They met at the U.N. Lorne said so.") == ["They met at the U.N.", "Lorne said so."]
    assert split_sentences("She lives in Washington, D.C. Lorne said so.") == [
        "She lives in Washington, D.C.",
        "Lorne said so.",
    ]
    # A figure after a dotted acronym goes on (news style opens no sentence with one), but a year may open.
    assert split_sentences("She came to the U.S. 20 years ago to work.") == [
        "She came to the U.S. 20 years ago to work."
    ]
    assert split_sentences("She moved to the U.S. 2015 was the year.") == [
        "She moved to the U.S.",
        "2015 was the year.",
    ]


def test_a_dateline_with_the_day_of_the_month_is_a_dateline():
    from generator.compare import names
    from generator.segment import dateline

    for text in [
        "PORT TOWN, March 3 (Reuters) - The harbour reopened.",
        "PORT TOWN, Ore., March 3 (Reuters) - The harbour reopened.",
        "PORT TOWN, Ore. (AP) — The harbour reopened.",
        "March 3 (UPI) — The harbour reopened.",  # a date and a wire credit, no place
    ]:
        assert text[dateline(text) :] == "The harbour reopened.", text
        assert "Reuters" not in names(text) and "March" not in " ".join(names(text))
    assert dateline("Port Town, March 3 was the day the harbour reopened.") == 0
    assert dateline("March 3 — the day the harbour reopened — was wet.") == 0  # a date, no wire credit
    assert split_sentences("PORT TOWN, Ore., March 3 (Reuters) - The harbour reopened. It rained.") == [
        "PORT TOWN, Ore., March 3 (Reuters) - The harbour reopened.",
        "It rained.",
    ]


def test_an_office_after_a_dotted_acronym_with_a_possessive_goes_on():
    assert split_sentences("Records from the U.S. Attorney’s Office show he paid. He left.") == [
        "Records from the U.S. Attorney’s Office show he paid.",
        "He left.",
    ]
    assert split_sentences("He moved to the U.S. Ann's shop opened later.") == [
        "He moved to the U.S.",
        "Ann's shop opened later.",
    ]


def test_an_embedded_posts_trailer_is_found():
    from generator.segment import post_trailer

    cases = {
        "Open again. pic.twitter.com/Q1 — Harbour Board (@HarbourBd) June 1, 2025": ("Open again.", "Harbour Board"),
        '"All safe." @harbourfm #news — Ann Roe (@annroe) Jan. 9, 2024': ('"All safe."', "Ann Roe"),
        "Thanks, crews! — Mayor Lee (@MayorLee) March 3, 2025": ("Thanks, crews!", "Mayor Lee"),
        "Open, they say. https://t.co/a1 pic.twitter.com/b2": ("Open, they say.", ""),
        "The pier reopened. #harbour": ("The pier reopened. #harbour", ""),  # a tag alone is no trailer
        "See https://example.org for the timetable.": ("See https://example.org for the timetable.", ""),
        "The ferry left at 9 — on time.": ("The ferry left at 9 — on time.", ""),
    }
    for text, (kept, author) in cases.items():
        cut, who = post_trailer(text)
        assert (text[:cut], who) == (kept, author), text


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            [
                "Open",
                "pier.",
                "#tag",
                "@pd",
                "pic.twitter.com/x",
                "https://t.co/y",
                "—",
                "(@pd)",
                "May",
                "2,",
                "2025",
                "Ann",
                "x",
            ]
        ),
        max_size=14,
    )
)
def test_a_post_trailer_is_a_suffix_of_links_tags_and_a_signature(parts):
    from generator.segment import post_trailer

    text = " ".join(parts)
    cut, _ = post_trailer(text)
    assert 0 <= cut <= len(text)
    if cut < len(text):
        rest = text[cut:]
        assert "twitter" in rest or "http" in rest or "(@" in rest  # a trailer has a link or a signature
        first = rest.split()[0]
        assert first.startswith(("pic.twitter.com/", "https://", "#", "@", "—")), text  # it opens the run


def test_a_quotation_inside_a_sentence_is_not_split_at_its_marks():
    """Invented text. An opening mark before a lowercase word goes on the sentence ("the U.S. “they will
    ..."), and a quotation's "!" or "?" that the sentence goes on after ("chanted, “Stop! Go back!” as
    they marched", "“Who? Why?” she asked") is the quotation's; a new sentence after them still starts."""
    from generator.segment import split_sentences

    assert split_sentences("He warned that if Roe “acts” the U.S. “they will regret it.” Then he left.") == [
        "He warned that if Roe “acts” the U.S. “they will regret it.”",
        "Then he left.",
    ]
    assert split_sentences("The crowd chanted, “No pier! No toll!” as it marched. Police watched.") == [
        "The crowd chanted, “No pier! No toll!” as it marched.",
        "Police watched.",
    ]
    assert split_sentences("“Who will pay? Who will fix it?” she asked. The mayor left.") == [
        "“Who will pay? Who will fix it?” she asked.",
        "The mayor left.",
    ]
    assert split_sentences("They won! “We did it,” she said.") == ["They won!", "“We did it,” she said."]
    assert split_sentences("He left. “We are ready! We go tonight.” Then he left.") == [
        "He left.",
        "“We are ready!",
        "We go tonight.”",
        "Then he left.",
    ]
