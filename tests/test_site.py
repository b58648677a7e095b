"""A real Pelican build of the project's content (and of hostile input), inspected file by file."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

from bs4 import BeautifulSoup, Tag

from generator.align import title_label, title_stem, title_text
from generator.pages import SAID_EDGES, SMALL_WORDS
from generator.segment import ENDERS, TITLES, opening

from .conftest import ROOT, SEED_STORY, SITE_SETTINGS, own_script, pelican_build

STORY = SEED_STORY.name


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def heading(claim: dict) -> str:
    """What the site shows as a claim's heading: the whole sentence its title was cut from (without
    its dateline, its quotation marks matched: ``tests/test_align.py``)."""
    stem = title_stem(claim["title"])
    if stem is None:
        return claim["title"]
    label = title_label(claim["title"])
    found = next((t for t in (title_text(m["text"]) for m in claim["members"]) if t.startswith(stem)), None)
    return claim["title"] if found is None else found if found.endswith(label) else found + label


def said_lead(heading: str, pronoun: str | None = None) -> str:
    """What a screen reader hears before a quote heading's speaker: a new sentence after a heading that
    ends one ("..., he said." then "Said by"), else ", said by"; after a heading in the outlet's own
    words, whom its "he" or "she" stands for ("“He” is"; the export's ``heading_speaker_pronoun``)."""
    if pronoun in ("his", "her"):
        return f" “{pronoun.capitalize()}” refers to "
    if pronoun:
        return f" “{pronoun.capitalize()}” is "
    return " Said by " if re.search(r"[.?!…][”’\"']*$", heading.strip()) else ", said by "


def said_text(heading: str, name: str, pronoun: str | None = None) -> str:
    """A heading's speaker label as its text reads: "— " (seen) or "(he: " ... ")" (seen, after a
    heading in the outlet's own words), with the words a screen reader hears (``said_lead``) between."""
    if pronoun:
        return f" ({pronoun}: {said_lead(heading, pronoun)}{name})"
    return f" — {said_lead(heading)}{name}"


def claim_words(h1) -> str:
    """A claim page's heading without its number ("Claim 3 of 40:")."""
    kept = BeautifulSoup(str(h1), "html.parser")
    kept.find(class_="kicker").decompose()
    return kept.get_text().strip()


def sentence_texts(page: BeautifulSoup) -> list[str]:
    """Each sentence shown on a claim page, as a reader sees it (screen-reader labels left out)."""
    texts = []
    for p in page.select("article.wording p.text"):
        for hidden in p.select(".visually-hidden"):
            hidden.decompose()
        texts.append(" ".join(p.get_text().split()))
    return texts


def shown_members(claim: dict) -> list[dict]:
    """A claim's members in the order its page shows them: by outlet, a weaker match's card last."""
    return sorted(claim["members"], key=lambda m: m["outlet"] in claim["weaker_match"])


def also_links(page: BeautifulSoup) -> list[list]:
    """For each sentence shown on a claim page (in order), its links to the other claims it tells."""
    found: list[list] = []
    for p in page.select("article.wording p.text"):
        links = []
        for sibling in p.find_next_siblings(["p", "details"]):
            if "text" in sibling.get("class", []):
                break
            if "also" in sibling.get("class", []):
                links += sibling.select("a")
            if "also-more" in sibling.get("class", []):  # a long list, in a closed box
                links += [a for q in sibling.select("p.also") for a in q.select("a")]
        found.append(links)
    return found


def test_index_story_and_claim_pages(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    claim_pages = sorted(p.name for p in (site / STORY).glob("*.html") if p.name != "index.html")
    assert claim_pages == sorted(f"{c['id']}.html" for c in data["claims"])
    index = soup(site / "index.html")
    assert index.find("a", href=f"./{STORY}/index.html") or index.find("a", href=re.compile(f"{STORY}/index.html"))
    story = soup(site / STORY / "index.html")
    assert story.h1.get_text() == "Kremlin denies reports of a Trump–Putin phone call"
    # The line under the title is spaced as it reads: one space after each separator (an audit saw two).
    meta = copy.copy(story.select_one("h1 ~ p.meta"))
    for hidden in meta.select(".visually-hidden"):
        hidden.decompose()
    assert not re.search(r"\s\s", meta.get_text().replace("\xa0", " ")), meta.get_text()
    grid = story.find("table", class_="grid")
    assert len(grid.tbody.find_all("tr")) == 5
    # A screen reader hears which outlets were not found, as the ○ marks show the eye (audit 86).
    by_id = {c["id"]: c for c in data["claims"]}
    heard = otherwise = 0
    for li in story.select("ol.claims > li"):
        claim = by_id[li.a["href"].rsplit("/", 1)[-1].removesuffix(".html")]
        # An outlet whose sentence is the other side of one of the claim's disagreements tells it with
        # another value: so the list, the grid, the claim page and the export all say (audit 93).
        other = claim["told_with_another_value"]
        missing = [o for o in data["outlets"] if o not in claim["outlets"] and o not in other]
        assert claim["missing"] == missing
        said = [t.get_text() for t in li.select(".meta .visually-hidden") if "not found" in t.get_text()]
        assert said == ([f"; not found: {', '.join(missing)}"] if missing and len(claim["outlets"]) > 1 else [])
        assert ("told with another value: " + ", ".join(other) in li.get_text()) == bool(other)
        column = [a["href"] for a in grid.thead.select("a")].index(li.a["href"])
        cells = [row.find_all("td")[column].get_text() for row in grid.tbody.find_all("tr")]
        assert [o for o, cell in zip(data["outlets"], cells, strict=True) if "another value" in cell] == other
        page = " ".join(soup(site / STORY / f"{claim['id']}.html").get_text().split())
        if other:
            names = other[0] if len(other) == 1 else ", ".join(other[:-1]) + " and " + other[-1]
            assert f"{names} {'tells' if len(other) == 1 else 'tell'} it with another value" in page
        otherwise += len(other)
        heard += bool(said)
    assert heard and otherwise, "the seed's Kyiv contradiction: Outlet C tells the other side"
    # The lists' keys name every mark the lists use (an audit found ≠ in a list whose key left it out).
    keys = [h.get_text() for h in story.select("p.hint") if "not found, one mark per outlet" in h.get_text()]
    assert len(keys) == 2 and all("≠ tells it with another value" in k for k in keys)
    # Each row names its outlet whole, and a site's name may break after its dots only (an audit read
    # "middevong / azette.co.u / k" on a phone).
    broken = 0
    for folder in (p.parent for p in site.glob("*/index.html")):
        outlets = json.loads((folder / f"{folder.name}.json").read_text())["outlets"]
        rows = soup(folder / "index.html").select("table.grid th[scope=row]")
        assert [th.get_text() for th in rows] == outlets
        for th in rows:
            assert str(th).count("<wbr/>") == th.get_text().count("."), str(th)
            broken += th.get_text().count(".")
    assert broken, "the demo has outlets named by their sites"
    assert len(grid.thead.find_all("a")) == len(data["claims"])
    listed = [a.get_text() for a in story.select("ol.claims a")]
    # Whole sentences, not cut with "…"; a quote that names no one with the speaker found around it.
    assert listed == [
        heading(c)
        + (said_text(heading(c), c["heading_speaker"], c["heading_speaker_pronoun"]) if c["heading_speaker"] else "")
        for c in data["claims"]
    ]
    dropped = story.find("table", class_="dropped").get_text()
    assert "Advertisement" in dropped and "Leave feedback about this" in dropped
    # What the grouping matched to no other outlet is said as that, never as an outlet leaving a fact out.
    text = " ".join(story.get_text().split())
    # A claim other outlets tell with another value is not "found in no other outlet" (audit 96).
    alone = [c for c in data["claims"] if len(c["outlets"]) == 1 and not c["told_with_another_value"]]
    otherwise = [c for c in data["claims"] if len(c["outlets"]) == 1 and c["told_with_another_value"]]
    counted = re.search(r"(\d+) found in one outlet only(?:, (\d+) told by one outlet and by one or more)?", text)
    assert counted and [int(n or 0) for n in counted.groups()] == [len(alone), len(otherwise)]
    section = story.find(id="alone-h").parent
    assert story.find(id="alone-h").get_text() == "Found in one outlet only"
    assert sum(int(s.get_text().split(": ")[1].split()[0]) for s in section.select("summary")) == len(alone)
    assert all(s.get_text().endswith("found in no other outlet") for s in section.select("summary"))
    assert "not reported" not in text and "left it out" not in text and "no other outlet reported" not in text
    assert {t.get_text() for t in grid.select("td.no:not(.other) .visually-hidden")} == {"not found"}
    assert {t.get_text() for t in grid.select("td.no.other .visually-hidden")} == {"tells it with another value"}
    outlets = story.find("table", class_="outlets")
    assert [td.get_text() for td in outlets.select('td[data-label="Found in no other outlet"]')] == [
        str(sum(c["outlets"] == [o] for c in alone)) for o in data["outlets"]
    ]


def test_claim_page_highlights_legend_and_navigation(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    shared = [c for c in data["claims"] if len(c["outlets"]) >= 3]
    assert shared, "the seed story has claims told by three or more outlets"
    claim = shared[0]
    page = soup(site / STORY / f"{claim['id']}.html")
    assert page.find(class_="legend")
    cards = page.select("article.wording")
    assert [str(c.h2.contents[0]).strip() for c in cards] == claim["outlets"]
    assert page.select("span.w-unique") and page.select("span.w-some, span.w-all")
    shown, listed = page.select(".pairs details"), page.select(".pairs .no-view .pair")
    assert len(shown) + len(listed) == len(cards) * (len(cards) - 1) // 2
    assert sentence_texts(page) == [" ".join(m["text"].split()) for m in claim["members"]]
    if claim["missing"]:
        coverage = " ".join(page.find(class_="coverage").get_text().split())
        # Absence is what the grouping did not find, not a finding that the outlet left the fact out.
        assert f"Not found in: {', '.join(claim['missing'])} (none of" in coverage
        assert "Not reported" not in coverage
        assert page.find(class_="coverage").find("a", href=lambda h: h and h.endswith("about.html#absent"))
    alone = next(c for c in data["claims"] if len(c["outlets"]) == 1)
    coverage = " ".join(soup(site / STORY / f"{alone['id']}.html").find(class_="coverage").get_text().split())
    assert f"Only {alone['outlets'][0]} of the" in coverage and "was found to report this" in coverage
    first, last = data["claims"][0], data["claims"][-1]
    assert not soup(site / STORY / f"{first['id']}.html").find("a", rel="prev")
    assert (
        soup(site / STORY / f"{first['id']}.html")
        .find("a", rel="next")["href"]
        .endswith(f"{data['claims'][1]['id']}.html")
    )
    assert not soup(site / STORY / f"{last['id']}.html").find("a", rel="next")
    # The arrows are decoration; a screen reader hears which way a link goes, and each pager its place.
    middle = soup(site / STORY / f"{data['claims'][1]['id']}.html")
    # ... and what the claim it leads to says; the heading comes first, then the pager.
    first_heading = claim_words(soup(site / STORY / f"{first['id']}.html").find("h1"))
    third_heading = claim_words(soup(site / STORY / f"{data['claims'][2]['id']}.html").find("h1"))
    # The heading says the claim's number first (audit 69: the list of headings a screen reader
    # gives had no number); search results are titled by the claim's words alone.
    for number, claim in enumerate(data["claims"], 1):
        h1 = soup(site / STORY / f"{claim['id']}.html").find("h1")
        assert " ".join(h1.get_text().split()).startswith(f"Claim {number} of {len(data['claims'])}: ")
        assert h1.find(attrs={"data-pagefind-meta": "title"}).get_text() == heading(claim)
    top, bottom = middle.select("nav.pager")
    assert top.find("a", rel="prev").get_text() == "← Claim 1 (the previous one)"  # short before the page
    assert top.find("a", rel="next").get_text() == "Claim 3 (the next one) →"
    assert bottom.find("a", rel="prev").get_text() == f"← Claim 1 (the previous one): {first_heading}"
    assert bottom.find("a", rel="next").get_text() == f"Claim 3 (the next one): {third_heading} →"
    # The bottom pager names the claim it leads to as its heading does, with the speaker of a quote
    # heading (audit 100: a pager read a quote without the "— Name" its page gives it).
    said = [
        (f"{said_lead(heading(c), c['heading_speaker_pronoun'])}{c['heading_speaker']}" if c["heading_speaker"] else "")
        for c in data["claims"]
    ]
    assert any(said)
    for k in range(1, len(data["claims"]) - 1):
        bottom = soup(site / STORY / f"{data['claims'][k]['id']}.html").select("nav.pager")[1]
        prev_, next_ = data["claims"][k - 1], data["claims"][k + 1]
        assert (
            bottom.find("a", rel="prev").get_text() == f"← Claim {k} (the previous one): {heading(prev_)}{said[k - 1]}"
        )
        assert (
            bottom.find("a", rel="next").get_text() == f"Claim {k + 2} (the next one): {heading(next_)}{said[k + 1]} →"
        )
    order = [n.name for n in middle.find("main").find_all(["h1", "nav"], recursive=False)]
    assert order == ["h1", "nav", "nav"]
    assert all(a.find("span", attrs={"aria-hidden": "true"}) for a in middle.select("a[rel=prev], a[rel=next]"))
    labels = [n["aria-label"] for n in middle.select("nav.pager")]
    assert labels == ["Other claims (top of the page)", "Other claims (bottom of the page)"]


def test_every_local_link_resolves(site: Path):
    pages = list(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        for tag in soup(page).find_all(["a", "link"], href=True):
            href = tag["href"]
            if urlparse(href).scheme or href.startswith("#"):
                continue
            target = (page.parent / href.split("#")[0]).resolve()
            assert target.exists(), f"{page.relative_to(site)} links to missing {href}"


def test_no_blog_scaffolding(site: Path):
    names = {p.relative_to(site).as_posix() for p in site.rglob("*")}
    for unwanted in ("tags.html", "categories.html", "authors.html", "archives.html", "feeds"):
        assert not any(n.startswith(unwanted) for n in names)
    assert not any(n.startswith(("tag/", "category/", "author/")) for n in names)


def test_build_is_deterministic(site: Path, tmp_path: Path):
    result = pelican_build(ROOT / "content", tmp_path, *SITE_SETTINGS)
    assert result.returncode == 0, result.stderr
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert first == second


HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> "quoted" & \'single\''


def _two_seed_articles_and(tmp_path: Path, slug: str, markdown: str) -> Path:
    """A story folder of two seed articles and one Markdown article written for the test."""
    story = tmp_path / "content" / slug
    story.mkdir(parents=True)
    for f in sorted(SEED_STORY.glob("*.txt"))[:2]:
        shutil.copy(f, story / f.name)
    (story / "zz.md").write_text(markdown)
    return story


def test_hostile_text_and_metadata_are_escaped(tmp_path: Path):
    story = _two_seed_articles_and(
        tmp_path,
        "hostile",
        f'Title: {HOSTILE}\nOutlet: Evil <b>Outlet</b> " onmouseover="alert(1)\nURL: https://example.com/"><script>alert(2)</script>\n\n'
        f"The Kremlin denied the report on Monday. {HOSTILE} was printed in the article.\n",
    )
    (story / "story.toml").write_text(f"title = '''{HOSTILE}'''\n")
    out = tmp_path / "out"
    result = pelican_build(tmp_path / "content", out)
    assert result.returncode == 0, result.stderr
    for page in out.rglob("*.html"):
        html = own_script(page.read_text())
        assert "<script" not in html, page
        assert "<img" not in html and "<b>" not in html, page
        assert 'onmouseover="' not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", ""), page
    story_html = (out / "hostile" / "index.html").read_text()
    assert "&lt;script&gt;" in story_html
    assert 'href="https://example.com/' not in story_html  # not a plain http(s) URL, so not a link


def test_an_article_without_a_headline_links_its_source_page_by_saying_so(tmp_path: Path):
    """The outlets table's Headline column never shows a web address as if it were a headline; the link
    names the outlet, so two untitled articles' links are not one name for two pages (audit 79)."""
    _two_seed_articles_and(
        tmp_path,
        "untitled",
        "Outlet: Harbour Gazette\nURL: https://example.com/pier-story\n\nThe Kremlin denied the report on Monday.\n",
    )
    result = pelican_build(tmp_path / "content", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "untitled" / "index.html").read_text()
    link = '<a href="https://example.com/pier-story" rel="nofollow noopener">'
    assert link + "Harbour Gazette: source page (no headline given)</a>" in html
    assert ">https://example.com/pier-story<" not in html
    # No date given: shown as a dash, said as "not given" (a screen reader may read a dash as nothing).
    row = next(
        r for r in soup(tmp_path / "out" / "untitled" / "index.html").select("table.outlets tr") if "Harbour" in r.text
    )
    date = row.select_one('td[data-label="Date"]')
    assert date.select_one('[aria-hidden="true"]').get_text() == "—"
    assert date.select_one(".visually-hidden").get_text() == "not given"


def test_articles_of_one_site_are_counted_as_articles_from_fewer_outlets(tmp_path: Path):
    """Two articles of one site are labelled "site", "site (2)" and counted apart, as articles (a page
    that said "3 of 4 outlets" would count an outlet that is not one); the index and the story page
    say how many outlets the articles come from."""
    story = _two_seed_articles_and(
        tmp_path, "two-of-one-site", "URL: https://harbour.example/first\n\nThe Kremlin denied the report on Monday.\n"
    )
    (story / "zz2.md").write_text("URL: https://harbour.example/second\n\nThe Kremlin denied it again on Tuesday.\n")
    result = pelican_build(tmp_path / "content", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    meta = soup(tmp_path / "out" / "two-of-one-site" / "index.html").find("p", class_="meta").get_text()
    assert meta.startswith("4 articles from 3 outlets") and "“harbour.example (2)”" in meta
    assert "4 articles from 3 outlets ·\xa0" in soup(tmp_path / "out" / "index.html").get_text()
    assert "told by more than one article" in meta and "found in one article only" in meta
    assert "told by more than one outlet" not in meta
    page = soup(tmp_path / "out" / "two-of-one-site" / "index.html")
    assert page.find(id="alone-h").get_text() == "Found in one article only"
    assert all(s.get_text().endswith("found in no other article") for s in page.select("#alone-h ~ details summary"))
    assert page.select('td[data-label="Found in no other article"]')
    text = " ".join(page.get_text().split())
    assert "one mark per article" in text and " 4 outlets" not in text and "most outlets" not in text
    for page in (tmp_path / "out" / "two-of-one-site").glob("*.html"):  # each claim page says so too
        if page.name != "index.html":
            coverage = " ".join(soup(page).find(class_="coverage").get_text().split())
            assert " of 4 articles" in coverage or "of the 4 articles" in coverage or "All 4 articles" in coverage
            assert "outlets</" not in str(soup(page).find(class_="coverage")) and " of 4 outlets" not in coverage
            assert "(Counted by article: the 4 articles come from 3 outlets" in coverage, coverage


def test_a_claim_of_several_articles_of_one_site_says_how_many_outlets_they_are(site: Path):
    """The demo's fire story has three articles of one site: a claim told by two of them and another
    site's says its articles come from two outlets (audit 98 read "4 of 11 outlets" of two)."""
    checked = 0
    for page in sorted((site / "waitrose-wellington-fire").glob("*.html")):
        if page.name == "index.html":
            continue
        coverage = " ".join(soup(page).find(class_="coverage").get_text().split())
        listed = coverage.split(" reported this: ")[1].split(" (Counted")[0] if " reported this: " in coverage else ""
        told = [t for t in listed.split(";")[0].rstrip(".").split(", ") if t]
        named = {re.sub(r" \(\d+\)$", "", t) for t in told}
        assert " outlets reported" not in coverage and " outlets</" not in str(soup(page).find(class_="coverage"))
        if told and len(named) < len(told):
            checked += 1
            assert f", these {len(told)} from {len(named)}; each is labelled by its site.)" in coverage, coverage
    assert checked
    # The story page's lists say it too ("4 of 11 articles (from 2 outlets): ..."; audit 112).
    story = soup(site / "waitrose-wellington-fire" / "index.html")
    lines = [" ".join(li.get_text().split()) for li in story.select("li")]
    fewer = 0
    for line in lines:
        found = re.search(r"\d+ of 11 articles(?: \(from (\d+) outlets?\))?: ([^;◐○●]+?)\s*(?:;|$)", line)
        if found:
            told = [t.strip() for t in found.group(2).split(", ")]
            sites = len({re.sub(r" \(\d+\)$", "", t) for t in told})
            assert found.group(1) == (str(sites) if sites < len(told) else None), line
            fewer += sites < len(told)
    assert fewer


def test_claim_page_shows_each_sentence_in_its_paragraph(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    shown = 0
    for claim in data["claims"]:
        page = soup(site / STORY / f"{claim['id']}.html")
        texts = [m["text"] for m in claim["members"]]
        for context in page.select("article.wording details.context"):
            assert context.strong.get_text() in texts
            assert len(context.p.get_text()) > len(context.strong.get_text())
            shown += 1
        # Provenance a reader understands: the outlet and the paragraph, not a file name first.
        for line, member in zip(page.select("article.wording p.source"), shown_members(claim), strict=True):
            assert line.get_text().startswith(member["outlet"]) and "paragraph " in line.get_text()
    assert shown > 10  # the seed articles have paragraphs of several sentences


def test_where_outlets_differ_lists_exactly_the_disagreements(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    section = soup(site / STORY / "index.html").find("section", attrs={"aria-labelledby": "differ-h"})
    items = section.select("ul.differ > li")
    assert [" ".join(li.strong.next_sibling.split()) for li in items] == [d["summary"] for d in data["disagreements"]]
    for li, d in zip(items, data["disagreements"], strict=True):
        assert set(d) == {"kind", "summary", "claims", "members"}
        assert {a["href"].rsplit("/", 1)[-1].removesuffix(".html") for a in li.select("span.meta a")} == set(
            d["claims"]
        )
    for claim in data["claims"]:
        for diff in claim["differences"]:
            assert set(diff) == {"kind", "summary", "by_outlet", "conflict"}
    # The claim list flags exactly the claims named by a disagreement (not every claim with a detail).
    flagged = {
        li.a["href"].rsplit("/", 1)[-1].removesuffix(".html")
        for li in soup(site / STORY / "index.html").select("ol.claims > li")
        if "outlets differ" in li.get_text()
    }
    assert flagged == {i for d in data["disagreements"] for i in d["claims"]}
    # So does the list of what most outlets report: a claim told by all of them may still be one whose
    # figure they give two ways (an audit read such a list as the outlets' consensus).
    for story in (p.parent for p in site.glob("*/index.html")):
        story_data = json.loads((story / f"{story.name}.json").read_text())
        disputed = {i for d in story_data["disagreements"] for i in d["claims"]}
        for li in soup(story / "index.html").select("ul.agreed > li"):
            claim_id = li.a["href"].rsplit("/", 1)[-1].removesuffix(".html")
            assert ("outlets differ on a value here" in li.get_text()) == (claim_id in disputed), li.get_text()
    # ... and every claim whose page shows a conflict is one of them.
    assert {c["id"] for c in data["claims"] if any(x["conflict"] for x in c["differences"])} <= flagged
    # The seed story's one real contradiction: Kyiv not informed (A, B) vs Ukrainian officials informed (C).
    [kyiv] = data["disagreements"]
    assert kyiv["kind"] == "negation" and len(kyiv["claims"]) == 2
    assert {m["outlet"] for m in kyiv["members"]} == {"Outlet A", "Outlet B", "Outlet C"}
    # Both claim pages show the other side.
    for mine in kyiv["claims"]:
        [other] = [c for c in kyiv["claims"] if c != mine]
        page = soup(site / STORY / f"{mine}.html")
        links = [a["href"] for a in page.select("section.disputes a")]
        assert [h.rsplit("/", 1)[-1] for h in links] == [f"{other}.html"]


def test_marks_agree_with_the_legend_and_are_spoken(site: Path):
    for page_path in (site / STORY).glob("*.html"):
        if page_path.name == "index.html":
            continue
        page = soup(page_path)
        used = {m["data-mark"] for m in page.select("p.text [data-mark]")} - {"none"}
        legend = {m["data-mark"] for m in page.select(".legend [data-mark]")}
        assert used <= legend, page_path.name
        # A screen reader reads each sentence whole, then its marked words said in words: every mark's
        # words, in order, under its meaning, and nothing else.
        for card in page.select("article.wording"):
            outlet = str(card.h2.contents[0]).strip()
            for text in card.select("p.text"):
                only = [said_as(m.get_text()) for m in text.select("span.w-unique") if m.get_text().strip(SAID_EDGES)]
                # Runs of small words only ("a", "of the") are left out of the second list, never a negation.
                marked_some = [t for m in text.select("span.w-some") if (t := m.get_text().strip(SAID_EDGES))]
                # (a word in capitals, "US", is an acronym: never small)
                small = [
                    t
                    for t in marked_some
                    if all(
                        (x := w.strip(SAID_EDGES)).lower() in SMALL_WORDS and not (len(x) > 1 and x.isupper())
                        for w in t.split()
                    )
                ]
                assert not any(w in t.lower().split() for t in small for w in ("not", "no", "never")), page_path.name
                every = [said_as(m.get_text()) for m in text.select("span.w-some") if m.get_text().strip(SAID_EDGES)]
                some = [t for t in every if t.rstrip(".") not in small]
                # ... but where small words are all the sentence marks, they are said (the one word that
                # differs may be "some" or "will"), and the list does not say it leaves them out.
                aside = " (small words aside)"
                if not only and every and not some:
                    some, aside = every, ""
                # Each once, in the order first met ("percent; percent" says nothing the second time).
                only, some = list(dict.fromkeys(only)), list(dict.fromkeys(some))
                # The sentence is not cut up: no hidden text inside a mark, and no <mark> (which some
                # screen readers announce as "highlight" at every marked word).
                assert not text.select(".w-some .visually-hidden, .w-unique .visually-hidden"), page_path.name
                assert not text.select("mark"), page_path.name
                said = text.find_next_sibling("p")
                if not (only or some):  # no marks: no list
                    assert "marks-said" not in (said.get("class") or []), page_path.name
                    continue
                assert "marks-said" in said["class"] and "visually-hidden" in said["class"], page_path.name
                expected = " ".join(
                    ([f"Words only {outlet} uses here: {ended('; '.join(only))}"] if only else [])
                    + ([f"Words some of the other outlets also use{aside}: {ended('; '.join(some))}"] if some else [])
                )
                # A piece of a word cut at a dash is said with its word: "elect (part of President-elect)".
                # (Of a run of several words, only the cut word: "one, but ... (one: part of one-on-one)".)
                notes = re.findall(r" \(((?:[^()]*: )?part of [^()]*)\)", said.get_text())
                words = [w.split("part of ", 1)[1] for n in notes for w in n.split("; ")]
                assert all(("-" in w or "–" in w) and w in text.get_text() for w in words), page_path.name
                plain = re.sub(r" \((?:[^()]*: )?part of [^()]*\)", "", said.get_text())
                assert plain == expected and not re.search(r"(?<!\.)\.\.(?!\.)", said.get_text()), page_path.name


def said_as(mark: str) -> str:
    """A marked run as the screen reader's list says it: without the punctuation at its edges, but an
    abbreviation that ends it keeps its stop ("Mr.", "U.S.", "for example, Mr."); a bracket it does not
    both open and close is not said ("(WP) said", cut after its opening bracket, is "WP said")."""
    said = mark.strip(SAID_EDGES)
    for pair in ("()", "[]"):
        o, c = re.escape(pair[0]), re.escape(pair[1])
        while re.match(rf"[^{o}]*{c}", said):  # closed before any opens
            said = re.sub(rf"^([^{o}]*){c}", r"\1", said, count=1)
        while re.search(rf"{o}[^{c}]*$", said):  # opened, never closed
            said = re.sub(rf"{o}([^{c}]*)$", r"\1", said, count=1)
    said = " ".join(said.split())
    last = said.split()[-1]
    keeps = mark.lstrip(SAID_EDGES).startswith(f"{said}.") and (last.lower() in TITLES | ENDERS or "." in last)
    # Quotation marks inside a run are not said; an apostrophe inside a word is.
    said = " ".join(re.sub(r"[“”\"]|(?<!\w)[‘’']|[‘’'](?!\w)", "", said).split()) or said
    return f"{said}." if keeps else said


def ended(items: str) -> str:
    """A list said as a sentence ends with one full stop."""
    return items if items.endswith(".") else f"{items}."


def test_a_sentence_in_two_claims_links_the_other(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    homes: dict[tuple[str, int], list[str]] = {}
    for claim in data["claims"]:
        for m in claim["members"]:
            homes.setdefault((m["source"], m["sentence"]), []).append(claim["id"])
    shared = {k: v for k, v in homes.items() if len(v) > 1}
    assert shared, "the attach pass puts some seed sentences in two claims"
    seen_weak = False
    for (source, sentence), ids in shared.items():
        claim = next(c for c in data["claims"] if c["id"] == ids[0])
        page = soup(site / STORY / f"{ids[0]}.html")
        i = next(i for i, m in enumerate(shown_members(claim)) if (m["source"], m["sentence"]) == (source, sentence))
        links = [a["href"] for a in also_links(page)[i]]
        assert [h.rsplit("/", 1)[-1] for h in links] == [f"{other}.html" for other in ids[1:]]
        # A link to a claim whose heading is this very sentence does not read it out again, only its
        # opening words, which a links list (that reads the link alone) needs to tell it from others.
        text = next(m["text"] for m in claim["members"] if (m["source"], m["sentence"]) == (source, sentence))
        assert not any(text[:60] in a.get_text() for a in also_links(page)[i])
        heads = [a for a in also_links(page)[i] if "which it heads" in a.get_text()]
        assert all(text.split()[0] in a.select_one(".visually-hidden").get_text() for a in heads)
        # Every such link says, in its own words, which claim it is (a links list reads them alone).
        for a in also_links(page)[i]:
            assert re.fullmatch(r"claim \d+(?:, which it heads \(“.+”\)|: .+)", a.get_text()), a.get_text()
        # Where the sentence is only a weaker match in the other claim, the page says it may tell it.
        outlet = next(m["outlet"] for m in claim["members"] if (m["source"], m["sentence"]) == (source, sentence))
        for a in also_links(page)[i]:
            other = next(c for c in data["claims"] if a["href"].endswith(f"/{c['id']}.html"))
            weak = outlet in other["weaker_match"] or any(
                (w["source"], w["sentence"]) == (source, sentence) for w in other["weaker_match_sentences"]
            )
            line = " ".join(a.parent.get_text().split())
            assert line.startswith("This sentence may also tell" if weak else "This sentence also tells"), line
            # A heading cut short ends on a whole word: a screen reader reads no piece of one.
            shown = a.get_text().split(": ", 1)[-1]
            if shown.endswith("…"):
                kept = shown[:-1].rstrip()
                whole = " ".join(other["heading"].split())
                assert re.match(rf"{re.escape(kept)}(?![\w’'])", whole), (kept, whole)
            assert ("weaker match there" in line) == weak
        seen_weak = seen_weak or any("may also tell" in a.parent.get_text() for a in also_links(page)[i])
    assert seen_weak, "some shared seed sentence is only a weaker match in its other claim"


def test_the_how_to_read_page_is_built_and_linked_from_every_page(site: Path):
    about = soup(site / "about.html")
    assert about.h1.get_text() == "How to read this digest"
    assert about.find("table")  # the highlight legend, from Markdown
    assert "not found" in about.find(id="absent").get_text()  # where a claim page's "Not found in" links
    claim = next(p for p in (site / STORY).glob("*.html") if p.name != "index.html")
    for page in (site / "index.html", site / STORY / "index.html", claim):
        link = soup(page).select_one("nav.site-pages a")
        assert link.get_text() == "How to read this digest"
        assert (page.parent / link["href"]).resolve() == (site / "about.html").resolve()


def test_a_rebuild_leaves_no_page_of_a_claim_that_is_gone(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(SEED_STORY, content / STORY)
    out = tmp_path / "out"
    (out / STORY).mkdir(parents=True)
    stale = out / STORY / "a-claim-from-an-earlier-build-0a1b2c.html"
    stale.write_text("old")
    result = pelican_build(content, out, "-e", "DIGEST_LEXICAL_ONLY=true")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not stale.exists()
    assert (out / STORY / "index.html").exists()


def test_every_story_page_says_where_outlets_differ_even_when_nothing_is_found(site: Path):
    stories = [p for p in site.glob("*/*.json") if p.stem == p.parent.name]  # each story's JSON export
    assert len(stories) >= 2
    seen = set()
    for data_file in stories:
        data = json.loads(data_file.read_text())
        seen.add(bool(data["disagreements"]))
        page = soup(data_file.parent / "index.html")
        section = page.find("section", attrs={"aria-labelledby": "differ-h"})
        assert section is not None, data_file.parent.name
        none = section.select_one("p.none-found")
        if data["disagreements"]:
            assert none is None and section.select("ul.differ > li")
        else:
            assert none is not None and not section.select("ul.differ")
            # How far to trust an empty list: the section of the how-to-read page that says so, not its top.
            page_name, _, fragment = none.a["href"].partition("#")
            assert page_name.endswith("about.html") and fragment
            assert "Where outlets differ" in soup(site / "about.html").find(id=fragment).get_text()
    assert seen == {True, False}  # the demo site has stories with and without disagreements


def test_the_legend_lists_only_marks_a_page_can_have(site: Path):
    for page_path in (site / STORY).glob("*.html"):
        if page_path.name == "index.html":
            continue
        page = soup(page_path)
        cards = len(page.select("section.wordings > article.wording"))  # one card per outlet
        legend = {m["data-mark"] for m in page.select(".legend [data-mark]")}
        assert ("some" in legend) == (cards > 2), page_path.name  # "some of the others" needs two others
        # The key speaks of boxes only where a card shows one (an audit found "boxed" on pages with none).
        key = page.select_one(".legend ul")
        boxes = bool(page.select("article.wording .part"))
        assert (key is not None and "boxed" in key.get_text()) == boxes, page_path.name


def _luminance(hex_colour: str) -> float:
    """WCAG relative luminance of an "#rrggbb" colour."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_text_keeps_its_contrast_under_the_scroll_shadow(site: Path):
    """The grid's right-edge shadow darkens the paper under the claim numbers and marks: at its
    darkest every text colour of the theme still reads at 4.5:1 (an audit measured 4.0:1)."""
    css = (site / "theme" / "css" / "digest.css").read_text()
    colours = dict(re.findall(r"--([\w-]+): (#[0-9a-f]{6})", css))
    alpha = float(re.search(r"radial-gradient\([^;]*?rgba\(0, 0, 0, ([.\d]+)\)", css).group(1))
    paper = colours.pop("paper")
    shaded = "#" + "".join(f"{round(int(paper[i : i + 2], 16) * (1 - alpha)):02x}" for i in (1, 3, 5))
    texts = {k: v for k, v in colours.items() if k in {"ink", "muted", "accent", "yes", "weak", "no", "unique-ink"}}
    assert len(texts) == 7
    for name, colour in texts.items():
        ratio = (_luminance(shaded) + 0.05) / (_luminance(colour) + 0.05)
        assert ratio >= 4.5, (name, round(ratio, 2))


def test_a_weaker_match_is_said_on_the_claim_page_and_in_the_data(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    weak = [c for c in data["claims"] if c["weaker_match"]]
    assert weak, "the demo story has claims whose outlets match only weakly"
    for c in data["claims"]:
        assert set(c["weaker_match"]) <= set(c["outlets"]) and (len(c["outlets"]) > 1 or not c["weaker_match"])
        page = soup(site / STORY / f"{c['id']}.html")
        flagged = [a.h2.contents[0].strip() for a in page.select("article.wording") if a.select_one("p.weak")]
        assert flagged == c["weaker_match"]
        cards = [a.h2.contents[0].strip() for a in page.select("article.wording")]
        assert cards[len(cards) - len(flagged) :] == flagged  # after the cards of the outlets that told it
        # A difference that gives a weaker match's values says so: they may be another fact's.
        items = page.select("section.notes:not(.disputes) > ul > li")
        assert len(items) == len(c["differences"])
        for item, d in zip(items, c["differences"], strict=True):
            weak_values = bool(set(d["by_outlet"]) & set(c["weaker_match"])) and c["weaker_match"] != c["outlets"]
            assert (item.select_one(".from-weak") is not None) == weak_values, (c["id"], d["summary"])
        # A weaker match is not counted as reporting the claim: it is named apart, as what may have.
        all_weak = len(c["outlets"]) > 1 and c["weaker_match"] == c["outlets"]
        assert (page.select_one("p.coverage .weak-note") is not None) == all_weak
        if c["weaker_match"] and not all_weak:
            sure = [o for o in c["outlets"] if o not in c["weaker_match"]]
            coverage = " ".join(page.select_one("p.coverage").get_text().split())
            assert coverage.startswith(
                f"{len(sure)} of {len(data['outlets'])} outlets reported this: {', '.join(sure)}; "
                f"{_names_list(c['weaker_match'])} may have too (a weaker match"
            ), coverage
    assert any(p.select(".from-weak") for p in (soup(site / STORY / f"{c['id']}.html") for c in weak))


def test_an_outlet_not_found_is_pointed_to_the_claim_where_it_may_tell_it(site: Path):
    """Over every demo story: an outlet the data says may tell a claim all the same is one the claim
    lacks, the claim it points to holds that outlet's sentence, and the page says so with a link."""
    pointed = 0
    for folder in sorted(p for p in site.iterdir() if (p / f"{p.name}.json").exists()):
        data = json.loads((folder / f"{folder.name}.json").read_text())
        by_id = {c["id"]: c for c in data["claims"]}
        for c in data["claims"]:
            page = soup(folder / f"{c['id']}.html")
            said = page.select("p.coverage .elsewhere")
            assert len(said) == len(c["missing_maybe_told"]), c["id"]
            for x, span in zip(c["missing_maybe_told"], said, strict=True):
                assert x["outlet"] in c["missing"]
                held = {(m["source"], m["sentence"]) for m in by_id[x["claim"]]["members"]}
                assert (x["source"], x["sentence"]) in held
                assert span.get_text().startswith(f"{x['outlet']} may tell it")
                assert span.a["href"].endswith(f"/{x['claim']}.html")
                # The link says which claim it is in words, for a links list that reads it alone, as the
                # claim's heading, never as if it were the outlet's sentence (an audit read "its sentence
                # in claim 8: ..." as the outlet's words).
                assert re.fullmatch(rf"claim {by_id[x['claim']]['number']}, headed “.{{10,}}”", span.a.get_text())
                pointed += 1
    assert pointed, "the demo's Esther Williams story has one"


def test_a_sentence_that_matches_weakly_beside_one_that_matches_well_is_said_so(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    assert any(c["weaker_match_sentences"] for c in data["claims"]), "the demo story has one"
    for c in data["claims"]:
        weak = {(x["source"], x["sentence"]) for x in c["weaker_match_sentences"]}
        members = {(m["source"], m["sentence"]): m["outlet"] for m in c["members"]}
        assert weak <= set(members) and not {members[k] for k in weak} & set(c["weaker_match"])
        page = soup(site / STORY / f"{c['id']}.html")
        assert len(page.select("p.weak-sentence")) == len(weak), c["id"]


def test_the_story_page_says_a_weaker_match_as_the_claim_pages_do(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    page = soup(site / STORY / "index.html")
    for li, c in zip(page.select("ol.claims > li"), data["claims"], strict=True):
        assert ("a weaker match: " + ", ".join(c["weaker_match"]) in li.get_text()) == bool(c["weaker_match"])
        assert li.select_one(".dots").get_text().count("◐") == len(c["weaker_match"])
        # ◐ has its own colour as well as its own shape (● and ◐ look alike at a small size).
        assert all("weak" in s["class"] for s in li.select(".dots span") if s.get_text() == "◐")
    css = (site / "theme" / "css" / "digest.css").read_text()
    assert re.search(r"span\.yes\.weak, td\.yes\.weak \{ color: var\(--weak\); \}", css)
    cells = [td.get_text() for td in page.select("table.grid td.weak")]
    assert len(cells) == sum(len(c["weaker_match"]) for c in data["claims"])
    # A column is heard by its claim's heading, not only "Claim 12": the cells under it then mean something.
    for th, li in zip(page.select("table.grid thead th a"), page.select("ol.claims > li"), strict=True):
        said = th.select_one(".visually-hidden").get_text()
        assert th.select_one("[aria-hidden=true]").get_text() == li["value"]  # the eye sees the number
        assert said.startswith(f"Claim {li['value']}: ") and li.a.get_text().startswith(said.split(": ", 1)[1][:40])
    assert all(t.endswith("may have reported, a weaker match") for t in cells)
    assert "◐" in page.select_one("section[aria-labelledby=grid-h] .hint").get_text()
    # The marks' key stands where they are first shown (an audit found the first list's marks unexplained).
    for section in ("agreed-h", "claims-h"):
        key = page.select_one(f"section[aria-labelledby={section}] .hint [aria-hidden=true]").get_text()
        assert key.startswith("● reported, ◐ may have reported it") and ", ".join(data["outlets"]) in key, section
    for li in page.select("ul.agreed > li"):  # the same words wherever a claim is listed
        c = next(c for c in data["claims"] if li.a["href"].endswith(f"/{c['id']}.html"))
        assert ("a weaker match: " + ", ".join(c["weaker_match"]) in li.get_text()) == bool(c["weaker_match"])


def test_a_claim_whose_outlets_all_match_weakly_says_they_may_have_reported_it(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    for c in data["claims"]:
        text = " ".join(soup(site / STORY / f"{c['id']}.html").select_one("p.coverage").get_text().split())
        all_weak = len(c["outlets"]) > 1 and c["weaker_match"] == c["outlets"]
        assert ("may have reported this" in text) == all_weak


def test_a_screen_reader_hears_each_card_and_note_in_order(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    pages = {c["id"]: soup(site / STORY / f"{c['id']}.html") for c in data["claims"]}
    several = 0
    for claim in data["claims"]:
        page = pages[claim["id"]]
        coverage = " ".join(page.find(class_="coverage").get_text().split())
        sure = [o for o in claim["outlets"] if o not in claim["weaker_match"]]
        if claim["weaker_match"] and sure:  # who reported it, named, not only counted
            assert f"reported this: {', '.join(sure)};" in coverage
        elif 1 < len(claim["outlets"]) < len(data["outlets"]):
            assert f"reported this: {', '.join(claim['outlets'])}." in coverage
        for card in page.select("article.wording"):
            texts = card.select("p.text")
            labels = [t.select_one(".visually-hidden") for t in texts]
            if len(texts) > 1:  # each sentence of a card of several is announced as such
                several += 1
                assert [x.get_text() for x in labels] == [
                    f"Sentence {i} of {len(texts)}: " for i in range(1, len(texts) + 1)
                ]
                summaries = [d.summary.get_text() for d in card.select("details.context")]
                assert len(set(summaries)) == len(summaries)
            for note in card.select("p.weak-sentence"):  # a sentence's note comes before it
                assert note.find_next_sibling().name == "p" and "text" in note.find_next_sibling()["class"]
            if card.select_one("p.meta.weak") and len(texts) > 1:  # a card's note covers all its sentences
                assert f"none of this outlet’s {len(texts)} sentences here" in card.select_one("p.meta.weak").get_text()
        legend = page.select_one("aside.legend")
        if legend:  # the key to looks is not read out; what a screen reader hears is said in words
            assert legend.ul["aria-hidden"] == "true"
            assert "A screen reader reads each sentence whole" in legend.get_text()
            # ... and a list of words some other outlets use only where there are other outlets to share them
            promised = "some of the other outlets also use" in " ".join(legend.get_text().split())
            assert promised == (len(page.select("article.wording")) > 2)
            said = "tells this claim is read between" in " ".join(legend.get_text().split())
            assert said == bool(page.select("article.wording .part"))
        if not page.select("article.wording .rest"):  # grey is spoken of only where a card has some
            assert not any("grey" in k.get_text() for k in page.select(".legend p, .pairs p.hint"))
        # Each pair opens to its word-by-word view; a pair with none is only listed, not an empty disclosure.
        assert all(pair.select_one("p.diff") for pair in page.select(".pairs details"))
        if not page.select(".pairs details"):  # no view to key
            assert page.select_one(".pairs p.hint") is None
        for item in page.select("section.disputes > ul > li"):  # the other side says its kind in words
            assert item.select_one("span.tag").get_text().startswith("Conflict, ")
            # ... and each sentence once: a link to the other claim does not repeat a sentence listed below it
            texts = [li.get_text().split(": ", 1)[1] for li in item.select("ul.by-outlet li")]
            texts = [t[opening(t) :] for t in texts]  # a heading leaves the dateline out
            assert not any(t in a.get_text() for a in item.select("span.meta a") for t in texts)
    assert several  # the seed story has a card of two sentences
    assert any(p.select("section.disputes li") for p in pages.values())
    # A list of values under a difference that only repeats its summary is not read a second time.
    for page in pages.values():
        for item in page.select("section.notes:not(.disputes) > ul > li"):
            values = item.select_one("ul.by-outlet")
            if values and values.get("aria-hidden") == "true":
                summary = " ".join(item.strong.get_text().split())
                for li in values.select("li"):
                    assert all(v in summary for v in li.get_text().split(": ", 1)[1].split("; ")), (summary, li)
            elif values:
                assert "diff-quotes" in item["class"]  # the whole quotes, which the summary cuts
                summary = " ".join(item.strong.get_text().split())
                quoted = [li.get_text().split(": ", 1)[1][1:-1].split("”; “") for li in values.select("li")]
                assert any(" ".join(q.split()) not in summary for qs in quoted for q in qs), summary
    # A detail's values are not set side by side where its summary says each of them (audit 123 read "A:
    # House / B: MSNBC" under "only A names House; only B names MSNBC" as one thing named two ways).
    for page in pages.values():
        for item in page.select("section.notes:not(.disputes) > ul > li:not(.conflict)"):
            if values := item.select_one("ul.by-outlet"):
                summary = " ".join(item.strong.get_text().split())
                listed = [v for li in values.select("li") for v in li.get_text().split(": ", 1)[1].split("; ")]
                assert any(" ".join(v.strip("“”").split()) not in summary for v in listed), summary
    story = soup(site / STORY / "index.html")
    for item in story.select("ul.differ > li"):
        texts = [li.get_text().split(": ", 1)[1] for li in item.select("ul.by-outlet li")]
        texts = [t[opening(t) :] for t in texts]
        assert not any(t in a.get_text() for a in item.select("span.meta a") for t in texts)
    hint = story.find(id="grid-h").find_next_sibling("p")
    assert all(s.find_parent(attrs={"aria-hidden": "true"}) for s in hint.find_all(string=re.compile("[●◐○]")))
    assert "each cell reads “reported”" in hint.select_one(".visually-hidden").get_text()


def test_editors_find_every_sentence_in_one_list_and_separators_are_not_read(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    for claim in data["claims"]:
        page = soup(site / STORY / f"{claim['id']}.html")
        # Each card is read without file names: the files and lines are one list at the end of the page.
        assert "For editors" not in page.select_one("section.wordings").get_text()
        items = [" ".join(li.get_text().split()) for li in page.select("details.editors li")]
        listed = sorted(f"{m['outlet']}: {m['source']}, line {m['line']}" for m in claim["members"])
        assert sorted(re.sub(r", sentence \d+:", ":", item) for item in items) == listed
        # A dot between two pieces of a line is decoration: a screen reader hears a pause instead.
        for dot in page.find("main").find_all(string=re.compile("·")):
            assert dot.find_parent(attrs={"aria-hidden": "true"}), dot
    for dot in soup(site / STORY / "index.html").find("main").find_all(string=re.compile("·")):
        assert dot.find_parent(attrs={"aria-hidden": "true"}), dot


def test_the_outlets_table_counts_what_the_claim_pages_count(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    rows = soup(site / STORY / "index.html").select("table.outlets tbody tr")
    assert [r.th.get_text() for r in rows] == data["outlets"]
    for row in rows:
        outlet = row.th.get_text()
        sure = sum(1 for c in data["claims"] if outlet in c["outlets"] and outlet not in c["weaker_match"])
        weaker = sum(1 for c in data["claims"] if outlet in c["weaker_match"])
        # ... and the claims it tells with another value, marked ≠ in the grid (audit 149).
        other = sum(1 for c in data["claims"] if outlet in c["told_with_another_value"])
        cell = row.select_one("td[data-label='Claims reported']").get_text()
        expected = str(sure) + (f" (and {weaker} as a weaker match)" if weaker else "")
        assert cell == expected + (f" (and {other} with another value)" if other else ""), (outlet, cell)
    assert any("weaker match" in r.get_text() for r in rows)  # the demo story has such outlets
    assert any("with another value" in r.get_text() for r in rows)  # ... and one that tells a claim otherwise


def test_the_story_and_index_count_claims_as_the_claim_pages_count_outlets(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    sure = [len([o for o in c["outlets"] if o not in c["weaker_match"]]) for c in data["claims"]]
    several = sum(1 for c, n in zip(data["claims"], sure, strict=True) if n > 1)
    loose = sum(1 for c, n in zip(data["claims"], sure, strict=True) if len(c["outlets"]) > 1 and n < 2)
    alone = sum(1 for c in data["claims"] if len(c["outlets"]) == 1 and not c["told_with_another_value"])
    otherwise = sum(1 for c in data["claims"] if len(c["outlets"]) == 1 and c["told_with_another_value"])
    assert several + loose + alone + otherwise == len(data["claims"]) and loose  # the demo story has such claims
    meta = " ".join(soup(site / STORY / "index.html").select_one("main p.meta").get_text().split())
    assert (
        f"{len(data['claims'])} claims: {several} told by more than one outlet, {loose} more where the other "
        f"outlets match only weakly, {alone} found in one outlet only, {otherwise} told by one outlet and by one "
        "or more others with another value" in meta
    ), meta
    index = " ".join(soup(site / "index.html").get_text().split())
    # The index counts every kind the story page counts but those found in one outlet only (audits 206 and
    # 208 read a claim told by one outlet and by others with another value left out of its line); "one
    # or more others", as one claim may have one such other outlet (audit 234 read "others" of one).
    assert otherwise  # the demo story has such a claim
    assert (
        f"{several} told by more than one outlet ({loose} more where the other outlets match only weakly, "
        f"{otherwise} more told by one outlet and by one or more others with another value)" in index
    ), index
    # Where a site gave two articles, the index (which counts outlets by site) says articles.
    for li in soup(site / "index.html").select("main li"):
        line = " ".join(li.select_one("p.meta").get_text().split())
        assert ("told by more than one article" in line) == (" articles from " in line), line
    assert "told by more than one article" in index  # a demo story has two articles of one site


def test_a_story_whose_articles_span_days_says_a_later_one_may_know_more(tmp_path: Path):
    story = tmp_path / "content" / "ferry"
    story.mkdir(parents=True)
    articles = [
        ("a.md", "2025-03-04", "Crews waited."),
        ("b.md", "2025-03-04T18:00:00", "No one was hurt."),
        ("c.md", "2025-03-06", "Crews towed it off on Wednesday."),
    ]
    for name, day, then in articles:
        (story / name).write_text(f"Date: {day}\n\nThe ferry ran aground near the pier on Monday. {then}\n")
    result = pelican_build(tmp_path / "content", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    page = soup(tmp_path / "out" / "ferry" / "index.html")
    hint = " ".join(page.find(id="differ-h").find_next("p").get_text().split())
    assert "The articles are dated from 4 March 2025 to 6 March 2025: a later one may tell what had not yet" in hint
    (story / "c.md").write_text("Date: 2025-03-04\n\nThe ferry ran aground near the pier on Monday.\n")
    result = pelican_build(tmp_path / "content", tmp_path / "out2")
    assert result.returncode == 0, result.stderr
    assert "are dated from" not in soup(tmp_path / "out2" / "ferry" / "index.html").get_text()  # one day: nothing said


def _names_list(names: list[str]) -> str:
    """Names as a sentence gives them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _lexical_site(tmp_path: Path, slug: str, texts: dict[str, str]) -> Path:
    """A story of the given files (name -> one paragraph) built without the embedding model: its folder."""
    story = tmp_path / "content" / slug
    story.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (story / name).write_text(text + "\n")
    result = pelican_build(tmp_path / "content", tmp_path / "out", "-e", "DIGEST_LEXICAL_ONLY=true")
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp_path / "out" / slug


def _claim_of_three(tmp_path: Path, slug: str, texts: dict[str, str]) -> BeautifulSoup:
    """The page of the one claim all three outlets of a story built from ``texts`` tell."""
    out = _lexical_site(tmp_path, slug, texts)
    data = json.loads((out / f"{slug}.json").read_text())
    [claim] = [c for c in data["claims"] if len(c["outlets"]) == 3]
    return soup(out / f"{claim['id']}.html")


def _own_words_label(
    tmp_path: Path, slug: str, texts: dict[str, str], opening: str, seen: str, heard: str
) -> tuple[Path, dict[str, Tag], Tag]:
    """The story built from ``texts`` (its output folder, its list's links by text, and the link of the
    heading that opens with ``opening``), checking that heading's label: ``seen`` ("(she: Ann Roe)")
    on the story page and in the claim page's title, ``heard`` (" “She” is ") by a screen reader."""
    out = _lexical_site(tmp_path, slug, texts)
    items = {a.get_text(): a for a in soup(out / "index.html").select("ol.claims a")}
    [own] = [a for text, a in items.items() if text.startswith(opening)]
    label = own.select_one(".said-by")
    word, name = seen[1:-1].split(": ")
    assert "".join(x.get_text() for x in label.select("[aria-hidden=true]")) == f"({word}: )"
    assert label.select_one(".visually-hidden").get_text() == heard
    assert label.get_text().endswith(f"{name})")
    assert f"{seen} · " in soup(out / own["href"].rsplit("/", 1)[-1]).title.get_text()
    return out, items, own


def test_a_heading_that_opens_with_his_or_her_names_whom_it_stands_for(tmp_path: Path):
    """Invented text. "His licence was suspended ..." after "Bo Lee, the ferry captain, was charged ...":
    labelled "(his: Bo Lee)", heard as "“His” refers to Bo Lee" (audit 129 read such headings with no
    one named)."""
    texts = {
        "a.txt": "Bo Lee, the ferry captain, was charged with reckless sailing on Friday.\n\n"
        "His licence was suspended until a hearing at the harbour court in May.",
        "b.txt": "The harbour board met on Thursday to discuss the budget for next year.",
    }
    _own_words_label(tmp_path, "captain-charged", texts, "His licence", "(his: Bo Lee)", " “His” refers to ")


def test_a_heading_in_the_outlets_own_words_names_whom_its_he_or_she_stands_for(tmp_path: Path):
    """Invented text. "She said the pier would reopen ..." is the outlet's account, not the harbour
    master's words: its label says whom "she" stands for, "(she: Ann Roe)", heard as "“She” is Ann
    Roe", not as a quote's speaker ("— Ann Roe", audit 109); a quote heading keeps its dash."""
    texts = {
        "a.txt": "Ann Roe, the harbour master, spoke to reporters at the pier on Friday.\n\n"
        "She said the pier would reopen in May once the storm repairs were finished.\n\n"
        "“We will not cut corners,” Roe said.\n\n"
        "“The old pier has stood for a century. He knows every plank of it. We trust him,” said Ann Roe.",
        "b.txt": "The harbour board met on Thursday to discuss the budget for next year.",
    }
    out, items, own = _own_words_label(
        tmp_path, "pier-reopens", texts, "She said the pier", "(she: Ann Roe)", " “She” is "
    )
    search = {a.get_text() for a in soup(out.parent / "search.html").select("ol.every a")}
    assert own.get_text() in search  # the search page lists it as the story page does
    # A quote's sentence with a "he" of its own is the speaker's words: its label keeps the dash.
    [quoted] = [a for text, a in items.items() if "He knows every plank" in text]
    assert quoted.select_one(".said-by [aria-hidden=true]").get_text() == "— "
    data = json.loads((out / "pier-reopens.json").read_text())
    assert {c["heading_speaker_pronoun"] for c in data["claims"]} == {None, "she"}


def test_a_statement_after_a_lead_in_the_site_sets_aside_is_its_owners(tmp_path: Path):
    """Invented text. "Here's the mayor's statement:" is set aside as a lead-in, not a claim, but it
    says whose words the paragraph after it quotes (audit 91 found a statement's sentences given to no
    one); so does "Ann Roe told the council:"."""
    texts = {
        "a.txt": "Mayor Ann Roe closed the harbour on Monday after the storm.\n\nHere's the mayor's statement:\n\n"
        "“The harbour will stay shut until the pier is safe. Crews will work through the night.”",
        "b.txt": "The harbour was closed on Monday after the storm, officials said.\n\nAnn Roe told the council:\n\n"
        "“Every boat must stay in port until Friday.”",
    }
    out = _lexical_site(tmp_path, "harbour-shut", texts)
    data = json.loads((out / "harbour-shut.json").read_text())
    assert {d["text"] for d in data["dropped"] if d["reason"].startswith("lead-in")} == {
        "Here's the mayor's statement:",
        "Ann Roe told the council:",
    }
    speakers = {c["heading"]: c["heading_speaker"] for c in data["claims"]}
    assert speakers["“The harbour will stay shut until the pier is safe.”"] == "Ann Roe"
    assert speakers["“Crews will work through the night.”"] == "Ann Roe"
    assert speakers["“Every boat must stay in port until Friday.”"] == "Ann Roe"


def test_what_most_outlets_report_says_where_they_differ_on_a_value(tmp_path: Path):
    """Invented text. A fact all three outlets tell, one of them with another figure: the story page
    lists it among what most outlets report, and says there that they differ on a value (an audit read
    the list as the outlets' consensus on a count they give two ways)."""
    said = "The ferry was carrying {} passengers when it ran aground near the harbour pier on Monday{}."
    texts = {
        "a.txt": said.format(212, ""),
        "b.txt": said.format(212, ", officials said"),
        "c.txt": said.format(240, ""),
    }
    out = _lexical_site(tmp_path, "ferry-aground", texts)
    data = json.loads((out / "ferry-aground.json").read_text())
    [d] = data["disagreements"]
    [item] = soup(out / "index.html").select("ul.agreed > li")
    assert item.a["href"].endswith(f"{d['claims'][0]}.html")
    assert "outlets differ on a value here (Where outlets differ)" in " ".join(item.get_text().split())
    assert item.select_one("span.meta a")["href"] == "#differ-h"


def _shared_claim_page(out: Path) -> BeautifulSoup:
    data = json.loads((out / f"{out.name}.json").read_text())
    [claim] = [c for c in data["claims"] if len(c["outlets"]) == 2]
    return soup(out / f"{claim['id']}.html")


def test_a_list_of_quotes_the_summary_prints_whole_is_not_read_again(tmp_path: Path):
    said = "The harbour council approved the new pier plan on Monday, calling it “{}” for the town."
    out = _lexical_site(
        tmp_path, "pier-vote", {"a.txt": said.format("a bold step forward"), "b.txt": said.format("a costly gamble")}
    )
    item = _shared_claim_page(out).select_one("section.notes li.diff-quotes")
    assert "“a bold step forward”" in item.strong.get_text() and "“a costly gamble”" in item.strong.get_text()
    # The summary says every quote whole: no list repeats it, set side by side as if one quote given two ways.
    assert "conflict" not in item["class"] and item.select_one("ul.by-outlet") is None
    # A quote the summary cuts is read whole in the list; one it prints whole is not read again.
    longer = (
        "a costly gamble that the town will be paying for over the next forty years, long after every member of"
        " this council has retired"
    )
    out = _lexical_site(tmp_path, "pier-vote", {"b.txt": said.format(longer)})
    item = _shared_claim_page(out).select_one("section.notes li.diff-quotes")
    assert "…" in item.strong.get_text(), item.strong.get_text()
    values = item.select_one("ul.by-outlet")
    assert not values.get("aria-hidden")
    hidden = [li.get_text().split(":")[0] for li in values.select("li") if li.get("aria-hidden") == "true"]
    assert hidden == ["Outlet A"]


def test_values_by_outlet_are_listed_only_where_they_differ(tmp_path: Path):
    """Invented text. "Only Outlet A and Outlet B give Monday": a list saying each gives Monday repeats it."""
    said = "The harbour council approved the new pier plan{} after a long debate in the town hall, officials said."
    other = said.replace("officials said", "the clerk said")
    texts = {"a.txt": said.format(" on Monday"), "b.txt": other.format(" on Monday"), "c.txt": said.format("")}
    [item] = _claim_of_three(tmp_path, "pier-plan", texts).select("section.notes li.diff-dates")
    assert "Monday" in item.strong.get_text()
    assert item.select_one("ul.by-outlet") is None


def test_a_link_to_a_claim_whose_heading_is_a_listed_sentence_does_not_say_it_again(tmp_path: Path):
    said = "PORT TOWN — The ferry carried {} passengers when it ran aground on the sandbank, the coast guard said."
    out = _lexical_site(tmp_path, "ferry-aground", {"a.txt": said.format(120), "b.txt": said.format(150)})
    [item] = soup(out / "index.html").select("ul.differ > li")
    # The heading is a listed sentence without its dateline: the link shows only "Claim 1", and a
    # screen reader, which may reach the link on its own, hears whose sentence below is its heading.
    [link] = item.select("span.meta a")
    hidden = link.select_one(".visually-hidden")
    assert hidden is not None
    outlets = [li.get_text().split(":")[0] for li in item.select("ul.by-outlet li")]
    assert len(outlets) == 2
    assert any(hidden.get_text() == f" (its heading is {o}’s sentence below)" for o in outlets)
    hidden.extract()
    assert link.get_text() == "Claim 1"


def test_a_link_to_a_claim_headed_by_an_outlet_that_is_no_side_says_whose_heading_it_is(tmp_path: Path):
    """Invented text. Outlets B and C give different figures in a claim headed by A's sentence, which
    gives none: the item's link says the heading is A's, as an audit (93) read a heading quoted beside
    two other outlets' sentences as one of the sides."""
    texts = {
        "a.txt": "PORT TOWN — The ferry ran aground on the sandbank near the old pier late on Friday, "
        "the coast guard said.",
        "b.txt": "PORT TOWN — The ferry carried 120 passengers when it ran aground on the sandbank late on Friday, "
        "the coast guard said.",
        "c.txt": "PORT TOWN — The ferry with 150 passengers aboard ran aground near the old pier late on Friday, "
        "officials said.",
    }
    out = _lexical_site(tmp_path, "ferry-sides", texts)
    [item] = soup(out / "index.html").select("ul.differ > li")
    assert [li.get_text().split(":")[0] for li in item.select("ul.by-outlet li")] == ["Outlet B", "Outlet C"]
    [link] = item.select("span.meta a")
    # Heard as no side of it (audit 119: a listener took the heading's outlet for a side).
    said = " ".join(link.get_text().split())
    assert said.startswith("Claim 1 (its heading, Outlet A’s sentence, is no side of this): The ferry ran aground")


def test_a_quote_heading_that_names_no_one_shows_its_speaker(site: Path):
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    quoted = [c for c in data["claims"] if c["heading_speaker"]]
    assert quoted  # the seed story has one: a quote whose speaker the sentence before names
    for c in quoted:
        said = soup(site / STORY / f"{c['id']}.html").h1.select_one(".said-by")
        # Seen as "— Ann Roe"; heard as "said by Ann Roe" (an audit: a dash is read as a pause).
        lead = said_lead(heading(c), c["heading_speaker_pronoun"])
        assert f" {said.get_text()}" == said_text(heading(c), c["heading_speaker"], c["heading_speaker_pronoun"])
        seen = "".join(x.get_text() for x in said.select("[aria-hidden=true]"))
        pronoun = c["heading_speaker_pronoun"]
        assert seen == (f"({pronoun}: )" if pronoun else "— ")  # "(he: ...)" after the outlet's own words
        assert said.select_one(".visually-hidden").get_text() == lead
        assert c["heading_speaker"] not in heading(c)
        # The page's title (a browser tab, a history entry, a screen reader's first words) names them too.
        title = soup(site / STORY / f"{c['id']}.html").title.get_text()
        assert f" — {c['heading_speaker']} · " in title or f": {c['heading_speaker']}) · " in title


def test_what_differs_says_which_outlets_its_only_is_among(site: Path):
    """ "Only A gives 200 homes" is among the outlets of the claim: a page whose claim some outlets do
    not report says so, naming them (an audit read such an item as false where another outlet gave the
    value in a sentence of another claim)."""
    data = json.loads((site / STORY / f"{STORY}.json").read_text())
    checked = 0
    for c in data["claims"]:
        if not c["differences"]:
            continue
        section = soup(site / STORY / f"{c['id']}.html").select_one("section[aria-labelledby=diffs-h]")
        hint = section.select_one("p.hint")
        assert (hint is not None) == bool(c["missing"])
        if hint:
            checked += 1
            assert all(o in hint.get_text() for o in c["missing"])
            # A weaker match's values are among those "only" is said between: the hint says so (an
            # audit read "the outlets found to report this claim" where one outlet alone was).
            shown = "shown here (those found to report this claim and the weaker matches)"
            assert (shown in hint.get_text()) == bool(c["weaker_match"]), hint.get_text()
    assert checked


def test_a_small_word_that_is_all_a_sentence_marks_is_said(tmp_path: Path):
    """Invented text. "of some of the finest" beside "of the finest": the one word that differs is a
    small word; a screen reader hears it (an audit found it underlined and never read), and the list
    does not say small words are left out."""
    said = "The chief said the crew lost {}the finest pilots the harbour ever had, in a storm on the bay."
    other = said.replace("The chief said", "The fire chief said")
    texts = {"a.txt": said.format("some of "), "b.txt": other.format("some of "), "c.txt": said.format("")}
    spoken = [p.get_text() for p in _claim_of_three(tmp_path, "crew-lost", texts).select("p.marks-said")]
    assert "Words some of the other outlets also use: some of." in spoken, spoken


def test_the_search_pages_list_names_speakers_as_the_story_pages_do(site: Path):
    """Every claim on the search page reads as on its story page, the speaker of a quote heading
    included (an audit found the search page's list without them)."""
    listed = {a["href"].rsplit("/", 2)[-2:][1]: a.get_text() for a in soup(site / "search.html").select("ol.every a")}
    for story in (p for p in site.iterdir() if (p / "index.html").exists() and p.name != "theme"):
        shown = {a["href"].rsplit("/", 1)[-1]: a.get_text() for a in soup(story / "index.html").select("ol.claims a")}
        assert shown and all(listed[name] == text for name, text in shown.items()), story.name
    assert any("— " in text for text in listed.values())


def test_the_note_on_only_is_given_beside_an_only_item_and_nowhere_else(site: Path):
    """Over every demo story: a claim page says that "only" leaves out the outlets not found to report the
    claim exactly where one of its notes says "only" and some outlet is not found (an audit read the
    note on a page of conflicts alone, where it qualified nothing)."""
    said = 0
    for folder in sorted(p for p in site.iterdir() if (p / f"{p.name}.json").exists()):
        for c in json.loads((folder / f"{folder.name}.json").read_text())["claims"]:
            notes = soup(folder / f"{c['id']}.html").select_one("section.notes")
            if notes is None:
                continue
            hint = [p for p in notes.select("p.hint") if "“only” leaves out" in p.get_text()]
            only = any(re.search(r"\bOnly\b|\bonly\b", d["summary"]) for d in c["differences"])
            assert bool(hint) == (only and bool(c["missing"])), c["id"]
            said += bool(hint)
    assert said, "the demo has such a note"


def test_stop_words_a_reader_hears_as_content_are_said_with_the_marks():
    """Audit 87: "said", "former", "during", "many" were marked on the card as words other outlets use
    and left out of the list a screen reader hears as small words; "a" and "of the" still are."""
    from generator.pages import _small

    assert _small("of the") and _small("a") and _small("it was")
    assert not any(_small(run) for run in ("said", "former", "during the", "many", "whether", "what"))


def test_an_outlet_that_gives_an_age_claim_in_another_sentence_is_pointed_to(site: Path):
    """The demo's obituary: "She was 91." is told by four articles; four more give the age in a longer
    sentence (an age after a comma, "aged 91"), which the claim page points to as telling
    it all the same, beside naming them "not found" (audit 99 read them only as not found)."""
    story = "esther-williams-dies"
    data = json.loads((site / story / f"{story}.json").read_text())
    [claim] = [c for c in data["claims"] if c["heading"] == "She was 91."]
    coverage = " ".join(soup(site / story / f"{claim['id']}.html").find(class_="coverage").get_text().split())
    pointed = re.findall(r"(\S+) may tell it all the same", coverage)
    missing = coverage.split("Not found in: ")[1].split(" (")[0].split(", ")
    assert len(pointed) >= 3 and set(pointed) <= set(missing), coverage


def test_the_outlets_table_says_a_sentence_counts_in_each_claim_it_tells(site: Path):
    """An outlet's "Claims reported" can exceed its sentences (a sentence of several facts is in each
    claim it tells); the table says so above it (audit 118 read the count as an error)."""
    for story in ("kremlin-denies-trump-putin-call", "waitrose-wellington-fire"):
        section = soup(site / story / "index.html").find("section", attrs={"aria-labelledby": "outlets-h"})
        hint = " ".join(section.find("p", class_="hint").get_text().split())
        unit = "article" if story == "waitrose-wellington-fire" else "outlet"
        assert (
            hint.startswith("A sentence that tells several facts counts in each claim it tells")
            and f"an {unit} " in hint
        )


def test_a_detail_whose_value_the_story_lists_as_disputed_links_to_the_item(tmp_path: Path):
    """Invented text. Outlets B and C give 120 and 150 passengers in one claim; in another, B's "120
    passengers" is a value only B gives there: its detail says outlets differ on it and links the
    story's item (audit 119 read such details on two claims as if no outlet gave another count)."""
    texts = {
        "a.txt": "PORT TOWN — The ferry ran aground on the sandbank near the old pier late on Friday, "
        "the coast guard said.\n\nThe ferry was towed back to the harbour by two tugboats early on Saturday.",
        "b.txt": "PORT TOWN — The ferry carried 120 passengers when it ran aground on the sandbank late on Friday, "
        "the coast guard said.\n\nThe ferry and its 120 passengers were towed back to the harbour by two tugboats "
        "early on Saturday.",
        "c.txt": "PORT TOWN — The ferry with 150 passengers aboard ran aground near the old pier late on Friday, "
        "officials said.",
    }
    out = _lexical_site(tmp_path, "ferry-disputed", texts)
    items = soup(out / "index.html").select("ul.differ > li")
    assert [li["id"] for li in items] == ["differ-1"]
    data = json.loads((out / "ferry-disputed.json").read_text())
    [towed] = [c for c in data["claims"] if c["heading"].startswith("The ferry") and "towed" in c["heading"]]
    page = soup(out / f"{towed['id']}.html")
    [note] = page.select("span.disputed")
    assert "Outlets differ on a value of this detail" in note.get_text()
    assert note.a["href"].endswith("ferry-disputed/index.html#differ-1")


def test_a_sentence_under_a_sub_heading_says_which(tmp_path: Path):
    """Invented text (audit 119: a list item of what is not known, shown without its sub-heading, read as
    a claim): the card's source line names the sub-heading the sentence stands under."""
    texts = {
        "a.txt": "The ferry ran aground on the sandbank near the old pier late on Friday.\n\n"
        "What remains unclear\n\nHow fast the ferry was going when it struck the sandbank.",
        # A subtitle under the headline, above the body, is no section's heading (audit 120).
        "b.txt": "Title: Ferry aground\n\nCrews Work Through The Night At The Old Pier\n\n"
        "The ferry ran aground on the sandbank near the old pier on Friday night.",
    }
    out = _lexical_site(tmp_path, "ferry-unknowns", texts)
    data = json.loads((out / "ferry-unknowns.json").read_text())
    [fast] = [c for c in data["claims"] if c["heading"].startswith("How fast")]
    assert [m["section"] for m in fast["members"]] == ["What remains unclear"]  # the JSON says it too
    [source] = soup(out / f"{fast['id']}.html").select("p.meta.source")
    assert "under the heading “What remains unclear”, paragraph 2 of 2" in " ".join(source.get_text().split())
    [aground] = [c for c in data["claims"] if c["heading"].startswith("The ferry ran aground")]
    assert "under the heading" not in soup(out / f"{aground['id']}.html").get_text()
    assert [m["section"] for m in aground["members"]] == [None, None]
    dropped = json.loads((out / "ferry-unknowns.json").read_text())["dropped"]
    assert any(d["text"].startswith("Crews Work Through") for d in dropped)  # set aside as a heading


def test_a_screen_reader_hears_where_a_quotation_a_card_cuts_began_and_goes_on(tmp_path: Path):
    """Invented text. A quotation of three sentences: a card of its middle sentence, which has no mark
    of its own, or of its last, which closes a mark it never opened, says so to a screen reader (audit
    123 heard "...,” he told reporters." with no way to tell where the quotation began)."""
    said = (
        "The harbour master spoke on Monday. “The old pier is closed for good. The new ferry berth will open"
        " in {} after a long delay. We are sorry,” she told reporters."
    )
    out = _lexical_site(tmp_path, "pier-quote", {"a.txt": said.format("May"), "b.txt": said.format("June")})
    data = json.loads((out / f"{out.name}.json").read_text())
    pages = {c["id"]: soup(out / f"{c['id']}.html") for c in data["claims"] if len(c["outlets"]) == 2}
    heard = {" ".join(p.select_one("article.wording p.text").get_text().split()): cid for cid, p in pages.items()}
    assert any(t.startswith("(inside a quotation begun before this sentence) The new ferry berth") for t in heard)
    assert any(t.startswith("(inside a quotation begun before this sentence) We are sorry") for t in heard)
    assert any(
        t.startswith("“The old pier") and t.endswith("(the quotation goes on after this sentence)") for t in heard
    )
    assert "The harbour master spoke on Monday." in heard  # no quotation around it: heard as it is
