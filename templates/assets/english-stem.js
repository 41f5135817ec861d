// The Snowball English stemmer (snowballstem.org/algorithms/english, as Snowball 3.1.1
// generates it), as EnglishStemmer.swift runs it when the site is built: the English search
// page stems the reader's words with it, so that "controlling" finds pages indexed under
// "control". The site checks compare it with the Snowball project's own output for every
// word of the English pages in content/.
(function () {
  "use strict";
  function set(s) { var o = {}; Array.from(s).forEach(function (c) { o[c] = true; }); return o; }
  var V = set("aeiouy"), WXY = set("aeiouywxY"), LI = set("cdeghkmnrt"), AEO = set("aeo");
  // Whole words with a fixed stem (the word itself where the value is empty).
  var EXCEPTIONS = { skis: "ski", skies: "sky", idly: "idl", gently: "gentl", ugly: "ugli", early: "earli",
                     only: "onli", singly: "singl", andes: "", atlas: "", bias: "", cosmos: "", howe: "", news: "", sky: "" };
  var PREFIXES = ["arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers"];
  var STEP2 = { tional: "tion", enci: "ence", anci: "ance", abli: "able", entli: "ent", izer: "ize", ization: "ize",
                ational: "ate", ation: "ate", ator: "ate", alism: "al", aliti: "al", alli: "al", fulness: "ful", fulli: "ful",
                ousli: "ous", ousness: "ous", iveness: "ive", iviti: "ive", biliti: "ble", bli: "ble", ogist: "og",
                ogi: "og", lessli: "less", li: "" };
  var STEP3 = { tional: "tion", ational: "ate", alize: "al", icate: "ic", iciti: "ic", ical: "ic", ful: "", ness: "", ative: "" };
  var STEP4 = "al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion".split(" ");

  function ends(w, end, suffix) {
    var start = end - suffix.length;
    if (start < 0) return false;
    for (var i = 0; i < suffix.length; i++) if (w[start + i] !== suffix[i]) return false;
    return true;
  }
  // The longest of `suffixes` that w ends in (before `end`), or null: Snowball's `among`.
  function longest(w, end, suffixes) {
    var found = null;
    suffixes.forEach(function (s) { if ((!found || s.length > found.length) && ends(w, end, s)) found = s; });
    return found;
  }
  function vowelBefore(w, end) {
    for (var i = end - 1; i >= 0; i--) if (V[w[i]]) return true;
    return false;
  }
  // After the first non-vowel that follows a vowel, from `from`; -1 if there is none.
  function region(w, from) {
    var c = from;
    while (c < w.length && !V[w[c]]) c++;
    if (c >= w.length) return -1;
    c++;
    while (c < w.length && V[w[c]]) c++;
    return c >= w.length ? -1 : c + 1;
  }
  // A short syllable ends at `c`.
  function shortv(w, c) {
    if (c >= 3 && !WXY[w[c - 1]] && V[w[c - 2]] && !V[w[c - 3]]) return true;
    if (c === 2 && !V[w[1]] && V[w[0]]) return true;
    return ends(w, c, "past");
  }
  function replace(w, length, by) { w.length -= length; Array.prototype.push.apply(w, Array.from(by)); }

  function step1b(w, p1) {
    var n = w.length, m = longest(w, n, ["eedly", "ingly", "edly", "eed", "ing", "ed"]);
    if (!m) return;
    var st = n - m.length;
    if (m === "eed" || m === "eedly") {
      var stem = w.slice(0, st).join("");
      if (st >= p1 && stem !== "succ" && stem !== "proc" && stem !== "exc") replace(w, m.length, "ee");
      return;
    }
    if (m === "ing") {
      var a4 = longest(w, st, ["even", "cann", "inn", "earr", "herr", "out", "y"]);
      if (a4 === "y" && st === 2 && !V[w[0]]) { replace(w, 4, "ie"); return; }
      if (a4 && a4 !== "y" && st === a4.length) return;
    }
    if (!vowelBefore(w, st)) return;
    w.length = st;
    var end = longest(w, w.length, ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt", "bl", "at", "iz"]);
    if (end === "bl" || end === "at" || end === "iz") w.push("e");
    else if (end) { if (!(w.length === 3 && AEO[w[0]])) w.length -= 1; }
    else if (w.length === p1 && shortv(w, w.length)) w.push("e");
  }

  function stem(word) {
    if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, word)) return EXCEPTIONS[word] || word;
    var w = Array.from(word);
    if (w.length < 3) return word;
    if (w[0] === "'") w.shift();
    var yFound = false;
    if (w[0] === "y") { w[0] = "Y"; yFound = true; }
    for (var i = 0; i + 1 < w.length; i++) if (V[w[i]] && w[i + 1] === "y") { w[i + 1] = "Y"; yFound = true; }

    var p1 = w.length, p2 = w.length;
    var prefix = PREFIXES.filter(function (p) { return ends(w, p.length, p); })[0];
    var r1 = prefix ? prefix.length : region(w, 0);
    if (r1 >= 0) { p1 = r1; var r2 = region(w, r1); if (r2 >= 0) p2 = r2; }

    // Step 1a: possessives and plurals.
    var apostrophe = longest(w, w.length, ["'s'", "'s", "'"]);
    if (apostrophe) w.length -= apostrophe.length;
    var n = w.length, s = longest(w, n, ["sses", "ied", "ies", "ss", "us", "s"]);
    if (s === "sses") replace(w, 4, "ss");
    else if (s === "ied" || s === "ies") replace(w, 3, n - 3 >= 2 ? "i" : "ie");
    else if (s === "s" && n - 1 > 0 && vowelBefore(w, n - 2)) w.length -= 1;

    step1b(w, p1);

    // Step 1c: a final y after a consonant that is not the first letter.
    n = w.length;
    if (n >= 3 && (w[n - 1] === "y" || w[n - 1] === "Y") && !V[w[n - 2]]) w[n - 1] = "i";

    // Step 2, 3, 4: derivational suffixes in R1, then R2.
    n = w.length;
    var m = longest(w, n, Object.keys(STEP2)), st;
    if (m && n - m.length >= p1) {
      st = n - m.length;
      if (m === "ogi") { if (w[st - 1] === "l") replace(w, 3, "og"); }
      else if (m === "li") { if (LI[w[st - 1]]) w.length -= 2; }
      else replace(w, m.length, STEP2[m]);
    }
    n = w.length;
    m = longest(w, n, Object.keys(STEP3));
    if (m && n - m.length >= p1 && (m !== "ative" || n - m.length >= p2)) replace(w, m.length, STEP3[m]);
    n = w.length;
    m = longest(w, n, STEP4);
    if (m && n - m.length >= p2) {
      st = n - m.length;
      if (m !== "ion" || w[st - 1] === "s" || w[st - 1] === "t") w.length = st;
    }

    // Step 5: a final e, or the second l of a final ll.
    n = w.length;
    if (w[n - 1] === "e") {
      if (n - 1 >= p2 || (n - 1 >= p1 && !shortv(w, n - 1))) w.length -= 1;
    } else if (w[n - 1] === "l" && n - 1 >= p2 && w[n - 2] === "l") {
      w.length -= 1;
    }
    var result = w.join("");
    return yFound ? result.replace(/Y/g, "y") : result;
  }
  window.beredskabStem = stem;
})();
