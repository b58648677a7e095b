"""The generator's type hints hold: mypy, configured in pyproject.toml, finds no error."""

from __future__ import annotations

from mypy import api

from .conftest import ROOT


def test_the_generator_type_checks():
    settings = ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".cache" / "mypy")]
    out, err, status = api.run([*settings, str(ROOT / "generator")])
    assert status == 0, out + err
