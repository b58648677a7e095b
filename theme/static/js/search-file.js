// Search page, opened from a file: browsers block the search module (theme/js/search.js) there, and
// the page would answer a query with nothing at all. This plain script, which they do run, says why.
if (location.protocol === "file:" && new URLSearchParams(location.search).get("q")) {
  document.getElementById("results").textContent =
    "Search cannot run on a page opened from a file (browsers block its index there): serve the site, " +
    "for example with make devserver, or use your browser's \u201cFind in page\u201d on the list below.";
}
