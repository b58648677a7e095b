"""Adversarial builds: symbolic links, failures and kills mid-build, concurrent builds.

Every build here is a real Pelican build (lexical similarity only, to be quick) into temporary folders.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SEED_STORY, pelican_build

SECRET = "TOP-SECRET-LINE-0xC0FFEE outside the content folder."
LEXICAL = ("-e", "DIGEST_LEXICAL_ONLY=true")


def one_line(text: str) -> str:
    return " ".join(text.split())


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def make_content(tmp_path: Path, name: str = "content") -> Path:
    content = tmp_path / name
    shutil.copytree(SEED_STORY, content / SEED_STORY.name)
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    return content


def build(content: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return pelican_build(content, out, *LEXICAL, *extra)


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith((f"{out.name}.tmp-", f"{out.name}.old-")))


# 1. Nothing outside the content folder is read.


def test_symlinked_files_and_folders_are_skipped_with_a_warning(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET + "\n")
    (outside / "story").mkdir()
    (outside / "story" / "a.txt").write_text(SECRET + "\n")
    (outside / "story" / "b.txt").write_text("Another outlet's line, also outside.\n")
    content = make_content(tmp_path)
    story = content / SEED_STORY.name
    (story / "leak.txt").symlink_to(outside / "secret.txt")
    (story / "story.toml").unlink()
    (story / "story.toml").symlink_to("/dev/zero")  # a device behind a link: never read
    (content / "linked-story").symlink_to(outside / "story", target_is_directory=True)
    out = tmp_path / "out"
    result = build(content, out)
    log = one_line(result.stdout + result.stderr)
    assert result.returncode == 0, log
    assert "Traceback" not in log
    assert f"{story / 'leak.txt'}: skipped: a symbolic link" in log
    assert log.count(f"{story / 'story.toml'}: skipped: a symbolic link") == 1
    assert f"{content / 'linked-story'}: skipped: a symbolic link" in log
    assert not (out / "linked-story").exists()
    for name, data in tree(out).items():
        assert b"TOP-SECRET" not in data, name


@pytest.mark.parametrize("where", ["pages/leak.md", "pages", "static/leak.css"])
def test_symlinks_where_pelican_reads_are_refused(tmp_path: Path, where: str):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "leak.md").write_text(f"Title: Leak\n\n{SECRET}\n")
    content = make_content(tmp_path)
    link = content / where
    if where == "pages":
        shutil.rmtree(link)
        link.symlink_to(outside, target_is_directory=True)
    else:
        link.parent.mkdir(exist_ok=True)
        link.symlink_to(outside / "leak.md")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.html").write_text("previous build")
    result = build(content, out)
    log = one_line(result.stdout + result.stderr)
    assert result.returncode == 2, log
    assert f"error: {link}: is a symbolic link" in log and "Traceback" not in log
    assert tree(out) == {"keep.html": b"previous build"}


def test_a_story_file_is_read_only_if_regular_and_small(tmp_path: Path):
    from generator.errors import InputError
    from generator.ingest import read_story_articles, read_text

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_text(fifo)  # would block for ever if opened for reading
    reading = read_story_articles(tmp_path)
    assert [str(w) for w in reading.warnings] == [f"{fifo}: skipped: not a regular file (a device, pipe or socket)"]
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)
    with pytest.raises(InputError, match="cannot be read: No such file"):
        read_text(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(2 * 1024**3)  # 2 GB, sparse: refused by its size, before any read
    with pytest.raises(InputError, match="file is 2097152 KiB"):
        read_text(big)


# 2. Atomic output.


def test_a_failure_after_the_input_check_leaves_the_previous_site_whole(tmp_path: Path):
    content = make_content(tmp_path)
    out = tmp_path / "out"
    assert build(content, out).returncode == 0
    before = tree(out)
    (content / "pages" / "bad.md").write_text("Title: Bad\nDate: not a date at all\n\nText.\n")
    result = build(content, out)
    log = one_line(result.stdout + result.stderr)
    assert result.returncode == 2, log
    assert "Could not process pages/bad.md" in log and "Traceback" not in log
    assert tree(out) == before
    assert leftovers(out) == []


def test_a_failure_while_aligning_publishes_nothing(tmp_path: Path):
    content = make_content(tmp_path)
    out = tmp_path / "out"
    assert build(content, out).returncode == 0
    before = tree(out)
    cache = tmp_path / "cache-is-a-file"
    cache.write_text("not a folder")
    result = pelican_build(content, out, "-e", f'DIGEST_CACHE_DIR="{cache}"', 'DIGEST_MODEL="/nonexistent/model"')
    log = one_line(result.stdout + result.stderr)
    assert result.returncode == 2 and "Traceback" not in log, log
    assert "error: model /nonexistent/model: the embedding model cannot be loaded" in log
    assert f"{cache}/embeddings.sqlite3: the cache folder cannot be made" in log
    assert tree(out) == before and leftovers(out) == []


def _start(content: Path, out: Path) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "pelican", str(content), "-o", str(out), "-s", str(ROOT / "pelicanconf.py")]
    cmd += ["--fatal", "errors", "-e", f'THEME="{ROOT / "theme"}"', *LEXICAL]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_build_killed_at_any_moment_leaves_a_whole_site(tmp_path: Path):
    content = make_content(tmp_path)
    out = tmp_path / "out"
    assert build(content, out).returncode == 0
    old = tree(out)
    changed = make_content(tmp_path, "changed")
    (changed / SEED_STORY.name / "zz.txt").write_text("A new outlet reported that the call did not happen.\n")
    reference = tmp_path / "reference"
    assert build(changed, reference).returncode == 0
    new = tree(reference)
    assert new != old
    seen_new = False
    for delay in (0.2, 0.6, 1.0, 1.3, 1.6, 2.0, 2.5, 3.5):
        proc = _start(changed, out)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        now = tree(out)
        assert now in (old, new), f"a partial site after a kill at {delay} s"
        seen_new |= now == new
        if now == new:  # start again from the old site, so every kill is tried against it
            assert build(content, out).returncode == 0
    # The next build tidies what the killed ones left beside the output folder.
    assert build(changed, out).returncode == 0
    assert tree(out) == new and leftovers(out) == []


def test_two_builds_at_once_are_serialised(tmp_path: Path):
    first = make_content(tmp_path, "first")
    second = make_content(tmp_path, "second")
    (second / SEED_STORY.name / "zz.txt").write_text("A new outlet reported that the call did not happen.\n")
    refs = []
    for content in (first, second):
        ref = tmp_path / f"ref-{content.name}"
        assert build(content, ref).returncode == 0
        refs.append(tree(ref))
    out = tmp_path / "out"
    for _ in range(2):
        procs = [_start(c, out) for c in (first, second, first)]
        results = [(*p.communicate(timeout=600), p.returncode) for p in procs]
        assert all(rc == 0 for _, _, rc in results), results
        assert tree(out) in refs
        assert leftovers(out) == []


# 4. A checked cache: the same site whatever state the cache is in.


def test_a_damaged_cache_gives_the_same_site_as_a_fresh_one(tmp_path: Path):
    import sqlite3

    content = make_content(tmp_path)
    cache = tmp_path / "cache"
    with_cache = ("-e", f'DIGEST_CACHE_DIR="{cache}"')
    reference = tmp_path / "reference"
    result = pelican_build(content, reference, *with_cache)
    assert result.returncode == 0, result.stderr
    expected = tree(reference)
    db = cache / "embeddings.sqlite3"
    with sqlite3.connect(db) as con:
        keys = [k for (k,) in con.execute("SELECT key FROM vectors ORDER BY key")]
        con.executemany("UPDATE vectors SET vec = substr(vec, 1, 700) WHERE key = ?", [(k,) for k in keys[::3]])
        con.executemany("UPDATE vectors SET vec = randomblob(1536) WHERE key = ?", [(k,) for k in keys[1::3]])
    out = tmp_path / "out"
    shutil.rmtree(cache / "stories")  # aligned stories are cached too: make the build read the vectors
    result = pelican_build(content, out, *with_cache)
    assert result.returncode == 0, result.stderr
    assert tree(out) == expected
    db.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)  # a malformed database
    shutil.rmtree(cache / "stories")
    result = pelican_build(content, out, *with_cache)
    log = one_line(result.stdout + result.stderr)
    assert result.returncode == 0, log
    assert "the cache was damaged" in log and "Traceback" not in log
    assert tree(out) == expected
    result = pelican_build(content, out, *with_cache)  # and the rebuilt cache serves the next build
    assert result.returncode == 0 and "damaged" not in result.stderr
    assert tree(out) == expected


def test_a_page_cannot_include_a_file_from_outside(tmp_path: Path):
    outside = tmp_path / "secret.txt"
    outside.write_text(SECRET + "\n")
    content = make_content(tmp_path)
    (content / "pages" / "inc.rst").write_text(f"Included\n########\n\n.. include:: {outside}\n\nAfter.\n")
    out = tmp_path / "out"
    result = build(content, out)
    log = one_line(result.stdout + result.stderr)
    assert result.returncode == 2 and "Could not process pages/inc.rst" in log and "Traceback" not in log, log
    assert not out.exists()


def test_output_retention_survives_the_swap(tmp_path: Path):
    content = make_content(tmp_path)
    out = tmp_path / "out"
    (out / ".git").mkdir(parents=True)
    (out / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (out / "stale.html").write_text("old")
    result = build(content, out, "-e", 'OUTPUT_RETENTION=[".git"]')
    assert result.returncode == 0, result.stderr
    assert (out / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert not (out / "stale.html").exists() and (out / "index.html").exists()


def test_a_swap_interrupted_between_its_two_renames_is_undone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from generator import output

    out = tmp_path / "out"
    (out / "old").mkdir(parents=True)
    build = output.AtomicOutput(out)
    (build.begin() / "new.html").write_text("new")
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)  # a system without renameat2
    build.finish()
    assert sorted(p.name for p in out.iterdir()) == ["new.html"] and leftovers(out) == []
    # Killed after the first rename: the output folder is aside; the next build puts it back.
    aside = tmp_path / "out.old-x1"
    aside.mkdir()
    out.rename(aside / "site")
    (tmp_path / "out.tmp-x2").mkdir()
    again = output.AtomicOutput(out)
    again.begin()
    assert (out / "new.html").read_text() == "new"
    again.abandon()
    assert leftovers(out) == [] and (out / "new.html").exists()


def test_an_internal_error_is_one_line_naming_the_trace_file(tmp_path: Path):
    content = make_content(tmp_path)
    out = tmp_path / "out"
    assert build(content, out).returncode == 0
    before = tree(out)
    result = build(content, out, "-e", 'DIGEST_BLEND="not a blend"')  # a setting of the wrong type: a bug's stand-in
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    (line,) = [line for line in result.stderr.splitlines() if "internal error" in line]
    assert line.startswith("internal error while aligning ") and "AttributeError" in line
    trace = Path(line.split("the full trace is in ", 1)[1].rstrip(")"))
    assert "Traceback (most recent call last)" in trace.read_text()
    trace.unlink()
    assert tree(out) == before and leftovers(out) == []
