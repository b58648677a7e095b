"""Real inputs: saved HTML pages, imports, messy and broken files, hostile markup."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import InputError
from generator.extract import OUTSIDE, extract_html
from generator.importer import add_to_story, escape_markdown
from generator.ingest import clean_text, markdown_blocks, read_article, read_story_articles

from .conftest import ROOT, SEED_FILES, own_script, pelican_build

DATA = Path(__file__).parent / "data"
PAGE = DATA / "saved-page.html"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_saved_page_body_and_metadata():
    extracted = extract_html(PAGE.read_text())
    assert extracted.meta == {
        "title": "Kremlin denies reports of Trump-Putin phone call",
        "outlet": "The Example Herald",
        "url": "https://herald.example.com/world/kremlin-denies-call",
        "date": "2024-11-11T09:30:00+00:00",
        "author": "Jane Reporter",
    }
    body = " ".join(extracted.paragraphs)
    assert body.startswith("The Kremlin on Monday denied reports")
    assert "no concrete plans yet" in body and "Steven Cheung" in body
    for furniture in ("Advertisement", "Related stories", "Privacy policy", "tracking", "dataLayer", "Home"):
        assert furniture not in body
    assert ("Advertisement", OUTSIDE) in extracted.dropped  # left out, and listed
    dropped = dict((text, reason) for text, reason in extracted.dropped)
    assert dropped["Sign up for our Morning Briefing newsletter to get the day's top stories in your inbox."] == (
        "newsletter or sharing prompt"
    )
    assert dropped["Related stories"] == OUTSIDE and dropped["Home"] == OUTSIDE
    assert dropped["Kremlin denies reports of Trump-Putin phone call"] == "headline (shown as the article title)"


def test_extract_command(tmp_path: Path):
    text = run_cli("extract", str(PAGE))
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines == extract_html(PAGE.read_text()).paragraphs  # the body, sub-heading included
    assert len(lines) == 6 and lines[0].startswith("The Kremlin on Monday") and "No plans for contact" in lines
    data = json.loads(run_cli("extract", str(PAGE), "--json").stdout)
    assert data["outlet"] == "The Example Herald" and len(data["paragraphs"]) == 6
    assert any(d["reason"] == OUTSIDE for d in data["dropped"])
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.4")
    result = run_cli("extract", str(bad))
    assert result.returncode == 2 and "unknown file type .pdf" in result.stderr and "Traceback" not in result.stderr


def test_a_folder_given_for_a_file_is_said_to_be_a_folder(tmp_path: Path):
    result = run_cli("extract", str(tmp_path))
    assert result.returncode == 2 and f"{tmp_path}: a folder, not an article file" in result.stderr
    result = run_cli("add", str(tmp_path / "story"), str(tmp_path))
    assert result.returncode == 2 and f"{tmp_path}: a folder, not a saved page or text file" in result.stderr


def test_add_writes_reviewable_markdown_and_never_overwrites(tmp_path: Path):
    story = tmp_path / "story"
    result = run_cli("add", str(story), str(PAGE))
    assert result.returncode == 0, result.stderr
    target = story / "the-example-herald.md"
    text = target.read_text()
    assert text.startswith(
        "Title: Kremlin denies reports of Trump-Putin phone call\nOutlet: The Example Herald\n"
        "URL: https://herald.example.com/world/kremlin-denies-call\nDate: 2024-11-11T09:30:00+00:00\n"
        "Author: Jane Reporter\nSource: saved-page.html\n\n"
    )
    assert "\n\n## No plans for contact\n\n" in text  # the sub-heading stays, as a heading
    again = read_article(target)
    assert [p.text for p in again.paragraphs] == [
        p for p in extract_html(PAGE.read_text()).paragraphs if p != "No plans for contact"
    ]
    assert again.outlet == "The Example Herald"
    assert [(d.text, d.reason) for d in again.dropped] == [("No plans for contact", "heading")]
    second, _ = add_to_story(story, PAGE)
    assert second.name == "the-example-herald-2.md" and target.read_text() == text
    plain, _ = add_to_story(story, SEED_FILES[0])
    assert plain.suffix == ".md" and "Outlet:" not in plain.read_text()


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_markdown_escaping_round_trips(text: str):
    paragraph = clean_text(text)
    if not paragraph:
        return
    blocks, rejected = markdown_blocks(escape_markdown(paragraph), 0)
    assert not rejected
    assert [b.text for b in blocks] == [paragraph]


def _folder(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    story = tmp_path / "content" / "story"
    story.mkdir(parents=True)
    for name, data in files.items():
        (story / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    return story


def test_warnings_do_not_stop_the_story(tmp_path: Path):
    story = _folder(
        tmp_path,
        {
            "a.txt": "The Kremlin denied the report on Monday.\n",
            "notes.docx": b"PK\x03\x04",
            "b.md": "Title: B\nSection: World\n\nPeskov said the report was false.\n",
            "c.txt": "Le président a déclaré que la réunion était terminée.\n".encode("cp1252"),
            "d.txt": "Advertisement\nRead more\n",
        },
    )
    reading = read_story_articles(story)
    assert not reading.errors
    messages = [str(w) for w in reading.warnings]
    assert any("notes.docx: skipped: unknown file type .docx" in m for m in messages)
    assert any("b.md: line 2: unknown metadata key 'Section'" in m for m in messages)
    assert any("c.txt: not UTF-8: read as" in m for m in messages)
    assert any("d.txt: no article text found" in m for m in messages)
    assert [a.source for a in reading.articles] == ["a.txt", "b.md", "c.txt", "d.txt"]


def test_a_folder_inside_a_story_is_named_not_lost(tmp_path: Path):
    story = _folder(tmp_path, {"a.txt": "The ferry sailed at noon. It was full.\n"})
    (story / "drafts").mkdir()
    (story / "drafts" / "b.txt").write_text("The ferry left at noon.\n")
    (story / "Saved page_files").mkdir()  # a browser's folder of a saved page's parts
    (story / "Saved page_files" / "frame.html").write_text("<p>An embedded frame.</p>")
    (story / "images").mkdir()
    (story / "images" / "photo.jpg").write_bytes(b"\xff\xd8")
    reading = read_story_articles(story)
    messages = [str(w) for w in reading.warnings]
    assert [m for m in messages if "folder inside a story" in m] == [
        f"{story / 'drafts'}: skipped: a folder inside a story is not read (1 article file in it, b.txt; put a story's "
        "articles in its own folder)"
    ]
    assert [a.source for a in reading.articles] == ["a.txt"]


def test_a_text_not_in_english_is_kept_and_said_so(tmp_path: Path):
    story = _folder(
        tmp_path,
        {
            "ja.txt": "港で小さな火事があった。けが人はいない。\n",
            "fr.txt": "Le maire a déclaré mardi que le marché du port restera fermé pendant une semaine, le temps "
            "de réparer le toit et les portes après la tempête de la nuit dernière. Les marchands recevront une "
            "aide de la ville, a ajouté son adjoint, qui a visité les quais avec les pompiers mercredi matin.\n",
            "en.txt": "The mayor said on Tuesday that the harbour market would stay closed for a week while the "
            "roof and the doors were mended after the storm of the night before.\n",
        },
    )
    reading = read_story_articles(story)
    foreign = sorted(w.path.rsplit("/", 1)[-1] for w in reading.warnings if "does not read as English" in str(w))
    assert foreign == ["fr.txt", "ja.txt"]
    japanese = next(a for a in reading.articles if a.source == "ja.txt")
    # Its sentences end in "。": kept as text, not set aside as a heading.
    assert [p.text for p in japanese.paragraphs] == ["港で小さな火事があった。けが人はいない。"]


def test_a_page_too_short_for_the_extractor_is_read_from_its_paragraphs(tmp_path: Path):
    story = _folder(
        tmp_path,
        {
            "notice.html": "<p>The harbour market is closed today. It opens again on Friday.</p>",
            "feed.html": '<?xml version="1.0"?><rss><channel><item><title>Market</title></item></channel></rss>',
        },
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a feed read as a page is read quietly: no library's warning
        reading = read_story_articles(story)
    notice = next(a for a in reading.articles if a.source == "notice.html")
    assert [p.text for p in notice.paragraphs] == ["The harbour market is closed today. It opens again on Friday."]
    messages = [str(w) for w in reading.warnings]
    assert any("notice.html: the extractor found no article body" in m for m in messages)
    assert any("feed.html: no article text found" in m for m in messages)


def test_errors_are_listed_together_and_nothing_is_written(tmp_path: Path):
    _folder(
        tmp_path,
        {
            "a.txt": "The Kremlin denied the report on Monday. Peskov called it false.\n",
            "b.txt": "The Kremlin denied the report on Monday. Peskov called it false.\n",
            "c.md": "Title: C\nDate: the day after tomorrow\n\nText of the article.\n",
            "d.txt": b"\x00\x01binary\x00",
            "e.txt": "",
            "f.txt": "x" * (5 * 1024 * 1024 + 10),
            "g.md": "Outlet: Same\n\nOne text.\n",
            "h.md": "Outlet: Same\n\nAnother, different text.\n",
        },
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.html").write_text("previous build")
    result = pelican_build(tmp_path / "content", out)
    log = result.stdout + result.stderr
    assert result.returncode == 2, log
    assert "Traceback" not in log
    for expected in (
        "b.txt: duplicate article: the same text as a.txt",
        "c.md:2: Date 'the day after tomorrow' is not a date",
        "d.txt: file looks binary",
        "e.txt: file is empty",
        "f.txt: file is 5120 KiB",
        "h.md: outlet 'Same' is also the outlet of g.md",
    ):
        assert expected in " ".join(log.split()), expected
    assert [p.name for p in out.iterdir()] == ["keep.html"]  # the previous output is untouched


def test_same_copy_from_two_known_outlets_is_a_warning(tmp_path: Path):
    text = "\n\nColts beat Chiefs 20-13 to clinch a playoff berth. The win came on Sunday.\n"
    story = _folder(
        tmp_path,
        {
            "a.md": "URL: https://sports.example.com/colts\n" + text,
            "b.md": "URL: https://www.other-news.example.org/colts-win\n" + text,
        },
    )
    reading = read_story_articles(story)
    assert not reading.errors
    assert [a.outlet for a in reading.articles] == ["sports.example.com", "other-news.example.org"]
    assert any(
        "b.md: the same text as a.md (sports.example.com): a shared wire copy?" in str(w) for w in reading.warnings
    )
    assert [a.copy_of for a in reading.articles] == [None, "sports.example.com"]


def test_a_shared_wire_copy_is_said_on_the_story_page_and_in_the_export(tmp_path: Path):
    """Audit 156: two outlets ran one copy and the page counted both without saying so."""
    text = "\n\nThe Harbour Hawks beat the Gulls 24-17 to reach the cup final. The win came on Sunday.\n"
    _folder(
        tmp_path,
        {
            "a.md": "URL: https://sports.example.com/colts\n" + text,
            "b.md": "URL: https://www.other-news.example.org/colts-win\n" + text,
            "c.md": "URL: https://third.example.net/hawks\n\nThe Hawks won 24-17 on Sunday to reach the cup final.\n",
        },
    )
    out = tmp_path / "out"
    result = pelican_build(tmp_path / "content", out)
    assert result.returncode == 0, result.stdout + result.stderr
    page = " ".join((out / "story" / "index.html").read_text().split())
    assert "the same text as sports.example.com (a shared wire copy)" in page
    data = json.loads((out / "story" / "story.json").read_text())
    assert [a["same_text_as"] for a in data["articles"]] == [None, "sports.example.com", None]
    # Audit 167: the count of claims told by several outlets says how many only the copies tell.
    copies = {"sports.example.com", "other-news.example.org"}
    only = [c for c in data["claims"] if {m["outlet"] for m in c["members"]} == copies]
    assert only, data["claims"]
    assert f"told by more than one outlet ({len(only)} of them only by copies of one text)" in page
    index = " ".join((out / "index.html").read_text().split())
    assert f"told by more than one outlet, {len(only)} of them only by copies of one text" in index


def test_one_outlet_story_builds_with_a_warning(tmp_path: Path):
    story = _folder(tmp_path, {"only.txt": "A single outlet reported this. Nobody else did."})
    result = run_cli("export", str(story), "--lexical-only")
    assert result.returncode == 0
    assert "one outlet only" in result.stderr
    assert len(json.loads(result.stdout)["claims"]) == 2


HOSTILE_PAGE = """<!DOCTYPE html><html><head>
<title>x</title>
<meta property="og:title" content="&lt;script&gt;alert('title')&lt;/script&gt; Breaking">
<meta property="og:site_name" content="Evil &lt;img src=x onerror=alert(1)&gt; Times">
<link rel="canonical" href="javascript:alert('url')">
<meta name="author" content="&quot; onmouseover=&quot;alert(2)">
</head><body><article>
<h1>Breaking</h1>
<p>The Kremlin denied the report on Monday, and officials said &lt;script&gt;alert(3)&lt;/script&gt; was nothing.</p>
<p>Peskov said the report was false. <script>alert(4)</script><iframe src="https://evil.example"></iframe>
<a href="javascript:alert(5)" onclick="alert(6)">Click here</a> for more about the call.</p>
<p>Officials in Kyiv said they had not been told about any call between the two leaders.</p>
</article></body></html>"""


def test_hostile_page_never_passes_markup_through(tmp_path: Path):
    story = _folder(tmp_path, {"evil.html": HOSTILE_PAGE})
    for f in SEED_FILES[:2]:
        shutil.copy(f, story / f.name)
    out = tmp_path / "out"
    result = pelican_build(tmp_path / "content", out)
    assert result.returncode == 0, result.stdout + result.stderr
    pages = list(out.rglob("*.html"))
    assert pages
    for page in pages:
        html = own_script(page.read_text())
        assert "<script" not in html and "<iframe" not in html and "<img" not in html, page
        assert 'href="javascript' not in html and 'onmouseover="' not in html and "onclick=" not in html, page
    story_html = (out / "story" / "index.html").read_text()
    assert "Evil &lt;img src=x onerror=alert(1)&gt; Times" in story_html
    data = json.loads((out / "story" / "story.json").read_text())
    assert data["articles"][2]["url"] is None  # a javascript: URL is not kept as the article's URL


def test_read_article_names_unknown_types(tmp_path: Path):
    f = tmp_path / "a.rtf"
    f.write_text("{\\rtf1 hello}")
    with pytest.raises(InputError, match=r"unknown file type \.rtf"):
        read_article(f)


def test_real_saved_page():
    import gzip

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from extraction import prf

    html = gzip.decompress((DATA / "real-news-page.html.gz").read_bytes()).decode("utf-8")
    truth = json.loads((DATA / "real-news-page.json").read_text())
    extracted = extract_html(html)
    cli = run_cli("extract", str(DATA / "real-news-page.html.gz"))  # a gzipped page is read as the page
    assert cli.returncode == 0 and cli.stdout.splitlines() == extracted.paragraphs
    precision, recall, f1 = prf(truth["articleBody"], "\n".join(extracted.paragraphs))
    assert f1 >= 0.9, (precision, recall)
    assert extracted.meta["url"].startswith("https://www.aljazeera.com/")
    assert extracted.meta["title"] and extracted.meta["outlet"]


def test_two_folders_with_one_url_are_an_error(tmp_path: Path):
    for name in ("My Story", "my-story"):
        folder = tmp_path / "content" / name
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(f"The first outlet's text for {name}.\n")
    result = pelican_build(tmp_path / "content", tmp_path / "out")
    assert result.returncode == 2
    assert "my-story: gives the same URL as My Story/" in " ".join(result.stderr.split())


def test_a_saved_page_gives_the_line_of_each_sentence_and_dropped_line():
    from generator.extract import extract_file

    lines = PAGE.read_text(encoding="utf-8").splitlines()
    _, article = extract_file(PAGE)
    assert article.paragraphs and all(p.line for p in article.paragraphs)
    for paragraph in article.paragraphs:
        assert paragraph.text[:40] in lines[paragraph.line - 1]
    dropped = {d.text: d.line for d in article.dropped}
    assert lines[dropped["Advertisement"] - 1].strip() == '<div class="ad">Advertisement</div>'
    assert "<h1>" in lines[next(n for text, n in dropped.items() if text.startswith("Kremlin denies")) - 1]


def test_source_lines_prefer_the_longer_probe_whatever_the_hash_seed():
    from generator.extract import source_lines

    page = "<html>\n<body>\n<p>Troops crossed the bridge at dawn.</p>\n<p>Troops crossed the river at noon today.</p>\n"
    # The first six words are only on line 4; the first three also on line 3.
    assert source_lines(page, ["Troops crossed the river at noon today."]) == [4]
    assert source_lines(page, ["Troops crossed the fields."]) == [3]
    assert source_lines(page, ["Nothing like this is on the page."]) == [0]


def test_a_story_folder_named_like_the_sites_own_folders_is_an_error(tmp_path: Path):
    """The theme's files and the search bundles are folders of the site: a story there would be overwritten."""
    for name in ("Pagefind-2", "theme"):
        folder = tmp_path / "content" / name
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text("The first outlet's text.\n")
    result = pelican_build(tmp_path / "content", tmp_path / "out")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    message = " ".join(result.stderr.split())
    assert "Pagefind-2: its URL, pagefind-2/, is the site's own folder" in message
    assert "theme: its URL, theme/, is the site's own folder" in message


