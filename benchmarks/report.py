"""Shared by the benchmark scripts: print a report as JSON and keep a copy if asked."""

from __future__ import annotations

import json
from pathlib import Path


def emit(report: dict, out: Path | None) -> int:
    """Print ``report`` as indented JSON; also write it to ``out`` when given. Returns 0 (exit code)."""
    text = json.dumps(report, indent=2)
    print(text)
    if out:
        out.write_text(text + "\n")
    return 0
