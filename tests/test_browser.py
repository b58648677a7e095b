"""Claim and story pages in a real Chromium: phone width, no JavaScript, legend and highlights visible."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from .chromium import launch, require, serve

pytestmark = pytest.mark.browser
require()

from playwright.sync_api import Browser  # noqa: E402

from .conftest import SEED_STORY  # noqa: E402


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch() as b:
        yield b


def _shared_claim(site: Path) -> dict:
    data = json.loads((site / SEED_STORY.name / f"{SEED_STORY.name}.json").read_text())
    return max(data["claims"], key=lambda c: len(c["outlets"]))


def test_claim_page_on_a_phone_without_javascript(site: Path, server: str, browser: Browser, tmp_path: Path):
    claim = _shared_claim(site)
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, java_script_enabled=False, device_scale_factor=1
    )
    page = context.new_page()
    page.goto(f"{server}/{SEED_STORY.name}/{claim['id']}.html")
    assert page.locator(".legend").is_visible()
    assert page.locator("article.wording").count() == len(claim["outlets"])
    # The key to the marks is short on a phone (its longer notes open on demand), so the wordings
    # are not pushed a screen further down.
    assert page.locator(".legend").bounding_box()["height"] <= 740 * 0.3
    assert not page.locator(".legend details").evaluate("e => e.open")
    # Nothing overflows sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # Cards stack in one column.
    boxes = [page.locator("article.wording").nth(i).bounding_box() for i in range(2)]
    assert boxes[1]["y"] > boxes[0]["y"] + boxes[0]["height"] - 1
    # Unique words differ from plain text by more than colour: bold and underlined.
    unique = page.locator("span.w-unique").first
    style = unique.evaluate("e => [getComputedStyle(e).fontWeight, getComputedStyle(e).textDecorationLine]")
    assert int(style[0]) >= 700 and "underline" in style[1]
    some = page.locator("span.w-some")
    if some.count():
        assert some.first.evaluate("e => getComputedStyle(e).textDecorationStyle") == "dotted"
    # The pair diffs start closed (a screen reader hears each wording once, in its card) and open
    # without JavaScript (native <details>).
    closed = page.locator(".pairs details").first
    assert not closed.evaluate("e => e.open")
    closed.locator("summary").click()
    assert closed.evaluate("e => e.open")
    page.screenshot(path=str(tmp_path / "claim-phone.png"), full_page=True)
    context.close()


CONTRAST = """
(el) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  let bg = el, color = getComputedStyle(el).backgroundColor;
  while (bg && (color === "rgba(0, 0, 0, 0)" || color === "transparent")) {
    bg = bg.parentElement; color = bg ? getComputedStyle(bg).backgroundColor : "rgb(255, 255, 255)";
  }
  const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(color))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
