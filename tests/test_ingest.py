from pathlib import Path

import pytest

from generator.errors import InputError
from generator.furniture import HEADING_REASON, SUMMARY_LABEL_REASON, Block, looks_like_heading, sift
from generator.ingest import read_article, read_story_articles

from .conftest import SEED_STORY


def test_seed_furniture_is_dropped_and_listed():
    reading = read_story_articles(SEED_STORY)
    articles = reading.articles
    assert not reading.errors and not reading.warnings
    assert [a.outlet for a in articles] == ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]
    dropped = {(d.source[:3], d.reason, d.text[:30]) for a in articles for d in a.dropped}
    assert ("003", "advertisement", "Advertisement") in dropped
    assert ("003", "related-articles block", "Other Topics of Interest") in dropped
    assert ("001", "feedback prompt", "Leave feedback about this") in dropped
    assert ("003", "corrections footer", "To suggest a correction or cla") in dropped
    assert ("001", "heading", "Putin Denies talks amid war es") in dropped
    body = " ".join(p.text for a in articles for p in a.paragraphs)
    assert "Ukrainian activists interrupted" not in body  # the related-article teaser's blurb
    assert "Advertisement" not in body and "Ctrl + Enter" not in body
    title = articles[2].title
    assert title == "Kremlin denies reports of Trump-Putin call on Ukraine conflict"


def test_rules_are_general_not_the_seed_lines():
    blocks = [
        Block("The minister resigned on Tuesday.", 1),
        Block("ADVERTISEMENT", 2),
        Block("Story continues below advertisement", 3),
        Block("Read more:", 4),
        Block("Flooding hits the coast", 5),
        Block("Rivers burst their banks after a week of rain, officials said.", 6),
        Block("Sign up for our morning newsletter", 7),
        Block("Photo: Jane Doe / Reuters", 8),
        Block("Spotted an error? Report a typo here.", 9),
        Block("He will be replaced next month.", 10),
    ]
    kept, dropped = sift(blocks)
    assert [b.line for b in kept] == [1, 10]
    reasons = {b.line: r for b, r in dropped}
    assert reasons == {
        2: "advertisement",
        3: "advertisement",
        4: "related-articles block",
        5: "related-article teaser",
        6: "related-article teaser",
        7: "newsletter or sharing prompt",
        8: "photo credit",
        9: "corrections footer",
    }


