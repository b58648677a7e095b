"""The reader's pages in a real Chromium, served under a project subpath (/repo/) as on GitHub Pages.

Every page type at 375 px and 1280 px: 0 axe-core WCAG 2.1 A/AA violations, nothing scrolls
sideways; claim pages count outlets truly and never compare an outlet with itself; search finds
claims through the Pagefind index.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from .chromium import launch, require, serve
from .conftest import ROOT

pytestmark = pytest.mark.browser
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
require(axe_core=AXE)

from playwright.sync_api import Browser, Page  # noqa: E402

PREFIX = "/repo"
WIDTHS = (375, 1280)
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]  # and axe's best practices (unique landmarks, ...)


@pytest.fixture(scope="module")
def base(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site served at http://127.0.0.1:PORT/repo/."""
    root = tmp_path_factory.mktemp("pages-root")
    (root / PREFIX.strip("/")).symlink_to(site, target_is_directory=True)
    with serve(root) as url:
        yield f"{url}{PREFIX}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch() as b:
        yield b


def _stories(site: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(site.glob("*/*.json")) if p.stem == p.parent.name]


def every_page_type(site: Path) -> list[str]:
    """Index, search, how-to-read, every story page, and per story a claim told by the most outlets,
    one told by two outlets and one told by one outlet."""
    paths = ["index.html", "about.html", "search.html"]
    for data in _stories(site):
        slug = data["story"]
        paths.append(f"{slug}/index.html")
        claims = data["claims"]
        picks = [max(claims, key=lambda c: len(c["outlets"]))]
        picks += [c for c in claims if len(c["outlets"]) == 2][:1]
        picks += [c for c in claims if len(c["outlets"]) == 1][:1]
        paths += [f"{slug}/{c['id']}.html" for c in picks]
    return paths


def _axe(page: Page) -> list[dict]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations", WCAG
    )
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_type_passes_axe_and_fits_the_screen(site: Path, base: str, browser: Browser, width: int):
    paths = every_page_type(site)
    assert len(paths) >= 3 + 3 * 3  # three stories, each with claims of every kind
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    problems = {}
    for path in paths:
        response = page.goto(f"{base}/{path}")
        assert response and response.ok, path
        wide = page.evaluate("document.documentElement.scrollWidth")
        if wide > width:
            problems[path] = f"scrolls sideways: {wide}px wide"
        violations = _axe(page)
        if violations:
            problems.setdefault(path, violations)
    context.close()
    assert not problems, json.dumps(problems, indent=1)


