"""Ingest: files in a story folder to ``Article`` objects (body paragraphs, metadata, dropped lines)."""

from __future__ import annotations

import codecs
import gzip
import io
import itertools
import os
import re
import stat
import string
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from dateutil import parser as dateparser
from markdown_it import MarkdownIt
from markdown_it.token import Token

from .errors import InputError
from .furniture import (
    HEADING_REASON,
    SECTION_LABEL,
    SUMMARY_LABEL_REASON,
    TIME_ZONES,
    Block,
    headline_case,
    sift,
    stamp_text,
)
from .lexicon import STOP_WORDS
from .model import Article, Dropped, Paragraph

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
METADATA_KEYS = ("title", "outlet", "url", "date", "author", "source")
MAX_BYTES = 5 * 1024 * 1024
SYMLINK_SKIPPED = "skipped: a symbolic link (only files and folders inside the content folder are read)"

_HTTP = re.compile(r"^https?://", re.IGNORECASE)
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
    """Whether a file in a story folder is an outlet's article (not hidden, not ``_``-prefixed).

    A symbolic link with an article's name counts, so that reading the folder can refuse it by name.
    """
    if path.name.startswith(("_", ".")) or file_type(path) not in ARTICLE_SUFFIXES:
        return False
    return path.is_symlink() or path.is_file()


def read_bytes(path: Path, limit: int = MAX_BYTES, what: str = "articles") -> bytes:
    """The bytes of a regular file inside the content folder, never through a symbolic link, and
    never more than ``limit``: the size is checked before reading and the read is bounded too (a
    device or a file growing while read cannot exhaust memory)."""
    try:
        info = os.lstat(path)
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}") from err
    if stat.S_ISLNK(info.st_mode):
        raise InputError(path, "is a symbolic link; refused (only files inside the content folder are read)")
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "is not a regular file (a device, pipe or socket); refused")
    if info.st_size > limit:
        raise InputError(path, f"file is {info.st_size // 1024} KiB; {what} over {limit // 1024} KiB are refused")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}") from err
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):  # replaced between the check and the open
            raise InputError(path, "is not a regular file; refused")
        try:
            data = f.read(limit + 1)
        except OSError as err:
            raise InputError(path, f"cannot be read: {err.strerror or err}") from err
    if len(data) > limit:
        raise InputError(path, f"file is over {limit // 1024} KiB; {what} over {limit // 1024} KiB are refused")
    return data


_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# What Western European text holds beyond ASCII when read as cp1252: accented letters and punctuation.
_WESTERN = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšžÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒŠŽ‘’“”‚„–—…€«»°£§©®·¡¿ºª•™´¨\xa0")


def _western(data: bytes) -> str | None:
    """The text as cp1252 (a superset of Latin-1's printable part) when it reads as Western European:
    only accented Latin letters and typographic punctuation beyond ASCII, and few of them."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [c for c in text if ord(c) > 127]
    if not high or any(c not in _WESTERN for c in high):
        return None
    letters = sum(c.isalpha() for c in text)
    accented = sum(c.isalpha() for c in high)
    return text if accented <= 0.4 * letters else None  # not whole words of them (Greek, Cyrillic, ...)


def decode_text(path: Path, data: bytes, warnings: list[str] | None = None) -> str:
    """Bytes to text: a byte-order mark says UTF-8, -16 or -32; else UTF-8; else cp1252 for Western
    European text; else the encoding charset-normalizer detects (each guess named in a warning)."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(path, f"not valid {name} (it starts with a {name} byte-order mark)") from err
            break
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(path, f"file looks binary (it holds NUL bytes, the first at byte {nul}), not an article")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            western = _western(data)
            encoding = "cp1252 (Western European)"
            if western is not None:
                text = western
            else:
                from charset_normalizer import from_bytes

                best = from_bytes(data).best()
                if best is None:
                    raise InputError(path, "cannot tell the text encoding; save the file as UTF-8") from None
                text, encoding = str(best), f"{best.encoding} (detected)"
            if warnings is not None:
                warnings.append(f"not UTF-8: read as {encoding}, a guess; save it as UTF-8 to be sure")
    if "\x00" in text:
        raise InputError(path, "file looks binary (it holds NUL characters), not an article")
    if not text.strip():
        raise InputError(path, "file is empty")
    return text


