"""Import: a saved page or text file turned into a reviewable Markdown article in a story folder."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError
from .extract import extract_file
from .furniture import looks_like_heading
from .ingest import HTML_SUFFIXES, file_type
from .model import Article

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(?=\s|$)")


def escape_markdown(text: str) -> str:
    """Backslash-escape what Markdown would read as markup, so the text reads back unchanged."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + re.sub(r"([-+=.)])", r"\\\1", m.group(2)), text)


def _header_value(value: str) -> str:
    return " ".join(value.split())


def to_markdown(article: Article, source: str, blocks: list[str] | None = None) -> str:
    """The article as Markdown with a Pelican-style metadata header.

    ``blocks`` (a saved page's body, in order) keeps sub-headings as Markdown headings; without it
    the article's paragraphs are written and its dropped lines left out.
    """
    header = {
        "Title": article.title,
        "Outlet": article.outlet if article.outlet_named else None,
        "URL": article.url,
        "Date": article.date,
        "Author": article.author,
        "Source": source,
    }
    lines = [f"{key}: {_header_value(value)}" for key, value in header.items() if value]
    if blocks is None:
        body = "\n\n".join(escape_markdown(p.text) for p in article.paragraphs)
    else:
        body = "\n\n".join(("## " if looks_like_heading(b) else "") + escape_markdown(b) for b in blocks)
    return "\n".join(lines) + "\n\n" + body + "\n"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")


def add_to_story(story: Path, page: Path, outlet: str | None = None) -> tuple[Path, Article]:
    """Write ``page`` into ``story`` as Markdown (never overwriting a file); return its path and article."""
    if page.is_dir():
        raise InputError(page, "a folder, not a saved page or text file")
    if not page.is_file():
        raise InputError(page, "no such file")
    body, article = extract_file(page)  # one read: the body (a page's sub-headings kept) and the article
    if outlet:
        article.outlet, article.outlet_named = outlet, True
    if not article.paragraphs:
        raise InputError(page, "no article text found to import")
    story.mkdir(parents=True, exist_ok=True)
    stem = _slug(article.outlet if article.outlet_named else "") or _slug(article.title or "") or _slug(page.stem)
    target = story / f"{stem or 'article'}.md"
    n = 2
    while target.exists():
        target = story / f"{stem}-{n}.md"
        n += 1
    blocks = body if file_type(page) in HTML_SUFFIXES else None
    target.write_text(to_markdown(article, page.name, blocks), encoding="utf-8")
    return target, article
