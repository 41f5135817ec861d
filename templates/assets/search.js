// Search on soeg/index.html (and <sprog>/soeg/index.html, over that language's pages, with its
// own index and stemmer). Without JavaScript the page links to soeg/alle/, a plain list
// of every page. The index is split into small scripts (written by the generator, see
// SearchFiles.swift): a query loads the shard of each of its words, or one kommune's index,
// then the files of the results it shows. Scripts, not fetch(), because fetch() of a file:
// URL is refused; nothing is requested from anywhere else.
(function () {
  "use strict";
  var form = document.getElementById("soeg-form");
  var input = document.getElementById("soeg-tekst");
  var kommuneSelect = document.getElementById("soeg-kommune");
  var maalgruppeSelect = document.getElementById("soeg-maalgruppe");
  var status = document.getElementById("soeg-status");
  var list = document.getElementById("soeg-resultater");
  var more = document.getElementById("soeg-flere");
  var allPages = document.getElementById("alle-sider");
  if (!form || !input || !kommuneSelect || !maalgruppeSelect || !status || !list || !more) return;
  // The page's words, in its language (templates/strings/<sprog>.yaml), with {n}, {q} … to fill in.
  var messages = form.dataset;
  // A search.mustache from before the messages moved to the form still searches, in Danish.
  var DANISH = { resultsOne: "1 resultat for »{q}«", resultsMany: "{n} resultater for »{q}«", resultsNone: "Ingen resultater for »{q}«",
                 pagesOne: "1 side", pagesMany: "{n} sider", pagesNone: "Ingen sider", "in": " i {name}",
                 inAudience: " (målgruppe: {name})", more: "Vis flere ({shown} af {total} vist)",
                 failed: "Søgningen kunne ikke gennemføres ({error}). Se listen over alle sider." };
  function say(key, values) {
    var text = messages[key] != null ? messages[key] : DANISH[key];
    return text.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
  }

  var PAGE = 5;         // results shown at a time, as Pagefind does; "Vis flere" shows the next ones (each is a file to load)
  var MIN_PART = 4;     // words this long are also found inside compounds: "ægteskab" in "tvangsægteskab"

  // ---- Words, as SearchTerms.swift makes them: letters and digits, lower case, stemmed, folded.
  var WORD, MARKS;
  try {
    WORD = new RegExp("[\\p{L}\\p{M}\\p{N}]+", "gu");
    MARKS = new RegExp("\\p{Mn}", "gu");
  } catch (e) {   // before ES2018
    WORD = /[0-9a-z\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u036f\u0370-\u1fff\u2c00-\ud7ff]+/gi;
    MARKS = /[\u0300-\u036f]/g;
  }
  function nfc(s) { return s.normalize ? s.normalize("NFC") : s; }
  // æ ø å as ae oe aa, so "Århus" finds "Aarhus" and a query typed without Danish letters
  // finds the words with them; accents dropped.
  function plain(word) {   // accents dropped, æ ø å kept (the stemmer needs them): "café" as "cafe"
    return nfc(word).replace(/[^\u0000-\u007fæøå]/g, function (c) { return c.normalize ? c.normalize("NFD").replace(MARKS, "") : c; });
  }
  function fold(word) {
    return plain(word).replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa");
  }

  // The language's stemmer (assets/danish-stem.js, english-stem.js), loaded before this
  // script; a language without one is searched by whole words and their beginnings.
  var stem = window.beredskabStem || function (word) { return word; };

  // The language's function words, folded (SearchLanguage.stopWords): dokumenter.js carries the list.
  var STOP = {};
  // Each query word as the index has it (term) and as typed (raw, for a word still being typed).
  function queryWords(text) {
    return (text.toLowerCase().match(WORD) || []).filter(function (w) { return !STOP[fold(w)]; })
      .map(function (w) { return { term: fold(stem(plain(w))), raw: fold(w) }; });
  }
  function shardKey(term) {
    var key = Array.from(term).slice(0, 2).map(function (c) { return /^[a-z0-9]$/.test(c) ? c : "_"; }).join("");
    return key.length === 2 ? key : key + "_";
  }

  // ---- Loading the index's scripts.
  var shards = {}, table = null, documents = {}, loading = {};
  window.BEREDSKAB_SOEG = {
    shard: function (name, data) { shards[name] = data; },
    documents: function (data) {
      table = data;
      data.stopord.forEach(function (w) { STOP[w] = true; });
    },
    document: function (id, data) { documents[id] = data; }
  };
  function load(src) {
    if (!loading[src]) {
      loading[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = function () { resolve(); };
        script.onerror = function () { delete loading[src]; reject(new Error(src)); };
        document.head.appendChild(script);
      });
    }
    return loading[src];
  }
  function shardNames(words, kommune) {
    if (kommune) return ["k:" + kommune.id];
    var names = [];
    words.forEach(function (w) {
      [w.term, w.raw].forEach(function (t) {
        var key = shardKey(t);
        if (names.indexOf(key) < 0 && table.dele.indexOf(key) >= 0) names.push(key);
      });
    });
    return names;
  }
  function shardSource(name) { return name.indexOf("k:") === 0 ? "kommuner/" + name.slice(2) + ".js" : "indeks/" + name + ".js"; }

  // ---- Ranking: every word must match a page, as a whole word (counts most), as the start
  // of a word, or as the last part of a compound; rarer words weigh more.
  function postings(list, into, boost) {
    for (var i = 0, doc = 0; i < list.length; i += 2) {
      doc += list[i];
      var score = list[i + 1] * boost;
      if (!(into[doc] >= score)) into[doc] = score;
    }
  }
  function matches(word, names) {
    var found = {};
    names.forEach(function (name) {
      var shard = shards[name];
      if (!shard) return;
      [[shard.t, 30, 10], [shard.d, 3, 1]].forEach(function (kind) {
        var terms = kind[0], whole = kind[1], start = kind[2];
        if (kind[0] === shard.d && word.term.length < MIN_PART) return;
        Object.keys(terms).forEach(function (t) {
          if (t === word.term || t === word.raw) postings(terms[t], found, whole);
          else if (t.indexOf(word.term) === 0 || t.indexOf(word.raw) === 0) postings(terms[t], found, start);
        });
      });
    });
    return found;
  }
  function rank(words, names) {
    var total = null, count = table.kommune.length;
    words.forEach(function (w) {
      var found = matches(w, names), ids = Object.keys(found), idf = Math.log(1 + count / (ids.length || 1));
      var next = {};
      ids.forEach(function (id) {
        if (total === null || id in total) next[id] = (total === null ? 0 : total[id]) + found[id] * idf;
      });
      total = next;
    });
    return Object.keys(total || {}).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; });
  }

  // ---- Showing results: title, kind, kommune and målgrupper, and an excerpt with the hits marked.
  function hit(word, terms) {
    var t = fold(stem(plain(word))), raw = fold(word);
    return terms.some(function (q) {
      return t === q.term || t.indexOf(q.term) === 0 || raw.indexOf(q.raw) === 0 ||
        (table.sammensatte && q.term.length >= MIN_PART && t.indexOf(q.term) > 0);
    });
  }
  function excerpt(text, terms) {
    // From a little before the first hit to a little after it, every hit in between marked.
    var spans = [], m, from = 0, to = text.length;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) && m.index < to) {
      if (!hit(m[0].toLowerCase(), terms)) continue;
      if (!spans.length) {
        from = Math.max(0, text.lastIndexOf(" ", Math.max(0, m.index - 80)) + 1);
        to = text.indexOf(" ", Math.min(text.length, m.index + m[0].length + 140));
        if (to < 0) to = text.length;
      }
      if (m.index + m[0].length <= to) spans.push([m.index, m.index + m[0].length]);
    }
    WORD.lastIndex = 0;
    if (!spans.length) return null;
    var p = document.createElement("p"), at = from;
    p.className = "search-excerpt";
    if (from > 0) p.appendChild(document.createTextNode("… "));
    spans.forEach(function (s) {
      p.appendChild(document.createTextNode(text.slice(at, s[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s[0], s[1]);   // textContent: nothing from the index is parsed as HTML
      p.appendChild(mark);
      at = s[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? " …" : "")));
    return p;
  }
  function item(d, terms) {
    var li = document.createElement("li"), a = document.createElement("a"), meta = document.createElement("span");
    a.setAttribute("href", table.rod + d.sti);
    a.textContent = d.titel;
    meta.className = "search-meta";
    meta.textContent = [d.type, d.kommunenavn, (d.maalgrupper || []).join(", ")].filter(Boolean).join(" · ");
    li.appendChild(a);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(meta);
    var shown = terms.length && (excerpt(d.tekst || "", terms) || excerpt(d.resume || "", terms));
    if (!shown && d.resume) {
      shown = document.createElement("p");
      shown.textContent = d.resume;
    }
    if (shown) li.appendChild(shown);
    return li;
  }

  // ---- The page: the search as typed, kept in the address.
  function chosen(select) {
    return select.value ? { id: select.value, navn: select.options[select.selectedIndex].text } : null;
  }
  function counted(n, kind, values) {
    values.n = n;
    return say(kind + (n === 1 ? "One" : n ? "Many" : "None"), values);
  }
  function remember(text, kommune, maalgruppe) {
    var parts = [];
    if (text) parts.push("q=" + encodeURIComponent(text).replace(/%20/g, "+"));
    if (kommune) parts.push("kommune=" + encodeURIComponent(kommune.id));
    if (maalgruppe) parts.push("maalgruppe=" + encodeURIComponent(maalgruppe.id));
    var url = location.pathname + (parts.length ? "?" + parts.join("&") : "");
    try {
      if (url !== location.pathname + location.search) history.replaceState(null, "", url);
    } catch (e) { /* a browser may refuse this on file: pages; the search works all the same */ }
  }

  var current = { found: [], shown: 0, terms: [] }, generation = 0;
  function showMore(first) {
    var mine = generation, ids = current.found.slice(current.shown, current.shown + PAGE);
    // d/<n>.js holds the documents n × per_fil to (n + 1) × per_fil − 1.
    return Promise.all(ids.map(function (id) { return load("d/" + Math.floor(id / table.per_fil) + ".js"); })).then(function () {
      if (mine !== generation) return;
      var items = document.createDocumentFragment();
      ids.forEach(function (id) { if (documents[id]) items.appendChild(item(documents[id], current.terms)); });
      if (first) list.textContent = "";
      list.appendChild(items);
      current.shown += ids.length;
      more.hidden = current.shown >= current.found.length;
      more.textContent = say("more", { shown: current.shown, total: current.found.length });
    });
  }

  function update() {
    var text = input.value.trim(), kommune = chosen(kommuneSelect), maalgruppe = chosen(maalgruppeSelect);
    var mine = ++generation, words = [];
    var where = (kommune ? say("in", { name: kommune.navn }) : "") +
                (maalgruppe ? say("inAudience", { name: maalgruppe.navn }) : "");
    remember(text, kommune, maalgruppe);
    if (allPages) allPages.hidden = !!(text || kommune || maalgruppe);
    var ready = table ? Promise.resolve() : load("dokumenter.js");
    return ready.then(function () {
      words = queryWords(text);   // the stop words come with the table
      var names = text ? shardNames(words, kommune) : [];
      return Promise.all(names.map(function (n) { return load(shardSource(n)); })).then(function () { return names; });
    }).then(function (names) {
      if (mine !== generation) return;
      var audience = maalgruppe ? table.maalgrupper.map(function (m) { return m.id; }).indexOf(maalgruppe.id) : -1;
      var place = kommune ? table.kommuner.map(function (k) { return k.id; }).indexOf(kommune.id) : -1;
      var found = !text ? (kommune || maalgruppe ? table.kommune.map(function (k, id) { return id; }) : [])
                : words.length ? rank(words, names) : [];
      found = found.filter(function (id) {
        return (place < 0 || table.kommune[id] === place) && (audience < 0 || table.maalgruppe[id].indexOf(audience) >= 0);
      });
      current = { found: found, shown: 0, terms: words };
      return showMore(true).then(function () {
        if (mine !== generation) return;
        status.textContent = text ? counted(found.length, "results", { q: text }) + where
                           : kommune || maalgruppe ? counted(found.length, "pages", {}) + where : "";
      });
    }).catch(function (error) {
      if (mine !== generation) return;
      status.textContent = say("failed", { error: error.message });
      if (allPages) allPages.hidden = false;
    });
  }

  // Search as the user types. Keystrokes that arrive while a search runs are taken together
  // in the next one (input events run before timers), so the results never fall behind.
  var pending = false;
  function soon() {
    if (pending) return;
    pending = true;
    setTimeout(function () { pending = false; update(); }, 0);
  }
  input.addEventListener("input", soon);
  kommuneSelect.addEventListener("change", update);
  maalgruppeSelect.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  more.addEventListener("click", function () { showMore(false); });

  // A search in the address (from the search field in every page's header, or a link).
  function choose(select, value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { select.selectedIndex = i; return; }
    }
  }
  location.search.slice(1).split("&").forEach(function (param) {
    var at = param.indexOf("="), name = param.slice(0, at), value;
    if (at < 0) return;
    try { value = decodeURIComponent(param.slice(at + 1).replace(/\+/g, " ")); } catch (e) { return; }
    if (name === "q") input.value = value;
    else if (name === "kommune") choose(kommuneSelect, value);
    else if (name === "maalgruppe") choose(maalgruppeSelect, value);
  });
  load("dokumenter.js").then(update, update);
})();
