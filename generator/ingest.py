"""Ingest: files in a story folder to ``Article`` objects (body paragraphs, metadata, dropped lines)."""

from __future__ import annotations

import gzip
import re
import string
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from dateutil import parser as dateparser
from markdown_it import MarkdownIt
from markdown_it.token import Token

from .errors import InputError
from .furniture import Block, sift
from .model import Article, Dropped, Paragraph

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
METADATA_KEYS = ("title", "outlet", "url", "date", "author", "source")
MAX_BYTES = 5 * 1024 * 1024

_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):\s*(.*)$")
_SPACE = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Normalise Unicode (NFC) and white space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def file_type(path: Path) -> str:
    """The suffix that says what a file holds; a gzipped file counts as what it holds (page.html.gz)."""
    suffixes = [s.lower() for s in path.suffixes]
    if len(suffixes) >= 2 and suffixes[-1] == ".gz":
        return suffixes[-2]
    return suffixes[-1] if suffixes else ""


def is_article_file(path: Path) -> bool:
    """Whether a file in a story folder is an outlet's article (not hidden, not ``_``-prefixed)."""
    return path.is_file() and file_type(path) in ARTICLE_SUFFIXES and not path.name.startswith(("_", "."))


def read_text(path: Path, warnings: list[str] | None = None) -> str:
    """Read a file as text: UTF-8 (with or without BOM), else the detected encoding (with a warning)."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":  # gzip, as the benchmark's saved pages are
        try:
            with gzip.open(path) as f:
                data = f.read(MAX_BYTES + 1)
        except (OSError, EOFError) as err:
            raise InputError(path, f"not a readable gzip file: {err}") from err
    if not data.strip():
        raise InputError(path, "file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file is {len(data) // 1024} KiB; articles over {MAX_BYTES // 1024} KiB are refused")
    if b"\x00" in data[:8192]:
        raise InputError(path, "file looks binary (it holds NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "cannot tell the text encoding; save the file as UTF-8")
    if warnings is not None:
        warnings.append(f"not UTF-8: read as {best.encoding} (detected); save it as UTF-8 to be sure")
    return str(best)


def parse_date(value: str, path: Path, line: int) -> str:
    """Normalise a date to ISO 8601, or fail naming the file and line."""
    try:
        parsed = dateparser.parse(value)
    except (ValueError, OverflowError):
        parsed = None
    if parsed is None:
        raise InputError(path, f"Date {value!r} is not a date (use e.g. 2024-11-11)", line)
    if isinstance(parsed, datetime) and (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0) and not parsed.tzinfo:
        return parsed.date().isoformat()
    return parsed.isoformat()


def split_header(text: str, path: Path, warnings: list[str] | None = None) -> tuple[dict[str, str], int, str]:
    """Split a Pelican-style ``Key: value`` header (ending at a blank line) from the body.

    Returns the metadata (lower-case keys), the number of header lines consumed and the body.
    A header is only recognised when its first line names one of ``METADATA_KEYS``.
    """
    lines = text.splitlines()
    first = _HEADER_LINE.match(lines[0]) if lines else None
    if not first or first.group(1).strip().lower() not in METADATA_KEYS:
        return {}, 0, text
    meta: dict[str, str] = {}
    warnings = [] if warnings is None else warnings
    n = 0
    for n, line in enumerate(lines):
        if not line.strip():
            break
        m = _HEADER_LINE.match(line)
        if not m:
            raise InputError(path, "metadata header line is not 'Key: value' (end the header with a blank line)", n + 1)
        key = m.group(1).strip().lower()
        value = clean_text(m.group(2))
        if key == "date" and value:
            value = parse_date(value, path, n + 1)
        if key == "url" and value and not re.match(r"^https?://", value, re.IGNORECASE):
            raise InputError(path, f"URL {value!r} is not an http(s) address", n + 1)
        if key not in METADATA_KEYS:
            warnings.append(
                f"line {n + 1}: unknown metadata key {m.group(1)!r} ignored (known: {', '.join(METADATA_KEYS)})"
            )
            continue
        meta[key] = value
    else:
        n = len(lines)
    return meta, n + 1, "\n".join(lines[n + 1 :])


def text_blocks(body: str, offset: int) -> list[Block]:
    """Plain text: one paragraph per non-blank line."""
    return [Block(clean_text(line), i + 1 + offset) for i, line in enumerate(body.splitlines()) if line.strip()]


_md = MarkdownIt("commonmark")


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return clean_text("".join(parts))


def markdown_blocks(body: str, offset: int) -> tuple[list[Block], list[tuple[Block, str]]]:
    """Markdown: paragraphs and headings via markdown-it-py; raw HTML and code are set aside, with why."""
    blocks: list[Block] = []
    rejected: list[tuple[Block, str]] = []
    tokens = _md.parse(body)
    for i, tok in enumerate(tokens):
        line = (tok.map[0] if tok.map else 0) + 1 + offset
        if tok.type == "inline":
            parent = tokens[i - 1]
            text = _inline_text(tok)
            if text:
                blocks.append(Block(text, line, heading=parent.type == "heading_open"))
        elif tok.type in ("html_block", "fence", "code_block"):
            text = clean_text(tok.content)
            if text:
                rejected.append((Block(text, line), "raw HTML" if tok.type == "html_block" else "code block"))
    return blocks, rejected


def outlet_letter(n: int) -> str:
    """Neutral outlet labels: Outlet A ... Outlet Z, Outlet AA ..."""
    letters = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = string.ascii_uppercase[r] + letters
    return f"Outlet {letters}"


def label_outlets(articles: list[Article]) -> None:
    """Give every article without a named outlet a label: its URL's site (example.com), or a
    neutral letter (Outlet A, B, ...) when nothing is known. Derived labels never collide."""
    taken = {a.outlet for a in articles if a.outlet}
    unnamed = 0
    for article in articles:
        if article.outlet:
            continue
        host = urlsplit(article.url).hostname if article.url else None
        label = host.removeprefix("www.") if host else None
        if not label:
            label = outlet_letter(unnamed)
            unnamed += 1
        base, n = label, 2
        while label in taken:
            label, n = f"{base} ({n})", n + 1
        article.outlet = label
        taken.add(label)


def read_article(path: Path) -> Article:
    """Read one article file into an ``Article`` (outlet left blank if the file does not name it)."""
    suffix = file_type(path)
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(path, f"unknown file type {suffix or '(none)'}; use .txt, .md or .html")
    warnings: list[str] = []
    text = read_text(path, warnings)
    if suffix in HTML_SUFFIXES:
        from .extract import read_html_article

        article = read_html_article(path, text)
    else:
        meta, consumed, body = split_header(text, path, warnings)
        rejected: list[tuple[Block, str]] = []
        if suffix in MARKDOWN_SUFFIXES:
            blocks, rejected = markdown_blocks(body, consumed)
        else:
            blocks = text_blocks(body, consumed)
        article = build_article(path, blocks, meta, rejected)
    article.warnings = warnings
    return article


def build_article(
    path: Path, blocks: list[Block], meta: dict[str, str], rejected: list[tuple[Block, str]] = ()
) -> Article:
    """Sift blocks into body paragraphs and dropped lines; the first heading may serve as title."""
    kept, dropped_blocks = sift(blocks)
    dropped = [Dropped(path.name, b.line, b.text, reason) for b, reason in dropped_blocks + list(rejected)]
    title = meta.get("title")
    # Without a Title: the first heading before any body text (datelines may come first) is the headline.
    first_body = kept[0] if kept else None
    for i, (block, reason) in enumerate(dropped_blocks):
        if title or (first_body and blocks.index(block) > blocks.index(first_body)):
            break
        if reason == "heading":
            title = block.text
            dropped[i] = Dropped(path.name, block.line, block.text, "headline (shown as the article title)")
    dropped.sort(key=lambda d: d.line)
    return Article(
        source=path.name,
        outlet=meta.get("outlet", ""),
        outlet_named=bool(meta.get("outlet")),
        paragraphs=[Paragraph(b.text, b.line) for b in kept],
        title=title,
        url=meta.get("url") or None,
        date=meta.get("date") or None,
        author=meta.get("author") or None,
        dropped=dropped,
    )


@dataclass
class Reading:
    """The articles of a story folder, and every problem found: errors stop the build, warnings not."""

    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)


def _site(article: Article) -> str | None:
    """Who published an article, as far as its metadata says: the named outlet, or its URL's site."""
    if article.outlet_named:
        return article.outlet.lower()
    host = urlsplit(article.url).hostname if article.url else None
    return host.removeprefix("www.") if host else None


