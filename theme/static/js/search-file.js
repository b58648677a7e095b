// Search page, opened from a file: browsers block the search module (theme/js/search.js) there, and
// the page would answer a query with nothing at all. This plain script, which they do run, says why
// as soon as the page opens (an audit read the page as promising a search that could not run), and
// keeps what was typed in the box.
if (location.protocol === "file:") {
  const query = (new URLSearchParams(location.search).get("q") || "").trim();
  const input = document.getElementById("site-q");
  if (input && query) input.value = query;
  document.getElementById("results").textContent =
    (query ? "Nothing was searched for \u201c" + query + "\u201d: search" : "Search") +
    " cannot run on a page opened from a file on your computer (browsers block its index there): " +
    "open the site from a web server, or use your browser's \u201cFind in page\u201d on the list below.";
}
