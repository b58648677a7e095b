"""Extract: a saved HTML page to article body paragraphs and metadata.

The body comes from trafilatura (the best-scoring open extractor on public benchmarks; see
benchmarks/extraction.py for our own figure), metadata from trafilatura with beautifulsoup4 reading
the page's own tags (canonical link, Open Graph, JSON-LD) first. Nothing is passed on as markup:
the body is plain text, and blocks of page text left out of the body are listed as dropped.
"""

from __future__ import annotations

import bisect
import html as entities
import json
import logging
import re
import warnings as warnings_module
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning

from .errors import InputError
from .furniture import SENTENCE_END, Block, furniture_reason
from .ingest import build_article, clean_text, http_url, parse_date, read_text
from .model import Article, Dropped

OUTSIDE = "outside the article body"

_HTTP = re.compile(r"^https?://", re.IGNORECASE)
_BLOCK_TAGS = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th", "dd", "dt", "pre",
    "div", "section", "aside", "header", "footer", "nav", "figure", "caption", "label", "button",
]  # fmt: skip


@dataclass
class Extracted:
    """What a page yields: body paragraphs, metadata, and the page text left out, with reasons."""

    paragraphs: list[str]
    meta: dict[str, str] = field(default_factory=dict)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _meta_tag(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        content = str(tag.get("content") or "") if tag else ""
        if content.strip():
            return clean_text(content)
    return None


def _json_ld(soup: BeautifulSoup) -> dict:
    """The first schema.org NewsArticle/Article object in the page's JSON-LD, if any."""
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            kind = item.get("@type") if isinstance(item, dict) else None
            kinds = kind if isinstance(kind, list) else [kind]
            if any(k and "Article" in str(k) for k in kinds):
                return item
    return {}


def _ld_name(value: object) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _ld_name(value.get("name"))
    return clean_text(value) if isinstance(value, str) and value.strip() else None


def page_metadata(soup: BeautifulSoup, doc: object | None) -> dict[str, str]:
    """Title, outlet, canonical URL, date and author, from the page's tags, then trafilatura."""
    ld = _json_ld(soup)
    canonical = soup.find("link", attrs={"rel": "canonical"})
    candidates = {
        "title": [
            _meta_tag(soup, "og:title", "twitter:title"),
            _ld_name(ld.get("headline")),
            getattr(doc, "title", None),
        ],
        "outlet": [
            _meta_tag(soup, "og:site_name", "application-name"),
            _ld_name(ld.get("publisher")),
            getattr(doc, "sitename", None),
        ],
        "url": [canonical.get("href") if canonical else None, _meta_tag(soup, "og:url"), getattr(doc, "url", None)],
        "date": [
            _meta_tag(soup, "article:published_time", "datePublished", "pubdate", "date"),
            _ld_name(ld.get("datePublished")),
            getattr(doc, "date", None),
        ],
        "author": [
            _meta_tag(soup, "author", "article:author"),
            _ld_name(ld.get("author")),
            getattr(doc, "author", None),
        ],
    }
    meta: dict[str, str] = {}
    for key, values in candidates.items():
        for value in values:
            if not value or not str(value).strip():
                continue
            value = clean_text(str(value))
            if key == "url" and not http_url(value):
                continue
            if key == "author" and _HTTP.match(value):
                continue  # article:author is often a profile URL, not a name
            meta[key] = value
            break
    return meta


def extract_html(html: str) -> Extracted:
    """The article body of a page as plain-text paragraphs, its metadata, and what was left out.

    Settings measured on the public half of the article-extraction benchmark (see
    benchmarks/extraction.py): trafilatura favouring precision, with tables; the headline is the
    title, not body; page furniture by our general rules.
    """
    import trafilatura

    with warnings_module.catch_warnings():
        # A feed or other XML saved as a page is read as HTML like any page (its text listed), quietly.
        warnings_module.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    cards = _hover_cards(soup)
    if cards:
        # Read without them: a card's name and headlines would run into the sentence around it.
        html = str(soup)
    # Its complaints about broken markup are logged as errors, which Pelican's --fatal errors turns
    # into a failure of the whole build: the outcome must not depend on where extraction runs.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    options: dict[str, Any] = {"include_comments": False, "include_tables": True, "favor_precision": True}
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, **options)
    except Exception:
        # Its date finder fails on some broken markup (an assertion in lxml); the page's own tags
        # still give the metadata, read below.
        try:
            doc = trafilatura.bare_extraction(html, with_metadata=False, **options)
        except Exception as err:
            raise ExtractionError(f"the article could not be extracted from this page ({type(err).__name__})") from err
    lines = [clean_text(line) for line in (getattr(doc, "text", None) or "").splitlines() if line.strip()]
    meta = page_metadata(soup, doc)
    dropped: list[tuple[str, str]] = [(card, HOVER_CARD) for card in cards]
    seen = set(lines)
    title = clean_text(getattr(doc, "title", None) or meta.get("title", ""))
    if lines and title and lines[0] == title:
        dropped.append((lines.pop(0), "headline (shown as the article title)"))
    paragraphs = []
    for line in lines:
        reason = furniture_reason(line)
        if reason:
            dropped.append((line, reason))
        else:
            paragraphs.append(line)
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    # Page text outside the body: every innermost block (so no text is listed twice) whose text is not
    # part of a body line or of a block already listed. The substring checks have a budget, so a huge
    # page cannot make them quadratic: past it, only exact repeats are recognised.
    body = "\x00".join(seen)
    listed = ""
    budget = _SUBSTRING_BUDGET
    for tag in innermost_blocks(soup):
        block = clean_text(tag.get_text(" "))
        if not block or block in seen:
            continue
        budget -= len(body) + len(listed)
        if budget > 0 and (block in body or block in listed):
            continue
        seen.add(block)
        listed += "\x00" + block
        dropped.append((block, OUTSIDE))
    warnings = []
    if not paragraphs:
        # No body found (a short page, a fragment: the extractor wants more text than a short notice
        # has): the page's own blocks that read as sentences are its article; the rest stays listed.
        body_blocks = [b for b, reason in dropped if reason == OUTSIDE and _sentence_block(b)]
        if body_blocks:
            paragraphs = body_blocks
            dropped = [(b, reason) for b, reason in dropped if not (reason == OUTSIDE and b in body_blocks)]
            warnings.append("the extractor found no article body: the page's paragraphs that end as sentences are read")
    return Extracted(paragraphs, meta, dropped, warnings)


