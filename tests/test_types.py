"""The generator's type hints hold: mypy, configured in pyproject.toml, finds no error."""

from __future__ import annotations

import os

from mypy import api

from .conftest import ROOT


def test_the_generator_type_checks():
    cwd = os.getcwd()
    os.chdir(ROOT)  # the configuration's paths are the project's
    try:
        out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml")])
    finally:
        os.chdir(cwd)
    assert status == 0, out + err
