"""Pelican settings for publishing (``make publish``), e.g. to GitHub Pages."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

# Relative links work from any folder, including a GitHub Pages project site (user.github.io/repo/).
SITEURL = os.environ.get("SITEURL", "")
RELATIVE_URLS = not SITEURL
DELETE_OUTPUT_DIRECTORY = True
