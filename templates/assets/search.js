// Search on soeg/index.html. Without JavaScript that page is a plain index of every page
// (#site-indeks); this script adds search over it. The documents come from soegeindeks.js,
// a <script> rather than a fetch, because fetch() of a file: URL is refused; lunr builds
// its index here once at load. Nothing is requested from anywhere.
(function () {
  "use strict";
  var data = window.BEREDSKAB_SOEGNING;
  var form = document.getElementById("soeg-form");
  var input = document.getElementById("soeg-tekst");
  var kommuneSelect = document.getElementById("soeg-kommune");
  var maalgruppeSelect = document.getElementById("soeg-maalgruppe");
  var status = document.getElementById("soeg-status");
  var list = document.getElementById("soeg-resultater");
  var siteIndex = document.getElementById("site-indeks");
  // If a file is missing, leave the page as it is without JavaScript: the index still works.
  if (!data || !window.lunr || !form || !input || !kommuneSelect || !maalgruppeSelect || !status || !list) {
    return;
  }

  var ROOT = "../";    // the page is soeg/index.html; every `sti` is a path from the site root
  var MIN_INFIX = 4;   // words this long are also found inside compounds: "ægteskab" in "tvangsægteskab"
  var wildcard = lunr.Query.wildcard, presence = lunr.Query.presence;

  // One folding for the pages and the query: lower case, æ ø å written ae oe aa (so a query
  // typed without Danish letters matches, and "Århus" matches "Aarhus"), accents dropped.
  // Folding towards the two-letter forms keeps prefixes working: "tvangsa" is a prefix of
  // "tvangsaegteskab".
  function fold(text) {
    var s = String(text || "").toLowerCase()
      .replace(/å/g, "aa").replace(/æ/g, "ae").replace(/ø/g, "oe");
    return s.normalize ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
  }
  // Words are runs of letters and digits of any script. lunr's trimmer strips all but \w
  // from the ends of words, which cuts "på" to "p", and its stemmer and stop words are
  // English: this tokenizer replaces its tokenizer, and its pipelines are emptied.
  var WORD = (function () {
    try { return new RegExp("[\\p{L}\\p{M}\\p{N}]+", "gu"); } catch (e) {   // before ES2018
      return /[0-9a-z\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u1fff\u2c00-\ud7ff]+/g;
    }
  })();
  function words(text) { return fold(text).match(WORD) || []; }

  // Danish function words (Snowball's list and question words): a query may contain them,
  // a page need not.
  var STOP = {};
  ("og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi " +
   "min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle " +
   "vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også " +
   "under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange " +
   "ad bliver hendes været thi jer sådan ved kan gør hvordan hvem hvornår hvorfor").split(" ")
    .forEach(function (w) { STOP[fold(w)] = true; });

  var docs = data.dokumenter || [], byPath = {}, audienceNames = {};
  (data.maalgrupper || []).forEach(function (m) { audienceNames[m.id] = m.navn; });
  var timed = window.performance && performance.mark && performance.measure;
  if (timed) performance.mark("soegeindeks-start");
  var index = lunr(function () {
    this.pipeline.reset();          // no English trimmer, stop-word filter or stemmer
    this.searchPipeline.reset();
    this.tokenizer = function (text) {
      return words(text).map(function (w) { return new lunr.Token(w, {}); });
    };
    this.ref("sti");
    this.field("titel", { boost: 10 });
    this.field("resume", { boost: 4 });
    // Type, kommune, målgrupper and situationer, so "handlekort allerød skole" narrows down.
    this.field("emner", { boost: 2, extractor: function (d) {
      return [d.type, d.kommunenavn].concat((d.maalgrupper || []).map(function (id) {
        return audienceNames[id] || id;
      }), d.situationer || []).join(" ");   // ids split into words at "-", like all text
    } });
    this.field("tekst");
    docs.forEach(function (d) { byPath[d.sti] = d; this.add(d); }, this);
  });
  if (timed) performance.measure("soegeindeks", "soegeindeks-start");   // tools/sitecheck reports it

  // Every query word must occur in a page: as a word, as the start of one, or (when long
  // enough) inside one. Whole words count most, then word starts. Function words are optional.
  function search(text) {
    var terms = words(text);
    if (!terms.length) return [];   // punctuation only: lunr would take no clauses as "everything"
    return index.query(function (q) {
      terms.forEach(function (w) {
        q.term(w, { usePipeline: false, boost: 1,
                    presence: STOP[w] ? presence.OPTIONAL : presence.REQUIRED,
                    wildcard: (w.length >= MIN_INFIX ? wildcard.LEADING : 0) | wildcard.TRAILING });
        q.term(w, { usePipeline: false, boost: 10, wildcard: wildcard.TRAILING });
        q.term(w, { usePipeline: false, boost: 30 });
      });
    }).map(function (r) { return byPath[r.ref]; });
  }

  function chosen(select) {
    return select.value ? { id: select.value, navn: select.options[select.selectedIndex].text } : null;
  }

  function render(found) {
    var items = document.createDocumentFragment();
    found.forEach(function (d) {
      var li = document.createElement("li"), a = document.createElement("a");
      var meta = document.createElement("span");
      a.setAttribute("href", ROOT + d.sti);
      a.textContent = d.titel;     // textContent: nothing from the index is parsed as HTML
      meta.textContent = [d.type, d.kommunenavn].filter(Boolean).join(" · ");
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(meta);
      if (d.resume) {
        var p = document.createElement("p");
        p.textContent = d.resume;
        li.appendChild(p);
      }
      items.appendChild(li);
    });
    list.textContent = "";
    list.appendChild(items);
  }

  // Keeps the search in the address, so reload, back and a copied link show the same results.
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

  function counted(n, one, many) { return n === 1 ? "1 " + one : (n || "Ingen") + " " + many; }

  function update() {
    var text = input.value.trim(), kommune = chosen(kommuneSelect), maalgruppe = chosen(maalgruppeSelect);
    // With only a kommune or a målgruppe chosen, list all of its pages.
    var found = text ? search(text) : (kommune || maalgruppe ? docs : []);
    found = found.filter(function (d) {
      return (!kommune || d.kommune === kommune.id) &&
             (!maalgruppe || (d.maalgrupper || []).indexOf(maalgruppe.id) >= 0);
    });
    render(found);
    var where = (kommune ? " i " + kommune.navn : "") +
                (maalgruppe ? " (målgruppe: " + maalgruppe.navn + ")" : "");
    status.textContent = text ? counted(found.length, "resultat", "resultater") + " for »" + text + "«" + where
                       : kommune || maalgruppe ? counted(found.length, "side", "sider") + where : "";
    if (siteIndex) siteIndex.hidden = !!(text || kommune || maalgruppe);
    remember(text, kommune, maalgruppe);
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

  // One search now, while the page loads: the first search compiles lunr's query code, and
  // would otherwise do so on the reader's first keystroke.
  search("tvangs");

  // A search in the address (from the search field in every page's header, or a link).
  function choose(select, value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { select.selectedIndex = i; return; }
    }
  }
  location.search.slice(1).split("&").forEach(function (param) {
    var at = param.indexOf("="), name = param.slice(0, at), value;
    try { value = decodeURIComponent(param.slice(at + 1).replace(/\+/g, " ")); } catch (e) { return; }
    if (at < 0) return;
    if (name === "q") input.value = value;
    else if (name === "kommune") choose(kommuneSelect, value);
    else if (name === "maalgruppe") choose(maalgruppeSelect, value);
  });
  update();
})();
