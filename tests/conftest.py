"""Shared fixtures: the seed story, one embedder per session, and a real Pelican build of the site."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from generator.embed import Embedder

# Property tests check what an algorithm gives, never how fast: a first example that waits on a cold
# cache or a busy machine is no failure (speed is measured by benchmarks/speed.py and the like).
settings.register_profile("digest", deadline=None)
settings.load_profile("digest")

ROOT = Path(__file__).resolve().parent.parent
SEED_STORY = ROOT / "content" / "kremlin-denies-trump-putin-call"
SEED_FILES = sorted(SEED_STORY.glob("*.txt"))
# The scripts the site has: the search page's own (theme/static/js/search.js, and search-file.js, which
# says why a page opened from a file cannot search), never from input.
_OWN_SCRIPT = re.compile(
    r'<script type="module" src="[^"<>]*/theme/js/search\.js"></script>'
    r'|<script src="[^"<>]*/theme/js/search-file\.js"></script>'
)


def own_script(html: str) -> str:
    """The page without the search page's own script tags (which must appear only as written here)."""
    return _OWN_SCRIPT.sub("", html)


@pytest.fixture(scope="session")
def embedder(tmp_path_factory: pytest.TempPathFactory) -> Embedder:
    return Embedder(cache_dir=ROOT / ".cache" / "digest")


@pytest.fixture()
def seed_folder(tmp_path: Path) -> Path:
    """A story folder holding only the five seed .txt files (no metadata at all)."""
    folder = tmp_path / "seed-story"
    folder.mkdir()
    for f in SEED_FILES:
        shutil.copy(f, folder / f.name)
    return folder


def pelican_build(content: Path, output: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run a real Pelican build with the project's settings and theme, failing on any error."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(content),
            "-o",
            str(output),
            "-s",
            str(ROOT / "pelicanconf.py"),
            "--fatal",
            "errors",
            "-e",
            f'THEME="{ROOT / "theme"}"',
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


SITE_SETTINGS = ("DIGEST_SEARCH_BUNDLE_STORIES=1",)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's own content built into a temporary folder; one story per search bundle, so the
    browser tests search across merged Pagefind bundles as a big site's readers do."""
    out = tmp_path_factory.mktemp("site")
    result = pelican_build(ROOT / "content", out, *SITE_SETTINGS)
    assert result.returncode == 0, result.stdout + result.stderr
    return out