def _fingerprint(article: Article) -> set[str]:
    return {" ".join(p.text.lower().split()) for p in article.paragraphs}


def read_story_articles(folder: Path) -> Reading:
    """Read every article in a story folder (sorted by file name) and label unnamed outlets.

    Problems are collected, not raised, so a user sees all of them at once.
    """
    reading = Reading()
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "_")) or not path.is_file() or path.name in ("story.toml", "corrections.toml"):
            continue
        if file_type(path) not in ARTICLE_SUFFIXES:
            reading.warnings.append(
                InputError(path, f"skipped: unknown file type {file_type(path) or '(none)'}; use .txt, .md or .html")
            )
            continue
        try:
            article = read_article(path)
        except InputError as err:
            reading.errors.append(err)
            continue
        reading.articles.append(article)
        reading.warnings += [InputError(path, w) for w in article.warnings]
        if not article.paragraphs:
            reading.warnings.append(
                InputError(path, "no article text found (every line was a heading or page furniture)")
            )
    label_outlets(reading.articles)
    seen: dict[str, str] = {}
    for i, article in enumerate(reading.articles):
        if article.outlet in seen:
            reading.errors.append(
                InputError(
                    folder / article.source,
                    f"outlet {article.outlet!r} is also the outlet of {seen[article.outlet]}; one file per outlet",
                )
            )
        seen.setdefault(article.outlet, article.source)
        mine = _fingerprint(article)
        for other in reading.articles[:i]:
            theirs = _fingerprint(other)
            if mine and theirs and len(mine & theirs) >= 0.9 * max(len(mine), len(theirs)):
                path = folder / article.source
                if _site(article) and _site(other) and _site(article) != _site(other):
                    # Two known outlets running the same copy (a wire story) is news, not an input error.
                    reading.warnings.append(
                        InputError(path, f"the same text as {other.source} ({other.outlet}): a shared wire copy?")
                    )
                else:
                    reading.errors.append(
                        InputError(
                            path,
                            f"duplicate article: the same text as {other.source}; keep one of them, or give each "
                            "its Outlet: or URL: if two outlets ran the same copy",
                        )
                    )
                break
    return reading
