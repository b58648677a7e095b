"""Incremental and parallel builds: real Pelican builds, compared byte for byte with cold ones."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.incremental import generator_version, settings_key, story_key
from generator.pipeline import DEFAULT_BLEND, SENTENCE_BLEND

from .conftest import ROOT, pelican_build
from .test_robustness import LEXICAL, make_content, tree

OTHER_STORY = ROOT / "content" / "waitrose-wellington-fire"


def site(tmp_path: Path) -> Path:
    content = make_content(tmp_path)
    shutil.copytree(OTHER_STORY, content / OTHER_STORY.name)
    return content


def build(content: Path, out: Path, cache: Path, *extra: str) -> str:
    result = pelican_build(content, out, *LEXICAL, f'DIGEST_CACHE_DIR="{cache}"', *extra)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def cold(content: Path, tmp_path: Path, name: str, *extra: str) -> dict[str, bytes]:
    """The site built from nothing: an empty output folder and an empty cache."""
    build(content, tmp_path / f"{name}-out", tmp_path / f"{name}-cache", *extra)
    return tree(tmp_path / f"{name}-out")


def test_an_unchanged_rebuild_reuses_everything_and_is_byte_identical(tmp_path: Path):
    content = site(tmp_path)
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = build(content, out, cache)
    assert "unchanged since an earlier build" not in first
    before = tree(out)
    again = build(content, out, cache)
    assert "2 of 2 stories unchanged since an earlier build" in again
    assert "aligning" not in again
    assert "unchanged, kept from the previous build" in again
    assert tree(out) == before


def test_a_rebuild_after_an_edit_equals_a_cold_build_and_drops_pages_of_claims_gone(tmp_path: Path):
    content = site(tmp_path)
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(content, out, cache)
    before = tree(out)
    story = content / "kremlin-denies-trump-putin-call"
    removed = sorted(story.glob("*.txt"))[-1]
    removed.unlink()  # an outlet gone: the claims only it told go too
    log = build(content, out, cache)
    assert "1 of 2 stories unchanged" in log and "aligning kremlin-denies-trump-putin-call" in log
    after = tree(out)
    assert after == cold(content, tmp_path, "reference")
    gone = {p for p in before if p.startswith(story.name + "/") and p.endswith(".html")} - set(after)
    assert gone, "some claim told only by the removed outlet had a page"
    assert all(not (out / p).exists() for p in gone)
    # The other story's pages were kept, not written again.
    assert "unchanged, kept from the previous build" in log


def test_corrections_and_settings_are_part_of_the_key(tmp_path: Path):
    content = site(tmp_path)
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(content, out, cache)
    # A setting every page shows.
    build(content, out, cache, "-e", 'SITENAME="Another digest"')
    assert tree(out) == cold(content, tmp_path, "renamed", "-e", 'SITENAME="Another digest"')
    # An editor's correction (one that does not apply is an error: the file is read, not skipped).
    (content / "kremlin-denies-trump-putin-call" / "corrections.toml").write_text(
        '[[split]]\nclaim = "no-such-claim"\n'
    )
    result = pelican_build(content, out, *LEXICAL, f'DIGEST_CACHE_DIR="{cache}"')
    assert result.returncode == 2, result.stdout + result.stderr


def test_the_story_key_covers_every_file_the_settings_and_the_version(tmp_path: Path):
    folder = tmp_path / "story"
    shutil.copytree(OTHER_STORY, folder)
    settings = settings_key({}, "all-MiniLM-L6-v2", repr(DEFAULT_BLEND), False)
    key = story_key(folder, settings)
    assert story_key(folder, settings) == key
    assert story_key(folder, settings_key({}, "all-MiniLM-L6-v2", repr(SENTENCE_BLEND), False)) != key
    assert story_key(folder, settings_key({}, "other-model", repr(DEFAULT_BLEND), False)) != key
    for name in ("corrections.toml", "story.toml"):
        (folder / name).write_text("# an edit\n")
        assert story_key(folder, settings) != key
        key = story_key(folder, settings)
    article = sorted(folder.glob("*.*"))[0]
    article.write_bytes(article.read_bytes() + b" ")
    assert story_key(folder, settings) != key
    assert len(generator_version()) == 64


def test_a_damaged_story_cache_is_recomputed(tmp_path: Path):
    content = site(tmp_path)
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(content, out, cache)
    before = tree(out)
    for entry in (cache / "stories").glob("*.pickle"):
        entry.write_bytes(entry.read_bytes()[:100])
    (cache / "pages").mkdir(exist_ok=True)
    for record in (cache / "pages").glob("*.json"):
        record.write_text("{not json")
    log = build(content, out, cache)
    assert "unchanged since an earlier build" not in log
    assert tree(out) == before


def test_parallel_and_serial_builds_are_identical(tmp_path: Path):
    content = site(tmp_path)
    shutil.copytree(ROOT / "content" / "esther-williams-dies", content / "esther-williams-dies")
    serial = tree_of(content, tmp_path, "serial", "DIGEST_WORKERS=1")
    parallel = tree_of(content, tmp_path, "parallel", "DIGEST_WORKERS=3")
    assert serial == parallel


def tree_of(content: Path, tmp_path: Path, name: str, *settings: str) -> dict[str, bytes]:
    log = build(content, tmp_path / f"{name}-out", tmp_path / f"{name}-cache", *settings)
    assert "[3/3]" in log and "digest: 3 stories" in log
    return tree(tmp_path / f"{name}-out")


def test_parallel_build_with_the_model_matches_a_serial_one(tmp_path: Path):
    """With the embedding model (its vectors from a shared cache, so the test is quick)."""
    content = site(tmp_path)
    shared = ROOT / ".cache" / "digest"
    results = {}
    for workers in (1, 2):
        cache = tmp_path / f"cache-{workers}"
        cache.mkdir()
        for name in ("embeddings.sqlite3", "parses.json"):
            if (shared / name).exists():
                shutil.copy(shared / name, cache / name)
        out = tmp_path / f"out-{workers}"
        result = pelican_build(content, out, "-e", f'DIGEST_CACHE_DIR="{cache}"', f"DIGEST_WORKERS={workers}")
        assert result.returncode == 0, result.stdout + result.stderr
        results[workers] = tree(out)
    assert results[1] == results[2]


def test_an_edit_indexes_again_only_the_search_bundle_of_its_story(tmp_path: Path):
    """One story per Pagefind bundle: after an edit, the other story's bundle is the previous build's
    files (the same inodes, linked, not indexed again), and the site equals a cold build."""
    content = site(tmp_path)
    out, cache = tmp_path / "out", tmp_path / "cache"
    one = "DIGEST_SEARCH_BUNDLE_STORIES=1"
    build(content, out, cache, one)
    assert (out / "pagefind" / "pagefind-entry.json").exists() and (out / "pagefind-1" / "pagefind-entry.json").exists()

    def inodes(folder: str) -> dict[str, int]:
        return {p.relative_to(out).as_posix(): p.stat().st_ino for p in (out / folder).rglob("*") if p.is_file()}

    kept, edited = inodes("pagefind-1"), inodes("pagefind")  # waitrose-wellington-fire, kremlin-...
    article = sorted((content / "kremlin-denies-trump-putin-call").glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\n\nPeskov added that the weather was fine.\n")
    log = build(content, out, cache, one)
    assert "1 of 2 stories unchanged" in log
    assert inodes("pagefind-1") == kept
    assert set(inodes("pagefind").values()).isdisjoint(edited.values())
    assert tree(out) == cold(content, tmp_path, "reference", one)