def read_text(path: Path, warnings: list[str] | None = None) -> str:
    """Read an article file as text (see ``read_bytes`` and ``decode_text``); a .gz file is unpacked."""
    data = read_bytes(path)
    if data[:2] == b"\x1f\x8b":  # gzip, as the benchmark's saved pages are
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
                data = f.read(MAX_BYTES + 1)
        except (OSError, EOFError, zlib.error) as err:
            raise InputError(path, f"not a readable gzip file: {err}") from err
        if len(data) > MAX_BYTES:
            raise InputError(path, f"unpacks to over {MAX_BYTES // 1024} KiB; articles over that are refused")
    if not data.strip():
        raise InputError(path, "file is empty")
    return decode_text(path, data, warnings)


_DEFAULT_1 = datetime(2001, 1, 1)  # two defaults that differ in every field: what a date leaves out shows
_DEFAULT_2 = datetime(2002, 2, 2)


def parse_date(value: str, path: Path, line: int) -> str:
    """Normalise a date to ISO 8601, or fail naming the file and line.

    Nothing is filled in from today: a date without a day stays a month (2024-03), without a month
    a year (2024); a date without a year is an error.
    """
    parsed = other = None
    if len(value) <= 80:
        try:
            parsed = dateparser.parse(value, default=_DEFAULT_1)
            other = dateparser.parse(value, default=_DEFAULT_2)
        except (ValueError, OverflowError, TypeError):
            parsed = None
    if parsed is None or other is None:
        raise InputError(path, f"Date {value[:80]!r} is not a date (use e.g. 2024-11-11)", line)
    if parsed.year != other.year:
        raise InputError(path, f"Date {value!r} has no year (write it in full, e.g. 2024-11-11)", line)
    if parsed.month != other.month:
        return f"{parsed.year:04d}"
    if parsed.day != other.day:
        return f"{parsed.year:04d}-{parsed.month:02d}"
    if (parsed.hour, parsed.minute, parsed.second, parsed.microsecond) == (0, 0, 0, 0) and not parsed.tzinfo:
        return parsed.date().isoformat()
    return parsed.isoformat()


def http_url(value: str) -> bool:
    """Whether a value is a well-formed http(s) URL with a host."""
    if not _HTTP.match(value) or any(c.isspace() or not c.isprintable() for c in value):
        return False
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises on a bad port
        return bool(parts.hostname)
    except ValueError:
        return False


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
        if key == "url" and value and not _HTTP.match(value):
            raise InputError(path, f"URL {value!r} is not an http(s) address", n + 1)
        if key == "url" and value and not http_url(value):
            raise InputError(path, f"URL {value!r} is not a valid address", n + 1)
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


_md = MarkdownIt("commonmark").enable("table")


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return clean_text("".join(parts))


def markdown_blocks(body: str, offset: int) -> tuple[list[Block], list[tuple[Block, str]]]:
    """Markdown: paragraphs and headings via markdown-it-py; raw HTML, code, tables and images' descriptions
    are set aside, with why."""
    blocks: list[Block] = []
    rejected: list[tuple[Block, str]] = []
    tokens = _md.parse(body)
    table: list[str] = []  # the cells of the table being read
    table_line = 0
    for i, tok in enumerate(tokens):
        line = (tok.map[0] if tok.map else 0) + 1 + offset
        if tok.type == "table_open":
            table, table_line = [], line
        elif tok.type == "table_close":
            if any(table):
                rejected.append((Block(clean_text(" | ".join(c for c in table if c)), table_line), "table"))
            table = []
        elif tok.type == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            table.append(_inline_text(tok))
        elif tok.type == "inline":
            parent = tokens[i - 1]
            text = _inline_text(tok)
            if text:
                blocks.append(Block(text, line, heading=parent.type == "heading_open"))
            for image in (c for c in tok.children or [] if c.type == "image"):
                alt = clean_text(image.content)
                if alt:
                    rejected.append((Block(alt, line), "image description"))
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


