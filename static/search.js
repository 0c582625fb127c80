/* Search page: reads ?q= and the filters from the address, asks Pagefind, shows results.
 *
 * Everything that comes from the index (titles, names, excerpts) is put on the page as
 * text nodes; Pagefind's <mark> highlights are rebuilt from the excerpt string without
 * ever parsing it as HTML.  The Pagefind bundle is found through data-pagefind on
 * #search (an absolute path that includes the site's base path).
 *
 * A large archive's index is split into shards: shard 0 is the primary bundle, and
 * each shard k listed in data-pagefind-shards on #search is merged from pagefind/s<k>/ with
 * Pagefind's mergeIndex.  Best-match order is Pagefind's (it sorts the merged results
 * by score).  Date order needs no sort key in the index: a shard's posts are numbered
 * newest first, and a result's id (its fragment's name) gives its shard and number,
 * so the page orders each shard's results by number and merges the shards' lists by
 * date, loading only the head of each list.  (Pagefind's own date sort put a 5 kB
 * list in each shard's meta file, and asking it for one shard at a time needed a
 * filter that made it load every filter file of every shard.)
 */
(function () {
  "use strict";

  var root = document.getElementById("search");
  if (!root) return;
  var form = document.getElementById("search-form");
  var statusLine = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var moreButton = document.getElementById("search-more");
  var filterBox = document.getElementById("search-filters");
  var FILTERS = ["tag", "year", "kind", "commenter"];
  var PAGE = 10;
  var pagefind = null;
  var choicesLoaded = false;
  var openedByAddress = false; // the filters were opened by fillForm, not by the reader
  var current = null; // {feed: {total, take(n), more()}, params: {...}, shown: 0}
  var serial = 0;
  var wordsNode = document.getElementById("search-words");
  var WORDS = wordsNode ? JSON.parse(wordsNode.textContent) : {};
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : null;

  root.hidden = false;
  var noJs = document.getElementById("search-nojs");
  if (noJs) noJs.hidden = true;

  var SHARDS = ["0"].concat((root.getAttribute("data-pagefind-shards") || "").split(" ").filter(function (k) {
    return /^[1-9][0-9]*$/.test(k);
  }));

  function loadPagefind() {
    if (!pagefind) {
      var script = root.getAttribute("data-pagefind");
      var folder = script.slice(0, script.lastIndexOf("/") + 1);
      pagefind = import(script).then(function (pf) {
        var options = { baseUrl: "/", excerptLength: 24 };
        return pf.options(options).then(function () {
          return Promise.all(SHARDS.slice(1).map(function (k) {
            return pf.mergeIndex(folder + "s" + k + "/", options);
          }));
        }).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  /* Results in Pagefind's order: take(n) loads the next n results' data. */
  function listFeed(results) {
    var next = 0;
    return {
      total: results.length,
      more: function () { return next < results.length; },
      take: function (n) {
        var batch = results.slice(next, next + n);
        next += batch.length;
        return Promise.all(batch.map(function (r) { return r.data(); }));
      }
    };
  }

  /* Several date-ordered lists (one per shard) merged newest first, undated last. */
  function dateFeed(lists) {
    var heads = lists.map(function (list) { return { list: list, at: 0, loaded: {} }; });
    function load(head, i) {
      if (i >= head.list.length) return null;
      if (!head.loaded[i]) head.loaded[i] = head.list[i].data();
      return head.loaded[i];
    }
    function takeOne() {
      return Promise.all(heads.map(function (head) { return load(head, head.at); })).then(function (pages) {
        var best = -1;
        pages.forEach(function (page, i) {
          if (page && (best < 0 || dateOf(page) > dateOf(pages[best]))) best = i;
        });
        if (best < 0) return null;
        var head = heads[best];
        delete head.loaded[head.at];
        head.at += 1; // its next one is loaded by the next round (not before: bytes count)
        return pages[best];
      });
    }
    return {
      total: lists.reduce(function (sum, list) { return sum + list.length; }, 0),
      more: function () { return heads.some(function (h) { return h.at < h.list.length; }); },
      take: function (n) {
        var taken = [];
        function step() {
          if (taken.length >= n) return taken;
          return takeOne().then(function (page) {
            if (!page) return taken;
            taken.push(page);
            return step();
          });
        }
        return Promise.resolve().then(step);
      }
    };
  }

  function dateOf(page) { return (page.meta && page.meta.date) || ""; }

  function find(pf, params) {
    var filters = pagefindFilters(params);
    return pf.search(params.q, { filters: filters }).then(function (found) {
      var results = found ? found.results : [];
      if (params.sort !== "date") return listFeed(results);
      var lists = {};
      results.forEach(function (r) {
        var shard = idPart(r, 0);
        (lists[shard] = lists[shard] || []).push(r);
      });
      var sorted = Object.keys(lists).map(function (k) {
        return lists[k].sort(function (a, b) { return idPart(a, 1) - idPart(b, 1); });
      });
      return sorted.length === 1 ? listFeed(sorted[0]) : dateFeed(sorted);
    });
  }

  /* A result's id is its fragment's name, "en_<shard>_<page><digit>" in hex
   * (builder/search_bundle.py); a shard's pages are numbered newest first. */
  function idPart(result, which) {
    var parts = String(result.id).split("_");
    var value = which === 0 ? parts[parts.length - 2] : parts[parts.length - 1].slice(0, -1);
    return parseInt(value, 16) || 0;
  }

  function readParams() {
    var query = new URLSearchParams(window.location.search);
    var params = { q: (query.get("q") || "").trim(), sort: query.get("sort") === "date" ? "date" : "" };
    FILTERS.forEach(function (name) { params[name] = query.get(name) || ""; });
    return params;
  }

  function fillForm(params) {
    form.elements.q.value = params.q;
    form.elements.sort.value = params.sort;
    FILTERS.forEach(function (name) {
      var select = form.elements[name];
      if (params[name] && !hasOption(select, params[name])) addOption(select, params[name], params[name]);
      select.value = params[name];
    });
    if ((params.sort || FILTERS.some(function (name) { return params[name]; })) && !filterBox.open) {
      openedByAddress = true;
      filterBox.open = true;
    }
  }

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function addOption(select, value, label) {
    var option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    select.appendChild(option);
  }

  /* Filter choices (every tag, year, commenter) load only when the filters are opened. */
  function loadChoices() {
    if (choicesLoaded) return;
    choicesLoaded = true;
    loadPagefind().then(function (pf) { return pf.filters(); }).then(function (all) {
      ["tag", "year", "commenter"].forEach(function (name) {
        var select = form.elements[name];
        var counts = all[name] || {};
        var values = Object.keys(counts).sort(function (a, b) {
          return name === "year" ? b.localeCompare(a) : a.localeCompare(b, undefined, { sensitivity: "base" });
        });
        values.forEach(function (value) {
          if (!hasOption(select, value)) addOption(select, value, value + " (" + counts[value] + ")");
        });
      });
    }).catch(function () { choicesLoaded = false; });
  }

  function pagefindFilters(params) {
    var filters = {};
    FILTERS.forEach(function (name) { if (params[name]) filters[name] = params[name]; });
    return filters;
  }

  function run(params) {
    var mine = ++serial;
    list.textContent = "";
    moreButton.hidden = true;
    if (!params.q) {
      statusLine.textContent = say("prompt");
      return;
    }
    statusLine.textContent = say("searching");
    loadPagefind().then(function (pf) { return find(pf, params); }).then(function (feed) {
      if (mine !== serial) return;
      current = { feed: feed, params: params, shown: 0 };
      return showMore(mine);
    }).catch(function (error) {
      if (mine !== serial) return;
      var message = error && error.message ? error.message : String(error);
      statusLine.textContent = /No language indexes/.test(message)
        ? say("empty_archive", { query: params.q })
        : say("unavailable", { reason: message });
    });
  }

  function showMore(mine) {
    moreButton.hidden = true;
    return current.feed.take(PAGE).then(function (pages) {
      if (mine !== serial) return;
      pages.forEach(function (page) {
        var item = resultItem(page, current.params);
        if (item) { list.appendChild(item); current.shown += 1; }
      });
      var more = current.feed.more();
      if (more && current.shown === 0) return showMore(mine);
      moreButton.hidden = !more;
      statusLine.textContent = summary(current, more);
    });
  }

  function summary(state, more) {
    var values = { query: state.params.q, count: state.shown, total: state.feed.total };
    if (!state.shown) return say("nothing", values);
    return say(more ? "showing" : "found", values);
  }

  /* One post: its title, date, and where in it the words were found. */
  function resultItem(page, params) {
    var commenters = commentersOf(page);
    var hits = (page.sub_results && page.sub_results.length ? page.sub_results : [
      { url: page.url, excerpt: page.excerpt, anchor: null }
    ]).map(function (sub) { return describe(sub, page, commenters); }).filter(function (hit) {
      return wanted(hit, params);
    });
    if (!hits.length && (params.kind || params.commenter)) hits = textHits(page, params, commenters);
    if (!hits.length) return null;
    var item = el("li", "search-result");
    var heading = el("h2", "search-result-title");
    heading.appendChild(link(page.url, page.meta.title || say("untitled")));
    item.appendChild(heading);
    if (page.meta.date) {
      var date = el("p", "search-result-date");
      var time = el("time");
      time.setAttribute("datetime", page.meta.date);
      time.textContent = page.meta.when || page.meta.date;  /* worded by the build, as the pages word it */
      date.appendChild(time);
      item.appendChild(date);
    }
    var hitList = el("ul", "search-hits");
    hits.forEach(function (hit) {
      var row = el("li", "search-hit search-hit-" + hit.kind);
      row.appendChild(link(hit.url, hit.label));
      var excerpt = el("p", "search-excerpt");
      appendExcerpt(excerpt, hit.excerpt);
      row.appendChild(excerpt);
      hitList.appendChild(row);
    });
    item.appendChild(hitList);
    return item;
  }

  /* Each comment's heading in the search document is an <h3> whose text is its
   * commenter's name ("#<id>" when it has none): comment id -> name. */
  function commentersOf(page) {
    var found = {};
    (page.anchors || []).forEach(function (a) {
      if (String(a.element).toLowerCase() !== "h3" || !a.id) return;
      var text = String(a.text || "").trim();
      found[a.id] = text === "#" + a.id ? "" : text;
    });
    return found;
  }

  function sameName(a, b) { return String(a).replace(/\s+/g, " ").trim() === String(b).replace(/\s+/g, " ").trim(); }

  function wanted(hit, params) {
    if (params.kind && hit.kind !== params.kind) return false;
    if (params.commenter && (hit.kind !== "comment" || !sameName(hit.who, params.commenter))) return false;
    return true;
  }

  /* The index keeps only the first places of the commonest words in a post
   * (builder/search_words.py), so Pagefind's hits may miss the comment or note a filter
   * asks for: find the first section of that kind whose own text has every word of
   * the query, in the post's text (its fragment). */
  function textHits(page, params, commenters) {
    var words = String(page.content || "").split(/\s+/);
    var terms = params.q.toLowerCase().split(/\s+/).map(plainWord).filter(Boolean);
    var anchors = (page.anchors || []).filter(function (a) { return /^h\d$/i.test(a.element) && a.id; })
      .sort(function (a, b) { return a.location - b.location; });
    for (var i = 0; i < anchors.length && terms.length; i++) {
      var anchor = anchors[i];
      var end = i + 1 < anchors.length ? anchors[i + 1].location : words.length;
      var section = words.slice(anchor.location, end);
      var plain = section.map(plainWord);
      var has = function (t) { return plain.some(function (w) { return w.indexOf(t) === 0; }); };
      if (!terms.every(has)) continue;
      var hit = describe({ url: page.url + "#" + anchor.id, anchor: anchor, excerpt: "" }, page, commenters);
      if (!wanted(hit, params)) continue;
      var heading = String(anchor.text || "").split(/\s+/).filter(Boolean).length;
      hit.excerpt = section.slice(heading, heading + 24).map(function (w, j) {
        var text = w.replace(/</g, "&lt;").replace(/>/g, "&gt;");
        var p = plain[heading + j];
        return terms.some(function (t) { return p.indexOf(t) === 0; }) ? "<mark>" + text + "</mark>" : text;
      }).join(" ");
      return [hit];
    }
    return [];
  }

  function plainWord(word) { return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""); }

  function describe(sub, page, commenters) {
    var id = sub.anchor && sub.anchor.id ? sub.anchor.id : "";
    var hit = { url: sub.url || page.url, excerpt: sub.excerpt || "", kind: "post", who: "", label: say("in_post") };
    var heading = sub.anchor && sub.anchor.text ? sub.anchor.text + ". " : "";
    if (heading && hit.excerpt.indexOf(heading) === 0) hit.excerpt = hit.excerpt.slice(heading.length);
    if (id && Object.prototype.hasOwnProperty.call(commenters, id)) {
      hit.kind = "comment";
      hit.who = commenters[id];
      hit.label = hit.who ? say("comment_by", { name: hit.who }) : say("comment_unnamed");
    } else if (/^note-\d+$/.test(id)) {
      hit.kind = "note";
      hit.label = say("note");
    }
    return hit;
  }

  /* Pagefind excerpts are text with <mark>…</mark> around the hits and < > escaped. */
  function appendExcerpt(parent, excerpt) {
    var parts = String(excerpt).split(/<mark>|<\/mark>/);
    parts.forEach(function (part, i) {
      var text = part.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      if (!text) return;
      if (i % 2 === 1) {
        var mark = el("mark");
        mark.textContent = text;
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(text));
      }
    });
  }

  function link(href, text) {
    var a = el("a");
    a.setAttribute("href", safeHref(href));
    a.textContent = text;
    return a;
  }

  function safeHref(href) {
    var url = new URL(href, window.location.href);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : "#";
  }

  /* The page's words (search.html, in the site's language), {name}s filled in; a
   * counted text is picked by the language's plural rule for its count. */
  function say(key, values) {
    var text = WORDS[key] || key;
    if (typeof text === "object") {
      var form = plural && values ? plural.select(values.count) : "other";
      text = text[form] || text.other || key;
    }
    return String(text).replace(/\{(\w+)\}/g, function (all, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  function el(tag, className) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    return node;
  }

  function paramsFromForm() {
    var params = { q: form.elements.q.value.trim(), sort: form.elements.sort.value === "date" ? "date" : "" };
    FILTERS.forEach(function (name) { params[name] = form.elements[name].value; });
    return params;
  }

  function toAddress(params) {
    var query = new URLSearchParams();
    ["q"].concat(FILTERS, ["sort"]).forEach(function (name) { if (params[name]) query.set(name, params[name]); });
    return window.location.pathname + (query.toString() ? "?" + query.toString() : "");
  }

  /* Results as you type, after a short pause; the address follows without new history. */
  var PAUSE_MS = 300;
  var typing = null;
  form.elements.q.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () {
      var params = paramsFromForm();
      window.history.replaceState(null, "", toAddress(params));
      run(params);
    }, PAUSE_MS);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(typing);
    var params = paramsFromForm();
    window.history.pushState(null, "", toAddress(params));
    run(params);
  });
  Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
    select.addEventListener("change", function () { form.requestSubmit(); });
  });
  /* The choices load when the reader opens the filters or goes to one of them, not when
   * an address with a filter or an order opens them: every tag, year and commenter of
   * every shard is more than a first query's whole budget. */
  filterBox.addEventListener("toggle", function () {
    if (filterBox.open && !openedByAddress) loadChoices();
    openedByAddress = false;
  });
  filterBox.addEventListener("focusin", loadChoices);
  filterBox.addEventListener("pointerdown", loadChoices);
  moreButton.addEventListener("click", function () {
    showMore(serial).catch(function (error) {
      statusLine.textContent = say("unavailable", { reason: error && error.message ? error.message : error });
    });
  });
  window.addEventListener("popstate", function () { var p = readParams(); fillForm(p); run(p); });

  var initial = readParams();
  fillForm(initial);
  var headerBox = document.getElementById("site-search");
  if (headerBox && initial.q) headerBox.value = initial.q;
  run(initial);
})();
