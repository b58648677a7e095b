"""Every failure a user can cause is one line naming the file (and line), exit 2, no traceback;
and the data is what the file says: dates, encodings, story.toml values."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import InputError, StoryErrors
from generator.extract import extract_html
from generator.ingest import parse_date, read_article, read_text
from generator.pipeline import MAX_SENTENCES, prepare

from .conftest import ROOT, pelican_build

ARTICLE = "The Kremlin denied the report on Monday. Peskov called it false.\n"
OTHER = "Officials in Kyiv said they had not been told about any call.\n"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)


def story(tmp_path: Path, files: dict[str, str | bytes], name: str = "story") -> Path:
    folder = tmp_path / "content" / name
    folder.mkdir(parents=True)
    for file, data in files.items():
        (folder / file).write_bytes(data if isinstance(data, bytes) else data.encode())
    return folder


def errors_of(folder: Path) -> list[str]:
    with pytest.raises(StoryErrors) as caught:
        prepare(folder)
    return [str(e) for e in caught.value.errors]


def assert_one_line_error(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert any(expected in line for line in lines), result.stderr


# One line, naming the file.


def test_a_page_the_date_finder_chokes_on_is_read(tmp_path: Path):
    page = "<svg><div></div><p>" + "The Kremlin denied the report on Monday, officials said in Moscow. " * 3
    extracted = extract_html(page)  # an assertion inside lxml, via htmldate, before
    assert isinstance(extracted.paragraphs, list)
    f = tmp_path / "page.html"
    f.write_text(page)
    result = run_cli("extract", str(f))
    assert result.returncode == 0 and "Traceback" not in result.stderr


def test_a_bad_url_is_an_error_naming_the_line(tmp_path: Path):
    folder = story(tmp_path, {"a.md": "Title: A\nURL: http://[x/\n\nText of the article.\n", "b.txt": OTHER})
    assert errors_of(folder) == [f"{folder / 'a.md'}:2: URL 'http://[x/' is not a valid address"]


def test_a_bad_canonical_link_is_left_out(tmp_path: Path):
    page = (
        '<html><head><link rel="canonical" href="https://[bad/"><meta property="og:url" content="https://ok.example/a">'
        "</head><body><article><p>" + "The Kremlin denied the report on Monday, officials said. " * 4 + "</p>"
        "</article></body></html>"
    )
    assert extract_html(page).meta.get("url") == "https://ok.example/a"
    folder = story(tmp_path, {"a.html": page, "b.txt": OTHER})
    assert prepare(folder).articles[0].url == "https://ok.example/a"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("order = " + "9" * 5000, "not valid TOML"),
        ("order = nan", "order = nan is not a finite number"),
        ("order = inf", "order = inf is not a finite number"),
        ("order = 1e300", "is not a finite number of sensible size"),
        ("order = true", "order must be a number, not bool"),
        ("order = '3'", "order must be a number, not str"),
        ("title = [1, 2]", "title must be a string, not list"),
        ("description = 5", "description must be a string, not int"),
        ("title = '" + "x" * 500 + "'", "title is 500 characters long; at most 200"),
        ("title = ", "not valid TOML"),
    ],
)
def test_story_toml_values_are_type_checked(tmp_path: Path, toml: str, message: str):
    folder = story(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER, "story.toml": toml + "\n"})
    errors = errors_of(folder)
    assert len(errors) == 1 and errors[0].startswith(f"{folder / 'story.toml'}: ") and message in errors[0], errors
    assert "\n" not in errors[0]


def test_story_toml_that_is_a_folder(tmp_path: Path):
    folder = story(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER})
    (folder / "story.toml").mkdir()
    assert errors_of(folder) == [f"{folder / 'story.toml'}: is a folder, not a file"]


def test_good_story_toml_values(tmp_path: Path):
    folder = story(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER, "story.toml": "title = 'T'\norder = -2.5\nx = 1\n"})
    prepared = prepare(folder)
    assert prepared.story([]).order == -2.5 and prepared.story([]).title == "T"
    assert any("unknown key 'x' ignored" in w for w in prepared.warnings)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(tmp_path: Path):
    folder = story(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER})
    (folder / "a.txt").chmod(0)
    assert errors_of(folder) == [f"{folder / 'a.txt'}: cannot be read: Permission denied"]


def test_extract_a_missing_file(tmp_path: Path):
    assert_one_line_error(run_cli("extract", str(tmp_path / "missing.html")), "cannot be read: No such file")


def test_a_file_name_with_a_newline_is_one_line(tmp_path: Path):
    folder = story(tmp_path, {"bad\nname.txt": "", "b.txt": OTHER})
    result = pelican_build(tmp_path / "content", tmp_path / "out")
    assert_one_line_error(result, "bad\\nname.txt: file is empty")
    assert errors_of(folder) == [f"{folder}/bad\\nname.txt: file is empty"]


def test_an_input_error_read_in_a_worker_process_is_one_line(tmp_path: Path):
    # Two stories are read by two worker processes: the errors come back pickled, whole.
    folder = story(tmp_path, {"a.txt": "", "b.txt": OTHER})
    story(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER}, name="second")
    result = pelican_build(
        tmp_path / "content", tmp_path / "out", "-e", "DIGEST_WORKERS=2", "-e", "DIGEST_LEXICAL_ONLY=true"
    )
    assert_one_line_error(result, f"{folder / 'a.txt'}: file is empty")
    assert "internal error" not in result.stderr
    for err in (InputError(folder / "a.txt", "file is empty", 3), StoryErrors([InputError(folder, "no articles")])):
        again = pickle.loads(pickle.dumps(err))
        assert type(again) is type(err) and str(again) == str(err)


def test_articles_outside_a_story_folder_are_named_not_lost(tmp_path: Path):
    story(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER})
    story(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER}, name="2024/ferry")  # stories sorted by year
    (tmp_path / "content" / "notes.txt").write_text(ARTICLE)
    result = pelican_build(tmp_path / "content", tmp_path / "out", "-e", "DIGEST_LEXICAL_ONLY=true")
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    content = tmp_path / "content"
    assert (
        f"warning: {content / '2024'}: skipped: a folder, not a story (2 article files in it, ferry/a.txt and "
        "ferry/b.txt; put a story's articles in its own folder)" in warnings
    )
    assert f"warning: {content / 'notes.txt'}: skipped: an article outside a story; put it in its story's folder" in (
        warnings
    )


def test_a_story_of_page_furniture_only_is_an_error_naming_it(tmp_path: Path):
    folder = story(tmp_path, {"a.txt": "Advertisement\nRead more\n", "b.txt": "Subscribe now\n"})
    story(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER}, name="second")
    result = pelican_build(tmp_path / "content", tmp_path / "out", "-e", "DIGEST_LEXICAL_ONLY=true")
    assert_one_line_error(result, f"{folder}: no article text in any file (each is empty, headings or page furniture)")
    assert "internal error" not in result.stderr


def test_a_story_too_big_to_compare_is_refused_by_name(tmp_path: Path):
    big = "\n".join(f"Sentence {i} says the council met on day {i}." for i in range(MAX_SENTENCES + 10))
    folder = story(tmp_path, {"a.txt": big, "b.txt": OTHER})
    result = pelican_build(tmp_path / "content", tmp_path / "out", "-e", "DIGEST_LEXICAL_ONLY=true")
    assert_one_line_error(result, f"{folder / 'a.txt'}: the story has 4,011 sentences (a.txt 4,010, b.txt 1)")
    assert not (tmp_path / "out").exists()


# What the file says.


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-11", "2024-11-11"),
        ("March 2024", "2024-03"),
        ("2024", "2024"),
        ("11 Nov 2024 09:30 +0000", "2024-11-11T09:30:00+00:00"),
        ("2024-11-11T00:00:00", "2024-11-11"),
    ],
)
def test_dates_are_what_the_file_says(value: str, expected: str):
    assert parse_date(value, Path("a.md"), 3) == expected


@pytest.mark.parametrize("value", ["March", "11 March", "Monday", "the day after tomorrow", "9" * 5000])
def test_a_date_without_a_year_is_an_error(value: str):
    with pytest.raises(InputError) as caught:
        parse_date(value, Path("a.md"), 3)
    assert str(caught.value).startswith("a.md:3: Date ") and len(str(caught.value)) < 200


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_with_a_byte_order_mark(tmp_path: Path, codec: str):
    f = tmp_path / "a.txt"
    text = "Le président a déclaré que la réunion était terminée. Ça suffit.\n"
    bom = {"utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00"}.get(codec, b"")
    f.write_bytes(bom + text.encode(codec))
    assert read_text(f) == text


def test_nul_bytes_anywhere_are_refused(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode() * 300 + b"\x00<script>" + ARTICLE.encode())
    with pytest.raises(InputError, match="looks binary"):
        read_text(f)
    f.write_bytes(b"\xff\xfe" + "Text \x00 with a NUL.".encode("utf-16-le"))
    with pytest.raises(InputError, match="NUL characters"):
        read_text(f)


def test_western_text_is_read_as_cp1252_and_the_warning_says_so(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_bytes("Il était déjà là, à l’hôtel — « voilà » : 5 €.\n".encode("cp1252"))
    article = read_article(f)
    assert article.paragraphs[0].text == "Il était déjà là, à l’hôtel — « voilà » : 5 €."
    assert article.warnings == ["not UTF-8: read as cp1252 (Western European), a guess; save it as UTF-8 to be sure"]
    f.write_bytes("déjà vu".encode("latin-1"))
    assert read_text(f) == "déjà vu"


def test_non_western_legacy_text_is_still_detected(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_bytes("Кремль опроверг сообщения о телефонном разговоре президентов.\n".encode("cp1251"))
    warnings: list[str] = []
    assert read_text(f, warnings).startswith("Кремль опроверг")
    assert "(detected)" in warnings[0]


def test_a_sentence_without_full_stops_is_refused_by_line(tmp_path: Path):
    words = " ".join(["council", "fire", "crews", "met"] * 150)
    folder = story(tmp_path, {"a.txt": ARTICLE + words + "\n", "b.txt": OTHER})
    (error,) = errors_of(folder)
    assert error.startswith(f"{folder / 'a.txt'}:2: a sentence of 600 words (3,") and "at most 400 words" in error


def test_too_much_word_by_word_comparison_is_refused_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from generator import pipeline

    folder = story(tmp_path, {"a.txt": ARTICLE, "b.txt": ARTICLE.replace("Monday", "Tuesday"), "c.txt": OTHER})
    prepared = prepare(folder)
    assert 0 < pipeline.diff_work(pipeline.align(prepared, None).claims) < 1000
    monkeypatch.setattr(pipeline, "MAX_DIFF_WORK", 10)
    with pytest.raises(StoryErrors) as caught:
        pipeline.align(prepared, None)
    assert str(caught.value).startswith(f"{folder}: the claims' wordings are too long to compare word by word")