def _hostname(url: str | None) -> str | None:
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


# File names that say nothing of the outlet.
_GENERIC_FILES = {
    "article", "story", "text", "index", "page", "untitled", "document", "copy", "file", "source", "report",
}  # fmt: skip


def _named_file(source: str) -> str | None:
    """The outlet a file name gives ("cnn.txt" -> "cnn", "bbc.co.uk.html" -> "bbc.co.uk"), or None
    for a name of numbers, ids or generic words ("001_ce89.txt", "article2.md")."""
    stem = Path(source).stem
    if not re.fullmatch(r"[A-Za-z][A-Za-z.&' _-]*[A-Za-z]", stem):
        return None
    return None if stem.lower().strip("._- ") in _GENERIC_FILES else stem


def label_outlets(articles: list[Article]) -> None:
    """Give every article without a named outlet a label: its URL's site (example.com), else its file
    name when that names an outlet ("cnn.txt"), or a neutral letter (Outlet A, B, ...) when nothing
    is known. Derived labels never collide."""
    taken = {a.outlet for a in articles if a.outlet}
    unnamed = 0
    for article in articles:
        if article.outlet:
            continue
        host = _hostname(article.url)
        label = host.removeprefix("www.") if host else _named_file(article.source)
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
    if path.is_dir():
        raise InputError(path, "a folder, not an article file (.txt, .md or .html)")
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
    body = " ".join(p.text for p in article.paragraphs)
    if body and not reads_as_english(body):
        warnings.append(
            "the text does not read as English: sentences are split, compared and marked as English text, "
            "so its claims and differences may be poor"
        )
    article.warnings = warnings + article.warnings
    return article


def reads_as_english(text: str) -> bool:
    """Whether a text reads as English, as far as its letters and small words tell: mostly Latin letters,
    and among a long enough text's words enough of English's small words ("the", "of", "said"; about
    half of an English news text's words, few of a French or German one's)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    if sum(c.isascii() for c in letters) < LATIN_SHARE * len(letters):
        return False
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(words) < ENGLISH_WORDS or sum(w in STOP_WORDS for w in words) >= SMALL_WORD_SHARE * len(words)


LATIN_SHARE = 0.5  # of a text's letters, plain Latin ones (accents aside)
ENGLISH_WORDS = 40  # a shorter text (a headline and a line or two) is not judged by its small words
SMALL_WORD_SHARE = 0.12


def _unstopped(text: str) -> bool:
    """A line that ends without a stop, as a headline does ("Jury sees the moment ... gunplay", "...
    'had begged to stay'": a quote closed after a word, not after a stop)."""
    return text.rstrip().rstrip("\"”’'").rstrip()[-1:] not in ".!?:;…"


DECK_LINES = 3  # the lines of a deck (a standfirst, its points) that may stand between headline and dateline


HEADLINE_WORDS = 25  # a headline is at most this long; a title-case first paragraph longer is prose


_CLOCK = re.compile(
    r"(?i)\(?\b(?:gmt|utc)\s?[+−-]\s?\d{1,2}(?::?\d\d)?\)?"  # a zone by its offset: "(GMT+05:00)"
    rf"|\b\d{{1,2}}(?:[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?|\s*[ap]\.m\.|\s*[ap]m\b)|\b(?:[ap]\.?m\.?|{TIME_ZONES}|last|updated|"
    r"published|posted|article|at|on|by|hrs|date|time|first|story|created|afp|ap|reuters|upi|xinhua|dpa)\b|\|"
)
# A day in figures with dots ("08.07.2012"), read as with slashes (not as a clock, "08.07").
_DOTTED_ISO = re.compile(r"\b((?:19|20)\d\d)\.(\d\d)\.(\d\d)\b")  # "2012.08.08": year, month, day
_DOTTED_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)\b")  # "08.07.2012", "02.29.12"


