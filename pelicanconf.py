"""Pelican settings for a local preview (``make html``)."""

SITENAME = "Story Digest"
SITESUBTITLE = "How different outlets told the same story, claim by claim"
AUTHOR = "Story Digest"
SITEURL = ""
RELATIVE_URLS = True
PATH = "content"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

# The digest: every folder under content/ with article files is a story (see README.md).
# pelican_plugin writes the stories; search adds a search page and a Pagefind index of them (after
# the pages are written: keep it after pelican_plugin); summary prints progress and the closing line.
PLUGINS = ["generator.pelican_plugin", "generator.search", "generator.summary"]
DIGEST_SEARCH = True
DIGEST_MODEL = "all-MiniLM-L6-v2-mrpc"
DIGEST_CACHE_DIR = ".cache/digest"

# Outlet files are read by the digest plugin only, never by Pelican's own readers.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS = ["pages"]
# A reStructuredText page may not pull in other files (`.. include:: /etc/passwd`) or raw markup.
DOCUTILS_SETTINGS = {"file_insertion_enabled": False, "raw_enabled": False}
STATIC_PATHS = ["static"]
DIRECT_TEMPLATES: list[str] = []

# No blog scaffolding: no feeds, tags, categories, authors or archives.
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
ARTICLE_SAVE_AS = ""
DRAFT_SAVE_AS = ""
# Each build starts from an empty folder, so a claim page whose claim is gone is not left behind.
# The digest plugin builds into a fresh folder beside output/ and swaps it in only when the build is
# complete (generator/output.py): a failed or killed build leaves the previous output whole.
DELETE_OUTPUT_DIRECTORY = True
PAGE_URL = "{slug}.html"
PAGE_SAVE_AS = "{slug}.html"

JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
DEFAULT_PAGINATION = False