def test_search_page_with_results_passes_axe(site: Path, base: str, browser: Browser):
    for width in WIDTHS:
        page = browser.new_page(viewport={"width": width, "height": 800})
        page.goto(f"{base}/search.html?q=Peskov")
        page.wait_for_selector("ol.results li")
        assert not _axe(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.close()


def _bundles(site: Path) -> list[str]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((site / "search.html").read_text(encoding="utf-8"), "html.parser")
    return str(soup.find(id="results")["data-bundles"]).split()


def test_pagefind_finds_peskov_under_a_subpath(site: Path, base: str, browser: Browser):
    bundles = _bundles(site)
    assert len(bundles) > 1 and all((site / b / "pagefind.js").exists() for b in bundles)
    page = browser.new_page()
    page.goto(f"{base}/index.html")
    page.fill("#site-q", "Peskov")
    page.click("form.search button")
    page.wait_for_selector("ol.results li a")
    links = page.locator("ol.results li a")
    assert links.count() >= 3
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert all(h.startswith(f"{PREFIX}/") for h in hrefs), hrefs
    assert page.locator("ol.results mark").first.inner_text().lower().startswith("peskov")
    links.first.click()
    page.wait_for_load_state()
    assert "peskov" in page.locator("main").inner_text().lower()
    assert page.locator("h1.claim-title, main h1").first.is_visible()
    page.close()


def test_search_merges_every_bundle(site: Path, base: str, browser: Browser):
    """Words of stories in different bundles are all found from the one search page."""
    stories = {d["story"]: d for d in _stories(site)}
    bundles = _bundles(site)
    page = browser.new_page()
    for word, story in (("Peskov", "kremlin-denies-trump-putin-call"), ("Waitrose", "waitrose-wellington-fire")):
        page.goto(f"{base}/search.html?q={word}")
        page.wait_for_selector("ol.results li a")
        hrefs = page.locator("ol.results li a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert any(f"/{story}/" in h for h in hrefs), (word, hrefs)
    assert len(stories) == 3 and len(bundles) == 2  # the three stories are in two bundles
    page.close()


def test_search_opened_from_a_file_says_it_cannot_search(site: Path, browser: Browser):
    """Opened from disk, the browser blocks the search module: the page says so, not nothing (an audit
    found a query answered with a blank)."""
    page = browser.new_page()
    page.goto((site / "search.html").as_uri() + "?q=Peskov")  # waits for "load": the module has run or failed
    assert "opened from a file" in page.locator("#results").inner_text()
    assert page.locator("#site-q").input_value() == "Peskov"  # what was typed stays in the box
    # ... and before any query: an audit read the page's hint as a promise that search would run.
    page.goto((site / "search.html").as_uri())
    assert "opened from a file" in page.locator("#results").inner_text()
    page.close()


def test_search_page_without_javascript_lists_every_claim(site: Path, base: str, browser: Browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base}/search.html?q=Peskov")
    total = sum(len(d["claims"]) for d in _stories(site))
    assert page.locator("ol.every li a").count() == total
    first = page.locator("ol.every li a").first
    target = first.get_attribute("href")
    with page.expect_navigation():  # read the claim page the link opens, not the list it left
        first.click()
    assert target and page.url.endswith(target.lstrip("./"))
    assert page.locator("h1").is_visible()
    context.close()


def test_claim_pages_count_outlets_and_never_compare_an_outlet_with_itself(site: Path):
    from bs4 import BeautifulSoup

    checked = unviewed = 0
    for data in _stories(site):
        n = len(data["outlets"])
        # Several articles of one site ("site (2)") are counted as articles, never as outlets.
        unit = "articles" if any(re.search(r" \(\d+\)$", o) for o in data["outlets"]) else "outlets"
        for claim in data["claims"]:
            html = (site / data["story"] / f"{claim['id']}.html").read_text(encoding="utf-8")
            page = BeautifulSoup(html, "html.parser")
            coverage = " ".join(page.find(class_="coverage").get_text().split())
            told = len(claim["outlets"])
            verb = "may have reported" if told > 1 and claim["weaker_match"] == claim["outlets"] else "reported"
            sure = [o for o in claim["outlets"] if o not in claim["weaker_match"]]
            assert claim["reporting"] == sure  # the export counts as the page does
            if claim["weaker_match"] and sure:  # a weaker match is named apart, not counted
                assert coverage.startswith(f"{len(sure)} of {n} {unit} reported this: "), coverage
            elif told == n:
                assert coverage.startswith(f"All {n} {unit} {verb} this"), coverage
            elif told == 1:
                assert coverage.startswith(f"Only {claim['outlets'][0]} of the {n} {unit}"), coverage
            else:
                assert coverage.startswith(f"{told} of {n} {unit} {verb} this"), coverage
            assert ".The" not in coverage and ").A" not in coverage, coverage  # sentences spaced
            counts = [int(x) for x in re.findall(r"\b(\d+) outlets\b", coverage)]
            assert all(c <= n for c in counts), coverage
            # One card per outlet; a weaker match's card after the others.
            order = sorted(claim["outlets"], key=lambda o: o in claim["weaker_match"])
            assert [str(h.contents[0]).strip() for h in page.select("article.wording > h2")] == order
            pairs = [s.get_text() for s in page.select(".pairs summary, .pairs .no-view .pair")]
            assert len(pairs) == told * (told - 1) // 2
            # A disclosure opens to a word-by-word view; a pair with none is listed, not opened to nothing
            # (an audit found three empty disclosures on one page).
            assert all(d.select_one("p.diff") for d in page.select(".pairs details"))
            unviewed += len(page.select(".pairs .no-view .pair"))
            seen = set()
            for summary in pairs:
                a, b = summary.split(" and ")
                assert a != b, summary
                assert frozenset((a, b)) not in seen, summary
                seen.add(frozenset((a, b)))
            heading = page.h1.find(attrs={"data-pagefind-meta": "title"}).get_text()
            assert not heading.endswith("…") or claim["title"] == heading
            assert any(heading == m["text"] for m in claim["members"]) or not claim["title"].endswith("…")
            checked += 1
    assert checked > 100
    assert unviewed  # the demo has pairs with no word-by-word view