def _dateline_day(path: Path, datelines: list[Block]) -> str | None:
    """The article's day from its first dateline ("21 July 2013 Last updated at 11:11 GMT"), when
    the file gives no Date: only an unambiguous day (a month named, or a day over 12)."""
    if not datelines:
        return None
    block = datelines[0]
    # The first stamp of several ("PUBLISHED: ... | UPDATED: ..."), without its words and clock.
    first = re.split(r"\||\bupdated\b", block.text, maxsplit=1, flags=re.IGNORECASE)[0]
    first = first if re.search(r"\d", first) else block.text
    first = _DOTTED_DAY.sub(r"\1/\2/\3", _DOTTED_ISO.sub(r"\1-\2-\3", stamp_text(first)))
    text = re.sub(r"\s*/\s*", "/", re.sub(r"\(\s*\)", " ", _CLOCK.sub(" ", first))).strip(" ,:;@-")
    text = re.sub(r"(?:\s+-)+$", "", text)  # "March 1, 2031 - - 06:15 GMT": the dashes the clock stood after
    text = re.sub(r"\s+(?:@\s+)?", " ", text)
    numbers = [int(n) for n in re.findall(r"\d+", text)[:2]]
    ambiguous = len(numbers) == 2 and numbers[0] != numbers[1] and max(numbers) <= 12
    if ambiguous and not re.search(r"[A-Za-z]{3}", text):
        return None  # "06/07/13": June or July
    try:
        day = parse_date(text, path, block.line)
    except InputError:
        return None
    return day[:10] if len(day) >= 10 else None


# A day in a page's address, as news sites print it: "/2013/07/21/", "/story/2013-07-21/", "_2013_07_21_" (a year and
# a month alone, "/2013/06/", names no day).
_URL_DAY = re.compile(r"[/_]((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=[/._-]|$)")