def test_a_search_indexer_that_fails_is_one_line_and_publishes_nothing(tmp_path: Path, monkeypatch):
    """Pagefind is another program: when it fails, the build says so in one line, exits 1 and leaves
    the output folder as it was (here: not made)."""
    content = tmp_path / "content" / "story"
    content.mkdir(parents=True)
    for outlet in ("a", "b"):
        (content / f"{outlet}.txt").write_text(f"Outlet {outlet} reports that the bridge reopened on Monday.\n")
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/bin/false")
    result = pelican_build(tmp_path / "content", tmp_path / "out")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error: the search index could not be built (pagefind failed: exit code 1)" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_card_a_page_pops_up_over_a_name_is_left_out_and_listed():
    """Invented page. A card the page shows over a name (a picture, the full name, latest headlines),
    inside the paragraph's markup, would run into the sentence ("Gov. Ann RoeAnn Marie RoeGovernor
    signs ..."): it is left out of the body and listed; a tooltip with no picture and one link at most
    (a word's definition, a linked word) is the word itself and stays."""
    from generator.extract import HOVER_CARD

    card = (
        '<span class="rollover-people"><a href="/people/ann-roe">Ann Roe</a>'
        '<span class="rollover-people-block"><span class="rollover-block"><img src="roe.jpg" alt="">'
        '<a class="name" href="/people/ann-roe">Ann Marie Roe</a>'
        '<a href="/news/1">Governor signs harbour budget</a> <a href="/news/2">Roe names new port chief</a>'
        "</span></span></span>"
    )
    body = " ".join(
        f"<p>Sentence {n} of the harbour story tells how the new pier was paid for, the council said on Monday.</p>"
        for n in range(8)
    )
    page = (
        "<html><head><title>Harbour budget signed</title></head><body><article><h1>Harbour budget signed</h1>"
        f"<p>Port Town Gov. {card} signed the harbour budget on Monday, ending a long fight over the pier.</p>"
        '<p>The <span class="tooltip">levy</span> will pay for the dredging of the old channel next spring.</p>'
        '<p>The <span class="popup-link"><a href="/port">port board</a></span> approved the plan in March.</p>'
        f"{body}</article></body></html>"
    )
    extracted = extract_html(page)
    assert "Port Town Gov. Ann Roe signed the harbour budget on Monday, ending a long fight over the pier." in (
        extracted.paragraphs
    )
    assert "The levy will pay for the dredging of the old channel next spring." in extracted.paragraphs
    # A pop-up's class on the one link a word is (the word it is shown over) is the word itself too.
    assert "The port board approved the plan in March." in extracted.paragraphs
    assert (
        "Ann Marie Roe Governor signs harbour budget Roe names new port chief",
        HOVER_CARD,
    ) in extracted.dropped