def test_datelines_are_not_headlines(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(
        "21 July 2013 Last updated at 11:11 GMT\n"
        "Waitrose fire in Wellington tackled\n"
        "A fire broke out early on Sunday.\n"
    )
    article = read_article(f)
    assert article.title == "Waitrose fire in Wellington tackled"
    assert [(d.line, d.reason) for d in article.dropped] == [
        (1, "dateline"),
        (2, "headline (shown as the article title)"),
    ]
    # A stamp of a day in figures, or with "@", is no headline nor a claim either (audit 137 read
    # "3 / 27 / 2012 @ 10:05AM" as a headline and "05 / 02 / 2013" as a story's first claim).
    for stamp in ("3 / 27 / 2029 @ 10:05AM", "05 / 02 / 2029"):
        f.write_text(f"{stamp}\nWaitrose fire in Wellington tackled\nA fire broke out early on Sunday.\n")
        article = read_article(f)
        assert article.title == "Waitrose fire in Wellington tackled", stamp
        assert (1, "dateline") in [(d.line, d.reason) for d in article.dropped], stamp


def test_heading_detection():
    assert looks_like_heading("No signals from the West, says Kremlin")
    assert not looks_like_heading("Peskov said there had been no conversation.")
    assert not looks_like_heading("“We will continue the operation until we achieve our goals,” said Peskov")
    # An explainer's sub-heading may be a question of its own, up to twelve words (an audit found
    # "What has the mayor said about the harbour plan?"-like sub-headings read as claims); a quoted
    # or longer one is text.
    for line in [
        "What happens to the pier now?",
        "Who pays for the repairs?",
        "Why now?",
        "What’s next for the port?",
        "Will the council pay for the repairs to the old pier?",
        "Who will run the ferries once the harbour trust is gone?",
    ]:
        assert looks_like_heading(line), line
    for line in [
        "“Why now?”",
        "It rained. Why?",
        "Will the council pay for the repairs to the old pier before the storms of next winter?",
    ]:
        assert not looks_like_heading(line), line
    # A sub-heading that quotes a phrase, printed with a full stop after its closing mark (an audit
    # found one read as a sentence); a quoted sentence, its stop inside the marks, is text.
    assert looks_like_heading("'Open doors, open port'.") and looks_like_heading("“Don’t sell the pier”.")
    assert not looks_like_heading("“We will not sell the pier.”") and not looks_like_heading("“No. Not now”.")


def test_a_quoted_speech_broken_over_short_paragraphs_is_text_not_headings():
    """Invented text. A short line that runs on into the next paragraph (ending in a comma) and one
    whose stop is followed by a closing quote typed as an opening one ("... that. “") are a speech's
    lines, not sub-headings (audit 145 found such lines of a quoted speech left out as headings)."""
    texts = [
        "The harbour master spoke to the crews on Monday.",
        "“We checked the pier twice.",
        "Nobody was hurt. “",
        "To which the mayor replied,",
        "“Then it stays open.”",
    ]
    kept, dropped = sift([Block(t, i + 1) for i, t in enumerate(texts)])
    assert [b.text for b in kept] == texts and dropped == []
    assert looks_like_heading("Harbour news, in brief") and looks_like_heading("Pier reopens “")
    # So with a straight mark typed so ("... at this time. '"), and a short question that opens with
    # "But" goes on from the text; an explainer's "What happens next?" still heads a section (audit 149).
    assert not looks_like_heading("'We thank you for your patience at this time. '")
    assert not looks_like_heading("But how could the pier fail, really?")
    assert looks_like_heading("What happens next?")


def test_a_wire_stamp_and_a_sites_promotion_lines_are_furniture():
    """Invented lines (audit 149: a wire's stamp and a site's promotion lines read as sub-headings)."""
    from generator.furniture import furniture_reason

    assert furniture_reason("AFP, Tuesday 2 Jul 2031") == "dateline"
    assert furniture_reason("More from the Harbour Post: Ferry fares rise again") == "related-story link"
    assert furniture_reason("View all related storiesView more related content") == "related-articles block"
    assert furniture_reason("More from the harbour master came on Tuesday, when he spoke again.") is None


def test_a_question_someone_is_then_said_to_answer_is_text_not_a_heading():
    """Invented text. A short question standing as a paragraph is a sub-heading, unless the next
    paragraph is a reply to it (a quote tagged "replied", "answered", "responded"): then it was asked."""
    texts = ["The mayor spoke on Monday.", "Is the pier safe?", "“Not this year,” the mayor replied.", "What next?"]
    kept, dropped = sift([Block(t, i + 1) for i, t in enumerate(texts)])
    assert [b.text for b in kept] == texts[:3]
    assert [(b.text, reason) for b, reason in dropped] == [("What next?", "heading")]
    kept, dropped = sift([Block(t, i + 1) for i, t in enumerate([*texts[:2], "The council meets on Monday."])])
    assert [(b.text, reason) for b, reason in dropped] == [("Is the pier safe?", "heading")]
    # A statement with a question put after it is text (audit 157 read one dropped as a heading).
    tagged = "Roe now has 1,412 goals in 96 games for the club, but who's counting?"
    kept, dropped = sift([Block(t, i + 1) for i, t in enumerate([texts[0], tagged, "The club plays on Friday."])])
    assert tagged in [b.text for b in kept] and not dropped
    # So is one with a tag put after it (audit 171).
    for tag in ("Not bad for a keeper picked up in March, huh?", "The ferry was late again, wasn't it?"):
        kept, dropped = sift([Block(t, i + 1) for i, t in enumerate([texts[0], tag, "The club plays on Friday."])])
        assert tag in [b.text for b in kept] and not dropped
    # So is a sentence whose stop was left off, opening with a phrase set off by a comma (audit 159).
    unstopped = "On Dec. 8, the club put its keeper on the injured list"
    kept, dropped = sift([Block(t, i + 1) for i, t in enumerate([texts[0], unstopped, "The club plays on Friday."])])
    assert unstopped in [b.text for b in kept] and not dropped


def test_markdown_header_and_headings(tmp_path: Path):
    f = tmp_path / "post.md"
    f.write_text(
        "Title: Kremlin denies call\nOutlet: Daily Example\nURL: https://example.com/a\nDate: 11 November 2024\n"
        "Author: A. Writer\n\n# Kremlin denies call\n\nThe Kremlin *denied* the report.\n"
        "It was\nfalse, Peskov said.\n\n## Reaction\n\n<script>alert(1)</script>\n"
    )
    article = read_article(f)
    assert (article.outlet, article.title, article.url, article.date, article.author) == (
        "Daily Example",
        "Kremlin denies call",
        "https://example.com/a",
        "2024-11-11",
        "A. Writer",
    )
    assert [p.text for p in article.paragraphs] == ["The Kremlin denied the report. It was false, Peskov said."]
    assert article.paragraphs[0].line == 9
    assert {(d.line, d.reason) for d in article.dropped} == {(7, "heading"), (13, "heading"), (15, "raw HTML")}


def test_markdown_images_and_tables_are_listed_not_lost(tmp_path: Path):
    f = tmp_path / "post.md"
    f.write_text(
        "The ferry sailed at noon.\n\n![Smoke over the quay](quay.jpg)\n\n"
        "| Boats | Burned |\n| --- | --- |\n| 10 | 3 |\n\nNobody was hurt.\n"
    )
    article = read_article(f)
    assert [p.text for p in article.paragraphs] == ["The ferry sailed at noon.", "Nobody was hurt."]
    assert [(d.line, d.reason, d.text) for d in article.dropped] == [
        (3, "image description", "Smoke over the quay"),
        (5, "table", "Boats | Burned | 10 | 3"),
    ]


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (b"", "file is empty", None),
        (b"\x00\x01\x02binary", "looks binary", None),
        (b"Title: X\nDate: next blursday\n\nText.", "is not a date", 2),
        (b"Title: X\nURL: javascript:alert(1)\n\nText.", "not an http(s) address", 2),
    ],
)
def test_bad_input_names_file_and_line(tmp_path: Path, content: bytes, message: str, line: int | None):
    f = tmp_path / "bad.md"
    f.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_article(f)
    assert message in str(info.value)
    assert str(info.value).startswith(str(f))
    assert info.value.line == line


