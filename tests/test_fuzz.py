"""Fuzzing (hypothesis): readers, splitter, extraction and the whole build never fail with anything
but a one-line input error, whatever the bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import InputError, StoryErrors
from generator.extract import read_html_article
from generator.ingest import decode_text, read_article
from generator.pipeline import prepare, story_meta
from generator.segment import split_sentences

from .conftest import SEED_FILES, pelican_build

FUZZ = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Bytes that look like what people save: text in several encodings, marks, markup, headers, NULs.
snippets = st.sampled_from(
    [
        b"Title: X\n", b"Date: March\n", b"Date: 2024-11-11\n", b"URL: http://[x/\n", b"Outlet: O\n", b"\n", b"\n\n",
        b"The Kremlin denied it. ", b"Mr. Smith", b"U.S. ", b"...", b"." * 60, b"\xe2\x80\xa6", b"!\" ", b"\x00",
        b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xe9", b"\xc3\xa9", b"<div>", b"</div>", b"<svg>", b"<p>",
        b"<script>x</script>", b"# Heading\n", b"- item\n", b"    code\n", b"<", b">", b"&amp;", b"\r\n", b"\t",
    ]
)  # fmt: skip
fuzzed_bytes = st.one_of(
    st.binary(max_size=300), st.lists(st.one_of(snippets, st.binary(max_size=8)), max_size=40).map(b"".join)
)


@FUZZ
@given(fuzzed_bytes, st.sampled_from(["a.txt", "a.md", "a.html", "a.htm"]))
def test_readers_fail_only_with_an_input_error(tmp_path: Path, data: bytes, name: str):
    f = tmp_path / name
    f.write_bytes(data)
    try:
        article = read_article(f)
    except InputError as err:
        assert "\n" not in str(err) and str(err).startswith(str(f))
        return
    for paragraph in article.paragraphs:
        assert "\x00" not in paragraph.text
        assert split_sentences(paragraph.text)


@FUZZ
@given(fuzzed_bytes)
def test_decoding_never_passes_nul_through(data: bytes):
    try:
        text = decode_text(Path("a.txt"), data)
    except InputError:
        return
    assert "\x00" not in text and text.strip()


@FUZZ
@given(st.text(max_size=400))
def test_the_splitter_keeps_every_character(text: str):
    sentences = split_sentences(text)
    assert "".join("".join(s.split()) for s in sentences) == "".join(text.split())
    assert all(s == s.strip() and s for s in sentences)


tags = st.sampled_from(["div", "p", "svg", "article", "td", "table", "li", "span", "h1", "script", "template"])
fragment = st.recursive(
    st.sampled_from(["The Kremlin denied the report on Monday.", "Advertisement", "…", "&amp;", "<", "x", ""]),
    lambda inner: st.tuples(tags, st.lists(inner, max_size=4), st.booleans()).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}" + (f"</{t[0]}>" if t[2] else "")
    ),
    max_leaves=30,
)


@FUZZ
@given(st.lists(fragment, max_size=5).map("".join), st.booleans())
def test_extraction_fails_only_with_an_input_error(tmp_path: Path, body: str, wrapped: bool):
    page = f"<html><head><title>t</title></head><body>{body}</body></html>" if wrapped else body
    try:
        article = read_html_article(tmp_path / "a.html", page)
    except InputError as err:
        assert "\n" not in str(err)
        return
    assert all("<script" not in p.text for p in article.paragraphs)


@FUZZ
@given(st.text(max_size=200))
def test_story_toml_never_crashes(tmp_path: Path, toml: str):
    folder = tmp_path / "s"
    folder.mkdir(exist_ok=True)
    (folder / "story.toml").write_text(toml, encoding="utf-8", errors="surrogatepass")
    errors: list[InputError] = []
    meta = story_meta(folder, errors)
    assert isinstance(meta.get("title", ""), str)  # without one, the title comes from the folder's name
    order = meta.get("order")
    assert order is None or (isinstance(order, float) and abs(order) <= 1e15)


@settings(max_examples=6, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["x.txt", "y.md", "z.html", "story.toml"]), fuzzed_bytes), max_size=3))
def test_the_whole_build_is_exit_0_or_2_and_never_a_partial_site(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("build")
    story = root / "content" / "story"
    story.mkdir(parents=True)
    for f in SEED_FILES[:2]:
        shutil.copy(f, story / f.name)
    out = root / "out"
    first = pelican_build(root / "content", out, "-e", "DIGEST_LEXICAL_ONLY=true")
    assert first.returncode == 0, first.stderr
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    for name, data in files:
        (story / name).write_bytes(data)
    try:
        prepare(story)
        expected = 0
    except StoryErrors:
        expected = 2
    result = pelican_build(root / "content", out, "-e", "DIGEST_LEXICAL_ONLY=true")
    assert result.returncode == expected, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    if expected == 2:
        assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
        assert all(line.startswith(("error:", " ", "[", "warning:")) for line in result.stderr.splitlines())