HOVER_CARD = "a pop-up card inside the text (a name's picture, full name and headlines)"
# Class names of a card a page pops up over a word of its text (a person's picture, full name and
# latest headlines): in the markup inside the paragraph, read by an extractor as part of its sentence
# ("Gov. Ann RoeAnn Marie RoeGovernor signs budget ...").
_CARD_CLASS = re.compile(r"(?:^|[-_])(?:rollover|tooltip|popover|popup|hovercard|hover-card)(?:$|[-_])", re.IGNORECASE)


def _hover_cards(soup: BeautifulSoup) -> list[str]:
    """Take out of the page the cards it pops up over words of its paragraphs (an element inside a
    paragraph whose class names a pop-up, holding a picture or several links: a card, not the word
    it is shown over, which is one link at most), innermost first; return their texts, to be listed
    as left out."""
    found = [
        tag
        for tag in soup.find_all(["span", "div", "aside"])
        if any(_CARD_CLASS.search(c) for c in tag.get("class") or [])
        and tag.find_parent("p") is not None
        and (tag.find("img") is not None or len(tag.find_all("a")) >= 2)
    ]
    texts = []
    for tag in found:
        if any(
            _CARD_CLASS.search(c) for inner in tag.find_all(["span", "div", "aside"]) for c in inner.get("class") or []
        ):
            continue  # holds a card (and maybe the word it is shown over): the card inside is taken out
        text = clean_text(tag.get_text(" "))
        tag.decompose()
        if text:
            texts.append(text)
    return texts


def _sentence_block(text: str) -> bool:
    """Whether a block of page text reads as a sentence or more of an article: it ends as a sentence
    does, has a few words, and is no furniture."""
    return bool(SENTENCE_END.search(text)) and len(text.split()) >= 4 and not furniture_reason(text)


_SUBSTRING_BUDGET = 400_000_000  # characters compared; an ordinary page uses a few million
_BLOCK_SET = frozenset(_BLOCK_TAGS)


def innermost_blocks(soup: BeautifulSoup) -> list[Tag]:
    """Block tags holding no other block tag, in document order, in one pass (linear in the page;
    ``tag.find`` per tag is quadratic on deeply nested markup)."""
    blocks = [t for t in soup.descendants if isinstance(t, Tag) and t.name in _BLOCK_SET]
    outer: set[int] = set()  # tags with a block inside; closed under "parent of"
    for tag in blocks:
        parent = tag.parent
        while parent is not None and id(parent) not in outer:
            outer.add(id(parent))
            parent = parent.parent
    return [t for t in blocks if id(t) not in outer]


