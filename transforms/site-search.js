// The search page (search.html): full-text search of the editions with Pagefind's
// static index (pagefind/), loaded from this site only. Each result shows the title,
// date, source and, for up to three places in the text, an excerpt with the matched
// words marked and a link to the speaker turn (or note, or section) that holds them.
// Filters: any of the index's filters (year, periodical, author, participant, ...).
// An enhancement: without JavaScript, or from file://, the page says how to browse.
"use strict";

const PAGE = 20; // results shown at a time
const HITS = 3; // places in the text shown per result
const WORDS = 30; // words in an excerpt
const status = document.getElementById("search-status");
const list = document.getElementById("results");
const form = document.querySelector("form.search");
const input = document.getElementById("q");

function say(text) {
  status.textContent = text;
}

// Anchors a hit can link to: turns, paragraphs, notes, sections, headings; not the
// inline marks of names (mention-N) nor the page's own controls.
function usable(anchor) {
  return anchor.id && !/^(mention-|index-|view-)/.test(anchor.id) &&
    !/^(span|a|input|label|abbr|mark)$/i.test(anchor.element);
}

function label(id) {
  const m = /^(sp|note|fn|p|div|pb)-?(\d+)$/.exec(id);
  const names = { sp: "turn", note: "note", fn: "note", p: "paragraph", div: "section",
    pb: "page" };
  return m ? `${names[m[1]]} ${m[2]}` : id;
}

// Group the matched word locations by the anchor before them; one excerpt per group.
function hits(data) {
  const anchors = (data.anchors || []).filter(usable).sort((a, b) => a.location - b.location);
  const groups = new Map();
  for (const location of [...data.locations].sort((a, b) => a - b)) {
    let owner = null;
    for (const anchor of anchors) {
      if (anchor.location <= location) owner = anchor;
      else break;
    }
    const key = owner ? owner.id : "";
    if (!groups.has(key)) {
      const next = anchors.find((a) => owner && a.location > owner.location);
      groups.set(key, { anchor: owner, end: next ? next.location : Infinity, locations: [] });
    }
    groups.get(key).locations.push(location);
  }
  return [...groups.values()].slice(0, HITS);
}

function excerpt(words, group) {
  const first = group.locations[0];
  const floor = group.anchor ? group.anchor.location : 0;
  const start = Math.max(floor, first - Math.floor(WORDS / 3));
  const end = Math.min(group.end, start + WORDS, words.length);
  const marked = new Set(group.locations);
  const p = document.createElement("p");
  p.className = "excerpt";
  if (start > floor) p.append("… ");
  for (let i = start; i < end; i++) {
    if (marked.has(i)) {
      const mark = document.createElement("mark");
      mark.textContent = words[i];
      p.append(mark);
    } else {
      p.append(words[i]);
    }
    p.append(" ");
  }
  if (end < group.end && end < words.length) p.append("…");
  return p;
}

function render(data) {
  const li = document.createElement("li");
  li.className = "result";
  const groups = hits(data);
  const h2 = document.createElement("h2");
  const a = document.createElement("a");
  const top = groups.length && groups[0].anchor ? `#${groups[0].anchor.id}` : "";
  a.href = data.url + top;
  a.textContent = (data.meta && data.meta.title) || data.url;
  h2.append(a);
  li.append(h2);
  const facts = [data.meta && data.meta.date, data.meta && data.meta.source].filter(Boolean);
  if (facts.length) {
    const p = document.createElement("p");
    p.className = "facts";
    p.textContent = facts.join(" · ");
    li.append(p);
  }
  const words = (data.content || "").split(/[\r\n\s]+/g);
  const ul = document.createElement("ul");
  ul.className = "hits";
  for (const group of groups) {
    const item = document.createElement("li");
    if (group.anchor) {
      const link = document.createElement("a");
      link.href = `${data.url}#${group.anchor.id}`;
      link.className = "hit";
      link.textContent = label(group.anchor.id);
      item.append(link, " ");
    }
    item.append(excerpt(words, group));
    ul.append(item);
  }
  if (groups.length) li.append(ul);
  return li;
}

async function main() {
  if (location.protocol === "file:") {
    say("Search needs the site served over HTTP (the browser will not load the index " +
      "from a file): run “tei serve” on the site folder, or browse by year, periodical " +
      "or person.");
    return;
  }
  let pagefind;
  try {
    // the index may be in shards (pagefind/, pagefind-N/): the first one is primary
    const names = (list.dataset.bundles || "pagefind").split(/\s+/).filter(Boolean);
    const base = (name) => new URL(`${name}/`, document.baseURI).pathname;
    pagefind = await import(`${base(names[0])}pagefind.js`);
    await pagefind.options({ excerptLength: WORDS });
    await Promise.all(names.slice(1).map((name) =>
      pagefind.mergeIndex(base(name), { excerptLength: WORDS })));
    await pagefind.init();
  } catch (error) {
    say("The search index is missing (the build could not make it); browse by year, " +
      "periodical or person instead.");
    return;
  }
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  const selects = Array.from(form.querySelectorAll("label.filter select"));
  const available = await pagefind.filters();
  for (const select of selects) {
    const values = Object.entries(available[select.name] || {});
    if (!values.length) continue;
    values.sort((x, y) => x[0].localeCompare(y[0], undefined, { numeric: true }));
    for (const [value, count] of values) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = `${value} (${count})`;
      select.append(option);
    }
    select.value = params.get(select.name) || "";
    select.closest("label").hidden = false;
  }
  say("Type a word to search the full text.");

  let shown = 0;
  let current = [];
  let serial = 0;
  async function more() {
    const batch = current.slice(shown, shown + PAGE);
    shown += batch.length;
    const datas = await Promise.all(batch.map((r) => r.data()));
    for (const data of datas) list.append(render(data));
    document.getElementById("more")?.remove();
    if (shown < current.length) {
      const button = document.createElement("button");
      button.id = "more";
      button.type = "button";
      button.textContent = `Show more (${current.length - shown} left)`;
      button.addEventListener("click", more);
      list.after(button);
    }
  }
  async function run() {
    const mine = ++serial;
    const filters = {};
    const query = new URLSearchParams();
    if (input.value.trim()) query.set("q", input.value.trim());
    for (const select of selects) {
      if (select.value) {
        filters[select.name] = select.value;
        query.set(select.name, select.value);
      }
    }
    history.replaceState(null, "", `${location.pathname}?${query}`);
    if (!input.value.trim() && !Object.keys(filters).length) {
      list.replaceChildren();
      document.getElementById("more")?.remove();
      say("Type a word to search the full text.");
      return;
    }
    const search = await pagefind.search(input.value.trim() || null, { filters });
    if (mine !== serial || !search) return; // a newer search has started
    current = search.results;
    shown = 0;
    list.replaceChildren();
    const n = current.length;
    say(`${n.toLocaleString()} document${n === 1 ? "" : "s"} found.`);
    await more();
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  for (const select of selects) select.addEventListener("change", run);
  if (input.value || selects.some((s) => s.value)) run();
}

main();
