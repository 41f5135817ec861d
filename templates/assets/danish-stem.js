// The Snowball Danish stemmer (snowballstem.org/algorithms/danish), as DanishStemmer.swift
// runs it when the site is built: search.js stems the reader's words with it, so that
// "tvangsægteskaber" finds pages indexed under "tvangsægteskab". The site checks compare it
// with the Snowball project's own output for every word of content/.
(function () {
  "use strict";
  function nfc(s) { return s.normalize ? s.normalize("NFC") : s; }
  var VOWELS = "aeiouyæåø", S_ENDING = "abcdfghjklmnoprtvyzå", CONSONANTS = "bcdfghjklmnpqrstvwxz";
  function letters(list) { return list.map(function (s) { return Array.from(s); }); }
  var MAIN = letters(("hed ethed ered e erede ende erende ene erne ere en heden eren er heder erer heds es endes " +
              "erendes enes ernes eres ens hedens erens ers ets erets et eret").split(" ")
    .sort(function (a, b) { return b.length - a.length; }));
  var PAIRS = letters(["gd", "dt", "gt", "kt"]), OTHER = letters(["elig", "løst", "lig", "els", "ig"]);
  var S = ["s"], IGST = ["i", "g", "s", "t"];
  function region1(w) {
    if (w.length < 3) return w.length;
    var i = 0;
    while (i < w.length && VOWELS.indexOf(w[i]) < 0) i++;
    while (i < w.length && VOWELS.indexOf(w[i]) >= 0) i++;
    return i >= w.length ? w.length : Math.max(i + 1, 3);
  }
  function endsIn(w, suffix, p1) {   // suffix: an array of letters
    var n = suffix.length, start = w.length - n;
    if (start < p1) return false;
    for (var i = 0; i < n; i++) if (w[start + i] !== suffix[i]) return false;
    return true;
  }
  function consonantPair(w, p1) {
    if (PAIRS.some(function (p) { return endsIn(w, p, p1); })) w.pop();
  }
  function stem(word) {
    var w = Array.from(nfc(word)), p1 = region1(w), i;
    var main = MAIN.filter(function (s) { return endsIn(w, s, p1); })[0];
    if (main) w.length -= main.length;
    else if (endsIn(w, S, p1) && w.length >= 2 && S_ENDING.indexOf(w[w.length - 2]) >= 0) w.pop();
    consonantPair(w, p1);
    if (endsIn(w, IGST, 0)) w.length -= 2;
    var other = OTHER.filter(function (s) { return endsIn(w, s, p1); })[0];
    if (other === OTHER[1]) w.pop();   // løst → løs
    else if (other) { w.length -= other.length; consonantPair(w, p1); }
    i = w.length - 1;
    if (w.length >= 2 && i >= p1 && CONSONANTS.indexOf(w[i]) >= 0 && w[i - 1] === w[i]) w.pop();
    return w.join("");
  }
  window.beredskabStem = stem;
})();