def test_non_utf8_text_is_decoded(tmp_path: Path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Le président a déclaré que la réunion était terminée à Genève.\n".encode("cp1252"))
    assert read_article(f).paragraphs[0].text.startswith("Le président a déclaré")


def test_a_title_case_line_before_the_dateline_is_the_headline(tmp_path):
    from generator.furniture import headline_case
    from generator.ingest import read_article

    path = tmp_path / "a.md"
    path.write_text(
        "URL: http://example.com/x\n\nMayor Opens The New Bridge After Three Years Of Work.\n\n07 June 2013\n\n"
        "The mayor opened the new bridge on Friday, three years after work began.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "Mayor Opens The New Bridge After Three Years Of Work."
    body = "The mayor opened the new bridge on Friday, three years after work began."
    assert [p.text for p in article.paragraphs] == [body]
    assert "headline (shown as the article title)" in {d.reason for d in article.dropped}
    assert not headline_case("President Vladimir Putin and President Donald Trump spoke on Thursday.")
    # Without a dateline after it too, in a plain-text file; not a first paragraph of prose, nor a
    # title-case line too long for a headline, nor a file's only paragraph.
    headline = "Mayor Opens The New Bridge After Three Years Of Work."
    long_line = " ".join(["Mayor Opens The New Bridge"] * 6) + "."
    for name, text, title in [
        ("b.txt", f"{headline}\n{body}\n", headline),
        ("c.txt", "The mayor opened the new bridge on Friday.\nIt took three years to build.\n", None),
        ("d.txt", f"{long_line}\n{body}\n", None),
        ("e.txt", f"{headline}\n", None),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        found = read_article(tmp_path / name)
        assert found.title == title, name
        assert len(found.paragraphs) == text.count("\n") - (title is not None), name


def test_player_link_and_widget_lines_are_furniture():
    """Furniture families found on real pages (lines invented here): a video player's text, a link to
    another story after a label, a line of rules, a sign-up box, an image viewer's buttons, and a
    paragraph printed twice (a pull quote); the prose around them is kept."""
    blocks = [
        Block("The council voted on Monday to close the bridge.", 1),
        Block("JUST WATCHED Bridge to close Replay More Videos ... MUST WATCH Bridge to close 02:16", 2),
        Block("SEE ALSO: Engineers warned of cracks two years ago", 3),
        Block("More: What the closure means for commuters", 4),
        Block("___", 5),
        Block("Get our best reads delivered to your inbox each week. By signing up you agree to the terms", 6),
        Block("Enlarge this image toggle caption Jane Doe/City Hall", 7),
        Block("“We had no choice but to act before winter,” the mayor said of the vote.", 8),
        Block("“We had no choice but to act before winter,” the mayor said of the vote.", 9),
        Block("More than 200 people came to the meeting: most opposed the plan.", 10),
        Block("Yes.", 11),
        Block("Yes.", 12),
    ]
    kept, dropped = sift(blocks)
    assert [b.line for b in kept] == [1, 8, 10, 11, 12]
    assert {b.line: r for b, r in dropped} == {
        2: "video player",
        3: "related-story link",
        4: "related-story link",
        5: "separator line",
        6: "newsletter or sharing prompt",
        7: "photo credit",
        9: "repeat of an earlier paragraph",
    }


def test_an_embedded_post_or_pull_quote_that_prints_quoted_words_again_is_listed_not_kept(tmp_path):
    """An article that quotes a post, then embeds the post itself (its credit after a dash), prints the
    same words twice: the second print is set aside and listed, once, with its reason; so is a pull
    quote of words the article gave with a speech tag between its sentences. Paragraphs that add a
    word of their own, or repeat too little to tell, stay (all lines invented)."""
    path = tmp_path / "wire.txt"
    path.write_text(
        "The harbour bridge will stay shut until spring, the mayor wrote on Tuesday.\n"
        '"The harbour bridge stays shut until spring. Crews start on the cables next week!" she posted.\n'
        "The harbour bridge stays shut until spring. Crews start on the cables next week!"
        " — Mayor Ada Quill (@AdaQuill) March 3, 2020\n"
        '"We looked at every cable," engineer Tom Reyes said at a briefing. "Three of them have to go."\n'
        '"We looked at every cable. Three of them have to go." — Tom Reyes\n'
        "Crews start on the cables next week, and the ferry runs every hour.\n"
        "He declined to comment.\n"
        "He declined to comment further.\n",
        encoding="utf-8",
    )
    found = read_article(path)
    reason = "repeat of an earlier paragraph's words (an embedded post or a pull quote)"
    assert [(d.line, d.reason) for d in found.dropped if d.reason == reason] == [(3, reason), (5, reason)]
    kept = " ".join(p.text for p in found.paragraphs)
    assert "ferry runs every hour" in kept and kept.count("He declined to comment") == 2
    assert kept.count("Three of them have to go") == 1 and kept.count("Crews start on the cables") == 2


def test_a_file_named_for_its_outlet_labels_it_and_a_section_label_is_no_headline(tmp_path):
    from generator.ingest import label_outlets

    story = tmp_path / "story"
    story.mkdir()
    (story / "cnn.txt").write_text("Story highlights\nThe bridge closed on Monday.\n", encoding="utf-8")
    (story / "bbc.co.uk.txt").write_text("The bridge was closed on Monday.\n", encoding="utf-8")
    (story / "001_9f3a.txt").write_text("Officials closed the bridge.\n", encoding="utf-8")
    reading = read_story_articles(story)
    assert sorted(a.outlet for a in reading.articles) == ["Outlet A", "bbc.co.uk", "cnn"]
    cnn = next(a for a in reading.articles if a.source == "cnn.txt")
    assert cnn.title is None and ("Story highlights", "heading") in {(d.text, d.reason) for d in cnn.dropped}
    # The label run into the part's first line, then the part's lines: none is the headline.
    glued = story / "abc.txt"
    glued.write_text(
        "Story highlights Crews close the bridge\nRepairs will take a year\nThe bridge closed on Monday.\n",
        encoding="utf-8",
    )
    article = read_article(glued)
    assert article.title is None
    # ... the label is cut from the first item and listed; the items are the outlet's text, under it.
    assert [(d.text, d.reason) for d in article.dropped] == [("Story highlights", SUMMARY_LABEL_REASON)]
    assert [(p.text, p.part) for p in article.paragraphs] == [
        ("Crews close the bridge", "Story highlights"),
        ("Repairs will take a year", "Story highlights"),
        ("The bridge closed on Monday.", ""),
    ]
    articles = reading.articles
    label_outlets(articles)  # labels are stable when given again
    assert sorted(a.outlet for a in articles) == ["Outlet A", "bbc.co.uk", "cnn"]


def test_a_story_without_a_title_is_named_from_its_folder_as_the_articles_write_it():
    from generator.pipeline import folder_title

    texts = ["Macron met Trump in Washington.", "Trump said the Iran deal was bad. The visit ended.", "A state visit."]
    assert folder_title("macron-state-visit-trump-iran-deal-2018-04", texts) == "Macron state visit Trump Iran deal"
    assert folder_title("the_visit", texts) == "The visit"
    assert folder_title("2018-04", texts) == "2018 04"
    # An acronym the articles write, dotted or not, though the word is a pronoun too.
    texts = ["The U.S. ferry service grew, officials told us.", "It gave us the figures."]
    assert folder_title("us-ferry-figures", texts) == "US ferry figures"
    # A slug drops apostrophes; the articles' word has one.
    assert folder_title("mayor-wont-close-pier", ["The mayor won’t close the pier."]) == "Mayor won't close pier"
    # A slug runs a name of letters and digits together; the articles' most written form is the word
    # (an audit read the title "House passes hr1 election reform bill").
    texts = ["The House passed H.R. 2 on Friday.", "HB 2 is known as H.R. 2.", "Ferry 12 runs."]
    assert folder_title("house-passes-hr2-2019-03", texts) == "House passes H.R. 2"
    assert folder_title("ferry12-sinks", ["The ferry sank."]) == "Ferry12 sinks"
    # A common word that ends a name is capitalised in it (an audit read "Port Town ferries" for the
    # company "Port Town Ferries"); not where the articles write it lowercase after the name too.
    texts = ["Acme will buy Port Town Ferries.", "Its ferries and their ferries run daily, Port Town Ferries said."]
    assert folder_title("acme-to-buy-port-town-ferries", texts) == "Acme to buy Port Town Ferries"
    # Not where the articles write it lowercase after the name as often, nor where the name goes on
    # ("Port Town Ferries Board"), nor from a line in title case or a quote (a tweet's "Port Town
    # Ferries Late Again!").
    texts = ["Port Town ferries run daily, and many ferries are late, Port Town Ferries said."]
    assert folder_title("port-town-ferries-late", texts) == "Port Town ferries late"
    texts = [
        "The board of Port Town Ferries Board met at noon.",
        "Port Town Ferries Board said its ferries run.",
    ]
    assert folder_title("port-town-ferries-late", texts) == "Port Town ferries late"
    texts = ["Acme Will Buy Port Town Ferries", "Port Town said its ferries run daily."]
    assert folder_title("acme-to-buy-port-town-ferries", texts) == "Acme to buy Port Town ferries"
    texts = ["“Port Town Ferries late again!” Bo Lee wrote.", "Port Town ferries were late, Bo Lee wrote."]
    assert folder_title("port-town-ferries-late", texts) == "Port Town ferries late"


def test_sentences_about_the_page_and_lead_ins_are_set_aside():
    from generator.furniture import sentence_furniture

    assert sentence_furniture("We will embed the map below.") == "note about the page (what is embedded, how to use it)"
    assert sentence_furniture("You can zoom in by entering a town.") is not None
    assert sentence_furniture("Here's the mayor's statement:") == "lead-in (introduces the list or quote that follows)"
    assert sentence_furniture("He listed three reasons: cost, time and risk.") is None
    assert sentence_furniture("Temperatures were above normal.") is None
    assert sentence_furniture("The fire is shown below the ridge in the photo, officials said.") is None
    # Invented: what the page holds, said in the passive.
    assert sentence_furniture("Copies of the two letters can be read below.") is not None
    assert sentence_furniture("The council's full statement is posted below.") is not None
    assert sentence_furniture("The pier can be seen from the harbour.") is None
    assert sentence_furniture("Water levels are posted below the bridge each day.") is None


def test_captions_that_place_people_in_the_picture_are_furniture():
    from generator.furniture import furniture_reason

    assert furniture_reason("Ann Roe of France, left, and Bo Lee on Sunday in Paris.") == "photo caption"
    assert furniture_reason("A photograph released by the agency shows the leader at a meeting.") == "photo caption"
    assert furniture_reason("A photo posted by a swimmer (@swimmer) on Aug 19, 2016") == "photo caption"
    assert furniture_reason("He turned left, and walked away.") is None
    assert furniture_reason("The vote, right, was close.") is None


def test_captions_with_their_credit_buttons_and_syndication_notes_are_furniture(tmp_path):
    """Lines a copied page brings (invented): a caption ending in its photo's credit, a copied page's
    "Image copyright" labels, the words of its buttons, a "click here" prompt, a syndication note. Each is
    dropped and listed; article text that merely mentions a photo, a poll's sponsors or an e-mail stays."""
    from generator.furniture import furniture_reason

    for caption in [
        "The mayor at the quay on Monday. (AP Photo/Jo Lee)",
        "Crews clear the pier. (Photo by Jo Lee/Getty Images)",
        "Smoke over the harbour (REUTERS/Jo Lee)",
    ]:
        assert furniture_reason(caption) == "photo caption", caption
    assert furniture_reason("Image copyright Getty Images") == "photo credit"
    for label in ["Tweet", "Share", "CLOSE", "Listen to this article", "Skip to main content"]:
        assert furniture_reason(label) == "button or link label", label
    assert furniture_reason("Click here to read the council's full report.") == "link prompt (click here)"
    assert furniture_reason("This article originally appeared on the Harbour Gazette.") == "byline or credit line"
    assert furniture_reason("FILE - In this May 5, 2018 file photo, the mayor speaks at the quay.") == "photo caption"
    assert furniture_reason("In this undated photo released by the council, a crane lifts the pier.") == "photo caption"
    for stamp in ["Published 5 hours ago", "Posted: Jun 2, 2015 / 03:00 PM EDT", "4 min read"]:
        assert furniture_reason(stamp) == "dateline", stamp
    assert furniture_reason("AP") == furniture_reason("Reuters/Jo Lee") == "photo credit"
    for text in [
        "He posted the image on a forum (the photo has since been deleted).",
        "Support for the plan fell to 38 percent (Reuters/Ipsos).",
        "The report first appeared in the Harbour Gazette on Monday.",
        "She refused to close the quay.",
        "Email was down for hours.",
        "In this case, the photo was fake.",
        "EPA officials said the water was safe.",  # an agency, not a photo credit (a line it once took)
        "Reuters could not confirm the report.",
    ]:
        assert furniture_reason(text) is None, text
    path = tmp_path / "outlet.txt"
    path.write_text(
        "Fire at the pier\nA fire broke out at the pier on Sunday.\nCrews clear the pier. (AP Photo/Jo Lee)\n"
        "Tweet\nThe pier will reopen in May, the council said.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert [p.text for p in article.paragraphs] == [
        "A fire broke out at the pier on Sunday.",
        "The pier will reopen in May, the council said.",
    ]
    assert {d.reason for d in article.dropped} >= {"photo caption", "button or link label"}


def _article_dates(tmp_path: Path, bodies: dict[str, str]) -> dict[str, str | None]:
    """Each text's article date, read from a file of its own."""
    dates = {}
    for n, (key, body) in enumerate(bodies.items()):
        path = tmp_path / f"dated-{n}.txt"
        path.write_text(body, encoding="utf-8")
        dates[key] = read_article(path).date
    return dates


def test_an_article_without_a_date_takes_its_datelines_day(tmp_path):
    """Only an unambiguous day: a month named, or a day over 12 ("06/07/13" could be June or July)."""
    cases = {
        "21 July 2013 Last updated at 11:11 GMT": "2013-07-21",
        "10:10 AM PDT 6 / 6 / 2013": "2013-06-06",
        "06/07/13 07:05 PM": None,
        # Audit 136: stamps with their words, a second stamp after "|", a day in figures, a time zone.
        "PUBLISHED: THURSDAY, MAY 2, 2029, 1:32 PM": "2029-05-02",
        "Last Updated: Monday, 28 November 2029, 02:24 GMT": "2029-11-28",
        "POSTED: 09:05 GMT, 3 June 2029 | UPDATED: 17:40 GMT, 4 June 2029": "2029-06-03",
        "POSTED TUESDAY, JUNE 5, 2029 AT 9:14 AM / UPDATED AT 9:20 AM": "2029-06-05",
        "3 / 27 / 2029 @ 10:05AM": "2029-03-27",
        "Mar 1 2029, 2:35am CET": "2029-03-01",
        "05 / 02 / 2029": None,
        "2 A.M. FEB. 4, 2029": "2029-02-04",  # an hour without minutes is no day (audit 141: 2004-02-02)
        # Audit 140: a zone by its offset; a day with dots (its day over 12, or not read).
        "4 October 2029, 18:07 (GMT+05:00)": "2029-10-04",
        "Article posted on 28.07.2029": "2029-07-28",
        "Article posted on 08.07.2029": None,
        # Audit 152: "hrs" after the clock, a second part after "|" with no spaces.
        "Tue Jul 03 2029, 14:58 hrs": "2029-07-03",
        "November 14, 2029|12:35 pm": "2029-11-14",
        "Date Published: Tuesday, November 13, 2029": "2029-11-13",
        "AFP, Tuesday 3 Jul 2029": "2029-07-03",
        # Audits 154 and 155: a release's place before its stamp, a year of two figures after dots, a
        # time given again in another zone in brackets, "Published time:".
        "PORT TOWN, Calif. —2 / 27 / 2029": "2029-02-27",
        "02.27.29 4:15 PM": "2029-02-27",
        "March 1, 2029 - - 06:15 GMT (22:15 PST)": "2029-03-01",
        "Published time: March 12, 2029 02:03": "2029-03-12",
        "First Published: June 13, 2029": "2029-06-13",
        "11 / 28 / 29": "2029-11-28",
        # Audit 159: a year first with dots, "Story Created:".
        "Published: 2029.08.08": "2029-08-08",
        "Story Created: Aug 7, 2029": "2029-08-07",
    }
    bodies = {line: f"{line}\nFire at the mill\nA fire broke out early on Sunday.\n" for line in cases}
    assert _article_dates(tmp_path, bodies) == cases
    dated = tmp_path / "dated.md"
    dated.write_text("Date: 2013-07-22\n\n21 July 2013\n\nA fire broke out early on Sunday.\n", encoding="utf-8")
    assert read_article(dated).date == "2013-07-22"  # the file's own Date comes first


def test_an_article_without_a_date_or_dateline_takes_the_day_its_address_names(tmp_path):
    """Invented addresses. A day in the page's address ("/story/2029-07-21/", "/2029/07/21/") dates an
    article that has no Date: and no dateline; a month alone, two days, a day no calendar has, or one
    only in the query name none; the file's Date: and a dateline come first."""
    cases = {
        "https://harbour.example/news/story/2029-07-21/pier-fire/": "2029-07-21",
        "https://harbour.example/2029/7/21/pier-fire.html": "2029-07-21",
        "https://harbour.example/stories/2029/38/pierfire_web_2029_07_21_q.html": "2029-07-21",  # audit 156
        "https://harbour.example/2029/07/pier-fire.html": None,
        "https://harbour.example/2029/02/30/pier-fire": None,
        "https://harbour.example/2029/07/21/a/2029/07/22/b": None,
        "https://harbour.example/pier-fire?from=2029/07/21/": None,
    }
    assert _article_dates(tmp_path, {url: f"URL: {url}\n\nA fire broke out at the pier.\n" for url in cases}) == cases
    dated = tmp_path / "dated.md"
    dated.write_text(f"Date: 2029-07-22\nURL: {next(iter(cases))}\n\nA fire broke out.\n", encoding="utf-8")
    assert read_article(dated).date == "2029-07-22"
    lined = tmp_path / "lined.txt"
    lined.write_text(f"URL: {next(iter(cases))}\n\n23 July 2029\n\nA fire broke out.\n", encoding="utf-8")
    assert read_article(lined).date == "2029-07-23"


def _article_of(tmp_path, *lines: str):
    """An article read from a plain-text file of these lines."""
    path = tmp_path / "outlet.txt"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return read_article(path)


def test_a_sentence_that_opens_with_a_labels_words_is_text_and_a_label_over_sentences_a_heading(tmp_path):
    article = _article_of(
        tmp_path,
        "In brief remarks after the vote, the mayor said the bridge would open in May.",
        "Repairs begin next week",
        "What we know",
        "The bridge closed on Monday.",
    )
    assert [(p.text, p.part) for p in article.paragraphs] == [
        ("In brief remarks after the vote, the mayor said the bridge would open in May.", ""),
        ("The bridge closed on Monday.", ""),
    ]
    assert [(d.text, d.reason) for d in article.dropped] == [
        ("Repairs begin next week", HEADING_REASON),
        ("What we know", HEADING_REASON),
    ]


def test_every_item_of_a_highlights_list_is_the_outlets_text_under_its_label_long_or_short(tmp_path):
    # The outlet's highlights are statements it makes of the story (the multi-outlet gold groups them
    # with the body's sentences that tell the same facts): kept, each under the list's label; a short
    # item would otherwise read as a sub-heading.
    article = _article_of(
        tmp_path,
        "Key points: Crews close the harbour bridge",
        "Repairs will take a year",
        "The council says the old bridge was inspected by two engineering firms before it was closed",
        "The harbour bridge closed on Monday.",
        "Ferries will run every hour from the old pier until the bridge opens again next summer, the council said",
        "Timetable",
        "The first ferry leaves at six.",
    )
    assert [(d.text, d.reason) for d in article.dropped] == [
        ("Key points:", SUMMARY_LABEL_REASON),
        ("Timetable", HEADING_REASON),
    ]
    # After the list's end (the first sentence of the text), a line without a full stop is text again,
    # and a short one a sub-heading.
    assert [(p.text, p.part) for p in article.paragraphs] == [
        ("Crews close the harbour bridge", "Key points"),
        ("Repairs will take a year", "Key points"),
        ("The council says the old bridge was inspected by two engineering firms before it was closed", "Key points"),
        ("The harbour bridge closed on Monday.", ""),
        (
            "Ferries will run every hour from the old pier until the bridge opens again next summer, the council said",
            "",
        ),
        ("The first ferry leaves at six.", ""),
    ]


def test_a_page_notice_is_furniture_but_news_about_cookies_is_not():
    from generator.furniture import furniture_reason

    for notice in [
        "We use cookies to improve your experience on our site.",
        "Please enable JavaScript to continue using this site.",
        "Sign in to continue reading this article.",
        "You have reached your limit of free articles this month.",
    ]:
        assert furniture_reason(notice) == "page notice (cookies, scripts, sign-in)", notice
    for news in [
        "Regulators said sites that use cookies must ask first.",
        "The bakery said we use cookies from a local farm in every box.",
    ]:
        assert furniture_reason(news) is None, news


def test_a_shortened_second_print_of_consecutive_paragraphs_is_listed_not_kept(tmp_path):
    """A wire article printed twice in one page: the second print gives the first sentence of one
    paragraph and the next paragraph cut short, as one paragraph. It is set aside and listed; one whose
    sentences come from paragraphs apart, or that adds a word, stays (all lines invented)."""
    path = tmp_path / "wire.txt"
    path.write_text(
        "LISBON, May 2 (Wire) - The port authority has closed the northern harbour to cargo ships until"
        " Friday, and has moved three ferries to the southern quay, officials said on Monday.\n"
        "The closure came two days after a crane collapsed onto the main pier at dawn on Saturday.\n"
        "Divers found no damage to the sea wall.\n"
        "The port authority has closed the northern harbour to cargo ships until Friday. The closure came"
        " two days after a crane collapsed onto the main pier.\n"
        "The port authority has closed the northern harbour to cargo ships until Friday. Divers found no"
        " damage to the sea wall.\n"
        "The port authority has closed the northern harbour to cargo ships until Friday. The closure came"
        " two days after a crane collapsed onto the main pier, a spokesman added.\n",
        encoding="utf-8",
    )
    found = read_article(path)
    reason = "repeat of consecutive earlier paragraphs' words (printed a second time, shortened)"
    assert [(d.line, d.reason) for d in found.dropped] == [(4, reason)]
    assert [p.line for p in found.paragraphs] == [1, 2, 3, 5, 6]


def test_comment_prompts_embed_notices_appeals_and_disclaimers_are_furniture():
    """Furniture of pages no dev story prints (invented names): each is listed with what it is; a
    person's words that begin the same way stay article text."""
    from generator.furniture import furniture_reason, sentence_furniture

    cases = {
        "Tell us in the comments below.": "feedback prompt",
        "What do you think? Let us know what you think in the comments.": "feedback prompt",
        "Leave a comment": "feedback prompt",
        "Do you have a story? Email tips@example.com.": "feedback prompt",
        "This content is imported from Twitter. You may be able to find the same content in another format.": (
            "embedded post's or player's notice"
        ),
        "Video Player is loading.": "embedded post's or player's notice",
        "View this post on Instagram": "embedded post's or player's notice",
        "Subscribe to our YouTube channel.": "appeal to the reader (subscribe, get the app, support the newsroom)",
        "Get the Harbour Daily app.": "appeal to the reader (subscribe, get the app, support the newsroom)",
        "Please consider supporting our journalism.": (
            "appeal to the reader (subscribe, get the app, support the newsroom)"
        ),
        "Read the full story at the Harbour Daily.": (
            "appeal to the reader (subscribe, get the app, support the newsroom)"
        ),
        "The views expressed in this article are those of the author.": "publisher's disclaimer",
        "The Associated Press contributed.": "byline or credit line",
        "Reach her at 555-0100.": "byline or credit line",
        "Ann Roe can be reached at 555-0100 or aroe@example.com.": "byline or credit line",
        "Follow city news on the Daily's blog at blog.example.com/city.": "byline or credit line",
        "Read next: Harbour fire leaves dozens without work": "related-story link",
        "Ad Feedback": "advertisement",
        "Get the latest headlines right in your inbox.": "newsletter or sharing prompt",
        "Subscribe to the Harbour Daily’s newsletters.": (
            "appeal to the reader (subscribe, get the app, support the newsroom)"
        ),
        "If you enjoyed this article, join our members' club. Members read without limits.": (
            "appeal to the reader (subscribe, get the app, support the newsroom)"
        ),
        "Listen to Harbour Radio live at 8:00 weekdays - or listen back here.": (
            "appeal to the reader (subscribe, get the app, support the newsroom)"
        ),
        "Every port needs a plan for the storm.Click To Tweet": "pull quote (a button to post it)",
        "[button link=”https://example.com/tips” type=”big”] Send us your tips[/button]": "button or link label",
        "Filed under: Harbour, Fire": "the page's topic tags",
        "Most read in world news": "related-articles block",
        "Port strike spreads to the north [VIDEO]": "related-story link",
    }
    for line, reason in cases.items():
        assert furniture_reason(line) == reason, line
    for line in ["This is a developing story.", "Check back for updates.", "Originally published June 28, 2018."]:
        assert sentence_furniture(line) == "editor's note (print, update or correction notice)", line
    for line in [
        "“This is a developing story,” the sheriff said.",
        "“The views expressed are my own,” the minister said.",
        "The mayor told residents to call him at once.",
        "Residents can share their views at a meeting on Monday.",
        "The museum asked visitors to leave a note for the crew.",
        "Anyone with questions can contact the company at 555-0100.",
        "Crews contributed to the rescue.",
        "If you enjoyed the concert, the mayor said, you will love the festival.",
        "The crew asked viewers to listen live at noon.",
        "The minister’s aides filed the papers on Monday.",
        "Tags on the crates showed they came from the north.",
        "“Subscribe to our channel,” the singer urged her fans.",
        "“Leave a comment and we will answer,” the mayor wrote.",
    ]:
        assert furniture_reason(line) is None, line


def test_a_writers_note_is_listed_only_where_it_ends_the_article(tmp_path):
    """ "Ann Roe is a reporter for the Daily." ends many pages; inside a story it may be news (a
    reporter who saw the event), so it is set aside only after the last paragraph of the story."""
    path = tmp_path / "daily.txt"
    path.write_text(
        "Harbour fire destroys warehouses\n\n"
        "A fire destroyed three warehouses on the harbour front on Monday.\n\n"
        "Bo Lee is a reporter for the Harbour Daily.\n\n"
        "He saw the roof fall in shortly after midnight.\n\n"
        "Ann Roe covers the port for the Harbour Daily. Reach her at aroe@example.com.\n\n"
        "Cy Doe's book about harbours is out now. Follow him on Twitter @cydoe. Follow us @harbourdaily.\n\n"
        "Bo Lee is a staff writer at the Harbour Daily.\n\n"
        "Advertisement\n",
        encoding="utf-8",
    )
    found = read_article(path)
    note = "writer's note (who wrote it, how to reach them)"
    assert [(d.line, d.reason) for d in found.dropped][1:] == [(9, note), (11, note), (13, note), (15, "advertisement")]
    assert [p.line for p in found.paragraphs] == [3, 5, 7]


def test_a_line_without_a_stop_above_the_dateline_is_the_headline(tmp_path):
    """Invented text (audit 155: a headline in sentence case above its dateline, and one above the
    lines of its deck, were aligned as the article's sentences)."""
    body = "The mayor opened the new bridge on Friday, three years after work began."
    long_a = "Mayor opens the new bridge over the river after three years of work and two strikes by the builders"
    long_b = "Mayor opens the new bridge over the river as crowds who waited for years say it 'was worth the wait'"
    cases = {
        "a.md": f"{long_a}\n\n07 June 2031 | 4:00am\n\n",
        "b.md": f"{long_b}\n\nCrowds lined the river\n\nPUBLISHED: 7 June 2031\n\n",
        "c.md": "The mayor opened the new bridge.\n\n07 June 2031\n\n",  # a sentence: no headline
    }
    titles = {}
    for name, head in cases.items():
        path = tmp_path / name
        path.write_text(f"URL: http://example.com/x\n\n{head}{body}\n", encoding="utf-8")
        titles[name] = read_article(path).title
    assert titles == {
        "a.md": long_a,
        "b.md": long_b,
        "c.md": None,
    }