class ExtractionError(ValueError):
    """The extraction libraries could not read a page."""


_WORDS = re.compile(r"\w+")
_LOOKUP_BUDGET = 400_000_000  # characters searched in all; past it, a text's line is given as unknown (0)


def strip_tags(line: str) -> str:
    """A line with every ``<...>`` replaced by a space, in one pass (the regex ``<[^>]*>`` rescans
    to the end of the line from every ``<`` that is never closed)."""
    parts: list[str] = []
    pos = 0
    while True:
        lt = line.find("<", pos)
        if lt < 0:
            break
        gt = line.find(">", lt + 1)
        if gt < 0:
            break  # no ``>`` after this ``<``, so none after any later one either
        parts += [line[pos:lt], " "]
        pos = gt + 1
    parts.append(line[pos:])
    return "".join(parts)


def source_lines(html: str, texts: list[str]) -> list[int]:
    """The line of the page on which each text (in page order) starts, or 0 where it cannot be found.

    A text is looked for by its first words in the page's lines with tags and entities removed;
    the search for each text starts where the previous one was found (at first, at ``<body``), so a
    repeated line maps to its own occurrence; a text out of order is searched for from the top.
    """
    raw = html.splitlines()
    lines = [" ".join(_WORDS.findall(entities.unescape(strip_tags(line)).lower())) for line in raw]
    joined = "\n".join(lines)  # a probe holds no newline, so a hit is within one line
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    body = next((i for i, line in enumerate(raw) if "<body" in line.lower()), 0)
    budget = _LOOKUP_BUDGET
    missing: set[str] = set()

    def find(probe: str, first: int) -> int:
        nonlocal budget
        if probe in missing or first >= len(lines) or budget <= 0:
            return 0
        offset = joined.find(probe, starts[first])
        budget -= len(joined) - starts[first] if offset < 0 else offset - starts[first] + len(probe)
        if offset < 0:
            if first == 0:
                missing.add(probe)
            return 0
        return bisect.bisect_right(starts, offset)  # the 1-based number of the line holding the hit

    found, start = [], body
    for text in texts:
        words = _WORDS.findall(text.lower())
        hit = 0
        for probe in dict.fromkeys(p for p in (" ".join(words[:6]), " ".join(words[:3])) if p):  # in order
            for first in (start, body, 0):
                hit = find(probe, first)
                if hit:
                    break
            if hit:
                break
        if hit:
            start = hit - 1
        found.append(hit)
    return found


def extract_file(path: Path) -> tuple[list[str], Article]:
    """A file's article body as paragraphs, and the article read from it.

    For a saved page the body is what ``extract_html`` finds, sub-headings included (they belong to
    the body; the claims stage sets them aside); for text and Markdown, the article's paragraphs.
    """
    from .ingest import HTML_SUFFIXES, file_type, read_article

    if file_type(path) not in HTML_SUFFIXES:
        article = read_article(path)
        return [p.text for p in article.paragraphs], article
    warnings: list[str] = []
    html = read_text(path, warnings)
    extracted = _extract(path, html)
    article = page_article(path, extracted, html)
    article.warnings = warnings
    return extracted.paragraphs, article


def read_html_article(path: Path, html: str) -> Article:
    """A saved page as an ``Article``."""
    return page_article(path, _extract(path, html), html)


def _extract(path: Path, html: str) -> Extracted:
    try:
        return extract_html(html)
    except ExtractionError as err:
        raise InputError(path, str(err)) from err
    except RecursionError as err:
        raise InputError(path, "the page's markup is nested too deeply to be read") from err


def page_article(path: Path, extracted: Extracted, html: str) -> Article:
    """An ``Article`` from an extracted page: the body sifted for furniture like any text, the rest
    listed; paragraphs and dropped lines carry the line of ``html`` they start on."""
    meta = dict(extracted.meta)
    if "date" in meta:
        try:
            meta["date"] = parse_date(meta["date"], path, 0)
        except InputError:
            del meta["date"]  # a page's own date tag that is not a date is left out, not fatal
    lines = source_lines(html, extracted.paragraphs)
    article = build_article(path, [Block(p, n) for p, n in zip(extracted.paragraphs, lines, strict=True)], meta)
    outside = source_lines(html, [text for text, _ in extracted.dropped])
    article.dropped = [
        Dropped(path.name, n, text, reason) for (text, reason), n in zip(extracted.dropped, outside, strict=True)
    ] + article.dropped
    article.warnings = list(extracted.warnings)
    return article
