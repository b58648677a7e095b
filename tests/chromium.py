"""What the browser tests share: Debian's Chromium driven by Playwright, and a quiet local web server.

A test module calls ``require()`` at import: without Chromium (or another file it names) the module
is skipped, unless ``REQUIRE_BROWSER`` is set (CI), which makes it an error instead.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require(**files: Path) -> None:
    """Skip the calling module (or fail, under ``REQUIRE_BROWSER``) unless Chromium and ``files``
    (name: path, e.g. ``axe_core=...``) are installed."""
    needed = {"Chromium (apt-get install chromium)": Path(CHROMIUM)} | {
        f"{name.replace('_', '-')} (make test runs npm ci)": path for name, path in files.items()
    }
    missing = [name for name, path in needed.items() if not path.exists()]
    if not missing:
        return
    if os.environ.get("REQUIRE_BROWSER"):
        raise RuntimeError(f"REQUIRE_BROWSER is set but {missing[0]} is not installed")
    pytest.skip(f"{missing[0]} is not installed", allow_module_level=True)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """``directory`` served over HTTP on a free local port: yields the base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(directory)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


@contextmanager
def launch() -> Iterator[object]:
    """A headless Chromium (a Playwright ``Browser``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()