def url_day(url: str) -> str | None:
    """The article's day from its address, when the file gives no Date: and no dateline: the one day
    the address's path names ("/story/2013-07-21/..." -> "2013-07-21"); None for none, several, or a
    day no calendar has."""
    found = {m.group(1, 3, 4) for m in _URL_DAY.finditer(url.split("?")[0])}
    if len(found) != 1:
        return None
    year, month, day = (int(x) for x in found.pop())
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def build_article(
    path: Path, blocks: list[Block], meta: dict[str, str], rejected: Sequence[tuple[Block, str]] = ()
) -> Article:
    """Sift blocks into body paragraphs and dropped lines; the first heading may serve as title."""
    kept, dropped_blocks = sift(blocks)
    dropped = [Dropped(path.name, b.line, b.text, reason) for b, reason in dropped_blocks + list(rejected)]
    # A list's label run into its first item's line ("Story highlights Crews close the bridge"), cut.
    dropped += [Dropped(path.name, b.line, b.label, SUMMARY_LABEL_REASON) for b in kept if b.label]
    title = meta.get("title")
    # Without a Title: the first heading before any body text (datelines may come first) is the headline.
    first_body = kept[0] if kept else None
    for i, (block, reason) in enumerate(dropped_blocks):
        if title or (first_body and block.line > first_body.line):
            break
        if SECTION_LABEL.match(block.text):
            break  # a part of the page begins ("Story highlights"): its lines are no headline
        if reason == HEADING_REASON:
            title = block.text
            dropped[i] = Dropped(path.name, block.line, block.text, "headline (shown as the article title)")
    # A headline written as a sentence ("... Swimmer And Actress Dies Aged 91."): the first block of a
    # file that names no title, in title case and headline-short, with more text after it.
    # So is one without a closing stop above the article's dateline, at most a few lines of its deck
    # between ("Jury shown the moment ... / [deck] / PUBLISHED: 12 April 2031"; audit 155 found such
    # headlines aligned as sentences).
    stamped = next((blocks.index(b) for b, reason in dropped_blocks if reason == "dateline"), None)
    if (
        not title
        and len(kept) > 1
        and kept[0] is blocks[0]
        and not kept[0].part
        and (
            headline_case(kept[0].text)
            or (_unstopped(kept[0].text) and stamped is not None and 0 < stamped <= DECK_LINES + 1)
        )
        and len(kept[0].text.split()) <= HEADLINE_WORDS
    ):
        title = kept[0].text
        dropped.append(Dropped(path.name, kept[0].line, kept[0].text, "headline (shown as the article title)"))
        kept = kept[1:]
    dropped.sort(key=lambda d: d.line)
    date = (
        meta.get("date")
        or _dateline_day(path, [b for b, r in dropped_blocks if r == "dateline"])
        or url_day(meta.get("url") or "")
    )
    return Article(
        source=path.name,
        outlet=meta.get("outlet", ""),
        outlet_named=bool(meta.get("outlet")),
        paragraphs=[Paragraph(b.text, b.line, b.part) for b in kept],
        title=title,
        url=meta.get("url") or None,
        date=date or None,
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
    host = _hostname(article.url)
    return host.removeprefix("www.") if host else None


def _fingerprint(article: Article) -> set[str]:
    return {" ".join(p.text.lower().split()) for p in article.paragraphs}


def articles_inside(folder: Path) -> str:
    """What article files a folder holds at any depth, said for a warning ("2 article files in it, a.txt
    and b.md; ..."; "" when none): a story's articles sit in its own folder, so these would be lost. A
    browser's folder of a saved page's parts ("Page_files", "Page-Dateien") holds none to read."""
    if folder.name.endswith(("_files", "-Dateien", "_archivos", "_fichiers")):
        return ""
    found = sorted(
        p.relative_to(folder).as_posix()
        for p in itertools.islice(folder.rglob("*"), _LOOK_INSIDE)
        if p.is_file() and not p.is_symlink() and is_article_file(p)
    )
    if not found:
        return ""
    names = " and ".join(found) if len(found) <= 2 else f"{found[0]}, {found[1]} and {len(found) - 2} more"
    n = len(found)
    return f"{n} article file{'s' if n != 1 else ''} in it, {names}; put a story's articles in its own folder"


_LOOK_INSIDE = 1000  # entries of a folder inside a story looked at for article files


def read_story_articles(folder: Path) -> Reading:
    """Read every article in a story folder (sorted by file name) and label unnamed outlets.

    Problems are collected, not raised, so a user sees all of them at once.
    """
    reading = Reading()
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "_")) or path.name in ("story.toml", "corrections.toml"):  # read elsewhere
            continue
        if path.is_symlink():
            reading.warnings.append(InputError(path, SYMLINK_SKIPPED))
            continue
        if path.is_dir():
            held = articles_inside(path)
            if held:  # a saved page's own folder of parts ("Page_files") is no story
                reading.warnings.append(InputError(path, f"skipped: a folder inside a story is not read ({held})"))
            continue
        if not path.is_file():
            if file_type(path) in ARTICLE_SUFFIXES:
                reading.warnings.append(InputError(path, "skipped: not a regular file (a device, pipe or socket)"))
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
                InputError(
                    path, "no article text found (every line was a heading, page furniture or outside the article body)"
                )
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
                    # Two known outlets running the same copy (a wire story) is news, not an input error;
                    # the page says so, for its counts count the copy twice.
                    article.copy_of = other.outlet
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