"""


def test_highlights_and_text_are_legible(site: Path, server: str, browser: Browser):
    claim = _shared_claim(site)
    page = browser.new_page()
    page.goto(f"{server}/{SEED_STORY.name}/{claim['id']}.html")
    for selector in ("span.w-unique", "span.w-some", "span.w-all", ".meta", "del", "ins", ".legend p"):
        element = page.locator(selector).first
        assert element.evaluate(CONTRAST) >= 4.5, selector  # WCAG AA for body text
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").count() == 1
    page.goto(f"{server}/{SEED_STORY.name}/index.html")
    for selector in ("td.yes", "td.no", ".hint", "ol.claims .meta"):
        assert page.locator(selector).first.evaluate(CONTRAST) >= 4.5, selector
    # Every claim link of the lists is a target of 24 px or more, one line long (as most are at this
    # width) or not.
    links = page.locator("ol.claims li > a")
    assert min(links.nth(i).bounding_box()["height"] for i in range(links.count())) >= 24
    page.close()


def test_story_page_grid_scrolls_inside_its_box(site: Path, server: str, browser: Browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/{SEED_STORY.name}/index.html")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    first_claim = page.locator("table.grid thead a").first
    first_claim.scroll_into_view_if_needed()
    first_claim.click()
    assert page.locator("h1.claim-title").is_visible()
    assert page.locator("h1.claim-title .kicker").inner_text().lower().startswith("claim 1 of")
    # The claim's number is in its heading (audit 69: a screen reader's list of headings gave the
    # claim's words with no number); said as "Claim 1 of N: ...", the words after a colon.
    heading = page.get_by_role("heading", level=1)
    assert re.match(r"Claim 1 of \d+: \S", heading.evaluate("h => h.textContent.replace(/\\s+/g, ' ').trim()"))
    context.close()


def test_no_page_scrolls_sideways_on_the_narrowest_phone(site: Path, server: str, browser: Browser):
    """At 320 px (an audit found every page 351 px wide: the header's search form would not shrink
    below its field's natural width) the index, a story page, a claim page and the about page fit."""
    claim = _shared_claim(site)
    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    page = context.new_page()
    for path in ("index.html", f"{SEED_STORY.name}/index.html", f"{SEED_STORY.name}/{claim['id']}.html", "about.html"):
        page.goto(f"{server}/{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
        assert page.locator("form.search button").bounding_box()["x"] + 24 <= 320, path
    # A long speaker's name after a quote wraps as other words do (an audit found one cut off at 400 %).
    page.goto(f"{server}/{SEED_STORY.name}/index.html")
    page.evaluate(
        """() => { const s = document.createElement('span'); s.className = 'said-by';
        s.textContent = '\u2014\u00a0Harbour Board Deputy Chief Executive Officer Annabel Roe-Fitzwilliam';
        document.querySelector('main p').append(' ', s); }"""
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # A story of many outlets: a claim's row of marks wraps rather than widen the page (audit 136: 21
    # outlets' marks made a story page 402 px wide on a 390 px phone).
    page.evaluate("() => { document.querySelector('ol.claims .dots').textContent = '\u25cf'.repeat(30); }")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_a_keyboard_can_skip_the_grids_links(site: Path, server: str, browser: Browser):
    """The grid repeats a link per claim (an audit counted 345 Tab stops on a story page): a link right
    before it, shown when the keyboard reaches it, goes on to the Outlets table."""
    page = browser.new_page(java_script_enabled=False)
    page.goto(f"{server}/{SEED_STORY.name}/index.html")
    skip = page.locator("section[aria-labelledby=grid-h] a.skip-here")
    assert skip.bounding_box()["width"] <= 1  # out of sight until focused
    page.locator("section[aria-labelledby=grid-h] p.hint").click()  # reading on from the grid's key
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-here"
    assert skip.bounding_box()["width"] > 100
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # on past the grid, from the Outlets table
    page.wait_for_url(re.compile(r"#outlets-h$"), timeout=5000)
    assert page.evaluate("document.activeElement.closest('section[aria-labelledby=grid-h]') === null")
    page.close()


def test_a_keyboard_can_skip_the_list_of_every_claim(site: Path, server: str, browser: Browser):
    """The list of every claim is a link per claim too (an audit counted 101 Tab stops before the
    grid): a link right before it, shown when the keyboard reaches it, goes on to the grid."""
    page = browser.new_page(java_script_enabled=False)
    page.goto(f"{server}/{SEED_STORY.name}/index.html")
    skip = page.locator("section[aria-labelledby=claims-h] a.skip-here")
    assert skip.bounding_box()["width"] <= 1
    page.locator("section[aria-labelledby=claims-h] p.hint").click()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").startswith("Skip past the")
    page.keyboard.press("Enter")
    # The address takes the fragment once the jump is done (a slower machine's CI run read it before).
    page.wait_for_url(re.compile(r"#grid-h$"), timeout=5000)
    page.keyboard.press("Tab")  # on from the grid's heading: its own skip link, not a claim of the list
    assert page.evaluate("document.activeElement.closest('section[aria-labelledby=claims-h]') === null")
    page.close()


def test_stacked_tables_on_a_phone_keep_their_headers_and_show_labels_to_the_eye(
    site: Path, server: str, browser: Browser
):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/{SEED_STORY.name}/index.html")
    cell = page.locator("table.outlets td[data-label='Date']").first
    # Seen: each stacked cell says its column ...
    label = page.evaluate("el => getComputedStyle(el, '::before').content", cell.element_handle())
    assert "Date" in label
    # ... heard: the table is still a table, its cell named by what it holds, not by the label again.
    snapshot = page.locator("table.outlets").aria_snapshot()
    assert re.match(r"- '?table \"Outlets", snapshot) and "- row" in snapshot and "- cell" in snapshot  # named
    assert "Date:" not in snapshot and "Headline:" not in snapshot
    # A grid column is heard as "Claim 1: <its heading>", one name with no stray space.
    first = page.locator("table.grid thead a").first.aria_snapshot()
    assert 'link "Claim 1: ' in first, first
    context.close()


def test_links_to_a_disagreements_claims_are_tap_targets_on_a_phone(site: Path, server: str, browser: Browser):
    """The claims an item of "Where outlets differ" links ("Claim 3 · Claim 7"): each is at least 24 px
    tall (WCAG 2.5.8's target size), not the line's 18 px. On a phone each takes a line of its own,
    with no dot left alone between them (audit 103 saw " · " on a line by itself); wider, they sit
    side by side, a dot between."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/{SEED_STORY.name}/index.html")
    links = page.locator("ul.differ .meta a")
    assert links.count() >= 2  # the seed's contradiction links its two claims
    boxes = [links.nth(i).bounding_box() for i in range(links.count())]
    for box in boxes:
        assert box is not None and box["height"] >= 24, box
    assert len({round(b["x"]) for b in boxes}) == 1 and all(
        boxes[i + 1]["y"] > boxes[i]["y"] for i in range(len(boxes) - 1)
    )
    assert not page.locator("ul.differ .meta .sep").first.is_visible()
    context.close()
    wide = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False).new_page()
    wide.goto(f"{server}/{SEED_STORY.name}/index.html")
    assert wide.locator("ul.differ .meta .sep").first.is_visible()
    wide.context.close()


def test_the_dot_before_the_data_link_never_ends_a_line_alone(site: Path, server: str, browser: Browser):
    """The story line's last item, the JSON link, keeps the dot before it on its own line at every phone
    width (audit 114 saw " ·" left at a line's end, the link below it)."""
    stories = sorted(p.parent.name for p in site.glob("*/index.html"))
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    checked = 0
    for width in range(300, 481, 6):
        page.set_viewport_size({"width": width, "height": 844})
        for story in stories:
            page.goto(f"{server}/{story}/index.html")
            link = page.locator("p.meta a[download]")
            dot = link.locator("xpath=preceding-sibling::span[contains(@class, 'sep')][1]")
            a, d = link.bounding_box(), dot.bounding_box()
            assert a is not None and d is not None
            assert abs(a["y"] + a["height"] / 2 - (d["y"] + d["height"] / 2)) < 6, (story, width, a, d)
            checked += 1
    assert checked
    context.close()
