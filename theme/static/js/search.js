// Search page: runs the query in ?q= against the site's Pagefind bundles (output/pagefind/, pagefind-1/, ...,
// listed in data-bundles: the stories are shared out among them) and lists the pages found.
// This file is theme/js/search.js: the site's root is two folders up, wherever the site is served.
const base = new URL("../../", import.meta.url);
const query = (new URLSearchParams(location.search).get("q") || "").trim();
const out = document.getElementById("results");
const input = document.getElementById("site-q");
if (input) input.value = query;
function excerpt(html) {
  // Pagefind's excerpt marks the words found with <mark>; keep those and plain text only.
  const template = document.createElement("template");
  template.innerHTML = html;
  const p = document.createElement("p");
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") { const m = document.createElement("mark"); m.textContent = node.textContent; p.append(m); }
    else p.append(document.createTextNode(node.textContent));
  }
  return p;
}
async function run() {
  out.textContent = "Searching…";
  try {
    const bundles = (out.dataset.bundles || "pagefind").split(" ").filter(Boolean);
    const pagefind = await import(new URL(`${bundles[0]}/pagefind.js`, base).href);
    await pagefind.options({ baseUrl: base.pathname });
    for (const other of bundles.slice(1)) {
      await pagefind.mergeIndex(new URL(`${other}/`, base).pathname, { baseUrl: base.pathname });
    }
    const search = await pagefind.search(query);
    const shown = await Promise.all(search.results.slice(0, 40).map((r) => r.data()));
    out.textContent = "";
    const h = document.createElement("h2");
    h.textContent = `${search.results.length} page${search.results.length === 1 ? "" : "s"} found for “${query}”` +
      (search.results.length > shown.length ? `; the first ${shown.length} are shown` : "");
    out.append(h);
    const list = document.createElement("ol");
    list.className = "results";
    for (const page of shown) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = page.url;
      a.textContent = page.meta.title || page.url;
      li.append(a, excerpt(page.excerpt));
      list.append(li);
    }
    out.append(list);
  } catch (err) {
    out.textContent = "Search could not load its index here (it is built by make html; a page opened from a file cannot use it). Every claim is listed below.";
  }
}
if (query) run();
